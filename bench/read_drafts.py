"""Print the drafts calmdesk writes for a sample of a round's upset lines, for reading as a support lead would.

    .venv/bin/python bench/read_drafts.py ROUND WRITER[,WRITER...] N [--seed S]

Each message is shown with its labels (topic, cues), the topic and cues calmdesk chose, the brief and the reply draft.
The sample is random.Random(seed).sample of the writers' upset lines in file order, so a reading can be repeated: the
counts of drafts not sendable in docs/playbooks.md come from it (session 21: round 21's writers 62 and 63, 15 each;
round 22's writer 65, 30). Never run it on a writer listed in tests/data/roundN_unread_ids.txt: those are held out.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.read_rounds import lines, round_path, unread_ids  # noqa: E402
from worker.writing.preview import preview  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("round", type=int)
    ap.add_argument("writers", help="writer numbers, comma-separated (the id's middle part: nb-62-004 -> 62)")
    ap.add_argument("n", type=int)
    ap.add_argument("--seed", type=int, default=21)
    a = ap.parse_args()
    writers = set(a.writers.split(","))
    unread = unread_ids(a.round) if (REPO / "tests" / "data" / f"round{a.round}_unread_ids.txt").exists() else set()
    rows = [r for r in lines(round_path(a.round)) if r["id"].split("-")[1] in writers and r["label"] == "upset"]
    if any(r["id"] in unread for r in rows):
        sys.exit("these writers are held out (roundN_unread_ids.txt): their lines are never read")
    for r in random.Random(a.seed).sample(rows, min(a.n, len(rows))):
        d = preview(r["text"], name=r.get("requester_name") or None, locale=r.get("lang") or None, subject=r.get("subject") or "")
        print("=" * 100)
        print(r["id"], r["lang"], "labelled topic", r["topic"], "cues", r["cues"], "| calmdesk", d["topic"], d["cues"], "flagged", d["flagged"])
        print("SUBJECT:", r.get("subject"), "| NAME:", r.get("requester_name"))
        print(r["text"])
        print("--- BRIEF:", d["brief"])
        print("--- DRAFT:")
        print(d["reply_text"])


if __name__ == "__main__":
    main()
