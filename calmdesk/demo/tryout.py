"""`calmdesk sandbox`: the stand-in Zendesk and Freshdesk kept running for an admin to try the real setup against.

It prints the variables to paste, serves a small "the customer says…" form that adds the message to a sandbox
ticket, and then does what the helpdesk does: Zendesk runs the triggers `calmdesk zendesk install` created and
sends their webhook, signed with that webhook's secret; Freshdesk runs the automation rules `calmdesk freshdesk
install` created and sends their body with their headers. Nothing here talks to calmdesk directly, so what the
admin sees is the path their real helpdesk will take.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Callable

import requests
from flask import Flask, redirect, render_template_string, request, url_for

from calmdesk.helpdesks.zendesk.webhook import sign_zendesk_body
from calmdesk.sandbox.freshdesk import FreshdeskSandbox
from calmdesk.sandbox.freshdesk_admin import register_admin_routes as register_freshdesk_admin
from calmdesk.sandbox.serving import ServerThread
from calmdesk.sandbox.zendesk import ZendeskSandbox

SANDBOX_EMAIL = "admin@sandbox.example"
SANDBOX_TOKEN = "sandbox-api-token-0123456789"
SANDBOX_FRESHDESK_KEY = "sandbox-freshdesk-api-key-0123456789"
# On a real account the admin chooses this (a long random value); the sandbox suggests one so the steps match.
SANDBOX_FRESHDESK_WEBHOOK_TOKEN = "sandbox-freshdesk-webhook-token-0123456789"
# Freshdesk automation types: 1 ticket creation, 4 ticket updates (calmdesk/helpdesks/freshdesk/setup.py RULES).
FRESHDESK_CREATED, FRESHDESK_UPDATED = 1, 4
log = logging.getLogger("calmdesk.sandbox")


@dataclass
class Delivery:
    ticket_id: int
    endpoint: str
    status: int | str  # the HTTP status calmdesk answered, or why nothing was sent


@dataclass
class TryOut:
    """The running stand-in helpdesk and the form in front of it."""

    zendesk: ZendeskSandbox
    zendesk_server: ServerThread
    freshdesk: FreshdeskSandbox | None = None
    freshdesk_server: ServerThread | None = None
    form_server: ServerThread | None = None
    deliveries: list[Delivery] = field(default_factory=list)

    def variables(self) -> dict[str, str]:
        return {"ZENDESK_URL": self.zendesk_server.url, "ZENDESK_EMAIL": SANDBOX_EMAIL,
                "ZENDESK_API_TOKEN": SANDBOX_TOKEN}

    def freshdesk_variables(self) -> dict[str, str]:
        if not self.freshdesk_server:
            return {}
        return {"FRESHDESK_URL": self.freshdesk_server.url, "FRESHDESK_API_KEY": SANDBOX_FRESHDESK_KEY,
                "FRESHDESK_WEBHOOK_TOKEN": SANDBOX_FRESHDESK_WEBHOOK_TOKEN}

    @property
    def form_url(self) -> str:
        return self.form_server.url if self.form_server else ""

    def stop(self) -> None:
        if self.form_server:
            self.form_server.stop()
        if self.freshdesk_server:
            self.freshdesk_server.stop()
        self.zendesk_server.stop()


def customer_says(sandbox: ZendeskSandbox, text: str, name: str = "Alex Morgan", subject: str = "",
                  ticket_id: int | None = None, post: Callable[..., requests.Response] = requests.post
                  ) -> tuple[int, list[Delivery]]:
    """Add the customer's message to a ticket (a new one unless `ticket_id`), then fire the matching triggers."""
    if ticket_id and ticket_id in sandbox.tickets:
        sandbox.customer_says(ticket_id, text)
    else:
        ticket_id = sandbox.create_ticket(subject or "Trying calmdesk", name, text)
    return ticket_id, fire_triggers(sandbox, ticket_id, post)


