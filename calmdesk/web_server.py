"""Runs the Flask app under gunicorn, in-process (gunicorn's documented custom-application pattern)."""

from __future__ import annotations

import os

from gunicorn.app.base import BaseApplication

# 2 cores: two sync-free gthread workers with a few threads each keep ingress cheap and memory small.
DEFAULT_OPTIONS = {"workers": 2, "worker_class": "gthread", "threads": 4, "timeout": 30, "graceful_timeout": 10,
                   "keepalive": 5, "accesslog": None, "errorlog": "-", "loglevel": "warning"}


class CalmdeskWeb(BaseApplication):
    def __init__(self, host: str, port: int, options: dict | None = None):
        self.options = {**DEFAULT_OPTIONS, **(options or {}), "bind": f"{host}:{port}"}
        if os.environ.get("WEB_CONCURRENCY"):
            self.options["workers"] = int(os.environ["WEB_CONCURRENCY"])
        super().__init__()

    def load_config(self) -> None:
        for key, value in self.options.items():
            if key in self.cfg.settings and value is not None:
                self.cfg.set(key, value)

    def load(self):
        from webhooks.app import create_app

        return create_app()


def serve(host: str, port: int) -> None:
    CalmdeskWeb(host, port).run()
