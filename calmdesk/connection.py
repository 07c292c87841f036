"""The one place a Redis connection is built from settings: a URL (redis://, rediss:// for TLS, unix://) or
Redis Sentinel, both through redis-py's own support, which RQ's queues and workers take as they are."""

from __future__ import annotations

from typing import Any

import redis
from redis.sentinel import Sentinel

from calmdesk.settings import Settings


def connect(settings: Settings, **options: Any) -> redis.Redis:
    """A client for calmdesk's Redis. `options` are redis-py's (socket_timeout, health_check_interval, ...).

    With REDIS_SENTINELS, the client asks the sentinels for the current master on every reconnect, so a failover
    is followed; REDIS_URL then contributes only the password, the database and TLS (rediss://)."""
    if not settings.redis_sentinels:
        return redis.Redis.from_url(settings.effective_redis_url, **options)
    master_options = dict(options)
    sentinel_options: dict[str, Any] = {k: v for k, v in options.items() if k.startswith("socket_")}
    if settings.redis_url:
        parsed = redis.connection.parse_url(settings.redis_url)
        for key in ("password", "username", "db"):
            if parsed.get(key) is not None:
                master_options[key] = parsed[key]
        if settings.redis_url.startswith("rediss://"):
            master_options["ssl"] = True
            sentinel_options["ssl"] = True
    sentinel = Sentinel(list(settings.redis_sentinels), sentinel_kwargs=sentinel_options or None, **master_options)
    return sentinel.master_for(settings.redis_sentinel_master)
