"""The `calmdesk` command line."""

from __future__ import annotations

import json
import sys

import click

from .cli_context import cli_settings
from .logs import configure_logging


_settings = cli_settings  # the name the command modules import


@click.group()
@click.version_option(package_name="calmdesk")
def main() -> None:
    """calmdesk: de-escalation notes, reply drafts and follow-ups for Zendesk and Freshdesk."""


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
def run(host: str, port: int) -> None:
    """Web, worker and scheduler in one command (embedded Redis unless REDIS_URL is set)."""
    from .embedded_redis import EmbeddedRedisError
    from .supervisor import run_all

    configure_logging()
    try:
        sys.exit(run_all(_settings(), host, port))
    except EmbeddedRedisError as exc:
        raise click.ClickException(str(exc)) from None


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
def web(host: str, port: int) -> None:
    """The webhook receiver and admin pages, under gunicorn."""
    from .web_server import serve

    _settings()
    serve(host, port)


@main.command()
@click.option("--burst", is_flag=True, help="Work until the queue is empty, then exit.")
@click.option("--fork/--simple", default=False,
              help="Run each job in a forked child (isolation) instead of in the worker process (default: faster, "
                   "and HTTP connections to the helpdesk are reused between jobs).")
def worker(burst: bool, fork: bool) -> None:
    """An RQ worker with the scheduler, for calmdesk's queue."""
    from .worker_process import run_worker

    configure_logging()
    run_worker(_settings(), burst=burst, simple=not fork)


@main.command()
@click.option("--jsonl", is_flag=True, help='Read lines of {"id", "text"}; print one verdict line per input.')
def analyze(jsonl: bool) -> None:
    """Print the detector's verdict on a message read from stdin, as JSON."""
    from worker.detector import detect

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
@click.option("--name", default="", help="The customer's name, for the greeting (same as --requester-name).")
@click.option("--requester-name", "requester_name", default="", help="The name on the helpdesk profile.")
@click.option("--subject", default="", help="The ticket subject, which also helps choose the topic.")
@click.option("--locale", default="", help="The customer's locale (es-ES, fr, de); else detected from the text.")
@click.option("--timezone", "timezone_name", default="", help="The customer's timezone (IANA or helpdesk name).")
@click.option("--json", "as_json", is_flag=True,
              help='Print {"playbook", "note_html", "reply_text", "language", "topic", "cues", "brief", "facts", '
                   '"words_before_draft", ...}.')
def preview(name: str, requester_name: str, subject: str, locale: str, timezone_name: str, as_json: bool) -> None:
    """Show the playbook, note and reply draft calmdesk would write for a message read from stdin."""
    from worker.preview import preview as render_preview
    from worker.text import html_to_text

    from .config import ConfigError, load_config

    try:
        config = load_config(_settings())
    except ConfigError as exc:
        raise click.ClickException(str(exc)) from None
    templates = config.templates
    result = render_preview(sys.stdin.read(), name=requester_name or name or None, locale=locale or None,
                            subject=subject, team_language=templates.team_language, templates_dir=templates.directory,
                            timezone_name=timezone_name, followup_seconds=config.followups.after_seconds)
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False))
        return
    if not result["flagged"]:
        click.echo("calm: no note (calmdesk posts nothing for this message)")
        return
    click.echo(f"playbook: {result['playbook']}  (verdict: {result['level']}; reply in {result['language']})\n")
    click.echo(html_to_text(result["note_html"]))


@main.command()
@click.option("--serve/--no-serve", default=None, help="Keep the sandbox pages up after the run (default: on a terminal).")
def demo(serve: bool | None) -> None:
    """Run the whole flow against a built-in sandbox helpdesk and show the notes."""
    from .demo import run_demo

    sys.exit(run_demo(serve=sys.stdin.isatty() if serve is None else serve))


def _register_commands() -> None:
    from .cli_followups import followups_command

    main.add_command(followups_command)
    from .check_config import check_config_command  # `calmdesk check-config`
    main.add_command(check_config_command)
    from .install_zendesk import zendesk_group  # `calmdesk zendesk install|uninstall`
    main.add_command(zendesk_group)
    from .install_freshdesk import freshdesk_group  # `calmdesk freshdesk install`
    main.add_command(freshdesk_group)
    from .backfill import backfill_command  # `calmdesk backfill`
    main.add_command(backfill_command)
    from .cli_failed import failed  # `calmdesk failed list|retry`
    main.add_command(failed)


_register_commands()


if __name__ == "__main__":
    main()
