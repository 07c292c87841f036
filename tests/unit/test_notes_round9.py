"""Draft classes from session 9's read of 24 drafts for new writers, each tested on messages written here:
- "no cars available until tomorrow afternoon" is how long the company makes them wait, not their deadline;
- a charge taken again and again is not refunded as one instance of it ("refunding the £165" of two £165 charges);
- an account or a domain taken over, with no money named, is secured: the draft does not block a card "so no more
  money can be taken"."""

import pytest

from worker.writing.facts import extract_facts
from worker.writing.preview import preview
from worker.writing.reply_lint import lint_reply

COMPANY_WAITS = [
    "The rental desk says there are no cars available until tomorrow afternoon and we have a wedding to get to. Disgraceful.",
    "Your engineer can't come until Thursday and we have had no hot water since the weekend. This is ridiculous.",
    "No hay técnicos disponibles hasta el lunes y tengo un bebé en casa. Es una vergüenza.",
    "Sie haben keinen Termin bis Freitag, 12. Mai. Unglaublich, wir sitzen ohne Heizung da.",
]


@pytest.mark.parametrize("text", COMPANY_WAITS)
def test_how_long_the_company_makes_them_wait_is_not_their_deadline(text):
    deadline = extract_facts(text).deadline
    assert deadline is None or not deadline.text.lower().startswith(("until", "hasta", "bis"))

def test_a_draft_does_not_tell_them_they_need_it_sorted_by_the_companys_date():
    reply = preview(COMPANY_WAITS[0], name="Sam Okafor")["reply_text"]
    assert "until tomorrow afternoon" not in reply


@pytest.mark.parametrize("text, deadline", [
    ("If it isn't fixed until Monday I'm cancelling, I've had enough.", "until Monday"),
    ("Wenn das nicht bis Freitag erledigt ist, kündige ich. Es reicht.", "bis Freitag"),
    ("I need this sorted by Friday, it's the third time I've asked.", "by Friday"),
])
def test_a_deadline_they_set_stays_one(text, deadline):
    assert extract_facts(text).deadline.text == deadline


@pytest.mark.parametrize("language, text, wrong", [
    ("en", "I cancelled my gym membership in November. You've charged me £45 on 1 December and again on 1 January. "
           "This is a joke, refund it.", "refunding the £45"),
    ("en", "I closed the plan in October and you have billed me $9.99 again for November and December. Ridiculous.",
     "refunding the $9.99"),
    ("es", "Cancelé la suscripción hace tres meses y me seguís cobrando los 7,99 €. Qué vergüenza, devolvedme el dinero.",
     "devuelvo los 7,99 €"),
    ("fr", "J'ai résilié en janvier et vous m'avez encore prélevé 19,90 € en février et en mars. C'est scandaleux.",
     "rembourse les 19,90 €"),
])
def test_a_charge_taken_again_and_again_is_not_refunded_as_one(language, text, wrong):
    note = preview(text, name="Sam Okafor", locale=language)
    assert note["topic"] == "charged_after_cancel"
    assert wrong not in note["reply_text"]
    assert lint_reply(note["reply_text"], language) == []


def test_the_sum_they_ask_back_is_the_refund_and_a_single_charge_is_still_named():
    asked = preview("I cancelled in November. You charged me £45 on 1 December and again on 1 January. This is a "
                    "joke. Please refund £90 now.", name="Sam Okafor")["reply_text"]
    assert "refunding the £90" in asked
    once = preview("I cancelled my subscription on 3 March and you still took £12.99 on 1 April. Unacceptable, I "
                   "want it back.", name="Sam Okafor")["reply_text"]
    assert "refunding the £12.99" in once


TAKEOVERS = [
    ("en", "Someone logged into my account overnight, changed my email address and my password. I did not do this. "
           "I'm frightened, lock it now!", "no more money"),
    ("es", "Alguien ha entrado en mi cuenta y ha cambiado mi correo y mi contraseña sin mi permiso. Estoy muy asustada, "
           "bloqueen la cuenta ya.", "más dinero"),
    ("es", "Oye, alguien ha entrado en mi cuenta sin mi permiso y me ha cambiado el correo y la contraseña. Tengo miedo, "
           "bloquéamela ya, porfa.", "más dinero"),
    ("fr", "Quelqu'un s'est connecté à mon compte cette nuit et a changé mon adresse e-mail et mon mot de passe. Ce "
           "n'est pas moi. J'ai peur, bloquez le compte tout de suite !", "aucun autre débit"),
    ("de", "Jemand hat sich heute Nacht in mein Konto eingeloggt und meine E-Mail-Adresse und mein Passwort geändert. "
           "Das war ich nicht. Ich habe Angst, sperren Sie das Konto sofort!", "kein weiteres Geld"),
]


@pytest.mark.parametrize("language, text, money_words", TAKEOVERS)
def test_an_account_taken_over_without_money_is_secured_not_blocked_for_money(language, text, money_words):
    note = preview(text, name="Sam Okafor", locale=language)
    assert note["topic"] == "fraud_or_security"
    reply = note["reply_text"]
    assert money_words not in reply
    assert any(word in reply for word in ("secured your account", "protegido", "sécurisé", "Konto gesichert"))
    assert lint_reply(reply, language) == []


def test_money_taken_by_fraud_still_gets_the_card_blocked_and_a_claim():
    reply = preview("Someone used my card to buy £400 of vouchers on your site. I didn't authorise it. Please stop "
                    "this now, I'm scared.", name="Sam Okafor")["reply_text"]
    assert "no more money can be taken" in reply and "fraud claim for the £400" in reply


@pytest.mark.parametrize("text, mockery", [
    ("Great packaging, guys. One sheet of bubble wrap around a ceramic lamp and it arrived in three pieces, shocker. "
     "Order #4410. I want a refund.", "shocker"),
    ("The replacement router you sent is the same faulty model, what a surprise. I want one that works.", "surprise"),
])
def test_a_sarcastic_aside_after_the_grievance_is_not_quoted_back(text, mockery):
    note = preview(text, name="Sam Okafor")
    assert mockery not in note["reply_text"]
    assert any(fact["kind"] == "what_happened" for fact in note["facts"])


def test_a_refund_asked_back_in_german_is_the_sum_refunded():
    reply = preview("Ich habe zum 31.03. gekündigt. Trotzdem haben Sie am 01.04. und am 01.05. jeweils 29 € abgebucht. "
                    "Unverschämt. Ich erwarte die Rückzahlung von 58 € sofort.", name="Sam Okafor", locale="de")["reply_text"]
    assert "erstatte die 58 €" in reply
