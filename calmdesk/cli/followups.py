"""`calmdesk followups`: scheduled and overdue follow-ups, soonest first."""

from __future__ import annotations

import json
from datetime import datetime, timezone

import click
import redis

from calmdesk.connection import connect
from calmdesk.cli.context import cli_settings
from worker import followups


@click.command("followups")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@click.option("--all", "show_all", is_flag=True, help="Also the follow-ups calmdesk gave up on, with the reason.")
def followups_command(as_json: bool, show_all: bool) -> None:
    """List scheduled and overdue follow-ups: ticket, due time, state."""
    conn = connect(cli_settings())
    try:
        records = followups.listing(conn) + (followups.given_up(conn) if show_all else [])
    except redis.RedisError as exc:
        raise click.ClickException(f"Redis is unreachable ({type(exc).__name__}); is calmdesk running?") from None
    now = datetime.now(timezone.utc)
    if as_json:
        for record in records:
            click.echo(json.dumps({**record.__dict__, "overdue": record.due < now}))
        return
    if not records:
        click.echo("No follow-ups scheduled.")
        return
    click.echo(f"{'helpdesk':<10} {'ticket':<10} {'due (UTC)':<18} {'state':<10} reference")
    for record in records:
        state = record.state if record.state != followups.SCHEDULED else "OVERDUE" if record.due < now else record.state
        click.echo(f"{record.helpdesk:<10} {record.ticket_id:<10} {record.due:%Y-%m-%d %H:%M}   {state:<10} "
                   f"{record.reference}" + (f"  ({record.error})" if record.error else ""))
