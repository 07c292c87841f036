"""`calmdesk zendesk install|uninstall` and `calmdesk freshdesk install` against the stand-in helpdesks."""

from __future__ import annotations

import json
import logging

import pytest
from click.testing import CliRunner

from calmdesk.config import Rules, read_config
from calmdesk.cli.freshdesk import freshdesk_group
from calmdesk.cli.zendesk import zendesk_group
from calmdesk.helpdesks.admin_api import AdminApi
from calmdesk.helpdesks.zendesk.setup import (BASE_CONDITIONS, MACRO_TITLES, TRIGGER_BODY, UPDATE_TYPES,
                                              feedback_trigger_spec, install, macro_spec, trigger_spec, uninstall,
                                              webhook_spec)
from tests.conftest import ZENDESK_TOKEN
from calmdesk.helpdesks.zendesk.webhook import normalise_zendesk_delivery

PUBLIC = "https://calmdesk.example.com"


def api_for(zendesk, dry_run=False, lines=None) -> AdminApi:
    out = lines if lines is not None else []
    return AdminApi(zendesk.url, (f"{zendesk.email}/token", ZENDESK_TOKEN), dry_run=dry_run, echo=out.append)


def calls(sandbox) -> list[tuple[str, str]]:
    return [(r.method, r.path) for r in sandbox.log.requests]


def test_install_creates_the_webhook_and_the_trigger_with_exactly_these_requests(zendesk):
    lines: list[str] = []
    result = install(api_for(zendesk, lines=lines), PUBLIC, "default", Rules(), "ZENDESK_WEBHOOK_SECRET")
    webhook_id = result["webhook_id"]
    assert calls(zendesk) == [
        ("GET", "/api/v2/webhooks"),
        ("POST", "/api/v2/webhooks"),
        ("GET", f"/api/v2/webhooks/{webhook_id}/signing_secret"),
        ("GET", "/api/v2/triggers"),
        ("POST", "/api/v2/triggers"),
        ("POST", "/api/v2/triggers"),  # the two feedback triggers
        ("POST", "/api/v2/triggers"),
        ("GET", "/api/v2/macros"),
        ("POST", "/api/v2/macros"),  # "calmdesk: not upset", "calmdesk: helpful"
        ("POST", "/api/v2/macros"),
    ]
    requests = zendesk.log.requests
    assert requests[1].json == {"webhook": {
        "name": "calmdesk", "endpoint": "https://calmdesk.example.com/webhooks/zendesk", "http_method": "POST",
        "request_format": "json", "status": "active", "subscriptions": ["conditional_ticket_events"]}}
    trigger = requests[4].json["trigger"]
    assert trigger["title"] == "calmdesk: customer replied" and trigger["active"] is True
    # A public end-user comment on a new ticket (Create) or an updated one (Change): a trigger matching only Change
    # never sees a ticket's first message, nor the follow-up ticket Zendesk opens from a reply to a closed one.
    assert trigger["conditions"] == {"all": [
        {"field": "comment_is_public", "operator": "is", "value": "true"},
        {"field": "role", "operator": "is", "value": "end_user"}], "any": [
        {"field": "update_type", "operator": "is", "value": "Create"},
        {"field": "update_type", "operator": "is", "value": "Change"}]}
    assert trigger["actions"] == [{"field": "notification_webhook", "value": [webhook_id, json.dumps(TRIGGER_BODY)]}]
    assert result["webhook"] == result["trigger"] == "created"

    secret = zendesk.webhook_secrets[webhook_id]
    assert f"    ZENDESK_WEBHOOK_SECRET={secret}" in "\n".join(lines)
    assert [r.status for r in requests] == [200, 201, 200, 200, 201, 201, 201, 200, 201, 201]
    assert result["feedback_triggers"] == result["macros"] == {"not_upset": "created", "helpful": "created"}


def test_the_trigger_body_is_what_the_webhook_endpoint_reads():
    body = json.dumps(TRIGGER_BODY)
    assert "{{ticket.requester.language}}" not in body  # renders a language name ("English"), not a locale
    for placeholder, value in (("{{ticket.id}}", "35436"), ("{{ticket.requester.id}}", "77"),
                               ("{{ticket.requester.first_name}}", "Ana"),
                               ("{{ticket.status}}", "Open"), ("{{ticket.tags}}", "vip billing")):
        body = body.replace(placeholder, value)
    event = normalise_zendesk_delivery(json.loads(body), "invocation:1")
    assert (event.ticket_id, event.requester_id, event.requester_name, event.locale, event.tags) == (
        "35436", "77", "Ana", "", ("vip", "billing"))


