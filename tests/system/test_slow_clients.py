"""H1 (issue 16): slow clients must not stop `calmdesk run`. Sixteen loopback connections trickle one byte every
3 s (eight in the headers, eight in a declared 100 kB body) for 20 s, while /healthz and signed Zendesk deliveries
must each answer within 2 s. Bounded: about 20 s of attack, loopback only."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from datetime import datetime, timezone

import requests

from calmdesk.helpdesks.zendesk.webhook import sign_zendesk_body
from tests.conftest import ROOT, ZENDESK_SECRET, ZENDESK_TOKEN
from tests.figures import record
from tests.system.test_run_command import free_port, wait_until

SLOW_CONNECTIONS = 16
HOLD_SECONDS = 20
TRICKLE_EVERY = 3.0
ANSWER_WITHIN = 2.0


def slow_request(index: int, port: int) -> tuple[socket.socket, bytes]:
    """An open socket and the bytes it will trickle: a header block, or a complete header and a 100 kB body."""
    sock = socket.create_connection(("127.0.0.1", port), timeout=5)
    if index % 2:
        return sock, b"GET /healthz HTTP/1.1\r\nHost: calmdesk\r\nX-Padding: " + b"a" * 1000 + b"\r\n\r\n"
    body_length = 100_000
    sock.sendall(b"POST /webhooks/zendesk HTTP/1.1\r\nHost: calmdesk\r\nContent-Type: application/json\r\n"
                 b"Content-Length: %d\r\n\r\n" % body_length)
    return sock, b"{" * body_length


def signed_delivery(port: int, ticket: int) -> requests.Response:
    body = json.dumps({"calmdesk": "zendesk-trigger/1", "ticket_id": str(ticket)}).encode()
    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    headers = {"Content-Type": "application/json", "X-Zendesk-Webhook-Signature-Timestamp": stamp,
               "X-Zendesk-Webhook-Signature": sign_zendesk_body(ZENDESK_SECRET, stamp, body)}
    return requests.post(f"http://127.0.0.1:{port}/webhooks/zendesk", data=body, headers=headers,
                         timeout=ANSWER_WITHIN)


def timed(call) -> tuple[float, int]:
    started = time.monotonic()
    response = call()  # requests raises Timeout after ANSWER_WITHIN seconds: the test fails there
    return time.monotonic() - started, response.status_code


def test_slow_clients_do_not_stop_healthz_or_deliveries(zendesk, tmp_path):
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "REDIS_URL"}
    env.update({"CALMDESK_DATA_DIR": str(tmp_path / "data"), "ZENDESK_URL": zendesk.url,
                "ZENDESK_EMAIL": zendesk.email, "ZENDESK_API_TOKEN": ZENDESK_TOKEN,
                "ZENDESK_WEBHOOK_SECRET": ZENDESK_SECRET, "PYTHONPATH": str(ROOT)})
    run = subprocess.Popen([sys.executable, "-m", "calmdesk.cli", "run", "--port", str(port)], env=env, cwd=ROOT,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    slow: list[tuple[socket.socket, bytes]] = []
    try:
        def ready():
            try:
                return requests.get(f"http://127.0.0.1:{port}/readyz", timeout=1).status_code == 200
            except requests.ConnectionError:
                return False

        wait_until(ready, 60, "calmdesk run to be ready")
        slow = [slow_request(i, port) for i in range(SLOW_CONNECTIONS)]
        health, deliveries, sent = [], [], 0
        started = time.monotonic()
        while time.monotonic() - started < HOLD_SECONDS:
            round_started = time.monotonic()
            for sock, data in slow:
                sock.sendall(data[sent:sent + 1])  # one byte each, every TRICKLE_EVERY seconds: the attack itself
            sent += 1
            health.append(timed(lambda: requests.get(f"http://127.0.0.1:{port}/healthz", timeout=ANSWER_WITHIN)))
            deliveries.append(timed(lambda: signed_delivery(port, 1000 + len(deliveries))))
            time.sleep(max(0.0, TRICKLE_EVERY - (time.monotonic() - round_started)))  # pacing, not synchronisation
        held = time.monotonic() - started
        still_open = sum(1 for sock, _ in slow if _open(sock))
        record("slow_clients", connections=SLOW_CONNECTIONS, held_seconds=round(held, 1), still_open=still_open,
               probes=len(health) + len(deliveries),
               worst_healthz_seconds=round(max(t for t, _ in health), 3),
               worst_delivery_seconds=round(max(t for t, _ in deliveries), 3))
        assert held >= HOLD_SECONDS and len(health) >= 6
        assert still_open == SLOW_CONNECTIONS  # the attack was really in progress the whole time
        assert all(status == 200 for _, status in health), health
        assert all(status == 202 for _, status in deliveries), deliveries
        assert max(t for t, _ in health + deliveries) < ANSWER_WITHIN
        run.send_signal(signal.SIGTERM)
        assert run.wait(60) == 0
    finally:
        for sock, _ in slow:
            sock.close()
        if run.poll() is None:
            run.kill()
            run.wait()


def _open(sock: socket.socket) -> bool:
    """True while the server has not closed the connection (nothing to read yet, no EOF)."""
    sock.setblocking(False)
    try:
        return sock.recv(1, socket.MSG_PEEK) != b""
    except BlockingIOError:
        return True
    except OSError:
        return False
    finally:
        sock.setblocking(True)
