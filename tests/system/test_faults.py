"""Each helpdesk fault has one defined outcome (README, "Helpdesk errors"); each is injected here on the note PUT.

Real worker processes, the stand-in Zendesk, and assertions on the requests it received.
"""

import time

from click.testing import CliRunner

from calmdesk.cli.main import main as cli
from calmdesk.state.failed_jobs import list_failed, retry_failed
from tests.conftest import post_zendesk, run_worker_burst
from tests.figures import record_notes
from tests.worker_processes import failed_job_ids, note_puts, queue, run_scheduled_now, scheduled_job_ids

UPSET = ("This is the third time I'm writing about order #48213. It is still not here, nobody answers, "
         "and frankly this is unacceptable. I want a manager to call me today.")


def upset_ticket(client, zendesk) -> int:
    ticket = zendesk.create_ticket("Where is my order?", "Dana Whitfield", "Where is order #48213?")
    comment = zendesk.customer_says(ticket, UPSET)
    assert post_zendesk(client, zendesk.comment_added_event(ticket, comment)).status_code == 202
    return ticket


def waiting(redis) -> list[str]:
    """Scheduled jobs, less the follow-ups that a posted note schedules for later by design."""
    return [job_id for job_id in scheduled_job_ids(redis) if not job_id.startswith("followup-")]


def note_jobs(job_ids: list[str]) -> list[str]:
    return [job_id for job_id in job_ids if job_id.startswith("note-")]


def scheduled_in(redis, job_id: str) -> float:
    """Seconds from now until a scheduled job is due."""
    from rq.registry import ScheduledJobRegistry

    return ScheduledJobRegistry(queue=queue(redis)).get_scheduled_time(job_id).timestamp() - time.time()


def test_5xx_storm_retries_with_backoff_then_fails_then_posts_once_after_recovery(client, zendesk, env, redis):
    ticket = upset_ticket(client, zendesk)
    zendesk.inject("PUT", f"/api/v2/tickets/{ticket}", 503, times=100)  # no Retry-After: a plain outage
    run_worker_burst(env)
    waits = []
    while note_jobs(scheduled_job_ids(redis)):
        waits.append(round(scheduled_in(redis, note_jobs(scheduled_job_ids(redis))[0])))
        run_scheduled_now(redis)
        run_worker_burst(env)
    # Read after the burst worker exits, so a loaded machine makes a wait look shorter, never longer: up to 5 s early.
    assert [expected - 5 <= w <= expected + 2 for w, expected in zip(waits, [10, 30, 90, 300, 900])] == [True] * 5, waits
    assert len(waits) == 5, waits
    assert len(note_puts(zendesk, ticket)) == 6  # the first try and five retries, then it stops
    failed = note_jobs(failed_job_ids(redis))
    assert len(failed) == 1
    assert "answered 503" in list_failed(redis, "calmdesk")[0].error
    assert zendesk.notes(ticket) == []
    zendesk.log.faults.clear()  # the helpdesk recovers
    assert retry_failed(redis, "calmdesk").retried == failed
    run_worker_burst(env)
    assert len(zendesk.notes(ticket)) == 1
    record_notes("5xx storm on the note PUT (6 tries), then recovery and `failed retry`", 1,
                 len(zendesk.notes(ticket)), "retried 10/30/90/300/900 s, failed registry, one note after retry")
    assert failed_job_ids(redis) == []


def test_timeout_before_store_is_retried_and_posts_once(client, zendesk, env, redis):
    env = {**env, "CALMDESK_HTTP_TIMEOUT": "1"}
    ticket = upset_ticket(client, zendesk)
    zendesk.inject("PUT", f"/api/v2/tickets/{ticket}", 504, delay=3)  # stalls and never stores
    run_worker_burst(env)
    assert zendesk.notes(ticket) == []
    assert len(waiting(redis)) == 1
    run_scheduled_now(redis)
    run_worker_burst(env)
    record_notes("helpdesk timeout before the note was stored", 1, len(zendesk.notes(ticket)), "retried, one note")
    assert len(zendesk.notes(ticket)) == 1


def end_rate_limit_pauses(redis) -> int:
    """A 429 pauses the whole helpdesk account (worker/rate_limit.py); ending the pause is the time-warp twin of
    run_scheduled_now."""
    keys = list(redis.scan_iter("calmdesk:ratelimit:*:paused"))
    return redis.delete(*keys) if keys else 0


def test_429_with_retry_after_reschedules_without_blocking_the_worker(client, zendesk, env, redis):
    limited = upset_ticket(client, zendesk)
    zendesk.inject("PUT", f"/api/v2/tickets/{limited}", 429, headers={"Retry-After": "7"})
    other = upset_ticket(client, zendesk)
    started = time.monotonic()
    result = run_worker_burst(env)
    assert time.monotonic() - started < 30  # the worker did not sit out the Retry-After holding a job
    assert zendesk.notes(limited) == []
    assert "job rescheduled" in result.stderr and "in=7s" in result.stderr
    due = [scheduled_in(redis, job_id) for job_id in waiting(redis)]
    assert due and all(0 <= seconds <= 8 for seconds in due), due  # at Retry-After, not a default backoff
    # The account is paused for everyone (a 429 is per account), so the other ticket either went first or waits
    # for the same 7 s; after the pause each ticket has exactly one note.
    end_rate_limit_pauses(redis)
    run_scheduled_now(redis, only=waiting(redis))
    run_worker_burst(env)
    record_notes("429 with Retry-After: 7 (two tickets)", 2, len(zendesk.notes(limited)) + len(zendesk.notes(other)),
                 "rescheduled at Retry-After, worker not held, one note each")
    assert len(zendesk.notes(limited)) == 1 and len(zendesk.notes(other)) == 1
    assert len(note_puts(zendesk, limited)) == 2  # the 429 and the post


