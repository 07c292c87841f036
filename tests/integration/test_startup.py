"""What every start says: one clear line and exit 2 without a reachable Redis, the setup hints, never a password."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import ROOT
from tests.system.loopback import free_port


def start(args: list[str], env: dict, tmp_path) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("REDIS_", "CALMDESK_", "ZENDESK_", "FRESHDESK_"))}
    return subprocess.run([sys.executable, "-m", "calmdesk.cli", *args], capture_output=True, text=True, timeout=60,
                          env={**clean, "CALMDESK_DATA_DIR": str(tmp_path / "data"), **env}, cwd=ROOT)


def test_worker_without_redis_is_one_friendly_line_naming_the_url_not_the_password(tmp_path):
    port = free_port()
    result = start(["worker"], {"REDIS_URL": f"redis://:hunter2-secret@127.0.0.1:{port}/0"}, tmp_path)
    assert result.returncode == 2
    errors = [line for line in result.stderr.splitlines() if " ERROR " in line]
    assert len(errors) == 1, result.stderr
    assert f"worker not started: cannot reach Redis at redis://***@127.0.0.1:{port}/0 (ConnectionError" in errors[0]
    assert errors[0].endswith("is it running?")
    assert "hunter2" not in result.stderr and "Traceback" not in result.stderr


def test_web_and_worker_without_redis_url_say_so_in_one_line(tmp_path):
    for command in (["web", "--port", str(free_port())], ["worker"]):
        result = start(command, {}, tmp_path)
        assert result.returncode == 2, result.stderr
        errors = [line for line in result.stderr.splitlines() if " ERROR " in line]
        assert len(errors) == 1 and "REDIS_URL is not set: set it to your Redis (e.g. REDIS_URL=redis://" in errors[0]
        assert "Traceback" not in result.stderr


def test_a_start_logs_the_setup_hints(redis_url, tmp_path):
    result = start(["worker", "--burst"], {"REDIS_URL": redis_url}, tmp_path)
    assert result.returncode == 0, result.stderr
    assert "WARNING calmdesk.start no helpdesk configured: set ZENDESK_URL" in result.stderr
    assert "WARNING calmdesk.start admin disabled: set CALMDESK_ADMIN_TOKEN" in result.stderr
