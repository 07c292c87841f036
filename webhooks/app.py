"""The Flask app factory: `create_app()` for the web server (waitress), `create_app({...})` for tests."""

from __future__ import annotations

import logging

from urllib.parse import urlsplit, urlunsplit

from flask import Flask, jsonify, request
from werkzeug.exceptions import HTTPException

from calmdesk.connection import connect
from calmdesk.logs import configure_logging
from calmdesk.settings import Settings, load_settings

from webhooks import admin, health, ingress, landing, metrics

MAX_BODY_BYTES = 1024 * 1024
log = logging.getLogger("calmdesk.web")


def create_app(test_config: dict | None = None) -> Flask:
    configure_logging()
    app = Flask(__name__)
    app.config.from_mapping(MAX_CONTENT_LENGTH=MAX_BODY_BYTES, JSON_SORT_KEYS=False)
    if test_config:
        app.config.update(test_config)
    settings: Settings = app.config.get("CALMDESK_SETTINGS") or load_settings()
    app.extensions["calmdesk_settings"] = settings
    app.extensions["calmdesk_redis"] = connect(settings, socket_timeout=2, socket_connect_timeout=1,
                                               health_check_interval=30)
    ingress.register(app)
    app.register_blueprint(health.bp)
    app.register_blueprint(landing.bp)
    metrics.register(app)
    admin.register(app)
    _register_error_handlers(app)
    app.after_request(_relative_redirect)
    return app


def _relative_redirect(response):
    """Werkzeug's slash redirect (/admin -> /admin/) names the request's Host header; a forged Host must not send
    anyone off-site (issue 16, L8). A Location on this request's own host keeps only its path and query."""
    location = response.headers.get("Location")
    if location and "//" in location:
        target = urlsplit(location)
        if target.netloc == request.host:
            response.headers["Location"] = urlunsplit(("", "", target.path or "/", target.query, ""))
    return response


def _register_error_handlers(app: Flask) -> None:
    @app.errorhandler(HTTPException)
    def http_error(exc: HTTPException):
        if exc.code and exc.code >= 400:
            log.warning("request rejected status=%s reason=%s", exc.code, exc.name)
        response = jsonify(error=exc.name.lower().replace(" ", "_"), detail=exc.description)
        for name, value in exc.get_headers():  # e.g. Allow on a 405, which RFC 9110 requires
            if name.lower() != "content-type":
                response.headers[name] = value
        return response, exc.code

    @app.errorhandler(Exception)
    def unexpected(exc: Exception):
        # A bug, not bad input: log the type only (the message might carry customer text) and answer 500 JSON.
        log.error("unhandled error type=%s", type(exc).__name__, exc_info=app.debug)
        return jsonify(error="internal_error"), 500
