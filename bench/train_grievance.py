"""Trains the grievance ranker (worker/writing/facts.py grievance_features) and writes worker/writing/grievance_weights.json.

Which sentence of the customer's own text is the grievance: a logistic regression over a dozen features of a
sentence (problem words, length, position, a preamble, feeling alone, a threat or a count of contacts, ...), fitted on
the sentences of the labelled upset messages of the dev corpus's training part (never bench/heldout_ids.txt) and the
authored set (never its held-out batch). A sentence is the grievance when it holds at least 60 % of the content words
of the message's `facts.what_happened` (as ../shared/tools/score.py reads a quote). At run time the ranking is a dot
product. Prints the top-1 accuracy by 5-fold CV over messages, beside the weights it replaces.

Run: .venv/bin/python bench/train_grievance.py [--dry-run]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.learned_layers import AUTHORED_SET, CORPUS, HELD_OUT  # noqa: E402
from worker.detector.own_text import own_text_end  # noqa: E402
from worker.writing import facts as F  # noqa: E402

OUT = REPO / "worker" / "writing" / "grievance_weights.json"
STOP = set("""a an the and or but if then than that this these those there their they them what when where which who whom
why how with without from into onto over under about after before again also just only very much more most such some
any each every other your yours you our ours we us i me my mine he she his her its it is are was were be been being have
has had do does did not no nor so too can could would should will shall may might must to of in on at by for as up down
out off per via still yet even ever never""".split())


def content_words(text: str) -> list[str]:
    return [w for w in re.findall(r"[^\W\d_]{4,}", text.lower()) if w not in STOP]


def messages() -> list[list[tuple[dict[str, float], int]]]:
    """Per upset message with a labelled grievance: each candidate sentence's features and whether it is the grievance."""
    held = set(HELD_OUT.read_text().split())
    rows = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = [r for r in rows if r["id"] not in held]
    rows += [json.loads(line) for line in AUTHORED_SET.read_text(encoding="utf-8").splitlines() if line.strip()]
    out = []
    for r in rows:
        grievance = " ".join((r.get("facts") or {}).get("what_happened") or [])
        words = list(dict.fromkeys(content_words(grievance)))
        if r["label"] != "upset" or not words:
            continue
        own = r["text"][:own_text_end(r["text"])]
        sentences, want = F.own_sentences(own)
        candidates = []
        found = F.grievance_candidates(sentences)
        for index, start, s in found:
            low = s.lower()
            hit = sum(1 for w in words if w in low) >= 0.6 * len(words)
            features = F.grievance_features(s, index, want is not None and start == want.start, index == found[-1][0])
            candidates.append((features, int(hit)))
        if any(y for _, y in candidates):
            out.append(candidates)
    return out


def fit(train: list[list[tuple[dict[str, float], int]]]) -> list[float]:
    from sklearn.linear_model import LogisticRegression

    x = [[f[name] for name in F.GRIEVANCE_FEATURES] for m in train for f, _ in m]
    y = [label for m in train for _, label in m]
    model = LogisticRegression(C=1.0, max_iter=2000).fit(x, y)
    return [round(float(w), 4) for w in model.coef_[0]]


def top1(weights: list[float], test) -> float:
    right = 0
    for m in test:
        scores = [sum(w * f[n] for w, n in zip(weights, F.GRIEVANCE_FEATURES)) + F.CONTACTS_PENALTY * f["contacts"]
                  for f, _ in m]
        best = max(range(len(m)), key=lambda i: (scores[i], -i))
        right += m[best][1]
    return right / max(1, len(test))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dry-run", action="store_true")
    a = ap.parse_args()
    data = messages()
    old = [F._GRIEVANCE_WEIGHTS.get(n, 0.0) for n in F.GRIEVANCE_FEATURES]
    order = list(range(len(data)))
    random.Random(0).shuffle(order)
    folds = [order[k::5] for k in range(5)]
    cv_new = cv_old = 0.0
    for k in range(5):
        test = [data[i] for i in folds[k]]
        train = [data[i] for j in range(5) if j != k for i in folds[j]]
        cv_new += top1(fit(train), test) * len(test)
        cv_old += top1(old, test) * len(test)
    print(f"{len(data)} messages; 5-fold top-1 grievance: learned {cv_new / len(data):.3f}, shipped weights {cv_old / len(data):.3f}")
    weights = fit(data)
    for n, w in zip(F.GRIEVANCE_FEATURES, weights):
        print(f"  {n:16} {w:+.3f}")
    if not a.dry_run:
        OUT.write_text(json.dumps({"about": "calmdesk grievance ranker: logistic regression weights, written by "
                                            "bench/train_grievance.py", "features": list(F.GRIEVANCE_FEATURES),
                                   "weights": weights}, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {OUT.relative_to(REPO)}")


if __name__ == "__main__":
    main()
