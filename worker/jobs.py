"""The RQ jobs: analyse a customer message, post the note. Each takes and returns JSON-able dicts."""

from __future__ import annotations

import hashlib
import json
import logging
import time
from dataclasses import replace
from datetime import datetime, timezone

from rq import get_current_job
from calmdesk.state import counters
from calmdesk.config import load_config
from calmdesk.events import NOT_UPSET, TicketEvent, feedback_in_tags
from calmdesk.keys import ACTIVITY_KEPT, ACTIVITY_KEY, FLAGGED_TTL, NOTED_TTL, flagged_key, followup_lock_key, note_keys
from worker.escalation.rules import note_wanted, turn_policy, watches
from calmdesk.settings import load_settings

from worker import followups
from worker.writing.followup_text import render_followup_promise, render_followup_reminder
from worker.followups import followup_policy
from worker.detector import DetectionContext, detect
from calmdesk.helpdesks.clients import client_for
from calmdesk.languages import reply_language
from worker.writing.notes import template_environment
from worker.compose import ComposedNote, NoteRequest, Requester, compose_note, requester_needed
from worker.writing.reply_lint import lint_reply
from worker.outcomes import Outcome, with_helpdesk_outcomes
from calmdesk.queue import (ANALYSE_JOB, COACH_JOB, FAILURE_TTL, FOLLOWUP_JOB, NOTE_JOB, job_retry,
                            named_queue, queue_of)
from calmdesk.state import feedback
from calmdesk.helpdesks.html_text import html_to_text
from worker.escalation.turns import Decision, apply_turn, decide, read_state, state_key, take_feedback, update_state
from calmdesk.helpdesks.base import Refused, RetryLater, TicketFull, TicketGone
from worker.ticket_attributes import needs_ticket_attributes, with_ticket_attributes

log = logging.getLogger("calmdesk.jobs")


@with_helpdesk_outcomes(ANALYSE_JOB)
def analyse_event(payload: dict) -> dict:
    event = TicketEvent.from_dict(payload)
    settings = load_settings()
    conn = get_current_job().connection
    rules = load_config(settings).rules
    if needs_ticket_attributes(event, rules):  # before the rules: trigger bodies carry no brand, group or channel
        event = with_ticket_attributes(event, client_for(event.helpdesk, settings, event.account, conn))
    watched, why = watches(rules, event)
    if not watched:
        log.info("analyse skipped helpdesk=%s ticket=%s reason=not-watched detail=%s", event.helpdesk,
                 event.ticket_id, why)
        return {"outcome": Outcome.SKIPPED, "reason": why}
    text, message_id = event.text, event.comment_id
    if not text.strip():
        message = client_for(event.helpdesk, settings, event.account, conn).latest_customer_message(event.ticket_id)
        if message is None:
            log.info("analyse skipped helpdesk=%s ticket=%s reason=no-customer-message", event.helpdesk, event.ticket_id)
            return {"outcome": Outcome.SKIPPED, "reason": "no customer message"}
        text, message_id = message.text, message.id
    elif event.text_is_html:
        text = html_to_text(text)
    message_id = message_id or "sha1:" + hashlib.sha1(text.encode()).hexdigest()[:16]

    key = state_key(event.helpdesk, event.account, event.ticket_id)
    prior = read_state(conn, key)
    verdict = detect(text, DetectionContext(message_count=prior.message_count + 1, previous_level=prior.level,
                                            helpdesk_sentiment=event.helpdesk_sentiment,
                                            requester_name=event.requester_name, subject=event.subject))
    wanted, _ = note_wanted(rules, verdict)
    if feedback_in_tags(event.tags) == NOT_UPSET:
        # An agent marked this ticket "not upset" and the tag is still on it (a Freshdesk rule cannot take a tag
        # off; a Zendesk trigger that failed leaves it too): no note while it stays, and the correction is counted
        # here (once per note) if the feedback rule's delivery never came.
        _count_feedback(conn, event, NOT_UPSET)
        if wanted:
            log.info("note suppressed helpdesk=%s ticket=%s reason=ticket-tagged-not-upset", event.helpdesk,
                     event.ticket_id)
        wanted = False
    if wanted and feedback.suppressed(conn, event.helpdesk, event.account, verdict.level, verdict.cues):
        log.info("note suppressed helpdesk=%s ticket=%s reason=agents-marked-this-kind-not-upset kind=%s",
                 event.helpdesk, event.ticket_id, feedback.verdict_kind(verdict.level, verdict.cues))
        wanted = False
    policy = turn_policy(rules)
    now = time.time()

    def compute(state):
        return decide(state, verdict, message_id, now, policy, wanted)

    def enqueue_note(pipe, decision: Decision) -> None:
        note_request = {"event": event.to_dict(), "verdict": verdict.to_dict(), "escalation": decision.escalation,
                        "reason": decision.reason, "decided_at": now, "text": text,
                        "own_text_end": verdict.own_text_end}
        queue_of(get_current_job()).enqueue_call(
            NOTE_JOB, args=(note_request,), job_id=f"note-{event.helpdesk}-{event.account}-{event.ticket_id}-"
            f"{decision.escalation}", retry=job_retry(), failure_ttl=FAILURE_TTL, pipeline=pipe,
            description=f"note on {event.helpdesk} ticket {event.ticket_id}",
        )

    decision = apply_turn(conn, key, compute, enqueue_note)
    log.info("analysed helpdesk=%s ticket=%s level=%s cues=%s note=%s reason=%s", event.helpdesk, event.ticket_id,
             verdict.level, ",".join(verdict.cues) or "-", decision.note, decision.reason)
    return {"outcome": Outcome.ANALYSED, "level": verdict.level, "note": decision.note, "reason": decision.reason}


