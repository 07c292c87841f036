"""Counters kept in Redis, so every web process and every RQ worker adds to the same numbers (/metrics reads them).

Each call is one line at its instrumentation point and never raises: a metrics failure must not fail a webhook
or a job. Label values come from calmdesk's own vocabulary (helpdesk names, results, HTTP statuses), never from
customer input, so the number of series stays small.
"""

from __future__ import annotations

import atexit
import json
import threading
import logging
import time
from typing import Any
from calmdesk.keys import counter_key, histogram_key

log = logging.getLogger("calmdesk.state.counters")
# Seconds: a note within a second of the decision, up to the longest retry backoff (15 min) and beyond.
BUCKETS = (0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900, 3600)

# What /metrics exposes: name -> (kind, help, label names). count()/observe() with other names are ignored.
METRICS = {
    "webhooks": ("counter", "Webhook deliveries by helpdesk and result", ("helpdesk", "result")),
    "notes": ("counter", "Note jobs by helpdesk and outcome (posted, found-on-ticket, already-posted)",
              ("helpdesk", "outcome")),
    "followups": ("counter", "Follow-ups by helpdesk and what happened to them", ("helpdesk", "outcome")),
    "helpdesk_api_calls": ("counter", "Calls to helpdesk APIs by method and HTTP status (or timeout, connection)",
                           ("method", "status")),
    "job_latency_seconds": ("histogram", "Seconds from a job's enqueueing to its end, by job", ("job",)),
}

_bound: Any = None


def bind(conn: Any) -> None:
    """The connection helpdesk calls are counted on outside a job (a CLI command, a test); None unbinds."""
    global _bound
    _bound = conn


def _labels(name: str, labels: dict[str, Any]) -> str:
    wanted = METRICS[name][2]
    return json.dumps([str(labels.get(label, "")) for label in wanted])


def count(conn: Any, name: str, amount: int = 1, **labels: Any) -> None:
    """Add `amount` to a counter; silently does nothing without a connection or when Redis fails."""
    if conn is None or name not in METRICS:
        return
    try:
        conn.hincrby(counter_key(name), _labels(name, labels), amount)
    except Exception as exc:  # noqa: BLE001 - a metric is never worth a failed request
        log.debug("counter not recorded name=%s error=%s", name, type(exc).__name__)


class CounterBuffer:
    """Counts kept in process and written at most once a second in one pipeline: for the webhook hot path,
    where a Redis round trip per request would cost more than the request's own work. At most a second of
    counts is lost if the process dies."""

    def __init__(self, interval: float = 1.0):
        self.interval = interval
        self.pending: dict[tuple[str, str], int] = {}
        self.lock = threading.Lock()
        self.flushed_at = time.monotonic()
        self.conn: Any = None
        atexit.register(self.flush)

    def add(self, conn: Any, name: str, amount: int = 1, **labels: Any) -> None:
        if conn is None or name not in METRICS:
            return
        key = (name, _labels(name, labels))
        with self.lock:
            self.conn = conn
            self.pending[key] = self.pending.get(key, 0) + amount
            due = time.monotonic() - self.flushed_at >= self.interval
        if due:
            self.flush()

    def flush(self) -> None:
        with self.lock:
            pending, self.pending = self.pending, {}
            self.flushed_at = time.monotonic()
            conn = self.conn
        if not pending or conn is None:
            return
        try:
            with conn.pipeline(transaction=False) as pipe:
                for (name, field), amount in pending.items():
                    pipe.hincrby(counter_key(name), field, amount)
                pipe.execute()
        except Exception as exc:  # noqa: BLE001 - a metric is never worth a failed request
            log.debug("counters not recorded count=%d error=%s", len(pending), type(exc).__name__)


buffered = CounterBuffer()


def observe(conn: Any, name: str, seconds: float, **labels: Any) -> None:
    """Record one observation in a histogram (cumulative buckets, sum and count, as Prometheus wants)."""
    if conn is None or name not in METRICS:
        return
    try:
        key, series = histogram_key(name), _labels(name, labels)
        pipe = conn.pipeline(transaction=False)
        for bound in BUCKETS:
            if seconds <= bound:
                pipe.hincrby(key, f"{series}|{bound}", 1)
        pipe.hincrbyfloat(key, f"{series}|sum", max(0.0, seconds))
        pipe.hincrby(key, f"{series}|count", 1)
        pipe.execute()
    except Exception as exc:  # noqa: BLE001
        log.debug("observation not recorded name=%s error=%s", name, type(exc).__name__)


def _current_connection() -> Any:
    try:
        from rq import get_current_job

        job = get_current_job()
    except Exception:  # noqa: BLE001
        job = None
    return job.connection if job is not None else _bound


def count_helpdesk_call(method: str, status: int | str) -> None:
    """For worker/helpdesks/base.py send(): counted on the running job's Redis (or the bound one)."""
    count(_current_connection(), "helpdesk_api_calls", method=method.upper(), status=status)


def count_note(conn: Any, helpdesk: str, outcome: str, job: Any = None) -> None:
    """For the note job: one note outcome, and how long the job took from enqueueing to now."""
    count(conn, "notes", helpdesk=helpdesk, outcome=outcome)
    enqueued = getattr(job, "enqueued_at", None)
    if enqueued is not None:
        started = enqueued.timestamp() if hasattr(enqueued, "timestamp") else float(enqueued)
        observe(conn, "job_latency_seconds", time.time() - started, job=getattr(job, "func_name", "") or "job")


def read_counters(conn: Any, name: str) -> dict[tuple[str, ...], int]:
    raw = conn.hgetall(counter_key(name))
    return {tuple(json.loads(k)): int(v) for k, v in raw.items()}


def read_histogram(conn: Any, name: str) -> dict[tuple[str, ...], dict[str, float]]:
    """series labels -> {"0.5": n, ..., "sum": s, "count": c}"""
    series: dict[tuple[str, ...], dict[str, float]] = {}
    for field, value in conn.hgetall(histogram_key(name)).items():
        labels, _, part = field.decode().rpartition("|")
        series.setdefault(tuple(json.loads(labels)), {})[part] = float(value)
    return series
