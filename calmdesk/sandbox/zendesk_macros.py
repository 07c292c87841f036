"""The stand-in Zendesk's macros: list, create, show, update, delete, and "Show Ticket After Changes", what the agent's
form holds once a macro is applied (nothing is saved until the agent submits: a PUT of the ticket, which runs the
triggers). Shapes from CreateMacro / MacroInput / MacroApplyTicketResponse in
../shared/vendor/zendesk-support-api.openapi.yaml; the action fields it accepts are zendesk_triggers.MACRO_ACTIONS.
"""

from __future__ import annotations

import itertools
from datetime import datetime, timezone
from typing import Any

from flask import Flask, jsonify, request

from calmdesk.sandbox.zendesk_admin import offset_page
from calmdesk.sandbox.zendesk_triggers import MACRO_ACTIONS, action_problem, apply_actions

FIELDS = ("title", "actions", "active", "description", "restriction")


def _now_iso() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _not_found():
    return jsonify(error="RecordNotFound", description="Not found"), 404


def _invalid(field: str, description: str):
    # Zendesk's 422 for a record it will not save: RecordInvalid with the offending field in `details`.
    return jsonify(error="RecordInvalid", description="Record validation errors",
                   details={field: [{"description": description, "error": "InvalidValue"}]}), 422


def register_macro_routes(app: Flask, sandbox: Any) -> None:
    sandbox.macros = {}  # id -> macro
    macro_ids = itertools.count(360111062001)

    def read_body():
        """(macro fields, None) or (None, the refusal). Create and update alike need title and actions (MacroInput)."""
        body = (request.get_json(silent=True) or {}).get("macro")
        if not isinstance(body, dict):
            return None, (jsonify(error="ParameterMissing", description="param is missing or the value is empty: macro"),
                          400)
        if not isinstance(body.get("title"), str) or not body["title"].strip():
            return None, _invalid("title", "Title: cannot be blank")
        actions = body.get("actions")
        if not isinstance(actions, list) or not actions:
            return None, _invalid("actions", "Actions: cannot be blank")
        for action in actions:
            problem = action_problem(action, MACRO_ACTIONS)
            if problem:
                return None, _invalid("actions", problem)
        return {k: body[k] for k in FIELDS if k in body}, None

    def shown(macro: dict[str, Any]) -> dict[str, Any]:
        return {**macro, "url": f"{request.host_url}api/v2/macros/{macro['id']}.json"}

    @app.get("/api/v2/macros")
    def list_macros():
        return offset_page("macros", [shown(m) for m in sorted(sandbox.macros.values(), key=lambda m: m["position"])])

    @app.post("/api/v2/macros")
    def create_macro():
        fields, refusal = read_body()
        if refusal:
            return refusal
        with sandbox.lock:
            macro = {"id": next(macro_ids), "active": True, "description": None, "restriction": None, **fields,
                     "raw_title": fields["title"], "default": False, "position": len(sandbox.macros) + 1,
                     "created_at": _now_iso(), "updated_at": _now_iso()}
            sandbox.macros[macro["id"]] = macro
        return jsonify(macro=shown(macro)), 201

    @app.get("/api/v2/macros/<int:macro_id>")
    def show_macro(macro_id: int):
        macro = sandbox.macros.get(macro_id)
        return jsonify(macro=shown(macro)) if macro else _not_found()

    @app.put("/api/v2/macros/<int:macro_id>")
    def update_macro(macro_id: int):
        if macro_id not in sandbox.macros:
            return _not_found()
        fields, refusal = read_body()
        if refusal:
            return refusal
        with sandbox.lock:
            macro = sandbox.macros[macro_id]
            macro.update(fields, updated_at=_now_iso())
            macro["raw_title"] = macro["title"]
        return jsonify(macro=shown(macro))

    @app.delete("/api/v2/macros/<int:macro_id>")
    def delete_macro(macro_id: int):
        if macro_id not in sandbox.macros:
            return _not_found()
        with sandbox.lock:
            del sandbox.macros[macro_id]
        return "", 204

    @app.get("/api/v2/tickets/<int:ticket_id>/macros/<int:macro_id>/apply")
    def ticket_after_macro(ticket_id: int, macro_id: int):
        """The whole ticket as it would be with the macro applied; nothing is saved."""
        ticket, macro = sandbox.tickets.get(ticket_id), sandbox.macros.get(macro_id)
        if ticket is None or macro is None or not macro.get("active", True):
            return _not_found()
        with sandbox.lock:
            # Unset fields left out: the document's schema types them without null (group_id, assignee_id).
            after = {k: v for k, v in apply_actions(ticket, macro["actions"]).items() if v is not None}
        comment = next((a["value"] for a in macro["actions"] if a["field"] == "comment_value"), None)
        if comment is not None:
            public = next((a["value"] for a in macro["actions"] if a["field"] == "comment_mode_is_public"), True)
            after["comment"] = {"body": comment, "public": str(public).lower() != "false"}
        return jsonify(result={"ticket": after})
