"""Ingress: signed Zendesk webhooks through the web server (waitress) at concurrency 16 and 64, against a baseline endpoint in
the same app and server that only enqueues a no-op RQ job (bench/baseline_app.py), in interleaved rounds.

The load generator is wrk (Debian's `wrk`), pinned to one core with the server on the other, when both wrk and
taskset exist; else a Python generator (keep-alive connections in threads) on the same machine, and the figures say
so. Run: .venv/bin/python bench/ingress.py [--rounds N] [--seconds S]
"""

from __future__ import annotations

import http.client
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.harness import Stack, percentile, rss_mb, signed  # noqa: E402
from bench.rounds import Figure, interleave  # noqa: E402

HERE = Path(__file__).resolve().parent
CONCURRENCY = (16, 64)


def event(n: int) -> dict:
    return {"type": "zen:event-type:ticket.comment_added", "account_id": 1, "id": f"bench-{n}-{time.time_ns()}",
            "time": "2026-11-22T12:00:00Z", "subject": f"zen:ticket:{100000 + n}",
            "detail": {"id": str(100000 + n), "requester_id": "5", "status": "OPEN", "subject": "Order", "tags": []},
            "event": {"comment": {"id": str(n), "body": "This is the third time I ask. Unacceptable.",
                                  "is_public": True, "author": {"id": "5", "is_staff": False, "name": "Dana"}}}}


def pinning() -> tuple[list[str], list[str]]:
    """(prefix for the load generator, prefix for the server): one core each, where the machine has two."""
    if shutil.which("taskset") and (os.cpu_count() or 1) >= 2:
        return ["taskset", "-c", "1"], ["taskset", "-c", "0"]
    return [], []


def generator() -> str:
    return "wrk" if shutil.which("wrk") else "python"


class Loader:
    """Sends `seconds` of load at one path and returns requests/s and latency percentiles."""

    def __init__(self, url: str, seconds: float):
        self.url, self.seconds = url, seconds
        self.tool = generator()
        self.pin, _ = pinning()
        self.dir = Path(tempfile.mkdtemp(prefix="calmdesk-wrk-"))
        self.batch = 0

    def requests_file(self, path: str, count: int) -> Path:
        """Pre-signed deliveries, one per line (fresh ids each batch, so none is a duplicate). The baseline is sent
        the same deliveries, headers and bodies alike, so both sides pay the same to receive them."""
        self.batch += 1
        target = self.dir / f"batch-{self.batch}.tsv"
        with open(target, "w") as out:
            for n in range(count):
                body, headers = signed(event(self.batch * 1_000_000 + n))
                out.write(f"{headers['X-Zendesk-Webhook-Signature']}\t{headers['X-Zendesk-Webhook-Signature-Timestamp']}"
                          f"\t{body.decode()}\n")
        return target

    def run(self, path: str, concurrency: int, expected_rps: float = 3000) -> dict:
        count = int(expected_rps * self.seconds * 2) + 1000  # enough distinct deliveries that none repeats
        if self.tool == "wrk":
            return self._wrk(path, concurrency, self.requests_file(path, count))
        return self._python(path, concurrency, count)

    def _wrk(self, path: str, concurrency: int, file: Path) -> dict:
        threads = 2
        command = [*self.pin, "wrk", "-t", str(threads), "-c", str(concurrency), "-d", f"{max(1, round(self.seconds))}s",
                   "--timeout", "10s", "-s", str(HERE / "wrk_requests.lua"), self.url, "--", str(file), path,
                   str(threads)]
        done = subprocess.run(command, capture_output=True, text=True, timeout=self.seconds + 60)
        line = next((row for row in done.stdout.splitlines() if row.startswith("WRK_JSON ")), None)
        if line is None:
            raise RuntimeError(f"wrk gave no figures: {done.stdout[-500:]} {done.stderr[-500:]}")
        data = json.loads(line.split(" ", 1)[1])
        if data["errors"] or data["non2xx"] or data["wrapped"]:
            raise RuntimeError(f"{path}: {data}")
        return {"rps": data["requests"] / (data["duration_us"] / 1e6), "p50_ms": data["p50_us"] / 1000,
                "p99_ms": data["p99_us"] / 1000}

    def _python(self, path: str, concurrency: int, count: int) -> dict:
        host, port = self.url.split("//")[1].split(":")
        latencies: list[float] = []
        lock = threading.Lock()
        stop_at = time.perf_counter() + self.seconds + 3600  # set for real once every thread is ready
        gate = threading.Barrier(concurrency + 1)
        shares = [[signed(event(self.batch * 1_000_000 + n)) for n in range(i, count, concurrency)]
                  for i in range(concurrency)]
        self.batch += 1

        def worker(share):
            conn = http.client.HTTPConnection(host, int(port), timeout=30)
            mine = []
            gate.wait()
            for body, headers in share:
                if time.perf_counter() >= stop_at:
                    break
                began = time.perf_counter()
                conn.request("POST", path, body=body, headers=headers)
                response = conn.getresponse()
                response.read()
                if response.status != 202:
                    raise RuntimeError(f"{path} answered {response.status}")
                mine.append(time.perf_counter() - began)
            conn.close()
            with lock:
                latencies.extend(mine)

        threads = [threading.Thread(target=worker, args=(share,)) for share in shares]
        for thread in threads:
            thread.start()
        began = time.perf_counter()
        stop_at = began + self.seconds
        gate.wait()
        for thread in threads:
            thread.join()
        elapsed = time.perf_counter() - began
        return {"rps": len(latencies) / elapsed, "p50_ms": percentile(latencies, 50) * 1000,
                "p99_ms": percentile(latencies, 99) * 1000}


