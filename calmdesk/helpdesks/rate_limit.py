"""A token bucket in Redis per helpdesk account and endpoint class, shared by every worker process.

Plugged in as a requests transport adapter, so the helpdesk clients stay unaware of it: before a request
it takes a token from each bucket the request counts against; after it, it reads the helpdesk's remaining
quota and, on a 429, pauses the whole account for Retry-After. A short wait is slept in place; a long one
raises RetryLater, so the job is rescheduled and the worker is free.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import Callable

import redis
from requests.adapters import HTTPAdapter

from calmdesk.helpdesks.base import RetryLater
from calmdesk.keys import rate_bucket_key

log = logging.getLogger("calmdesk.ratelimit")

# Per-minute limits by plan (../shared/helpdesk-facts.md). "updates" is the ticket-update sub-limit.
PLAN_LIMITS = {
    ("zendesk", "team"): {"all": 200, "updates": 100},
    ("zendesk", "growth"): {"all": 400, "updates": 100},
    ("zendesk", "professional"): {"all": 400, "updates": 100},
    ("zendesk", "enterprise"): {"all": 700, "updates": 100},
    ("zendesk", "enterprise_plus"): {"all": 2500, "updates": 100},
    ("zendesk", "high_volume"): {"all": 2500, "updates": 300},
    ("freshdesk", "trial"): {"all": 50, "updates": 50},
    ("freshdesk", "growth"): {"all": 200, "updates": 80},
    ("freshdesk", "pro"): {"all": 400, "updates": 160},
    ("freshdesk", "enterprise"): {"all": 700, "updates": 280},
}
DEFAULT_PLAN = {"zendesk": "team", "freshdesk": "growth"}
MAX_SLEEP_SECONDS = 2.0  # longer waits reschedule the job instead of holding the worker

# KEYS: the pause key, then one hash per bucket. ARGV: now, then rate and capacity per bucket.
# Takes one token from every bucket, or none at all: taking from some while waiting on another would spend
# tokens for nothing, and under contention the buckets could drain out of phase for ever.
# Returns the seconds to wait (0 = taken now).
_TAKE = """
local paused = redis.call('PTTL', KEYS[1])
if paused > 0 then return tostring(paused / 1000) end
local now = tonumber(ARGV[1])
local levels = {}
local wait = 0
for i = 2, #KEYS do
  local rate, capacity = tonumber(ARGV[2 * i - 2]), tonumber(ARGV[2 * i - 1])
  local state = redis.call('HMGET', KEYS[i], 'tokens', 'ts')
  local tokens = tonumber(state[1]) or capacity
  local ts = tonumber(state[2]) or now
  tokens = math.min(capacity, tokens + math.max(0, now - ts) * rate)
  levels[i] = tokens
  if tokens < 1 then wait = math.max(wait, (1 - tokens) / rate) end
end
for i = 2, #KEYS do
  local tokens = levels[i]
  if wait == 0 then tokens = tokens - 1 end
  redis.call('HSET', KEYS[i], 'tokens', tostring(tokens), 'ts', tostring(now))
  redis.call('EXPIRE', KEYS[i], 3600)
