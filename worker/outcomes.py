"""What a job does when a helpdesk call fails: one defined outcome per error, the same for every job."""

from __future__ import annotations

import functools
from enum import Enum
import logging
from datetime import timedelta
from typing import Any, Callable

from rq import get_current_job

from calmdesk.helpdesks.base import CredentialsRejected, Refused, RetryLater, TicketFull, TicketGone
from calmdesk.queue import FAILURE_TTL, job_retry, queue_of
from calmdesk.keys import ALERT_TTL, alert_key

log = logging.getLogger("calmdesk.jobs")


class Outcome(str, Enum):
    """What a job did: the "outcome" of every job's result (stored by RQ as JSON, shown by the admin page)."""

    ANALYSED = "analysed"
    SKIPPED = "skipped"
    POSTED = "posted"
    ALREADY_POSTED = "already-posted"
    FOUND_ON_TICKET = "found-on-ticket"
    NOTHING_TO_DO = "nothing to do"
    LOCKED = "another worker is running this follow-up"
    NO_COACHING = "no coaching needed"
    IGNORED = "ignored"
    RECORDED = "recorded"
    RESCHEDULED = "rescheduled"
    DROPPED = "dropped"

    def __str__(self) -> str:  # "posted" in logs and f-strings, as in the stored results
        return self.value


def with_helpdesk_outcomes(job_name: str) -> Callable:
    """Wrap a job taking one dict: RetryLater reschedules it, 404, a full ticket and a refused request (Zendesk 422,
    Freshdesk 400) drop it, 401/403 fail it without retries.
    Unavailable (5xx, timeouts) and anything else propagate, so RQ retries with backoff and keeps the failure."""

    def wrap(func: Callable[[dict], Any]) -> Callable[[dict], Any]:
        @functools.wraps(func)
        def run(payload: dict) -> Any:
            job = get_current_job()
            helpdesk = payload.get("event", payload).get("helpdesk", "?")
            try:
                result = func(payload)
            except RetryLater as exc:
                delay = max(1, int(round(exc.seconds)))
                queue_of(job).enqueue_in(
                    timedelta(seconds=delay), job_name, payload, retry=job_retry(),
                    failure_ttl=FAILURE_TTL, description=job.description,
                )
                log.warning("job rescheduled job=%s helpdesk=%s in=%ss reason=%s", job.id, helpdesk, delay, exc)
                return {"outcome": Outcome.RESCHEDULED, "after_seconds": delay}
            except TicketGone as exc:
                log.warning("job dropped job=%s helpdesk=%s reason=ticket-deleted detail=%s", job.id, helpdesk, exc)
                return {"outcome": Outcome.DROPPED, "reason": "ticket not found"}
            except TicketFull as exc:
                log.error("job dropped job=%s helpdesk=%s reason=ticket-full detail=%s", job.id, helpdesk, exc)
                return {"outcome": Outcome.DROPPED, "reason": "ticket cannot take more comments"}
            except Refused as exc:
                # The same request would be refused again: retrying only spends the account's rate limit.
                log.error("job dropped job=%s helpdesk=%s reason=refused detail=%s", job.id, helpdesk, exc)
                return {"outcome": Outcome.DROPPED, "reason": f"refused: {exc}"}
            except CredentialsRejected as exc:
                job.retries_left = 0  # retrying cannot help until an admin fixes the token
                job.connection.set(alert_key(helpdesk), str(exc), ex=ALERT_TTL)
                log.error("job failed job=%s helpdesk=%s reason=credentials-rejected detail=%s", job.id, helpdesk, exc)
                raise
            # The job's helpdesk calls went through: a credential alert from an earlier failure no longer holds.
            if job.connection.delete(alert_key(helpdesk)):
                log.info("helpdesk alert cleared helpdesk=%s reason=a later call succeeded", helpdesk)
            return result

        return run

    return wrap
