"""Shared fixtures: a real Redis (private redis-server, or REDIS_URL), the app, sandbox helpdesks, worker runs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest
import redis as redis_lib

from calmdesk.ops.embedded_redis import EmbeddedRedis
from calmdesk.sandbox.freshdesk import FreshdeskSandbox
from calmdesk.sandbox.serving import ServerThread
from calmdesk.sandbox.zendesk import ZendeskSandbox
from calmdesk.settings import load_settings
from webhooks.app import create_app
from calmdesk.helpdesks.zendesk.webhook import sign_zendesk_body

ROOT = Path(__file__).resolve().parents[1]
ZENDESK_SECRET = "zendesk-test-signing-secret"
ZENDESK_TOKEN = "zendesk-test-api-token"
FRESHDESK_API_KEY = "freshdesk-test-api-key"
FRESHDESK_WEBHOOK_TOKEN = "freshdesk-test-webhook-token"


@pytest.fixture(scope="session")
def redis_url(tmp_path_factory):
    if os.environ.get("REDIS_URL"):
        yield os.environ["REDIS_URL"]
        return
    server = EmbeddedRedis(tmp_path_factory.mktemp("redis"))
    server.start()
    yield server.url
    server.stop()


@pytest.fixture
def redis(redis_url):
    conn = redis_lib.Redis.from_url(redis_url)
    conn.flushdb()
    yield conn
    conn.flushdb()


@pytest.fixture
def bare_zendesk():
    """The stand-in Zendesk without the contract check, for tests that send what Zendesk refuses on purpose."""
    sandbox = ZendeskSandbox(api_token=ZENDESK_TOKEN)
    with ServerThread(sandbox.app) as server:
        sandbox.url = server.url
        yield sandbox


@pytest.fixture
def zendesk(bare_zendesk):
    """The stand-in Zendesk. After the test, every request it received must be one Zendesk's OpenAPI document
    defines (tests/contract/): a request the real API does not define fails the test that made it."""
    from tests.contract.zendesk_contract import violations

    sandbox = bare_zendesk
    yield sandbox
    with sandbox.log.lock:
        recorded = list(sandbox.log.requests)
    problems = [p for r in recorded for p in violations(r.method, r.path, r.query, r.json)]
    assert not problems, "requests Zendesk's OpenAPI document does not define:\n" + "\n".join(dict.fromkeys(problems))


@pytest.fixture
def freshdesk():
    sandbox = FreshdeskSandbox(api_key=FRESHDESK_API_KEY)
    with ServerThread(sandbox.app) as server:
        sandbox.url = server.url
        yield sandbox


@pytest.fixture
def env(redis, redis_url, zendesk, freshdesk, tmp_path):
    """The environment a real deployment would have, pointing at the sandbox helpdesk and the test Redis."""
    values = {
        "REDIS_URL": redis_url,
        "CALMDESK_DATA_DIR": str(tmp_path / "data"),
        "CALMDESK_FOLLOWUP_AFTER": "24h",
        "ZENDESK_URL": zendesk.url,
        "ZENDESK_EMAIL": zendesk.email,
        "ZENDESK_API_TOKEN": ZENDESK_TOKEN,
        "ZENDESK_WEBHOOK_SECRET": ZENDESK_SECRET,
        "FRESHDESK_URL": freshdesk.url,
        "FRESHDESK_API_KEY": FRESHDESK_API_KEY,
        "FRESHDESK_WEBHOOK_TOKEN": FRESHDESK_WEBHOOK_TOKEN,
    }
    return values


@pytest.fixture
def app(env):
    return create_app({"TESTING": True, "CALMDESK_SETTINGS": load_settings(env)})


@pytest.fixture
def client(app):
    return app.test_client()


def signed_zendesk_headers(body: bytes, secret: str = ZENDESK_SECRET, timestamp: str | None = None) -> dict:
    timestamp = timestamp or datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    return {
        "Content-Type": "application/json",
        "X-Zendesk-Webhook-Signature": sign_zendesk_body(secret, timestamp, body),
        "X-Zendesk-Webhook-Signature-Timestamp": timestamp,
        "X-Zendesk-Webhook-Id": "01HWEBHOOKTEST00000000000",
        "User-Agent": "Zendesk Webhook",
    }


def post_zendesk(client, payload: dict, **kwargs):
    body = json.dumps(payload).encode()
    return client.post("/webhooks/zendesk", data=body, headers=signed_zendesk_headers(body, **kwargs))


def agent_applies_macro(zendesk, ticket_id: int, title: str) -> None:
    """What an agent does in Zendesk's ticket view: apply the macro (the form shows its changes, nothing is saved:
    Show Ticket After Changes) and submit (one update of the ticket, which runs the triggers)."""
    import requests

    (macro_id,) = [m["id"] for m in zendesk.macros.values() if m["title"] == title]
    session = requests.Session()
    session.auth = (f"{zendesk.email}/token", ZENDESK_TOKEN)
    shown = session.get(f"{zendesk.url}/api/v2/tickets/{ticket_id}/macros/{macro_id}/apply")
    shown.raise_for_status()
    submitted = session.put(f"{zendesk.url}/api/v2/tickets/{ticket_id}",
                            json={"ticket": {"tags": shown.json()["result"]["ticket"]["tags"]}})
    submitted.raise_for_status()


def agent_runs_scenario(freshdesk, ticket_id: int, tag: str) -> None:
    """An agent runs the scenario `calmdesk freshdesk install` tells the admin to make for `tag`: it adds the tag and
    the scenario's private note, as that agent (calmdesk/helpdesks/freshdesk/setup.py, scenario_steps)."""
    from calmdesk.events import FEEDBACK_TAGS
    from calmdesk.helpdesks.freshdesk.webhook import FEEDBACK_NOTES

    freshdesk.agent_runs_scenario(ticket_id, [tag], FEEDBACK_NOTES[FEEDBACK_TAGS[tag]])


def freshdesk_headers(token: str | None = FRESHDESK_WEBHOOK_TOKEN, form: str = "basic") -> dict:
    """What a Freshdesk rule's webhook sends: the token as basic-auth password, or in X-Calmdesk-Token."""
    import base64

    headers = {"Content-Type": "application/json", "User-Agent": "Freshdesk"}
    if token is not None and form == "basic":
        headers["Authorization"] = "Basic " + base64.b64encode(f"freshdesk:{token}".encode()).decode()
    elif token is not None:
        headers["X-Calmdesk-Token"] = token
    return headers


def post_freshdesk(client, payload: dict, **kwargs):
    return client.post("/webhooks/freshdesk", data=json.dumps(payload).encode(), headers=freshdesk_headers(**kwargs))


def run_worker_burst(env: dict, timeout: float = 60) -> subprocess.CompletedProcess:
    """Run a real RQ worker process until the queue is empty (jobs scheduled for later stay scheduled)."""
    full_env = {**os.environ, **env, "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-m", "calmdesk.cli", "worker", "--burst"], env=full_env, cwd=ROOT,
                            capture_output=True, text=True, timeout=timeout)
    assert result.returncode == 0, result.stderr[-3000:]
    if os.environ.get("CALMDESK_DEBUG_WORKER"):
        print(result.stderr)
    return result


def queued_jobs(redis_conn) -> int:
    from rq import Queue

    return len(Queue("calmdesk", connection=redis_conn))