def test_a_second_install_changes_nothing(zendesk):
    first = install(api_for(zendesk), PUBLIC, "default", Rules(), "ZENDESK_WEBHOOK_SECRET")
    secret = zendesk.webhook_secrets[first["webhook_id"]]
    zendesk.log.requests.clear()
    lines: list[str] = []
    second = install(api_for(zendesk, lines=lines), PUBLIC, "default", Rules(), "ZENDESK_WEBHOOK_SECRET",
                     current_secret=secret)
    assert (second["webhook"], second["trigger"]) == ("unchanged", "unchanged")
    assert second["webhook_id"] == first["webhook_id"] and second["trigger_id"] == first["trigger_id"]
    assert [m for m, _ in calls(zendesk)] == ["GET", "GET", "GET", "GET"]  # webhooks, secret, triggers, macros
    assert second["feedback_triggers"] == second["macros"] == {"not_upset": "unchanged", "helpful": "unchanged"}
    assert "ZENDESK_WEBHOOK_SECRET already holds this webhook's signing secret." in lines
    assert secret not in "\n".join(lines)
    assert len(zendesk.webhooks) == 1 and len(zendesk.triggers) == 3 and len(zendesk.macros) == 2


def test_install_updates_what_differs(zendesk, tmp_path):
    first = install(api_for(zendesk), PUBLIC, "default", Rules(), "ZENDESK_WEBHOOK_SECRET")
    zendesk.log.requests.clear()
    path = tmp_path / "c.yaml"
    path.write_text("rules: {brands: {include: [10, 11]}, groups: {include: [5], exclude: [6]}, "
                    "tags: {include: [vip], exclude: [spam, calmdesk_ignore]}, channels: [email]}\n")
    rules = read_config(str(path))[0].rules
    lines: list[str] = []
    second = install(api_for(zendesk, lines=lines), "https://new.example.com/", "default", rules,
                     "ZENDESK_WEBHOOK_SECRET")
    assert (second["webhook"], second["trigger"]) == ("updated", "updated")
    assert calls(zendesk) == [
        ("GET", "/api/v2/webhooks"), ("PUT", f"/api/v2/webhooks/{first['webhook_id']}"),
        ("GET", f"/api/v2/webhooks/{first['webhook_id']}/signing_secret"),
        ("GET", "/api/v2/triggers"), ("PUT", f"/api/v2/triggers/{first['trigger_id']}"), ("GET", "/api/v2/macros")]
    assert zendesk.webhooks[first["webhook_id"]]["endpoint"] == "https://new.example.com/webhooks/zendesk"
    conditions = zendesk.triggers[first["trigger_id"]]["conditions"]
    assert conditions["all"] == BASE_CONDITIONS + [
        {"field": "group_id", "operator": "is_not", "value": "6"},
        {"field": "group_id", "operator": "is", "value": "5"},
        {"field": "current_tags", "operator": "includes", "value": "vip"},
        {"field": "current_tags", "operator": "not_includes", "value": "spam calmdesk_ignore"}]
    assert conditions["any"] == UPDATE_TYPES  # the one "any" list holds Create-or-Change, not the brands
    assert "note: rules.channels is checked by calmdesk only" in lines
    assert any(line.startswith("note: rules.brands.include is checked by calmdesk only") for line in lines)


def test_dry_run_sends_nothing_and_prints_the_requests(zendesk):
    lines: list[str] = []
    install(api_for(zendesk, dry_run=True, lines=lines), PUBLIC, "default", Rules(), "ZENDESK_WEBHOOK_SECRET")
    uninstall(api_for(zendesk, dry_run=True, lines=lines), "default")
    assert zendesk.log.requests == []
    text = "\n".join(lines)
    assert f"would send: POST {zendesk.url}/api/v2/webhooks\n" + json.dumps(
        {"webhook": webhook_spec("calmdesk", PUBLIC + "/webhooks/zendesk")}, indent=2) in text
    assert f"would send: POST {zendesk.url}/api/v2/triggers\n" + json.dumps(
        {"trigger": trigger_spec("calmdesk: customer replied", "<webhook id>", Rules())}, indent=2) in text
    assert f"would send: DELETE {zendesk.url}/api/v2/triggers/<trigger id>" in text


