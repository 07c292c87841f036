"""The stand-in Zendesk's trigger engine: which installed triggers a ticket change fires, and the webhook body each
one sends, rendered from its placeholders as Zendesk renders them.

Only what calmdesk's triggers and macros use is modelled; a condition on any other field never matches, so a trigger
that depends on something the stand-in does not know stays silent rather than firing by accident. Actions on tags,
status, priority and type are applied (`apply_actions`, shared with the macros); an action on anything else is
refused when the trigger or macro is saved (422), as Zendesk refuses an unknown field.
The run: triggers are checked in order; after one fires, the check starts again from the top on the changed ticket,
and no trigger fires twice in one update. Notifications are rendered once the run is over (whether Zendesk renders
them before or after the other triggers' actions is unverified; after is the case a body must survive).
Sources: conditions https://developer.zendesk.com/documentation/ticketing/reference-guides/conditions-reference/
(update_type "Create"/"Change" also in ../shared/vendor/zendesk-support-api.openapi.yaml, trigger definitions),
placeholders https://support.zendesk.com/hc/en-us/articles/4408886858138 and ../shared/helpdesk-facts.md, actions
https://developer.zendesk.com/documentation/ticketing/reference-guides/actions-reference/ (`current_tags` adds,
`remove_tags` removes, `set_tags` replaces, each a space-separated list).
"""

from __future__ import annotations

import re
import uuid
from typing import Any

ROLES = {"end-user": "end_user", "agent": "agent", "admin": "admin"}
# {{ticket.requester.language}} renders the language's name, not the locale code (issue 13): calmdesk must not
# take it for a locale.
LANGUAGE_NAMES = {"en": "English", "de": "Deutsch", "fr": "Français", "es": "Español", "nl": "Nederlands",
                  "pt": "Português", "it": "Italiano", "ja": "日本語"}
_PLACEHOLDER = re.compile(r"\{\{\s*([a-z_.0-9]+)\s*\}\}")
TAG_ACTIONS = ("current_tags", "remove_tags", "set_tags")
TICKET_ACTIONS = {*TAG_ACTIONS, "status", "priority", "type"}  # what apply_actions changes on a ticket
TRIGGER_ACTIONS = TICKET_ACTIONS | {"notification_webhook"}
MACRO_ACTIONS = TICKET_ACTIONS | {"comment_value", "comment_mode_is_public"}  # a macro cannot notify a webhook


def action_problem(action: object, allowed: set[str]) -> str | None:
    """Why Zendesk would refuse this action when a trigger or macro is saved, or None."""
    if not isinstance(action, dict) or set(action) != {"field", "value"}:
        return f"action {action!r} must have field and value"
    if action["field"] not in allowed:
        return f"action field {action['field']!r} is not valid here"
    if action["field"] in TAG_ACTIONS and not (isinstance(action["value"], str) and action["value"].split()):
        return f"{action['field']} needs a space-separated list of tags"
    return None


def apply_actions(ticket: dict[str, Any], actions: list[dict[str, Any]]) -> dict[str, Any]:
    """The ticket's fields after these actions (a new dict; the comment actions are left to the caller)."""
    changed = dict(ticket, tags=list(ticket.get("tags") or []))
    for action in actions:
        field, value = action.get("field"), action.get("value")
        if field == "current_tags":
            changed["tags"] += [t for t in str(value).split() if t not in changed["tags"]]
        elif field == "remove_tags":
            changed["tags"] = [t for t in changed["tags"] if t not in str(value).split()]
        elif field == "set_tags":
            changed["tags"] = list(dict.fromkeys(str(value).split()))
        elif field in ("status", "priority", "type"):
            changed[field] = value
    return changed


def matches(trigger: dict[str, Any], change: dict[str, Any]) -> bool:
    """Whether an active trigger's conditions hold for one change: all of `all`, and one of `any` when it has any."""
    if not trigger.get("active", True):
        return False
    conditions = trigger.get("conditions") or {}
    all_ = conditions.get("all") or []
    any_ = conditions.get("any") or []
    return all(_holds(c, change) for c in all_) and (not any_ or any(_holds(c, change) for c in any_))


