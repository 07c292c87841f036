"""Follow-ups that cannot proceed stop after a bounded number of calls, with the reason in the record; 400/422
refusals read as what they are; a lost Redis does not post a second note."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone

import pytest
import requests
from click.testing import CliRunner

from calmdesk.cli.backfill import backfill_command
from calmdesk.cli.followups import followups_command
from tests.conftest import post_zendesk, run_worker_burst
from tests.worker_processes import failed_job_ids, run_scheduled_now
from worker import followups
from calmdesk.helpdesks.base import Refused, TicketFull, send

UPSET = ("This is the third time I'm writing about order #48213. It is still not here, nobody answers, "
         "and frankly this is unacceptable. I want a manager to call me today.")


def escalate(client, zendesk, env):
    ticket = zendesk.create_ticket("Where is my order?", "Dana Whitfield", "Where is order #48213?")
    comment = zendesk.customer_says(ticket, UPSET)
    assert post_zendesk(client, zendesk.comment_added_event(ticket, comment)).status_code == 202
    run_worker_burst(env)
    return ticket


def due_now(redis) -> followups.Followup:
    """The one scheduled follow-up, made due: its record and its RQ job (deterministic, no waiting)."""
    (record,) = followups.listing(redis)
    past = (datetime.now(timezone.utc) - timedelta(minutes=5)).isoformat()
    followups.save(redis, replace(record, due_at=past))
    assert run_scheduled_now(redis, only=[f"followup-{record.id}"]) == 1
    return record


def sweep(redis, monkeypatch) -> int:
    from worker.jobs import sweep_overdue_followups

    monkeypatch.setenv("CALMDESK_SWEEP_GRACE", "0")
    return sweep_overdue_followups(redis, "calmdesk", 30)


def test_a_deleted_tickets_followup_stops_after_a_bounded_number_of_calls(client, zendesk, env, redis, monkeypatch):
    ticket = escalate(client, zendesk, env)
    record = due_now(redis)
    del zendesk.tickets[ticket]  # deleted in Zendesk before the follow-up was due
    zendesk.log.requests.clear()
    run_worker_burst(env)
    after_first = len(zendesk.log.requests)
    assert 1 <= after_first <= 4
    done = followups.load(redis, record.id)
    assert done.state == followups.GAVE_UP and "404" in done.error  # visible in the follow-up record
    # the 15 s sweep no longer sees it: nothing is queued, no more calls
    for _ in range(3):
        assert sweep(redis, monkeypatch) == 0
        run_worker_burst(env)
    assert len(zendesk.log.requests) == after_first
    assert followups.listing(redis) == [] and failed_job_ids(redis) == []
    shown = CliRunner().invoke(followups_command, ["--all"], env=env)
    assert shown.exit_code == 0 and "given-up" in shown.output and "404" in shown.output


def test_a_task_zendesk_will_not_solve_is_given_up_with_the_reason(client, zendesk, env, redis, monkeypatch):
    ticket = escalate(client, zendesk, env)
    zendesk.tickets[ticket]["status"] = "solved"  # so the follow-up closes its task
    zendesk.required_when_solving = "type"  # ... which Zendesk refuses: 422 RecordInvalid, "Type is required"
    for task in zendesk.tickets.values():
        if task.get("type") == "task":
            task["type"] = None
    record = due_now(redis)
    run_worker_burst(env)
    done = followups.load(redis, record.id)
    assert done.state == followups.GAVE_UP and "422" in done.error and "required when solving" in done.error
    assert sweep(redis, monkeypatch) == 0 and failed_job_ids(redis) == []


def test_a_followup_that_keeps_failing_is_given_up_after_max_attempts(client, zendesk, env, redis, monkeypatch):
    escalate(client, zendesk, env)
    record = due_now(redis)
    followups.save(redis, replace(followups.load(redis, record.id), attempts=followups.MAX_ATTEMPTS - 1))
    zendesk.inject("GET", f"/api/v2/tickets/{record.ticket_id}", 500, times=10)
    run_worker_burst(env)
    done = followups.load(redis, record.id)
    assert done.state == followups.GAVE_UP and done.attempts == followups.MAX_ATTEMPTS
    assert "5 runs failed" in done.error


class _Answer(requests.Response):
    def __init__(self, status: int, body: bytes):
        super().__init__()
        self.status_code, self._content = status, body
        self.headers["Content-Type"] = "application/json"


class _Session:
    def __init__(self, answer):
        self.answer = answer

    def request(self, method, url, **kwargs):
        return self.answer


@pytest.mark.parametrize("status, body, error, fields", [
    (422, b'{"error":"RecordInvalid","description":"Record validation errors","details":{"type":[{"description":'
          b'"Type: is required when solving","error":"BlankValue"}]}}', Refused, ("type",)),
    (422, b'{"error":"RecordInvalid","description":"Record validation errors","details":{"assignee":[{"description":'
          b'"Assignee: is invalid"}]}}', Refused, ("assignee",)),
    (422, b'{"error":"RecordInvalid","description":"Ticket has reached the comment limit"}', TicketFull, ()),
    (400, b'{"description":"Validation failed","errors":[{"field":"cf_order","message":"It should not be blank as '
          b'this is a mandatory field","code":"missing_field"}]}', Refused, ("cf_order",)),
])
def test_status_to_error_reads_the_body(status, body, error, fields):
    with pytest.raises(error) as raised:
        send(_Session(_Answer(status, body)), "PUT", "https://x.example/api/v2/tickets/1")
    if error is Refused:
        assert raised.value.fields == fields


def test_losing_redis_does_not_make_backfill_post_a_second_note(zendesk, redis, env):
    ticket = zendesk.create_ticket("Refund", "Dana Angry", "This is the THIRD time I write. I want a refund NOW, "
                                   "this is unacceptable and I will cancel my account!!!")
    environ = {**env, "CALMDESK_CONFIG": ""}
    assert CliRunner().invoke(backfill_command, ["--since", "1d"], env=environ).exit_code == 0
    run_worker_burst(env)
    assert len(zendesk.notes(ticket)) == 1
    redis.flushdb()  # a new Redis server, or a container without a volume: every key is gone
    zendesk.idempotency.clear()  # and Zendesk keeps an Idempotency-Key for a limited time only
    again = CliRunner().invoke(backfill_command, ["--since", "1d"], env=environ)
    assert again.exit_code == 0 and "1 queued" in again.output
    run_worker_burst(env)
    assert len(zendesk.notes(ticket)) == 1  # the marker was found on the ticket
    assert len([t for t in zendesk.tickets.values() if t.get("type") == "task"]) == 1  # and the task was reused
    assert len([r for r in zendesk.log.matching("PUT", f"/api/v2/tickets/{ticket}")
                if r.path == f"/api/v2/tickets/{ticket}" and "comment" in ((r.json or {}).get("ticket") or {})]) == 1


def test_a_refused_task_create_keeps_the_rest_of_the_note_job(client, zendesk, env, redis, tmp_path):
    """Zendesk 422 on POST /tickets (a required field for tasks, say): the note, tags and priority stay, and the
    promise is kept by calmdesk's own check (no task to close)."""
    config = tmp_path / "calmdesk.yaml"
    config.write_text("rules: {bump_priority: {levels: [very_negative, negative], to: urgent}}\n")
    env = {**env, "CALMDESK_CONFIG": str(config)}
    zendesk.inject("POST", "/api/v2/tickets", 422)
    ticket = escalate(client, zendesk, env)
    assert zendesk.tickets[ticket]["priority"] == "urgent" and "calmdesk_flagged" in zendesk.tickets[ticket]["tags"]
    (record,) = followups.listing(redis)
    assert record.reference == "" and record.state == followups.SCHEDULED
    assert failed_job_ids(redis) == []


def test_enterprise_plus_is_a_plan():
    from calmdesk.helpdesks.rate_limit import limits_for

    assert limits_for("zendesk", "enterprise_plus")["all"] == 2500
