"""The production topology as processes on loopback: Debian's redis-server (AOF, noeviction), `calmdesk web`,
Debian's caddy with deploy/Caddyfile. Used by test_topology.py and test_scale_out.py."""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

import redis as redis_lib
import requests

from tests.conftest import ROOT
from tests.worker_processes import wait_for


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class RedisServer:
    """Debian's redis-server on a loopback TCP port, configured as compose.yaml configures Redis 7."""

    def __init__(self, directory: Path):
        self.binary = shutil.which("redis-server")
        self.directory, self.port = directory, free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process: subprocess.Popen | None = None

    def start(self) -> "RedisServer":
        self.process = subprocess.Popen(
            [self.binary, "--bind", "127.0.0.1", "--port", str(self.port), "--dir", str(self.directory),
             "--appendonly", "yes", "--appendfsync", "everysec", "--maxmemory-policy", "noeviction",
             "--save", "", "--protected-mode", "yes"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_for(self.answers, 15, "redis-server to answer")
        return self

    def answers(self) -> bool:
        try:
            return bool(redis_lib.Redis.from_url(self.url, socket_timeout=0.5).ping())
        except redis_lib.RedisError:
            return False

    def version(self) -> str:
        return redis_lib.Redis.from_url(self.url).info("server")["redis_version"]

    def restart(self) -> None:
        """SHUTDOWN NOSAVE: no RDB is written (there is none: --save ""), so what comes back is the AOF's."""
        try:
            redis_lib.Redis.from_url(self.url).shutdown(nosave=True)
        except redis_lib.ConnectionError:
            pass  # the server closes the connection as it exits
        self.process.wait(15)
        self.start()

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(15)


class CalmdeskProcess:
    """`python -m calmdesk.cli <args>` in its own session, output to a file (a full pipe would stall it)."""

    def __init__(self, args: list[str], env: dict):
        self.output = tempfile.TemporaryFile()
        self.process = subprocess.Popen([sys.executable, "-m", "calmdesk.cli", *args],
                                        env={**os.environ, **env, "PYTHONPATH": str(ROOT)}, cwd=ROOT,
                                        stdout=self.output, stderr=subprocess.STDOUT, start_new_session=True)

    def log(self) -> str:
        self.output.seek(0)
        return self.output.read().decode(errors="replace")

    def stop(self) -> str:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        return self.log()


def start_web(env: dict, port: int) -> CalmdeskProcess:
    web = CalmdeskProcess(["web", "--host", "127.0.0.1", "--port", str(port)], env)

    def ready() -> bool:
        assert web.process.poll() is None, web.log()
        try:
            return requests.get(f"http://127.0.0.1:{port}/readyz", timeout=1).status_code == 200
        except requests.RequestException:
            return False

    wait_for(ready, 30, f"calmdesk web on {port}")
    return web


class CaddyProxy:
    """Debian's caddy running deploy/Caddyfile with `tls internal`, listening on loopback only."""

    def __init__(self, directory: Path, upstream: str):
        self.binary = shutil.which("caddy")
        self.directory, self.port = directory, free_port()
        self.url = f"https://127.0.0.1:{self.port}"
        text = (ROOT / "deploy" / "Caddyfile").read_text()
        self.version = subprocess.run([self.binary, "version"], capture_output=True, text=True).stdout.split()[0]
        if _older_than(self.version, (2, 6, 4)):
            # `request_buffers <size>` arrived in 2.6.4; Debian 12 ships 2.6.2, where the same is `buffer_requests`.
            text = re.sub(r"request_buffers \S+", "buffer_requests", text)
        self.caddyfile = directory / "Caddyfile"
        self.caddyfile.write_text(text)
        self.env = {**os.environ, "HOME": str(directory), "XDG_DATA_HOME": str(directory / "data"),
                    "XDG_CONFIG_HOME": str(directory / "config"), "CALMDESK_DOMAIN": self.url,
                    "CALMDESK_TLS": "internal", "CALMDESK_UPSTREAM": upstream, "CALMDESK_BIND": "127.0.0.1",
                    "CALMDESK_HTTP_PORT": str(free_port())}
        self.output = tempfile.TemporaryFile()
        self.process: subprocess.Popen | None = None

    @property
    def root_certificate(self) -> Path:
        return self.directory / "data" / "caddy" / "pki" / "authorities" / "local" / "root.crt"

    def start(self) -> "CaddyProxy":
        self.process = subprocess.Popen([self.binary, "run", "--config", str(self.caddyfile), "--adapter",
                                         "caddyfile"], env=self.env, stdout=self.output, stderr=subprocess.STDOUT)

        def serving() -> bool:
            assert self.process.poll() is None, self.log()
            if not self.root_certificate.exists():
                return False
            try:
                return requests.get(self.url + "/healthz", verify=str(self.root_certificate), timeout=2).ok
            except requests.RequestException:
                return False

        wait_for(serving, 30, "caddy to serve HTTPS")
        return self

    def log(self) -> str:
        self.output.seek(0)
        return self.output.read().decode(errors="replace")[-3000:]

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(15)


def _older_than(version: str, wanted: tuple[int, ...]) -> bool:
    numbers = tuple(int(n) for n in re.findall(r"\d+", version)[:3])
    return numbers < wanted
