"""The learned layer: a logistic regression over a few interpretable features of a message (the rule score, cue
hits, marks of an upset or a calm writer), with weights trained by bench/train_detector.py and shipped as
weights.json. Pure Python at run time: a dot product and a sigmoid, deterministic. The word n-grams' share of the
same logit (fitted together with these weights) is in worker/detector/lexical.py.
"""

from __future__ import annotations

import json
import math
from itertools import repeat
from operator import mul
from pathlib import Path

_WEIGHTS_FILE = Path(__file__).with_name("weights.json")

FEATURES = (
    "other_language",     # the text is Spanish, French or German
    "short_rule_score",   # the rule layer's score in [-1, 1] (English valences and phrases; es/fr/de phrases), read
                          # only when the own text is short (under 220 characters). On a longer message it mostly
                          # reads the problem being described: trained on one set and tested on another, it flagged
                          # a quarter of the calm reports, so the longer message is judged by its cues and marks.
    "upset_marks",        # sqrt of the count of exasperation / sarcasm / rhetorical-question / demand marks
    "calm_marks",         # sqrt of the count of patience / benefit-of-the-doubt / praise marks
    "polite_marks",       # sqrt of the count of greetings, thanks and polite requests
    "abuse", "profanity", "legal_threat", "churn_threat", "cancel_request", "already_cancelled", "repeat_contact",
    "escalation_request", "public_exposure", "urgency", "distress",
    "shouting",           # a run of capitals or piled-up "!!" / "???"
    "negative_emoji",     # 😤 😡 🙄 🙃 😠 🤬 😭
    "question_only",      # a short message that only asks, with no upset mark
    "quoted_reply",       # the message answers an earlier reply from the helpdesk
    "subject_shouting",   # the subject line is in capitals or has piled-up "!!" / "??"
)


def _load() -> tuple[tuple[float, ...], float, float]:
    data = json.loads(_WEIGHTS_FILE.read_text(encoding="utf-8"))
    if tuple(data["features"]) != FEATURES:
        raise RuntimeError(f"{_WEIGHTS_FILE.name} was trained on other features; rerun bench/train_detector.py")
    return tuple(float(w) for w in data["weights"]), float(data["bias"]), float(data["threshold"])


WEIGHTS, BIAS, THRESHOLD = _load()
THRESHOLD_LOGIT = math.log(THRESHOLD / (1.0 - THRESHOLD)) + 1e-6  # the logit at which a message is upset


def logit(values: dict[str, float]) -> float:
    return BIAS + sum(map(mul, map(values.get, FEATURES, repeat(0.0)), WEIGHTS))


def probability(z: float) -> float:
    if z < -40:
        return 0.0
    return 1.0 / (1.0 + math.exp(-z))


def contributions(values: dict[str, float]) -> list[tuple[str, float]]:
    """Each feature's share of the logit, largest push towards "upset" first: what made the call."""
    shares = [(name, w * values.get(name, 0.0)) for name, w in zip(FEATURES, WEIGHTS)]
    return sorted((s for s in shares if s[1]), key=lambda s: -s[1])
