"""Freshdesk deliveries as pure functions over (headers, body): token check, parsing and normalisation to TicketEvent.

Freshdesk's automation rules do not sign webhooks, so a shared token (FRESHDESK_WEBHOOK_TOKEN) stands in for a
signature. Two bodies are understood: Freshdesk's "simple" content ({"freshdesk_webhook": {...}}) and the
"advanced" body documented in docs/freshdesk.md ({"calmdesk": "freshdesk-rule/1", ...}).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import re
import time
from dataclasses import dataclass
from typing import Any, Mapping

from calmdesk.events import (AGENT_FEEDBACK, AGENT_REPLY, CUSTOMER_MESSAGE, FOLLOWUP_TAG, HELPFUL, NOT_UPSET,
                             TicketEvent, feedback_in_tags, is_api_id)

from calmdesk.helpdesks.base import WebhookSource
from calmdesk.helpdesks.html_text import html_to_text
from calmdesk.helpdesks.webhook_errors import BadPayload, NotConfigured, Unauthorized

TOKEN_HEADER = "X-Calmdesk-Token"
RULE_MARKER = "calmdesk"  # the key that marks calmdesk's own advanced body (docs/freshdesk.md)
FEEDBACK_BODY = "freshdesk-feedback/2"  # the feedback rule's body (calmdesk/helpdesks/freshdesk/setup.py)
FEEDBACK_BODY_V1 = "freshdesk-feedback/1"  # the first body, without the note: still read, from its tags
# The private note each scenario adds with its tag: the rule fires on any agent's private note on a tagged ticket, and
# only the scenario's own note, the ticket's latest private one, is an agent's correction (docs/freshdesk.md).
FEEDBACK_NOTES = {NOT_UPSET: "calmdesk feedback: not upset", HELPFUL: "calmdesk feedback: helpful"}
SIMPLE_WRAPPER = "freshdesk_webhook"
DEDUP_SECONDS = 86400
# Deliveries without text are keyed on (ticket, triggered_event, minute): a rule that fires twice for one update
# collapses, and a real second message a minute later still gets through. See docs/freshdesk.md, "Duplicates".
TEXTLESS_BUCKET_SECONDS = 60

# The first two are the events calmdesk acts on; the rest are accepted and ignored.
CREATED, REPLY, PUBLIC_NOTE, PRIVATE_NOTE, PROPERTY_CHANGE, UNKNOWN = (
    "created", "reply", "public_note", "private_note", "property_change", "unknown")


MAX_EVENT_DEPTH = 8  # Freshdesk's own events nest two deep ({priority:{from:3,to:1}})


class TriggeredEventError(ValueError):
    """A triggered_event string that is not in Freshdesk's `{key:value}` form."""


# --- authentication --------------------------------------------------------------------------------------------------
def verify_freshdesk_token(token: str, headers: Mapping[str, str]) -> None:
    """Raise Unauthorized unless the delivery carries the token as basic-auth password or in X-Calmdesk-Token."""
    if not token:
        raise NotConfigured("FRESHDESK_WEBHOOK_TOKEN is not set; calmdesk refuses unauthenticated Freshdesk traffic. "
                            "Set it, and give it to the rule's webhook as the basic-auth password")
    offered = []
    header_token = _header(headers, TOKEN_HEADER)
    if header_token:
        offered.append(header_token.strip())
    authorization = _header(headers, "Authorization")
    if authorization:
        scheme, _, encoded = authorization.strip().partition(" ")
        if scheme.lower() != "basic":
            raise Unauthorized("Authorization must be HTTP basic auth with FRESHDESK_WEBHOOK_TOKEN as the password")
        try:
            _user, _, password = base64.b64decode(encoded.strip(), validate=True).decode("utf-8").partition(":")
        except (binascii.Error, ValueError):
            raise Unauthorized("Authorization is not valid basic auth (base64 of user:password)") from None
        offered.append(password)
    if not offered:
        raise Unauthorized(f"no credentials: send FRESHDESK_WEBHOOK_TOKEN as the basic-auth password or in {TOKEN_HEADER}")
    # Every offered value is compared, so the time taken does not say which one was close.
    matches = [hmac.compare_digest(value.encode(), token.encode()) for value in offered]
    if not any(matches):
        raise Unauthorized("token does not match FRESHDESK_WEBHOOK_TOKEN; check the rule's webhook authentication")


