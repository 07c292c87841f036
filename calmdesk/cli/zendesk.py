"""`calmdesk zendesk install|uninstall`: click over calmdesk.helpdesks.zendesk.setup."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

import click

from calmdesk.cli.context import cli_settings_and_config, helpdesk_errors
from calmdesk.helpdesks.admin_api import AdminApi, public_url_warnings
from calmdesk.helpdesks.zendesk.setup import install, uninstall
from calmdesk.settings import SettingsError


def _account_api(account: str, dry_run: bool) -> tuple[AdminApi, Any, str, str]:
    settings, config = cli_settings_and_config()
    try:
        credentials = settings.account("zendesk", account)
    except SettingsError as exc:
        raise click.UsageError(str(exc)) from None
    env_names = config.env_names("zendesk", account)
    if not (credentials.url and credentials.email and credentials.api_token):
        raise click.UsageError(f"zendesk account {account!r} needs its URL, {env_names['email']} and "
                               f"{env_names['api_token']} (an admin's API token)")
    api = AdminApi(credentials.url, (f"{credentials.email}/token", credentials.api_token), dry_run=dry_run, echo=click.echo)
    return api, config, env_names["webhook_secret"], credentials.webhook_secret


@click.group("zendesk")
def zendesk_group() -> None:
    """Connect calmdesk to a Zendesk account (webhook and trigger)."""


@zendesk_group.command("install")
@click.option("--public-url", required=True, help="Where Zendesk reaches calmdesk, e.g. https://calmdesk.example.com")
@click.option("--account", default="default", show_default=True, help="The account from the config's accounts.zendesk.")
@click.option("--dry-run", is_flag=True, help="Print the requests; send none.")
@click.option("--show-secret", is_flag=True, help="Print the webhook's signing secret even if the webhook existed.")
def install_command(public_url: str, account: str, dry_run: bool, show_secret: bool) -> None:
    """Create or update the webhook and the trigger; print a new webhook's signing secret."""
    parts = urlsplit(public_url)
    if parts.scheme not in ("https", "http") or not parts.netloc:
        raise click.UsageError(f"--public-url {public_url!r} must be a URL like https://calmdesk.example.com")
    for warning in public_url_warnings(public_url, "Zendesk"):
        click.echo(f"warning: {warning}", err=True)
    api, config, secret_env, current = _account_api(account, dry_run)
    with helpdesk_errors():
        install(api, public_url, account, config.rules, secret_env, current, show_secret=show_secret)
    if not dry_run:
        click.echo("done. Check the connection with `calmdesk check-config`.")


@zendesk_group.command("uninstall")
@click.option("--account", default="default", show_default=True)
@click.option("--dry-run", is_flag=True, help="Print the requests; send none.")
def uninstall_command(account: str, dry_run: bool) -> None:
    """Delete calmdesk's trigger and webhook from Zendesk."""
    api, _, _, _ = _account_api(account, dry_run)
    with helpdesk_errors():
        uninstall(api, account)


