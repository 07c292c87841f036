"""Helpdesk clients behind one interface; `client_for` picks the module by the event's helpdesk name."""

from __future__ import annotations

from calmdesk.settings import Settings

from .base import HelpdeskClient


def client_for(helpdesk: str, settings: Settings, account: str = "default") -> HelpdeskClient:
    from . import freshdesk, zendesk

    factories = {"zendesk": zendesk.ZendeskClient.from_settings, "freshdesk": freshdesk.FreshdeskClient.from_settings}
    try:
        factory = factories[helpdesk]
    except KeyError:
        raise ValueError(f"unknown helpdesk {helpdesk!r}") from None
    return factory(settings.for_account(helpdesk, account))
