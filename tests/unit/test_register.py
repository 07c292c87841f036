"""The draft mirrors how the customer addresses us: tú / tu / du back to a customer who writes so, usted / vous / Sie to a
formal one, today's default to one who gives no sign, and formal whenever the signs are mixed (the safer mistake).

Every message here is written for these tests (none comes from a data file)."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from html import unescape

import pytest

from worker.detector import SCORE_CUE, Evidence, Verdict
from worker.writing.notes import TEMPLATES_DIR, NoteContext, render_note
from worker.writing.preview import preview
from worker.writing.promise import promise_phrase
from worker.writing.reply_lint import lint_reply
from worker.writing.situation import read_situation
from worker.writing.template_check import check_templates

DECIDED = datetime(2026, 11, 24, 9, 0, tzinfo=timezone.utc)

# "You" in each register, as a reader of the draft would count it. Kept apart from reply_lint's own lists on purpose.
FORMAL_YOU = {"es": re.compile(r"\b(?:usted|ustedes|su|sus|le|les)\b", re.I),
              "fr": re.compile(r"\b(?:vous|votre|vos)\b", re.I),
              "de": re.compile(r"\b(?:Sie|Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihrer)\b")}
INFORMAL_YOU = {"es": re.compile(r"\b(?:tú|tu|tus|te|ti|contigo)\b", re.I),
                "fr": re.compile(r"\b(?:tu|te|toi|ton|ta|tes)\b|\bt'", re.I),
                "de": re.compile(r"\b(?:du|dich|dir|dein|deine|deinen|deinem|deiner)\b", re.I)}


def render(text: str, locale: str, *cues: str, name: str = "Ana Ruiz", team: str = "en", zone: str = ""):
    verdict = Verdict(True, "negative", -0.7, tuple(cues), (Evidence(SCORE_CUE, text, 0, len(text)),))
    return render_note(NoteContext(
        helpdesk="zendesk", ticket_id="15", verdict=verdict, escalation=1, customer_name=name, message_text=text,
        customer_locale=locale, team_language=team, followup_at=DECIDED + timedelta(hours=30), decided_at=DECIDED,
        followup_text="due Wed 25 Nov, 15:00 UTC", timezone=zone))


def ours(reply: str) -> str:
    """The draft without the customer's own words quoted back: those are theirs, in whatever register they wrote."""
    return re.sub(r"«[^»]*»|„[^“]*“", "", reply)


def register(text: str, language: str) -> str:
    return read_situation(text, "", (), language).register


# --- per language: informal in, informal out; formal in, formal out ---------------------------------------------------

INFORMAL_MESSAGES = {
    "es": "Hola, ¿me puedes decir dónde está mi pedido 5512? Llevo dos semanas esperando y ya estoy harta.",
    "fr": "Salut, tu peux me dire où en est ma commande 5512 ? Ça fait deux semaines que j'attends, j'en ai marre.",
    "de": "Hallo, kannst du mir sagen, wo meine Bestellung 5512 bleibt? Ich warte seit zwei Wochen und bin echt sauer.",
}
FORMAL_MESSAGES = {
    "es": "Estimados señores: les ruego me indiquen dónde está mi pedido 5512. Llevo dos semanas esperando. Atentamente.",
    "fr": "Madame, Monsieur, veuillez m'indiquer où en est ma commande 5512. J'attends depuis deux semaines. Cordialement.",
    "de": "Sehr geehrte Damen und Herren, bitte teilen Sie mir mit, wo meine Bestellung 5512 bleibt. Mit freundlichen Grüßen",
}
INFORMAL_OPENING = {"es": "Hola, Ana:", "fr": "Bonjour Ana,", "de": "Hallo Ana,"}
INFORMAL_SIGN_OFF = {"es": "Un saludo,", "fr": "À bientôt,", "de": "Viele Grüße"}


