"""`calmdesk run`: the embedded Redis (unless REDIS_URL), the web server and a worker, stopped together."""

from __future__ import annotations

import logging
import signal
import subprocess
import sys
import time

from calmdesk.ops.embedded_redis import EmbeddedRedis, die_with_parent
from calmdesk.settings import Settings, environment

log = logging.getLogger("calmdesk.run")


def run_all(settings: Settings, host: str, port: int) -> int:
    embedded = None
    env = dict(environment())
    if not settings.redis_url:
        embedded = EmbeddedRedis(settings.data_dir).start()
        env["REDIS_URL"] = embedded.url
        log.info("embedded redis started data_dir=%s", settings.data_dir.resolve())
    children: list[subprocess.Popen] = []
    stopping = False

    def stop(signum, frame):
        nonlocal stopping
        stopping = True

    previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        cli = [sys.executable, "-m", "calmdesk.cli"]
        children.append(subprocess.Popen(cli + ["web", "--no-hints", "--host", host, "--port", str(port)], env=env,
                                         preexec_fn=die_with_parent))
        children.append(subprocess.Popen(cli + ["worker", "--no-hints"], env=env, preexec_fn=die_with_parent))
        log.info("calmdesk running on http://%s:%d (Ctrl-C stops everything)", host, port)
        while not stopping:
            if any(child.poll() is not None for child in children):
                log.error("a calmdesk process exited; stopping the rest")
                return 1
            time.sleep(0.2)
        return 0
    finally:
        for child in children:
            if child.poll() is None:
                child.send_signal(signal.SIGTERM)
        for child in children:
            try:
                child.wait(15)
            except subprocess.TimeoutExpired:
                child.kill()
                child.wait()
        if embedded:
            embedded.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        log.info("calmdesk stopped")
