"""`/` says whether calmdesk is up, what is configured and where the admin page is; never a secret."""

from calmdesk.settings import load_settings
from tests.conftest import ZENDESK_TOKEN
from webhooks.app import create_app


def test_the_landing_page_shows_status_accounts_and_the_admin_hint(client, env, zendesk):
    response = client.get("/")
    assert response.status_code == 200 and response.mimetype == "text/html"
    page = response.get_data(as_text=True)
    assert "Running." in page and "0 jobs queued" in page
    assert f"Zendesk at {zendesk.url}" in page and "<code>/webhooks/zendesk</code>" in page
    assert "admin disabled: set CALMDESK_ADMIN_TOKEN" in page
    assert ZENDESK_TOKEN not in page and env["ZENDESK_WEBHOOK_SECRET"] not in page


def test_without_a_helpdesk_it_says_so_and_with_a_token_it_links_the_admin(redis_url, redis):
    app = create_app({"TESTING": True, "CALMDESK_SETTINGS": load_settings(
        {"REDIS_URL": redis_url, "CALMDESK_ADMIN_TOKEN": "landing-admin-token-0123456789"})})
    page = app.test_client().get("/").get_data(as_text=True)
    assert "None configured yet." in page and "no helpdesk configured: set ZENDESK_URL" in page
    assert '<a href="/admin/">/admin</a>' in page and "admin disabled" not in page


def test_redis_down_is_a_503_that_says_why(tmp_path):
    app = create_app({"TESTING": True, "CALMDESK_SETTINGS": load_settings(
        {"REDIS_URL": f"unix://{tmp_path}/nothing.sock"})})
    response = app.test_client().get("/")
    assert response.status_code == 503 and "Redis is unreachable" in response.get_data(as_text=True)
