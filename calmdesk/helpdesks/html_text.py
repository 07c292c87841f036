"""Plain text out of the HTML that helpdesks send as message bodies.

Linear in the input (issue 16, M1). The regular expressions used before backtracked quadratically on a run of
"<", and the standard library's html.parser (Python 3.11) does too on unclosed tags: 117 s for 100 kB of "<a ".
So tags are found with str.find, which only ever moves forward: a "<" with no ">" after it ends the tags, and the
rest is text. Input past MAX_HTML_CHARS is not read.
"""

from __future__ import annotations

import html
import re

from calmdesk.events import clean_text

MAX_HTML_CHARS = 1_000_000  # the webhook body limit; a longer message is cut here, before any parsing
_LINE_ENDS = {"br", "/p", "/div", "/li", "/h1", "/h2", "/h3", "/h4", "/h5", "/h6", "/tr", "/blockquote"}
_HIDDEN = ("script", "style")
_BLANK_LINES = re.compile(r"\n[ \t\r\f\v]*(?:\n[ \t\r\f\v]*)+")  # each character is consumed once: linear
_SPACES = re.compile(r"[ \t]+")


def html_to_text(markup: str) -> str:
    markup = markup[:MAX_HTML_CHARS]
    lowered = markup.lower()  # for finding </script> and </style> without case-insensitive rescans
    parts: list[str] = []
    position = 0
    while position < len(markup):
        start = markup.find("<", position)
        if start < 0:
            parts.append(markup[position:])
            break
        parts.append(markup[position:start])
        if markup.startswith("<!--", start):
            end = markup.find("-->", start + 4)
            position = len(markup) if end < 0 else end + 3
            continue
        end = markup.find(">", start + 1)
        if end < 0:  # no tag can close any more: what is left is text
            parts.append(markup[start:])
            break
        name = _tag_name(lowered, start + 1, end)
        position = end + 1
        if name in _LINE_ENDS:
            parts.append("\n")
        elif name in _HIDDEN:
            close = lowered.find(f"</{name}", position)
            position = len(markup) if close < 0 else _after(markup, close)
    text = clean_text(html.unescape("".join(parts)))  # "&#27;" is an ESC too
    return _SPACES.sub(" ", _BLANK_LINES.sub("\n\n", text)).strip()


def _tag_name(lowered: str, start: int, end: int) -> str:
    """"br", "/p", "script" ... for the tag between start and end; at most 12 characters are looked at."""
    head = lowered[start:min(end, start + 12)].lstrip()
    closing = head.startswith("/")
    head = head[1:].lstrip() if closing else head
    name = ""
    for char in head:
        if not char.isalnum():
            break
        name += char
    return ("/" if closing else "") + name


def _after(markup: str, close: int) -> int:
    end = markup.find(">", close)
    return len(markup) if end < 0 else end + 1
