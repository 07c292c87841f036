"""Zendesk signature verification and payload normalisation: pure functions, no Flask, no Redis."""

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from calmdesk.events import AGENT_REPLY, CUSTOMER_MESSAGE
from calmdesk.helpdesks.webhook_errors import BadPayload, NotConfigured, Unauthorized
from calmdesk.helpdesks.zendesk.webhook import (normalise_zendesk_delivery, sign_zendesk_body, verify_zendesk_signature,
                              zendesk_delivery_key)

FIXTURES = Path(__file__).parents[1] / "fixtures" / "zendesk"
NOW = datetime(2026, 11, 22, 12, 0, 0, tzinfo=timezone.utc)
SECRET = "a-signing-secret-for-these-tests"
PUBLIC_TEST_SECRET = "dGhpc19zZWNyZXRfaXNfZm9yX3Rlc3Rpbmdfb25seQ=="  # Zendesk's, for "Test webhook" before it exists


def load(name: str) -> tuple[dict, bytes]:
    body = (FIXTURES / name).read_bytes()
    return json.loads(body), body


def headers_for(body: bytes, when: datetime = NOW, secret: str = SECRET) -> dict:
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ")
    return {"X-Zendesk-Webhook-Signature": sign_zendesk_body(secret, stamp, body),
            "X-Zendesk-Webhook-Signature-Timestamp": stamp}


def test_known_signature_vector():
    # Computed independently: base64(HMAC-SHA256(key, timestamp + body)).
    import base64
    import hashlib
    import hmac
    body = b'{"a":1}'
    expected = base64.b64encode(hmac.new(b"k", b"2021-03-25T05:09:27Z" + body, hashlib.sha256).digest()).decode()
    assert sign_zendesk_body("k", "2021-03-25T05:09:27Z", body) == expected


def test_valid_signature_passes():
    _, body = load("comment_added_customer.json")
    verify_zendesk_signature(SECRET, headers_for(body), body, NOW)


@pytest.mark.parametrize("mutate", [
    lambda h, b: ({**h, "X-Zendesk-Webhook-Signature": "AAAA" + h["X-Zendesk-Webhook-Signature"][4:]}, b),
    lambda h, b: (h, b + b" "),
    lambda h, b: ({k: v for k, v in h.items() if k != "X-Zendesk-Webhook-Signature"}, b),
    lambda h, b: ({k: v for k, v in h.items() if k != "X-Zendesk-Webhook-Signature-Timestamp"}, b),
    lambda h, b: ({**h, "X-Zendesk-Webhook-Signature-Timestamp": "yesterday"}, b),
])
def test_tampered_or_missing_signature_is_unauthorized(mutate):
    _, body = load("comment_added_customer.json")
    headers, body = mutate(headers_for(body), body)
    with pytest.raises(Unauthorized):
        verify_zendesk_signature(SECRET, headers, body, NOW)


@pytest.mark.parametrize("offset, ok", [(timedelta(seconds=299), True), (timedelta(seconds=-299), True),
                                        (timedelta(minutes=-59), True), (timedelta(seconds=301), False),
                                        (timedelta(minutes=-61), False), (timedelta(days=-3), False)])
def test_signatures_are_accepted_up_to_an_hour_old_and_five_minutes_ahead(offset, ok):
    """Zendesk states no window and never retries a 401; the 7-day dedup stops replays (README, Decisions)."""
    _, body = load("comment_added_customer.json")
    headers = headers_for(body, when=NOW + offset)
    if ok:
        verify_zendesk_signature(SECRET, headers, body, NOW)
    else:
        with pytest.raises(Unauthorized, match="more than 3600s old or 300s ahead"):
            verify_zendesk_signature(SECRET, headers, body, NOW)


def test_zendesks_public_test_secret_is_refused_as_a_signing_secret():
    _, body = load("comment_added_customer.json")
    with pytest.raises(NotConfigured, match="public test secret"):
        verify_zendesk_signature(PUBLIC_TEST_SECRET, headers_for(body, secret=PUBLIC_TEST_SECRET), body, NOW)
    with pytest.raises(Unauthorized):  # and a "Test webhook" send signed with it never passes a real secret
        verify_zendesk_signature(SECRET, headers_for(body, secret=PUBLIC_TEST_SECRET), body, NOW)


def test_no_secret_configured_refuses_everything():
    _, body = load("comment_added_customer.json")
    with pytest.raises(NotConfigured, match="ZENDESK_WEBHOOK_SECRET"):
        verify_zendesk_signature("", headers_for(body), body, NOW)


def test_customer_comment_normalises_to_event():
    payload, body = load("comment_added_customer.json")
    event = normalise_zendesk_delivery(payload, "event:x")
    assert event.kind == CUSTOMER_MESSAGE
    assert (event.helpdesk, event.ticket_id, event.comment_id) == ("zendesk", "35436", "9001")
    assert "third time" in event.text
    assert event.requester_name == "Dana Whitfield"
    assert event.status == "open"
    assert event.helpdesk_sentiment == -1.0  # from the sentiment__very_negative tag


def test_staff_comment_is_agent_reply_and_private_note_is_ignored():
    payload, _ = load("comment_added_agent.json")
    assert normalise_zendesk_delivery(payload, "").kind == AGENT_REPLY
    payload, _ = load("comment_added_private.json")
    assert normalise_zendesk_delivery(payload, "") == "private comment"


def test_ticket_created_uses_description():
    payload, _ = load("ticket_created.json")
    event = normalise_zendesk_delivery(payload, "")
    assert event.ticket_id == "35437" and event.text.startswith("Hello, our invoice")


def test_trigger_body_carries_ids_and_text_is_fetched_later():
    payload, body = load("calmdesk_trigger.json")
    event = normalise_zendesk_delivery(payload, "")
    assert event.ticket_id == "35438" and event.text == ""
    assert event.tags == ("vip", "sentiment__negative") and event.helpdesk_sentiment == -0.5
    assert zendesk_delivery_key(payload, {"X-Zendesk-Webhook-Invocation-Id": "inv-1"}, body) == "invocation:inv-1"


def test_other_event_types_are_ignored_with_a_reason():
    assert "not analysed" in normalise_zendesk_delivery({"type": "zen:event-type:ticket.status_changed",
                                                         "detail": {"id": "1"}}, "")


@pytest.mark.parametrize("payload", [
    {"type": "zen:event-type:ticket.comment_added", "detail": {"id": "abc"}, "event": {"comment": {}}},
    {"type": "zen:event-type:ticket.comment_added", "detail": "nope"},
    {"type": 5},
    {"ticket_id": "{{ticket.id}}"},
    {"type": "zen:event-type:ticket.comment_added", "detail": {"id": "1"}, "event": {"comment": {"body": ["x"]}}},
])
def test_malformed_payloads_raise_bad_payload(payload):
    with pytest.raises(BadPayload):
        normalise_zendesk_delivery(payload, "")


def test_delivery_key_prefers_event_id():
    payload, body = load("comment_added_customer.json")
    assert zendesk_delivery_key(payload, {"X-Zendesk-Webhook-Invocation-Id": "inv"}, body) == \
        "event:01HEXAMPLEEVENT0000000001"
