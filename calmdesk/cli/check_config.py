"""`calmdesk check-config`: click over calmdesk.ops.check_config."""

from __future__ import annotations

import sys
from dataclasses import replace

import click

from calmdesk.ops.check_config import check_config
from calmdesk.settings import SettingsError, environment, load_settings


@click.command("check-config")
@click.option("--config", "config_path", default=None, help="The YAML file to check (default: CALMDESK_CONFIG).")
@click.option("--offline", is_flag=True, help="Do not call the helpdesks to check the credentials.")
def check_config_command(config_path: str | None, offline: bool) -> None:
    """Check the config file, the helpdesk credentials and the templates; print every problem."""
    environ = dict(environment())
    if config_path is not None:
        environ["CALMDESK_CONFIG"] = config_path
    try:
        settings = load_settings(environ)
    except SettingsError:
        # A broken accounts section: read_config below reports it; check the rest without those accounts.
        try:
            settings = replace(load_settings({k: v for k, v in environ.items() if k != "CALMDESK_CONFIG"}),
                               config_path=environ.get("CALMDESK_CONFIG", ""))
        except SettingsError as exc:
            click.echo(f"problem: {exc}")
            sys.exit(1)
    report = check_config(settings, environ, probe=not offline)
    for note in report.notes:
        click.echo(f"ok: {note}")
    for problem in report.problems:
        click.echo(f"problem: {problem}")
    if report.problems:
        click.echo(f"{len(report.problems)} problem(s) found", err=True)
        sys.exit(1)
    click.echo("all good")
