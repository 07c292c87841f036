"""The `calmdesk` command line (click lives here and nowhere else)."""

from calmdesk.cli.main import main

__all__ = ["main"]
