"""Classes of cue error found in session 14, each tested on sentences written here.

Escalation: the case asked to go to, or be reviewed by, a senior role ("I'd like this to go to the regional manager",
"I want this complaint reviewed by your head of operations"), a cc: line copying someone in ("cc: Ms P. Okafor, Chief
Executive", "(cc: Herr Vogt, Geschäftsführung)") and "dass sich eine Führungskraft der Sache annimmt"; a calm customer
passing thanks on to a staff member's manager, and a review told in the past, are not.
"""
from tests.unit.cue_cases import cue_tests

FOUND = [
    ("escalation_request", "I would like this to go to the regional manager, not the branch. Your staff were rude and the refund "
                           "still hasn't come."),
    ("escalation_request", "Three weeks and no answer. I want this complaint reviewed by your head of operations."),
    ("escalation_request", "cc: Ms P. Okafor, Chief Executive\n\nThis is the fourth time I have written about the leak."),
    ("escalation_request", "Sehr geehrte Damen und Herren (cc: Herr Vogt, Geschäftsführung), die Gutschrift fehlt bis heute."),
    ("escalation_request", "Ich bitte ausdrücklich darum, dass sich eine Führungskraft der Sache annimmt. Die Rechnung ist falsch."),
]
NOT_FOUND = [
    ("escalation_request", "Kasia sorted my boiler in ten minutes. Please pass this on to her manager, she was brilliant."),
    ("escalation_request", "Thanks, the replacement came today and it works. Lovely service."),
]

test_each_round14_class_is_found, test_each_round14_near_miss_stays_out = cue_tests(FOUND, NOT_FOUND)
