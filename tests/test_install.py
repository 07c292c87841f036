"""`calmdesk zendesk install|uninstall` and `calmdesk freshdesk install` against the stand-in helpdesks."""

from __future__ import annotations

import json
import logging

import pytest
from click.testing import CliRunner

from calmdesk.config import Rules, read_config
from calmdesk.install_zendesk import (BASE_CONDITIONS, TRIGGER_BODY, AdminApi, install, trigger_spec, uninstall,
                                      webhook_spec, zendesk_group)
from tests.conftest import ZENDESK_TOKEN
from webhooks.zendesk import normalise_zendesk_delivery

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
    ]
    requests = zendesk.log.requests
    assert requests[1].json == {"webhook": {
        "name": "calmdesk", "endpoint": "https://calmdesk.example.com/webhooks/zendesk", "http_method": "POST",
        "request_format": "json", "status": "active", "subscriptions": ["conditional_ticket_events"]}}
    trigger = requests[4].json["trigger"]
    assert trigger["title"] == "calmdesk: customer replied" and trigger["active"] is True
    assert trigger["conditions"] == {"all": [
        {"field": "update_type", "operator": "is", "value": "Change"},
        {"field": "comment_is_public", "operator": "is", "value": "true"},
        {"field": "role", "operator": "is", "value": "end_user"}], "any": []}
    assert trigger["actions"] == [{"field": "notification_webhook", "value": [webhook_id, json.dumps(TRIGGER_BODY)]}]
    assert result["webhook"] == result["trigger"] == "created"

    secret = zendesk.webhook_secrets[webhook_id]
    assert f"    ZENDESK_WEBHOOK_SECRET={secret}" in "\n".join(lines)
    assert [r.status for r in requests] == [200, 201, 200, 200, 201]


def test_the_trigger_body_is_what_the_webhook_endpoint_reads():
    body = json.dumps(TRIGGER_BODY)
    for placeholder, value in (("{{ticket.id}}", "35436"), ("{{ticket.requester.id}}", "77"),
                               ("{{ticket.requester.first_name}}", "Ana"), ("{{ticket.requester.language}}", "es"),
                               ("{{ticket.status}}", "open"), ("{{ticket.tags}}", "vip billing")):
        body = body.replace(placeholder, value)
    event = normalise_zendesk_delivery(json.loads(body), "invocation:1")
    assert (event.ticket_id, event.requester_id, event.requester_name, event.locale, event.tags) == (
        "35436", "77", "Ana", "es", ("vip", "billing"))


def test_a_second_install_changes_nothing(zendesk):
    first = install(api_for(zendesk), PUBLIC, "default", Rules(), "ZENDESK_WEBHOOK_SECRET")
    secret = zendesk.webhook_secrets[first["webhook_id"]]
    zendesk.log.requests.clear()
    lines: list[str] = []
    second = install(api_for(zendesk, lines=lines), PUBLIC, "default", Rules(), "ZENDESK_WEBHOOK_SECRET",
                     current_secret=secret)
    assert (second["webhook"], second["trigger"]) == ("unchanged", "unchanged")
    assert second["webhook_id"] == first["webhook_id"] and second["trigger_id"] == first["trigger_id"]
    assert [m for m, _ in calls(zendesk)] == ["GET", "GET", "GET"]
    assert "ZENDESK_WEBHOOK_SECRET already holds this webhook's signing secret." in lines
    assert secret not in "\n".join(lines)
    assert len(zendesk.webhooks) == 1 and len(zendesk.triggers) == 1


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
        ("GET", "/api/v2/triggers"), ("PUT", f"/api/v2/triggers/{first['trigger_id']}")]
    assert zendesk.webhooks[first["webhook_id"]]["endpoint"] == "https://new.example.com/webhooks/zendesk"
    conditions = zendesk.triggers[first["trigger_id"]]["conditions"]
    assert conditions["all"] == BASE_CONDITIONS + [
        {"field": "group_id", "operator": "is_not", "value": "6"},
        {"field": "group_id", "operator": "is", "value": "5"},
        {"field": "current_tags", "operator": "includes", "value": "vip"},
        {"field": "current_tags", "operator": "not_includes", "value": "spam calmdesk_ignore"}]
    assert conditions["any"] == [{"field": "brand_id", "operator": "is", "value": "10"},
                                 {"field": "brand_id", "operator": "is", "value": "11"}]
    assert "note: rules.channels is checked by calmdesk only" in lines


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
    assert uninstall(api_for(zendesk), "default") == {"triggers": 1, "webhooks": 1}
    deletes = [c for c in calls(zendesk) if c[0] == "DELETE"]
    assert deletes == [("DELETE", f"/api/v2/triggers/{result['trigger_id']}"),
                       ("DELETE", f"/api/v2/webhooks/{result['webhook_id']}")]
    assert list(zendesk.webhooks) == [other["webhook_id"]] and list(zendesk.triggers) == [other["trigger_id"]]
    assert zendesk.webhooks[other["webhook_id"]]["endpoint"] == PUBLIC + "/webhooks/zendesk/emea"
    lines: list[str] = []
    assert uninstall(api_for(zendesk, lines=lines), "default") == {"triggers": 0, "webhooks": 0}
    assert lines == ["nothing to remove: no calmdesk webhook or trigger found"]


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
    assert gone.exit_code == 0 and zendesk.webhooks == {} and zendesk.triggers == {}


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
