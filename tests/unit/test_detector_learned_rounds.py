"""Session 19: the learned layer trained on the rounds' read writers, and the two rule changes that came with it.

- The n-gram sum is scaled by min(1, n / K) for a message of n distinct n-grams (worker/detector/lexical.py), so a
  one-line message's few n-grams cannot outweigh what the rule features read in it.
- A quoted header that is the only repeat-contact evidence is the quoted_reply feature, not also repeat_contact.
- A complaint letter's act ("register a formal complaint") is upset, whatever the formulas around it.
Every message here is new, written for these tests.
"""

from __future__ import annotations

import pytest

import worker.detector.core as detector
from worker.detector import DetectionContext, detect, lexical


def test_the_length_factor_grows_to_one_and_is_off_at_zero():
    assert lexical.LENGTH_K > 0  # shipped on
    assert lexical.length_factor(0, 40) == 0.0
    assert lexical.length_factor(10, 40) == 0.25
    assert lexical.length_factor(40, 40) == lexical.length_factor(400, 40) == 1.0
    assert lexical.length_factor(10, 0) == 1.0


def test_a_short_message_gets_a_share_of_its_ngram_sum_and_a_long_one_all_of_it():
    short = lexical.grams(["where", "is", "my", "parcel"])
    assert len(short) < lexical.LENGTH_K
    unscaled = sum(lexical.TABLE.get(g, (0.0,))[0] for g in short)
    assert lexical.head_sums(short)[0] == pytest.approx(unscaled * len(short) / lexical.LENGTH_K)
    words = ("the parcel i ordered three weeks ago for my sister's wedding has still not arrived and nobody at your "
             "depot can tell me where it is or when it will come").split()
    long = lexical.grams(words)
    assert len(long) >= lexical.LENGTH_K
    assert lexical.head_sums(long)[0] == pytest.approx(sum(lexical.TABLE.get(g, (0.0,))[0] for g in long))


@pytest.mark.parametrize("text", [
    "Yes, Thursday afternoon works for me.\n\nOn Tue, 10 Mar 2026, Dana (Support) <help@boiler.example> wrote:\n"
    "> Would Thursday afternoon suit you for the engineer's visit?",
    "Vale, el martes por la mañana me va bien.\n\nEl 9 mar 2026, Atención al cliente <ayuda@gas.example> escribió:\n"
    "> ¿Le viene bien que el técnico pase el martes?",
])
def test_a_quoted_header_alone_is_counted_once(text):
    reading = detector._read(text, DetectionContext())
    assert reading is not None and reading.quoted_reply is not None
    assert reading.values["quoted_reply"] == 1.0 and reading.values["repeat_contact"] == 0.0
    assert not detect(text).negative


def test_repeat_contact_in_the_own_words_still_counts_beside_a_quoted_header():
    text = ("I have written three times now and the engineer still has not come.\n\n"
            "On Tue, 10 Mar 2026, Dana (Support) <help@boiler.example> wrote:\n> An engineer will visit on Thursday.")
    reading = detector._read(text, DetectionContext())
    assert reading is not None and reading.values["repeat_contact"] == 1.0 and reading.values["quoted_reply"] == 1.0
    assert "repeat_contact" in detect(text).cues


@pytest.mark.parametrize("text", [
    "Dear Sir or Madam, I wish to register a formal complaint about the late-payment fee on my May statement. "
    "Yours faithfully",
    "Estimados señores: por la presente presento una queja formal por el cobro de la cuota de abril. Atentamente.",
    "Madame, Monsieur, je souhaite déposer une réclamation concernant les frais de résiliation. Cordialement.",
    "Sehr geehrte Damen und Herren, hiermit erhebe ich Beschwerde gegen die Gebühr für die Rücklastschrift. "
    "Mit freundlichen Grüßen",
])
def test_a_complaint_letters_act_is_upset_whatever_its_formulas(text):
    assert detect(text).negative, detect(text)


@pytest.mark.parametrize("text", [
    "Guten Tag, ich möchte mich ausdrücklich nicht beschweren, der Monteur war sehr nett. Könnten Sie mir die "
    "Rechnung noch einmal schicken? Vielen Dank.",
    "Dear Sir or Madam, I wish to request a copy of my tenancy agreement. Kind regards",
])
def test_a_denied_complaint_or_a_formal_request_is_no_complaint_act(text):
    reading = detector._read(text, DetectionContext())
    assert reading is not None and not reading.formal_complaint
    assert not detect(text).negative, detect(text)
