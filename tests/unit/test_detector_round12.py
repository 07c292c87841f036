"""Cue classes found in session 12, each tested on sentences written here.

Repeat contact: a question asked again in one scene and answered there by one person ("When I waited and asked again he
told me...", "I asked him again ... and she laughed") is one conversation with a shop assistant or a driver, not an earlier contact about the issue; going back,
calling back or asking "them" (the company) again still is.
"""

from tests.unit.cue_cases import cue_tests

FOUND = [
    ("repeat_contact", "Rude staff. I went back the next day and asked again, he told me to email. Ridiculous."),
    ("repeat_contact", "This is ridiculous. I asked again on Monday and they said it was coming."),
    ("repeat_contact", "Appalling. I've asked twice by email and she said it was being looked at, still nothing."),
    ("repeat_contact", "I called back and asked again, and he said the same thing. Third call this week!"),
]

NOT_FOUND = [
    ("repeat_contact", "The cashier ignored me. When I waited and asked again he told me I was holding up the queue. Disgraceful."),
    ("repeat_contact", "The driver was so rude. I asked him again where to sign and she laughed at me."),
]

test_each_round12_class_is_found, test_each_round12_near_miss_stays_out = cue_tests(FOUND, NOT_FOUND)
