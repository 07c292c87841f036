"""End to end: signed Zendesk webhook -> Flask -> real Redis -> real worker process -> sandbox Zendesk."""


from flask.testing import FlaskClient

from calmdesk.settings import load_settings
from tests.conftest import post_zendesk, queued_jobs, run_worker_burst
from webhooks.app import create_app

UPSET = ("This is the third time I'm writing about order #48213. It is still not here, nobody answers, "
         "and frankly this is unacceptable. I want a manager to call me today.")
CALM = ("Hi, the CSV export on the reports page gives a 500 error since this morning. "
        "Steps: open Reports, click Export. Could you take a look? Thanks, Priya")


def deliver(client, zendesk, ticket_id, text):
    comment = zendesk.customer_says(ticket_id, text)
    return post_zendesk(client, zendesk.comment_added_event(ticket_id, comment))


def test_calm_message_gets_no_note(client, zendesk, env, redis):
    ticket = zendesk.create_ticket("Export fails", "Priya Natarajan", "Hello!")
    assert deliver(client, zendesk, ticket, CALM).status_code == 202
    assert queued_jobs(redis) == 1
    run_worker_burst(env)
    assert zendesk.notes(ticket) == []
    assert zendesk.log.matching("PUT", f"/api/v2/tickets/{ticket}") == []


def test_upset_message_gets_exactly_one_private_note(client, zendesk, env, redis):
    ticket = zendesk.create_ticket("Where is my order?", "Dana Whitfield", "Where is order #48213?")
    assert deliver(client, zendesk, ticket, UPSET).status_code == 202
    run_worker_burst(env)
    notes = zendesk.notes(ticket)
    assert len(notes) == 1
    puts = zendesk.log.matching("PUT", f"/api/v2/tickets/{ticket}")
    note_puts = [r for r in puts if r.path == f"/api/v2/tickets/{ticket}"]
    assert len(note_puts) == 1
    comment = note_puts[0].json["ticket"]["comment"]
    assert comment["public"] is False
    html = comment["html_body"]
    assert "third time" in html  # the customer's own words are quoted
    assert "Hi Dana" in html  # the reply draft greets the customer by first name
    assert "calmdesk-ref:zendesk-" in html
    assert "calmdesk_flagged" in zendesk.tickets[ticket]["tags"]
    tag_calls = zendesk.log.matching("PUT", f"/api/v2/tickets/{ticket}/tags")
    assert tag_calls and "calmdesk_flagged" in tag_calls[0].json["tags"]
    assert "tags" not in note_puts[0].json["ticket"]  # never replaces the ticket's tags


def test_same_delivery_twice_gets_one_note(client, zendesk, env, redis):
    ticket = zendesk.create_ticket("Where is my order?", "Dana Whitfield", "Where is order #48213?")
    comment = zendesk.customer_says(ticket, UPSET)
    event = zendesk.comment_added_event(ticket, comment)
    assert post_zendesk(client, event).status_code == 202
    second = post_zendesk(client, event)
    assert second.status_code == 200 and second.get_json()["status"] == "duplicate"
    assert queued_jobs(redis) == 1
    run_worker_burst(env)
    assert len(zendesk.notes(ticket)) == 1


def test_ten_angry_messages_are_one_escalation(client, zendesk, env, redis):
    ticket = zendesk.create_ticket("Where is my order?", "Dana Whitfield", "Where is order #48213?")
    for n in range(3):
        deliver(client, zendesk, ticket, UPSET + f" (message {n})")
    run_worker_burst(env)
    assert len(zendesk.notes(ticket)) == 1


def test_bad_signature_gets_401_and_nothing_enqueued(client, zendesk, redis):
    ticket = zendesk.create_ticket("Where is my order?", "Dana Whitfield", "Where is order #48213?")
    comment = zendesk.customer_says(ticket, UPSET)
    response = post_zendesk(client, zendesk.comment_added_event(ticket, comment), secret="not-the-secret")
    assert response.status_code == 401
    assert response.get_json()["error"] == "unauthorized"
    assert queued_jobs(redis) == 0


