"""Follow-ups end to end: a task in Zendesk, calmdesk's own check at the due time, and crash/restart recovery."""

import os
import signal
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone

import redis as redis_lib

from calmdesk.ops.embedded_redis import EmbeddedRedis
from calmdesk.settings import load_settings
from tests.conftest import ROOT, post_zendesk, run_worker_burst
from webhooks.app import create_app
from worker import followups

UPSET = ("This is the third time I'm writing about order #48213. It is still not here, nobody answers, "
         "and frankly this is unacceptable. I want a manager to call me today.")


def escalate(client, zendesk, env):
    ticket = zendesk.create_ticket("Where is my order?", "Dana Whitfield", "Where is order #48213?",
                                   assignee_id=None)
    comment = zendesk.customer_says(ticket, UPSET)
    assert post_zendesk(client, zendesk.comment_added_event(ticket, comment)).status_code == 202
    run_worker_burst(env)
    assert len(zendesk.notes(ticket)) == 1
    return ticket


def tasks(zendesk):
    return [t for t in zendesk.tickets.values() if t["type"] == "task"]


def wait_until(condition, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.1)
    raise AssertionError(f"timed out after {timeout}s waiting for {what}")


def wait_until_due(conn, followup_id):
    record = followups.load(conn, followup_id)
    wait_until(lambda: datetime.now(timezone.utc) >= record.due, 30, "the due time")


def only_followup(conn):
    records = followups.listing(conn)
    assert len(records) == 1
    return records[0]


def test_task_created_with_due_at_and_nothing_reaches_the_customer(client, zendesk, env, redis):
    before = datetime.now(timezone.utc)
    ticket = escalate(client, zendesk, env)
    [task] = tasks(zendesk)
    due = datetime.fromisoformat(task["due_at"].replace("Z", "+00:00"))
    # "call me today" is a demand for today, so a deadline today: the follow-up is due in 2 hours, not the default 24.
    assert before + timedelta(hours=2) - timedelta(seconds=5) <= due <= datetime.now(timezone.utc) + timedelta(hours=2)
    assert task["subject"] == f"Follow up: Where is my order? (#{ticket})"
    assert task["requester_id"] == zendesk.api_user  # the API user, so no email reaches the customer
    first = zendesk.comments[task["id"]][0]
    assert first["public"] is False and f"#{ticket}" in first["html_body"]
    assert f"calmdesk_followup_for_{ticket}" in task["tags"]
    assert f"calmdesk_followup_task_{task['id']}" in zendesk.tickets[ticket]["tags"]
    create = zendesk.log.matching("POST", "/api/v2/tickets")
    assert len(create) == 1 and create[0].headers.get("Idempotency-Key", "").startswith("calmdesk-followup-")
    assert zendesk.outbox == []
    record = only_followup(redis)
    assert record.ticket_id == str(ticket) and record.reference == str(task["id"])


def test_solved_ticket_gets_its_task_closed(client, zendesk, env, redis):
    env = {**env, "CALMDESK_FOLLOWUP_AFTER": "2s"}
    ticket = escalate(client, zendesk, env)
    zendesk.tickets[ticket]["status"] = "solved"
    record = only_followup(redis)
    wait_until_due(redis, record.id)
    run_worker_burst(env)
    [task] = tasks(zendesk)
    assert task["status"] == "solved" and task["assignee_id"] == zendesk.api_user
    assert "solved" in zendesk.comments[task["id"]][-1]["body"]
    assert followups.load(redis, record.id).state == followups.CLOSED
    assert len(zendesk.notes(ticket)) == 1  # no reminder


def test_open_unanswered_ticket_gets_a_reminder_and_a_priority_bump(client, zendesk, env, redis, tmp_path):
    config = tmp_path / "calmdesk.yaml"
    config.write_text("followups:\n  bump_priority: true\n")
    env = {**env, "CALMDESK_FOLLOWUP_AFTER": "2s", "CALMDESK_CONFIG": str(config)}
    ticket = escalate(client, zendesk, env)
    record = only_followup(redis)
    wait_until_due(redis, record.id)
    run_worker_burst(env)
    notes = zendesk.notes(ticket)
    assert len(notes) == 2 and "follow-up is due" in notes[-1]["html_body"]
    assert zendesk.tickets[ticket]["priority"] == "high"
    [task] = tasks(zendesk)
    assert task["status"] == "open"  # the promise is still owed
    assert followups.load(redis, record.id).state == followups.REMINDED
    assert zendesk.outbox == []


