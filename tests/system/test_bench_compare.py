"""bench/compare.py tells a real change from noise: two quick ingress runs of the same build overlap, and a build
with a sleep added to ingress is reported. Bounded: short rounds on loopback."""

import json
import subprocess
import sys

import pytest

from bench import compare, ingress
from tests.conftest import ROOT


def results(figures: dict) -> dict:
    return {"commit": "test", "figures": figures["figures"]}


@pytest.fixture(scope="module")
def runs():
    same = results(ingress.run(rounds=3, seconds=1))
    slowed = results(ingress.run(rounds=3, seconds=1, slow_ingress_ms=25))
    return same, slowed


def test_a_slowed_ingress_is_reported(runs, tmp_path):
    same, slowed = runs
    old, new = tmp_path / "old.json", tmp_path / "new.json"
    old.write_text(json.dumps(same))
    new.write_text(json.dumps(slowed))
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "compare.py"), str(old), str(new)],
                          capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 1, done.stdout
    reported = {line.split()[1] for line in done.stdout.splitlines() if line.startswith("moved:")}
    assert "ingress_ratio" in reported and "worse" in done.stdout


def test_the_same_run_compared_with_itself_moves_nothing(runs):
    same, _ = runs
    assert compare.moved(same, same) == []


def test_overlapping_ranges_are_noise_and_disjoint_ranges_are_a_change():
    def figure(median, low, high):
        return {"figures": {"x": {"median": median, "low": low, "high": high}}}

    assert compare.moved(figure(1.0, 0.9, 1.1), figure(1.05, 0.95, 1.15)) == []
    assert [c["figure"] for c in compare.moved(figure(1.0, 0.95, 1.05), figure(0.5, 0.45, 0.55))] == ["x"]


def test_the_detector_figure_comes_from_pyperf_runs_of_both_sides():
    from bench import detector_speed

    part = detector_speed.run(rounds=1, quick=True)
    figure = part["figures"]["detector_speed_ratio"]
    assert figure["rounds"] == 1 and figure["baseline"] > 0 and figure["subject"] > 0
    assert abs(figure["median"] - figure["subject"] / figure["baseline"]) < 1e-3
    assert part["values"]["detector_measured_by"].startswith("pyperf")
