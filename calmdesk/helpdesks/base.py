"""The helpdesk interface the jobs use, the values it returns, and the errors every client raises."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Callable, Mapping, Protocol

import requests

from calmdesk.events import API_ID_MAX_DIGITS, TicketEvent, clean_text, is_api_id
from calmdesk.settings import Settings
from calmdesk.state.counters import count_helpdesk_call

log = logging.getLogger("calmdesk.helpdesk")
TIMEOUT = (5, 20)  # connect, read: well under a job's timeout


@dataclass(frozen=True)
class CustomerMessage:
    id: str
    text: str
    author_id: str = ""
    created_at: str = ""

    def __post_init__(self) -> None:
        # Text fetched through a helpdesk API enters calmdesk here, as webhook text does in TicketEvent (L3).
        object.__setattr__(self, "text", clean_text(self.text))


@dataclass(frozen=True)
class Person:
    id: str = ""
    name: str = ""
    email: str = ""
    locale: str = ""
    time_zone: str = ""  # the helpdesk's timezone name for this person (IANA or Rails), "" when unknown

    @property
    def first_name(self) -> str:
        return self.name.split()[0] if self.name.strip() else ""


@dataclass(frozen=True)
class TicketSnapshot:
    """What the follow-up job needs to know about a ticket, in calmdesk's own words."""

    id: str
    status: str  # normalised: "new" | "open" | "pending" | "hold" | "solved" | "closed"
    subject: str = ""
    requester_id: str = ""
    assignee_id: str = ""
    group_id: str = ""
    priority: str = ""  # normalised: "low" | "normal" | "high" | "urgent"
    last_customer_message_at: str = ""  # ISO 8601 of the requester's latest public message
    last_agent_reply_at: str = ""  # ISO 8601 of the latest public reply by staff

    @property
    def closed(self) -> bool:
        return self.status in ("solved", "closed")

    @property
    def awaiting_agent(self) -> bool:
        """The customer spoke last: no public agent reply since their latest message."""
        return bool(self.last_customer_message_at) and self.last_agent_reply_at < self.last_customer_message_at


@dataclass(frozen=True)
class TicketAttributes:
    """What the admin's rules filter on and the note names, read from the ticket itself (one GET)."""

    brand_id: str = ""
    group_id: str = ""
    channel: str = ""  # lower case: "email", "web", "chat", "api", "portal", ...
    subject: str = ""
    tags: tuple[str, ...] = ()


class HelpdeskError(Exception):
    """Base of the errors a helpdesk call can end in; each subclass has one defined outcome in the jobs."""


class RetryLater(HelpdeskError):
    """429, or 503 with Retry-After: come back after `seconds`, without holding a worker."""

    def __init__(self, seconds: float, message: str = ""):
        super().__init__(message or f"retry after {seconds:.0f}s")
        self.seconds = seconds


class Unavailable(HelpdeskError):
    """5xx or a timeout: retried with backoff by RQ."""


class CredentialsRejected(HelpdeskError):
    """401/403: retrying will not help until an admin fixes the token."""


class TicketGone(HelpdeskError):
    """404: the ticket was deleted; drop the job."""


class TicketFull(HelpdeskError):
    """422 on a ticket that can take no more comments."""


class Refused(HelpdeskError):
    """The helpdesk refused the content of a request (Freshdesk 400 "Validation failed", Zendesk 422 RecordInvalid
    other than a full ticket): retrying the same request cannot help. `fields` names what it objected to, and
    `codes` its error codes (e.g. Freshdesk "missing_field", "inaccessible_field")."""

    def __init__(self, message: str, fields: tuple[str, ...] = (), codes: tuple[str, ...] = ()):
        super().__init__(message)
        self.fields, self.codes = fields, codes


def api_id(value: object) -> str:
    """`value` as a path segment, or ValueError: a webhook's "../users" never reaches a helpdesk URL."""
    if not is_api_id(value):
        raise ValueError(f"{str(value)[:40]!r} is not a helpdesk id (ASCII digits, at most {API_ID_MAX_DIGITS})")
    return str(value)


class HelpdeskClient(Protocol):
    name: str

    def latest_customer_message(self, ticket_id: str) -> CustomerMessage | None: ...
    def requester(self, ticket_id: str, requester_id: str = "") -> Person: ...
    def has_note_marker(self, ticket_id: str, marker: str) -> bool: ...
    def post_internal_note(self, ticket_id: str, html: str) -> None: ...
    def add_tags(self, ticket_id: str, tags: list[str]) -> None: ...
    def ticket_url(self, ticket_id: str) -> str: ...
    def attributes(self, ticket_id: str) -> TicketAttributes: ...
    # Follow-ups (see worker/followups.py):
    def ticket(self, ticket_id: str) -> TicketSnapshot: ...
    def create_followup(self, ticket: TicketSnapshot, due_at: "datetime", promise_html: str, key: str) -> str:
        """Make the follow-up visible in the helpdesk; return a reference (task id, or the ticket id for due_by)."""
    def close_followup(self, reference: str, ticket: TicketSnapshot, note: str) -> None: ...
    def bump_priority(self, ticket: TicketSnapshot) -> None: ...
    def raise_priority(self, ticket: TicketSnapshot, to: str) -> None: ...


