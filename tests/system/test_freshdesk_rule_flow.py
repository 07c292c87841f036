"""What `calmdesk freshdesk install` creates, run by the stand-in Freshdesk's automation engine: a new ticket and a
customer reply reach calmdesk with the exact body the installed rules render; calmdesk's own child ticket, which
also matches the creation rule, is not analysed."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from urllib.parse import urlsplit

import pytest

from calmdesk.helpdesks.freshdesk.setup import install
from calmdesk.helpdesks.admin_api import AdminApi
from calmdesk.sandbox.freshdesk import FreshdeskSandbox
from calmdesk.sandbox.freshdesk_admin import register_admin_routes
from calmdesk.sandbox.serving import ServerThread
from calmdesk.settings import load_settings
from tests.conftest import FRESHDESK_API_KEY, FRESHDESK_WEBHOOK_TOKEN, run_worker_burst
from webhooks.app import create_app
from calmdesk.helpdesks.freshdesk.client import FreshdeskClient

UPSET = ("This is the third time I'm writing about order #48213. It is still not here, nobody answers, "
         "and frankly this is unacceptable. I want a manager to call me today.")


@pytest.fixture
def installed(env, redis):
    sandbox = FreshdeskSandbox(api_key=FRESHDESK_API_KEY)
    register_admin_routes(sandbox.app, sandbox)
    with ServerThread(sandbox.app) as server:
        sandbox.url = server.url
        api = AdminApi(sandbox.url, (FRESHDESK_API_KEY, "X"), echo=lambda line: None, helpdesk="Freshdesk")
        assert set(install(api, "https://calmdesk.example.com", "default", FRESHDESK_WEBHOOK_TOKEN,
                           "FRESHDESK_WEBHOOK_TOKEN").values()) == {"created"}
        environ = {**env, "FRESHDESK_URL": sandbox.url}
        client = create_app({"TESTING": True, "CALMDESK_SETTINGS": load_settings(environ)}).test_client()
        yield sandbox, client, environ


def deliver_all(client, sandbox) -> list[int]:
    statuses = []
    for delivery in sandbox.deliveries:
        statuses.append(client.post(urlsplit(delivery["url"]).path, json=delivery["body"],
                                    headers=delivery["headers"]).status_code)
    sandbox.deliveries.clear()
    return statuses


def test_a_new_ticket_fires_the_installed_creation_rule_and_gets_a_note(installed):
    sandbox, client, env = installed
    ticket = sandbox.create_ticket("Where is my order?", "Dana Whitfield", UPSET)  # by email (source 1)
    (delivery,) = sandbox.deliveries
    assert delivery["body"]["triggered_event"] == "{ticket_action:created}" and "sentiment" not in delivery["body"]
    assert deliver_all(client, sandbox) == [202]
    run_worker_burst(env)
    notes = sandbox.notes(ticket)
    assert len(notes) == 1 and "third time" in notes[0]["body"]


def test_a_customer_reply_fires_the_update_rule_but_an_agent_reply_does_not(installed):
    sandbox, client, env = installed
    ticket = sandbox.create_ticket("Export fails", "Priya Natarajan", "Hello, the export fails.")
    sandbox.deliveries.clear()
    sandbox.agent_replies(ticket, "Looking into it.")
    assert sandbox.deliveries == []
    sandbox.customer_says(ticket, UPSET)
    assert [d["body"]["triggered_event"] for d in sandbox.deliveries] == ["{reply_sent:sent}"]
    assert deliver_all(client, sandbox) == [202]
    run_worker_burst(env)
    assert len(sandbox.notes(ticket)) == 1


def test_an_outbound_email_ticket_does_not_match_the_creation_rule(installed):
    sandbox, _, _ = installed
    sandbox.create_ticket("Your order", "Ola Brandt", "We wrote to you first.", source=10)
    assert sandbox.deliveries == []


def test_calmdesks_own_child_ticket_matches_the_rule_and_is_ignored(installed):
    sandbox, client, _ = installed
    ticket = sandbox.create_ticket("Where is my order?", "Dana Whitfield", "Where?")
    sandbox.deliveries.clear()
    api_client = FreshdeskClient(sandbox.url, FRESHDESK_API_KEY, followup_mode="child_ticket")
    child = api_client.create_followup(api_client.ticket(str(ticket)), datetime.now(timezone.utc) + timedelta(days=1),
                                       "<p>Call Dana back.</p>", "k")
    (delivery,) = sandbox.deliveries  # portal source: the creation rule matches it...
    assert delivery["ticket_id"] == int(child)
    answer = client.post("/webhooks/freshdesk", json=delivery["body"], headers=delivery["headers"])
    assert answer.status_code == 202 and answer.get_json() == {"status": "ignored",
                                                               "reason": "calmdesk's own follow-up ticket"}
