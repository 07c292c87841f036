"""Issue 16's attacks on the webhooks, each reproduced and answered: a replay with a new unsigned invocation id
(L1), control characters in the path (L2) and in customer text (L3), the three 500s (L5) and 350 kB of "<" (M1)."""

from __future__ import annotations

import io
import json
import logging
import time

import pytest
from rq import Queue
from rq.serializers import JSONSerializer

from calmdesk.events import TicketEvent, clean_text
from calmdesk.helpdesks.html_text import html_to_text
from calmdesk.logs import configure_logging
from tests.figures import tally_responses
from tests.conftest import freshdesk_headers, post_freshdesk, queued_jobs, signed_zendesk_headers

HOSTILE_TEXT = "I want a refund\x1b]52;c;ZXZpbA==\x07 now\x1b[2J\r\nor else\x9b31m \ud800!"


@pytest.fixture(autouse=True)
def tally(request, app):
    """Every response in these tests counts toward the hostile-input totals (5xx must stay 0)."""
    save = tally_responses(app, request.node.originalname)
    yield
    save()


def queued_events(redis) -> list[dict]:
    queue = Queue("calmdesk", connection=redis, serializer=JSONSerializer)
    return [job.args[0] for job in queue.jobs]


# --- L1 ----------------------------------------------------------------------------------------------------------------
def test_a_replayed_trigger_body_with_a_new_invocation_id_is_a_duplicate(client, redis):
    body = json.dumps({"calmdesk": "zendesk-trigger/1", "ticket_id": "41"}).encode()
    headers = signed_zendesk_headers(body)
    first = client.post("/webhooks/zendesk", data=body,
                        headers={**headers, "X-Zendesk-Webhook-Invocation-Id": "invocation-1"})
    assert first.status_code == 202
    for invocation in ("invocation-2", "invocation-3", ""):  # unsigned: an attacker can write anything here
        replay = client.post("/webhooks/zendesk", data=body,
                             headers={**headers, "X-Zendesk-Webhook-Invocation-Id": invocation})
        assert replay.status_code == 200 and replay.get_json()["status"] == "duplicate"
    assert queued_jobs(redis) == 1


def test_zendesk_retrying_one_invocation_re_signed_is_still_a_duplicate(client, redis):
    body = json.dumps({"calmdesk": "zendesk-trigger/1", "ticket_id": "42"}).encode()
    invocation = {"X-Zendesk-Webhook-Invocation-Id": "invocation-9"}
    assert client.post("/webhooks/zendesk", data=body,
                       headers={**signed_zendesk_headers(body, timestamp="2026-12-05T00:00:00Z"), **invocation}
                       ).status_code in (202, 401)  # a fixed timestamp may be stale; the next line is the check
    now = signed_zendesk_headers(body)
    assert client.post("/webhooks/zendesk", data=body, headers={**now, **invocation}).status_code == 202
    later = signed_zendesk_headers(body, timestamp=time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() + 1)))
    retry = client.post("/webhooks/zendesk", data=body, headers={**later, **invocation})
    assert retry.status_code == 200 and retry.get_json()["status"] == "duplicate"
    assert queued_jobs(redis) == 1


# --- L2 ----------------------------------------------------------------------------------------------------------------
@pytest.fixture
def log_output():
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    root = logging.getLogger()
    root.addHandler(handler)
    configure_logging()  # installs calmdesk's filter on every root handler, this one included
    yield stream
    root.removeHandler(handler)


def test_control_characters_in_the_path_are_escaped_in_the_log(client, log_output):
    response = client.post("/webhooks/zen%1b%5b31mdesk%0d%0a2026-12-05 INFO calmdesk.admin admin signed in",
                           data=b"{}", headers={"Content-Type": "application/json"})
    assert response.status_code == 404
    written = log_output.getvalue()
    assert "zen\\x1b[31mdesk\\x0d\\x0a2026-12-05" in written
    assert "\x1b" not in written and "\r" not in written
    assert all("admin signed in" not in line or "webhook rejected" in line for line in written.splitlines())


# --- L3 ----------------------------------------------------------------------------------------------------------------
def test_escape_sequences_never_enter_calmdesk():
    event = TicketEvent(helpdesk="zendesk", ticket_id="1", text=HOSTILE_TEXT, requester_name="Dana\x1b[8m",
                        subject="\x07Refund", tags=("vip\x1b",))
    assert event.text == "I want a refund]52;c;ZXZpbA== now[2J\nor else31m !"
    assert (event.requester_name, event.subject, event.tags) == ("Dana[8m", "Refund", ("vip",))
    assert TicketEvent.from_dict(event.to_dict()) == event
    assert clean_text("tabs\tand\nnewlines stay; é 中 😀 too") == "tabs\tand\nnewlines stay; é 中 😀 too"


