"""`calmdesk demo`: the whole flow, for real, against a sandbox Zendesk and a sandbox Freshdesk on this machine."""

from __future__ import annotations

import base64
import json
import logging
import shutil
import subprocess
import sys
import tempfile
import textwrap
import time
from datetime import datetime, timezone
from pathlib import Path

import redis
import requests
from rq.registry import StartedJobRegistry

from calmdesk.helpdesks.zendesk.webhook import sign_zendesk_body

from calmdesk.demo.conversations import CONVERSATIONS, FRESHDESK_CONVERSATIONS
from calmdesk.events import clean_text
from calmdesk.ops.embedded_redis import EmbeddedRedis, die_with_parent
from calmdesk.sandbox.freshdesk import FreshdeskSandbox
from calmdesk.sandbox.serving import ServerThread
from calmdesk.sandbox.zendesk import ZendeskSandbox
from calmdesk.queue import DEFAULT_QUEUE_NAME, named_queue
from calmdesk.settings import environment, load_settings

DEMO_SECRET = "demo-webhook-secret"
DEMO_TOKEN = "demo-api-token"
DEMO_FRESHDESK_KEY = "demo-freshdesk-api-key"
DEMO_FRESHDESK_WEBHOOK_TOKEN = "demo-freshdesk-webhook-token"


def run_demo(serve: bool = False) -> int:
    # The terminal shows what the agent sees; the in-process web server's request logs would bury it.
    logging.getLogger("calmdesk").setLevel(logging.WARNING)
    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    workdir = Path(tempfile.mkdtemp(prefix="calmdesk-demo-"))
    zendesk = ZendeskSandbox(api_token=DEMO_TOKEN)
    freshdesk = FreshdeskSandbox(api_key=DEMO_FRESHDESK_KEY)
    with EmbeddedRedis(workdir, appendonly=False) as store, ServerThread(zendesk.app) as helpdesk, \
            ServerThread(freshdesk.app) as freshdesk_server:
        freshdesk.url = freshdesk_server.url
        env = {
            "REDIS_URL": store.url, "CALMDESK_DATA_DIR": str(workdir), "CALMDESK_FOLLOWUP_AFTER": "24h",
            "ZENDESK_URL": helpdesk.url, "ZENDESK_EMAIL": zendesk.email, "ZENDESK_API_TOKEN": DEMO_TOKEN,
            "ZENDESK_WEBHOOK_SECRET": DEMO_SECRET, "CALMDESK_LOG_LEVEL": "WARNING",
            "FRESHDESK_URL": freshdesk.url, "FRESHDESK_API_KEY": DEMO_FRESHDESK_KEY,
            "FRESHDESK_WEBHOOK_TOKEN": DEMO_FRESHDESK_WEBHOOK_TOKEN,
        }
        from webhooks.app import create_app

        web = ServerThread(create_app({"CALMDESK_SETTINGS": load_settings(env)})).start()
        worker = subprocess.Popen([sys.executable, "-m", "calmdesk.cli", "worker"], env={**environment(), **env},
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, preexec_fn=die_with_parent)
        try:
            _say(f"calmdesk demo: sandbox Zendesk at {helpdesk.url}, sandbox Freshdesk at {freshdesk.url}, "
                 f"calmdesk at {web.url}\n")
            tickets = _replay(zendesk, web.url)
            freshdesk_tickets = _replay_freshdesk(freshdesk, web.url)
            if not _wait_until_idle(redis.Redis.from_url(store.url), worker):
                _say("the worker did not finish in time")
                return 1
            ok = _show("", zendesk, "html_body", tickets)
            ok = _show("Freshdesk ", freshdesk, "body", freshdesk_tickets) and ok
            _say(f"\nOpen {helpdesk.url}/ and {freshdesk.url}/ to see the sandboxes' tickets and notes.")
            if serve:
                _say("Serving until Ctrl-C.")
                try:
                    while True:
                        time.sleep(1)
                except KeyboardInterrupt:
                    pass
            return 0 if ok else 1
        finally:
            worker.terminate()
            worker.wait(10)
            web.stop()
            shutil.rmtree(workdir, ignore_errors=True)


