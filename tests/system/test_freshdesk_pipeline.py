"""End to end: Freshdesk rule webhook -> Flask -> real Redis -> real worker process -> sandbox Freshdesk.
And the Freshdesk client against the sandbox: tags, follow-ups, errors."""

from datetime import datetime, timedelta, timezone

import pytest
import requests

from calmdesk.settings import load_settings
from tests.conftest import (FRESHDESK_API_KEY, freshdesk_headers, post_freshdesk, queued_jobs,
                            run_worker_burst)
from webhooks.app import create_app
from calmdesk.helpdesks.base import CredentialsRejected, RetryLater, TicketGone
from calmdesk.helpdesks.freshdesk.client import FreshdeskClient

UPSET = ("This is the third time I'm writing about order #48213. It is still not here, nobody answers, "
         "and frankly this is unacceptable. I want a manager to call me today.")
CALM = ("Hi, the CSV export on the reports page gives a 500 error since this morning. "
        "Steps: open Reports, click Export. Could you take a look? Thanks, Priya")


def deliver(client, freshdesk, ticket_id, text, form="advanced"):
    freshdesk.customer_says(ticket_id, text)
    payload = (freshdesk.advanced_webhook(ticket_id) if form == "advanced" else freshdesk.simple_webhook(ticket_id))
    return post_freshdesk(client, payload)


def note_posts(freshdesk, ticket_id):
    return freshdesk.log.matching("POST", f"/api/v2/tickets/{ticket_id}/notes")


def client_for(freshdesk, **kwargs) -> FreshdeskClient:
    return FreshdeskClient(freshdesk.url, FRESHDESK_API_KEY, **kwargs)


# --- the pipeline ------------------------------------------------------------------------------------------------
def test_calm_message_gets_no_note(client, freshdesk, env, redis):
    ticket = freshdesk.create_ticket("Export fails", "Priya Natarajan", "Hello!")
    assert deliver(client, freshdesk, ticket, CALM).status_code == 202
    assert queued_jobs(redis) == 1
    run_worker_burst(env)
    assert freshdesk.notes(ticket) == []
    assert note_posts(freshdesk, ticket) == []
    assert freshdesk.log.matching("PUT", f"/api/v2/tickets/{ticket}") == []


@pytest.mark.parametrize("form", ["advanced", "simple"])
def test_upset_message_gets_exactly_one_private_note(client, freshdesk, env, redis, form):
    ticket = freshdesk.create_ticket("Where is my order?", "Dana Whitfield", "Where is order #48213?")
    freshdesk.tickets[ticket]["tags"] = ["vip"]
    assert deliver(client, freshdesk, ticket, UPSET, form=form).status_code == 202
    run_worker_burst(env)
    assert len(freshdesk.notes(ticket)) == 1
    posts = note_posts(freshdesk, ticket)
    assert len(posts) == 1 and posts[0].status == 201
    assert posts[0].json["private"] is True
    html = posts[0].json["body"]
    assert "third time" in html  # the customer's own words are quoted
    assert "Dana" in html  # the draft greets the customer by name
    assert "calmdesk-ref:freshdesk-" in html
    tags = freshdesk.tickets[ticket]["tags"]
    assert "calmdesk_flagged" in tags and "vip" in tags  # merged, never replaced


def test_same_delivery_twice_gets_one_note(client, freshdesk, env, redis):
    ticket = freshdesk.create_ticket("Where is my order?", "Dana Whitfield", "Where is order #48213?")
    freshdesk.customer_says(ticket, UPSET)
    payload = freshdesk.advanced_webhook(ticket)
    assert post_freshdesk(client, payload).status_code == 202
    second = post_freshdesk(client, payload)
    assert second.status_code == 200 and second.get_json()["status"] == "duplicate"
    # The same words through the other body form are the same event too.
    third = post_freshdesk(client, freshdesk.simple_webhook(ticket))
    assert third.status_code == 200 and third.get_json()["status"] == "duplicate"
    assert queued_jobs(redis) == 1
    run_worker_burst(env)
    assert len(freshdesk.notes(ticket)) == 1
    assert len(note_posts(freshdesk, ticket)) == 1


@pytest.mark.parametrize("auth", [
    {"token": "not-the-token", "form": "basic"},
    {"token": "not-the-token", "form": "header"},
    {"token": None},
])
def test_wrong_or_missing_token_gets_401_and_nothing_enqueued(client, freshdesk, redis, auth):
    ticket = freshdesk.create_ticket("Where is my order?", "Dana Whitfield", "Where is order #48213?")
    freshdesk.customer_says(ticket, UPSET)
    response = post_freshdesk(client, freshdesk.advanced_webhook(ticket), **auth)
    assert response.status_code == 401
    assert response.get_json()["error"] == "unauthorized"
    assert queued_jobs(redis) == 0


