"""Classes of cue error found reading round 16's two readable writers (session 16, second half: urgency, distress, legal
threat, repeat contact, already cancelled), each tested on sentences written here, in the languages where the class exists.

Legal threat: the claim through the bank said with a word between or a conjugated verb ("lo denuncio directamente al
banco", "je contesterai ce débit auprès de ma banque", reported to the bank as an unauthorised payment, "meiner Bank als
nicht autorisierte Abbuchung"), and a lawyer in the family brought in ("my sister is a solicitor", "mi cuñada es abogada",
"ma sœur est avocate", "mein Schwager ist Anwalt"); not the writer's own job, not a relative named as a lawyer beside a
plain question ("... but she's on holiday, so I'll ask"). Repeat contact: the calls or messages counted with more words
between or a larger number ("rung the depot eleven times", "escrito por el chat dos veces", "envoyé deux messages",
"dreimal angerufen"), the same automatic answer got back from a bot or a chat sending the writer back to the FAQ, and
nobody answering the writer's own mails or calls; not attempts at the product counted ("tried three times to log in"), not
a bot's answer the writer found useful ("the same answer as the FAQ, which solved it"). Urgency: a time pressure told as an
event with its time: the writer's own event on a near day (a launch, a competition, a christening), someone due at the
door at a clock time (the buyers, the landlord), a departure at a clock time, a birth weeks away, a trip a few days off, a
penalty that falls if late, a parking ticket running out at a clock time; not the same event told in the past, not a
weekly habit. Distress told through facts and feeling: the money lost was what the writer had for food or the month,
living on benefits or a carer's allowance, being worn down ("ça me mine"), loneliness (the only place they talk to
anyone), life since a death; not the estate's paperwork after a death, not a "down" payment or a pension asked about. Already cancelled: a child taken out of a camp, a club, a nursery or a
course ("we withdrew ... from the camp", "désinscrit notre fille", "dimos de baja a nuestro hijo", "unsere Tochter
abgemeldet"); not money withdrawn. Repeat contact again: only an automatic acknowledgement got back, another canned reply
refused ("don't send me another template reply", "sending me another 'we're sorry' email"); not a new notification
("another email saying it shipped"). Urgency again: the business losing money by the hour ("every hour offline is costing
us thousands", "wir verlieren jede Stunde Umsatz"); not a weekly cost. Repeat contact, last: passed around between departments said with the verb of the pushing; not a
parcel passed around."""

from tests.unit.cue_cases import cue_tests

FOUND = [
    # legal threat: the claim through the bank, conjugated or with a word between
    ("legal_threat", "Si no me devolvéis el dinero, lo denuncio directamente al banco."),
    ("legal_threat", "Sinon je contesterai ce débit auprès de ma banque."),
    ("legal_threat", "I'll report the charge to my bank as an unauthorised payment if it isn't refunded."),
    ("legal_threat", "Dann melde ich das meiner Bank als nicht autorisierte Abbuchung."),
    # ... a lawyer in the family brought in
    ("legal_threat", "My sister is a solicitor and she's read your terms."),
    ("legal_threat", "Mi cuñada es abogada y ya ha leído el contrato."),
    ("legal_threat", "Ma sœur est avocate et elle a lu vos conditions."),
    ("legal_threat", "Mein Schwager ist Anwalt und hat sich die AGB angesehen."),
    # repeat contact: calls or messages counted, with words between or a larger number
    ("repeat_contact", "I've phoned your warehouse line twelve times since breakfast."),
    ("repeat_contact", "Les he llamado a la tienda cuatro veces esta semana."),
    ("repeat_contact", "J'ai laissé trois messages sur le répondeur de l'agence."),
    ("repeat_contact", "Ich habe fünfmal angerufen und bin nie durchgekommen."),
    # ... the same automatic answer, the chat sending the writer back to the FAQ
    ("repeat_contact", "The chatbot keeps giving me the same reply about restarting the router."),
    ("repeat_contact", "Your assistant just sends me straight back to the help centre."),
    ("repeat_contact", "Me han contestado un bot con la misma respuesta."),
    ("repeat_contact", "Le chatbot me redirige systématiquement vers la foire aux questions."),
    ("repeat_contact", "Ich bekomme immer wieder dieselbe automatische Antwort."),
    # ... nobody answering the writer's own mails or calls
    ("repeat_contact", "Nobody replies to my emails about the missing parcel."),
    ("repeat_contact", "Personne ne répond à mes mails depuis dix jours."),
    ("repeat_contact", "Nadie contesta mis llamadas."),
    ("repeat_contact", "Niemand antwortet auf meine Nachrichten."),
]

FOUND += [
    # urgency: the writer's own event on a near day
    ("urgency", "We have a product launch on Thursday and the checkout is broken."),
    ("urgency", "I'm competing in Manchester on Sunday and the kit hasn't come."),
    ("urgency", "Le baptême est ce samedi et les faire-part ne sont pas arrivés."),
    ("urgency", "El bautizo es el domingo y no tengo las invitaciones."),
    ("urgency", "Die Taufe ist am Sonntag und die Karten fehlen."),
    # ... someone due at the door at a clock time, the writer's departure at a clock time
    ("urgency", "The buyers arrive at 11 to collect the keys and the cleaners never came."),
    ("urgency", "I'm flying to Oslo at 7pm and still have no boarding pass."),
    ("urgency", "We're heading for the station at 3 and the tickets never arrived."),
    # ... a birth close, a trip a few days off
    ("urgency", "I'm due in three weeks and the cot is missing."),
    ("urgency", "J'accouche dans deux semaines et rien n'est livré."),
    ("urgency", "Voy a dar a luz en dos semanas y el carrito no llega."),
    ("urgency", "Nos habéis cancelado a dos días de salir."),
    ("urgency", "Vous annulez notre location à trois jours du départ."),
    ("urgency", "Sie stornieren das Hotel zwei Tage vor der Abreise."),
    # ... a penalty that falls if late, a ticket running out at a clock time
    ("urgency", "If this goes in late I'll get fined."),
    ("urgency", "Sonst gibt es einen Säumniszuschlag."),
    ("urgency", "Il faut envoyer la déclaration, sinon j'ai une pénalité de retard."),
    ("urgency", "Mein Parkschein läuft um 12 ab."),
    ("urgency", "El tique de la zona azul se me acaba a las 12:30."),
]

