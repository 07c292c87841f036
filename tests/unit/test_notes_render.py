"""The note and the reply draft for every playbook and language, composition of modifiers, overrides, preview."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from worker.detector import SCORE_CUE, Evidence, Verdict
from calmdesk.languages import SUPPORTED, format_deadline
from worker.writing.notes import MARKER_PREFIX, NoteContext, inert, render_note
from worker.writing.playbooks import TOPICS
from worker.writing.preview import preview
from worker.writing.template_check import check_templates
from worker.writing.template_samples import (SAMPLE_FOLLOWUP_AT, SAMPLE_FOLLOWUP_TEXT, SAMPLE_MESSAGES, every_sample,
                                     sample_context)

# What each part of the note is called, and one phrase from each script step, per note language.
NOTE_WORDS = {
    "en": {"why": "Why it was flagged", "want": "What they want", "avoid": "Avoid", "reply": "Reply draft",
           "steps": ["Let them vent", "not about you", "Say back in one sentence", "Apologise once",
                     "Promise only what you can deliver", "Follow up"]},
    "es": {"why": "Por qué se ha marcado", "want": "Qué quiere", "avoid": "Evita", "reply": "Borrador de respuesta",
           "steps": ["Deja que se desahogue", "no contigo", "Resume en una frase", "Pide disculpas una vez",
                     "Promete solo lo que puedas cumplir", "Haz el seguimiento"]},
    "fr": {"why": "Pourquoi ce signalement", "want": "Ce qui est attendu", "avoid": "À éviter",
           "reply": "Brouillon de réponse",
           "steps": ["Laisser vider son sac", "pas vous", "Reformuler en une phrase", "S'excuser une fois",
                     "Ne promettre que ce qu'on peut tenir", "Faire le point"]},
    "de": {"why": "Warum markiert", "want": "Anliegen", "avoid": "Vermeiden", "reply": "Antwortentwurf",
           "steps": ["Dampf ablassen lassen", "nicht der Person, die antwortet", "zurückspiegeln", "einmal und schlicht entschuldigen",
                     "Nur zusagen, was sich halten lässt", "Nachfassen"]},
}
GREETING = {"en": "Hi Maria,", "es": "Hola, Maria:", "fr": "Bonjour Maria,", "de": "Hallo Maria,"}
ALLOWED_TAGS = {"p", "strong", "em", "ul", "ol", "li", "blockquote", "br", "small"}


def followup_in(language: str) -> str:
    return SAMPLE_FOLLOWUP_TEXT if language == "en" else format_deadline(SAMPLE_FOLLOWUP_AT, language)


def section(html: str, heading: str, tag: str) -> str:
    """The first <tag>...</tag> after the heading."""
    after = html.split(f"<strong>{heading}</strong>", 1)[1]
    return re.search(rf"<{tag}>(.*?)</{tag}>", after, re.S).group(1)


class TagCollector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[str] = []
        self.attributes: list[tuple] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attributes.extend(attrs)


def tags_of(html: str) -> TagCollector:
    collector = TagCollector()
    collector.feed(html)
    return collector


@pytest.mark.parametrize("language", SUPPORTED)
@pytest.mark.parametrize("topic", TOPICS)
def test_every_playbook_in_every_language_has_every_part(topic, language):
    ctx = sample_context(topic, language)
    rendered = render_note(ctx)
    html, reply, words = rendered.html, rendered.reply_text, NOTE_WORDS[language]

    assert rendered.playbook == topic and rendered.language == language and rendered.note_language == language
    # why it was flagged: level and the customer's own words, escaped
    assert words["why"] in html and str(inert(SAMPLE_MESSAGES[topic])) in html
    # a two-line summary of what they want
    summary = html.split(f"<strong>{words['want']}</strong><br>", 1)[1].split("</p>", 1)[0]
    lines = [line.strip() for line in summary.split("<br>")]
    assert len(lines) == 2 and all(len(line) > 20 for line in lines)
    # the script, with the topic's own steps between the universal ones
    script = html.split("<ol>", 1)[1].split("</ol>", 1)[0]
    for step in words["steps"]:
        assert step in script, step
    assert script.count("<li>") == 7  # five universal steps and the topic's two
    assert str(inert(followup_in(language))) in script
    # phrases to avoid: the topic's two and the general line
    assert section(html, words["avoid"], "ul").count("<li>") == 3
    # the reply draft, quoted in the note, greets by first name, has placeholders and the follow-up time
    assert words["reply"] in html
    assert reply.startswith(GREETING[language])
    assert re.search(r"\[[^\]]{3,}\]", reply)
    assert followup_in(language) in reply
    assert str(inert(reply.splitlines()[2])) in html
    # the marker, so calmdesk never posts twice
    assert ctx.marker in html and ctx.marker.startswith(MARKER_PREFIX)
    assert set(tags_of(html).tags) <= ALLOWED_TAGS and not tags_of(html).attributes


@pytest.mark.parametrize("language", SUPPORTED)
def test_topics_read_differently(language):
    bodies = {render_note(sample_context(topic, language)).reply_text.split("\n\n")[1] for topic in TOPICS}
    assert len(bodies) == len(TOPICS)


@pytest.mark.parametrize("language", SUPPORTED)
def test_reply_names_the_references_the_customer_gave(language):
    reply = render_note(sample_context("damaged_product", language)).reply_text
    assert "Kettle Pro 2" in reply and "#48213" in reply
    delivery = render_note(sample_context("delivery_delay", language)).reply_text
    assert "#48213" in delivery and "12 March" in delivery


def test_repeat_contact_and_churn_about_a_late_delivery_read_as_one_note():
    message = "This is the third time I'm writing. Where is order #48213? If it isn't here by Friday I'm cancelling."
    verdict = Verdict(True, "negative", -0.7, ("repeat_contact", "churn_threat"), (
        Evidence(SCORE_CUE, "If it isn't here by Friday I'm cancelling.", 60, 103),
        Evidence("repeat_contact", "third time", 12, 22),
        Evidence("churn_threat", "cancelling", 92, 102),
    ))
    rendered = render_note(NoteContext("zendesk", "77", verdict, 2, customer_name="Dana Whitfield",
                                       subject="Where is my order?", followup_text=SAMPLE_FOLLOWUP_TEXT,
                                       message_text=message))
    reply, html = rendered.reply_text, rendered.html
    assert rendered.playbook == "delivery_delay+repeat_contact+churn_threat"
    paragraphs = reply.strip().split("\n\n")
    # greeting, ownership first, then the delivery itself, then retention, then when they hear back, sign-off
    assert paragraphs[0] == "Hi Dana,"
    assert "more than once" in paragraphs[1] and "comes straight to me" in paragraphs[1]
    assert "order #48213" in paragraphs[2] and "still hasn't reached you" in paragraphs[2]
    assert "cancelling" in paragraphs[-3] and "put this right first" in paragraphs[-3]
    assert SAMPLE_FOLLOWUP_TEXT in paragraphs[-2]
    # one apology, one sign-off, one follow-up promise: composed, not stacked
    assert reply.count("I'm sorry") == 1 and reply.count("[Your name]") == 1 and reply.count(SAMPLE_FOLLOWUP_TEXT) == 1
    # the cue quoted inside the longer sentence joins it instead of being quoted twice
    why = section(html, "Why it was flagged", "ul")
    assert why.count("<li>") == 2
    assert "cancelling.&rdquo; <em>(wants to cancel)</em>" in why and "&ldquo;third time&rdquo; <em>(has chased before)</em>" in why
    # the note names both modifiers once each in the header, the summary and the script
    assert "late delivery, has chased before, wants to cancel." in html
    assert "They have had to chase this before. They say they will cancel or leave." in html
    script = html.split("<ol>", 1)[1].split("</ol>", 1)[0]
    assert script.count("single point of contact") == 1 and script.count("chance to fix it first") == 1
    assert script.count("<li>") == 9 and html.count("<ol>") == 1 and html.count("<blockquote>") == 1


def test_abuse_sets_a_boundary_and_says_what_happens_next():
    reply = render_note(sample_context("general", "en", ("abuse",))).reply_text
    assert "stay respectful" in reply and "If the insults continue, I'll [" in reply


def test_legal_threat_is_factual_and_brings_in_a_lead():
    rendered = render_note(sample_context("billing_refund", "en", ("legal_threat", "escalation_request")))
    assert "[lead's name]" in rendered.reply_text and rendered.reply_text.count("[lead's name]") == 1
    assert "Admit nothing" in rendered.html
    for admission in ("our fault", "our mistake", "we were wrong", "compensat"):
        assert admission not in rendered.reply_text.lower()


def test_escalation_request_loops_in_a_lead():
    rendered = render_note(sample_context("outage_bug", "de", ("escalation_request",)))
    assert "[Name der Teamleitung]" in rendered.reply_text and "Teamleitung" in rendered.html


def test_without_a_follow_up_time_the_reply_asks_for_one():
    for language, placeholder in {"en": "[when]", "es": "[cuándo]", "fr": "[quand]", "de": "[wann]"}.items():
        assert placeholder in render_note(sample_context("general", language, followup=False)).reply_text


def test_no_usable_name_gets_a_plain_greeting():
    for name in ("", "support@example.com", "<b>", "12345"):
        reply = render_note(sample_context("general", "en", customer_name=name)).reply_text
        assert reply.startswith("Hello,\n"), name


@pytest.mark.parametrize("name, first", [("maria GARCIA", "Maria"), ("Garcia, Maria", "Maria"),
                                          ("Dr. Jean-Luc Picard", "Jean-Luc"), ("O'Brien Miles", "O'Brien")])
def test_first_name(name, first):
    assert render_note(sample_context("general", "en", customer_name=name)).reply_text.startswith(f"Hi {first},")


def test_note_in_team_language_reply_in_customer_language():
    ctx = sample_context("delivery_delay", "es")
    ctx = NoteContext(**{**ctx.__dict__, "team_language": "en"})
    rendered = render_note(ctx)
    assert rendered.language == "es" and rendered.note_language == "en"
    assert "What they want" in rendered.html and "(Spanish; fill in every [bracket]" in rendered.html
    assert rendered.reply_text.startswith("Hola, Maria:")


def test_team_language_from_environment():
    from calmdesk.config import load_config
    from calmdesk.settings import load_settings

    templates = load_config(load_settings({"CALMDESK_TEAM_LANGUAGE": "de"})).templates
    ctx = sample_context("general", "fr")
    rendered = render_note(NoteContext(**{**ctx.__dict__, "team_language": templates.team_language}))
    assert rendered.note_language == "de" and "Anliegen" in rendered.html and rendered.language == "fr"


def test_reply_language_detected_from_message_when_no_locale():
    verdict = Verdict(True, "negative", -0.6, (), ())
    rendered = render_note(NoteContext("freshdesk", "9", verdict, 1, customer_name="Jean Dupont",
                                       message_text="Bonjour, je n'ai toujours pas reçu ma commande et personne ne répond."))
    assert rendered.language == "fr" and rendered.reply_text.startswith("Bonjour Jean,")
    assert rendered.note_language == "en"


def test_existing_callers_keep_working():
    verdict = Verdict(True, "very_negative", -0.9, ("abuse",), (Evidence("abuse", "idiots", 0, 6),))
    rendered = render_note(NoteContext("zendesk", "1", verdict, 3, "Sam Lee", "Help", "within 4 hours", "upset"))
    assert rendered.playbook == "general+abuse" and rendered.language == "en"
    assert "calmdesk-ref:zendesk-1-3" in rendered.html and "within 4 hours" in rendered.reply_text
    assert rendered.tags[:2] == ("calmdesk_flagged", "calmdesk_very_negative") and "calmdesk_abuse" in rendered.tags


def test_override_directory_takes_precedence(tmp_path, monkeypatch):
    (tmp_path / "replies" / "modifiers").mkdir(parents=True)
    (tmp_path / "replies" / "modifiers" / "churn_threat.en.txt.j2").write_text(
        "Before you decide, let me see what I can do. I'll come back to you with options.")
    ctx = sample_context("general", "en", ("churn_threat",), templates_dir=str(tmp_path))
    assert "Before you decide, let me see what I can do." in render_note(ctx).reply_text
    from calmdesk.config import load_config
    from calmdesk.settings import load_settings

    from_env = load_config(load_settings({"CALMDESK_TEMPLATES": str(tmp_path)})).templates.directory
    assert "Before you decide" in render_note(sample_context("general", "en", ("churn_threat",),
                                                            templates_dir=from_env)).reply_text
    unset = load_config(load_settings({})).templates.directory
    assert "Before you decide" not in render_note(sample_context("general", "en", ("churn_threat",),
                                                                templates_dir=unset)).reply_text


def test_overrides_render_in_a_sandbox(tmp_path):
    (tmp_path / "replies").mkdir()
    (tmp_path / "replies" / "refs.en.txt.j2").write_text(
        "{% macro item(fallback) %}{{ ''.__class__.__mro__[1].__subclasses__() }}{% endmacro %}")
    with pytest.raises(Exception, match="unsafe"):
        render_note(sample_context("delivery_delay", "en", templates_dir=str(tmp_path)))


def test_shipped_templates_pass_the_check(tmp_path):
    # An override identical to a shipped file is fine: the check renders everything and lints every reply.
    (tmp_path / "replies" / "topics").mkdir(parents=True)
    shipped = every_sample()[0]  # touch the samples so a broken sample set fails here too
    assert shipped.message_text
    (tmp_path / "replies" / "topics" / "general.en.txt.j2").write_text(
        (__import__("worker.writing.notes", fromlist=["TEMPLATES_DIR"]).TEMPLATES_DIR / "replies/topics/general.en.txt.j2").read_text())
    assert check_templates(tmp_path) == []


def test_check_reports_syntax_errors_with_file_and_line(tmp_path):
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "note.en.html.j2").write_text("<p>one</p>\n<p>{% if %}</p>\n")
    problems = check_templates(tmp_path)
    assert len(problems) == 1 and problems[0].startswith("notes/note.en.html.j2:2: ")


def test_check_reports_render_errors_with_file_and_line(tmp_path):
    (tmp_path / "replies" / "topics").mkdir(parents=True)
    (tmp_path / "replies" / "topics" / "outage_bug.fr.txt.j2").write_text(
        "{% macro body() %}Bonjour\n{{ no_such_value }}{% endmacro %}\n{% macro closing() %}x{% endmacro %}\n")
    problems = check_templates(tmp_path)
    assert problems and problems[0].startswith("replies/topics/outage_bug.fr.txt.j2:2: UndefinedError")


def test_check_reports_lint_findings_lost_marker_and_unknown_names(tmp_path):
    (tmp_path / "replies" / "modifiers").mkdir(parents=True)
    (tmp_path / "replies" / "modifiers" / "abuse.en.txt.j2").write_text("Please calm down, as per our policy.")
    (tmp_path / "notes").mkdir()
    note = (__import__("worker.writing.notes", fromlist=["TEMPLATES_DIR"]).TEMPLATES_DIR / "notes/note.de.html.j2").read_text()
    (tmp_path / "notes" / "note.de.html.j2").write_text(note.replace("{{ marker }}", "").replace("<ol>", "<ol><script>"))
    problems = check_templates(tmp_path)
    assert any("calm-down" in p and '"calm down"' in p for p in problems)
    assert any("policy" in p for p in problems)
    assert any("no longer contains {{ marker }}" in p for p in problems)
    assert any("script" in p and "tags" in p for p in problems)
    (tmp_path / "replies" / "reply.english.txt.j2").write_text("Hello")
    assert any(p.startswith("replies/reply.english.txt.j2: not a name calmdesk renders") for p in check_templates(tmp_path))


def test_check_explains_a_missing_directory(tmp_path):
    assert "not a directory" in check_templates(tmp_path / "nope")[0]
    assert "no *.j2 files" in check_templates(tmp_path)[0]


def test_preview_renders_a_note_for_raw_text():
    result = preview("This is the THIRD time I write! Where is my order 48213? Get me a manager NOW!!!", name="Ana López")
    assert set(result) >= {"playbook", "note_html", "reply_text", "language"}
    assert result["playbook"].startswith("delivery_delay")
    assert result["language"] == "en" and result["reply_text"].startswith("Hi Ana,")
    assert "#48213" in result["reply_text"] and "calmdesk-ref:preview-" in result["note_html"]


def test_preview_uses_the_given_locale():
    result = preview("Wo ist meine Bestellung? Niemand antwortet!", name="Jonas Weber", locale="es")
    assert result["language"] == "es" and result["reply_text"].startswith("Hola, Jonas:")
