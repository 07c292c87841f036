"""The words of a follow-up: the promise in the note, the task's first comment, the reminder on the ticket."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from calmdesk.durations import describe_duration

from worker.writing.notes import template_environment


def promise_text(decided: datetime, due: datetime, policy) -> str:
    """'within 24 hours (by Tue 24 Nov, 14:00 UTC)', in the team's timezone when business hours are set."""
    zone_name = policy.business_hours.timezone if policy.business_hours else "UTC"
    local = due.astimezone(ZoneInfo(zone_name))
    when = f"{local:%a %d %b, %H:%M} {zone_name}"
    shifted = round((due - decided).total_seconds()) != policy.after_seconds
    if shifted:
        return f"by {when} (the next working hours after {describe_duration(policy.after_seconds)})"
    return f"within {describe_duration(policy.after_seconds)} (by {when})"


def render_followup_promise(ticket_id: str, ticket_url: str, promise: str) -> str:
    return template_environment().get_template("followup_task.en.html.j2").render(
        ticket_id=ticket_id, ticket_url=ticket_url, promise=promise)


def render_followup_reminder(record, ticket_url: str) -> str:
    return template_environment().get_template("followup_reminder.en.html.j2").render(
        record=record, ticket_url=ticket_url, marker=f"calmdesk-ref:followup-{record.id}")
