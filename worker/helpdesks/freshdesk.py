"""Freshdesk client (placeholder until the Freshdesk module lands)."""

from calmdesk.settings import Settings


class FreshdeskClient:
    name = "freshdesk"

    @classmethod
    def from_settings(cls, settings: Settings) -> "FreshdeskClient":
        raise ValueError("Freshdesk is not supported yet")
