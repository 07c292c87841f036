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
from calmdesk.ops.startup import check_start
from calmdesk.ops.web_server import serve
from calmdesk.settings import Settings, SettingsError, check_admin_token
from worker.detector import DetectionContext, detect
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


_HINTS = click.option("--hints/--no-hints", default=True, hidden=True,
                      help="Log the setup hints at start (`calmdesk run` logs them once for its children).")


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
def run(host: str, port: int) -> None:
    """Web, worker and scheduler in one command (embedded Redis unless REDIS_URL is set)."""
    configure_logging()
    settings = _server_settings()
    if not check_start(settings, "calmdesk", embedded_allowed=True):
        sys.exit(2)
    try:
        sys.exit(run_all(settings, host, port))
    except EmbeddedRedisError as exc:
        raise click.ClickException(str(exc)) from None


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
@_HINTS
def web(host: str, port: int, hints: bool) -> None:
    """The webhook receiver and admin pages, under waitress (WEB_CONCURRENCY threads)."""
    configure_logging()
    settings = _server_settings()
    if not check_start(settings, "web", ping=False, hints=hints):
        sys.exit(2)
    serve(host, port, settings.web_concurrency, settings.trusted_proxies)


@main.command()
@click.option("--burst", is_flag=True, help="Work until the queue is empty, then exit.")
@click.option("--fork/--simple", default=False,
              help="Run each job in a forked child (isolation) instead of in the worker process (default: faster, "
                   "and HTTP connections to the helpdesk are reused between jobs).")
@_HINTS
def worker(burst: bool, fork: bool, hints: bool) -> None:
    """An RQ worker with the scheduler, for calmdesk's queue."""
    configure_logging()
    settings = _settings()
    if not check_start(settings, "worker", hints=hints):
        sys.exit(2)
    run_worker(settings, burst=burst, simple=not fork)


@main.command()
@click.option("--worker", "of_worker", is_flag=True, help="Check this host's worker instead of its web process.")
@click.option("--port", default=8000, show_default=True, type=int, help="The web process's port.")
def health(of_worker: bool, port: int) -> None:
    """Exit 0 when this host's web process (or worker) is healthy; for Docker and systemd health checks."""
    from calmdesk.ops.health import web_problem, worker_problem

    problem = worker_problem(_settings()) if of_worker else web_problem(port)
    if problem:
        raise click.ClickException(problem)
    click.echo("healthy")


@main.command()
@click.option("--jsonl", is_flag=True,
              help='Read lines of {"id", "text", optional "requester_name", "subject"}; print one verdict line per input.')
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
        name, subject = item.get("requester_name") or "", item.get("subject") or ""
        if not isinstance(name, str) or not isinstance(subject, str):
            click.echo(f"line {number}: 'requester_name' and 'subject' must be strings when given", err=True)
            sys.exit(2)
        verdict = detect(text, DetectionContext(requester_name=name, subject=subject)).to_dict()
        click.echo(json.dumps({"id": item.get("id"), **verdict}, ensure_ascii=False))


@main.command()
@click.option("--name", default="", help="The customer's name, for the greeting (same as --requester-name).")
@click.option("--requester-name", "requester_name", default="", help="The name on the helpdesk profile.")
@click.option("--subject", default="", help="The ticket subject, which also helps choose the topic.")
@click.option("--locale", default="", help="The customer's locale (es-ES, fr, de); else detected from the text.")
@click.option("--timezone", "timezone_name", default="", help="The customer's timezone (IANA or helpdesk name).")
@click.option("--json", "as_json", is_flag=True,
              help='Print {"playbook", "note_html", "reply_text", "language", "topic", "cues", "brief", "facts", '
                   '"words_before_draft", "register", ...}.')
def preview(name: str, requester_name: str, subject: str, locale: str, timezone_name: str, as_json: bool) -> None:
    """Show the playbook, note and reply draft calmdesk would write for a message read from stdin."""
    try:
        config = load_config(_settings())
    except ConfigError as exc:
        raise click.ClickException(str(exc)) from None
    templates = config.templates
    result = render_preview(clean_text(sys.stdin.read()), name=requester_name or name or None, locale=locale or None,
                            subject=subject, team_language=templates.team_language, templates_dir=templates.directory,
                            timezone_name=timezone_name, followup_seconds=config.followups.after_seconds)
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False))
        return
    if not result["flagged"]:
        click.echo("calm: no note (calmdesk posts nothing for this message)")
        return
    click.echo(clean_text(f"playbook: {result['playbook']}  (verdict: {result['level']}; "
                          f"reply in {result['language']})\n"))
    click.echo(html_to_text(result["note_html"]))  # html_to_text cleans what it returns


@main.command()
@click.option("--public-url", default="http://127.0.0.1:8000", show_default=True,
              help="Where calmdesk runs: the address the sandbox's webhook is to point at.")
@click.option("--zendesk-port", default=8101, show_default=True, type=int)
@click.option("--form-port", default=8100, show_default=True, type=int)
@click.option("--freshdesk-port", default=8102, show_default=True, type=int)
def sandbox(public_url: str, zendesk_port: int, form_port: int, freshdesk_port: int) -> None:
    """Keep a stand-in Zendesk running to try the real setup against, with a "the customer says…" form."""
    import logging
    import threading

    from calmdesk.demo.tryout import instructions, start_tryout

    logging.basicConfig(level=logging.WARNING, format="%(message)s")
    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    try:
        tryout = start_tryout(zendesk_port=zendesk_port, form_port=form_port, freshdesk_port=freshdesk_port)
    except OSError as exc:
        raise click.ClickException(f"cannot listen on ports {zendesk_port}, {freshdesk_port} and {form_port} "
                                   f"({exc.strerror}); choose others with --zendesk-port, --freshdesk-port and "
                                   "--form-port") from None
    click.echo(instructions(tryout, public_url), nl=True)
    sys.stdout.flush()
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        tryout.stop()


@main.command()
@click.option("--serve/--no-serve", default=None, help="Keep the sandbox pages up after the run (default: on a terminal).")
def demo(serve: bool | None) -> None:
    """Run the whole flow against a built-in sandbox helpdesk and show the notes."""
    sys.exit(run_demo(serve=sys.stdin.isatty() if serve is None else serve))


for command in (followups_command, check_config_command, zendesk_group, freshdesk_group, backfill_command, failed):
    main.add_command(command)


if __name__ == "__main__":
    main()
