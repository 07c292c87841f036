"""What every sandbox helpdesk shares: the request log, rate limiting with 429 + Retry-After, injected faults."""

from __future__ import annotations

import copy
import math
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Any


@dataclass
class RecordedRequest:
    method: str
    path: str
    json: Any
    headers: dict[str, str]
    status: int = 0
    at: float = field(default_factory=time.monotonic)
    query: dict[str, list[str]] = field(default_factory=dict)  # what the contract test checks (tests/contract/)
    response: Any = None  # the JSON answered, for the contract test's check of the stand-in's own answers


@dataclass
class Fault:
    method: str
    path_prefix: str
    status: int
    headers: dict[str, str] = field(default_factory=dict)
    times: int = 1
    delay: float = 0.0  # seconds to stall before answering (a timeout, from the client's side)
    after: bool = False  # apply the change first, then answer with the fault (a lost response)


class RequestLog:
    """Thread-safe log of requests, a sliding-window rate limit, and one-shot faults."""

    def __init__(self, limit_per_minute: int | None = None, window: float = 60.0):
        self.lock = threading.RLock()
        self.requests: list[RecordedRequest] = []
        self.limit_per_minute = limit_per_minute
        self.window = window
        self.recent: deque[float] = deque()
        self.faults: list[Fault] = []
        self.throttled = 0
        self.throttled_at: list[float] = []

    def record(self, request: RecordedRequest) -> None:
        with self.lock:
            self.requests.append(request)

    def over_limit(self) -> float | None:
        """Seconds until a slot frees when over the limit; None when the request may proceed (and counts)."""
        if not self.limit_per_minute:
            return None
        now = time.monotonic()
        with self.lock:
            while self.recent and now - self.recent[0] >= self.window:
                self.recent.popleft()
            if len(self.recent) >= self.limit_per_minute:
                self.throttled += 1
                self.throttled_at.append(now)
                return self.window - (now - self.recent[0])
            self.recent.append(now)
            return None

    def remaining(self) -> int | None:
        if not self.limit_per_minute:
            return None
        with self.lock:
            return max(0, self.limit_per_minute - len(self.recent))

    def take_fault(self, method: str, path: str) -> Fault | None:
        with self.lock:
            for fault in self.faults:
                if fault.times > 0 and fault.method == method and path.startswith(fault.path_prefix):
                    fault.times -= 1
                    return fault
        return None

    def inject(self, fault: Fault) -> None:
        with self.lock:
            self.faults.append(fault)

    def matching(self, method: str, path_prefix: str = "") -> list[RecordedRequest]:
        with self.lock:
            return [r for r in self.requests if r.method == method and r.path.startswith(path_prefix)]


def retry_after_header(seconds: float) -> str:
    return str(max(1, math.ceil(seconds)))


def gate(sandbox, recorded_path: str, unauthorised: dict, throttled: dict):
    """What both stand-ins do before an API request reaches its route, as the real helpdesks do: record it, check
    the credentials (401), enforce the per-minute limit (429 with Retry-After), and apply an injected fault, either
    now or after the change is made (a lost response). Returns the response to send instead, or None."""
    from flask import jsonify, request

    sandbox.log.record(RecordedRequest(request.method, recorded_path, copy.deepcopy(request.get_json(silent=True)),
                                       {k: v for k, v in request.headers.items() if k.lower() != "authorization"},
                                       query=request.args.to_dict(flat=False)))
    if not sandbox._authorised():
        return jsonify(**unauthorised), 401
    wait = sandbox.log.over_limit()
    if wait is not None:
        response = jsonify(**throttled)
        response.headers["Retry-After"] = retry_after_header(wait)
        return response, 429
    fault = sandbox.log.take_fault(request.method, request.path)
    if fault and not fault.after:
        return sandbox._fault_response(fault)
    request.environ["sandbox.fault_after"] = fault
    return None
