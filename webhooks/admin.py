"""The admin pages at /admin: dashboard, activity, playground, failed jobs, rules, queue. Server-rendered, autoescaped.

Without CALMDESK_ADMIN_TOKEN every /admin path answers 404. Signing in compares the token in constant time and
starts a server-side session (webhooks/admin_sessions.py: a random id in an HttpOnly, SameSite=Lax cookie, Secure
on HTTPS; 12 hours from signing in, deleted on signing out). Every POST of a signed-in admin carries a CSRF token
(Flask-WTF, signed with a random key kept in Redis, valid for an hour). Nothing is derived from the admin token,
and anonymous visitors get no cookie at all. No page ever shows a secret: accounts appear by URL and the NAMES of
their environment variables.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import re
import time
from datetime import datetime, timedelta
from urllib.parse import urlsplit

import redis
from flask import (Blueprint, abort, current_app, flash, redirect, render_template, request, session, url_for)
from flask_wtf.csrf import CSRFError, generate_csrf, validate_csrf
from werkzeug.exceptions import HTTPException
from werkzeug.middleware.proxy_fix import ProxyFix
from wtforms.validators import ValidationError

from calmdesk.config import CREDENTIAL_ENV, default_env_names, effective_yaml, read_config

from webhooks import dashboard as shown
from webhooks.admin_sessions import RedisSessionInterface, csrf_secret
from calmdesk.keys import ACTIVITY_KEY, ADMIN_SESSION_TTL, ALERT_PATTERN, LOGIN_FAILURES_TTL, alert_key, login_failures_key
from calmdesk.queue import named_queue
from calmdesk.resources import templates_dir
from calmdesk.state.feedback import override_rates
from worker.writing.preview import preview

log = logging.getLogger("calmdesk.admin")
bp = Blueprint("admin", __name__, url_prefix="/admin", template_folder=str(templates_dir()))
MAX_LOGIN_FAILURES = 10  # per client address per 15 minutes
NOTED_OUTCOMES = {"posted", "found-on-ticket"}
PUBLIC_ENDPOINTS = {"admin.login", "admin.login_post"}


CSRF_LIFETIME = 3600  # seconds a form stays valid; an older page shows "Form refused" and a reload fixes it
# Where signing in may send you back to: an admin path with a plain query, nothing that could end a header line.
_SAFE_NEXT = re.compile(r"/admin(/[A-Za-z0-9_.~/-]*)?(\?[A-Za-z0-9_.~=&%+-]*)?")
# One step, so parallel guesses cannot all read "9" before any of them writes "10" (L7).
_COUNT_FAILURE = """
local n = redis.call('INCR', KEYS[1])
if n == 1 then redis.call('EXPIRE', KEYS[1], ARGV[1]) end
return n
"""


def register(app) -> None:
    settings = app.extensions["calmdesk_settings"]
    app.config["SESSION_COOKIE_NAME"] = "calmdesk_admin"
    app.config["SESSION_COOKIE_HTTPONLY"] = True
    app.config["SESSION_COOKIE_SAMESITE"] = "Lax"
    app.config["SESSION_COOKIE_PATH"] = "/admin"
    app.config["PERMANENT_SESSION_LIFETIME"] = timedelta(seconds=ADMIN_SESSION_TTL)  # not setdefault: Flask has one
    app.config["WTF_CSRF_TIME_LIMIT"] = CSRF_LIFETIME
    app.session_interface = RedisSessionInterface(app.extensions["calmdesk_redis"])
    proxies = int(app.config.get("CALMDESK_TRUSTED_PROXIES") or settings.trusted_proxies)
    if proxies:
        # Behind a TLS-terminating proxy: trust its X-Forwarded-Proto/-For/-Host (only that many hops, counted
        # from the right, so what a client writes into X-Forwarded-For itself is never taken as its address).
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=proxies, x_proto=proxies, x_host=proxies)
    app.register_blueprint(bp)


def _settings():
    return current_app.extensions["calmdesk_settings"]


def _redis() -> redis.Redis:
    return current_app.extensions["calmdesk_redis"]


@bp.before_request
def guard():
    if not _settings().admin_token:
        abort(404)  # no token, no admin page: indistinguishable from a path that does not exist
    if request.endpoint not in PUBLIC_ENDPOINTS and not session.get("admin"):
        if request.method == "GET":
            return redirect(url_for("admin.login", next=request.full_path.rstrip("?")))
        abort(403)
    if request.method == "POST" and request.endpoint != "admin.login_post":
        # Signing in needs no CSRF token: a forged sign-in would need the admin token itself, and a token would
        # need a cookie for every anonymous visitor (M3).
        _use_csrf_secret()
        try:
            validate_csrf(request.form.get("csrf_token", ""))
        except ValidationError as exc:
            raise CSRFError(str(exc)) from None
    return None


def _use_csrf_secret() -> None:
    if not current_app.config.get("WTF_CSRF_SECRET_KEY"):
        current_app.config["WTF_CSRF_SECRET_KEY"] = csrf_secret(_redis())


def _csrf_token() -> str:
    if not session.get("admin"):
        return ""  # anonymous: no token, so nothing is put in a session and no cookie is set
    _use_csrf_secret()
    return generate_csrf()


@bp.context_processor
def page_values():
    return {"csrf_token": _csrf_token, "signed_in": bool(session.get("admin"))}


@bp.after_request
def no_cache(response):
    response.headers["Cache-Control"] = "no-store"
    response.headers["X-Frame-Options"] = "DENY"
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "same-origin"
    # Inline CSS only, no scripts at all; the note preview renders in a sandboxed srcdoc frame.
    response.headers["Content-Security-Policy"] = ("default-src 'none'; style-src 'unsafe-inline'; "
                                                   "frame-src 'self'; form-action 'self'; frame-ancestors 'none'; "
                                                   "base-uri 'none'")
    return response


@bp.errorhandler(HTTPException)
def admin_error(exc: HTTPException):
    if exc.code == 404:
        return render_template("admin/error.html", title="Not found", message="There is no page here."), 404
    if isinstance(exc, CSRFError) or exc.code == 400:
        message = "The form had expired or did not come from this site. Go back, reload the page and try again."
        return render_template("admin/error.html", title="Form refused", message=message), 400
    return render_template("admin/error.html", title=exc.name, message=exc.description or ""), exc.code


@bp.errorhandler(redis.RedisError)
def redis_down(exc: redis.RedisError):
    log.error("admin page without redis error=%s", type(exc).__name__)
    return render_template("admin/error.html", title="Redis is unreachable",
                           message="calmdesk cannot reach its Redis, so nothing can be shown or queued. "
                                   "Check REDIS_URL and /readyz."), 503


# --- signing in ------------------------------------------------------------------------------------------------------

def _client() -> str:
    # remote_addr is the socket's peer, or with CALMDESK_TRUSTED_PROXIES the address ProxyFix read that many hops
    # from the right of X-Forwarded-For: the one the trusted proxy itself appended.
    return hashlib.sha256((request.remote_addr or "?").encode()).hexdigest()[:16]


def _safe_next(target: str | None) -> str:
    """Only a path on this site's admin pages: never an absolute URL an attacker chose, never CR/LF (L5)."""
    if target and _SAFE_NEXT.fullmatch(target) and not urlsplit(target).netloc:
        return target
    return url_for("admin.dashboard")


