"""How positive or negative the words of one sentence are: VADER's word rules over the support-domain lexicon.

Reimplemented rather than calling VADER's polarity_scores because that call alone is slower than the detector's
budget on ticket-length text; the rules kept are the ones that matter in tickets: negation ("not happy"),
boosters ("really bad"), emphasis by capitals, and "but" shifting weight to what follows it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import chain, compress, filterfalse
from typing import NamedTuple

from vaderSentiment.vaderSentiment import C_INCR, N_SCALAR

from worker.detector.lexicon import BOOSTERS, NEGATIONS, POLITENESS, PROBLEM_WORDS, word_valences

# Words, and the clause punctuation that ends the reach of a negation or a booster.
# "@name" is a mention: a name, never a sentiment word. The lookahead only lets the search skip faster to where a
# word can start.
WORD = re.compile(r"(?=[@A-Za-z,;:])(?:@?[A-Za-z]+(?:['’][A-Za-z]+)*|[,;:])")
# The two characters that are not in WORD but whose lower case is: "İ" (lower case two characters long) and the
# Kelvin sign. In a text without them, the lower-cased words are the words lower-cased.
_LOWER_INTO_WORD = ("\u0130", "\u212a")
_CLAUSE_END = frozenset(",;:")
# A word all in capitals has two capitals side by side (or either side of an apostrophe) unless it has one letter.
_CAPITALS = re.compile(r"[A-Z]'?[A-Z]")
_BOOSTER_DECAY = (1.0, 0.95, 0.9)
_BEFORE_BUT, _AFTER_BUT = 0.5, 1.5


class SentenceValence(NamedTuple):  # a NamedTuple, not a frozen dataclass: built for every sentence, it is cheaper
    negative: float  # sum of the negative word valences (<= 0)
    positive: float  # sum of the positive word valences other than politeness (>= 0)
    polite: float  # sum of the positive valences of thanks and pleasantries (>= 0)
    problem: float  # the part of `negative` that comes from words naming the problem ("error", "late") (<= 0)


_NEUTRAL_SENTENCE = SentenceValence(0.0, 0.0, 0.0, 0.0)


def sentence_valence(sentence: str, mixed_case: bool) -> SentenceValence:
    """mixed_case: the message is not all capitals, so a word in capitals is emphasis (VADER's rule)."""
    lower = WORD.findall(sentence.lower().replace("’", "'"))
    words = WORD.findall(sentence.replace("’", "'")) if mixed_case else lower
    return _valence(lower, words, mixed_case, word_valences())


def message_valences(text: str, spans: list[tuple[int, int]], mixed_case: bool,
                     span_words: list[list[str]] | None = None) -> list[SentenceValence]:
    """sentence_valence of text[start:end] for each span: each sentence's words are read from the lower-cased text,
    and read again as written only when a word in capitals there can change a valence. span_words: each span's
    lower-cased words, when the caller has read them already (ascii_span_words)."""
    if "\u0130" in text or "\u212a" in text:  # _LOWER_INTO_WORD, tested one by one (no generator for two)
        return [sentence_valence(text[start:end], mixed_case) for start, end in spans]
    text = text.replace("’", "'")
    lowered = text.lower()  # the same offsets: the characters whose lower case is longer are ruled out above
    lexicon = word_valences()
    capitals_alone = mixed_case and _one_letter_capital_counts()
    valences = []
    for k, (start, end) in enumerate(spans):
        # WORD has no look-behind: the same words as in the slice
        lower = span_words[k] if span_words is not None else WORD.findall(lowered, start, end)
        # Where the sentiment words are, in one pass in C (each word looked up once, not once to know whether there
        # are any and again to find them)
        hits = list(compress(range(len(lower)), map(lexicon.__contains__, lower)))
        if not hits:
            valences.append(_NEUTRAL_SENTENCE)  # the common case: no sentiment word at all
            continue
        words = lower
        if mixed_case and (capitals_alone or _CAPITALS.search(text, start, end)):
            words = WORD.findall(text, start, end)
        windows = not _MODIFIERS.isdisjoint(lower) or lowered.find("n't", start, end) >= 0
        valences.append(_valence(lower, words, mixed_case, lexicon, windows, hits))
    return valences


def ascii_span_words(lower: str, spans: list[tuple[int, int]]) -> list[list[str]] | None:
    """WORD's words of each span of `lower` (a lower-cased text), when the text is one whose words as
    calmdesk.languages.words_of reads them are exactly these words in order, less the clause punctuation (, ; :):
    ASCII (no letter outside a-z, no "’"), no "@", and every apostrophe between two letters (a maximal run of
    letters and apostrophes is then one WORD word). Spans that cover every letter and apostrophe of the text (the
    detector's sentences do), so the detector reads the words once, for the valences and for the n-grams
    (words_from_span_words). None otherwise."""
    if not lower.isascii() or "@" in lower:
        return None
    if "'" in lower:
        shape = lower.translate(_LETTERS_AND_APOSTROPHES)
        if " '" in shape or "' " in shape or "''" in shape or shape[0] == "'" or shape[-1] == "'":
            return None
    # No regex either: each sentence with its , ; : set apart, every other character but letters and apostrophes a
    # space, split (a run of letters and apostrophes is one WORD word, a , ; or : one of its own).
    out = []
    for start, end in spans:
        span = lower[start:end]
        if "," in span:
            span = span.replace(",", " , ")
        if ";" in span:
            span = span.replace(";", " ; ")
        if ":" in span:
            span = span.replace(":", " : ")
        out.append(span.translate(_WORD_SHAPE).split())
    return out


def words_from_span_words(span_words: list[list[str]]) -> list[str]:
    """calmdesk.languages.words_of of the text ascii_span_words read (see there)."""
    return list(filterfalse(_CLAUSE_END.__contains__, chain.from_iterable(span_words)))


# Every ASCII letter as "a", the apostrophe as itself, every other ASCII character as a space.
_LETTERS_AND_APOSTROPHES = {i: "a" if chr(i).isalpha() else "'" if chr(i) == "'" else " " for i in range(128)}
# Every ASCII character WORD does not read (all but letters, apostrophes and , ; :) as a space.
_WORD_SHAPE = {i: " " for i in range(128) if not (chr(i).isalpha() or chr(i) in "',;:")}


@lru_cache(maxsize=1)
def _one_letter_capital_counts() -> bool:
    """Whether a word of one letter in capitals ("I", "@A") can change a valence: as a sentiment word longer than one
    character or as a booster (_valence, _boosted). Not with the shipped lexicon, so a sentence without two capitals
    side by side in a word is read lower-cased only."""
    def one_letter(word: str) -> bool:
        return WORD.fullmatch(word) is not None and sum(c.isalpha() for c in word) == 1
    return any(one_letter(w) and len(w) > 1 for w in word_valences()) or any(map(one_letter, BOOSTERS))


def _valence(lower: list[str], words: list[str], mixed_case: bool, lexicon: dict[str, float],
             windows: bool = True, hits: list[int] | None = None) -> SentenceValence:
    """lower: the sentence's words lower-cased; words: the same words as written (lower when not mixed_case).
    windows: False when the sentence holds no booster, no negation and no "n't" (_MODIFIERS): most hold none, and
    their sums are the same without the look-backs before each sentiment word. hits: where the sentiment words are,
    when the caller has found them."""
    if hits is None:
        hits = [i for i, word in enumerate(lower) if word in lexicon]
    if not hits:
        return _NEUTRAL_SENTENCE
    but_at = lower.index("but") if "but" in lower else -1
    negative = positive = polite = problem = 0.0
    for i in hits:
        word = lower[i]
        value = lexicon[word]
        if mixed_case and words[i].isupper() and len(word) > 1:
            value += C_INCR if value > 0 else -C_INCR
        if windows:
            value = _boosted(value, lower, words, i, mixed_case)
            if _negated(lower, i):
                value *= N_SCALAR
        if but_at >= 0:
            value *= _BEFORE_BUT if i < but_at else _AFTER_BUT if i > but_at else 1.0
        if value < 0:
            negative += value
            if word in PROBLEM_WORDS:
                problem += value
        elif word in POLITENESS:
            polite += value
        else:
            positive += value
    return SentenceValence(negative, positive, polite, problem)


# The words a booster or a negation window looks for (a word ending in "n't" negates too).
_MODIFIERS = frozenset(BOOSTERS) | NEGATIONS


def _boosted(value: float, lower: list[str], words: list[str], i: int, mixed_case: bool) -> float:
    for distance, decay in enumerate(_BOOSTER_DECAY, 1):
        if i - distance < 0:
            break
        previous = lower[i - distance]
        if previous in _CLAUSE_END:
            break
        boost = BOOSTERS.get(previous)
        if boost is None:
            continue
        boost = boost if value > 0 else -boost
        if mixed_case and words[i - distance].isupper():
            boost += C_INCR if value > 0 else -C_INCR
        value += boost * decay
    return value


def _negated(lower: list[str], i: int) -> bool:
    for word in reversed(lower[max(0, i - 3):i]):
        if word in _CLAUSE_END:
            return False
        if word in NEGATIONS or word.endswith("n't"):
            return True
    return False

