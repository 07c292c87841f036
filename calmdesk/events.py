"""TicketEvent: the one normalised event that crosses the queue, as JSON, from webhooks/ to worker/."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from typing import Any

# C0 and C1 control characters except tab and newline, and lone surrogates: what customer text may not carry
# into calmdesk (issue 16, L3). ESC and BEL drive terminals (OSC 52 writes the clipboard), CR forges log and
# terminal lines, and a lone surrogate cannot be encoded as UTF-8 at all.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def clean_text(text: str) -> str:
    """Customer text as calmdesk keeps, shows and prints it: control characters and lone surrogates removed."""
    return _UNSAFE.sub("", text) if _UNSAFE.search(text) else text


CUSTOMER_MESSAGE = "customer_message"
# The tag on calmdesk's own follow-up tickets (a Zendesk task, a Freshdesk child ticket): never analysed.
FOLLOWUP_TAG = "calmdesk_followup"
API_ID_MAX_DIGITS = 20  # helpdesk ids are 64-bit integers: at most 20 decimal digits


def is_api_id(value: object) -> bool:
    """Whether a value from a delivery can go into an API path: 1-20 ASCII digits. str.isdigit() alone also takes
    "²" and "١٢", and an unchecked "../users" would reach another endpoint."""
    text = str(value)
    return 0 < len(text) <= API_ID_MAX_DIGITS and text.isascii() and text.isdigit()
AGENT_REPLY = "agent_reply"
AGENT_FEEDBACK = "agent_feedback"  # an agent applied "calmdesk: not upset" or "calmdesk: helpful"
NOT_UPSET, HELPFUL = "not_upset", "helpful"
FEEDBACK_TAGS = {"calmdesk_not_upset": NOT_UPSET, "calmdesk_helpful": HELPFUL}  # what the macros add


@dataclass(frozen=True)
class TicketEvent:
    helpdesk: str  # "zendesk" | "freshdesk": picks the client module in worker/helpdesks
    ticket_id: str
    kind: str = CUSTOMER_MESSAGE
    account: str = "default"
    delivery_id: str = ""
    comment_id: str = ""
    text: str = ""  # the customer's latest public message, plain text; empty means "fetch it"
    text_is_html: bool = False
    author_id: str = ""
    requester_id: str = ""
    requester_name: str = ""
    requester_email: str = ""
    locale: str = ""
    subject: str = ""
    status: str = ""
    tags: tuple[str, ...] = field(default_factory=tuple)
    helpdesk_sentiment: float | None = None  # the helpdesk's own opinion in [-1, 1], when it sent one
    occurred_at: str = ""  # ISO 8601, when the helpdesk says it happened
    brand_id: str = ""  # what the admin's rules filter on (calmdesk/rules.py); "" when the helpdesk did not say
    group_id: str = ""
    channel: str = ""  # how the ticket came in, lower case: "email", "web", "chat", "api", ...
    feedback: str = ""  # AGENT_FEEDBACK only: NOT_UPSET or HELPFUL

    def __post_init__(self) -> None:
        # The one place customer text enters calmdesk from a webhook: cleaned here, once (issue 16, L3).
        for name in _TEXT_FIELDS:
            value = getattr(self, name)
            if isinstance(value, str) and _UNSAFE.search(value):
                object.__setattr__(self, name, clean_text(value))
        if any(isinstance(tag, str) and _UNSAFE.search(tag) for tag in self.tags):
            object.__setattr__(self, "tags", tuple(clean_text(t) if isinstance(t, str) else t for t in self.tags))

    def to_dict(self) -> dict[str, Any]:
        # Not dataclasses.asdict: its recursive deep copy is a measurable share of a webhook's cost.
        data = {name: getattr(self, name) for name in _FIELD_NAMES}
        data["tags"] = list(self.tags)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "TicketEvent":
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        values["tags"] = tuple(values.get("tags") or ())
        return cls(**values)


_FIELD_NAMES = tuple(f.name for f in fields(TicketEvent))
_TEXT_FIELDS = tuple(f.name for f in fields(TicketEvent) if f.type == "str")


def feedback_in_tags(tags) -> str:
    """NOT_UPSET or HELPFUL when the ticket carries a feedback macro's tag (not upset wins), else ""."""
    found = {FEEDBACK_TAGS[t] for t in tags if t in FEEDBACK_TAGS}
    return NOT_UPSET if NOT_UPSET in found else (HELPFUL if found else "")
