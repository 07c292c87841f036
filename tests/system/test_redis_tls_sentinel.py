"""REDIS_URL=rediss://… and REDIS_SENTINELS for real: Debian's redis-server with TLS (a throwaway certificate), and
a Redis Sentinel watching a master, each carrying a job from the web side's queue to a worker process and back."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from calmdesk.connection import connect
from calmdesk.events import CUSTOMER_MESSAGE, TicketEvent
from calmdesk.queue import enqueue_event, named_queue
from calmdesk.settings import load_settings
from tests.conftest import run_worker_burst
from tests.system.loopback import free_port
from tests.worker_processes import wait_for

if not shutil.which("redis-server") or not shutil.which("openssl"):
    pytest.skip("needs Debian's redis-server and openssl: apt-get install redis-server openssl",
                allow_module_level=True)


@pytest.fixture
def servers():
    started: list[subprocess.Popen] = []

    def start(*args: str) -> None:
        started.append(subprocess.Popen(["redis-server", *args], stdout=subprocess.DEVNULL,
                                        stderr=subprocess.DEVNULL))

    yield start
    for process in started:
        process.terminate()
    for process in started:
        process.wait(15)


def carry_one_job(env: dict) -> None:
    """Queue an event as ingress does, let a real worker process take it: both ends through the same settings."""
    settings = load_settings(env)
    conn = connect(settings, socket_timeout=5)
    wait_for(lambda: _answers(conn), 20, "Redis through these settings")
    conn.flushdb()
    event = TicketEvent(helpdesk="zendesk", ticket_id="1", kind=CUSTOMER_MESSAGE, text="Thanks, all good!",
                        subject="Thanks")  # a subject: nothing to read from a helpdesk this test has none of
    assert enqueue_event(named_queue(conn, "calmdesk"), "zendesk", "event:1", 60, event)
    run_worker_burst({**env, "ZENDESK_URL": "", "CALMDESK_CONFIG": ""})
    queue = named_queue(conn, "calmdesk")
    assert len(queue) == 0 and queue.finished_job_registry.count == 1


def _answers(conn) -> bool:
    try:
        return bool(conn.ping())
    except Exception:  # not up yet, whatever redis-py calls it
        return False


def test_rediss_url_reaches_a_tls_only_redis(servers, tmp_path):
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key), "-out",
                    str(cert), "-days", "1", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"],
                   check=True, capture_output=True)
    port = free_port()
    servers("--port", "0", "--tls-port", str(port), "--bind", "127.0.0.1", "--tls-cert-file", str(cert),
            "--tls-key-file", str(key), "--tls-auth-clients", "no", "--save", "", "--requirepass", "tls-pass-123",
            "--dir", str(tmp_path))
    url = f"rediss://:tls-pass-123@127.0.0.1:{port}/0?ssl_cert_reqs=required&ssl_ca_certs={cert}"
    carry_one_job({"REDIS_URL": url, "CALMDESK_DATA_DIR": str(tmp_path / "data")})
    plain = load_settings({"REDIS_URL": f"redis://:tls-pass-123@127.0.0.1:{port}/0"})
    assert not _answers(connect(plain, socket_timeout=2))  # the server speaks TLS only: it really was TLS


def test_sentinel_finds_the_master(servers, tmp_path):
    master = free_port()
    servers("--port", str(master), "--bind", "127.0.0.1", "--save", "", "--dir", str(tmp_path))
    sentinel_port = free_port()
    config = tmp_path / "sentinel.conf"  # Sentinel rewrites its config file, so it must be its own, writable
    config.write_text(f"port {sentinel_port}\nbind 127.0.0.1\ndir {tmp_path}\n"
                      f"sentinel monitor calmdesk-master 127.0.0.1 {master} 1\n"
                      "sentinel down-after-milliseconds calmdesk-master 2000\n")
    servers(str(config), "--sentinel")
    env = {"REDIS_SENTINELS": f"127.0.0.1:{sentinel_port}", "REDIS_SENTINEL_MASTER": "calmdesk-master",
           "CALMDESK_DATA_DIR": str(tmp_path / "data")}
    carry_one_job(env)
    conn = connect(load_settings(env))
    assert conn.connection_pool.get_master_address() == ("127.0.0.1", master)