def test_uninstall_removes_the_trigger_then_the_webhook(zendesk):
    result = install(api_for(zendesk), PUBLIC, "default", Rules(), "ZENDESK_WEBHOOK_SECRET")
    # Someone else's trigger and webhook stay.
    other = install(api_for(zendesk), PUBLIC, "emea", Rules(), "ZENDESK_EMEA_WEBHOOK_SECRET")
    zendesk.log.requests.clear()
    mine = {t["id"] for t in zendesk.triggers.values() if not t["title"].endswith("(emea)")}
    assert uninstall(api_for(zendesk), "default") == {"triggers": 3, "macros": 2, "webhooks": 1}
    deletes = [c for c in calls(zendesk) if c[0] == "DELETE"]
    assert deletes[0] == ("DELETE", f"/api/v2/triggers/{result['trigger_id']}")
    assert {int(path.rsplit("/", 1)[1]) for _, path in deletes[:3]} == mine  # the triggers first: they use the webhook
    assert [path.split("/")[3] for _, path in deletes[3:]] == ["macros", "macros", "webhooks"]
    assert deletes[-1] == ("DELETE", f"/api/v2/webhooks/{result['webhook_id']}")
    assert list(zendesk.webhooks) == [other["webhook_id"]]
    assert sorted(t["title"] for t in zendesk.triggers.values()) == [
        "calmdesk: agent says helpful (emea)", "calmdesk: agent says not upset (emea)", "calmdesk: customer replied (emea)"]
    assert sorted(m["title"] for m in zendesk.macros.values()) == ["calmdesk: helpful (emea)",
                                                                   "calmdesk: not upset (emea)"]
    assert zendesk.webhooks[other["webhook_id"]]["endpoint"] == PUBLIC + "/webhooks/zendesk/emea"
    lines: list[str] = []
    assert uninstall(api_for(zendesk, lines=lines), "default") == {"triggers": 0, "macros": 0, "webhooks": 0}
    assert lines == ["nothing to remove: no calmdesk webhook, trigger or macro found"]


def test_the_cli_installs_prints_the_secret_once_and_never_logs_it(env, zendesk, caplog):
    caplog.set_level(logging.DEBUG)
    runner = CliRunner()
    result = runner.invoke(zendesk_group, ["install", "--public-url", PUBLIC], env={**env, "CALMDESK_CONFIG": ""})
    assert result.exit_code == 0, result.output
    (webhook_id,) = zendesk.webhooks
    secret = zendesk.webhook_secrets[webhook_id]
    assert result.output.count(secret) == 1
    assert secret not in caplog.text
    assert "done. Check the connection with `calmdesk check-config`." in result.output

    dry = runner.invoke(zendesk_group, ["uninstall", "--dry-run"], env={**env, "CALMDESK_CONFIG": ""})
    assert dry.exit_code == 0 and len(zendesk.webhooks) == 1
    gone = runner.invoke(zendesk_group, ["uninstall"], env={**env, "CALMDESK_CONFIG": ""})
    assert gone.exit_code == 0 and zendesk.webhooks == {} and zendesk.triggers == {} and zendesk.macros == {}


def test_the_cli_explains_refused_credentials(env, zendesk):
    result = CliRunner().invoke(zendesk_group, ["install", "--public-url", PUBLIC],
                                env={**env, "CALMDESK_CONFIG": "", "ZENDESK_API_TOKEN": "wrong"})
    assert result.exit_code == 1
    assert "Zendesk refused GET /api/v2/webhooks (HTTP 401): the API credentials must belong to an admin" in result.output
    bad_url = CliRunner().invoke(zendesk_group, ["install", "--public-url", "calmdesk.example.com"], env=env)
    assert bad_url.exit_code == 2 and "must be a URL like https://" in bad_url.output


@pytest.mark.parametrize("account", ["default", "emea"])
def test_each_account_gets_its_own_webhook_path(zendesk, account):
    result = install(api_for(zendesk), PUBLIC, account, Rules(), "X")
    expected = PUBLIC + "/webhooks/zendesk" + ("" if account == "default" else "/emea")
    assert zendesk.webhooks[result["webhook_id"]]["endpoint"] == expected


def test_install_creates_the_feedback_macros_and_the_triggers_that_send_them(zendesk):
    result = install(api_for(zendesk), PUBLIC, "default", Rules(), "ZENDESK_WEBHOOK_SECRET")
    posted = {r.json.get("macro", {}).get("title"): r.json["macro"] for r in zendesk.log.requests
              if (r.method, r.path) == ("POST", "/api/v2/macros")}
    assert posted == {title: macro_spec(feedback) for feedback, title in MACRO_TITLES.items()}
    assert posted["calmdesk: not upset"]["actions"] == [{"field": "current_tags", "value": "calmdesk_not_upset"}]
    assert posted["calmdesk: helpful"]["actions"] == [{"field": "current_tags", "value": "calmdesk_helpful"}]
    by_title = {t["title"]: t for t in zendesk.triggers.values()}
    trigger = by_title["calmdesk: agent says not upset"]
    assert trigger["conditions"] == {"all": [{"field": "update_type", "operator": "is", "value": "Change"},
                                             {"field": "current_tags", "operator": "includes",
                                              "value": "calmdesk_not_upset"}], "any": []}
    # The tag comes off again in the same run, so a later update does not fire it and the macro can be reapplied.
    assert trigger["actions"][0] == {"field": "remove_tags", "value": "calmdesk_not_upset"}
    assert trigger["actions"][1]["value"][0] == result["webhook_id"]


