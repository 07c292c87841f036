"""Session 21b: 30 drafts of round 22's read writer 65 read as a support lead, and the unsendable ones mended as classes.
Every sentence here is new.

- An event told in the past ("the DJ you sent to our party on Friday was drunk", "ist heute um 16 Uhr gestürzt") is the
  story, not a date they need something by: no deadline, no "I know time is short" (nb-65-015, nb-65-087; siblings
  nb-23-021, nb-38-067, nb-54-042).
- A short code the text names as a code after it ("1257L emergency codes", "K475 tax codes", "PX2041 error code",
  "l'article L121-11 du Code des assurances") is no reference to look up (nb-65-046, nb-41-055, nb-42-097).
- A letter that opens "Dear <company>," on its own line is formal (nb-65-046 got "Hi Wei ... All the best"; 36 read
  lines open so and are labelled formal, 2 neutral).
- Damage or a defect in work done (a fitter, an installer, builders, "you fitted"), in their home or in the company's
  own mains is put right, not "collected" as an item (nb-65-021, nb-65-075, nb-65-003; siblings nb-21-028, nb-12-056,
  nb-57-097, nb-60-068, nb-24-047, nb-22-093, nb-4-099).
- A relative's death told as "murió", "ha muerto", "est mort(e)", "la mort de ma femme" or "starb" is a bereavement,
  as "died" is (nb-65-084, nb-49-082); a phone or a battery that "died" stays none.
"""

import pytest

from worker.writing.facts import extract_facts
from worker.writing.preview import preview


def _draft(text: str, locale: str | None = None, subject: str = "") -> dict:
    return preview(text, "Robin Hale", locale, subject=subject)


# --- 1. a past event is no deadline -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The DJ you booked for our event on Friday turned up an hour late and played the wrong songs all night.",
    "We were guests at the launch on Thursday and the caterer left half the trays in the van.",
    "Meine Tochter ist heute im Training um 17 Uhr vom Balken gestürzt und niemand hat es bemerkt. Wie kann das sein?",
    "Ich habe heute um 9 Uhr sofort angerufen und nichts gehört. Das ist unmöglich.",
])
def test_an_event_told_in_the_past_is_no_deadline(text):
    assert extract_facts(text).deadline is None


@pytest.mark.parametrize("text, expected", [
    ("Our wedding is on Friday and the DJ still hasn't confirmed the booking.", "Friday"),
    ("That was our savings and the launch is on Thursday, so I need the stock today.", "Thursday"),
    ("Die Abholung ist heute um 16 Uhr und niemand meldet sich bei mir.", "16 Uhr"),
    ("The flight on Friday was moved twice and I need a seat on it, please sort it by Wednesday.", "Wednesday"),
])
def test_an_event_still_to_come_keeps_its_deadline(text, expected):
    deadline = extract_facts(text).deadline
    assert deadline is not None and expected in deadline.text


def test_the_draft_to_a_past_event_does_not_say_time_is_short():
    draft = _draft("The photographer you sent to our wedding on Sunday spent the whole service on his phone and was "
                   "rude to my father. I want to speak to whoever runs the studio.")
    assert "time is short" not in draft["reply_text"]


# --- 4. a code named as a code is no reference; a letter to "Dear <company>" is formal --------------------------------

@pytest.mark.parametrize("text", [
    "Since your update our staff payslips show 1100L emergency codes instead of their real tax codes. Fix it.",
    "Since your update three staff were put on K475 tax codes and lost half their pay. Fix it.",
    "The till keeps throwing a PX2041 error code and we cannot take payments. This is useless.",
    "Conformément à l'article L113-12 du Code des assurances, je résilie mon contrat. Votre service est lamentable.",
])
def test_a_code_named_after_it_is_no_reference(text):
    assert extract_facts(text).refs == ()


@pytest.mark.parametrize("text, ref", [
    ("Order ZK4471 arrived dented and your discount code did not work either. Useless.", "ZK4471"),
    ("My order KT-55120 arrived smashed and nobody answers. Disgraceful.", "KT-55120"),
])
def test_an_order_reference_stays_one(text, ref):
    refs = [r.text for r in extract_facts(text).refs]
    assert ref in refs
