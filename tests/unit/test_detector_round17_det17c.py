"""Classes of cue error found reading round 17's two readable writers (writers 50 and 51, session 17, det17c), each tested
on sentences written here, in the languages where the class exists.

Abuse: contempt nouns for the staff or the firm with a collective or a quantifier ("a bunch of overpaid pen-pushers",
"ein Haufen Stümper", "un ramassis d'incapables", "un hatajo de chupatintas"); not a gang of fraudsters who robbed the
customer. The staff "too stupid to" do their job ("sind zu blöd, um", "trop bêtes pour", "demasiado torpes para"); not the
customer about themselves. Their incompetence or contempt named as a noun of the team ("the sheer arrogance of your
staff", "d'une nullité", "la prepotencia de vuestros empleados", "die Arroganz Ihrer Mitarbeiter"); not a thing's. The
firm's ways called those of thugs or crooks ("gangster tactics", "pratiques de truands", "Mafiamethoden", "prácticas
mafiosas"). The firm asked whether it is incapable or blind ("are you lot genuinely incapable of ...", "êtes-vous
incapables de", "¿sois incapaces de"). The firm's own security or service called a joke, a company "this sloppy". Not
abuse: a charge or a situation called a scam with nothing aimed at people ("this is a scam, plain and simple"), a scam
that happened to the customer, swearing about the situation, a product called stupid.

Cancel request: the German wish to cancel ("möchte ... kündigen", "muss ... stornieren") with a reference, a date and a
reason between, in one sentence (a booking cancelled counts, as the writers label it); not a question whether one may, not
a negation. The deletion of the account named as a noun ("die Löschung meines Kundenkontos", "the deletion of my
account"), the closure as a noun in French ("la clôture de mon abonnement"); not the deletion of their data alone. The
thing to close with several words before it or "that" ("cancel the home and contents policy", "close that policy"), the
German plural imperative with "ihr" ("kündigt ihr mein Konto"), the account wanted closed as the second of two things
asked for ("I want the charges refunded and the account closed today"); not a story ("the account closed in May").
The notice given as news with the formula and the verb apart (rounds 14/15's readable misses: "je vous informe par la
présente de ma décision de résilier", "je vous prie en conséquence de bien vouloir résilier", "teile Ihnen mit, dass ich
... kündige"); not "dass ich nicht kündige".
"""

from tests.unit.cue_cases import cue_tests

