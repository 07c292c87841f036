"""lint_reply: what makes an upset customer angrier, in four languages; every shipped reply passes it."""

from __future__ import annotations

import pytest

from calmdesk.languages import SUPPORTED
from worker.writing.notes import render_note
from worker.writing.playbooks import MODIFIERS, TOPICS
from worker.writing.reply_lint import lint_reply
from worker.writing.template_samples import every_sample, sample_context

CLEAN = {
    "en": "Hi Sam,\n\nI'm sorry your order is late. Next, I'll chase the carrier and update you by Friday 14:00.",
    "es": "Hola, Sam:\n\nSiento el retraso. Ahora voy a reclamar al transportista y le escribo antes del viernes.",
    "fr": "Bonjour Sam,\n\nJe regrette ce retard. Je vais relancer le transporteur et je reviens vers vous d'ici vendredi.",
    "de": "Hallo Sam,\n\nEs tut mir leid. Als Nächstes werde ich beim Paketdienst nachhaken und melde mich bis Freitag.",
}

BAD = [
    ("en", "calm-down", "Please calm down, I'll check and reply by Monday.", "calm down"),
    ("en", "calm-down", "There's no need to get upset. I'll reply by Monday.", "There's no need to get upset"),
    ("en", "blame", "You should have read the instructions. I'll reply by Monday.", "You should have"),
    ("en", "blame", "You failed to enter the code. I'll reply by Monday.", "You failed to"),
    ("en", "blame", "As I already told you, I'll reply by Monday.", "As I already told you"),
    ("en", "blame", "You're wrong about the fee. I'll reply by Monday.", "You're wrong"),
    ("en", "policy", "As per our policy, I'll reply by Monday.", "As per our policy"),
    ("en", "double-talk", "Mistakes were made. I'll reply by Monday.", "Mistakes were made"),
    ("en", "double-talk", "We apologize for any inconvenience this may have caused. I'll reply by Monday.",
     "We apologize for any inconvenience this may have caused"),
    ("en", "double-talk", "Rest assured I'll reply by Monday.", "Rest assured"),
    ("en", "over-promise", "I guarantee I'll reply by Monday.", "guarantee"),
    ("en", "over-promise", "This will never happen again. I'll reply by Monday.", "will never happen again"),
    ("en", "over-promise", "You will receive a full refund. I'll reply by Monday.", "You will receive a full refund"),
    ("es", "calm-down", "Cálmese, por favor. Le escribo mañana.", "Cálmese"),
    ("es", "blame", "Usted debería haber leído el correo. Le escribo mañana.", "Usted debería haber"),
    ("es", "policy", "Según nuestra política, le escribo mañana.", "Según nuestra política"),
    ("es", "double-talk", "Disculpe las molestias que esto le haya ocasionado. Le escribo mañana.",
     "Disculpe las molestias que esto le haya ocasionado"),
    ("es", "over-promise", "Le garantizo que lo tendrá el lunes. Le escribo mañana.", "garantizo"),
    ("es", "over-promise", "Esto nunca volverá a pasar. Le escribo mañana.", "nunca volverá a pasar"),
    ("fr", "calm-down", "Calmez-vous, je vais vérifier d'ici demain.", "Calmez-vous"),
    ("fr", "blame", "Vous auriez dû lire la notice. Je vais vérifier d'ici demain.", "Vous auriez dû"),
    ("fr", "policy", "Conformément à notre politique, je vais vérifier d'ici demain.", "Conformément à notre politique"),
    ("fr", "double-talk", "Nous nous excusons pour la gêne occasionnée. Je vais vérifier d'ici demain.",
     "Nous nous excusons pour la gêne occasionnée"),
    ("fr", "over-promise", "Cela ne se reproduira plus. Je vais vérifier d'ici demain.", "ne se reproduira plus"),
    ("de", "calm-down", "Beruhigen Sie sich bitte. Ich melde mich bis morgen.", "Beruhigen Sie sich"),
    ("de", "blame", "Sie hätten die Anleitung lesen müssen. Ich melde mich bis morgen.",
     "Sie hätten die Anleitung lesen müssen"),
    ("de", "policy", "Gemäß unseren Richtlinien melde ich mich bis morgen.", "Gemäß unseren Richtlinien"),
    ("de", "double-talk", "Wir entschuldigen uns für etwaige Unannehmlichkeiten. Ich melde mich bis morgen.",
     "Wir entschuldigen uns für etwaige Unannehmlichkeiten"),
    ("de", "over-promise", "Das wird nie wieder passieren. Ich melde mich bis morgen.", "wird nie wieder passieren"),
]


@pytest.mark.parametrize("language", SUPPORTED)
def test_a_plain_reply_with_a_next_step_and_a_time_is_clean(language):
    assert lint_reply(CLEAN[language], language) == []


@pytest.mark.parametrize("language, code, text, quote", BAD)
def test_each_rule_flags_its_phrase_with_span_and_suggestion(language, code, text, quote):
    findings = [f for f in lint_reply(text, language) if f.code == code]
    assert len(findings) == 1, lint_reply(text, language)
    finding = findings[0]
    assert finding.quote.lower() == quote.lower()
    assert text[finding.start:finding.end].replace("’", "'").lower() == quote.lower()
    assert finding.suggestion and finding.suggestion.lower() != quote.lower()


@pytest.mark.parametrize("language, text", [
    ("en", "I'm sorry this happened."), ("es", "Siento lo ocurrido."), ("fr", "Je regrette ce qui s'est passé."),
    ("de", "Es tut mir leid, was passiert ist."),
])
def test_missing_next_step(language, text):
    assert [f.code for f in lint_reply(text, language)] == ["no-next-step"]


@pytest.mark.parametrize("language, text", [
    ("en", "Sorry. I'll look into it."), ("es", "Lo siento. Voy a revisarlo."), ("fr", "Désolé. Je vais vérifier."),
    ("de", "Entschuldigung. Ich werde das prüfen."),
])
def test_next_step_without_a_time(language, text):
    assert [f.code for f in lint_reply(text, language)] == ["no-follow-up-time"]


def test_typographic_apostrophes_are_read_like_plain_ones():
    assert [f.code for f in lint_reply("You’re wrong. I’ll reply by Monday.")] == ["blame"]


def test_words_that_only_look_alike_are_not_flagged():
    text = "The warranty covers this. You should not have had to chase us. I'll write by Monday."
    assert lint_reply(text) == []


def test_unknown_language_falls_back_to_english():
    assert [f.code for f in lint_reply("Calm down. I'll reply by Monday.", "pt")] == ["calm-down"]


def test_findings_print_as_one_line_each():
    (finding,) = lint_reply("As per our policy I'll reply by Monday.")
    assert str(finding).startswith('policy: "As per our policy" -> ')


def test_every_shipped_reply_passes_the_linter():
    samples = every_sample() + [
        sample_context(topic, language, modifiers, followup=False, customer_name="")
        for topic in TOPICS for language in SUPPORTED for modifiers in ((), MODIFIERS)
    ]
    seen = set()
    for ctx in samples:
        rendered = render_note(ctx)
        seen.add((rendered.playbook.split("+")[0], rendered.language))
        assert lint_reply(rendered.reply_text, rendered.language) == [], (rendered.playbook, rendered.language)
    assert seen == {(topic, language) for topic in TOPICS for language in SUPPORTED}