@bp.get("/login")
def login():
    if request.args.get("signed_out"):
        flash("Signed out.")  # shown by this very page, so the message needs no session
    return render_template("admin/login.html", next=_safe_next(request.args.get("next")))


@bp.post("/login")
def login_post():
    """The right token always signs in: a lockout must not let a stranger lock the admin out (L7). Wrong tokens
    are counted per client address in one atomic step; past MAX_LOGIN_FAILURES in 15 minutes they are answered
    429 and logged. Guessing a 24+ character token is hopeless at any rate; the count makes trying visible."""
    given = request.form.get("token", "")
    if hmac.compare_digest(given.encode(), _settings().admin_token.encode()):
        current_app.session_interface.start(session, {"admin": True})
        log.info("admin signed in")
        return redirect(_safe_next(request.form.get("next")))
    try:
        failures = int(_redis().eval(_COUNT_FAILURE, 1, login_failures_key(_client()), LOGIN_FAILURES_TTL))
    except redis.RedisError:
        failures = 0
    if failures > MAX_LOGIN_FAILURES:
        if failures == MAX_LOGIN_FAILURES + 1:
            log.warning("admin sign-in locked client=%s failures=%d", _client(), failures)
        return render_template("admin/login.html", error="Too many wrong tokens; wait 15 minutes.", next=""), 429
    log.warning("admin sign-in refused")
    return render_template("admin/login.html", error="That is not the admin token.",
                           next=_safe_next(request.form.get("next"))), 401


@bp.post("/logout")
def logout():
    current_app.session_interface.end(session)
    return redirect(url_for("admin.login", signed_out=1))


# --- pages -----------------------------------------------------------------------------------------------------------

def _activity(limit: int = 1000) -> list[dict]:
    entries = []
    for raw in _redis().lrange(ACTIVITY_KEY, 0, limit - 1):
        try:
            entry = json.loads(raw)
        except ValueError:
            continue
        if isinstance(entry, dict):
            entries.append(entry)
    return entries