@with_helpdesk_outcomes(NOTE_JOB)
def post_note(payload: dict) -> dict:
    """The I/O shell around compose_note: read the requester when needed, post once, tag, schedule, record."""
    request = NoteRequest.from_payload(payload)
    event, verdict = request.event, request.verdict
    settings = load_settings()
    job = get_current_job()
    conn = job.connection
    client = client_for(event.helpdesk, settings, event.account, conn)
    requester = Requester()
    if requester_needed(event):
        person = client.requester(event.ticket_id, event.requester_id)
        requester = Requester(person.name, person.locale, getattr(person, "time_zone", ""))
    note = compose_note(request, requester, load_config(settings), followup_policy(settings))
    outcome = _post_once(conn, client, event.ticket_id, note.marker, note.rendered.html, job.id, event.account)
    conn.set(flagged_key(event.helpdesk, event.account, event.ticket_id), request.escalation, ex=FLAGGED_TTL)
    client.add_tags(event.ticket_id, list(note.tags))
    followup = None
    if note.policy.enabled:
        followup = _schedule_followup(conn, client, event, request.escalation, note.due, note.promise)
    if note.raise_priority_to:
        client.raise_priority(client.ticket(event.ticket_id), note.raise_priority_to)
    _record_activity(conn, client, request, note, outcome)
    counters.count_note(conn, event.helpdesk, outcome, job)  # for /metrics; never raises
    if outcome == Outcome.POSTED:
        feedback.record_note(conn, verdict.cues)
    log.info("note %s helpdesk=%s ticket=%s marker=%s", outcome, event.helpdesk, event.ticket_id, note.marker)
    return {"outcome": outcome, "marker": note.marker, "playbook": note.rendered.playbook,
            "followup": followup.id if followup else None}


