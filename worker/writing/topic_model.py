"""calmdesk's learned topic layers, read in pure Python (a dot product and a softmax, deterministic):

- topic_model.json: a small multinomial logistic regression over the keyword families' scores (the shipped one uses
  no word stems; bench/cv_topics.py also compares a few hundred), trained by bench/cv_topics.py;
- topic_words.json: a multinomial logistic regression over the message's words and word pairs, and the 3-5 letter
  pieces of its words (CHAR, keys "c:..."), each part tf-idf weighted the way scikit-learn's TfidfVectorizer does it
  (word_tfidf below reads text exactly as it does) and the two parts side by side (a FeatureUnion), trained by
  bench/train_topic_words.py on every labelled line the project may read. It knows the words a new kind of company
  uses for its situations, which the families have no patterns for; the word pieces carry what inflection hides
  ("remboursé", "remboursement", "rembourser" share " remb").

scikit-learn runs at development time only; the weights ship as JSON (weights and word statistics, never text). The
family features are built by the caller (worker/writing/topics.py owns the keyword families), so this module imports
nothing of calmdesk's and there is no import cycle.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections.abc import Callable, Mapping
from pathlib import Path

MODEL_FILE = Path(__file__).resolve().parent / "topic_model.json"
WORDS_FILE = Path(__file__).resolve().parent / "topic_words.json"
# scikit-learn's default token_pattern: the words layer was trained on tokens cut this way, so it must read the same.
_TOKEN = re.compile(r"(?u)\b\w\w+\b")
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


def word_ngrams(value: str) -> list[str]:
    """Lower-cased words of two or more letters and the pairs of neighbouring ones, as TfidfVectorizer(analyzer=
    "word", ngram_range=(1, 2)) cuts them. Function words stay: taking them out lost on every held-out set."""
    tokens = _TOKEN.findall(value.lower())
    return tokens + [f"{a} {b}" for a, b in zip(tokens, tokens[1:])]


CHAR = "c:"  # the key prefix of a word piece, so a piece ("late") is never a word's feature


def char_ngrams(value: str, low: int = 3, high: int = 5) -> list[str]:
    """The pieces of each lower-cased word, padded with a space at both ends, low to high characters long, as
    TfidfVectorizer(analyzer="char_wb") cuts them (a word shorter than a piece counts once, whole)."""
    out: list[str] = []
    for word in value.lower().split():
        padded = f" {word} "
        for n in range(low, high + 1):
            last = max(len(padded) - n, 0)
            out.extend(padded[i:i + n] for i in range(last + 1))
            if last == 0:
                break
    return out


def _tfidf(grams: list[str], idf: Mapping[str, float], prefix: str = "") -> dict[str, float]:
    """For each known gram, (1 + ln count) x idf, the whole vector scaled to length 1 (TfidfVectorizer's
    sublinear_tf and l2 norm). Unknown grams weigh nothing."""
    counts: dict[str, int] = {}
    for gram in grams:
        key = prefix + gram
        if key in idf:
            counts[key] = counts.get(key, 0) + 1
    vector = {key: (1.0 + math.log(n)) * idf[key] for key, n in counts.items()}
    norm = math.sqrt(sum(v * v for v in vector.values()))
    return {key: v / norm for key, v in vector.items()} if norm else {}


def word_tfidf(text: str, subject: str, idf: Mapping[str, float]) -> dict[str, float]:
    """The subject and text as the words layer reads them: its words and pairs, tf-idf weighted."""
    return _tfidf(word_ngrams(f"{subject}\n{text}"), idf)


def union_tfidf(text: str, subject: str, idf: Mapping[str, float], pieces: tuple[int, int] | None) -> dict[str, float]:
    """The words part and, when the layer was trained with them, the word pieces' part (keys CHAR + piece), each
    scaled to length 1 on its own, as a FeatureUnion of the two vectorizers gives them."""
    both = f"{subject}\n{text}"
    vector = _tfidf(word_ngrams(both), idf)
    if pieces:
        vector.update(_tfidf(char_ngrams(both, *pieces), idf, CHAR))
    return vector


def known_words(features: Mapping[str, float]) -> int:
    """How many of the features are words or pairs (not pieces): how much a text gives the layer to go on."""
    return sum(1 for key in features if not key.startswith(CHAR))


class TopicModel:
    """A linear model: {"classes": [...], "intercept": {topic: b}, "weights": {feature: {topic: w}}}, over the
    features `featurize(text, subject)` returns."""

    def __init__(self, data: Mapping, featurize: Featurize, abstains: bool = False):
        self.classes: list[str] = list(data.get("classes", []))
        self.intercept: dict[str, float] = dict(data.get("intercept", {}))
        self.weights: dict[str, dict[str, float]] = dict(data.get("weights", {}))
        self.featurize = featurize
        self.abstains = abstains  # no opinion (no scores) on a text without one known feature, not the intercepts'

    def scores(self, text: str, subject: str = "") -> dict[str, float]:
        return self.scores_of(self.featurize(text, subject))

    def scores_of(self, features: Mapping[str, float]) -> dict[str, float]:
        if self.abstains and not features:
            return {}
        out = {t: self.intercept.get(t, 0.0) for t in self.classes}
        for feature, value in features.items():
            for topic, weight in self.weights.get(feature, {}).items():
                out[topic] = out.get(topic, 0.0) + weight * value
        return out

    def probabilities(self, text: str, subject: str = "") -> dict[str, float]:
        return self.probabilities_of(self.featurize(text, subject))

    def probabilities_of(self, features: Mapping[str, float]) -> dict[str, float]:
        scores = self.scores_of(features)
        if not scores:
            return {}
        top = max(scores.values())
        exp = {t: math.exp(s - top) for t, s in scores.items()}
        total = sum(exp.values())
        return {t: v / total for t, v in exp.items()}


def load_words_model(path: Path = WORDS_FILE) -> TopicModel | None:
    """The shipped words layer (its idf table travels in the same file), or None when it is missing or unreadable."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    idf = {str(k): float(v) for k, v in dict(data.get("idf", {})).items()}
    low_high = dict(data.get("settings", {})).get("char_wb")
    pieces = (int(low_high[0]), int(low_high[1])) if low_high else None
    return TopicModel(data, lambda text, subject: union_tfidf(text, subject, idf, pieces), abstains=True)


def load_model(featurize: Featurize, path: Path = MODEL_FILE) -> TopicModel | None:
    """The shipped weights, or None when the file is missing or unreadable (the keyword families then decide)."""
    try:
        return TopicModel(json.loads(path.read_text(encoding="utf-8")), featurize)
    except (OSError, ValueError):
        return None
