"""Topic classes from session 19b (round 19's writers 56 and 57, situations near a border between two topics), each
tested on messages written here:
- a part or accessory absent from what arrived, told by asking for the missing part by name ("send the missing
  pieces", "les pièces manquantes", "il manque toute la visserie", "das fehlende Teil", "es fehlt einfach ein Teil",
  "las piezas que faltan") is an incomplete order (wrong_item), not a defect or a bug; a parcel itself missing stays
  a delivery that did not come;
- a person booked to come who did not, a tutor, teacher or instructor as much as an engineer ("the tutor hasn't turned
  up", "der Nachhilfelehrer ist nicht gekommen", "el profesor no se ha presentado", "le professeur ne s'est pas
  présenté"), or told as "was supposed to come Monday, no show": how the company handles the visit is the grievance
  (poor_service); a parcel that has not turned up stays a late delivery.
"""

import pytest

from worker.writing.preview import preview


def topic_of(text: str, subject: str = "") -> str:
    return preview(text, "Sam", None, subject=subject)["topic"]


@pytest.mark.parametrize("text, topic", [
    ("Unpacked the bookcase tonight. Every shelf is there and nothing is scratched, but there's no bag of shelf pins "
     "and cam locks in there at all. Two weeks I waited for this. Ship me the missing parts this week, I'm sick of "
     "living out of boxes.", "wrong_item"),
    ("Der Schrank ist heute gekommen, alles heil, aber es fehlt schon wieder ein Teil: die Türdämpfer sind nicht "
     "dabei. Ich habe zweimal angerufen. Schicken Sie mir endlich das fehlende Teil, sonst geht alles zurück.",
     "wrong_item"),
    ("Le lit est arrivé hier, les montants sont en bon état, mais il manque toute la visserie. Impossible de le "
     "monter. Trois appels, aucune réponse. Envoyez-moi les pièces manquantes tout de suite.", "wrong_item"),
    ("Ha llegado la mesa y está en perfecto estado, pero las piezas que faltan son justo las patas. ¿Cómo monto una "
     "mesa sin patas? Es la segunda vez que os escribo. Mandadlas ya.", "wrong_item"),
])
def test_a_part_missing_from_what_arrived_is_an_incomplete_order(text, topic):
    assert topic_of(text) == topic


@pytest.mark.parametrize("text, topic", [
    # The parcel itself missing: a delivery that did not come, not an incomplete one.
    ("My parcel is missing. Tracking said delivered on Monday, nothing on the doorstep, nothing with the neighbours. "
     "Third email now. Where is it?", "delivery_delay"),
    # A part that broke, not one absent.
    ("The chair arrived with a cracked leg, the whole thing wobbles and I nearly fell off it the first evening. "
     "Absolutely shoddy. I want a replacement.", "damaged_or_defective"),
])
def test_near_misses_keep_their_situation(text, topic):
    assert topic_of(text) == topic


# A person booked to come (an engineer, a technician, a tutor, an instructor, a teacher) who did not: how the company
# handles the visit is the grievance ("was supposed to come Monday, no show", "the tutor hasn't turned up").
@pytest.mark.parametrize("text, topic", [
    ("Third Monday in a row the maths tutor hasn't turned up to Priya's online session. She sat in front of a frozen, "
     "empty video screen for half an hour. £40 a lesson for nothing. Sort it out or we leave.", "poor_service"),
    ("The technician was supposed to come on Monday, no show, no phone call. I took the day off for this. I want "
     "someone here tomorrow morning, not a slot in a fortnight.", "poor_service"),
    ("Our driving instructor never showed up for the lesson on Saturday. I stood in the cold outside the test centre "
     "for forty minutes. Second time this month. Appalling.", "poor_service"),
    ("Zum zweiten Mal ist die Nachhilfelehrerin nicht gekommen, mein Sohn saß 30 Minuten vor einem schwarzen "
     "Bildschirm in der App. 45 € pro Stunde! Das ist eine Zumutung.", "poor_service"),
    ("Por segunda semana el profesor de inglés no se ha presentado a la clase online de mi hija: la pantalla en negro "
     "durante media hora. Pago 30 € por clase. Es una vergüenza.", "poor_service"),
    ("Pour la deuxième fois le professeur ne s'est pas présenté au cours en ligne de mon fils, écran noir pendant 30 "
     "minutes dans l'appli. 35 € la séance. C'est inadmissible.", "poor_service"),
])
def test_a_visitor_who_never_came_is_the_grievance(text, topic):
    assert topic_of(text) == topic


