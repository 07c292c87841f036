"""Draws docs/note.png, the README's picture of a note: `make docs-picture`.

The note is the one calmdesk writes for the demo's second conversation (calmdesk/demo/conversations.py, Dana's
second message), rendered by the same code a worker runs, shown as a ticket shows an internal note, and
photographed by Debian's headless Chromium through Playwright. Run it again after changing the note templates.
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime, timezone
from pathlib import Path

from markupsafe import escape

from calmdesk.demo.conversations import CONVERSATIONS
from worker.writing.preview import preview

CHROMIUM = "/usr/bin/chromium"
HERE = Path(__file__).resolve().parent
# A fixed clock, so the picture only changes when the note does.
NOW = datetime(2026, 3, 2, 10, 30, tzinfo=timezone.utc)

PAGE = """<!doctype html><html><head><meta charset="utf-8"><style>
body{{font:15px/1.5 -apple-system,system-ui,"Segoe UI",sans-serif;margin:0;background:#f3f4f6;color:#1f2937}}
.ticket{{max-width:820px;margin:0 auto;padding:24px 28px;background:#fff}}
h1{{font-size:20px;margin:0 0 4px}} .meta{{color:#6b7280;font-size:13px}}
.comment{{margin:18px 0;padding:12px 16px;border-radius:8px;background:#f9fafb;border:1px solid #e5e7eb}}
.note{{background:#fff8e1;border:1px solid #f0c36d}}
.who{{font-weight:600;font-size:14px;margin-bottom:6px}} .who span{{font-weight:400;color:#6b7280}}
</style></head><body><div class="ticket">
<h1>{subject}</h1><div class="meta">Ticket #48213 · {customer} · open</div>
<div class="comment"><div class="who">{customer} <span>· public reply</span></div>{message}</div>
<div class="comment note"><div class="who">calmdesk <span>· internal note, only agents see it</span></div>
{note}</div></div></body></html>"""


def note_page() -> str:
    conversation = CONVERSATIONS[1]
    text = conversation.messages[1]
    result = preview(text, name=conversation.customer.split()[0], locale=conversation.locale, now=NOW)
    return PAGE.format(subject=escape(conversation.subject), customer=escape(conversation.customer),
                       message=escape(text), note=result["note_html"])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(HERE / "note.png"))
    parser.add_argument("--html", help="also write the page as HTML here")
    args = parser.parse_args()
    page_html = note_page()
    if args.html:
        Path(args.html).write_text(page_html, encoding="utf-8")
    if not Path(CHROMIUM).exists():
        print(f"no Chromium at {CHROMIUM}: apt-get install chromium", file=sys.stderr)
        return 1
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        print("playwright is not installed: make install-dev", file=sys.stderr)
        return 1
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--headless", "--no-sandbox",
                                                                              "--disable-gpu"])
        page = browser.new_page(viewport={"width": 900, "height": 600}, device_scale_factor=1)
        page.set_content(page_html)
        page.locator(".ticket").screenshot(path=args.out)
        browser.close()
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
