"""The shared limiter in the real pipeline: a 429 pauses the account for every worker, and a backlog drained
by two worker processes never exceeds the stand-in helpdesk's limit."""

import os
import subprocess
import sys

from rq import Queue
from rq.registry import ScheduledJobRegistry
from rq.serializers import JSONSerializer

from tests.conftest import ROOT, post_zendesk, run_worker_burst

UPSET = ("This is the third time I'm writing about my order. It is still not here, nobody answers, "
         "and frankly this is unacceptable. I want a manager to call me today.")


def upset_ticket(client, zendesk, n=0):
    ticket = zendesk.create_ticket(f"Order {n}", "Dana Whitfield", "Where is my order?")
    comment = zendesk.customer_says(ticket, UPSET)
    assert post_zendesk(client, zendesk.comment_added_event(ticket, comment)).status_code == 202
    return ticket


def test_429_pauses_the_account_and_reschedules_without_blocking(client, zendesk, env, redis):
    ticket = upset_ticket(client, zendesk)
    zendesk.inject("PUT", f"/api/v2/tickets/{ticket}", 429, headers={"Retry-After": "120"})
    run_worker_burst(env)  # returns promptly: the job is rescheduled, not slept on
    pause = redis.pttl("calmdesk:ratelimit:zendesk:default:paused")
    assert 100_000 < pause <= 120_000
    assert zendesk.notes(ticket) == []
    queue = Queue("calmdesk", connection=redis, serializer=JSONSerializer)
    assert ScheduledJobRegistry(queue=queue).count == 1
    put_calls = [r for r in zendesk.log.matching("PUT") if r.path == f"/api/v2/tickets/{ticket}"]
    assert len(put_calls) == 1  # the paused account sent nothing more


def test_backlog_through_two_workers_stays_within_the_limit(client, zendesk, env, redis):
    # The stand-in allows 20 calls per 10 s (120/min); calmdesk is told 110/min, so no window overflows.
    zendesk.log.limit_per_minute, zendesk.log.window = 20, 10.0
    env = {**env, "ZENDESK_RATE_LIMIT": "all=110,updates=110"}
    tickets = [upset_ticket(client, zendesk, n) for n in range(6)]
    full_env = {**os.environ, **env, "PYTHONPATH": str(ROOT)}
    workers = [subprocess.Popen([sys.executable, "-m", "calmdesk.cli", "worker", "--burst"], env=full_env, cwd=ROOT,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE) for _ in range(2)]
    for worker in workers:
        assert worker.wait(240) == 0, worker.stderr.read()[-2000:]
    queue = Queue("calmdesk", connection=redis, serializer=JSONSerializer)

    def rescheduled():  # jobs that had to wait longer than a worker may sleep; not the 24 h follow-up checks
        return [j for j in ScheduledJobRegistry(queue=queue).get_job_ids() if not j.startswith("followup-")]

    while rescheduled():
        for job_id in rescheduled():
            queue.enqueue_job(queue.fetch_job(job_id))
            ScheduledJobRegistry(queue=queue).remove(job_id)
        run_worker_burst(env, timeout=240)
    assert zendesk.log.throttled == 0
    assert [len(zendesk.notes(t)) for t in tickets] == [1] * len(tickets)
