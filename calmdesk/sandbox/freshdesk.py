"""A stand-in Freshdesk: the API v2 paths calmdesk uses, with Freshdesk's bodies, auth, rate-limit headers and faults."""

from __future__ import annotations

import base64
import copy
import itertools
import threading
import time
from datetime import datetime, timezone
from typing import Any, Callable

from flask import Flask, Response, jsonify, render_template_string, request

from calmdesk.sandbox.recording import Fault, RequestLog, gate

STATUS_LABELS = {2: "Open", 3: "Pending", 4: "Resolved", 5: "Closed", 6: "Waiting on Customer"}
PRIORITY_LABELS = {1: "Low", 2: "Medium", 3: "High", 4: "Urgent"}
SOURCE_EMAIL, SOURCE_PORTAL = 1, 2  # ticket sources
CONVERSATION_REPLY, CONVERSATION_NOTE = 0, 2  # conversation sources
UPDATABLE = {"status", "priority", "tags", "due_by", "fr_due_by", "responder_id", "group_id", "subject", "description",
             "type", "custom_fields"}
CREATABLE = UPDATABLE | {"requester_id", "email", "name", "parent_id", "source"}
RULE_BODY_VERSION = "freshdesk-rule/1"
# Statuses whose SLA timer is off by default: Freshdesk refuses a due_by on them (../shared/helpdesk-facts.md).
SLA_OFF_STATUSES = {3, 4, 5, 6}  # Pending, Resolved, Closed, Waiting on Customer


def _now_iso() -> str:
    # Freshdesk's timestamps have one-second resolution: two writes in the same second share an updated_at.
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


