"""What CLI commands load first: the settings and the config, with a user's mistakes turned into usage errors."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import click

from calmdesk.config import Config, ConfigError, load_config
from calmdesk.settings import Settings, SettingsError, load_settings


def cli_settings() -> Settings:
    try:
        return load_settings()
    except SettingsError as exc:
        raise click.UsageError(str(exc)) from None


def cli_settings_and_config() -> tuple[Settings, Config]:
    settings = cli_settings()
    try:
        return settings, load_config(settings)
    except ConfigError as exc:  # the same list check-config prints
        raise click.UsageError(f"the config file has problems; run `calmdesk check-config`:\n{exc}") from None


@contextmanager
def helpdesk_errors() -> Iterator[None]:
    """An installer's refusal from the helpdesk becomes one clear line and exit status 1, never a traceback."""
    from calmdesk.helpdesks.admin_api import InstallError

    try:
        yield
    except InstallError as exc:
        raise click.ClickException(str(exc)) from None
