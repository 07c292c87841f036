"""The 8-character index of worker/detector/matching.py only ever spares attempts that cannot match: every phrase
set finds exactly what it finds with the 3-character index alone, on the project's own messages and on numbers
written every way (ASCII and other scripts' digits, glued to words and punctuation)."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path

import pytest

from worker.detector import core
from worker.detector.cues import _CUE_SET
from worker.detector.matching import _LONG_PREFIX, PhraseSet, _guard, lower_same_length, plain_ascii
from worker.detector.phrases import PHRASES
from worker.detector.signals import SIGNALS

DATA = Path(__file__).resolve().parents[1] / "data"
SETS = {"signals": SIGNALS, "phrases": PHRASES, "cues": _CUE_SET, "all_phrases": core._ALL_PHRASES,
        "everything": core._EVERYTHING}


def _short_index_only(phrases: PhraseSet) -> PhraseSet:
    """The same patterns with the 8-character index switched off: every pattern the 3-character index names is
    tried."""
    plain = copy.copy(phrases)
    plain._by_long_prefix = []
    plain._unindexed_long = frozenset(range(len(phrases.patterns)))
    plain._candidates, plain._entries, plain._combined = {}, {}, {}
    plain._candidates_ascii, plain._entries_ascii, plain._combined_ascii, plain._compiled_ascii = {}, {}, {}, {}
    return plain


def _unicode_only(phrases: PhraseSet) -> PhraseSet:
    """The same patterns compiled for Unicode only: plain ASCII text is read by them too."""
    unicode = copy.copy(phrases)
    unicode._ascii_flags = None
    unicode._candidates, unicode._entries, unicode._combined = {}, {}, {}
    return unicode


def _texts() -> list[str]:
    texts = [json.loads(line)["text"] for name in ("helpdesk_authored.jsonl", "helpdesk_round8.jsonl")
             for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]
    numbers = [
        "I have sent 3 emails and 12 messages, called 4 times, 2nd request, waited 45 minutes, 3hrs, 10 days ago.",
        "Order #45123, invoice 2024-03-01, v2.3.1, 24/7 support, 3-4 days, £40, 40€, $12.99, 1st of May, 9:30pm.",
        "my 6 month old baby, my 3 week old son, 2 hours before the show starts, 5 days' supply left, 48h",
        "٣ emails, ٤٥ minutes, ３ calls, 12emails, 12,emails, 100%, 0 replies, 7th time, 3x, 2fa code 123456",
        "ich habe 3 mal angerufen, j'ai envoyé 4 mails, he llamado 5 veces, 3 Mal geschrieben, mi solicitud del 12",
    ]
    return texts + numbers + [re.sub(r"\d", "٧", text) for text in numbers]


@pytest.mark.parametrize("name", sorted(SETS))
def test_the_long_index_finds_what_the_short_index_alone_finds(name: str) -> None:
    indexed = SETS[name]
    plain = _short_index_only(indexed)
    differ = []
    for text in _texts():
        lower = lower_same_length(text)
        if indexed.find(lower) != plain.find(lower):
            differ.append(text[:80])
    assert not differ, differ


@pytest.mark.parametrize("name", sorted(SETS))
def test_the_ascii_patterns_find_on_plain_ascii_text_what_the_unicode_ones_find(name: str) -> None:
    """On a text plain_ascii accepts, the patterns compiled with re.ASCII find exactly what they find compiled for
    Unicode (digits, underscores, the ASCII white space, apostrophes and signs mixed in); other texts never read them."""
    phrases = SETS[name]
    assert phrases._ascii_flags is not None  # no phrase set is read case-insensitively
    unicode = _unicode_only(phrases)
    texts = [lower_same_length(text) for text in _texts()]
    glue = "_\t\x0b\x0c\r'-@#0"
    texts += [re.sub(r"(?<=\w) (?=\w)", lambda m: glue[m.start() % len(glue)], text) for text in texts]
    ascii_texts = [lower for lower in texts if plain_ascii(lower)]
    assert len(ascii_texts) > 100
    differ = [lower[:80] for lower in ascii_texts if phrases.find(lower) != unicode.find(lower)]
    assert not differ, differ
    assert not plain_ascii("a\x1cb") and not plain_ascii("caf\u00e9") and plain_ascii("cafe\t\x0b")


def test_numbers_are_not_tried_by_patterns_that_need_other_characters_after_them() -> None:
    """The index reads digits: "#45123," is not where "3 emails" can start, so fewer patterns are tried there."""
    at_reference = SIGNALS._lookup("45123, and"[:_LONG_PREFIX])  # what find looks up at a word: its beginning
    at_count = SIGNALS._lookup("3 emails"[:_LONG_PREFIX])
    assert len(at_reference) < len(at_count)
    assert SIGNALS._lookup("7 emails"[:_LONG_PREFIX]) == at_count


@pytest.mark.parametrize("name", sorted(SETS))
def test_every_match_of_a_searched_pattern_holds_one_of_its_guard_strings(name: str) -> None:
    """The guard only spares searches that cannot find anything: each match holds one of its strings."""
    phrases = SETS[name]
    texts = [lower_same_length(text) for text in _texts()]
    for index, guard in zip(phrases._anywhere, phrases._guards):
        if guard is None:
            continue
        for lower in texts:
            for match in re.finditer(phrases.patterns[index], lower, phrases.flags):
                assert not match.group() or any(held in match.group() for held in guard), (phrases.patterns[index], match)


@pytest.mark.parametrize("pattern, guard", [
    (r"\b(?:was|is) (?:definitely|certainly|absolutely|officially|surely) (?:my|our) (?:last|final) (?:order|booking|purchase|rental|trip|visit|stay|flight|box)\b",
     (" my last ", " my final ", " our last ", " our final ")),
    (r"#\d+,? (?:#?\d+,? )*and (?:now )?this (?:one|ticket)\b",
     ("and now this one", "and now this ticket", "and this one", "and this ticket")),
    (r"\$h[i!1*]t\w*", ("$h!t", "$h*t", "$h1t", "$hit")),
    (r"[:;=](?<![\w:].)-?[(\[/]", (":", ";", "=")),  # two characters spelled too many ways: the first character
    (r"(?i)\bwas (?:my|our) last\b", ("w",)),  # case-blind: its letters spell nothing literal, its first is still read
    (r"\w+ (?:never|not) again", (" never again", " not again")),
    (r"\w+\s+\w+", None),  # nothing literal, and any letter can start it: always searched
])
def test_a_guard_holds_the_longest_strings_the_literal_parts_spell(pattern: str, guard) -> None:
    assert _guard(pattern, re.MULTILINE) == (tuple(sorted(guard)) if guard else guard)
