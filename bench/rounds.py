"""Interleaved rounds: baseline, subject, baseline, subject... so both sides see the same machine noise.

Every comparison in bench/ goes through `interleave`. A figure is the median of the per-round ratios, with its
spread (the smallest and largest per-round ratio) and the number of rounds; warm-up rounds are discarded. While
the rounds run, /proc is sampled for what else used the CPU (steal from the hypervisor, other processes), so a
wide spread comes with its likely cause.
"""

from __future__ import annotations

import os
import statistics
import time
from dataclasses import asdict, dataclass, field
from typing import Callable

NOISY_SPREAD = 0.10  # a figure whose per-round ratios stray more than ±10 % from their median is flagged


@dataclass
class Figure:
    """One compared figure: subject / baseline per round; higher is better unless `lower_is_better`."""

    name: str
    median: float
    low: float
    high: float
    rounds: int
    baseline: float  # the baseline's median value (e.g. req/s of the bare-enqueue endpoint)
    subject: float  # the subject's median value
    unit: str = ""
    lower_is_better: bool = False
    ratios: list[float] = field(default_factory=list)
    noise: dict = field(default_factory=dict)

    @property
    def spread(self) -> float:
        """The largest distance of a round's ratio from the median, as a fraction of the median."""
        if not self.median:
            return 0.0
        return max(self.median - self.low, self.high - self.median) / self.median

    @property
    def noisy(self) -> bool:
        return self.spread > NOISY_SPREAD

    def to_dict(self) -> dict:
        data = asdict(self)
        data["spread"] = round(self.spread, 4)
        data["noisy"] = self.noisy
        return data


def interleave(name: str, baseline: Callable[[], float], subject: Callable[[], float], *, rounds: int = 5,
               warmup: int = 1, unit: str = "", lower_is_better: bool = False) -> Figure:
    """Run warm-up + `rounds` pairs, alternating which side goes first, and return the per-round ratios' median.

    Each callable runs one measurement and returns its value (a rate, or a latency with lower_is_better)."""
    ratios, base_values, subject_values = [], [], []
    with CpuNoise() as noise:
        for index in range(warmup + rounds):
            if index % 2:  # alternate the order, so neither side always follows the other's warm caches
                b = baseline()
                s = subject()
            else:
                s = subject()
                b = baseline()
            if index < warmup:
                continue
            base_values.append(b)
            subject_values.append(s)
            ratios.append(s / b if b else 0.0)  # subject / baseline; lower_is_better says which way is good
    return Figure(name=name, median=round(statistics.median(ratios), 4), low=round(min(ratios), 4),
                  high=round(max(ratios), 4), rounds=rounds, baseline=round(statistics.median(base_values), 2),
                  subject=round(statistics.median(subject_values), 2), unit=unit, lower_is_better=lower_is_better,
                  ratios=[round(r, 4) for r in ratios], noise=noise.summary)


def repeated(name: str, measure: Callable[[], float], reference: float, *, rounds: int = 5, unit: str = "") -> Figure:
    """A figure against a fixed reference (a drain rate against the helpdesk's limit): `rounds` measurements."""
    values = []
    with CpuNoise() as noise:
        for _ in range(rounds):
            values.append(measure())
    ratios = [v / reference for v in values]
    return Figure(name=name, median=round(statistics.median(ratios), 4), low=round(min(ratios), 4),
                  high=round(max(ratios), 4), rounds=rounds, baseline=reference,
                  subject=round(statistics.median(values), 2), unit=unit, ratios=[round(r, 4) for r in ratios],
                  noise=noise.summary)


class CpuNoise:
    """What else used the CPU between enter and exit: the hypervisor's steal and other processes' CPU time."""

    def __init__(self) -> None:
        self.summary: dict = {}

    def __enter__(self) -> CpuNoise:
        self._began = time.monotonic()
        self._stat = _cpu_times()
        self._procs = _process_times()
        return self

    def __exit__(self, *exc) -> None:
        elapsed = max(1e-9, time.monotonic() - self._began)
        stat = _cpu_times()
        total = max(1, sum(stat) - sum(self._stat))
        steal = (stat[7] - self._stat[7]) if len(stat) > 7 else 0
        ours = _our_tree()
        hz = os.sysconf("SC_CLK_TCK")
        others = {}
        for pid, (comm, ticks) in _process_times().items():
            if pid in ours:
                continue
            used = ticks - self._procs.get(pid, (comm, 0))[1]
            if used > 0:
                others[f"{comm}[{pid}]"] = used / hz / elapsed
        busiest = sorted(others.items(), key=lambda kv: -kv[1])[:3]
        self.summary = {"steal_pct": round(100 * steal / total, 1),
                        "other_processes_cpu_pct": round(100 * sum(others.values()) / (os.cpu_count() or 1), 1),
                        "busiest_others": [f"{name} {100 * share:.0f}%" for name, share in busiest]}


def likely_cause(noise: dict) -> str:
    """One line for BENCHMARKS.md when a figure is noisy."""
    if noise.get("steal_pct", 0) >= 2:
        return f"CPU steal {noise['steal_pct']} % (the hypervisor gave the cores to someone else)"
    if noise.get("other_processes_cpu_pct", 0) >= 5:
        return (f"other processes used {noise['other_processes_cpu_pct']} % of the CPUs: "
                + ", ".join(noise.get("busiest_others", [])))
    return "no steal or outside load seen in /proc: the variation is the benchmark's own"


def _cpu_times() -> list[int]:
    with open("/proc/stat") as stat:
        return [int(v) for v in stat.readline().split()[1:]]


def _process_times() -> dict[int, tuple[str, int]]:
    times = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as stat:
                raw = stat.read()
        except OSError:
            continue
        comm = raw[raw.find("(") + 1:raw.rfind(")")]
        fields = raw[raw.rfind(")") + 2:].split()
        times[int(entry)] = (comm, int(fields[11]) + int(fields[12]))  # utime + stime
    return times


def _our_tree() -> set[int]:
    """This process and its descendants (the servers and workers the benchmark started)."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as stat:
                    raw = stat.read()
                parents[int(entry)] = int(raw[raw.rfind(")") + 2:].split()[1])
            except (OSError, ValueError, IndexError):
                continue
    ours, frontier = {os.getpid()}, [os.getpid()]
    while frontier:
        pid = frontier.pop()
        for child, parent in parents.items():
            if parent == pid and child not in ours:
                ours.add(child)
                frontier.append(child)
    return ours
