"""The helpdesks calmdesk takes webhooks from: how each one authenticates, identifies and normalises a delivery."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Callable, Mapping

from calmdesk.events import TicketEvent
from calmdesk.settings import Settings


@dataclass(frozen=True)
class WebhookSource:
    name: str
    # Raises Unauthorized / NotConfigured; pure apart from reading the settings it is given.
    authenticate: Callable[[Settings, Mapping[str, str], bytes, datetime], None]
    # A stable key for one delivery, so retries and duplicates are accepted once.
    delivery_key: Callable[[Mapping[str, Any], Mapping[str, str], bytes], str]
    # A TicketEvent to analyse, or the reason the delivery is accepted and ignored.
    normalise: Callable[[Mapping[str, Any], str], "TicketEvent | str"]
    dedup_seconds: int


def webhook_sources() -> dict[str, WebhookSource]:
    from calmdesk.helpdesks.freshdesk import webhook as freshdesk
    from calmdesk.helpdesks.zendesk import webhook as zendesk

    return {source.name: source for source in (zendesk.SOURCE, freshdesk.SOURCE)}
