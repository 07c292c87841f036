"""Business hours move due times off nights and weekends; pure functions."""

from datetime import datetime, time, timezone
from zoneinfo import ZoneInfo

import pytest

from worker.writing.business_hours import BusinessHours, due_time, next_opening, parse_days
from calmdesk.config import parse_config
from worker.followups import FollowupPolicy, policy_from_config
from worker.writing.followup_text import promise_text

BERLIN = BusinessHours(timezone="Europe/Berlin", days=(0, 1, 2, 3, 4), start=time(9), end=time(17))


def berlin(y, m, d, hh, mm=0):
    return datetime(y, m, d, hh, mm, tzinfo=ZoneInfo("Europe/Berlin"))


def test_friday_evening_due_time_moves_to_monday_morning():
    friday_evening = berlin(2026, 11, 20, 18, 30)  # a Friday
    due = due_time(friday_evening, 4 * 3600, BERLIN)
    assert due == berlin(2026, 11, 23, 9, 0)  # Monday 09:00
    assert due.astimezone(ZoneInfo("Europe/Berlin")).weekday() == 0


def test_due_inside_hours_is_unchanged():
    tuesday = berlin(2026, 11, 24, 10, 0)
    assert due_time(tuesday, 3 * 3600, BERLIN) == berlin(2026, 11, 24, 13, 0)


def test_early_morning_moves_to_same_day_opening():
    assert next_opening(berlin(2026, 11, 24, 6, 15), BERLIN) == berlin(2026, 11, 24, 9, 0)


def test_closing_time_itself_is_closed():
    assert next_opening(berlin(2026, 11, 24, 17, 0), BERLIN) == berlin(2026, 11, 25, 9, 0)


def test_no_business_hours_means_clock_time():
    now = datetime(2026, 11, 20, 22, 0, tzinfo=timezone.utc)
    assert due_time(now, 3600, None) == datetime(2026, 11, 20, 23, 0, tzinfo=timezone.utc)


def test_utc_input_is_judged_in_the_team_timezone():
    # 07:30 UTC on a Monday in winter is 08:30 in Berlin: before opening, so 09:00 Berlin = 08:00 UTC.
    monday = datetime(2026, 11, 23, 7, 30, tzinfo=timezone.utc)
    assert next_opening(monday, BERLIN) == datetime(2026, 11, 23, 8, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize("text, days", [("mon-fri", (0, 1, 2, 3, 4)), ("mon,wed,fri", (0, 2, 4)),
                                        ("fri-mon", (0, 4, 5, 6)), ("sat", (5,))])
def test_parse_days(text, days):
    assert parse_days(text) == days


def test_parse_days_rejects_nonsense():
    with pytest.raises(ValueError, match="mon-fri"):
        parse_days("weekdays")


def test_policy_from_config_reads_hours_and_per_playbook():
    config, problems = parse_config({"followups": {
        "after": "4h", "per_playbook": {"legal_threat": "2h"}, "bump_priority": True,
        "business_hours": {"timezone": "Europe/Berlin", "days": "mon-fri", "start": "08:00", "end": "18:00"}}})
    assert problems == []
    policy = policy_from_config(config.followups)
    assert policy.after_seconds == 4 * 3600 and policy.after_for("legal_threat") == 2 * 3600
    assert policy.business_hours.start == time(8) and policy.business_hours.days == (0, 1, 2, 3, 4)
    assert policy.bump_priority


def test_promise_text_says_when_hours_moved_the_due_time():
    policy = FollowupPolicy(after_seconds=4 * 3600, business_hours=BERLIN)
    friday = berlin(2026, 11, 20, 18, 30)
    text = promise_text(friday, due_time(friday, policy.after_seconds, BERLIN), policy)
    assert text.startswith("by Mon 23 Nov, 09:00 Europe/Berlin")
    tuesday = berlin(2026, 11, 24, 10, 0)
    assert promise_text(tuesday, due_time(tuesday, policy.after_seconds, BERLIN), policy) == \
        "within 4 hours (by Tue 24 Nov, 14:00 Europe/Berlin)"
