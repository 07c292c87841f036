"""The words calmdesk's parts share, each defined once: verdict levels and their rank, the cues a detector may
name, the cues severe enough to warrant a second note, and ticket priorities in order."""

from __future__ import annotations

LEVELS = ("calm", "negative", "very_negative")
LEVEL_RANK = {level: rank for rank, level in enumerate(LEVELS)}
NOTE_LEVELS = LEVELS[1:]  # the levels a note can be asked for; "calm" never is

# What the customer is doing, beyond how they feel. `shouting` is an extra: evidence of tone, not an intent.
CUES = ("abuse", "profanity", "legal_threat", "churn_threat", "cancel_request", "already_cancelled",
        "repeat_contact", "escalation_request", "public_exposure", "urgency", "distress", "shouting")
# A new one of these on a ticket already noted earns another note.
SEVERE_CUES = frozenset({"abuse", "legal_threat"})

PRIORITIES = ("low", "normal", "high", "urgent")  # lowest first


def level_rank(level: str) -> int:
    return LEVEL_RANK.get(level, 0)


def priority_rank(priority: str) -> int:
    return PRIORITIES.index(priority) if priority in PRIORITIES else PRIORITIES.index("normal")
