"""What `pip install calmdesk` gives a user: a wheel built from this tree, installed (not editable) into a new
virtualenv and run from another directory, renders a note and runs the demo. Templates must be in the wheel."""

import json
import os
import subprocess
import sys
import zipfile

import pytest

from tests.conftest import ROOT

UPSET = "This is the third time I'm writing about order #48213. It is still not here and nobody answers. Unacceptable."


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    work = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(work / "dist"), str(ROOT)],
                   check=True, capture_output=True, timeout=300)
    wheel = next((work / "dist").glob("calmdesk-*.whl"))
    subprocess.run([sys.executable, "-m", "venv", str(work / "venv")], check=True, timeout=120)
    pip = subprocess.run([str(work / "venv" / "bin" / "python"), "-m", "pip", "install", "-q", str(wheel)],
                         capture_output=True, text=True, timeout=600)
    assert pip.returncode == 0, pip.stderr[-2000:]
    elsewhere = work / "elsewhere"
    elsewhere.mkdir()
    return wheel, work / "venv" / "bin" / "calmdesk", elsewhere


def clean_env(tmp) -> dict:
    keep = {k: v for k, v in os.environ.items() if k in ("PATH", "HOME", "LANG", "TMPDIR")}
    return {**keep, "CALMDESK_DATA_DIR": str(tmp / ".calmdesk")}


def test_the_wheel_ships_every_template(installed):
    wheel, _, _ = installed
    names = zipfile.ZipFile(wheel).namelist()
    shipped = {n for n in names if n.startswith("templates/")}
    in_tree = {p.relative_to(ROOT).as_posix() for p in (ROOT / "templates").rglob("*") if p.is_file()}
    assert in_tree and in_tree <= shipped


def test_the_wheel_ships_every_learned_weights_file(installed):
    """The detector's and the topics' weights are read at run time: a file left out makes the installed tool fall back
    to weaker readings without a word (topics: keyword families only)."""
    wheel, _, _ = installed
    names = set(zipfile.ZipFile(wheel).namelist())
    in_tree = {p.relative_to(ROOT).as_posix() for p in (ROOT / "worker").rglob("*.json")}
    assert "worker/writing/topic_words.json" in in_tree and in_tree <= names


def test_installed_preview_renders_a_note_from_another_directory(installed):
    _, calmdesk, elsewhere = installed
    result = subprocess.run([str(calmdesk), "preview", "--json", "--name", "Dana Whitfield"], input=UPSET,
                            capture_output=True, text=True, cwd=elsewhere, env=clean_env(elsewhere), timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    note = json.loads(result.stdout)
    assert "third time" in note["note_html"] and note["reply_text"].startswith("Hi Dana")


def test_installed_demo_runs_from_another_directory(installed):
    _, calmdesk, elsewhere = installed
    result = subprocess.run([str(calmdesk), "demo", "--no-serve"], capture_output=True, text=True, cwd=elsewhere,
                            env=clean_env(elsewhere), timeout=300, stdin=subprocess.DEVNULL)
    assert result.returncode == 0, (result.stdout[-2000:], result.stderr[-2000:])
    assert "note" in result.stdout.lower()
