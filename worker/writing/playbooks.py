"""Choose the de-escalation playbook: a topic from what the message is about, plus modifiers from its cues.

A playbook is composed, not enumerated: "delivery_delay" with the modifiers "repeat_contact" and
"churn_threat" renders the delivery text once and lets each modifier add its own paragraph and steps.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from worker.detector import Verdict
from worker.writing.topics import TOPICS as CORPUS_TOPICS
from worker.writing.topics import choose_topic as choose_corpus_topic

# The situations are the corpus's topics (worker/topics.py); the old internal names map onto them.
TOPICS = CORPUS_TOPICS
# Names a config written for earlier versions may use in followups.per_playbook, and the topics they now cover.
OLD_TOPIC_NAMES = {"damaged_product": ("damaged_or_defective", "wrong_item"),
                   "billing_refund": ("unexpected_charge", "refund_not_received", "charged_after_cancel",
                                      "billing_question"),
                   "outage_bug": ("outage_or_bug",), "general": ("other",)}
# Every cue the note speaks about, in the order they are named. Unknown cues are ignored here, shown in the note.
MODIFIERS = ("legal_threat", "escalation_request", "repeat_contact", "urgency", "cancel_request", "already_cancelled",
             "churn_threat", "public_exposure", "distress", "abuse", "profanity", "shouting")
# Where in the reply a modifier speaks: before the topic text or after it. "shouting" only changes the note.
REPLY_OPENING = ("legal_threat", "escalation_request", "repeat_contact")
REPLY_CLOSING = ("urgency", "churn_threat", "abuse")
# The legal paragraph already brings in a lead, so a separate "a lead is looped in" paragraph would repeat it.
REPLY_SUPERSEDES = {"legal_threat": ("escalation_request",)}

# Helpdesk tags an agent or trigger already set ("shipping", "refund_request", "bug") name the topic too.
_TAG_WORDS = {
    "account_access": r"login|password|account_access|2fa",
    "fraud_or_security": r"security|hacked|fraud",
    "outage_or_bug": r"bug|outage|incident|error|crash",
    "damaged_or_defective": r"damaged|defect\w*|broken|faulty|rma|warranty",
    "refund_not_received": r"refund\w*",
    "unexpected_charge": r"billing|invoice|payment|charge\w*",
    "delivery_delay": r"shipping|delivery|shipment|courier|where_is_my_order|wismo|late_order",
    "poor_service": r"complaint_service|no_response|service_complaint",
}
_TAG_PATTERNS = {t: re.compile(rf"(?:^|_)(?:{p})(?:_|$)", re.IGNORECASE) for t, p in _TAG_WORDS.items()}

@dataclass(frozen=True)
class Playbook:
    topic: str
    modifiers: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        """'delivery_delay+repeat_contact+churn_threat': logged by the job and shown in previews."""
        return "+".join((self.topic,) + self.modifiers)

    @property
    def reply_opening(self) -> tuple[str, ...]:
        return tuple(m for m in self.modifiers if m in REPLY_OPENING and not self._superseded(m))

    @property
    def reply_closing(self) -> tuple[str, ...]:
        return tuple(m for m in self.modifiers if m in REPLY_CLOSING and not self._superseded(m))

    def _superseded(self, modifier: str) -> bool:
        return any(modifier in REPLY_SUPERSEDES.get(m, ()) for m in self.modifiers)


def choose_topic(message: str, subject: str = "", tags: tuple[str, ...] | list[str] = ()) -> str:
    """The corpus topic; when the words say nothing, a helpdesk tag ("shipping", "refund") may still name it."""
    topic = choose_corpus_topic(message, subject)
    if topic != "other" or not tags:
        return topic
    for old, pattern in _TAG_PATTERNS.items():
        if any(pattern.search(tag) for tag in tags):
            return old
    return topic


def choose_playbook(message: str, verdict: Verdict, subject: str = "", tags: tuple[str, ...] | list[str] = ()) -> Playbook:
    """The playbook for a message: the corpus topic (subject, text, cues) and the cues as modifiers. The cues are the
    detector's (it reads them in all four languages: worker/detector/signals.py)."""
    cues = set(verdict.cues)
    return Playbook(choose_corpus_topic(message, subject, tuple(cues)), tuple(m for m in MODIFIERS if m in cues))


def playbook_for(situation) -> Playbook:
    """The playbook of an already-read Situation (worker/situation.py): its topic and its known cues."""
    return Playbook(situation.topic, tuple(m for m in MODIFIERS if m in situation.cues))
