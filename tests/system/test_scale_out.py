"""Scale-out on the engine calmdesk already uses: two web processes and three workers, each its own process,
against one Redis with a backlog. Nothing lost, nothing doubled, and the helpdesk's rate limit shared by all."""

from __future__ import annotations

import json
import re
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timezone

import requests

from calmdesk.helpdesks.zendesk.webhook import sign_zendesk_body
from calmdesk.queue import named_queue
from tests.conftest import ZENDESK_SECRET, ZENDESK_TOKEN
from tests.system.loopback import free_port, start_web
from tests.worker_processes import WorkerProcess, wait_for

TICKETS = 30
LIMIT_PER_MINUTE = 480  # 8 calls a second for the whole account, whatever the number of workers
UPDATES_PER_MINUTE = 240  # ticket writes, Zendesk's second limit
WINDOW = 10.0  # seconds; the limiter allows its rate over a window plus a burst of at most ten calls
BURST = 10


def delivery(zendesk, ticket_id: int) -> tuple[bytes, dict]:
    body = json.dumps(zendesk.comment_added_event(ticket_id, zendesk.comments[ticket_id][-1])).encode()
    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    return body, {"Content-Type": "application/json", "X-Zendesk-Webhook-Signature-Timestamp": stamp,
                  "X-Zendesk-Webhook-Signature": sign_zendesk_body(ZENDESK_SECRET, stamp, body)}


def busiest_window(times: list[float], width: float) -> int:
    times = sorted(times)
    best, start = 0, 0
    for end, at in enumerate(times):
        while at - times[start] > width:
            start += 1
        best = max(best, end - start + 1)
    return best


def test_two_web_processes_and_three_workers_share_one_redis(redis, redis_url, zendesk, tmp_path):
    zendesk.log.limit_per_minute = LIMIT_PER_MINUTE  # the stand-in answers 429 beyond it, as Zendesk does
    env = {"REDIS_URL": redis_url, "ZENDESK_URL": zendesk.url, "ZENDESK_EMAIL": zendesk.email,
           "ZENDESK_API_TOKEN": ZENDESK_TOKEN, "ZENDESK_WEBHOOK_SECRET": ZENDESK_SECRET,
           "ZENDESK_RATE_LIMIT": f"all={LIMIT_PER_MINUTE},updates={UPDATES_PER_MINUTE}", "WEB_CONCURRENCY": "1",
           "CALMDESK_DATA_DIR": str(tmp_path / "data")}
    ports = [free_port(), free_port()]
    webs = [start_web(env, port) for port in ports]
    workers: list[WorkerProcess] = []
    try:
        tickets = [zendesk.create_ticket(f"Order #{n}", f"Customer {n}",
                                         f"Third time I write about order #{n}. Nobody answers, this is unacceptable. "
                                         "Refund me now or I cancel.") for n in range(TICKETS)]

        # Every delivery reaches both web processes (a helpdesk retrying to another instance behind the proxy).
        def deliver(pair):
            index, ticket_id = pair
            body, headers = delivery(zendesk, ticket_id)
            order = ports if index % 2 == 0 else ports[::-1]
            return [requests.post(f"http://127.0.0.1:{port}/webhooks/zendesk", data=body, headers=headers,
                                  timeout=15).status_code for port in order]

        with ThreadPoolExecutor(8) as pool:
            answers = list(pool.map(deliver, enumerate(tickets)))
        assert all(sorted(pair) == [200, 202] for pair in answers), answers  # one queued, one duplicate
        backlog = len(named_queue(redis, "calmdesk"))
        assert backlog == TICKETS

        calls_before = len(zendesk.log.requests)
        started = time.monotonic()
        workers = [WorkerProcess(env) for _ in range(3)]
        wait_for(lambda: all(zendesk.notes(t) for t in tickets), 180, "a note on every ticket")
        drained = time.monotonic() - started
        notes = [len(zendesk.notes(t)) for t in tickets]
        assert notes == [1] * TICKETS  # nothing lost, nothing doubled

        def idle() -> bool:
            return len(named_queue(redis, "calmdesk")) == 0
        wait_for(idle, 60, "the queue to empty")
        made = zendesk.log.requests[calls_before:]
        calls = [r.at for r in made]
        busiest = busiest_window(calls, WINDOW)
        allowed = LIMIT_PER_MINUTE / 60 * WINDOW + BURST
        writes = busiest_window([r.at for r in made if r.method in ("PUT", "POST")], WINDOW)
        writes_allowed = UPDATES_PER_MINUTE / 60 * WINDOW + BURST
        assert zendesk.log.throttled == 0  # no 429: the three workers never went over the account's limit
        assert busiest <= allowed and writes <= writes_allowed, (busiest, allowed, writes, writes_allowed)
        # Any job counts: the 30 analyses take a moment and the first worker up may take them all, while the
        # rate-limited notes are what the backlog is made of.
        served_by = {w.process.pid for w in workers if re.search(r"(?:analysed|note \w+) helpdesk=zendesk", w.log())}
        assert len(served_by) >= 2, "the backlog was not shared between workers"
        print(f"\nscale-out: {TICKETS} tickets, each delivered to both web processes: {TICKETS} queued, {TICKETS} "
              f"duplicates answered 200; 3 workers drained the backlog in {drained:.1f}s with {len(calls)} helpdesk "
              f"calls; notes per ticket {min(notes)}..{max(notes)}; busiest {WINDOW:.0f}s window {busiest} calls "
              f"(limit {LIMIT_PER_MINUTE}/min allows {allowed:.0f}), ticket writes {writes} (limit {UPDATES_PER_MINUTE}/min "
              f"allows {writes_allowed:.0f}); 429s {zendesk.log.throttled}; "
              f"workers that ran jobs {len(served_by)}/3")
    finally:
        for worker in workers:
            worker.stop()
        for web in webs:
            web.stop()
