"""Writes bench/heldout_ids.txt: the part of ../shared/data/helpdesk_dev.jsonl kept out of all tuning.

An id is held out when sha256(id) mod 10 < 3 (about 26 %). The rule, not a random draw, so anyone can rebuild it.
Score that part with: python3 ../shared/tools/score.py detector ../shared/data/helpdesk_dev.jsonl --ids bench/heldout_ids.txt
"""
import hashlib
import json
import sys
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "helpdesk_dev.jsonl"


def held_out(message_id: str) -> bool:
    return int(hashlib.sha256(message_id.encode()).hexdigest(), 16) % 10 < 3


if __name__ == "__main__":
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else CORPUS
    ids = [json.loads(line)["id"] for line in corpus.open(encoding="utf-8") if line.strip()]
    out = Path(__file__).with_name("heldout_ids.txt")
    out.write_text("".join(f"{i}\n" for i in ids if held_out(i)))
    print(f"{sum(held_out(i) for i in ids)} of {len(ids)} held out -> {out}")
