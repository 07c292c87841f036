"""The admin pages through Flask's test client: refusal, sign-in, CSRF, escaping, no secrets; and /metrics."""

from __future__ import annotations

import json
import re
import time

import pytest
from rq import Queue, SimpleWorker
from rq.registry import FailedJobRegistry
from rq.serializers import JSONSerializer

from calmdesk.state import counters
from calmdesk.settings import load_settings
from tests.conftest import post_zendesk
from webhooks.app import create_app

ADMIN_TOKEN = "admin-token-for-tests-0123456789"
HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)> {{ 7*7 }} I WANT A REFUND NOW, you idiots!!!'
PAGES = ["/admin/", "/admin/activity", "/admin/playground", "/admin/failed", "/admin/rules", "/admin/queue"]


@pytest.fixture
def admin_env(env):
    return {**env, "CALMDESK_ADMIN_TOKEN": ADMIN_TOKEN}


@pytest.fixture
def admin_app(admin_env):
    return create_app({"TESTING": True, "CALMDESK_SETTINGS": load_settings(admin_env)})


@pytest.fixture
def anon(admin_app):
    return admin_app.test_client()


def csrf_from(html: str) -> str:
    match = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert match, html[:500]
    return match.group(1)


def sign_in(client, token: str = ADMIN_TOKEN, **kwargs):
    assert client.get("/admin/login", **kwargs).status_code == 200
    return client.post("/admin/login", data={"token": token, "next": "/admin/"}, **kwargs)


@pytest.fixture
def admin(anon):
    response = sign_in(anon)
    assert response.status_code == 302 and response.headers["Location"] == "/admin/"
    return anon


def test_without_a_token_there_is_no_admin_page(app):
    client = app.test_client()
    for path in PAGES + ["/admin/login"]:
        assert client.get(path).status_code == 404, path
    assert client.post("/admin/login", data={"token": ""}).status_code == 404


def test_anonymous_visitors_are_refused(anon):
    for path in PAGES:
        response = anon.get(path)
        assert response.status_code == 302, path
        assert response.headers["Location"].startswith("/admin/login?next=")
    assert anon.post("/admin/failed/some-job/retry").status_code == 403
    assert anon.post("/admin/playground", data={"text": "hi"}).status_code == 403


def test_signing_in_needs_the_right_token(anon):
    assert sign_in(anon, "wrong-token").status_code == 401
    assert anon.get("/admin/").status_code == 302
    response = sign_in(anon)
    assert response.status_code == 302
    cookie = response.headers["Set-Cookie"]
    assert "calmdesk_admin=" in cookie and "HttpOnly" in cookie and "SameSite=Lax" in cookie
    assert "Secure" not in cookie  # plain http here
    assert anon.get("/admin/").status_code == 200


def test_the_cookie_is_secure_over_https_and_behind_a_trusted_proxy(admin_env):
    client = create_app({"TESTING": True, "CALMDESK_SETTINGS": load_settings(admin_env)}).test_client()
    response = sign_in(client, base_url="https://calmdesk.example")
    assert "Secure" in response.headers["Set-Cookie"]

    proxied = create_app({"TESTING": True, "CALMDESK_SETTINGS": load_settings(admin_env),
                          "CALMDESK_TRUSTED_PROXIES": 1}).test_client()
    response = sign_in(proxied, headers={"X-Forwarded-Proto": "https"})
    assert "Secure" in response.headers["Set-Cookie"]

    untrusted = create_app({"TESTING": True, "CALMDESK_SETTINGS": load_settings(admin_env)}).test_client()
    response = sign_in(untrusted, headers={"X-Forwarded-Proto": "https"})
    assert "Secure" not in response.headers["Set-Cookie"]  # without CALMDESK_TRUSTED_PROXIES the header is ignored


def test_every_post_needs_the_sessions_csrf_token(admin, admin_app):
    assert admin.post("/admin/playground", data={"text": "hello"}).status_code == 400
    assert admin.post("/admin/playground", data={"text": "hello", "csrf_token": "forged"}).status_code == 400
    other = admin_app.test_client()
    sign_in(other)
    other_token = csrf_from(other.get("/admin/").text)  # valid, but for another session
    assert admin.post("/admin/logout", data={"csrf_token": other_token}).status_code == 400
    assert admin.get("/admin/").status_code == 200  # still signed in
    token = csrf_from(admin.get("/admin/playground").text)
    assert admin.post("/admin/playground", data={"text": "hello", "csrf_token": token}).status_code == 200


def test_sign_out_ends_the_session(admin):
    token = csrf_from(admin.get("/admin/").text)
    response = admin.post("/admin/logout", data={"csrf_token": token})
    assert response.status_code == 302
    assert admin.get("/admin/").status_code == 302


def test_a_safe_next_only(anon):
    response = anon.post("/admin/login", data={"token": ADMIN_TOKEN, "next": "//evil.example/admin"})
    assert response.headers["Location"] == "/admin/"


