"""`calmdesk freshdesk install`: click over calmdesk.helpdesks.freshdesk.setup."""

from __future__ import annotations

from urllib.parse import urlsplit

import click

from calmdesk.cli.context import cli_settings_and_config, helpdesk_errors
from calmdesk.helpdesks.admin_api import AdminApi, public_url_warnings
from calmdesk.helpdesks.freshdesk.setup import install, uninstall
from calmdesk.settings import SettingsError, load_settings


@click.group("freshdesk")
def freshdesk_group() -> None:
    """Connect calmdesk to a Freshdesk account (automation rules with a webhook)."""


@freshdesk_group.command("install")
@click.option("--public-url", default=lambda: load_settings().public_url,
              help="Where Freshdesk reaches calmdesk (default: CALMDESK_PUBLIC_URL).")
@click.option("--account", default="default", show_default=True, help="The account from the config's accounts.freshdesk.")
@click.option("--dry-run", is_flag=True, help="Print the requests; send none (the token is masked).")
def install_command(public_url: str, account: str, dry_run: bool) -> None:
    """Create or update the automation rules; print the manual steps where Freshdesk refuses."""
    parts = urlsplit(public_url or "")
    if parts.scheme not in ("https", "http") or not parts.netloc:
        raise click.UsageError("--public-url (or CALMDESK_PUBLIC_URL) must be a URL like https://calmdesk.example.com")
    settings, config = cli_settings_and_config()
    try:
        credentials = settings.account("freshdesk", account)
    except SettingsError as exc:
        raise click.UsageError(str(exc)) from None
    env_names = config.env_names("freshdesk", account)
    if not (credentials.url and credentials.api_key):
        raise click.UsageError(f"freshdesk account {account!r} needs its URL and {env_names['api_key']}")
    if not credentials.webhook_token:
        raise click.UsageError(f"set {env_names['webhook_token']} to a long random value first (for example "
                               "`python -c 'import secrets; print(secrets.token_urlsafe(32))'`): the rule sends it, "
                               "calmdesk checks it")
    for warning in public_url_warnings(public_url, "Freshdesk"):
        click.echo(f"warning: {warning}", err=True)
    api = AdminApi(credentials.url, (credentials.api_key, "X"), dry_run=dry_run, helpdesk="Freshdesk",
                   forbidden_means_credentials=False, echo=click.echo,
                   redact={credentials.webhook_token: f"<{env_names['webhook_token']}>"})
    with helpdesk_errors():
        result = install(api, public_url, account, credentials.webhook_token, env_names["webhook_token"])
    manual = [name for name, what in result.items() if what == "manual"]
    if manual:
        raise click.ClickException(f"Freshdesk refused {len(manual)} of {len(result)} rules; create "
                                   f"{', '.join(repr(n) for n in manual)} by hand as shown above")
    if not dry_run:
        click.echo("done. Check the connection with `calmdesk check-config`.")


@freshdesk_group.command("uninstall")
@click.option("--account", default="default", show_default=True)
@click.option("--dry-run", is_flag=True, help="Print the requests; send none.")
def uninstall_command(account: str, dry_run: bool) -> None:
    """Delete calmdesk's automation rules from Freshdesk."""
    settings, config = cli_settings_and_config()
    try:
        credentials = settings.account("freshdesk", account)
    except SettingsError as exc:
        raise click.UsageError(str(exc)) from None
    if not (credentials.url and credentials.api_key):
        env_names = config.env_names("freshdesk", account)
        raise click.UsageError(f"freshdesk account {account!r} needs its URL and {env_names['api_key']}")
    with helpdesk_errors():
        uninstall(AdminApi(credentials.url, (credentials.api_key, "X"), dry_run=dry_run, helpdesk="Freshdesk",
                           forbidden_means_credentials=False, echo=click.echo), account)