def test_429_without_retry_after_waits_a_minute(client, zendesk, env, redis):
    ticket = upset_ticket(client, zendesk)
    zendesk.inject("PUT", f"/api/v2/tickets/{ticket}", 429)
    run_worker_burst(env)
    [job_id] = waiting(redis)
    assert 55 <= scheduled_in(redis, job_id) <= 61
    end_rate_limit_pauses(redis)
    run_scheduled_now(redis, only=waiting(redis))
    run_worker_burst(env)
    record_notes("429 without Retry-After", 1, len(zendesk.notes(ticket)), "rescheduled in 60 s, one note")
    assert len(zendesk.notes(ticket)) == 1


def test_503_with_retry_after_is_rescheduled_like_429(client, zendesk, env, redis):
    ticket = upset_ticket(client, zendesk)
    zendesk.inject("PUT", f"/api/v2/tickets/{ticket}", 503, headers={"Retry-After": "12"})
    run_worker_burst(env)
    [job_id] = waiting(redis)
    assert 7 <= scheduled_in(redis, job_id) <= 13  # read after the burst worker exits: load makes it look earlier
    run_scheduled_now(redis)
    run_worker_burst(env)
    record_notes("503 with Retry-After: 12", 1, len(zendesk.notes(ticket)), "rescheduled in 12 s, one note")
    assert len(zendesk.notes(ticket)) == 1


def test_401_revoked_token_fails_at_once_raises_alert_and_is_retried_by_hand(client, zendesk, env, redis):
    ticket = upset_ticket(client, zendesk)
    zendesk.api_token = "rotated-by-an-admin"  # calmdesk's token is revoked: every call answers 401
    result = run_worker_burst(env)
    assert "reason=credentials-rejected" in result.stderr
    assert waiting(redis) == []  # not retried
    failed = note_jobs(failed_job_ids(redis))
    assert len(failed) == 1
    # the job stopped at its first refused call (reading the requester or searching for the marker), not retried
    assert len([r for r in zendesk.log.requests if r.status == 401]) == 1 and note_puts(zendesk, ticket) == []
    assert redis.get("calmdesk:alert:zendesk")
    zendesk.api_token = env["ZENDESK_API_TOKEN"]  # the admin restores a working token
    runner = CliRunner()
    listed = runner.invoke(cli, ["failed", "list"], env=env)
    assert listed.exit_code == 0 and failed[0] in listed.output and "answered 401" in listed.output
    retried = runner.invoke(cli, ["failed", "retry", failed[0]], env=env)
    assert retried.exit_code == 0 and f"retried {failed[0]}" in retried.output
    run_worker_burst(env)
    record_notes("401 revoked token, then token fixed and `failed retry`", 1, len(zendesk.notes(ticket)),
                 "failed without retries, alert key set, one note after retry")
    assert len(zendesk.notes(ticket)) == 1


def test_404_deleted_ticket_is_dropped_with_a_log_line(client, zendesk, env, redis):
    ticket = upset_ticket(client, zendesk)
    zendesk.inject("PUT", f"/api/v2/tickets/{ticket}", 404, times=100)
    result = run_worker_burst(env)
    assert "job dropped" in result.stderr and "reason=ticket-deleted" in result.stderr
    assert waiting(redis) == [] and failed_job_ids(redis) == [], (list_failed(redis, "calmdesk"), result.stderr[-3000:])
    assert len(note_puts(zendesk, ticket)) == 1
    record_notes("404 ticket deleted", 0, len(zendesk.notes(ticket)), "dropped, WARNING log line")


def test_422_full_ticket_is_dropped_with_an_error_log_line(client, zendesk, env, redis):
    ticket = upset_ticket(client, zendesk)
    zendesk.COMMENT_LIMIT = len(zendesk.comments[ticket])  # the ticket is at Zendesk's 5,000-comment limit
    result = run_worker_burst(env)
    assert any("ERROR" in line and "reason=ticket-full" in line for line in result.stderr.splitlines())
    assert waiting(redis) == [] and failed_job_ids(redis) == [], (list_failed(redis, "calmdesk"), result.stderr[-3000:])
    assert len(note_puts(zendesk, ticket)) == 1
    record_notes("422 ticket at the comment limit", 0, len(zendesk.notes(ticket)), "dropped, ERROR log line")


def test_failed_retry_all_and_unknown_ids(client, zendesk, env, redis):
    runner = CliRunner()
    assert runner.invoke(cli, ["failed", "retry", "no-such-job"], env=env).exit_code == 1
    assert runner.invoke(cli, ["failed", "retry"], env=env).exit_code == 2
    empty = runner.invoke(cli, ["failed", "retry", "--all"], env=env)
    assert empty.exit_code == 0 and empty.output == ""
