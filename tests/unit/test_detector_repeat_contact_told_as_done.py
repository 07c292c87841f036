"""Repeat contact (session 23): earlier contacts told in grammar the rules missed: a fault logged N times with "I've", a
ticket opened under its number, a form filled in with "still no decision", a report made on someone's behalf the same
day, calls counted in fr/es/de, a fault reported N times in fr/es, a wait counted in minutes on the chat or on hold.
Every sentence here is new, not from a data file."""

import pytest

from worker.detector import detect


@pytest.mark.parametrize("text", [
    "The boiler failed again. I've logged it twice since (ticket SR-4411) and nobody came.",
    "I opened ticket #4412 on Monday and have had one automated reply. The payroll file still won't upload.",
    "I filled in your online claim form on the 4th and still no decision.",
    "He reported it the same day and you still refused the refund.",
    "Je l'ai signalé deux fois depuis, ticket 5521, sans retour.",
    "J'ai essayé d'appeler trois fois ce matin, ça sonne occupé.",
    "He intentado llamaros cuatro veces esta semana y nadie coge el teléfono.",
    "Ich habe dreimal versucht, Sie telefonisch zu erreichen, immer besetzt.",
    "Lo hemos reclamado dos veces y la factura sigue mal.",
    "Been waiting 40 minutes on chat and now this form.",
])
def test_an_earlier_contact_told_as_done_is_repeat_contact(text):
    assert "repeat_contact" in detect(text).cues


@pytest.mark.parametrize("text", [
    "Ich habe es gestern zweimal versucht, aber das Login klappt nicht. Was mache ich falsch?",
    "I was waiting 20 minutes at the bus stop before the coach came, just so you know the timetable is off.",
    "I opened the parcel on Monday and the lamp inside works perfectly, thank you.",
    "J'ai essayé deux fois de me connecter à l'application, sans succès. Pouvez-vous m'aider ?",
])
def test_an_attempt_that_is_no_contact_is_not_repeat_contact(text):
    assert "repeat_contact" not in detect(text).cues


@pytest.mark.parametrize("text", [
    "It is now day 12 and I've had nothing but an auto-acknowledgement.",
    "Three weeks on, we have had only an auto-reply to the complaint.",
])
def test_only_an_automatic_acknowledgement_since_is_repeat_contact(text):
    """Session 23 (the dev corpus's hd-0132): the automatic acknowledgement is the firm's answer to an earlier contact,
    written with a hyphen too."""
    assert "repeat_contact" in detect(text).cues
