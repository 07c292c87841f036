"""A stand-in Zendesk: the Support API v2 paths calmdesk uses, with Zendesk's bodies, auth, 429s and faults."""

from __future__ import annotations

import base64
import itertools
import threading
import time
from datetime import datetime, timezone
from typing import Any

from flask import Flask, jsonify, render_template_string, request

from calmdesk.sandbox.recording import Fault, RequestLog, gate
from calmdesk.sandbox.zendesk_triggers import fire


def _now_iso() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


class ZendeskSandbox:
    """In-memory tickets, comments and users behind a Flask app that answers like Zendesk."""

    COMMENT_LIMIT = 5000

    def __init__(self, email: str = "agent@example.com", api_token: str = "sandbox-token",
                 limit_per_minute: int | None = None):
        self.email, self.api_token = email, api_token
        self.log = RequestLog(limit_per_minute)
        self.lock = threading.RLock()
        self.ids = itertools.count(1001)
        self.tickets: dict[int, dict[str, Any]] = {}
        self.comments: dict[int, list[dict[str, Any]]] = {}
        self.users: dict[int, dict[str, Any]] = {}
        self.idempotency: dict[str, int] = {}
        self.outbox: list[dict[str, Any]] = []  # emails Zendesk would have sent to end users
        self.deliveries: list[dict[str, Any]] = []  # webhook calls the installed triggers made (zendesk_triggers.py)
        # Whether the API user is an admin: incremental exports are for admins only (403 otherwise).
        self.api_user_is_admin = True
        self.required_when_solving = ""  # a ticket field Zendesk requires before it solves a ticket
        self.anonymous_on_bad_credentials = False  # answer /users/me with bad credentials as Zendesk can: 200, anonymous
        self.api_user = self.add_user("calmdesk API", email, role="admin")
        self.app = self._build_app()

    # --- seeding, for tests and the demo -------------------------------------------------------------------------
    def add_user(self, name: str, email: str, role: str = "end-user", locale: str = "en-US") -> int:
        with self.lock:
            user_id = next(self.ids)
            self.users[user_id] = {"id": user_id, "name": name, "email": email, "role": role, "locale": locale,
                                   "created_at": _now_iso()}
            return user_id

    def create_ticket(self, subject: str, requester_name: str, first_message: str, locale: str = "en-US",
                      **fields: Any) -> int:
        requester = self.add_user(requester_name, f"{requester_name.split()[0].lower()}@customer.example", locale=locale)
        with self.lock:
            ticket_id = next(self.ids)
            self.tickets[ticket_id] = {
                "id": ticket_id, "subject": subject, "raw_subject": subject, "description": first_message,
                "status": "open", "priority": "normal", "type": None, "requester_id": requester,
                "submitter_id": requester, "assignee_id": fields.pop("assignee_id", None),
                "group_id": fields.pop("group_id", None), "brand_id": fields.pop("brand_id", None),
                "via": {"channel": fields.pop("channel", "web")}, "tags": [], "due_at": None,
                "created_at": _now_iso(), "updated_at": _now_iso(), **fields,
            }
            self.comments[ticket_id] = []
        self.add_comment(ticket_id, requester, first_message, public=True)
        return ticket_id

    def add_comment(self, ticket_id: int, author_id: int, body: str, public: bool = True, html: str | None = None,
                    run_triggers: bool = True) -> dict[str, Any]:
        with self.lock:
            comment = {"id": next(self.ids), "type": "Comment", "author_id": author_id, "body": body,
                       "html_body": html if html is not None else f"<div class=\"zd-comment\"><p>{_escape(body)}</p></div>",
                       "plain_body": body, "public": public, "attachments": [], "created_at": _now_iso()}
            self.comments[ticket_id].append(comment)
            ticket = self.tickets[ticket_id]
            ticket["updated_at"] = _now_iso()
            if public and author_id != ticket["requester_id"]:
                self._email(ticket["requester_id"], ticket_id, body)
            first = len(self.comments[ticket_id]) == 1
        if run_triggers:  # a PUT with a comment runs them once, after its other changes (update_ticket)
            # Triggers run after every ticket change; the first comment is the ticket's creation.
            fire(self, ticket_id, "Create" if first else "Change", author_id, public)
        return comment

    def _email(self, user_id: int, ticket_id: int, body: str) -> None:
        user = self.users.get(user_id)
        if user and user["role"] == "end-user":
            self.outbox.append({"to": user["email"], "ticket_id": ticket_id, "body": body})

    def customer_says(self, ticket_id: int, body: str) -> dict[str, Any]:
        return self.add_comment(ticket_id, self.tickets[ticket_id]["requester_id"], body)

    def comment_added_event(self, ticket_id: int, comment: dict[str, Any]) -> dict[str, Any]:
        """The Zendesk ticket event a webhook subscribed to comment_added would receive for this comment."""
        ticket, author = self.tickets[ticket_id], self.users[comment["author_id"]]
        return {
            "type": "zen:event-type:ticket.comment_added",
            "account_id": 9000001,
            "id": f"01EV{comment['id']:022d}",
            "time": comment["created_at"],
            "zendesk_event_version": "2022-11-06",
            "subject": f"zen:ticket:{ticket_id}",
            "detail": {
                "id": str(ticket_id), "requester_id": str(ticket["requester_id"]), "status": ticket["status"].upper(),
                "priority": (ticket["priority"] or "normal").upper(), "subject": ticket["subject"],
                "tags": list(ticket["tags"]), "created_at": ticket["created_at"], "updated_at": ticket["updated_at"],
            },
            "event": {"comment": {
                "id": str(comment["id"]), "body": comment["body"], "is_public": comment["public"],
                "author": {"id": str(author["id"]), "is_staff": author["role"] != "end-user", "name": author["name"]},
            }},
        }

    def notes(self, ticket_id: int) -> list[dict[str, Any]]:
        """The private comments calmdesk posted on a ticket."""
        with self.lock:
            return [c for c in self.comments[ticket_id] if not c["public"] and c["author_id"] == self.api_user]

    def inject(self, method: str, path_prefix: str, status: int, **kwargs: Any) -> None:
        self.log.inject(Fault(method, path_prefix, status, **kwargs))

    # --- the HTTP side ---------------------------------------------------------------------------------------------
    def _build_app(self) -> Flask:
        app = Flask("zendesk-sandbox")
        sandbox = self

        @app.before_request
        def admit():
            if not request.path.startswith("/api/v2/"):
                return None
            if (sandbox.anonymous_on_bad_credentials and request.path == "/api/v2/users/me"
                    and not sandbox._authorised()):
                # Zendesk can answer bad credentials here with the anonymous user and 200, not 401 (issue 13).
                return jsonify(user={"id": None, "name": "Anonymous user", "email": "invalid@example.com",
                                     "role": "end-user", "locale": "en-US"})
            return gate(sandbox, request.path, {"error": "Couldn't authenticate you"},
                        {"error": "TooManyRequests", "description": "Rate limit exceeded"})

        @app.after_request
        def headers(response):
            remaining = sandbox.log.remaining()
            if remaining is not None and request.path.startswith("/api/v2/"):
                response.headers["X-Rate-Limit"] = str(sandbox.log.limit_per_minute)
                response.headers["X-Rate-Limit-Remaining"] = str(remaining)
                response.headers["ratelimit-remaining"] = str(remaining)
            fault = request.environ.get("sandbox.fault_after")
            if fault is not None:
                # after_request must return a response object, not a (response, status) tuple.
                faulty, status = sandbox._fault_response(fault)
                faulty.status_code = status
                return faulty
            with sandbox.log.lock:
                if sandbox.log.requests and sandbox.log.requests[-1].path == request.path:
                    sandbox.log.requests[-1].status = response.status_code
                    if response.is_json:
                        sandbox.log.requests[-1].response = response.get_json(silent=True)
            return response

        @app.get("/api/v2/tickets/<int:ticket_id>")
        def show_ticket(ticket_id: int):
            ticket = sandbox.tickets.get(ticket_id)
            if ticket is None:
                return jsonify(error="RecordNotFound", description="Not found"), 404
            return jsonify(ticket=ticket)

        @app.put("/api/v2/tickets/<int:ticket_id>")
        def update_ticket(ticket_id: int):
            ticket = sandbox.tickets.get(ticket_id)
            if ticket is None:
                return jsonify(error="RecordNotFound", description="Not found"), 404
            body = (request.get_json(silent=True) or {}).get("ticket")
            if not isinstance(body, dict):
                return jsonify(error="InvalidEndpoint", description="ticket is required"), 400
            if (body.get("status") in ("solved", "closed") and sandbox.required_when_solving
                    and not ticket.get(sandbox.required_when_solving) and not body.get(sandbox.required_when_solving)):
                # A field required when solving: 422 RecordInvalid naming it in `details`, as Zendesk does for
                # "Type is required when solving" (../shared/helpdesk-facts.md; issue 13). Not a full ticket.
                name = sandbox.required_when_solving
                return jsonify(error="RecordInvalid", description="Record validation errors", details={
                    name: [{"description": f"{name.capitalize()}: is required when solving", "error": "BlankValue"}]
                }), 422
            with sandbox.lock:
                comment = body.pop("comment", None)
                author, public = sandbox.api_user, None
                if comment:
                    if len(sandbox.comments[ticket_id]) >= sandbox.COMMENT_LIMIT:
                        return jsonify(error="RecordInvalid", description="Ticket has reached the comment limit"), 422
                    html = comment.get("html_body")
                    text = comment.get("body") or _strip_tags(html or "")
                    author, public = comment.get("author_id") or sandbox.api_user, comment.get("public", True)
                    sandbox.add_comment(ticket_id, author, text, public=public, html=html, run_triggers=False)
                for field_name in ("status", "priority", "type", "due_at", "assignee_id", "group_id", "tags", "subject"):
                    if field_name in body:
                        ticket[field_name] = body[field_name]
                ticket["updated_at"] = _now_iso()
            # Every update runs the triggers once, with all of its changes (an agent submitting a macro's tags too).
            fire(sandbox, ticket_id, "Change", author, public)
            return jsonify(ticket=ticket, audit={"id": next(sandbox.ids), "ticket_id": ticket_id})

        @app.put("/api/v2/tickets/<int:ticket_id>/tags")
        def add_tags(ticket_id: int):
            ticket = sandbox.tickets.get(ticket_id)
            if ticket is None:
                return jsonify(error="RecordNotFound", description="Not found"), 404
            tags = (request.get_json(silent=True) or {}).get("tags") or []
            with sandbox.lock:
                ticket["tags"] = sorted(set(ticket["tags"]) | {str(t) for t in tags})
            fire(sandbox, ticket_id, "Change", sandbox.api_user, None)
            return jsonify(tags=ticket["tags"])

        @app.get("/api/v2/tickets/<int:ticket_id>/comments")
        def list_comments(ticket_id: int):
            if ticket_id not in sandbox.tickets:
                return jsonify(error="RecordNotFound", description="Not found"), 404
            comments = list(sandbox.comments[ticket_id])
            # sort_order is what the List Comments operation declares (Zendesk's OpenAPI document); oldest first
            # by default.
            if request.args.get("sort_order") == "desc":
                comments.reverse()
            size = min(int(request.args.get("page[size]", 100)), 100)
            start = int(request.args.get("page[after]", 0) or 0)
            page = comments[start:start + size]
            more = start + size < len(comments)
            next_url = (f"{request.base_url}?page[size]={size}&page[after]={start + size}"
                        f"&sort_order={request.args.get('sort_order', 'asc')}") if more else None
            return jsonify(comments=page, meta={"has_more": more, "after_cursor": str(start + size) if more else None,
                                                "before_cursor": None},
                           links={"next": next_url, "prev": None})

        @app.post("/api/v2/tickets")
        def create_ticket():
            key = request.headers.get("Idempotency-Key")
            if key and key in sandbox.idempotency:
                response = jsonify(ticket=sandbox.tickets[sandbox.idempotency[key]])
                response.headers["x-idempotency-lookup"] = "hit"
                return response, 201
            body = (request.get_json(silent=True) or {}).get("ticket")
            if not isinstance(body, dict) or not isinstance(body.get("comment"), dict):
                return jsonify(error="RecordInvalid", description="Record validation errors",
                               details={"base": [{"description": "Comment: cannot be blank"}]}), 422
            requester = int(body.get("requester_id") or sandbox.api_user)
            if requester not in sandbox.users:
                return jsonify(error="RecordInvalid", description="Requester is invalid"), 422
            comment = body["comment"]
            with sandbox.lock:
                ticket_id = next(sandbox.ids)
                sandbox.tickets[ticket_id] = {
                    "id": ticket_id, "subject": body.get("subject", ""), "raw_subject": body.get("subject", ""),
                    "description": comment.get("body") or _strip_tags(comment.get("html_body") or ""),
                    "status": body.get("status", "open"), "priority": body.get("priority", "normal"),
                    "type": body.get("type"), "due_at": body.get("due_at"), "requester_id": requester,
                    "submitter_id": sandbox.api_user, "assignee_id": body.get("assignee_id"),
                    "group_id": body.get("group_id"), "brand_id": body.get("brand_id"), "via": {"channel": "api"},
                    "tags": sorted(set(body.get("tags") or [])),
                    "created_at": _now_iso(), "updated_at": _now_iso(),
                }
                sandbox.comments[ticket_id] = []
                if key:
                    sandbox.idempotency[key] = ticket_id
            sandbox.add_comment(ticket_id, sandbox.api_user, sandbox.tickets[ticket_id]["description"],
                                public=comment.get("public", True), html=comment.get("html_body"))
            sandbox._email(requester, ticket_id, "ticket created")  # Zendesk notifies an end-user requester
            return jsonify(ticket=sandbox.tickets[ticket_id]), 201

        @app.get("/api/v2/users/<int:user_id>")
        def show_user(user_id: int):
            user = sandbox.users.get(user_id)
            if user is None:
                return jsonify(error="RecordNotFound", description="Not found"), 404
            return jsonify(user=user)

        @app.get("/api/v2/users/me")
        def me():
            return jsonify(user=sandbox.users[sandbox.api_user])

        @app.get("/")
        def index():
            return render_template_string(_INDEX, sandbox=sandbox)

        # --- admin API: webhooks, signing secrets, triggers, incremental export (installer and backfill) ---
        from calmdesk.sandbox.zendesk_admin import register_admin_routes
        from calmdesk.sandbox.zendesk_macros import register_macro_routes

        register_admin_routes(app, sandbox)
        register_macro_routes(app, sandbox)
        return app

    def _authorised(self) -> bool:
        header = request.headers.get("Authorization", "")
        if not header.startswith("Basic "):
            return False
        try:
            user, _, password = base64.b64decode(header[6:]).decode().partition(":")
        except ValueError:
            return False
        return user == f"{self.email}/token" and password == self.api_token

    @staticmethod
    def _fault_response(fault: Fault):
        if fault.delay:
            time.sleep(fault.delay)  # the sandbox stalls so the client under test times out
        response = jsonify(error="Injected", description=f"sandbox fault {fault.status}")
        for name, value in fault.headers.items():
            response.headers[name] = value
        return response, fault.status


