"""Issue 16's attacks on the admin page, each reproduced and answered: sessions (M2, M3), the short token (M3),
CR/LF in `next` (L5), the sign-in lockout (L7) and a forged Host (L8)."""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
import time

import pytest
from click.testing import CliRunner
from itsdangerous import TimestampSigner, URLSafeTimedSerializer

from calmdesk.cli.main import main as cli
from calmdesk.keys import ADMIN_SECRET_KEY, ADMIN_SESSION_TTL
from calmdesk.settings import load_settings
from tests.figures import tally_responses
from tests.integration.test_admin import ADMIN_TOKEN, csrf_from, sign_in
from webhooks.app import create_app

SESSION_PATTERN = "calmdesk:admin:session:*"


@pytest.fixture(autouse=True)
def tally(request, admin_app):
    """Every response in these tests counts toward the hostile-input totals (5xx must stay 0)."""
    save = tally_responses(admin_app, request.node.originalname)
    yield
    save()


@pytest.fixture
def admin_env(env):
    return {**env, "CALMDESK_ADMIN_TOKEN": ADMIN_TOKEN}


@pytest.fixture
def admin_app(admin_env):
    return create_app({"TESTING": True, "CALMDESK_SETTINGS": load_settings(admin_env)})


def session_record(redis) -> tuple[str, dict]:
    keys = list(redis.scan_iter(SESSION_PATTERN))
    assert len(keys) == 1, keys
    return keys[0].decode(), json.loads(redis.get(keys[0]))


# --- M3: nothing to guess offline ----------------------------------------------------------------------------------
def test_anonymous_visitors_get_no_cookie_and_no_session(admin_app, redis):
    anon = admin_app.test_client()
    for response in (anon.get("/admin/login"), anon.get("/admin/"), anon.get("/admin/login?next=/admin/queue"),
                     anon.post("/admin/login", data={"token": "wrong-token-wrong-token-wrong"})):
        assert "Set-Cookie" not in response.headers, response.headers
    assert list(redis.scan_iter(SESSION_PATTERN)) == []


def test_the_signing_key_is_random_and_not_derived_from_the_token(admin_app, redis):
    client = admin_app.test_client()
    assert sign_in(client).status_code == 302
    cookie = client.get_cookie("calmdesk_admin", path="/admin")
    assert cookie is not None and "." not in cookie.value  # an opaque id, not an itsdangerous-signed payload
    csrf_from(client.get("/admin/").text)
    secret = redis.get(ADMIN_SECRET_KEY).decode()
    derived = hmac.new(ADMIN_TOKEN.encode(), b"calmdesk admin session key v1", hashlib.sha256).hexdigest()
    assert len(secret) == 64 and secret != derived and ADMIN_TOKEN not in secret
    other = admin_app.test_client()
    sign_in(other)
    assert other.get_cookie("calmdesk_admin", path="/admin").value != cookie.value


@pytest.mark.parametrize("token", ["short-token", "x" * 23])
def test_run_and_web_refuse_a_short_admin_token(token, tmp_path, monkeypatch):
    monkeypatch.setenv("CALMDESK_ADMIN_TOKEN", token)
    monkeypatch.setenv("CALMDESK_DATA_DIR", str(tmp_path / "data"))
    for command in ("run", "web"):
        result = CliRunner().invoke(cli, [command, "--port", "1"])
        assert result.exit_code == 2, result.output
        assert f"is {len(token)} characters; it must be at least 24" in result.output
        assert "secrets.token_urlsafe(32)" in result.output
    assert not (tmp_path / "data").exists()  # refused before the embedded Redis was started


# --- M2: 12 hours from signing in, revoked on signing out -------------------------------------------------------
def test_a_session_lasts_twelve_hours_from_signing_in_however_busy(admin_app, redis):
    client = admin_app.test_client()
    response = sign_in(client)
    assert "Max-Age" in response.headers["Set-Cookie"] or "Expires" in response.headers["Set-Cookie"]
    key, record = session_record(redis)
    first_ttl = redis.ttl(key)
    assert ADMIN_SESSION_TTL - 5 <= first_ttl <= ADMIN_SESSION_TTL
    token = csrf_from(client.get("/admin/playground").text)  # the CSRF token is written into the session
    assert client.post("/admin/playground", data={"text": "hello", "csrf_token": token}).status_code == 200
    for _ in range(3):
        assert client.get("/admin/").status_code == 200
    assert redis.ttl(key) <= first_ttl  # use never extends it
    assert "csrf_token" in json.loads(redis.get(key))

    record = json.loads(redis.get(key))
    record["since"] = time.time() - ADMIN_SESSION_TTL - 1  # as if signed in 12 hours ago
    redis.set(key, json.dumps(record), keepttl=True)
    assert client.get("/admin/").status_code == 302
    redis.delete(key)  # what Redis itself does when the TTL runs out
    assert client.get("/admin/").headers["Location"].startswith("/admin/login")


