"""The detector's speed paths change no verdict: a prefilter only ever spares a search that cannot find anything.

Each guard is computed from the pattern it guards (worker/detector/matching.py), so a pattern added later gets its own;
these tests pin how one is read, and check on every read line of the rounds that no guard ever spares a search that
would have found something."""

from __future__ import annotations

import re

import pytest

from bench.read_rounds import UNREAD_ROUNDS, read_round_lines
from worker.detector import core
from worker.detector.cues import _CUE_SET
from worker.detector.matching import _guard, lower_same_length
from worker.detector.phrases import PHRASES
from worker.detector.signals import SIGNALS

SETS = {"signals": SIGNALS, "phrases": PHRASES, "cues": _CUE_SET, "all_phrases": core._ALL_PHRASES,
        "everything": core._EVERYTHING}


@pytest.mark.parametrize("pattern, guard", [
    # One alternation at the top (its r"\b" shared by the branches): each branch's fewest strings, together. Before,
    # only the characters a match can start with ("'", "c", "e", "i", "w": in every text), so the pattern was
    # searched through every message (the "a lot of money for me" distress pattern: 1.6 % of the bench's time).
    (r"\b(?:is|was|'s) (?:quite|really) costly (?:for|to) us\b|\bes muy caro para nosotros\b|\bc'est très cher pour nous\b",
     (" costly ", "c'est très cher pour nous", "es muy caro para nosotros")),
    (r"\b(?:ab|cd|ef|gh|ij) one\b|\b(?:kl|mn|op|qr) two\b", (" one", " two")),
])
def test_a_pattern_that_is_one_alternation_is_guarded_by_what_each_branch_holds(pattern: str, guard) -> None:
    assert _guard(pattern, re.MULTILINE) == guard


@pytest.mark.parametrize("pattern, guard", [
    # A branch with no literal part of two characters: the union would miss its matches, so the first characters.
    (r"\bit is a lot of money to me\b|[£$€]\d+", ("$", "i", "£", "€")),
    # More strings together than _MOST_HELD (5 + 5): the first characters.
    (r"\bq(?:a|b|c|d|e)\b|\bz(?:a|b|c|d|e)\b", ("q", "z")),
    # Case-blind: nothing literal is read, as before.
    (r"(?i)\bwas (?:my|our) last\b|\bnever again\b", ("n", "w")),
    # A sequence with a literal run keeps its longest strings, as before (the alternation is only one part of it).
    (r"(?:this|that) (?:is|was) my last order",
     ("that is my last order", "that was my last order", "this is my last order", "this was my last order")),
])
def test_a_guard_the_branches_cannot_give_is_read_as_before(pattern: str, guard) -> None:
    assert _guard(pattern, re.MULTILINE) == guard


_SENTENCES = [lower_same_length(text) for text in (
    "It's a lot of money for me, and I was told twice it would be refunded.",
    "es mucho dinero para mí y nadie me contesta",
    "c'est beaucoup d'argent pour moi, je suis furieuse",
    "Das war sehr viel Geld für mich!!! Ich will mein Geld zurück.",
    "£250 left to my name until payday :( this will be my last order with you",
    "#fail #neveragain and now this ticket #45123, #45124 and now this one",
    "1. The parcel never came\n2) nobody called back\n 3. I'm going to write a review",
)]


@pytest.mark.parametrize("name", sorted(SETS))
def test_a_guard_never_spares_a_search_that_finds_something(name: str) -> None:
    """On every read line of the rounds and the sentences above: where a searched pattern's guard holds none of its
    strings, the pattern finds nothing (so find, which skips it there, finds what the search alone finds)."""
    phrases = SETS[name]
    texts = [lower_same_length(row["text"]) for row in read_round_lines(UNREAD_ROUNDS)] + _SENTENCES
    spared = missed = 0
    for index, guard in zip(phrases._anywhere, phrases._guards):
        if guard is None:
            continue
        pattern = re.compile(phrases.patterns[index], phrases.flags)
        for lower in texts:
            if not any(held in lower for held in guard):
                spared += 1
                missed += any(match.end() > match.start() for match in pattern.finditer(lower))
    assert missed == 0
    assert spared or not any(phrases._guards)
