"""Classes of urgency error found reading the read lines of rounds 4-24 and the corpus's training part (session 24), each
tested on sentences written here, in the languages where the class exists.

Urgency: the thing is a gift, or is for an occasion, on a day of the month still ahead, in es/fr/de ("Es para el
cumpleaños de mi abuela el 30 de diciembre", "Das sollte ein Geburtstagsgeschenk für meinen Sohn am 9. Dezember sein";
read nb-68-099, nb-59-054, both labelled). Told in the past ("era un regalo para mi madre el día 3", "c'était le cadeau
pour ses 90 ans, fêtés le 24", read nb-68-093, unlabelled) it is a loss, not a deadline. The English form ("It's a gift
for my nephew on the 24th", read nb-62-012, nb-68-002) was tried and dropped: one more false flag on the held-out sets.

Urgency: the rent due on a day, told with the customer paying it or the landlord waiting ("es el dinero con el que pago el
alquiler el día 1", "no sé qué le voy a decir al casero el día 5", "mon loyer est dû le 10", "rent goes out Friday"; read
nb-40-075, nb-42-011, nb-65-036, nb-56-033, all labelled, as the corpus labels hd-0183 "Rent goes out on the 1st"). The rent
paid in the past, or its amount without a day, stays out.

Not urgency: "for tonight's show" names what a purchase was for, told as often with the evening already spoilt ("Paid for
the add-on for tonight's cup final and the stream cut out", "we bought seats for tonight's performance and arrived to
find", "it was for tonight's dinner"; read nb-51-036, nb-63-044, nb-35-014, all unlabelled). The need for the evening
said as a need ("I only have enough for tonight", "I need the tickets for tonight") stays urgency.

Urgency, siblings of rules that missed a form (round 25's read writer 73): "este viernes" beside "el viernes" in the Spanish
departures ("me mudo este viernes", nb-73-086), as "this Friday" is read beside "on Friday"; a thing asked done or ready by
a near day ("can this be done by Wednesday?", nb-73-072) beside "sorted by"; the demand for tonight beside the demand for
today ("I want either a different caravan tonight", nb-73-082). A date promised in the past ("it would be done by Friday")
and a repair told as done ("fixed it by Thursday") stay out.

Urgency: the exam, the interview or the appointment of someone close on a near day ("My son has an online exam on
Friday", "she has mocks on Monday", "Mein Sohn schreibt am Donnerstag seine Abitur-Vorprüfung"; read nb-73-064, nb-57-008,
nb-57-068, all labelled), as the writer's own already was. Told in the past ("had an exam on Friday", "was on Monday",
"hatte am Montag ihre Prüfung") it stays out.

Urgency: not being able to meet the pressure ("I can't pay my rent on Monday", "je ne peux pas payer mon loyer lundi", "no
puedo pagar el alquiler el viernes"; read nb-67-037, labelled) negates nothing, as not knowing ("no sé dónde vamos a
dormir") already did not; "I don't need it by Friday" is still a denial.

Urgency: water, power or heating gone since this morning with a vulnerable person named after it (a baby, a pregnancy,
oxygen, someone in their eighties: "we've had no water since 6 this morning. I've got a 4 month old", "Our power has been
off since 6am ... My mother is 84 and uses an oxygen concentrator", "plus d'eau depuis ce matin ... Ma mère de 88 ans";
read nb-65-079, nb-68-041, nb-65-032, all labelled): the corpus's "a vulnerable person without power now". An outage of
days told as the damage (hd-0113, nb-22-001, unlabelled), an office without water, and a calm report that says "we're
alright for now" (nb-51-029, unlabelled) stay out.
"""

from tests.unit.cue_cases import cue_tests

