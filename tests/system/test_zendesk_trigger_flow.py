"""What `calmdesk zendesk install` creates, run by the stand-in Zendesk's trigger engine: new tickets and replies
reach calmdesk with the exact body the installed trigger renders, and include rules still let tickets through."""

from __future__ import annotations

import json
from urllib.parse import urlsplit

from calmdesk.config import read_config
from calmdesk.helpdesks.admin_api import AdminApi
from calmdesk.helpdesks.zendesk.setup import install
from calmdesk.settings import load_settings
from tests.conftest import ZENDESK_SECRET, ZENDESK_TOKEN, run_worker_burst, signed_zendesk_headers
from webhooks.app import create_app

PUBLIC = "https://calmdesk.example.com"
UPSET = ("This is the third time I'm writing about order #48213. It is still not here, nobody answers, "
         "and frankly this is unacceptable. I want a manager to call me today.")


def install_into(zendesk, rules=None, account="default"):
    from calmdesk.config import Rules

    api = AdminApi(zendesk.url, (f"{zendesk.email}/token", ZENDESK_TOKEN), echo=lambda line: None)
    return install(api, PUBLIC, account, rules or Rules(), "ZENDESK_WEBHOOK_SECRET")


def deliver_all(client, zendesk, secret: str = ZENDESK_SECRET) -> list:
    """Post every delivery the installed triggers made, byte for byte, as Zendesk would (signed)."""
    answers = []
    for delivery in zendesk.deliveries:
        body = delivery["body"].encode()
        headers = {**signed_zendesk_headers(body, secret), "X-Zendesk-Webhook-Invocation-Id": delivery["invocation_id"]}
        answers.append(client.post(urlsplit(delivery["endpoint"]).path, data=body, headers=headers))
    zendesk.deliveries.clear()
    return answers


def test_a_new_ticket_fires_the_installed_trigger_and_gets_a_note(client, zendesk, env, redis):
    install_into(zendesk)
    ticket = zendesk.create_ticket("Where is my order?", "Dana Whitfield", UPSET)  # update_type Create
    (delivery,) = zendesk.deliveries
    body = json.loads(delivery["body"])
    assert body["ticket_id"] == str(ticket) and body["requester_name"] == "Dana"
    assert [a.status_code for a in deliver_all(client, zendesk)] == [202]
    run_worker_burst(env)
    notes = zendesk.notes(ticket)
    # The subject, read through the API, chose the situation ("late delivery"): trigger bodies carry no subject.
    assert len(notes) == 1 and "late delivery" in notes[0]["html_body"]


def test_a_customer_reply_fires_it_too_but_agents_and_calmdesk_do_not(client, zendesk, env, redis):
    install_into(zendesk)
    ticket = zendesk.create_ticket("Export fails", "Priya Natarajan", "Hello, the export fails.")
    zendesk.deliveries.clear()
    agent = zendesk.add_user("Sam Agent", "sam@support.example", role="agent")
    zendesk.add_comment(ticket, agent, "Looking into it", public=True)
    zendesk.add_comment(ticket, agent, "internal", public=False)
    assert zendesk.deliveries == []
    zendesk.customer_says(ticket, UPSET)  # update_type Change
    assert len(zendesk.deliveries) == 1
    deliver_all(client, zendesk)
    run_worker_burst(env)
    assert len(zendesk.notes(ticket)) == 1
    # calmdesk's own writes (the note, the follow-up task ticket) are not end-user comments: no delivery
    assert zendesk.deliveries == []


def test_include_filters_with_the_trigger_body_still_get_a_note(zendesk, env, redis, tmp_path):
    config = tmp_path / "calmdesk.yaml"
    config.write_text("rules: {brands: {include: [360001, 360002]}, groups: {include: [77, 78]}, "
                      "channels: {include: [email]}}\n")
    env = {**env, "CALMDESK_CONFIG": str(config)}
    client = create_app({"TESTING": True, "CALMDESK_SETTINGS": load_settings(env)}).test_client()
    install_into(zendesk, read_config(str(config))[0].rules)
    watched = zendesk.create_ticket("Where is my order?", "Dana Whitfield", UPSET, brand_id=360002, group_id=77,
                                    channel="email")
    other_brand = zendesk.create_ticket("Where is my order?", "Ola Brandt", UPSET, brand_id=999, group_id=77,
                                        channel="email")
    bodies = [json.loads(d["body"]) for d in zendesk.deliveries]
    assert all("brand_id" not in b and "group_id" not in b for b in bodies)  # the body carries neither
    deliver_all(client, zendesk)
    result = run_worker_burst(env)
    assert len(zendesk.notes(watched)) == 1, result.stderr[-2000:]
    assert zendesk.notes(other_brand) == []
    # the other brand's ticket: one GET of the ticket before the rules ran, then nothing (no comments read)
    assert [r.path for r in zendesk.log.requests if f"/{other_brand}" in r.path] == [f"/api/v2/tickets/{other_brand}"]