class FreshdeskSandbox:
    """In-memory tickets, conversations and contacts behind a Flask app that answers like Freshdesk API v2."""

    def __init__(self, api_key: str = "sandbox-api-key", limit_per_minute: int | None = 400, per_page_max: int = 100):
        self.api_key = api_key
        self.log = RequestLog(limit_per_minute)
        self.per_page_max = per_page_max
        self.lock = threading.RLock()
        self.ids = itertools.count(5001)
        self.tickets: dict[int, dict[str, Any]] = {}
        self.conversations: dict[int, list[dict[str, Any]]] = {}
        self.contacts: dict[int, dict[str, Any]] = {}
        self.agents: set[int] = set()
        # Emails Freshdesk would send a requester (default notification settings), so tests can assert none went out.
        self.requester_emails: list[dict[str, Any]] = []
        self._after_read: dict[int, list[Callable[[], None]]] = {}
        self.url = ""
        # Ticket id -> a field mandatory for agents that the ticket lacks: every PUT /tickets/{id} is refused (400)
        # until it is filled in, as on real accounts with mandatory fields (common on tickets created by email).
        self.missing_mandatory: dict[int, str] = {}
        # Ticket id -> a field required when resolving or closing that the ticket lacks.
        self.missing_for_closure: dict[int, str] = {}
        self.parent_child = True  # the account's plan has parent-child tickets (set False: parent_id is refused)
        self.deliveries: list[dict[str, Any]] = []  # webhook calls the installed rules made (freshdesk_rules.py)
        self.api_agent = self.add_contact("calmdesk API", "calmdesk-agent@support.example", agent=True)
        self.app = self._build_app()

    # --- seeding, for tests and the demo -------------------------------------------------------------------------
    def add_contact(self, name: str, email: str, language: str = "en", agent: bool = False) -> int:
        with self.lock:
            contact_id = next(self.ids)
            self.contacts[contact_id] = {
                "id": contact_id, "name": name, "email": email, "language": language, "time_zone": "UTC",
                "active": True, "phone": None, "mobile": None, "company_id": None, "tags": [],
                "created_at": _now_iso(), "updated_at": _now_iso(),
            }
            if agent:
                self.agents.add(contact_id)
            return contact_id

    def create_ticket(self, subject: str, requester_name: str, first_message: str, language: str = "en",
                      **fields: Any) -> int:
        """A ticket as the customer opens it: the first message is the description, not a conversation."""
        requester = self.add_contact(requester_name, f"{requester_name.split()[0].lower()}@customer.example",
                                     language=language)
        with self.lock:
            ticket_id = next(self.ids)
            self.tickets[ticket_id] = {
                "id": ticket_id, "subject": subject, "description": _html(first_message),
                "description_text": first_message, "status": 2, "priority": 1, "source": SOURCE_EMAIL,
                "type": None, "requester_id": requester, "responder_id": fields.pop("responder_id", None),
                "group_id": fields.pop("group_id", None), "company_id": None, "tags": [], "parent_id": None,
                "due_by": None, "fr_due_by": None, "is_escalated": False, "spam": False, "custom_fields": {},
                "cc_emails": [], "fwd_emails": [], "reply_cc_emails": [], "attachments": [],
                "created_at": _now_iso(), "updated_at": _now_iso(), **fields,
            }
            self.conversations[ticket_id] = []
        from .freshdesk_rules import fire

        fire(self, ticket_id, 1, "{ticket_action:created}")
        return ticket_id

    def add_conversation(self, ticket_id: int, user_id: int, text: str, private: bool = False,
                         incoming: bool | None = None, body: str | None = None, note: bool = False) -> dict[str, Any]:
        is_agent = user_id in self.agents
        with self.lock:
            entry = {
                "id": next(self.ids), "body": body if body is not None else _html(text), "body_text": text,
                "incoming": (not is_agent) if incoming is None else incoming, "private": private,
                "user_id": user_id, "support_email": None if private else "support@sandbox.example",
                "source": CONVERSATION_NOTE if (note or private) else CONVERSATION_REPLY, "ticket_id": ticket_id, "to_emails": [], "from_email": None,
                "cc_emails": [], "bcc_emails": [], "attachments": [],
                "created_at": _now_iso(), "updated_at": _now_iso(),
            }
            self.conversations[ticket_id].append(entry)
            self.tickets[ticket_id]["updated_at"] = _now_iso()
            return entry

    def customer_says(self, ticket_id: int, text: str) -> dict[str, Any]:
        from .freshdesk_rules import fire

        entry = self.add_conversation(ticket_id, self.tickets[ticket_id]["requester_id"], text)
        fire(self, ticket_id, 4, "{reply_sent:sent}", performer_id=self.tickets[ticket_id]["requester_id"])
        return entry

    def agent(self, name: str = "Sam Agent") -> int:
        """A human agent of the account (not the API key's), added the first time it is named."""
        found = next((c for c in self.agents if self.contacts[c]["name"] == name), None)
        return found or self.add_contact(name, f"{name.split()[0].lower()}@support.example", agent=True)

    def agent_replies(self, ticket_id: int, text: str, agent_name: str = "Sam Agent") -> dict[str, Any]:
        from .freshdesk_rules import fire

        agent = self.agent(agent_name)
        entry = self.add_conversation(ticket_id, agent, text, incoming=False)
        fire(self, ticket_id, 4, "{reply_sent:sent}", performer_id=agent)  # an agent's reply is "Reply is sent" too
        return entry

    def agent_adds_note(self, ticket_id: int, text: str, private: bool = True, agent_name: str = "Sam Agent",
                        user_id: int | None = None) -> dict[str, Any]:
        """A note by an agent (`user_id`, else the named agent): ticket-update rules on "Note is added" of its type
        run, performed by that agent."""
        from .freshdesk_rules import fire

        author = user_id or self.agent(agent_name)
        entry = self.add_conversation(ticket_id, author, text, private=private, incoming=False, note=True)
        kind = "private" if private else "public"
        fire(self, ticket_id, 4, f"{{note_type:{kind}}}", performer_id=author, event="note_type", value=kind)
        return entry

    def agent_runs_scenario(self, ticket_id: int, add_tags: list[str], private_note: str = "",
                            agent_name: str = "Sam Agent") -> None:
        """What a scenario automation with "Add tag" and "Add note" (private) actions does when an agent runs it:
        the tags join the ticket's and the note is the agent's own (Va::Action#add_tag and #add_comment, whose note
        is User.current's: github.com/Ramesh-Veeriaperumal/freshconsult, lib/va/action.rb). Adding tags fires no
        rule (no tag event exists); the note fires "Note is added" performed by the agent."""
        with self.lock:
            ticket = self.tickets[ticket_id]
            ticket["tags"] = list(dict.fromkeys([*ticket["tags"], *add_tags]))
            ticket["updated_at"] = _now_iso()
        if private_note:
            self.agent_adds_note(ticket_id, private_note, private=True, agent_name=agent_name)

    def notes(self, ticket_id: int) -> list[dict[str, Any]]:
        """The private notes calmdesk posted on a ticket."""
        with self.lock:
            return [c for c in self.conversations[ticket_id] if c["private"] and c["user_id"] == self.api_agent]

    def add_tag_after_next_read(self, ticket_id: int, tag: str) -> None:
        """Another agent adds `tag` right after calmdesk's next read of the ticket, i.e. between its read and write."""
        def add() -> None:
            ticket = self.tickets[ticket_id]
            ticket["tags"] = [*ticket["tags"], tag]
            ticket["updated_at"] = _now_iso()

        with self.lock:
            self._after_read.setdefault(ticket_id, []).append(add)

    def inject(self, method: str, path_prefix: str, status: int, **kwargs: Any) -> None:
        self.log.inject(Fault(method, path_prefix, status, **kwargs))

    # --- webhook bodies, as a rule's "Trigger webhook" action would send them ----------------------------------------
    def latest_public_comment(self, ticket_id: int) -> str:
        """What {{ticket.latest_public_comment}} renders to: "Author : <html>", or "" before any reply."""
        public = [c for c in self.conversations[ticket_id] if not c["private"]]
        if not public:
            return ""
        text = f"{self.contacts[public[-1]['user_id']]['name']} : {public[-1]['body']}"
        files = public[-1].get("attachments") or []
        if files:  # Freshdesk appends the attachments as a numbered list (../shared/helpdesk-facts.md)
            text += "\n\nAttachments :\n" + "\n".join(
                f'{n}. <a href="{self.url}/helpdesk/attachments/{n}">{f["name"] if isinstance(f, dict) else f}</a>'
                for n, f in enumerate(files, 1))
        return text

    def latest_private_comment(self, ticket_id: int) -> str:
        """What {{ticket.latest_private_comment}} renders to: "Author : <html>" of the newest private note, or ""
        (Helpdesk::Ticket#latest_private_comment and #liquidize_comment, app/models/helpdesk/ticket.rb in
        github.com/Ramesh-Veeriaperumal/freshconsult)."""
        private = [c for c in self.conversations[ticket_id] if c["private"]]
        if not private:
            return ""
        return f"{self.contacts[private[-1]['user_id']]['name']} : {private[-1]['body']}"

    def simple_webhook(self, ticket_id: int, triggered_event: str = "{reply_sent:sent}",
                       with_comment: bool = True) -> dict[str, Any]:
        """Freshdesk's "simple" content: every value a string, labels for status and priority, the keys Freshdesk
        gives each placeholder (tests/fixtures/freshdesk/README.md)."""
        ticket, requester = self.tickets[ticket_id], self.contacts[self.tickets[ticket_id]["requester_id"]]
        fields = {
            "triggered_event": triggered_event, "ticket_id": str(ticket_id),
            "ticket_url": f"{self.url}/helpdesk/tickets/{ticket_id}", "ticket_type": ticket["type"] or "",
            "ticket_subject": ticket["subject"], "ticket_description": ticket["description"],
            "ticket_status": STATUS_LABELS.get(ticket["status"], "Open"),
            "ticket_priority": PRIORITY_LABELS[ticket["priority"]], "ticket_tags": ", ".join(ticket["tags"]),
            "ticket_requester_name": requester["name"], "ticket_requester_email": requester["email"],
        }
        if with_comment:
            fields["ticket_latest_public_comment"] = self.latest_public_comment(ticket_id)
        return {"freshdesk_webhook": fields}

    def advanced_webhook(self, ticket_id: int, triggered_event: str = "{reply_sent:sent}", with_text: bool = True
                         ) -> dict[str, Any]:
        """calmdesk's documented rule body (docs/freshdesk.md) with Freshdesk's placeholders filled in."""
        ticket, requester = self.tickets[ticket_id], self.contacts[self.tickets[ticket_id]["requester_id"]]
        return {
            "calmdesk": RULE_BODY_VERSION, "ticket_id": str(ticket_id),
            "triggered_event": triggered_event,
            "latest_public_comment": self.latest_public_comment(ticket_id) if with_text else "",
            "requester_id": str(ticket["requester_id"]), "requester_name": requester["name"],
            "requester_email": requester["email"], "subject": ticket["subject"],
            "status": STATUS_LABELS.get(ticket["status"], "Open"), "tags": ", ".join(ticket["tags"]),
        }

    # --- the HTTP side ---------------------------------------------------------------------------------------------
    def _build_app(self) -> Flask:
        app = Flask("freshdesk-sandbox")
        sandbox = self

        @app.before_request
        def admit():
            if not request.path.startswith("/api/v2/"):
                return None
            path = request.full_path.rstrip("?") if request.query_string else request.path
            return gate(sandbox, path,
                        {"code": "invalid_credentials", "message": "You have to be logged in to perform this action."},
                        {"message": "You have exceeded the limit of requests per minute"})

        @app.after_request
        def finish(response):
            if not request.path.startswith("/api/v2/"):
                return response
            remaining = sandbox.log.remaining()
            if remaining is not None:
                response.headers["X-RateLimit-Total"] = str(sandbox.log.limit_per_minute)
                response.headers["X-RateLimit-Remaining"] = str(remaining)
                response.headers["X-RateLimit-Used-CurrentRequest"] = "1"
            fault = request.environ.get("sandbox.fault_after")
            if fault is not None:
                response = sandbox._fault_response(fault)
            with sandbox.log.lock:
                if sandbox.log.requests:
                    sandbox.log.requests[-1].status = response.status_code
            return response

        def missing():
            # Freshdesk answers an unknown id with 404 and an empty body.
            return Response(status=404)

        @app.get("/api/v2/tickets/<int:ticket_id>")
        def show_ticket(ticket_id: int):
            with sandbox.lock:
                ticket = sandbox.tickets.get(ticket_id)
                if ticket is None:
                    return missing()
                response = jsonify(ticket)
                for hook in sandbox._after_read.pop(ticket_id, []):
                    hook()  # the body above is already serialised: the change lands after calmdesk's read
            return response

        @app.put("/api/v2/tickets/<int:ticket_id>")
        def update_ticket(ticket_id: int):
            ticket = sandbox.tickets.get(ticket_id)
            if ticket is None:
                return missing()
            body = request.get_json(silent=True)
            errors = _validate(body, UPDATABLE) or sandbox._refusals(ticket_id, ticket, body)
            if errors:
                return jsonify(description="Validation failed", errors=errors), 400
            with sandbox.lock:
                was_resolved = ticket["status"] in (4, 5)
                ticket.update(copy.deepcopy(body))
                ticket["updated_at"] = _now_iso()
                if ticket["status"] in (4, 5) and not was_resolved:
                    sandbox._email_requester(ticket, "ticket resolved")
                # New tags fire no ticket-update rule: Freshdesk has no tag event (freshdesk_rules.py).
            return jsonify(ticket)

        @app.post("/api/v2/tickets")
        def create_ticket():
            body = request.get_json(silent=True)
            errors = _validate(body, CREATABLE)
            if not errors:
                required = [f for f in ("subject", "description", "status", "priority") if f not in body]
                if not (body.get("requester_id") or body.get("email")):
                    required.append("requester_id")
                errors = [{"field": f, "message": "It should not be blank as this is a mandatory field",
                           "code": "missing_field"} for f in required]
            if errors:
                return jsonify(description="Validation failed", errors=errors), 400
            with sandbox.lock:
                requester = body.get("requester_id")
                if not requester:
                    requester = next((c["id"] for c in sandbox.contacts.values() if c["email"] == body["email"]), None)
                    requester = requester or sandbox.add_contact(body.get("name") or body["email"], body["email"])
                if body.get("parent_id") and not sandbox.parent_child:
                    # Without the parent-child feature Freshdesk answers 400 inaccessible_field, not 403
                    # (../shared/helpdesk-facts.md; issue 13).
                    return jsonify(description="Validation failed", errors=[{
                        "field": "parent_id", "message": "You are not authorized to perform this action.",
                        "code": "inaccessible_field"}]), 400
                if requester not in sandbox.contacts or (body.get("parent_id") and body["parent_id"] not in sandbox.tickets):
                    return jsonify(description="Validation failed", errors=[{
                        "field": "requester_id" if requester not in sandbox.contacts else "parent_id",
                        "message": "There is no contact matching the given requester_id", "code": "invalid_value"}]), 400
                ticket_id = next(sandbox.ids)
                ticket = {
                    "id": ticket_id, "subject": body["subject"], "description": body["description"],
                    "description_text": _strip_tags(body["description"]), "status": body["status"],
                    "priority": body["priority"], "source": body.get("source", SOURCE_PORTAL), "type": body.get("type"),
                    "requester_id": requester, "responder_id": body.get("responder_id"),
                    "group_id": body.get("group_id"), "tags": list(body.get("tags") or []),
                    "parent_id": body.get("parent_id"), "due_by": body.get("due_by"), "fr_due_by": None,
                    "custom_fields": body.get("custom_fields") or {}, "created_at": _now_iso(),
                    "updated_at": _now_iso(),
                }
                sandbox.tickets[ticket_id] = ticket
                sandbox.conversations[ticket_id] = []
                sandbox._email_requester(ticket, "new ticket created")
            from .freshdesk_rules import fire

            fire(sandbox, ticket_id, 1, "{ticket_action:created}")  # creation rules run on API tickets too
            return jsonify(ticket), 201

        @app.post("/api/v2/tickets/<int:ticket_id>/notes")
        def add_note(ticket_id: int):
            if ticket_id not in sandbox.tickets:
                return missing()
            body = request.get_json(silent=True)
            errors = _validate(body, {"body", "private", "incoming", "notify_emails", "user_id"})
            if not errors and not str(body.get("body") or "").strip():
                errors = [{"field": "body", "message": "It should not be blank as this is a mandatory field",
                           "code": "missing_field"}]
            if errors:
                return jsonify(description="Validation failed", errors=errors), 400
            author, private = body.get("user_id") or sandbox.api_agent, body.get("private", True)
            note = sandbox.add_conversation(ticket_id, author, _strip_tags(body["body"]), private=private,
                                            incoming=bool(body.get("incoming", False)), body=body["body"], note=True)
            from .freshdesk_rules import fire

            # A note through the API is its author's (the API key's agent unless user_id says otherwise): rules on
            # "Note is added" run for it as for any agent's note.
            kind = "private" if private else "public"
            fire(sandbox, ticket_id, 4, f"{{note_type:{kind}}}", performer_id=author, event="note_type", value=kind)
            return jsonify({k: note[k] for k in ("id", "body", "body_text", "incoming", "private", "user_id",
                                                 "support_email", "ticket_id", "created_at", "updated_at",
                                                 "attachments")} | {"notified_to": []}), 201

        @app.get("/api/v2/tickets/<int:ticket_id>/conversations")
        def list_conversations(ticket_id: int):
            if ticket_id not in sandbox.tickets:
                return missing()
            try:
                page = max(1, int(request.args.get("page", 1)))
                per_page = min(max(1, int(request.args.get("per_page", 30))), sandbox.per_page_max)
            except ValueError:
                return jsonify(description="Validation failed", errors=[{
                    "field": "page", "message": "It should be a Positive Integer", "code": "invalid_value"}]), 400
            entries = list(sandbox.conversations[ticket_id])  # oldest first, as Freshdesk lists them
            start = (page - 1) * per_page
            response = jsonify(entries[start:start + per_page])
            if start + per_page < len(entries):
                response.headers["Link"] = f'<{request.base_url}?page={page + 1}&per_page={per_page}>; rel="next"'
            return response

        @app.get("/api/v2/contacts/<int:contact_id>")
        def show_contact(contact_id: int):
            contact = sandbox.contacts.get(contact_id)
            if contact is None or contact_id in sandbox.agents:
                return missing()
            return jsonify(contact)

        @app.get("/api/v2/agents/me")
        def me():
            contact = sandbox.contacts[sandbox.api_agent]
            return jsonify({"id": sandbox.api_agent, "available": True, "occasional": False,
                            "type": "support_agent", "ticket_scope": 1, "created_at": contact["created_at"],
                            "updated_at": contact["updated_at"],
                            "contact": {k: contact[k] for k in ("name", "email", "language", "time_zone", "active")}})

        @app.get("/")
        def index():
            return render_template_string(_INDEX, sandbox=sandbox, statuses=STATUS_LABELS)

        return app

    def _refusals(self, ticket_id: int, ticket: dict[str, Any], body: dict[str, Any]) -> list[dict[str, str]]:
        """What Freshdesk refuses in a ticket update that the field checks alone do not show (each one a 400
        "Validation failed"; ../shared/helpdesk-facts.md, "Ticket updates that the API refuses")."""
        missing = self.missing_mandatory.get(ticket_id)
        if missing:
            # Any update of a ticket lacking a field mandatory for agents, whatever the update touches.
            return [{"field": missing, "message": "It should not be blank as this is a mandatory field",
                     "code": "missing_field"}]
        status = body.get("status", ticket["status"])
        if status in (4, 5) and self.missing_for_closure.get(ticket_id):
            return [{"field": self.missing_for_closure[ticket_id], "message": "It should not be blank as this is a "
                     "mandatory field", "code": "missing_field"}]
        if "due_by" in body:
            if status in SLA_OFF_STATUSES:
                # The SLA timer is off on this status: no due date can be set.
                return [{"field": "due_by", "message": "due_by cannot be set as the SLA timer is off for the "
                         f"status {STATUS_LABELS.get(status, status)}", "code": "invalid_value"}]
            fr_due_by = body.get("fr_due_by", ticket.get("fr_due_by"))
            if fr_due_by and body["due_by"] and body["due_by"] < fr_due_by:
                return [{"field": "due_by", "message": "due_by should be a date after fr_due_by",
                         "code": "invalid_value"}]
        return []

    def _email_requester(self, ticket: dict[str, Any], why: str) -> None:
        if ticket["requester_id"] not in self.agents:
            self.requester_emails.append({"ticket_id": ticket["id"], "to": self.contacts[ticket["requester_id"]]["email"],
                                          "why": why})

    def _authorised(self) -> bool:
        header = request.headers.get("Authorization", "")
        if not header.startswith("Basic "):
            return False
        try:
            user, _, _password = base64.b64decode(header[6:]).decode().partition(":")
        except ValueError:
            return False
        return user == self.api_key  # Freshdesk ignores the password when the user name is an API key

    @staticmethod
    def _fault_response(fault: Fault):
        if fault.delay:
            time.sleep(fault.delay)  # the sandbox stalls so the client under test times out
        response = jsonify(code="injected", message=f"sandbox fault {fault.status}")
        for name, value in fault.headers.items():
            response.headers[name] = value
        response.status_code = fault.status
        return response


