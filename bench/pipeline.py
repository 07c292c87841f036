"""Time to note (webhook to note posted at the stand-in Zendesk, idle system) and backlog drain (2,000 upset
events, 4 workers, the stand-in enforcing a per-minute limit with 429 + Retry-After), then the resident memory
of the web and worker processes. Run: .venv/bin/python bench/pipeline.py [--quick]"""

from __future__ import annotations

import json
import logging
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import requests  # noqa: E402

from bench.harness import TOKEN, Stack, percentile, rss_mb, signed  # noqa: E402
from calmdesk.sandbox.serving import ServerThread  # noqa: E402
from calmdesk.sandbox.zendesk import ZendeskSandbox  # noqa: E402

logging.getLogger("werkzeug").setLevel(logging.ERROR)  # the stand-in's request log would bury the figures

UPSET = ("This is the third time I'm writing about order #{n}. It is still not here, nobody answers, and frankly "
         "this is unacceptable. I want a manager to call me today.")


def _deliver(session: requests.Session, url: str, sandbox: ZendeskSandbox, ticket: int, comment: dict) -> int:
    body, headers = signed(sandbox.comment_added_event(ticket, comment))
    return session.post(f"{url}/webhooks/zendesk", data=body, headers=headers, timeout=30).status_code


def time_to_note(samples: int = 25) -> dict:
    """From the webhook's 202 to the note's PUT arriving at the stand-in (its own request log, not our polling).

    Samples are spaced SAMPLE_GAP apart, as tickets arrive on an idle system. Back to back, each sample's note,
    tags and follow-up task (three ticket updates) would drain the plan's ticket-update budget (High Volume:
    300 a minute, one every 200 ms), and the shared rate limiter would then pace the next note PUT by design:
    that pacing was the 190-200 ms "floor" the earlier runs reported, not calmdesk's own latency."""
    sandbox = ZendeskSandbox(api_token=TOKEN)
    with ServerThread(sandbox.app) as helpdesk, Stack(zendesk_url=helpdesk.url,
                                                      extra_env={"ZENDESK_PLAN": "high_volume"}) as stack:
        url = stack.start_web()
        stack.start_workers(1)
        session = requests.Session()
        latencies = []
        for n in range(samples + 3):
            ticket = sandbox.create_ticket(f"Order {n}", "Dana Whitfield", "Where is my order?")
            comment = sandbox.customer_says(ticket, UPSET.format(n=n))
            assert _deliver(session, url, sandbox, ticket, comment) == 202
            accepted = time.monotonic()  # the same clock as the stand-in's request log
            deadline = accepted + 30
            while not sandbox.notes(ticket):
                if time.monotonic() > deadline:
                    raise RuntimeError(f"no note on ticket {ticket} after 30 s")
                time.sleep(0.005)
            note_put = next(r for r in sandbox.log.matching("PUT", f"/api/v2/tickets/{ticket}")
                            if r.path == f"/api/v2/tickets/{ticket}")
            if n >= 3:  # the first few warm the worker's imports
                latencies.append(note_put.at - accepted)
            while len(stack.processes) and _queue_busy(stack):  # let the follow-up finish: an idle system
                time.sleep(0.01)
            time.sleep(SAMPLE_GAP)
    return {"note_p50_ms": round(percentile(latencies, 50) * 1000, 1),
            "note_p95_ms": round(percentile(latencies, 95) * 1000, 1), "note_samples": len(latencies)}


SAMPLE_GAP = 1.0  # seconds: the update bucket refills (3 updates at 300/min take 0.6 s)


def _queue_busy(stack: Stack) -> bool:
    import redis
    from rq import Queue
    from rq.registry import StartedJobRegistry

    conn = redis.Redis.from_url(stack.redis.url)
    queue = Queue("calmdesk", connection=conn)
    return bool(len(queue) or StartedJobRegistry(queue=queue).count)


def drain(limit: int, events: int = 2000, workers: int = 4, timeout: float = 900, fork: bool = False) -> dict:
    sandbox = ZendeskSandbox(api_token=TOKEN, limit_per_minute=limit)
    config = Path(tempfile.mkdtemp()) / "calmdesk.yaml"
    config.write_text("followups:\n  enabled: false\n")
    with ServerThread(sandbox.app) as helpdesk, Stack(zendesk_url=helpdesk.url, extra_env={
            "CALMDESK_CONFIG": str(config), "ZENDESK_RATE_LIMIT": f"all={limit},updates={limit}"}) as stack:
        url = stack.start_web()
        tickets = [sandbox.create_ticket(f"Order {n}", f"Customer{n} Example", "Where is my order?")
                   for n in range(events)]
        comments = [sandbox.customer_says(t, UPSET.format(n=t)) for t in tickets]
        worker_processes = stack.start_workers(workers, fork=fork)
        session = requests.Session()
        with ThreadPoolExecutor(16) as pool:
            statuses = list(pool.map(lambda tc: _deliver(session, url, sandbox, *tc), zip(tickets, comments)))
        if statuses.count(202) != events:
            raise RuntimeError(f"ingress accepted {statuses.count(202)}/{events}")
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if sum(1 for t in tickets if sandbox.notes(t)) == events and not _queue_busy(stack):
                break
            time.sleep(0.5)
        requests_made = [r for r in sandbox.log.requests if r.path.startswith("/api/v2/")]
        first, last = requests_made[0].at, requests_made[-1].at
        served = [r for r in requests_made if r.status != 429]
        elapsed_min = max(1e-9, (last - first) / 60)
        counts = [len(sandbox.notes(t)) for t in tickets]
        figures = {
            "drain_limit_per_min": limit,
            "drain_calls": len(served),
            "drain_minutes": round(elapsed_min, 2),
            "drain_rate_per_min": round(len(served) / elapsed_min, 1),
            "drain_ratio": round(len(served) / elapsed_min / limit, 3),
            "drain_429": sandbox.log.throttled,
            "drain_429_after_first_window": sum(1 for t in sandbox.log.throttled_at if t - first > 60),
            "drain_lost": counts.count(0),
            "drain_doubled": sum(1 for c in counts if c > 1),
            "web_rss_mb": rss_mb(stack.web.pid),
            "worker_rss_mb": max(rss_mb(p.pid) for p in worker_processes),
        }
    return figures


def run(quick: bool = False) -> dict:
    figures = time_to_note()
    main = drain(700, events=300 if quick else 2000)
    figures.update({k: v for k, v in main.items()})
    high = drain(2500, events=300 if quick else 2000)
    figures.update({f"{k}_2500" if k.startswith("drain") else f"{k}_after_2500": v for k, v in high.items()})
    return figures


if __name__ == "__main__":
    print(json.dumps(run(quick="--quick" in sys.argv), indent=2))