def test_old_timestamp_gets_401(client, zendesk, redis):
    ticket = zendesk.create_ticket("Where is my order?", "Dana Whitfield", "Where is order #48213?")
    comment = zendesk.customer_says(ticket, UPSET)
    response = post_zendesk(client, zendesk.comment_added_event(ticket, comment), timestamp="2020-01-01T00:00:00Z")
    assert response.status_code == 401
    assert "more than 3600s old" in response.get_json()["detail"]
    assert queued_jobs(redis) == 0


def test_redis_down_gets_503_with_retry_after(env, zendesk, tmp_path):
    down = {**env, "REDIS_URL": f"unix://{tmp_path}/nothing-listens-here.sock"}
    client = create_app({"TESTING": True, "CALMDESK_SETTINGS": load_settings(down)}).test_client()
    ticket = zendesk.create_ticket("Where is my order?", "Dana Whitfield", "Where is order #48213?")
    comment = zendesk.customer_says(ticket, UPSET)
    response = post_zendesk(client, zendesk.comment_added_event(ticket, comment))
    assert response.status_code == 503
    assert response.headers["Retry-After"].isdigit()
    assert client.get("/readyz").status_code == 503
    assert client.get("/healthz").status_code == 200


def test_accepted_after_redis_came_back_is_not_mistaken_for_duplicate(env, zendesk, redis, tmp_path):
    """A 503 must not leave a dedup key behind: Zendesk's retry of the same event is then accepted."""
    ticket = zendesk.create_ticket("Where is my order?", "Dana Whitfield", "Where is order #48213?")
    event = zendesk.comment_added_event(ticket, zendesk.customer_says(ticket, UPSET))
    down = create_app({"TESTING": True, "CALMDESK_SETTINGS": load_settings(
        {**env, "REDIS_URL": f"unix://{tmp_path}/none.sock"})}).test_client()
    assert post_zendesk(down, event).status_code == 503
    up = create_app({"TESTING": True, "CALMDESK_SETTINGS": load_settings(env)}).test_client()
    assert post_zendesk(up, event).status_code == 202


def test_staff_comments_and_private_notes_get_202_and_no_job(client, zendesk, redis):
    ticket = zendesk.create_ticket("Where is my order?", "Dana Whitfield", "Where is order #48213?")
    agent = zendesk.add_user("Sam Agent", "sam@example.com", role="agent")
    reply = zendesk.add_comment(ticket, agent, "Looking into it, you idiots will hear from me", public=True)
    private = zendesk.add_comment(ticket, agent, "internal", public=False)
    for comment in (reply, private):
        response = post_zendesk(client, zendesk.comment_added_event(ticket, comment))
        assert response.status_code == 202 and response.get_json()["status"] == "ignored"
    assert queued_jobs(redis) == 0


def test_bad_input_gets_clear_4xx(client: FlaskClient, redis):
    body = b"{not json"
    from tests.conftest import signed_zendesk_headers
    assert client.post("/webhooks/zendesk", data=body, headers=signed_zendesk_headers(body)).status_code == 400
    headers = signed_zendesk_headers(b"[]")
    assert client.post("/webhooks/zendesk", data=b"[]", headers=headers).status_code == 400
    bad_utf8 = b'{"a": "\xff"}'
    assert client.post("/webhooks/zendesk", data=bad_utf8, headers=signed_zendesk_headers(bad_utf8)).status_code == 400
    text_headers = {**signed_zendesk_headers(b"{}"), "Content-Type": "text/plain"}
    assert client.post("/webhooks/zendesk", data=b"{}", headers=text_headers).status_code == 415
    big = b'{"x": "' + b"a" * (1024 * 1024) + b'"}'
    assert client.post("/webhooks/zendesk", data=big, headers=signed_zendesk_headers(big)).status_code == 413
    nested = b"[" * 100000 + b"]" * 100000
    assert client.post("/webhooks/zendesk", data=nested, headers=signed_zendesk_headers(nested)).status_code in (400, 413)
    assert queued_jobs(redis) == 0