def test_signing_out_revokes_the_session_for_every_copy_of_the_cookie(admin_app, redis):
    client = admin_app.test_client()
    sign_in(client)
    stolen = client.get_cookie("calmdesk_admin", path="/admin").value
    thief = admin_app.test_client()
    thief.set_cookie("calmdesk_admin", stolen, path="/admin")
    assert thief.get("/admin/").status_code == 200
    token = csrf_from(client.get("/admin/").text)
    response = client.post("/admin/logout", data={"csrf_token": token})
    assert response.status_code == 302 and "Signed out." in client.get(response.headers["Location"]).text
    assert list(redis.scan_iter(SESSION_PATTERN)) == []
    assert thief.get("/admin/").status_code == 302  # the copy is worthless now
    assert client.get("/admin/").status_code == 302


def test_csrf_tokens_expire_after_an_hour(admin_app, redis):
    client = admin_app.test_client()
    sign_in(client)
    fresh = csrf_from(client.get("/admin/playground").text)
    _, record = session_record(redis)

    class HourOld(TimestampSigner):
        def get_timestamp(self) -> int:
            return int(time.time()) - 3601

    old = URLSafeTimedSerializer(redis.get(ADMIN_SECRET_KEY).decode(), salt="wtf-csrf-token",
                                 signer=HourOld).dumps(record["csrf_token"])
    refused = client.post("/admin/playground", data={"text": "hello", "csrf_token": old})
    assert refused.status_code == 400 and "Form refused" in refused.text
    assert client.post("/admin/playground", data={"text": "hello", "csrf_token": fresh}).status_code == 200


# --- L5: CR/LF in next ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("target", ["/admin/\r\nSet-Cookie: evil=1", "/admin/x\nLocation: https://evil.example",
                                    "/admin/%0d%0a", "/admin\\@evil.example", "https://evil.example/admin"])
def test_a_hostile_next_is_replaced_not_a_500(admin_app, target):
    client = admin_app.test_client()
    assert client.get("/admin/login", query_string={"next": target}).status_code == 200
    response = client.post("/admin/login", data={"token": ADMIN_TOKEN, "next": target})
    assert response.status_code == 302
    assert response.headers["Location"] in ("/admin/", "/admin/%0d%0a")
    assert "\r" not in response.headers["Location"] and "\n" not in response.headers["Location"]


# --- L7: the lockout ------------------------------------------------------------------------------------------------
def test_parallel_wrong_guesses_stop_at_ten(admin_app):
    guesses, statuses, lock = 24, [], threading.Lock()
    start = threading.Barrier(guesses)

    def guess(number: int) -> None:
        client = admin_app.test_client()
        start.wait(timeout=30)
        status = client.post("/admin/login", data={"token": f"wrong-{number}"}).status_code
        with lock:
            statuses.append(status)

    threads = [threading.Thread(target=guess, args=(n,)) for n in range(guesses)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert sorted(statuses) == [401] * 10 + [429] * (guesses - 10)


def test_forged_x_forwarded_for_does_not_escape_the_lockout(admin_env):
    app = create_app({"TESTING": True, "CALMDESK_SETTINGS": load_settings(admin_env), "CALMDESK_TRUSTED_PROXIES": 1})
    client = app.test_client()

    def guess(forged: str, real: str = "203.0.113.7") -> int:
        # What the one trusted proxy passes on: whatever the client wrote, then the address it really saw.
        headers = {"X-Forwarded-For": f"{forged}, {real}"}
        return client.post("/admin/login", data={"token": "wrong"}, headers=headers,
                           environ_base={"REMOTE_ADDR": "10.0.0.2"}).status_code

    statuses = [guess(f"198.51.100.{n}") for n in range(12)]
    assert statuses == [401] * 10 + [429] * 2
    assert guess("198.51.100.99", real="203.0.113.8") == 401  # another real client is counted on its own


# --- L8: a forged Host ---------------------------------------------------------------------------------------------
def test_a_forged_host_is_never_redirected_to(admin_app):
    client = admin_app.test_client()
    for path in ("/admin", "/admin/", "/admin/queue"):
        response = client.get(path, headers={"Host": "evil.example"})
        location = response.headers.get("Location", "")
        assert response.status_code in (302, 308), (path, response.status_code)
        assert location.startswith("/admin") and "evil.example" not in location, location
