"""Classes of cue error found reading round 15's two readable writers (session 15, second helper), each tested on
sentences written here, in the languages where the class exists.

Repeat contact: a count that is a frequency ("twice a day", "zweimal täglich", "deux fois par semaine", "dos veces al
día"); "no answer" inside a condition not yet met ("Sollte ich bis Freitag keine Antwort haben", "if I get no reply by
Monday", "si je n'ai aucune réponse", "si no recibo ninguna respuesta"); "on two occasions" / "à deux reprises" / "en dos
ocasiones" with no contact or promise in its sentence (someone else's behaviour, a STOP sent to a marketing text); tickets
for a concert or a match ("zwei Tickets für das Konzert"); the Nth time the company got the order wrong, in French and
Spanish ("la deuxième fois que vous vous trompez", "la segunda vez que os equivocáis"), which is a failure repeated, not
a contact. Each near miss keeps the contact that is one ("on three occasions I have phoned", "à deux reprises je vous ai
écrit", "zwei Tickets eröffnet", "c'est la deuxième fois que je vous écris", "keine Antwort bekommen").

Urgency: an event already missed, told as what happened ("a raté un rendez-vous le lundi", "missed my appointment on
Monday", "perdimos la cita del lunes", "den Termin am Montag verpasst"); the term of a contract or subscription the
customer is ending ("mon contrat, qui arrive à échéance le 30", "my subscription expires on Friday"), unless a loss is told
with it. "I'll miss my flight tomorrow" and an appointment still ahead stay urgent.
"""

from tests.unit.cue_cases import cue_tests

FOUND = [
    # repeat contact that is one: counted contacts, a silence after one, support tickets, the Nth time written
    ("repeat_contact", "I have phoned your helpline on three occasions and nobody has called back."),
    ("repeat_contact", "Je vous ai écrit à deux reprises au sujet de cette facture, en vain."),
    ("repeat_contact", "He reclamado en dos ocasiones por correo y nada."),
    ("repeat_contact", "Ich habe schon zwei Tickets eröffnet und niemand reagiert."),
    ("repeat_contact", "Auf meine Mail vom Montag habe ich keine Antwort bekommen."),
    ("repeat_contact", "C'est la troisième fois que je vous écris pour ce colis."),
    ("repeat_contact", "Es la segunda vez que os escribo por la factura."),
    ("repeat_contact", "I asked your chat agents twice about the refund."),
    # urgency still ahead: a future miss, an appointment to come, an expiry with a loss
    ("urgency", "If the car isn't back I'll miss my flight tomorrow."),
    ("urgency", "J'ai un rendez-vous chez le cardiologue lundi matin et la voiture est toujours au garage."),
    ("urgency", "Mein Arzttermin ist morgen früh und das Rezept ist noch nicht da."),
]

NOT_FOUND = [
    # repeat contact: a frequency
    ("repeat_contact", "The nurse asked me to weigh the baby twice a week, so the scale matters."),
    ("repeat_contact", "Die Tabletten soll ich zweimal täglich nehmen, die Packung war aber leer."),
    # ... a silence that has not happened yet
    ("repeat_contact", "Sollten wir bis Ende der Woche keine Antwort haben, wenden wir uns an die Schlichtungsstelle."),
    ("repeat_contact", "If I get no reply by Monday I will take this further."),
    ("repeat_contact", "Si je n'ai aucune réponse d'ici vendredi, je saisirai le médiateur."),
    ("repeat_contact", "Si no recibo ninguna respuesta esta semana, acudiré a consumo."),
    # ... occasions that count something else than contacts
    ("repeat_contact", "The night porter was, on two occasions, quite short with the other guests."),
    ("repeat_contact", "Le livreur a sonné chez le voisin à deux reprises, sans laisser d'avis."),
    # ... tickets for an event
    ("repeat_contact", "Ich habe drei Tickets für das Spiel am Samstag gekauft, aber nur zwei erhalten."),
    ("repeat_contact", "Compré dos tickets para el festival y solo llegó uno."),
    # ... the company's mistake repeated
    ("repeat_contact", "C'est la deuxième fois que vous vous trompez dans ma commande."),
    ("repeat_contact", "Es la tercera vez que os equivocáis con la talla."),
    # urgency: an event already missed, told as the story
    ("urgency", "Ma fille a raté son rendez-vous chez l'orthodontiste le mardi à cause du retard."),
    ("urgency", "Because of the breakdown I missed my appointment on Monday at the clinic."),
    ("urgency", "Wegen der Verspätung habe ich den Termin am Montag verpasst."),
    # ... the term of a contract the customer is ending
    ("urgency", "Je résilie mon abonnement, qui arrive à échéance le 12 du mois prochain."),
]


test_each_round15b_class_is_found, test_each_round15b_near_miss_stays_out = cue_tests(FOUND, NOT_FOUND)
