"""`calmdesk backfill`: click over calmdesk.ops.backfill, with a progress bar."""

from __future__ import annotations

import redis
import click

from calmdesk.connection import connect
from calmdesk.cli.context import cli_settings_and_config
from calmdesk.durations import DurationError, parse_duration
from calmdesk.helpdesks.base import HelpdeskError
from calmdesk.ops.backfill import BackfillError, BackfillReport, Page, backfill, lister_for


@click.command("backfill")
@click.option("--since", "since_text", default="7d", show_default=True, help="Tickets updated within: 90m, 12h, 7d.")
@click.option("--helpdesk", type=click.Choice(["zendesk", "freshdesk"]), default="zendesk", show_default=True)
@click.option("--account", default="default", show_default=True)
@click.option("--restart", is_flag=True, help="Ignore a saved cursor and start over (dedup still applies).")
def backfill_command(since_text: str, helpdesk: str, account: str, restart: bool) -> None:
    """Queue an analysis for every open ticket updated recently, as its webhook would have."""
    try:
        since = parse_duration(since_text)
    except DurationError as exc:
        raise click.UsageError(f"--since: {exc}") from None
    settings, config = cli_settings_and_config()
    try:
        lister = lister_for(helpdesk, settings, account, page_size=1000 if helpdesk == "zendesk" else 100)
    except BackfillError as exc:
        raise click.UsageError(str(exc)) from None
    conn = connect(settings)
    bar = click.progressbar(iter(()), label=f"{helpdesk} tickets", show_pos=True, show_percent=False, show_eta=False)
    bar.length = None  # the helpdesks do not say how many tickets there are: show the count so far
    with bar:
        def on_page(page: Page, report: BackfillReport) -> None:
            bar.update(page.seen)
            bar.label = f"{helpdesk} tickets ({report.queued} queued)"

        try:
            report = backfill(conn, settings.queue_name, config, lister, since, restart=restart, on_page=on_page)
        except (HelpdeskError, redis.RedisError) as exc:
            raise click.ClickException(f"stopped: {exc}. Run the same command again to continue where it stopped.")
    click.echo(f"{report.seen} tickets updated in the last {since_text}"
               + (" (resumed)" if report.resumed else "") + f": {report.open} open, {report.queued} queued, "
               f"{report.duplicates} already queued before, {report.not_watched} outside the rules.")
    if report.queued:
        click.echo("The worker analyses them from the queue; tickets noted before are not noted again.")
