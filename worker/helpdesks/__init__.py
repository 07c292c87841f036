"""Helpdesk clients behind one interface; `client_for` picks the module by the event's helpdesk name."""

from __future__ import annotations

from calmdesk.settings import Settings

from .base import HelpdeskClient


def client_for(helpdesk: str, settings: Settings, account: str = "default", conn=None) -> HelpdeskClient:
    """The client for one account; given a Redis connection, its calls share that account's rate limit with
    every other worker."""
    from . import freshdesk, zendesk

    factories = {"zendesk": zendesk.ZendeskClient.from_settings, "freshdesk": freshdesk.FreshdeskClient.from_settings}
    try:
        factory = factories[helpdesk]
    except KeyError:
        raise ValueError(f"unknown helpdesk {helpdesk!r}") from None
    client = factory(settings.for_account(helpdesk, account))
    if conn is not None:
        from ..rate_limit import endpoint_classes, install_rate_limiter, limits_for

        credentials = settings.account(helpdesk, account)
        limits = limits_for(helpdesk, credentials.plan, credentials.rate_limit)
        install_rate_limiter(client.session, conn, f"{helpdesk}:{account}", limits, endpoint_classes)
    return client
