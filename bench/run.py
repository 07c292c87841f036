"""`make bench`: every comparison in interleaved rounds (bench/rounds.py), each figure with its median, spread and
rounds; writes bench/results.json and the table in BENCHMARKS.md. About 10 minutes on 2 cores.
The run it replaces is kept as bench/results-previous.json and compared with the new one (bench/compare.py).
`make bench-quick` (--quick): fewer and shorter rounds, for a developer's loop (about 5 minutes).

Compare two runs with: .venv/bin/python bench/compare.py OLD.json NEW.json
"""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench import compare, detector_speed, ingress, pipeline  # noqa: E402
from bench.rounds import NOISY_SPREAD, likely_cause  # noqa: E402

# Targets: (kind, key, text, check). kind "figure" checks a figure's median; "value" a single value.
TARGETS = [
    ("figure", "ingress_ratio", ">= 0.9 of the bare-enqueue baseline (c=16)", lambda v: v >= 0.9),
    ("figure", "ingress_ratio_c64", "", None),
    ("figure", "ingress_p99_ms", "", None),
    ("figure", "ingress_p99_ms_c64", "", None),
    ("figure", "detector_speed_ratio", "", None),
    ("value", "detector_msgs_per_s", ">= 5000", lambda v: v >= 5000),
    ("figure", "drain_ratio_700", ">= 0.95 of the limit", lambda v: v >= 0.95),
    ("figure", "drain_ratio_2500", ">= 0.95 of the limit", lambda v: v >= 0.95),
    ("value", "drain_lost_700", "0", lambda v: v == 0),
    ("value", "drain_doubled_700", "0", lambda v: v == 0),
    ("value", "drain_throttled_after_first_window_700", "0", lambda v: v == 0),
    ("value", "drain_lost_2500", "0", lambda v: v == 0),
    ("value", "drain_doubled_2500", "0", lambda v: v == 0),
    ("value", "drain_throttled_after_first_window_2500", "0", lambda v: v == 0),
    ("value", "note_p50_ms", "<= 50 (202 to the note's arrival)", lambda v: v <= 50),
    ("value", "note_p95_ms", "<= 1000", lambda v: v <= 1000),
    ("value", "ingress_web_rss_mb", "< 150 (master + 2 workers)", lambda v: v < 150),
    ("value", "worker_rss_mb_after_drain_2500", "< 150", lambda v: v < 150),
]


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name")),
               platform.processor())
    return f"{os.cpu_count()} cores, {cpu}, Python {platform.python_version()}, {platform.system()}"


def collect(quick: bool) -> dict:
    results: dict = {"figures": {}, "values": {}}
    steps = (("detector", lambda: detector_speed.run(rounds=3 if quick else 7, quick=quick)),
             ("ingress", lambda: ingress.run(rounds=3 if quick else 7, seconds=2 if quick else 3)),
             ("pipeline", lambda: pipeline.run(quick=quick)))
    results["step_seconds"] = {}
    for name, step in steps:
        print(f"running {name} ...", flush=True)
        began = time.monotonic()
        part = step()
        results["step_seconds"][name] = round(time.monotonic() - began)
        results["figures"].update(part["figures"])
        results["values"].update(part["values"])
    return results


def table(results: dict) -> str:
    rows = ["| figure | median | spread (min–max) | rounds | baseline → calmdesk | target | met |",
            "| --- | --- | --- | --- | --- | --- | --- |"]
    notes = []
    for kind, key, target, check in TARGETS:
        if kind == "figure":
            figure = results["figures"].get(key)
            if not figure:
                continue
            met = "" if check is None else ("yes" if check(figure["median"]) else "**no**")
            spread = f"{figure['low']}–{figure['high']} (±{100 * figure['spread']:.0f} %)"
            if figure["noisy"]:
                spread += " **noisy**"
                notes.append(f"- `{key}` spread ±{100 * figure['spread']:.0f} % is wider than "
                             f"±{100 * NOISY_SPREAD:.0f} %: {likely_cause(figure.get('noise') or {})}.")
            rows.append(f"| `{key}` | {figure['median']} | {spread} | {figure['rounds']} | "
                        f"{figure['baseline']} → {figure['subject']} {figure['unit']} | {target} | {met} |")
        else:
            value = results["values"].get(key)
            if value is None:
                continue
            met = "" if check is None else ("yes" if check(value) else "**no**")
            rows.append(f"| `{key}` | {value} | | | | {target} | {met} |")
    return "\n".join(rows + ([""] + notes if notes else []))


def main() -> None:
    quick = "--quick" in sys.argv
    out = next((Path(a.split("=", 1)[1]) for a in sys.argv if a.startswith("--out=")), REPO / "bench" / "results.json")
    began = time.time()
    results = collect(quick)
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True)
    results.update({"commit": commit.stdout.strip(), "machine": machine(), "quick": quick,
                    "when": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
                    "bench_seconds": round(time.time() - began)})
    previous = out.with_name(out.stem.replace("results", "results-previous") + out.suffix)
    if out.exists():
        previous.write_text(out.read_text())
    out.write_text(json.dumps(results, indent=2, sort_keys=True) + "\n")
    rendered = table(results)
    if out == REPO / "bench" / "results.json":
        doc = REPO / "BENCHMARKS.md"
        head = doc.read_text().split("<!-- results -->")[0] if doc.exists() else "# Benchmarks\n\n"
        doc.write_text(f"{head}<!-- results -->\n{results['when']}, commit {results['commit']}, {results['machine']}; "
                       f"{results['bench_seconds']} s{' (quick)' if quick else ''}; "
                       f"{results['values'].get('ingress_generator', '')}.\n\n{rendered}\n")
    print(rendered)
    print(f"written: {out}")
    if previous.exists():
        print(f"against the run before ({previous.name}):")
        compare.main([str(previous), str(out)])


if __name__ == "__main__":
    main()
