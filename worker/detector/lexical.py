"""The learned lexical layer: the word unigrams and bigrams of the customer's own text, with weights learned by a
regularised logistic regression (bench/train_detector.py, bench/learned_layers.py; vocabulary: the n-grams found in
at least two training messages, in en/es/fr/de), shipped as lexical.json.

Shipped: the "upset" head, whose n-gram share is added to the logit of worker/detector/model.py (the two parts are
fitted together, as one model), and the gate (GATE, GATE_RATIO). Supported but not shipped (see docs/detector.md):
one head per cue, OR-ed with the cue's patterns ("or") or deciding with the pattern hit as one input ("decide");
a learned cue's evidence is the sentence whose n-grams push its head most, so it still quotes the customer.

Pure Python at run time, deterministic: the words calmdesk.languages already reads, a set of them and of the pairs
in a row, one dict look-up per distinct n-gram, a sum.
"""

from __future__ import annotations

import bisect
import json
import math
import re
from pathlib import Path

_FILE = Path(__file__).with_name("lexical.json")
# Words as calmdesk.languages reads them (letters of the Latin scripts, apostrophes inside): the detector tokenises
# once, for the language and for these n-grams.
_TOKEN = re.compile(r"[a-zà-ÿßıſ']+")
UPSET_HEAD = "upset"


# A word, or two words in a row joined by a space, as lexical.json names them. (Pairs were tuples, to build no string
# for them; strings look up faster: their hash is kept, and a dict of strings only is read by the faster path.)
Gram = str


def grams(words: list[str]) -> set[Gram]:
    """The distinct unigrams and bigrams of words_of(lower-cased text)."""
    out: set[Gram] = set(words)
    out.update(map(" ".join, zip(words, words[1:])))
    return out


def gram_name(gram: Gram) -> str:
    """How lexical.json names an n-gram: "word" or "word word" (what grams() holds)."""
    return gram


def positioned_grams(lower: str) -> list[tuple[str, int]]:
    """Unigrams and bigrams with the offset (into `lower`) of their first word: for evidence only."""
    toks = [(m.group(), m.start()) for m in _TOKEN.finditer(lower)]
    out = list(toks)
    out.extend((toks[i][0] + " " + toks[i + 1][0], toks[i][1]) for i in range(len(toks) - 1))
    return out


def _load() -> dict:
    if not _FILE.exists():
        return {}
    data: dict = json.loads(_FILE.read_text(encoding="utf-8"))
    return data


_DATA = _load()
HEADS: tuple[str, ...] = tuple(_DATA.get("heads", ()))
TABLE: dict[str, tuple[float, ...]] = {ng: tuple(float(w) for w in ws) for ng, ws in _DATA.get("ngrams", {}).items()}
BIAS: tuple[float, ...] = tuple(float(b) for b in _DATA.get("bias", ()))
THRESHOLD: tuple[float, ...] = tuple(float(t) for t in _DATA.get("threshold", ()))
PATTERN_WEIGHT: tuple[float, ...] = tuple(float(w) for w in _DATA.get("pattern_weight", ()))
# "or": a cue head only adds a cue the patterns missed; "decide": it may also overrule a pattern hit.
MODE: str = _DATA.get("mode", "or")
# Cues the corpus labels only on upset messages: reported only when the upset probability reaches GATE_RATIO times
# the upset threshold (worker/detector/model.py), so a pattern misfiring on a calm report is not shown.
GATE: frozenset[str] = frozenset(_DATA.get("gate", ()))
GATE_RATIO: float = float(_DATA.get("gate_ratio", 1.0))
# The n-gram sums of a message with fewer than LENGTH_K distinct n-grams are scaled by n / LENGTH_K (0: not scaled).
# Fitted so (bench/learned_layers.py): a one-line message's few n-grams ("i'm", "this") cannot outweigh what the rule
# features read in it, while a long ticket's n-grams count in full.
LENGTH_K: int = int(_DATA.get("length_k", 0))
CUE_HEADS = tuple(h for h in HEADS if h != UPSET_HEAD)


_UPSET_ONLY: dict[Gram, float] = ({g: w[0] for g, w in TABLE.items()} if HEADS == (UPSET_HEAD,) else {})


def head_sums(message_grams: set[Gram]) -> list[float]:
    """Each head's sum of the weights of the message's distinct n-grams, times length_factor."""
    factor = length_factor(len(message_grams))
    if _UPSET_ONLY:
        return [factor * sum(filter(None, map(_UPSET_ONLY.get, message_grams)))]  # C-level: a missing n-gram gives None
    sums = [0.0] * len(HEADS)
    for gram in message_grams:
        weights = TABLE.get(gram)
        if weights is not None:
            for i, w in enumerate(weights):
                sums[i] += w
    return [factor * x for x in sums]


def length_factor(distinct_grams: int, length_k: int | None = None) -> float:
    """min(1, n / K) for a message of n distinct n-grams (1.0 when K is 0); K is LENGTH_K unless given (training)."""
    k = LENGTH_K if length_k is None else length_k
    return min(1.0, distinct_grams / k) if k > 0 else 1.0


def upset_logit(sums: list[float]) -> float:
    """The upset head's n-gram share of the upset logit (0 when no lexical layer is shipped)."""
    if UPSET_HEAD not in HEADS:
        return 0.0
    return sums[HEADS.index(UPSET_HEAD)]


def cue_probability(head: int, sums: list[float], pattern_hit: bool) -> float:
    z = BIAS[head] + sums[head] + (PATTERN_WEIGHT[head] if pattern_hit else 0.0)
    return 0.0 if z < -40 else 1.0 / (1.0 + math.exp(-z))


def cue_decisions(sums: list[float], pattern_cues: set[str] | frozenset[str]) -> dict[str, bool]:
    """For each cue with a head: is the cue present (the head's probability reaches its threshold)?"""
    return {HEADS[i]: cue_probability(i, sums, HEADS[i] in pattern_cues) >= THRESHOLD[i]
            for i in range(len(HEADS)) if HEADS[i] != UPSET_HEAD}


def best_span(head: str, lower: str, spans: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The span (a sentence) whose n-grams add most to the head: the customer's words behind a learned flag."""
    if head not in HEADS or not spans:
        return None
    i = HEADS.index(head)
    starts = [s for s, _ in spans]
    totals = [0.0] * len(spans)
    seen: set[str] = set()
    for gram, at in positioned_grams(lower):
        weights = TABLE.get(gram)
        if weights is None or gram in seen:
            continue
        seen.add(gram)
        k = max(0, bisect.bisect_right(starts, at) - 1)
        totals[k] += weights[i]
    best = max(range(len(spans)), key=totals.__getitem__)
    return spans[best] if totals[best] > 0 else None
