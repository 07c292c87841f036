"""Zendesk deliveries as pure functions over (headers, body): signature check and normalisation to TicketEvent."""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
from datetime import datetime, timezone
from typing import Any, Mapping

from calmdesk.events import AGENT_FEEDBACK, AGENT_REPLY, CUSTOMER_MESSAGE, TicketEvent, feedback_in_tags, is_api_id
from calmdesk.events import FOLLOWUP_TAG as TASK_TAG

from calmdesk.helpdesks.base import WebhookSource
from calmdesk.helpdesks.webhook_errors import BadPayload, NotConfigured, Unauthorized

SIGNATURE_HEADER = "X-Zendesk-Webhook-Signature"
TIMESTAMP_HEADER = "X-Zendesk-Webhook-Signature-Timestamp"
INVOCATION_HEADER = "X-Zendesk-Webhook-Invocation-Id"
# How far the signature timestamp may be from now. Zendesk states no tolerance, and it does not retry a 401, so a
# window that is too tight loses a delivery for good, while a replay within the window is already harmless: the
# event or invocation id is kept 7 days (dedup), and a replayed trigger body re-reads the same latest comment, which
# the turn state has seen. So: up to an hour old (a delivery Zendesk retried after timeouts, or held while its
# circuit breaker was open), and at most five minutes ahead (clock skew; nothing is sent from the future).
TOLERANCE_SECONDS = 3600
FUTURE_TOLERANCE_SECONDS = 300
# The fixed secret Zendesk signs "Test webhook" sends with before a webhook exists. It is published, so anyone can
# sign with it: calmdesk refuses to use it as a signing secret (README, "Installing into Zendesk").
PUBLIC_TEST_SECRET = "dGhpc19zZWNyZXRfaXNfZm9yX3Rlc3Rpbmdfb25seQ=="

COMMENT_ADDED = "zen:event-type:ticket.comment_added"
TICKET_CREATED = "zen:event-type:ticket.created"
TRIGGER_MARKER = "calmdesk"  # the key that marks calmdesk's own trigger body (see README, "Zendesk trigger body")
FEEDBACK_BODY = "zendesk-feedback/1"  # the feedback trigger's body (calmdesk/helpdesks/zendesk/setup.py)
# A locale code ("en-US", "pt-BR", "es-419"); {{ticket.requester.language}} may render "English" instead.
_LOCALE = re.compile(r"^[a-z]{2,3}(?:-(?:[A-Za-z]{2,4}|\d{3}))?$")

# Intelligent Triage's sentiment, as tags and as field values, mapped onto [-1, 1].
_SENTIMENT = {
    "very_negative": -1.0,
    "negative": -0.5,
    "neutral": 0.0,
    "positive": 0.5,
    "very_positive": 1.0,
}


def sign_zendesk_body(secret: str, timestamp: str, body: bytes) -> str:
    """base64(HMAC-SHA256(secret, timestamp + body)): what Zendesk sends in X-Zendesk-Webhook-Signature."""
    digest = hmac.new(secret.encode(), timestamp.encode() + body, hashlib.sha256).digest()
    return base64.b64encode(digest).decode()


def verify_zendesk_signature(
    secret: str, headers: Mapping[str, str], body: bytes, now: datetime, tolerance: int = TOLERANCE_SECONDS
) -> None:
    """Raise Unauthorized unless the body carries a valid, fresh Zendesk signature."""
    if not secret:
        raise NotConfigured("ZENDESK_WEBHOOK_SECRET is not set; calmdesk refuses unsigned Zendesk traffic")
    if secret.strip() == PUBLIC_TEST_SECRET:
        raise NotConfigured("ZENDESK_WEBHOOK_SECRET is Zendesk's public test secret, which anyone can sign with: "
                            "set it to the webhook's own signing secret (Admin Center, the webhook's page, "
                            "Reveal secret)")
    signature = headers.get(SIGNATURE_HEADER, "")
    timestamp = headers.get(TIMESTAMP_HEADER, "")
    if not signature or not timestamp:
        raise Unauthorized(f"missing {SIGNATURE_HEADER} or {TIMESTAMP_HEADER}")
    sent_at = _parse_timestamp(timestamp)
    if sent_at is None:
        raise Unauthorized(f"{TIMESTAMP_HEADER} is not an ISO 8601 time")
    age = (now - sent_at).total_seconds()
    if age > tolerance or -age > FUTURE_TOLERANCE_SECONDS:
        raise Unauthorized(f"{TIMESTAMP_HEADER} is more than {tolerance}s old or {FUTURE_TOLERANCE_SECONDS}s ahead; "
                           "replayed or clock skew")
    expected = sign_zendesk_body(secret, timestamp, body)
    if not hmac.compare_digest(expected.encode(), signature.strip().encode()):
        raise Unauthorized("signature does not match; check ZENDESK_WEBHOOK_SECRET against the webhook's signing secret")


