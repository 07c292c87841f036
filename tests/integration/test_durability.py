"""Nothing accepted is lost: a 2xx only once the event is in Redis, 503 + Retry-After when it cannot be, and the
persistent embedded Redis (append-only file) keeps queued and scheduled jobs across a restart."""

from datetime import timedelta

import pytest
import redis as redis_lib

from calmdesk.ops.embedded_redis import EmbeddedRedis
from calmdesk.settings import load_settings
from tests.conftest import post_zendesk, run_worker_burst
from tests.figures import record_notes
from tests.worker_processes import queue, run_scheduled_now, scheduled_job_ids
from webhooks.app import create_app

UPSET = ("This is the third time I'm writing about order #48213. It is still not here, nobody answers, "
         "and frankly this is unacceptable. I want a manager to call me today.")


@pytest.fixture
def persistent_redis(tmp_path):
    server = EmbeddedRedis(tmp_path / "redis-data").start()
    yield server
    server.stop()


def upset_event(zendesk):
    ticket = zendesk.create_ticket("Where is my order?", "Dana Whitfield", "Where is order #48213?")
    return ticket, zendesk.comment_added_event(ticket, zendesk.customer_says(ticket, UPSET))


def test_restart_keeps_queued_scheduled_and_dedup_state(persistent_redis, zendesk, env):
    env = {**env, "REDIS_URL": persistent_redis.url}
    client = create_app({"TESTING": True, "CALMDESK_SETTINGS": load_settings(env)}).test_client()
    queued_tickets, events = [], []
    for _ in range(3):
        ticket, event = upset_event(zendesk)
        assert post_zendesk(client, event).status_code == 202
        queued_tickets.append(ticket)
        events.append(event)
    conn = redis_lib.Redis.from_url(persistent_redis.url)
    later_ticket, later_event = upset_event(zendesk)
    from calmdesk.events import TicketEvent
    from calmdesk.helpdesks.zendesk.webhook import normalise_zendesk_delivery
    scheduled_event: TicketEvent = normalise_zendesk_delivery(later_event, "later")
    scheduled = queue(conn).enqueue_in(timedelta(hours=1), "worker.jobs.analyse_event", scheduled_event.to_dict())
    before = (queue(conn).get_job_ids(), scheduled_job_ids(conn))
    assert len(before[0]) == 3 and before[1] == [scheduled.id]

    persistent_redis.stop()  # SIGTERM: Redis writes the append-only file and exits
    assert client.post("/webhooks/zendesk").status_code in (415, 503)
    assert post_zendesk(client, events[0]).status_code == 503  # down: not 2xx, not 500
    persistent_redis.start()

    conn = redis_lib.Redis.from_url(persistent_redis.url)
    assert (queue(conn).get_job_ids(), scheduled_job_ids(conn)) == before
    assert post_zendesk(client, events[0]).status_code == 200  # the dedup key survived too: still a duplicate
    run_worker_burst(env)
    assert run_scheduled_now(conn, only=[scheduled.id]) == 1
    run_worker_burst(env)
    posted = [len(zendesk.notes(t)) for t in queued_tickets + [later_ticket]]
    record_notes("Redis restart with 3 queued and 1 scheduled job", 4, sum(posted), "all kept, one note each")
    assert posted == [1, 1, 1, 1]


def test_enqueue_failing_after_dedup_answers_503_and_the_retry_is_accepted(client, zendesk, redis, monkeypatch):
    """Redis fails between the dedup key and the job: 503 with Retry-After, and the dedup key is gone again."""
    import calmdesk.queue as enqueue
    ticket, event = upset_event(zendesk)

    def broken_enqueue(*args, **kwargs):
        raise redis_lib.ConnectionError("connection reset")

    monkeypatch.setattr(enqueue.Queue, "enqueue_call", broken_enqueue)
    response = post_zendesk(client, event)
    assert response.status_code == 503 and response.headers["Retry-After"].isdigit()
    assert set(response.get_json()) == {"error", "detail"}
    assert redis.keys("calmdesk:delivery:*") == []
    monkeypatch.undo()
    assert post_zendesk(client, event).status_code == 202
    assert len(queue(redis)) == 1


def test_every_2xx_is_already_in_redis(client, zendesk, redis):
    """Checked right after each answer, with no worker running: a 202 means the job is in the queue now."""
    for n in range(5):
        ticket, event = upset_event(zendesk)
        response = post_zendesk(client, event)
        assert response.status_code == 202
        jobs = queue(redis).get_jobs()
        assert len(jobs) == n + 1 and jobs[-1].args[0]["ticket_id"] == str(ticket)
