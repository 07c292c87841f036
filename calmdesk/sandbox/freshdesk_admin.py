"""The stand-in Freshdesk's admin side: automation rules (what `calmdesk freshdesk install` creates) and the
ticket list with updated_since (what `calmdesk backfill` pages through). `register_admin_routes(sandbox.app,
sandbox)` adds them to a FreshdeskSandbox; set `sandbox.refuse_automations = 403` to play an account whose plan
has no automations API."""

from __future__ import annotations

import itertools
from datetime import datetime
from typing import Any

from flask import Flask, Response, jsonify, request

RULE_TYPES = (1, 3, 4)  # ticket creation, time triggers (hourly), ticket updates
# The events a ticket-update rule may name, and what each takes, as Freshdesk's automations API validates them
# (Freshdesk's own code, github.com/Ramesh-Veeriaperumal/freshconsult:
# api/app/controllers/constants/admin/automation/event/ticket_field_constants.rb, EVENT_FIELDS_HASH, and
# api/app/controllers/constants/admin/automation_constants.rb, DEFAULT_EVENT_TICKET_FIELDS + SYSTEM_EVENT_FIELDS).
# There is no tag event: tags are not among the observer's ticket events (lib/va/observer/constants.rb,
# TICKET_EVENTS). Custom dropdown and checkbox fields can be events too; this stand-in has no custom fields.
FROM_TO_EVENTS = {"priority", "ticket_type", "status", "group_id", "responder_id"}  # {"from": ..., "to": ...}
VALUE_EVENTS = {"note_type", "ticket_action", "time_sheet_action", "customer_feedback"}  # {"value": ...}
LABEL_EVENTS = {"reply_sent", "due_by", "mail_del_failed_requester", "mail_del_failed_others", "response_due",
                "resolution_due", "next_response_due"}  # the name alone
NOTE_TYPES = ("public", "private", "--")  # EVENT_NOTE_TYPE in the same file; "--" is any note
PERFORMER_TYPES = (1, 2, 3, 4)  # agent, requester, agent or requester, system (AutomationConstants)


def event_errors(events: list) -> list[dict[str, str]]:
    """Freshdesk's answer to a rule's events: an unknown field_name is an unexpected parameter (its validator
    collects it in invalid_attributes: api/app/controllers/validations/admin/automation_rules/events/
    ticket_validation.rb), answered 400 "Validation failed" with code invalid_field, in the shape every API v2
    refusal has; a known event without what it takes is missing_field, one with what it does not take invalid_value
    (Admin::Automation::EventHelper, validate_event_from_to / validate_event_value / validate_label_field_type)."""
    errors = []
    for event in events:
        name = event.get("field_name") if isinstance(event, dict) else None
        field = f"events[:{name}]"
        if name in FROM_TO_EVENTS:
            if "from" not in event or "to" not in event:
                errors.append({"field": field, "message": "from/to: It should not be blank as this is a mandatory "
                               "field", "code": "missing_field"})
        elif name in VALUE_EVENTS:
            if event.get("value") in (None, "", []):
                errors.append({"field": field, "message": "value: It should not be blank as this is a mandatory "
                               "field", "code": "missing_field"})
            elif name == "note_type" and event["value"] not in NOTE_TYPES:
                errors.append({"field": field, "message": f"It should be one of these values: "
                               f"'{','.join(NOTE_TYPES)}'", "code": "invalid_value"})
        elif name in LABEL_EVENTS:
            if any(key in event for key in ("from", "to", "value")):
                errors.append({"field": field, "message": "Unexpected/invalid field in request",
                               "code": "invalid_value"})
        else:
            errors.append({"field": field, "message": "Unexpected/invalid field in request", "code": "invalid_field"})
    return errors


def _epoch(iso: str) -> float:
    return datetime.fromisoformat(iso.replace("Z", "+00:00")).timestamp()


