"""Agents' feedback on notes, kept in Redis: the override rate per cue (for the admin dashboard), and the bounded,
per-account raising of the bar for a kind of verdict that the account's agents keep marking "not upset".

The adjustment, as documented in docs/detector.md ("Learning from corrections"):
- a verdict's kind is its level and its non-severe cues ("negative:churn_threat", "negative:tone");
- each "not upset" on a note of that kind counts +1 for that account, each "helpful" -1; the count is forgotten
  FEEDBACK_KIND_TTL (30 days) after the last feedback;
- at SUPPRESS_AT (3) or more, that account gets no more notes of that kind;
- never for a verdict with a severe cue (abuse, legal threat) or distress, and never across accounts.
"""

from __future__ import annotations

import redis

from calmdesk.keys import FEEDBACK_KIND_TTL, feedback_cue_key, feedback_kind_key
from calmdesk.vocabulary import SEVERE_CUES

SUPPRESS_AT = 3
NEVER_SUPPRESSED = SEVERE_CUES | {"distress"}
TONE = "tone"  # the cue slot of a verdict flagged on its words alone


def verdict_kind(level: str, cues) -> str:
    named = sorted(set(cues) - NEVER_SUPPRESSED - {"shouting"})
    return f"{level}:{'+'.join(named) or TONE}"


def record_note(conn: redis.Redis, cues) -> None:
    with conn.pipeline() as pipe:
        for cue in list(cues) or [TONE]:
            pipe.hincrby(feedback_cue_key("noted"), cue, 1)
        pipe.execute()


def record_feedback(conn: redis.Redis, helpdesk: str, account: str, feedback: str, level: str, cues) -> int:
    """Count one agent's feedback on a note of this verdict; returns the kind's net "not upset" count after it."""
    key = feedback_kind_key(helpdesk, account, verdict_kind(level, cues))
    with conn.pipeline() as pipe:
        for cue in list(cues) or [TONE]:
            pipe.hincrby(feedback_cue_key(feedback), cue, 1)
        pipe.incrby(key, 1 if feedback == "not_upset" else -1)
        pipe.expire(key, FEEDBACK_KIND_TTL)
        net = pipe.execute()[-2]
    return int(net)


def suppressed(conn: redis.Redis, helpdesk: str, account: str, level: str, cues) -> bool:
    """True when this account's agents marked this kind of verdict "not upset" SUPPRESS_AT times (net)."""
    if NEVER_SUPPRESSED & set(cues):
        return False
    raw = conn.get(feedback_kind_key(helpdesk, account, verdict_kind(level, cues)))
    return int(raw or 0) >= SUPPRESS_AT


def override_rates(conn: redis.Redis) -> list[dict]:
    """Per cue: notes, "not upset", "helpful", and the share of notes agents overrode; most overridden first."""
    noted = {k.decode(): int(v) for k, v in conn.hgetall(feedback_cue_key("noted")).items()}
    wrong = {k.decode(): int(v) for k, v in conn.hgetall(feedback_cue_key("not_upset")).items()}
    helpful = {k.decode(): int(v) for k, v in conn.hgetall(feedback_cue_key("helpful")).items()}
    rows = [{"cue": cue, "notes": noted.get(cue, 0), "not_upset": wrong.get(cue, 0), "helpful": helpful.get(cue, 0),
             "override_rate": round(wrong.get(cue, 0) / noted[cue], 3) if noted.get(cue) else 0.0}
            for cue in sorted(set(noted) | set(wrong) | set(helpful))]
    return sorted(rows, key=lambda row: (-row["override_rate"], row["cue"]))
