"""Real worker processes for the reliability tests: start, kill, and wait on conditions with a deadline."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
from typing import Callable

from rq import Queue
from rq.registry import FailedJobRegistry, ScheduledJobRegistry, StartedJobRegistry
from rq.serializers import JSONSerializer

from tests.conftest import ROOT


def wait_for(condition: Callable[[], object], timeout: float = 30, what: str = "condition") -> object:
    """Poll `condition` until it returns something truthy; fail the test when the deadline passes."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f}s waiting for {what}")
        time.sleep(0.05)


class WorkerProcess:
    """`python -m calmdesk.cli worker` in its own process group, so the work-horse dies with it on SIGKILL."""

    def __init__(self, env: dict, burst: bool = False):
        args = [sys.executable, "-m", "calmdesk.cli", "worker"] + (["--burst"] if burst else [])
        self.output = tempfile.TemporaryFile()  # a file, not a pipe: a full pipe would stall the worker
        self.process = subprocess.Popen(args, env={**os.environ, **env, "PYTHONPATH": str(ROOT)}, cwd=ROOT,
                                        stdout=self.output, stderr=subprocess.STDOUT, start_new_session=True)

    def kill(self) -> list[int]:
        """SIGKILL the worker, its scheduler and its work-horse: no cleanup runs, as after an OOM kill.

        RQ's work-horse calls setpgrp(), so killing the worker's process group would leave it running: every
        descendant is found through /proc and killed by pid. Returns the pids killed besides the worker."""
        others = _descendants(self.process.pid)
        for pid in [self.process.pid, *others]:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        self.process.wait(10)
        wait_for(lambda: not any(os.path.exists(f"/proc/{pid}") and _state(pid) != "Z" for pid in others),
                 timeout=10, what="the worker's children to die")
        return others

    def stop(self) -> str:
        """SIGTERM (RQ's warm shutdown), then the output for diagnosis."""
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                self.kill()
        return self.log()

    def log(self) -> str:
        self.output.seek(0)
        return self.output.read().decode(errors="replace")

    def __enter__(self) -> "WorkerProcess":
        return self

    def __exit__(self, *exc) -> None:
        self.stop()


def _descendants(pid: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as stat:
                    parent = int(stat.read().rpartition(")")[2].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            children.setdefault(parent, []).append(int(entry))
    found, todo = [], list(children.get(pid, []))
    while todo:
        child = todo.pop()
        found.append(child)
        todo.extend(children.get(child, []))
    return found


def _state(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rpartition(")")[2].split()[0]
    except OSError:
        return "gone"


def queue(conn) -> Queue:
    return Queue("calmdesk", connection=conn, serializer=JSONSerializer)


def run_scheduled_now(conn, only: list[str] | None = None) -> int:
    """Move scheduled jobs (RQ retries, RetryLater reschedules; all, or `only` these) onto the queue, as if their
    time had come."""
    q = queue(conn)
    registry = ScheduledJobRegistry(queue=q)
    moved = 0
    for job_id in registry.get_job_ids() if only is None else only:
        job = q.fetch_job(job_id)
        if job is not None:
            registry.remove(job)
            q.enqueue_job(job)
            moved += 1
    return moved


def expire_started_jobs(conn) -> int:
    """Make every started job's heartbeat look expired, as it would be ~90 s after its worker died.

    RQ recovers an abandoned job once its StartedJobRegistry score (last heartbeat + TTL) is in the past; rewriting
    the score is the deterministic stand-in for waiting those 90 seconds.
    """
    registry = StartedJobRegistry(queue=queue(conn))
    members = conn.zrange(registry.key, 0, -1)
    if members:
        conn.zadd(registry.key, {member: 1 for member in members})
    return len(members)


def failed_job_ids(conn) -> list[str]:
    return FailedJobRegistry(queue=queue(conn)).get_job_ids()


def scheduled_job_ids(conn) -> list[str]:
    return ScheduledJobRegistry(queue=queue(conn)).get_job_ids()


def note_puts(zendesk, ticket: int) -> list:
    """The note PUTs the stand-in received for a ticket (not the tag PUTs)."""
    return [r for r in zendesk.log.matching("PUT", f"/api/v2/tickets/{ticket}") if r.path == f"/api/v2/tickets/{ticket}"]
