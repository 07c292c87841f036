"""`calmdesk freshdesk install`: the automation rules that send customer messages and agents' corrections to calmdesk.

Three rules, matched by name and created or updated idempotently: "ticket updates" (type 4) for a reply the
customer sends, "ticket creation" (type 1) for the first message, and "ticket updates" for an agent adding a
feedback tag (`calmdesk_not_upset`, `calmdesk_helpful`). The tags are added by two scenario automations
("calmdesk: not upset", "calmdesk: helpful"), which Freshdesk's API v2 cannot create (it has no endpoint that writes
scenario automations): the command prints the steps to make them by hand. Each fires calmdesk's advanced JSON body
(see webhooks/freshdesk.py) with FRESHDESK_WEBHOOK_TOKEN in the X-Calmdesk-Token header. Freshdesk only offers
webhook actions on some plans, and its automations API is not documented for every account: when it refuses,
the command prints the exact steps to create the rule by hand. The token is never printed.
"""

from __future__ import annotations

import json

from calmdesk.events import FEEDBACK_TAGS, HELPFUL, NOT_UPSET
from calmdesk.helpdesks.admin_api import AdminApi, ApiRefused
from calmdesk.helpdesks.freshdesk.webhook import FEEDBACK_BODY, RULE_MARKER

TOKEN_HEADER = "X-Calmdesk-Token"  # what webhooks/freshdesk.py accepts besides basic auth
# No {{ticket.sentiment_score}}: Freshdesk has no such placeholder, it renders empty (../shared/helpdesk-facts.md).
RULE_BODY = {
    "calmdesk": "freshdesk-rule/1", "ticket_id": "{{ticket.id}}", "triggered_event": "{{triggered_event}}",
    "latest_public_comment": "{{ticket.latest_public_comment}}", "requester_id": "{{ticket.requester.id}}",
    "requester_name": "{{ticket.requester.name}}", "requester_email": "{{ticket.requester.email}}",
    "subject": "{{ticket.subject}}", "status": "{{ticket.status}}", "tags": "{{ticket.tags}}",
}
# Ticket sources a customer opens tickets from (https://developers.freshdesk.com/api/#tickets, "Source"): email,
# portal, phone, chat, feedback widget. Outbound email (10) is left out: an agent wrote that first message.
CUSTOMER_SOURCES = [1, 2, 3, 7, 9]
# Freshdesk refuses a ticket-creation rule with no conditions (400) and has no "always" condition, so the creation
# rule matches "source is any of the customer sources" (../shared/helpdesk-facts.md, issue 13).
CREATION_CONDITIONS = [{"name": "condition_set_1", "match_type": "any", "properties": [
    {"resource_type": "ticket", "field_name": "source", "operator": "in", "value": CUSTOMER_SOURCES}]}]
# The feedback rule: an agent (performer type 1) adds a tag, and the ticket then carries a feedback tag. Its body is
# what freshdesk/webhook.py reads as feedback. The tag stays on the ticket (a rule action cannot take a tag off):
# calmdesk counts one correction per note however often it hears of it, and {{ticket.tags}} says which.
# (Unverified: the API's name for the "Tag is added" event; a Freshdesk that refuses it answers 400, and the
# install then prints the steps for the rule editor, where the event is picked by its label.)
FEEDBACK_TAG_NAMES = sorted(FEEDBACK_TAGS)
FEEDBACK_RULE_BODY = {RULE_MARKER: FEEDBACK_BODY, "ticket_id": "{{ticket.id}}", "tags": "{{ticket.tags}}"}
FEEDBACK_CONDITIONS = [{"name": "condition_set_1", "match_type": "any", "properties": [
    {"resource_type": "ticket", "field_name": "tag_names", "operator": "in", "value": FEEDBACK_TAG_NAMES}]}]
FEEDBACK_RULE = "calmdesk: agent feedback"
RULES = (
    # (automation type, name, what fires it, the webhook's body): performer 2 is the requester (the customer).
    (4, "calmdesk: customer replied", {"performer": {"type": 2}, "events": [{"field_name": "reply_sent"}],
                                       "conditions": []}, RULE_BODY),
    (1, "calmdesk: ticket created", {"conditions": CREATION_CONDITIONS}, RULE_BODY),
    (4, FEEDBACK_RULE, {"performer": {"type": 1}, "events": [{"field_name": "tag_added"}],
                        "conditions": FEEDBACK_CONDITIONS}, FEEDBACK_RULE_BODY),
)
# The scenario automations agents run (Admin > Workflows > Scenario automations): each adds one tag.
SCENARIOS = {NOT_UPSET: "calmdesk: not upset", HELPFUL: "calmdesk: helpful"}
TAG_FOR = {feedback: tag for tag, feedback in FEEDBACK_TAGS.items()}
UI_TYPE = {4: "Ticket updates", 1: "Ticket creation"}
COMPARED = ("active", "actions", "performer", "events", "conditions")


def names_for(account: str) -> list[tuple[int, str, dict, dict]]:
    return [(rule_type, name + _suffix(account), trigger, body) for rule_type, name, trigger, body in RULES]


def _suffix(account: str) -> str:
    return "" if account == "default" else f" ({account})"


def rule_spec(name: str, trigger: dict, url: str, token: str, body: dict = RULE_BODY) -> dict:
    return {
        "name": name,
        "active": True,
        **trigger,
        "actions": [{
            "field_name": "trigger_webhook", "request_type": "POST", "url": url,
            "content_type": "JSON", "content_layout": "2", "content": dict(body),
            "custom_headers": {TOKEN_HEADER: token},
        }],
    }


