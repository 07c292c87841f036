"""Which figures moved beyond their spread between two benchmark runs: the command to run before and after a change.

    .venv/bin/python bench/compare.py OLD.json NEW.json

A figure moved when the new median lies outside the old run's min–max range of per-round ratios AND the old median
lies outside the new run's range: two runs on the same code overlap, a real change does not. Exit status 1 when any
figure moved (so a script can stop on it), 0 otherwise.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def moved(old: dict, new: dict) -> list[dict]:
    """One entry per figure present in both runs whose change is beyond both runs' spread."""
    changes = []
    for name in sorted(set(old.get("figures", {})) & set(new.get("figures", {}))):
        a, b = old["figures"][name], new["figures"][name]
        if a["low"] <= b["median"] <= a["high"] or b["low"] <= a["median"] <= b["high"]:
            continue
        better = (b["median"] < a["median"]) if b.get("lower_is_better") else (b["median"] > a["median"])
        changes.append({"figure": name, "old": a["median"], "new": b["median"],
                        "old_range": [a["low"], a["high"]], "new_range": [b["low"], b["high"]],
                        "direction": "better" if better else "worse"})
    return changes


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    old, new = (json.loads(Path(path).read_text()) for path in argv)
    changes = moved(old, new)
    shared = set(old.get("figures", {})) & set(new.get("figures", {}))
    for change in changes:
        print(f"moved: {change['figure']} {change['old']} -> {change['new']} ({change['direction']}; "
              f"old range {change['old_range'][0]}–{change['old_range'][1]}, "
              f"new range {change['new_range'][0]}–{change['new_range'][1]})")
    print(f"{len(changes)} of {len(shared)} figures moved beyond their spread "
          f"({old.get('commit', '?')} -> {new.get('commit', '?')})")
    return 1 if changes else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
