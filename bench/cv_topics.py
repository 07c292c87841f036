"""5-fold cross-validation of calmdesk's topic choice on the dev corpus's non-held-out lines (held-out excluded).

    .venv/bin/python bench/cv_topics.py ../shared/data/helpdesk_dev.jsonl [--write] [--confusion]

Compares the keyword families alone with the small learned layer over them (worker/writing/topics.model_features:
the families' scores and decision, optionally a few hundred word stems chosen by chi-squared inside each training
fold), always behind the high-precision rules and with the upset prior for upset lines. Prints CV topic accuracy on
all training lines, on the upset ones and per language; --confusion prints the chosen configuration's confusions.
--write trains the chosen layer on every training line and writes worker/writing/topic_model.json (weights only,
never text). scikit-learn is needed here only, never at runtime.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from sklearn.feature_extraction import DictVectorizer
from sklearn.feature_selection import SelectKBest, chi2
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from worker.writing import topics  # noqa: E402
from worker.detector.own_text import own_text_end  # noqa: E402
from worker.writing.topic_model import TopicModel  # noqa: E402

CHOSEN = ("kw", 1.0)  # (features, C): the families' scores only (about 40 features), regularised
MIN_STEM_LINES = 3
AUTHORED = ROOT / "tests" / "data" / "helpdesk_authored.jsonl"  # see bench/learned_layers.py  # a stem seen in fewer training lines is never a feature


def load(path: str, heldout: Path) -> list[dict]:
    held = {line.strip() for line in heldout.read_text().splitlines() if line.strip()}
    rows = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    return [r for r in rows if r["id"] not in held]


def own(r: dict) -> str:
    return r["text"][:own_text_end(r["text"])]


def folds(rows: list[dict], k: int = 5) -> list[int]:
    """Deterministic stratified folds: within each topic, lines by id take folds in turn."""
    fold = [0] * len(rows)
    by_topic: dict[str, list[int]] = {}
    for i, r in enumerate(rows):
        by_topic.setdefault(r["topic"], []).append(i)
    start = 0
    for topic in sorted(by_topic):
        for j, i in enumerate(sorted(by_topic[topic], key=lambda i: rows[i]["id"])):
            fold[i] = (start + j) % k
        start += len(by_topic[topic])
    return fold


def stem_count(kind: str) -> int:
    return int(kind.split("+stems")[1]) if "+stems" in kind else 0


def fit(rows: list[dict], feats: list[dict[str, float]], kind: str, c: float) -> dict:
    """Train on these lines and return the weights as topic_model.json holds them."""
    y = [r["topic"] for r in rows]
    keep = {k for f in feats for k in f if not k.startswith("w:")}
    n = stem_count(kind)
    if n:
        lines = Counter(k for f in feats for k in f if k.startswith("w:"))
        common = sorted(k for k, v in lines.items() if v >= MIN_STEM_LINES)
        vec = DictVectorizer().fit([{k: f[k] for k in common if k in f} for f in feats])
        x = vec.transform([{k: f[k] for k in common if k in f} for f in feats])
        chosen = SelectKBest(chi2, k=min(n, x.shape[1])).fit(x, y).get_support()
        keep |= {name for name, on in zip(vec.feature_names_, chosen) if on}
    vec = DictVectorizer()
    x = vec.fit_transform([{k: v for k, v in f.items() if k in keep} for f in feats])
    clf = LogisticRegression(C=c, max_iter=5000).fit(x, y)
    classes = [str(t) for t in clf.classes_]
    weights: dict[str, dict[str, float]] = {}
    for j, name in enumerate(vec.feature_names_):
        row = {classes[i]: round(float(clf.coef_[i, j]), 3) for i in range(len(classes)) if abs(clf.coef_[i, j]) >= 0.005}
        if row:
            weights[name] = row
    return {"classes": classes, "intercept": {classes[i]: round(float(b), 4) for i, b in enumerate(clf.intercept_)},
            "weights": weights}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("--heldout", default=str(ROOT / "bench" / "heldout_ids.txt"))
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--confusion", action="store_true")
    ap.add_argument("--authored", default=str(AUTHORED), help="messages in the corpus schema, always trained on")
    ap.add_argument("--cross", action="store_true", help="fit the chosen layer on the corpus lines only and score "
                                                         "the authored set")
    a = ap.parse_args()
    rows = load(a.corpus, Path(a.heldout))
    authored = [json.loads(line) for line in open(a.authored, encoding="utf-8") if line.strip()] \
        if Path(a.authored).exists() else []
    fold = folds(rows)
    texts = [(own(r), r.get("subject", "")) for r in rows]
    extra_texts = [(own(r), r.get("subject", "")) for r in authored]
    cache = {t: topics.model_features(*t) for t in texts + extra_texts}
    feats = [cache[t] for t in texts]
    extra_feats = [cache[t] for t in extra_texts]
    if a.cross:
        kind, c = CHOSEN
        model = TopicModel(fit(rows, feats, kind, c), lambda text, subject: cache[(text, subject)])
        upset_rows = [(t, r) for t, r in zip(extra_texts, authored) if r["label"] == "upset"]
        right = sum(topics.topic_and_confidence(*t, r["cues"], model=model, upset=True)[0] == r["topic"]
                    for t, r in upset_rows)
        print(f"fitted on {len(rows)} corpus lines, scored on {len(upset_rows)} upset authored lines: "
              f"topic right {right / max(1, len(upset_rows)):.3f}")
        return
    upset = [i for i, r in enumerate(rows) if r["label"] == "upset"]
    print(f"{len(rows)} training lines ({len(upset)} upset), 5 folds")

    def report(name: str, predicted: list[str]) -> None:
        right = [p == r["topic"] for p, r in zip(predicted, rows)]
        langs = " ".join(f"{lang} {sum(right[i] for i in ids) / len(ids):.2f}/{sum(right[i] for i in ids if i in upset) / max(1, len([i for i in ids if i in upset])):.2f}"
                         for lang in ("en", "es", "fr", "de") for ids in [[i for i, r in enumerate(rows) if r["lang"] == lang]])
        print(f"{name:24s} CV accuracy all {sum(right) / len(rows):.3f}  upset {sum(right[i] for i in upset) / len(upset):.3f}  "
              f"(all/upset by language: {langs})")

    report("keywords", [topics.keyword_topic(*t, r["cues"]) for t, r in zip(texts, rows)])
    configs = [("kw", 0.1), ("kw", 0.3), ("kw", 1.0), ("kw", 3.0), ("kw+stems100", 0.3), ("kw+stems100", 1.0),
               ("kw+stems300", 0.3), ("kw+stems300", 1.0)]
    for kind, c in configs:
        for prior in (True, False):
            predicted = [""] * len(rows)
            sure = [1.0] * len(rows)
            for k in range(5):
                train = [i for i in range(len(rows)) if fold[i] != k]
                data = fit([rows[i] for i in train] + authored, [feats[i] for i in train] + extra_feats, kind, c)
                model = TopicModel(data, lambda text, subject: cache[(text, subject)])
                for i in range(len(rows)):
                    if fold[i] == k:
                        upset_line = prior and rows[i]["label"] == "upset"
                        predicted[i], sure[i] = topics.topic_and_confidence(*texts[i], rows[i]["cues"], model=model, upset=upset_line)
            report(f"rules+{kind} C={c}{' prior' if prior else ''}", predicted)
            if (kind, c) == CHOSEN and prior:
                for t in (0.3, 0.5, 0.7):
                    kept = [i for i in upset if sure[i] >= t]
                    right = sum(predicted[i] == rows[i]["topic"] for i in kept)
                    print(f"    upset, sure >= {t}: {len(kept) / len(upset):.2f} of lines named, {right / max(len(kept), 1):.3f} of those right")
                if a.confusion:
                    confusions = Counter((rows[i]["topic"], predicted[i]) for i in range(len(rows)) if predicted[i] != rows[i]["topic"])
                    for (truth, guess), n in confusions.most_common():
                        print(f"    {n:3d}  {truth:22s} -> {guess}{'  (upset: ' + str(sum(1 for i in upset if rows[i]['topic'] == truth and predicted[i] == guess)) + ')'}")
    if a.write:
        kind, c = CHOSEN
        out = ROOT / "worker" / "writing" / "topic_model.json"
        data = fit(rows + authored, feats + extra_feats, kind, c)
        out.write_text(json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n")
        print(f"wrote {out} ({kind}, logistic regression C={c}) from {len(rows) + len(authored)} lines")


if __name__ == "__main__":
    main()