def _record_activity(conn, client, request: NoteRequest, note: ComposedNote, outcome: str) -> None:
    """For the admin page's lists: who, about what, the note's own first line and the customer's words."""
    event, verdict = request.event, request.verdict
    conn.lpush(ACTIVITY_KEY, json.dumps({
        "at": time.time(), "helpdesk": event.helpdesk, "ticket_id": event.ticket_id, "level": verdict.level,
        "cues": list(verdict.cues), "playbook": note.rendered.playbook, "outcome": outcome,
        "url": client.ticket_url(event.ticket_id), "customer": note.context.customer_name, "subject": event.subject,
        "headline": _headline(note.rendered.html),
        "quote": next((e.text for e in verdict.evidence if e.text), "")[:200],
    }))
    conn.ltrim(ACTIVITY_KEY, 0, ACTIVITY_KEPT - 1)


def _headline(note_html: str) -> str:
    """The note's first line as the agent reads it ("calmdesk: Dana is very upset — late delivery, ...")."""
    lines = [line.strip() for line in html_to_text(note_html).splitlines() if line.strip()]
    return lines[0][:240] if lines else ""


def _schedule_followup(conn, client, event: TicketEvent, escalation: int, due: datetime, promise: str):
    """Make the promise visible in the helpdesk (a task, or due_by) and schedule calmdesk's own check.

    The record is written before the helpdesk call's result is known only through the Idempotency-Key,
    so a retry after a lost response gets the same task back rather than a second one."""
    fid = followups.followup_id(event.helpdesk, event.account, event.ticket_id, escalation)
    existing = followups.load(conn, fid)
    if existing is not None:
        return existing
    snapshot = client.ticket(event.ticket_id)
    promise_html = render_followup_promise(event.ticket_id, client.ticket_url(event.ticket_id), promise)
    try:
        reference = client.create_followup(snapshot, due, promise_html, key=f"calmdesk-followup-{fid}")
    except Refused as exc:
        # e.g. Zendesk 422 for a required task field: the promise is still kept by calmdesk's own scheduled check,
        # and the rest of the note job (priority, activity) still runs.
        log.warning("follow-up not shown in the helpdesk helpdesk=%s ticket=%s reason=%s; calmdesk still checks "
                    "at the due time", event.helpdesk, event.ticket_id, exc)
        reference = ""
    record = followups.Followup(id=fid, helpdesk=event.helpdesk, account=event.account, ticket_id=event.ticket_id,
                                due_at=due.astimezone(timezone.utc).isoformat(), reference=reference,
                                subject=snapshot.subject, promise=promise)
    with conn.pipeline() as pipe:
        followups.save(conn, record, pipe)
        queue_of(get_current_job()).enqueue_at(due, FOLLOWUP_JOB, {"id": fid}, job_id=f"followup-{fid}", pipeline=pipe,
                                   retry=job_retry(), failure_ttl=FAILURE_TTL,
                                   description=f"follow up {event.helpdesk} ticket {event.ticket_id}")
        pipe.execute()
    counters.count(conn, "followups", helpdesk=event.helpdesk, outcome="scheduled")
    log.info("follow-up scheduled helpdesk=%s ticket=%s due=%s reference=%s", event.helpdesk, event.ticket_id,
             record.due_at, reference)
    return record


@with_helpdesk_outcomes(FOLLOWUP_JOB)
def run_followup(payload: dict) -> dict:
    """At the due time: close the task if the ticket is solved or an agent replied, else remind on the ticket."""
    conn = get_current_job().connection
    record = followups.load(conn, payload["id"])
    if record is None or record.state != followups.SCHEDULED:
        return {"outcome": Outcome.NOTHING_TO_DO, "state": record.state if record else "missing"}
    settings = load_settings()
    client = client_for(record.helpdesk, settings, record.account, conn)
    lock_key = followup_lock_key(record.id)
    if not conn.set(lock_key, get_current_job().id, nx=True, ex=120):
        return {"outcome": Outcome.LOCKED}
    try:
        outcome = _followup_step(conn, client, record, settings)
    except RetryLater:
        raise  # the rate limit: not the follow-up's fault, and rescheduled by with_helpdesk_outcomes
    except (TicketGone, TicketFull, Refused) as exc:
        return _give_up(conn, record, exc, "the helpdesk will not let it proceed")
    except Exception as exc:
        failed = replace(record, attempts=record.attempts + 1, error=f"{type(exc).__name__}: {exc}"[:500])
        if failed.attempts >= followups.MAX_ATTEMPTS:
            return _give_up(conn, failed, exc, f"{failed.attempts} runs failed")
        followups.save(conn, failed)  # still scheduled: RQ's retry or the sweep runs it again, at most MAX_ATTEMPTS
        raise
    finally:
        if conn.get(lock_key) == get_current_job().id.encode():
            conn.delete(lock_key)
    log.info("follow-up done helpdesk=%s ticket=%s outcome=%s", record.helpdesk, record.ticket_id, outcome)
    return {"outcome": outcome}


