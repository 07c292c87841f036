"""One pyperf benchmark of one side of the detector comparison: calmdesk's detect() or VADER's polarity_scores, each
call analysing the same 127 ticket-length texts (150-400 characters).

pyperf (https://pyperf.readthedocs.io) does the measuring: it spawns fresh worker processes, calibrates the loop
count, discards warm-ups and stores every value. bench/detector_speed.py runs this script once per side per round,
interleaved (VADER, calmdesk, calmdesk, VADER, ...), and reads the JSON it writes.

    .venv/bin/python bench/detector_pyperf.py --side calmdesk --processes 2 --values 3 -o /tmp/calmdesk.json
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import pyperf  # noqa: E402

from bench.detector import load_helpdesk_set, ticket_length_texts, vader  # noqa: E402
from worker.detector import detect  # noqa: E402

SIDES = ("vader", "calmdesk")


def _pass_side(cmd: list[str], args) -> None:
    """pyperf re-runs this script in its worker processes: they must measure the same side."""
    cmd.extend(("--side", args.side))


def main() -> None:
    runner = pyperf.Runner(add_cmdline_args=_pass_side)
    runner.argparser.add_argument("--side", choices=SIDES, required=True)
    args = runner.parse_args()
    texts = ticket_length_texts(load_helpdesk_set())
    analyse = vader().polarity_scores if args.side == "vader" else detect
    analyse(texts[0])  # build lexicons and weights before any timed loop

    def one_batch() -> None:
        for text in texts:
            analyse(text)

    runner.metadata["texts_per_value"] = str(len(texts))
    runner.bench_func(f"detector_{args.side}", one_batch)


if __name__ == "__main__":
    main()
