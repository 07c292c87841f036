"""Run the reliability suite and print its figures: hostile inputs tried and 5xx answers, each fault injected and
its outcome, notes lost and doubled, slow clients held against `calmdesk run`, and the detector's worst time on
100 kB of adversarial text, and the whole note's beside it (the note reads the detector's capped text too). The
figures come from the same test runs as the asserts (tests/figures.py); the two stages' times are measured here, each
shape in its own process with a time limit.

    .venv/bin/python bench/reliability_figures.py            # Markdown table on stdout
    .venv/bin/python bench/reliability_figures.py --json     # the raw records
    .venv/bin/python bench/reliability_figures.py --times-only   # the detector's and the note's times alone
Exit status: pytest's, or 1 when any 5xx, lost or doubled note was counted.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SUITE = ["tests/system/test_hostile_input.py", "tests/integration/test_openapi.py", "tests/system/test_faults.py", "tests/system/test_exactly_once.py",
         "tests/integration/test_durability.py", "tests/system/test_secrets.py",
         "tests/integration/test_hostile_ingress.py", "tests/integration/test_admin_attacks.py",
         "tests/system/test_slow_clients.py"]
# 100 kB of each: the shapes issue 16 found slow (H2: blank lines, whitespace) and the ones it asked to try.
DETECTOR_SHAPES = {"blank lines": "\n", "whitespace": " \t\n ", "angle brackets": "<", "quotes": "\"'",
                   "punctuation": "!?.,;", "mixed scripts": "é中\u0645\u05d0 ", "ordinary text":
                   "This is the third time I write. Still nothing, I want a refund! ",
                   # session 9: one endless sentence that sends each cue span's filter back over it
                   "urgency before a threat": "if you don't refund me now by friday or i'll sue and post on facebook ",
                   "someone else's post": "the dog walker has posted photos of my door on instagram "}
DETECTOR_LIMIT_SECONDS = 120.0


def run_suite() -> tuple[int, list[dict]]:
    with tempfile.TemporaryDirectory() as scratch:
        figures = Path(scratch) / "figures.jsonl"
        env = {**os.environ, "CALMDESK_FIGURES": str(figures)}
        result = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *SUITE], cwd=ROOT,
                                env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        print(result.stdout.strip().splitlines()[-1] if result.stdout.strip() else "(pytest printed nothing)",
              file=sys.stderr)
        if result.returncode != 0:
            print(result.stdout[-5000:], file=sys.stderr)
        records = [json.loads(line) for line in figures.read_text().splitlines()] if figures.exists() else []
    return result.returncode, records


# What each stage runs on the text: the detector alone, and the whole note (preview: the detector, then the
# situation, facts and draft), which reads the same capped text (docs/detector.md, "The cap, and time").
STAGES = {"detector": "from worker.detector import detect as run",
          "note": "from worker.writing.preview import preview; run = lambda text: preview(text, '', None)"}


def stage_times(stage: str = "detector", size: int = 100_000) -> dict[str, float | None]:
    """Seconds `stage` takes on `size` characters of each shape; None when it ran past DETECTOR_LIMIT_SECONDS."""
    times: dict[str, float | None] = {}
    for name, unit in DETECTOR_SHAPES.items():
        code = ("import sys, time; %s; text = (sys.argv[1] * %d)[:%d]; "
                "started = time.perf_counter(); run(text); print(time.perf_counter() - started)") % (
                    STAGES[stage], size // len(unit) + 1, size)
        try:
            result = subprocess.run([sys.executable, "-c", code, unit], cwd=ROOT, capture_output=True, text=True,
                                    timeout=DETECTOR_LIMIT_SECONDS)
            times[name] = float(result.stdout.strip()) if result.returncode == 0 else None
        except subprocess.TimeoutExpired:
            times[name] = None
    return times


def report(records: list[dict]) -> tuple[str, bool]:
    hostile = [r for r in records if r["kind"] == "hostile"]
    openapi = [r for r in records if r["kind"] == "openapi"]
    faults = [r for r in records if r["kind"] == "fault"]
    secrets = [r for r in records if r["kind"] == "secrets"]
    requests = sum(r["requests"] for r in hostile + openapi)
    errors = sum(r["server_errors"] for r in hostile + openapi)
    documented = sum(r.get("not_configured_503", 0) + r.get("documented_503", 0) for r in hostile + openapi)
    lost, doubled = sum(r["lost"] for r in faults), sum(r["doubled"] for r in faults)
    lines = ["## Hostile input", "", "| test | requests | 5xx | documented 503 |", "| --- | ---: | ---: | ---: |"]
    per_test: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for r in hostile:
        row = per_test[r["test"]]
        row[0] += r["requests"]; row[1] += r["server_errors"]; row[2] += r["not_configured_503"]  # noqa: E702
    for r in openapi:
        row = per_test[f"schemathesis {r['operation']}"]
        row[0] += r["requests"]; row[1] += r["server_errors"]; row[2] += r["documented_503"]  # noqa: E702
    lines += [f"| {name} | {a} | {b} | {c} |" for name, (a, b, c) in per_test.items()]
    lines += [f"| **total** | **{requests}** | **{errors}** | {documented} |", "",
              "## Faults", "", "| fault | notes expected | notes on the ticket | lost | doubled | outcome |",
              "| --- | ---: | ---: | ---: | ---: | --- |"]
    lines += [f"| {r['fault']} | {r['expected']} | {r['posted']} | {r['lost']} | {r['doubled']} | {r['outcome']} |"
              for r in faults]
    lines += [f"| **total ({len(faults)} runs)** | {sum(r['expected'] for r in faults)} | "
              f"{sum(r['posted'] for r in faults)} | **{lost}** | **{doubled}** | |"]
    for r in secrets:
        lines += ["", "## Secrets", "", f"{r['secrets']} secret forms searched in {r['log_bytes']} bytes of logs, "
                  f"{r['error_bodies']} response bodies and {r['redis_values']} Redis values "
                  f"({r['job_hashes']} job hashes, all JSON): {r['leaks']} found."]
    slow = [r for r in records if r["kind"] == "slow_clients"]
    for r in slow:
        lines += ["", "## Slow clients", "", f"{r['connections']} connections trickling 1 byte every 3 s (half in "
                  f"the headers, half in a declared 100 kB body), held {r['held_seconds']} s against `calmdesk run` "
                  f"({r['still_open']} still open at the end): {r['probes']} probes of /healthz and signed Zendesk "
                  f"deliveries, slowest /healthz {r['worst_healthz_seconds']} s, slowest delivery "
                  f"{r['worst_delivery_seconds']} s (limit 2 s)."]
    detector = [r for r in records if r["kind"] == "detector"]
    for r in detector:
        notes = r.get("note_times", {})
        lines += ["", "## Detector and note on 100 kB of adversarial text", "",
                  "| shape | detector seconds | note seconds |", "| --- | ---: | ---: |"]
        lines += [f"| {name} | {_seconds(t)} | {_seconds(notes.get(name, 0.0))} |" for name, t in r["times"].items()]
        lines += [f"| **worst** | **{_worst(r['times'])}** | **{_worst(notes)}** |"]
    slow_ok = all(max(r["worst_healthz_seconds"], r["worst_delivery_seconds"]) < 2 for r in slow) and bool(slow)
    ok = (errors == 0 and lost == 0 and doubled == 0 and all(r["leaks"] == 0 for r in secrets) and bool(faults)
          and slow_ok)
    return "\n".join(lines), ok


def _seconds(t: float | None) -> str:
    return f"> {DETECTOR_LIMIT_SECONDS:.0f} (stopped)" if t is None else f"{t:.2f}"


def _worst(times: dict[str, float | None]) -> str:
    known = [t for t in times.values() if t is not None]
    return f"> {DETECTOR_LIMIT_SECONDS:.0f}" if None in times.values() else f"{max(known, default=0.0):.2f}"


def main() -> int:
    # --times-only: the two stages' times alone, without the suite
    code, records = (0, []) if "--times-only" in sys.argv else run_suite()
    records.append({"kind": "detector", "times": stage_times("detector"), "note_times": stage_times("note")})
    if "--json" in sys.argv:
        print(json.dumps(records, indent=1))
        ok = True
    else:
        text, ok = report(records)
        print(text)
    return code or (0 if ok else 1)


if __name__ == "__main__":
    sys.exit(main())
