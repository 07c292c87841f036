"""What the API user must be: an admin for the incremental export, a real agent (not Zendesk's anonymous user)."""

from __future__ import annotations

from click.testing import CliRunner

from calmdesk.cli.backfill import backfill_command
from calmdesk.cli.check_config import check_config_command


def test_backfill_by_a_non_admin_gets_a_clear_message(zendesk, redis, env):
    zendesk.create_ticket("Refund", "Dana Angry", "Where is my refund?")
    zendesk.api_user_is_admin = False
    result = CliRunner().invoke(backfill_command, ["--since", "1d"], env={**env, "CALMDESK_CONFIG": ""})
    assert result.exit_code == 1
    assert "incremental export is for admins only: run the backfill with an admin's email and API token" in \
        result.output
    assert zendesk.log.requests[-1].status == 403 and "Traceback" not in result.output


def test_bad_credentials_answered_with_the_anonymous_user_are_caught(zendesk, env):
    zendesk.anonymous_on_bad_credentials = True
    environ = {k: "" for k in ("CALMDESK_CONFIG", "FRESHDESK_URL", "FRESHDESK_API_KEY", "FRESHDESK_WEBHOOK_TOKEN")}
    result = CliRunner().invoke(check_config_command, [], env={**env, **environ, "ZENDESK_API_TOKEN": "wrong"})
    assert zendesk.log.requests == [] or all(r.path == "/api/v2/users/me" for r in zendesk.log.requests)
    assert result.exit_code == 1
    assert "answered with the anonymous user: the credentials were not accepted" in result.output
    good = CliRunner().invoke(check_config_command, [], env={**env, **environ})
    assert good.exit_code == 0, good.output


def test_check_config_reports_zendesks_public_test_secret(zendesk, env):
    environ = {k: "" for k in ("CALMDESK_CONFIG", "FRESHDESK_URL", "FRESHDESK_API_KEY", "FRESHDESK_WEBHOOK_TOKEN")}
    result = CliRunner().invoke(check_config_command, ["--offline"], env={
        **env, **environ, "ZENDESK_WEBHOOK_SECRET": "dGhpc19zZWNyZXRfaXNfZm9yX3Rlc3Rpbmdfb25seQ=="})
    assert result.exit_code == 1
    assert "ZENDESK_WEBHOOK_SECRET is Zendesk's public test secret" in result.output


def test_the_worker_client_refuses_the_anonymous_user_as_its_api_user(zendesk):
    import pytest

    from calmdesk.helpdesks.base import CredentialsRejected
    from calmdesk.helpdesks.zendesk.client import ZendeskClient

    zendesk.anonymous_on_bad_credentials = True
    with pytest.raises(CredentialsRejected, match="anonymous"):
        ZendeskClient(zendesk.url, zendesk.email, "wrong-token")._api_user_id()
    assert ZendeskClient(zendesk.url, zendesk.email, "zendesk-test-api-token")._api_user_id() == zendesk.api_user
