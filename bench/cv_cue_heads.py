"""Would a learned per-cue n-gram head, OR-ed with the cue's patterns, find what the patterns miss? Out-of-writer
cross-validation on the detector's training rows, the only yardstick a cue head may be chosen on (session 21,
docs/detector.md).

Rows: those bench/train_detector.py trains on that label cues (the dev corpus's non-held-out part, the authored set,
the read writers of the trained rounds; not the project set, which labels no cue), optionally with the read writers of
more rounds (--rounds). Each row is read once by the shipped detector (its upset verdict and cues: the patterns).
A head per cue: class-balanced L2 logistic regression (liblinear, as the upset head) over the binary word unigrams and
bigrams of the own text (n-grams in >= --min-df training messages), fitted per fold of GroupKFold(5) by writer (the
id's writer part, "nb-59-004" -> 59; the corpus and the authored set one group each), so a row is scored by a head that
never saw its writer. In "or" mode a head may only add its cue to a message the detector judges upset whose patterns
missed it, and only with a positive n-gram sum (its evidence sentence). Printed per cue: the labelled rows, the
pattern misses on upset-judged rows, the added cues (right / wrong) at the top of the out-of-fold ranking, the lowest
threshold whose added cues have precision >= --precision (at least 3 right), and, for scale, the head alone on every
upset-judged row (the patterns ignored): its best recall at that precision.

Nothing here runs in the product; scikit-learn is the `dev` extra. The held-out ids are never read.

Run: .venv/bin/python bench/cv_cue_heads.py [--cues churn_threat,urgency] [--c 1.0] [--l1] [--upset-only]
     [--min-df 2] [--rounds 19,20] [--precision 0.85]
"""

from __future__ import annotations

import argparse
import math
import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from bench.learned_layers import AUTHORED_SET, CORPUS, HELD_OUT, _vocab, lines  # noqa: E402
from bench.read_rounds import ids, read_round_lines  # noqa: E402
from bench.train_detector import TRAINED_ROUNDS  # noqa: E402
from worker.detector import DetectionContext, detect  # noqa: E402
from worker.detector.core import training_view  # noqa: E402

CUES = ("churn_threat", "already_cancelled", "abuse", "urgency")
TOP = (5, 10, 20, 30, 50)


@dataclass
class Row:
    id: str
    group: str  # the writer: "corpus", "authored" or a round writer's number
    grams: list[str]
    cues: set[str]
    negative: bool  # the shipped detector's verdict
    found: set[str]  # the shipped detector's cues


def training_rows(extra_rounds: tuple[int, ...] = ()) -> list[Row]:
    held = ids(HELD_OUT)
    data = [(r, "corpus") for r in lines(CORPUS, lambda rid: rid not in held)]
    data += [(r, "authored") for r in lines(AUTHORED_SET)]
    data += [(r, r["id"].split("-")[1]) for r in read_round_lines(TRAINED_ROUNDS + extra_rounds)]
    rows = []
    for r, group in data:
        context = DetectionContext(requester_name=r.get("requester_name") or "", subject=r.get("subject") or "")
        verdict = detect(r["text"], context)
        rows.append(Row(r["id"], group, training_view(r["text"], context)[1], set(r.get("cues") or ()),
                        verdict.negative, set(verdict.cues)))
    return rows


def _matrix(rows: list[Row], vocab: dict[str, int]):
    from scipy.sparse import csr_matrix

    indices: list[int] = []
    indptr = [0]
    for r in rows:
        indices.extend(sorted(vocab[g] for g in r.grams if g in vocab))
        indptr.append(len(indices))
    return csr_matrix(([1.0] * len(indices), indices, indptr), shape=(len(rows), len(vocab)))


