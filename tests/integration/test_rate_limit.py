"""The shared token bucket: unit behaviour on a real Redis with a fake clock, and pausing on 429."""

import pytest

from calmdesk.helpdesks.base import RetryLater
from calmdesk.helpdesks.rate_limit import Bucket, RateLimiter, buckets_for


class Clock:
    def __init__(self, now=1000.0):
        self.now = now

    def __call__(self):
        return self.now


def limiter(redis, clock, per_minute=60, capacity=5):
    return RateLimiter(redis, "zendesk:default", {"all": Bucket("all", per_minute, capacity)}, clock=clock)


def test_burst_up_to_capacity_then_waits_at_the_rate(redis):
    clock = Clock()
    lim = limiter(redis, clock)
    assert [lim.wait_for(("all",)) for _ in range(5)] == [0, 0, 0, 0, 0]
    assert lim.wait_for(("all",)) == pytest.approx(1.0)  # 60/min = one token a second
    clock.now += 1.0
    assert lim.wait_for(("all",)) == 0


def test_buckets_are_shared_between_limiter_instances(redis):
    clock = Clock()
    first, second = limiter(redis, clock, capacity=2), limiter(redis, clock, capacity=2)
    assert first.wait_for(("all",)) == 0 and second.wait_for(("all",)) == 0
    assert first.wait_for(("all",)) > 0 and second.wait_for(("all",)) > 0


def test_accounts_do_not_share_buckets(redis):
    clock = Clock()
    a = RateLimiter(redis, "zendesk:a", {"all": Bucket("all", 60, 1)}, clock=clock)
    b = RateLimiter(redis, "zendesk:b", {"all": Bucket("all", 60, 1)}, clock=clock)
    assert a.wait_for(("all",)) == 0 and b.wait_for(("all",)) == 0


def test_updates_class_has_its_own_lower_limit(redis):
    clock = Clock()
    lim = RateLimiter(redis, "zendesk:default", {"all": Bucket("all", 600, 10), "updates": Bucket("updates", 60, 1)},
                      clock=clock)
    assert lim.wait_for(("all", "updates")) == 0
    assert lim.wait_for(("all",)) == 0  # reads still flow
    assert lim.wait_for(("all", "updates")) == pytest.approx(1.0)


def test_pause_holds_every_worker_for_retry_after(redis):
    clock = Clock()
    lim, other = limiter(redis, clock), limiter(redis, clock)
    lim.pause(30)
    assert other.wait_for(("all",)) == pytest.approx(30, abs=0.5)


def test_long_wait_reschedules_instead_of_blocking(redis):
    clock = Clock()
    lim = limiter(redis, clock, per_minute=1, capacity=1)
    lim.acquire(("all",))
    slept = []
    with pytest.raises(RetryLater) as raised:
        lim.acquire(("all",), max_sleep=2.0, sleep=slept.append)
    assert raised.value.seconds == pytest.approx(60) and slept == []


def test_short_wait_sleeps_in_place(redis):
    clock = Clock()
    lim = limiter(redis, clock, per_minute=60, capacity=1)
    lim.acquire(("all",))

    def sleep(seconds):
        clock.now += seconds

    lim.acquire(("all",), sleep=sleep)
    assert clock.now == pytest.approx(1001.0)


def test_remaining_header_caps_the_tokens(redis):
    clock = Clock()
    lim = limiter(redis, clock, per_minute=600, capacity=50)
    lim.wait_for(("all",))
    lim.observe_remaining(0)
    assert lim.wait_for(("all",)) > 0


def test_default_buckets_keep_any_window_within_the_limit_with_room_for_jitter():
    for limit in (50, 200, 700, 2500):
        bucket = buckets_for({"all": limit})["all"]
        # At most capacity + rate * 60 calls fit in any 60 s window, the first included.
        assert bucket.capacity + bucket.rate * 60 <= limit * 0.99
        assert bucket.rate * 60 >= limit * 0.95  # and the drain stays near the limit


def test_waiting_on_one_bucket_takes_nothing_from_the_others(redis):
    """Taking from "all" while waiting on "updates" would spend tokens for nothing; under contention the two
    buckets then drained out of phase and workers waited for ever."""
    clock = Clock()
    lim = RateLimiter(redis, "zendesk:default", {"all": Bucket("all", 60, 2), "updates": Bucket("updates", 60, 1)},
                      clock=clock)
    assert lim.wait_for(("all", "updates")) == 0  # all: 1 left, updates: 0 left
    for _ in range(5):
        assert lim.wait_for(("all", "updates")) > 0
    assert lim.wait_for(("all",)) == 0  # the failed attempts took nothing from "all"
