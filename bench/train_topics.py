"""Train calmdesk's small topic model (multinomial naive Bayes over word stems) on the dev corpus, held-out part excluded.

    python bench/train_topics.py ../shared/data/helpdesk_dev.jsonl [--ids-out bench/heldout_ids.txt]

Writes worker/topic_model.json: per topic, how often each word stem occurs (only counts, never text). Prints the
leave-one-out accuracy on the training part for the model alone and combined with the keyword families, so a
change can be judged without touching the held-out part.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from worker.writing.topic_model import TopicModel, features  # noqa: E402
from worker.writing.facts import own_text_end  # noqa: E402


def rows_for_training(path: str, heldout: Path) -> list[dict]:
    held = {line.strip() for line in heldout.read_text().splitlines() if line.strip()}
    return [r for r in (json.loads(line) for line in open(path, encoding="utf-8") if line.strip()) if r["id"] not in held]


def counts(rows) -> dict:
    per_topic: dict[str, Counter] = defaultdict(Counter)
    docs: Counter = Counter()
    for r in rows:
        text = r["text"][:own_text_end(r["text"])]
        per_topic[r["topic"]].update(features(text, r.get("subject", "")))
        docs[r["topic"]] += 1
    return {"docs": dict(docs), "words": {t: dict(c) for t, c in per_topic.items()}}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("--heldout", default=str(ROOT / "bench" / "heldout_ids.txt"))
    a = ap.parse_args()
    rows = rows_for_training(a.corpus, Path(a.heldout))
    from worker.writing.topics import choose_topic

    upset = [r for r in rows if r["label"] == "upset"]
    alone = combined = keywords = 0
    for r in upset:  # leave one out
        model = TopicModel(counts([x for x in rows if x is not r]))
        text = r["text"][:own_text_end(r["text"])]
        alone += model.best(text, r.get("subject", ""))[0] == r["topic"]
        keywords += choose_topic(text, r.get("subject", ""), r["cues"], model=None) == r["topic"]
        combined += choose_topic(text, r.get("subject", ""), r["cues"], model=model) == r["topic"]
    n = len(upset)
    print(f"leave-one-out on {n} upset training messages: model {alone / n:.3f}, keywords {keywords / n:.3f}, "
          f"combined {combined / n:.3f}")
    out = ROOT / "worker" / "topic_model.json"
    out.write_text(json.dumps(counts(rows), ensure_ascii=False, sort_keys=True, separators=(",", ":")))
    print(f"wrote {out} from {len(rows)} training messages")


if __name__ == "__main__":
    main()
