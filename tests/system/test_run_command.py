"""`calmdesk run`: embedded Redis, web and worker from one command; a webhook becomes a note; SIGTERM stops all
of it, with no orphan process and the append-only file on disk."""

import json
import os
import signal
import socket
import subprocess
import sys
import time
from datetime import datetime, timezone

import requests

from tests.conftest import ROOT, ZENDESK_SECRET, ZENDESK_TOKEN
from calmdesk.helpdesks.zendesk.webhook import sign_zendesk_body

UPSET = "This is the third time I'm writing about order #48213. Still nothing. Unacceptable, I want a manager."


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def descendants(pid: int) -> set[int]:
    found = set()
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as stat:
                    fields = stat.read().rsplit(")", 1)[1].split()
                if int(fields[1]) == pid:
                    found |= {int(entry)} | descendants(int(entry))
            except (FileNotFoundError, ProcessLookupError, IndexError):
                pass
    return found


def alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def wait_until(condition, timeout, what):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def test_run_serves_notes_and_stops_everything_on_sigterm(zendesk, tmp_path):
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "REDIS_URL"}
    env.update({"CALMDESK_DATA_DIR": str(tmp_path / "data"), "ZENDESK_URL": zendesk.url,
                "ZENDESK_EMAIL": zendesk.email, "ZENDESK_API_TOKEN": ZENDESK_TOKEN,
                "ZENDESK_WEBHOOK_SECRET": ZENDESK_SECRET, "PYTHONPATH": str(ROOT)})
    run = subprocess.Popen([sys.executable, "-m", "calmdesk.cli", "run", "--port", str(port)], env=env, cwd=ROOT,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        def ready():
            try:
                return requests.get(f"http://127.0.0.1:{port}/readyz", timeout=1).status_code == 200
            except requests.ConnectionError:
                return False

        wait_until(ready, 60, "calmdesk run to be ready")
        ticket = zendesk.create_ticket("Where is my order?", "Dana Whitfield", "Where is order #48213?")
        body = json.dumps(zendesk.comment_added_event(ticket, zendesk.customer_says(ticket, UPSET))).encode()
        stamp = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        headers = {"Content-Type": "application/json", "X-Zendesk-Webhook-Signature-Timestamp": stamp,
                   "X-Zendesk-Webhook-Signature": sign_zendesk_body(ZENDESK_SECRET, stamp, body)}
        assert requests.post(f"http://127.0.0.1:{port}/webhooks/zendesk", data=body, headers=headers,
                             timeout=10).status_code == 202
        wait_until(lambda: zendesk.notes(ticket), 60, "the note")
        children = descendants(run.pid)
        assert len(children) >= 3  # redis-server, the web server (and its workers), the worker
        run.send_signal(signal.SIGTERM)
        assert run.wait(60) == 0
        wait_until(lambda: not any(alive(pid) for pid in children), 30, "every child to exit")
        assert any(name.startswith("appendonly") for name in os.listdir(tmp_path / "data"))
        assert len(zendesk.notes(ticket)) == 1
    finally:
        if run.poll() is None:
            run.kill()
