"""Situation classes from session 16 (round 16's writers 47 and 49), each tested on messages written here:
- "X did it, not me" puts the blame on the company: it disowns no payment, so it is no fraud;
- a child withdrawn from a camp, course or club is a place cancelled, and the money still taken after it ("has still
  been taken", "renewed it anyway") is a charge after cancelling;
- "I closed my account" is theirs to close: no lockout;
- a stay the host or the company cancelled on them, told with a pronoun ("nos acabáis de cancelar la reserva", "on
  nous a annulé le gîte"), is a disrupted trip even when the stay itself is named;
- goods that arrived crushed ("écrasés", "aplastadas", "zerdrückt") are damaged, as "crushed" was;
- the latest day said after it ("samedi au plus tard", "el sábado como muy tarde", "Saturday at the latest") is their
  deadline, as "by Saturday" is; a latest day the company promised is not;
- an identity, details or a login stolen is no money taken: the draft secures the account, it blocks no card;
- a quoted reply from support that answers them ("could you try restarting", "thank you for your email") is a contact
  before, so the repeat-contact line is plain; a quoted status notice or bill answers nothing of theirs;
- auto-renew switched off "now", after the charge, is no cancelling before it: a charge they did not expect.
"""

import pytest

from worker.writing.preview import preview


def topic_of(text: str, subject: str = "") -> str:
    return preview(text, "Sam", None, subject=subject)["topic"]


@pytest.mark.parametrize("text", [
    "The seats on my ticket are in the wrong row. Your booking page got it wrong, not me, and I want it fixed. Awful.",
    "You moved my appointment, not me, and now you want a rebooking fee of £30? That's outrageous.",
])
def test_blame_put_on_the_company_is_no_fraud(text):
    assert topic_of(text) != "fraud_or_security"


def test_a_payment_they_disown_is_still_fraud():
    text = "There are four payments of £200 on my card from a shop in Lisbon. That was not me. I'm terrified, block it."
    assert topic_of(text) == "fraud_or_security"


@pytest.mark.parametrize("text", [
    "We withdrew Theo from the football academy on 3 May and had it confirmed by email. The June fee of £120 has still "
    "been taken. I'm really annoyed, please refund it.",
    "I pulled my daughter out of the Saturday swimming club in March, confirmed in writing. Today another £45 was "
    "taken. This is maddening.",
    "Nous avons désinscrit notre fils du stage de tennis le 2 juin, et vous avez encore prélevé 90 € malgré tout. "
    "C'est inadmissible.",
])
def test_a_child_withdrawn_and_still_charged_is_a_charge_after_cancelling(text):
    assert topic_of(text) == "charged_after_cancel"


def test_closing_their_own_account_then_renewed_anyway_is_a_charge_after_cancelling():
    text = ("I closed my storage account on 4 April and have the confirmation. You renewed the plan anyway and took "
            "$96 for another year. Unbelievable. If the money isn't back by Monday I'll ask my bank to reverse it.")
    assert topic_of(text) == "charged_after_cancel"


def test_an_account_the_company_closed_is_still_a_lockout():
    text = "You closed my account without warning and now I can't log in to get my invoices. This is ridiculous."
    assert topic_of(text) == "account_access"


@pytest.mark.parametrize("text", [
    "Nos acabáis de cancelar la reserva de la casa rural a dos días de llegar y no hay nada libre en la zona. "
    "Es una vergüenza, quiero una alternativa.",
    "On nous a annulé le gîte trois jours avant l'arrivée, pour un « problème du propriétaire ». C'est honteux, "
    "trouvez-nous une solution.",
])
def test_a_stay_cancelled_on_them_is_a_disrupted_trip(text):
    assert topic_of(text) == "travel_disruption"


@pytest.mark.parametrize("text", [
    "Commande livrée hier : les biscuits sont arrivés écrasés et la boîte éventrée. Franchement, bravo l'emballage.",
    "El pedido llegó ayer y las cajas venían aplastadas, las galletas destrozadas. Una vergüenza.",
    "Die Lieferung kam gestern, die Dosen waren zerdrückt und eingedrückt. Eine Frechheit.",
])
def test_goods_crushed_in_transit_are_damaged(text):
    assert topic_of(text) == "damaged_or_defective"