def send(session: requests.Session, method: str, url: str, **kwargs: Any) -> requests.Response:
    """One HTTP call, with each failure turned into the error its outcome depends on."""
    # CALMDESK_HTTP_TIMEOUT (Settings.http_timeout) sets the read timeout on the session; tests shorten it.
    kwargs.setdefault("timeout", getattr(session, "calmdesk_timeout", TIMEOUT))
    try:
        response = session.request(method, url, **kwargs)
    except requests.Timeout:
        count_helpdesk_call(method, "timeout")
        raise Unavailable(f"{method} {_path(url)} timed out") from None
    except requests.ConnectionError:
        count_helpdesk_call(method, "connection_error")
        raise Unavailable(f"{method} {_path(url)} could not connect") from None
    count_helpdesk_call(method, response.status_code)  # for /metrics; never raises
    log.info("helpdesk call method=%s path=%s status=%d", method, _path(url), response.status_code)
    status = response.status_code
    if status < 400:
        return response
    retry_after = _retry_after(response)
    if status == 429:
        raise RetryLater(retry_after if retry_after is not None else 60, f"{method} {_path(url)} rate limited")
    if status == 503 and retry_after is not None:
        raise RetryLater(retry_after, f"{method} {_path(url)} unavailable")
    if status in (401, 403):
        raise CredentialsRejected(f"{method} {_path(url)} answered {status}: check the API credentials")
    if status == 404:
        raise TicketGone(f"{method} {_path(url)} answered 404")
    if status in (400, 422):
        _raise_refusal(method, url, response)
    if status >= 500:
        raise Unavailable(f"{method} {_path(url)} answered {status}")
    raise HelpdeskError(f"{method} {_path(url)} answered {status}")


def _raise_refusal(method: str, url: str, response: requests.Response) -> None:
    """Zendesk 422 and Freshdesk 400: what was refused, read from the body.

    Zendesk answers 422 RecordInvalid for many validations ("Type is required when solving", an invalid assignee),
    with `details` naming the fields; only the comment limit means the ticket is full
    (https://developer.zendesk.com/api-reference/introduction/requests/#422-unprocessable-entity,
    ../shared/helpdesk-facts.md). Freshdesk answers 400 {"description": "Validation failed", "errors":
    [{"field", "message", "code"}]} (https://developers.freshdesk.com/api/#error).
    """
    try:
        data = response.json()
    except ValueError:
        data = {}
    data = data if isinstance(data, dict) else {}
    fields: list[str] = []
    codes: list[str] = []
    messages: list[str] = []
    details = data.get("details") if isinstance(data.get("details"), dict) else {}
    for name, problems in details.items():
        fields.append(str(name))
        for problem in problems if isinstance(problems, list) else [problems]:
            if isinstance(problem, dict):
                codes.append(str(problem.get("error") or ""))
                messages.append(str(problem.get("description") or ""))
    for error in data.get("errors") if isinstance(data.get("errors"), list) else []:
        if isinstance(error, dict):
            fields.append(str(error.get("field") or ""))
            codes.append(str(error.get("code") or ""))
            messages.append(f"{error.get('field')}: {error.get('message')}")
    description = str(data.get("description") or data.get("error") or "")
    text = "; ".join(m for m in messages if m) or description
    if response.status_code == 422 and "comment" in (text + description).lower() and "limit" in (text + description).lower():
        raise TicketFull(f"{method} {_path(url)} answered 422: {text[:200]}")
    raise Refused(f"{method} {_path(url)} answered {response.status_code}: {text[:300]}",
                  tuple(f for f in fields if f), tuple(c for c in codes if c))


def _retry_after(response: requests.Response) -> float | None:
    value = response.headers.get("Retry-After", "").strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        return None


def _path(url: str) -> str:
    # Only the path is logged: hosts are account names and queries can carry search text.
    return "/" + url.split("://", 1)[-1].split("/", 1)[-1].split("?", 1)[0]


# What every helpdesk's webhook module provides (its SOURCE); calmdesk.helpdesks.sources lists them.
@dataclass(frozen=True)
class WebhookSource:
    name: str
    # Raises Unauthorized / NotConfigured; pure apart from reading the settings it is given.
    authenticate: Callable[[Settings, Mapping[str, str], bytes, datetime], None]
    # A stable key for one delivery, so retries and duplicates are accepted once.
    delivery_key: Callable[[Mapping[str, Any], Mapping[str, str], bytes], str]
    # A TicketEvent to analyse, or the reason the delivery is accepted and ignored.
    normalise: Callable[[Mapping[str, Any], str], "TicketEvent | str"]
    dedup_seconds: int
    # A key for the signed part of a delivery (headers, body), so a replay with new unsigned headers is still a
    # duplicate within replay_seconds (the signature's freshness window); None when nothing is signed.
    replay_key: Callable[[Mapping[str, str], bytes], str] | None = None
    replay_seconds: int = 0