def _zone():
    """The admin's time zone: chosen on the dashboard (kept in the session), else the business hours' zone."""
    chosen = session.get("tz")
    if not chosen:
        config, problems = read_config(_settings().config_path, _settings().followup_after)
        hours = None if problems else config.followups.business_hours
        chosen = hours.timezone if hours else "UTC"
    return shown.zone(chosen)


def _when(timestamp) -> str:
    return shown.when(timestamp, _zone(), time.time())[0]


def _link(url) -> str:
    """Only http(s) links become hrefs: an activity entry must never turn into a javascript: link."""
    return url if isinstance(url, str) and url.startswith(("https://", "http://")) else ""


def _failed_count() -> int:
    from rq.registry import FailedJobRegistry

    return FailedJobRegistry(queue=named_queue(_redis(), _settings().queue_name)).count


@bp.get("/")
def dashboard():
    now = time.time()
    day_start = datetime.now(_zone()).replace(hour=0, minute=0, second=0, microsecond=0).timestamp()
    week_start = now - 7 * 86400
    entries = _activity()
    noted = [e for e in entries if e.get("outcome") in NOTED_OUTCOMES]
    levels: dict[str, int] = {}
    cues: dict[str, int] = {}
    for entry in entries:
        if float(entry.get("at") or 0) < week_start:
            continue
        levels[str(entry.get("level", "?"))] = levels.get(str(entry.get("level", "?")), 0) + 1
        for cue in entry.get("cues") or ():
            cues[str(cue)] = cues.get(str(cue), 0) + 1
    followups = shown.followup_summary(_redis(), now)
    alerts = []
    for key in _redis().scan_iter(ALERT_PATTERN, count=100):
        message = _redis().get(key)
        alerts.append((key.decode().rsplit(":", 1)[-1], (message or b"").decode(errors="replace")))
    return render_template(
        "admin/dashboard.html", title="Dashboard",
        notes_today=sum(1 for e in noted if float(e.get("at") or 0) >= day_start),
        notes_week=sum(1 for e in noted if float(e.get("at") or 0) >= week_start),
        levels=[(shown.level_label(k), n) for k, n in sorted(levels.items(), key=lambda kv: -kv[1])],
        cues=[(shown.cue_label(k).capitalize(), n) for k, n in sorted(cues.items(), key=lambda kv: -kv[1])],
        followups=followups, failures=_failed_count(), alerts=sorted(alerts),
        recent=[_row(e) for e in entries[:10]], zone=str(_zone()),
        feedback=[{**row, "label": shown.cue_label(row["cue"]).capitalize()} for row in override_rates(_redis())],
    )


@bp.post("/alerts/<helpdesk>/dismiss")
def dismiss_alert(helpdesk: str):
    """An admin who fixed the credentials need not wait for the next job to clear the alert."""
    if _redis().delete(alert_key(helpdesk)):
        log.info("admin dismissed alert helpdesk=%s", helpdesk)
        flash(f"The {helpdesk} alert is dismissed. It comes back if a call is refused again.")
    return redirect(url_for("admin.dashboard"))


@bp.post("/timezone")
def set_timezone():
    name = request.form.get("tz", "").strip()
    if str(shown.zone(name)) != name:
        flash(f"{name or 'That'} is not a time zone; write e.g. Europe/Berlin or America/New_York.")
    else:
        session["tz"] = name
    return redirect(url_for("admin.dashboard"))


def _row(entry: dict) -> dict:
    text, iso = shown.when(entry.get("at"), _zone(), time.time())
    return {"when": text, "when_iso": iso, "helpdesk": str(entry.get("helpdesk", "")).capitalize(),
            "ticket_id": str(entry.get("ticket_id", "")), "url": _link(entry.get("url")),
            "customer": str(entry.get("customer", "")), "subject": str(entry.get("subject", "")),
            "headline": str(entry.get("headline", "")), "quote": str(entry.get("quote", "")),
            "level": shown.level_label(str(entry.get("level", ""))),
            "cues": [shown.cue_label(str(c)) for c in entry.get("cues") or ()],
            "playbook": shown.playbook_label(str(entry.get("playbook", ""))),
            "outcome": OUTCOME_LABELS.get(str(entry.get("outcome", "")), str(entry.get("outcome", "")))}


OUTCOME_LABELS = {"posted": "Note posted", "found-on-ticket": "Note already there", "already-posted": "Not repeated"}


@bp.get("/activity")
def activity():
    page = max(1, request.args.get("page", 1, type=int) or 1)
    size = 50
    entries = _activity()
    rows = [_row(e) for e in entries[(page - 1) * size:page * size]]
    return render_template("admin/activity.html", title="Activity", rows=rows, page=page,
                           more=len(entries) > page * size)


