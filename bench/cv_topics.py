"""5-fold cross-validation of calmdesk's topic choice on the dev corpus's non-held-out lines (held-out excluded).

    /path/to/python-with-sklearn bench/cv_topics.py ../shared/data/helpdesk_dev.jsonl [--write]

Compares the keyword families, naive Bayes and logistic regression over worker/writing/topic_model.features, and
their combinations with the few high-precision rules in worker/writing/topics.py. Prints CV topic accuracy on all
training lines and on the upset ones. --write trains the chosen model on every training line and writes
worker/writing/topic_model.json (weights only, never text). scikit-learn is needed here only, never at runtime.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from worker.writing.facts import own_text_end  # noqa: E402
from worker.writing.topic_model import TopicModel, features, keyword_features  # noqa: E402
from worker.writing import topics  # noqa: E402

CHOSEN_C = 1.0
SILENT_C = 100.0  # the words-only model, for messages no keyword family recognises
CHOSEN_KIND = "hyb+silent"  # word stems + the keyword families' scores


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


def feats(r: dict, kind: str) -> dict[str, float]:
    out = features(own(r), r.get("subject", ""))
    if kind == "hyb":
        out.update(keyword_features(own(r), r.get("subject", "")))
    return out


def fit(rows: list[dict], kind: str, c: float):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.naive_bayes import MultinomialNB

    if kind == "hyb+silent":
        vec, clf = fit(rows, "hyb", c)
        svec, sclf = fit(rows, "lr", SILENT_C)
        return vec, (clf, svec, sclf)
    vec = DictVectorizer()
    x = vec.fit_transform([feats(r, kind) for r in rows])
    y = [r["topic"] for r in rows]
    if kind == "nb":
        clf = MultinomialNB(alpha=c).fit(x, y)
    else:
        clf = LogisticRegression(C=c, max_iter=3000).fit(x, y)
    return vec, clf


def export(vec, clf, kind: str = "lr", least: float = 0.03) -> dict:
    """The weights as JSON; weights smaller than `least` are dropped (they barely move a prediction)."""
    if kind == "hyb+silent":
        clf, svec, sclf = clf
        return {**export(vec, clf, "hyb"), "silent": export(svec, sclf, "lr", 0.4)}
    classes = [str(t) for t in clf.classes_]
    coef = clf.coef_
    weights: dict[str, dict[str, float]] = {}
    for j, name in enumerate(vec.feature_names_):
        row = {classes[i]: round(float(coef[i, j]), 3) for i in range(len(classes)) if abs(coef[i, j]) >= least}
        if row:
            weights[name] = row
    return {"classes": classes, "intercept": {classes[i]: round(float(b), 4) for i, b in enumerate(clf.intercept_)},
            "weights": weights, "keyword_features": kind == "hyb"}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("--heldout", default=str(ROOT / "bench" / "heldout_ids.txt"))
    ap.add_argument("--write", action="store_true")
    a = ap.parse_args()
    rows = load(a.corpus, Path(a.heldout))
    fold = folds(rows)
    upset = [i for i, r in enumerate(rows) if r["label"] == "upset"]
    configs = [("keywords", None, 0.0), ("nb", "nb", 0.3),
               ("lr", "lr", 10.0), ("lr", "lr", 100.0),
               ("rules+lr", "lr", 3.0), ("rules+lr", "lr", 10.0),
               ("rules+hyb", "hyb", 0.3), ("rules+hyb", "hyb", 1.0), ("rules+hyb", "hyb", 3.0), ("rules+hyb", "hyb", 10.0),
               ("rules+hyb+silent", "hyb+silent", 1.0)]
    print(f"{len(rows)} training lines ({len(upset)} upset), 5 folds")
    for name, kind, c in configs:
        predicted = [""] * len(rows)
        sure = [1.0] * len(rows)
        for k in range(5):
            train = [r for i, r in enumerate(rows) if fold[i] != k]
            model = None
            if kind:
                vec, clf = fit(train, kind, c)
            for i, r in enumerate(rows):
                if fold[i] != k:
                    continue
                text, subject = own(r), r.get("subject", "")
                if name == "keywords":
                    predicted[i] = topics.keyword_topic(text, subject, r["cues"])
                    continue
                if kind in ("lr", "hyb", "hyb+silent") and model is None:
                    model = TopicModel(export(vec, clf, kind))
                if name.startswith("rules+"):
                    predicted[i], sure[i] = topics.topic_and_confidence(text, subject, r["cues"], model=model)
                else:
                    predicted[i] = str(clf.predict(vec.transform([feats(r, kind)]))[0])
        all_acc = sum(p == r["topic"] for p, r in zip(predicted, rows)) / len(rows)
        up_acc = sum(predicted[i] == rows[i]["topic"] for i in upset) / len(upset)
        print(f"{name:10s} {kind or '':3s} C/alpha={c:<5} CV accuracy all {all_acc:.3f}  upset {up_acc:.3f}")
        if name == "rules+" + CHOSEN_KIND and c == CHOSEN_C:
            for t in (0.3, 0.4, 0.5, 0.6, 0.7):
                kept = [i for i in range(len(rows)) if sure[i] >= t]
                right = sum(predicted[i] == rows[i]["topic"] for i in kept)
                print(f"    sure >= {t}: {len(kept) / len(rows):.2f} of lines named, {right / max(len(kept), 1):.3f} of those right")
    if a.write:
        vec, clf = fit(rows, CHOSEN_KIND, CHOSEN_C)
        out = ROOT / "worker" / "writing" / "topic_model.json"
        out.write_text(json.dumps(export(vec, clf, CHOSEN_KIND), ensure_ascii=False, sort_keys=True, separators=(",", ":")))
        print(f"wrote {out} (logistic regression, C={CHOSEN_C}) from {len(rows)} lines")


if __name__ == "__main__":
    main()