def test_agent_reply_closes_the_task(client, zendesk, env, redis):
    env = {**env, "CALMDESK_FOLLOWUP_AFTER": "2s"}
    ticket = escalate(client, zendesk, env)
    agent = zendesk.add_user("Sam Agent", "sam@example.com", role="agent")
    zendesk.add_comment(ticket, agent, "Hi Dana, the parcel is with the courier and arrives Thursday.")
    record = only_followup(redis)
    wait_until_due(redis, record.id)
    run_worker_burst(env)
    [task] = tasks(zendesk)
    assert task["status"] == "solved" and "agent replied" in zendesk.comments[task["id"]][-1]["body"]
    assert followups.load(redis, record.id).state == followups.REPLIED
    assert len(zendesk.notes(ticket)) == 1


def start_worker(env):
    return subprocess.Popen([sys.executable, "-m", "calmdesk.cli", "worker"], env={**os.environ, **env,
                            "PYTHONPATH": str(ROOT)}, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)


def test_worker_killed_before_due_time_still_follows_up_after_restart(client, zendesk, env, redis):
    env = {**env, "CALMDESK_FOLLOWUP_AFTER": "4s", "CALMDESK_SWEEP_INTERVAL": "1", "CALMDESK_SWEEP_GRACE": "1"}
    ticket = zendesk.create_ticket("Where is my order?", "Dana Whitfield", "Where is order #48213?")
    comment = zendesk.customer_says(ticket, UPSET)
    first = start_worker(env)
    try:
        assert post_zendesk(client, zendesk.comment_added_event(ticket, comment)).status_code == 202
        wait_until(lambda: followups.listing(redis), 30, "the follow-up to be scheduled")
    finally:
        os.killpg(first.pid, signal.SIGKILL)  # the worker holding RQ's scheduler lock dies without cleanup
        first.wait()
    record = only_followup(redis)
    wait_until_due(redis, record.id)
    second = start_worker(env)
    try:
        wait_until(lambda: followups.load(redis, record.id).state != followups.SCHEDULED, 120,
                   "the follow-up to run after the restart")
    finally:
        os.killpg(second.pid, signal.SIGTERM)
        second.wait(30)
    assert followups.load(redis, record.id).state == followups.REMINDED
    assert len(zendesk.notes(ticket)) == 2  # the note, then exactly one reminder


def test_redis_restart_loses_no_scheduled_followup(client, zendesk, env, tmp_path):
    store = EmbeddedRedis(tmp_path / "persistent").start()
    try:
        env = {**env, "REDIS_URL": store.url, "CALMDESK_FOLLOWUP_AFTER": "3s"}
        local_client = create_app({"TESTING": True, "CALMDESK_SETTINGS": load_settings(env)}).test_client()
        ticket = escalate(local_client, zendesk, env)
        conn = redis_lib.Redis.from_url(store.url)
        record = only_followup(conn)
        conn.close()
        store.stop()  # SIGTERM: Redis flushes its append-only file
        store.start()
        conn = redis_lib.Redis.from_url(store.url)
        assert only_followup(conn).id == record.id
        from rq import Queue
        from rq.registry import ScheduledJobRegistry
        assert f"followup-{record.id}" in ScheduledJobRegistry(queue=Queue("calmdesk", connection=conn)).get_job_ids()
        wait_until_due(conn, record.id)
        run_worker_burst(env)
        assert followups.load(conn, record.id).state == followups.REMINDED
        assert len(zendesk.notes(ticket)) == 2
    finally:
        store.stop()


def test_followups_command_lists_scheduled_followups(client, zendesk, env, redis):
    ticket = escalate(client, zendesk, env)
    result = subprocess.run([sys.executable, "-m", "calmdesk.cli", "followups"], env={**os.environ, **env},
                            cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert f" {ticket} " in result.stdout and "scheduled" in result.stdout


def test_rules_raise_priority_and_count_followups(client, zendesk, env, redis, tmp_path):
    config = tmp_path / "calmdesk.yaml"
    config.write_text("rules:\n  bump_priority:\n    cues: [repeat_contact]\n    to: urgent\n")
    env = {**env, "CALMDESK_CONFIG": str(config)}
    ticket = escalate(client, zendesk, env)
    assert zendesk.tickets[ticket]["priority"] == "urgent"
    from calmdesk.state.counters import read_counters
    assert read_counters(redis, "followups") == {("zendesk", "scheduled"): 1}