@pytest.mark.parametrize("language", ["es", "fr", "de"])
def test_an_informal_customer_gets_an_informal_draft_throughout(language):
    rendered = render(INFORMAL_MESSAGES[language], language, "repeat_contact", "churn_threat", "distress")
    reply = rendered.reply_text
    assert rendered.register == "informal"
    assert reply.startswith(INFORMAL_OPENING[language]) and INFORMAL_SIGN_OFF[language] in reply
    assert FORMAL_YOU[language].search(reply) is None, FORMAL_YOU[language].search(reply)
    assert len(INFORMAL_YOU[language].findall(reply)) >= 4  # every paragraph speaks to them, in their register


@pytest.mark.parametrize("language", ["es", "fr", "de"])
def test_a_formal_customer_gets_a_formal_draft_with_no_informal_word(language):
    rendered = render(FORMAL_MESSAGES[language], language, "repeat_contact", "churn_threat", "distress",
                      name="Sra. Ana Ruiz")
    assert rendered.register == "formal"
    assert INFORMAL_YOU[language].search(rendered.reply_text) is None
    assert FORMAL_YOU[language].search(rendered.reply_text)


@pytest.mark.parametrize("language, text", [
    ("es", "Buenas tardes. Usted me dijo que el técnico vendría ayer. ¿Puedes mirar qué ha pasado con la cita?"),
    ("es", "Estimados señores: ¿me puedes decir por qué me habéis cobrado dos veces la cuota?"),
    ("fr", "Bonjour Madame, tu peux me dire pourquoi la commande n'est jamais arrivée ? Cordialement"),
    ("fr", "Veuillez me rappeler. Tu comprends que ça ne peut pas durer."),
    ("de", "Hallo, kannst du nachsehen, wo mein Paket bleibt? Ich habe Ihnen schon zweimal geschrieben."),
    ("de", "Sehr geehrte Damen und Herren, habt ihr mein Paket verloren?"),
])
def test_mixed_signs_are_answered_formally(language, text):
    rendered = render(text, language)
    assert rendered.register == "formal"
    assert INFORMAL_YOU[language].search(ours(rendered.reply_text)) is None


@pytest.mark.parametrize("language, text, opening", [
    ("es", "El pedido 7781 no ha llegado y nadie contesta al teléfono. Es la tercera semana.", "Hola, Ana:"),
    ("fr", "Le colis 7781 n'est jamais arrivé et personne ne répond au téléphone.", "Bonjour Ana,"),
    ("de", "Das Paket 7781 ist nie angekommen und am Telefon geht niemand ran.", "Hallo Ana,"),
])
def test_no_sign_keeps_the_default_draft(language, text, opening):
    rendered = render(text, language)
    assert rendered.register == "neutral"
    assert rendered.reply_text.startswith(opening)
    assert INFORMAL_YOU[language].search(rendered.reply_text) is None  # the default speaks formally


@pytest.mark.parametrize("language", ["es", "fr", "de"])
def test_the_note_for_the_agent_stays_in_the_team_language(language):
    informal, neutral = render(INFORMAL_MESSAGES[language], language), render(FORMAL_MESSAGES[language], language)
    for rendered in (informal, neutral):
        head = " ".join(unescape(re.sub(r"<[^>]+>", " ", rendered.html.split("<blockquote>")[0])).split())
        assert rendered.note_language == "en" and "Draft (" in head and "fill every [bracket] before sending" in head
    german_team = render(INFORMAL_MESSAGES[language], language, team="de")
    assert german_team.note_language == "de" and "fill every [bracket]" not in german_team.html


def test_a_german_promise_in_the_customers_time_says_deine_to_a_du_customer():
    assert promise_phrase(DECIDED + timedelta(hours=3), DECIDED, "de", "Europe/Berlin", informal=True).endswith(
        "(deine Ortszeit)")
    assert promise_phrase(DECIDED + timedelta(hours=3), DECIDED, "de", "Europe/Berlin").endswith("(Ihre Ortszeit)")
    reply = render(INFORMAL_MESSAGES["de"], "de", zone="Europe/Berlin").reply_text
    assert "(deine Ortszeit)" in reply and "Ihre" not in reply


