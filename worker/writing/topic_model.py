"""calmdesk's learned topic layer: a small multinomial logistic regression over the keyword families' scores (the
shipped one uses no word stems; bench/cv_topics.py also compares a few hundred), read in pure Python (a dot product
and a softmax, deterministic).

Trained by bench/cv_topics.py (scikit-learn, at development time only) on the dev corpus's non-held-out lines; the
weights ship as topic_model.json. The features are built by the caller (worker/writing/topics.py owns the keyword
families), so this module imports nothing of calmdesk's and there is no import cycle.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections.abc import Callable, Mapping
from pathlib import Path

MODEL_FILE = Path(__file__).resolve().parent / "topic_model.json"
_WORD = re.compile(r"[^\W\d_]{2,}")
_STOP = set("""the and you your for that with have this was are not but they them our can has had just from been will
what when all out get got one did its very into more any then than there their about would could should also
los las que por para con una del como pero mas sus esta han este nos les son muy todo
des est pas pour qui vous nous une dans sur avec mais ont tout ete cette
der die das und ist nicht ich sie ihr wir mit den dem ein eine fur auf auch noch von bei aus wie""".split())
STEM = 6

Featurize = Callable[[str, str], Mapping[str, float]]


def _fold(value: str) -> str:
    value = unicodedata.normalize("NFKD", (value or "").lower())
    return "".join(ch for ch in value if not unicodedata.combining(ch))


def words(value: str) -> list[str]:
    """The words of a text, accent-folded lower case ("réseau" -> "reseau")."""
    return _WORD.findall(_fold(value))


def stems(value: str) -> list[str]:
    return [w[:STEM] for w in _WORD.findall(_fold(value)) if len(w) > 2 and w not in _STOP]


def stem_features(text: str, subject: str = "") -> dict[str, float]:
    """Stem unigrams of the text and the subject together ("w:<stem>", 1.0 when present): presence, not counts, so
    a long message does not outvote a short one. Only the stems the shipped model keeps ever weigh anything."""
    return {f"w:{stem}": 1.0 for stem in stems(f"{subject}\n{text}")}


class TopicModel:
    """A linear model: {"classes": [...], "intercept": {topic: b}, "weights": {feature: {topic: w}}}, over the
    features `featurize(text, subject)` returns."""

    def __init__(self, data: Mapping, featurize: Featurize):
        self.classes: list[str] = list(data.get("classes", []))
        self.intercept: dict[str, float] = dict(data.get("intercept", {}))
        self.weights: dict[str, dict[str, float]] = dict(data.get("weights", {}))
        self.featurize = featurize

    def scores(self, text: str, subject: str = "") -> dict[str, float]:
        out = {t: self.intercept.get(t, 0.0) for t in self.classes}
        for feature, value in self.featurize(text, subject).items():
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


def load_model(featurize: Featurize, path: Path = MODEL_FILE) -> TopicModel | None:
    """The shipped weights, or None when the file is missing or unreadable (the keyword families then decide)."""
    try:
        return TopicModel(json.loads(path.read_text(encoding="utf-8")), featurize)
    except (OSError, ValueError):
        return None
