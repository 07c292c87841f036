"""`calmdesk backfill`: queue an analysis for every open ticket updated recently, as if its webhook had arrived.

Each ticket becomes a TicketEvent without text (the job fetches the latest customer message) and goes through
webhooks/enqueue.py with the delivery key `backfill:<ticket>:<updated_at>`, so the usual dedup, turn state and
cooldown apply: a ticket already noted is not noted again, and running the backfill twice queues nothing twice.
Listing is paced below the helpdesks' rate limits (Zendesk's incremental export allows 10 calls a minute) and
resumable: the cursor is kept in Redis after every page, so an interrupted run continues where it stopped.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Callable

import redis
import requests

from calmdesk.config import Config
from calmdesk.helpdesks.base import CredentialsRejected
from calmdesk.events import CUSTOMER_MESSAGE, FOLLOWUP_TAG, TicketEvent
from worker.escalation.rules import watches
from calmdesk.settings import Settings
from calmdesk.keys import BACKFILL_CURSOR_TTL, backfill_cursor_key
from calmdesk.queue import enqueue_event, named_queue

DEDUP_SECONDS = 7 * 86400
# Seconds between listing calls. Zendesk's incremental export allows 10 requests a minute
# (https://developer.zendesk.com/api-reference/ticketing/ticket-management/incremental_exports/, "Rate limits").
# Freshdesk's Tickets List has its own limit, 20 a minute on Growth (Pro 100, Enterprise 200), inside the account's
# per-minute limit (https://developers.freshdesk.com/api/#ratelimit; ../shared/helpdesk-facts.md): paced for Growth.
PACE = {"zendesk": 6.5, "freshdesk": 3.1}
ZENDESK_OPEN = {"new", "open", "pending", "hold"}  # status < solved
FRESHDESK_OPEN = {2, 3}  # Open, Pending
MAX_RETRIES = 5


class BackfillError(Exception):
    """A backfill that cannot start: the message names what to configure."""


@dataclass
class Page:
    tickets: list[TicketEvent]
    seen: int  # tickets on the page, open or not
    next_cursor: str  # where the next page starts
    done: bool
    reached: float = 0.0  # the last ticket's update time (epoch): listings go oldest first, so this is progress


@dataclass
class BackfillReport:
    seen: int = 0
    open: int = 0
    queued: int = 0
    duplicates: int = 0
    not_watched: int = 0
    pages: int = 0
    resumed: bool = False
    since: float = 0.0  # the window's start (epoch), kept across a resumed run
    skipped: dict[str, int] = field(default_factory=dict)


class Lister:
    """Pages of a helpdesk's tickets, oldest update first; `cursor` is opaque and fits in Redis."""

    helpdesk = ""

    def __init__(self, base_url: str, auth: tuple[str, str], account: str, page_size: int,
                 sleep: Callable[[float], None] = time.sleep):
        self.base_url, self.account, self.page_size, self.sleep = base_url.rstrip("/"), account, page_size, sleep
        self.session = requests.Session()
        self.session.auth = auth
        self.session.headers.update({"Accept": "application/json", "User-Agent": "calmdesk-backfill"})

    def get(self, url: str, params: dict | None = None) -> requests.Response:
        """One listing call; a 429 or a 503 with Retry-After waits as told and tries again."""
        from calmdesk.helpdesks.base import RetryLater, send

        for attempt in range(MAX_RETRIES):
            try:
                return send(self.session, "GET", url, params=params)
            except RetryLater as exc:
                if attempt == MAX_RETRIES - 1:
                    raise
                self.sleep(exc.seconds)
        raise AssertionError("unreachable")

    def page(self, since: int, cursor: str) -> Page:
        raise NotImplementedError


class ZendeskLister(Lister):
    """The incremental ticket export (cursor based): every ticket updated since `since`, each once."""

    helpdesk = "zendesk"

    def page(self, since: int, cursor: str) -> Page:
        # No per_page: the cursor export declares start_time, cursor and support_type_scope only (Zendesk's OpenAPI
        # document, checked by tests/contract/); its pages hold up to 1,000 tickets.
        params = {"cursor": cursor} if cursor else {"start_time": since}
        try:
            data = self.get(f"{self.base_url}/api/v2/incremental/tickets/cursor.json", params).json()
        except CredentialsRejected as exc:
            # The incremental export is for admins only: an agent's token gets 403 (same page as PACE above).
            raise BackfillError(f"{exc}. Zendesk's incremental export is for admins only: run the backfill "
                                "with an admin's email and API token") from None
        tickets = data.get("tickets") or []
        events = [self.event(t) for t in tickets if str(t.get("status", "")).lower() in ZENDESK_OPEN]
        return Page(events, len(tickets), data.get("after_cursor") or cursor, bool(data.get("end_of_stream")),
                    _latest_update(tickets))

    def event(self, ticket: dict) -> TicketEvent:
        via = ticket.get("via") if isinstance(ticket.get("via"), dict) else {}
        return _event("zendesk", self.account, ticket, channel=str(via.get("channel") or "").lower())


