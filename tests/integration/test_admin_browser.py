"""The admin pages in a real headless Chromium (Playwright, Debian's /usr/bin/chromium): sign in, playground,
retry a failed job, sign out; anonymous visitors refused; forged and cross-site posts refused."""

from __future__ import annotations

import os
import re

import pytest
from flask import Flask
from rq import Queue, SimpleWorker
from rq.registry import FailedJobRegistry
from rq.serializers import JSONSerializer

from calmdesk.sandbox.serving import ServerThread
from calmdesk.settings import load_settings
from webhooks.app import create_app

CHROMIUM = "/usr/bin/chromium"
if not os.path.exists(CHROMIUM):
    pytest.skip(f"no Chromium at {CHROMIUM}: apt-get install chromium", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed: pip install -e '.[dev]'")

ADMIN_TOKEN = "browser-admin-token-0123456789"
HOSTILE = '<script>alert("pwned")</script><img src=x onerror=alert(1)> This is the THIRD time I write, I want a refund now!!!'
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def site(env):
    app = create_app({"CALMDESK_SETTINGS": load_settings({**env, "CALMDESK_ADMIN_TOKEN": ADMIN_TOKEN})})
    with ServerThread(app) as server:
        yield server.url


@pytest.fixture
def page(browser):
    context = browser.new_context()
    page = context.new_page()
    page.set_default_timeout(15000)
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.dialogs = dialogs
    yield page
    context.close()


def sign_in(page, site: str) -> None:
    page.goto(f"{site}/admin/")
    assert "/admin/login" in page.url
    page.fill("#token", ADMIN_TOKEN)
    page.click("button[type=submit]")
    page.wait_for_url(f"{site}/admin/")
    assert page.locator("h1").inner_text() == "Dashboard"


def test_anonymous_visitors_see_only_the_sign_in_page(page, site):
    for path in ("/admin/", "/admin/failed", "/admin/playground", "/admin/queue"):
        page.goto(site + path)
        assert re.search(r"/admin/login\?next=", page.url), page.url
        assert page.locator("h1").inner_text() == "Sign in"
    page.fill("#token", "not-the-token")
    page.click("button[type=submit]")
    assert page.locator("[role=alert]").inner_text() == "That is not the admin token."
    page.goto(f"{site}/admin/rules")
    assert page.locator("h1").inner_text() == "Sign in"


def test_sign_in_use_the_playground_and_sign_out(page, site):
    sign_in(page, site)
    page.click("text=Playground")
    page.fill("#text", HOSTILE)
    page.click("button:has-text('Analyse')")
    page.wait_for_selector("#level")
    assert page.locator("#level").inner_text() in ("negative", "very_negative")
    evidence = page.locator("#evidence")
    assert '<script>alert("pwned")</script><img src=x onerror=alert(1)>' in evidence.inner_text()  # shown as text
    assert evidence.locator("script").count() == 0 and evidence.locator("img").count() == 0
    assert evidence.locator("mark").count() >= 1  # the words that made the verdict are highlighted
    note = page.frame_locator("#note")
    assert note.locator("body").inner_text().strip() != ""  # the note renders in its sandboxed frame
    assert note.locator("script").count() == 0
    assert page.locator("#reply").inner_text().strip() != ""
    assert page.locator("#text").input_value() == HOSTILE  # the message stays, as text, for another try
    assert page.dialogs == []  # nothing the customer wrote ran

    page.click("text=Sign out")
    page.wait_for_url(re.compile(r".*/admin/login\?signed_out=1$"))
    assert page.locator("[role=status]").inner_text() == "Signed out."
    page.goto(f"{site}/admin/")
    assert "/admin/login" in page.url


def explode(payload):
    raise RuntimeError("the helpdesk answered 500")


def test_retry_a_failed_job(page, site, redis):
    queue = Queue("calmdesk", connection=redis, serializer=JSONSerializer)
    job = queue.enqueue_call("tests.integration.test_admin_browser.explode", args=({},), description="note on zendesk ticket 77")
    SimpleWorker([queue], connection=redis, serializer=JSONSerializer).work(burst=True)
    assert FailedJobRegistry(queue=queue).get_job_ids() == [job.id]

    sign_in(page, site)
    assert page.locator("#failures").inner_text() == "1"
    page.click("text=Failed jobs")
    row = page.locator(f"#job-{job.id}")
    assert "note on zendesk ticket 77" in row.inner_text() and "the helpdesk answered 500" in row.inner_text()
    row.locator("button:has-text('Retry')").click()
    page.wait_for_selector("[role=status]")
    assert page.locator("[role=status]").inner_text() == f"Job {job.id} is back on the queue."
    assert FailedJobRegistry(queue=queue).get_job_ids() == []
    assert queue.job_ids == [job.id]
    page.click("text=Queue")
    assert "note on zendesk ticket 77" in page.locator("main").inner_text()


def test_posts_without_the_pages_csrf_token_are_refused(page, site):
    sign_in(page, site)
    # The browser's own session cookie, but no token / a forged one: refused, and the session stays.
    request = page.context.request
    assert request.post(f"{site}/admin/playground", form={"text": "hi"}).status == 400
    assert request.post(f"{site}/admin/logout", form={"csrf_token": "forged"}).status == 400
    page.goto(f"{site}/admin/")
    assert page.locator("h1").inner_text() == "Dashboard"

    # A form on another site posting to the admin page: refused (SameSite=Lax keeps the cookie home, and the
    # token is missing anyway), and the admin stays signed in.
    evil = Flask("evil")
    evil.add_url_rule("/", view_func=lambda: f'<form method="post" action="{site}/admin/logout">'
                                              '<button id="go">win a prize</button></form>')
    with ServerThread(evil, host="127.0.0.1") as other:
        page.goto(other.url.replace("127.0.0.1", "localhost"))
        with page.expect_navigation():
            page.click("#go")
        assert page.locator("h1").inner_text() in ("Form refused", "Forbidden")
    page.goto(f"{site}/admin/")
    assert page.locator("h1").inner_text() == "Dashboard"
