"""`calmdesk zendesk install|uninstall`: the webhook and the trigger that send customer replies to calmdesk.

Idempotent: the webhook is found by name and the trigger by title, created when absent, updated when they
differ, left alone when they match. The signing secret is printed to the terminal once, for the admin to put
in the environment; it is never logged or stored. `--dry-run` prints each request and sends none.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlsplit


from calmdesk.config import Rules
from calmdesk.helpdesks.admin_api import AdminApi, InstallError

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


def names_for(account: str) -> tuple[str, str]:
    """The webhook's name and the trigger's title: one pair per calmdesk account."""
    if account == "default":
        return WEBHOOK_NAME, TRIGGER_TITLE
    return f"{WEBHOOK_NAME} ({account})", f"{TRIGGER_TITLE} ({account})"


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
    found, path, params = [], "/api/v2/triggers", {"per_page": 100}
    for _ in range(50):  # at most 5,000 triggers
        data = api.call("GET", path, params=params)
        if data is None:
            return found
        found.extend(t for t in data.get("triggers", []) if t.get("title") == title)
        next_page = data.get("next_page")
        if not next_page:
            break
        parts = urlsplit(next_page)
        path, params = parts.path, dict(p.split("=", 1) for p in parts.query.split("&") if "=" in p)
    return found


def install(api: AdminApi, public_url: str, account: str, rules: Rules, secret_env: str,
            current_secret: str = "", show_secret: bool = False) -> dict:
    """Create or update the webhook and the trigger; return what was done (ids and 'created'/'updated'/'unchanged')."""
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

    wanted_trigger = trigger_spec(trigger_title, webhook_id, rules)
    for note in rule_conditions(rules)[2]:
        echo(f"note: {note}")
    triggers = find_triggers(api, trigger_title)
    if api.dry_run:
        echo(f"(dry run: if a trigger titled {trigger_title!r} exists it is updated with PUT, else created)")
        api.call("POST", "/api/v2/triggers", {"trigger": wanted_trigger})
        return result
    if not triggers:
        trigger = api.call("POST", "/api/v2/triggers", {"trigger": wanted_trigger})["trigger"]
        result["trigger"] = "created"
        echo(f"trigger {trigger_title!r}: created (id {trigger['id']})")
    else:
        trigger = triggers[0]
        same = (_normalised_conditions(trigger.get("conditions")) == _normalised_conditions(wanted_trigger["conditions"])
                and trigger.get("actions") == wanted_trigger["actions"] and trigger.get("active") is True)
        if same:
            result["trigger"] = "unchanged"
            echo(f"trigger {trigger_title!r}: unchanged (id {trigger['id']})")
        else:
            api.call("PUT", f"/api/v2/triggers/{trigger['id']}", {"trigger": wanted_trigger})
            result["trigger"] = "updated"
            echo(f"trigger {trigger_title!r}: updated (id {trigger['id']})")
    result["trigger_id"] = trigger["id"]
    return result


def uninstall(api: AdminApi, account: str) -> dict:
    """Delete the trigger first (Zendesk keeps a webhook that a trigger uses), then the webhook."""
    webhook_name, trigger_title = names_for(account)
    removed = {"triggers": 0, "webhooks": 0}
    if api.dry_run:
        api.echo(f"(dry run: each trigger titled {trigger_title!r} and webhook named {webhook_name!r} is deleted)")
        find_triggers(api, trigger_title)
        api.call("DELETE", "/api/v2/triggers/<trigger id>")
        find_webhooks(api, webhook_name)
        api.call("DELETE", f"/api/v2/webhooks/{PLACEHOLDER_ID}")
        return removed
    for trigger in find_triggers(api, trigger_title):
        api.call("DELETE", f"/api/v2/triggers/{trigger['id']}")
        removed["triggers"] += 1
        api.echo(f"trigger {trigger_title!r}: deleted (id {trigger['id']})")
    for webhook in find_webhooks(api, webhook_name):
        api.call("DELETE", f"/api/v2/webhooks/{webhook['id']}")
        removed["webhooks"] += 1
        api.echo(f"webhook {webhook_name!r}: deleted (id {webhook['id']})")
    if not any(removed.values()):
        api.echo("nothing to remove: no calmdesk webhook or trigger found")
    return removed


__all__ = ["install", "uninstall", "AdminApi", "trigger_spec", "webhook_spec", "TRIGGER_BODY"]
