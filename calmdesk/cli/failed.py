"""`calmdesk failed list|retry`: see the jobs that failed after their retries, and put them back on the queue."""

from __future__ import annotations

import json

import click
import redis

from calmdesk.cli.context import cli_settings
from calmdesk.connection import connect
from calmdesk.state.failed_jobs import list_failed, retry_failed


def _connection():
    settings = cli_settings()
    conn = connect(settings, socket_timeout=5, socket_connect_timeout=2)
    try:
        conn.ping()
    except (redis.RedisError, OSError):
        raise click.ClickException(f"Redis at {settings.redis_location} is unreachable: start calmdesk "
                                   "(or its Redis) or set REDIS_URL") from None
    return conn, settings.queue_name


@click.group()
def failed() -> None:
    """Jobs that failed after all their retries (kept 30 days)."""


@failed.command("list")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
def list_command(as_json: bool) -> None:
    """Show each failed job: id, job, when, and the error's last line."""
    conn, queue_name = _connection()
    jobs = list_failed(conn, queue_name)
    for job in jobs:
        if as_json:
            click.echo(json.dumps(job.to_dict(), ensure_ascii=False))
        else:
            click.echo(f"{job.id}  {job.failed_at or '-'}  {job.description or job.job}\n    {job.error}")
    if not as_json:
        click.echo(f"{len(jobs)} failed job(s)", err=True)


@failed.command("retry")
@click.argument("job_ids", nargs=-1)
@click.option("--all", "retry_all", is_flag=True, help="Retry every failed job.")
def retry_command(job_ids: tuple[str, ...], retry_all: bool) -> None:
    """Put failed jobs back on the queue: JOB_ID... or --all. Notes are never posted twice by a retry."""
    if bool(job_ids) == retry_all:
        raise click.UsageError("give job ids (from `calmdesk failed list`) or --all, not both")
    conn, queue_name = _connection()
    report = retry_failed(conn, queue_name, None if retry_all else list(job_ids))
    for job_id in report.retried:
        click.echo(f"retried {job_id}")
    for job_id in report.missing:
        click.echo(f"not in the failed jobs: {job_id}", err=True)
    if report.missing:
        raise SystemExit(1)
