"""Business hours: moves a due time that falls on a night or weekend to the next opening. Pure functions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


@dataclass(frozen=True)
class BusinessHours:
    timezone: str = "UTC"
    days: tuple[int, ...] = (0, 1, 2, 3, 4)  # Monday = 0
    start: time = time(9, 0)
    end: time = time(17, 0)

    def is_open(self, moment: datetime) -> bool:
        local = moment.astimezone(ZoneInfo(self.timezone))
        return local.weekday() in self.days and self.start <= local.time() < self.end


def parse_days(text: str) -> tuple[int, ...]:
    """'mon-fri', 'mon,wed,fri' or 'mon-thu,sat' to weekday numbers."""
    days: set[int] = set()
    for part in text.lower().replace(" ", "").split(","):
        first, _, last = part.partition("-")
        if first not in DAY_NAMES or (last and last not in DAY_NAMES):
            raise ValueError(f"{text!r}: days are written like 'mon-fri' or 'mon,wed,fri'")
        a, b = DAY_NAMES.index(first), DAY_NAMES.index(last or first)
        days.update(range(a, b + 1) if a <= b else [*range(a, 7), *range(0, b + 1)])
    return tuple(sorted(days))


def next_opening(moment: datetime, hours: BusinessHours) -> datetime:
    """`moment` itself when the business is open then, else the start of the next open day (timezone-aware)."""
    if not hours.days:
        return moment
    zone = ZoneInfo(hours.timezone)
    local = moment.astimezone(zone)
    if hours.is_open(moment):
        return moment
    day = local.date()
    if local.weekday() in hours.days and local.time() < hours.start:
        return datetime.combine(day, hours.start, zone).astimezone(moment.tzinfo)
    for offset in range(1, 8):
        candidate = day + timedelta(days=offset)
        if candidate.weekday() in hours.days:
            return datetime.combine(candidate, hours.start, zone).astimezone(moment.tzinfo)
    return moment


def due_time(now: datetime, after_seconds: int, hours: BusinessHours | None) -> datetime:
    """When to follow up: `after_seconds` from now, moved to the next opening if that falls outside hours.

    Elapsed time counts the clock, not business hours: a 4h promise made at 16:00 on a Friday is due
    Monday at opening, not Monday at 12:00. That matches what the customer was told ("within 4 hours")
    as closely as the team's hours allow.
    """
    due = now + timedelta(seconds=after_seconds)
    return next_opening(due, hours) if hours else due
