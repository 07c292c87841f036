"""Session 21: 30 drafts of round 21's read writers (62, 63) read as a support lead, and the unsendable ones mended as
classes. Every sentence here is new.

- "right now" / "ahora mismo" closing or opening the state they are in is no deadline (nb-62-025, nb-42-011).
- "Mail" counts as a contact in German and French ("die zweite Mail", "mon troisième mail"; nb-63-067).
- A customer who addresses the company as lowercase "ihr" writes informally (nb-63-034, nb-12-100, nb-30-082,
  nb-44-092, all labelled informal).
"""

import pytest

from worker.writing.facts import extract_facts
from worker.writing.preview import preview
from worker.writing.situation import _register


def _draft(text: str, locale: str | None = None, subject: str = "") -> dict:
    return preview(text, "Robin Hale", locale, subject=subject)


# --- 6. "right now" telling their state --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "With everything going on in our family right now I really don't have the energy to chase this. You charged us "
    "twice for the same stay.",
    "Con todo lo que está pasando en casa ahora mismo no tengo fuerzas para discutir. Me habéis cobrado dos veces.",
    "Mi marido está en el paro y ahora mismo nos quedan 60 € hasta fin de mes. Devolvednos el cargo duplicado.",
])
def test_right_now_telling_their_state_is_no_deadline(text):
    deadline = extract_facts(text).deadline
    assert deadline is None or "now" not in deadline.text.lower() and "ahora" not in deadline.text.lower()


@pytest.mark.parametrize("text", [
    "Block my card right now, someone is spending on it.",
    "Por favor, bloqueen la tarjeta ahora mismo, alguien la está usando.",
])
def test_right_now_after_a_demand_is_still_the_deadline(text):
    """Near misses: after a demand the time word is when they need it."""
    deadline = extract_facts(text).deadline
    assert deadline is not None and deadline.text.lower() in ("right now", "ahora mismo")


# --- 7. "Mail" counted as a contact ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, before", [
    ("Das ist jetzt die dritte Mail, die ich euch wegen der Abbuchung schreibe. Ich will mein Geld zurück.", 2),
    ("C'est mon deuxième mail à ce sujet et toujours rien. Je veux être remboursée.", 1),
])
def test_a_mail_counts_as_a_contact(text, before):
    assert extract_facts(text).contacts_before == before


def test_a_mail_they_were_sent_is_no_contact_of_theirs():
    """Near miss: the company's mail, counted, is not the customer's contact."""
    text = "Das ist die zweite Mail, die ihr mir geschickt habt, und wieder steht ein falscher Betrag drin."
    assert extract_facts(text).contacts_before == 0


# --- 8. lowercase "ihr" -------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Hallo,\n\nihr verlangt jetzt 5 € Versand für jede Bestellung? Das ist doch ein Witz.",
    "Warum bucht ihr zweimal ab? Ich hab das schon gemeldet.",
    "Wenn ihr das nicht bis Freitag löst, bin ich weg.",
])
def test_lowercase_ihr_addressing_the_company_is_informal(text):
    assert _register(text, "de") == (False, True)


@pytest.mark.parametrize("text", [
    "Ich habe ihr gesagt, dass das Paket morgen kommt. Wo ist es?",
    "Meine Mutter schreibt, dass ihr Konto gesperrt ist. Bitte prüfen.",
    "Ihr Techniker war nicht da. Ich bin sehr verärgert.",
])
def test_ihr_as_her_or_as_your_is_not_informal(text):
    """Near misses: "ihr" as her (dative or possessive) and "Ihr" as the formal your."""
    assert _register(text, "de")[1] is False


def test_an_ihr_draft_uses_du():
    reply = _draft("ihr erhöht schon wieder den Preis für mein Abo von 7,99 auf 9,99 €. Echt jetzt? Überzeugt mich, "
                   "warum ich bleiben soll.", "de")["reply_text"]
    assert "deinen Ärger" in reply or "dein" in reply
    assert "Ihren Ärger" not in reply
