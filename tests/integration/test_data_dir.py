"""M4 (issue 16): the embedded Redis's data directory holds every job payload (customer texts, names, emails), so
it is 0700 with 0600 files, and `calmdesk run` refuses one that other local users can read."""

from __future__ import annotations

import stat

import pytest
import redis as redis_lib
from click.testing import CliRunner

from calmdesk.cli.main import main as cli
from calmdesk.ops.embedded_redis import EmbeddedRedis, EmbeddedRedisError


def modes(folder) -> dict[str, int]:
    return {str(p.relative_to(folder.parent)): stat.S_IMODE(p.lstat().st_mode)
            for p in [folder, *folder.rglob("*")] if not p.is_socket()}


def test_a_new_data_dir_and_everything_in_it_is_private(tmp_path):
    data = tmp_path / "data"
    with EmbeddedRedis(data) as server:
        conn = redis_lib.Redis.from_url(server.url)
        conn.set("payload", "Dana Whitfield <dana@example.com>: I want a refund")
        conn.bgrewriteaof()
        conn.close()
    found = modes(data)
    assert any("appendonly" in name for name in found), found  # the files the finding was about exist
    assert found[str(data.relative_to(tmp_path))] == 0o700
    assert all(mode & 0o077 == 0 for mode in found.values()), {n: oct(m) for n, m in found.items()}


@pytest.mark.parametrize("wide", ["dir", "file"])
def test_a_data_dir_others_can_read_is_refused_with_the_fix(tmp_path, wide):
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    if wide == "dir":
        data.chmod(0o755)
    else:
        (data / "appendonly.aof").write_text("")
        (data / "appendonly.aof").chmod(0o644)
    with pytest.raises(EmbeddedRedisError, match=r"readable by other users.*chmod -R go-rwx"):
        EmbeddedRedis(data).start()


def test_run_says_so_and_starts_nothing(tmp_path, monkeypatch):
    data = tmp_path / "data"
    data.mkdir(mode=0o755)
    data.chmod(0o755)
    monkeypatch.delenv("REDIS_URL", raising=False)
    monkeypatch.setenv("CALMDESK_DATA_DIR", str(data))
    result = CliRunner().invoke(cli, ["run", "--port", "1"])
    assert result.exit_code == 1
    assert "readable by other users" in result.output and f"chmod -R go-rwx {data}" in result.output
    assert "Traceback" not in result.output
    assert not (data / "redis.sock").exists()
