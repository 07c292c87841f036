"""The two checks every round's class file runs over its cases: each (cue, text) in FOUND holds the cue, each in
NOT_FOUND does not. One owner, so a round's file holds its cases and only the tests peculiar to it:

    test_each_round11_class_is_found, test_each_round11_near_miss_stays_out = cue_tests(FOUND, NOT_FOUND)
"""

from __future__ import annotations

import pytest

from worker.detector import detect


def cue_tests(found: list[tuple[str, str]], not_found: list[tuple[str, str]]):
    @pytest.mark.parametrize("cue, text", found)
    def test_each_class_is_found(cue, text):
        verdict = detect(text)
        assert cue in verdict.cues, (cue, verdict.cues)

    @pytest.mark.parametrize("cue, text", not_found)
    def test_each_near_miss_stays_out(cue, text):
        verdict = detect(text)
        assert cue not in verdict.cues, (cue, verdict.cues, [e for e in verdict.evidence if e.cue == cue])

    return test_each_class_is_found, test_each_near_miss_stays_out
