"""calmdesk's learned topic model: a regularised linear classifier (multinomial logistic regression) over word-stem
unigrams and bigrams of the subject and the customer's own text, in four languages.

Trained by bench/cv_topics.py (scikit-learn, at development time only) on the dev corpus's non-held-out lines; the
weights ship as topic_model.json and are read here in pure Python: a dot product and a softmax, deterministic.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

MODEL_FILE = Path(__file__).resolve().parent / "topic_model.json"
_WORD = re.compile(r"[^\W\d_]{2,}")
_STOP = set("""the and you your for that with have this was are not but they them our can has had just from been will
what when all out get got one did its very into more any then than there their about would could should also
los las que por para con una del como pero mas sus esta han este nos les son muy todo
des est pas pour qui vous nous une dans sur avec mais ont tout ete cette
der die das und ist nicht ich sie ihr wir mit den dem ein eine fur auf auch noch von bei aus wie""".split())
STEM = 6


def _fold(value: str) -> str:
    value = unicodedata.normalize("NFKD", (value or "").lower())
    return "".join(ch for ch in value if not unicodedata.combining(ch))


def _stems(value: str) -> list[str]:
    return [w[:STEM] for w in _WORD.findall(_fold(value)) if len(w) > 2 and w not in _STOP]


def features(text: str, subject: str = "") -> dict[str, float]:
    """Stem unigrams and bigrams of the text, and the subject's again under an "s:" prefix (their own summary).
    Counts are capped at 2 so one repeated word does not decide the topic; the vector has unit length."""
    out: dict[str, float] = {}

    def add(key: str) -> None:
        out[key] = min(out.get(key, 0.0) + 1.0, 2.0)

    for prefix, value in (("", text), ("s:", subject)):
        stems = _stems(value)
        for i, stem in enumerate(stems):
            add(prefix + stem)
            if i + 1 < len(stems):
                add(f"{prefix}{stem}_{stems[i + 1]}")
    norm = math.sqrt(sum(v * v for v in out.values())) or 1.0  # a long message does not outvote a short one
    return {k: v / norm for k, v in out.items()}


def keyword_features(text: str, subject: str = "") -> dict[str, float]:
    """The keyword families' scores as features ("kw:<topic>", scaled to about 0..2): the model learns how far to
    trust each family instead of the families deciding alone."""
    from worker.writing.topics import keyword_topic, topic_scores

    out = {f"kw:{t}": min(score, 12.0) / 4.0 for t, score in topic_scores(text, subject).items()}
    out[f"kwtop:{keyword_topic(text, subject)}"] = 1.0  # the families' own decision
    return out


def keyword_silent(text: str, subject: str = "") -> bool:
    from worker.writing.topics import topic_scores

    return not topic_scores(text, subject)


class TopicModel:
    """A linear model: {"classes": [...], "intercept": {topic: b}, "weights": {feature: {topic: w}}}."""

    def __init__(self, data: dict):
        self.classes: list[str] = list(data.get("classes", []))
        self.intercept: dict[str, float] = dict(data.get("intercept", {}))
        self.weights: dict[str, dict[str, float]] = dict(data.get("weights", {}))
        self.keyword_features = bool(data.get("keyword_features"))
        # A words-only model for messages where no keyword family speaks (the hybrid would just say "other").
        self.silent = TopicModel(data["silent"]) if data.get("silent") else None

    def scores(self, text: str, subject: str = "") -> dict[str, float]:
        out = {t: self.intercept.get(t, 0.0) for t in self.classes}
        feats = features(text, subject)
        if self.keyword_features:
            feats.update(keyword_features(text, subject))
        for feature, value in feats.items():
            for topic, weight in self.weights.get(feature, {}).items():
                out[topic] = out.get(topic, 0.0) + weight * value
        return out

    def probabilities(self, text: str, subject: str = "") -> dict[str, float]:
        scores = self.scores(text, subject)
        if not scores:
            return {}
        top = max(scores.values())
        exp = {t: math.exp(s - top) for t, s in scores.items()}
        total = sum(exp.values())
        return {t: v / total for t, v in exp.items()}

    def best(self, text: str, subject: str = "") -> tuple[str, float]:
        if self.silent is not None and keyword_silent(text, subject):
            return self.silent.best(text, subject)
        probs = self.probabilities(text, subject)
        if not probs:
            return "other", 0.0
        topic = max(sorted(probs), key=lambda name: probs[name])
        return topic, probs[topic]


@lru_cache(maxsize=1)
def shipped_model() -> TopicModel | None:
    try:
        return TopicModel(json.loads(MODEL_FILE.read_text(encoding="utf-8")))
    except (OSError, ValueError):
        return None
