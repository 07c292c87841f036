"""Starts an RQ worker on calmdesk's queue, with the scheduler, JSON jobs and quick crash recovery."""

from __future__ import annotations

import logging
import threading

import redis
from rq import SimpleWorker, Worker
from rq.job_lifecycle import call_exception_handlers

from calmdesk.connection import connect
from calmdesk.helpdesks.base import Unavailable
from calmdesk.queue import SERIALIZER, named_queue
from calmdesk.settings import Settings
from worker.jobs import sweep_overdue_followups

log = logging.getLogger("calmdesk.worker")

# Shorter than RQ's defaults so jobs of a SIGKILLed worker are recovered in about a minute, not a quarter hour.
WORKER_TTL = 60
MAINTENANCE_INTERVAL = 20


class TransientFailuresInOneLine:
    """A helpdesk that is down (5xx, timeouts) is weather, not a bug: one WARNING line, no traceback. RQ still
    retries the job with backoff and keeps it among the failed jobs when the retries run out. Any other
    exception is a bug and keeps RQ's traceback."""

    def handle_exception(self, job, *exc_info):
        if isinstance(exc_info[1], Unavailable):
            log.warning("helpdesk unavailable job=%s retries_left=%s reason=%s", job.id, job.retries_left,
                        str(exc_info[1]).splitlines()[0][:200] if str(exc_info[1]) else type(exc_info[1]).__name__)
            call_exception_handlers(self._exc_handlers, job, *exc_info)
            return
        super().handle_exception(job, *exc_info)  # type: ignore[misc]


class CalmdeskWorker(TransientFailuresInOneLine, SimpleWorker):
    pass


class CalmdeskForkingWorker(TransientFailuresInOneLine, Worker):
    pass


def run_worker(settings: Settings, burst: bool = False, simple: bool = True, with_scheduler: bool = True) -> bool:
    """calmdesk's jobs are short and wait on HTTP, so by default they run in the worker process (RQ's SimpleWorker):
    no fork per job, and the helpdesk clients' connections are kept between jobs. The backlog-drain benchmark
    reached the 2,500 calls/min limit this way, where forking workers fell short on 2 cores. `--fork` isolates
    each job in a child instead."""
    conn = connect(settings)
    queue = named_queue(conn, settings.queue_name)
    worker_class = CalmdeskWorker if simple else CalmdeskForkingWorker
    worker = worker_class([queue], connection=conn, serializer=SERIALIZER, worker_ttl=WORKER_TTL,
                          maintenance_interval=MAINTENANCE_INTERVAL)
    sweeper = FollowupSweeper(settings)
    sweeper.sweep()  # a worker (re)starting picks up follow-ups that fell due while none was running
    if not burst:
        sweeper.start()
    try:
        return worker.work(burst=burst, with_scheduler=with_scheduler, logging_level="INFO")
    finally:
        sweeper.stop()


class FollowupSweeper(threading.Thread):
    """Every `interval` seconds, enqueue follow-ups that are overdue because RQ's scheduler did not run them."""

    def __init__(self, settings: Settings):
        super().__init__(name="followup-sweeper", daemon=True)
        self.settings, self.interval = settings, settings.sweep_interval
        self.stopped = threading.Event()

    def sweep(self) -> None:
        try:
            found = sweep_overdue_followups(connect(self.settings),
                                            self.settings.queue_name, self.settings.sweep_grace)
            if found:
                log.warning("follow-ups overdue and re-queued count=%d", found)
        except redis.RedisError as exc:
            log.error("follow-up sweep failed error=%s", type(exc).__name__)

    def run(self) -> None:
        while not self.stopped.wait(self.interval):
            self.sweep()

    def stop(self) -> None:
        self.stopped.set()
