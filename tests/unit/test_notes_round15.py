"""Situation classes from session 15 (round 15's writers 44 and 46), each tested on messages written here:
- an account taken over (hijacked, its email or password changed by someone else, someone buying with their saved card)
  is fraud, in four languages;
- where the company got their number or details, whom it gave them to, partner marketing they refused, is a data
  request; a scammer who knew their details keeps it a fraud;
- someone else's thing handed over ("this is not my laptop") and fewer than were paid for ("only two of the four chairs
  came", "solo venían dos") are a wrong item;
- a transfer, shuttle or coach booked to meet them that never came is a disrupted journey;
- a card the bank cancelled after a scam is no cancellation of theirs: no charge after cancelling;
- notice given ("I gave a month's notice") and a cancelling told in note style ("Cancelled my plan 3 weeks ago") are a
  cancellation told: a charge after it is a charge after cancelling;
- the company's own renewal called "unauthorised" is a charge they dispute, not a stranger's fraud;
- "ordered it in March. It's now June and I got a text" is a delay: "ordered ... and got" no longer reaches over a
  sentence's end; "waiting for the 19:30 ferry" waits for no money.
"""

import pytest

from worker.writing.preview import preview


def topic_of(text: str, subject: str = "") -> str:
    return preview(text, "Sam", None, subject=subject)["topic"]


@pytest.mark.parametrize("text", [
    "Someone hijacked my account last night. The login email was changed to an address I don't know and now there are "
    "two orders for gift cards on my saved card. Lock it now, this is awful.",
    "My password had been changed this morning, not by me, and somebody is buying with my stored card. I'm furious.",
    "Alguien cambió mi contraseña anoche y ahora hay tres compras con mi tarjeta guardada. Bloqueen la cuenta ya.",
    "Quelqu'un a changé l'adresse e-mail de mon compte hier soir et des achats ont été faits avec ma carte. C'est grave.",
    "Jemand hat gestern meine E-Mail-Adresse geändert und mit meiner hinterlegten Karte eingekauft. Sperren Sie das Konto!",
])
def test_an_account_taken_over_is_fraud(text):
    assert topic_of(text) == "fraud_or_security"


@pytest.mark.parametrize("text", [
    "I have never been your customer, yet I keep getting texts from you. Where did you get my mobile number? I want it "
    "deleted today, this is infuriating.",
    "Since I booked with you I get calls from a removals firm that knew my moving date. I ticked no to partner "
    "marketing. Who did you give my details to? I'm livid.",
    "¿De dónde han sacado mi número? Nunca he sido cliente suyo y me llaman todos los días. Es indignante.",
    "Où avez-vous eu mon numéro ? Je n'ai jamais été client et vous m'appelez chaque semaine. C'est insupportable.",
    "Woher haben Sie meine Telefonnummer? Ich war nie Kunde bei Ihnen und werde ständig angerufen. Unverschämt.",
])
def test_where_their_details_came_from_or_went_is_a_data_request(text):
    assert topic_of(text) == "privacy_data_request"


def test_a_scammer_who_knew_their_details_is_still_fraud():
    text = ("A man claiming to be from your claims team rang me, knew my policy number and asked for my card details. "
            "Who gave my details to a scammer? I am shaken.")
    assert topic_of(text, "Scam call using my policy details") == "fraud_or_security"


@pytest.mark.parametrize("text", [
    "Collected my bike from your workshop today and this is not my bike. Different saddle, different lock, someone "
    "else's bike. Where is mine? Unbelievable.",
    "I paid for six dining chairs and only two of the six arrived. The driver just shrugged. Ridiculous.",
    "Pagué seis sillas y solo llegaron dos. Nadie me da explicaciones. Estoy harta.",
    "J'ai payé quatre tabourets et il n'y avait que deux tabourets dans le carton. C'est inadmissible.",
    "Ich habe vier Stühle bezahlt und nur zwei von vier Stühlen wurden geliefert. Eine Frechheit.",
])
def test_someone_elses_thing_or_fewer_than_paid_for_is_a_wrong_item(text):
    assert topic_of(text) == "wrong_item"


@pytest.mark.parametrize("text", [
    "Our airport transfer was supposed to meet us at arrivals at 11pm. Nobody came and we paid €90 for a taxi with two "
    "tired kids. Disgraceful.",
    "There was no shuttle at the station as your confirmation promised, we missed the last boat and had to find a "
    "hotel. Shocking.",
])
def test_a_transfer_that_never_came_is_a_disrupted_journey(text):
    assert topic_of(text) == "travel_disruption"


def test_a_card_the_bank_cancelled_after_a_scam_is_no_cancellation_of_theirs():
    text = ("I clicked a link in a text that looked like yours and typed in my card details. £320 was taken in two "
            "payments. My bank has cancelled the card, but I'm terrified. How did they know I'm your customer?")
    assert topic_of(text, "Scam text - money taken") == "fraud_or_security"


@pytest.mark.parametrize("text", [
    "Cancelled my Premium plan 5 weeks ago. Charged £12.99 again this morning. Refund it and stop.",
    "I gave a full month's notice on my locker rental in March, as your terms ask. You've now taken £35 for May. "
    "Fix it.",
])
def test_notice_given_or_a_cancelling_in_note_style_then_a_charge_is_a_charge_after_cancelling(text):
    assert topic_of(text) == "charged_after_cancel"


