"""What a job does when a helpdesk call fails: one defined outcome per error, the same for every job."""

from __future__ import annotations

import functools
import logging
from datetime import timedelta
from typing import Any, Callable

from rq import Retry, get_current_job

from .helpdesks.base import CredentialsRejected, Refused, RetryLater, TicketFull, TicketGone
from .queueing import job_queue

log = logging.getLogger("calmdesk.jobs")
ALERT_KEY = "calmdesk:alert:{helpdesk}"
RESCHEDULED_RETRY = Retry(max=5, interval=[10, 30, 90, 300, 900])


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
                return func(payload)
            except RetryLater as exc:
                delay = max(1, int(round(exc.seconds)))
                job_queue(job.connection).enqueue_in(
                    timedelta(seconds=delay), job_name, payload, retry=RESCHEDULED_RETRY,
                    failure_ttl=30 * 86400, description=job.description,
                )
                log.warning("job rescheduled job=%s helpdesk=%s in=%ss reason=%s", job.id, helpdesk, delay, exc)
                return {"outcome": "rescheduled", "after_seconds": delay}
            except TicketGone as exc:
                log.warning("job dropped job=%s helpdesk=%s reason=ticket-deleted detail=%s", job.id, helpdesk, exc)
                return {"outcome": "dropped", "reason": "ticket not found"}
            except TicketFull as exc:
                log.error("job dropped job=%s helpdesk=%s reason=ticket-full detail=%s", job.id, helpdesk, exc)
                return {"outcome": "dropped", "reason": "ticket cannot take more comments"}
            except Refused as exc:
                # The same request would be refused again: retrying only spends the account's rate limit.
                log.error("job dropped job=%s helpdesk=%s reason=refused detail=%s", job.id, helpdesk, exc)
                return {"outcome": "dropped", "reason": f"refused: {exc}"}
            except CredentialsRejected as exc:
                job.retries_left = 0  # retrying cannot help until an admin fixes the token
                job.connection.set(ALERT_KEY.format(helpdesk=helpdesk), str(exc), ex=7 * 86400)
                log.error("job failed job=%s helpdesk=%s reason=credentials-rejected detail=%s", job.id, helpdesk, exc)
                raise

        return run

    return wrap
