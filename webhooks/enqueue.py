"""Puts an accepted event on the queue exactly once per delivery key."""

from __future__ import annotations

import redis
from rq import Queue, Retry
from rq.serializers import JSONSerializer

from calmdesk.events import TicketEvent

ANALYSE_JOB = "worker.jobs.analyse_event"  # by name: the web process never imports the worker
COACH_JOB = "worker.jobs.coach_reply"
DEDUP_PREFIX = "calmdesk:delivery:"
JOB_RETRY = Retry(max=5, interval=[10, 30, 90, 300, 900])


def ingress_queue(conn: redis.Redis, queue_name: str) -> Queue:
    """One Queue per app: a new one per request would ask Redis for its version every time."""
    return Queue(queue_name, connection=conn, serializer=JSONSerializer)


def enqueue_event(queue: Queue, source: str, key: str, ttl: int, event: TicketEvent, job_name: str = ANALYSE_JOB
                  ) -> bool:
    """Enqueue the analyse job unless this delivery was seen within ttl; False means it was a duplicate.

    One round trip in the common case: the dedup SET NX and RQ's writes go in one MULTI. When the SET NX
    says the delivery was already seen, the job just queued is taken back (a second round trip, on the rare
    duplicate path only). A worker that picks it up first is harmless: analysis is idempotent per message.
    If the MULTI fails, nothing was written, so the helpdesk's retry is accepted rather than taken for a
    duplicate.
    """
    conn = queue.connection
    dedup_key = f"{DEDUP_PREFIX}{source}:{key}"
    with conn.pipeline() as pipe:
        job = queue.enqueue_call(
            job_name,
            args=(event.to_dict(),),
            retry=JOB_RETRY,
            result_ttl=86400,
            failure_ttl=30 * 86400,
            description=f"{job_name.rsplit('.', 1)[-1]} {source} ticket {event.ticket_id}",
            pipeline=pipe,
        )
        pipe.set(dedup_key, event.ticket_id, nx=True, ex=ttl)  # after RQ's commands: RQ opens the MULTI itself
        first_time = pipe.execute()[-1]
    if first_time:
        return True
    with conn.pipeline() as pipe:
        pipe.lrem(queue.key, 0, job.id)
        pipe.delete(job.key)
        pipe.execute()
    return False