FOUND += [
    # distress: the money lost was what the writer had to live on
    ("distress", "That was nearly all of what we had left for groceries."),
    ("distress", "Nos has cobrado 40 euros, era lo que tenía para la compra del mes."),
    ("distress", "C'était presque tout ce qu'il me restait pour manger."),
    ("distress", "Das war mein ganzes Geld für Lebensmittel."),
    # ... living on benefits
    ("distress", "I'm on universal credit and can't absorb a charge like this."),
    ("distress", "Je touche le RSA, je ne peux pas avancer cette somme."),
    ("distress", "Ich lebe von Grundsicherung, das kann ich nicht vorstrecken."),
    # ... worn down, lonely, life since a death
    ("distress", "Honestly it's been grinding me down for weeks."),
    ("distress", "Ce dossier me ronge, je n'en dors plus."),
    ("distress", "Este asunto me está consumiendo."),
    ("distress", "Das zermürbt mich langsam."),
    ("distress", "Your forum is the only place I talk to anyone most days."),
    ("distress", "Desde que murió mi marido apenas salgo de casa."),
    ("distress", "Seit dem Tod meiner Frau mache ich das alles allein."),
]

FOUND += [
    # already cancelled: a child taken out of a camp, a club, a nursery or a course
    ("already_cancelled", "We withdrew Maya from Sunny Camp on 2 July and the deposit was still taken."),
    ("already_cancelled", "We took our daughter out of the swim academy at Easter."),
    ("already_cancelled", "Nous avons désinscrit notre fille en juin."),
    ("already_cancelled", "Dimos de baja a nuestro hijo de la academia en junio."),
    ("already_cancelled", "Wir haben unsere Tochter im Juni beim Verein abgemeldet."),
]

FOUND += [
    # repeat contact: only an automatic acknowledgement got back, another canned reply refused
    ("repeat_contact", "All we've had is an automatic receipt, twelve days on."),
    ("repeat_contact", "Solo he recibido una respuesta automática."),
    ("repeat_contact", "Je n'ai reçu qu'un accusé de réception."),
    ("repeat_contact", "Zurück kam nur eine automatische Antwort."),
    ("repeat_contact", "Please don't send me another canned response, read the ticket."),
    ("repeat_contact", "Instead of sending me another \"we're sorry\" email, look at the logs."),
    # urgency: the business losing money by the hour
    ("urgency", "Each hour the checkout is down is costing us orders and money."),
    ("urgency", "Mit jeder Stunde verlieren wir Kunden."),
    ("urgency", "Cada hora que pasa perdemos reservas."),
    ("urgency", "Nous perdons des commandes chaque heure."),
]

FOUND += [
    # repeat contact: passed around between departments
    ("repeat_contact", "Your claims team keeps bouncing me back and forth."),
    ("repeat_contact", "Seitdem schiebt mich Ihre Buchhaltung hin und her."),
    ("repeat_contact", "On me balade d'un service à l'autre depuis mars."),
    ("repeat_contact", "Me van pasando de un departamento a otro."),
]

NOT_FOUND = [
    ("repeat_contact", "The courier passed the parcel around the depot and it still arrived on time."),
    # repeat contact: a new notification, not a reply; urgency: a cost by the week
    ("repeat_contact", "I got another email saying it shipped, which is great."),
    ("urgency", "The storage unit is costing me £40 a week, is there a cheaper size?"),
    # already cancelled: money withdrawn, a withdrawal asked about
    ("already_cancelled", "Someone withdrew 400 from my account last night."),
    ("already_cancelled", "How do I withdraw my son from the club at the end of term?"),
    # distress: the estate's paperwork after a death, a pension asked about, "down" as a payment
    ("distress", "Since my husband died I need the account moved into my name; the death certificate is attached."),
    ("distress", "Does the discount apply if I'm on a state pension from next year?"),
    ("distress", "The down payment for the kitchen went through, thanks."),
    # urgency: the event told in the past, a departure that is a weekly habit
    ("urgency", "We had a product launch on Thursday, it went well."),
    ("urgency", "The buyers arrived at 11 last week."),
    ("urgency", "I usually leave for the station at 3, is the timetable changing?"),
    # legal threat: the writer's own job, a relative who is a lawyer beside a plain question
    ("legal_threat", "I'm a solicitor myself and need the invoice in the firm's name."),
    ("legal_threat", "My daughter is a lawyer but she's on holiday, so I'll ask: can I change the account holder?"),
    ("legal_threat", "Je suis avocate et j'ai besoin d'une facture au nom du cabinet."),
    # repeat contact: attempts at the product, a bot's answer that helped
    ("repeat_contact", "I tried three times to log in before it worked."),
    ("repeat_contact", "The app crashed eleven times today."),
    ("repeat_contact", "The bot gave me the same answer as the FAQ, which solved it, thanks."),
    ("repeat_contact", "Ich habe dreimal gelesen, was in der Anleitung steht."),
]


test_each_round16_class_is_found, test_each_round16_near_miss_stays_out = cue_tests(FOUND, NOT_FOUND)