end
return tostring(wait)
"""


@dataclass(frozen=True)
class Bucket:
    name: str
    per_minute: float
    capacity: float

    @property
    def rate(self) -> float:
        return self.per_minute / 60.0


def buckets_for(limits: dict[str, int], margin: float = 0.97, max_burst: float = 10.0) -> dict[str, Bucket]:
    """Buckets a little under the helpdesk's limits, with a burst of at most ten calls. The helpdesk counts calls
    when they arrive, calmdesk when it takes a token, so network jitter can bunch a few; 3 % plus a small burst
    leaves room for that, and no 60 s window holds more than the limit, the first one included."""
    return {name: Bucket(name, per_minute * margin, max(1.0, min(per_minute / 60.0, max_burst)))
            for name, per_minute in limits.items()}


class RateLimiter:
    def __init__(self, conn: redis.Redis, account_key: str, buckets: dict[str, Bucket],
                 clock: Callable[[], float] = time.time):
        self.conn, self.account_key, self.buckets, self.clock = conn, account_key, buckets, clock
        self._take = conn.register_script(_TAKE)

    def _key(self, bucket: str) -> str:
        return rate_bucket_key(self.account_key, bucket)

    @property
    def pause_key(self) -> str:
        return rate_bucket_key(self.account_key, "paused")

    def wait_for(self, classes: tuple[str, ...]) -> float:
        """Take one token from each bucket, atomically; else the seconds to wait (nothing is then taken)."""
        buckets = [self.buckets[name] for name in classes if name in self.buckets]
        if not buckets:
            return 0.0
        args: list = [self.clock()]
        for bucket in buckets:
            args += [bucket.rate, bucket.capacity]
        keys = [self.pause_key] + [self._key(bucket.name) for bucket in buckets]
        return float(self._take(keys=keys, args=args))

    def acquire(self, classes: tuple[str, ...], max_sleep: float = MAX_SLEEP_SECONDS,
                sleep: Callable[[float], None] = time.sleep) -> None:
        while True:
            wait = self.wait_for(classes)
            if wait <= 0:
                return
            if wait > max_sleep:
                raise RetryLater(wait, f"rate limit for {self.account_key}: next slot in {wait:.1f}s")
            sleep(wait)

    def pause(self, seconds: float) -> None:
        """Every worker holds off this account for `seconds` (a 429's Retry-After)."""
        self.conn.set(self.pause_key, 1, px=max(1, int(seconds * 1000)))

    def observe_remaining(self, remaining: int) -> None:
        """The helpdesk says how many calls are left in its window; never hold more tokens than that
        (other integrations share the account's quota)."""
        bucket = self.buckets.get("all")
        if bucket is None:
            return
        key = self._key("all")
        tokens = self.conn.hget(key, "tokens")
        if tokens is not None and float(tokens) > remaining:
            self.conn.hset(key, "tokens", max(0, remaining))


class RateLimitedAdapter(HTTPAdapter):
    """requests adapter: acquire before sending, learn from the answer. `classify(method, path)` names the
    endpoint classes a request counts against, e.g. ("all", "updates")."""

    def __init__(self, limiter: RateLimiter, classify: Callable[[str, str], tuple[str, ...]], **kwargs):
        super().__init__(**kwargs)
        self.limiter, self.classify = limiter, classify

    def send(self, request, **kwargs):
        path = "/" + request.url.split("://", 1)[-1].split("/", 1)[-1].split("?", 1)[0]
        self.limiter.acquire(self.classify(request.method, path))
        response = super().send(request, **kwargs)
        remaining = response.headers.get("X-Rate-Limit-Remaining") or response.headers.get("ratelimit-remaining") \
            or response.headers.get("X-RateLimit-Remaining")
        if remaining and remaining.strip().isdigit():
            self.limiter.observe_remaining(int(remaining))
        if response.status_code == 429:
            retry_after = response.headers.get("Retry-After", "")
            seconds = float(retry_after) if retry_after.replace(".", "", 1).isdigit() else 60.0
            if remaining and remaining.strip().isdigit() and int(remaining) > 0:
                # The account still has calls left: this 429 is one endpoint's own limit (an export, one ticket's
                # updates), so only that job waits (RetryLater) and the rest of the account carries on.
                log.warning("helpdesk endpoint rate limited account=%s path=%s retry_after=%ss",
                            self.limiter.account_key, path, seconds)
                return response
            self.limiter.pause(seconds)
            log.warning("helpdesk rate limited account=%s pause=%ss", self.limiter.account_key, seconds)
        return response


class RateLimitError(ValueError):
    """A plan name or override that cannot be read; the message names the setting."""


def limits_for(helpdesk: str, plan: str = "", override: str = "") -> dict[str, int]:
    """Per-minute limits: the plan's (or the helpdesk's smallest plan's), then "all=700,updates=100" on top."""
    plan = plan or DEFAULT_PLAN[helpdesk]
    if (helpdesk, plan) not in PLAN_LIMITS:
        known = ", ".join(p for h, p in PLAN_LIMITS if h == helpdesk)
        raise RateLimitError(f"{helpdesk.upper()}_PLAN={plan!r} is not a plan; use one of {known}")
    limits = dict(PLAN_LIMITS[(helpdesk, plan)])
    for part in filter(None, (p.strip() for p in override.split(","))):
        name, _, value = part.partition("=")
        if name.strip() not in ("all", "updates") or not value.strip().isdigit() or int(value) <= 0:
            raise RateLimitError(f"{helpdesk.upper()}_RATE_LIMIT: {part!r} should look like all=700 or updates=100")
        limits[name.strip()] = int(value)
    return limits


def endpoint_classes(method: str, path: str) -> tuple[str, ...]:
    """Every call counts against "all"; writes to tickets also count against the ticket-update limit."""
    if method in ("PUT", "POST", "PATCH", "DELETE") and "/tickets" in path:
        return ("all", "updates")
    return ("all",)


def install_rate_limiter(session, conn: redis.Redis, account_key: str, limits: dict[str, int],
                         classify: Callable[[str, str], tuple[str, ...]]) -> RateLimiter:
    limiter = RateLimiter(conn, account_key, buckets_for(limits))
    adapter = RateLimitedAdapter(limiter, classify)
    session.mount("https://", adapter)
    session.mount("http://", adapter)
    return limiter
