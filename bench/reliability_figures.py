"""Run the reliability suite and print its figures: hostile inputs tried and 5xx answers, each fault injected and
its outcome, notes lost and doubled. The figures come from the same test runs as the asserts (tests/figures.py).

    .venv/bin/python bench/reliability_figures.py            # Markdown table on stdout
    .venv/bin/python bench/reliability_figures.py --json     # the raw records
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
         "tests/integration/test_durability.py", "tests/system/test_secrets.py"]


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
    ok = errors == 0 and lost == 0 and doubled == 0 and all(r["leaks"] == 0 for r in secrets) and bool(faults)
    return "\n".join(lines), ok


def main() -> int:
    code, records = run_suite()
    if "--json" in sys.argv:
        print(json.dumps(records, indent=1))
        ok = True
    else:
        text, ok = report(records)
        print(text)
    return code or (0 if ok else 1)


if __name__ == "__main__":
    sys.exit(main())
