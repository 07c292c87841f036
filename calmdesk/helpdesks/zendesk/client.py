"""Zendesk client: reads tickets, comments and users; posts private notes and adds tags (Support API v2)."""

from __future__ import annotations

import hashlib
from datetime import datetime, timezone

import requests

from calmdesk.events import FOLLOWUP_TAG
from calmdesk.helpdesks.base import (CredentialsRejected, CustomerMessage, Person, TicketAttributes, TicketGone,
                                     TicketSnapshot, api_id, is_api_id, send)
from calmdesk.settings import Settings
from calmdesk.vocabulary import PRIORITIES


_PRIORITY_ORDER = list(PRIORITIES)


class ZendeskClient:
    name = "zendesk"

    def __init__(self, base_url: str, email: str, api_token: str, session: requests.Session | None = None):
        if not (base_url and email and api_token):
            raise ValueError("Zendesk is not configured: set ZENDESK_URL, ZENDESK_EMAIL and ZENDESK_API_TOKEN")
        self.base_url = base_url.rstrip("/")
        self.session = session or requests.Session()
        self.session.auth = (f"{email}/token", api_token)
        self.session.headers.update({"Accept": "application/json", "User-Agent": "calmdesk"})
        self._me: int | None = None

    @classmethod
    def from_settings(cls, settings: Settings) -> "ZendeskClient":
        account = settings.zendesk
        return cls(account.url, account.email, account.api_token)

    def _url(self, path: str) -> str:
        return f"{self.base_url}/api/v2{path}"

    def _comments(self, ticket_id: str, pages: int = 3) -> list[dict]:
        """Newest first; a few pages are enough to find the latest customer comment or a recent note."""
        url = self._url(f"/tickets/{api_id(ticket_id)}/comments")
        # sort_order and page[size] are what List Comments declares (Zendesk's OpenAPI document, checked by
        # tests/contract/): an undeclared "sort" would be ignored by Zendesk and the oldest page read instead.
        params: dict | None = {"sort_order": "desc", "page[size]": 100}
        comments: list[dict] = []
        for _ in range(pages):
            data = send(self.session, "GET", url, params=params).json()
            comments.extend(data.get("comments") or [])
            links, meta = data.get("links") or {}, data.get("meta") or {}
            if not meta.get("has_more") or not links.get("next"):
                break
            url, params = links["next"], None
        return comments

    def _ticket(self, ticket_id: str) -> dict:
        return send(self.session, "GET", self._url(f"/tickets/{api_id(ticket_id)}")).json().get("ticket") or {}

    def attributes(self, ticket_id: str) -> TicketAttributes:
        """brand_id, group_id, via.channel and subject of GET /api/v2/tickets/{id} (trigger bodies carry none)."""
        ticket = self._ticket(ticket_id)
        via = ticket.get("via") if isinstance(ticket.get("via"), dict) else {}
        tags = ticket.get("tags") if isinstance(ticket.get("tags"), list) else []
        return TicketAttributes(brand_id=_text(ticket.get("brand_id")), group_id=_text(ticket.get("group_id")),
                                channel=_text(via.get("channel")).lower(), subject=_text(ticket.get("subject")),
                                tags=tuple(str(t) for t in tags))

    def latest_customer_message(self, ticket_id: str) -> CustomerMessage | None:
        requester_id = str(self._ticket(ticket_id).get("requester_id") or "")
        for comment in self._comments(ticket_id, pages=1):
            if comment.get("public") and str(comment.get("author_id")) == requester_id:
                return CustomerMessage(
                    id=str(comment.get("id")),
                    text=comment.get("plain_body") or comment.get("body") or "",
                    author_id=requester_id,
                    created_at=comment.get("created_at") or "",
                )
        return None

    def requester(self, ticket_id: str, requester_id: str = "") -> Person:
        if not requester_id:
            requester_id = str(self._ticket(ticket_id).get("requester_id") or "")
        if not requester_id:
            return Person()
        user = send(self.session, "GET", self._url(f"/users/{api_id(requester_id)}")).json().get("user") or {}
        return Person(id=requester_id, name=user.get("name") or "", email=user.get("email") or "",
                      locale=user.get("locale") or "", time_zone=user.get("iana_time_zone") or user.get("time_zone") or "")

    def has_note_marker(self, ticket_id: str, marker: str) -> bool:
        for comment in self._comments(ticket_id):
            if not comment.get("public") and any(marker in (comment.get(k) or "")
                                                 for k in ("html_body", "body", "plain_body")):
                return True
        return False

    def post_internal_note(self, ticket_id: str, html: str) -> None:
        body = {"ticket": {"comment": {"html_body": html, "public": False}}}
        send(self.session, "PUT", self._url(f"/tickets/{api_id(ticket_id)}"), json=body)

    def add_tags(self, ticket_id: str, tags: list[str]) -> None:
        # PUT /tags adds to the ticket's tags; the ticket update's "tags" field would replace them.
        send(self.session, "PUT", self._url(f"/tickets/{api_id(ticket_id)}/tags"), json={"tags": tags})

    def ticket_url(self, ticket_id: str) -> str:
        return f"{self.base_url}/agent/tickets/{ticket_id}"

    # --- follow-ups ------------------------------------------------------------------------------------------------
    def ticket(self, ticket_id: str) -> TicketSnapshot:
        ticket = self._ticket(ticket_id)
        requester = str(ticket.get("requester_id") or "")
        customer_at = agent_at = ""
        for comment in self._comments(ticket_id, pages=1):  # newest first
            if not comment.get("public"):
                continue
            if str(comment.get("author_id")) == requester:
                customer_at = customer_at or comment.get("created_at") or ""
            else:
                agent_at = agent_at or comment.get("created_at") or ""
            if customer_at and agent_at:
                break
        return TicketSnapshot(
            id=str(ticket_id), status=(ticket.get("status") or "open").lower(), subject=ticket.get("subject") or "",
            requester_id=requester, assignee_id=str(ticket.get("assignee_id") or ""),
            group_id=str(ticket.get("group_id") or ""), priority=(ticket.get("priority") or "normal").lower(),
            last_customer_message_at=customer_at, last_agent_reply_at=agent_at,
        )

    def _api_user_id(self) -> int:
        if self._me is None:
            user = send(self.session, "GET", self._url("/users/me")).json().get("user") or {}
            # Bad credentials can come back as the anonymous user (id null, role end-user), not as 401.
            if not user.get("id") or user.get("role") not in ("agent", "admin"):
                raise CredentialsRejected("GET /users/me answered with an anonymous or end-user account: check "
                                          "ZENDESK_EMAIL and ZENDESK_API_TOKEN")
            self._me = int(user["id"])
        return self._me

    def create_followup(self, ticket: TicketSnapshot, due_at: datetime, promise_html: str, key: str) -> str:
        """A task ticket due at `due_at`, requested by the API user so no email reaches the customer."""
        key_tag = f"{FOLLOWUP_TAG}_key_{hashlib.sha256(key.encode()).hexdigest()[:16]}"
        existing = self._existing_task(ticket.id, key_tag)
        if existing:
            return existing
        task = {
            "subject": f"Follow up: {ticket.subject} (#{ticket.id})",
            "type": "task",
            "due_at": due_at.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "requester_id": self._api_user_id(),
            "comment": {"html_body": promise_html, "public": False},
            "tags": [FOLLOWUP_TAG, f"{FOLLOWUP_TAG}_for_{ticket.id}", key_tag],
        }
        if ticket.assignee_id:
            task["assignee_id"] = int(ticket.assignee_id)
        if ticket.group_id:
            task["group_id"] = int(ticket.group_id)
        # Idempotency-Key: a retried create after a lost response returns the first task instead of a second one.
        response = send(self.session, "POST", self._url("/tickets"), json={"ticket": task},
                        headers={"Idempotency-Key": key})
        task_id = str(response.json()["ticket"]["id"])
        self.add_tags(ticket.id, [f"calmdesk_followup_task_{task_id}"])
        return task_id

    def _existing_task(self, ticket_id: str, key_tag: str) -> str:
        """The task already made for this follow-up, found from the ticket's `calmdesk_followup_task_<id>` tags.

        Zendesk keeps an Idempotency-Key for a limited time only, and calmdesk's own record of the follow-up is gone
        when Redis lost its data: a backfill after that must not open a second task for the same promise."""
        prefix = f"{FOLLOWUP_TAG}_task_"
        for tag in self._ticket(ticket_id).get("tags") or []:
            task_id = tag[len(prefix):] if tag.startswith(prefix) else ""
            if not is_api_id(task_id):
                continue
            try:
                task = self._ticket(task_id)
            except TicketGone:
                continue
            if key_tag in (task.get("tags") or []):
                return task_id
        return ""

    def close_followup(self, reference: str, ticket: TicketSnapshot, note: str) -> None:
        if not reference:
            return  # no task was created (Zendesk refused it): nothing to close
        update: dict = {"status": "solved", "comment": {"body": note, "public": False}}
        task = self._ticket(reference)
        if not task.get("assignee_id"):
            update["assignee_id"] = self._api_user_id()  # Zendesk will not solve a ticket without an assignee
        send(self.session, "PUT", self._url(f"/tickets/{reference}"), json={"ticket": update})

    def raise_priority(self, ticket: TicketSnapshot, to: str) -> None:
        """Up to `to` (the admin's rules), never down."""
        if _PRIORITY_ORDER.index(to) > _PRIORITY_ORDER.index(ticket.priority if ticket.priority in _PRIORITY_ORDER
                                                           else "normal"):
            send(self.session, "PUT", self._url(f"/tickets/{ticket.id}"), json={"ticket": {"priority": to}})

    def bump_priority(self, ticket: TicketSnapshot) -> None:
        order = _PRIORITY_ORDER
        current = order.index(ticket.priority) if ticket.priority in order else 1
        if current < len(order) - 1:
            send(self.session, "PUT", self._url(f"/tickets/{ticket.id}"),
                 json={"ticket": {"priority": order[current + 1]}})


def _text(value) -> str:
    return "" if value is None else str(value)
