"""Trains the detector's learned layer and writes worker/detector/weights.json.

Training data: the project's own set (tests/data/helpdesk_messages.jsonl) and the part of the dev corpus
(../shared/data/helpdesk_dev.jsonl) that is NOT held out (bench/heldout_ids.txt, rule in bench/split_corpus.py).
Never the held-out part, never the airline tweets (CC BY-NC-SA: nothing shipped is trained on them).

A logistic regression (scikit-learn, the `dev` extra) over the ~20 interpretable features of
worker.detector.model.FEATURES, L2-regularised, class-balanced; the threshold is the one that keeps calm messages
flagged at or under MAX_CALM_FLAGGED (3 %) on cross-validated predictions of the training data. Deterministic: liblinear, no shuffling.

Run: .venv/bin/python bench/train_detector.py [--dry-run]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from worker.detector.model import FEATURES  # noqa: E402
from worker.detector import DetectionContext, features  # noqa: E402

CORPUS = REPO.parent / "shared" / "data" / "helpdesk_dev.jsonl"
HELD_OUT = REPO / "bench" / "heldout_ids.txt"
PROJECT_SET = REPO / "tests" / "data" / "helpdesk_messages.jsonl"
WEIGHTS = REPO / "worker" / "detector" / "weights.json"
C = 1.0  # L2 strength: a small model over few features, kept from leaning on any one of them
MAX_CALM_FLAGGED = 0.03  # under the 5 % target: the patterns were written reading this data, so its figures flatter


def training_rows() -> list[tuple[str, DetectionContext, bool]]:
    held = {line.strip() for line in HELD_OUT.read_text().splitlines() if line.strip()}
    rows = []
    for line in CORPUS.read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            if r["id"] not in held:
                rows.append((r["text"], DetectionContext(requester_name=r.get("requester_name") or "",
                                                         subject=r.get("subject") or ""), r["label"] == "upset"))
    for line in PROJECT_SET.read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            rows.append((r["text"], DetectionContext(), r["label"] == "negative"))
    return rows


def main() -> None:
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold, cross_val_predict

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dry-run", action="store_true", help="print the figures, do not write the weights")
    args = parser.parse_args()
    rows = training_rows()
    x = [[features(text, context).get(name, 0.0) for name in FEATURES] for text, context, _ in rows]
    y = [int(label) for _, _, label in rows]
    model = LogisticRegression(C=C, class_weight="balanced", solver="liblinear", max_iter=1000)
    folds = StratifiedKFold(n_splits=5, shuffle=False)
    p_cv = [p[1] for p in cross_val_predict(model, x, y, cv=folds, method="predict_proba")]
    threshold = _threshold(p_cv, y)
    model.fit(x, y)
    weights = [round(float(w), 4) for w in model.coef_[0]]
    bias = round(float(model.intercept_[0]), 4)
    _report(p_cv, y, threshold)
    for name, w in sorted(zip(FEATURES, weights), key=lambda item: -abs(item[1])):
        print(f"  {name:20} {w:+.3f}")
    if args.dry_run:
        return
    WEIGHTS.write_text(json.dumps({
        "about": "calmdesk detector: logistic regression weights, written by bench/train_detector.py",
        "trained_on": f"{len(rows)} messages: tests/data/helpdesk_messages.jsonl and helpdesk_dev.jsonl minus "
                      "bench/heldout_ids.txt",
        "features": list(FEATURES), "weights": weights, "bias": bias, "threshold": threshold,
    }, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {WEIGHTS.relative_to(REPO)} (threshold {threshold})")


def _threshold(p: list[float], y: list[int]) -> float:
    """The lowest threshold (best recall) that flags at most MAX_CALM_FLAGGED of the calm messages, on cross-validated
    probabilities, and never below 0.5."""
    calm = sorted((pi for pi, yi in zip(p, y) if not yi), reverse=True)
    allowed = int(MAX_CALM_FLAGGED * len(calm))
    cut = calm[allowed] if allowed < len(calm) else 0.0
    return round(max(0.5, cut + 1e-4), 4)


def _report(p: list[float], y: list[int], threshold: float) -> None:
    flagged = [pi >= threshold for pi in p]
    tp = sum(f and yi for f, yi in zip(flagged, y))
    fp = sum(f and not yi for f, yi in zip(flagged, y))
    fn = sum(yi and not f for f, yi in zip(flagged, y))
    precision, recall = tp / max(1, tp + fp), tp / max(1, tp + fn)
    f1 = 2 * precision * recall / max(1e-9, precision + recall)
    calm = sum(1 for yi in y if not yi)
    print(f"cross-validated on {len(y)} training messages at threshold {threshold}: precision {precision:.3f} "
          f"recall {recall:.3f} F1 {f1:.3f}, calm flagged {fp / calm:.3f}")


if __name__ == "__main__":
    main()