def test_hostile_activity_entries_are_escaped(admin, redis):
    redis.lpush("calmdesk:activity", json.dumps({
        "at": time.time(), "helpdesk": "zendesk", "ticket_id": "<b>42</b>", "level": "very_negative",
        "cues": ["<script>alert(1)</script>"], "playbook": '"><img src=x onerror=alert(2)>', "outcome": "posted",
        "url": "javascript:alert(3)"}))
    redis.lpush("calmdesk:activity", json.dumps({
        "at": time.time(), "helpdesk": "zendesk", "ticket_id": "7", "level": "negative", "cues": ["urgency"],
        "playbook": "delay", "outcome": "posted", "url": "https://acme.zendesk.com/agent/tickets/7"}))
    for path in ("/admin/", "/admin/activity"):
        html = admin.get(path).text
        assert "<script" not in html and "<img" not in html and "<b>42" not in html
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
        assert "javascript:" not in html
        assert '<a href="https://acme.zendesk.com/agent/tickets/7"' in html
    dashboard = admin.get("/admin/").text
    assert re.search(r'id="notes-today">2<', dashboard)


def test_the_playground_escapes_the_message_and_shows_the_evidence(admin):
    token = csrf_from(admin.get("/admin/playground").text)
    response = admin.post("/admin/playground", data={"text": HOSTILE, "csrf_token": token})
    assert response.status_code == 200
    html = response.text
    assert "<script" not in html and "<img" not in html
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html
    assert "<mark" in html  # the evidence is highlighted
    assert 'sandbox srcdoc="' in html  # the note renders in a sandboxed frame, never inline
    assert "49" not in html.split('id="evidence"')[1].split("</div>")[0]  # template syntax is inert
    assert "Content-Security-Policy" in response.headers and "script-src" not in response.headers[
        "Content-Security-Policy"]


def explode(payload):  # a job that fails, for the failed-jobs page
    raise RuntimeError("helpdesk said no")


def test_failed_jobs_can_be_retried(admin, redis):
    queue = Queue("calmdesk", connection=redis, serializer=JSONSerializer)
    job = queue.enqueue_call("tests.integration.test_admin.explode", args=({"ticket": "1"},), description="analyse zendesk ticket 1")
    SimpleWorker([queue], connection=redis, serializer=JSONSerializer).work(burst=True)
    assert FailedJobRegistry(queue=queue).get_job_ids() == [job.id]

    page = admin.get("/admin/failed").text
    assert job.id in page and "helpdesk said no" in page
    response = admin.post(f"/admin/failed/{job.id}/retry", data={"csrf_token": csrf_from(page)})
    assert response.status_code == 302
    assert FailedJobRegistry(queue=queue).get_job_ids() == []
    assert queue.job_ids == [job.id]
    assert "is back on the queue" in admin.get("/admin/failed").text


def test_no_page_shows_a_secret(admin, admin_app, redis, tmp_path):
    settings = admin_app.extensions["calmdesk_settings"]
    token = csrf_from(admin.get("/admin/playground").text)
    secrets = settings.secrets() + [admin_app.config["WTF_CSRF_SECRET_KEY"]]
    assert len(secrets) >= 4
    bodies = [admin.get(path).text for path in PAGES + ["/metrics"]]
    bodies.append(admin.post("/admin/playground", data={"text": HOSTILE, "csrf_token": token}).text)
    for body in bodies:
        for secret in secrets:
            assert secret not in body
    rules = admin.get("/admin/rules").text
    assert "<code>ZENDESK_API_TOKEN</code> set" in rules and "<code>ZENDESK_WEBHOOK_SECRET</code> set" in rules


def test_rules_page_shows_problems(admin_env, tmp_path):
    path = tmp_path / "calmdesk.yaml"
    path.write_text("rules: {cooldown: 2x}\n")
    client = create_app({"TESTING": True, "CALMDESK_SETTINGS": load_settings(
        {**admin_env, "CALMDESK_CONFIG": str(path)})}).test_client()
    sign_in(client)
    html = client.get("/admin/rules").text
    assert "rules.cooldown: &#34;2x&#34; is not a duration; write 90s, 4h or 2d" in html


def test_queue_page_lists_queues_and_workers(admin, redis):
    queue = Queue("calmdesk", connection=redis, serializer=JSONSerializer)
    queue.enqueue_call("tests.integration.test_admin.explode", args=({},), description="waiting job")
    html = admin.get("/admin/queue").text
    assert "<td>calmdesk</td><td>1</td>" in html and "waiting job" in html
    assert "No worker is running" in html


def test_dashboard_counts_followups_from_the_followup_records(admin, redis):
    """One kept, one missed (reminded), one overdue, one due later: the counts the records say, not 0/0."""
    from datetime import datetime, timedelta, timezone

    from worker import followups

    now = datetime.now(timezone.utc)
    for number, (state, due) in enumerate([(followups.REPLIED, -2), (followups.REMINDED, -1),
                                           (followups.SCHEDULED, -1), (followups.SCHEDULED, 5)]):
        followups.save(redis, followups.Followup(
            id=f"zendesk-default-{number}-1", helpdesk="zendesk", account="default", ticket_id=str(number),
            due_at=(now + timedelta(hours=due)).isoformat(), state=state))
    html = admin.get("/admin/").text
    found = {name: re.search(rf'id="followups-{name}">(\d+)<', html).group(1)
             for name in ("kept", "reminded", "overdue", "due")}
    assert found == {"kept": "1", "reminded": "1", "overdue": "1", "due": "1"}


