"""Freshdesk token check, triggered_event parsing and payload normalisation: pure functions, no Flask, no Redis."""

import base64
import json
from pathlib import Path

import pytest

from calmdesk.events import AGENT_REPLY, CUSTOMER_MESSAGE
from calmdesk.helpdesks.webhook_errors import BadPayload, NotConfigured, Unauthorized
from calmdesk.helpdesks.freshdesk.webhook import (TriggeredEventError, classify_triggered_event, freshdesk_delivery_key,
                                normalise_freshdesk_delivery, parse_triggered_event, sentiment_from_score,
                                verify_freshdesk_token)

FIXTURES = Path(__file__).parents[1] / "fixtures" / "freshdesk"
TOKEN = "s3cret-webhook-token"
NOW = 1_800_000_000.0


def load(name: str) -> dict:
    return json.loads((FIXTURES / name).read_bytes())


def basic(user: str, password: str) -> dict:
    return {"Authorization": "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()}


# --- authentication ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("headers", [basic("freshdesk", TOKEN), basic("", TOKEN), {"X-Calmdesk-Token": TOKEN},
                                     {"x-calmdesk-token": TOKEN}, {"authorization": basic("any", TOKEN)["Authorization"]}])
def test_token_as_basic_password_or_header_passes(headers):
    verify_freshdesk_token(TOKEN, headers)


@pytest.mark.parametrize("headers", [
    {},
    basic("freshdesk", "wrong"),
    basic(TOKEN, "X"),  # the token as the user name is not the documented form
    {"X-Calmdesk-Token": TOKEN[:-1]},
    {"X-Calmdesk-Token": TOKEN + "x"},
    {"Authorization": "Bearer " + TOKEN},
    {"Authorization": "Basic !!!not-base64"},
    {"X-Calmdesk-Token": "wrong", **basic("u", "also-wrong")},
])
def test_wrong_or_missing_token_is_unauthorized(headers):
    with pytest.raises(Unauthorized):
        verify_freshdesk_token(TOKEN, headers)


def test_no_token_configured_refuses_everything():
    with pytest.raises(NotConfigured, match="FRESHDESK_WEBHOOK_TOKEN"):
        verify_freshdesk_token("", {"X-Calmdesk-Token": ""})


# --- triggered_event: one test per form Freshdesk sends ----------------------------------------------------------------
def test_ticket_created_event():
    event = parse_triggered_event("{ticket_action:created}")
    assert event == {"ticket_action": "created"}
    assert classify_triggered_event(event) == "created"


def test_private_note_event():
    event = parse_triggered_event("{note_type:private}")
    assert event == {"note_type": "private"}
    assert classify_triggered_event(event) == "private_note"


def test_public_note_event():
    event = parse_triggered_event("{note_type:public}")
    assert event == {"note_type": "public"}
    assert classify_triggered_event(event) == "public_note"


def test_priority_change_event():
    event = parse_triggered_event("{priority:{from:3,to:1}}")
    assert event == {"priority": {"from": "3", "to": "1"}}
    assert classify_triggered_event(event) == "property_change"


def test_status_change_event_with_labels_and_numbers():
    assert parse_triggered_event("{status:{from:Open,to:Pending}}") == {"status": {"from": "Open", "to": "Pending"}}
    assert parse_triggered_event("{status:{from:4,to:Waiting on Customer}}") == {
        "status": {"from": "4", "to": "Waiting on Customer"}}
    assert classify_triggered_event(parse_triggered_event("{status:{from:Open,to:Pending}}")) == "property_change"


def test_reply_sent_event():
    event = parse_triggered_event(" {reply_sent:sent} ")
    assert event == {"reply_sent": "sent"}
    assert classify_triggered_event(event) == "reply"


@pytest.mark.parametrize("text", ["", "ticket_action:created", "{ticket_action:created", "{:x}", "{a:b}}",
                                  '{"ticket_action": "created"', "{a:b,}"])
def test_malformed_triggered_event_raises(text):
    with pytest.raises(TriggeredEventError):
        parse_triggered_event(text)