def fit_head(rows: list[Row], cue: str, c: float, l1: bool, min_df: int) -> tuple[float, dict[str, float]]:
    """(bias, n-gram weights) of one cue head fitted on these rows."""
    from sklearn.linear_model import LogisticRegression

    vocab = _vocab(rows, min_df)  # type: ignore[arg-type]  # it reads .grams only
    model = LogisticRegression(C=c, l1_ratio=1.0 if l1 else 0.0, class_weight="balanced", solver="liblinear",
                               max_iter=5000)
    model.fit(_matrix(rows, vocab), [int(cue in r.cues) for r in rows])
    names = sorted(vocab, key=vocab.__getitem__)
    return float(model.intercept_[0]), {g: float(w) for g, w in zip(names, model.coef_[0]) if w}


def out_of_writer(rows: list[Row], cue: str, c: float, l1: bool, upset_only: bool,
                  min_df: int) -> list[tuple[float, float]]:
    """(probability, n-gram sum) of each row from a head fitted without its writer."""
    from sklearn.model_selection import GroupKFold

    out = [(0.0, 0.0)] * len(rows)
    for train, test in GroupKFold(n_splits=5).split(rows, groups=[r.group for r in rows]):
        fold = [rows[i] for i in train if rows[i].negative or not upset_only]
        bias, weights = fit_head(fold, cue, c, l1, min_df)
        for i in test:
            s = sum(weights.get(g, 0.0) for g in rows[i].grams)
            z = bias + s
            out[i] = (0.0 if z < -40 else 1.0 / (1.0 + math.exp(-z)), s)
    return out


def report(rows: list[Row], cue: str, scored: list[tuple[float, float]], precision: float) -> str:
    labelled = sum(cue in r.cues for r in rows)
    missed = sum(1 for r in rows if r.negative and cue in r.cues and cue not in r.found)
    candidates = sorted((i for i, r in enumerate(rows) if r.negative and cue not in r.found and scored[i][1] > 0),
                        key=lambda i: -scored[i][0])
    right = [int(cue in rows[i].cues) for i in candidates]
    top = "  ".join(f"top {k}: {sum(right[:k])}/{k - sum(right[:k])}" for k in TOP if k <= len(right))
    best = "none"
    for k in range(3, len(right) + 1):
        if (k == len(right) or scored[candidates[k]][0] < scored[candidates[k - 1]][0]) \
                and sum(right[:k]) >= 3 and sum(right[:k]) / k >= precision:
            best = f"{scored[candidates[k - 1]][0]:.3f} ({sum(right[:k])} right, {k - sum(right[:k])} wrong)"
    upset = sorted((i for i, r in enumerate(rows) if r.negative), key=lambda i: -scored[i][0])
    tp = fp = found_alone = 0
    for i in upset:
        tp, fp = tp + (cue in rows[i].cues), fp + (cue not in rows[i].cues)
        if tp >= 3 and tp / (tp + fp) >= precision:
            found_alone = tp
    upset_labelled = sum(cue in rows[i].cues for i in upset)
    return (f"{cue:18} labelled {labelled:4}  pattern misses on upset {missed:3}  added right/wrong {top}\n"
            f"{'':18} threshold at precision >= {precision}: {best}; head alone: {found_alone} of {upset_labelled}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cues", default=",".join(CUES))
    ap.add_argument("--c", type=float, default=1.0)
    ap.add_argument("--l1", action="store_true", help="L1 instead of L2 (a sparse head)")
    ap.add_argument("--upset-only", action="store_true", help="fit each head on the upset-judged rows only")
    ap.add_argument("--min-df", type=int, default=2)
    ap.add_argument("--rounds", default="", help="read writers of more rounds, e.g. 19,20")
    ap.add_argument("--precision", type=float, default=0.85)
    a = ap.parse_args()
    rows = training_rows(tuple(int(n) for n in a.rounds.split(",") if n))
    for cue in a.cues.split(","):
        scored = out_of_writer(rows, cue, a.c, a.l1, a.upset_only, a.min_df)
        print(report(rows, cue, scored, a.precision), flush=True)


if __name__ == "__main__":
    main()
