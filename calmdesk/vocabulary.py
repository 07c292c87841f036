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

# Playbook topics a config may name (followups.per_playbook). worker/writing/playbooks.py's TOPICS must stay a
# subset (tests/unit/test_config_names.py). Both spellings are accepted while the topics are being renamed to the
# corpus's names: the current ones (billing_refund, damaged_product, outage_bug) and the new ones.
# The situations a note is written for (the dev corpus's topic names), then the names of earlier versions that a
# config's followups.per_playbook may still use (worker/writing/playbooks.py maps them onto these).
TOPICS = ("delivery_delay", "damaged_or_defective", "wrong_item", "refund_not_received", "unexpected_charge",
          "charged_after_cancel", "cancellation", "travel_disruption", "outage_or_bug", "account_access",
          "fraud_or_security", "privacy_data_request", "poor_service", "billing_question", "product_question",
          "praise", "other")
OLD_TOPIC_NAMES = ("delivery_delay", "damaged_product", "billing_refund", "outage_bug", "account_access",
                   "poor_service", "general")
PLAYBOOK_TOPICS = TOPICS + tuple(name for name in OLD_TOPIC_NAMES if name not in TOPICS)


def level_rank(level: str) -> int:
    return LEVEL_RANK.get(level, 0)


def priority_rank(priority: str) -> int:
    return PRIORITIES.index(priority) if priority in PRIORITIES else PRIORITIES.index("normal")
