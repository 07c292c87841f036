"""Operations: a helpdesk outage is one WARNING line per try (tracebacks are for bugs), and a credential alert
clears once a later call succeeds, or when an admin dismisses it."""

from calmdesk.keys import alert_key
from tests.conftest import post_zendesk, run_worker_burst
from tests.worker_processes import run_scheduled_now, scheduled_job_ids

UPSET = ("This is the third time I'm writing about order #48213. It is still not here, nobody answers, "
         "and frankly this is unacceptable. I want a manager to call me today.")


def upset_ticket(client, zendesk) -> int:
    ticket = zendesk.create_ticket("Where is my order?", "Dana Whitfield", "Where is order #48213?")
    comment = zendesk.customer_says(ticket, UPSET)
    assert post_zendesk(client, zendesk.comment_added_event(ticket, comment)).status_code == 202
    return ticket


def test_a_helpdesk_outage_is_one_warning_line_without_a_traceback(client, zendesk, env, redis):
    ticket = upset_ticket(client, zendesk)
    zendesk.inject("PUT", f"/api/v2/tickets/{ticket}", 503, times=1)  # no Retry-After: a plain outage
    log = run_worker_burst(env).stderr
    lines = [line for line in log.splitlines() if "helpdesk unavailable" in line]
    assert len(lines) == 1 and " WARNING calmdesk.worker helpdesk unavailable job=note-zendesk-" in lines[0], log
    assert "answered 503" in lines[0]
    assert "Traceback" not in log and "exception raised while executing" not in log
    assert any(j.startswith("note-") for j in scheduled_job_ids(redis))  # RQ still retries it
    run_scheduled_now(redis)
    run_worker_burst(env)
    assert len(zendesk.notes(ticket)) == 1


def test_a_credential_alert_clears_when_a_later_call_succeeds(client, zendesk, env, redis):
    ticket = upset_ticket(client, zendesk)
    zendesk.inject("PUT", f"/api/v2/tickets/{ticket}", 401, times=1)
    run_worker_burst(env)
    assert redis.get(alert_key("zendesk")), "the revoked token raised no alert"
    second = zendesk.create_ticket("Broken again", "Sam Lee", "Hello")
    comment = zendesk.customer_says(second, UPSET.replace("48213", "50000"))
    assert post_zendesk(client, zendesk.comment_added_event(second, comment)).status_code == 202
    run_worker_burst(env)
    assert zendesk.notes(second)
    assert redis.get(alert_key("zendesk")) is None
