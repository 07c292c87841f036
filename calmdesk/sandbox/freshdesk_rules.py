"""The stand-in Freshdesk's automation engine: which installed rules a ticket event fires, and the webhook each one
sends, with its advanced JSON content rendered as Freshdesk renders it.

Modelled: ticket-creation rules (type 1) with `source in [...]` conditions, ticket-update rules (type 4) on "Reply
is sent" (`reply_sent`) and "Note is added" (`note_type`, value public, private or "--" for any) performed by an
agent (performer type 1), the requester (2) or either (3), with `source` and `tag_names in [...]` conditions. A
condition on anything else never matches. Adding a tag is no event (Freshdesk's observer has none:
github.com/Ramesh-Veeriaperumal/freshconsult, lib/va/observer/constants.rb, TICKET_EVENTS), so nothing fires on it.
A note fires `note_type` for whoever wrote it, the API key's agent included (Helpdesk::Note#update_observer_events,
app/models/helpdesk/note/callbacks.rb in the same repository).
Sources: ../shared/helpdesk-facts.md ("Automations API", "Webhooks"); placeholders are JSON-escaped in an advanced
body (same file), which rendering each string value and re-serialising reproduces.
"""

from __future__ import annotations

import re
from typing import Any

_PLACEHOLDER = re.compile(r"\{\{\s*([a-z_.0-9]+)\s*\}\}")
STATUS_LABELS = {2: "Open", 3: "Pending", 4: "Resolved", 5: "Closed", 6: "Waiting on Customer"}


def _condition_holds(prop: dict[str, Any], ticket: dict[str, Any]) -> bool:
    if prop.get("resource_type") != "ticket" or prop.get("field_name") not in ("source", "tag_names"):
        return False
    values = prop.get("value") if isinstance(prop.get("value"), list) else [prop.get("value")]
    actual = set(ticket.get("tags") or []) if prop["field_name"] == "tag_names" else {ticket.get("source")}
    if prop.get("operator") == "in":
        return bool(actual & set(values))
    if prop.get("operator") == "not_in":
        return not actual & set(values)
    return False


def _conditions_hold(rule: dict[str, Any], ticket: dict[str, Any]) -> bool:
    for condition_set in rule.get("conditions") or []:
        checks = [_condition_holds(p, ticket) for p in condition_set.get("properties") or []]
        if not (any(checks) if condition_set.get("match_type") == "any" else all(checks)):
            return False
    return True


def render(content: dict[str, Any], sandbox: Any, ticket_id: int, triggered_event: str) -> dict[str, Any]:
    ticket = sandbox.tickets[ticket_id]
    requester = sandbox.contacts[ticket["requester_id"]]

    def value(path: str) -> str:
        return {
            "ticket.id": str(ticket_id), "triggered_event": triggered_event,
            "ticket.latest_public_comment": sandbox.latest_public_comment(ticket_id),
            "ticket.latest_private_comment": sandbox.latest_private_comment(ticket_id),
            "ticket.requester.id": str(ticket["requester_id"]), "ticket.requester.name": requester["name"],
            "ticket.requester.email": requester["email"], "ticket.subject": ticket["subject"],
            "ticket.description": ticket["description"], "ticket.status": STATUS_LABELS.get(ticket["status"], ""),
            "ticket.tags": ", ".join(ticket["tags"]),
        }.get(path, "")  # no such placeholder (e.g. {{ticket.sentiment_score}}): it renders empty

    return {k: _PLACEHOLDER.sub(lambda m: value(m.group(1)), v) if isinstance(v, str) else v
            for k, v in content.items()}


def _performed_by(rule: dict[str, Any], sandbox: Any, ticket: dict[str, Any], performer_id: int | None) -> bool:
    """Performer types: 1 agent, 2 requester, 3 agent or requester, 4 system."""
    performer = (rule.get("performer") or {}).get("type")
    is_agent, is_requester = performer_id in sandbox.agents, performer_id == ticket["requester_id"]
    return {1: is_agent, 2: is_requester, 3: is_agent or is_requester}.get(performer, False)


def _names_event(rule: dict[str, Any], event: str, value: str | None) -> bool:
    """Whether a ticket-update rule listens for this event: its field name, and for a note its type ("--" is any)."""
    return any(e.get("field_name") == event and (value is None or e.get("value") in (value, "--"))
               for e in rule.get("events") or [])


def fire(sandbox: Any, ticket_id: int, rule_type: int, triggered_event: str, performer_id: int | None = None,
         event: str = "reply_sent", value: str | None = None) -> None:
    """Run every active rule of one type against an event (type 4: `event` is the rule's event field name and
    `value` the note type for `note_type`), queueing the webhook calls it makes."""
    rules = getattr(sandbox, "rules", None) or {}
    ticket = sandbox.tickets[ticket_id]
    for rule in sorted(rules.values(), key=lambda r: r.get("position", 0)):
        if rule["type"] != rule_type or not rule.get("active", True) or not _conditions_hold(rule, ticket):
            continue
        if rule_type == 4:
            if not _performed_by(rule, sandbox, ticket, performer_id):
                continue
            if not _names_event(rule, event, value):
                continue
        for action in rule.get("actions") or []:
            if action.get("field_name") == "trigger_webhook":
                sandbox.deliveries.append({"rule_id": rule["id"], "url": action["url"], "ticket_id": ticket_id,
                                           "headers": dict(action.get("custom_headers") or {}),
                                           "body": render(action.get("content") or {}, sandbox, ticket_id,
                                                          triggered_event)})