def test_header_token_is_accepted(client, freshdesk, redis):
    ticket = freshdesk.create_ticket("Where is my order?", "Dana Whitfield", "Where is order #48213?")
    freshdesk.customer_says(ticket, UPSET)
    response = post_freshdesk(client, freshdesk.advanced_webhook(ticket), form="header")
    assert response.status_code == 202
    assert queued_jobs(redis) == 1


def test_no_token_configured_gets_503_naming_the_setting(env, freshdesk, redis):
    unconfigured = {**env, "FRESHDESK_WEBHOOK_TOKEN": ""}
    client = create_app({"TESTING": True, "CALMDESK_SETTINGS": load_settings(unconfigured)}).test_client()
    ticket = freshdesk.create_ticket("Where is my order?", "Dana Whitfield", "Where is order #48213?")
    response = post_freshdesk(client, freshdesk.advanced_webhook(ticket), token="")
    assert response.status_code == 503
    assert "FRESHDESK_WEBHOOK_TOKEN" in response.get_json()["detail"]
    assert queued_jobs(redis) == 0


def test_redis_down_gets_503_with_retry_after(env, freshdesk, tmp_path):
    down = {**env, "REDIS_URL": f"unix://{tmp_path}/nothing-listens-here.sock"}
    client = create_app({"TESTING": True, "CALMDESK_SETTINGS": load_settings(down)}).test_client()
    ticket = freshdesk.create_ticket("Where is my order?", "Dana Whitfield", "Where is order #48213?")
    response = deliver(client, freshdesk, ticket, UPSET)
    assert response.status_code == 503
    assert response.headers["Retry-After"].isdigit()


def test_agent_replies_and_notes_get_202_and_no_job(client, freshdesk, redis):
    ticket = freshdesk.create_ticket("Where is my order?", "Dana Whitfield", "Where is order #48213?")
    freshdesk.agent_replies(ticket, "This is unacceptable on our side, I am so sorry. Checking now.")
    for payload in (freshdesk.advanced_webhook(ticket), freshdesk.simple_webhook(ticket),
                    freshdesk.simple_webhook(ticket, "{note_type:private}"),
                    freshdesk.simple_webhook(ticket, "{note_type:public}"),
                    freshdesk.simple_webhook(ticket, "{status:{from:Open,to:Pending}}")):
        response = post_freshdesk(client, payload)
        assert response.status_code == 202 and response.get_json()["status"] == "ignored", payload
    assert queued_jobs(redis) == 0


def test_bad_input_gets_clear_4xx(client, redis):
    headers = freshdesk_headers()
    assert client.post("/webhooks/freshdesk", data=b"{not json", headers=headers).status_code == 400
    assert client.post("/webhooks/freshdesk", data=b"[]", headers=headers).status_code == 400
    assert client.post("/webhooks/freshdesk", data=b'{"calmdesk": "freshdesk-rule/1"}', headers=headers).status_code == 400
    text_headers = {**headers, "Content-Type": "text/plain"}
    assert client.post("/webhooks/freshdesk", data=b"{}", headers=text_headers).status_code == 415
    big = b'{"x": "' + b"a" * (1024 * 1024) + b'"}'
    assert client.post("/webhooks/freshdesk", data=big, headers=headers).status_code == 413
    assert queued_jobs(redis) == 0


def test_advanced_body_without_text_makes_the_worker_fetch_conversations(client, freshdesk, env, redis):
    ticket = freshdesk.create_ticket("Where is my order?", "Dana Whitfield", "Where is order #48213?")
    freshdesk.customer_says(ticket, UPSET)
    freshdesk.agent_replies(ticket, "Checking with the courier.")  # the customer's message is not the newest entry
    payload = {"calmdesk": "freshdesk-rule/1", "ticket_id": str(ticket), "triggered_event": "{reply_sent:sent}"}
    assert post_freshdesk(client, payload).status_code == 202
    run_worker_burst(env)
    assert freshdesk.log.matching("GET", f"/api/v2/tickets/{ticket}/conversations")
    notes = note_posts(freshdesk, ticket)
    assert len(notes) == 1 and "third time" in notes[0].json["body"]
    contact = freshdesk.tickets[ticket]["requester_id"]
    assert freshdesk.log.matching("GET", f"/api/v2/contacts/{contact}")  # the name came from the API


