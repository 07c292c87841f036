"""Follow-ups: the record calmdesk keeps of each promise, its schedule in Redis, and what to do when it is due."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone

import redis

from worker.writing.business_hours import BusinessHours, parse_days
from calmdesk.helpdesks.base import TicketSnapshot
from calmdesk.keys import FOLLOWUP_RECORD_PATTERN, FOLLOWUP_RECORD_TTL, FOLLOWUP_SCHEDULE_KEY, followup_record_key


SCHEDULED, REMINDED, CLOSED, REPLIED, DROPPED = "scheduled", "reminded", "closed-solved", "closed-replied", "dropped"
GAVE_UP = "given-up"  # the helpdesk will not let it proceed (ticket or task deleted, update refused), or it kept failing
# Runs of one follow-up that may fail before calmdesk gives up on it. Without a bound, the 15 s sweep re-queued a
# follow-up on a deleted ticket forever, 2-4 API calls each time (issue 13).
MAX_ATTEMPTS = 5


@dataclass(frozen=True)
class FollowupPolicy:
    after_seconds: int = 24 * 3600
    per_playbook: dict[str, int] = field(default_factory=dict)
    business_hours: BusinessHours | None = None
    bump_priority: bool = False
    enabled: bool = True

    def after_for(self, playbook: str) -> int:
        return self.per_playbook.get(playbook, self.after_seconds)


@dataclass(frozen=True)
class Followup:
    id: str
    helpdesk: str
    account: str
    ticket_id: str
    due_at: str  # ISO 8601 UTC
    reference: str = ""  # the helpdesk's task id (Zendesk) or the ticket id (Freshdesk due_by)
    state: str = SCHEDULED
    subject: str = ""
    promise: str = ""
    outcome_at: str = ""
    attempts: int = 0  # runs that ended in an error
    error: str = ""  # the last error, and why calmdesk gave up when state is GAVE_UP

    @property
    def due(self) -> datetime:
        return datetime.fromisoformat(self.due_at)

    def to_json(self) -> str:
        return json.dumps(asdict(self))

    @classmethod
    def from_json(cls, raw: bytes | str) -> "Followup":
        data = json.loads(raw)
        known = set(cls.__dataclass_fields__)
        return cls(**{k: v for k, v in data.items() if k in known})


def followup_id(helpdesk: str, account: str, ticket_id: str, escalation: int) -> str:
    return f"{helpdesk}-{account}-{ticket_id}-{escalation}"


def decide_outcome(ticket: TicketSnapshot) -> str:
    """What the due follow-up does, from the ticket as it is now."""
    if ticket.closed:
        return CLOSED
    if ticket.awaiting_agent:
        return REMINDED
    return REPLIED


def save(conn: redis.Redis, followup: Followup, pipe=None) -> None:
    target = pipe if pipe is not None else conn.pipeline()
    target.set(followup_record_key(followup.id), followup.to_json(), ex=FOLLOWUP_RECORD_TTL)
    if followup.state == SCHEDULED:
        target.zadd(FOLLOWUP_SCHEDULE_KEY, {followup.id: followup.due.timestamp()})
    else:
        target.zrem(FOLLOWUP_SCHEDULE_KEY, followup.id)
    if pipe is None:
        target.execute()


def load(conn: redis.Redis, followup_id_: str) -> Followup | None:
    raw = conn.get(followup_record_key(followup_id_))
    return Followup.from_json(raw) if raw else None


def overdue_ids(conn: redis.Redis, now: datetime, grace: float) -> list[str]:
    """grace: Settings.sweep_grace, how late a follow-up may be before the sweeper stops waiting for RQ's scheduler."""
    return [m.decode() for m in conn.zrangebyscore(FOLLOWUP_SCHEDULE_KEY, "-inf", now.timestamp() - grace)]


def listing(conn: redis.Redis) -> list[Followup]:
    """Every follow-up still scheduled, soonest first (the `calmdesk followups` view)."""
    ids = [m.decode() for m in conn.zrange(FOLLOWUP_SCHEDULE_KEY, 0, -1)]
    records = [load(conn, i) for i in ids]
    return [r for r in records if r is not None]


def given_up(conn: redis.Redis) -> list[Followup]:
    """Follow-ups calmdesk stopped (state GAVE_UP), with the reason in `error`: the `calmdesk followups --all` view."""
    found = []
    for key in conn.scan_iter(match=FOLLOWUP_RECORD_PATTERN, count=500):
        raw = conn.get(key)
        record = Followup.from_json(raw) if raw else None
        if record is not None and record.state == GAVE_UP:
            found.append(record)
    return sorted(found, key=lambda r: r.outcome_at)


def followup_policy(settings) -> FollowupPolicy:
    """The `followups:` section of CALMDESK_CONFIG (validated by calmdesk.config), CALMDESK_FOLLOWUP_AFTER by default."""
    from calmdesk.config import load_config

    return policy_from_config(load_config(settings).followups)


def policy_from_config(section) -> FollowupPolicy:
    hours = section.business_hours
    business = None
    if hours is not None:
        business = BusinessHours(
            timezone=hours.timezone,
            days=parse_days(",".join(hours.days)),
            start=datetime.strptime(hours.start, "%H:%M").time(),
            end=datetime.strptime(hours.end, "%H:%M").time(),
        )
    return FollowupPolicy(section.after_seconds, dict(section.per_playbook), business, section.bump_priority,
                          section.enabled)


def now_utc() -> datetime:
    return datetime.now(timezone.utc)
