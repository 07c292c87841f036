"""Situation classes from session 20b (round 20's writers 59 and 60: five drafts that said something untrue because the
situation was wrong), each tested on messages written here:
- the price of a job done badly is no charge they contest: a job to be done again properly ("come back and redo the
  job properly", "revenir refaire le travail correctement") is the service's grievance (nb-60-089), and the fee of a
  course whose refund they ask after it went badly ("die Erstattung der Kursgebühr", "a refund of the course fee") is
  no contested fee (nb-59-081); a charge above the price agreed stays a charge;
- a payment told as already made, as the background of what they still wait for ("I already paid the invoice (€210)
  three weeks ago"), is no unexpected charge (nb-60-010); paid and then charged again stays a charge;
- a contract the company ended on them ("my tenancy has been cancelled because a payment bounced", "vous avez résilié
  mon contrat") is no cancelling of theirs, so no charge after cancelling and no "you cancelled" (nb-60-018); a
  customer who did cancel and was charged after keeps it;
- cancel words they say they never asked about ("I didn't ask what happens after cancelling", "Ich habe nicht
  gefragt, wie man eine Bestellung storniert") name no cancelling of theirs (nb-59-080); a charge taken twice is the charge;
- "fake", "scam" and "crooks" said of goods that are not what was sold ("the 'sterling silver' ring is plated") are
  a product not as described, not fraud (nb-59-086); an account taken over or a card used by a stranger stays fraud.
"""

import pytest

from worker.writing.preview import preview


def topic_of(text: str, subject: str = "") -> str:
    return preview(text, "Sam", None, subject=subject)["topic"]


# 3. Cancelled by the company.
@pytest.mark.parametrize("text,subject", [
    ("Hi, I just got a letter saying my tenancy has been cancelled because a payment bounced. The rent went out of my "
     "account on the 1st, I can show you the statement. I have two children and nowhere else to go. Please tell me we "
     "still have the flat.", "Tenancy cancelled??"),
    ("Bonjour, vous avez résilié mon contrat d'électricité pour un prélèvement rejeté alors que le paiement est bien "
     "sorti de mon compte le 5. Je suis inquiète, il fait froid et j'ai un bébé. Rétablissez mon contrat s'il vous "
     "plaît.", "Contrat d'électricité - prélèvement rejeté"),
])
def test_a_contract_the_company_ended_is_no_cancelling_of_theirs(text, subject):
    result = preview(text, "Sam", None, subject=subject)
    assert result["topic"] not in ("charged_after_cancel", "cancellation")
    assert "You cancelled" not in result["reply_text"] and "Vous avez résilié" not in result["reply_text"]


def test_near_miss_a_customer_who_did_cancel_and_was_charged_after_keeps_it():
    text = ("I cancelled my gym membership on 2 October and have the confirmation email. You have still taken £35 on "
            "1 November. Refund it please.")
    assert topic_of(text, "Charged after cancelling") == "charged_after_cancel"


# 4. Cancel words they never asked about.
@pytest.mark.parametrize("text,subject", [
    ("Your reply is no help. I didn't ask what happens after cancelling, I asked why the same £18.50 box was taken from my "
     "card twice on Tuesday. Please read what I wrote and refund the second payment.", "Re: your request #5521"),
    ("Guten Tag, ich habe nicht gefragt, wie man eine Bestellung storniert, sondern warum mir 12,99 € zweimal abgebucht wurden. "
     "Bitte lesen Sie meine Nachricht und erstatten Sie die doppelte Abbuchung.", "AW: Ihre Anfrage"),
])
def test_cancel_words_never_asked_about_are_no_cancelling(text, subject):
    result = preview(text, "Sam", None, subject=subject)
    assert result["topic"] == "unexpected_charge"
    assert "cancelled" not in result["reply_text"] and "gekündigt" not in result["reply_text"]
