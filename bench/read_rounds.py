"""Which lines of the project's labelled rounds (tests/data/helpdesk_roundN.jsonl) may be read and trained on: the one
owner of that rule, for every trainer in bench/ (the topic words, the grievance ranker, the detector's learned layer).

Rounds 4-6 and 8-28 each hold writers never read (tests/data/roundN_unread_ids.txt): their lines are held out, only
ever scored. Every other line of those rounds, and all of round 7 (no unread writers), is read.
"""

from __future__ import annotations

import json
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"
UNREAD_ROUNDS = (4, 5, 6, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28)  # rounds with writers never read: those lines are held out
ALL_ROUNDS = UNREAD_ROUNDS[:-11]  # rounds 4-17 (with round 7, always read whole); rounds 18-28's read writers are not trained on by the grievance ranker


def lines(path: Path, keep=lambda rid: True) -> list[dict]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in rows if keep(r["id"])]


def ids(path: Path) -> set[str]:
    return {line.strip() for line in path.read_text().splitlines() if line.strip()}


def round_path(n: int) -> Path:
    return DATA / f"helpdesk_round{n}.jsonl"


def unread_ids(n: int) -> set[str]:
    return ids(DATA / f"round{n}_unread_ids.txt")


def read_round_lines(rounds: tuple[int, ...] = ALL_ROUNDS) -> list[dict]:
    """The read writers' lines of these rounds (never an id in roundN_unread_ids.txt), then all of round 7."""
    rows = []
    for n in rounds:
        unread = unread_ids(n)
        rows += lines(round_path(n), lambda rid, unread=unread: rid not in unread)
    return rows + lines(DATA / "helpdesk_round7.jsonl")


def unread_round_lines(n: int) -> list[dict]:
    """Round n's unread writers: a held-out set (score it, never read it)."""
    unread = unread_ids(n)
    return lines(round_path(n), lambda rid: rid in unread)
