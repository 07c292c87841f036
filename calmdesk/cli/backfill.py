"""`calmdesk backfill`: click over calmdesk.ops.backfill, with a progress bar."""

from __future__ import annotations

import time

import click
import redis

from calmdesk.connection import connect
from calmdesk.cli.context import cli_settings_and_config
from calmdesk.durations import DurationError, parse_duration
from calmdesk.helpdesks.base import HelpdeskError
from calmdesk.ops.backfill import BackfillError, BackfillReport, Page, backfill, lister_for, progress

STEPS = 1000  # the bar's resolution: a tenth of a percent


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
    started = time.time()
    # The helpdesks do not say how many tickets there are, but they list them oldest update first: how far the
    # listing is through the time window is the progress, and click works out the ETA from it.
    bar = click.progressbar(length=STEPS, label=f"{helpdesk} tickets", show_percent=True, show_eta=True,
                            show_pos=False, width=30)
    with bar:
        def on_page(page: Page, report: BackfillReport) -> None:
            done = STEPS if page.done else int(STEPS * progress(report.since, page.reached, started))
            bar.label = f"{helpdesk}: {report.seen} tickets, {report.queued} queued"
            bar.update(max(0, done - bar.pos))  # redraws with the new label even when the position stays

        try:
            report = backfill(conn, settings.queue_name, config, lister, since, restart=restart, on_page=on_page)
        except BackfillError as exc:
            raise click.ClickException(str(exc)) from None
        except (HelpdeskError, redis.RedisError) as exc:
            raise click.ClickException(f"stopped: {exc}. Run the same command again to continue where it stopped.")
    click.echo(f"{report.seen} tickets updated in the last {since_text}"
               + (" (resumed)" if report.resumed else "") + f": {report.open} open, {report.queued} queued, "
               f"{report.duplicates} already queued before, {report.not_watched} outside the rules.")
    if report.queued:
        click.echo("The worker analyses them from the queue; tickets noted before are not noted again.")