def highlight(text: str, evidence) -> list[tuple[str, str]]:
    """The text cut into (piece, cue) segments; cue is "" outside the evidence. Escaping is the template's job."""
    spans = []
    for item in evidence:
        start, end, cue = int(item.start), int(item.end), str(item.cue)
        if not (0 <= start < end <= len(text)) or text[start:end] != item.text:
            found = text.find(item.text) if item.text else -1
            if found < 0:
                continue
            start, end = found, found + len(item.text)
        spans.append((start, end, cue))
    segments, position = [], 0
    for start, end, cue in sorted(spans):
        if start < position:  # overlapping evidence: the earlier span wins
            continue
        if start > position:
            segments.append((text[position:start], ""))
        segments.append((text[start:end], cue))
        position = end
    if position < len(text):
        segments.append((text[position:], ""))
    return segments


def _preview(text: str, config, subject: str = "", name: str = "") -> dict:
    """The same path as `calmdesk preview` and the worker, with the live config's templates and follow-up wait."""
    kwargs = {"team_language": config.templates.team_language if config else "",
              "templates_dir": config.templates.directory if config else ""}
    if config is not None:
        kwargs["followup_seconds"] = config.followups.after_seconds
    return preview(text, name or None, subject=subject, **kwargs)


@bp.route("/playground", methods=["GET", "POST"])
def playground():
    text = request.form.get("text", "") if request.method == "POST" else ""
    subject = request.form.get("subject", "") if request.method == "POST" else ""
    name = request.form.get("requester_name", "") if request.method == "POST" else ""
    result = None
    if text.strip():
        from worker.detector import detect

        config, problems = read_config(_settings().config_path, _settings().followup_after)
        verdict = detect(text)
        result = {"verdict": verdict, "segments": highlight(text, verdict.evidence),
                  "preview": _preview(text, None if problems else config, subject, name)}
    return render_template("admin/playground.html", title="Playground", text=text, subject=subject,
                           requester_name=name, result=result)


@bp.get("/failed")
def failed():
    try:
        from calmdesk.state.failed_jobs import list_failed
    except ImportError:
        return render_template("admin/failed.html", title="Failed jobs", jobs=None)
    jobs = list_failed(_redis(), _settings().queue_name)
    return render_template("admin/failed.html", title="Failed jobs", jobs=list(reversed(jobs)))


@bp.post("/failed/<job_id>/retry")
def retry(job_id: str):
    from calmdesk.state.failed_jobs import retry_failed

    report = retry_failed(_redis(), _settings().queue_name, [job_id])
    if report.retried:
        log.info("admin retried job=%s", job_id)
        flash(f"Job {job_id} is back on the queue.")
    else:
        flash(f"Job {job_id} is no longer among the failed jobs.")
    return redirect(url_for("admin.failed"))


@bp.get("/rules")
def rules():
    settings = _settings()
    config, problems = read_config(settings.config_path, settings.followup_after)
    accounts = []
    for helpdesk in ("zendesk", "freshdesk"):
        names = sorted({n for (h, n) in settings.accounts if h == helpdesk} |
                       ({"default"} if getattr(settings, helpdesk).url else set()))
        for name in names:
            account = settings.account(helpdesk, name)
            configured = config.account(helpdesk, name)
            env_names = dict(configured.env) if configured else default_env_names(helpdesk, name)
            accounts.append({
                "helpdesk": helpdesk, "name": name, "url": account.url,
                "path": f"/webhooks/{helpdesk}" + ("" if name == "default" else f"/{name}"),
                "credentials": [(env_names[role], bool(getattr(account, role, ""))) for role in CREDENTIAL_ENV[helpdesk]],
            })
    return render_template("admin/rules.html", title="Rules", path=settings.config_path, problems=problems,
                           effective=effective_yaml(config), accounts=accounts)


@bp.get("/queue")
def queue():
    from rq import Queue, Worker

    conn = _redis()
    queues = []
    for q in Queue.all(connection=conn) or [named_queue(conn, _settings().queue_name)]:
        q = named_queue(conn, q.name)
        queues.append({"name": q.name, "queued": q.count, "started": q.started_job_registry.count,
                       "scheduled": q.scheduled_job_registry.count, "deferred": q.deferred_job_registry.count,
                       "finished": q.finished_job_registry.count, "failed": q.failed_job_registry.count,
                       "next": [(j.id, j.description or j.func_name, _when(j.enqueued_at.timestamp())
                                 if j.enqueued_at else "") for j in q.get_jobs(0, 10)]})
    workers = []
    for worker in Worker.all(connection=conn):
        job_id = worker.get_current_job_id()
        heartbeat = worker.last_heartbeat.timestamp() if worker.last_heartbeat else None
        workers.append({"name": worker.name, "state": str(worker.get_state()), "queues": ", ".join(worker.queue_names()),
                        "job": job_id or "", "heartbeat": _when(heartbeat) if heartbeat else ""})
    return render_template("admin/queue.html", title="Queue", queues=queues, workers=workers)