# A frightened customer whose words are quoted back is told the situation is hard, not that their anger is understood
# ("je comprends votre colère" to someone who wrote "je commence à paniquer" says something untrue about them); and the
# quoted sentence is a paragraph of its own, a blank line before what follows.
@pytest.mark.parametrize("text, anger", [
    ("My mum's oxygen refill order has been \"processing\" for six days and her last cylinder runs out tomorrow. I'm "
     "frightened, please help.", "why you're upset"),
    ("Ça fait quatre semaines que j'attends le lit médicalisé (commande LM-2290). Le suivi ne bouge plus depuis le 4 "
     "mars. Ma mère sort de l'hôpital dans dix jours et je commence vraiment à paniquer.", "colère"),
    ("Die Insulinlieferung für meine Tochter ist seit sechs Tagen \"in Bearbeitung\" und morgen ist ihr letzter Pen "
     "leer. Ich habe große Angst, bitte helfen Sie.", "Ärger"),
])
def test_a_frightened_customer_quoted_back_is_not_told_their_anger_is_understood(text, anger):
    reply = preview(text, "Sam Lee", None)["reply_text"]
    quoted = reply.split("\n\n")[1]
    assert any(mark in quoted for mark in ("«", "„", ': "')), reply  # their words are quoted
    assert anger not in reply
    assert "\n\n" in reply.split(quoted, 1)[1][:2], reply  # the quote's paragraph ends with a blank line


@pytest.mark.parametrize("text, deadline", [
    ("The party is on Sunday. If the cake stand isn't here Saturday at the latest, it's no use to me. Fed up.",
     "Saturday at the latest"),
    ("La fête est dimanche. Si le colis n'arrive pas samedi au plus tard, il ne me sert à rien. C'est agaçant.",
     "samedi au plus tard"),
    ("La comunión es el domingo. Si no llega el sábado como muy tarde, ya no me sirve. Estoy harta.",
     "el sábado como muy tarde"),
])
def test_the_latest_day_said_after_it_is_their_deadline(text, deadline):
    facts = preview(text, "Sam", None)["facts"]
    assert [f["text"] for f in facts if f["kind"] == "deadline"] == [deadline]


def test_a_latest_day_the_company_promised_is_no_deadline_of_theirs():
    facts = preview("You promised it Friday at the latest and it never came. So annoying.", "Sam", None)["facts"]
    assert not [f for f in facts if f["kind"] == "deadline"]


@pytest.mark.parametrize("text", [
    "I got a welcome pack today for a broadband contract at an address I've never lived at. I think someone has stolen "
    "my identity. I'm scared, please shut it down and tell me what they used.",
    "Me ha llegado una carta de bienvenida de un contrato que no he firmado. Creo que me han robado la identidad. "
    "Estoy muy asustada, ciérrenlo por favor.",
    "J'ai reçu un contrat d'électricité à mon nom pour une adresse inconnue. On m'a volé mon identité, je suis "
    "paniquée. Fermez ce compte s'il vous plaît.",
])
def test_an_identity_stolen_with_no_money_taken_gets_the_account_secured_not_a_card_blocked(text):
    reply = preview(text, "Sam", None)["reply_text"]
    assert preview(text, "Sam", None)["topic"] == "fraud_or_security"
    assert not any(w in reply for w in ("blocked the card", "bloqueado la tarjeta", "bloqué la carte")), reply


_OWN = ("Still no internet. This is useless, I work from home and I've lost two days of work.\n\nSam\n\n")


@pytest.mark.parametrize("quote", [
    "On Tue, 3 Mar 2026, Acme Broadband <help@acme.example> wrote:\n> Hi Sam, could you try restarting the router and "
    "let us know if the light stays red?\n> Thanks, Kim",
    "-----Original Message-----\nFrom: Acme Support <help@acme.example>\nSent: 3 March 2026 10:02\nSubject: RE: outage\n\n"
    "Hi Sam, thank you for your email. We've run a line test and reset your port.",
])
def test_a_quoted_answer_from_support_is_a_contact_before(quote):
    reply = preview(_OWN + quote, "Sam", None)["reply_text"]
    assert "You've had to come back to us about this" in reply, reply
    assert "[Only if" not in reply


@pytest.mark.parametrize("quote", [
    "On Tue, 3 Mar 2026, Acme Broadband <noreply@acme.example> wrote:\n> We apologise for any inconvenience caused by "
    "this morning's scheduled maintenance. All services are now restored.",
    "On Tue, 3 Mar 2026, Acme Broadband <receipts@acme.example> wrote:\n> Your bill for March is ready. Amount due: "
    "£42.00. Payment will be taken on 5 March.",
])
def test_a_quoted_notice_or_receipt_answers_nothing_of_theirs(quote):
    reply = preview(_OWN + quote, "Sam", None)["reply_text"]
    plain = [line for line in reply.splitlines() if line.startswith("You've had to")]
    assert not plain, reply  # a repeat contact line, if any, stays marked for the agent


@pytest.mark.parametrize("text, before", [
    ("You took £59.99 this morning for a yearly renewal nobody told me about. I've switched off auto-renew now, I just "
     "want the money back. Really not happy.", False),
    ("I had turned off auto-renew in March and you still took £59.99 this morning for a yearly renewal. Really not "
     "happy.", True),
])
def test_auto_renew_switched_off_just_now_is_no_cancelling_before_the_charge(text, before):
    out = preview(text, "Sam", None)
    assert ("already_cancelled" in out["cues"]) is before
    assert out["topic"] == ("charged_after_cancel" if before else "unexpected_charge")
