"""`calmdesk freshdesk install`: the automation rules that send customer messages and agents' corrections to calmdesk.

Three rules, matched by name and created or updated idempotently: "ticket updates" (type 4) for a reply the
customer sends, "ticket creation" (type 1) for the first message, and "ticket updates" for an agent's private note on
a ticket carrying a feedback tag (`calmdesk_not_upset`, `calmdesk_helpful`). Two scenario automations ("calmdesk: not
upset", "calmdesk: helpful") add the tag and that note; Freshdesk's API v2 cannot create them (it has no endpoint
that writes scenario automations): the command prints the steps to make them by hand. Each rule fires calmdesk's
advanced JSON body
(see webhooks/freshdesk.py) with FRESHDESK_WEBHOOK_TOKEN in the X-Calmdesk-Token header. Freshdesk only offers
webhook actions on some plans, and its automations API is not documented for every account: when it refuses,
the command prints the exact steps to create the rule by hand. The token is never printed.
"""

from __future__ import annotations

import json

from calmdesk.events import FEEDBACK_TAGS, HELPFUL, NOT_UPSET
from calmdesk.helpdesks.admin_api import AdminApi, ApiRefused
from calmdesk.helpdesks.freshdesk.webhook import FEEDBACK_BODY, FEEDBACK_NOTES, RULE_MARKER

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
# The feedback rule. Freshdesk has no "tag is added" event: a ticket-update rule's events are priority, ticket_type,
# status, group_id, responder_id, note_type, reply_sent, due_by, ticket_action, time_sheet_action, customer_feedback
# and a few system ones; any other field_name is refused 400 invalid_field (Freshdesk's own code,
# github.com/Ramesh-Veeriaperumal/freshconsult: api/app/controllers/constants/admin/automation_constants.rb,
# DEFAULT_EVENT_TICKET_FIELDS; .../validations/admin/automation_rules/events/ticket_validation.rb; the observer's
# lib/va/observer/constants.rb has no tag event either). So each scenario adds its tag AND a private note, and the
# rule fires on "Note is added" (note_type, value private) performed by an agent (performer type 1), on tickets
# whose tags contain a feedback tag. A scenario's note is its runner's (Va::Action#add_comment sets User.current,
# lib/va/action.rb) and fires note_type like any agent's note (Helpdesk::Note#update_observer_events,
# app/models/helpdesk/note/callbacks.rb). The tag stays on the ticket (a rule action cannot take a tag off), so any
# later private note there, calmdesk's own included, fires the rule again: the body carries
# {{ticket.latest_private_comment}}, and freshdesk/webhook.py counts a delivery only when that note is a scenario's.
FEEDBACK_TAG_NAMES = sorted(FEEDBACK_TAGS)
FEEDBACK_RULE_BODY = {RULE_MARKER: FEEDBACK_BODY, "ticket_id": "{{ticket.id}}", "tags": "{{ticket.tags}}",
                      "note": "{{ticket.latest_private_comment}}"}
FEEDBACK_CONDITIONS = [{"name": "condition_set_1", "match_type": "any", "properties": [
    {"resource_type": "ticket", "field_name": "tag_names", "operator": "in", "value": FEEDBACK_TAG_NAMES}]}]
FEEDBACK_RULE = "calmdesk: agent feedback"
RULES = (
    # (automation type, name, what fires it, the webhook's body): performer 2 is the requester (the customer).
    (4, "calmdesk: customer replied", {"performer": {"type": 2}, "events": [{"field_name": "reply_sent"}],
                                       "conditions": []}, RULE_BODY),
    (1, "calmdesk: ticket created", {"conditions": CREATION_CONDITIONS}, RULE_BODY),
    (4, FEEDBACK_RULE, {"performer": {"type": 1}, "events": [{"field_name": "note_type", "value": "private"}],
                        "conditions": FEEDBACK_CONDITIONS}, FEEDBACK_RULE_BODY),
)
# The scenario automations agents run (Admin > Workflows > Scenario automations): each adds one tag and one private
# note ("Add note" is a scenario action: AutomationControllerMethods#get_actions offers add_comment only to
# scenarios, lib/automation_controller_methods.rb; scenarios have no "Trigger webhook" action, hence the rule).
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
                     f" Actions: Add tag {TAG_FOR[feedback]}; then Add note, private, with exactly this text: "
                     f"{FEEDBACK_NOTES[feedback]}. Available to: all agents. Save.")
    lines.append(f"An agent runs one on a ticket calmdesk flagged; its private note fires the rule "
                 f"{FEEDBACK_RULE + _suffix(account)!r}, which sends it to calmdesk. Keep the note's text as it is: "
                 "calmdesk counts only that note as a correction.")
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
        event = "   When an action performed by: Agent. Involves any of these events: Note is added, type Private.\n"
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
