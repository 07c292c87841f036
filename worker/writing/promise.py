"""When the customer hears back, and how that time is said to them.

One function (`followup_after`) sets how long the follow-up waits from the situation: a deadline they gave or
an outage means hours, not a day. The worker turns it into the due time that is scheduled, shown in the note
and promised in the draft, so the three always agree. To the customer the time is said in their own timezone
when the helpdesk knows it, else as a relative phrase ("within 2 hours"); never in UTC.
"""

from __future__ import annotations

import math
import re
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

URGENT_SECONDS = 2 * 3600  # a deadline today/tomorrow, someone frightened, money leaving the account now
OUTAGE_SECONDS = 2 * 3600  # a live outage: updates every couple of hours
SOON_SECONDS = 4 * 3600

# Zendesk and Freshdesk store Rails timezone names ("Eastern Time (US & Canada)"); the common ones, mapped.
RAILS_ZONES = {
    "Eastern Time (US & Canada)": "America/New_York", "Central Time (US & Canada)": "America/Chicago",
    "Mountain Time (US & Canada)": "America/Denver", "Pacific Time (US & Canada)": "America/Los_Angeles",
    "Arizona": "America/Phoenix", "Alaska": "America/Anchorage", "Hawaii": "Pacific/Honolulu",
    "Atlantic Time (Canada)": "America/Halifax", "London": "Europe/London", "Edinburgh": "Europe/London",
    "Dublin": "Europe/Dublin", "Lisbon": "Europe/Lisbon", "Madrid": "Europe/Madrid", "Paris": "Europe/Paris",
    "Brussels": "Europe/Brussels", "Amsterdam": "Europe/Amsterdam", "Berlin": "Europe/Berlin", "Bern": "Europe/Zurich",
    "Zurich": "Europe/Zurich", "Vienna": "Europe/Vienna", "Rome": "Europe/Rome", "Stockholm": "Europe/Stockholm",
    "Copenhagen": "Europe/Copenhagen", "Oslo": "Europe/Oslo", "Warsaw": "Europe/Warsaw", "Prague": "Europe/Prague",
    "Athens": "Europe/Athens", "Helsinki": "Europe/Helsinki", "Istanbul": "Europe/Istanbul", "Moscow": "Europe/Moscow",
    "Mexico City": "America/Mexico_City", "Bogota": "America/Bogota", "Lima": "America/Lima",
    "Buenos Aires": "America/Argentina/Buenos_Aires", "Santiago": "America/Santiago", "Brasilia": "America/Sao_Paulo",
    "Tokyo": "Asia/Tokyo", "Osaka": "Asia/Tokyo", "Seoul": "Asia/Seoul", "Beijing": "Asia/Shanghai",
    "Hong Kong": "Asia/Hong_Kong", "Singapore": "Asia/Singapore", "Mumbai": "Asia/Kolkata", "New Delhi": "Asia/Kolkata",
    "Dubai": "Asia/Dubai", "Abu Dhabi": "Asia/Dubai", "Sydney": "Australia/Sydney", "Melbourne": "Australia/Melbourne",
    "Auckland": "Pacific/Auckland", "UTC": "UTC",
}


# A deadline within hours, in the four languages: a day word, a clock time, "now", "urgent". Read as words: the Spanish,
# French and German forms were missing ("esta noche", "ahora mismo", "avant 18 h", "bis 12 Uhr", "by noon" got a promise
# in 24 hours: nb-12-061, nb-53-055, nb-41-034, nb-38-065, nb-44-086, nb-23-002), and letters inside words counted
# ("now" in "know", "am " in "am 30. April").
SOON_DEADLINE = re.compile(
    r"\b(?:today|tonight|hours?|asap|urgent\w*|now|immediately|tomorrow|noon|midday|this (?:morning|afternoon|evening)"
    r"|hoy|esta (?:noche|tarde|mañana)|ahora|urgente|mañana|inmediatamente|mediodía|horas?"
    r"|aujourd'hui|ce (?:soir|matin)|cet après-midi|maintenant|immédiatement|demain|midi|heures?"
    r"|heute|sofort|dringend\w*|morgen|jetzt|mittag\w*|stunden?|uhr)\b|\b\d{1,2}\s*(?:h|am|pm)\b|\d:\d{2}|\d\s*h\s*\d{2}",
    re.IGNORECASE)


def followup_after(policy_seconds: int, topic: str, cues, deadline_text: str = "", within_hours: bool = False) -> int:
    """Seconds until the follow-up: the configured wait, shortened by what the situation says. `within_hours`: they ask
    for an answer or an act today, tonight or within the hour (facts.Facts.wanted_within_hours), whatever the deadline."""
    cues = set(cues or ())
    wanted = policy_seconds
    if topic == "outage_or_bug":
        wanted = min(wanted, OUTAGE_SECONDS)
    if topic == "fraud_or_security" or "distress" in cues:  # safety first: a call back today, updates in hours
        wanted = min(wanted, URGENT_SECONDS)
    if deadline_text:
        soon = bool(SOON_DEADLINE.search(deadline_text))
        wanted = min(wanted, URGENT_SECONDS if soon else SOON_SECONDS * 6)
    elif "urgency" in cues:
        wanted = min(wanted, SOON_SECONDS)
    if within_hours:
        wanted = min(wanted, URGENT_SECONDS)
    return wanted


def deadline_clock(deadline_text: str, decided: datetime, zone: ZoneInfo) -> datetime | None:
    """The moment a deadline with a clock time falls, in `zone`: today's (tomorrow's when it says so); None when it
    names no clock time (facts.clock_of reads it)."""
    from worker.writing.facts import clock_of

    clock = clock_of(deadline_text)
    if clock is None:
        return None
    hour, minute, tomorrow = clock
    day = decided.astimezone(zone).date() + timedelta(days=1 if tomorrow else 0)
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=zone)