def fire_triggers(sandbox: ZendeskSandbox, ticket_id: int, post: Callable[..., requests.Response] = requests.post
                  ) -> list[Delivery]:
    """Send the webhook calls the stand-in's trigger engine queued for this ticket (sandbox/zendesk_triggers.py: only
    the triggers whose conditions matched, placeholders filled in), as Zendesk sends them: signed with the webhook's
    secret (HMAC-SHA256 over timestamp + body, base64) and POSTed to its endpoint."""
    deliveries = []
    with sandbox.lock:
        queued = [d for d in sandbox.deliveries if d["ticket_id"] == ticket_id]
        sandbox.deliveries[:] = [d for d in sandbox.deliveries if d["ticket_id"] != ticket_id]
    for delivery in queued:
        webhook_id, endpoint, body = delivery["webhook_id"], delivery["endpoint"], delivery["body"].encode()
        stamp = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        signature = sign_zendesk_body(sandbox.webhook_secrets[webhook_id], stamp, body)
        headers = {"Content-Type": "application/json", "User-Agent": "Zendesk Webhook",
                   "X-Zendesk-Webhook-Id": webhook_id, "X-Zendesk-Webhook-Signature-Timestamp": stamp,
                   "X-Zendesk-Webhook-Signature": signature,
                   "X-Zendesk-Webhook-Invocation-Id": delivery["invocation_id"]}
        try:
            status: int | str = post(endpoint, data=body, headers=headers, timeout=10).status_code
        except requests.RequestException as exc:
            status = f"not delivered: {endpoint} unreachable ({type(exc).__name__}); is calmdesk running?"
        deliveries.append(Delivery(ticket_id, endpoint, status))
        log.warning("webhook %s -> %s", endpoint, status)
    return deliveries


def freshdesk_customer_says(sandbox: FreshdeskSandbox, text: str, name: str = "Alex Morgan", subject: str = "",
                            ticket_id: int | None = None,
                            post: Callable[..., requests.Response] = requests.post) -> tuple[int, list[Delivery]]:
    """A new Freshdesk ticket runs the ticket-creation rules; a reply on one runs the ticket-update rules that the
    requester's reply fires. Each rule's webhook action is sent as Freshdesk sends it: its body with the
    placeholders filled in, and its custom headers (calmdesk's token)."""
    if ticket_id and ticket_id in sandbox.tickets:
        sandbox.customer_says(ticket_id, text)
        rule_type, event = FRESHDESK_UPDATED, "{reply_sent:sent}"
    else:
        ticket_id = sandbox.create_ticket(subject or "Trying calmdesk", name, text)
        rule_type, event = FRESHDESK_CREATED, "{ticket_action:created}"
    deliveries = []
    for rule in list(getattr(sandbox, "rules", {}).values()):
        if rule.get("type") != rule_type or not rule.get("active", True):
            continue
        if rule_type == FRESHDESK_UPDATED and (rule.get("performer") or {}).get("type") != 2:
            continue  # only rules the requester's own reply fires
        for action in rule.get("actions", []):
            if action.get("field_name") != "trigger_webhook":
                continue
            body = sandbox.advanced_webhook(ticket_id, event)
            headers = {"Content-Type": "application/json", "User-Agent": "Freshdesk",
                       **(action.get("custom_headers") or {})}
            try:
                status: int | str = post(action["url"], data=json.dumps(body), headers=headers, timeout=10).status_code
            except requests.RequestException as exc:
                status = f"not delivered: {action['url']} unreachable ({type(exc).__name__}); is calmdesk running?"
            deliveries.append(Delivery(ticket_id, action["url"], status))
            log.warning("webhook %s -> %s", action["url"], status)
    return ticket_id, deliveries


def start_tryout(host: str = "127.0.0.1", zendesk_port: int = 8101, form_port: int = 8100,
                 freshdesk_port: int | None = 8102) -> TryOut:
    zendesk = ZendeskSandbox(email=SANDBOX_EMAIL, api_token=SANDBOX_TOKEN)
    zendesk_server = ServerThread(zendesk.app, host, zendesk_port).start()
    zendesk.url = zendesk_server.url
    tryout = TryOut(zendesk, zendesk_server)
    if freshdesk_port is not None:
        tryout.freshdesk = FreshdeskSandbox(api_key=SANDBOX_FRESHDESK_KEY)
        register_freshdesk_admin(tryout.freshdesk.app, tryout.freshdesk)  # the automations API the installer uses
        tryout.freshdesk_server = ServerThread(tryout.freshdesk.app, host, freshdesk_port).start()
        tryout.freshdesk.url = tryout.freshdesk_server.url
    tryout.form_server = ServerThread(_form_app(tryout), host, form_port).start()
    return tryout


def instructions(tryout: TryOut, public_url: str) -> str:
    lines = ["calmdesk sandbox: a stand-in Zendesk is running at " + tryout.zendesk_server.url, "",
             "1. Paste these into the terminal where you run calmdesk:", ""]
    lines += [f"    export {name}={value}" for name, value in tryout.variables().items()]
    lines += ["", "2. Connect it (prints the fourth variable, ZENDESK_WEBHOOK_SECRET; export it too):", "",
              f"    .venv/bin/calmdesk zendesk install --public-url {public_url}", "",
              "3. Check, then start calmdesk:", "", "    .venv/bin/calmdesk check-config",
              "    .venv/bin/calmdesk run", "",
              f"4. Be the customer: {tryout.form_url}/ (or curl -d text=... {tryout.form_url}/say)",
              f"   The ticket and calmdesk's note appear at {tryout.zendesk_server.url}/", ""]
    if tryout.freshdesk_server:
        lines += [f"For Freshdesk instead, a stand-in runs at {tryout.freshdesk_server.url}: paste", ""]
        lines += [f"    export {name}={value}" for name, value in tryout.freshdesk_variables().items()]
        lines += ["", f"    .venv/bin/calmdesk freshdesk install --public-url {public_url}", "",
                  "and choose Freshdesk on the form (or curl -d helpdesk=freshdesk -d text=...).", ""]
    lines += ["Ctrl-C stops the sandbox."]
    return "\n".join(lines)


