"""The ingress benchmark's baseline: an endpoint in the same app that only enqueues a no-op RQ job.

Registered only when CALMDESK_BENCH_BASELINE=1, so production apps never expose it."""

from flask import Blueprint, current_app, jsonify

bp = Blueprint("bench_baseline", __name__)
NOOP_JOB = "worker.bench_jobs.noop"


@bp.post("/bench/baseline")
def baseline():
    # Enqueued the way ingress enqueues (RQ's writes in one MULTI), so the ratio measures only what ingress adds:
    # verifying, parsing, normalising and deduplicating.
    queue = current_app.extensions["calmdesk_queue"]
    with queue.connection.pipeline() as pipe:
        queue.enqueue_call(NOOP_JOB, args=({},), result_ttl=0, pipeline=pipe)
        pipe.execute()
    return jsonify(status="queued"), 202
