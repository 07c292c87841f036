"""Timing helpers for the tests that check a function stays about linear in its input's length (10x the input, about
10x the time, never 100x): the fastest of a few runs, as a shared machine's noise only ever adds time."""

from __future__ import annotations

import time
from typing import Callable


def fastest(function: Callable[[str], object], text: str, repeats: int) -> float:
    best = float("inf")
    for _ in range(repeats):
        started = time.perf_counter()
        function(text)
        best = min(best, time.perf_counter() - started)
    return best


def shaped(unit: str, size: int) -> str:
    """`unit` repeated to exactly `size` characters."""
    return (unit * (size // len(unit) + 1))[:size]
