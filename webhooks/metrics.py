"""GET /metrics in Prometheus text format, from the counters in Redis (calmdesk/counters.py) and the queue's state.

Webhook results are counted here, after each /webhooks/ response, so ingress itself carries no metrics code.
Protected by default (issue 16, L6): without CALMDESK_METRICS_TOKEN the path answers 404, as if absent; with it,
a scrape must send `Authorization: Bearer <token>` (Prometheus: `authorization: {credentials: <token>}`).
"""

from __future__ import annotations

import hmac
import json
import time

import redis
from flask import Blueprint, Response, abort, current_app, g, request
from prometheus_client import CollectorRegistry, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, HistogramMetricFamily
from prometheus_client.exposition import CONTENT_TYPE_LATEST

from calmdesk.state import counters
from calmdesk.keys import FOLLOWUP_SCHEDULE_KEY

bp = Blueprint("metrics", __name__)
_CLOSED_STATES = {"done", "closed", "cancelled", "canceled", "completed", "kept", "resolved"}


class RedisCollector:
    """Reads every number at scrape time; nothing is held in this process."""

    def __init__(self, conn: redis.Redis, queue_name: str):
        self.conn, self.queue_name = conn, queue_name

    def collect(self):
        try:
            families = list(self._families())
            up = 1
        except (redis.RedisError, OSError):
            families, up = [], 0
        yield from families
        yield GaugeMetricFamily("calmdesk_redis_up", "1 when Redis answered this scrape", value=up)

    def _families(self):
        for name, (kind, help_text, labels) in counters.METRICS.items():
            if kind == "counter":
                family = CounterMetricFamily(f"calmdesk_{name}", help_text, labels=list(labels))
                for series, value in sorted(counters.read_counters(self.conn, name).items()):
                    family.add_metric(list(series), value)
            else:
                family = HistogramMetricFamily(f"calmdesk_{name}", help_text, labels=list(labels))
                for series, parts in sorted(counters.read_histogram(self.conn, name).items()):
                    buckets = [(str(float(b)), parts.get(str(b), 0.0)) for b in counters.BUCKETS]
                    buckets.append(("+Inf", parts.get("count", 0.0)))
                    family.add_metric(list(series), buckets, parts.get("sum", 0.0))
            yield family
        yield from self._queue_families()
        yield self._followups_family()

    def _queue_families(self):
        from rq import Queue
        from rq.serializers import JSONSerializer

        queue = Queue(self.queue_name, connection=self.conn, serializer=JSONSerializer)
        family = GaugeMetricFamily("calmdesk_queue_jobs", "Jobs in the queue and its registries",
                                   labels=["queue", "state"])
        family.add_metric([queue.name, "queued"], queue.count)
        for state, registry in (("started", queue.started_job_registry), ("scheduled", queue.scheduled_job_registry),
                                ("deferred", queue.deferred_job_registry), ("failed", queue.failed_job_registry)):
            family.add_metric([queue.name, state], registry.count)
        yield family

    def _followups_family(self):
        family = GaugeMetricFamily("calmdesk_followups_open", "Open follow-ups: due later, or overdue",
                                   labels=["state"])
        due, overdue = followup_counts(self.conn)
        family.add_metric(["due"], due)
        family.add_metric(["overdue"], overdue)
        return family


def followup_counts(conn: redis.Redis, now: float | None = None) -> tuple[int, int]:
    """(due later, overdue) among open follow-ups in the sorted set another module keeps; (0, 0) when absent."""
    now = time.time() if now is None else now
    due = overdue = 0
    for member, score in conn.zrange(FOLLOWUP_SCHEDULE_KEY, 0, -1, withscores=True):
        try:
            state = str(json.loads(member).get("state", "")).lower()
        except (ValueError, AttributeError):
            state = ""
        if state in _CLOSED_STATES:
            continue
        if score <= now:
            overdue += 1
        else:
            due += 1
    return due, overdue


@bp.get("/metrics")
def metrics():
    token = current_app.extensions["calmdesk_settings"].metrics_token
    if not token:
        abort(404)
    given = request.headers.get("Authorization", "").removeprefix("Bearer ").strip()
    if not hmac.compare_digest(given.encode(), token.encode()):
        abort(401)
    counters.buffered.flush()  # this process's last second of webhook counts; other workers flush within 1 s
    registry = CollectorRegistry(auto_describe=False)
    registry.register(RedisCollector(current_app.extensions["calmdesk_redis"],
                                     current_app.extensions["calmdesk_settings"].queue_name))
    return Response(generate_latest(registry), mimetype=CONTENT_TYPE_LATEST.split(";")[0],
                    headers={"Content-Type": CONTENT_TYPE_LATEST})


def _webhook_result(response) -> str:
    """The result ingress answered with: queued, duplicate, ignored, or its error name. Ingress names it in
    `g.webhook_result`; reading it back from the JSON body is the fallback (errors raised outside the view)."""
    named = g.get("webhook_result")
    if named:
        return named
    try:
        body = response.get_json(silent=True) or {}
    except Exception:  # noqa: BLE001
        body = {}
    result = body.get("status") or body.get("error") or f"http_{response.status_code}"
    return str(result)[:40]


@bp.after_app_request
def count_webhook(response):
    if request.method == "POST" and request.path.startswith("/webhooks/"):
        parts = request.path.split("/")
        sources = current_app.extensions.get("calmdesk_sources", {})
        helpdesk = parts[2] if len(parts) > 2 and parts[2] in sources else "unknown"
        counters.buffered.add(current_app.extensions.get("calmdesk_redis"), "webhooks", helpdesk=helpdesk,
                              result=_webhook_result(response))
    return response


def register(app) -> None:
    app.register_blueprint(bp)
