"""The OpenAPI contract: drive every Zendesk call calmdesk makes (install, note, tags, follow-up task and its close,
requester, check-config, backfill, uninstall) against the stand-in and check each request against Zendesk's own
document (tests/contract/). The `zendesk` fixture checks every other test's requests the same way."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone

import pytest
from click.testing import CliRunner

from calmdesk.cli.backfill import backfill_command
from calmdesk.cli.check_config import check_config_command
from calmdesk.config import Filter, Rules
from calmdesk.helpdesks.admin_api import AdminApi
from calmdesk.helpdesks.zendesk.setup import install, uninstall
from tests.conftest import ZENDESK_TOKEN, agent_applies_macro, post_zendesk, run_worker_burst
from tests.contract.zendesk_contract import (OUTSIDE_THE_DOCUMENT, match, operations, response_violations,
                                             violations)
from tests.worker_processes import run_scheduled_now
from worker import followups

UPSET = ("This is the third time I'm writing about order #48213. It is still not here, nobody answers, "
         "and frankly this is unacceptable. I want a manager to call me today.")


def test_every_zendesk_call_calmdesk_makes_is_defined_by_zendesks_document(client, zendesk, env, redis, tmp_path):
    config = tmp_path / "calmdesk.yaml"
    config.write_text("rules: {bump_priority: {levels: [very_negative, negative], to: urgent}}\n")
    env = {**env, "CALMDESK_CONFIG": str(config)}
    api = AdminApi(zendesk.url, (f"{zendesk.email}/token", ZENDESK_TOKEN), echo=lambda line: None)
    install(api, "https://calmdesk.example.com", "default", Rules(), "ZENDESK_WEBHOOK_SECRET")
    next(iter(zendesk.macros.values()))["description"] = "edited by hand"  # put back by the next install
    moved = Rules(tags=Filter(exclude=("spam",)))
    install(api, "https://moved.example.com", "default", moved, "ZENDESK_WEBHOOK_SECRET")  # the PUTs
    ticket = zendesk.create_ticket("Where is my order?", "Dana Whitfield", "Where is order #48213?")
    comment = zendesk.customer_says(ticket, UPSET)
    event = zendesk.comment_added_event(ticket, comment)
    event["detail"]["requester_id"] = ""  # so the worker looks the requester up
    assert post_zendesk(client, event).status_code == 202
    run_worker_burst(env)  # note, tags, priority, follow-up task
    agent_applies_macro(zendesk, ticket, "calmdesk: helpful")  # the agent's side of the correction loop
    zendesk.tickets[ticket]["status"] = "solved"
    (record,) = followups.listing(redis)
    followups.save(redis, replace(record, due_at=(datetime.now(timezone.utc) - timedelta(minutes=1)).isoformat()))
    run_scheduled_now(redis, only=[f"followup-{record.id}"])
    run_worker_burst(env)  # closes the task
    assert followups.load(redis, record.id).state == followups.CLOSED
    assert CliRunner().invoke(check_config_command, [], env={**env, "FRESHDESK_URL": "", "FRESHDESK_API_KEY": "",
                                                             "FRESHDESK_WEBHOOK_TOKEN": ""}).exit_code == 0
    assert CliRunner().invoke(backfill_command, ["--since", "1d"], env=env).exit_code == 0
    uninstall(api, "default")

    requests = list(zendesk.log.requests)
    problems = [p for r in requests for p in violations(r.method, r.path, r.query, r.json)]
    assert problems == []
    # and the stand-in answers in the shapes the document gives Zendesk's answers
    assert sum(r.response is not None for r in requests if r.method == "GET") >= 10
    answers = [p for r in requests if 200 <= r.status < 300 for p in response_violations(r.method, r.path, r.status,
                                                                                         r.response)]
    assert answers == [], "\n".join(dict.fromkeys(answers))
    covered = {match(r.method, r.path) for r in requests}
    listed = set(operations()) | set(OUTSIDE_THE_DOCUMENT)
    assert covered == listed, f"listed but not made: {sorted(listed - covered)}; made: {sorted(covered - listed)}"


@pytest.mark.parametrize("method, path, query, body, complaint", [
    ("GET", "/api/v2/tickets/1/comments", {"sort": ["-created_at"]}, None, "'sort' is not declared"),
    ("GET", "/api/v2/incremental/tickets/cursor.json", {"per_page": ["1000"]}, None, "'per_page' is not declared"),
    ("GET", "/api/v2/users/1", {"include": ["x"], "page": ["two"]}, None, "'page' is not declared"),
    ("PUT", "/api/v2/tickets/1", {}, {"ticket": {"comment": {"html": "<p>x</p>", "public": False}}},
     "'html' was unexpected"),
    ("PUT", "/api/v2/tickets/1", {}, {"ticket": {"priority": "urgent", "due_at": 5}}, "is not of type"),
    ("POST", "/api/v2/triggers", {}, {"trigger": {"title": "t"}}, '"actions" is a required property'),
    ("POST", "/api/v2/tickets/1/notes", {}, {"body": "x"}, "no such operation"),
    ("GET", "/api/v2/users/../tickets", {}, None, "no such operation"),
    ("PATCH", "/api/v2/tickets/1", {}, {"ticket": {}}, "no such operation"),
    ("GET", "/api/v2/webhooks", {"page[size]": ["5"]}, None, "not one calmdesk checked"),
])
def test_the_contract_refuses_what_zendesk_does_not_define(method, path, query, body, complaint):
    problems = violations(method, path, query, body)
    assert problems and any(complaint in p for p in problems), problems


def test_the_contract_refuses_answers_zendesk_would_not_give():
    assert response_violations("GET", "/api/v2/tickets/1", 200, {"ticket": {"id": "1003", "status": "opened"}})
    assert response_violations("GET", "/api/v2/users/me", 200, {"user": {"id": 5, "role": 7}})
    assert response_violations("GET", "/api/v2/tickets/1", 200, {"ticket": {"id": 1003, "type": None}}) == []
