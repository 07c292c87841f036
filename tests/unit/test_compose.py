"""The note job's pure step, without Redis or a helpdesk: the same request composes the same note and promise."""

from datetime import datetime, timezone

from calmdesk.config import read_config
from calmdesk.events import TicketEvent
from worker.compose import NoteRequest, Requester, compose_note, requester_needed
from worker.detector import detect
from worker.followups import FollowupPolicy

TEXT = "This is the third time I'm writing about order #48213. Still nothing, and nobody answers. Unacceptable."
DECIDED = datetime(2026, 11, 24, 9, 0, tzinfo=timezone.utc).timestamp()


def request(**event_fields) -> NoteRequest:
    event = TicketEvent(helpdesk="zendesk", ticket_id="77", requester_id="5", text=TEXT, **event_fields)
    return NoteRequest(event=event, verdict=detect(TEXT), escalation=2, reason="turned negative", decided_at=DECIDED,
                       text=TEXT)


def test_the_same_request_composes_the_same_note_due_time_and_promise():
    config = read_config("")[0]
    first = compose_note(request(), Requester("Dana Whitfield", "en-GB"), config, FollowupPolicy())
    again = compose_note(request(), Requester("Dana Whitfield", "en-GB"), config, FollowupPolicy())
    assert first.rendered.html == again.rendered.html and first.due == again.due and first.promise == again.promise
    assert first.marker == "calmdesk-ref:zendesk-77-2" and first.marker in first.rendered.html
    assert first.due > datetime.fromtimestamp(DECIDED, timezone.utc)
    assert "calmdesk_flagged" in first.tags and len(first.tags) == len(set(first.tags))
    assert first.rendered.reply_text.startswith("Hi Dana")


def test_the_events_own_requester_fields_win_and_decide_whether_to_ask_the_helpdesk():
    config = read_config("")[0]
    named = request(requester_name="Sam Carter", locale="en-US")
    assert not requester_needed(named.event) and requester_needed(request().event)
    note = compose_note(named, Requester("Someone Else", "de"), config, FollowupPolicy())
    assert note.rendered.reply_text.startswith("Hi Sam") and note.context.customer_locale == "en-US"


def test_the_rules_add_their_tags_and_priority():
    config, problems = read_config("", 24 * 3600)
    assert problems == []
    from dataclasses import replace

    from calmdesk.config import PriorityBump

    bumped = replace(config, rules=replace(config.rules, add_tags=("vip_watch",),
                                           bump_priority=PriorityBump(levels=("negative", "very_negative"), to="urgent")))
    note = compose_note(request(), Requester("Dana Whitfield", "en"), bumped, FollowupPolicy())
    assert "vip_watch" in note.tags and note.raise_priority_to == "urgent"
