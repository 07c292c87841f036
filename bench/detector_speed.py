"""Detector speed against VADER alone, measured by pyperf in interleaved rounds: each round runs
bench/detector_pyperf.py once for VADER and once for calmdesk (alternating which goes first), each in fresh pyperf
worker processes pinned to the same core, and the figure is the median of the per-round ratios of messages per
second (wall time, as pyperf measures it). Not pinned (see MEASURED_BY). Run: .venv/bin/python bench/detector_speed.py [--rounds N]"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

import pyperf

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.detector import load_helpdesk_set, ticket_length_texts  # noqa: E402
from bench.rounds import interleave  # noqa: E402

SCRIPT = REPO / "bench" / "detector_pyperf.py"
# Not pinned: on a 2-core machine without isolated CPUs (isolcpus), pinning both sides to one core only makes them
# share that core with whatever else lands there; unpinned, the scheduler gives each run the idle core.
MEASURED_BY = "pyperf 2.11, fresh worker processes per side per round, unpinned"


def pyperf_args(quick: bool) -> list[str]:
    """Fresh processes and values per side per round: enough for pyperf's median, few enough for 7 rounds."""
    return ["--processes", "2" if quick else "3", "--values", "3", "--warmups", "1", "--min-time", "0.05"]


def measure(side: str, quick: bool) -> float:
    """Messages per second of one pyperf run of `side`: texts per value / pyperf's median seconds per value."""
    with tempfile.TemporaryDirectory(prefix="calmdesk-pyperf-") as scratch:
        out = Path(scratch) / f"{side}.json"
        subprocess.run([sys.executable, str(SCRIPT), "--side", side, "--quiet", "-o", str(out), *pyperf_args(quick)],
                       cwd=REPO, check=True, stdout=subprocess.DEVNULL)
        benchmark = pyperf.Benchmark.load(str(out))
    texts = int(benchmark.get_metadata()["texts_per_value"])
    return texts / benchmark.median()


def run(rounds: int = 7, quick: bool = False) -> dict:
    texts = ticket_length_texts(load_helpdesk_set())
    figure = interleave("detector_speed_ratio", lambda: measure("vader", quick), lambda: measure("calmdesk", quick),
                        rounds=rounds, unit="msgs/s")
    return {"figures": {figure.name: figure.to_dict()},
            "values": {"detector_msgs_per_s": round(figure.subject), "vader_msgs_per_s": round(figure.baseline),
                       "detector_texts": len(texts), "detector_mean_chars": round(sum(map(len, texts)) / len(texts)),
                       "detector_measured_by": MEASURED_BY}}


if __name__ == "__main__":
    args = sys.argv[1:]
    print(json.dumps(run(rounds=int(args[args.index("--rounds") + 1]) if "--rounds" in args else 7,
                         quick="--quick" in args), indent=2))
