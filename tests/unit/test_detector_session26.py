"""Session 26: the detector's cue classes found this session, each written here as new sentences, with the near
misses that must stay as they were (docs/detector.md, "Session 26").

- Someone who runs, owns or answers for the business asked for: one list of those verbs (signals._RUNS) now serves
  every escalation pattern that names them, so "whoever owns the franchise" and "whoever is accountable for the call
  centre" are asked for as "whoever manages the depot" was; and the call back asked as a question ("Could somebody
  who is accountable for the scheduling team call me?").
"""

import pytest

from worker.detector import detect

ESCALATION = "escalation_request"


@pytest.mark.parametrize("text", [
    "Four missed installs now. I need whoever oversees your fitters in the north-west to ring me back today.",
    "Your branch has lost my deposit twice. I want to speak to whoever owns the franchise, not the front desk.",
    "Please forward my complaint to whoever is accountable for the call centre.",
    "The survey was never done and the move is next week. Could somebody who is accountable for the scheduling team "
    "call me?",
])
def test_whoever_answers_for_the_business_asked_for(text):
    assert ESCALATION in detect(text).cues


@pytest.mark.parametrize("text", [
    "The lady who oversees the kennels sent us lovely photos of Bruno, thank you.",
    "My brother owns the franchise next door, so we know how busy August is.",
    "Someone who runs the shop called me yesterday and it's all sorted now, thanks.",
])
def test_whoever_runs_it_mentioned_without_a_request(text):
    assert ESCALATION not in detect(text).cues
