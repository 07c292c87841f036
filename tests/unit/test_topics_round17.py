"""Situation classes from session 17 (round 17's writers 50 and 51: stories with more than one situation, labelled by
the grievance to fix now), each tested on messages written here:
- a charge after cancelling needs a charge and a cancelling of theirs: a support ticket closed on them is no contract
  ended, and "taken down" or staff "paid to read" is no money taken;
- a late arrival told as past and let go ("which I could live with", "vale, paciencia", "passe encore", "geschenkt")
  leaves what came as the grievance;
- money taken that never came back, or a refund that left part out, is a refund not received, not a charge;
- items found on the bill after the event, or a bill far above the estimate, are a charge they did not expect;
- a site failing while they try to cancel is an obstacle on the way out: the cancellation stays the request.
"""

import pytest

from worker.writing.preview import preview


def topic_of(text: str, subject: str = "") -> str:
    return preview(text, "Sam", None, subject=subject)["topic"]


@pytest.mark.parametrize("text", [
    "I deleted my profile in March and asked you to remove my pictures. Now my wedding photo is on your homepage "
    "banner. I want it taken down today and every copy erased, or I go to the data protection regulator. Disgraceful.",
    "Four tickets in a row closed the ticket without an answer about my data export. Your agents are not paid to read, "
    "clearly. I want a team leader to answer me, this is pathetic.",
])
def test_no_money_taken_is_no_charge_after_cancelling(text):
    assert topic_of(text) != "charged_after_cancel"


def test_a_charge_after_closing_the_account_still_is_one():
    text = "I closed my account in May and you have taken another £14.99 this month. Absolutely ridiculous, refund it."
    assert topic_of(text) == "charged_after_cancel"


@pytest.mark.parametrize("text", [
    "The parcel came four days late, which I could live with. Then I opened it: a size 8 dress instead of the size 14 "
    "I ordered. Utterly fed up, send the right size.",
    "El paquete llegó tres días tarde, vale, paciencia. Pero me habéis mandado una talla equivocada. Estoy harta.",
])
def test_a_late_arrival_let_go_leaves_what_came(text):
    assert topic_of(text) == "wrong_item"


def test_a_late_parcel_not_let_go_stays_late():
    text = "My order still hasn't arrived, two weeks after you promised it. I'm furious. Where is it?"
    assert topic_of(text) == "delivery_delay"


@pytest.mark.parametrize("text", [
    "You cancelled my order because the lamp was out of stock. Fine. But the £48.20 was taken from my card and it has "
    "never come back. Three weeks now, I'm sick of waiting.",
    "The concert was called off by you. I got a refund of £60 for the seats but not the £9.50 booking fee. Third time "
    "I ask, this is a joke.",
])
def test_money_never_back_is_a_refund_not_received(text):
    assert topic_of(text) == "refund_not_received"


@pytest.mark.parametrize("text", [
    "The boiler repair was quoted at £200. Now I get a bill for £610, three times the estimate, and nobody asked me. "
    "I'm livid, reduce it to what was agreed.",
    "Ihr Leihwagen hatte eine Panne. Und jetzt finde ich auf der Abrechnung 150 € Servicegebühr. Unverschämt, "
    "stornieren Sie das.",
])
def test_a_bill_found_after_the_event_is_a_charge(text):
    assert topic_of(text) == "unexpected_charge"


def test_cancelling_through_a_failing_site_stays_a_cancellation():
    text = ("Second time asking: cancel my gym membership. Your website shows an error every time I press cancel. "
            "Just cancel it and confirm in writing, for god's sake.")
    assert topic_of(text) == "cancellation"


def test_an_outage_they_leave_over_stays_the_outage():
    text = "Your app has been down for five days and I can't book anything. Useless. Just cancel my membership."
    assert topic_of(text) != "cancellation"
