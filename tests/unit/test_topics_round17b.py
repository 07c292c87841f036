"""Situation classes from session 17's second topic pass (complaints about the service read as another situation, found
on the readable rounds), each tested on messages written here, with near-misses that keep their topic:
- a dismissal by staff (told to calm down, not to make a fuss, that they overreact, "ich solle mich nicht so
  anstellen", "que no exagerara", "on n'avait qu'à ...") is the grievance, whatever stay, visit or order it came with;
- fitters or assemblers waited for who never came ("vuestros montadores ... no ha aparecido nadie", "les poseurs ne
  sont jamais venus", "the assemblers never turned up") are staff who failed to show: poor service, not a late parcel;
- another customer's bill, statement or contract sent to them ("la factura completa de otra clienta", "die Rechnung
  eines anderen Kunden") is a data leak, not a wrong item;
- tickets or seats of another kind than the one paid for ("paid for standing, the tickets say Upper Tier Block 9")
  are a wrong item, not a charge or a disrupted trip;
- food sent against the diet their account is set to ("my account is set to gluten-free", "mi perfil está marcado
  sin frutos secos") is another thing than they chose: a wrong item, even when they also cancel.
"""

import pytest

from worker.writing.preview import preview


def topic_of(text: str, subject: str = "") -> str:
    return preview(text, "Sam", None, subject=subject)["topic"]


@pytest.mark.parametrize("text", [
    "We stayed three nights at your Leeds hotel and the towels were never changed. When I asked at the desk, the night "
    "manager told me to calm down and stop moaning. I have never been spoken to like that. I want the general manager "
    "to ring me.",
    "Estuve cuatro noches en su hotel de Sevilla y la habitación no se limpió ni una vez. Cuando lo comenté en "
    "recepción, la chica me dijo que no exagerara. Exijo que me llame la dirección, es indignante.",
    "Pendant notre séjour, la chambre n'a jamais été faite. À l'accueil, on m'a dit de me calmer et de ne pas en faire "
    "tout un plat. C'est inadmissible, je veux une réponse de la direction.",
    "Der Termin für die Montage war um acht, um elf kam immer noch keiner. Am Telefon meinte Ihr Kollege, ich solle "
    "mich nicht so aufregen. Unverschämt. Ich erwarte einen Anruf der Geschäftsleitung.",
])
def test_a_dismissal_by_staff_is_poor_service(text):
    assert topic_of(text) == "poor_service"


@pytest.mark.parametrize("text", [
    "Segunda vez que me cojo el día libre para esperar a los montadores del armario y a las dos de la tarde aquí no ha "
    "venido nadie. Nadie llama, nadie avisa. Sois un desastre, quiero una fecha en firme hoy.",
    "Nous avons posé une journée pour la pose de la cuisine et les poseurs ne sont jamais venus, sans un appel. C'est "
    "la deuxième fois. Je suis furieux, rappelez-moi aujourd'hui.",
    "I took a day off for the wardrobe assembly and the assemblers never turned up, again. Nobody rang. I want a fixed "
    "date today or I'm done with you.",
])
def test_fitters_who_never_came_are_poor_service(text):
    assert topic_of(text) == "poor_service"


@pytest.mark.parametrize("text", [
    "Junto con mi recibo me ha llegado el recibo completo de otro cliente, con su nombre, su cuenta y su dirección. "
    "¿Quién más tiene los míos? Es gravísimo, quiero una explicación por escrito.",
    "With my statement this month you emailed me the full invoice of another customer: name, address, bank details. "
    "Who has mine? This is a disgrace and I want answers today.",
    "Avec ma facture, j'ai reçu la facture complète d'une autre abonnée, avec son adresse et son RIB. C'est "
    "inadmissible, qui a reçu la mienne ?",
    "Heute kam mit meiner Post die Abrechnung eines anderen Kunden, mit Name, Adresse und IBAN. Unfassbar. Wer hat "
    "meine Daten bekommen?",
])
def test_another_customers_bill_is_their_data(text):
    assert topic_of(text) == "privacy_data_request"


@pytest.mark.parametrize("text", [
    "I paid £180 for two seated tickets in the lower stalls. The e-tickets you sent say Balcony, Row Z, restricted "
    "view. Absolutely useless. Swap them or give me the difference back.",
    "Reservé dos entradas de pista para el concierto y las entradas que me habéis mandado son de grada, fila 31. "
    "Una vergüenza, quiero las que pagué.",
    "J'ai payé deux places en fosse, et les billets indiquent balcon, rang 22. C'est scandaleux, corrigez ça.",
    "Ich habe zwei Stehplätze im Innenraum gebucht und die Tickets lauten auf Oberrang, Reihe 40. Frechheit, "
    "tauschen Sie die sofort um.",
])
def test_tickets_of_another_kind_are_a_wrong_item(text):
    assert topic_of(text) == "wrong_item"


@pytest.mark.parametrize("text", [
    "My profile is set to gluten-free because I'm coeliac, and this week's meal box came with two pasta kits full of "
    "wheat. I was ill all night. How does this happen? I want it investigated.",
    "Mi perfil está marcado sin frutos secos desde el primer día, mi hija es alérgica, y la caja de hoy trae una salsa "
    "de cacahuete. Estoy temblando de rabia. Quiero saber cómo ha pasado.",
    "Mon compte est paramétré sans arachides depuis l'inscription, et la box de cette semaine contient un dessert au "
    "beurre de cacahuète. Mon fils est allergique. C'est inadmissible.",
])
def test_food_against_the_accounts_diet_is_a_wrong_item(text):
    assert topic_of(text) == "wrong_item"


@pytest.mark.parametrize("text, topic", [
    ("My account is set to gluten-free and I want to cancel my subscription today, the price went up again. Close it "
     "now, I'm fed up.", "cancellation"),
    ("I paid £90 for the 7pm show and the tickets say 7pm, but the venue kept us outside until 8 and nobody "
     "apologised. The staff were rude and useless. Appalling.", "poor_service"),
    ("You sent me a bill for another month I had already paid, £45 taken twice. Ridiculous, refund it now.",
     "unexpected_charge"),
    ("El técnico me dijo que no vino la pieza del frigorífico y sigue sin enfriar después de tres semanas. Es una "
     "vergüenza, quiero que me lo cambien.", "damaged_or_defective"),
    ("My parcel still hasn't arrived, two weeks late. My husband told me to calm down but I'm furious. Where is it?",
     "delivery_delay"),
    ("The room had mould on every wall and no hot water for our whole stay. Disgusting, I want my money back for it.",
     "other"),
])
def test_near_misses_keep_their_topic(text, topic):
    assert topic_of(text) == topic
