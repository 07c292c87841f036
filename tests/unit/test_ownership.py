"""Each shared fact has one owner: a queue name, job name or Redis key spelled anywhere else fails here."""

import importlib
import re
from pathlib import Path

import pytest

from calmdesk import queue

ROOT = Path(__file__).resolve().parents[2]
SOURCES = [p for folder in ("calmdesk", "webhooks", "worker") for p in (ROOT / folder).rglob("*.py")]
OWNERS = {
    "redis key": (re.compile(r"""["']calmdesk:[a-z]"""), {ROOT / "calmdesk" / "keys.py"}),
    "job name": (re.compile(r"""["']worker\.jobs\.\w+["']"""), {ROOT / "calmdesk" / "queue.py"}),
    "queue name": (re.compile(r"""Queue\(\s*["']"""), set()),
    "CALMDESK_QUEUE": (re.compile(r"CALMDESK_QUEUE"), {ROOT / "calmdesk" / "settings.py", ROOT / "calmdesk" / "queue.py"}),
    "os.environ": (re.compile(r"os\.environ|os\.getenv"), {ROOT / "calmdesk" / "settings.py"}),
}


@pytest.mark.parametrize("fact", sorted(OWNERS))
def test_a_fact_is_spelled_only_by_its_owner(fact):
    pattern, owners = OWNERS[fact]
    strays = [f"{p.relative_to(ROOT)}:{n}" for p in SOURCES if p not in owners
              for n, line in enumerate(p.read_text().splitlines(), 1) if pattern.search(line)]
    assert strays == [], f"{fact} defined outside its owner: {strays}"


@pytest.mark.parametrize("name", queue.JOB_NAMES)
def test_every_stored_job_name_resolves(name):
    """Jobs stored in Redis (failed jobs for 30 days, follow-ups due days ahead) name their functions: they must
    keep resolving after any move."""
    module, function = name.rsplit(".", 1)
    assert callable(getattr(importlib.import_module(module), function))


def test_note_keys_are_scoped_per_account_and_the_default_keeps_its_old_keys():
    from calmdesk.keys import note_keys

    marker = "calmdesk-ref:zendesk-42-1"
    assert note_keys(marker) == note_keys(marker, "default")
    assert note_keys(marker)[0].endswith(f"noted:{marker}")  # unchanged for existing installs
    assert set(note_keys(marker, "second")).isdisjoint(note_keys(marker))
