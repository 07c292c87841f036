"""Cue classes: a cancellation told as done (the second half of a call, or the company's confirmation of it) is
already_cancelled, and the swear word inside a question ("where the hell is...") is profanity about the situation.
Every sentence here is new, not from a data file."""

import pytest

from worker.detector import detect


@pytest.mark.parametrize("text", [
    "I rang you on 4 March and closed my late father's account, yet £22 came out of his estate again today.",
    "You confirmed my cancellation by email on 2 June and you have still taken another £14.99.",
    "Me confirmasteis la baja el día 3 y este mes me habéis vuelto a cobrar 25 €.",
    "Vous m'avez confirmé la résiliation en avril, et pourtant un prélèvement de 30 € est passé.",
    "Sie haben mir die Kündigung schriftlich bestätigt und buchen trotzdem weiter 19 € ab.",
])
def test_a_cancellation_told_as_done_is_already_cancelled(text):
    verdict = detect(text)
    assert "already_cancelled" in verdict.cues, verdict.cues
    assert "cancel_request" not in verdict.cues


@pytest.mark.parametrize("text", [
    "Could you confirm my cancellation, please?",
    "Please close my account and confirm the cancellation in writing.",
])
def test_asking_for_the_confirmation_is_not_having_cancelled(text):
    assert "already_cancelled" not in detect(text).cues


@pytest.mark.parametrize("text", [
    "Where the hell is my parcel? Ordered twelve days ago.",
    "Why the hell have you charged me twice for one month?",
    "Wo zum Teufel bleibt meine Bestellung?",
    "¿Dónde demonios está mi pedido?",
])
def test_a_swear_word_inside_a_question_is_profanity(text):
    verdict = detect(text)
    assert "profanity" in verdict.cues and "abuse" not in verdict.cues, verdict.cues


@pytest.mark.parametrize("text", ["The weekend at the campsite was hell with the rain, but your staff were lovely.",
                                  "It has been a hell of a week, thanks for sorting the refund so fast."])
def test_hell_as_a_word_for_a_bad_time_is_no_swearing(text):
    assert "profanity" not in detect(text).cues
