"""M5 (issue 16): `calmdesk run` restarts a worker or web process that dies instead of stopping everything, keeps
ingress up meanwhile, and on Ctrl-C stops web and worker first and Redis last: no traceback, no process left."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from datetime import datetime, timezone

import requests

from calmdesk.helpdesks.zendesk.webhook import sign_zendesk_body
from tests.conftest import ROOT, ZENDESK_SECRET, ZENDESK_TOKEN
from tests.system.test_run_command import UPSET, alive, descendants, free_port, wait_until


def child_pid(run_pid: int, command: str) -> int | None:
    """The pid of `calmdesk <command>` among run's own children (not their forks, such as RQ's scheduler)."""
    for pid in descendants(run_pid):
        try:
            with open(f"/proc/{pid}/stat") as stat:
                parent = int(stat.read().rsplit(")", 1)[1].split()[1])
            with open(f"/proc/{pid}/cmdline", "rb") as cmdline:
                args = cmdline.read().split(b"\0")
        except (FileNotFoundError, ProcessLookupError):
            continue
        if parent == run_pid and b"calmdesk.cli" in args and command.encode() in args and alive(pid):
            return pid
    return None


def answers(url: str) -> bool:
    try:
        return requests.get(url, timeout=1).status_code == 200
    except requests.ConnectionError:
        return False


def deliver(port: int, zendesk, ticket) -> int:
    body = json.dumps(zendesk.comment_added_event(ticket, zendesk.customer_says(ticket, UPSET))).encode()
    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    headers = {"Content-Type": "application/json", "X-Zendesk-Webhook-Signature-Timestamp": stamp,
               "X-Zendesk-Webhook-Signature": sign_zendesk_body(ZENDESK_SECRET, stamp, body)}
    return requests.post(f"http://127.0.0.1:{port}/webhooks/zendesk", data=body, headers=headers,
                         timeout=5).status_code


def test_crashed_children_are_restarted_and_ctrl_c_stops_everything_cleanly(zendesk, tmp_path):
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "REDIS_URL"}
    env.update({"CALMDESK_DATA_DIR": str(tmp_path / "data"), "ZENDESK_URL": zendesk.url,
                "ZENDESK_EMAIL": zendesk.email, "ZENDESK_API_TOKEN": ZENDESK_TOKEN,
                "ZENDESK_WEBHOOK_SECRET": ZENDESK_SECRET, "PYTHONPATH": str(ROOT)})
    log_path = tmp_path / "run.log"
    with open(log_path, "wb") as log:
        # Its own process group, as a shell gives a foreground job: killpg(SIGINT) below is what Ctrl-C sends.
        run = subprocess.Popen([sys.executable, "-m", "calmdesk.cli", "run", "--port", str(port)], env=env,
                               cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        wait_until(lambda: answers(f"http://127.0.0.1:{port}/readyz"), 60, "calmdesk run to be ready")
        wait_until(lambda: child_pid(run.pid, "worker"), 30, "the worker")
        worker = child_pid(run.pid, "worker")
        crashed_group = descendants(worker)  # RQ's scheduler, forked by the worker

        os.kill(worker, signal.SIGKILL)
        # The worker's fork (RQ's scheduler) holds its Redis socket: until run has ended it too, a job queued now
        # could be handed to the dead worker's BLMOVE and wait for RQ's own recovery (a minute or more).
        wait_until(lambda: not any(alive(pid) for pid in crashed_group | {worker}), 10, "the worker and its forks")
        ticket = zendesk.create_ticket("Where is my order?", "Dana Whitfield", "Where is order #48213?")
        assert deliver(port, zendesk, ticket) == 202  # ingress is up while the worker is down
        assert answers(f"http://127.0.0.1:{port}/healthz")
        assert run.poll() is None
        wait_until(lambda: child_pid(run.pid, "worker") not in (None, worker), 30, "a new worker")
        wait_until(lambda: zendesk.notes(ticket), 60, "the note from the restarted worker")

        web = child_pid(run.pid, "web")
        assert web is not None
        os.kill(web, signal.SIGKILL)
        wait_until(lambda: child_pid(run.pid, "web") not in (None, web), 30, "a new web process")
        wait_until(lambda: answers(f"http://127.0.0.1:{port}/healthz"), 30, "the restarted web process")
        assert run.poll() is None

        everything = descendants(run.pid)
        assert len(everything) >= 3
        os.killpg(run.pid, signal.SIGINT)  # Ctrl-C
        assert run.wait(60) == 0
        wait_until(lambda: not any(alive(pid) for pid in everything), 30, "every child to exit")
        output = log_path.read_text(errors="replace")
        assert "Traceback" not in output, output[-3000:]
        assert "restarting worker" in output and "restarting web" in output
        assert output.index("stopping web and worker") < output.index("calmdesk stopped")
        assert len(zendesk.notes(ticket)) == 1
    finally:
        if run.poll() is None:
            os.killpg(run.pid, signal.SIGKILL)
            run.wait()