def _parse_timestamp(text: str) -> datetime | None:
    try:
        parsed = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)


def zendesk_delivery_key(payload: Mapping[str, Any], headers: Mapping[str, str], body: bytes) -> str:
    """What identifies one delivery across Zendesk's retries: the event id, else the invocation id, else the body."""
    event_id = payload.get("id")
    if isinstance(event_id, (str, int)) and str(event_id) and "type" in payload:
        return f"event:{event_id}"
    invocation = headers.get(INVOCATION_HEADER, "")
    if invocation:
        return f"invocation:{invocation}"
    return "body:" + hashlib.sha256(body).hexdigest()


def zendesk_replay_key(headers: Mapping[str, str], body: bytes) -> str:
    """The signature covers timestamp and body: a replay within the tolerance must reuse it, whatever unsigned
    invocation id it carries (issue 16, L1)."""
    return "signed:" + hashlib.sha256(headers.get(SIGNATURE_HEADER, "").strip().encode()).hexdigest()


def normalise_zendesk_delivery(payload: Mapping[str, Any], delivery_id: str = "") -> TicketEvent | str:
    """A TicketEvent worth analysing, or a short reason why the delivery is accepted but ignored."""
    if payload.get(TRIGGER_MARKER) == FEEDBACK_BODY:
        return _feedback_from_trigger(payload, delivery_id)
    if TRIGGER_MARKER in payload or "ticket_id" in payload:
        return _from_trigger_body(payload, delivery_id)
    kind = payload.get("type")
    if not isinstance(kind, str):
        raise BadPayload("expected a Zendesk ticket event with a 'type', or calmdesk's trigger body with 'ticket_id'")
    if kind == COMMENT_ADDED:
        return _from_comment_added(payload, delivery_id)
    if kind == TICKET_CREATED:
        return _from_ticket_created(payload, delivery_id)
    return f"event type {kind} is not analysed"


def _ticket_id(payload: Mapping[str, Any]) -> str:
    detail = _object(payload, "detail")
    raw = detail.get("id") or str(payload.get("subject", "")).rpartition(":")[2]
    ticket_id = str(raw).strip()
    if not is_api_id(ticket_id):  # it goes into API paths: str.isdigit() alone also takes "١٢" and "²"
        raise BadPayload("detail.id (or subject 'zen:ticket:<id>') must be the numeric ticket id")
    return ticket_id


def _requester_id(value: Any, where: str) -> str:
    """A requester id goes into GET /api/v2/users/{id}: digits only, or refused ("../users" would reach another
    endpoint)."""
    text = _text(value).strip()
    if text and not is_api_id(text):
        raise BadPayload(f"{where} must be the numeric user id")
    return text


def _from_comment_added(payload: Mapping[str, Any], delivery_id: str) -> TicketEvent | str:
    detail = _object(payload, "detail")
    comment = _object(_object(payload, "event"), "comment")
    author = _object(comment, "author")
    if comment.get("is_public") is False:
        return "private comment"
    ticket = _ticket_fields(payload, detail, delivery_id)
    is_staff = author.get("is_staff") is True
    return TicketEvent(
        **ticket,
        kind=AGENT_REPLY if is_staff else CUSTOMER_MESSAGE,
        comment_id=_text(comment.get("id")),
        text=_text(comment.get("body")),
        author_id=_text(author.get("id")),
        requester_name="" if is_staff else _text(author.get("name")),
    )


def _from_ticket_created(payload: Mapping[str, Any], delivery_id: str) -> TicketEvent | str:
    detail = _object(payload, "detail")
    tags = detail.get("tags") if isinstance(detail.get("tags"), list) else []
    if TASK_TAG in tags:
        return "calmdesk's own follow-up task"
    submitter, requester = _text(detail.get("submitter_id")), _text(detail.get("requester_id"))
    if submitter and requester and submitter != requester:
        # An agent (or calmdesk's API user) opened it on the requester's behalf: the description is not theirs.
        return "ticket created by an agent for the requester"
    return TicketEvent(
        **_ticket_fields(payload, detail, delivery_id),
        kind=CUSTOMER_MESSAGE,
        text=_text(detail.get("description")),
        author_id=_text(detail.get("requester_id")),
    )


