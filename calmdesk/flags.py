"""Which tickets calmdesk has flagged: one expiring Redis key per ticket, set by the note job, read by ingress
to decide whether an agent's reply is worth coaching."""

FLAGGED_TTL = 30 * 86400


def flagged_key(helpdesk: str, account: str, ticket_id: str) -> str:
    return f"calmdesk:flagged:{helpdesk}:{account}:{ticket_id}"