def test_preview_reports_the_register_of_the_draft():
    assert preview(INFORMAL_MESSAGES["fr"], name="Léa Martin")["register"] == "informal"
    assert preview(FORMAL_MESSAGES["de"], name="Jonas Weber")["register"] == "formal"
    assert preview("Das Paket 7781 ist nie angekommen und niemand ruft zurück.")["register"] == "neutral"
    informal = preview(INFORMAL_MESSAGES["es"], name="Ana Ruiz")
    assert informal["reply_text"].startswith("Hola, Ana:") and {"playbook", "note_html", "promise"} <= set(informal)


# --- what counts as informal, and what only looks like it ------------------------------------------------------------

@pytest.mark.parametrize("language, text, expected", [
    # Spanish: a greeting says nothing; tú forms, vosotros forms and tú imperatives do.
    ("es", "Hola, el router sigue sin funcionar desde el lunes.", "neutral"),
    ("es", "Buenos días, ¿me puedes ayudar con la factura de marzo?", "informal"),
    ("es", "Me habéis cobrado la cuota dos veces y nadie responde.", "informal"),
    ("es", "Dime de una vez cuándo llega la nevera.", "informal"),
    ("es", "Ustedes me cobraron dos veces, ¿tú me lo puedes devolver?", "informal"),  # "ustedes" is every plural
    ("es", "El portátil con Mac OS no arranca desde la actualización.", "neutral"),
    # French: "t'" contractions and tu-imperatives are tu; "le ton" is the tone, "remboursez-moi" is vous.
    ("fr", "Je t'écris pour la troisième fois au sujet de ma facture.", "informal"),
    ("fr", "Dis-moi juste quand le technicien passe.", "informal"),
    ("fr", "Le ton de l'agent au téléphone était franchement désagréable.", "neutral"),
    ("fr", "Remboursez-moi, la commande n'est jamais arrivée.", "neutral"),
    ("fr", "Salut, la box ne marche plus depuis hier.", "neutral"),
    ("fr", "Tu peux me dire pourquoi vous m'avez prélevé deux fois ?", "informal"),  # "vous" is also the company
    # German: lower-case "sie" is they, "ihr" alone may be her; du forms and ihr verb forms are informal.
    ("de", "Hallo, kannst du nachsehen? Die Pakete sind weg, sie kamen nie an.", "informal"),
    ("de", "Meine Mutter wartet seit Tagen, ich habe ihr gesagt, dass das Paket kommt.", "neutral"),
    ("de", "Habt ihr meine Rücksendung schon bekommen?", "informal"),
    ("de", "Hast du eine Idee, warum die App ständig abstürzt?", "informal"),
    ("de", "Warum buchen Sie jeden Monat zu viel ab?", "formal"),
])
def test_what_counts_as_informal(language, text, expected):
    assert register(text, language) == expected


@pytest.mark.parametrize("language, text", [
    ("es", "Dadme de baja hoy mismo, no pienso pagar otro mes por esto."),
    ("es", "Por favor, cancela mi suscripción ya. Me tenéis harta."),
    ("fr", "Résilie mon abonnement, tu m'entends ? J'en ai assez de ces coupures."),
    ("fr", "Je te demande de fermer mon compte aujourd'hui."),
    ("de", "Bitte kündigt mein Abo, ich habe die Nase voll."),
    ("de", "Kündige bitte meinen Vertrag zum Monatsende, du hast ja die Kundennummer."),
])
def test_a_cancel_request_said_informally_is_a_cancel_request(language, text):
    situation = read_situation(text, "", (), language)
    assert situation.cancel_request and situation.register == "informal"


