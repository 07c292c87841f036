"""Ids from a delivery go into API paths: anything but 1-20 ASCII digits is refused with 400 and a log line, and
nothing is queued. Also: which ticket.created events and trigger bodies are not analysed."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from tests.conftest import post_freshdesk, post_zendesk, queued_jobs
from calmdesk.helpdesks.zendesk.webhook import normalise_zendesk_delivery

FIXTURES = Path(__file__).parents[1] / "fixtures"
BAD_IDS = ["../users", "../../api/v2/users/me", "12/../13", "²", "١٢", "1" * 21, "1 2", "-1", "0x10"]


def trigger_body(**overrides) -> dict:
    return {"calmdesk": "zendesk-trigger/2", "ticket_id": "35436", "requester_id": "77", "requester_name": "Ana",
            "status": "Open", "tags": "", **overrides}


@pytest.mark.parametrize("bad", BAD_IDS)
@pytest.mark.parametrize("field", ["ticket_id", "requester_id"])
def test_zendesk_trigger_body_with_a_traversal_id_is_400(client, redis, caplog, field, bad):
    caplog.set_level(logging.WARNING, "calmdesk.webhooks")
    response = post_zendesk(client, trigger_body(**{field: bad}))
    assert response.status_code == 400, response.get_json()
    assert queued_jobs(redis) == 0
    assert "webhook rejected helpdesk=zendesk status=400" in caplog.text


@pytest.mark.parametrize("bad", ["../users", "²", "1" * 21])
def test_zendesk_event_with_a_traversal_requester_id_is_400(client, redis, bad):
    event = json.loads((FIXTURES / "zendesk" / "comment_added_customer.json").read_text())
    event["detail"]["requester_id"] = bad
    assert post_zendesk(client, event).status_code == 400
    assert queued_jobs(redis) == 0


@pytest.mark.parametrize("bad", ["../contacts/1", "²", "1" * 21])
@pytest.mark.parametrize("field", ["ticket_id", "requester_id"])
def test_freshdesk_body_with_a_traversal_id_is_400(client, redis, caplog, field, bad):
    caplog.set_level(logging.WARNING, "calmdesk.webhooks")
    payload = json.loads((FIXTURES / "freshdesk" / "advanced_reply.json").read_text())
    payload[field] = bad
    response = post_freshdesk(client, payload)
    assert response.status_code == 400
    assert queued_jobs(redis) == 0
    assert "webhook rejected helpdesk=freshdesk status=400" in caplog.text


def test_ticket_created_by_an_agent_for_the_requester_is_not_analysed():
    event = json.loads((FIXTURES / "zendesk" / "ticket_created.json").read_text())
    event["detail"]["requester_id"], event["detail"]["submitter_id"] = "77", "5"
    assert normalise_zendesk_delivery(event, "k") == "ticket created by an agent for the requester"
    event["detail"]["submitter_id"] = "77"
    assert normalise_zendesk_delivery(event, "k").ticket_id == event["detail"]["id"]


def test_calmdesks_own_task_ticket_is_not_analysed():
    event = json.loads((FIXTURES / "zendesk" / "ticket_created.json").read_text())
    event["detail"]["tags"] = ["calmdesk_followup", "calmdesk_followup_for_35436"]
    assert normalise_zendesk_delivery(event, "k") == "calmdesk's own follow-up task"
    assert normalise_zendesk_delivery(trigger_body(tags="calmdesk_followup"), "k") == "calmdesk's own follow-up task"


@pytest.mark.parametrize("rendered, locale", [("English", ""), ("Español", ""), ("es", "es"), ("pt-BR", "pt-BR"),
                                              ("es-419", "es-419")])
def test_a_language_name_is_not_taken_for_a_locale(rendered, locale):
    """Older installed triggers sent {{ticket.requester.language}}, which can render "English": the worker then
    reads the locale from the user record instead."""
    assert normalise_zendesk_delivery(trigger_body(locale=rendered), "k").locale == locale
