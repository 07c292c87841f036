"""One note per escalation, whatever happens: duplicates, reordering, lost responses, killed and racing workers.

Every test runs real worker processes against the stand-in Zendesk and counts the note PUTs it received.
"""

import json
import time


from tests.conftest import post_zendesk, queued_jobs, run_worker_burst
from tests.figures import record_notes
from tests.worker_processes import (WorkerProcess, expire_started_jobs, failed_job_ids, note_puts, queue,
                                    run_scheduled_now, scheduled_job_ids, wait_for)

UPSET = ("This is the third time I'm writing about order #48213. It is still not here, nobody answers, "
         "and frankly this is unacceptable. I want a manager to call me today.")
CALM = "Hi, quick question: can I change the delivery address on order #48213? Thanks!"


def new_ticket(zendesk) -> int:
    return zendesk.create_ticket("Where is my order?", "Dana Whitfield", "Where is order #48213?")


def deliver(client, zendesk, ticket, text, **headers):
    comment = zendesk.customer_says(ticket, text)
    return comment, post_zendesk(client, zendesk.comment_added_event(ticket, comment))


def pending_note_work(redis) -> list[str]:
    """Queued or scheduled jobs other than follow-ups (which are scheduled for later by design)."""
    pending = scheduled_job_ids(redis) + queue(redis).get_job_ids()
    return [job_id for job_id in pending if not job_id.startswith("followup-")]


def noted_keys(redis) -> list[bytes]:
    return redis.keys("calmdesk:noted:*")


def test_duplicate_deliveries_post_one_note(client, zendesk, env, redis):
    """The same comment arrives five times as an event and three times as trigger bodies with new invocation ids."""
    ticket = new_ticket(zendesk)
    comment, first = deliver(client, zendesk, ticket, UPSET)
    assert first.status_code == 202
    event = zendesk.comment_added_event(ticket, comment)
    statuses = [post_zendesk(client, event).status_code for _ in range(4)]
    assert statuses == [200] * 4
    trigger = {"calmdesk": "zendesk-trigger/1", "ticket_id": str(ticket)}
    for n in range(3):
        body = json.dumps(trigger).encode()
        from tests.conftest import signed_zendesk_headers
        # Three real invocations are signed at different times; the same signature again would be a replay (L1).
        stamp = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() - n))
        headers = {**signed_zendesk_headers(body, timestamp=stamp), "X-Zendesk-Webhook-Invocation-Id": f"inv-{n}"}
        assert client.post("/webhooks/zendesk", data=body, headers=headers).status_code == 202
    assert queued_jobs(redis) == 4  # one event job + three trigger jobs; the trigger jobs fetch the same comment
    run_worker_burst(env)
    record_notes("duplicate deliveries (8 of one comment)", 1, len(note_puts(zendesk, ticket)), "one note")
    assert len(note_puts(zendesk, ticket)) == 1
    assert len(zendesk.notes(ticket)) == 1


def test_older_message_delivered_late_does_not_retrigger(client, zendesk, env, redis):
    """Rule: a message older than the newest one analysed for the ticket (Zendesk comment ids only grow) changes
    nothing. Here: calm m1, upset m2, upset m3 in that order on the ticket; m2 is delivered first, m1 late."""
    ticket = new_ticket(zendesk)
    calm_comment = zendesk.customer_says(ticket, CALM)
    upset_comment = zendesk.customer_says(ticket, UPSET)
    assert post_zendesk(client, zendesk.comment_added_event(ticket, upset_comment)).status_code == 202
    run_worker_burst(env)
    assert len(note_puts(zendesk, ticket)) == 1
    assert post_zendesk(client, zendesk.comment_added_event(ticket, calm_comment)).status_code == 202  # late, older
    run_worker_burst(env)
    deliver(client, zendesk, ticket, UPSET + " Still nothing.")  # the customer is as upset as before
    run_worker_burst(env)
    posted = len(note_puts(zendesk, ticket))
    record_notes("out-of-order delivery (older calm message late)", 1, posted,
                 "the stale calm message reopened the episode" if posted != 1 else "one note")
    assert posted == 1


def test_older_upset_message_delivered_late_does_not_double_note(client, zendesk, env, redis):
    """Two upset messages delivered newest first: the older one, arriving second, is within the cooldown."""
    ticket = new_ticket(zendesk)
    older = zendesk.customer_says(ticket, UPSET)
    newer = zendesk.customer_says(ticket, UPSET + " Hello??")
    for comment in (newer, older):
        assert post_zendesk(client, zendesk.comment_added_event(ticket, comment)).status_code == 202
    run_worker_burst(env)
    posted = len(note_puts(zendesk, ticket))
    record_notes("out-of-order delivery (older upset message late)", 1, posted, "one note")
    assert posted == 1


