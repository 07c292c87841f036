"""Note classes from session 12, each tested on messages written here:
- a voucher refused or offered ("I don't want a voucher, I want my money back") is the remedy the customer wants, not a
  refund they are waiting for: a birthday cake that never came stays a delivery, a cracked blender stays damaged, and
  the draft says nothing about money that "should already be with you";
- a fee said not to apply ("there is no exit fee", "free of charge", "sans frais", "ohne Gebühr") is no charge: the
  fourth attempt to cancel, with the minimum term over, stays a cancellation, and the draft gives no "clear
  explanation" of a charge nobody took;
- software said to be broken ("Invoice export broken", "la sincronización está rota") is a function failing, an outage,
  while a device bought that fails beside software words (a video of the fault, an error code) stays damaged;
- a charge the customer leaves over, asked with an imperative ("Cancel the plan and refund..."), is the situation, and
  being signed up to a plan never chosen is a charge they did not expect;
- switching away to another supplier is leaving: money taken after it is a charge after cancelling;
- another person's personal details received (a letter, a medical report) are a privacy matter, not a wrong item;
- the reference a draft checks is never the one they ask to have cancelled beside the grievance ("charged twice for
  the same stay. HX-55120 ... And cancel my June booking HX-55187");
- the passenger-rights rule they cite ("UK261", "EU261") is not a reference;
- "right now" opening its clause before a state ("so right now we can't take a single booking") is the present, not a
  deadline: their own "I need an engineer today" is; after a demand ("block my card right now") it still is;
- a sentence telling only the customer's own act or ask ("I gave the passcode because I was told...", "I'd like a
  courier booked") is never said back with "That's not good enough": the draft opens plainly instead;
- "now" of a perfect ("which I have now done four times") is no deadline;
- "dites-moi" / "faites-moi" are the vous imperative: a French message with them is not answered with "tu";
- a refund asked for and turned down ("declined 'as per our terms'", "me lo denegaron") leaves a disputed charge, not
  money on its way: no "should already be with you";
- a quoted sentence with no word of what went wrong (a back-story: "Our dog swallowed a sock and the vet wants to
  operate") is not answered "That's not good enough"; "I understand why you're upset, and I want to help" instead."""

import pytest

from worker.writing.facts import extract_facts, their_own_act
from worker.writing.preview import preview
from worker.writing.topics import choose_topic


@pytest.mark.parametrize("text, topic", [
    # Read right since the topic words layer was retrained on rounds 20-25's read writers (session 25).
    ("The birthday cake I ordered for my son's party on Saturday never arrived. Nobody called. I don't want "
     "a voucher, I want a full refund and an explanation.", "delivery_delay"),
    ("The blender arrived with the jug cracked right down the side. I don't want another gift card like last time, "
     "I want my money back.", "damaged_or_defective"),
    ("My order of school shoes still hasn't arrived, three weeks on. You offered me a voucher on the phone. I don't "
     "want a voucher. Where are the shoes?", "delivery_delay"),
])
def test_a_voucher_refused_is_the_remedy_not_a_refund_awaited(text, topic):
    assert choose_topic(text, cues=["repeat_contact"]) == topic


def test_a_voucher_refused_after_a_missed_delivery_gets_no_refund_in_transit_line():
    text = ("The anniversary flowers I paid £80 for were meant to arrive yesterday. They never came and my wife "
            "thought I'd forgotten. I don't want a voucher. Refund me.")
    reply = preview(text)["reply_text"]
    assert "should already be with you" not in reply
    assert "refund" not in reply.split("\n\n")[1].lower() or "arrive" in reply.lower()


@pytest.mark.parametrize("text", [
    "Third time asking: close account 55-210-8. My minimum term ended in June, so there is no exit fee. Stop "
    "transferring me to retention.",
    "This is my fourth try to cancel the broadband. Nobody processes it. The contract ran out in May; it's free of "
    "charge to leave now. Sort it.",
])
def test_a_fee_said_not_to_apply_is_no_charge(text):
    out = preview(text)
    assert out["topic"] == "cancellation", out["topic"]
    assert "clear explanation" not in out["reply_text"]


