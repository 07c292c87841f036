"""k-fold cross-validation of the detector's learned parts on the NON-held-out part of the dev corpus.

For each fold the learned parts (bench/learned_layers.py: the upset head over interpretable features and word
n-grams) are fitted on the other folds (plus the project's own
tests/data/helpdesk_messages.jsonl) and the fold is scored as ../shared/tools/score.py scores a file: precision,
recall and F1 of "upset", the share of calm messages flagged, each cue's recall and precision. Printed: the mean
over folds, and the pooled figures (all folds' predictions together; steadier for rare cues).
The held-out ids (bench/heldout_ids.txt) are never read.

The cue patterns and the marks were written reading these lines, so they flatter this figure too; the learned parts
are re-fitted per fold and are honest.

Run: .venv/bin/python bench/cv_detector.py [--folds 5] [--baseline] [--json]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.learned_layers import CORPUS_CUES, Params, authored_rows, corpus_rows, fit, predict, project_rows  # noqa: E402
from bench.train_detector import PARAMS  # noqa: E402


def folds_of(rows, k: int, seed: int = 0):
    """Stratified by label, deterministic."""
    order = sorted(range(len(rows)), key=lambda i: rows[i].id)
    random.Random(seed).shuffle(order)
    upset = [i for i in order if rows[i].upset]
    calm = [i for i in order if not rows[i].upset]
    fold = [[] for _ in range(k)]
    for n, i in enumerate(upset + calm):
        fold[n % k].append(i)
    return fold


def score(pairs):
    """pairs: (row, negative, cues)."""
    tp = sum(1 for r, n, _ in pairs if r.upset and n)
    fp = sum(1 for r, n, _ in pairs if not r.upset and n)
    fn = sum(1 for r, n, _ in pairs if r.upset and not n)
    calm = sum(1 for r, _, _ in pairs if not r.upset)
    p, rc = tp / max(1, tp + fp), tp / max(1, tp + fn)
    out = {"f1": 2 * p * rc / max(1e-9, p + rc), "precision": p, "recall": rc, "calm_flagged": fp / max(1, calm)}
    k = defaultdict(Counter)
    for r, _, got in pairs:
        want = r.cues or set()
        for c in want | got:
            k[c]["tp" if c in want and c in got else "fn" if c in want else "fp"] += 1
    for c in CORPUS_CUES:
        t = k[c]
        if t["tp"] + t["fn"]:
            out[f"{c}.recall"] = t["tp"] / (t["tp"] + t["fn"])
        if t["tp"] + t["fp"]:
            out[f"{c}.precision"] = t["tp"] / (t["tp"] + t["fp"])
    return out


def run(params: Params, k: int = 5, seed: int = 0, use_project: bool = True, use_authored: bool = True):
    """Folds of the corpus's training lines; every fold's model also learns from the project set and (unless
    use_authored is False) the authored set, which are never scored here."""
    rows = corpus_rows()
    extra = project_rows() if use_project else []
    authored = authored_rows() if use_authored else []
    per_fold, pooled = [], []
    for test_idx in folds_of(rows, k, seed):
        test = set(test_idx)
        train = [r for i, r in enumerate(rows) if i not in test] + authored
        weights, lexical = fit(train + extra, params)
        pairs = [(rows[i], *predict(weights, lexical, rows[i])) for i in test_idx]
        per_fold.append(score(pairs))
        pooled.extend(pairs)
    mean = {key: sum(f[key] for f in per_fold if key in f) / max(1, sum(1 for f in per_fold if key in f))
            for key in per_fold[0].keys() | {k2 for f in per_fold for k2 in f}}
    return mean, score(pooled)


def cross(params: Params):
    """Fitted on the corpus's training lines and the project set only, scored on the authored set: how the method
    does on text written by other hands than the training data's."""
    train = corpus_rows()
    weights, lexical = fit(train + project_rows(), params)
    pairs = [(r, *predict(weights, lexical, r)) for r in authored_rows()]
    return score(pairs), score(pairs)


def held_out_batch(params: Params):
    """Fitted as bench/train_detector.py fits (corpus training lines, authored and project sets), scored on the
    authored batch that is never trained on (tests/data/helpdesk_authored_heldout.jsonl)."""
    train = corpus_rows() + authored_rows()
    weights, lexical = fit(train + project_rows(), params)
    pairs = [(r, *predict(weights, lexical, r)) for r in authored_rows(held_out=True)]
    return score(pairs), score(pairs)


def show(mean, pooled):
    print(f"{'':28}{'mean':>8}{'pooled':>8}")
    for key in ("f1", "precision", "recall", "calm_flagged"):
        print(f"{key:28}{mean[key]:8.3f}{pooled[key]:8.3f}")
    for c in CORPUS_CUES:
        for m in ("recall", "precision"):
            key = f"{c}.{m}"
            print(f"{key:28}{mean.get(key, float('nan')):8.3f}{pooled.get(key, float('nan')):8.3f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--baseline", action="store_true", help="the first round's method: interpretable features only")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--no-authored", action="store_true", help="train the folds without tests/data/helpdesk_authored.jsonl")
    ap.add_argument("--cross", action="store_true", help="fit without the authored set and score it instead")
    ap.add_argument("--held-out-batch", action="store_true", help="fit on all training sets, score the authored "
                                                                   "held-out batch")
    a = ap.parse_args()
    params = Params(lexical_upset=False) if a.baseline else PARAMS
    if a.held_out_batch:
        mean, pooled = held_out_batch(params)
    elif a.cross:
        mean, pooled = cross(params)
    else:
        mean, pooled = run(params, a.folds, a.seed, use_authored=not a.no_authored)
    if a.json:
        print(json.dumps({"params": params.__dict__, "mean": mean, "pooled": pooled}, indent=1, default=list))
    else:
        print(params)
        show(mean, pooled)


if __name__ == "__main__":
    main()
