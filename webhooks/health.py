"""Liveness and readiness probes."""

import redis
from flask import Blueprint, current_app, jsonify

bp = Blueprint("health", __name__)


@bp.get("/healthz")
def healthz():
    return jsonify(status="ok")


@bp.get("/readyz")
def readyz():
    try:
        current_app.extensions["calmdesk_redis"].ping()
    except (redis.RedisError, OSError):
        response = jsonify(status="unavailable", redis="unreachable")
        response.headers["Retry-After"] = "30"
        return response, 503
    return jsonify(status="ready", redis="ok")