def register_admin_routes(app: Flask, sandbox: Any) -> None:
    sandbox.rules = {}  # id -> rule (with its "type")
    sandbox.refuse_automations = 0
    rule_ids = itertools.count(70000001)

    def check(rule_type: int, body: Any, name_required: bool = True):
        if rule_type not in RULE_TYPES:
            return "invalid automation type"
        if not isinstance(body, dict) or (name_required and not body.get("name")):
            return "name is required"
        conditions = body.get("conditions")
        if rule_type == 1 and not (isinstance(conditions, list) and conditions and all(
                isinstance(c, dict) and isinstance(c.get("properties"), list) and c["properties"]
                for c in conditions)):
            # Freshdesk refuses a ticket-creation rule without conditions (400); there is no "always" condition
            # (../shared/helpdesk-facts.md, "Automations API"; issue 13).
            return "conditions: a ticket creation rule needs at least one condition"
        if not isinstance(body.get("actions"), list) or not body["actions"]:
            return "actions are required"
        if rule_type == 4 and not (isinstance(body.get("events"), list) and body["events"]
                                   and isinstance(body.get("performer"), dict)):
            return "ticket update rules need performer and events"
        if rule_type == 4 and body["performer"].get("type") not in PERFORMER_TYPES:
            return [{"field": "performer[:type]", "message": "It should be one of these values: '1,2,3,4'",
                     "code": "invalid_value"}]
        if rule_type == 4 and event_errors(body["events"]):
            return event_errors(body["events"])
        for action in body["actions"]:
            if action.get("field_name") == "trigger_webhook":
                if not (action.get("url", "").startswith(("https://", "http://")) and action.get("request_type")
                        and action.get("content_type") and isinstance(action.get("content"), dict)):
                    return "trigger_webhook needs url, request_type, content_type and content"
        return None

    def refused():
        if sandbox.refuse_automations:
            return jsonify(code="access_denied", message="You are not authorized to perform this action."), \
                sandbox.refuse_automations
        return None

    @app.get("/api/v2/automations/<int:rule_type>/rules")
    def list_rules(rule_type: int):
        page, per_page = request.args.get("page", 1, type=int), min(request.args.get("per_page", 30, type=int), 100)
        rules = [r for r in sorted(sandbox.rules.values(), key=lambda r: r["id"]) if r["type"] == rule_type]
        response = jsonify([{k: v for k, v in r.items() if k != "type"} for r in
                            rules[(page - 1) * per_page:page * per_page]])
        if page * per_page < len(rules):
            response.headers["Link"] = f'<{request.base_url}?page={page + 1}&per_page={per_page}>; rel="next"'
        return refused() or response

    @app.post("/api/v2/automations/<int:rule_type>/rules")
    def create_rule(rule_type: int):
        body = request.get_json(silent=True)
        problem = refused() or check(rule_type, body)
        if isinstance(problem, str):
            return jsonify(description="Validation failed", errors=[{"message": problem}]), 400
        if isinstance(problem, list):
            return jsonify(description="Validation failed", errors=problem), 400
        if problem:
            return problem
        with sandbox.lock:
            rule = {**body, "id": next(rule_ids), "type": rule_type, "position": len(sandbox.rules) + 1}
            sandbox.rules[rule["id"]] = rule
        return jsonify({k: v for k, v in rule.items() if k != "type"}), 201

    @app.put("/api/v2/automations/<int:rule_type>/rules/<int:rule_id>")
    def update_rule(rule_type: int, rule_id: int):
        if rule_id not in sandbox.rules or sandbox.rules[rule_id]["type"] != rule_type:
            return Response(status=404)
        body = request.get_json(silent=True)
        problem = check(rule_type, {**sandbox.rules[rule_id], **body} if isinstance(body, dict) else body,
                        name_required=False)
        if not problem and isinstance(body, dict) and body.get("name") is not None and any(
                r["name"] == body["name"] and r["type"] == rule_type for r in sandbox.rules.values()):
            # Freshdesk refuses a PUT that repeats a rule's name, the rule's own included
            # (../shared/helpdesk-facts.md, "Automations API"; issue 13): leave the name out.
            problem = f"a rule already exists with name '{body['name']}'"
        if isinstance(problem, list):
            return jsonify(description="Validation failed", errors=problem), 400
        if problem:
            return jsonify(description="Validation failed", errors=[{"field": "name" if "name" in problem else "",
                                                                     "message": problem}]), 400
        with sandbox.lock:
            sandbox.rules[rule_id].update(body)
        return jsonify({k: v for k, v in sandbox.rules[rule_id].items() if k != "type"})

    @app.delete("/api/v2/automations/<int:rule_type>/rules/<int:rule_id>")
    def delete_rule(rule_type: int, rule_id: int):
        if rule_id not in sandbox.rules or sandbox.rules[rule_id]["type"] != rule_type:
            return Response(status=404)
        with sandbox.lock:
            del sandbox.rules[rule_id]
        return Response(status=204)

    @app.get("/api/v2/tickets")
    def list_tickets():
        """Freshdesk's list: updated_since, order_by/order_type, page/per_page (at most 100), `Link` to the next page."""
        per_page = min(request.args.get("per_page", 30, type=int), 100)
        page = request.args.get("page", 1, type=int)
        if page > 300:
            return jsonify(description="Validation failed", errors=[{"field": "page", "message": "over 300"}]), 400
        since = request.args.get("updated_since")
        with sandbox.lock:
            tickets = [dict(t) for t in sandbox.tickets.values()
                       if since is None or _epoch(t["updated_at"]) >= _epoch(since)]
        reverse = request.args.get("order_type", "desc") == "desc"
        key = request.args.get("order_by", "created_at")
        tickets.sort(key=lambda t: (t.get(key) or "", t["id"]), reverse=reverse)
        chunk = tickets[(page - 1) * per_page:page * per_page]
        response = jsonify(chunk)
        if page * per_page < len(tickets):
            args = {**request.args.to_dict(), "page": str(page + 1)}
            response.headers["Link"] = "<" + request.base_url + "?" + "&".join(f"{k}={v}" for k, v in args.items()) \
                + '>; rel="next"'
        return response
