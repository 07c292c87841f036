"""Classes of cue error found reading round 12's two readable writers (35 and 36), who said the hardest cues sideways
(session 12, helper a), each tested on sentences written here, in the languages where the class exists.

Already cancelled: the service cancelled by its name with a day of two digits ("on 28 Jan": the day was read as one
digit and a word boundary, so only days 1-9 matched), a card closed (not cancelled after a theft: that is a block), a
provider left by its name with when ("I switched away from Brightwatt on 1 December"), and a German cancel told with a
reference number in brackets between ("habe meinen Vertrag (Nr. 55-1209) zum 30.06. gekündigt")."""

from tests.unit.cue_cases import cue_tests

FOUND = [
    # already cancelled: the service by its name, a day of two digits
    ("already_cancelled", "I cancelled Brightflix Family on 21 March and got billed again today."),
    ("already_cancelled", "We cancelled Pro Seats on 30 November, yet the April invoice still lists them."),
    # ... a card closed
    ("already_cancelled", "I closed my Gold rewards card by phone on 19 October and a £9 fee has appeared since."),
    ("already_cancelled", "We closed the business charge card in August, so why is there an annual fee?"),
    # ... a provider left by its name, with when
    ("already_cancelled", "I switched away from Nordpower on 12 January and you keep sending me bills."),
    ("already_cancelled", "We moved away from Fibrelink last month, yet the direct debit went out again."),
    # ... a German cancel with a reference in brackets between
    ("already_cancelled", "Ich habe meinen Vertrag (Nr. 55-1209) zum 30.06. gekündigt und trotzdem kam eine Rechnung."),
    ("already_cancelled", "Ich habe das Abo (Kundennummer 88123) schon im Mai gekündigt, warum bucht ihr noch ab?"),
]

NOT_FOUND = [
    # already cancelled: a card stopped after a theft, a switch between the company's own channels, a tab closed, not cancelled
    ("already_cancelled", "I cancelled my debit card on 22 May after it was stolen; can you send a new one?"),
    ("already_cancelled", "I switched away from the app to the website on 3 May because the app kept crashing."),
    ("already_cancelled", "I closed the card reader tab on 12 June and the payment vanished."),
    ("already_cancelled", "Ich habe meinen Vertrag (Nr. 55-1209) noch nicht gekündigt, möchte aber den Tarif wechseln."),
]


test_each_round12_a_class_is_found, test_each_round12_a_near_miss_stays_out = cue_tests(FOUND, NOT_FOUND)
