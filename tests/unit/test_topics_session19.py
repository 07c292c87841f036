"""Session 19: a charge after cancelling needs a charge. When the words layer names it and the customer's words name
no charge, bill, money taken or sum, the situation is the cancellation itself. Every sentence here is new."""

import pytest

from worker.writing.topics import topic_and_confidence


class _SaysChargedAfterCancel:
    """A words layer sure of a charge after cancelling, whatever it reads."""

    def featurize(self, text, subject):
        return {f"w{i}": 1.0 for i in range(60)}

    def probabilities_of(self, features):
        return {"charged_after_cancel": 0.9, "cancellation": 0.1}


@pytest.mark.parametrize("text", [
    "I ended my membership by phone in May and nobody ever confirmed it. Now the welcome-back letter has come.",
    "Cancelé la suscripción hace dos semanas y sigo recibiendo los correos de renovación automática pendiente.",
])
def test_no_charge_named_is_no_charge_after_cancelling(text):
    topic, _ = topic_and_confidence(text, words=_SaysChargedAfterCancel())
    assert topic != "charged_after_cancel"


@pytest.mark.parametrize("text", [
    "I ended my membership by phone in May and you still took £39 this month.",
    "I ended my membership in May, yet the June payment went out of my account anyway.",
    "Ich habe im Mai gekündigt und trotzdem wurden 39 € abgebucht.",
])
def test_a_charge_or_a_sum_named_keeps_it(text):
    topic, _ = topic_and_confidence(text, words=_SaysChargedAfterCancel())
    assert topic == "charged_after_cancel"
