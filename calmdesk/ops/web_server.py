"""Runs the Flask app under waitress, in-process (`calmdesk web`, `calmdesk run` and the Procfile).

Waitress reads each request whole, headers and body, in its event loop before a thread sees it, so a client that
trickles bytes holds a socket, not a thread: /healthz and the webhooks keep answering (issue 16, H1). Connections
idle for CHANNEL_TIMEOUT seconds are closed; at most CONNECTION_LIMIT are open at once. Limits and what a reverse
proxy adds in front are in docs/reliability.md, "Slow clients".
"""

from __future__ import annotations

import signal
from typing import Callable

from flask import Flask
from waitress.server import create_server

from webhooks.app import MAX_BODY_BYTES, create_app

CONNECTION_LIMIT = 1000  # open sockets; each slow client costs one (and ~KBs of buffer), never a thread
CHANNEL_TIMEOUT = 30  # seconds without a byte before a connection is closed
DEFAULT_OPTIONS = {
    "threads": 8,  # run the app; requests reach them complete, so no thread ever waits on a client's bytes
    "connection_limit": CONNECTION_LIMIT,
    "channel_timeout": CHANNEL_TIMEOUT,
    "cleanup_interval": 10,
    "max_request_body_size": MAX_BODY_BYTES,  # larger bodies are refused by waitress before the app runs
    "max_request_header_size": 64 * 1024,
    "asyncore_use_poll": True,  # select() stops at 1024 descriptors; poll() does not
    "ident": "calmdesk",
    "expose_tracebacks": False,
}


class CalmdeskWeb:
    def __init__(self, host: str, port: int, options: dict | None = None,
                 app_factory: Callable[[], Flask] = create_app):
        self.options = {**DEFAULT_OPTIONS, **(options or {}), "host": host, "port": port}
        self.app_factory = app_factory

    def run(self) -> None:
        server = create_server(self.app_factory(), **self.options)
        signal.signal(signal.SIGTERM, _exit_quietly)  # `calmdesk run` and process managers stop us with SIGTERM
        try:
            server.run()
        except (KeyboardInterrupt, SystemExit):
            pass
        finally:
            server.close()


def _exit_quietly(signum, frame) -> None:
    raise SystemExit(0)


def serve(host: str, port: int, threads: int | None = None, trusted_proxies: int = 0) -> None:
    """threads: WEB_CONCURRENCY when set (Settings.web_concurrency), else DEFAULT_OPTIONS'.

    waitress drops X-Forwarded-* headers unless told otherwise; with CALMDESK_TRUSTED_PROXIES they are kept for
    the app's ProxyFix, which reads only that many hops from the right."""
    options: dict = {"clear_untrusted_proxy_headers": not trusted_proxies}
    if threads:
        options["threads"] = threads
    CalmdeskWeb(host, port, options).run()
