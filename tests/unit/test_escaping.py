"""Nothing a customer writes is ever live: not in the note's HTML, not in the reply draft, not to Liquid/Jinja."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

from worker.detector import SCORE_CUE, Evidence, Verdict
from worker.writing.notes import NoteContext, first_name, inert, plain_safe, render_note

HOSTILE = [
    "<script>alert(1)</script>",
    '" onmouseover="alert(1)" x="',
    "<img src=x onerror=alert(1)>",
    "[click me](javascript:alert(1)) **bold** _it_ `code`",
    "{{ ticket.id }} {{ current_user.email }}",
    "{% if true %}boom{% endif %} {#c#}",
    "</blockquote></p><p>fake calmdesk note",
]
ALLOWED_TAGS = {"p", "strong", "em", "ul", "ol", "li", "blockquote", "br", "small"}


class Tags(HTMLParser):
    def __init__(self, html: str):
        super().__init__()
        self.tags: list[str] = []
        self.attrs: list = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs.extend(attrs)


def hostile_context(payload: str, language: str = "en", **overrides) -> NoteContext:
    message = f"Where is order #48213? {payload} I'm cancelling, third time I ask!"
    verdict = Verdict(True, "very_negative", -0.9, ("churn_threat", "repeat_contact"), (
        Evidence(SCORE_CUE, message, 0, len(message)),
        Evidence("churn_threat", payload, 0, len(payload)),
        Evidence("repeat_contact", f"third time {payload}", 0, 5),
    ))
    values = dict(helpdesk="zendesk", ticket_id="42", verdict=verdict, escalation=1,
                  customer_name=f"Maria {payload}", subject=f"Order {payload}", followup_text="within 4 hours",
                  reason=f"upset {payload}", message_text=message, customer_locale=language, team_language=language)
    values.update(overrides)
    return NoteContext(**values)


def assert_inert_html(html: str) -> None:
    parsed = Tags(html)
    assert set(parsed.tags) <= ALLOWED_TAGS, parsed.tags
    assert parsed.attrs == []
    for live in ("<script", "<img", "onmouseover=\"", "{{", "}}", "{%", "%}", "{#", "javascript:alert(1)\""):
        assert live not in html, live


@pytest.mark.parametrize("language", ["en", "es", "fr", "de"])
@pytest.mark.parametrize("payload", HOSTILE)
def test_hostile_text_in_message_name_subject_and_quotes_is_inert(payload, language):
    rendered = render_note(hostile_context(payload, language))
    assert_inert_html(rendered.html)
    assert str(inert(payload)) in rendered.html  # shown, escaped, not dropped: the agent sees what was written


@pytest.mark.parametrize("payload", HOSTILE)
def test_reply_draft_carries_no_markup_braces_or_fake_placeholders(payload):
    reply = render_note(hostile_context(payload)).reply_text
    assert reply.startswith("Hi Maria,")
    for char in "<>{}`*":
        assert char not in reply, char
    assert "javascript" not in reply and "ticket.id" not in reply


def test_a_name_that_is_all_markup_gets_no_name_at_all():
    for name in ("<script>alert(1)</script>", "{{ ticket.requester.name }}", '"><img src=x>', "[Your name]"):
        ctx = hostile_context("", customer_name=name)
        rendered = render_note(ctx)
        assert rendered.reply_text.startswith("Hello,\n"), name
        assert_inert_html(rendered.html)


def test_products_and_orders_from_hostile_text_are_plain():
    message = 'My Evil Gadget 9"><script>x</script> from order #48213{{7*7}} arrived broken'
    verdict = Verdict(True, "negative", -0.6, (), (Evidence(SCORE_CUE, message, 0, len(message)),))
    rendered = render_note(NoteContext("zendesk", "1", verdict, 1, "Ann", message_text=message,
                                       product_names=("{{ x }}<b>",)))
    assert "#48213" in rendered.brief
    assert not set(rendered.reply_text) & set("<>{}")
    assert_inert_html(rendered.html)


def test_an_override_that_forgets_inert_is_still_safe(tmp_path):
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "note.en.html.j2").write_text(
        "<p>{{ customer_name }} {{ first_name }} {{ subject }} {{ reason }}"
        "{% for q in quotes %} {{ q.text }}{% endfor %}{% for o in orders %} {{ o }}{% endfor %}</p>\n"
        "<blockquote>{{ reply }}</blockquote><p>{{ marker }}</p>")
    for payload in HOSTILE:
        rendered = render_note(hostile_context(payload, templates_dir=str(tmp_path)))
        assert_inert_html(rendered.html)
        assert "calmdesk-ref:zendesk-42-1" in rendered.html


def test_unknown_cue_or_level_from_a_payload_does_not_break_the_note():
    verdict = Verdict(True, "<b>furious</b>", -0.9, ("<script>",), (Evidence("<script>", "grr", 0, 3),))
    rendered = render_note(NoteContext("zendesk", "1", verdict, 1, "Ann", message_text="grr"))
    assert_inert_html(rendered.html)
    assert rendered.playbook == "other"


def test_inert_and_plain_safe_helpers():
    assert str(inert("{{ x }} <b>")) == "&#123;&#123; x &#125;&#125; &lt;b&gt;"
    assert plain_safe("a <b> {{c}} [d] *e*") == "a b c d e"
    assert first_name('Zoë "><script>') == "Zoë"