@pytest.mark.parametrize("feedback, expected", [("not_upset", "not_upset"), ("helpful", "helpful")])
def test_the_feedback_trigger_body_is_what_the_webhook_endpoint_reads(feedback, expected):
    body = json.dumps(feedback_trigger_spec(feedback, "01HX")["actions"][1]["value"][1])
    event = normalise_zendesk_delivery(json.loads(json.loads(body).replace("{{ticket.id}}", "35436")), "inv:1")
    assert (event.kind, event.ticket_id, event.feedback) == ("agent_feedback", "35436", expected)


def test_the_stand_in_refuses_the_macros_zendesk_refuses(bare_zendesk):
    zendesk = bare_zendesk
    session = requests_session(zendesk)
    url = zendesk.url + "/api/v2/macros"
    assert session.post(url, json={"title": "x"}).status_code == 400  # no "macro" root
    no_title = session.post(url, json={"macro": {"actions": [{"field": "current_tags", "value": "a"}]}})
    assert no_title.status_code == 422 and no_title.json()["error"] == "RecordInvalid"
    assert "title" in no_title.json()["details"]
    unknown = session.post(url, json={"macro": {"title": "x", "actions": [{"field": "tagz", "value": "a"}]}})
    assert unknown.status_code == 422 and "tagz" in json.dumps(unknown.json()["details"])
    webhook = session.post(url, json={"macro": {"title": "x", "actions": [
        {"field": "notification_webhook", "value": ["01H", "{}"]}]}})
    assert webhook.status_code == 422  # a macro cannot notify a webhook; only triggers can
    assert session.post(url, json={"macro": {"title": "x", "actions": []}}).status_code == 422
    assert zendesk.macros == {}
    created = session.post(url, json={"macro": {"title": "x", "actions": [{"field": "current_tags", "value": "a"}]}})
    macro_id = created.json()["macro"]["id"]
    assert session.put(f"{url}/{macro_id}", json={"macro": {"title": "", "actions": [
        {"field": "current_tags", "value": "a"}]}}).status_code == 422
    assert session.put(f"{url}/{macro_id}", json={"macro": {"title": "y"}}).status_code == 422  # actions required
    assert zendesk.macros[macro_id]["title"] == "x"
    assert session.delete(f"{url}/{macro_id}").status_code == 204
    assert session.delete(f"{url}/{macro_id}").status_code == 404 and zendesk.macros == {}


def test_applying_a_macro_shows_the_changes_and_saves_nothing(zendesk):
    install(api_for(zendesk), PUBLIC, "default", Rules(), "ZENDESK_WEBHOOK_SECRET")
    ticket = zendesk.create_ticket("Export", "Ana Ruiz", "Hello")
    zendesk.tickets[ticket]["tags"] = ["vip"]
    zendesk.deliveries.clear()  # the customer's first message
    (macro_id,) = [m["id"] for m in zendesk.macros.values() if m["title"] == "calmdesk: not upset"]
    answer = requests_session(zendesk).get(f"{zendesk.url}/api/v2/tickets/{ticket}/macros/{macro_id}/apply")
    assert answer.json()["result"]["ticket"]["tags"] == ["vip", "calmdesk_not_upset"]
    assert zendesk.tickets[ticket]["tags"] == ["vip"] and zendesk.deliveries == []


def requests_session(zendesk):
    import requests

    session = requests.Session()
    session.auth = (f"{zendesk.email}/token", ZENDESK_TOKEN)
    return session


# --- Freshdesk ---------------------------------------------------------------------------------------------------

FRESHDESK_KEY = "freshdesk-test-api-key"
FRESHDESK_TOKEN = "freshdesk-webhook-token-for-tests"


@pytest.fixture
def freshdesk():
    sandbox_module = pytest.importorskip("calmdesk.sandbox.freshdesk")
    from calmdesk.sandbox.freshdesk_admin import register_admin_routes
    from calmdesk.sandbox.serving import ServerThread

    sandbox = sandbox_module.FreshdeskSandbox(api_key=FRESHDESK_KEY)
    register_admin_routes(sandbox.app, sandbox)
    with ServerThread(sandbox.app) as server:
        sandbox.url = server.url
        yield sandbox


