"""preview(text): what calmdesk would post for a customer message, without a ticket or a helpdesk. Backs `calmdesk preview`."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from worker.detector import detect
from worker.writing.notes import NoteContext, render_note

PREVIEW_FOLLOWUP = timedelta(hours=24)


def preview(text: str, name: str | None = None, locale: str | None = None, *, team_language: str = "",
            templates_dir: str = "", now: datetime | None = None) -> dict:
    verdict = detect(text)
    due = (now or datetime.now(timezone.utc)) + PREVIEW_FOLLOWUP
    rendered = render_note(NoteContext(
        helpdesk="preview", ticket_id="0", verdict=verdict, escalation=1, customer_name=name or "",
        followup_text=f"within 24 hours (by {due:%a %d %b, %H:%M} UTC)", followup_at=due, message_text=text,
        customer_locale=locale or "", team_language=team_language, templates_dir=templates_dir,
    ))
    return {"playbook": rendered.playbook, "note_html": rendered.html, "reply_text": rendered.reply_text,
            "language": rendered.language, "level": verdict.level, "cues": list(verdict.cues)}
