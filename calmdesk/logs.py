"""One log format for every calmdesk process, with configured secrets scrubbed from every line."""

from __future__ import annotations

import logging

from calmdesk.settings import Settings, SettingsError, load_settings

_FORMAT = "%(asctime)s %(levelname)s %(name)s %(message)s"


class SecretScrubber(logging.Filter):
    """Replaces any configured secret that reaches a log line, whatever path it took there."""

    def __init__(self, secrets: list[str]):
        super().__init__()
        self.secrets = [s for s in secrets if len(s) >= 4]

    def filter(self, record: logging.LogRecord) -> bool:
        if self.secrets:
            message = record.getMessage()
            if any(s in message for s in self.secrets):
                for secret in self.secrets:
                    message = message.replace(secret, "[secret]")
                record.msg, record.args = message, None
        return True


def configure_logging(level: str | None = None) -> None:
    """Idempotent: sets the format once and installs the scrubber on the root handlers."""
    try:
        settings: Settings | None = load_settings()
    except SettingsError:
        settings = None
    root = logging.getLogger()
    if not getattr(root, "_calmdesk_configured", False):
        logging.basicConfig(level=level or (settings.log_level if settings else "INFO"), format=_FORMAT)
        root._calmdesk_configured = True  # type: ignore[attr-defined]
    secrets = settings.secrets() if settings else []
    for handler in root.handlers:
        handler.filters = [f for f in handler.filters if not isinstance(f, SecretScrubber)]
        handler.addFilter(SecretScrubber(secrets))
