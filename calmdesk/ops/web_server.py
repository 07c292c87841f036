"""Runs the Flask app under gunicorn, in-process (gunicorn's documented custom-application pattern)."""

from __future__ import annotations

from typing import Callable

from flask import Flask
from gunicorn.app.base import BaseApplication

from webhooks.app import create_app

# 2 cores: two sync-free gthread workers with a few threads each keep ingress cheap and memory small.
DEFAULT_OPTIONS = {"workers": 2, "worker_class": "gthread", "threads": 4, "timeout": 30, "graceful_timeout": 10,
                   "keepalive": 5, "accesslog": None, "errorlog": "-", "loglevel": "warning"}


class CalmdeskWeb(BaseApplication):
    def __init__(self, host: str, port: int, options: dict | None = None,
                 app_factory: Callable[[], Flask] = create_app):
        self.options = {**DEFAULT_OPTIONS, **(options or {}), "bind": f"{host}:{port}"}
        self.app_factory = app_factory
        super().__init__()

    def load_config(self) -> None:
        for key, value in self.options.items():
            if key in self.cfg.settings and value is not None:
                self.cfg.set(key, value)

    def load(self):
        return self.app_factory()


def serve(host: str, port: int, workers: int | None = None) -> None:
    """workers: WEB_CONCURRENCY when set (Settings.web_concurrency), else DEFAULT_OPTIONS'."""
    CalmdeskWeb(host, port, {"workers": workers} if workers else None).run()
