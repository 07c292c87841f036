"""Session 23: three cues just under 0.80 recall on the held-out sets (abuse, escalation request, already cancelled),
read on the read lines' misses and mended by class. Every sentence here is new.

Escalation request:
1. The case forwarded to someone above, in fr/es/de, with the other option named first or the role in the genitive: "je
   souhaite que cette demande soit transmise à un superviseur" (nb-41-095), "transmettre ce dossier à votre service
   Relations Clientèle ou à un responsable" (nb-42-034), "o con quien esté por encima" (nb-42-059), "leiten Sie dieses
   Schreiben auch an den Inhaber weiter" (nb-42-069), "bitte um Weiterleitung an die Direktion" (nb-68-038), "den Rückruf
   einer verantwortlichen Führungskraft" (nb-65-061); "a named account manager to call me" (nb-59-039); "Give this to a
   supervisor, not another bot" (round 24's nb-70-049).
2. A letter sent straight to the one in charge because the front line failed: "I'm writing to you directly because I
   don't know who else to go to" (nb-49-097), "I'm writing directly to you because reception couldn't help" (nb-50-035).
3. Not an escalation: a room class or the Spanish adjective "superior" (nb-44-058), and the complaints team as the one
   that failed ("all your so-called complaints team does is send me ...", nb-68-016).
"""

import pytest

from worker.detector import detect


@pytest.mark.parametrize("text", [
    "Vos agents me renvoient d'un service à l'autre. Je vous prie de transmettre ma réclamation à un superviseur.",
    "Je vous demande de transmettre mon dossier au service clients ou à une responsable capable de décider, cela fait un mois.",
    "Nadie en la tienda sabe nada del reembolso. Quiero que lo revise quien esté por encima, no otro agente.",
    "Die Reparatur ist zum zweiten Mal misslungen. Bitte leiten Sie meine Beschwerde an den Inhaber weiter.",
    "Der Aufpreis wurde ohne Zustimmung berechnet. Ich bitte um Weiterleitung an die Direktion des Hauses.",
    "Drei Tickets, keine Lösung. Ich erwarte bis Montag den Rückruf einer zuständigen Führungskraft.",
    "The portal has been down for two days and we can't invoice. I want a named account manager to ring me before Friday.",
    "The tills have been offline since opening and your bot keeps looping. Hand this to a supervisor, please.",
    "Three engineers, three different answers. Give my complaint to your manager and have them call me.",
])
def test_case_forwarded_to_someone_above(text):
    assert "escalation_request" in detect(text).cues


@pytest.mark.parametrize("text", [
    "I'm writing to you directly because your call centre keeps cutting me off, and the boiler is still broken.",
    "I am writing directly to you as nobody at the branch will give me an answer about the missing deposit.",
    "Je vous écris directement car le service client ne répond plus à mes courriels depuis trois semaines.",
    "Me dirijo directamente a usted porque en la tienda nadie me da una solución para la lavadora averiada.",
    "Ich wende mich direkt an Sie, weil die Hotline mich seit Wochen nur vertröstet.",
])
def test_writing_straight_to_the_one_in_charge(text):
    assert "escalation_request" in detect(text).cues


@pytest.mark.parametrize("text", [
    "I'm writing to you directly with my new address, as I've moved house this month.",
    "We booked a superior double for our anniversary and the window would not close. Could we have a partial refund?",
    "Me han cobrado una cuota superior a la pactada en el contrato. ¿Pueden revisarlo?",
    "Bitte leiten Sie die Rechnung an unsere Buchhaltung weiter, die Adresse hat sich geändert.",
    "Je vous transmets ci-joint la facture et le bon de livraison, merci de vérifier le montant.",
    "We'd like a named account manager we can talk to about volume pricing next quarter.",
    "Five calls, and all your complaints team does is send me the same form letter. I'm fed up.",
    "I gave it to the manager at the till and she said the refund would show in five days.",
])
def test_near_misses_are_no_escalation(text):
    assert "escalation_request" not in detect(text).cues


# -- abuse ---------------------------------------------------------------------------------------------------------
# 4. The person behind a product called a crook, or said to have no clue ("Whoever designed your 'free trial' is a crook",
#    nb-63-070; "whoever is running it clearly hasn't got a clue", nb-59-075); the firm's basic competence doubted ("you
#    people cant even run a checkout page", nb-60-042; "Are you lot actually capable of anything?", nb-60-087; "nobody below
#    her seems able to do their job", nb-67-063); the customers taken for fools ("Für wie blöd halten Sie Ihre Kunden
#    eigentlich?", nb-63-048, nb-50-085); amateurism named ("C'est de l'amateurisme total", nb-60-038); a firm called a
#    shambles "of a" shop (nb-53-094); staff hired at random ("Vous embauchez vraiment n'importe qui", nb-65-033).
# 5. Not abuse: "vous vous foutez de moi / de nous / de ma gueule" alone (nb-15-072, nb-21-072, nb-1-060: all labelled
#    without it; "vous vous foutez de qui ?" and "de la gueule des clients" keep it), and fraudsters who stole from the
#    customer ("esos estafadores", nb-46-075).

