"""Draft classes from session 10's read of drafts for round 10's writers, each tested on messages written here:
- tickets they bought ("4 tickets for tonight") are not support tickets: no "you've had to contact us five times";
- a cancellation confirmation asked for ("send me confirmation of the cancellation") is of a cancellation asked now,
  not one made before: no "charged after cancelling";
- swearing is never quoted back in the draft ("You told us: 'Ffs, ...'"), and "ffs" is swearing."""

import pytest

from worker.detector import detect
from worker.writing.facts import extract_facts
from worker.writing.preview import preview
from worker.writing.topics import choose_topic


@pytest.mark.parametrize("text", [
    "I emailed on Monday and nobody answered. I bought 3 tickets for the matinee tomorrow and they never came.",
    "Compré 4 entradas para el concierto del sábado y no me han llegado. Os escribí ayer.",
])
def test_tickets_bought_are_not_contacts(text):
    assert extract_facts(text).contacts_before == 0


@pytest.mark.parametrize("text, count", [
    ("I have opened three tickets about this and still no answer.", 3),
    ("I raised 2 support tickets last week and both were closed unanswered.", 2),
])
def test_support_tickets_opened_are_contacts(text, count):
    assert extract_facts(text).contacts_before == count


@pytest.mark.parametrize("text", [
    "Cancel my membership today. You charge me £45 a month for a pool that has been shut since May. "
    "Send me written confirmation of the cancellation.",
    "Quiero darme de baja hoy. Me cobráis 30 € al mes y la piscina lleva cerrada desde mayo. "
    "Mandadme por escrito la confirmación de la baja.",
])
def test_a_confirmation_asked_for_is_no_earlier_cancellation(text):
    assert choose_topic(text, cues=tuple(detect(text).cues)) != "charged_after_cancel"


def test_a_cancellation_confirmed_before_still_is_one():
    text = "I got the cancellation confirmation on 2 May and you charged me £45 again on 1 June. Refund it."
    assert choose_topic(text, cues=tuple(detect(text).cues)) == "charged_after_cancel"


@pytest.mark.parametrize("text", [
    "Ffs, the third box in a row turned up crushed. Can you please pack things properly?",
    "Bloody hell, the blender arrived with the jug cracked in two. I want a replacement.",
])
def test_swearing_is_never_quoted_back_in_the_draft(text):
    result = preview(text, name="Jo Bright")
    assert result["flagged"]
    reply = result["reply_text"].lower()
    assert "ffs" not in reply and "bloody" not in reply


def test_ffs_is_swearing():
    assert "profanity" in detect("Ffs, the app logged me out again in the middle of paying.").cues


REFUND_THEN_CLOSE = [
    ("The refund of £40 you promised a month ago has never arrived. Refund me and then close my account.", "£40", "close your account"),
    ("El reembolso de 40 € que me prometisteis hace un mes todavía no ha llegado. Devolvedme el dinero y dadme de baja.",
     "40 €", "cuenta"),
    ("Le remboursement de 40 € promis il y a un mois n'est toujours pas arrivé. Je vous demande de résilier mon abonnement.",
     "40 €", "résilier"),
    ("Die Erstattung über 40 €, die Sie mir vor einem Monat zugesagt haben, ist nie angekommen. Bitte kündigen Sie mein Abo.",
     "40 €", "Abo"),
]


@pytest.mark.parametrize("text, amount, closing", REFUND_THEN_CLOSE)
def test_a_refund_never_received_is_answered_before_the_closure_they_ask_for(text, amount, closing):
    result = preview(text, name="Alex Moreau")
    assert result["topic"] == "refund_not_received"
    reply = result["reply_text"]
    assert amount in reply and closing in reply
    assert reply.index(amount) < reply.index(closing)


def test_a_plain_cancel_request_gets_the_closure_alone():
    reply = preview("Cancel my subscription today please, I no longer need it. Thanks.", name="Alex Moreau")["reply_text"]
    assert "I'll also" not in reply


@pytest.mark.parametrize("text", [
    "Fix the refund or I'm booking direct with the airline from now on.",
    "Sort it out, or from now on I shop elsewhere, and I'll tell my colleagues to do the same.",
])
def test_from_now_on_is_a_resolve_not_a_deadline(text):
    deadline = extract_facts(text).deadline
    assert deadline is None or deadline.text.lower() != "now"


@pytest.mark.parametrize("text, count", [
    ("Cinco correos enviados sobre la factura y nadie responde.", 5),
    ("Fünf E-Mails zu derselben Rechnung, keine Antwort.", 5),
    ("Six emails about the same invoice and not one answer.", 6),
])
def test_contacts_counted_with_five_and_six(text, count):
    assert extract_facts(text).contacts_before == count
