"""Detector speed against VADER alone, in interleaved rounds in one process: messages per second of CPU time on
ticket-length texts (150-400 characters). Run: .venv/bin/python bench/detector_speed.py [--rounds N]"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.detector import load_helpdesk_set, ticket_length_texts, vader  # noqa: E402
from bench.rounds import interleave  # noqa: E402
from worker.detector import detect  # noqa: E402


def rate(function, texts: list[str], seconds: float) -> float:
    """Messages per second of this process's CPU time (other load on the machine counts less)."""
    done, start = 0, time.process_time()
    while time.process_time() - start < seconds:
        for text in texts:
            function(text)
        done += len(texts)
    return done / (time.process_time() - start)


def run(rounds: int = 7, seconds: float = 0.8) -> dict:
    texts = ticket_length_texts(load_helpdesk_set())
    analyzer = vader()
    detect(texts[0])  # build the lexicon before timing
    figure = interleave("detector_speed_ratio", lambda: rate(analyzer.polarity_scores, texts, seconds),
                        lambda: rate(detect, texts, seconds), rounds=rounds, unit="msgs/s")
    return {"figures": {figure.name: figure.to_dict()},
            "values": {"detector_msgs_per_s": round(figure.subject), "vader_msgs_per_s": round(figure.baseline),
                       "detector_texts": len(texts), "detector_mean_chars": round(sum(map(len, texts)) / len(texts))}}


if __name__ == "__main__":
    args = sys.argv[1:]
    print(json.dumps(run(rounds=int(args[args.index("--rounds") + 1]) if "--rounds" in args else 7), indent=2))