@pytest.mark.parametrize("text", [
    "Whoever wrote your cancellation terms is a crook. I was billed for a year after one click.",
    "Your parking app is a joke and whoever maintains it obviously has no clue. Refund the double charge.",
    "Two failed payments and a locked account. You lot can't even take money properly. Fix it.",
    "Are you people actually capable of anything? The lift in my block has been broken for a fortnight.",
    "I've copied in your director since no one on the phone seems able to do their job.",
    "Sie schicken mir eine Mahnung für eine bezahlte Rechnung. Für wie dumm halten Sie uns eigentlich?",
    "How stupid do you think we are? The 'free' upgrade appeared on the bill as £15 a month.",
    "Trois rendez-vous annulés sans prévenir. C'est de l'amateurisme, tout simplement.",
    "Deux colis perdus le même mois. Vous nous prenez pour des pigeons ou quoi ?",
    "Nos cobran la instalación dos veces. ¿Nos tomáis por tontos?",
    "What a farce of an airline. The crew left us on the tarmac for three hours with no water.",
    "Le livreur a jeté le colis par-dessus la grille. Vous embauchez n'importe qui, ma parole.",
])
def test_contempt_for_the_firm_is_abuse(text):
    assert "abuse" in detect(text).cues


@pytest.mark.parametrize("text", [
    "I can't even log in to see the bill. Please reset my password, it's been three days.",
    "Whoever took my parcel from the porch has no idea it's a spare part. Can you help me claim?",
    "Are you capable of delivering to a PO box? I'm away for two weeks.",
    "Il y a eu une erreur de taille dans ma commande, vous vous foutez de moi ? Envoyez-moi la bonne paire.",
    "Mi padre recibió una llamada falsa. ¿Cómo sabían esos estafadores su número de cliente?",
    "We hire anyone with a valid licence? No - I'm asking whether you hire drivers with two years' experience.",
])
def test_near_misses_are_no_abuse(text):
    assert "abuse" not in detect(text).cues


# -- already cancelled ---------------------------------------------------------------------------------------------
# 6. The cancelling told by a business as "wir" ("wir haben unser Abonnement zum 30.11. ordnungsgemäß gekündigt",
#    nb-67-023), signed for at a counter ("firmé en el mostrador la baja del servicio", nb-63-006), or notice given bare
#    and charged all the same ("I gave notice in January ... £845 went out", nb-49-091; "I gave notice on my desk back in
#    October ... December's invoice still has the full £285", nb-63-087), or a cancel asked by phone and said to be done in
#    the next sentence ("I phoned on 28 December to cancel ... The lady I spoke to was kind and said it was done", round 24's
#    nb-70-008).
# 7. Not a cancellation: a newsletter left ("Me di de baja de la newsletter", nb-44-068), a bare "No soy cliente vuestro"
#    from a neighbour who never was one (nb-56-049), the firm's own cancelling ("Sie haben uns gekündigt"), and notice
#    given with no charge after it.

@pytest.mark.parametrize("text", [
    "Wir haben den Wartungsvertrag fristgerecht zum 31.01. gekündigt und trotzdem kam heute wieder eine Rechnung.",
    "Haben wir den Vertrag nicht längst gekündigt? Wir haben den Vertrag im Oktober schriftlich gekündigt, bitte prüfen.",
    "Firmé en la recepción la baja del gimnasio en marzo y este mes me han vuelto a cobrar la cuota.",
    "We gave notice in March and moved the team out on the 30th, yet you've charged us for April and May.",
    "I gave notice on my allotment plot last autumn and the annual fee was still taken from my card this week.",
    "I rang on 3 March to close my late husband's broadband. The man on the phone said it was all done, yet you billed "
    "the account again in April.",
])
def test_cancelling_told_as_done(text):
    assert "already_cancelled" in detect(text).cues


@pytest.mark.parametrize("text", [
    "Me di de baja de los correos promocionales pero me siguen llegando tres al día. ¿Pueden revisarlo?",
    "No soy cliente vuestro, pero vuestra furgoneta lleva una semana aparcada delante de mi garaje.",
    "Sie haben uns ohne Vorwarnung den Vertrag gekündigt. Warum?",
    "I gave notice in January that I'll be leaving at the end of June. Could you confirm my last payment date?",
])
def test_near_misses_are_no_cancelling_told(text):
    assert "already_cancelled" not in detect(text).cues


# -- the same classes in the forms the other languages (or other verbs) use for them -------------------------------
# 8. Escalation asks already read in one language, said in the others: put through to the person ("Passez-moi votre
#    responsable"), the head of a branch asked for without "mit" ("Ich möchte den Filialleiter sprechen"), the case
#    escalated in German or Spanish ("Bitte eskalieren Sie das", "que mi queja se eleve a un superior"), someone higher
#    placed or with authority ("quelqu'un de plus haut placé", "alguien con autoridad", "anyone above you"), sent up the
#    hierarchy ("faire remonter ... à votre hiérarchie"), a supervisor asked for or told to call.
# 9. A cancelling told in the other forms: "j'ai mis fin à mon contrat", "mi contrato está dado de baja desde enero",
#    "mein Vertrag ist seit Januar gekündigt", "my cancellation went through on 2 March", "I unsubscribed from the
#    premium plan in June".

