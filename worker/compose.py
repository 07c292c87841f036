"""The note job's pure step: from what the analyse job decided and what the helpdesk said about the requester, the
note, its tags, the follow-up's due time and promise, and the priority to raise to. No I/O: unit-tested alone
(tests/unit/test_compose.py); worker/jobs.py post_note is the I/O shell around it."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timezone

from calmdesk.config import Config
from calmdesk.events import TicketEvent
from calmdesk.languages import reply_language
from worker.detector import Verdict
from worker.escalation.rules import priority_bump, tags_to_add
from worker.followups import FollowupPolicy
from worker.writing.business_hours import due_time
from worker.writing.followup_text import promise_text
from worker.writing.notes import NoteContext, RenderedNote, render_note
from worker.writing.promise import followup_seconds_for
from worker.writing.situation import read_situation


@dataclass(frozen=True)
class NoteRequest:
    """What the analyse job queued (worker.jobs.post_note's payload), typed."""

    event: TicketEvent
    verdict: Verdict
    escalation: int
    reason: str
    decided_at: float  # fixed when the turn was decided, so a retried job promises the same time
    text: str

    @classmethod
    def from_payload(cls, payload: dict) -> NoteRequest:
        event = TicketEvent.from_dict(payload["event"])
        # The detector's own-text end travels beside the text it points into (absent from older requests: read anew).
        verdict = replace(Verdict.from_dict(payload["verdict"]), own_text_end=payload.get("own_text_end"))
        return cls(event=event, verdict=verdict, escalation=int(payload["escalation"]),
                   reason=payload.get("reason", ""), decided_at=float(payload["decided_at"]),
                   text=payload.get("text") or event.text)


@dataclass(frozen=True)
class Requester:
    name: str = ""
    locale: str = ""
    time_zone: str = ""


@dataclass(frozen=True)
class ComposedNote:
    context: NoteContext
    rendered: RenderedNote
    tags: tuple[str, ...]
    policy: FollowupPolicy  # with the wait this situation calls for
    due: datetime
    raise_priority_to: str | None

    @property
    def marker(self) -> str:
        return self.context.marker

    @property
    def promise(self) -> str:
        return self.context.followup_text


def requester_needed(event: TicketEvent) -> bool:
    """Trigger bodies carry no locale code and may carry no name: then the helpdesk's user record is read."""
    return not event.requester_name or not event.locale


def compose_note(request: NoteRequest, requester: Requester, config: Config, policy: FollowupPolicy) -> ComposedNote:
    event, verdict = request.event, request.verdict
    name = event.requester_name or requester.name
    locale = event.locale or requester.locale
    # The message is read once: the same situation sets the wait (a deadline or an outage means hours), which is
    # scheduled, noted and promised alike, and writes the note.
    situation = read_situation(request.text, event.subject, verdict.cues, reply_language(locale, request.text),
                               tuple(event.tags), verdict.own_text_end)
    decided = datetime.fromtimestamp(request.decided_at, timezone.utc)
    policy = replace(policy, after_seconds=followup_seconds_for(policy, situation, decided, requester.time_zone))
    due = due_time(decided, policy.after_seconds, policy.business_hours)
    context = NoteContext(
        helpdesk=event.helpdesk, ticket_id=event.ticket_id, verdict=verdict, escalation=request.escalation,
        customer_name=name, subject=event.subject, reason=request.reason,
        followup_text=promise_text(decided, due, policy), message_text=request.text, customer_locale=locale,
        team_language=config.templates.team_language, followup_at=due, templates_dir=config.templates.directory,
        ticket_tags=tuple(event.tags), timezone=requester.time_zone, decided_at=decided, situation=situation,
    )
    rendered = render_note(context)
    tags = tuple(dict.fromkeys([*rendered.tags, *tags_to_add(config.rules, verdict)]))
    return ComposedNote(context=context, rendered=rendered, tags=tags, policy=policy, due=due,
                        raise_priority_to=priority_bump(config.rules, verdict))
