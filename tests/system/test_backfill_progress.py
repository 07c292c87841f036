"""Backfill's progress bar: how far the listing is through the time window (the helpdesks list oldest update
first and never say how many tickets there are), with a percentage and an ETA from click.progressbar."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
import time
from datetime import datetime, timezone

from calmdesk.config import Config
from calmdesk.ops.backfill import ZendeskLister, backfill, progress
from tests.conftest import ROOT, ZENDESK_TOKEN

DAY = 86400


def test_progress_is_the_share_of_the_window_listed():
    assert progress(since=1000, reached=1000, now=2000) == 0.0
    assert progress(since=1000, reached=1250, now=2000) == 0.25
    assert progress(since=1000, reached=5000, now=2000) == 1.0  # a ticket updated during the run
    assert progress(since=1000, reached=0, now=2000) == 0.0  # a page without update times


def spread(zendesk, count: int, window: float) -> None:
    start = time.time() - window
    for n in range(count):
        ticket = zendesk.tickets[zendesk.create_ticket(f"Order {n}", f"Customer {n}", "Where is my order?")]
        ticket["updated_at"] = datetime.fromtimestamp(start + (n + 1) * window / (count + 1), timezone.utc) \
            .strftime("%Y-%m-%dT%H:%M:%SZ")


def test_each_page_moves_the_bar_forward_to_the_end(zendesk, redis):
    spread(zendesk, 300, 7 * DAY)
    zendesk.export_page_size = 50  # the export's pages are the helpdesk's choice (no per_page in Zendesk's document)
    lister = ZendeskLister(zendesk.url, (f"{zendesk.email}/token", ZENDESK_TOKEN), "default", 50, lambda s: None)
    started = time.time()
    seen: list[float] = []
    report = backfill(redis, "calmdesk", Config(), lister, 7 * DAY, pace=0,
                      on_page=lambda page, report: seen.append(progress(report.since, page.reached, started)))
    assert report.seen == 300 and len(seen) == 6
    assert seen == sorted(seen) and len(set(seen)) == 6  # every page is a step forward
    assert abs(seen[0] - 50 / 301) < 0.02 and seen[-1] > 0.99


def test_the_command_draws_a_bar_with_a_percentage_on_a_terminal(zendesk, redis, env):
    spread(zendesk, 20, DAY)
    leader, follower = pty.openpty()
    process = subprocess.Popen([sys.executable, "-m", "calmdesk.cli", "backfill", "--since", "2d"],
                               env={**os.environ, **env, "PYTHONPATH": str(ROOT), "COLUMNS": "120"}, cwd=ROOT,
                               stdin=follower, stdout=follower, stderr=follower)
    os.close(follower)
    output = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        output += chunk
    assert process.wait(60) == 0, output.decode(errors="replace")
    text = output.decode(errors="replace")
    assert "zendesk: 20 tickets, 20 queued" in text and "100%" in text and "[" in text and "#" in text, text
    assert "20 tickets updated in the last 2d: 20 open, 20 queued" in text