def _header(headers: Mapping[str, str], name: str) -> str:
    value = headers.get(name)
    if value is None and isinstance(headers, dict):
        value = next((v for k, v in headers.items() if k.lower() == name.lower()), None)
    return value or ""


# --- triggered_event ----------------------------------------------------------------------------------------------
def parse_triggered_event(text: str) -> dict[str, Any]:
    """Freshdesk's `{ticket_action:created}`, `{priority:{from:3,to:1}}`, ... as a dict of strings and dicts.

    The format looks like JSON without quotes, so it is parsed here: `{key:value,key:value}` where a value is
    either another `{...}` or text up to the next `,` or `}` (labels like "Waiting on Customer" keep their spaces).
    It also arrives as quoted JSON (`{"note_type":"private"}`, ../shared/helpdesk-facts.md): both are accepted,
    so a quoted private note is a private note, not an unknown event that gets analysed.
    """
    stripped = text.strip()
    if stripped.startswith("{") and '"' in stripped:
        try:
            quoted = json.loads(stripped)
        except ValueError:
            quoted = None
        if isinstance(quoted, dict):
            return _as_event(quoted)
    parser = _EventParser(stripped)
    value = parser.value()
    parser.end()
    if not isinstance(value, dict):
        raise TriggeredEventError(f"triggered_event {text!r} is not of the form {{key:value}}")
    return value


def _as_event(value: dict[str, Any]) -> dict[str, Any]:
    """Quoted JSON in the unquoted form's shape: nested objects stay dicts, every other value becomes text."""
    return {str(k): _as_event(v) if isinstance(v, dict) else ("" if v is None else str(v)) for k, v in value.items()}


class _EventParser:
    def __init__(self, text: str):
        self.text, self.pos = text, 0

    def value(self, depth: int = 0) -> dict[str, Any] | str:
        if self._peek() != "{":
            return self._atom()
        if depth >= MAX_EVENT_DEPTH:  # 1,000 levels were a RecursionError and a 500 (issue 16, L5)
            raise TriggeredEventError(f"triggered_event is nested deeper than {MAX_EVENT_DEPTH}")
        self.pos += 1
        result: dict[str, Any] = {}
        while True:
            key = self._atom(stop=":,}")
            if self._peek() != ":" or not key:
                raise TriggeredEventError(f"expected key:value at position {self.pos} in {self.text!r}")
            self.pos += 1
            result[key] = self.value(depth + 1)
            nxt = self._peek()
            self.pos += 1
            if nxt == "}":
                return result
            if nxt != ",":
                raise TriggeredEventError(f"expected ',' or '}}' at position {self.pos - 1} in {self.text!r}")

    def end(self) -> None:
        if self.text[self.pos:].strip():
            raise TriggeredEventError(f"unexpected text after position {self.pos} in {self.text!r}")

    def _atom(self, stop: str = ",}") -> str:
        start = self.pos
        while self.pos < len(self.text) and self.text[self.pos] not in stop and self.text[self.pos] != "{":
            self.pos += 1
        return self.text[start:self.pos].strip()

    def _peek(self) -> str:
        return self.text[self.pos] if self.pos < len(self.text) else ""


def classify_triggered_event(event: Mapping[str, Any]) -> str:
    """What happened, in calmdesk's words; only CREATED and REPLY (and UNKNOWN, to be safe) can carry customer words."""
    if str(event.get("ticket_action", "")).lower() == "created":
        return CREATED
    note_type = str(event.get("note_type", "")).lower()
    if note_type == "private":
        return PRIVATE_NOTE
    if note_type == "public":
        return PUBLIC_NOTE
    if "reply_sent" in event:
        return REPLY
    if event and all(isinstance(v, dict) and {"from", "to"} <= set(v) for v in event.values()):
        return PROPERTY_CHANGE
    return UNKNOWN


# --- reading a delivery ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class FreshdeskDelivery:
    """One delivery in calmdesk's words, whichever body it came in."""

    ticket_id: str
    event: Mapping[str, Any]
    event_text: str
    happened: str  # one of CREATED, REPLY, ...
    text_html: str  # the customer's words when known to be theirs; "" means "fetch through the API"
    written_by_someone_else: bool  # the latest public comment names another author
    requester_id: str = ""
    requester_name: str = ""
    requester_email: str = ""
    subject: str = ""
    status: str = ""
    tags: tuple[str, ...] = ()
    sentiment: float | None = None


