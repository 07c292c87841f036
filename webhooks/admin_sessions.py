"""Server-side admin sessions in Redis: the cookie is a random id, nothing in it is signed or derived from a secret.

A session exists only once someone signs in: anonymous visitors get no cookie and no Redis record. It lasts
ADMIN_SESSION_TTL from signing in, whatever happens in between (updates keep the TTL), and signing out deletes it,
so a copied cookie dies with it. Flask-Session was considered: it renews the expiry on every save, which is the
31-day sliding session issue 16 (M2) is about.
"""

from __future__ import annotations

import hashlib
import json
import logging
import secrets
import time
from datetime import datetime, timezone

import redis
from flask import Flask, Request, Response, request
from flask.sessions import SessionInterface, SessionMixin
from werkzeug.datastructures import CallbackDict

from calmdesk.keys import ADMIN_SECRET_KEY, ADMIN_SESSION_TTL, admin_session_key

log = logging.getLogger("calmdesk.admin")
MAX_ID_LENGTH = 64


class AdminSession(CallbackDict, SessionMixin):
    def __init__(self, data: dict | None = None, sid: str = ""):
        def on_update(self) -> None:
            self.modified = True

        super().__init__(data or {}, on_update)
        self.sid = sid
        self.modified = False


def _stored_key(sid: str) -> str:
    # Only a hash of the id is stored: reading Redis does not hand out a usable cookie.
    return admin_session_key(hashlib.sha256(sid.encode()).hexdigest())


class RedisSessionInterface(SessionInterface):
    def __init__(self, conn: redis.Redis, lifetime: int = ADMIN_SESSION_TTL):
        self.conn, self.lifetime = conn, lifetime

    def open_session(self, app: Flask, request: Request) -> AdminSession:
        sid = request.cookies.get(self.get_cookie_name(app), "")
        if not sid or len(sid) > MAX_ID_LENGTH:
            return AdminSession()
        try:
            raw = self.conn.get(_stored_key(sid))
        except redis.RedisError:
            log.error("admin session not read: redis unavailable")
            return AdminSession()
        if raw is None:
            return AdminSession()  # expired, signed out, or never ours: the stale cookie is cleared on save
        try:
            data = json.loads(raw)
        except ValueError:
            return AdminSession()
        if not isinstance(data, dict) or time.time() - float(data.get("since") or 0) > self.lifetime:
            return AdminSession()
        return AdminSession(data, sid)

    def start(self, session: AdminSession, values: dict) -> None:
        """Sign in: a new id (never the one the browser came with) holding values, for lifetime seconds."""
        self.end(session)
        sid = secrets.token_urlsafe(32)
        data = {**values, "since": int(time.time())}
        self.conn.set(_stored_key(sid), json.dumps(data), ex=self.lifetime)
        session.clear()
        session.update(data)
        session.sid = sid

    def end(self, session: AdminSession) -> None:
        """Sign out: the server forgets the id, so the cookie is worthless even if someone kept a copy."""
        if session.sid:
            self.conn.delete(_stored_key(session.sid))
        session.clear()
        session.sid = ""

    def save_session(self, app: Flask, session: AdminSession, response: Response) -> None:
        name, path = self.get_cookie_name(app), self.get_cookie_path(app)
        if not session.sid:
            if name in request.cookies:
                response.delete_cookie(name, path=path, domain=self.get_cookie_domain(app))
            return  # anonymous: nothing stored, no cookie (flash messages live only within one request)
        if session.modified:
            try:  # XX KEEPTTL: an update never extends the session, and never revives a deleted one
                self.conn.set(_stored_key(session.sid), json.dumps(dict(session)), xx=True, keepttl=True)
            except redis.RedisError:
                log.error("admin session not saved: redis unavailable")
        expires = datetime.fromtimestamp(float(session.get("since") or time.time()) + self.lifetime, timezone.utc)
        response.set_cookie(name, session.sid, expires=expires, path=path, domain=self.get_cookie_domain(app),
                            secure=self.get_cookie_secure(app), httponly=True,
                            samesite=self.get_cookie_samesite(app))
        response.vary.add("Cookie")

    def get_cookie_secure(self, app: Flask) -> bool:
        # Secure whenever the request came over HTTPS (directly, or per ProxyFix's X-Forwarded-Proto).
        return bool(app.config.get("SESSION_COOKIE_SECURE")) or request.is_secure


def csrf_secret(conn: redis.Redis) -> str:
    """The random key that signs CSRF tokens: made by whichever web process asks first, shared by all of them."""
    conn.set(ADMIN_SECRET_KEY, secrets.token_hex(32), nx=True)
    value = conn.get(ADMIN_SECRET_KEY)
    return value.decode() if isinstance(value, bytes) else str(value)
