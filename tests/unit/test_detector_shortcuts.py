"""The detector's shortcuts (docs/detector.md, "Session 12: speed") change nothing they skip: each is checked against the
long way on the project's messages and on random strings built to hit its edges."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from calmdesk.languages import words_of
from worker.detector import core
from worker.detector.lexicon import BOOSTERS, NEGATIONS, word_valences
from worker.detector.matching import lower_same_length
from worker.detector.own_text import read_own_text
from worker.detector.valence import _MODIFIERS, WORD, _valence, ascii_span_words, words_from_span_words

DATA = Path(__file__).resolve().parents[1] / "data"


def _own_texts() -> list[str]:
    texts = [json.loads(line)["text"] for path in sorted(DATA.glob("*.jsonl"))
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [read_own_text(text).text for text in texts]


def _sentences(own: str) -> list[tuple[int, int]]:
    return [m.span() for m in core._SENTENCE.finditer(own)]


def _random_texts(pieces: list[str], count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 14))) for _ in range(count)]


@pytest.fixture(scope="module")
def own_texts() -> list[str]:
    return _own_texts()


def _check_span_words(own: str) -> bool:
    lower = lower_same_length(own)
    sentences = _sentences(own)
    if not sentences:
        return False
    span_words = ascii_span_words(lower, sentences)
    if span_words is None:
        return False
    assert words_from_span_words(span_words) == words_of(lower), own
    lowered = own.replace("’", "'").lower()
    assert span_words == [WORD.findall(lowered, start, end) for start, end in sentences], own
    return True


def test_the_span_words_are_the_valences_words_and_less_the_commas_the_language_words(own_texts):
    taken = sum(_check_span_words(own) for own in own_texts)
    assert taken > 500  # most short English messages take the shortcut
    pieces = list("ab Z'@,.;:!?\n\t-_1é’") + ["don't", "'quoted'", "o''clock", "rock'n'roll", "x@y", "naïve"]
    assert sum(_check_span_words(text) for text in _random_texts(pieces, 20_000, seed=12)) > 1_000


def _check_praise(own: str) -> None:
    lower = lower_same_length(own)
    sentences = _sentences(own)
    assert (core._praise_after_a_failure(lower, sentences, words_of(lower))
            == core._praise_after_a_failure(lower, sentences)), own


def test_the_praise_shortcut_finds_what_reading_every_sentence_finds(own_texts):
    for own in own_texts:
        _check_praise(own)
    separators = ["", " ", ". ", "! ", "\n", ",", "-", "'", "!!!!!!!!!!!!!!!!!!!!!!!!!"]
    words = sorted(core._PRAISE_FIRST_WORDS) + ["it", "never", "came", "not", "working", "the", "box", "Brilliant."]
    rng = random.Random(7)
    for _ in range(20_000):
        _check_praise("".join(rng.choice(words) + rng.choice(separators) for _ in range(rng.randint(1, 10))))


def test_a_sentence_without_a_booster_or_a_negation_needs_no_windows():
    lexicon = word_valences()
    sentiment = sorted(lexicon)[::37][:200]
    plain = ["the", "order", "and", ",", ";", "it", "was", "today"]
    modifiers = sorted(BOOSTERS)[:20] + sorted(NEGATIONS)[:20] + ["isn't", "wouldn't"]
    rng = random.Random(5)
    for _ in range(5_000):
        lower = [rng.choice(sentiment + plain + modifiers) for _ in range(rng.randint(1, 12))]
        words = [word.upper() if rng.random() < 0.2 else word for word in lower]
        for mixed_case in (True, False):
            full = _valence(lower, words if mixed_case else lower, mixed_case, lexicon)
            text = " ".join(lower)
            windows = not _MODIFIERS.isdisjoint(lower) or "n't" in text
            assert _valence(lower, words if mixed_case else lower, mixed_case, lexicon, windows) == full, lower

