"""M1 (issue 16): html_to_text and the Freshdesk ingress key stay linear on adversarial HTML: 10x the input may
cost about 10x the time, never 100x (the regexes before took 180 s on 350 kB of "<")."""

from __future__ import annotations

import pytest

from calmdesk.helpdesks.freshdesk.webhook import freshdesk_delivery_key, normalise_freshdesk_delivery, normalised_text
from calmdesk.helpdesks.html_text import MAX_HTML_CHARS, html_to_text
from tests.scaling import fastest, shaped

SHAPES = {
    "run of <": "<",
    "unclosed tags": "<a ",
    "unclosed attribute": "<a href=\"",
    "unclosed comment": "<!--",
    "end tags": "</",
    "whitespace and newlines": " \n\t\n",
    "quotes": "\"'",
    "punctuation": "!?.,;:",
    "entities": "&#&amp",
    "mixed scripts": "é中<b>\u0645 \u05d0>",
    "script never closed": "<script>",
    "spaces": " ",
    "spaces and a colon": " : ",
}


def freshdesk_ingress(comment: str) -> None:
    """All the web process does with a Freshdesk reply: key it and normalise it."""
    payload = {"calmdesk": "freshdesk-rule/1", "ticket_id": "7", "triggered_event": "{reply_sent:sent}",
               "latest_public_comment": comment, "requester_name": "Dana Whitfield"}
    freshdesk_delivery_key(payload, {}, b"")
    normalise_freshdesk_delivery(payload, "")
REPEATS = 5  # the fastest of five: a shared machine's noise only ever adds time


@pytest.mark.parametrize("function", [html_to_text, normalised_text, freshdesk_ingress],
                         ids=["html_to_text", "freshdesk_words", "freshdesk_ingress"])
@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_ten_times_the_input_costs_about_ten_times_the_time(function, shape):
    small, large = shaped(SHAPES[shape], 10_000), shaped(SHAPES[shape], 100_000)
    small_time, large_time = fastest(function, small, REPEATS), fastest(function, large, REPEATS)
    # Quadratic would be ~100x. Below a few ms, timer noise dominates, so very fast runs pass on their own.
    assert large_time < 0.05 or large_time / max(small_time, 1e-4) < 30, (shape, small_time, large_time)


def test_text_past_the_cap_is_not_read():
    assert html_to_text("a" * MAX_HTML_CHARS + "<p>TAIL") == "a" * MAX_HTML_CHARS


@pytest.mark.parametrize("markup, text", [
    ("<p>Hello&nbsp;<b>there</b></p><div>next<br/>line</div>", "Hello\xa0there\nnext\nline"),
    ("<script>alert(1)</script><STYLE>p{}</STYLE>kept &amp; &lt;shown&gt;", "kept & <shown>"),
    ("before<!-- a > b -->after", "beforeafter"),
    ("<p>one</p>\n\n\n<p>two</p>  \t x", "one\n\ntwo\n x"),
    ("5 < 6 and no tag", "5 < 6 and no tag"),
])
def test_the_text_is_what_it_was(markup, text):
    assert html_to_text(markup) == text