def test_trigger_body_text_is_fetched_through_the_api(client, zendesk, env, redis):
    ticket = zendesk.create_ticket("Where is my order?", "Dana Whitfield", "Where is order #48213?")
    zendesk.customer_says(ticket, UPSET)
    payload = {"calmdesk": "zendesk-trigger/1", "ticket_id": str(ticket)}
    response = post_zendesk(client, payload)
    assert response.status_code == 202
    run_worker_burst(env)
    assert zendesk.log.matching("GET", f"/api/v2/tickets/{ticket}/comments")
    assert len(zendesk.notes(ticket)) == 1
    user_calls = zendesk.log.matching("GET", "/api/v2/users/")
    assert user_calls  # the requester's name came from the API


def test_lost_response_after_note_stored_does_not_post_twice(client, zendesk, env, redis):
    """The note PUT is applied but the response is a 502; the retry finds the marker instead of posting again."""
    ticket = zendesk.create_ticket("Where is my order?", "Dana Whitfield", "Where is order #48213?")
    zendesk.inject("PUT", f"/api/v2/tickets/{ticket}", 502, after=True)
    deliver(client, zendesk, ticket, UPSET)
    run_worker_burst(env)
    # RQ schedules the retry; clear its wait so a burst worker runs it now.
    from rq import Queue
    from rq.registry import ScheduledJobRegistry
    from rq.serializers import JSONSerializer
    queue = Queue("calmdesk", connection=redis, serializer=JSONSerializer)
    for job_id in ScheduledJobRegistry(queue=queue).get_job_ids():
        queue.enqueue_job(queue.fetch_job(job_id))
    run_worker_burst(env)
    assert len(zendesk.notes(ticket)) == 1
    assert len([r for r in zendesk.log.matching("PUT", f"/api/v2/tickets/{ticket}")
                if r.path == f"/api/v2/tickets/{ticket}"]) == 1
    assert zendesk.log.matching("GET", f"/api/v2/tickets/{ticket}/comments")


def test_a_custom_queue_name_still_gets_the_note(zendesk, env, redis):
    """CALMDESK_QUEUE=other: ingress, the analyse job and the note job it enqueues all use the same queue."""
    from rq import Queue

    custom = {**env, "CALMDESK_QUEUE": "other"}
    client = create_app({"TESTING": True, "CALMDESK_SETTINGS": load_settings(custom)}).test_client()
    ticket = zendesk.create_ticket("Where is my order?", "Dana Whitfield", "Where is order #48213?")
    assert deliver(client, zendesk, ticket, UPSET).status_code == 202
    assert len(Queue("other", connection=redis)) == 1 and queued_jobs(redis) == 0
    run_worker_burst(custom)
    assert len(zendesk.notes(ticket)) == 1
    assert len(Queue("calmdesk", connection=redis)) == 0  # nothing stranded on the default queue


OUTAGE = ("Your dashboard has been down since 8 am and none of my team can work. This is the second time this week. "
          "I need it back by 3 pm today or we miss payroll. Absolutely unacceptable.")


def test_note_draft_and_scheduled_follow_up_agree_on_the_time(client, zendesk, env, redis):
    from datetime import datetime, timedelta, timezone
    from html import unescape

    from worker import followups

    ticket = zendesk.create_ticket("Dashboard down", "Dana Whitfield", "Dashboard?")
    before = datetime.now(timezone.utc)
    assert deliver(client, zendesk, ticket, OUTAGE).status_code == 202
    run_worker_burst(env)
    [note] = zendesk.notes(ticket)
    html = unescape(note["html_body"])
    head, draft = html.split("<blockquote>", 1)
    # An outage with a deadline today: updates in hours, not "within 24 hours", and never UTC to the customer.
    assert "within 2 hours" in draft and "UTC" not in draft.split("</blockquote>")[0]
    assert "within 2 hours" in head
    [record] = followups.listing(redis)
    assert before + timedelta(hours=2) - timedelta(seconds=5) <= record.due <= datetime.now(timezone.utc) + timedelta(hours=2)
    [task] = [t for t in zendesk.tickets.values() if t["type"] == "task"]
    assert datetime.fromisoformat(task["due_at"].replace("Z", "+00:00")) == record.due.replace(microsecond=0)
    assert f"{record.due.astimezone(timezone.utc):%H:%M} UTC" in head  # the team sees the same time on its clock
