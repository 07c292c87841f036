"""Classes from session 22's second reading (round 23's writer 68), each tested on messages written here:
- the delivery date the site, the app or the confirmation stated is the company's date, not the customer's deadline
  ("The site said delivery by 10 December. It's the 16th" got "I know you need this sorted by 10 December", nb-68-065);
- a payment still to come ("before the direct debit comes out on the 20th", nb-68-072) is no charge taken on that day,
  and "before the payment goes out on the 30th" is when they need it sorted;
- one sum of several ("23 donations of £1 each", nb-68-063) is no whole: the fraud claim is not said with it;
- a complaint to a professional body or regulator named by its kind ("the General Dental Council", nb-68-095) and the
  Direct Debit Guarantee claimed through the bank (nb-68-007) are legal threats.
"""

import pytest

from worker.detector import detect
from worker.writing.facts import extract_facts, is_unit
from worker.writing.preview import preview


# --- 1. a delivery date the company stated is no deadline of theirs ---

@pytest.mark.parametrize("text", [
    "The website said delivery by 3 March. It's now the 9th and the tracking hasn't moved. Where is my parcel?",
    "Your app showed arriving before Friday and it is now Tuesday. Nobody answers the chat.",
    "You quoted delivery by the 12th when I paid. Still nothing, and no reply to two emails.",
    "Le site annonçait une livraison avant le 4 avril. Nous sommes le 11 et toujours rien.",
    "La web decía entrega antes del 4 de abril. Hoy es 11 y no ha llegado nada.",
    "Laut Website Lieferung bis zum 4. April. Heute ist der 11. und nichts ist angekommen.",
])
def test_a_stated_delivery_date_is_no_deadline(text):
    assert extract_facts(text).deadline is None


@pytest.mark.parametrize("text, expected", [
    ("Your email said I must submit the form by midnight tonight, but the upload page is broken.", "by midnight tonight"),
    ("The site said next-day delivery. I need the cot by Friday, the baby is due.", "by Friday"),
    ("Please deliver it by Saturday, it is for my daughter's party.", "by Saturday"),
])
def test_their_own_deadline_stays(text, expected):
    deadline = extract_facts(text).deadline
    assert deadline is not None and deadline.text == expected


def test_the_draft_does_not_give_the_promised_date_as_their_need():
    text = ("I ordered a framed print for my gran's 90th. The site said delivery by 2 May. It's the 8th and the order "
            "still says 'processing'. I've emailed twice. Please can someone tell me what is going on.")
    assert "by 2 May" not in preview(text, "Alex", "en")["reply_text"]


# --- 2. a payment still to come is no charge taken ---

@pytest.mark.parametrize("text, day", [
    ("My bill says £540 for one month, it's normally £60. Please fix it before the payment goes out on the 28th.", "the 28th"),
    ("The next instalment will be taken on 3 June and it is £200 too much.", "3 June"),
    ("El recibo se cobrará el 5 de junio y el importe está mal.", "5 de junio"),
    ("Le montant sera prélevé le 5 juin et il est faux.", "5 juin"),
    ("Der falsche Betrag wird am 5. Juni abgebucht.", "5. Juni"),
    ("My annual plan renews on 1 August and I want it cancelled.", "1 August"),
])
def test_the_day_of_a_payment_to_come_is_no_charge_date(text, day):
    dates = {d.text: d.label for d in extract_facts(text).dates}
    assert dates[day] == "due"


@pytest.mark.parametrize("text, day", [
    ("You took £45 on the 14th without asking me.", "the 14th"),
    ("The direct debit came out on the 3rd and it was double.", "the 3rd"),
    ("Sie haben am 3. Juni 40 € abgebucht.", "3. Juni"),
])
def test_a_charge_taken_keeps_its_date(text, day):
    dates = {d.text: d.label for d in extract_facts(text).dates}
    assert dates[day] == "charge"


