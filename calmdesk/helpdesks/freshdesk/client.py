"""Freshdesk client: reads tickets, conversations and contacts; posts private notes, merges tags, sets follow-ups
(API v2, basic auth with the API key)."""

from __future__ import annotations

import logging
from datetime import datetime, timezone
from typing import Any

import requests
from markupsafe import escape

from calmdesk.events import FOLLOWUP_TAG
from calmdesk.settings import Settings

from calmdesk.helpdesks.base import CustomerMessage, Person, Refused, TicketAttributes, TicketSnapshot, api_id, send
from calmdesk.helpdesks.html_text import html_to_text

log = logging.getLogger("calmdesk.helpdesk")

STATUSES = {2: "open", 3: "pending", 4: "solved", 5: "closed"}  # 6 and up are custom statuses: "open"
PRIORITIES = {1: "low", 2: "normal", 3: "high", 4: "urgent"}
PRIORITY_NUMBERS = {name: number for number, name in PRIORITIES.items()}
RESOLVED, OPEN, PORTAL_SOURCE, OUTBOUND_EMAIL_SOURCE, REPLY_SOURCE = 4, 2, 2, 10, 0
FOLLOWUP_MODES = ("due_by", "child_ticket")
# Ticket sources (https://developers.freshdesk.com/api/#tickets, "Source"), as calmdesk's channel names.
CHANNELS = {1: "email", 2: "portal", 3: "phone", 7: "chat", 9: "feedback_widget", 10: "outbound_email"}


