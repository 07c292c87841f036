"""The ingress benchmark's baseline: an endpoint in the same app that only enqueues a no-op RQ job.

Served only by the benchmark (bench/harness.py starts it with `python -m bench.baseline_app`): production apps
never have it."""

import os
import sys
import time

from flask import Blueprint, current_app, jsonify, request

from calmdesk.ops.web_server import CalmdeskWeb
from webhooks.app import create_app

bp = Blueprint("bench_baseline", __name__)
NOOP_JOB = "bench.jobs.noop"


@bp.post("/bench/baseline")
def baseline():
    # Enqueued the way ingress enqueues (RQ's writes in one MULTI), so the ratio measures only what ingress adds:
    # verifying, parsing, normalising and deduplicating.
    queue = current_app.extensions["calmdesk_queue"]
    with queue.connection.pipeline() as pipe:
        queue.enqueue_call(NOOP_JOB, args=({},), result_ttl=0, pipeline=pipe)
        pipe.execute()
    return jsonify(status="queued"), 202


def create_app_with_baseline():
    app = create_app()
    app.register_blueprint(bp)
    slow_ms = float(os.environ.get("CALMDESK_BENCH_SLOW_INGRESS_MS") or 0)
    if slow_ms:  # a deliberately slowed build, for bench/compare.py's own test

        @app.before_request
        def slow_down():
            if request.path.startswith("/webhooks/"):
                time.sleep(slow_ms / 1000)

    return app


if __name__ == "__main__":
    CalmdeskWeb(sys.argv[1], int(sys.argv[2]), app_factory=create_app_with_baseline).run()