def scenario_steps(account: str) -> str:
    """The two scenario automations, by hand: Freshdesk's API v2 only lists and runs scenarios, it cannot make one."""
    lines = ["Create the agents' feedback buttons by hand (Freshdesk's API cannot create scenario automations):"]
    for number, (feedback, title) in enumerate(SCENARIOS.items(), 1):
        lines.append(f"{number}. Admin > Workflows > Scenario automations > New scenario. Name: {title}{_suffix(account)}."
                     f" Action: Add tag {TAG_FOR[feedback]}. Available to: all agents. Save.")
    lines.append(f"An agent runs one on a ticket calmdesk flagged; the rule {FEEDBACK_RULE + _suffix(account)!r} "
                 "sends it to calmdesk.")
    return "\n".join(lines)


def find_rules(api: AdminApi, rule_type: int, name: str) -> list[dict]:
    found: list[dict] = []
    for page in range(1, 51):
        data = api.call("GET", f"/api/v2/automations/{rule_type}/rules", params={"page": page, "per_page": 100})
        if not data:
            break
        found.extend(r for r in data if r.get("name") == name)
        if len(data) < 100:
            break
    return found


def manual_steps(rule_type: int, name: str, url: str, token_env: str, body: dict = RULE_BODY) -> str:
    feedback = body is FEEDBACK_RULE_BODY
    if feedback:
        event = "   When an action performed by: Agent. Involves any of these events: Tag is added.\n"
        properties = f"Match ANY of: Tags contain {' or '.join(FEEDBACK_TAG_NAMES)}"
    elif rule_type == 4:
        event = "   When an action performed by: Customer. Involves any of these events: Reply is sent.\n"
        properties = "leave empty (calmdesk applies its own rules)"
    else:
        event = "   (ticket creation rules run on every new ticket that matches step 3)\n"
        properties = ("Match ANY of: Source is Email, Portal, Phone, Chat, Feedback Widget (Freshdesk refuses a "
                      "creation rule without a condition; calmdesk applies its own rules too)")
    return (f"Create the rule by hand in Freshdesk:\n"
            f"1. Admin > Workflows > Automations > {UI_TYPE[rule_type]} > New rule. Name: {name}\n"
            f"2.{event[2:]}"
            f"3. On tickets with these properties: {properties}.\n"
            f"4. Perform these actions: Trigger webhook. Request type POST. URL {url}\n"
            f"   Requires authentication: no. Add custom headers: {TOKEN_HEADER}: <the value of {token_env}>\n"
            f"   Encoding JSON. Content: Advanced, with exactly this body:\n"
            f"   {json.dumps(body)}\n"
            f"5. Preview and save, and make sure the rule is active.")


def install(api: AdminApi, public_url: str, account: str, token: str, token_env: str) -> dict:
    """Create or update each rule; on a refusal (4xx), print the manual steps. Returns name -> what happened
    ("created", "updated", "unchanged", or "manual" when Freshdesk refused and the steps were printed)."""
    url = public_url.rstrip("/") + "/webhooks/freshdesk" + ("" if account == "default" else f"/{account}")
    result: dict[str, str] = {}
    for rule_type, name, trigger, body in names_for(account):
        wanted = rule_spec(name, trigger, url, token, body)
        path = f"/api/v2/automations/{rule_type}/rules"
        try:
            existing = find_rules(api, rule_type, name)
            if api.dry_run:
                api.echo(f"(dry run: if a {UI_TYPE[rule_type].lower()} rule named {name!r} exists it is updated "
                         "with PUT, else created)")
                api.call("POST", path, wanted)
                continue
            if not existing:
                created = api.call("POST", path, wanted)
                result[name] = "created"
                api.echo(f"rule {name!r}: created (id {created.get('id')}) -> {url}")
                continue
            rule = existing[0]
            same = all(rule.get(k) == wanted.get(k) for k in COMPARED)
            if same:
                result[name] = "unchanged"
                api.echo(f"rule {name!r}: unchanged (id {rule['id']})")
            else:
                # Without the name: Freshdesk can refuse a PUT that repeats the rule's own name ("a rule already
                # exists with name ...", ../shared/helpdesk-facts.md); the name is what found the rule anyway.
                api.call("PUT", f"{path}/{rule['id']}", {k: v for k, v in wanted.items() if k != "name"})
                result[name] = "updated"
                api.echo(f"rule {name!r}: updated (id {rule['id']})")
        except ApiRefused as exc:
            if exc.status >= 500:
                raise
            result[name] = "manual"
            api.echo(f"Freshdesk refused the rule {name!r} ({exc}).\n" + manual_steps(rule_type, name, url, token_env,
                                                                                      body))
    api.echo(scenario_steps(account))
    return result


def uninstall(api: AdminApi, account: str) -> dict:
    """Delete every rule calmdesk installed for this account (found by name)."""
    removed = 0
    for rule_type, name, _, _ in names_for(account):
        for rule in find_rules(api, rule_type, name):
            api.call("DELETE", f"/api/v2/automations/{rule_type}/rules/{rule['id']}")
            removed += 1
            api.echo(f"rule {name!r}: deleted (id {rule['id']})")
    if not removed and not api.dry_run:
        api.echo("nothing to remove: no calmdesk automation rule found")
    return {"rules": removed}