FOUND = [
    # abuse: contempt nouns with a collective or a quantifier
    ("abuse", "Your claims people are a bunch of overpaid pen-pushers who never pick up the phone."),
    ("abuse", "I was passed around a shower of faceless bean counters for a month."),
    ("abuse", "Der Kundendienst ist ein Haufen Stümper, seit Wochen keine Antwort."),
    ("abuse", "Eure Hotline ist ein Verein von Schnarchnasen."),
    ("abuse", "Votre agence, c'est un ramassis d'incapables."),
    ("abuse", "On a affaire à une bande de fumistes qui ne rappellent jamais."),
    ("abuse", "La oficina de reclamaciones es un hatajo de chupatintas."),
    # ... the staff too stupid to do the job, not the customer
    ("abuse", "Your drivers seem too thick to read a house number."),
    ("abuse", "Ihre Techniker sind anscheinend zu blöd, um einen Router anzuschließen."),
    ("abuse", "Vos livreurs sont vraiment trop bêtes pour sonner à la porte."),
    ("abuse", "Sus repartidores son demasiado torpes para subir dos pisos."),
    # ... their incompetence or contempt named as a noun of the team
    ("abuse", "The sheer arrogance of your branch staff left my mother in tears."),
    ("abuse", "Votre service après-vente est d'une nullité rare."),
    ("abuse", "L'amateurisme de vos techniciens me coûte trois jours de congé."),
    ("abuse", "La prepotencia de vuestros empleados en el mostrador es increíble."),
    ("abuse", "Die Arroganz Ihrer Mitarbeiter am Schalter ist kaum zu glauben."),
    # ... the firm's ways called those of thugs or crooks
    ("abuse", "Threatening bailiffs over a £12 fee is pure gangster tactics."),
    ("abuse", "Prélever sans prévenir, ce sont des pratiques de truands."),
    ("abuse", "Das sind Mafiamethoden, mir ohne Vertrag Geld abzubuchen."),
    ("abuse", "Cobrar sin avisar son prácticas mafiosas."),
    # ... the firm asked whether it is incapable or blind
    ("abuse", "Are you lot genuinely incapable of sending one correct invoice?"),
    ("abuse", "Êtes-vous vraiment incapables de lire une adresse ?"),
    ("abuse", "¿Sois incapaces de leer un correo entero?"),
    # ... the firm's security or service called a joke, a company this sloppy
    ("abuse", "Your so-called fraud protection is a farce."),
    ("abuse", "I won't leave my savings with a bank this sloppy."),
    ("abuse", "That's a rip-off and your managers know it."),
    # cancel request: the German wish with a reference, a date and a reason between
    ("cancel_request", "Da wir ins Ausland gehen, möchte ich den Stellplatz in der Tiefgarage (Nr. TG-77, Vertrag 4410) zum 31.08. kündigen."),
    ("cancel_request", "Leider müssen wir den Ausflug nach Rügen am 3. Oktober (Reservierung RX-2093, drei Personen) stornieren."),
    # ... the deletion or the closure of the account as a noun
    ("cancel_request", "Ich fordere die Löschung meines Benutzerkontos bis Monatsende."),
    ("cancel_request", "Please proceed with the deletion of my customer account."),
    ("cancel_request", "Je vous demande aussi la clôture de mon adhésion au club."),
    # ... several words before the thing, "that", "ihr", the second of two wishes
    ("cancel_request", "Could you cancel the home and contents policy from the end of the month?"),
    ("cancel_request", "Please close that account, I never opened it."),
    ("cancel_request", "Erstattet mir die Gebühr und dann kündigt ihr mein Abo bitte."),
    ("cancel_request", "We want the setup fee refunded and the subscription cancelled now."),
    # ... the notice given as news, the formula and the verb apart
    ("cancel_request", "Je vous informe par ce courrier de ma décision de mettre fin à notre abonnement."),
    ("cancel_request", "Je vous prie ainsi de bien vouloir résilier la ligne fixe au 1er juin."),
    ("cancel_request", "Auf diesem Wege teile ich Ihnen mit, dass ich die Zeitschrift zum Jahresende kündige."),
]

NOT_FOUND = [
    # abuse: a charge called a scam with nothing aimed at people, a scam that happened to the customer
    ("abuse", "That fee is a scam, plain and simple. Refund it by Monday."),
    ("abuse", "A gang of fraudsters cloned my card and spent £300."),
    ("abuse", "Eine Bande von Betrügern hat mein Konto leergeräumt."),
    ("abuse", "I got a text that looked like yours, I assume it's a scam."),
    # ... the customer too stupid, not the staff
    ("abuse", "I'm probably too stupid to find the export button, where is it?"),
    ("abuse", "Ich bin wohl zu dumm, um das Formular richtig auszufüllen."),
    ("abuse", "Je suis sans doute trop bête pour trouver le bon menu."),
    ("abuse", "Soy demasiado torpe para estas aplicaciones, ¿me ayudan?"),
    # ... swearing about the situation, a product called stupid, a queue called a joke, a thing's incompetence
    ("abuse", "This whole delivery has been a shit show from day one."),
    ("abuse", "The smart plug is honestly the stupidest gadget I own."),
    ("abuse", "The queue at the airport was a joke, but your agent sorted it out."),
    ("abuse", "The design of the charger is sheer stupidity, it falls out of the socket."),
    # cancel request: a question whether one may cancel, a negation, their data deleted, a story
    ("cancel_request", "Ich möchte wissen, ob ich den Stellplatz in der Tiefgarage zum 31.08. noch kündigen kann."),
    ("cancel_request", "Ich möchte den Vertrag für den Stellplatz trotz allem auf keinen Fall kündigen."),
    ("cancel_request", "Ich verlange außerdem die Löschung meiner Daten bei Ihren Partnern."),
    ("cancel_request", "We moved house and the account closed in May, but a bill still came."),
    ("cancel_request", "Ich teile Ihnen mit, dass wir die Zeitschrift trotz der Preiserhöhung nicht kündigen."),
]

test_each_round17_class_is_found, test_each_round17_near_miss_stays_out = cue_tests(FOUND, NOT_FOUND)