def before_the_clock(wanted_seconds: int, deadline_text: str, decided: datetime | None, zone_name: str) -> int:
    """The wait, brought forward so the follow-up comes before a deadline at a clock time ("the buyers get the keys at
    2pm"): a 2-hour promise made at 1pm would land after it. Only where the customer's timezone is known (their 2pm is
    no UTC time otherwise) and the time is still ahead; the follow-up then comes a quarter of the time left before it
    (at most 30 minutes, at least 5 minutes after now), on a 5-minute mark."""
    zone = zone_of(zone_name)
    if zone is None or decided is None or not deadline_text:
        return wanted_seconds
    at = deadline_clock(deadline_text, decided, zone)
    if at is None:
        return wanted_seconds
    left = (at - decided).total_seconds()
    if left <= 0:
        return wanted_seconds
    margin = min(1800.0, left / 4)
    if wanted_seconds <= left - margin:
        return wanted_seconds
    due = decided + timedelta(seconds=left - margin)
    due -= timedelta(minutes=due.minute % 5, seconds=due.second, microseconds=due.microsecond)  # on a 5-minute mark
    return max(300, int((due - decided).total_seconds()))


def zone_of(name: str) -> ZoneInfo | None:
    """A helpdesk timezone name (IANA or Rails) as a zone, or None when unknown or empty."""
    name = (name or "").strip()
    if not name:
        return None
    try:
        return ZoneInfo(RAILS_ZONES.get(name, name))
    except (ZoneInfoNotFoundError, ValueError, KeyError):
        return None


_TODAY = {"en": "today", "es": "hoy", "fr": "aujourd'hui", "de": "heute"}
_TOMORROW = {"en": "tomorrow", "es": "mañana", "fr": "demain", "de": "morgen"}
_WEEKDAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "es": ("el lunes", "el martes", "el miércoles", "el jueves", "el viernes", "el sábado", "el domingo"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
}
_AT = {"en": "by {time} {day} (your time)", "es": "antes de las {time} {day} (hora local)",
       "fr": "d'ici {time} {day} (heure locale)", "de": "bis {time} Uhr {day} (Ihre Ortszeit)"}
_AT_INFORMAL = {**_AT, "de": "bis {time} Uhr {day} (deine Ortszeit)"}  # to a customer who says du
_WITHIN_HOURS = {"en": ("within the hour", "within {n} hours"), "es": ("en menos de una hora", "en las próximas {n} horas"),
                 "fr": ("dans l'heure", "dans les {n} heures"), "de": ("innerhalb einer Stunde", "innerhalb von {n} Stunden")}
_WITHIN_DAYS = {"en": "within {n} days", "es": "en los próximos {n} días", "fr": "d'ici {n} jours", "de": "innerhalb von {n} Tagen"}


def promise_phrase(due: datetime | None, decided: datetime | None, language: str, zone_name: str = "",
                   informal: bool = False) -> str:
    """'by 16:30 today (your time)' in their zone, else 'within 2 hours'; "" when there is no due time.
    `informal` says it to a customer who wrote tú/tu/du."""
    if due is None:
        return ""
    language = language if language in _AT else "en"
    if due.tzinfo is None:
        due = due.replace(tzinfo=timezone.utc)
    decided = decided or datetime.now(timezone.utc)
    if decided.tzinfo is None:
        decided = decided.replace(tzinfo=timezone.utc)
    zone = zone_of(zone_name)
    if zone is not None:
        local, start = due.astimezone(zone), decided.astimezone(zone)
        days = (local.date() - start.date()).days
        day = _TODAY[language] if days == 0 else _TOMORROW[language] if days == 1 else _WEEKDAYS[language][local.weekday()]
        clock = f"{local:%H:%M}" if language != "en" else f"{local:%H:%M}"
        return (_AT_INFORMAL if informal else _AT)[language].format(time=clock, day=day)
    seconds = max((due - decided).total_seconds(), 60)
    hours = math.ceil(seconds / 3600 - 0.01)
    if hours <= 1:
        return _WITHIN_HOURS[language][0]
    if hours <= 36:
        return _WITHIN_HOURS[language][1].format(n=hours)
    return _WITHIN_DAYS[language].format(n=math.ceil(seconds / 86400))


def followup_seconds(policy, text: str, subject: str, cues, locale: str = "", own_text_end: int | None = None) -> int:
    """The wait before the follow-up for this message, read from its text (see followup_seconds_for). `own_text_end`:
    the detector's reading of where the customer's own words end (Verdict.own_text_end), reused."""
    from calmdesk.languages import reply_language
    from worker.writing.situation import read_situation

    return followup_seconds_for(policy, read_situation(text, subject, tuple(cues or ()), reply_language(locale, text),
                                                       own_text_end=own_text_end))


def followup_seconds_for(policy, situation, decided: datetime | None = None, zone_name: str = "") -> int:
    """The wait before the follow-up: the policy's (per topic and cue), shortened by the situation, and brought before
    a deadline at a clock time when the customer's timezone is known. The worker schedules the follow-up with it and
    the note and draft promise the resulting due time."""
    from worker.writing.playbooks import MODIFIERS, OLD_TOPIC_NAMES

    modifiers = [c for c in situation.cues if c in MODIFIERS]
    names = [situation.topic] + [old for old, new in OLD_TOPIC_NAMES.items() if situation.topic in new] + modifiers
    base = min(policy.after_for(name) for name in names)
    deadline = situation.facts.deadline.text if situation.facts.deadline else ""
    return before_the_clock(followup_after(base, situation.topic, situation.cues, deadline, situation.facts.wanted_within_hours),
                            deadline, decided, zone_name)
