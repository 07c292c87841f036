"""The admin pages' content: readable labels, the note's own words, customer and subject in lists, times in the
admin's zone, alerts that can be dismissed, and what the pipeline records for them."""

from __future__ import annotations

import json
import time

import pytest

from calmdesk.keys import ACTIVITY_KEY, alert_key
from tests.conftest import post_zendesk, run_worker_burst
from calmdesk.settings import load_settings
from tests.integration.test_admin import ADMIN_TOKEN, csrf_from, sign_in
from webhooks.app import create_app


@pytest.fixture
def admin(env):
    client = create_app({"TESTING": True, "CALMDESK_SETTINGS": load_settings(
        {**env, "CALMDESK_ADMIN_TOKEN": ADMIN_TOKEN})}).test_client()
    assert sign_in(client).status_code == 302
    return client

OLD_ENTRY = {"at": 1767225600, "helpdesk": "zendesk", "ticket_id": "17", "level": "very_negative",
             "cues": ["churn_threat", "shouting"], "playbook": "billing_refund+churn_threat+shouting",
             "outcome": "posted", "url": "https://acme.zendesk.com/agent/tickets/17"}  # 2026-01-01 00:00 UTC
NEW_ENTRY = {**OLD_ENTRY, "ticket_id": "18", "customer": "Dana Whitfield", "subject": "Where is order #48213?",
             "headline": "calmdesk: Dana is very upset — late delivery, has chased before.",
             "quote": "third time I'm writing"}


def test_lists_show_labels_the_note_words_customer_and_subject(admin, redis):
    redis.lpush(ACTIVITY_KEY, json.dumps(OLD_ENTRY), json.dumps(NEW_ENTRY))
    html = admin.get("/admin/activity").text
    assert "very_negative" not in html and "billing_refund" not in html and "churn_threat" not in html
    assert "Very upset" in html and "Billing or refund; may leave, shouting" in html  # an entry from before the corpus topics
    assert "calmdesk: Dana is very upset — late delivery, has chased before." in html  # the note's first line
    assert "<strong>Dana Whitfield</strong>" in html and "Where is order #48213?" in html
    assert "third time I&#39;m writing" in html and "Note posted" in html
    redis.lpush(ACTIVITY_KEY, json.dumps({**OLD_ENTRY, "at": time.time()}))
    dashboard = admin.get("/admin/").text
    assert "Very upset: <strong>1</strong>" in dashboard and "May leave: <strong>1</strong>" in dashboard


def test_times_are_in_the_admins_zone(admin, redis):
    redis.lpush(ACTIVITY_KEY, json.dumps(OLD_ENTRY))
    assert 'datetime="2026-01-01T00:00+00:00">Thu 1 Jan 00:00<' in admin.get("/admin/activity").text
    page = admin.get("/admin/").text
    answer = admin.post("/admin/timezone", data={"tz": "America/New_York", "csrf_token": csrf_from(page)})
    assert answer.status_code == 302
    assert 'datetime="2025-12-31T19:00-05:00">Wed 31 Dec 19:00<' in admin.get("/admin/activity").text
    admin.post("/admin/timezone", data={"tz": "Mars/Olympus", "csrf_token": csrf_from(page)})
    assert "Mars/Olympus is not a time zone" in admin.get("/admin/").text


def test_an_alert_can_be_dismissed(admin, redis):
    redis.set(alert_key("zendesk"), "https://acme.zendesk.com refused the API token (HTTP 401)")
    page = admin.get("/admin/").text
    assert "refused the API token" in page and "Dismiss" in page
    answer = admin.post("/admin/alerts/zendesk/dismiss", data={"csrf_token": csrf_from(page)})
    assert answer.status_code == 302 and redis.get(alert_key("zendesk")) is None
    assert "refused the API token" not in admin.get("/admin/").text


def test_dismissing_needs_the_form_token(admin, redis):
    redis.set(alert_key("zendesk"), "refused")
    assert admin.post("/admin/alerts/zendesk/dismiss", data={}).status_code == 400
    assert redis.get(alert_key("zendesk")) == b"refused"


def test_the_pipeline_records_what_the_lists_show(client, zendesk, env, redis):
    ticket = zendesk.create_ticket("Where is order #48213?", "Dana Whitfield", "Where is order #48213?")
    comment = zendesk.customer_says(ticket, "This is the third time I'm writing about order #48213. Nobody answers "
                                            "and it is unacceptable. Refund me or I cancel.")
    assert post_zendesk(client, zendesk.comment_added_event(ticket, comment)).status_code == 202
    run_worker_burst(env)
    entry = json.loads(redis.lindex(ACTIVITY_KEY, 0))
    assert entry["customer"] == "Dana Whitfield" and entry["subject"] == "Where is order #48213?"
    assert entry["headline"].startswith("Dana · 3rd contact"), entry["headline"]  # the note's brief line
    assert entry["quote"] and entry["quote"] in comment["body"]
    assert time.time() - entry["at"] < 120