def _escape(text: str) -> str:
    from markupsafe import escape

    return str(escape(text))


def _strip_tags(html: str) -> str:
    import re

    return re.sub(r"<[^>]+>", "", html)


_INDEX = """<!doctype html><html><head><meta charset="utf-8"><title>Sandbox Zendesk</title>
<style>body{font:14px/1.45 system-ui,sans-serif;max-width:960px;margin:2em auto;color:#222}
.t{border:1px solid #ddd;border-radius:8px;padding:1em;margin:1em 0}.c{padding:.5em 1em;margin:.5em 0;border-left:3px solid #9ab}
.note{background:#fff8e1;border-left-color:#f0a500}.meta{color:#666;font-size:12px}</style></head><body>
<h1>Sandbox Zendesk</h1>
{% for t in sandbox.tickets.values() %}<div class="t"><h2>#{{ t.id }} {{ t.subject }}</h2>
<div class="meta">status {{ t.status }} · tags {{ t.tags|join(", ") }}</div>
{% for c in sandbox.comments[t.id] %}<div class="c {{ '' if c.public else 'note' }}">
<div class="meta">{{ sandbox.users[c.author_id].name }} · {{ 'public reply' if c.public else 'internal note' }}</div>
{% if c.public %}{{ c.body }}{% else %}{{ c.html_body|safe }}{% endif %}</div>{% endfor %}</div>{% endfor %}
</body></html>"""
