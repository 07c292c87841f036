"""Going to a regulator or going public is no move to another provider (session 21, round 22's read nb-65-021).

"... or I'm going to Trading Standards, my bank and Facebook with photos" was read as a churn threat ("I'm going to
<a name>" is how a customer names the competitor they move to), so the draft asked for "the chance to put this right
before you decide". A body a complaint goes to, or a place the story is told, is a legal threat or going public.
"""

import pytest

from worker.detector import detect

NOT_LEAVING = [
    ("Put the work right this week or I'm going to Citizens Advice and the Ombudsman.", "legal_threat"),
    ("If the heating isn't fixed by Friday we are going to Trading Standards.", "legal_threat"),
    ("Nobody has called me back, so I am going to Facebook with the whole story tonight.", "public_exposure"),
]


@pytest.mark.parametrize(("text", "cue"), NOT_LEAVING)
def test_a_body_or_a_public_page_is_not_a_new_provider(text, cue):
    verdict = detect(text)
    assert cue in verdict.cues, verdict
    assert "churn_threat" not in verdict.cues, verdict


@pytest.mark.parametrize("text", [
    "Fix the broadband by Monday or I'm switching to Zenith Fibre.",
    "Sort this out or we are moving to Brightline for the new contract.",
])
def test_a_named_competitor_is_still_a_churn_threat(text):
    assert "churn_threat" in detect(text).cues
