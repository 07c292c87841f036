"""Helpdesk clients behind one interface; `client_for` picks the module by the event's helpdesk name."""

from __future__ import annotations

from calmdesk.config import load_config
from calmdesk.helpdesks.base import TIMEOUT, HelpdeskClient
from calmdesk.helpdesks.freshdesk import client as freshdesk
from calmdesk.helpdesks.rate_limit import endpoint_classes, install_rate_limiter, limits_for
from calmdesk.helpdesks.zendesk import client as zendesk
from calmdesk.settings import Settings

_CLIENTS: dict[tuple, HelpdeskClient] = {}


def client_for(helpdesk: str, settings: Settings, account: str = "default", conn=None) -> HelpdeskClient:
    """The client for one account; given a Redis connection, its calls share that account's rate limit with
    every other worker. Kept per process, so a worker that runs many jobs reuses its HTTP connections; a change
    of credentials or limits makes a new one."""
    # load_config returns the same object until the file changes, and clients read their mode from it.
    key = (helpdesk, account, settings.account(helpdesk, account), id(load_config(settings)),
           id(conn.connection_pool) if conn else None)
    client = _CLIENTS.get(key)
    if client is None:
        if len(_CLIENTS) > 32:
            _CLIENTS.clear()
        client = _CLIENTS[key] = _new_client(helpdesk, settings, account, conn)
    return client


def _new_client(helpdesk: str, settings: Settings, account: str, conn) -> HelpdeskClient:
    factories = {"zendesk": zendesk.ZendeskClient.from_settings, "freshdesk": freshdesk.FreshdeskClient.from_settings}
    try:
        factory = factories[helpdesk]
    except KeyError:
        raise ValueError(f"unknown helpdesk {helpdesk!r}") from None
    client = factory(settings.for_account(helpdesk, account))
    if settings.http_timeout:
        client.session.calmdesk_timeout = (TIMEOUT[0], settings.http_timeout)  # type: ignore[attr-defined]
    if conn is not None:
        credentials = settings.account(helpdesk, account)
        limits = limits_for(helpdesk, credentials.plan, credentials.rate_limit)
        install_rate_limiter(client.session, conn, f"{helpdesk}:{account}", limits, endpoint_classes)
    return client
