"""Which of calmdesk's files one upset Zendesk delivery runs through, from webhooks/ to the posted note, in order.

Starts a private Redis and a stand-in Zendesk, posts one signed delivery to the Flask app, and runs the queued jobs
in this process (RQ's SimpleWorker, burst), recording every project file whose code runs. Run:
    .venv/bin/python bench/delivery_path.py
"""

from __future__ import annotations

import json
import sys
import tempfile
import threading
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import redis  # noqa: E402
from rq import SimpleWorker  # noqa: E402

from calmdesk.helpdesks.zendesk.webhook import sign_zendesk_body  # noqa: E402
from calmdesk.ops.embedded_redis import EmbeddedRedis  # noqa: E402
from calmdesk.queue import SERIALIZER, named_queue  # noqa: E402
from calmdesk.sandbox.serving import ServerThread  # noqa: E402
from calmdesk.sandbox.zendesk import ZendeskSandbox  # noqa: E402
from calmdesk.settings import load_settings  # noqa: E402
from webhooks.app import create_app  # noqa: E402

FOLDERS = ("webhooks", "worker", "calmdesk", "templates")
UPSET = "This is the third time I'm writing about order #48213. Still nothing and nobody answers. Unacceptable."


def trace_files(run) -> list[str]:
    seen: list[str] = []
    sandbox_dir = str(REPO / "calmdesk" / "sandbox")

    def profile(frame, event, arg):
        if event == "call":
            name = frame.f_code.co_filename
            if name.startswith(str(REPO)) and not name.startswith(sandbox_dir) and "/tests/" not in name \
                    and "/bench/" not in name:
                rel = str(Path(name).relative_to(REPO))
                if rel.split("/")[0] in FOLDERS and (not seen or seen[-1] != rel):
                    seen.append(rel)

    sys.setprofile(profile)
    threading.setprofile(profile)
    try:
        run()
    finally:
        sys.setprofile(None)
        threading.setprofile(None)
    return seen


def main() -> None:
    from datetime import datetime, timezone

    workdir = Path(tempfile.mkdtemp(prefix="calmdesk-path-"))
    server = EmbeddedRedis(workdir).start()
    sandbox = ZendeskSandbox(api_token="path-token")
    try:
        with ServerThread(sandbox.app) as helpdesk:
            env = {"REDIS_URL": server.url, "CALMDESK_DATA_DIR": str(workdir), "ZENDESK_URL": helpdesk.url,
                   "ZENDESK_EMAIL": sandbox.email, "ZENDESK_API_TOKEN": "path-token",
                   "ZENDESK_WEBHOOK_SECRET": "path-secret", "CALMDESK_LOG_LEVEL": "WARNING"}
            import os

            os.environ.update(env)
            settings = load_settings(env)
            client = create_app({"TESTING": True, "CALMDESK_SETTINGS": settings}).test_client()
            ticket = sandbox.create_ticket("Where is my order?", "Dana Whitfield", "Where is order #48213?")
            body = json.dumps(sandbox.comment_added_event(ticket, sandbox.customer_says(ticket, UPSET))).encode()
            stamp = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
            headers = {"Content-Type": "application/json", "X-Zendesk-Webhook-Signature-Timestamp": stamp,
                       "X-Zendesk-Webhook-Signature": sign_zendesk_body("path-secret", stamp, body)}
            conn = redis.Redis.from_url(server.url)
            queue = named_queue(conn, settings.queue_name)
            worker = SimpleWorker([queue], connection=conn, serializer=SERIALIZER)

            def deliver_and_work():
                assert client.post("/webhooks/zendesk", data=body, headers=headers).status_code == 202
                worker.work(burst=True, logging_level="WARNING")

            files = trace_files(deliver_and_work)
            assert sandbox.notes(ticket), "no note was posted"
    finally:
        server.stop()
    distinct = list(dict.fromkeys(files))
    folders = [f.split("/")[0] + ("/" + f.split("/")[1] if f.count("/") > 1 else "") for f in files]
    changes = sum(1 for a, b in zip(folders, folders[1:]) if a != b)
    print(f"{len(distinct)} distinct project files ran; {changes} changes of folder along the way")
    for name in distinct:
        print("  " + name)


if __name__ == "__main__":
    main()