def test_timeout_after_note_stored_does_not_post_twice(client, zendesk, env, redis):
    """The helpdesk stores the note, then stalls past the client's read timeout: the retry finds the marker."""
    env = {**env, "CALMDESK_HTTP_TIMEOUT": "1"}
    ticket = new_ticket(zendesk)
    zendesk.inject("PUT", f"/api/v2/tickets/{ticket}", 200, delay=3, after=True)
    deliver(client, zendesk, ticket, UPSET)
    run_worker_burst(env)
    assert len(zendesk.notes(ticket)) == 1  # stored, though the worker timed out waiting for the answer
    assert noted_keys(redis) == []
    assert run_scheduled_now(redis) == 1  # RQ scheduled the retry
    run_worker_burst(env)
    posted = len(note_puts(zendesk, ticket))
    record_notes("helpdesk timeout after the note was stored", 1, posted, "retry found the marker")
    assert posted == 1
    assert len(zendesk.notes(ticket)) == 1
    assert zendesk.log.matching("GET", f"/api/v2/tickets/{ticket}/comments")
    assert len(noted_keys(redis)) == 1


def test_worker_sigkilled_mid_note_recovers_without_second_note(client, zendesk, env, redis):
    """SIGKILL the worker while the helpdesk holds the note PUT open (after storing it); a fresh worker recovers
    the abandoned job from RQ's StartedJobRegistry, finds the marker on the ticket and does not post again."""
    ticket = new_ticket(zendesk)
    zendesk.inject("PUT", f"/api/v2/tickets/{ticket}", 200, delay=30, after=True)
    deliver(client, zendesk, ticket, UPSET)
    worker = WorkerProcess(env)
    try:
        wait_for(lambda: zendesk.notes(ticket), timeout=60, what="the note to be stored on the stand-in")
        note_job = wait_for(lambda: [j for j in _started_job_ids(redis) if j.startswith("note-")], timeout=10,
                            what="the note job to be in the StartedJobRegistry")[0]
    finally:
        killed = worker.kill()
    assert killed  # the work-horse (and the scheduler) died with the worker
    assert noted_keys(redis) == []  # killed before it heard back
    assert expire_started_jobs(redis) == 1  # what ~90 s without a heartbeat would do
    run_worker_burst(env)  # the fresh worker's maintenance pass finds the abandoned job and schedules its retry
    assert note_job in scheduled_job_ids(redis)
    run_scheduled_now(redis)
    run_worker_burst(env)
    posted = len(note_puts(zendesk, ticket))
    record_notes("worker SIGKILLed during the note PUT", 1, posted, "recovered, marker found")
    assert posted == 1
    assert len(zendesk.notes(ticket)) == 1
    assert len(noted_keys(redis)) == 1  # the recovered job finished the escalation
    assert pending_note_work(redis) == [] and failed_job_ids(redis) == []
    assert queue(redis).fetch_job(note_job).return_value()["outcome"] == "found-on-ticket"


def _started_job_ids(redis) -> list[str]:
    from rq.registry import StartedJobRegistry

    return StartedJobRegistry(queue=queue(redis)).get_job_ids(cleanup=False)


def test_two_workers_racing_on_one_ticket_post_one_note(client, zendesk, env, redis):
    """Two worker processes, 30 deliveries (20 distinct upset comments, 10 duplicates) for one ticket."""
    ticket = new_ticket(zendesk)
    with WorkerProcess(env) as first, WorkerProcess(env) as second:
        events = []
        for n in range(20):
            comment, response = deliver(client, zendesk, ticket, UPSET + f" (message {n})")
            assert response.status_code == 202
            events.append(zendesk.comment_added_event(ticket, comment))
        for event in events[:10]:
            assert post_zendesk(client, event).status_code == 200
        wait_for(lambda: _all_done(redis), timeout=90, what="both workers to finish every job")
        logs = first.log() + second.log()
    posted = len(note_puts(zendesk, ticket))
    record_notes("two workers racing, 30 deliveries for one ticket", 1, posted, "one note")
    assert posted == 1, logs[-3000:]
    assert failed_job_ids(redis) == []
    analysed = [line for line in logs.splitlines() if "analysed helpdesk=zendesk" in line]
    assert len(analysed) == 20  # every distinct comment was analysed, by one worker or the other


def _all_done(redis) -> bool:
    from rq.registry import FinishedJobRegistry

    finished = FinishedJobRegistry(queue=queue(redis)).get_job_ids()
    return not pending_note_work(redis) and not _started_job_ids(redis) and len(finished) >= 21  # 20 analyse jobs and the note job
