"""The helpdesk interface the jobs use, the values it returns, and the errors every client raises."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Callable, Mapping, Protocol

import requests

from calmdesk.events import TicketEvent, clean_text
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


class HelpdeskClient(Protocol):
    name: str

    def latest_customer_message(self, ticket_id: str) -> CustomerMessage | None: ...
    def requester(self, ticket_id: str, requester_id: str = "") -> Person: ...
    def has_note_marker(self, ticket_id: str, marker: str) -> bool: ...
    def post_internal_note(self, ticket_id: str, html: str) -> None: ...
    def add_tags(self, ticket_id: str, tags: list[str]) -> None: ...
    def ticket_url(self, ticket_id: str) -> str: ...
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
    if status == 422:
        raise TicketFull(f"{method} {_path(url)} answered 422")
    if status >= 500:
        raise Unavailable(f"{method} {_path(url)} answered {status}")
    raise HelpdeskError(f"{method} {_path(url)} answered {status}")


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
