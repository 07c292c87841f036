"""Ingress: signed Zendesk webhooks through the web server (waitress) at concurrency 16 and 64, beside a baseline endpoint in the
same app and server that only enqueues a no-op RQ job. Run: .venv/bin/python bench/ingress.py"""

from __future__ import annotations

import http.client
import json
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.harness import Stack, percentile, rss_mb, signed  # noqa: E402


def event(n: int) -> dict:
    return {"type": "zen:event-type:ticket.comment_added", "account_id": 1, "id": f"bench-{n}-{time.time_ns()}",
            "time": "2026-11-22T12:00:00Z", "subject": f"zen:ticket:{100000 + n}",
            "detail": {"id": str(100000 + n), "requester_id": "5", "status": "OPEN", "subject": "Order", "tags": []},
            "event": {"comment": {"id": str(n), "body": "This is the third time I ask. Unacceptable.",
                                  "is_public": True, "author": {"id": "5", "is_staff": False, "name": "Dana"}}}}


def load(url: str, path: str, requests_: list[tuple[bytes, dict]], concurrency: int) -> dict:
    """Send every request over `concurrency` keep-alive connections; requests/s and latency percentiles."""
    host, port = url.split("//")[1].split(":")
    latencies: list[float] = []
    statuses: dict[int, int] = {}
    lock = threading.Lock()
    shares = [requests_[i::concurrency] for i in range(concurrency)]
    start_gate = threading.Barrier(concurrency + 1)

    def worker(share):
        conn = http.client.HTTPConnection(host, int(port), timeout=30)
        mine, codes = [], {}
        start_gate.wait()
        for body, headers in share:
            began = time.perf_counter()
            conn.request("POST", path, body=body, headers=headers)
            response = conn.getresponse()
            response.read()
            mine.append(time.perf_counter() - began)
            codes[response.status] = codes.get(response.status, 0) + 1
        conn.close()
        with lock:
            latencies.extend(mine)
            for code, n in codes.items():
                statuses[code] = statuses.get(code, 0) + n

    threads = [threading.Thread(target=worker, args=(share,)) for share in shares]
    for thread in threads:
        thread.start()
    start_gate.wait()
    began = time.perf_counter()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - began
    return {"rps": round(len(latencies) / elapsed, 1), "p50_ms": round(percentile(latencies, 50) * 1000, 2),
            "p99_ms": round(percentile(latencies, 99) * 1000, 2), "statuses": statuses}


def run(count: int = 3000, rounds: int = 3) -> dict:
    figures: dict = {}
    with Stack() as stack:
        url = stack.start_web(baseline=True)
        baseline_body = [(b"{}", {"Content-Type": "application/json"})] * count
        load(url, "/bench/baseline", baseline_body[:300], 16)  # warm-up: imports, connections
        for concurrency in (16, 64):
            runs: dict[str, list[dict]] = {"baseline": [], "calmdesk": []}
            for _ in range(rounds):  # interleaved, so both sides see the same machine noise; medians below
                for name, path in (("baseline", "/bench/baseline"), ("calmdesk", "/webhooks/zendesk")):
                    batch = baseline_body if name == "baseline" else [signed(event(n)) for n in range(count)]
                    result = load(url, path, batch, concurrency)
                    accepted = result["statuses"].get(202, 0)
                    if accepted != count:
                        raise RuntimeError(f"{name}: only {accepted}/{count} answered 202: {result['statuses']}")
                    runs[name].append(result)
            median = {name: sorted(results, key=lambda r: r["rps"])[len(results) // 2] for name, results in runs.items()}
            suffix = "" if concurrency == 16 else "_c64"
            figures[f"ingress_rps{suffix}"] = median["calmdesk"]["rps"]
            figures[f"ingress_baseline_rps{suffix}"] = median["baseline"]["rps"]
            figures[f"ingress_ratio{suffix}"] = round(median["calmdesk"]["rps"] / median["baseline"]["rps"], 3)
            figures[f"ingress_p50_ms{suffix}"] = median["calmdesk"]["p50_ms"]
            figures[f"ingress_p99_ms{suffix}"] = median["calmdesk"]["p99_ms"]
            figures[f"ingress_baseline_p99_ms{suffix}"] = median["baseline"]["p99_ms"]
        figures["ingress_web_rss_mb"] = rss_mb(stack.web.pid)
    return figures


if __name__ == "__main__":
    print(json.dumps(run(), indent=2))
