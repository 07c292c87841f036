"""The queue the worker side enqueues on: same name and JSON serializer as the web side."""

from __future__ import annotations

import os

import redis
from rq import Queue
from rq.serializers import JSONSerializer

QUEUE_NAME = os.environ.get("CALMDESK_QUEUE", "calmdesk")


def job_queue(conn: redis.Redis) -> Queue:
    return Queue(QUEUE_NAME, connection=conn, serializer=JSONSerializer)
