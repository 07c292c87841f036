"""Puts an accepted event on the queue exactly once per delivery key."""

from __future__ import annotations

import redis
from rq import Queue, Retry
from rq.serializers import JSONSerializer

from calmdesk.events import TicketEvent

ANALYSE_JOB = "worker.jobs.analyse_event"  # by name: the web process never imports the worker
DEDUP_PREFIX = "calmdesk:delivery:"
JOB_RETRY = Retry(max=5, interval=[10, 30, 90, 300, 900])


def ingress_queue(conn: redis.Redis, queue_name: str) -> Queue:
    """One Queue per app: a new one per request would ask Redis for its version every time."""
    return Queue(queue_name, connection=conn, serializer=JSONSerializer)


def enqueue_event(queue: Queue, source: str, key: str, ttl: int, event: TicketEvent) -> bool:
    """Enqueue the analyse job unless this delivery was seen within ttl; False means it was a duplicate.

    Two round trips: the dedup SET NX, then RQ's writes in one MULTI. The dedup key is only kept once the
    job is in Redis: if enqueueing fails the key is removed, so the helpdesk's retry is accepted instead
    of being mistaken for a duplicate.
    """
    conn = queue.connection
    dedup_key = f"{DEDUP_PREFIX}{source}:{key}"
    if not conn.set(dedup_key, event.ticket_id, nx=True, ex=ttl):
        return False
    try:
        with conn.pipeline() as pipe:
            queue.enqueue_call(
                ANALYSE_JOB,
                args=(event.to_dict(),),
                retry=JOB_RETRY,
                result_ttl=86400,
                failure_ttl=30 * 86400,
                description=f"analyse {source} ticket {event.ticket_id}",
                pipeline=pipe,
            )
            pipe.execute()
    except BaseException:
        try:
            conn.delete(dedup_key)
        except redis.RedisError:
            pass
        raise
    return True
