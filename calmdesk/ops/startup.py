"""What every start (run, web, worker) checks first: the config, the hints an admin needs, and where Redis is.

Each problem is one log line. An error (a config problem, no Redis to talk to) stops the start; a hint
("admin disabled: set CALMDESK_ADMIN_TOKEN") is logged and the start goes on."""

from __future__ import annotations

import logging

import redis

from calmdesk.config import read_config
from calmdesk.connection import connect
from calmdesk.settings import Settings, setup_hints

log = logging.getLogger("calmdesk.start")


def config_errors(settings: Settings) -> list[str]:
    _, problems = read_config(settings.config_path, settings.followup_after)
    path = settings.config_path
    return [p if p.startswith(path + ":") else f"{path}: {p}" for p in problems]


def redis_error(settings: Settings, embedded_allowed: bool = False, ping: bool = True) -> str | None:
    """None when Redis answers; else one line naming where calmdesk looked (never the password) and the fix.
    Without `ping`, only a missing REDIS_URL is an error (the web side answers 503 while Redis is down)."""
    if not settings.redis_url and not settings.redis_sentinels and not embedded_allowed \
            and not settings.embedded_socket.exists():
        return ("REDIS_URL is not set: set it to your Redis (e.g. REDIS_URL=redis://localhost:6379/0), "
                "or use `calmdesk run`, which starts an embedded one")
    if not ping or (embedded_allowed and not settings.redis_url and not settings.redis_sentinels):
        return None
    try:
        connect(settings, socket_timeout=3, socket_connect_timeout=3).ping()
    except (redis.RedisError, OSError) as exc:
        reason = type(exc).__name__ if not str(exc) else f"{type(exc).__name__}: {str(exc).splitlines()[0][:120]}"
        return f"cannot reach Redis at {settings.redis_location} ({_scrub(reason, settings)}); is it running?"
    return None


def _scrub(text: str, settings: Settings) -> str:
    for secret in settings.secrets():
        text = text.replace(secret, "[secret]")
    return text


def check_start(settings: Settings, role: str, *, need_redis: bool = True, embedded_allowed: bool = False,
                ping: bool = True, hints: bool = True) -> bool:
    """Log each problem on one line; False when the process must not start."""
    errors = config_errors(settings)
    for problem in errors:
        log.error("config problem: %s", problem)
    if errors:
        log.error("%s not started: fix the %d config problem(s) above (`calmdesk check-config` lists them)",
                  role, len(errors))
        return False
    if hints:
        for hint in setup_hints(settings):
            log.warning("%s", hint)
    if need_redis:
        problem = redis_error(settings, embedded_allowed, ping)
        if problem:
            log.error("%s not started: %s", role, problem)
            return False
    return True
