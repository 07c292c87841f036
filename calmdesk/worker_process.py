"""Starts an RQ worker on calmdesk's queue, with the scheduler, JSON jobs and quick crash recovery."""

from __future__ import annotations

import redis
from rq import Queue, SimpleWorker, Worker
from rq.serializers import JSONSerializer

from .settings import Settings

# Shorter than RQ's defaults so jobs of a SIGKILLed worker are recovered in about a minute, not a quarter hour.
WORKER_TTL = 60
MAINTENANCE_INTERVAL = 20


def run_worker(settings: Settings, burst: bool = False, simple: bool = False, with_scheduler: bool = True) -> bool:
    conn = redis.Redis.from_url(settings.effective_redis_url)
    queue = Queue(settings.queue_name, connection=conn, serializer=JSONSerializer)
    worker_class = SimpleWorker if simple else Worker
    worker = worker_class([queue], connection=conn, serializer=JSONSerializer, worker_ttl=WORKER_TTL,
                          maintenance_interval=MAINTENANCE_INTERVAL)
    return worker.work(burst=burst, with_scheduler=with_scheduler, logging_level="INFO")
