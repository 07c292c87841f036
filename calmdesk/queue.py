"""The queue: its default name, serializer, job names, retry and TTL policy, and the enqueue helpers. The only place.

Jobs are enqueued by dotted name, so the web process never imports the worker. Jobs already stored in Redis
name these functions: the names below must stay importable (tests/unit/test_job_names.py checks every one).
The queue name itself comes from Settings.queue_name (CALMDESK_QUEUE); inside a job, the queue it came from.
"""

from __future__ import annotations

import redis
from rq import Queue, Retry
from rq.job import Job
from rq.serializers import JSONSerializer

from calmdesk.events import TicketEvent
from calmdesk.keys import delivery_key

DEFAULT_QUEUE_NAME = "calmdesk"
SERIALIZER = JSONSerializer  # jobs cross the queue as JSON, never pickle

ANALYSE_JOB = "worker.jobs.analyse_event"
NOTE_JOB = "worker.jobs.post_note"
FOLLOWUP_JOB = "worker.jobs.run_followup"
COACH_JOB = "worker.jobs.coach_reply"
FEEDBACK_JOB = "worker.jobs.record_feedback"
JOB_NAMES = (ANALYSE_JOB, NOTE_JOB, FOLLOWUP_JOB, COACH_JOB, FEEDBACK_JOB)

RETRY_INTERVALS = [10, 30, 90, 300, 900]
RESULT_TTL = 86400
FAILURE_TTL = 30 * 86400  # failed jobs stay 30 days, for `calmdesk failed retry`


def job_retry() -> Retry:
    return Retry(max=len(RETRY_INTERVALS), interval=list(RETRY_INTERVALS))


def named_queue(conn: redis.Redis, name: str) -> Queue:
    """One Queue per app or job: a new one per request would ask Redis for its version every time."""
    return Queue(name, connection=conn, serializer=SERIALIZER)


def queue_of(job: Job) -> Queue:
    """The queue a running job came from: follow-on jobs go to the same one, whatever CALMDESK_QUEUE says."""
    return named_queue(job.connection, job.origin)


def enqueue_event(queue: Queue, source: str, key: str, ttl: int, event: TicketEvent, job_name: str = ANALYSE_JOB,
                  replay: tuple[str, int] | None = None) -> bool:
    """Enqueue the analyse job unless this delivery was seen within ttl; False means it was a duplicate.

    One round trip in the common case: the dedup SET NX and RQ's writes go in one MULTI. When the SET NX
    says the delivery was already seen, the job just queued is taken back (a second round trip, on the rare
    duplicate path only). A worker that picks it up first is harmless: analysis is idempotent per message.
    If the MULTI fails, nothing was written, so the helpdesk's retry is accepted rather than taken for a
    duplicate. replay, (key, ttl), is a second key checked the same way: the delivery is new only if both are.
    """
    conn = queue.connection
    with conn.pipeline() as pipe:
        job = queue.enqueue_call(
            job_name,
            args=(event.to_dict(),),
            retry=job_retry(),
            result_ttl=RESULT_TTL,
            failure_ttl=FAILURE_TTL,
            description=f"{job_name.rsplit('.', 1)[-1]} {source} ticket {event.ticket_id}",
            pipeline=pipe,
        )
        pipe.set(delivery_key(source, key), event.ticket_id, nx=True, ex=ttl)  # after RQ's: RQ opens the MULTI
        if replay:
            pipe.set(delivery_key(source, replay[0]), event.ticket_id, nx=True, ex=replay[1])
        results = pipe.execute()
        first_time = all(results[-2:]) if replay else results[-1]
    if first_time:
        return True
    with conn.pipeline() as pipe:
        pipe.lrem(queue.key, 0, job.id)
        pipe.delete(job.key)
        pipe.execute()
    return False