def freshdesk_api(freshdesk, dry_run=False, lines=None) -> AdminApi:
    out = lines if lines is not None else []
    return AdminApi(freshdesk.url, (FRESHDESK_KEY, "X"), dry_run=dry_run, echo=out.append, helpdesk="Freshdesk",
                    redact={FRESHDESK_TOKEN: "<FRESHDESK_WEBHOOK_TOKEN>"})


def test_freshdesk_install_creates_the_rules_once(freshdesk):
    from calmdesk.helpdesks.freshdesk.setup import FEEDBACK_RULE_BODY, RULE_BODY, install as install_freshdesk

    lines: list[str] = []
    result = install_freshdesk(freshdesk_api(freshdesk, lines=lines), PUBLIC, "default", FRESHDESK_TOKEN,
                               "FRESHDESK_WEBHOOK_TOKEN")
    assert result == {"calmdesk: customer replied": "created", "calmdesk: ticket created": "created",
                      "calmdesk: agent feedback": "created"}
    posts = [r for r in freshdesk.log.requests if r.method == "POST"]
    assert [r.path for r in posts] == ["/api/v2/automations/4/rules", "/api/v2/automations/1/rules",
                                       "/api/v2/automations/4/rules"]
    feedback = posts[2].json
    # An agent's private note ("Note is added", type Private) on a ticket tagged by a scenario: Freshdesk has no
    # tag event, and the stand-in refuses one as Freshdesk does (test below).
    assert (feedback["performer"], feedback["events"]) == ({"type": 1}, [{"field_name": "note_type",
                                                                          "value": "private"}])
    assert feedback["conditions"][0]["properties"][0]["value"] == ["calmdesk_helpful", "calmdesk_not_upset"]
    assert feedback["actions"][0]["content"] == FEEDBACK_RULE_BODY == {
        "calmdesk": "freshdesk-feedback/2", "ticket_id": "{{ticket.id}}", "tags": "{{ticket.tags}}",
        "note": "{{ticket.latest_private_comment}}"}
    # The scenarios agents run cannot be created through the API: their steps are printed on every install.
    text = "\n".join(lines)
    assert ("1. Admin > Workflows > Scenario automations > New scenario. Name: calmdesk: not upset. Actions: Add tag "
            "calmdesk_not_upset; then Add note, private, with exactly this text: calmdesk feedback: not upset.") in text
    assert ("2. Admin > Workflows > Scenario automations > New scenario. Name: calmdesk: helpful. Actions: Add tag "
            "calmdesk_helpful; then Add note, private, with exactly this text: calmdesk feedback: helpful.") in text
    assert posts[0].json == {
        "name": "calmdesk: customer replied", "active": True, "performer": {"type": 2},
        "events": [{"field_name": "reply_sent"}], "conditions": [],
        "actions": [{"field_name": "trigger_webhook", "request_type": "POST",
                     "url": "https://calmdesk.example.com/webhooks/freshdesk", "content_type": "JSON",
                     "content_layout": "2", "content": RULE_BODY,
                     "custom_headers": {"X-Calmdesk-Token": FRESHDESK_TOKEN}}]}

    freshdesk.log.requests.clear()
    again = install_freshdesk(freshdesk_api(freshdesk), PUBLIC, "default", FRESHDESK_TOKEN, "FRESHDESK_WEBHOOK_TOKEN")
    assert set(again.values()) == {"unchanged"}
    assert {r.method for r in freshdesk.log.requests} == {"GET"} and len(freshdesk.rules) == 3

    moved = install_freshdesk(freshdesk_api(freshdesk), "https://new.example.com", "default", FRESHDESK_TOKEN,
                              "FRESHDESK_WEBHOOK_TOKEN")
    assert set(moved.values()) == {"updated"}
    assert {r["actions"][0]["url"] for r in freshdesk.rules.values()} == {"https://new.example.com/webhooks/freshdesk"}


def test_freshdesk_dry_run_sends_nothing_and_masks_the_token(freshdesk):
    from calmdesk.helpdesks.freshdesk.setup import install as install_freshdesk

    lines: list[str] = []
    install_freshdesk(freshdesk_api(freshdesk, dry_run=True, lines=lines), PUBLIC, "default", FRESHDESK_TOKEN,
                      "FRESHDESK_WEBHOOK_TOKEN")
    assert freshdesk.log.requests == []
    text = "\n".join(lines)
    assert f"would send: POST {freshdesk.url}/api/v2/automations/4/rules" in text
    assert '"X-Calmdesk-Token": "<FRESHDESK_WEBHOOK_TOKEN>"' in text and FRESHDESK_TOKEN not in text