class FreshdeskLister(Lister):
    """The ticket list filtered by updated_since, oldest update first, by page number (Freshdesk stops at 300)."""

    helpdesk = "freshdesk"
    SOURCES = {1: "email", 2: "portal", 3: "phone", 7: "chat", 9: "feedback_widget", 10: "outbound_email"}

    def page(self, since: int, cursor: str) -> Page:
        number = int(cursor or 1)
        params = {"updated_since": datetime.fromtimestamp(since, timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
                  "order_by": "updated_at", "order_type": "asc", "per_page": min(self.page_size, 100), "page": number}
        response = self.get(f"{self.base_url}/api/v2/tickets", params)
        tickets = response.json() or []
        events = [self.event(t) for t in tickets if t.get("status") in FRESHDESK_OPEN]
        done = 'rel="next"' not in response.headers.get("Link", "") or number >= 300
        return Page(events, len(tickets), str(number + 1), done, _latest_update(tickets))

    def event(self, ticket: dict) -> TicketEvent:
        return _event("freshdesk", self.account, ticket, channel=self.SOURCES.get(ticket.get("source"), ""))


def _latest_update(tickets: list) -> float:
    stamps = []
    for ticket in tickets:
        try:
            stamps.append(datetime.fromisoformat(str(ticket.get("updated_at")).replace("Z", "+00:00")).timestamp())
        except (ValueError, AttributeError):
            continue
    return max(stamps, default=0.0)


def progress(since: float, reached: float, now: float) -> float:
    """How far through the window [since, now] a listing that has reached `reached` is, from 0 to 1."""
    if now <= since:
        return 1.0
    return min(1.0, max(0.0, (reached - since) / (now - since)))


def _event(helpdesk: str, account: str, ticket: dict, channel: str) -> TicketEvent:
    tags = ticket.get("tags") if isinstance(ticket.get("tags"), list) else []
    return TicketEvent(
        helpdesk=helpdesk, ticket_id=str(ticket["id"]), kind=CUSTOMER_MESSAGE, account=account,
        requester_id=str(ticket.get("requester_id") or ""), subject=str(ticket.get("subject") or ""),
        status=str(ticket.get("status") or "").lower(), tags=tuple(str(t) for t in tags),
        occurred_at=str(ticket.get("updated_at") or ""), brand_id=str(ticket.get("brand_id") or ""),
        group_id=str(ticket.get("group_id") or ""), channel=channel,
    )


def lister_for(helpdesk: str, settings: Settings, account: str, page_size: int,
               sleep: Callable[[float], None] = time.sleep) -> Lister:
    credentials = settings.account(helpdesk, account)
    if helpdesk == "zendesk":
        if not (credentials.url and credentials.email and credentials.api_token):
            raise BackfillError(f"zendesk account {account!r} is not configured (URL, email and API token)")
        return ZendeskLister(credentials.url, (f"{credentials.email}/token", credentials.api_token), account,
                             page_size, sleep)
    if not (credentials.url and credentials.api_key):
        raise BackfillError(f"freshdesk account {account!r} is not configured (URL and API key)")
    return FreshdeskLister(credentials.url, (credentials.api_key, "X"), account, page_size, sleep)


def backfill(conn: redis.Redis, queue_name: str, config: Config, lister: Lister, since_seconds: int, *,
             restart: bool = False, pace: float | None = None, now: float | None = None,
             on_page: Callable[[Page, BackfillReport], None] | None = None) -> BackfillReport:
    """List, filter by the rules, enqueue; save the cursor after every page. Raises what the listing raises,
    with the cursor saved, so the next run resumes."""

    helpdesk, account = lister.helpdesk, lister.account
    key = backfill_cursor_key(helpdesk, account)
    report = BackfillReport()
    saved = None if restart else conn.get(key)
    if saved:
        state = json.loads(saved)
        since, cursor, report.resumed = int(state["since"]), state["cursor"], True
        report.queued, report.seen = int(state.get("queued", 0)), int(state.get("seen", 0))
    else:
        since, cursor = int((time.time() if now is None else now) - since_seconds), ""
    report.since = since
    queue = named_queue(conn, queue_name)
    pace = PACE[helpdesk] if pace is None else pace
    first = True
    while True:
        if not first and pace:
            lister.sleep(pace)
        first = False
        page = lister.page(since, cursor)
        report.pages += 1
        report.seen += page.seen
        for event in page.tickets:
            if FOLLOWUP_TAG in event.tags:  # calmdesk's own follow-up task tickets
                continue
            report.open += 1
            ok, reason = watches(config.rules, event)
            if not ok:
                report.not_watched += 1
                continue
            delivery = f"backfill:{event.ticket_id}:{event.occurred_at}"
            event = TicketEvent.from_dict({**event.to_dict(), "delivery_id": delivery})
            dedup = delivery if account == "default" else f"{account}:{delivery}"  # as ingress keys accounts
            if enqueue_event(queue, helpdesk, dedup, DEDUP_SECONDS, event):
                report.queued += 1
            else:
                report.duplicates += 1
        cursor = page.next_cursor
        if page.done:
            conn.delete(key)
            if on_page:
                on_page(page, report)
            return report
        conn.set(key, json.dumps({"since": since, "cursor": cursor, "queued": report.queued, "seen": report.seen}),
                 ex=BACKFILL_CURSOR_TTL)
        if on_page:
            on_page(page, report)