# --- normalisation -------------------------------------------------------------------------------------------------
def test_simple_ticket_created_carries_the_description_as_html():
    event = normalise_freshdesk_delivery(load("simple_ticket_created.json"), "k")
    assert event.kind == CUSTOMER_MESSAGE
    assert (event.helpdesk, event.ticket_id, event.delivery_id) == ("freshdesk", "11", "k")
    assert event.text_is_html and "third time I&#39;m writing" in event.text
    # the requester as ticket_requester_name / ticket_requester_email (tests/fixtures/freshdesk/README.md)
    assert (event.requester_name, event.requester_email) == ("Dana Whitfield", "dana@customer.example")
    assert (event.status, event.subject) == ("open", "Order #48213 never arrived")


@pytest.mark.parametrize("name, reason", [
    ("simple_note_private.json", "private note"),
    ("simple_note_private_quoted.json", "private note"),
    ("simple_note_public.json", "public note"),
    ("simple_priority_changed.json", "priority change"),
    ("simple_status_changed.json", "status change"),
])
def test_notes_and_property_changes_are_ignored(name, reason):
    result = normalise_freshdesk_delivery(load(name), "k")
    assert isinstance(result, str) and reason in result


def test_reply_by_requester_strips_the_author_prefix_and_the_attachments():
    event = normalise_freshdesk_delivery(load("simple_reply_sent_by_requester.json"), "k")
    assert event.kind == CUSTOMER_MESSAGE and event.text_is_html
    assert event.text.startswith("<div") and "Dana Whitfield :" not in event.text
    assert "done waiting" in event.text
    assert "Attachments" not in event.text and "tracking-page.png" not in event.text
    assert event.text.endswith("</div></div>")
    assert event.requester_name == "Dana Whitfield"  # from requester_name: this delivery has no ticket_requester_name


@pytest.mark.parametrize("text, expected", [
    ('{"note_type":"private"}', {"note_type": "private"}),
    ('{"ticket_action":"created"}', {"ticket_action": "created"}),
    ('{"priority":{"from":3,"to":1}}', {"priority": {"from": "3", "to": "1"}}),
    ('{"reply_sent":"sent"}', {"reply_sent": "sent"}),
])
def test_quoted_json_triggered_event_reads_like_the_unquoted_form(text, expected):
    assert parse_triggered_event(text) == expected
    assert classify_triggered_event(parse_triggered_event(text)) == classify_triggered_event(
        parse_triggered_event(text.replace('"', "")))


def test_a_sentiment_key_is_ignored():
    """There is no {{ticket.sentiment_score}} in Freshdesk: whatever a body says under that name is not trusted."""
    payload = {**load("advanced_reply.json"), "sentiment": "2"}
    assert normalise_freshdesk_delivery(payload, "k").helpdesk_sentiment is None
    simple = load("simple_reply_sent_by_requester.json")
    simple["freshdesk_webhook"]["ticket_sentiment_score"] = "2"
    assert normalise_freshdesk_delivery(simple, "k").helpdesk_sentiment is None


def test_calmdesks_own_child_ticket_is_ignored():
    payload = {**load("advanced_no_text.json"), "tags": "calmdesk_followup"}
    result = normalise_freshdesk_delivery(payload, "k")
    assert result == "calmdesk's own follow-up ticket"


@pytest.mark.parametrize("field, value", [("ticket_id", "../users"), ("ticket_id", "²"), ("ticket_id", "1" * 21),
                                          ("requester_id", "../../agents/me"), ("requester_id", "12/../13")])
def test_ids_that_are_not_ascii_digits_are_400(field, value):
    with pytest.raises(BadPayload):
        normalise_freshdesk_delivery({**load("advanced_reply.json"), field: value}, "k")


def test_reply_by_someone_else_is_an_agent_reply():
    event = normalise_freshdesk_delivery(load("simple_reply_sent_by_agent.json"), "k")
    assert event.kind == AGENT_REPLY


def test_simple_reply_without_an_author_is_fetched_not_trusted():
    payload = load("simple_reply_sent_by_requester.json")
    payload["freshdesk_webhook"]["ticket_latest_public_comment"] = "<div>I am sorry this is unacceptable</div>"
    event = normalise_freshdesk_delivery(payload, "k")
    assert event.kind == CUSTOMER_MESSAGE and event.text == "" and not event.text_is_html