def _form_app(tryout: TryOut) -> Flask:
    app = Flask("calmdesk-tryout")

    @app.get("/")
    def form():
        tickets = sorted(tryout.zendesk.tickets.values(), key=lambda t: -t["id"])
        return render_template_string(_FORM, tickets=tickets, sandbox=tryout.zendesk, freshdesk=tryout.freshdesk,
                                      deliveries=tryout.deliveries[-10:][::-1])

    @app.post("/say")
    def say():
        text = request.form.get("text", "").strip()
        if not text:
            return "write what the customer says (the text field)\n", 400
        ticket = request.form.get("ticket_id", type=int)
        name, subject = request.form.get("name") or "Alex Morgan", request.form.get("subject", "")
        if request.form.get("helpdesk") == "freshdesk" and tryout.freshdesk:
            ticket_id, sent = freshdesk_customer_says(tryout.freshdesk, text, name, subject, ticket)
            ticket_url = f"{tryout.freshdesk.url}/"
            hint = "none: run `calmdesk freshdesk install --public-url ...` first"
        else:
            ticket_id, sent = customer_says(tryout.zendesk, text, name, subject, ticket)
            ticket_url = f"{tryout.zendesk.url}/#t{ticket_id}"
            hint = "none: run `calmdesk zendesk install --public-url ...` first"
        tryout.deliveries.extend(sent)
        if request.accept_mimetypes.best == "application/json" or "curl" in request.headers.get("User-Agent", ""):
            return json.dumps({"ticket_id": ticket_id, "ticket_url": ticket_url,
                               "webhooks": [{"endpoint": d.endpoint, "status": d.status} for d in sent]
                               or hint}) + "\n", 200, {"Content-Type": "application/json"}
        return redirect(url_for("form"))

    return app


_FORM = """<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>calmdesk sandbox: the customer says…</title>
<style>body{font:15px/1.45 system-ui,sans-serif;max-width:760px;margin:1.5em auto;padding:0 1em;color:#222}
textarea,input{width:100%;box-sizing:border-box;font:inherit;padding:.5em;margin:.2em 0 .8em}
button{font:inherit;padding:.5em 1.2em}.t{border:1px solid #ddd;border-radius:8px;padding:.8em;margin:.8em 0}
.note{background:#fff8e1;border-left:3px solid #f0a500;padding:.5em .8em;margin:.4em 0}.meta{color:#666;font-size:13px}
.warn{background:#fdecea;padding:.6em;border-radius:6px}</style></head><body>
<h1>The customer says…</h1>
{% if not sandbox.triggers %}<p class="warn">No trigger yet: run <code>calmdesk zendesk install --public-url
&lt;calmdesk's address&gt;</code> against this sandbox first, as you would against your Zendesk.</p>{% endif %}
<form method="post" action="say">
<label>Message<textarea name="text" rows="4" required>This is the third time I am writing. My order #4417 is two weeks late and nobody answers. I want a refund or I cancel my account.</textarea></label>
<label>Customer<input name="name" value="Alex Morgan"></label>
<label>Add to ticket (empty: a new ticket)<input name="ticket_id" inputmode="numeric"></label>
{% if freshdesk %}<label>Helpdesk <select name="helpdesk"><option value="zendesk">Zendesk</option>
<option value="freshdesk">Freshdesk</option></select></label>{% endif %}
<button>Send as the customer</button></form>
{% for d in deliveries %}<p class="meta">#{{ d.ticket_id }}: webhook → {{ d.endpoint }}: {{ d.status }}</p>{% endfor %}
{% for t in tickets %}<div class="t" id="t{{ t.id }}"><b>#{{ t.id }} {{ t.subject }}</b>
<div class="meta">tags {{ t.tags|join(", ") or "-" }}</div>
{% for c in sandbox.comments[t.id] %}{% if c.public %}<p>{{ c.body }}</p>{% else %}<div class="note">
{{ c.html_body|safe }}</div>{% endif %}{% endfor %}</div>{% endfor %}
<p class="meta">Reload to see calmdesk's note once the worker has written it (a second or two).</p>
</body></html>"""
