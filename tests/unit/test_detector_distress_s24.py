"""Classes of distress error found reading the read lines of rounds 4-25 (session 24), each tested on sentences written
here, in the languages where the class exists.

Distress: the money said to have been meant for a living bill, with the bill named or the money said first ("That money was for our electricity bill", hd-0169,
nb-40-031, nb-46-022, nb-51-032); the shock the writer is still in ("je suis encore sous le choc", "ich bin noch immer
ganz aufgewühlt", nb-62-064, nb-65-087, nb-54-051). Not a shock at a price, nor money meant for a business's supplier.
"""

from tests.unit.cue_cases import cue_tests

FOUND = [
    # money meant for a living bill
    ("distress", "You took £230 from my account without asking. That money was for our gas bill. Refund it."),
    ("distress", "You charged me £95 for a game my son bought. It was for the electricity bill, I need it back."),
    ("distress", "Me habéis cobrado 150 euros de más; ese dinero era para la compra de la semana. Devolvédmelo hoy."),
    ("distress", "Vous m'avez débité 180 € deux fois, cet argent était pour les courses. Remboursez-moi."),
    ("distress", "Sie haben 200 Euro doppelt abgebucht. Das Geld war für die Stromrechnung. Bitte zurückbuchen."),
    # still in shock
    ("distress", "Your driver reversed into my daughter's bike while she was on it. She's fine but I'm still in shock."),
    ("distress", "Le chauffeur a claqué la porte sur la main de mon fils. Je suis encore sous le choc, c'est inadmissible."),
    ("distress", "Ihr Trainer hat meine Tochter allein im Wald gelassen. Ich bin noch immer ganz aufgewühlt."),
    ("distress", "El monitor dejó a mi hijo solo en la piscina. Todavía estoy en shock, quiero una explicación."),
]

NOT_FOUND = [
    # money meant for a business, a shock at a price
    ("distress", "You charged us twice for the April order. That money was for our supplier, please refund it this week."),
    ("distress", "I'm still in shock at the bill you sent, £90 for a ten-minute call. Please explain it."),
    ("distress", "Ich bin geschockt über die Rechnung von 300 Euro. Bitte prüfen Sie das."),
]

test_each_s24_class_is_found, test_each_s24_near_miss_stays_out = cue_tests(FOUND, NOT_FOUND)


# a payment the writer is blocked from making, to anyone or for a stay or a debt, is no hardship; living bills stay
FOUND_PAY = [
    ("distress", "Your app froze my account on Friday and I can't pay my rent or buy food. Unlock it now."),
    ("distress", "The transfer still hasn't landed and I cannot pay £1,400 out of thin air. Sort it out."),
]
NOT_FOUND_PAY = [
    ("distress", "Your app has locked me out since Monday. I can't see my balance and I can't pay anyone. Unlock it."),
    ("distress", "Your bank blocked my card at the check-in desk in Lisbon, so now I can't pay for the hotel. Fix it."),
    ("distress", "My return is stuck on 'pending' again and I can't pay what I owe until it clears. Useless system."),
    ("distress", "Me habéis bloqueado la tarjeta en el hotel de Oporto y ahora no puedo pagar el hotel. Arregladlo ya."),
]

test_each_s24_pay_is_found, test_each_s24_pay_near_miss_stays_out = cue_tests(FOUND_PAY, NOT_FOUND_PAY)

# a pregnancy told by its months or weeks, as the other languages' bare word already is
FOUND_PREGNANT = [
    ("distress", "My seat reservation vanished and the train is packed. I'm 8 months pregnant, sort it out please."),
    ("distress", "The lift at your station has been broken for a week and my wife is 34 weeks pregnant. Fix it."),
]
NOT_FOUND_PREGNANT = [
    ("distress", "Your app says the parcel left 3 weeks ago and it still hasn't arrived. Where is it?"),
]

test_each_s24_pregnancy_is_found, test_each_s24_pregnancy_near_miss_stays_out = cue_tests(FOUND_PREGNANT, NOT_FOUND_PREGNANT)

# a hospital named as where the fault could have put someone is the danger of the fault, not a stay; a stay told keeps it
FOUND_HOSPITAL = [
    ("distress", "My mum is in hospital since Sunday and your app still won't let me change the delivery address. Fix it."),
    ("distress", "The brakes failed on the hill. I could have ended up in hospital and I'm terrified to drive it now."),
]
NOT_FOUND_HOSPITAL = [
    ("distress", "The handlebar snapped on my second ride. That could have put me in hospital. I want a full refund."),
    ("distress", "Ihr habt Erdnüsse geliefert, obwohl ich allergisch bin. Mein Sohn landet damit im Krankenhaus. Unmöglich."),
    ("distress", "El casco se rompió al primer golpe. Podría haber acabado en el hospital. Quiero el reembolso."),
]

test_each_s24_stay_is_found, test_each_s24_hospital_feared_stays_out = cue_tests(FOUND_HOSPITAL, NOT_FOUND_HOSPITAL)

# panic beginning, said by the writer in English as it already was in French, Spanish and German (nb-73-001, nb-47-097)
FOUND_PANIC = [
    ("distress", "Nobody has confirmed the van and we hand the keys back at noon on Friday. I'm honestly starting to panic."),
    ("distress", "The visa letter still hasn't come and we fly on Monday. We're beginning to panic, please call me."),
]
NOT_FOUND_PANIC = [
    ("distress", "Your price rise is out tomorrow and our customers are starting to panic about it. Please explain it."),
]

test_each_s24_panic_is_found, test_each_s24_panic_near_miss_stays_out = cue_tests(FOUND_PANIC, NOT_FOUND_PANIC)
