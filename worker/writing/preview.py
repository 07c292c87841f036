"""preview(text): what calmdesk would post for a customer message, without a ticket or a helpdesk. Backs `calmdesk preview`
and the admin playground, so both show exactly what the worker would write with the same config."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from worker.detector import detect
from worker.writing.notes import NoteContext, render_note
from worker.writing.promise import followup_after
from worker.writing.situation import read_situation
from calmdesk.languages import reply_language

PREVIEW_FOLLOWUP = timedelta(hours=24)


def preview(text: str, name: str | None = None, locale: str | None = None, *, subject: str = "",
            team_language: str = "", templates_dir: str = "", now: datetime | None = None,
            timezone_name: str = "", followup_seconds: int | None = None) -> dict:
    verdict = detect(text)
    decided = now or datetime.now(timezone.utc)
    base = int(followup_seconds if followup_seconds is not None else PREVIEW_FOLLOWUP.total_seconds())
    situation = read_situation(text, subject, verdict.cues, reply_language(locale, text),
                               own_text_end=verdict.own_text_end)
    after = followup_after(base, situation.topic, situation.cues,
                           situation.facts.deadline.text if situation.facts.deadline else "",
                           situation.facts.wanted_within_hours)
    due = decided + timedelta(seconds=after)
    rendered = render_note(NoteContext(
        helpdesk="preview", ticket_id="0", verdict=verdict, escalation=1, customer_name=name or "", subject=subject,
        followup_text=f"due {due:%a %d %b, %H:%M} UTC", followup_at=due, decided_at=decided, message_text=text,
        customer_locale=locale or "", team_language=team_language, templates_dir=templates_dir, timezone=timezone_name,
        situation=situation,
    ))
    return {"playbook": rendered.playbook, "note_html": rendered.html, "reply_text": rendered.reply_text,
            "language": rendered.language, "level": verdict.level, "flagged": verdict.negative,
            "cues": list(verdict.cues), "topic": rendered.topic, "brief": rendered.brief, "facts": list(rendered.facts),
            "words_before_draft": rendered.words_before_draft, "followup_due": due.isoformat(),
            "promise": rendered.promise, "register": rendered.register}
