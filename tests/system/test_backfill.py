"""`calmdesk backfill` against a stand-in Zendesk with 500 tickets (and a stand-in Freshdesk)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from rq import Queue
from rq.serializers import JSONSerializer

from calmdesk.cli.backfill import backfill_command
from calmdesk.keys import backfill_cursor_key
from calmdesk.ops.backfill import FreshdeskLister, ZendeskLister, backfill
from calmdesk.config import Config, parse_config
from tests.conftest import ZENDESK_TOKEN, run_worker_burst

TICKETS = 500


@pytest.fixture
def seeded(zendesk):
    """500 tickets: every 5th solved, every 7th closed, every 10th tagged spam."""
    for n in range(TICKETS):
        status = "solved" if n % 5 == 0 else "closed" if n % 7 == 0 else ("pending" if n % 3 == 0 else "open")
        tags = ["spam"] if n % 10 == 1 else []
        zendesk.create_ticket(f"Order {n}", f"Customer {n}", "Where is my order?", status=status, tags=tags)
    zendesk.export_page_size = 100  # five pages (Zendesk's are up to 1,000; calmdesk sends no per_page)
    return zendesk


def open_ids(sandbox) -> set[str]:
    return {str(t["id"]) for t in sandbox.tickets.values() if t["status"] not in ("solved", "closed")}


class Sleeps(list):
    def __call__(self, seconds: float) -> None:  # records waits instead of waiting
        self.append(seconds)


def lister(sandbox, sleeps=None, page_size=100) -> ZendeskLister:
    return ZendeskLister(sandbox.url, (f"{sandbox.email}/token", ZENDESK_TOKEN), "default", page_size,
                         sleeps if sleeps is not None else Sleeps())


def queued_events(redis) -> list[dict]:
    return [job.args[0] for job in Queue("calmdesk", connection=redis, serializer=JSONSerializer).jobs]


def test_every_open_ticket_is_queued_once_with_paced_listing(seeded, redis):
    sleeps = Sleeps()
    report = backfill(redis, "calmdesk", Config(), lister(seeded, sleeps), 7 * 86400, pace=6.5)
    expected = open_ids(seeded)
    assert (report.seen, report.pages) == (TICKETS, 5)
    assert report.queued == report.open == len(expected)
    events = queued_events(redis)
    assert {e["ticket_id"] for e in events} == expected and len(events) == len(expected)
    event = events[0]
    assert event["text"] == "" and event["kind"] == "customer_message" and event["account"] == "default"
    assert event["delivery_id"] == f"backfill:{event['ticket_id']}:{seeded.tickets[int(event['ticket_id'])]['updated_at']}"
    listing = seeded.log.matching("GET", "/api/v2/incremental/tickets/cursor.json")
    assert len(listing) == 5
    assert sleeps == [6.5] * 4  # paced between pages, not before the first
    assert redis.get(backfill_cursor_key("zendesk", "default")) is None  # finished: no cursor left

    again = backfill(redis, "calmdesk", Config(), lister(seeded), 7 * 86400, pace=0)
    assert (again.queued, again.duplicates) == (0, len(expected))  # the webhook's dedup applies
    assert len(queued_events(redis)) == len(expected)


def test_an_interrupted_backfill_resumes_from_its_cursor(seeded, redis):
    seeded.inject("GET", "/api/v2/incremental", 500, times=1)
    seen_pages = []

    def stop_after_two(page, report):
        seen_pages.append(page.seen)
        if len(seen_pages) == 2:
            seeded.inject("GET", "/api/v2/incremental", 500, times=5)

    from calmdesk.helpdesks.base import Unavailable

    with pytest.raises(Unavailable):
        backfill(redis, "calmdesk", Config(), lister(seeded), 7 * 86400, pace=0)  # the very first call fails
    assert redis.get(backfill_cursor_key("zendesk", "default")) is None
    with pytest.raises(Unavailable):
        backfill(redis, "calmdesk", Config(), lister(seeded), 7 * 86400, pace=0, on_page=stop_after_two)
    saved = json.loads(redis.get(backfill_cursor_key("zendesk", "default")))
    assert saved["seen"] == 200 and saved["cursor"]
    queued_before = len(queued_events(redis))
    assert 0 < queued_before < len(open_ids(seeded))

    seeded.log.faults.clear()
    seeded.log.requests.clear()
    resumed = backfill(redis, "calmdesk", Config(), lister(seeded), 7 * 86400, pace=0)
    assert resumed.resumed and resumed.seen == TICKETS and resumed.pages == 3
    first_call = seeded.log.matching("GET", "/api/v2/incremental")[0]
    assert first_call.status == 200
    assert len(seeded.log.matching("GET", "/api/v2/incremental")) == 3  # pages 3-5 only
    assert resumed.duplicates == 0
    events = queued_events(redis)
    assert {e["ticket_id"] for e in events} == open_ids(seeded) and len(events) == len(open_ids(seeded))


def test_rate_limited_listing_waits_as_told(seeded, redis):
    seeded.inject("GET", "/api/v2/incremental", 429, headers={"Retry-After": "7"}, times=1)
    sleeps = Sleeps()
    seeded.export_page_size = 1000
    report = backfill(redis, "calmdesk", Config(), lister(seeded, sleeps, page_size=1000), 7 * 86400, pace=0)
    assert sleeps == [7.0] and report.queued == len(open_ids(seeded)) and report.pages == 1


def test_the_rules_decide_which_tickets_are_watched(seeded, redis):
    config, problems = parse_config({"rules": {"tags": {"exclude": ["spam"]}}})
    assert problems == []
    report = backfill(redis, "calmdesk", config, lister(seeded), 7 * 86400, pace=0)
    spam = {str(t["id"]) for t in seeded.tickets.values() if "spam" in t["tags"]}
    assert report.not_watched == len(open_ids(seeded) & spam) > 0
    assert {e["ticket_id"] for e in queued_events(redis)} == open_ids(seeded) - spam


def test_old_tickets_are_left_alone(seeded, redis):
    import time

    report = backfill(redis, "calmdesk", Config(), lister(seeded), 3600, pace=0, now=time.time() + 2 * 86400)
    assert (report.seen, report.queued) == (0, 0)


def test_a_backfilled_ticket_is_analysed_like_a_webhook_delivery(zendesk, redis, env):
    upset = zendesk.create_ticket("Refund", "Dana Angry", "This is the THIRD time I write. I want a refund NOW, this "
                                  "is unacceptable and I will cancel my account!!!")
    calm = zendesk.create_ticket("Question", "Carl Calm", "Hello, could you tell me when the store opens? Thanks!")
    result = CliRunner().invoke(backfill_command, ["--since", "1d"], env={**env, "CALMDESK_CONFIG": ""})
    assert result.exit_code == 0, result.output
    assert "2 tickets updated in the last 1d: 2 open, 2 queued" in result.output
    run_worker_burst(env)
    assert len(zendesk.notes(upset)) == 1 and zendesk.notes(calm) == []
    # The note changed the ticket's updated_at, so a second backfill queues it again (and whatever else changed):
    # the turn state and its cooldown, as for a webhook, keep it from being noted twice.
    again = CliRunner().invoke(backfill_command, ["--since", "1d"], env={**env, "CALMDESK_CONFIG": ""})
    assert again.exit_code == 0 and "1 already queued before" in again.output  # the calm ticket did not change
    run_worker_burst(env)
    assert len(zendesk.notes(upset)) == 1 and zendesk.notes(calm) == []


def test_freshdesk_backfill_pages_through_open_tickets(redis):
    sandbox_module = pytest.importorskip("calmdesk.sandbox.freshdesk")
    from calmdesk.sandbox.freshdesk_admin import register_admin_routes
    from calmdesk.sandbox.serving import ServerThread

    sandbox = sandbox_module.FreshdeskSandbox(api_key="fd-key", limit_per_minute=None)
    register_admin_routes(sandbox.app, sandbox)
    for n in range(250):
        sandbox.create_ticket(f"Order {n}", f"Customer {n}", "Where is my order?", status=(2, 3, 4, 5)[n % 4])
    with ServerThread(sandbox.app) as server:
        sleeps = Sleeps()
        report = backfill(redis, "calmdesk", Config(), FreshdeskLister(server.url, ("fd-key", "X"), "default", 100,
                                                                       sleeps), 7 * 86400)
    expected = {str(t["id"]) for t in sandbox.tickets.values() if t["status"] in (2, 3)}
    assert (report.seen, report.pages, report.queued) == (250, 3, len(expected))
    # the default pace keeps the Tickets List under its own limit, 20 calls a minute on Growth
    assert len(sleeps) == 2 and all(60 / s <= 20 for s in sleeps)
    events = queued_events(redis)
    assert {e["ticket_id"] for e in events} == expected and {e["helpdesk"] for e in events} == {"freshdesk"}
    assert events[0]["channel"] == "email"