@pytest.mark.parametrize("text, topic", [
    # A parcel that has not turned up is a late delivery; the engineer who came and left it broken, the outage.
    ("My order still hasn't turned up. Tracking has said out for delivery since Tuesday and nobody answers the chat. "
     "Ridiculous.", "delivery_delay"),
    ("The engineer came on Monday, swapped the router, and since then the internet drops every ten minutes. Working "
     "from home is impossible. Fix the connection this week.", "outage_or_bug"),
])
def test_near_misses_of_a_visitor_who_never_came(text, topic):
    assert topic_of(text) == topic


# One thing taken or chosen, another received, in French and German ("j'ai pris un menu végétarien et j'ai reçu un
# burger", "das vegetarische Menü gewählt und ein Schnitzel bekommen"): the wrong item, as "ordered X and got Y" already is in English.
@pytest.mark.parametrize("text, topic", [
    ("Commande 55-2010 : j'ai pris une pizza sans gluten et on m'a livré une pizza normale. Je suis cœliaque. Ce "
     "n'est pas la première fois, j'en ai marre de cette appli. Remboursez-moi.", "wrong_item"),
    ("Ich habe extra die laktosefreie Variante ausgewählt und die normale Milchbox erhalten. Mein Sohn verträgt "
     "keine Laktose! Das ist unverantwortlich.", "wrong_item"),
    ("Bestellung 31-442: Ich habe das vegetarische Menü gewählt und ein Schnitzel bekommen. Ich esse seit 20 Jahren "
     "kein Fleisch. Und das nicht zum ersten Mal bei euch. Mir reicht's, Geld zurück oder ich lösche die App.",
     "wrong_item"),
])
def test_one_thing_chosen_another_received_is_the_wrong_item(text, topic):
    assert topic_of(text) == topic


@pytest.mark.parametrize("text, topic", [
    # An appointment taken and a confirmation received: no item at all.
    ("J'ai pris rendez-vous pour l'installation et j'ai reçu un SMS de confirmation, mais le technicien ne s'est "
     "jamais présenté. Trois heures d'attente pour rien. C'est inadmissible.", "poor_service"),
])
def test_near_misses_of_one_thing_chosen_another_received(text, topic):
    assert topic_of(text) == topic


# Goods that are someone else's, said of the goods themselves ("these aren't my glasses at all", "ce ne sont pas mes
# lunettes", "no son mis gafas", "das ist nicht meine Brille"): the wrong item, however little else the message says.
@pytest.mark.parametrize("text, topic", [
    ("Collected my new glasses this morning and the world went blurry the second I put them on. These aren't my "
     "glasses at all, the case has another person's label. I need mine before my exam on Friday. Unbelievable.",
     "wrong_item"),
    ("J'ai récupéré mes lunettes hier, tout est flou. Ce ne sont pas mes lunettes, l'étui porte le nom d'une autre "
     "cliente. J'en ai besoin pour conduire lundi. Lamentable.", "wrong_item"),
    ("Ayer me dieron las gafas en la tienda y no veo nada con ellas. No son mis gafas. Tengo el examen de conducir el "
     "martes. Es increíble.", "wrong_item"),
    ("Gestern die neue Brille abgeholt, alles verschwommen. Das ist gar nicht meine Brille, im Etui steht ein fremder "
     "Name. Ich brauche sie bis Montag zum Autofahren. Unglaublich.", "wrong_item"),
])
def test_goods_that_are_someone_elses_are_the_wrong_item(text, topic):
    assert topic_of(text) == topic


@pytest.mark.parametrize("text, topic", [
    # "Not my fault" is no item; glasses made to their own prescription but scratched are a defect.
    ("Your courier says the parcel was refused at my door. That's not my fault, I was home all day and nobody "
     "knocked. Where is my order?", "delivery_delay"),
    ("My new glasses arrived with a deep scratch right across the left lens. £220 for this? I want them replaced.",
     "damaged_or_defective"),
])
def test_near_misses_of_goods_that_are_someone_elses(text, topic):
    assert topic_of(text) == topic


# A top-up that does not work is the service's transaction failing (an outage), not a device that broke.
@pytest.mark.parametrize("subject, text, topic", [
    ("top-up not working", "Put £10 on yesterday and the balance hasn't moved. The chatbot keeps telling me to turn my "
     "phone off and on. Pathetic.", "outage_or_bug"),
    # A device not working stays a defect.
    ("charger not working", "The charger you sent isn't working, the phone won't charge at all. Absolute junk. Replace "
     "it.", "damaged_or_defective"),
])
def test_a_top_up_not_working_is_an_outage(subject, text, topic):
    assert topic_of(text, subject) == topic