def run(rounds: int = 5, seconds: float = 4.0, slow_ingress_ms: float = 0.0) -> dict:
    """Figures for bench/results.json. slow_ingress_ms > 0 adds a sleep to every delivery (compare.py's own test)."""
    _, server_pin = pinning()
    extra = {"CALMDESK_BENCH_SLOW_INGRESS_MS": str(slow_ingress_ms)} if slow_ingress_ms else {}
    figures: dict[str, Figure] = {}
    with Stack(extra_env=extra) as stack:
        url = stack.start_web(baseline=True, prefix=server_pin)
        loader = Loader(url, seconds)
        Loader(url, 2).run("/bench/baseline", 16)  # warm-up: imports, connections
        for concurrency in CONCURRENCY:
            suffix = "" if concurrency == 16 else "_c64"
            p99: dict[str, list[float]] = {"baseline": [], "calmdesk": []}

            def side(name: str, path: str, c: int = concurrency, p99: dict = p99) -> float:
                result = loader.run(path, c)
                p99[name].append(result["p99_ms"])
                return result["rps"]

            figure = interleave(f"ingress_ratio{suffix}", lambda: side("baseline", "/bench/baseline"),
                                lambda: side("calmdesk", "/webhooks/zendesk"), rounds=rounds, unit="req/s")
            figures[figure.name] = figure
            latency = interleave_latency(f"ingress_p99_ms{suffix}", p99, rounds)
            figures[latency.name] = latency
        rss = rss_mb(stack.web.pid)
    extras = {"ingress_generator": loader.tool + (" pinned to core 1, server on core 0" if server_pin else ""),
              "ingress_web_rss_mb": rss}
    return {"figures": {k: v.to_dict() for k, v in figures.items()}, "values": extras}


def interleave_latency(name: str, p99: dict[str, list[float]], rounds: int) -> Figure:
    """The p99 of each side from the same interleaved rounds (warm-up dropped): calmdesk's p99 / the baseline's."""
    import statistics

    base, subject = p99["baseline"][-rounds:], p99["calmdesk"][-rounds:]
    ratios = [s / b for b, s in zip(base, subject) if b]
    return Figure(name=name, median=round(statistics.median(ratios), 4), low=round(min(ratios), 4),
                  high=round(max(ratios), 4), rounds=len(ratios), baseline=round(statistics.median(base), 2),
                  subject=round(statistics.median(subject), 2), unit="ms", lower_is_better=True,
                  ratios=[round(r, 4) for r in ratios])


if __name__ == "__main__":
    args = sys.argv[1:]
    rounds = int(args[args.index("--rounds") + 1]) if "--rounds" in args else 5
    seconds = float(args[args.index("--seconds") + 1]) if "--seconds" in args else 4.0
    print(json.dumps(run(rounds=rounds, seconds=seconds), indent=2))
