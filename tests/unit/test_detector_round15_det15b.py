"""Classes of cue error found reading round 15's two readable writers (session 15, second helper), each tested on
sentences written here, in the languages where the class exists.

Repeat contact: a count that is a frequency ("twice a day", "zweimal täglich", "deux fois par semaine", "dos veces al
día"); "no answer" inside a condition not yet met ("Sollte ich bis Freitag keine Antwort haben", "if I get no reply by
Monday", "si je n'ai aucune réponse", "si no recibo ninguna respuesta"); "on two occasions" / "à deux reprises" / "en dos
ocasiones" with no contact or promise in its sentence (someone else's behaviour, a STOP sent to a marketing text); tickets
for a concert or a match ("zwei Tickets für das Konzert"); the Nth time the company got the order wrong, in French and
Spanish ("la deuxième fois que vous vous trompez", "la segunda vez que os equivocáis"), which is a failure repeated, not
a contact; "a second time" said of a trip or a fault ("I can't drive back a third time", "declined a second time"). Each near miss keeps the contact that is one ("on three occasions I have phoned", "à deux reprises je vous ai
écrit", "zwei Tickets eröffnet", "c'est la deuxième fois que je vous écris", "keine Antwort bekommen").

Urgency: an event already missed, told as what happened ("a raté un rendez-vous le lundi", "missed my appointment on
Monday", "perdimos la cita del lunes", "den Termin am Montag verpasst"); the term of a contract or subscription the
customer is ending ("mon contrat, qui arrive à échéance le 30", "my subscription expires on Friday"), unless a loss is told
with it; the losses a compensation is asked for ("compensation for my lost wages"), where money being lost now stays. "I'll miss my flight tomorrow" and an appointment still ahead stay urgent.

Distress: somewhere, right now, with one's children ("I am standing in the lobby with my two children", "nous sommes
bloqués à la gare avec nos enfants", "estamos en el aeropuerto con nuestros hijos", "wir stehen am Bahnhof mit zwei
Kindern"); not a trip told in the past, not being pleased with one's children. Unease said as what the situation is
("Frankly it's creepy", "c'est franchement flippant", "me da muy mal rollo", "das ist echt gruselig"); not a creepy costume. Churn threat: leaving said after "if this
goes on" ("Wenn das so weitergeht, lösche ich die App", "if this carries on I'll delete the app", "si ça continue, je
désinstalle l'appli", "si esto sigue así, borro la app"); deleting photos or an app for room stays out. Escalation: the
person asked for as a bare request ("Manager, please.", "Un responsable, s'il vous plaît.", "Un supervisor, por favor.",
"Einen Vorgesetzten, bitte."), and an apology asked of someone above the agent ("eine Entschuldigung der Teamleitung",
"an apology from your manager"); not "your manager, please note", not an apology from the driver.
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
    ("repeat_contact", "I am not explaining this to your agents a fourth time."),
    # urgency still ahead: a future miss, an appointment to come, an expiry with a loss
    ("urgency", "If the car isn't back I'll miss my flight tomorrow."),
    ("urgency", "J'ai un rendez-vous chez le cardiologue lundi matin et la voiture est toujours au garage."),
    ("urgency", "Mein Arzttermin ist morgen früh und das Rezept ist noch nicht da."),
    ("urgency", "The booking page is down and we're losing sales every hour."),
    # distress: somewhere, right now, with one's children
    ("distress", "We are stuck on the hard shoulder with our two young kids and nobody is coming."),
    ("distress", "I'm at the ferry port now with a dead phone battery and my baby in the car."),
    ("distress", "Nous sommes à la gare de Lyon avec nos deux enfants et aucun train ne part."),
    ("distress", "Estamos en la terminal con nuestros dos hijos y nadie nos atiende."),
    ("distress", "Wir sitzen seit drei Stunden am Flughafen mit zwei Kindern fest."),
    # distress: unease said as what the situation is
    ("distress", "It's genuinely creepy that a stranger rang me with my daughter's school name."),
    ("distress", "C'est franchement flippant, quelqu'un connaît mes horaires."),
    ("distress", "Me da muy mal rollo que un desconocido tenga mi dirección."),
    ("distress", "Das ist echt gruselig, jemand kennt meinen Urlaubszeitraum."),
    # churn threat: leaving after "if this goes on"
    ("churn_threat", "If this carries on I'll delete the app and go back to paper tickets."),
    ("churn_threat", "Wenn das so weitergeht, lösche ich die App und fahre wieder Bus."),
    ("churn_threat", "Si ça continue, je désinstalle l'appli."),
    ("churn_threat", "Si esto sigue así, borro la app y me olvido."),
    # escalation: the person asked for bare, an apology from above the agent
    ("escalation_request", "Four calls and no answer. Supervisor, please."),
    ("escalation_request", "Un responsable, s'il vous plaît. Ça suffit."),
    ("escalation_request", "Ya está bien. Un supervisor, por favor."),
    ("escalation_request", "Ich will keine Textbausteine mehr. Einen Vorgesetzten, bitte."),
    ("escalation_request", "Ich erwarte eine Entschuldigung der Geschäftsleitung."),
    ("escalation_request", "I expect a written apology from your manager for how I was spoken to."),
    ("escalation_request", "J'attends des excuses de la direction."),
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
    # ... a trip or a fault counted
    ("repeat_contact", "The depot is an hour away and I can't drive back a third time for nothing."),
    ("repeat_contact", "Please check the card first, I'd hate to have it declined a second time at the till."),
    # urgency: an event already missed, told as the story
    ("urgency", "Ma fille a raté son rendez-vous chez l'orthodontiste le mardi à cause du retard."),
    ("urgency", "Because of the breakdown I missed my appointment on Monday at the clinic."),
    ("urgency", "Wegen der Verspätung habe ich den Termin am Montag verpasst."),
    # ... the term of a contract the customer is ending
    ("urgency", "Je résilie mon abonnement, qui arrive à échéance le 12 du mois prochain."),
    # ... the losses a compensation is asked for
    ("urgency", "I would like a refund and compensation for the lost work from the two days without a van."),
    # distress: a trip told in the past, being pleased with one's children
    ("distress", "Viajábamos con nuestros hijos en el tren de las ocho y llegó tarde."),
    ("distress", "We are happy with our kids' accounts, just one question about the limits."),
    ("distress", "The creepy clown costume arrived with a torn sleeve, can I swap it?"),
    # churn threat: deleting something for room, a condition with no leaving
    ("churn_threat", "Wenn das so weitergeht mit dem Speicher, lösche ich am besten ein paar Fotos?"),
    ("churn_threat", "If this continues, I'll send you the logs again tomorrow."),
    # escalation: a manager named in passing, an apology from someone else
    ("escalation_request", "Your manager, please note, already approved the refund last week."),
    ("escalation_request", "I did get an apology from the driver, which was kind."),
]


test_each_round15b_class_is_found, test_each_round15b_near_miss_stays_out = cue_tests(FOUND, NOT_FOUND)
