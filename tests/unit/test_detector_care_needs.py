"""A condition named as a need is a request for care, not a fear said (session 21, read nb-62-090).

"Is the venue step-free? My son uses a wheelchair." was read as very upset: its only distress word, the wheelchair, let
the gate lift a message the other words read as calm. A fear, a grief or a hardship beside the condition still counts,
and so does medicine running out.
"""

import pytest

from worker.detector import detect

CALM_NEEDS = [
    "Could your staff help my grandad onto the ferry? He uses a wheelchair.",
    "Is there a fridge in the room? My son is diabetic.",
    "Are the treatment rooms on the ground floor? I'm in a wheelchair.",
    "¿Tienen platos sin lactosa? Mi hijo es alérgico a la leche.",
    "Können Sie den Termin auf den Vormittag legen? Ich bin schwanger und nachmittags immer müde.",
    "Could the pet sitter give my cat her insulin twice a day?",
]


@pytest.mark.parametrize("text", CALM_NEEDS)
def test_a_condition_named_in_a_calm_request_is_not_distress(text):
    verdict = detect(text)
    assert not verdict.negative, verdict
    assert "distress" not in verdict.cues


UPSET_WITH_CONDITION = [
    "My son is diabetic and your pharmacy sent the wrong insulin. I'm terrified he'll run out before you fix it.",
    "Je suis enceinte et sans chauffage depuis une semaine, j'ai peur pour le bébé. Envoyez quelqu'un.",
    "Mein Vater sitzt im Rollstuhl und Ihr Fahrer hat ihn einfach im Regen stehen lassen. Ich bin verzweifelt.",
    "My husband's insulin was in that parcel and he runs out tomorrow.",
]


@pytest.mark.parametrize("text", UPSET_WITH_CONDITION)
def test_a_fear_beside_the_condition_keeps_distress(text):
    verdict = detect(text)
    assert verdict.negative, verdict
    assert "distress" in verdict.cues


def test_a_condition_told_as_the_stake_of_a_failure_keeps_distress():
    """No question asked: the condition is what the failure puts at risk (a sibling of round 11's pinned mould line)."""
    verdict = detect("Meine Tochter hat Asthma und in der Wohnung ist seit Wochen Schimmel an der Wand.")
    assert verdict.negative, verdict
    assert "distress" in verdict.cues