@pytest.mark.parametrize("text", [
    "Vous m'avez raccroché au nez deux fois. Passez-moi votre responsable.",
    "Je veux parler à quelqu'un de plus haut placé, votre conseiller ne sait rien.",
    "Merci de faire remonter ma réclamation à votre hiérarchie avant vendredi.",
    "Je demande l'intervention d'un responsable, ce dossier traîne depuis mars.",
    "Exijo hablar con alguien con autoridad, el agente solo me lee un guion.",
    "Solicito que mi queja se eleve a la dirección cuanto antes.",
    "Ich möchte den Filialleiter sprechen, und zwar heute noch.",
    "Das ist jetzt der dritte Anruf. Bitte eskalieren Sie das.",
    "Is there anyone above you I can talk to? You keep reading the same script.",
    "I'm asking for a supervisor. Please transfer me.",
    "Your supervisor needs to call me today, not another bot.",
])
def test_escalation_in_other_forms(text):
    assert "escalation_request" in detect(text).cues


@pytest.mark.parametrize("text", [
    "Passez-moi le numéro de suivi du colis, s'il vous plaît.",
    "Der Filialleiter hat mir gestern schon geholfen, danke.",
    "Wir müssen das nicht eskalieren, es ist nur eine kurze Frage.",
    "La cuota se eleva a 45 euros al mes, ¿es correcto?",
    "The name of the manager who signed the delivery note is on the attachment.",
    "Is anyone above 18 allowed to book the escape room?",
])
def test_near_misses_in_other_forms_are_no_escalation(text):
    assert "escalation_request" not in detect(text).cues


@pytest.mark.parametrize("text", [
    "J'ai mis fin à mon contrat le 12 mars et vous m'avez encore prélevé en avril.",
    "Mi contrato está dado de baja desde enero y me seguís pasando recibos.",
    "Mein Vertrag ist seit Januar gekündigt, trotzdem kommt jeden Monat eine Rechnung.",
    "My cancellation went through on 2 March, yet you took another payment this week.",
    "I unsubscribed from the premium plan in June but was billed for July and August.",
])
def test_cancelling_told_in_other_forms(text):
    assert "already_cancelled" in detect(text).cues


@pytest.mark.parametrize("text", [
    "I unsubscribed from your newsletter in June and I still get three emails a week.",
    "Mi contrato está dado de baja sin que yo lo pidiera. ¿Por qué?",
])
def test_near_misses_in_other_forms_are_no_cancelling(text):
    assert "already_cancelled" not in detect(text).cues


# 10. More of the same: the verdict said as a sentence of its own with an intensifier ("Absolutely useless.", nb-60-008,
#     nb-33-091; "Pathetic." and "Absolutely ridiculous." alone stay exasperation), the customers fooled or treated like
#     dirt as a body ("Ihr verarscht doch eure Kunden", nb-60-054); a cancelling told in the French words of leaving the
#     subscription, "lettre de résiliation", "pedí la baja en febrero", and "was cancelled weeks ago".

@pytest.mark.parametrize("text", [
    "The plumber you sent flooded the kitchen and left. Completely useless. I want a refund today.",
    "Dreimal falsch geliefert. Sie verarschen doch Ihre Kunden.",
    "You treat your customers like mugs and then wonder why the reviews are so bad.",
    "Nos cortáis la luz sin aviso. Tratáis a los clientes como basura.",
])
def test_more_contempt_is_abuse(text):
    assert "abuse" in detect(text).cues


@pytest.mark.parametrize("text", [
    "The parcel arrived soaked and the box was torn. Absolutely ridiculous. Please send a replacement.",
    "The old charger is completely useless now that the port has changed, so could you tell me which one fits?",
])
def test_more_near_misses_are_no_abuse(text):
    assert "abuse" not in detect(text).cues


@pytest.mark.parametrize("text", [
    "Je me suis désabonnée en mars et vous continuez à me prélever chaque mois.",
    "J'ai arrêté mon abonnement le mois dernier, pourquoi ce nouveau prélèvement ?",
    "J'ai envoyé ma lettre de résiliation en recommandé le 3 mars, et vous prélevez toujours.",
    "Pedí la baja en febrero y me siguen cobrando la cuota.",
    "The membership was cancelled weeks ago, so why was I charged on Monday?",
])
def test_more_cancellings_told(text):
    assert "already_cancelled" in detect(text).cues


def test_a_newsletter_left_in_french_is_no_cancelling():
    assert "already_cancelled" not in detect("Je me suis désabonnée de la newsletter en mars, mais je reçois toujours vos mails.").cues