def test_simple_reply_never_uses_the_original_description():
    payload = load("simple_reply_sent_by_requester.json")
    del payload["freshdesk_webhook"]["ticket_latest_public_comment"]
    event = normalise_freshdesk_delivery(payload, "k")
    assert event.text == ""  # the description is the first message, not the reply: the worker fetches it


def test_advanced_body():
    event = normalise_freshdesk_delivery(load("advanced_reply.json"), "k")
    assert event.kind == CUSTOMER_MESSAGE
    assert event.text.startswith("<div") and "inadmissible" in event.text and event.text_is_html
    assert (event.ticket_id, event.requester_id, event.requester_name) == ("12", "8000003", "Lou Martin")
    assert event.tags == ("vip", "renewal due")
    assert event.helpdesk_sentiment is None


def test_advanced_body_without_text_leaves_it_to_the_worker():
    event = normalise_freshdesk_delivery(load("advanced_no_text.json"), "k")
    assert event.kind == CUSTOMER_MESSAGE and event.text == "" and not event.text_is_html
    assert event.helpdesk_sentiment is None


def test_advanced_body_trusts_an_unprefixed_comment():
    payload = {**load("advanced_reply.json"), "latest_public_comment": "<div>still waiting!!</div>"}
    assert normalise_freshdesk_delivery(payload, "k").text == "<div>still waiting!!</div>"


def test_unknown_triggered_event_is_analysed_not_refused():
    payload = {**load("advanced_reply.json"), "triggered_event": "{something_new:{a:[1,2]}"}
    assert normalise_freshdesk_delivery(payload, "k").kind == CUSTOMER_MESSAGE


@pytest.mark.parametrize("payload", [
    {},
    {"ticket_id": "12"},
    {"freshdesk_webhook": "not an object"},
    {"freshdesk_webhook": {"ticket_id": "abc"}},
    {"calmdesk": "freshdesk-rule/1", "ticket_id": ""},
    {"calmdesk": "freshdesk-rule/1", "ticket_id": "{{ticket.id}}"},
    {"calmdesk": "freshdesk-rule/1", "ticket_id": "12", "latest_public_comment": {"html": "x"}},
])
def test_bad_payloads_are_400(payload):
    with pytest.raises(BadPayload):
        normalise_freshdesk_delivery(payload, "k")


@pytest.mark.parametrize("score, expected", [("0", -1.0), ("18", -0.64), ("30", -0.4), ("50", 0.0), ("71", 0.42),
                                             ("100", 1.0), ("", None), ("n/a", None), ("101", None)])
def test_freddy_sentiment_maps_onto_minus_one_to_one(score, expected):
    assert sentiment_from_score(score) == (pytest.approx(expected) if expected is not None else None)


# --- delivery keys -------------------------------------------------------------------------------------------------
def test_same_words_on_the_same_ticket_are_one_delivery_whatever_the_markup():
    one = load("advanced_reply.json")
    two = {**one, "latest_public_comment": "Lou Martin : <p>Troisième  relance pour ma commande. C'est INADMISSIBLE.</p>",
           "status": "Pending"}
    assert freshdesk_delivery_key(one, {}, b"", now=NOW) == freshdesk_delivery_key(two, {}, b"", now=NOW + 3600)


def test_different_words_or_tickets_are_different_deliveries():
    one = load("advanced_reply.json")
    assert freshdesk_delivery_key(one, {}, b"") != freshdesk_delivery_key(
        {**one, "latest_public_comment": "<div>Something else</div>"}, {}, b"")
    assert freshdesk_delivery_key(one, {}, b"") != freshdesk_delivery_key({**one, "ticket_id": "13"}, {}, b"")


def test_textless_deliveries_are_keyed_by_event_within_a_minute():
    payload = load("advanced_no_text.json")
    start = (NOW // 60) * 60
    key = freshdesk_delivery_key(payload, {}, b"", now=start)
    assert freshdesk_delivery_key(payload, {}, b"", now=start + 59) == key
    assert freshdesk_delivery_key(payload, {}, b"", now=start + 60) != key
    assert freshdesk_delivery_key({**payload, "triggered_event": "{reply_sent:sent}"}, {}, b"", now=start) != key