def _followup_step(conn, client, record, settings) -> str:
    snapshot = client.ticket(record.ticket_id)
    outcome = followups.decide_outcome(snapshot)
    if outcome == followups.CLOSED:
        client.close_followup(record.reference, snapshot, "The ticket was solved before the follow-up was due. "
                              "Closed by calmdesk.")
    elif outcome == followups.REPLIED:
        client.close_followup(record.reference, snapshot, "An agent replied to the customer after calmdesk's "
                              "note: the follow-up happened. Closed by calmdesk.")
    else:
        html = render_followup_reminder(record, client.ticket_url(record.ticket_id))
        _post_once(conn, client, record.ticket_id, f"calmdesk-ref:followup-{record.id}", html, get_current_job().id)
        if followup_policy(settings).bump_priority:
            client.bump_priority(snapshot)
    done = replace(record, state=outcome, outcome_at=followups.now_utc().isoformat())
    followups.save(conn, done)
    counters.count(conn, "followups", helpdesk=record.helpdesk, outcome=outcome)
    return outcome


def _give_up(conn, record, exc: Exception, why: str) -> dict:
    """Stop a follow-up for good: the record says why, and the sweep no longer sees it."""
    error = f"{why}: {type(exc).__name__}: {exc}"[:500]
    followups.save(conn, replace(record, state=followups.GAVE_UP, error=error,
                                 outcome_at=followups.now_utc().isoformat()))
    counters.count(conn, "followups", helpdesk=record.helpdesk, outcome=followups.GAVE_UP)
    log.warning("follow-up given up helpdesk=%s ticket=%s reason=%s", record.helpdesk, record.ticket_id, error)
    return {"outcome": followups.GAVE_UP, "error": error}


@with_helpdesk_outcomes(COACH_JOB)
def coach_reply(payload: dict) -> dict:
    """An agent replied publicly on a flagged ticket: if the reply says something that lands badly with an
    upset customer, leave one short private tip quoting it, with a better phrasing. At most one per reply."""
    event = TicketEvent.from_dict(payload)
    settings = load_settings()
    job = get_current_job()
    conn = job.connection
    if not load_config(settings).rules.coaching:
        return {"outcome": Outcome.SKIPPED, "reason": "coaching is switched off"}
    text = html_to_text(event.text) if event.text_is_html else event.text
    findings = lint_reply(text, reply_language(event.locale, text))
    said = [f for f in findings if f.quote]
    if not said:  # only what was said wrong earns a note; a missing next step alone is not worth one
        return {"outcome": Outcome.NO_COACHING, "findings": [f.code for f in findings]}
    reply_id = event.comment_id or "sha1:" + hashlib.sha1(text.encode()).hexdigest()[:16]
    marker = f"calmdesk-ref:coach-{event.helpdesk}-{event.ticket_id}-{reply_id}"
    html = template_environment().get_template("coaching.en.html.j2").render(
        said=said, missing=[f for f in findings if not f.quote], marker=marker)
    client = client_for(event.helpdesk, settings, event.account, conn)
    outcome = _post_once(conn, client, event.ticket_id, marker, html, job.id, event.account)
    log.info("coaching %s helpdesk=%s ticket=%s findings=%s", outcome, event.helpdesk, event.ticket_id,
             ",".join(f.code for f in said))
    return {"outcome": outcome, "findings": [f.code for f in findings]}


