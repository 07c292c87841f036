"""Session 20: a call to the bank told and left there is no legal threat. Every sentence here is new.

A fraud victim who writes "I've called my bank too." was briefed to the agent as a legal threat, and a lead was looped
in. What makes contacting the bank a threat is what follows it: a chargeback, a debit stopped, "if you don't refund".
"""

import pytest

from worker.detector import detect


@pytest.mark.parametrize("text", [
    "Someone bought three gift cards on my account overnight and changed my email. I'm shaking. Please freeze it. "
    "I've called my bank too.",
    "My card was used for two orders I never placed. Please block the account, I'm scared there will be more. "
    "I have contacted my bank as well.",
])
def test_a_call_to_the_bank_left_there_is_no_legal_threat(text):
    verdict = detect(text)
    assert verdict.negative
    assert "legal_threat" not in verdict.cues


@pytest.mark.parametrize("text", [
    "You took £30 after I cancelled, twice. I've already called my bank and if it isn't back by Friday they reverse it.",
    "You took £30 after I cancelled. This is outrageous. I have contacted my bank about a chargeback.",
    "Charged again after cancelling. I have asked my bank to raise a chargeback for both payments.",
])
def test_a_call_to_the_bank_with_a_dispute_stays_a_legal_threat(text):
    assert "legal_threat" in detect(text).cues