def _replay(zendesk: ZendeskSandbox, web_url: str) -> list[tuple]:
    tickets = []
    for conversation in CONVERSATIONS:
        ticket_id = None
        for text in conversation.messages:
            if ticket_id is None:
                ticket_id = zendesk.create_ticket(conversation.subject, conversation.customer, text,
                                                  locale=conversation.locale)
                comment = zendesk.comments[ticket_id][-1]
            else:
                comment = zendesk.customer_says(ticket_id, text)
            answer = _deliver(web_url, zendesk.comment_added_event(ticket_id, comment))
            _say(f"  #{ticket_id} {conversation.customer}: {_short(text)}  -> webhook {answer}")
        tickets.append((ticket_id, conversation))
    return tickets


def _replay_freshdesk(freshdesk: FreshdeskSandbox, web_url: str) -> list[tuple]:
    """The first message opens the ticket (simple content from a ticket-creation rule, description as HTML);
    replies come through calmdesk's advanced rule body, as docs/freshdesk.md sets them up."""
    tickets = []
    for conversation in FRESHDESK_CONVERSATIONS:
        ticket_id = None
        for text in conversation.messages:
            if ticket_id is None:
                ticket_id = freshdesk.create_ticket(conversation.subject, conversation.customer, text,
                                                    language=conversation.locale)
                payload = freshdesk.simple_webhook(ticket_id, "{ticket_action:created}", with_comment=False)
            else:
                freshdesk.customer_says(ticket_id, text)
                payload = freshdesk.advanced_webhook(ticket_id, "{reply_sent:sent}")
            credentials = base64.b64encode(f"freshdesk:{DEMO_FRESHDESK_WEBHOOK_TOKEN}".encode()).decode()
            answer = requests.post(f"{web_url}/webhooks/freshdesk", json=payload, timeout=10,
                                   headers={"Authorization": f"Basic {credentials}"}).status_code
            _say(f"  Freshdesk #{ticket_id} {conversation.customer}: {_short(text)}  -> webhook {answer}")
        tickets.append((ticket_id, conversation))
    return tickets


def _deliver(web_url: str, payload: dict) -> int:
    body = json.dumps(payload).encode()
    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    headers = {"Content-Type": "application/json", "X-Zendesk-Webhook-Signature-Timestamp": stamp,
               "X-Zendesk-Webhook-Signature": sign_zendesk_body(DEMO_SECRET, stamp, body)}
    return requests.post(f"{web_url}/webhooks/zendesk", data=body, headers=headers, timeout=10).status_code


def _wait_until_idle(conn: redis.Redis, worker: subprocess.Popen, timeout: float = 90) -> bool:
    """Poll the queue until every job (and every job those jobs queued) has run."""
    queue = named_queue(conn, DEFAULT_QUEUE_NAME)
    started = StartedJobRegistry(queue=queue)
    deadline = time.monotonic() + timeout
    quiet_since = None
    while time.monotonic() < deadline:
        if worker.poll() is not None:
            sys.stderr.write(worker.stderr.read().decode()[-2000:])
            return False
        busy = len(queue) + started.count
        if busy == 0:
            quiet_since = quiet_since or time.monotonic()
            if time.monotonic() - quiet_since > 1.0:  # a finished analyse job may still be queueing its note
                return True
        else:
            quiet_since = None
        time.sleep(0.1)
    return False


def _show(label: str, sandbox, body_field: str, tickets: list[tuple]) -> bool:
    """Each ticket's notes as the agent would read them; False when a ticket did not get what the demo expects."""
    from calmdesk.helpdesks.html_text import html_to_text

    ok = True
    for ticket_id, conversation in tickets:
        notes = sandbox.notes(ticket_id)
        _say("\n" + "=" * 78)
        _say(f"{label}#{ticket_id} {conversation.subject} ({conversation.customer}): "
             f"{len(notes)} note{'s' if len(notes) != 1 else ''}, tags: {', '.join(sandbox.tickets[ticket_id]['tags']) or '-'}")
        if bool(notes) != conversation.expect_note:
            ok = False
            _say("  (unexpected: the demo expected " + ("a note" if conversation.expect_note else "no note") + ")")
        for note in notes:
            _say("-" * 78)
            for line in html_to_text(note[body_field]).splitlines():
                _say(textwrap.fill(line, 78, subsequent_indent="   ") if line.strip() else "")
    return ok


def _short(text: str, width: int = 70) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _say(line: str) -> None:
    print(clean_text(line), flush=True)  # conversation text must not drive the terminal (issue 16, L3)