def test_new_ticket_without_conversations_is_read_from_its_description(client, freshdesk, env, redis):
    ticket = freshdesk.create_ticket("Charged twice", "Marco Bellini", UPSET)
    payload = freshdesk.advanced_webhook(ticket, triggered_event="{ticket_action:created}")
    assert payload["latest_public_comment"] == ""
    assert post_freshdesk(client, payload).status_code == 202
    run_worker_burst(env)
    assert freshdesk.log.matching("GET", f"/api/v2/tickets/{ticket}/conversations")
    assert len(freshdesk.notes(ticket)) == 1


def test_simple_ticket_created_uses_the_html_description(client, freshdesk, env, redis):
    ticket = freshdesk.create_ticket("Charged twice", "Marco Bellini", UPSET)
    response = post_freshdesk(client, freshdesk.simple_webhook(ticket, "{ticket_action:created}"))
    assert response.status_code == 202
    run_worker_burst(env)
    paths = [(r.method, r.path.split("?")[0]) for r in freshdesk.log.requests]
    note_at = paths.index(("POST", f"/api/v2/tickets/{ticket}/notes"))
    # the text came in the webhook: the one read of the conversations before the note is the search for its marker
    assert paths[:note_at].count(("GET", f"/api/v2/tickets/{ticket}/conversations")) == 1
    notes = note_posts(freshdesk, ticket)
    assert len(notes) == 1 and "third time" in notes[0].json["body"]
    assert "&lt;div" not in notes[0].json["body"]  # the HTML was turned into text, not quoted as markup


def test_tag_added_between_read_and_write_survives_the_pipeline(client, freshdesk, env, redis):
    ticket = freshdesk.create_ticket("Where is my order?", "Dana Whitfield", "Where is order #48213?")
    freshdesk.tickets[ticket]["tags"] = ["vip"]
    freshdesk.add_tag_after_next_read(ticket, "billing")
    deliver(client, freshdesk, ticket, UPSET)
    run_worker_burst(env)
    assert len(freshdesk.notes(ticket)) == 1
    assert {"vip", "billing", "calmdesk_flagged"} <= set(freshdesk.tickets[ticket]["tags"])


# --- the client against the sandbox ------------------------------------------------------------------------------
def test_sandbox_tag_race_defeats_a_naive_read_then_write(freshdesk):
    """The race the client guards against is real in the sandbox: read, union, PUT loses the other agent's tag."""
    ticket = freshdesk.create_ticket("Where is my order?", "Dana Whitfield", "Where is order #48213?")
    freshdesk.tickets[ticket]["tags"] = ["vip"]
    freshdesk.add_tag_after_next_read(ticket, "billing")
    session = requests.Session()
    session.auth = (FRESHDESK_API_KEY, "X")
    url = f"{freshdesk.url}/api/v2/tickets/{ticket}"
    tags = session.get(url, timeout=5).json()["tags"]
    session.put(url, json={"tags": [*tags, "calmdesk_flagged"]}, timeout=5)
    assert "billing" not in freshdesk.tickets[ticket]["tags"]


def test_add_tags_keeps_a_tag_added_between_read_and_write(freshdesk):
    ticket = freshdesk.create_ticket("Where is my order?", "Dana Whitfield", "Where is order #48213?")
    freshdesk.tickets[ticket]["tags"] = ["vip"]
    freshdesk.add_tag_after_next_read(ticket, "billing")
    client_for(freshdesk).add_tags(str(ticket), ["calmdesk_flagged", "calmdesk_upset"])
    assert freshdesk.tickets[ticket]["tags"] == ["vip", "billing", "calmdesk_flagged", "calmdesk_upset"]
    puts = freshdesk.log.matching("PUT", f"/api/v2/tickets/{ticket}")
    assert len(puts) == 1 and "billing" in puts[0].json["tags"]


def test_add_tags_does_not_write_when_nothing_is_missing(freshdesk):
    ticket = freshdesk.create_ticket("Where is my order?", "Dana Whitfield", "Where is order #48213?")
    freshdesk.tickets[ticket]["tags"] = ["calmdesk_flagged", "vip"]
    client_for(freshdesk).add_tags(str(ticket), ["calmdesk_flagged"])
    assert freshdesk.log.matching("PUT", f"/api/v2/tickets/{ticket}") == []


