"""`make bench`: every benchmark, each figure beside its baseline from the same run; writes bench/results.json
and the table in BENCHMARKS.md. Takes about nine minutes on 2 cores. `--quick` drains 300 events instead of 2,000."""

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

from bench import detector, ingress, pipeline  # noqa: E402

TARGETS = [
    # key, target text, check, baseline key
    ("ingress_ratio", ">= 0.9", lambda v: v >= 0.9, None),
    ("ingress_rps", "", None, "ingress_baseline_rps"),
    ("ingress_p99_ms", "<= 25 (c=16)", lambda v: v <= 25, "ingress_baseline_p99_ms"),
    ("ingress_ratio_c64", "", None, None),
    ("ingress_p99_ms_c64", "", None, "ingress_baseline_p99_ms_c64"),
    ("note_p50_ms", "", None, None),
    ("note_p95_ms", "<= 1000", lambda v: v <= 1000, None),
    ("drain_ratio", ">= 0.95", lambda v: v >= 0.95, None),
    ("drain_429_after_first_window", "0", lambda v: v == 0, None),
    ("drain_429", "", None, None),
    ("drain_lost", "0", lambda v: v == 0, None),
    ("drain_doubled", "0", lambda v: v == 0, None),
    ("drain_ratio_2500", ">= 0.95", lambda v: v >= 0.95, None),
    ("drain_429_after_first_window_2500", "0", lambda v: v == 0, None),
    ("drain_lost_2500", "0", lambda v: v == 0, None),
    ("drain_doubled_2500", "0", lambda v: v == 0, None),
    ("detector_msgs_per_s", ">= 5000", lambda v: v >= 5000, "vader_msgs_per_s"),
    ("web_rss_mb", "< 150", lambda v: v < 150, None),
    ("worker_rss_mb", "< 150", lambda v: v < 150, None),
]


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name")),
               platform.processor())
    return f"{os.cpu_count()} cores, {cpu}, Python {platform.python_version()}, {platform.system()}"


def detector_figures() -> dict:
    figures = detector.run()
    speed = figures.get("speed", figures)
    return {"detector_msgs_per_s": round(speed.get("detector_msgs_per_s", 0)),
            "vader_msgs_per_s": round(speed.get("vader_msgs_per_s", 0)),
            "detector_airline_f1": figures.get("airline", {}).get("detector", {}).get("f1"),
            "vader_airline_f1": figures.get("airline", {}).get("vader", {}).get("f1")}


def table(results: dict) -> str:
    rows = ["| figure | value | baseline (same run) | target | met |", "| --- | --- | --- | --- | --- |"]
    for key, target, check, baseline in TARGETS:
        value = results.get(key)
        met = "" if check is None or value is None else ("yes" if check(value) else "**no**")
        rows.append(f"| `{key}` | {value} | {results.get(baseline, '') if baseline else ''} | {target} | {met} |")
    return "\n".join(rows)


def main() -> None:
    quick = "--quick" in sys.argv
    only = next((a.split("=", 1)[1].split(",") for a in sys.argv if a.startswith("--only=")), None)
    began = time.time()
    saved = REPO / "bench" / "results.json"
    # --only=ingress reruns one part and keeps the other figures from the last full run (marked in the file).
    results: dict = json.loads(saved.read_text()) if only and saved.exists() else {}
    for name, step in (("detector", detector_figures), ("ingress", ingress.run),
                       ("pipeline", lambda: pipeline.run(quick=quick))):
        if only and name not in only:
            continue
        print(f"running {name} ...", flush=True)
        results.update(step())
    if only:
        results["partial_rerun"] = ",".join(only)
    results["bench_seconds"] = round(time.time() - began)
    results["machine"] = machine()
    results["when"] = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True)
    results["commit"] = commit.stdout.strip()
    results["quick"] = quick
    (REPO / "bench" / "results.json").write_text(json.dumps(results, indent=2, sort_keys=True) + "\n")
    rendered = table(results)
    doc = REPO / "BENCHMARKS.md"
    head = doc.read_text().split("<!-- results -->")[0] if doc.exists() else "# Benchmarks\n\n"
    doc.write_text(f"{head}<!-- results -->\n{results['when']}, commit {results['commit']}, {results['machine']}; "
                   f"{results['bench_seconds']} s{' (quick)' if quick else ''}.\n\n{rendered}\n")
    print(rendered)


if __name__ == "__main__":
    main()
