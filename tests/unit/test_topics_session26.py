"""Topic classes from session 26 (round 27's read writer, 79), each tested on messages written here:
- a stay the host cancelled on the customer ("Our host cancelled our week in the Cotswolds", read nb-79-057) is a
  disrupted trip (topics._PROVIDER_CANCELLED now knows a week, a weekend, a break, a let), and a visit that "was
  cancelled" with no sign the customer asked ("Engineer appointments on 14 August and 2 September were cancelled on the
  morning", nb-79-036) is no contract of theirs ended: neither is a charge after cancelling. A customer who cancelled
  and was charged again stays a charge after cancelling.
"""

import pytest

from worker.writing.preview import preview


def topic_of(text: str, subject: str = "") -> str:
    return preview(text, subject=subject)["topic"]


def test_a_stay_the_host_cancelled_is_a_disrupted_trip():
    text = ("Our host cancelled our week in Pembrokeshire three days before we arrived. We paid £980 and all we've been "
            "offered is a voucher. I want the money back on my card, this is disgraceful.")
    assert topic_of(text) == "travel_disruption"


@pytest.mark.parametrize("text", [
    "Your engineer visits on 3 and 17 September were both cancelled on the morning, and you've still charged me the £18 "
    "monthly fee for the cover. Useless.",
])
def test_a_visit_cancelled_on_the_customer_is_no_charge_after_cancelling(text):
    assert topic_of(text) != "charged_after_cancel"


def test_a_customer_who_cancelled_and_was_charged_again_stays_so():
    text = ("I cancelled my gym membership in July, I have the confirmation email, and you've taken £34.99 again in "
            "August and September. Refund it now.")
    assert topic_of(text) == "charged_after_cancel"
