"""The stand-in Zendesk's admin side: webhooks (with signing secrets), triggers, and the incremental ticket export
(macros: zendesk_macros.py).

Registered on ZendeskSandbox's app by one line in sandbox/zendesk.py; what `calmdesk zendesk install` and
`calmdesk backfill` talk to in tests and the demo. Answers with Zendesk's shapes and status codes.
"""

from __future__ import annotations

import itertools
import json
import secrets
import string
from datetime import datetime, timezone
from typing import Any

from flask import Flask, jsonify, request

from calmdesk.sandbox.zendesk_triggers import TRIGGER_ACTIONS, action_problem

WEBHOOK_FIELDS = ("name", "endpoint", "http_method", "request_format", "status", "subscriptions")
_ID_ALPHABET = string.ascii_uppercase + string.digits


def _webhook_id() -> str:
    return "01H" + "".join(secrets.choice(_ID_ALPHABET) for _ in range(23))


def _epoch(iso: str) -> int:
    return int(datetime.fromisoformat(iso.replace("Z", "+00:00")).timestamp())


def offset_page(name: str, ordered: list[dict[str, Any]]):
    """One page of a list Zendesk pages by offset (triggers, macros): `page`, `per_page` (at most 100), `next_page`."""
    page, per_page = request.args.get("page", 1, type=int), min(request.args.get("per_page", 100, type=int), 100)
    chunk = ordered[(page - 1) * per_page:page * per_page]
    more = page * per_page < len(ordered)
    next_page = f"{request.base_url}?page={page + 1}&per_page={per_page}" if more else None
    return jsonify({name: chunk, "next_page": next_page, "previous_page": None, "count": len(ordered)})