class FreshdeskClient:
    name = "freshdesk"
    PER_PAGE = 100
    MAX_PAGES = 10  # 1,000 conversations; a ticket longer than that is read from its first 1,000
    TAG_ROUNDS = 3

    def __init__(self, base_url: str, api_key: str, session: requests.Session | None = None,
                 followup_mode: str = "due_by"):
        if not (base_url and api_key):
            raise ValueError("Freshdesk is not configured: set FRESHDESK_URL and FRESHDESK_API_KEY")
        if followup_mode not in FOLLOWUP_MODES:
            raise ValueError(f"followup_mode must be one of {', '.join(FOLLOWUP_MODES)}, not {followup_mode!r}")
        self.base_url = base_url.rstrip("/")
        self.followup_mode = followup_mode
        self.session = session or requests.Session()
        self.session.auth = (api_key, "X")  # Freshdesk: the API key is the user name, the password is ignored
        self.session.headers.update({"Accept": "application/json", "User-Agent": "calmdesk"})

    @classmethod
    def from_settings(cls, settings: Settings) -> "FreshdeskClient":
        from calmdesk.config import load_config

        account = settings.freshdesk
        return cls(account.url, account.api_key, followup_mode=load_config(settings).followups.freshdesk_mode)

    # --- plumbing ---------------------------------------------------------------------------------------------------
    def _call(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        response = send(self.session, method, f"{self.base_url}/api/v2{path}", **kwargs)
        remaining = response.headers.get("X-RateLimit-Remaining")
        if remaining is not None:
            log.debug("freshdesk rate limit remaining=%s total=%s", remaining, response.headers.get("X-RateLimit-Total"))
        return response

    def _ticket(self, ticket_id: str) -> dict:
        return self._call("GET", f"/tickets/{api_id(ticket_id)}").json() or {}

    def attributes(self, ticket_id: str) -> TicketAttributes:
        """group_id, source and subject of GET /api/v2/tickets/{id}; Freshdesk's brand is the ticket's product."""
        ticket = self._ticket(ticket_id)
        tags = ticket.get("tags") if isinstance(ticket.get("tags"), list) else []
        return TicketAttributes(brand_id=_id(ticket.get("product_id")), group_id=_id(ticket.get("group_id")),
                                channel=CHANNELS.get(ticket.get("source"), ""), subject=ticket.get("subject") or "",
                                tags=tuple(str(t) for t in tags))

    def _conversations(self, ticket_id: str) -> list[dict]:
        """Every reply and note, oldest first (Freshdesk's order): the newest is on the last page."""
        entries: list[dict] = []
        for page in range(1, self.MAX_PAGES + 1):
            response = self._call("GET", f"/tickets/{api_id(ticket_id)}/conversations",
                                  params={"page": page, "per_page": self.PER_PAGE})
            batch = response.json() or []
            entries.extend(batch)
            if "next" not in response.links or len(batch) < self.PER_PAGE:
                break
        else:
            log.warning("freshdesk ticket=%s has more than %d conversations; reading the first ones only",
                        ticket_id, self.MAX_PAGES * self.PER_PAGE)
        return entries

    # --- what the analyse and note jobs use ----------------------------------------------------------------------------
    def latest_customer_message(self, ticket_id: str) -> CustomerMessage | None:
        ticket = self._ticket(ticket_id)
        requester_id = str(ticket.get("requester_id") or "")
        for entry in reversed(self._conversations(ticket_id)):
            if entry.get("incoming") and not entry.get("private") and str(entry.get("user_id")) == requester_id:
                return CustomerMessage(id=str(entry.get("id")), author_id=requester_id,
                                       text=entry.get("body_text") or html_to_text(entry.get("body") or ""),
                                       created_at=entry.get("created_at") or "")
        # No reply from the requester yet: their words are the ticket's description (unless an agent wrote it).
        if ticket.get("source") == OUTBOUND_EMAIL_SOURCE:
            return None
        text = ticket.get("description_text") or html_to_text(ticket.get("description") or "")
        if not text.strip():
            return None
        return CustomerMessage(id=f"description-{ticket_id}", text=text, author_id=requester_id,
                               created_at=ticket.get("created_at") or "")

    def requester(self, ticket_id: str, requester_id: str = "") -> Person:
        if not requester_id:
            requester_id = str(self._ticket(ticket_id).get("requester_id") or "")
        if not requester_id:
            return Person()
        contact = self._call("GET", f"/contacts/{api_id(requester_id)}").json() or {}
        return Person(id=requester_id, name=contact.get("name") or "", email=contact.get("email") or "",
                      locale=contact.get("language") or "", time_zone=contact.get("time_zone") or "")

    def has_note_marker(self, ticket_id: str, marker: str) -> bool:
        return any(entry.get("private") and any(marker in (entry.get(k) or "") for k in ("body", "body_text"))
                   for entry in self._conversations(ticket_id))

    def post_internal_note(self, ticket_id: str, html: str) -> None:
        self._call("POST", f"/tickets/{api_id(ticket_id)}/notes", json={"body": html, "private": True})

    def add_tags(self, ticket_id: str, tags: list[str]) -> None:
        """Merge tags into the ticket's. Freshdesk's `tags` replaces the list, so this reads, writes the union, and
        re-reads: a tag someone adds while we work is kept, and our write is redone if another write undid it.

        A tag added in the few milliseconds between the last check and the PUT can still be lost: Freshdesk has
        no conditional update to close that window.
        """
        wanted = [t for t in dict.fromkeys(tags) if t]
        known: list[str] = []  # tags seen on the ticket before our write, which must survive it
        for _ in range(self.TAG_ROUNDS):
            before = self._stable_ticket(ticket_id)
            known = list(dict.fromkeys([*known, *(before.get("tags") or [])]))
            union = list(dict.fromkeys([*known, *wanted]))
            if set(union) <= set(before.get("tags") or []):
                return
            try:
                self._call("PUT", f"/tickets/{api_id(ticket_id)}", json={"tags": union})
            except Refused as exc:
                # e.g. the ticket lacks a field mandatory for agents: Freshdesk refuses every update of it until an
                # agent fills it in. The note is already posted; the tags are worth no more than this line.
                log.warning("freshdesk tags skipped ticket=%s reason=%s", ticket_id, exc)
                return
            after = self._ticket(ticket_id).get("tags") or []
            missing = [t for t in union if t not in after]
            if not missing:
                return
            log.info("freshdesk tags overwritten concurrently ticket=%s missing=%d; merging again", ticket_id, len(missing))
            known = list(dict.fromkeys([*after, *known]))
        log.warning("freshdesk tags still incomplete ticket=%s after %d rounds", ticket_id, self.TAG_ROUNDS)

    def _stable_ticket(self, ticket_id: str) -> dict:
        """Read until two reads agree on updated_at and tags, so the union is computed from the latest state."""
        ticket = self._ticket(ticket_id)
        for _ in range(self.TAG_ROUNDS):
            again = self._ticket(ticket_id)
            if (again.get("updated_at"), again.get("tags")) == (ticket.get("updated_at"), ticket.get("tags")):
                return again
            ticket = again
        return ticket

    def ticket_url(self, ticket_id: str) -> str:
        return f"{self.base_url}/a/tickets/{ticket_id}"

    # --- follow-ups --------------------------------------------------------------------------------------------------
    def ticket(self, ticket_id: str) -> TicketSnapshot:
        data = self._ticket(ticket_id)
        customer_at = agent_at = ""
        for entry in self._conversations(ticket_id):
            if entry.get("private"):
                continue
            if entry.get("incoming"):
                customer_at = max(customer_at, entry.get("created_at") or "")
            elif entry.get("source") == REPLY_SOURCE:
                agent_at = max(agent_at, entry.get("created_at") or "")
        if not customer_at and data.get("source") != OUTBOUND_EMAIL_SOURCE:
            customer_at = data.get("created_at") or ""  # the description is the requester's first message
        return TicketSnapshot(
            id=str(data.get("id") or ticket_id),
            status=STATUSES.get(data.get("status"), "open"),
            subject=data.get("subject") or "",
            requester_id=_id(data.get("requester_id")),
            assignee_id=_id(data.get("responder_id")),
            group_id=_id(data.get("group_id")),
            priority=PRIORITIES.get(data.get("priority"), "normal"),
            last_customer_message_at=customer_at,
            last_agent_reply_at=agent_at,
        )

    def create_followup(self, ticket: TicketSnapshot, due_at: datetime, promise_html: str, key: str) -> str:
        """due_by: the ticket's own due date moves to the promised time; returns the ticket id. No second note: the
        de-escalation note posted just before already states the promise, and one upset message gets one note.
        child_ticket: a child ticket holding the promise, requested by the API agent itself so the customer gets
        no email; returns its id.
        """
        due = due_at.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        if self.followup_mode == "child_ticket":
            body_html = promise_html if not key or key in promise_html else f"{promise_html}<p>{escape(key)}</p>"
            try:
                return self._create_child_ticket(ticket, due, body_html)
            except Refused as exc:
                if "inaccessible_field" not in exc.codes:
                    raise
                # The plan has no parent-child tickets (400 inaccessible_field): the ticket's own due date instead.
                log.warning("freshdesk child ticket refused ticket=%s reason=%s; setting due_by instead", ticket.id,
                            exc)
        try:
            self._call("PUT", f"/tickets/{api_id(ticket.id)}", json={"due_by": due})
        except Refused as exc:
            # Freshdesk refuses due_by while the SLA timer is off (Pending, Resolved, Closed, Waiting on Customer),
            # before fr_due_by, and on a ticket lacking a mandatory field. The follow-up is still calmdesk's own
            # scheduled check; only its mirror in the helpdesk is missing.
            log.warning("freshdesk due_by not set ticket=%s reason=%s; calmdesk still follows up at %s", ticket.id,
                        exc, due)
        return ticket.id

    def _create_child_ticket(self, ticket: TicketSnapshot, due: str, description: str) -> str:
        me = self._call("GET", "/agents/me").json() or {}
        own_email = (me.get("contact") or {}).get("email") or ""
        if not own_email:
            raise ValueError("GET /api/v2/agents/me returned no email: the child ticket would need the customer as "
                             "requester, which emails them; use followup_mode='due_by'")
        body: dict[str, Any] = {
            "subject": f"Follow up: {ticket.subject} (#{ticket.id})", "description": description,
            "email": own_email, "parent_id": int(ticket.id), "status": OPEN, "source": PORTAL_SOURCE,
            "priority": PRIORITY_NUMBERS.get(ticket.priority, 2), "due_by": due, "fr_due_by": due,
            "tags": [FOLLOWUP_TAG],
        }
        if ticket.assignee_id:
            body["responder_id"] = int(ticket.assignee_id)
        if ticket.group_id:
            body["group_id"] = int(ticket.group_id)
        child = self._call("POST", "/tickets", json=body).json() or {}
        return str(child.get("id") or "")

    def close_followup(self, reference: str, ticket: TicketSnapshot, note: str) -> None:
        if self.followup_mode == "child_ticket" and reference and reference != ticket.id:
            self._call("PUT", f"/tickets/{reference}", json={"status": RESOLVED})
            return
        self.post_internal_note(ticket.id, f"<p>{escape(note)}</p>")

    def bump_priority(self, ticket: TicketSnapshot) -> None:
        current = PRIORITY_NUMBERS.get(ticket.priority, 2)
        if current < 4:
            self._set_priority(ticket.id, current + 1)

    def raise_priority(self, ticket: TicketSnapshot, to: str) -> None:
        """Up to `to` (the admin's rules), never down."""
        wanted = PRIORITY_NUMBERS.get(to, 3)
        if PRIORITY_NUMBERS.get(ticket.priority, 2) < wanted:
            self._set_priority(ticket.id, wanted)

    def _set_priority(self, ticket_id: str, priority: int) -> None:
        try:
            self._call("PUT", f"/tickets/{api_id(ticket_id)}", json={"priority": priority})
        except Refused as exc:  # a mandatory field the ticket lacks, as for tags: the note stands without it
            log.warning("freshdesk priority not raised ticket=%s reason=%s", ticket_id, exc)


def _id(value: Any) -> str:
    return "" if value is None else str(value)
