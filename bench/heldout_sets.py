"""The detector (and, with --topics, the note's topic) on every held-out set at once, in-process.

The sets are the ones no trainer and no rule was written from: the dev corpus's held-out part (bench/heldout_ids.txt),
the authored held-out set (tests/data/helpdesk_authored_heldout.jsonl) and each round's unread writers
(tests/data/roundN_unread_ids.txt; bench/read_rounds.py owns that rule). Per set: upset precision, recall, F1, calm
flagged, and with --topics the share of upset lines whose preview topic is the labelled one; then the sum over all sets.

The figures are those of ../shared/tools/score.py (detector: `calmdesk analyze --jsonl`, i.e. worker.detector.detect
with the requester name and subject; topic: `calmdesk preview --json`, i.e. worker.writing.preview.preview), without
a process per message. `--json` prints them as JSON, e.g. to compare two trees:

    .venv/bin/python bench/heldout_sets.py [--topics] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from bench.learned_layers import AUTHORED_HELD_OUT, CORPUS, HELD_OUT  # noqa: E402
from bench.read_rounds import UNREAD_ROUNDS, ids, lines, round_path, unread_ids  # noqa: E402
from worker.detector import DetectionContext, detect  # noqa: E402


@dataclass
class Figures:
    name: str
    lines: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    calm: int = 0
    topic_right: int = 0
    topic_scored: int = 0
    cues: dict = field(default_factory=dict)  # cue -> {"tp", "fn", "fp"}, as score.py counts them (every line)

    @property
    def f1(self) -> float:
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn) if self.tp else 0.0

    def add(self, other: Figures) -> None:
        for key in ("lines", "tp", "fp", "fn", "calm", "topic_right", "topic_scored"):
            setattr(self, key, getattr(self, key) + getattr(other, key))
        for cue, counts in other.cues.items():
            mine = self.cues.setdefault(cue, {"tp": 0, "fn": 0, "fp": 0})
            for key, value in counts.items():
                mine[key] += value

    def cue_figures(self) -> dict[str, dict]:
        """Each cue's labelled count, recall and precision, as score.py gives them."""
        out = {}
        for cue, k in sorted(self.cues.items()):
            tp, fn, fp = k["tp"], k["fn"], k["fp"]
            out[cue] = {"labelled": tp + fn, "recall": round(tp / (tp + fn), 3) if tp + fn else None,
                        "precision": round(tp / (tp + fp), 3) if tp + fp else None}
        return out

    def to_dict(self) -> dict:
        tp, fp, fn = self.tp, self.fp, self.fn
        return {**asdict(self), "precision": round(tp / (tp + fp), 4) if tp + fp else 0.0,
                "recall": round(tp / (tp + fn), 4) if tp + fn else 0.0, "f1": round(self.f1, 4),
                "topic": round(self.topic_right / self.topic_scored, 4) if self.topic_scored else None}


def held_out_sets() -> list[tuple[str, list[dict]]]:
    sets = []
    if CORPUS.exists():
        sets.append(("corpus held-out", lines(CORPUS, ids(HELD_OUT).__contains__)))
    sets.append(("authored held-out", lines(AUTHORED_HELD_OUT)))
    for n in UNREAD_ROUNDS:
        sets.append((f"round {n} unread", lines(round_path(n), unread_ids(n).__contains__)))
    return sets


def score(name: str, rows: list[dict], topics: bool) -> Figures:
    from worker.writing.preview import preview  # only with --topics: it loads the templates

    out = Figures(name, lines=len(rows))
    for row in rows:
        upset = row["label"] == "upset"
        verdict = detect(row["text"], DetectionContext(requester_name=row.get("requester_name") or "",
                                                       subject=row.get("subject") or ""))
        flagged = verdict.negative
        got, want = set(verdict.cues), set(row.get("cues") or [])
        for cue in got | want:
            counts = out.cues.setdefault(cue, {"tp": 0, "fn": 0, "fp": 0})
            counts["tp" if cue in want and cue in got else "fn" if cue in want else "fp"] += 1
        out.tp += upset and flagged
        out.fn += upset and not flagged
        out.fp += flagged and not upset
        out.calm += not upset
        if topics and upset and row.get("topic"):
            got = preview(row["text"], name=row.get("requester_name") or None, locale=row.get("locale") or None,
                          subject=row.get("subject") or "")["topic"]
            out.topic_scored += 1
            out.topic_right += got == row["topic"]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--topics", action="store_true", help="also the preview's topic on upset lines (slower)")
    parser.add_argument("--cues", action="store_true", help="also each cue's recall and precision over all the sets")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    total = Figures("all held-out sets")
    results = []
    for name, rows in held_out_sets():
        figures = score(name, rows, args.topics)
        total.add(figures)
        results.append(figures)
    results.append(total)
    if args.json:
        print(json.dumps([{**f.to_dict(), "cues": f.cue_figures()} for f in results], indent=1))
        return
    for f in results:
        d = f.to_dict()
        topic = f"  topic {d['topic']:.3f}" if d["topic"] is not None else ""
        print(f"{f.name:20} {f.lines:5}  P {d['precision']:.3f} R {d['recall']:.3f} F1 {d['f1']:.4f}  "
              f"calm flagged {f.fp}/{f.calm}{topic}")
    if args.cues:
        for cue, d in total.cue_figures().items():
            print(f"  cue {cue:20} labelled {d['labelled']:4}  recall {d['recall']}  precision {d['precision']}")


if __name__ == "__main__":
    main()