def read_freshdesk_delivery(payload: Mapping[str, Any]) -> FreshdeskDelivery:
    if RULE_MARKER in payload:
        fields, trusted = _advanced_fields(payload), True
    elif SIMPLE_WRAPPER in payload:
        wrapped = payload[SIMPLE_WRAPPER]
        if not isinstance(wrapped, dict):
            raise BadPayload(f"'{SIMPLE_WRAPPER}' must be a JSON object")
        # Simple content comes from any rule, performed by anyone: a comment is only the customer's if it says so.
        fields, trusted = _simple_fields(wrapped), False
    else:
        raise BadPayload(f"expected Freshdesk's simple content {{\"{SIMPLE_WRAPPER}\": {{...}}}} or calmdesk's "
                         f"rule body with \"{RULE_MARKER}\": \"freshdesk-rule/1\" (see docs/freshdesk.md)")
    ticket_id = fields["ticket_id"]
    if not is_api_id(ticket_id):  # it goes into API paths: ASCII digits only, never "../" or "²"
        raise BadPayload("ticket_id must be the numeric ticket id (the rule body uses \"{{ticket.id}}\")")
    if fields["requester_id"] and not is_api_id(fields["requester_id"]):
        raise BadPayload("requester_id must be the numeric contact id (the rule body uses "
                         "\"{{ticket.requester.id}}\")")
    event_text = fields["triggered_event"]
    try:
        event = parse_triggered_event(event_text) if event_text else {}
    except TriggeredEventError:
        event = {}  # a form we do not know yet: treated as UNKNOWN rather than refused, so Freshdesk does not retry
    happened = classify_triggered_event(event)
    text, someone_else = "", False
    if happened == CREATED:
        text = fields["description"] or fields["comment"]
    elif happened in (REPLY, UNKNOWN):
        text, someone_else = _customer_comment(fields["comment"], fields["requester_name"], trusted)
    return FreshdeskDelivery(
        ticket_id=ticket_id, event=event, event_text=event_text, happened=happened, text_html=text,
        written_by_someone_else=someone_else, requester_id=fields["requester_id"],
        requester_name=fields["requester_name"], requester_email=fields["requester_email"], subject=fields["subject"],
        status=fields["status"].lower(), tags=_tags(fields["tags"]), sentiment=None,
    )


def _advanced_fields(payload: Mapping[str, Any]) -> dict[str, str]:
    return {
        "ticket_id": _field(payload, "ticket_id").strip(),
        "triggered_event": _field(payload, "triggered_event").strip(),
        "comment": _field(payload, "latest_public_comment"),
        "description": _field(payload, "description"),
        "requester_id": _field(payload, "requester_id").strip(),
        "requester_name": _field(payload, "requester_name").strip(),
        "requester_email": _field(payload, "requester_email").strip(),
        "subject": _field(payload, "subject"),
        "status": _field(payload, "status").strip(),
        "tags": _field(payload, "tags"),
    }


def _simple_fields(wrapped: Mapping[str, Any]) -> dict[str, str]:
    return {
        "ticket_id": _field(wrapped, "ticket_id").strip(),
        "triggered_event": _field(wrapped, "triggered_event").strip(),
        "comment": _field(wrapped, "ticket_latest_public_comment"),
        "description": _field(wrapped, "ticket_description"),
        "requester_id": _field(wrapped, "ticket_requester_id").strip() or _field(wrapped, "requester_id").strip(),
        # Real deliveries name the requester ticket_requester_name and/or requester_name
        # (../shared/helpdesk-facts.md, "Simple content"; tests/fixtures/freshdesk/README.md).
        "requester_name": (_field(wrapped, "ticket_requester_name").strip()
                           or _field(wrapped, "requester_name").strip()),
        "requester_email": (_field(wrapped, "ticket_requester_email").strip()
                            or _field(wrapped, "requester_email").strip()),
        "subject": _field(wrapped, "ticket_subject"),
        "status": _field(wrapped, "ticket_status").strip(),
        "tags": _field(wrapped, "ticket_tags"),
    }
    # No sentiment: Freshdesk has no {{ticket.sentiment_score}} placeholder (it renders empty), so a
    # "sentiment" key in any body is ignored rather than trusted.


