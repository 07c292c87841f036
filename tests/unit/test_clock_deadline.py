"""A deadline at a clock time today or tomorrow, told as what happens then ("the buyers get the keys at 2pm"), is read
as the deadline, and the follow-up comes before it when the customer's timezone is known: a 2-hour promise made at
1pm must not land after 2pm. Every sentence here is new, written for this test."""

from datetime import datetime, timedelta, timezone

import pytest

from calmdesk.config import read_config
from calmdesk.events import TicketEvent
from worker.compose import NoteRequest, Requester, compose_note
from worker.detector import detect
from worker.followups import FollowupPolicy
from worker.writing.facts import extract_facts
from worker.writing.promise import before_the_clock, deadline_clock, zone_of


@pytest.mark.parametrize("text, deadline", [
    ("We sign the lease today and the landlord hands over the keys at 11am. Your transfer still hasn't landed. Fix it.",
     "the landlord hands over the keys at 11am"),
    ("The removal van comes at 7:30am tomorrow and the broadband is still not moved. Second call today.",
     "The removal van comes at 7:30am tomorrow"),
    ("Mi vuelo sale mañana a las 6:15 y la app sigue diciendo que la reserva está cancelada. Es la tercera vez que escribo.",
     "Mi vuelo sale mañana a las 6:15"),
    ("L'huissier passe aujourd'hui, et l'audience est à 14h30. Vous n'avez toujours rien envoyé, c'est scandaleux.",
     "l'audience est à 14h30"),
    ("Die Übergabe ist heute um 16 Uhr und der Schlüssel fehlt immer noch. Das ist jetzt mein dritter Anruf.",
     "Die Übergabe ist heute um 16 Uhr"),
])
def test_an_event_at_a_clock_time_today_or_tomorrow_is_the_deadline(text, deadline):
    facts = extract_facts(text)
    assert facts.deadline is not None and facts.deadline.text == deadline
    assert text[facts.deadline.start:facts.deadline.end] == deadline


@pytest.mark.parametrize("text", [
    "I rang at 3pm today and was cut off after forty minutes on hold. Useless.",  # a time in the story: past
    "Your branch closes at 5pm and I work until six, so I can never get there. Ridiculous.",  # a habit: no day word
    "Your agent told me today the engineer comes at 9am, and nobody came. Third time.",  # their promise, reported
])
def test_a_clock_time_in_the_story_a_habit_or_the_companys_promise_is_no_deadline(text):
    facts = extract_facts(text)
    assert facts.deadline is None or ("9am" not in facts.deadline.text and "3pm" not in facts.deadline.text
                                      and "5pm" not in facts.deadline.text)


LONDON = "Europe/London"


def at(hhmm: str) -> datetime:
    return datetime.fromisoformat(f"2026-12-07T{hhmm}:00+00:00")  # December: London is UTC


def test_the_follow_up_comes_before_a_clock_deadline_that_a_two_hour_wait_would_miss():
    decided = at("12:40")
    wait = before_the_clock(7200, "get the keys at 2pm", decided, LONDON)
    due = decided + timedelta(seconds=wait)
    assert due < at("14:00") and due.minute % 5 == 0 and wait >= 300


def test_a_wait_that_already_ends_before_the_deadline_is_kept():
    assert before_the_clock(7200, "get the keys at 2pm", at("09:00"), LONDON) == 7200


def test_a_deadline_already_past_or_a_zone_unknown_changes_nothing():
    assert before_the_clock(7200, "get the keys at 2pm", at("15:00"), LONDON) == 7200
    assert before_the_clock(7200, "get the keys at 2pm", at("12:40"), "") == 7200  # no timezone: no local 2pm
    assert before_the_clock(7200, "time is short", at("12:40"), LONDON) == 7200  # no clock time


def test_the_clock_is_read_in_the_customers_zone_and_tomorrow_is_the_next_day():
    zone = zone_of("Madrid")  # a Rails name, as Zendesk stores it
    assert zone is not None
    when = deadline_clock("sale mañana a las 6:15", at("20:00"), zone)
    assert when is not None and (when.day, when.hour, when.minute) == (8, 6, 15)
    assert deadline_clock("um 15 Uhr", at("08:00"), zone).hour == 15  # type: ignore[union-attr]
    assert deadline_clock("by noon", at("08:00"), zone).hour == 12  # type: ignore[union-attr]


TEXT = ("We complete on the flat today and the buyers collect the keys at 2pm. Your team still hasn't released the "
        "deposit after three calls. This is a disaster.")


def test_the_note_the_draft_and_the_scheduled_follow_up_agree_on_a_time_before_the_deadline():
    decided = at("12:40")
    event = TicketEvent(helpdesk="zendesk", ticket_id="91", requester_id="4", text=TEXT, requester_name="Priya Shah",
                        locale="en-GB")
    request = NoteRequest(event=event, verdict=detect(TEXT), escalation=1, reason="turned negative",
                          decided_at=decided.timestamp(), text=TEXT)
    note = compose_note(request, Requester("Priya Shah", "en-GB", LONDON), read_config("")[0], FollowupPolicy())
    assert decided < note.due < at("14:00")
    said = f"{note.due.astimezone(timezone.utc):%H:%M}"
    assert said in note.promise and said in note.rendered.reply_text
