"""calmdesk: what the web and worker sides share (settings, the event type, the CLI, the embedded Redis)."""

__version__ = "0.1.0"