def _ticket_fields(payload: Mapping[str, Any], detail: Mapping[str, Any], delivery_id: str) -> dict[str, Any]:
    tags = detail.get("tags") if isinstance(detail.get("tags"), list) else []
    tags = tuple(str(t) for t in tags if isinstance(t, (str, int)))
    return {
        "helpdesk": "zendesk",
        "ticket_id": _ticket_id(payload),
        "delivery_id": delivery_id,
        "requester_id": _requester_id(detail.get("requester_id"), "detail.requester_id"),
        "subject": _text(detail.get("subject")),
        "status": _text(detail.get("status")).lower(),
        "tags": tags,
        "helpdesk_sentiment": sentiment_from_tags(tags),
        "occurred_at": _text(payload.get("time")),
        "brand_id": _text(detail.get("brand_id")),
        "group_id": _text(detail.get("group_id")),
        "channel": _text((detail.get("via") if isinstance(detail.get("via"), dict) else {}).get("channel")).lower(),
    }


def _from_trigger_body(payload: Mapping[str, Any], delivery_id: str) -> TicketEvent | str:
    ticket_id = _text(payload.get("ticket_id")).strip()
    if not is_api_id(ticket_id):  # it goes into API paths: str.isdigit() alone also takes "١٢" and "²"
        raise BadPayload("ticket_id must be the numeric ticket id (the trigger body uses \"{{ticket.id}}\")")
    requester_id = _requester_id(payload.get("requester_id"), "requester_id")
    tags = _trigger_tags(payload.get("tags"))
    if TASK_TAG in tags:
        return "calmdesk's own follow-up task"
    locale = _text(payload.get("locale")).strip()  # older installed triggers sent {{ticket.requester.language}}
    sentiment = sentiment_from_tags(tags)
    if sentiment is None:
        sentiment = _SENTIMENT.get(_text(payload.get("sentiment")).strip().lower().replace(" ", "_"))
    return TicketEvent(
        helpdesk="zendesk",
        ticket_id=ticket_id,
        delivery_id=delivery_id,
        kind=CUSTOMER_MESSAGE,
        requester_id=requester_id,
        requester_name=_text(payload.get("requester_name")),
        locale=locale if _LOCALE.match(locale) else "",  # else read from the user record by the worker
        subject=_text(payload.get("subject")),
        status=_text(payload.get("status")).lower(),
        tags=tags,
        helpdesk_sentiment=sentiment,
    )


def _feedback_from_trigger(payload: Mapping[str, Any], delivery_id: str) -> TicketEvent | str:
    """The feedback trigger fired: an agent applied "calmdesk: not upset" or "calmdesk: helpful" (their tags)."""
    ticket_id = _text(payload.get("ticket_id")).strip()
    if not (ticket_id.isascii() and ticket_id.isdigit() and len(ticket_id) <= 20):
        raise BadPayload("ticket_id must be the numeric ticket id (the trigger body uses \"{{ticket.id}}\")")
    tags = _trigger_tags(payload.get("tags"))
    feedback = feedback_in_tags(tags)
    if not feedback:
        return "feedback trigger without a calmdesk feedback tag"
    return TicketEvent(helpdesk="zendesk", ticket_id=ticket_id, delivery_id=delivery_id, kind=AGENT_FEEDBACK,
                       feedback=feedback, tags=tags)


def _trigger_tags(value: Any) -> tuple[str, ...]:
    """"{{ticket.tags}}" renders as space-separated text; a JSON list of names is accepted too."""
    if value is None:
        return ()
    if isinstance(value, str):
        return tuple(value.split())
    if isinstance(value, list):
        return tuple(str(t) for t in value if isinstance(t, (str, int)) and not isinstance(t, bool))
    raise BadPayload("tags must be text (the trigger body uses \"{{ticket.tags}}\") or a list of tag names")


def sentiment_from_tags(tags: tuple[str, ...]) -> float | None:
    """Zendesk Intelligent Triage writes tags like 'sentiment__very_negative'."""
    for tag in tags:
        if tag.startswith("sentiment__") and tag[len("sentiment__"):] in _SENTIMENT:
            return _SENTIMENT[tag[len("sentiment__"):]]
    return None


def _object(parent: Mapping[str, Any], key: str) -> Mapping[str, Any]:
    value = parent.get(key)
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise BadPayload(f"'{key}' must be a JSON object")
    return value


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        return str(value)
    raise BadPayload(f"expected text or a number, got {type(value).__name__}")


def _authenticate(settings, headers, body, now) -> None:
    verify_zendesk_signature(settings.zendesk.webhook_secret, headers, body, now)


def _source() -> WebhookSource:
    return WebhookSource(
        name="zendesk",
        authenticate=_authenticate,
        delivery_key=zendesk_delivery_key,
        normalise=normalise_zendesk_delivery,
        dedup_seconds=7 * 86400,
        replay_key=zendesk_replay_key,
        replay_seconds=2 * TOLERANCE_SECONDS,  # a timestamp is accepted from 5 min before to 5 min after now
    )


SOURCE = _source()