def test_latest_customer_message_reads_the_last_page(freshdesk):
    ticket = freshdesk.create_ticket("Long thread", "Dana Whitfield", "first")
    for n in range(7):
        freshdesk.customer_says(ticket, f"message {n}")
        freshdesk.agent_replies(ticket, f"reply {n}")
    freshdesk.add_conversation(ticket, freshdesk.api_agent, "private", private=True)
    client = client_for(freshdesk)
    client.PER_PAGE = 5
    message = client.latest_customer_message(str(ticket))
    assert message.text == "message 6"
    pages = freshdesk.log.matching("GET", f"/api/v2/tickets/{ticket}/conversations")
    assert len(pages) == 3 and "page=3" in pages[-1].path


def test_requester_and_note_marker(freshdesk):
    ticket = freshdesk.create_ticket("Abonnement", "Lou Martin", "Bonjour", language="fr")
    client = client_for(freshdesk)
    person = client.requester(str(ticket))
    assert (person.name, person.email, person.locale, person.first_name) == (
        "Lou Martin", "lou@customer.example", "fr", "Lou")
    assert not client.has_note_marker(str(ticket), "calmdesk-ref:freshdesk-1-1")
    client.post_internal_note(str(ticket), "<p>note</p><p>calmdesk-ref:freshdesk-1-1</p>")
    assert client.has_note_marker(str(ticket), "calmdesk-ref:freshdesk-1-1")
    freshdesk.customer_says(ticket, "calmdesk-ref:freshdesk-1-2")  # a public message is not our note
    assert not client.has_note_marker(str(ticket), "calmdesk-ref:freshdesk-1-2")


def test_ticket_snapshot_maps_freshdesk_numbers(freshdesk):
    ticket = freshdesk.create_ticket("Where is my order?", "Dana Whitfield", "Where?", responder_id=77, group_id=9)
    client = client_for(freshdesk)
    snapshot = client.ticket(str(ticket))
    assert (snapshot.status, snapshot.priority, snapshot.assignee_id, snapshot.group_id) == ("open", "low", "77", "9")
    assert snapshot.last_customer_message_at == freshdesk.tickets[ticket]["created_at"] and snapshot.awaiting_agent
    freshdesk.conversations[ticket].append({**freshdesk.agent_replies(ticket, "On it"), "created_at": "2999-01-01T00:00:00Z"})
    freshdesk.conversations[ticket].pop(-2)
    assert not client.ticket(str(ticket)).awaiting_agent
    for number, status in ((3, "pending"), (4, "solved"), (5, "closed"), (6, "open"), (12, "open")):
        freshdesk.tickets[ticket]["status"] = number
        assert client.ticket(str(ticket)).status == status
    for number, priority in ((2, "normal"), (3, "high"), (4, "urgent")):
        freshdesk.tickets[ticket]["priority"] = number
        assert client.ticket(str(ticket)).priority == priority


def test_bump_priority_stops_at_urgent(freshdesk):
    ticket = freshdesk.create_ticket("Where is my order?", "Dana Whitfield", "Where?")
    client = client_for(freshdesk)
    for expected in (2, 3, 4, 4):
        client.bump_priority(client.ticket(str(ticket)))
        assert freshdesk.tickets[ticket]["priority"] == expected
    assert len(freshdesk.log.matching("PUT", f"/api/v2/tickets/{ticket}")) == 3


def test_due_by_followup(freshdesk):
    ticket = freshdesk.create_ticket("Where is my order?", "Dana Whitfield", "Where?")
    client = client_for(freshdesk)
    snapshot = client.ticket(str(ticket))
    due = datetime(2030, 5, 6, 7, 8, 9, tzinfo=timezone(timedelta(hours=2)))
    reference = client.create_followup(snapshot, due, "<p>We promised Dana an update.</p>", "calmdesk-fu:abc")
    assert reference == str(ticket)
    assert freshdesk.tickets[ticket]["due_by"] == "2030-05-06T05:08:09Z"
    assert freshdesk.notes(ticket) == []  # the de-escalation note already carries the promise
    client.close_followup(reference, snapshot, "Follow-up done: <Dana> got her update")
    notes = freshdesk.notes(ticket)
    assert len(notes) == 1 and notes[0]["body"] == "<p>Follow-up done: &lt;Dana&gt; got her update</p>"
    assert freshdesk.requester_emails == []


