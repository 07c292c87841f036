"""What the benchmarks start and stop: a private Redis, the web server under waitress, workers, a sandbox."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

import requests

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from calmdesk.ops.embedded_redis import EmbeddedRedis, die_with_parent  # noqa: E402
from calmdesk.helpdesks.zendesk.webhook import sign_zendesk_body  # noqa: E402

SECRET = "bench-webhook-secret"
TOKEN = "bench-api-token"


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Stack:
    """A private Redis, plus the processes a benchmark asks for, all stopped on exit."""

    def __init__(self, zendesk_url: str = "http://127.0.0.1:9", extra_env: dict | None = None):
        self.dir = Path(tempfile.mkdtemp(prefix="calmdesk-bench-"))
        self.redis = EmbeddedRedis(self.dir, appendonly=False).start()
        self.env = {**os.environ, "REDIS_URL": self.redis.url, "CALMDESK_DATA_DIR": str(self.dir),
                    "ZENDESK_URL": zendesk_url, "ZENDESK_EMAIL": "agent@example.com", "ZENDESK_API_TOKEN": TOKEN,
                    "ZENDESK_WEBHOOK_SECRET": SECRET, "CALMDESK_LOG_LEVEL": "WARNING", "PYTHONPATH": str(REPO),
                    **(extra_env or {})}
        self.processes: list[subprocess.Popen] = []
        self.web_url = ""

    def start_web(self, threads: int | None = None, baseline: bool = False, prefix: list[str] | None = None) -> str:
        port = free_port()
        env = {**self.env, **({"WEB_CONCURRENCY": str(threads)} if threads else {})}  # waitress threads
        command = ["-m", "bench.baseline_app", "127.0.0.1", str(port)] if baseline else [
            "-m", "calmdesk.cli", "web", "--host", "127.0.0.1", "--port", str(port)]
        self.web = self._spawn([*(prefix or []), sys.executable, *command], env)
        self.web_url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                if requests.get(f"{self.web_url}/healthz", timeout=1).status_code == 200:
                    return self.web_url
            except requests.ConnectionError:
                pass
            time.sleep(0.1)
        raise RuntimeError("the web server did not come up")

    def start_workers(self, count: int, fork: bool = False) -> list[subprocess.Popen]:
        args = [sys.executable, "-m", "calmdesk.cli", "worker"] + (["--fork"] if fork else [])
        return [self._spawn(args, self.env) for _ in range(count)]

    def _spawn(self, args: list[str], env: dict) -> subprocess.Popen:
        process = subprocess.Popen(args, env=env, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                   preexec_fn=die_with_parent, start_new_session=False)
        self.processes.append(process)
        return process

    def stop(self) -> None:
        for process in self.processes:
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
        for process in self.processes:
            try:
                process.wait(15)
            except subprocess.TimeoutExpired:
                process.kill()
        self.redis.stop()

    def __enter__(self) -> "Stack":
        return self

    def __exit__(self, *exc) -> None:
        self.stop()


def signed(payload: dict, secret: str = SECRET) -> tuple[bytes, dict]:
    body = json.dumps(payload).encode()
    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    return body, {"Content-Type": "application/json", "X-Zendesk-Webhook-Signature-Timestamp": stamp,
                  "X-Zendesk-Webhook-Signature": sign_zendesk_body(secret, stamp, body)}


def rss_mb(pid: int) -> float:
    """Resident memory of a process and its children, in MB, from /proc."""
    total = 0.0
    for p in [pid, *children(pid)]:
        try:
            with open(f"/proc/{p}/status") as status:
                for line in status:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1]) / 1024
        except FileNotFoundError:
            pass
    return round(total, 1)


def children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as handle:
            direct = [int(c) for c in handle.read().split()]
    except FileNotFoundError:
        return []
    return direct + [g for c in direct for g in children(c)]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    index = min(len(ordered) - 1, max(0, round(q / 100 * (len(ordered) - 1))))
    return ordered[index]