@pytest.mark.parametrize("language, text", [
    ("es", "Nadie cancela mi suscripción aunque lo he pedido tres veces."),
    ("fr", "Je résilie mon abonnement si rien ne change."),
    ("de", "Ich kündige meinen Vertrag, wenn das so weitergeht."),
])
def test_a_statement_or_a_condition_is_not_an_informal_cancel_request(language, text):
    assert not read_situation(text, "", (), language).cancel_request


# --- the checks hold every draft to one register ---------------------------------------------------------------------

@pytest.mark.parametrize("language, draft, register_, word", [
    ("de", "Hallo Jonas,\n\nich melde mich morgen bei Ihnen, auch wenn es nur ein Zwischenstand ist.\n", "informal", "Ihnen"),
    ("es", "Hola, Ana:\n\nLe escribiré mañana, aunque sea solo para contarte cómo va.\n", "informal", "Le"),
    ("fr", "Bonjour Léa,\n\nJe reviens vers vous demain, même si c'est seulement pour faire le point.\n", "informal", "vous"),
    ("fr", "Bonjour,\n\nJe reviens vers toi demain, même si c'est seulement pour faire le point.\n", "formal", "toi"),
    ("fr", "Bonjour,\n\nVous nous écrivez : « tu verras bien ». Je t'appelle demain.\n", "formal", "t'"),
    ("es", "Buenos días:\n\nTe escribiré mañana, aunque sea solo para contarle cómo va.\n", "neutral", "Te"),
    ("de", "Guten Tag,\n\nich melde mich morgen bei dir, auch wenn es nur ein Zwischenstand ist.\n", "formal", "dir"),
])
def test_lint_finds_a_word_of_the_other_register(language, draft, register_, word):
    found = [f for f in lint_reply(draft, language, register_) if f.code == "register"]
    assert [f.quote for f in found] == [word]
    assert not [f for f in lint_reply(draft, language) if f.code == "register"]  # register unknown: no opinion


HALF_EDITED = {  # an informal sentence whose formal word was left in
    "es": ("Te escribiré {{ followup", "Le escribiré {{ followup"),
    "fr": ("Je reviens vers toi {{ followup", "Je reviens vers vous {{ followup"),
    "de": ("bei dir, auch wenn", "bei Ihnen, auch wenn"),
}


def test_a_half_edited_informal_sentence_fails_the_template_check(tmp_path):
    (tmp_path / "replies").mkdir()
    for language, (informal_sentence, formal_leftover) in HALF_EDITED.items():
        shipped = (TEMPLATES_DIR / f"replies/reply.{language}.txt.j2").read_text()
        assert informal_sentence in shipped
        (tmp_path / "replies" / f"reply.{language}.txt.j2").write_text(shipped.replace(informal_sentence, formal_leftover))
    problems = check_templates(tmp_path)
    assert problems and all(" (informal) " in p and "register:" in p for p in problems)
    assert {p.split()[2] for p in problems} == {"es", "fr", "de"}


def test_an_override_with_one_register_is_held_to_its_own_forms(tmp_path):
    (tmp_path / "replies").mkdir()
    sie = ("Guten Tag,\n\nich habe mir Ihren Fall angesehen. Ich melde mich {{ followup or '[wann]' }} bei Ihnen, "
           "auch ohne Neuigkeiten.\n\nViele Grüße\n")
    du = ("Hallo,\n\nich habe mir deinen Fall angesehen. Ich melde mich {{ followup or '[wann]' }} bei dir, "
          "auch wenn du noch nichts Neues hörst.\n\nViele Grüße\n")  # a brand that says du to everyone
    for one_register in (sie, du):
        (tmp_path / "replies" / "reply.de.txt.j2").write_text(one_register)
        assert check_templates(tmp_path) == []
    (tmp_path / "replies" / "reply.de.txt.j2").write_text(du.replace("deinen Fall", "Ihren Fall"))
    problems = check_templates(tmp_path)
    assert problems and all("register:" in p and '"Ihren"' in p for p in problems)
