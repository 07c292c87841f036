"""One log format for every calmdesk process: configured secrets scrubbed, control characters escaped."""

from __future__ import annotations

import logging
import re

from calmdesk.settings import Settings, SettingsError, load_settings

_FORMAT = "%(asctime)s %(levelname)s %(name)s %(message)s"
# A request path or header carrying CR/LF or ESC must not forge a log line or drive a terminal (issue 16, L2).
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def _escaped(match: re.Match) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


class SecretScrubber(logging.Filter):
    """Replaces any configured secret that reaches a log line, whatever path it took there, and escapes control
    characters in the message (a traceback, added by the formatter, keeps its lines)."""

    def __init__(self, secrets: list[str]):
        super().__init__()
        self.secrets = [s for s in secrets if len(s) >= 4]

    def filter(self, record: logging.LogRecord) -> bool:
        message = original = record.getMessage()
        if self.secrets and any(s in message for s in self.secrets):
            for secret in self.secrets:
                message = message.replace(secret, "[secret]")
        if _CONTROL.search(message):
            message = _CONTROL.sub(_escaped, message)
        if message is not original:
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