def test_freshdesk_refusal_prints_the_manual_steps_without_the_token(freshdesk, env):
    freshdesk.refuse_automations = 403
    result = CliRunner().invoke(freshdesk_group,
                                ["install", "--public-url", PUBLIC], env={
        **env, "CALMDESK_CONFIG": "", "FRESHDESK_URL": freshdesk.url, "FRESHDESK_API_KEY": FRESHDESK_KEY,
        "FRESHDESK_WEBHOOK_TOKEN": FRESHDESK_TOKEN})
    assert result.exit_code == 1, result.output  # not installed: the exit status says so
    assert result.output.rstrip().splitlines()[-1] == (
        "Error: Freshdesk refused 3 of 3 rules; create 'calmdesk: customer replied', 'calmdesk: ticket created', "
        "'calmdesk: agent feedback' by hand as shown above")
    out = result.output
    assert "Freshdesk refused the rule 'calmdesk: customer replied' (GET /api/v2/automations/4/rules answered HTTP 403" \
        in out
    assert "1. Admin > Workflows > Automations > Ticket updates > New rule. Name: calmdesk: customer replied" in out
    assert "When an action performed by: Customer. Involves any of these events: Reply is sent." in out
    assert "URL https://calmdesk.example.com/webhooks/freshdesk" in out
    assert "X-Calmdesk-Token: <the value of FRESHDESK_WEBHOOK_TOKEN>" in out
    assert '{"calmdesk": "freshdesk-rule/1", "ticket_id": "{{ticket.id}}"' in out
    assert "Name: calmdesk: agent feedback" in out
    assert "When an action performed by: Agent. Involves any of these events: Note is added, type Private." in out
    assert "Match ANY of: Tags contain calmdesk_helpful or calmdesk_not_upset" in out
    assert ('{"calmdesk": "freshdesk-feedback/2", "ticket_id": "{{ticket.id}}", "tags": "{{ticket.tags}}", '
            '"note": "{{ticket.latest_private_comment}}"}') in out
    assert ("Name: calmdesk: not upset. Actions: Add tag calmdesk_not_upset; then Add note, private, with exactly this "
            "text: calmdesk feedback: not upset.") in out
    assert FRESHDESK_TOKEN not in out and freshdesk.rules == {}


def freshdesk_env(env, freshdesk) -> dict:
    return {**env, "CALMDESK_CONFIG": "", "FRESHDESK_URL": freshdesk.url, "FRESHDESK_API_KEY": FRESHDESK_KEY,
            "FRESHDESK_WEBHOOK_TOKEN": FRESHDESK_TOKEN}


def test_freshdesk_refuses_a_creation_rule_without_conditions_and_the_installed_one_has_them(freshdesk):
    import requests

    from calmdesk.helpdesks.freshdesk.setup import CREATION_CONDITIONS, install as install_freshdesk, rule_spec

    bare = {**rule_spec("bare", {}, PUBLIC, "t"), "conditions": []}
    refused = requests.post(f"{freshdesk.url}/api/v2/automations/1/rules", json=bare, auth=(FRESHDESK_KEY, "X"))
    assert refused.status_code == 400 and "needs at least one condition" in refused.text
    result = install_freshdesk(freshdesk_api(freshdesk), PUBLIC, "default", FRESHDESK_TOKEN, "FRESHDESK_WEBHOOK_TOKEN")
    assert result["calmdesk: ticket created"] == "created"
    (creation,) = [r for r in freshdesk.rules.values() if r["type"] == 1]
    assert creation["conditions"] == CREATION_CONDITIONS
    assert creation["conditions"][0]["properties"][0]["value"] == [1, 2, 3, 7, 9]  # not outbound email (10)


