"""Classes of cue error found reading round 15's two readable writers (writers 44 and 46, session 15, det15a), each tested
on sentences written here, in the languages where the class exists.

Already cancelled: the cancelling told without "I" at a sentence's start and dated by "ago" ("Cancelled the gym plan two
months ago", "Vor zwei Wochen gekündigt"), and the notice given counted in days without "my" ("gave 60 days' notice");
not an order cancelled, not notice given to a landlord. Legal threat: the bank asked to refuse the debits ("pedirle al
banco que los rechace", "demander à ma banque de les rejeter"), the debit bounced through PayPal or said with the writer
between ("über PayPal zurückbuchen", "werde ich zurückbuchen lassen"), the data-protection officer reached with "beim",
the legal-expenses insurer handed the matter, the professional regulators of a pharmacy, a care home or a vet; not the
bank asked for a new card. Urgency: not the company's emergency line or hotline as a thing that rang out. Repeat
contact: not a report made to the customer's own bank or to the spam-text number. Distress: told as a fact of money
(a debit that puts the account in the red, money borrowed from family), of strength (no strength left, stressed enough
already), of medicine one cannot be without; not a thing borrowed from a neighbour, not an app one cannot go without."""

from tests.unit.cue_cases import cue_tests

FOUND = [
    # already cancelled: no "I", dated by "ago"
    ("already_cancelled", "Cancelled the Premium bundle two months ago. Billed again this morning, sort it out."),
    ("already_cancelled", "Hello. Cancelled my gym membership 5 weeks ago and the fee still went out."),
    ("already_cancelled", "Dada de baja hace tres semanas y otra vez me cobran la cuota."),
    ("already_cancelled", "Résilié il y a deux mois, et toujours prélevé. Inacceptable."),
    ("already_cancelled", "Vor zwei Wochen gekündigt und heute wieder abgebucht."),
    # ... notice given counted in days, without "my"
    ("already_cancelled", "We gave 60 days' notice on the office lease contract and you still billed June."),
    # legal threat: the bank asked to refuse the debits
    ("legal_threat", "Si vuelven a cobrarme, voy a pedirle al banco que rechace los recibos."),
    ("legal_threat", "Au prochain prélèvement, je demanderai à ma banque de les rejeter."),
    ("legal_threat", "Another charge and I'll ask my bank to reject them all."),
    # ... the debit bounced through PayPal, the writer between the debit and the verb
    ("legal_threat", "Zahlt das bis Freitag zurück, sonst lasse ich den Betrag über PayPal zurückbuchen."),
    ("legal_threat", "Die nächste Abbuchung werde ich sofort zurückbuchen lassen."),
    # ... the data-protection officer reached with "beim", the legal-expenses insurer, the professional regulator
    ("legal_threat", "Ohne Auskunft bis Ende des Monats beschwere ich mich beim Landesdatenschutzbeauftragten."),
    ("legal_threat", "Meine Rechtsschutzversicherung bekommt den ganzen Vorgang, wenn nichts passiert."),
    ("legal_threat", "I've passed the file to my legal expenses insurer."),
    ("legal_threat", "Mi seguro de defensa jurídica ya tiene copia de todo."),
    ("legal_threat", "J'ai transmis le dossier à mon assurance protection juridique."),
    ("legal_threat", "Giving a pensioner the wrong strength of tablets is something the GPhC will hear about."),
    ("legal_threat", "The way my father was treated in your home will be reported to the Care Quality Commission."),
    # distress: money told as a fact (the account in the red, money borrowed from family)
    ("distress", "Ce prélèvement imprévu me met dans le rouge pour le mois."),
    ("distress", "Este cargo me deja en números rojos hasta el día 30."),
    ("distress", "Die doppelte Abbuchung bringt mich ins Minus."),
    ("distress", "We've had to borrow money from my parents to pay the deposit again."),
    ("distress", "Tuve que pedir dinero prestado a mi hermano para pagar el alquiler."),
    ("distress", "J'ai dû emprunter de l'argent à ma mère pour finir le mois."),
    # ... strength: none left, stressed enough already
    ("distress", "After the week we've had, I'm stressed enough without this."),
    ("distress", "Je n'ai plus la force de me battre pour ce remboursement."),
    ("distress", "No tengo fuerzas para seguir reclamando esto."),
    ("distress", "Ich habe keine Kraft mehr, mich damit herumzuschlagen."),
    # ... a medicine one cannot be without
    ("distress", "My son can't go without his insulin for a weekend and the parcel is lost."),
    ("distress", "No puedo viajar sin mi medicación y el pedido no llega."),
    ("distress", "Je ne peux pas partir sans mon traitement et le colis est bloqué."),
]

NOT_FOUND = [
    # already cancelled: an order cancelled, notice given to a landlord
    ("already_cancelled", "Cancelled order 3 weeks ago, can you tell me when the refund lands?"),
    ("already_cancelled", "We've already given notice on our flat, so the move date is fixed."),
    # legal threat: the bank asked for a new card after a theft
    ("legal_threat", "I asked my bank to block my card and send me a new one."),
    ("legal_threat", "Je vais demander à ma banque de m'envoyer une nouvelle carte."),
    # urgency: the company's emergency line as a thing that rang out
    ("urgency", "The emergency line just rang out when we phoned it last month, which I thought you'd want to know."),
    ("urgency", "Your emergency hotline number on the website has a typo in it."),
    # repeat contact: a report to one's own bank, or to the spam-text number
    ("repeat_contact", "A text claiming to be a courier wanted a redelivery fee, so I've reported it to 7726."),
    ("repeat_contact", "I've already reported the odd payment to my bank, could you confirm whether it was yours?"),
    # distress: a thing borrowed from a neighbour, an app one cannot go without
    ("distress", "I had to borrow a ladder from my neighbour to reach the meter."),
    ("distress", "I can't go without the app for a week, please fix it."),
]


test_each_round15_det15a_class_is_found, test_each_round15_det15a_near_miss_stays_out = cue_tests(FOUND, NOT_FOUND)
