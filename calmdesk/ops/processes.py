"""`calmdesk run`: the embedded Redis (unless REDIS_URL), the web server and a worker, supervised together.

A web or worker child that dies is started again after a backoff (1 s, doubling to 30 s; back to 1 s once it has
stayed up a minute), so a crashed worker never takes ingress down with it. Every child runs in its own session:
a Ctrl-C in the terminal reaches only this process, which stops web and worker first and Redis last.
"""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field

from calmdesk.ops.embedded_redis import EmbeddedRedis, die_with_parent
from calmdesk.settings import Settings, environment

log = logging.getLogger("calmdesk.run")
FIRST_BACKOFF, MAX_BACKOFF = 1.0, 30.0
STABLE_AFTER = 60.0  # seconds up before a crash counts as new, not as the same trouble again
STOP_TIMEOUT = 15.0


@dataclass
class Child:
    name: str
    args: list[str]
    env: dict
    process: subprocess.Popen | None = None
    started_at: float = 0.0
    backoff: float = FIRST_BACKOFF
    restart_at: float | None = None
    restarts: int = field(default=0)

    def start(self) -> None:
        self.process = subprocess.Popen(self.args, env=self.env, preexec_fn=die_with_parent, start_new_session=True)
        self.started_at, self.restart_at = time.monotonic(), None

    def check(self, now: float) -> None:
        """Notice an exit and schedule a restart; start again when the backoff has passed."""
        if self.restart_at is not None:
            if now >= self.restart_at:
                self.restarts += 1
                log.warning("restarting %s (restart %d)", self.name, self.restarts)
                self.start()
            return
        if self.process is None or self.process.poll() is None:
            return
        if now - self.started_at >= STABLE_AFTER:
            self.backoff = FIRST_BACKOFF
        log.error("%s exited with code %s; restarting in %.0fs", self.name, self.process.returncode, self.backoff)
        self._end_group(signal.SIGTERM)  # what it forked (RQ's scheduler) would otherwise outlive it
        self.restart_at = now + self.backoff
        self.backoff = min(self.backoff * 2, MAX_BACKOFF)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)

    def wait(self) -> None:
        if self.process is None:
            return
        try:
            self.process.wait(STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            log.warning("%s did not stop within %.0fs; killing it", self.name, STOP_TIMEOUT)
            self.process.kill()
            self.process.wait()
        self._end_group(signal.SIGKILL)

    def _end_group(self, signum: int) -> None:
        """Signal whatever is left in the child's own process group (its session; nothing else is in it)."""
        if self.process is None:
            return
        try:
            os.killpg(self.process.pid, signum)
        except (ProcessLookupError, PermissionError):
            pass


def run_all(settings: Settings, host: str, port: int) -> int:
    embedded = None
    env = dict(environment())
    if not settings.redis_url:
        embedded = EmbeddedRedis(settings.data_dir).start()
        env["REDIS_URL"] = embedded.url
        log.info("embedded redis started data_dir=%s", settings.data_dir.resolve())
    stopping = threading.Event()

    def stop(signum, frame):
        stopping.set()

    previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGINT, signal.SIGTERM)}
    cli = [sys.executable, "-m", "calmdesk.cli"]
    # --no-hints: `calmdesk run` printed the start-up hints once already.
    children = [Child("web", cli + ["web", "--no-hints", "--host", host, "--port", str(port)], env),
                Child("worker", cli + ["worker", "--no-hints"], env)]
    try:
        for child in children:
            child.start()
        log.info("calmdesk running on http://%s:%d (Ctrl-C stops everything)", host, port)
        while not stopping.wait(0.2):  # wakes at once on a signal
            now = time.monotonic()
            for child in children:
                child.check(now)
        return 0
    finally:
        log.info("stopping web and worker")
        for child in children:
            child.stop()
        for child in children:
            child.wait()
        if embedded:
            embedded.stop()  # last: the worker may still be writing while it finishes its job
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        log.info("calmdesk stopped")
