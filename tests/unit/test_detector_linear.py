"""The detector stays about linear in the text's length up to its cap (MAX_ANALYSED_CHARS) on adversarial text: one
"sentence" with no full stop, a cue word every few words, and the threat or the platform that sends each span's
filter back over its sentence (the urgency filter read a 20,000-character sentence once per span: 545 ms)."""

from __future__ import annotations

import pytest

from worker.detector import detect
from worker.detector.core import MAX_ANALYSED_CHARS
from tests.scaling import fastest, shaped

SHAPES = {
    "urgency and a late threat": "if you can't do it today i need it now ",
    "refund now before a threat": "if you don't refund me now by friday or i'll sue and post on facebook ",
    "someone else's post": "the dog walker has posted photos of my door on instagram ",
    "a platform named over and over": "has posted on instagram ",
    "a cancel never confirmed": "i cancelled my plan and got no confirmation yet you charged me again ",
    "waits told": "not available before monday and the engineer can't come before 9am ",
}
REPEATS = 3  # the fastest of three (tests/scaling.py)
THREAT = " or i'll sue you"  # what sends an urgency span's filter back over its sentence


def threatened(unit: str, size: int) -> str:
    return shaped(unit, size - len(THREAT)) + THREAT


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_ten_times_the_text_costs_about_ten_times_the_time(shape):
    small, large = threatened(SHAPES[shape], MAX_ANALYSED_CHARS // 10), threatened(SHAPES[shape], MAX_ANALYSED_CHARS)
    small_time, large_time = fastest(detect, small, REPEATS), fastest(detect, large, REPEATS)
    # Quadratic would be ~100x. Below a few ms, timer noise dominates, so very fast runs pass on their own.
    assert large_time < 0.05 or large_time / max(small_time, 1e-3) < 30, (shape, small_time, large_time)