def _validate(body: Any, allowed: set[str]) -> list[dict[str, str]]:
    if not isinstance(body, dict):
        return [{"field": "body", "message": "Request body must be a JSON object", "code": "invalid_json"}]
    errors = [{"field": k, "message": "Unexpected/invalid field in request", "code": "invalid_field"}
              for k in body if k not in allowed]
    if "tags" in body and not (isinstance(body["tags"], list) and all(isinstance(t, str) for t in body["tags"])):
        errors.append({"field": "tags", "message": "It should be an Array of Strings", "code": "datatype_mismatch"})
    if "status" in body and body["status"] not in STATUS_LABELS:
        errors.append({"field": "status", "message": "It should be one of these values: '2,3,4,5,6'",
                       "code": "invalid_value"})
    if "priority" in body and body["priority"] not in PRIORITY_LABELS:
        errors.append({"field": "priority", "message": "It should be one of these values: '1,2,3,4'",
                       "code": "invalid_value"})
    return errors


def _html(text: str) -> str:
    from markupsafe import escape

    return f'<div style="font-family:-apple-system, BlinkMacSystemFont, Segoe UI, Roboto, sans-serif">{escape(text)}</div>'


def _strip_tags(markup: str) -> str:
    import html
    import re

    return html.unescape(re.sub(r"<[^>]+>", " ", markup)).strip()


