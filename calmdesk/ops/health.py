"""Health checks for container and systemd supervisors: is this machine's web process answering, is a worker
on this host registered in Redis with a fresh heartbeat."""

from __future__ import annotations

import socket

import redis
import requests
from rq import Worker

from calmdesk.connection import connect
from calmdesk.queue import SERIALIZER
from calmdesk.settings import Settings


def web_problem(port: int) -> str | None:
    try:
        response = requests.get(f"http://127.0.0.1:{port}/healthz", timeout=3)
    except requests.RequestException as exc:
        return f"web on port {port} is not answering ({type(exc).__name__})"
    return None if response.status_code == 200 else f"web on port {port} answered HTTP {response.status_code}"


def worker_problem(settings: Settings, hostname: str | None = None) -> str | None:
    """None when a worker on this host is registered (RQ drops a worker whose heartbeat stops within its TTL)."""
    hostname = hostname or socket.gethostname()
    try:
        workers = Worker.all(connection=connect(settings, socket_timeout=3, socket_connect_timeout=3),
                             serializer=SERIALIZER)
    except (redis.RedisError, OSError) as exc:
        return f"cannot reach Redis at {settings.redis_location} ({type(exc).__name__})"
    if any(w.hostname == hostname for w in workers):
        return None
    return f"no worker on {hostname} is registered in Redis"
