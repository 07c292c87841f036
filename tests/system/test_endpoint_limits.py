"""A 429 from one endpoint's own limit (the account still has calls left) holds only that job; a 429 with the
account's calls spent pauses the whole account (tests/test_rate_limit_pipeline.py)."""

from rq import Queue
from rq.registry import ScheduledJobRegistry
from rq.serializers import JSONSerializer

from tests.conftest import post_zendesk, run_worker_burst

UPSET = ("This is the third time I'm writing about my order. It is still not here, nobody answers, "
         "and frankly this is unacceptable. I want a manager to call me today.")


def test_an_endpoints_own_429_does_not_pause_the_account(client, zendesk, env, redis):
    zendesk.log.limit_per_minute = 2500  # the stand-in reports X-Rate-Limit-Remaining: calls are left
    ticket = zendesk.create_ticket("Order", "Dana Whitfield", "Where is my order?")
    comment = zendesk.customer_says(ticket, UPSET)
    assert post_zendesk(client, zendesk.comment_added_event(ticket, comment)).status_code == 202
    zendesk.inject("PUT", f"/api/v2/tickets/{ticket}", 429, headers={"Retry-After": "120"})
    result = run_worker_burst(env)
    assert redis.exists("calmdesk:ratelimit:zendesk:default:paused") == 0
    assert "helpdesk endpoint rate limited" in result.stderr
    queue = Queue("calmdesk", connection=redis, serializer=JSONSerializer)
    waiting = [j for j in ScheduledJobRegistry(queue=queue).get_job_ids() if not j.startswith("followup-")]
    assert len(waiting) == 1 and zendesk.notes(ticket) == []  # the note job waits for Retry-After, alone
