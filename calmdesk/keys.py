"""Every Redis key calmdesk writes, with its lifetime, and the markers that tie a posted note or follow-up to it.

The only place a key is spelled out: tests/unit/test_ownership.py fails when a "calmdesk:" key appears elsewhere.
"""

from __future__ import annotations

PREFIX = "calmdesk:"
DAY = 86400

# Ingress: a delivery seen within its helpdesk's dedup window is not queued again.
def delivery_key(source: str, key: str) -> str:
    return f"{PREFIX}delivery:{source}:{key}"


# A ticket's turn state (calm, upset, escalations so far).
TICKET_STATE_TTL = 90 * DAY


def ticket_state_key(helpdesk: str, account: str, ticket_id: str) -> str:
    return f"{PREFIX}ticket:{helpdesk}:{account}:{ticket_id}"


# Flagged tickets: ingress reads this to decide whether an agent's reply is worth coaching.
FLAGGED_TTL = 30 * DAY


def flagged_key(helpdesk: str, account: str, ticket_id: str) -> str:
    return f"{PREFIX}flagged:{helpdesk}:{account}:{ticket_id}"


# Exactly-once notes: done, attempted (by which job), and the lock held while posting.
NOTED_TTL = 90 * DAY
NOTE_MARKER_PREFIX = "calmdesk-ref:"  # written invisibly into every note, searched for before posting again


def note_marker(helpdesk: str, ticket_id: str, escalation: int) -> str:
    return f"{NOTE_MARKER_PREFIX}{helpdesk}-{ticket_id}-{escalation}"


def note_keys(marker: str, account: str = "default") -> tuple[str, str, str]:
    """(noted, attempt, lock) for one note marker in one account: two helpdesk accounts can both have a ticket 42.
    The default account keeps the unscoped keys, so an upgrade never forgets a note already posted."""
    scope = "" if account == "default" else f"{account}:"
    return f"{PREFIX}noted:{scope}{marker}", f"{PREFIX}attempt:{scope}{marker}", f"{PREFIX}notelock:{scope}{marker}"


# Follow-ups: a sorted set (score = due timestamp, member = id) and one JSON record per follow-up.
FOLLOWUP_SCHEDULE_KEY = f"{PREFIX}followups"
FOLLOWUP_RECORD_TTL = 180 * DAY


def followup_record_key(followup_id: str) -> str:
    return f"{PREFIX}followup:{followup_id}"


FOLLOWUP_RECORD_PATTERN = f"{PREFIX}followup:*"  # every record (the admin page counts them); not the locks


def followup_lock_key(followup_id: str) -> str:
    return f"{PREFIX}followuplock:{followup_id}"


# The admin page: what calmdesk did (newest first, 1,000 kept), helpdesk alerts, sign-in failures.
ACTIVITY_KEY = f"{PREFIX}activity"
ACTIVITY_KEPT = 1000
ALERT_TTL = 7 * DAY
ALERT_PATTERN = f"{PREFIX}alert:*"


def alert_key(helpdesk: str) -> str:
    return f"{PREFIX}alert:{helpdesk}"


LOGIN_FAILURES_TTL = 900  # wrong admin tokens are counted per client address over 15 minutes


def login_failures_key(client: str) -> str:
    return f"{PREFIX}admin:login-failures:{client}"


# Admin sessions live server-side: the cookie holds a random id, Redis holds sha256(id) -> the session's JSON,
# for at most ADMIN_SESSION_TTL from signing in (never renewed), deleted on signing out.
ADMIN_SESSION_TTL = 12 * 3600
# The random key that signs CSRF tokens: made once (SET NX) and shared by every web process; not the admin token.
ADMIN_SECRET_KEY = f"{PREFIX}admin:secret-key"


def admin_session_key(session_hash: str) -> str:
    return f"{PREFIX}admin:session:{session_hash}"


# Metrics shared by every process.
METRICS_PREFIX = f"{PREFIX}metrics:"


def counter_key(name: str) -> str:
    return f"{METRICS_PREFIX}counter:{name}"


def histogram_key(name: str) -> str:
    return f"{METRICS_PREFIX}histogram:{name}"


# The shared rate limiter: one bucket per account and endpoint class, and an account-wide pause after a 429.
def rate_bucket_key(account_key: str, bucket: str) -> str:
    return f"{PREFIX}ratelimit:{account_key}:{bucket}"


# Agents' feedback on notes: per cue, how many notes and how many "not upset" / "helpful" (the admin dashboard's
# override rate); per account and kind of verdict, the net "not upset" count that raises that account's bar.
FEEDBACK_KIND_TTL = 30 * DAY  # a kind's corrections are forgotten 30 days after the last one


def feedback_cue_key(outcome: str) -> str:
    """outcome: "noted", "not_upset" or "helpful"; a hash of cue -> count."""
    return f"{PREFIX}feedback:cues:{outcome}"


def feedback_kind_key(helpdesk: str, account: str, kind: str) -> str:
    return f"{PREFIX}feedback:kind:{helpdesk}:{account}:{kind}"


# Backfill's resumable cursor.
BACKFILL_CURSOR_TTL = 7 * DAY


def backfill_cursor_key(helpdesk: str, account: str) -> str:
    return f"{PREFIX}backfill:{helpdesk}:{account}"
