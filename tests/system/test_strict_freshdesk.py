"""The stand-in Freshdesk refuses what the real one refuses (../shared/helpdesk-facts.md), and calmdesk keeps going:
a due_by on a Pending ticket, a ticket lacking a mandatory field, a plan without parent-child tickets."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta, timezone

import pytest
import requests

from tests.conftest import FRESHDESK_API_KEY, post_freshdesk, run_worker_burst
from tests.worker_processes import failed_job_ids
from worker import followups
from calmdesk.helpdesks.base import Refused
from calmdesk.helpdesks.freshdesk.client import FreshdeskClient

UPSET = ("This is the third time I'm writing about order #48213. It is still not here, nobody answers, "
         "and frankly this is unacceptable. I want a manager to call me today.")


def put(freshdesk, ticket, body):
    return requests.put(f"{freshdesk.url}/api/v2/tickets/{ticket}", json=body, auth=(FRESHDESK_API_KEY, "X"))


def escalate(client, freshdesk, env, ticket):
    freshdesk.customer_says(ticket, UPSET)
    assert post_freshdesk(client, freshdesk.advanced_webhook(ticket)).status_code == 202
    return run_worker_burst(env)


@pytest.mark.parametrize("status", [3, 4, 5, 6])
def test_the_stand_in_refuses_due_by_while_the_sla_timer_is_off(freshdesk, status):
    ticket = freshdesk.create_ticket("Where is my order?", "Dana Whitfield", "Where?", status=status)
    answer = put(freshdesk, ticket, {"due_by": "2030-01-01T00:00:00Z"})
    assert answer.status_code == 400 and answer.json()["errors"][0]["field"] == "due_by"
    assert freshdesk.tickets[ticket]["due_by"] is None


def test_the_stand_in_refuses_due_by_before_fr_due_by(freshdesk):
    ticket = freshdesk.create_ticket("Where is my order?", "Dana Whitfield", "Where?", fr_due_by="2030-01-02T00:00:00Z")
    assert put(freshdesk, ticket, {"due_by": "2030-01-01T00:00:00Z"}).status_code == 400
    assert put(freshdesk, ticket, {"due_by": "2030-01-03T00:00:00Z"}).status_code == 200


def test_the_stand_in_refuses_any_update_of_a_ticket_missing_a_mandatory_field(freshdesk):
    ticket = freshdesk.create_ticket("Where is my order?", "Dana Whitfield", "Where?")
    freshdesk.missing_mandatory[ticket] = "cf_order_number"
    answer = put(freshdesk, ticket, {"priority": 3})
    assert answer.status_code == 400
    assert answer.json()["errors"] == [{"field": "cf_order_number", "code": "missing_field",
                                        "message": "It should not be blank as this is a mandatory field"}]
    with pytest.raises(Refused) as refused:
        FreshdeskClient(freshdesk.url, FRESHDESK_API_KEY)._call("PUT", f"/tickets/{ticket}", json={"priority": 3})
    assert refused.value.fields == ("cf_order_number",) and refused.value.codes == ("missing_field",)


def test_due_by_refused_on_a_pending_ticket_keeps_the_followup_and_the_note_job_succeeds(client, freshdesk, env,
                                                                                        redis):
    ticket = freshdesk.create_ticket("Where is my order?", "Dana Whitfield", "Where?", status=3)  # Pending
    result = escalate(client, freshdesk, env, ticket)
    assert len(freshdesk.notes(ticket)) == 1
    due_puts = [r for r in freshdesk.log.matching("PUT", f"/api/v2/tickets/{ticket}") if "due_by" in (r.json or {})]
    assert [r.status for r in due_puts] == [400]  # tried once, refused, not retried
    assert freshdesk.tickets[ticket]["due_by"] is None
    (record,) = followups.listing(redis)  # calmdesk's own check is still scheduled
    assert record.ticket_id == str(ticket) and record.state == followups.SCHEDULED
    assert failed_job_ids(redis) == []
    assert "freshdesk due_by not set" in result.stderr


def test_a_ticket_missing_a_mandatory_field_keeps_its_note_and_skips_the_tags_with_one_warning(client, freshdesk,
                                                                                              env, redis):
    ticket = freshdesk.create_ticket("Where is my order?", "Dana Whitfield", "Where?")
    freshdesk.missing_mandatory[ticket] = "cf_order_number"
    result = escalate(client, freshdesk, env, ticket)
    assert len(freshdesk.notes(ticket)) == 1
    assert freshdesk.tickets[ticket]["tags"] == []
    warnings = [line for line in result.stderr.splitlines() if "freshdesk tags skipped" in line]
    assert len(warnings) == 1 and "WARNING" in warnings[0] and "cf_order_number" in warnings[0]
    assert failed_job_ids(redis) == []
    # the note job was not retried: one note POST
    assert len(freshdesk.log.matching("POST", f"/api/v2/tickets/{ticket}/notes")) == 1


def test_parent_id_without_the_feature_is_400_inaccessible_field_and_calmdesk_sets_due_by(freshdesk, caplog):
    freshdesk.parent_child = False
    ticket = freshdesk.create_ticket("Where is my order?", "Dana Whitfield", "Where?")
    direct = requests.post(f"{freshdesk.url}/api/v2/tickets", auth=(FRESHDESK_API_KEY, "X"), json={
        "subject": "s", "description": "d", "status": 2, "priority": 1, "email": "a@b.example", "parent_id": ticket})
    assert direct.status_code == 400 and direct.json()["errors"][0]["code"] == "inaccessible_field"
    client = FreshdeskClient(freshdesk.url, FRESHDESK_API_KEY, followup_mode="child_ticket")
    due = datetime.now(timezone.utc) + timedelta(days=1)
    caplog.set_level(logging.WARNING, "calmdesk.helpdesk")
    reference = client.create_followup(client.ticket(str(ticket)), due, "<p>Call Dana back.</p>", "k")
    assert reference == str(ticket) and freshdesk.tickets[ticket]["due_by"] == due.strftime("%Y-%m-%dT%H:%M:%SZ")
    assert "setting due_by instead" in caplog.text
    assert len(freshdesk.tickets) == 1  # no child ticket


def test_resolving_a_child_missing_a_required_for_closure_field_is_refused(freshdesk):
    ticket = freshdesk.create_ticket("Where is my order?", "Dana Whitfield", "Where?")
    client = FreshdeskClient(freshdesk.url, FRESHDESK_API_KEY, followup_mode="child_ticket")
    snapshot = client.ticket(str(ticket))
    child = client.create_followup(snapshot, datetime.now(timezone.utc) + timedelta(days=1), "<p>Call back.</p>", "k")
    freshdesk.missing_for_closure[int(child)] = "cf_resolution_code"
    with pytest.raises(Refused) as refused:  # the follow-up job gives up on it (tests/test_followup_limits.py)
        client.close_followup(child, snapshot, "done")
    assert refused.value.fields == ("cf_resolution_code",)
    assert freshdesk.tickets[int(child)]["status"] == 2
    assert put(freshdesk, child, {"priority": 3}).status_code == 200  # other updates of it are accepted