def test_freshdesk_refuses_a_ticket_update_rule_on_an_event_it_does_not_have(freshdesk):
    """Freshdesk's ticket-update events are a fixed list with no tag event; the stand-in answers as it does."""
    import requests

    from calmdesk.helpdesks.freshdesk.setup import install as install_freshdesk, rule_spec

    def post(events: list) -> requests.Response:
        spec = rule_spec("probe", {"performer": {"type": 1}, "events": events, "conditions": []}, PUBLIC, "t")
        return requests.post(f"{freshdesk.url}/api/v2/automations/4/rules", json=spec, auth=(FRESHDESK_KEY, "X"))

    tag_event = post([{"field_name": "tag_added"}])
    assert tag_event.status_code == 400 and tag_event.json() == {"description": "Validation failed", "errors": [
        {"field": "events[:tag_added]", "message": "Unexpected/invalid field in request", "code": "invalid_field"}]}
    assert post([{"field_name": "note_type"}]).json()["errors"][0]["code"] == "missing_field"  # which notes?
    assert post([{"field_name": "note_type", "value": "internal"}]).json()["errors"][0]["code"] == "invalid_value"
    assert post([{"field_name": "reply_sent", "value": "sent"}]).status_code == 400
    assert post([{"field_name": "status"}]).json()["errors"][0]["code"] == "missing_field"  # from/to
    assert freshdesk.rules == {}
    assert post([{"field_name": "note_type", "value": "--"}]).status_code == 201  # any note

    install_freshdesk(freshdesk_api(freshdesk), PUBLIC, "default", FRESHDESK_TOKEN, "FRESHDESK_WEBHOOK_TOKEN")
    feedback_rule = next(r for r in freshdesk.rules.values() if r["name"] == "calmdesk: agent feedback")
    moved = requests.put(f"{freshdesk.url}/api/v2/automations/4/rules/{feedback_rule['id']}",
                         json={"events": [{"field_name": "tag_added"}]}, auth=(FRESHDESK_KEY, "X"))
    assert moved.status_code == 400 and feedback_rule["events"] == [{"field_name": "note_type", "value": "private"}]


def test_freshdesk_update_leaves_the_rule_name_out(freshdesk):
    import requests

    from calmdesk.helpdesks.freshdesk.setup import install as install_freshdesk

    install_freshdesk(freshdesk_api(freshdesk), PUBLIC, "default", FRESHDESK_TOKEN, "FRESHDESK_WEBHOOK_TOKEN")
    rule_id = next(r["id"] for r in freshdesk.rules.values() if r["type"] == 4)
    own_name = requests.put(f"{freshdesk.url}/api/v2/automations/4/rules/{rule_id}", auth=(FRESHDESK_KEY, "X"),
                            json={"name": "calmdesk: customer replied", "active": False})
    assert own_name.status_code == 400 and "a rule already exists with name" in own_name.text
    freshdesk.log.requests.clear()
    moved = install_freshdesk(freshdesk_api(freshdesk), "https://new.example.com", "default", FRESHDESK_TOKEN,
                              "FRESHDESK_WEBHOOK_TOKEN")
    assert set(moved.values()) == {"updated"}
    puts = [r for r in freshdesk.log.requests if r.method == "PUT"]
    assert len(puts) == 3 and all("name" not in r.json for r in puts) and all(r.status == 200 for r in puts)


def test_freshdesk_uninstall_removes_only_calmdesks_rules(freshdesk, env):
    from calmdesk.helpdesks.freshdesk.setup import install as install_freshdesk

    install_freshdesk(freshdesk_api(freshdesk), PUBLIC, "default", FRESHDESK_TOKEN, "FRESHDESK_WEBHOOK_TOKEN")
    install_freshdesk(freshdesk_api(freshdesk), PUBLIC, "emea", FRESHDESK_TOKEN, "FRESHDESK_WEBHOOK_TOKEN")
    result = CliRunner().invoke(freshdesk_group, ["uninstall"], env=freshdesk_env(env, freshdesk))
    assert result.exit_code == 0, result.output
    assert sorted(r["name"] for r in freshdesk.rules.values()) == ["calmdesk: agent feedback (emea)",
                                                                   "calmdesk: customer replied (emea)",
                                                                   "calmdesk: ticket created (emea)"]
    assert result.output.count("deleted") == 3


def test_freshdesk_install_failure_is_one_line_and_non_zero(env):
    """A URL that answers an HTML page (not the account's API): one clear line, exit 1, no HTML."""
    from flask import Flask

    from calmdesk.sandbox.serving import ServerThread

    page = Flask("not-freshdesk")
    page.add_url_rule("/<path:anything>", "page", lambda anything: ("<!doctype html><html><body>" + "x" * 5000
                                                                    + "</body></html>", 404))
    with ServerThread(page) as server:
        result = CliRunner().invoke(freshdesk_group, ["install", "--public-url", PUBLIC], env={
            **env, "CALMDESK_CONFIG": "", "FRESHDESK_URL": server.url, "FRESHDESK_API_KEY": FRESHDESK_KEY,
            "FRESHDESK_WEBHOOK_TOKEN": FRESHDESK_TOKEN})
    assert result.exit_code == 1
    assert "<html" not in result.output and "xxxxx" not in result.output
    assert "an HTML page, not an API answer" in result.output