# "{{ticket.latest_public_comment}}" renders as "Author Name : <div>...</div>", and with attachments appends
# "\n\nAttachments :\n1. <a href=...>file</a>" (../shared/helpdesk-facts.md; tests/fixtures/freshdesk/README.md).
# Bounded quantifiers, and only the first PREFIX_CHARS are searched: unbounded \s* / \s+ around the name were
# quadratic on a long run of spaces (issue 16, M1).
_AUTHOR_PREFIX = re.compile(r"^\s{0,40}(?P<name>[^<>:\n]{1,120}?)\s{1,40}:\s{1,40}(?=<)")
PREFIX_CHARS = 300
_ATTACHMENTS_LIST = re.compile(r"Attachments\s:[ \t]{0,40}(?:\n|<br\s{0,5}/?>)\s{0,40}1\.\s")
_TRAILING_BREAKS = re.compile(r"(?:\s|<br\s{0,5}/?>){1,200}\Z")


def strip_attachments(comment: str) -> str:
    """The comment without the "Attachments :" list Freshdesk appends: file names are not the customer's words.

    Found with rfind and bounded patterns, never a regex scanning the whole text from every position: a run of
    spaces made the earlier pattern quadratic (issue 16, M1)."""
    at = comment.rfind("Attachments")
    if at == -1 or not _ATTACHMENTS_LIST.match(comment, at):
        return comment
    head = comment[:at]
    while True:  # drop the blank lines and <br>s before the list, a bounded bite at a time
        trimmed = _TRAILING_BREAKS.sub("", head[-2000:])
        if len(trimmed) == len(head[-2000:]):
            return head
        head = head[:-2000] + trimmed if len(head) > 2000 else trimmed
        if not trimmed.strip():
            continue
        return head


def _customer_comment(comment: str, requester_name: str, trusted: bool) -> tuple[str, bool]:
    """(the customer's words or "", whether the comment names an author other than the requester)."""
    comment = strip_attachments(comment)
    match = _AUTHOR_PREFIX.match(comment[:PREFIX_CHARS])
    if match:
        if requester_name and match.group("name").strip().casefold() == requester_name.casefold():
            return comment[match.end():], False
        if requester_name:
            return "", True
    return (comment if trusted else ""), False


def _tags(value: str) -> tuple[str, ...]:
    # {{ticket.tags}} renders comma-separated; tags may contain spaces, so commas are the only separator.
    return tuple(tag.strip() for tag in value.split(",") if tag.strip())


def sentiment_from_score(value: str) -> float | None:
    """Freddy's 0-100 score on the latest customer message, onto [-1, 1] (50 is neutral; default bands
    Negative 10-30, Neutral 31-70, Positive 71-100 land at about -0.8..-0.4, -0.4..0.4, 0.4..1)."""
    try:
        score = float(value)
    except ValueError:
        return None
    if not 0 <= score <= 100:
        return None
    return round((score - 50) / 50, 3)


def _field(parent: Mapping[str, Any], key: str) -> str:
    value = parent.get(key)
    if value is None or isinstance(value, bool):
        return ""
    if isinstance(value, (int, float)):
        return str(value)
    if not isinstance(value, str):
        raise BadPayload(f"'{key}' must be text (Freshdesk sends every value as a string)")
    # A placeholder Freshdesk did not fill in (e.g. Freddy is off) arrives as itself: treat it as absent.
    return "" if value.strip().startswith("{{") and value.strip().endswith("}}") else value


# --- delivery key and normalisation ------------------------------------------------------------------------------
def normalised_text(markup: str) -> str:
    """The words of an HTML message, case- and whitespace-insensitive: the same message hashes the same."""
    return " ".join(html_to_text(markup).split()).casefold()  # linear: a regex here was quadratic on "<" (M1)