def test_child_ticket_followup_never_emails_the_customer(freshdesk):
    ticket = freshdesk.create_ticket("Where is my order?", "Dana Whitfield", "Where?", responder_id=77, group_id=9)
    freshdesk.tickets[ticket]["priority"] = 3
    client = client_for(freshdesk, followup_mode="child_ticket")
    snapshot = client.ticket(str(ticket))
    due = datetime(2030, 5, 6, 7, 8, 9, tzinfo=timezone.utc)
    reference = client.create_followup(snapshot, due, "<p>Call Dana back.</p>", "calmdesk-fu:abc")
    child = freshdesk.tickets[int(reference)]
    assert child["parent_id"] == ticket and child["subject"] == f"Follow up: Where is my order? (#{ticket})"
    assert (child["status"], child["priority"], child["responder_id"], child["group_id"]) == (2, 3, 77, 9)
    assert child["requester_id"] == freshdesk.api_agent and child["due_by"] == "2030-05-06T07:08:09Z"
    client.close_followup(reference, snapshot, "done")
    assert freshdesk.tickets[int(reference)]["status"] == 4
    assert freshdesk.requester_emails == []  # neither the new ticket nor its resolution reached the customer
    assert freshdesk.tickets[ticket]["status"] == 2


def test_errors_map_to_the_interface(freshdesk):
    ticket = freshdesk.create_ticket("Where is my order?", "Dana Whitfield", "Where?")
    client = client_for(freshdesk)
    with pytest.raises(TicketGone):
        client.ticket("999999")
    with pytest.raises(CredentialsRejected):
        FreshdeskClient(freshdesk.url, "wrong-key").ticket(str(ticket))
    assert freshdesk.log.requests[-1].status == 401
    freshdesk.inject("POST", f"/api/v2/tickets/{ticket}/notes", 429, headers={"Retry-After": "17"})
    with pytest.raises(RetryLater) as exc:
        client.post_internal_note(str(ticket), "<p>x</p>")
    assert exc.value.seconds == 17


def test_sandbox_rate_limit_answers_429_with_retry_after(freshdesk):
    ticket = freshdesk.create_ticket("Where is my order?", "Dana Whitfield", "Where?")
    freshdesk.log.limit_per_minute = 2
    client = client_for(freshdesk)
    first = client._call("GET", f"/tickets/{ticket}")
    assert (first.headers["X-RateLimit-Total"], first.headers["X-RateLimit-Remaining"]) == ("2", "1")
    assert first.headers["X-RateLimit-Used-CurrentRequest"] == "1"
    client.ticket_url(str(ticket))
    client._call("GET", f"/tickets/{ticket}")
    with pytest.raises(RetryLater) as exc:
        client._call("GET", f"/tickets/{ticket}")
    assert 1 <= exc.value.seconds <= 60
    assert client.ticket_url("5") == f"{freshdesk.url}/a/tickets/5"


OUTAGE = ("Your dashboard has been down since 8 am and none of my team can work. This is the second time this week. "
          "I need it back today or we miss payroll. Absolutely unacceptable.")
# No clock time in the deadline: with the contact's timezone known, "by 3 pm today" brings the follow-up before 3 pm
# Berlin whenever the test runs between 12:00 and 15:00 there (tests/unit/test_clock_deadline.py owns that rule), and
# this test is about the note, the draft and the schedule agreeing on one time, at any hour it runs.


def test_note_draft_and_scheduled_follow_up_agree_on_the_time(client, freshdesk, env, redis):
    from html import unescape

    from worker import followups

    from zoneinfo import ZoneInfo

    ticket = freshdesk.create_ticket("Dashboard down", "Dana Whitfield", "Dashboard?")
    # The contact's time zone as Freshdesk names it: the draft says the time on the customer's clock.
    freshdesk.contacts[freshdesk.tickets[ticket]["requester_id"]]["time_zone"] = "Berlin"
    before = datetime.now(timezone.utc)
    assert deliver(client, freshdesk, ticket, OUTAGE).status_code == 202
    run_worker_burst(env)
    [post] = note_posts(freshdesk, ticket)
    html = unescape(post.json["body"])
    head, draft = html.split("<blockquote>", 1)
    [record] = followups.listing(redis)
    assert before + timedelta(hours=2) - timedelta(seconds=5) <= record.due <= datetime.now(timezone.utc) + timedelta(hours=2)
    reply = draft.split("</blockquote>")[0]
    assert f"{record.due.astimezone(ZoneInfo('Europe/Berlin')):%H:%M}" in reply and "UTC" not in reply
    assert "within 2 hours" in head  # the note says the wait and the team's clock
    assert f"{record.due.astimezone(timezone.utc):%H:%M} UTC" in head
