"""compose.yaml's topology as processes on loopback (`make topology`): Debian's caddy (`tls internal`) running
deploy/Caddyfile, calmdesk web, two workers, Debian's Redis 7 with AOF and noeviction. A signed delivery through
the proxy gets a note; deliveries accepted while no worker runs survive a Redis restart and each gets one note."""

from __future__ import annotations

import json
import shutil
import time
from datetime import datetime, timezone

import pytest
import redis as redis_lib
import requests

from calmdesk.helpdesks.zendesk.webhook import sign_zendesk_body
from calmdesk.keys import delivery_key
from calmdesk.queue import named_queue
from tests.conftest import ZENDESK_SECRET, ZENDESK_TOKEN
from tests.system.loopback import CaddyProxy, RedisServer, free_port, start_web
from tests.worker_processes import WorkerProcess, wait_for

for tool in ("caddy", "redis-server"):
    if not shutil.which(tool):
        pytest.skip(f"no {tool} on PATH: apt-get install {tool} (.ci/run does)", allow_module_level=True)

ANGRY = ("This is the third time I am writing about order #{n}. Nobody answers and it is unacceptable. "
         "Refund me or I cancel my account.")


def signed_delivery(zendesk, ticket_id: int, comment: dict) -> tuple[bytes, dict]:
    body = json.dumps(zendesk.comment_added_event(ticket_id, comment)).encode()
    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    return body, {"Content-Type": "application/json", "X-Zendesk-Webhook-Signature-Timestamp": stamp,
                  "X-Zendesk-Webhook-Signature": sign_zendesk_body(ZENDESK_SECRET, stamp, body)}


def test_the_compose_topology_on_loopback(tmp_path, zendesk):
    redis_dir, caddy_dir = tmp_path / "redis", tmp_path / "caddy"
    redis_dir.mkdir()
    caddy_dir.mkdir()
    store = RedisServer(redis_dir).start()
    assert store.version().startswith("7.")
    web_port = free_port()
    env = {"REDIS_URL": store.url, "ZENDESK_URL": zendesk.url, "ZENDESK_EMAIL": zendesk.email,
           "ZENDESK_API_TOKEN": ZENDESK_TOKEN, "ZENDESK_WEBHOOK_SECRET": ZENDESK_SECRET, "WEB_CONCURRENCY": "1",
           "CALMDESK_TRUSTED_PROXIES": "1", "CALMDESK_DATA_DIR": str(tmp_path / "data")}
    web = start_web(env, web_port)
    proxy = CaddyProxy(caddy_dir, f"127.0.0.1:{web_port}").start()
    workers = [WorkerProcess(env), WorkerProcess(env)]
    ca = str(proxy.root_certificate)
    try:
        # One signed delivery through the proxy, over TLS verified against Caddy's internal CA.
        started = time.monotonic()
        ticket = zendesk.create_ticket("Order #1", "Dana Whitfield", ANGRY.format(n=1))
        body, headers = signed_delivery(zendesk, ticket, zendesk.comments[ticket][-1])
        answer = requests.post(proxy.url + "/webhooks/zendesk", data=body, headers=headers, verify=ca, timeout=10)
        assert answer.status_code == 202, answer.text
        wait_for(lambda: zendesk.notes(ticket), 60, "the note on the first ticket")
        first_note_seconds = time.monotonic() - started
        # The proxy refuses what calmdesk would refuse anyway, before it reaches calmdesk, and hides /metrics.
        # (Caddy 2.6.2 answers 502 when the limit trips while it buffers; later versions 413. Having answered, it may
        # close the connection while the client is still sending the 2 MB: on a loaded machine the client then reads a
        # broken response instead of the status. Either way the body was refused; a 2xx would fail.)
        try:
            oversized = requests.post(proxy.url + "/webhooks/zendesk", data=b"x" * (2 * 1024 * 1024), verify=ca,
                                      headers=headers, timeout=10).status_code
        except (requests.exceptions.ChunkedEncodingError, requests.exceptions.ConnectionError) as closed:
            assert not isinstance(closed, requests.exceptions.SSLError), closed
            oversized = "closed while sending"
        assert oversized in (413, 502, "closed while sending")
        assert requests.get(proxy.url + "/metrics", verify=ca, timeout=5).status_code == 404
        with pytest.raises(requests.exceptions.SSLError):
            requests.get(proxy.url + "/healthz", timeout=5)  # only Caddy's CA vouches for it: TLS is real

        # No worker: accepted deliveries wait in Redis. Restart Redis. They are all still there, and run once.
        for worker in workers:
            worker.stop()
        tickets = [zendesk.create_ticket(f"Order #{n}", f"Customer {n}", ANGRY.format(n=n)) for n in range(2, 7)]
        for ticket_id in tickets:
            body, headers = signed_delivery(zendesk, ticket_id, zendesk.comments[ticket_id][-1])
            assert requests.post(proxy.url + "/webhooks/zendesk", data=body, headers=headers, verify=ca,
                                 timeout=10).status_code == 202
        def queued() -> int:
            return len(named_queue(redis_lib.Redis.from_url(store.url), "calmdesk"))

        before = queued()
        store.restart()
        after = queued()
        assert before == after == len(tickets)
        # The dedup keys written in the same MULTI survived too: a retried delivery stays one job.
        conn = redis_lib.Redis.from_url(store.url)
        assert all(conn.exists(delivery_key("zendesk", f"event:01EV{zendesk.comments[t][-1]['id']:022d}"))
                   for t in tickets)
        workers = [WorkerProcess(env), WorkerProcess(env)]
        wait_for(lambda: all(zendesk.notes(t) for t in tickets), 90, "a note on every ticket after the restart")
        assert [len(zendesk.notes(t)) for t in [ticket, *tickets]] == [1] * 6
        print(f"\ntopology: caddy {proxy.version}, redis {store.version()}; first note through the proxy in "
              f"{first_note_seconds:.2f}s; jobs queued before/after the Redis restart {before}/{after}; "
              f"notes {sum(len(zendesk.notes(t)) for t in [ticket, *tickets])} for 6 tickets")
    finally:
        for worker in workers:
            worker.stop()
        proxy.stop()
        web.stop()
        store.stop()