FOUND = [
    # a gift, or the thing needed, for a dated occasion still ahead
    ("urgency", "El reloj no ha salido del almacén. Es un regalo para mi padre el 12 de marzo."),
    ("urgency", "La tarta no ha llegado. Es para la boda de mi hermana el día 6."),
    ("urgency", "Le colis est bloqué à Lyon, c'est un cadeau pour mon fils le 15."),
    ("urgency", "Die Uhr ist immer noch nicht verschickt, sie ist ein Geschenk für meinen Vater am 21. April."),
    # the rent due on a day
    ("urgency", "I've been charged twice and my rent comes out Monday."),
    ("urgency", "Era el dinero con el que pagamos el alquiler el día 2."),
    ("urgency", "No sé qué le voy a decir al casero el día 7, me habéis dejado sin nada."),
    ("urgency", "Vous m'avez prélevé deux fois et mon loyer est dû le 8."),
    ("urgency", "You took the payment twice and rent goes out Thursday."),
    # the need for the evening, said as a need
    ("urgency", "I only have enough insulin for tonight, the repeat prescription still hasn't come."),
    ("urgency", "I need the tickets for tonight, the show starts at 7."),
    # siblings: "este" + day, done or ready by a near day, the demand for tonight
    ("urgency", "Me mudo este sábado y todavía no sé cuándo viene el técnico del router."),
    ("urgency", "Nos vamos este jueves de viaje y el pasaporte renovado no ha llegado."),
    ("urgency", "Could the repair be done by Thursday? It's the only laptop I have for my course."),
    ("urgency", "Will the pram be ready by Saturday? The baby is due any day."),
    ("urgency", "The room has no heating. I want a different room tonight, not a voucher."),
    # the exam or the appointment of someone close on a near day
    ("urgency", "The tablet won't charge and my daughter has her GCSE exam on Monday."),
    ("urgency", "My husband has a hospital appointment on Thursday and the car is still at your garage."),
    ("urgency", "Meine Tochter schreibt morgen ihre Mathe-Klausur und das WLAN ist tot."),
    ("urgency", "Unser Sohn hat am Freitag seine Abschlussprüfung und der Drucker geht nicht."),
    # not being able to meet the pressure
    ("urgency", "The bank froze my card after your error, so I can't pay my rent on Friday."),
    ("urgency", "Avec ce double prélèvement, je ne peux pas payer mon loyer lundi."),
    ("urgency", "Con el cargo duplicado no puedo pagar el alquiler el viernes."),
    # water, power or heating gone since this morning, a vulnerable person at home
    ("urgency", "The heating has been off since 5am and my dad is 89, the house is freezing."),
    ("urgency", "We've had no electricity since this morning. I've got a newborn and a fridge full of formula."),
    ("urgency", "Sans électricité depuis ce matin, et mon père est sous oxygène à la maison."),
    ("urgency", "Sin luz desde esta mañana y mi madre, de 90 años, duerme con oxígeno."),
    ("urgency", "Kein Strom seit heute Morgen, und meine Frau ist im neunten Monat schwanger."),
]

NOT_FOUND = [
    # the occasion told in the past
    ("urgency", "It was a gift for my mum on the 24th and it arrived on the 28th."),
    ("urgency", "C'était un cadeau pour ma fille, fêtée le 15, et il est arrivé trop tard."),
    ("urgency", "Era un regalo para mi madre el día 3 y llegó tarde."),
    ("urgency", "Das war ein Geschenk für meine Frau am 2. Mai, jetzt ist es zu spät."),
    ("urgency", "The jumper was a present for my son, he loves it, thank you."),
    # the rent paid in the past, or its amount with no day
    ("urgency", "Pagué el alquiler el día 1 con la tarjeta, ¿podéis enviarme el recibo?"),
    ("urgency", "My rent is £900 a month and I'd like to update the amount on the form."),
    ("urgency", "Rent went out on Friday as usual, thanks for fixing the reference."),
    # a date promised in the past, a move told as done, a repair told as done
    ("urgency", "You said it would be done by Friday and nothing happened."),
    ("urgency", "Me mudé el sábado pasado, gracias por la instalación tan rápida."),
    ("urgency", "I wanted to say thanks, the engineer fixed it by Thursday as promised, all done."),
    # someone's exam told in the past
    ("urgency", "My son had an exam on Friday and the laptop died the night before."),
    ("urgency", "My daughter's exam was on Monday and it went fine, thanks."),
    ("urgency", "Meine Tochter hatte am Montag ihre Prüfung, alles gut gegangen."),
    # a need denied
    ("urgency", "I don't need the spare keys by Friday any more, my sister is staying."),
    # an outage with no one vulnerable, waved away, or of days told as the damage
    ("urgency", "No water since about 8 today at the office, could you say when it's back? Thanks."),
    ("urgency", "We've had no hot water since this morning. My mother is 91 and lives with us, but we're alright for now."),
    ("urgency", "My grandmother, 92, was without heating for six days in January and nobody came."),
    ("urgency", "The power has been off since 9am and the freezer is 85% full, when will it be back?"),
    # what a purchase was for, the evening spoilt
    ("urgency", "I rented the boxing pay-per-view for tonight's fight and the picture froze for the whole main event."),
    ("urgency", "We booked a table for tonight's anniversary dinner and when we got there they had no record of it."),
    ("urgency", "The cake was for tonight's party and it turned up squashed, I'd like a refund please."),
]


test_each_s24_urgency_class_is_found, test_each_s24_urgency_near_miss_stays_out = cue_tests(FOUND, NOT_FOUND)
