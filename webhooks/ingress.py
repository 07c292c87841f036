"""The webhook endpoints: one blueprint that runs every helpdesk's delivery through the same steps."""

from __future__ import annotations

import dataclasses
import json
import logging
from datetime import datetime, timezone

import redis
from flask import Blueprint, current_app, g, jsonify, request

from calmdesk.events import AGENT_FEEDBACK, AGENT_REPLY, CUSTOMER_MESSAGE
from calmdesk.state.flags import flagged_key
from calmdesk.settings import UnknownAccount

from calmdesk.queue import ANALYSE_JOB, COACH_JOB, FEEDBACK_JOB, enqueue_event, named_queue
from calmdesk.helpdesks.webhook_errors import BadPayload, DeliveryRejected
from calmdesk.helpdesks.sources import webhook_sources

log = logging.getLogger("calmdesk.webhooks")
bp = Blueprint("webhooks", __name__)
RETRY_AFTER_SECONDS = "30"


@bp.post("/webhooks/<helpdesk>")
@bp.post("/webhooks/<helpdesk>/<account>")
def receive(helpdesk: str, account: str = "default"):
    source = current_app.extensions["calmdesk_sources"].get(helpdesk)
    if source is None:
        return _reject(404, helpdesk, f"no webhook for '{helpdesk}'; use /webhooks/zendesk or /webhooks/freshdesk")
    if request.mimetype != "application/json":
        return _reject(415, helpdesk, "Content-Type must be application/json")
    body = request.get_data(cache=False)
    try:  # the account's own secret verifies its deliveries: sources read settings.<helpdesk>
        settings = current_app.extensions["calmdesk_settings"].for_account(helpdesk, account)
    except UnknownAccount:
        return _reject(404, helpdesk, f"no {helpdesk} account '{account}' is configured")
    try:
        source.authenticate(settings, request.headers, body, datetime.now(timezone.utc))
        payload = _parse_json(body)
        key = source.delivery_key(payload, request.headers, body)
        event = source.normalise(payload, key)
    except DeliveryRejected as exc:
        return _reject(exc.status, helpdesk, exc.message)
    if not isinstance(event, str) and account != "default":
        event, key = dataclasses.replace(event, account=account), f"{account}:{key}"
    if isinstance(event, str):
        log.info("webhook ignored helpdesk=%s reason=%s", helpdesk, event)
        g.webhook_result = "ignored"
        return jsonify(status="ignored", reason=event), 202
    job_name = ANALYSE_JOB
    if event.kind == AGENT_FEEDBACK:
        job_name = FEEDBACK_JOB
    elif event.kind != CUSTOMER_MESSAGE:
        try:
            coach = _worth_coaching(event, settings)
        except (redis.RedisError, OSError) as exc:
            return _redis_unavailable(helpdesk, event, exc)
        if not coach:
            log.info("webhook ignored helpdesk=%s ticket=%s reason=%s", helpdesk, event.ticket_id, event.kind)
            g.webhook_result = "ignored"
            return jsonify(status="ignored", reason=f"{event.kind} is not analysed"), 202
        job_name = COACH_JOB
    try:
        replay = (source.replay_key(request.headers, body), source.replay_seconds) if source.replay_key else None
        queued = enqueue_event(current_app.extensions["calmdesk_queue"], helpdesk, key, source.dedup_seconds, event,
                               job_name, replay)
    except (redis.RedisError, OSError) as exc:
        return _redis_unavailable(helpdesk, event, exc)
    if not queued:
        log.info("webhook duplicate helpdesk=%s ticket=%s", helpdesk, event.ticket_id)
        g.webhook_result = "duplicate"
        return jsonify(status="duplicate"), 200
    log.info("webhook queued helpdesk=%s ticket=%s", helpdesk, event.ticket_id)
    g.webhook_result = "queued"
    return jsonify(status="queued", ticket_id=event.ticket_id), 202


def _worth_coaching(event, settings) -> bool:
    """An agent's public reply is coached only on a ticket calmdesk flagged, and only if the rules allow it."""
    from calmdesk.config import ConfigError, load_config

    if event.kind != AGENT_REPLY or not event.text.strip():
        return False
    try:
        if not load_config(settings).rules.coaching:
            return False
    except ConfigError:
        return False
    conn = current_app.extensions["calmdesk_redis"]
    return bool(conn.exists(flagged_key(event.helpdesk, event.account, event.ticket_id)))


def _redis_unavailable(helpdesk: str, event, exc: Exception):
    log.error("webhook not queued helpdesk=%s ticket=%s reason=redis-unavailable error=%s",
              helpdesk, event.ticket_id, type(exc).__name__)
    response = jsonify(error="unavailable", detail="the queue is unreachable; retry later")
    response.headers["Retry-After"] = RETRY_AFTER_SECONDS
    return response, 503


def _parse_json(body: bytes) -> dict:
    try:
        payload = json.loads(body.decode("utf-8"))
    except UnicodeDecodeError:
        raise BadPayload("body is not valid UTF-8") from None
    except (ValueError, RecursionError):
        raise BadPayload("body is not valid JSON") from None
    if not isinstance(payload, dict):
        raise BadPayload("body must be a JSON object")
    if b"\\ud" in body or b"\\uD" in body:  # only a \uD800-\uDFFF escape can smuggle in a lone surrogate
        try:
            json.dumps(payload, ensure_ascii=False).encode("utf-8")
        except (UnicodeEncodeError, RecursionError):
            raise BadPayload("body contains a lone surrogate escape (\\ud800-\\udfff): not valid Unicode") from None
    return payload


def _reject(status: int, helpdesk: str, message: str):
    log.warning("webhook rejected helpdesk=%s status=%d reason=%s", helpdesk, status, message)
    response = jsonify(error=_ERROR_NAMES.get(status, "rejected"), detail=message)
    if status == 503:
        response.headers["Retry-After"] = RETRY_AFTER_SECONDS
    return response, status


_ERROR_NAMES = {400: "bad_request", 401: "unauthorized", 404: "not_found", 415: "unsupported_media_type",
                503: "unavailable"}


def register(app) -> None:
    app.extensions["calmdesk_sources"] = webhook_sources()
    app.extensions["calmdesk_queue"] = named_queue(app.extensions["calmdesk_redis"],
                                                     app.extensions["calmdesk_settings"].queue_name)
    app.register_blueprint(bp)
