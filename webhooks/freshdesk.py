"""Freshdesk deliveries (placeholder until the Freshdesk module lands): refuses everything with 503."""

from .errors import NotConfigured


def _authenticate(settings, headers, body, now) -> None:
    raise NotConfigured("Freshdesk webhooks are not supported yet")


def _source():
    from .sources import WebhookSource

    return WebhookSource(name="freshdesk", authenticate=_authenticate, delivery_key=lambda p, h, b: "",
                         normalise=lambda p, d: "unsupported", dedup_seconds=86400)


SOURCE = _source()
