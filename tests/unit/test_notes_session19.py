"""Session 19: facts and draft flags read from round 19's read drafts. Every sentence here is new.

- A count followed by a unit of time is how long ago, not how many contacts ("I asked you five weeks ago" made a brief
  say "6th contact").
- An ordinal opening a sentence before a colon or a dash says this message is their Nth ("Zum dritten Mal: ...").
- A bank's or a company's emergency line ("el teléfono de urgencias") is no health emergency of the customer's.
"""

import pytest

from worker.writing.facts import extract_facts
from worker.writing.preview import preview
from worker.writing.situation import _their_health


@pytest.mark.parametrize("text", [
    "I asked you four weeks ago for my deposit back and nothing has happened.",
    "I emailed three working days ago about the broken hinge.",
    "Escribí hace dos semanas y nadie me ha contestado.",
    "J'ai appelé il y a trois jours, toujours rien.",
    "I raised it two months ago with your shop in Leeds.",
])
def test_a_count_of_time_is_no_count_of_contacts(text):
    assert extract_facts(text).contacts_before == 0


@pytest.mark.parametrize("text, n", [
    ("I have emailed three times about the broken hinge.", 3),
    ("I called 4 times in two weeks and nobody called back.", 4),
    ("He llamado dos veces en tres semanas.", 2),
])
def test_a_count_of_contacts_beside_a_time_still_counts(text, n):
    assert extract_facts(text).contacts_before == n


@pytest.mark.parametrize("text, n", [
    ("Zum dritten Mal: Die Lieferung ist unvollständig, es fehlt der Deckel.", 2),
    ("For the fourth time - the charger you sent does not fit this model.", 3),
    ("Por segunda vez: la factura sigue sin llegar.", 1),
])
def test_an_ordinal_opening_a_sentence_before_a_colon_counts_this_message(text, n):
    assert extract_facts(text).contacts_before == n


def test_an_ordinal_inside_the_story_is_not_this_message():
    assert extract_facts("The courier failed for the third time: the parcel is back at the depot.").contacts_before == 0


@pytest.mark.parametrize("text", [
    "Me han vaciado la cuenta y el teléfono de urgencias del banco me tiene en espera desde hace media hora.",
    "Quelqu'un a utilisé ma carte et la ligne des urgences ne répond pas.",
])
def test_a_companys_emergency_line_is_no_health_emergency(text):
    assert not _their_health(text)


def test_a_stay_in_the_emergency_room_still_is():
    assert _their_health("Estoy en urgencias con dolor de pecho y nadie me atiende al teléfono.")
    assert _their_health("Je suis aux urgences depuis ce matin, impossible de joindre votre service.")


def test_the_fraud_victims_draft_sends_no_one_to_the_emergency_services():
    text = ("Alguien ha sacado 900 € de mi cuenta esta mañana, no he sido yo. Estoy temblando. El teléfono de "
            "urgencias del banco me tiene en espera desde hace cuarenta minutos. Bloqueen la tarjeta ya, por favor.")
    reply = preview(text, name="Lucía Gómez")["reply_text"]
    assert "emergencia" not in reply.lower() and "urgencias" not in reply.lower(), reply


@pytest.mark.parametrize("text", [
    "Your agent promised to cancel the charge, and now I've had a letter about debt collection.",
    "I asked you to refund me, but now they're telling me the return never arrived.",
    "Please sort the meter, so now we have two bills for the same month.",
])
def test_now_opening_what_happened_since_is_no_deadline(text):
    assert extract_facts(text).deadline is None


@pytest.mark.parametrize("text", [
    "Please cancel it now, I am moving abroad.",
    "Fix the login now, we are losing orders.",
    "I need someone to call me now.",
])
def test_now_after_a_demand_still_is(text):
    deadline = extract_facts(text).deadline
    assert deadline is not None and deadline.text.lower() == "now"


@pytest.mark.parametrize("text", [
    "Please stop my weekly veg box from today, I'm moving.",
    "Cancel the gym membership as of today please.",
])
def test_when_a_cancellation_takes_effect_is_no_deadline(text):
    assert extract_facts(text).deadline is None


def test_a_cancellation_asked_for_today_still_is():
    deadline = extract_facts("Cancel the membership today, I won't pay another month.").deadline
    assert deadline is not None and deadline.text == "today"