@pytest.mark.parametrize("text, expected", [
    ("My bill is £540 for one month. Please correct it before the direct debit comes out on the 28th, I can't pay that.",
     "before the direct debit comes out on the 28th"),
    ("Arreglen esto antes de que se cobre el recibo el 5 de junio, no tengo ese dinero.",
     "antes de que se cobre el recibo el 5 de junio"),
    ("Merci de corriger la facture avant le prélèvement du 5 juin.", "avant le prélèvement du 5 juin"),
    ("Bitte korrigieren Sie das, bevor die Lastschrift am 5. Juni abgebucht wird.", "bevor die Lastschrift am 5. Juni abgebucht wird"),
])
def test_before_a_payment_to_come_is_their_deadline(text, expected):
    deadline = extract_facts(text).deadline
    assert deadline is not None and deadline.text == expected


def test_the_draft_does_not_say_a_payment_to_come_was_taken():
    text = ("I've just opened my gas bill and it's £540 for one month, my usual is £60. The meter reading you used is "
            "wrong. I'm really worried. Please correct this before the direct debit comes out on the 28th.")
    reply = preview(text, "Alex", "en")["reply_text"]
    assert "taken on the 28th" not in reply


# --- 3. one sum of several is no whole ---

@pytest.mark.parametrize("text, sum_", [
    ("There are 40 donations of £2 each on my card that I never made.", "£2"),
    ("Someone bought 6 x £25 gift cards on my account last night.", "£25"),
    ("Four payments of £30 went out that I never authorised.", "£30"),
    ("Hay 12 donaciones de 1 € cada una en mi tarjeta que no hice.", "1 €"),
    ("Il y a 15 dons de 2 € chacun que je n'ai pas faits.", "2 €"),
    ("Es gibt 20 Spenden zu je 1 € auf meiner Karte, die ich nicht gemacht habe.", "1 €"),
])
def test_one_sum_of_several_is_a_unit(text, sum_):
    facts = extract_facts(text)
    amount = next(a for a in facts.amounts if a.text == sum_)
    assert amount.label == "unit" and is_unit(facts.own_text, amount)


def test_a_stated_total_of_units_is_the_whole():
    text = "I see 40 donations of £2 each, £80 in total, and I made none of them."
    facts = extract_facts(text)
    assert facts.amounts[0].text == "£80" and not is_unit(facts.own_text, facts.amounts[0])


def test_a_single_charge_is_no_unit():
    facts = extract_facts("You took £45 from my account without asking.")
    assert facts.amounts[0].label == "charge" and not is_unit(facts.own_text, facts.amounts[0])


def test_the_fraud_claim_is_not_said_with_a_unit():
    text = ("There are 40 donations of £2 each on my card through your site from last night, to all sorts of "
            "campaigns. I didn't make any of them. My bank has frozen my card. Someone is using your site to test "
            "stolen cards. I feel sick.")
    reply = preview(text, "Alex", "en")["reply_text"]
    assert "the £2" not in reply


# --- 4. legal threats ---

@pytest.mark.parametrize("text", [
    "I need an appointment this week, or I will be making a formal complaint to the General Optical Council.",
    "If this is not sorted I will complain to the Health and Care Professions Council about your physio.",
    "Refund the three payments or I'll claim them back through my bank's direct debit guarantee.",
    "Wenn das bis Freitag nicht erstattet ist, gebe ich die Lastschrift einfach zurück.",
    "Je vais faire un signalement à l'Ordre des architectes si rien ne bouge.",
    "Je vais signaler votre cabinet à la Chambre des notaires si rien ne bouge.",
    "Si no me responden presentaré una queja ante el Colegio de Arquitectos.",
    "Ich melde das an die Handwerkskammer, wenn das so bleibt.",
])
def test_a_regulator_by_its_kind_or_the_debit_guarantee_is_a_legal_threat(text):
    assert "legal_threat" in detect(text).cues


@pytest.mark.parametrize("text", [
    "I'm going to complain to the local council about the bins outside your shop.",
    "I'll make a complaint to the city council about the noise from the works.",
    "I complained to the store manager yesterday and nothing happened.",
    "My direct debit guarantee leaflet says you must give ten days' notice of a change, is that right?",
])
def test_a_council_of_a_place_or_a_question_is_no_legal_threat(text):
    assert "legal_threat" not in detect(text).cues