def test_a_zendesk_comment_with_escape_sequences_is_queued_clean(client, redis):
    payload = {"type": "zen:event-type:ticket.comment_added", "id": "evt-1", "detail": {"id": "77"},
               "event": {"comment": {"id": "c1", "body": HOSTILE_TEXT.replace("\ud800", ""), "is_public": True,
                                     "author": {"id": "9", "is_staff": False, "name": "Dana\x1b]0;pwned\x07"}}}}
    body = json.dumps(payload).encode()
    assert client.post("/webhooks/zendesk", data=body, headers=signed_zendesk_headers(body)).status_code == 202
    (event,) = queued_events(redis)
    for value in (event["text"], event["requester_name"]):
        assert not any(ord(c) < 0x20 and c not in "\n\t" or 0x7f <= ord(c) <= 0x9f for c in value), value


def test_html_entities_cannot_smuggle_an_escape_either():
    # &#x9b; would become "›" (HTML5 reads 0x80-0x9f as windows-1252); &#x81; has no such meaning and stays C1.
    assert html_to_text("<p>hi&#27;]52;c;ZXZpbA==&#7; there&#x81;</p>") == "hi]52;c;ZXZpbA== there"


# --- L5 ----------------------------------------------------------------------------------------------------------------
def freshdesk_rule_body(**fields) -> dict:
    return {"calmdesk": "freshdesk-rule/1", "ticket_id": "12", "triggered_event": "{reply_sent:sent}",
            "requester_name": "Dana Whitfield", **fields}


def test_a_triggered_event_nested_a_thousand_deep_is_not_a_500(client):
    deep = "{a:" * 1000 + "x" + "}" * 1000
    response = post_freshdesk(client, freshdesk_rule_body(triggered_event=deep, latest_public_comment="hi"))
    assert response.status_code < 500, response.get_json()
    assert response.status_code in (200, 202, 400)


@pytest.mark.parametrize("field", ["latest_public_comment", "requester_name", "subject"])
def test_a_lone_surrogate_in_a_freshdesk_field_is_a_400(client, redis, field, log_output):
    body = json.dumps(freshdesk_rule_body(**{"latest_public_comment": "hello", field: "broken \ud800 emoji"}))
    assert "\\ud800" in body  # json.dumps escapes it: this is the body Freshdesk would send
    response = client.post("/webhooks/freshdesk", data=body.encode(), headers=freshdesk_headers())
    assert response.status_code == 400
    assert "lone surrogate" in response.get_json()["detail"]
    assert "webhook rejected helpdesk=freshdesk status=400" in log_output.getvalue()
    assert queued_jobs(redis) == 0


def test_a_real_emoji_written_as_a_surrogate_pair_is_fine(client, redis):
    body = json.dumps(freshdesk_rule_body(latest_public_comment="Still broken 😡 refund now"))
    assert "\\ud83d\\ude21" in body
    assert client.post("/webhooks/freshdesk", data=body.encode(), headers=freshdesk_headers()).status_code == 202


# --- M1 ----------------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("shape", ["<", "<a ", " "])
def test_350_kb_of_angle_brackets_is_answered_at_once(client, shape):
    comment = (shape * (350_000 // len(shape)))[:350_000]
    started = time.monotonic()
    for _ in range(4):  # the four requests that used to kill both web workers
        response = post_freshdesk(client, freshdesk_rule_body(latest_public_comment=comment))
        assert response.status_code in (200, 202), response.get_json()
    assert time.monotonic() - started < 5


def test_preview_prints_no_escape_sequence_to_the_terminal(monkeypatch, tmp_path):
    from click.testing import CliRunner

    from calmdesk.cli.main import main as cli

    monkeypatch.setenv("CALMDESK_DATA_DIR", str(tmp_path))
    message = "This is the THIRD time\x1b]52;c;ZXZpbA==\x07, I want a refund\x1b[2J now!!! \x9b31m"
    for args in ([], ["--json"]):
        result = CliRunner().invoke(cli, ["preview", "--name", "Dana\x1b[8m", *args], input=message)
        assert result.exit_code == 0, result.output
        assert not any(c in result.output for c in "\x1b\x07\x9b"), repr(result.output[:300])
