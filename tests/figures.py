"""Figures the reliability suite measures, appended as JSON lines to $CALMDESK_FIGURES when it is set.

bench/reliability_figures.py sets it, runs the suite and adds the lines up; without it, recording does nothing.
"""

from __future__ import annotations

import json
import os


def record(kind: str, **figures) -> None:
    path = os.environ.get("CALMDESK_FIGURES")
    if path:
        with open(path, "a", encoding="utf-8") as out:
            out.write(json.dumps({"kind": kind, **figures}) + "\n")


def record_notes(fault: str, expected: int, posted: int, outcome: str) -> None:
    """One fault run: how many notes should exist, how many the stand-in helpdesk holds, what happened."""
    record("fault", fault=fault, expected=expected, posted=posted, lost=max(0, expected - posted),
           doubled=max(0, posted - expected), outcome=outcome)


def tally_responses(app, test: str):
    """Count every response app gives from now on; call the returned function at the end of the test to record
    them with the hostile-input totals (bench/reliability_figures.py)."""
    seen = {"requests": 0, "server_errors": 0}

    @app.after_request
    def count(response):
        seen["requests"] += 1
        seen["server_errors"] += response.status_code >= 500
        return response

    def save() -> None:
        record("hostile", test=test, requests=seen["requests"], server_errors=seen["server_errors"],
               not_configured_503=0)

    return save
