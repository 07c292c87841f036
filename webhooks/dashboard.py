"""What the admin pages show, in words an admin reads: labels from the note's own label file instead of internal
names, follow-up counts from the follow-up records, times in the admin's time zone. No Flask here."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import redis

from calmdesk.keys import FOLLOWUP_RECORD_PATTERN

# The follow-up record's states (worker/followups.py owns them; the web side never imports the worker side).
KEPT_STATES = {"closed-solved", "closed-replied"}
REMINDED_STATES = {"reminded"}
OPEN_STATES = {"scheduled"}


@lru_cache(maxsize=1)
def _labels() -> dict[str, dict[str, str]]:
    """The names the note itself uses (templates/notes/labels.en.html.j2), so the page and the note agree."""
    from worker.writing.notes import template_environment

    module = template_environment().get_template("notes/labels.en.html.j2").module
    return {name: dict(getattr(module, name, {}) or {}) for name in ("level_labels", "topic_labels", "cue_labels")}


def _plain(name: str) -> str:
    return name.replace("_", " ").strip()


def level_label(level: str) -> str:
    return _labels()["level_labels"].get(level, _plain(level)).capitalize()


def cue_label(cue: str) -> str:
    return _labels()["cue_labels"].get(cue, _plain(cue))


def playbook_label(playbook: str) -> str:
    """"billing_refund+churn_threat+shouting" -> "Billing or refund; wants to cancel, shouting"."""
    topic, *modifiers = [part for part in str(playbook).split("+") if part]
    text = _labels()["topic_labels"].get(topic, _plain(topic)).capitalize() if topic else ""
    if modifiers:
        text += "; " + ", ".join(cue_label(m) for m in modifiers)
    return text


@dataclass(frozen=True)
class FollowupSummary:
    kept: int = 0  # closed because the ticket was solved or an agent replied in time
    reminded: int = 0  # missed: nobody had replied by the due time, so calmdesk reminded on the ticket
    overdue: int = 0  # still scheduled, past its due time
    due: int = 0  # scheduled, not due yet


def followup_summary(conn: redis.Redis, now: float) -> FollowupSummary:
    """Counted from the follow-up records themselves (kept 180 days), so the page matches what happened."""
    counts = {"kept": 0, "reminded": 0, "overdue": 0, "due": 0}
    keys = list(conn.scan_iter(FOLLOWUP_RECORD_PATTERN, count=500))
    for start in range(0, len(keys), 500):
        for raw in conn.mget(keys[start:start + 500]):
            try:
                record = json.loads(raw) if raw else None
            except ValueError:
                record = None
            if not isinstance(record, dict):
                continue
            state = str(record.get("state", ""))
            if state in KEPT_STATES:
                counts["kept"] += 1
            elif state in REMINDED_STATES:
                counts["reminded"] += 1
            elif state in OPEN_STATES:
                try:
                    due_at = datetime.fromisoformat(str(record.get("due_at"))).timestamp()
                except ValueError:
                    continue
                counts["overdue" if due_at <= now else "due"] += 1
    return FollowupSummary(**counts)


def zone(name: str | None) -> ZoneInfo:
    try:
        return ZoneInfo(name or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def when(timestamp, tz: ZoneInfo, now: float | None = None) -> tuple[str, str]:
    """(short text, ISO 8601) in the admin's zone: "14:05" today, "Mon 2 Mar 14:05" otherwise; ("", "") if bad."""
    try:
        moment = datetime.fromtimestamp(float(timestamp), timezone.utc).astimezone(tz)
    except (TypeError, ValueError, OverflowError, OSError):
        return "", ""
    today = datetime.fromtimestamp(now, timezone.utc).astimezone(tz).date() if now else None
    text = moment.strftime("%H:%M") if today == moment.date() else f"{moment:%a} {moment.day} {moment:%b %H:%M}"
    return text, moment.isoformat(timespec="minutes")
