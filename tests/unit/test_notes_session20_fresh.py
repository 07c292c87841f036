"""Session 20: facts and greetings read from round 20's fresh drafts (a Monday queue at a support outsourcer).
Every sentence here is new.

- A profile name followed by a job or a company ("Craig Donnelly | Fleet Ops, SwiftParcel") greeted the company: what
  follows a separator is not the name, and its comma is no "Surname, First".
- "right now" opening a clause with any subject ("and right now you're top of the list to be replaced") tells where
  things stand, not when they need it.
- Contacts counted by two channels in one breath ("phoned three times and sent two emails") add up.
"""

import pytest

from worker.writing.facts import extract_facts
from worker.writing.preview import preview
from worker.writing.situation import full_name, name_parts

_UPSET = "Your vans have been useless all weekend and nobody has called me back, this is a disgrace. "


@pytest.mark.parametrize("profile, first, full", [
    ("Dana Okoro | Facilities, Brightwell Ltd", "Dana", "Dana Okoro"),
    ("Ana Ruiz (Grupo Norte S.L.)", "Ana", "Ana Ruiz"),
    ("Tom Leary - Operations", "Tom", "Tom Leary"),
    ("Jo Bell / Finance", "Jo", "Jo Bell"),
])
def test_a_job_or_company_after_a_separator_is_not_the_name(profile, first, full):
    assert name_parts(profile)[1] == first
    assert full_name(profile) == full


@pytest.mark.parametrize("profile, first", [("Chen, Wei", "Wei"), ("Marie-Claire Dubois", "Marie-Claire"),
                                            ("Dr. Sofia Marin", "Sofia")])
def test_names_without_an_affiliation_read_as_before(profile, first):
    assert name_parts(profile)[1] == first


def test_the_draft_greets_the_person_not_the_company():
    reply = preview(_UPSET, name="Dana Okoro | Facilities, Brightwell Ltd", locale="en")["reply_text"]
    assert reply.startswith("Hi Dana,")
    assert "Brightwell" not in reply


@pytest.mark.parametrize("text", [
    _UPSET + "Our contract is up in March and right now you're the first supplier we'd drop.",
    _UPSET + "I pay every month and right now they tell me to wait another week.",
])
def test_right_now_opening_a_clause_is_no_deadline(text):
    assert not extract_facts(text).deadline
    assert "right now" not in preview(text, locale="en")["reply_text"]


def test_right_now_after_a_demand_stays_the_deadline():
    text = _UPSET + "Send an engineer right now, the freezer is full of stock."
    assert extract_facts(text).deadline.text == "right now"


@pytest.mark.parametrize("text, n", [
    ("I've phoned you three times and sent two emails about the missing parcel.", 5),
    ("I called twice and emailed three times, and the refund is still not here.", 5),
    ("Ich habe zweimal angerufen und drei E-Mails geschrieben, der Zähler ist immer noch falsch.", 5),
    ("He llamado dos veces y enviado tres correos por la factura.", 5),
    ("J'ai appelé deux fois et envoyé trois mails pour ce colis.", 5),
])
def test_counts_by_two_channels_add_up(text, n):
    assert extract_facts(text).contacts_before == n


@pytest.mark.parametrize("text, n", [
    ("I have emailed four times. Four times! Still no invoice.", 4),
    ("I emailed twice and then emailed again three times about the same invoice.", 3),
    ("I have called three times and waited two hours on hold each time.", 3),
])
def test_one_channel_said_twice_or_a_time_is_not_added(text, n):
    assert extract_facts(text).contacts_before == n


def test_the_draft_counts_every_contact():
    text = ("Four days without internet. I've phoned three times and sent two emails and every time it's 'we're aware'. "
            "This is a joke.")
    note = preview(text, locale="en")
    assert "6th contact" in note["brief"]
    assert "four times" not in note["reply_text"]


@pytest.mark.parametrize("profile, first, last", [("Mr Hughes", "", "Hughes"), ("Herr Becker", "", "Becker"),
                                                  ("Mrs Patel", "", "Patel"), ("Mr Tom Hughes", "Tom", "Hughes")])
def test_a_title_before_a_surname_alone_gives_no_first_name(profile, first, last):
    assert name_parts(profile)[1:] == (first, last)


_LETTER_EN = ("Dear Sir or Madam,\n\nI wish to complain in the strongest terms: the skip was not collected on Friday "
              "and nobody answers the phone. This is disgraceful.\n\nYours faithfully")
_LETTER_DE = "Sehr geehrte Damen und Herren,\n\nder Container wurde am Freitag nicht abgeholt. Das ist eine Frechheit."
_LETTER_FR = "Madame, Monsieur,\n\nLa benne n'a pas été enlevée vendredi, c'est inadmissible. Je suis furieux."


@pytest.mark.parametrize("profile, text, greeting", [
    ("Mr Hughes", _LETTER_EN, "Dear Mr Hughes,"),
    ("Herr Becker", _LETTER_DE, "Sehr geehrter Herr Becker,"),
    ("M. Dupont", _LETTER_FR, "Bonjour Monsieur Dupont,"),
])
def test_a_surname_after_a_title_is_greeted_with_the_title(profile, text, greeting):
    assert preview(text, name=profile)["reply_text"].startswith(greeting)


@pytest.mark.parametrize("text, greeting", [(_LETTER_EN, "Hello,"), (_LETTER_DE, "Guten Tag,")])
def test_an_initial_m_outside_french_is_no_monsieur(text, greeting):
    """"M. Krüger" may be Monika: the greeting neither guesses Herr nor calls the surname a first name."""
    assert preview(text, name="M. Krüger")["reply_text"].startswith(greeting)


def test_an_informal_note_to_a_title_and_surname_does_not_use_the_surname_as_a_first_name():
    reply = preview("hi, skip still not collected and nobody answers. this is a joke", name="Mr Hughes")["reply_text"]
    assert not reply.startswith("Hi Hughes")


@pytest.mark.parametrize("profile, who", [("M. Krüger", "M. Krüger"), ("Mr Hughes", "Mr Hughes"),
                                          ("Dana Okoro | Facilities, Brightwell Ltd", "Dana")])
def test_the_brief_names_a_title_and_surname_when_there_is_no_first_name(profile, who):
    assert preview(_LETTER_DE, name=profile)["brief"].startswith(f"{who} · ")