# A fault since the company's own repair or service: the work left it faulty (damaged_or_defective), whatever it cost.
@pytest.mark.parametrize("text, topic", [
    ("Collected the car after the £290 service on Friday and now there's a grinding noise every time I brake. It "
     "never did that before your garage touched it. Disgraceful. I want it put right at your expense.",
     "damaged_or_defective"),
    ("J'ai récupéré ma montre mardi après la révision à 350 €, elle retarde déjà de cinq minutes par jour. Elle "
     "marchait parfaitement avant. C'est honteux, je veux qu'elle soit réparée à vos frais.", "damaged_or_defective"),
    ("Das Fahrrad kam vor drei Tagen nach der Wartung zurück, 120 € habe ich bezahlt, und jetzt springt die Kette "
     "ständig ab. Vorher lief alles. Unverschämt. Bringen Sie das auf Ihre Kosten in Ordnung.", "damaged_or_defective"),
])
def test_a_fault_since_their_repair_is_a_defect(text, topic):
    assert topic_of(text) == topic


@pytest.mark.parametrize("text, topic", [
    # The service that went down is an outage, not a fault since a service.
    ("Since the service went down on Monday nothing loads, not the app, not the website. Three days now. Useless.",
     "outage_or_bug"),
])
def test_near_misses_of_a_fault_since_their_repair(text, topic):
    assert topic_of(text) == topic


# Damage their own worker did on a visit ("your fitter scratched the worktop, then billed me £95 for the visit"): the
# damage is the situation, the visit's charge after it is its insult.
@pytest.mark.parametrize("text, topic", [
    ("Your so-called fitter gouged our new oak floor dragging the washing machine in, cracked a tile and then charged "
     "me £95 for the call-out. Cowboys. Someone ring me today.", "damaged_or_defective"),
    ("El técnico de ayer rayó el suelo de la cocina entero y encima me cobrasteis 90 € por la visita. Sois unos "
     "chapuzas. Quiero que alguien me llame hoy.", "damaged_or_defective"),
    ("Le livreur a abîmé le mur de l'entrée en montant le frigo, et vous m'avez facturé 60 € de livraison. Quelle "
     "bande d'amateurs. J'attends un appel aujourd'hui.", "damaged_or_defective"),
    ("Der Monteur hat gestern die neue Haustür zerkratzt und ihr habt mir trotzdem 120 € für den Einsatz berechnet. "
     "Pfusch. Ich erwarte heute einen Anruf.", "damaged_or_defective"),
])
def test_damage_their_worker_did_is_the_situation(text, topic):
    assert topic_of(text) == topic


@pytest.mark.parametrize("text, topic", [
    # A driver whose van broke down is a late delivery, not damage.
    ("Your driver broke down on the motorway apparently, so my sofa is still not here, four days late now. I took two "
     "days off work for this. Useless.", "delivery_delay"),
])
def test_near_misses_of_damage_their_worker_did(text, topic):
    assert topic_of(text) == topic


# The same fault back soon after their technician's visit: a defect the fix did not cure, not an outage.
@pytest.mark.parametrize("text, topic", [
    pytest.param("Vuestro técnico vino el lunes, cambió el termostato, me cobró 95 € y esa misma noche el aire "
                 "acondicionado volvió a fallar. Sois unos incompetentes. Quiero otra visita mañana sin coste.",
                 "damaged_or_defective",
                 marks=pytest.mark.xfail(strict=True, reason="session 25 words layer (docs/playbooks.md) "
                                                             "is surer of an outage from 'volvió a fallar' than the "
                                                             "families are of the repair that did not hold")),
    ("Le technicien est passé mardi, a changé une carte et m'a facturé 180 €. Le soir même, le lave-linge est retombé "
     "en panne. Vous vous moquez de moi. Je veux une nouvelle intervention gratuite.", "damaged_or_defective"),
    ("Your engineer swapped the pump on Monday, took £160 off me, and by Tuesday the heat pump had failed again. "
     "Clowns. Send someone else tomorrow at no cost.", "damaged_or_defective"),
])
def test_the_fault_back_after_their_technician_is_a_defect(text, topic):
    assert topic_of(text) == topic


@pytest.mark.parametrize("text, topic", [
    # Software failing again, no visit: an outage.
    ("The app failed again this morning, third time this week I can't log my hours before the deadline. Fix your "
     "servers.", "outage_or_bug"),
])
def test_near_misses_of_the_fault_back_after_their_technician(text, topic):
    assert topic_of(text) == topic