@pytest.mark.parametrize("text, topic", [
    ("Vous avez prélevé 12 € de frais de retard alors que j'ai payé à temps. Inadmissible.", "unexpected_charge"),
    ("There was an exit fee of £60 on my final bill that nobody mentioned. Remove it.", "unexpected_charge"),
    ("No fees were mentioned when I signed up, yet I've been charged £9.99 a month for 'premium support'.",
     "unexpected_charge"),
])
def test_a_fee_that_was_taken_still_is_a_charge(text, topic):
    assert choose_topic(text) == topic


@pytest.mark.parametrize("text, subject", [
    ("Since Tuesday's release the invoice export fails with 'Error 422 invalid header' every time. Month end is "
     "tomorrow. Fix it.", "Invoice export broken"),
    ("Desde la actualización, la sincronización con el banco da error ('código 17') en todas mis cuentas. Necesito "
     "cerrar el trimestre el viernes.", "Sincronización rota"),
])
def test_a_software_function_broken_with_an_error_code_is_an_outage(text, subject):
    assert choose_topic(text, subject) == "outage_or_bug"


@pytest.mark.parametrize("text, subject", [
    ("The coffee machine I bought from you in May (order CM-20417) shows error code E04 and won't brew. Third time "
     "I'm asking for a repair.", "Machine broken"),
    ("Le robot tondeuse acheté en avril (commande RT-5521) ne charge plus, la vidéo de la panne est jointe. C'est "
     "la deuxième fois que je vous écris.", "Tondeuse en panne"),
])
def test_a_device_bought_that_fails_is_damaged_even_beside_software_words(text, subject):
    assert choose_topic(text, subject) == "damaged_or_defective"


@pytest.mark.parametrize("text", [
    "I ordered one tube of eye drops and your site quietly signed me up for a monthly plan: £12.50 taken again this "
    "month. Cancel the plan and refund the £12.50. Shameful.",
    "Your checkout put me on a 'VIP plan' I never chose and €9.99 was taken again on the 1st. Cancel the plan and "
    "return my money. Not impressed.",
])
def test_a_charge_they_leave_over_is_the_situation_when_asked_with_an_imperative(text):
    assert preview(text)["topic"] == "unexpected_charge"


@pytest.mark.parametrize("text", [
    "I switched away from you to another supplier on 3 March and sent the final reading. You've since taken two more "
    "direct debits. Refund them now.",
    "Je suis passé chez un autre fournisseur en février, et vous avez encore prélevé 64 € ce mois-ci. Remboursez-moi.",
    "Ich bin im Januar zu einem anderen Anbieter gewechselt, trotzdem haben Sie im Februar wieder 39 € abgebucht.",
])
def test_switching_away_is_leaving_so_a_charge_after_it_is_a_charge_after_cancelling(text):
    assert choose_topic(text) == "charged_after_cancel"


@pytest.mark.parametrize("text, subject", [
    ("My delivery today also held a letter meant for another customer, with her full name, home address and bank "
     "details on it. How did this happen?", "Someone else's letter in my box"),
    ("En mi pedido venía el informe médico de otro paciente, con su nombre y su diagnóstico. Exijo una explicación.",
     "Documento de otra persona en mi pedido"),
])
def test_another_persons_personal_data_received_is_a_privacy_matter(text, subject):
    assert choose_topic(text, subject) == "privacy_data_request"


@pytest.mark.parametrize("text, main, other", [
    ("You charged me twice for the same stay. HX-55120, £96 on the 2nd and £96 again on the 5th. Refund one. And "
     "cancel my June booking HX-55187 while you're at it.", "HX-55120", "HX-55187"),
    ("Bitte stornieren Sie Bestellung 7781299. Die andere, 00340434, kam nie an, und das Geld ist trotzdem weg.",
     "00340434", "7781299"),
])
def test_the_reference_they_ask_to_cancel_beside_the_grievance_is_not_the_one_the_draft_checks(text, main, other):
    facts = extract_facts(text)
    assert facts.main_ref.text == main
    assert other in [r.text for r in facts.refs]
    assert f"checked {other}" not in preview(text)["reply_text"]


