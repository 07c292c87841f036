"""The `calmdesk` command line."""

from __future__ import annotations

import json
import sys

import click

from calmdesk.cli.backfill import backfill_command
from calmdesk.cli.check_config import check_config_command
from calmdesk.cli.context import cli_settings
from calmdesk.cli.failed import failed
from calmdesk.cli.followups import followups_command
from calmdesk.cli.freshdesk import freshdesk_group
from calmdesk.cli.zendesk import zendesk_group
from calmdesk.config import ConfigError, load_config
from calmdesk.demo.replay import run_demo
from calmdesk.events import clean_text
from calmdesk.helpdesks.html_text import html_to_text
from calmdesk.logs import configure_logging
from calmdesk.ops.embedded_redis import EmbeddedRedisError
from calmdesk.ops.processes import run_all
from calmdesk.ops.web_server import serve
from calmdesk.settings import Settings, SettingsError, check_admin_token
from worker.detector import detect
from worker.runner import run_worker
from worker.writing.preview import preview as render_preview

_settings = cli_settings


def _server_settings() -> Settings:
    settings = _settings()
    try:
        check_admin_token(settings)
    except SettingsError as exc:
        raise click.UsageError(str(exc)) from None
    return settings


@click.group()
@click.version_option(package_name="calmdesk")
def main() -> None:
    """calmdesk: de-escalation notes, reply drafts and follow-ups for Zendesk and Freshdesk."""


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
def run(host: str, port: int) -> None:
    """Web, worker and scheduler in one command (embedded Redis unless REDIS_URL is set)."""
    configure_logging()
    settings = _server_settings()
    try:
        sys.exit(run_all(settings, host, port))
    except EmbeddedRedisError as exc:
        raise click.ClickException(str(exc)) from None


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
def web(host: str, port: int) -> None:
    """The webhook receiver and admin pages, under waitress."""
    settings = _server_settings()
    serve(host, port, settings.web_concurrency, settings.trusted_proxies)


@main.command()
@click.option("--burst", is_flag=True, help="Work until the queue is empty, then exit.")
@click.option("--fork/--simple", default=False,
              help="Run each job in a forked child (isolation) instead of in the worker process (default: faster, "
                   "and HTTP connections to the helpdesk are reused between jobs).")
def worker(burst: bool, fork: bool) -> None:
    """An RQ worker with the scheduler, for calmdesk's queue."""
    configure_logging()
    run_worker(_settings(), burst=burst, simple=not fork)


@main.command()
@click.option("--jsonl", is_flag=True, help='Read lines of {"id", "text"}; print one verdict line per input.')
def analyze(jsonl: bool) -> None:
    """Print the detector's verdict on a message read from stdin, as JSON."""
    if not jsonl:
        click.echo(json.dumps(detect(sys.stdin.read()).to_dict(), ensure_ascii=False))
        return
    for number, line in enumerate(sys.stdin, 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            text = item["text"]
            if not isinstance(text, str):
                raise TypeError
        except (ValueError, KeyError, TypeError):
            click.echo(f"line {number}: expected a JSON object with a string 'text'", err=True)
            sys.exit(2)
        verdict = detect(text).to_dict()
        click.echo(json.dumps({"id": item.get("id"), **verdict}, ensure_ascii=False))


@main.command()
@click.option("--name", default="", help="The customer's name, for the greeting.")
@click.option("--locale", default="", help="The customer's locale (es-ES, fr, de); else detected from the text.")
@click.option("--json", "as_json", is_flag=True, help='Print {"playbook", "note_html", "reply_text", "language"}.')
def preview(name: str, locale: str, as_json: bool) -> None:
    """Show the playbook, note and reply draft calmdesk would write for a message read from stdin."""
    try:
        templates = load_config(_settings()).templates
    except ConfigError as exc:
        raise click.ClickException(str(exc)) from None
    # Cleaned in and out: escape sequences in a pasted message must not reach the terminal (issue 16, L3).
    result = render_preview(clean_text(sys.stdin.read()), name=name or None, locale=locale or None,
                            team_language=templates.team_language, templates_dir=templates.directory)
    if as_json:
        keys = ("playbook", "note_html", "reply_text", "language")
        click.echo(json.dumps({k: result[k] for k in keys}, ensure_ascii=False))
        return
    click.echo(clean_text(f"playbook: {result['playbook']}  (verdict: {result['level']}; "
                          f"reply in {result['language']})\n"))
    click.echo(html_to_text(result["note_html"]))  # html_to_text cleans what it returns


@main.command()
@click.option("--serve/--no-serve", default=None, help="Keep the sandbox pages up after the run (default: on a terminal).")
def demo(serve: bool | None) -> None:
    """Run the whole flow against a built-in sandbox helpdesk and show the notes."""
    sys.exit(run_demo(serve=sys.stdin.isatty() if serve is None else serve))


for command in (followups_command, check_config_command, zendesk_group, freshdesk_group, backfill_command, failed):
    main.add_command(command)


if __name__ == "__main__":
    main()
