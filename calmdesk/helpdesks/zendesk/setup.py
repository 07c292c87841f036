"""`calmdesk zendesk install|uninstall`: the webhook and the trigger that send customer replies to calmdesk, and the
agents' correction loop: two macros ("calmdesk: not upset", "calmdesk: helpful") that add a tag, and one trigger per
tag that sends the feedback to calmdesk and takes the tag off again.

Idempotent: the webhook is found by name, triggers and macros by title, created when absent, updated when they
differ, left alone when they match. The signing secret is printed to the terminal once, for the admin to put
in the environment; it is never logged or stored. `--dry-run` prints each request and sends none.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlsplit


from calmdesk.config import Rules
from calmdesk.events import FEEDBACK_TAGS, HELPFUL, NOT_UPSET
from calmdesk.helpdesks.admin_api import AdminApi, InstallError
from calmdesk.helpdesks.zendesk.webhook import FEEDBACK_BODY, TRIGGER_MARKER

WEBHOOK_NAME = "calmdesk"
TRIGGER_TITLE = "calmdesk: customer replied"
# The trigger body documented in README ("Zendesk trigger body"): ids only, never free text (placeholders are not
# JSON-escaped: ../shared/helpdesk-facts.md). No locale: {{ticket.requester.language}} can render a language name
# ("English") rather than a code, so the worker reads the requester's `locale` through GET /api/v2/users/{id}.
# No brand, group, channel or subject either: the worker fetches the ticket when the rules or the note need them.
TRIGGER_BODY = {"calmdesk": "zendesk-trigger/2", "ticket_id": "{{ticket.id}}", "requester_id": "{{ticket.requester.id}}",
                "requester_name": "{{ticket.requester.first_name}}", "status": "{{ticket.status}}",
                "tags": "{{ticket.tags}}"}
# A public comment by an end user (the customer wrote) on a new ticket (update_type Create: the first message, and
# the follow-up ticket Zendesk opens when a customer replies to a closed one) or an updated one (Change). The values
# are Zendesk's: the OpenAPI document's trigger definitions list update_type "Create" (Created) and "Change"
# (Updated) (../shared/vendor/zendesk-support-api.openapi.yaml, TriggerDefinitionResponse example);
# https://developer.zendesk.com/documentation/ticketing/reference-guides/conditions-reference/
BASE_CONDITIONS = [
    {"field": "comment_is_public", "operator": "is", "value": "true"},
    {"field": "role", "operator": "is", "value": "end_user"},
]
UPDATE_TYPES = [
    {"field": "update_type", "operator": "is", "value": "Create"},
    {"field": "update_type", "operator": "is", "value": "Change"},
]
PLACEHOLDER_ID = "<webhook id>"

# The correction loop (issue 14). A macro is `{"macro": {"title", "actions": [{"field", "value"}]}}` (CreateMacro,
# MacroInput: title and actions required, in ../shared/vendor/zendesk-support-api.openapi.yaml, whose ActionObject
# says no more than `field` and `value`). The action fields are from Zendesk's actions reference
# (https://developer.zendesk.com/documentation/ticketing/reference-guides/actions-reference/): `current_tags` adds
# the tags in its value, `remove_tags` removes them; `remove_tags` is also the Tickets API's name for removing tags
# in the OpenAPI document. Not checked against a live account here: a Zendesk that refuses an action answers 422,
# and the install stops with that answer. Applying a macro only fills the agent's form: the tag reaches the ticket
# when the agent submits, an update like any other, which runs the triggers.
MACRO_TITLES = {NOT_UPSET: "calmdesk: not upset", HELPFUL: "calmdesk: helpful"}
MACRO_DESCRIPTIONS = {
    NOT_UPSET: "Tell calmdesk its note on this ticket was wrong: the customer is not upset. No further notes on this "
               "episode, and calmdesk learns from it (managed by `calmdesk zendesk install`).",
    HELPFUL: "Tell calmdesk its note on this ticket helped (managed by `calmdesk zendesk install`).",
}
FEEDBACK_TRIGGER_TITLES = {NOT_UPSET: "calmdesk: agent says not upset", HELPFUL: "calmdesk: agent says helpful"}
TAG_FOR = {feedback: tag for tag, feedback in FEEDBACK_TAGS.items()}


def feedback_body(feedback: str) -> dict:
    """The feedback trigger's body (read by zendesk/webhook.py). The tag is written in, not `{{ticket.tags}}`: the
    same trigger removes the tag, and whether Zendesk renders a notification before or after its trigger's other
    actions is unverified; a literal tag is right either way (the stand-in renders after the run, the harder case)."""
    return {TRIGGER_MARKER: FEEDBACK_BODY, "ticket_id": "{{ticket.id}}", "tags": TAG_FOR[feedback]}


def names_for(account: str) -> tuple[str, str]:
    """The webhook's name and the trigger's title: one pair per calmdesk account."""
    return WEBHOOK_NAME + _suffix(account), TRIGGER_TITLE + _suffix(account)


def _suffix(account: str) -> str:
    return "" if account == "default" else f" ({account})"


def macro_spec(feedback: str, account: str = "default") -> dict:
    return {"title": MACRO_TITLES[feedback] + _suffix(account), "active": True,
            "description": MACRO_DESCRIPTIONS[feedback],
            "actions": [{"field": "current_tags", "value": TAG_FOR[feedback]}]}


def feedback_trigger_spec(feedback: str, webhook_id: str, account: str = "default") -> dict:
    """On an update (Change) that leaves the macro's tag on the ticket: take the tag off and notify calmdesk.

    Zendesk's trigger conditions have no "tag was added"; "Tags contain at least one of" (`current_tags`
    `includes`) plus the removal is the same thing: the tag is on the ticket only between the agent's submit and
    this trigger, so a later update does not fire it again, and the agent can apply the macro again another day.
    """
    tag = TAG_FOR[feedback]
    return {
        "title": FEEDBACK_TRIGGER_TITLES[feedback] + _suffix(account),
        "active": True,
        "description": f"Sends the macro {MACRO_TITLES[feedback] + _suffix(account)!r} to calmdesk and removes its tag "
                       "(managed by `calmdesk zendesk install`; edits are overwritten on the next install).",
        "conditions": {"all": [{"field": "update_type", "operator": "is", "value": "Change"},
                               {"field": "current_tags", "operator": "includes", "value": tag}], "any": []},
        "actions": [{"field": "remove_tags", "value": tag},
                    {"field": "notification_webhook", "value": [webhook_id, json.dumps(feedback_body(feedback))]}],
    }


def webhook_spec(name: str, endpoint: str) -> dict:
    return {"name": name, "endpoint": endpoint, "http_method": "POST", "request_format": "json", "status": "active",
            "subscriptions": ["conditional_ticket_events"]}


def rule_conditions(rules: Rules) -> tuple[list[dict], list[dict], list[str]]:
    """(all, any, notes): the rules' filters Zendesk can apply itself; calmdesk's own check stays authoritative.

    Zendesk has one "any" list per trigger, and it holds the update types (Create or Change), so a multi-valued
    include list is left to calmdesk, as are the channels (Zendesk's via ids differ from calmdesk's names): the
    worker reads the ticket's brand, group and channel before applying them.
    """
    all_, any_, notes = [], list(UPDATE_TYPES), []
    for name, field_name, flt in (("brands", "brand_id", rules.brands), ("groups", "group_id", rules.groups)):
        all_.extend({"field": field_name, "operator": "is_not", "value": str(v)} for v in flt.exclude)
        if len(flt.include) == 1:
            all_.append({"field": field_name, "operator": "is", "value": str(flt.include[0])})
        elif flt.include:
            notes.append(f"rules.{name}.include is checked by calmdesk only (a trigger has one 'any' list, which "
                         "holds the update types)")
    if rules.tags.include:
        all_.append({"field": "current_tags", "operator": "includes", "value": " ".join(rules.tags.include)})
    if rules.tags.exclude:
        all_.append({"field": "current_tags", "operator": "not_includes", "value": " ".join(rules.tags.exclude)})
    if rules.channels.active:
        notes.append("rules.channels is checked by calmdesk only")
    return all_, any_, notes


def trigger_spec(title: str, webhook_id: str, rules: Rules) -> dict:
    all_, any_, _ = rule_conditions(rules)
    return {
        "title": title,
        "active": True,
        "description": "Sends customer replies to calmdesk (managed by `calmdesk zendesk install`; edits are "
                       "overwritten on the next install).",
        "conditions": {"all": BASE_CONDITIONS + all_, "any": any_},
        "actions": [{"field": "notification_webhook",
                     "value": [webhook_id, json.dumps(TRIGGER_BODY)]}],
    }


def _same(existing: dict, wanted: dict, keys) -> bool:
    return all(existing.get(k) == wanted.get(k) for k in keys)


def _normalised_conditions(conditions: dict | None) -> dict:
    conditions = conditions or {}
    return {part: [{k: str(c.get(k)) for k in ("field", "operator", "value")} for c in conditions.get(part) or []]
            for part in ("all", "any")}


def find_webhooks(api: AdminApi, name: str) -> list[dict]:
    data = api.call("GET", "/api/v2/webhooks", params={"filter[name_contains]": name})
    return [w for w in (data or {}).get("webhooks", []) if w.get("name") == name]


def find_triggers(api: AdminApi, title: str) -> list[dict]:
    return _find_by_title(api, "triggers", title)


def find_macros(api: AdminApi, title: str) -> list[dict]:
    return _find_by_title(api, "macros", title)


def _find_by_title(api: AdminApi, kind: str, title: str) -> list[dict]:
    return [t for t in _list_all(api, kind) if t.get("title") == title]


def _list_all(api: AdminApi, kind: str) -> list[dict]:
    """Every trigger or macro: both lists page by `per_page` and `next_page` (offset paging)."""
    found, path, params = [], f"/api/v2/{kind}", {"per_page": 100}
    for _ in range(50):  # at most 5,000
        data = api.call("GET", path, params=params)
        if data is None:
            return found
        found.extend(data.get(kind, []))
        next_page = data.get("next_page")
        if not next_page:
            break
        parts = urlsplit(next_page)
        path, params = parts.path, dict(p.split("=", 1) for p in parts.query.split("&") if "=" in p)
    return found


def install(api: AdminApi, public_url: str, account: str, rules: Rules, secret_env: str,
            current_secret: str = "", show_secret: bool = False) -> dict:
    """Create or update the webhook, the triggers and the macros; return what was done (ids and
    'created'/'updated'/'unchanged'; `feedback_triggers` and `macros` map "not_upset"/"helpful" to theirs)."""
    echo = api.echo
    webhook_name, trigger_title = names_for(account)
    endpoint = public_url.rstrip("/") + "/webhooks/zendesk" + ("" if account == "default" else f"/{account}")
    wanted = webhook_spec(webhook_name, endpoint)
    result: dict[str, Any] = {}

    existing = find_webhooks(api, webhook_name)
    if api.dry_run:
        echo(f"(dry run: if a webhook named {webhook_name!r} exists it is updated with PUT, else created)")
        api.call("POST", "/api/v2/webhooks", {"webhook": wanted})
        webhook_id = PLACEHOLDER_ID
    elif not existing:
        webhook_id = api.call("POST", "/api/v2/webhooks", {"webhook": wanted})["webhook"]["id"]
        result["webhook"] = "created"
        echo(f"webhook {webhook_name!r}: created (id {webhook_id}) -> {endpoint}")
    else:
        webhook = existing[0]
        webhook_id = webhook["id"]
        if webhook.get("subscriptions") != wanted["subscriptions"]:
            raise InstallError(f"the webhook {webhook_name!r} ({webhook_id}) is subscribed to Zendesk events, and a "
                               "webhook's connection method cannot change: rename or delete it, then run install again")
        if _same(webhook, wanted, ("endpoint", "http_method", "request_format", "status")):
            result["webhook"] = "unchanged"
            echo(f"webhook {webhook_name!r}: unchanged (id {webhook_id}) -> {endpoint}")
        else:
            api.call("PUT", f"/api/v2/webhooks/{webhook_id}", {"webhook": wanted})
            result["webhook"] = "updated"
            echo(f"webhook {webhook_name!r}: updated (id {webhook_id}) -> {endpoint}")
        if len(existing) > 1:
            echo(f"note: {len(existing)} webhooks are named {webhook_name!r}; calmdesk manages {webhook_id}")
    result["webhook_id"] = webhook_id

    secret = api.call("GET", f"/api/v2/webhooks/{webhook_id}/signing_secret")
    if secret is not None:
        value = secret["signing_secret"]["secret"]
        if current_secret and current_secret == value:
            echo(f"{secret_env} already holds this webhook's signing secret.")
        elif result.get("webhook") == "created" or show_secret:
            # The one place a secret is shown: a new webhook's, or on --show-secret; on the admin's own terminal,
            # never logged. A re-run does not print it again.
            echo(f"Put this webhook's signing secret in the environment of every calmdesk process, then restart:\n"
                 f"    {secret_env}={value}\n"
                 f"(calmdesk refuses deliveries until it is set)")
            result["secret_shown"] = True
        else:
            state = "not set" if not current_secret else "set to another value"
            echo(f"{secret_env} is {state} here: run install again with --show-secret to print the webhook's "
                 "signing secret, or reveal it on the webhook's page in Admin Center")

    for note in rule_conditions(rules)[2]:
        echo(f"note: {note}")
    triggers = _list_all(api, "triggers")  # one listing for the three triggers
    result["trigger"], result["trigger_id"] = _ensure(api, "trigger", trigger_spec(trigger_title, webhook_id, rules),
                                                      triggers, _same_trigger)
    # The correction loop: a trigger per feedback tag (it needs the webhook), then the macros agents apply.
    result["feedback_triggers"], result["macros"] = {}, {}
    for feedback in MACRO_TITLES:
        result["feedback_triggers"][feedback] = _ensure(
            api, "trigger", feedback_trigger_spec(feedback, webhook_id, account), triggers, _same_trigger)[0]
    macros = _list_all(api, "macros")
    for feedback in MACRO_TITLES:
        result["macros"][feedback] = _ensure(api, "macro", macro_spec(feedback, account), macros, _same_macro)[0]
    return result


def _same_trigger(existing: dict, wanted: dict) -> bool:
    return (_normalised_conditions(existing.get("conditions")) == _normalised_conditions(wanted["conditions"])
            and existing.get("actions") == wanted["actions"] and existing.get("active") is True)


def _same_macro(existing: dict, wanted: dict) -> bool:
    return _same(existing, wanted, ("actions", "active", "description"))


def _ensure(api: AdminApi, kind: str, wanted: dict, listed: list[dict], same) -> tuple[str, Any]:
    """Create a trigger or macro found by its title among `listed`, update it when it differs:
    ('created'|'updated'|'unchanged', id)."""
    title, path = wanted["title"], f"/api/v2/{kind}s"
    found = [t for t in listed if t.get("title") == title]
    if api.dry_run:
        api.echo(f"(dry run: if a {kind} titled {title!r} exists it is updated with PUT, else created)")
        api.call("POST", path, {kind: wanted})
        return "dry run", None
    if not found:
        created = api.call("POST", path, {kind: wanted})[kind]
        api.echo(f"{kind} {title!r}: created (id {created['id']})")
        return "created", created["id"]
    existing = found[0]
    if same(existing, wanted):
        api.echo(f"{kind} {title!r}: unchanged (id {existing['id']})")
        return "unchanged", existing["id"]
    api.call("PUT", f"{path}/{existing['id']}", {kind: wanted})
    api.echo(f"{kind} {title!r}: updated (id {existing['id']})")
    return "updated", existing["id"]


def uninstall(api: AdminApi, account: str) -> dict:
    """Delete the triggers first (Zendesk keeps a webhook that a trigger uses), the macros, then the webhook."""
    webhook_name, trigger_title = names_for(account)
    trigger_titles = [trigger_title] + [t + _suffix(account) for t in FEEDBACK_TRIGGER_TITLES.values()]
    macro_titles = [t + _suffix(account) for t in MACRO_TITLES.values()]
    removed = {"triggers": 0, "macros": 0, "webhooks": 0}
    if api.dry_run:
        api.echo(f"(dry run: each trigger titled {' or '.join(map(repr, trigger_titles))}, each macro titled "
                 f"{' or '.join(map(repr, macro_titles))} and the webhook named {webhook_name!r} are deleted)")
        find_triggers(api, trigger_title)
        api.call("DELETE", "/api/v2/triggers/<trigger id>")
        find_macros(api, macro_titles[0])
        api.call("DELETE", "/api/v2/macros/<macro id>")
        find_webhooks(api, webhook_name)
        api.call("DELETE", f"/api/v2/webhooks/{PLACEHOLDER_ID}")
        return removed
    for kind, titles in (("trigger", trigger_titles), ("macro", macro_titles)):
        listed = _list_all(api, f"{kind}s")
        for title in titles:
            for found in (t for t in listed if t.get("title") == title):
                api.call("DELETE", f"/api/v2/{kind}s/{found['id']}")
                removed[f"{kind}s"] += 1
                api.echo(f"{kind} {title!r}: deleted (id {found['id']})")
    for webhook in find_webhooks(api, webhook_name):
        api.call("DELETE", f"/api/v2/webhooks/{webhook['id']}")
        removed["webhooks"] += 1
        api.echo(f"webhook {webhook_name!r}: deleted (id {webhook['id']})")
    if not any(removed.values()):
        api.echo("nothing to remove: no calmdesk webhook, trigger or macro found")
    return removed


__all__ = ["install", "uninstall", "AdminApi", "trigger_spec", "webhook_spec", "macro_spec", "feedback_trigger_spec",
           "TRIGGER_BODY"]
