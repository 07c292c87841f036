"""`/`: a small page saying whether calmdesk is up, what is configured, and where the admin page is.

It shows the same hints every start logs (calmdesk.settings.setup_hints), and never a secret: accounts appear by
helpdesk, name and URL."""

from __future__ import annotations

import redis
from flask import Blueprint, current_app, render_template

from calmdesk.queue import named_queue
from calmdesk.resources import templates_dir
from calmdesk.settings import configured_helpdesks, setup_hints

bp = Blueprint("landing", __name__, template_folder=str(templates_dir()))


@bp.get("/")
def landing():
    settings = current_app.extensions["calmdesk_settings"]
    conn = current_app.extensions["calmdesk_redis"]
    try:
        conn.ping()
        queued: int | None = len(named_queue(conn, settings.queue_name))
    except (redis.RedisError, OSError):
        queued = None
    accounts = configured_helpdesks(settings)
    page = render_template("admin/landing.html", redis_ok=queued is not None, queued=queued, accounts=accounts,
                           hints=setup_hints(settings), admin=bool(settings.admin_token))
    return page, 200 if queued is not None else 503