def test_the_companys_own_renewal_called_unauthorised_is_an_unexpected_charge():
    text = ("You took £89 from my card today for an 'annual renewal' of the Pro plan. I only ever signed up for the "
            "monthly trial and never agreed to a yearly plan. Refund it now.")
    assert topic_of(text, "Unauthorised charge") == "unexpected_charge"


def test_ordered_then_a_text_months_later_is_a_delay_not_a_wrong_item():
    text = ("This is my third email about order KT-5521. I ordered the oak bed in March and was told four weeks. It's "
            "now June and yesterday I got a text pushing delivery back again. Unacceptable.")
    assert topic_of(text, "Delivery moved again") == "delivery_delay"


def test_waiting_for_a_ferry_at_a_clock_time_is_no_money_awaited():
    text = ("The coach to the port never came, so we missed our sailing and I am now sitting in the terminal waiting "
            "for the 21:15 crossing with two children. Nobody answers your phone. Appalling.")
    assert topic_of(text) == "travel_disruption"


# Repeat contact in the draft: stated only when their own words say they were in touch before (a count, "again", "I
# rang", "for the third time", "llamé", "bereits nachgefragt") as well as the detector's cue; otherwise the line is
# marked for the agent to keep or drop. Tries at a machine are no contacts.

def reply_of(text: str, name: str = "Sam") -> tuple[list[str], str]:
    note = preview(text, name, None)
    return note["cues"], note["reply_text"]


def test_a_repeat_contact_their_words_do_not_tell_is_left_to_the_agent():
    cues, reply = reply_of("Same story as always with you lot, nothing works and nobody cares. Pathetic.")
    assert "repeat_contact" in cues
    assert "[Only if they contacted us before about this:] You've had to come back to us" in reply


@pytest.mark.parametrize("text", [
    "I rang on Monday and emailed on Tuesday and still nothing has happened. Fed up.",
    "This is my third email: my parcel is not here and nobody answers. Fed up.",
])
def test_a_repeat_contact_they_tell_is_said_plainly(text):
    cues, reply = reply_of(text)
    assert "repeat_contact" in cues and "[Only if" not in reply
    assert "You've had to" in reply


def test_a_german_count_before_the_verb_counts_the_contacts():
    cues, reply = reply_of("Ich habe schon zweimal nachgefragt und bekomme nur Textbausteine. Langsam reicht es.")
    assert "repeat_contact" in cues and "schon dreimal bei uns melden" in reply and "[Nur wenn" not in reply


def test_a_failure_told_for_the_second_time_is_no_contact():
    cues, reply = reply_of("It is the second time you sent the wrong box, and nobody ever answers. Useless.")
    assert "repeat_contact" in cues and "[Only if they contacted us before about this:]" in reply
    # the detector no longer reads this one as a contact at all (tests/unit/test_detector_round15_det15b.py); either way
    # the draft never says it plainly
    _, reply = reply_of("C'est la deuxième fois que vous vous trompez de colis, et personne ne répond. C'est nul.")
    assert "Vous avez dû revenir vers nous" not in reply or "[Seulement s'il nous a déjà contactés" in reply


def test_tries_at_a_machine_are_no_contacts():
    from worker.writing.facts import extract_facts

    facts = extract_facts("The locker keeps refusing my code. Tried 6 times, tried the QR too. Nothing. Useless.")
    assert facts.contacts_before == 0
    assert extract_facts("I tried calling you 4 times yesterday and nobody picked up.").contacts_before == 4


# A pet's emergency, or staff's words quoted, is no health emergency of the customer's; cancelling an invoice is no
# request to close an account.

@pytest.mark.parametrize(("text", "said"), [
    ("My dog collapsed on the walk and we rushed him to the emergency vet, then your insurer refused the claim. I am "
     "beside myself, please call me today.", "First, your health"),
    ("Your receptionist told me 'if it's that bad, go to A&E' and put the phone down on me. Disgraceful.",
     "First, your health"),
    ("Mi perro está en urgencias veterinarias y ustedes siguen sin pagar la factura de la clínica. Estoy desesperada.",
     "Lo primero es su salud"),
])
def test_a_pets_emergency_or_staff_words_quoted_is_no_health_emergency_of_theirs(text, said):
    reply = preview(text, "Sam", None)["reply_text"]
    assert said not in reply


def test_their_own_health_emergency_still_comes_first():
    reply = preview("My dad collapsed this morning and your lift engineer still hasn't come. He can't manage the stairs. "
                    "Help us now.", "Sam", None)["reply_text"]
    assert "First, your health" in reply


@pytest.mark.parametrize("text", [
    "Bitte stornieren Sie die Rechnung über 89 € für ein Abo, das ich nie abgeschlossen habe. Das ist eine Frechheit.",
    "Cancelen la factura de 89 €, nunca he contratado nada con ustedes. Es indignante.",
    "Annulez ma facture de 89 €, je n'ai jamais souscrit à rien chez vous. C'est inadmissible.",
])
def test_cancelling_an_invoice_is_no_request_to_leave(text):
    note = preview(text, "Sam", None)
    assert "cancel_request" not in note["cues"] and "wants to cancel" not in note["brief"]
