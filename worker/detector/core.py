"""detect(text, context) -> Verdict: is this customer upset, how much, and which words say so.

Word valences (VADER's rules over a support-domain lexicon), complaint phrases, sarcasm and cues are summed
per sentence over the customer's own text; quotes and signatures never count. The interface (Verdict,
DetectionContext, CUES, LEVELS) is what the rest of calmdesk relies on.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any

from worker.detector import multilingual
from worker.detector.cues import CHURN_REQUEST, CUE_PATTERNS, find_cues
from worker.detector.matching import PhraseSet, lower_same_length, word_start_offsets
from worker.detector.phrases import PHRASE_FAMILY, PHRASE_WEIGHT, PHRASES
from worker.detector.own_text import own_text, undo_label_artifacts
from worker.detector.valence import message_valences
from calmdesk.languages import detect_language

CUES = ("abuse", "legal_threat", "churn_threat", "repeat_contact", "escalation_request", "urgency", "shouting")
LEVELS = ("calm", "negative", "very_negative")
SCORE_CUE = "score"  # the evidence entry behind the overall score, beside the cue entries


@dataclass(frozen=True)
class Evidence:
    cue: str  # one of CUES, or SCORE_CUE
    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"cue": self.cue, "text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class DetectionContext:
    message_count: int = 1  # how many times the customer has written on this ticket, this message included
    previous_level: str = "calm"
    helpdesk_sentiment: float | None = None  # the helpdesk's own opinion mapped to [-1, 1]


@dataclass(frozen=True)
class Verdict:
    negative: bool
    level: str
    score: float
    cues: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = field(default_factory=tuple)

    def to_dict(self) -> dict[str, Any]:
        return {
            "negative": self.negative,
            "level": self.level,
            "score": round(self.score, 4),
            "cues": list(self.cues),
            "evidence": [e.to_dict() for e in self.evidence],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Verdict":
        return cls(
            negative=bool(data["negative"]),
            level=data["level"],
            score=float(data["score"]),
            cues=tuple(data.get("cues") or ()),
            evidence=tuple(Evidence(**e) for e in data.get("evidence") or ()),
        )


# Thresholds on the score, calibrated on the airline tweets and the helpdesk set (see docs/detector.md).
NEGATIVE_AT = -0.3
VERY_NEGATIVE_AT = -0.72
_ALPHA = 15.0  # VADER's normalisation constant: a valence sum of -3 maps to about -0.61

# What each cue adds to the valence sum (once per message, not per match).
_CUE_WEIGHTS = {"abuse": -3.0, "legal_threat": -2.5, "churn_threat": -2.2, "repeat_contact": -0.9,
                "escalation_request": -1.6, "urgency": -0.7, "shouting": -1.4}
# Cues that by themselves mean the customer is upset; the others say what they do, not how they feel.
_UPSET_CUES = frozenset({"abuse", "legal_threat", "churn_threat", "shouting", "escalation_request"})
_VERY_NEGATIVE_CUES = frozenset({"abuse", "legal_threat"})
_MAX_EVIDENCE_PER_CUE = 3
_COMPLAINT_GAIN = 1.6

# Phrases and cue patterns are searched in one pass over the words (indices past the phrases are cues).
_CUE_NAMES = [cue for cue, patterns in CUE_PATTERNS.items() for _ in patterns]
_ALL_PHRASES = PhraseSet(PHRASES.patterns + [p for patterns in CUE_PATTERNS.values() for p in patterns],
                         groups=list(PHRASES.groups or []) + ["cue:" + c for c in _CUE_NAMES], flags=re.MULTILINE)
_FIRST_CUE = len(PHRASES.patterns)

_SENTENCE = re.compile(r"[^.!?\n]*[^.!?\n\s][^.!?\n]*[.!?]*")


# "İ".lower() is two characters; every other letter lowers to one. Mapping it to "I" keeps the offsets the phrase
# and word matchers compute in step with the text (evidence is still quoted from the original).
_ONE_CHAR_LOWER = str.maketrans({"\u0130": "I"})


def detect(text: str, context: DetectionContext | None = None) -> Verdict:
    context = context or DetectionContext()
    own = undo_label_artifacts(own_text(text.translate(_ONE_CHAR_LOWER)))
    sentences = [m.span() for m in _SENTENCE.finditer(own)]
    if not sentences:
        return Verdict(False, "calm", 0.0)
    if detect_language(own) in ("es", "fr", "de"):
        return _detect_other_language(text, own, sentences, context)
    mixed_case = any(c.islower() for c in own)
    valences = message_valences(own, sentences, mixed_case)
    # Each sentence's own affect: negative words other than problem names, plus the phrases found in it.
    affect = [v.negative - v.problem for v in valences]
    lower = lower_same_length(own)
    word_starts = word_start_offsets(lower)
    families: set[str] = set()
    calm_marks = 0
    grievance = 0.0
    praise_at: list[tuple[int, float]] = []
    cue_matches: list[tuple[str, int, int]] = []
    for index, start, end in _ALL_PHRASES.find(lower, word_starts):
        if index >= _FIRST_CUE:
            cue_matches.append((_CUE_NAMES[index - _FIRST_CUE], start, end))
            continue
        family = PHRASE_FAMILY[index]
        if family == "calm_report":
            calm_marks += 1
            continue
        if family == "praise_marker":
            praise_at.append((start, PHRASE_WEIGHT[index]))
            continue
        if family in ("grievance", "letdown"):
            grievance += PHRASE_WEIGHT[index]
        families.add(family)
        affect[_sentence_at(sentences, start)] += PHRASE_WEIGHT[index]

    cue_spans = find_cues(own, lower, word_starts, cue_matches)
    if families.isdisjoint(("profanity", "frustration", "emoticon")) and sum(v.negative for v in valences) == 0:
        # "Thank you!!" is enthusiasm: piled-up punctuation is shouting only in a message with something negative in it.
        cue_spans = [span for span in cue_spans if span[0] != "shouting" or own[span[1]:span[2]].strip("!? ")]
    if praise_at and (families or sum(v.negative for v in valences) < 0 or any(span[0] in _UPSET_CUES for span in cue_spans)):
        # "Kudos." beside a complaint is sarcasm; beside nothing negative it is praise.
        families.add("sarcasm")
        for start, weight in praise_at:
            affect[_sentence_at(sentences, start)] += weight
    if any(span[0] == CHURN_REQUEST for span in cue_spans):
        # "Cancel my account." from an upset customer is a threat to leave; from a calm one, a request.
        upset_already = sum(affect) <= -1.5 or bool(families) or any(span[0] in _UPSET_CUES for span in cue_spans)
        cue_spans = [("churn_threat" if upset_already else None, s, e) if c == CHURN_REQUEST else (c, s, e)
                     for c, s, e in cue_spans]
        cue_spans = [span for span in cue_spans if span[0]]
    cues = _cues_present(cue_spans)
    for cue in cues:
        weight = _CUE_WEIGHTS[cue] * (_repeat_scale(context) if cue == "repeat_contact" else 1.0)
        first = min(span[1] for span in cue_spans if span[0] == cue)
        affect[_sentence_at(sentences, first)] += weight

    positive = sum(v.positive for v in valences)
    polite = sum(v.polite for v in valences)
    problem = sum(v.problem for v in valences)
    # A grievance alone (one loss named) does not make a message upset; several, or one with other affect, do.
    upset = (sum(affect) - grievance <= -1.5 or grievance <= -2.5 or bool(families - {"sarcasm", "grievance", "letdown"})
             or bool(_UPSET_CUES.intersection(cues)))
    if "sarcasm" in families:
        # The praise in a sarcastic message is the complaint.
        affect[0] -= 0.5 * (positive + polite)
        positive = polite = 0.0
    elif upset or grievance < 0:
        # "please help" and "thanks" inside a complaint are politeness; so is praise beside a named loss
        polite, positive = 0.0, 0.5 * positive
    else:
        problem *= 0.6  # naming a problem calmly is a report, not frustration
    if upset or "sarcasm" in families:
        calm_marks = 0
    total = sum(affect) + problem + positive + polite + 1.0 * min(3, calm_marks)
    if grievance < 0 and not calm_marks and total < 0:
        total *= _COMPLAINT_GAIN  # a named loss or let-down with nothing of a calm report about it
    if context.previous_level != "calm" and total < -0.5:
        total -= 0.5  # an upset episode that continues
    score = total / math.sqrt(total * total + _ALPHA)
    score = _with_helpdesk_opinion(score, context.helpdesk_sentiment)

    if _VERY_NEGATIVE_CUES.intersection(cues):
        score = min(score, VERY_NEGATIVE_AT)
    elif "churn_threat" in cues:
        score = min(score, NEGATIVE_AT)
    level = "very_negative" if score <= VERY_NEGATIVE_AT else "negative" if score <= NEGATIVE_AT else "calm"
    evidence = _cue_evidence(text, cue_spans)
    if level != "calm":
        worst = min(range(len(sentences)), key=lambda i: affect[i] + valences[i].problem)
        start, end = _stripped(own, *sentences[worst])
        evidence.insert(0, Evidence(SCORE_CUE, text[start:end], start, end))
    return Verdict(level != "calm", level, round(max(-1.0, min(1.0, score)), 4), cues, tuple(evidence))


def _detect_other_language(text: str, own: str, sentences: list[tuple[int, int]],
                           context: DetectionContext) -> Verdict:
    """Spanish, French or German: complaint phrases and cue words from detection_multilingual."""
    affect = multilingual.affect_spans(own)
    cue_spans = multilingual.cue_spans(own)
    score = _with_helpdesk_opinion(multilingual.score(affect, cue_spans), context.helpdesk_sentiment)
    cues = _cues_present(cue_spans)
    if _VERY_NEGATIVE_CUES.intersection(cues):
        score = min(score, VERY_NEGATIVE_AT)
    level = "very_negative" if score <= VERY_NEGATIVE_AT else "negative" if score <= NEGATIVE_AT else "calm"
    evidence = _cue_evidence(text, cue_spans)
    if level != "calm":
        weights = [sum(w for w, s, _ in affect if start <= s < end) for start, end in sentences]
        start, end = _stripped(own, *sentences[max(range(len(sentences)), key=weights.__getitem__)])
        evidence.insert(0, Evidence(SCORE_CUE, text[start:end], start, end))
    return Verdict(level != "calm", level, round(score, 4), cues, tuple(evidence))


def _repeat_scale(context: DetectionContext) -> float:
    # Saying "again" on the fifth message of a ticket weighs more than on the first.
    return 1.0 + 0.3 * (min(max(context.message_count, 1), 5) - 1)


def _with_helpdesk_opinion(score: float, helpdesk: float | None) -> float:
    """The helpdesk's own sentiment nudges a score that already leans negative; it never flags a calm message alone."""
    if helpdesk is None or not -1.0 <= helpdesk <= 1.0:
        return score
    if helpdesk < 0:
        return score + 0.15 * helpdesk if score <= -0.2 else score
    return score + 0.1 * helpdesk


def _sentence_at(sentences: list[tuple[int, int]], offset: int) -> int:
    for i, (start, end) in enumerate(sentences):
        if offset < end:
            return i if offset >= start else max(0, i - 1)
    return len(sentences) - 1


def _stripped(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _cues_present(spans: list[tuple[str, int, int]]) -> tuple[str, ...]:
    """The cues with a span, in CUES order."""
    present = {span[0] for span in spans}
    return tuple(c for c in CUES if c in present)


def _cue_evidence(text: str, spans: list[tuple[str, int, int]]) -> list[Evidence]:
    evidence: list[Evidence] = []
    by_cue: dict[str, list[tuple[str, int, int]]] = {}  # one pass over the spans, not one per cue
    for span in spans:
        by_cue.setdefault(span[0], []).append(span)
    for cue in CUES:
        if cue not in by_cue:
            continue
        kept: list[tuple[int, int]] = []
        for _, start, end in sorted(by_cue[cue]):
            start, end = _stripped(text, start, end)
            if len(kept) < _MAX_EVIDENCE_PER_CUE and start < end and all(end <= s or start >= e for s, e in kept):
                kept.append((start, end))
        evidence.extend(Evidence(cue, text[start:end], start, end) for start, end in kept)
    return evidence
