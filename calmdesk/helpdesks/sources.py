"""The helpdesks calmdesk takes webhooks from: one line per helpdesk folder (its webhook module's SOURCE)."""

from __future__ import annotations

from calmdesk.helpdesks.base import WebhookSource
from calmdesk.helpdesks.freshdesk import webhook as freshdesk
from calmdesk.helpdesks.zendesk import webhook as zendesk

SOURCES = (zendesk.SOURCE, freshdesk.SOURCE)


def webhook_sources() -> dict[str, WebhookSource]:
    return {source.name: source for source in SOURCES}