def freshdesk_delivery_key(payload: Mapping[str, Any], headers: Mapping[str, str], body: bytes,
                           now: float | None = None) -> str:
    """Freshdesk sends no delivery id: the same ticket saying the same words is one event (within the dedup TTL);
    without words, the same triggered_event on the same ticket within one minute is."""
    delivery = read_freshdesk_delivery(payload)
    words = normalised_text(delivery.text_html)
    if words:
        digest = hashlib.sha256(f"{delivery.ticket_id}\n{words}".encode()).hexdigest()
        return f"text:{delivery.ticket_id}:{digest}"
    bucket = int((time.time() if now is None else now) // TEXTLESS_BUCKET_SECONDS)
    digest = hashlib.sha256(f"{delivery.ticket_id}\n{delivery.event_text}\n{bucket}".encode()).hexdigest()
    return f"event:{delivery.ticket_id}:{digest}"


def normalise_freshdesk_delivery(payload: Mapping[str, Any], delivery_id: str = "") -> TicketEvent | str:
    """A TicketEvent worth analysing, or a short reason why the delivery is accepted but ignored."""
    if payload.get(RULE_MARKER) in (FEEDBACK_BODY, FEEDBACK_BODY_V1):
        return _feedback_from_rule(payload, delivery_id)
    delivery = read_freshdesk_delivery(payload)
    if FOLLOWUP_TAG in delivery.tags:
        # calmdesk's own child ticket (worker/helpdesks/freshdesk.py tags it) matches the creation rule's sources.
        return "calmdesk's own follow-up ticket"
    if delivery.happened == PRIVATE_NOTE:
        return "private note"
    if delivery.happened == PUBLIC_NOTE:
        return "public note (added by an agent or a third party, not the requester)"
    if delivery.happened == PROPERTY_CHANGE:
        return f"{', '.join(delivery.event)} change is not analysed"
    return TicketEvent(
        helpdesk="freshdesk",
        ticket_id=delivery.ticket_id,
        delivery_id=delivery_id,
        kind=AGENT_REPLY if delivery.written_by_someone_else else CUSTOMER_MESSAGE,
        text=delivery.text_html,
        text_is_html=bool(delivery.text_html),
        requester_id=delivery.requester_id,
        requester_name=delivery.requester_name,
        requester_email=delivery.requester_email,
        subject=delivery.subject,
        status=delivery.status,
        tags=delivery.tags,
        helpdesk_sentiment=delivery.sentiment,
    )


def _authenticate(settings, headers, body, now) -> None:
    verify_freshdesk_token(settings.freshdesk.webhook_token, headers)


def _source() -> WebhookSource:
    return WebhookSource(
        name="freshdesk",
        authenticate=_authenticate,
        delivery_key=freshdesk_delivery_key,
        normalise=normalise_freshdesk_delivery,
        dedup_seconds=DEDUP_SECONDS,
    )


SOURCE = _source()


def _feedback_from_rule(payload: Mapping[str, Any], delivery_id: str) -> TicketEvent | str:
    """The feedback rule fired: an agent added a private note to a ticket tagged "calmdesk_not_upset" or
    "calmdesk_helpful". It is a correction only when that note is a scenario's ("calmdesk feedback: not upset"):
    any later private note on the tagged ticket, calmdesk's own included, fires the same rule."""
    ticket_id = str(payload.get("ticket_id", "")).strip()
    if not (ticket_id.isascii() and ticket_id.isdigit() and len(ticket_id) <= 20):
        raise BadPayload("ticket_id must be the numeric ticket id (the rule body uses \"{{ticket.id}}\")")
    raw_tags = payload.get("tags")
    tags = _tags(raw_tags) if isinstance(raw_tags, str) else tuple(str(t) for t in raw_tags or () if isinstance(t, str))
    if payload.get(RULE_MARKER) == FEEDBACK_BODY:
        feedback = feedback_in_note(_field(payload, "note"))
        if not feedback:
            return "private note that is not a calmdesk feedback note"
    else:
        feedback = feedback_in_tags(tags)
    if not feedback:
        return "feedback rule without a calmdesk feedback tag"
    return TicketEvent(helpdesk="freshdesk", ticket_id=ticket_id, delivery_id=delivery_id, kind=AGENT_FEEDBACK,
                       feedback=feedback, tags=tags)


def feedback_in_note(comment: str) -> str:
    """NOT_UPSET or HELPFUL when {{ticket.latest_private_comment}} ("Author Name : <html>") is a scenario's feedback
    note, else "". The note's words must be the scenario's and nothing more: an agent's own note that mentions
    them is not a correction."""
    words = " ".join(html_to_text(comment[:PREFIX_CHARS * 4]).split()).casefold()
    for feedback, text in FEEDBACK_NOTES.items():
        if words == text or (words.endswith(text) and words[:-len(text)].rstrip().endswith(" :")):
            return feedback
    return ""