def register_admin_routes(app: Flask, sandbox: Any) -> None:
    sandbox.webhooks = {}  # id -> webhook
    sandbox.webhook_secrets = {}  # id -> signing secret
    sandbox.triggers = {}  # id -> trigger
    trigger_ids = itertools.count(36000000000001)

    def invalid(description: str, status: int = 400):
        return jsonify(error="InvalidValue", description=description), status

    @app.get("/api/v2/webhooks")
    def list_webhooks():
        needle = request.args.get("filter[name_contains]", "").lower()
        found = [w for w in sandbox.webhooks.values() if needle in w["name"].lower()]
        return jsonify(webhooks=found, meta={"has_more": False, "after_cursor": None, "before_cursor": None},
                       links={"next": None, "prev": None})

    def check_webhook(body: Any):
        if not isinstance(body, dict):
            return "webhook is required"
        missing = [f for f in WEBHOOK_FIELDS if not body.get(f)]
        if missing:
            return f"missing {', '.join(missing)}"
        if not str(body["endpoint"]).startswith(("https://", "http://")):
            return "endpoint must be a URL"
        return None

    @app.post("/api/v2/webhooks")
    def create_webhook():
        body = (request.get_json(silent=True) or {}).get("webhook")
        problem = check_webhook(body)
        if problem:
            return invalid(problem)
        with sandbox.lock:
            webhook_id = _webhook_id()
            webhook = {**{f: body[f] for f in WEBHOOK_FIELDS}, "id": webhook_id,
                       "created_at": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")}
            if body.get("authentication"):
                webhook["authentication"] = body["authentication"]
            sandbox.webhooks[webhook_id] = webhook
            sandbox.webhook_secrets[webhook_id] = secrets.token_urlsafe(30)
        return jsonify(webhook=webhook), 201

    @app.get("/api/v2/webhooks/<webhook_id>")
    def show_webhook(webhook_id: str):
        if webhook_id not in sandbox.webhooks:
            return jsonify(errors=[{"code": "WebhookNotFound", "title": "Webhook not found"}]), 404
        return jsonify(webhook=sandbox.webhooks[webhook_id])

    @app.put("/api/v2/webhooks/<webhook_id>")
    def update_webhook(webhook_id: str):
        if webhook_id not in sandbox.webhooks:
            return jsonify(errors=[{"code": "WebhookNotFound", "title": "Webhook not found"}]), 404
        body = (request.get_json(silent=True) or {}).get("webhook")
        problem = check_webhook(body)
        if problem:
            return invalid(problem)
        if body["subscriptions"] != sandbox.webhooks[webhook_id]["subscriptions"]:
            return invalid("a webhook's connection method cannot be changed")
        with sandbox.lock:
            sandbox.webhooks[webhook_id].update({f: body[f] for f in WEBHOOK_FIELDS})
        return "", 204

    @app.delete("/api/v2/webhooks/<webhook_id>")
    def delete_webhook(webhook_id: str):
        if webhook_id not in sandbox.webhooks:
            return jsonify(errors=[{"code": "WebhookNotFound", "title": "Webhook not found"}]), 404
        users = [t for t in sandbox.triggers.values() if any(
            a.get("field") == "notification_webhook" and (a.get("value") or [None])[0] == webhook_id
            for a in t["actions"])]
        if users:
            return invalid("the webhook is used by triggers; remove them first")
        with sandbox.lock:
            del sandbox.webhooks[webhook_id]
            del sandbox.webhook_secrets[webhook_id]
        return "", 204

    @app.get("/api/v2/webhooks/<webhook_id>/signing_secret")
    def signing_secret(webhook_id: str):
        if webhook_id not in sandbox.webhooks:
            return jsonify(errors=[{"code": "WebhookNotFound", "title": "Webhook not found"}]), 404
        return jsonify(signing_secret={"algorithm": "SHA256", "secret": sandbox.webhook_secrets[webhook_id]})

    def check_trigger(body: Any):
        if not isinstance(body, dict) or not body.get("title"):
            return "trigger title is required"
        conditions = body.get("conditions")
        if not isinstance(conditions, dict) or not (conditions.get("all") or conditions.get("any")):
            return "conditions need at least one condition"
        for condition in (conditions.get("all") or []) + (conditions.get("any") or []):
            if set(condition) != {"field", "operator", "value"}:
                return f"condition {condition!r} must have field, operator and value"
        actions = body.get("actions")
        if not isinstance(actions, list) or not actions:
            return "actions are required"
        for action in actions:
            problem = action_problem(action, TRIGGER_ACTIONS)
            if problem:
                return problem
            if action.get("field") == "notification_webhook":
                value = action.get("value")
                if not (isinstance(value, list) and len(value) == 2 and value[0] in sandbox.webhooks):
                    return "notification_webhook needs [an existing webhook id, the body]"
                try:
                    json.loads(value[1])
                except (TypeError, ValueError):
                    return "the webhook body is not JSON"
        return None

    @app.get("/api/v2/triggers")
    def list_triggers():
        return offset_page("triggers", sorted(sandbox.triggers.values(), key=lambda t: t["id"]))

    @app.post("/api/v2/triggers")
    def create_trigger():
        body = (request.get_json(silent=True) or {}).get("trigger")
        problem = check_trigger(body)
        if problem:
            return jsonify(error="RecordInvalid", description=problem), 422
        with sandbox.lock:
            trigger = {"id": next(trigger_ids), "title": body["title"], "active": body.get("active", True),
                       "description": body.get("description"), "conditions": body["conditions"],
                       "actions": body["actions"], "position": len(sandbox.triggers) + 1}
            sandbox.triggers[trigger["id"]] = trigger
        return jsonify(trigger=trigger), 201

    @app.put("/api/v2/triggers/<int:trigger_id>")
    def update_trigger(trigger_id: int):
        if trigger_id not in sandbox.triggers:
            return jsonify(error="RecordNotFound", description="Not found"), 404
        body = (request.get_json(silent=True) or {}).get("trigger")
        problem = check_trigger(body)
        if problem:
            return jsonify(error="RecordInvalid", description=problem), 422
        with sandbox.lock:
            sandbox.triggers[trigger_id].update({k: body[k] for k in ("title", "active", "description", "conditions",
                                                                      "actions") if k in body})
        return jsonify(trigger=sandbox.triggers[trigger_id])

    @app.delete("/api/v2/triggers/<int:trigger_id>")
    def delete_trigger(trigger_id: int):
        if trigger_id not in sandbox.triggers:
            return jsonify(error="RecordNotFound", description="Not found"), 404
        with sandbox.lock:
            del sandbox.triggers[trigger_id]
        return "", 204

    @app.get("/api/v2/incremental/tickets/cursor.json")
    def incremental_tickets():
        """Tickets updated since start_time, oldest update first; `cursor` continues where a page ended."""
        if not sandbox.api_user_is_admin:
            # Admins only (https://developer.zendesk.com/api-reference/ticketing/ticket-management/incremental_exports/).
            return jsonify(error="Forbidden", description="You do not have access to this page. Please contact the "
                           "account owner of this help desk for further help."), 403
        # The operation declares start_time, cursor and support_type_scope only (Zendesk's OpenAPI document):
        # pages hold up to 1,000 tickets; tests shrink `sandbox.export_page_size` to exercise paging.
        per_page = getattr(sandbox, "export_page_size", 1000)
        cursor = request.args.get("cursor")
        if cursor:
            start_time, _, offset_text = cursor.partition(".")
            start, offset = int(start_time), int(offset_text or 0)
        elif request.args.get("start_time") is not None:
            start, offset = request.args.get("start_time", type=int), 0
        else:
            return invalid("start_time or cursor is required")
        with sandbox.lock:
            ordered = sorted((t for t in sandbox.tickets.values() if _epoch(t["updated_at"]) >= start),
                             key=lambda t: (t["updated_at"], t["id"]))
            chunk = [dict(t) for t in ordered[offset:offset + per_page]]
        end = offset + len(chunk)
        after = f"{start}.{end}"
        return jsonify(tickets=chunk, after_cursor=after, before_cursor=None, end_of_stream=end >= len(ordered),
                       after_url=f"{request.base_url}?cursor={after}")