@pytest.mark.parametrize("command", ["zendesk", "freshdesk"])
def test_a_localhost_public_url_is_warned_about(env, zendesk, freshdesk, command):

    group = zendesk_group if command == "zendesk" else freshdesk_group
    result = CliRunner().invoke(group, ["install", "--public-url", "http://localhost:8000", "--dry-run"],
                                env=freshdesk_env(env, freshdesk))
    assert result.exit_code == 0, result.output
    assert f"warning: {command.capitalize()} cannot reach localhost" in result.output


def test_a_second_install_does_not_print_the_secret_again(env, zendesk):
    runner = CliRunner()
    environ = {**env, "CALMDESK_CONFIG": "", "ZENDESK_WEBHOOK_SECRET": ""}
    first = runner.invoke(zendesk_group, ["install", "--public-url", PUBLIC], env=environ)
    (webhook_id,) = zendesk.webhooks
    secret = zendesk.webhook_secrets[webhook_id]
    assert first.exit_code == 0 and first.output.count(secret) == 1
    second = runner.invoke(zendesk_group, ["install", "--public-url", PUBLIC], env=environ)
    assert second.exit_code == 0 and secret not in second.output
    assert "ZENDESK_WEBHOOK_SECRET is not set here: run install again with --show-secret" in second.output
    shown = runner.invoke(zendesk_group, ["install", "--public-url", PUBLIC, "--show-secret"], env=environ)
    assert shown.output.count(secret) == 1


# --- the manual steps in README and docs/freshdesk.md are what the installers create --------------------------------

def _json_blocks(text: str) -> list:
    import re

    return [json.loads(block) for block in re.findall(r"```json\n(.*?)```", text, re.S)]


def test_readmes_manual_zendesk_trigger_is_what_install_creates():
    from pathlib import Path

    from calmdesk.helpdesks.zendesk.setup import (FEEDBACK_TRIGGER_TITLES, TRIGGER_TITLE, UPDATE_TYPES, feedback_body,
                                                  macro_spec)

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text()
    section = readme[readme.index("## Installing into Zendesk"):readme.index("## Freshdesk")]
    assert _json_blocks(section) == [TRIGGER_BODY, feedback_body("not_upset")]
    assert f"`{TRIGGER_TITLE}`" in section
    for feedback in FEEDBACK_TRIGGER_TITLES:
        assert f"`{FEEDBACK_TRIGGER_TITLES[feedback]}`" in section and f"`{macro_spec(feedback)['title']}`" in section
    assert json.dumps(macro_spec("not_upset")["actions"][0]) in section
    # the conditions, in Admin Center's words, one for each condition the installer sends
    words = {("comment_is_public", "true"): "Comment Is Public", ("role", "end_user"): "Current user Is (end user)",
             ("update_type", "Create"): "Ticket Is Created", ("update_type", "Change"): "Ticket Is Updated"}
    assert [words[(c["field"], c["value"])] for c in BASE_CONDITIONS] == ["Comment Is Public",
                                                                         "Current user Is (end user)"]
    assert [words[(c["field"], c["value"])] for c in UPDATE_TYPES] == ["Ticket Is Created", "Ticket Is Updated"]
    assert ("*Meet ALL*: Comment Is Public, Current user Is (end user); *Meet ANY*: Ticket Is\nCreated, Ticket Is "
            "Updated") in section
    assert "dGhpc19zZWNyZXRfaXNfZm9yX3Rlc3Rpbmdfb25seQ==" in section  # the refused public test secret is named


def test_docs_freshdesk_rules_are_what_install_creates():
    from pathlib import Path

    from calmdesk.helpdesks.freshdesk.setup import (CUSTOMER_SOURCES, FEEDBACK_RULE_BODY, RULE_BODY, SCENARIOS,
                                                    TOKEN_HEADER, names_for)
    from calmdesk.helpdesks.freshdesk.client import CHANNELS

    doc = (Path(__file__).resolve().parents[2] / "docs" / "freshdesk.md").read_text()
    assert _json_blocks(doc) == [RULE_BODY, FEEDBACK_RULE_BODY]
    for name in SCENARIOS.values():
        assert f"Name: `{name}`" in doc
    for _, name, _, _ in names_for("default"):
        assert f"Name: `{name}`" in doc
    labels = {"email": "Email", "portal": "Portal", "phone": "Phone", "chat": "Chat",
              "feedback_widget": "Feedback Widget"}
    assert "*Source is* " + ", ".join(labels[CHANNELS[s]] for s in CUSTOMER_SOURCES) in doc
    assert f"`{TOKEN_HEADER}: <the token>`" in doc
