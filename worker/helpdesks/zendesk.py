"""Zendesk client: reads tickets, comments and users; posts private notes and adds tags (Support API v2)."""

from __future__ import annotations

import requests

from calmdesk.settings import Settings

from .base import CustomerMessage, Person, send


class ZendeskClient:
    name = "zendesk"

    def __init__(self, base_url: str, email: str, api_token: str, session: requests.Session | None = None):
        if not (base_url and email and api_token):
            raise ValueError("Zendesk is not configured: set ZENDESK_URL, ZENDESK_EMAIL and ZENDESK_API_TOKEN")
        self.base_url = base_url.rstrip("/")
        self.session = session or requests.Session()
        self.session.auth = (f"{email}/token", api_token)
        self.session.headers.update({"Accept": "application/json", "User-Agent": "calmdesk"})

    @classmethod
    def from_settings(cls, settings: Settings) -> "ZendeskClient":
        account = settings.zendesk
        return cls(account.url, account.email, account.api_token)

    def _url(self, path: str) -> str:
        return f"{self.base_url}/api/v2{path}"

    def _comments(self, ticket_id: str, pages: int = 3) -> list[dict]:
        """Newest first; a few pages are enough to find the latest customer comment or a recent note."""
        url = self._url(f"/tickets/{ticket_id}/comments")
        params: dict | None = {"sort": "-created_at", "page[size]": 100}
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
        return send(self.session, "GET", self._url(f"/tickets/{ticket_id}")).json().get("ticket") or {}

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
        user = send(self.session, "GET", self._url(f"/users/{requester_id}")).json().get("user") or {}
        return Person(id=requester_id, name=user.get("name") or "", email=user.get("email") or "",
                      locale=user.get("locale") or "")

    def has_note_marker(self, ticket_id: str, marker: str) -> bool:
        for comment in self._comments(ticket_id):
            if not comment.get("public") and any(marker in (comment.get(k) or "")
                                                 for k in ("html_body", "body", "plain_body")):
                return True
        return False

    def post_internal_note(self, ticket_id: str, html: str) -> None:
        body = {"ticket": {"comment": {"html_body": html, "public": False}}}
        send(self.session, "PUT", self._url(f"/tickets/{ticket_id}"), json=body)

    def add_tags(self, ticket_id: str, tags: list[str]) -> None:
        # PUT /tags adds to the ticket's tags; the ticket update's "tags" field would replace them.
        send(self.session, "PUT", self._url(f"/tickets/{ticket_id}/tags"), json={"tags": tags})

    def ticket_url(self, ticket_id: str) -> str:
        return f"{self.base_url}/agent/tickets/{ticket_id}"