def record_feedback(payload: dict) -> dict:
    """An agent applied "calmdesk: not upset" (or "calmdesk: helpful") on a ticket: mute the episode for "not
    upset", and count the feedback against the verdict behind the note (override rate per cue, and the account's
    bar for that kind of verdict: calmdesk/state/feedback.py). Counted once per note."""
    event = TicketEvent.from_dict(payload)
    counted = _count_feedback(get_current_job().connection, event, event.feedback)
    if counted is None:
        return {"outcome": Outcome.IGNORED, "reason": "no note to give feedback on, or already counted"}
    kind, net = counted
    return {"outcome": Outcome.RECORDED, "feedback": event.feedback, "kind": kind, "net_not_upset": net}


def _count_feedback(conn, event: TicketEvent, given: str) -> tuple[str, int] | None:
    """Count one agent's feedback on the note standing on the event's ticket, once per note: (the verdict's kind,
    its net "not upset" count), or None when no note stands or this one was already counted."""
    before, _, counted = update_state(conn, state_key(event.helpdesk, event.account, event.ticket_id),
                                      lambda state: take_feedback(state, given))
    if not counted:
        return None
    net = feedback.record_feedback(conn, event.helpdesk, event.account, given, before.noted_level,
                                   before.noted_all_cues)
    kind = feedback.verdict_kind(before.noted_level, before.noted_all_cues)
    log.info("feedback recorded helpdesk=%s ticket=%s feedback=%s kind=%s net=%d", event.helpdesk, event.ticket_id,
             given, kind, net)
    return kind, net


def sweep_overdue_followups(conn, queue_name: str, grace: float) -> int:
    """Enqueue follow-ups whose scheduled job is late (e.g. the worker holding RQ's scheduler lock was killed).

    RQ's scheduler can take minutes to recover from a SIGKILLed worker; this runs in every worker's main
    process, so a due follow-up waits at most the sweep interval. Duplicate runs are harmless: run_followup
    only acts on a record still in the scheduled state, under a lock, and reminders carry a marker."""
    ids = followups.overdue_ids(conn, followups.now_utc(), grace)
    queue = named_queue(conn, queue_name)
    for fid in ids:
        queue.enqueue_call(FOLLOWUP_JOB, args=({"id": fid},), job_id=f"followup-sweep-{fid}",
                           failure_ttl=FAILURE_TTL, description=f"overdue follow-up {fid}")
    return len(ids)


def _post_once(conn, client, ticket_id: str, marker: str, html: str, owner: str, account: str = "default") -> Outcome:
    """Post the note unless it is already on the ticket.

    `noted:` says it was posted. Without it, the ticket is always searched for the marker before posting: the
    keys can be gone while the note is not (a lost response, a killed worker, and also a new Redis server or a
    container without a volume, after which a backfill would otherwise post the same note again). `attempt:`
    still records that a post went out. A short lock keeps two workers from posting the same escalation at once.
    """
    noted_key, attempt_key, lock_key = note_keys(marker, account)
    if conn.exists(noted_key):
        return Outcome.ALREADY_POSTED
    if not conn.set(lock_key, owner, nx=True, ex=120):
        # The holder may be this same job's earlier run, SIGKILLed and now recovered by RQ: that is not a rival.
        if conn.get(lock_key) != owner.encode():
            from calmdesk.helpdesks.base import RetryLater

            raise RetryLater(30, "another worker is posting this note")
        conn.set(lock_key, owner, ex=120)
    try:
        if client.has_note_marker(ticket_id, marker):
            conn.set(noted_key, 1, ex=NOTED_TTL)
            return Outcome.FOUND_ON_TICKET
        conn.set(attempt_key, owner, ex=NOTED_TTL)
        client.post_internal_note(ticket_id, html)
        conn.set(noted_key, 1, ex=NOTED_TTL)
        return Outcome.POSTED
    finally:
        if conn.get(lock_key) == owner.encode():
            conn.delete(lock_key)