_INDEX = """<!doctype html><html><head><meta charset="utf-8"><title>Sandbox Freshdesk</title>
<style>body{font:14px/1.45 system-ui,sans-serif;max-width:960px;margin:2em auto;color:#222}
.t{border:1px solid #ddd;border-radius:8px;padding:1em;margin:1em 0}.c{padding:.5em 1em;margin:.5em 0;border-left:3px solid #9ab}
.note{background:#fff8e1;border-left-color:#f0a500}.meta{color:#666;font-size:12px}</style></head><body>
<h1>Sandbox Freshdesk</h1>
{% for t in sandbox.tickets.values() %}<div class="t"><h2>#{{ t.id }} {{ t.subject }}</h2>
<div class="meta">status {{ statuses.get(t.status, t.status) }} · tags {{ t.tags|join(", ") }}</div>
<div class="c">{{ t.description_text }}</div>
{% for c in sandbox.conversations[t.id] %}<div class="c {{ 'note' if c.private else '' }}">
<div class="meta">{{ sandbox.contacts[c.user_id].name }} · {{ 'private note' if c.private else 'reply' }}</div>
{% if c.private %}{{ c.body|safe }}{% else %}{{ c.body_text }}{% endif %}</div>{% endfor %}</div>{% endfor %}
</body></html>"""
