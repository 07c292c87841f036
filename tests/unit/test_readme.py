"""The README's promises that can drift: every environment variable calmdesk reads is in its table, and the
quickstart keeps the five steps the quickstart test follows."""

import re

from calmdesk.settings import ENVIRONMENT
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text()


def test_every_environment_variable_is_in_the_table():
    table = "\n".join(line for line in README.splitlines() if line.startswith("| `"))
    documented = set(re.findall(r"`([A-Z][A-Z0-9_]+)`", table))
    missing = [name for name in ENVIRONMENT if name not in documented]
    assert missing == [], f"add to the README's environment table: {missing}"


def test_it_leads_with_the_two_commands_then_the_quickstart():
    first_block = README.split("```sh", 1)[1].split("```", 1)[0]
    assert [line.split()[:2] for line in first_block.strip().splitlines()] == [["make", "demo"], ["make", "test"]]
    headings = re.findall(r"^## (.+)$", README, re.M)
    assert headings[0] == "Your helpdesk in ten minutes" and headings[1] == "What the agent sees"


def test_the_quickstart_has_its_five_steps_in_order():
    block = README.split("<!-- quickstart", 1)[1].split("<!-- /quickstart -->", 1)[0]
    steps = re.findall(r"^# (\d)\. ", block, re.M)
    assert steps == ["1", "2", "3", "4", "5"]
    assert "zendesk install --public-url" in block and "check-config" in block
    exported = re.findall(r"^export (\w+)=", block, re.M)
    assert exported == ["ZENDESK_URL", "ZENDESK_EMAIL", "ZENDESK_API_TOKEN", "ZENDESK_WEBHOOK_SECRET"]


def test_the_picture_of_a_note_exists():
    assert (ROOT / "docs" / "note.png").exists() and (ROOT / "docs" / "note_picture.py").exists()


def test_the_picture_script_renders_the_demo_note():
    """docs/note_picture.py draws the note a worker would write for the demo's conversation (the picture itself
    needs Chromium: `make docs-picture`)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("note_picture", ROOT / "docs" / "note_picture.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    page = module.note_page()
    assert "Dana · 3rd contact" in page and "Hi Dana," in page and "Where is order #48213?" in page
    assert "<script" not in page