def test_too_many_wrong_tokens_are_throttled_but_the_right_one_still_signs_in(anon):
    for _ in range(10):
        assert sign_in(anon, "wrong").status_code == 401
    assert sign_in(anon, "wrong").status_code == 429
    assert sign_in(anon).status_code == 302  # a stranger's guessing never locks the admin out (L7)
    assert anon.get("/admin/").status_code == 200


METRICS_TOKEN = "metrics-token-for-tests-0123456789"
SCRAPE = {"Authorization": f"Bearer {METRICS_TOKEN}"}


@pytest.fixture
def scraped(env):
    """An app with /metrics exposed to a scraper that holds CALMDESK_METRICS_TOKEN."""
    return create_app({"TESTING": True, "CALMDESK_SETTINGS": load_settings(
        {**env, "CALMDESK_METRICS_TOKEN": METRICS_TOKEN})}).test_client()


def test_metrics_are_hidden_without_a_token_and_refused_without_the_right_one(client, scraped):
    assert client.get("/metrics").status_code == 404  # no token configured: not exposed at all (L6)
    assert scraped.get("/metrics").status_code == 401
    assert scraped.get("/metrics", headers={"Authorization": "Bearer wrong"}).status_code == 401
    assert scraped.get("/metrics", headers=SCRAPE).status_code == 200


def test_metrics_count_webhooks_notes_and_helpdesk_calls(scraped, redis):
    client = scraped
    assert post_zendesk(client, {"calmdesk": "zendesk-trigger/1", "ticket_id": "5"}).status_code == 202
    assert post_zendesk(client, {"calmdesk": "zendesk-trigger/1", "ticket_id": "5"}).status_code == 200
    assert post_zendesk(client, {"ticket_id": "5"}, secret="wrong").status_code == 401
    counters.count_note(redis, "zendesk", "posted")
    counters.bind(redis)
    try:
        counters.count_helpdesk_call("put", 200)
        counters.count_helpdesk_call("get", "timeout")
    finally:
        counters.bind(None)
    counters.observe(redis, "job_latency_seconds", 0.7, job="worker.jobs.post_note")

    response = client.get("/metrics", headers=SCRAPE)
    assert response.status_code == 200 and response.mimetype == "text/plain"
    text = response.text
    assert 'calmdesk_webhooks_total{helpdesk="zendesk",result="queued"} 1.0' in text
    assert 'calmdesk_webhooks_total{helpdesk="zendesk",result="duplicate"} 1.0' in text
    assert 'calmdesk_webhooks_total{helpdesk="zendesk",result="unauthorized"} 1.0' in text
    assert 'calmdesk_notes_total{helpdesk="zendesk",outcome="posted"} 1.0' in text
    assert 'calmdesk_helpdesk_api_calls_total{method="PUT",status="200"} 1.0' in text
    assert 'calmdesk_helpdesk_api_calls_total{method="GET",status="timeout"} 1.0' in text
    assert 'calmdesk_job_latency_seconds_bucket{job="worker.jobs.post_note",le="0.5"} 0.0' in text
    assert 'calmdesk_job_latency_seconds_bucket{job="worker.jobs.post_note",le="1.0"} 1.0' in text
    assert 'calmdesk_job_latency_seconds_count{job="worker.jobs.post_note"} 1.0' in text
    assert 'calmdesk_queue_jobs{queue="calmdesk",state="queued"} 1.0' in text
    assert "calmdesk_redis_up 1.0" in text


def test_metrics_never_break_a_request_when_redis_is_gone(env):
    settings = load_settings({**env, "REDIS_URL": "redis://127.0.0.1:9/0", "CALMDESK_METRICS_TOKEN": METRICS_TOKEN})
    client = create_app({"TESTING": True, "CALMDESK_SETTINGS": settings}).test_client()
    counters.count(client.application.extensions["calmdesk_redis"], "webhooks", helpdesk="zendesk", result="x")
    response = client.get("/metrics", headers=SCRAPE)
    assert response.status_code == 200 and "calmdesk_redis_up 0.0" in response.text
    assert post_zendesk(client, {"calmdesk": "zendesk-trigger/1", "ticket_id": "5"}).status_code == 503


def test_pages_explain_an_unreachable_redis(env):
    settings = load_settings({**env, "REDIS_URL": "redis://127.0.0.1:9/0", "CALMDESK_ADMIN_TOKEN": ADMIN_TOKEN})
    client = create_app({"TESTING": True, "CALMDESK_SETTINGS": settings}).test_client()
    response = sign_in(client)  # sessions live in Redis: signing in says so rather than failing later
    assert response.status_code == 503 and "Redis is unreachable" in response.text
