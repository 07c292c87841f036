"""Jobs that failed after their retries: list them and put them back on the queue (RQ's FailedJobRegistry, JSON jobs)."""

from __future__ import annotations

from dataclasses import asdict, dataclass

import redis
from rq import Queue
from rq.exceptions import InvalidJobOperation, NoSuchJobError
from rq.job import Job
from rq.registry import FailedJobRegistry
from rq.serializers import JSONSerializer

SUMMARY_CHARS = 200


@dataclass(frozen=True)
class FailedJob:
    id: str
    job: str  # the job function's dotted name
    description: str
    failed_at: str  # ISO 8601, UTC
    error: str  # the exception's last line, cut short: enough to know what happened, never a whole traceback

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class RetryReport:
    retried: list[str]
    missing: list[str]  # ids that are not (or no longer) in the failed registry


def failed_registry(conn: redis.Redis, queue_name: str) -> FailedJobRegistry:
    return FailedJobRegistry(queue=Queue(queue_name, connection=conn, serializer=JSONSerializer))


def list_failed(conn: redis.Redis, queue_name: str) -> list[FailedJob]:
    """Every failed job still kept, oldest failure first."""
    registry = failed_registry(conn, queue_name)
    jobs = []
    for job_id in registry.get_job_ids():
        try:
            job = Job.fetch(job_id, connection=conn, serializer=JSONSerializer)
        except NoSuchJobError:
            continue
        jobs.append(FailedJob(id=job.id, job=job.func_name, description=job.description or "",
                              failed_at=job.ended_at.isoformat() if job.ended_at else "",
                              error=error_summary(_exc_string(job))))
    return jobs


def retry_failed(conn: redis.Redis, queue_name: str, job_ids: list[str] | None = None) -> RetryReport:
    """Put the given failed jobs (all of them when job_ids is None) back on the queue with a fresh set of retries.

    Retrying a note is safe: the note job checks its marker on the ticket before posting again.
    """
    registry = failed_registry(conn, queue_name)
    wanted = registry.get_job_ids() if job_ids is None else list(job_ids)
    retried, missing = [], []
    for job_id in wanted:
        try:
            job = Job.fetch(job_id, connection=conn, serializer=JSONSerializer)
            # An operator's retry is a new decision: the job gets its full backoff schedule again
            # (a 401 had set retries_left to 0 so that RQ would not retry a revoked token).
            job.retries_left = len(job.retry_intervals) if job.retry_intervals else job.retries_left
            registry.requeue(job)
        except (NoSuchJobError, InvalidJobOperation):
            missing.append(job_id)
            continue
        retried.append(job_id)
    return RetryReport(retried=retried, missing=missing)


def _exc_string(job: Job) -> str:
    result = job.latest_result()
    return (result.exc_string or "") if result is not None else ""


def error_summary(exc_info: str) -> str:
    lines = [line.strip() for line in exc_info.strip().splitlines() if line.strip()]
    last = lines[-1] if lines else ""
    return last if len(last) <= SUMMARY_CHARS else last[:SUMMARY_CHARS - 1] + "…"