def _holds(condition: dict[str, Any], change: dict[str, Any]) -> bool:
    field, operator, value = condition.get("field"), condition.get("operator"), str(condition.get("value"))
    ticket = change["ticket"]
    if field == "update_type":
        actual = change["update_type"]
    elif field == "comment_is_public":
        actual = "true" if change.get("comment_public") else "false"
        if change.get("comment_public") is None:
            actual = "not_relevant"
    elif field == "role":
        actual = ROLES.get(change["actor"].get("role", ""), "")
    elif field in ("brand_id", "group_id", "status", "priority", "type"):
        actual = "" if ticket.get(field) is None else str(ticket.get(field))
    elif field == "current_tags":
        wanted, tags = set(value.split()), set(ticket.get("tags") or [])
        if operator == "includes":
            return bool(wanted & tags)
        if operator == "not_includes":
            return not wanted & tags
        return False
    else:
        return False  # a field the stand-in does not model never matches
    if operator == "is":
        return actual == value
    if operator == "is_not":
        return actual != value
    return False


def render(template: str, ticket: dict[str, Any], users: dict[int, dict[str, Any]]) -> str:
    """A webhook body with Zendesk's placeholders filled in. Values are inserted as plain text, not JSON-escaped
    (../shared/helpdesk-facts.md): a quote in a name breaks the JSON, which is why calmdesk's body carries ids."""
    requester = users.get(ticket.get("requester_id")) or {}

    def value(path: str) -> str:
        if path == "ticket.id":
            return str(ticket["id"])
        if path == "ticket.title":
            return ticket.get("subject") or ""
        if path == "ticket.status":
            return str(ticket.get("status") or "").capitalize()
        if path == "ticket.tags":
            return " ".join(ticket.get("tags") or [])
        if path == "ticket.requester.id":
            return str(requester.get("id", ""))
        if path == "ticket.requester.name":
            return requester.get("name", "")
        if path == "ticket.requester.first_name":
            return (requester.get("name") or "").split(" ")[0]
        if path == "ticket.requester.email":
            return requester.get("email", "")
        if path == "ticket.requester.language":
            code = (requester.get("locale") or "en").split("-")[0]
            return LANGUAGE_NAMES.get(code, code)
        if path == "ticket.group.id":
            return "" if ticket.get("group_id") is None else str(ticket["group_id"])
        if path == "ticket.brand.id":
            return "" if ticket.get("brand_id") is None else str(ticket["brand_id"])
        return ""  # Zendesk renders a placeholder it does not know as nothing

    return _PLACEHOLDER.sub(lambda m: value(m.group(1)), template)


def fire(sandbox: Any, ticket_id: int, update_type: str, actor_id: int, comment_public: bool | None) -> None:
    """Run the installed triggers against one ticket update: apply their actions, then queue the webhook deliveries."""
    triggers = getattr(sandbox, "triggers", None) or {}
    if not triggers:
        return
    with sandbox.lock:
        ticket = sandbox.tickets[ticket_id]
        change = {"ticket": ticket, "update_type": update_type, "actor": sandbox.users.get(actor_id) or {},
                  "comment_public": comment_public}
        fired: set[int] = set()
        notifications: list[tuple[dict[str, Any], list[Any]]] = []
        while True:
            trigger = next((t for t in sorted(triggers.values(), key=lambda t: t.get("position", 0))
                            if t["id"] not in fired and matches(t, change)), None)
            if trigger is None:
                break
            fired.add(trigger["id"])
            actions = trigger.get("actions") or []
            ticket.update(apply_actions(ticket, [a for a in actions if a.get("field") in TICKET_ACTIONS]))
            notifications += [(trigger, a["value"]) for a in actions if a.get("field") == "notification_webhook"]
        for trigger, (webhook_id, body) in notifications:
            webhook = sandbox.webhooks.get(webhook_id)
            if webhook is None or webhook.get("status") != "active":
                continue
            # Each call has its own invocation id (X-Zendesk-Webhook-Invocation-Id), kept across Zendesk's retries.
            sandbox.deliveries.append({"trigger_id": trigger["id"], "webhook_id": webhook_id,
                                       "endpoint": webhook["endpoint"], "ticket_id": ticket_id,
                                       "invocation_id": uuid.uuid4().hex, "body": render(body, ticket, sandbox.users)})
