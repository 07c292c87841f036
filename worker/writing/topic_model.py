"""A small naive Bayes topic model: word-stem counts per topic, trained by bench/train_topics.py on the dev corpus's
training part. It backs up the keyword families in worker/topics.py where they find little or disagree weakly."""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from pathlib import Path

MODEL_FILE = Path(__file__).resolve().parent / "topic_model.json"
_WORD = re.compile(r"[^\W\d_]{3,}")
_STOP = set("""the and you your for that with have this was are not but they them our can has had just from been will
what when all out get got one did its very into more any then than there their about would could should also
los las que por para con una del como pero más sus está han este esta nos les son muy todo
les des est pas pour que qui vous nous une dans sur avec mais ont tout été cette
der die das und ist nicht ich sie ihr wir mit den dem ein eine für auf auch noch von bei aus wie""".split())


def features(text: str, subject: str = "") -> list[str]:
    """Word stems (first 6 letters) of the text, and of the subject twice: it is the customer's own summary."""
    def stems(value: str) -> list[str]:
        return [w[:6] for w in _WORD.findall((value or "").lower()) if w not in _STOP]
    return stems(text) + 2 * stems(subject)


class TopicModel:
    def __init__(self, data: dict):
        self.docs = data.get("docs", {})
        self.words = data.get("words", {})
        self.vocab = len({w for c in self.words.values() for w in c}) or 1
        self.totals = {t: sum(c.values()) for t, c in self.words.items()}
        total_docs = sum(self.docs.values()) or 1
        self.prior = {t: math.log(n / total_docs) for t, n in self.docs.items()}

    def scores(self, text: str, subject: str = "") -> dict[str, float]:
        feats = features(text, subject)
        out = {}
        for topic, prior in self.prior.items():
            counts, denominator = self.words.get(topic, {}), self.totals.get(topic, 0) + self.vocab
            out[topic] = prior + sum(math.log((counts.get(f, 0) + 1) / denominator) for f in feats)
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
        probs = self.probabilities(text, subject)
        if not probs:
            return "other", 0.0
        topic = max(probs, key=lambda name: probs[name])
        return topic, probs[topic]


@lru_cache(maxsize=1)
def shipped_model() -> TopicModel | None:
    try:
        return TopicModel(json.loads(MODEL_FILE.read_text(encoding="utf-8")))
    except (OSError, ValueError):
        return None
