"""Configured secrets never reach logs, error bodies or Redis (job payloads, results, failures); jobs are JSON.

The run below takes every path that writes text somewhere: accepted, refused and malformed deliveries, a note
posted, a 5xx retried, a 401 failing a job with its exception stored, a 404 dropping one.
(The admin page is not built yet, so it is not scanned here.)
"""

import base64
import json
import logging
import zlib

from tests.conftest import ZENDESK_SECRET, ZENDESK_TOKEN, post_zendesk, run_worker_burst, signed_zendesk_headers
from tests.figures import record
from tests.worker_processes import run_scheduled_now, scheduled_job_ids

ADMIN_TOKEN = "calmdesk-test-admin-token-5f1c"
UPSET = ("This is the third time I'm writing about order #48213. It is still not here, nobody answers, "
         "and frankly this is unacceptable. I want a manager to call me today.")


def secret_forms(env: dict) -> list[str]:
    """Each secret as configured, plus the Basic-auth header value that carries the API token."""
    basic = base64.b64encode(f"{env['ZENDESK_EMAIL']}/token:{ZENDESK_TOKEN}".encode()).decode()
    return [ZENDESK_SECRET, ZENDESK_TOKEN, ADMIN_TOKEN, basic]


def redis_texts(conn) -> list[tuple[str, bytes]]:
    """Every key's content as bytes, with RQ's zlib-compressed job data decompressed."""
    found = []
    for key in conn.scan_iter(count=1000):
        kind = conn.type(key)
        if kind == b"string":
            values = [conn.get(key)]
        elif kind == b"hash":
            values = list(conn.hgetall(key).values())
        elif kind == b"list":
            values = conn.lrange(key, 0, -1)
        elif kind in (b"set",):
            values = list(conn.smembers(key))
        elif kind == b"zset":
            values = conn.zrange(key, 0, -1)
        elif kind == b"stream":
            values = [repr(conn.xrange(key)).encode()]
        else:
            values = []
        for value in values:
            try:
                value = zlib.decompress(value)
            except zlib.error:
                pass
            found.append((key.decode(errors="replace"), value))
    return found


def test_secrets_never_leak_and_jobs_are_json(client, app, zendesk, env, redis, caplog, monkeypatch):
    env = {**env, "CALMDESK_ADMIN_TOKEN": ADMIN_TOKEN}
    for name, value in env.items():
        monkeypatch.setenv(name, value)  # the web side's log scrubber reads the same environment
    caplog.set_level(logging.DEBUG)
    bodies = []

    noted = zendesk.create_ticket("Where is my order?", "Dana Whitfield", "Where is order #48213?")
    storm = zendesk.create_ticket("Refund", "Ann Lee", "Refund please")
    revoked = zendesk.create_ticket("Broken", "Bo Chan", "It broke")
    deleted = zendesk.create_ticket("Gone", "Cy Diaz", "Hello")
    zendesk.inject("PUT", f"/api/v2/tickets/{storm}", 500)
    zendesk.inject("PUT", f"/api/v2/tickets/{revoked}", 401)
    zendesk.inject("PUT", f"/api/v2/tickets/{deleted}", 404)
    for ticket in (noted, storm, revoked, deleted):
        response = post_zendesk(client, zendesk.comment_added_event(ticket, zendesk.customer_says(ticket, UPSET)))
        assert response.status_code == 202
        bodies.append(response.data)
    refused = [
        post_zendesk(client, {"ticket_id": "1"}, secret="wrong-secret"),
        post_zendesk(client, {"ticket_id": "1"}, timestamp="2001-01-01T00:00:00Z"),
        client.post("/webhooks/zendesk", data=b"{bad", headers=signed_zendesk_headers(b"{bad")),
        client.post("/webhooks/zendesk", data=b"{}", headers={"Content-Type": "text/plain"}),
        client.post("/webhooks/freshdesk", data=b"{}", headers={"Content-Type": "application/json",
                                                                "Authorization": "Basic " + base64.b64encode(
                                                                    f"x:{ADMIN_TOKEN}".encode()).decode()}),
    ]
    assert [r.status_code for r in refused][:4] == [401, 401, 400, 415]
    bodies += [r.data for r in refused]

    logs = run_worker_burst(env).stderr
    run_scheduled_now(redis, only=[j for j in scheduled_job_ids(redis) if not j.startswith("followup-")])
    logs += run_worker_burst(env).stderr
    logs += "\n".join(record.getMessage() for record in caplog.records)

    assert len(zendesk.notes(noted)) == 1 and len(zendesk.notes(storm)) == 1  # the paths above really ran
    assert "credentials-rejected" in logs and "ticket-deleted" in logs

    stored = redis_texts(redis)
    leaks = [(where, secret) for secret in secret_forms(env)
             for where, text in [("worker and web logs", logs.encode()), ("error bodies", b"\n".join(bodies))]
             + stored if secret.encode() in text]
    job_hashes = [key for key in redis.scan_iter("rq:job:*") if redis.type(key) == b"hash"]
    record("secrets", secrets=len(secret_forms(env)), log_bytes=len(logs), error_bodies=len(bodies),
           redis_values=len(stored), job_hashes=len(job_hashes), leaks=len(leaks))
    assert leaks == []

    assert job_hashes
    for key in job_hashes:
        data = redis.hget(key, "data")
        assert data is not None, key
        raw = zlib.decompress(data)
        assert not raw.startswith(b"\x80"), f"{key!r} holds a pickle"
        decoded = json.loads(raw)  # JSONSerializer: function name, args, kwargs as JSON
        assert isinstance(decoded, list) and isinstance(decoded[0], str)
