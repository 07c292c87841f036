"""Which tickets calmdesk has flagged: one expiring Redis key per ticket, set by the note job, read by ingress
to decide whether an agent's reply is worth coaching."""

from calmdesk.keys import FLAGGED_TTL, flagged_key

__all__ = ["FLAGGED_TTL", "flagged_key"]