@pytest.mark.parametrize("text, ref", [
    ("Flight cancelled, booking QW7H2P. I know my rights under EU261 and want the €250 each for both of us.", "QW7H2P"),
    ("Booking ZT44KD: you owe me compensation under UK261 for a 5 hour delay. Pay it.", "ZT44KD"),
])
def test_the_passenger_rights_rule_they_cite_is_not_a_reference(text, ref):
    assert [r.text for r in extract_facts(text).refs] == [ref]


@pytest.mark.parametrize("text, deadline", [
    ("The phone line has been dead since 6am, so right now we can't take a single booking. I need an engineer today.",
     "today"),
    ("Right now there is no water pressure at all in the flat. Please send someone tomorrow morning at the latest.",
     None),
])
def test_right_now_opening_a_clause_is_the_present_state_not_the_deadline(text, deadline):
    found = extract_facts(text).deadline
    assert found is None or found.text != "right now"
    if deadline:
        assert found is not None and found.text == deadline


@pytest.mark.parametrize("text", [
    "Please block my card right now, I'm shaking. Someone has my details.",
    "I need this fixed right now. The shop opens at nine.",
])
def test_right_now_after_a_demand_is_still_the_deadline(text):
    assert extract_facts(text).deadline.text == "right now"


@pytest.mark.parametrize("sentence, own", [
    ("I gave the passcode because I was told it was needed to test the screen.", True),
    ("I booked the 9am slot because your site said engineers come in the morning.", True),
    ("I'd like a courier booked to collect it and a replacement sent.", True),
    ("Je voudrais qu'un responsable me rappelle cette semaine.", True),
    ("I booked the 9am slot and nobody came.", False),
    ("I paid for next-day delivery and the parcel is still missing.", False),
    ("We ordered the white model and your courier delivered the grey one.", False),
    ("Your engineer never turned up.", False),
])
def test_their_own_act_or_ask_is_told_apart_from_what_went_wrong(sentence, own):
    assert their_own_act(sentence) is own


def test_a_draft_never_answers_their_own_act_with_not_good_enough():
    text = "I booked the 9am slot because your site said engineers come in the morning. I am beyond annoyed at this point."
    reply = preview(text)["reply_text"]
    assert "I booked the 9am slot" not in reply and "not good enough" not in reply


@pytest.mark.parametrize("text", [
    "Every reply tells me to send the receipt, which I have now done four times. Please just book the repair.",
    "You asked me to call the billing line, and I've now rung it twice. Please fix the bill.",
])
def test_now_of_a_perfect_is_no_deadline(text):
    assert extract_facts(text).deadline is None


@pytest.mark.parametrize("text", [
    "Bonjour, quelqu'un a vidé mon compte cette nuit. Je vous en prie, bloquez tout et dites-moi ce qui a été pris.",
    "Bonjour, la commande n'est jamais arrivée. Faites-moi savoir quand elle sera livrée, je vous remercie.",
])
def test_the_vous_imperative_with_moi_is_not_informal(text):
    assert preview(text)["register"] != "informal"


@pytest.mark.parametrize("text", [
    "You charged me a £7 'no-show fee' when the driver never came. I asked for a refund in the app and it was declined "
    "'as per our terms'. Useless. Refund it.",
    "Me cobrasteis 6 € de cargo por cancelación aunque el conductor canceló. Pedí el reembolso y me lo denegaron. "
    "Quiero mi dinero.",
])
def test_a_refund_asked_for_and_turned_down_is_the_charge_not_money_in_transit(text):
    out = preview(text)
    assert out["topic"] == "unexpected_charge", out["topic"]
    assert "should already be with you" not in out["reply_text"] and "ya debería" not in out["reply_text"]


@pytest.mark.parametrize("text, judged", [
    ("Hello. Our dog Pip swallowed a sock and the vet wants to operate at 8 tomorrow morning. I can't open the claims "
     "page to get the pre-approval and I'm frightened.", False),
    ("Hello. Your claims page keeps failing when I upload the vet's estimate. This is ridiculous, my dog needs the "
     "operation.", True),
])
def test_only_a_quote_of_what_went_wrong_is_judged_not_good_enough(text, judged):
    reply = preview(text)["reply_text"]
    assert "You told us" in reply
    assert ("not good enough" in reply) is judged
