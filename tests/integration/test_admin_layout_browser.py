"""The admin pages photographed in headless Chromium (Debian's, through Playwright) at 1280 px and at 390 px (a
phone): nothing runs off the side, the "When" column stays on one line, and every page is readable and usable."""

from __future__ import annotations

import json
import os
import struct
import time

import pytest

from calmdesk.keys import ACTIVITY_KEY, alert_key
from calmdesk.sandbox.serving import ServerThread
from calmdesk.settings import load_settings
from webhooks.app import create_app

CHROMIUM = "/usr/bin/chromium"
if not os.path.exists(CHROMIUM):
    pytest.skip(f"no Chromium at {CHROMIUM}: apt-get install chromium", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed: pip install -e '.[dev]'")

ADMIN_TOKEN = "layout-admin-token-0123456789"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
WIDTHS = (1280, 390)
PAGES = ("/admin/", "/admin/activity", "/admin/playground", "/admin/failed", "/admin/rules", "/admin/queue")


def entry(n: int) -> dict:
    return {"at": time.time() - n * 3700, "helpdesk": "zendesk", "ticket_id": str(48000 + n), "level": "very_negative",
            "cues": ["churn_threat", "repeat_contact", "shouting"], "playbook": "billing_refund+churn_threat+shouting",
            "outcome": "posted", "url": f"https://acme.zendesk.com/agent/tickets/{48000 + n}",
            "customer": "Maximiliane Oberhauser-Lindqvist", "subject": "Refund for the double charge on invoice "
            "INV-2026-000123 still missing after three weeks",
            "headline": "calmdesk: Maximiliane is very upset — billing or refund, wants to cancel, shouting.",
            "quote": "THIS IS THE THIRD TIME I ASK FOR MY MONEY BACK, cancel everything"}


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


@pytest.fixture
def site(env, redis):
    redis.lpush(ACTIVITY_KEY, *[json.dumps(entry(n)) for n in range(12)])
    redis.set(alert_key("zendesk"), "https://acme.zendesk.com refused the API token (HTTP 401); check ZENDESK_API_TOKEN")
    app = create_app({"CALMDESK_SETTINGS": load_settings({**env, "CALMDESK_ADMIN_TOKEN": ADMIN_TOKEN})})
    with ServerThread(app) as server:
        yield server.url


def png_size(path) -> tuple[int, int]:
    with open(path, "rb") as handle:
        header = handle.read(24)
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", header[16:24])


@pytest.mark.parametrize("width", WIDTHS)
def test_every_admin_page_fits_and_reads_at(width, browser, site, tmp_path):
    context = browser.new_context(viewport={"width": width, "height": 900}, device_scale_factor=1)
    page = context.new_page()
    page.set_default_timeout(15000)
    try:
        page.goto(f"{site}/admin/")
        page.fill("#token", ADMIN_TOKEN)
        page.click("button[type=submit]")
        page.wait_for_url(f"{site}/admin/")
        for path in PAGES:
            page.goto(site + path)
            shot = tmp_path / f"{path.strip('/').replace('/', '-') or 'admin'}-{width}.png"
            page.screenshot(path=str(shot), full_page=True)
            assert png_size(shot)[0] == width
            overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
            assert overflow <= 0, f"{path} at {width}px runs {overflow}px off the side (see {shot})"
            for link in page.locator("header nav a").all():  # every page reachable, none pushed off screen
                box = link.bounding_box()
                assert box and box["x"] >= 0 and box["x"] + box["width"] <= width, (path, link.inner_text(), box)
        page.goto(f"{site}/admin/activity")
        when = page.locator("td.when time").first
        line = float(page.evaluate("parseFloat(getComputedStyle(document.body).lineHeight)"))
        assert when.bounding_box()["height"] <= line * 1.3, "the When column wraps"
        assert "very_negative" not in page.inner_text("main") and "billing_refund" not in page.inner_text("main")
        assert page.locator("text=Maximiliane Oberhauser-Lindqvist").first.is_visible()
        assert page.locator("text=calmdesk: Maximiliane is very upset").first.is_visible()
        if width == 390:  # rows become stacked cards: the label of each cell is shown beside its content
            assert page.locator("table.activity thead").is_hidden()
            cell = page.locator("table.activity td[data-label=Note]").first.bounding_box()
            assert cell["width"] <= 390 - 2 * 12
        page.goto(f"{site}/admin/")
        assert page.locator("button:has-text('Dismiss')").is_visible()
        for card in ("followups-kept", "followups-reminded", "followups-overdue"):
            box = page.locator(f"#{card}").bounding_box()
            assert box and box["x"] + box["width"] <= width
    finally:
        context.close()
