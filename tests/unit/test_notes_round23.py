"""Note classes from session 22 (round 23's writer 67), each tested on messages written here:
- "I'm afraid" opening a clause is English politeness ("I'm afraid I've had no reply", "I'm afraid this is the third
  invoice"), not fear: the draft does not say "I can see how hard this is for you"; afraid of, to or for something,
  or "so afraid", still is fear;
- a cancellation asked for an order or a booking ("please cancel order 7731", "cancelen la reserva", "annulez ma
  commande", "stornieren Sie die Buchung") is confirmed as that order or booking cancelled, not as "[closed your account
  / cancelled your subscription]"; a sentence that cancels an account, a subscription or a contract keeps the closure;
- a faulty thing is put right by repair, replacement or refund, and only what needs collecting is collected: a leased
  car in the garage or a boiler on the wall got "[... how we collect the item at no cost to you.]" (nb-68-090);
- a doctor writing formally is greeted by title and surname, as in French and German letters: "Bonjour Docteur
  Fontaine," and "Guten Tag Dr. Reiter," (not "Bonjour Dr Amélie Fontaine," / "Guten Tag Dr. Wolfgang Reiter,");
- a demand to put money back, reconnect, reinstate or reverse something today is their deadline, like "refund me today"
  ("Put the money back today and pay the bank charges or I'm going to the papers", nb-68-073; four read lines).
"""

import pytest

from worker.writing.preview import preview

HARD = "I can see how hard this is for you"


@pytest.mark.parametrize("text", [
    "I'm afraid I've still had no reply about the refund for order 55120, and it has been three weeks now. Frankly "
    "this is getting ridiculous.",
    "Hello, I'm afraid this is the third invoice in a row that bills us for a seat we removed in October. Please "
    "correct it; we are tired of chasing this.",
    "I'm afraid your courier has left the sofa in the rain again. Not good enough, honestly.",
])
def test_im_afraid_as_politeness_frightens_no_one(text):
    assert HARD not in preview(text, "Alex", None)["reply_text"]


@pytest.mark.parametrize("text", [
    "I'm afraid of losing the flat if your direct debit bounces my rent again. Third month running your system has "
    "taken it twice, and nobody rings back.",
    "I'm so afraid they'll cut off the gas while my mum is staying with us. I've paid, and your system still says I "
    "owe £310. Please sort it today.",
])
def test_fear_of_something_is_still_fear(text):
    assert HARD in preview(text, "Alex", None)["reply_text"]


@pytest.mark.parametrize("text, locale, expected", [
    ("The sofa is now eleven weeks late and nobody answers. Please cancel order 7731 and refund my deposit of £300. "
     "I've had enough.", "en", "I've cancelled your order (7731) as you asked"),
    ("Third date change from your side. I want to cancel the booking for the cottage in May, I'm done with this.",
     "en", "I've cancelled your booking as you asked"),
    ("Estoy harta de esperar. Les ruego que cancelen la reserva del hotel para marzo y me devuelvan el dinero.", "es",
     "He cancelado su reserva"),
    ("C'est inadmissible, trois semaines sans nouvelles. Annulez ma commande 55-1092 et remboursez-moi.", "fr",
     "J'ai annulé votre commande (55-1092)"),
    ("Das ist eine Frechheit, schon wieder verschoben. Bitte stornieren Sie die Buchung 88410 sofort, ich reise "
     "nicht mehr mit Ihnen.", "de", "Ihre Buchung (88410) wie gewünscht storniert"),
])
def test_an_order_or_booking_cancelled_is_named_as_such(text, locale, expected):
    reply = preview(text, "Alex", locale)["reply_text"]
    assert expected in reply
    assert "[closed your account" not in reply and "[cerrado su cuenta" not in reply and "[fermé votre compte" not in reply


@pytest.mark.parametrize("text", [
    "Your app charged me twice again. Cancel my subscription today, and cancel the order I placed yesterday too. "
    "Fed up.",
    "I'm sick of the dropped calls. Please cancel my contract; the phone order can go as well.",
])
def test_an_account_or_subscription_cancelled_keeps_the_closure(text):
    reply = preview(text, "Alex", "en")["reply_text"]
    assert "[closed your account / cancelled your subscription]" in reply \
        or "[close your account / cancel your subscription]" in reply


@pytest.mark.parametrize("text, locale, repair", [
    ("The leased van has been sitting in your garage for nine days with a broken gearbox and I still have no courtesy "
     "vehicle. This is not good enough.", "en", "[Repair, replacement or refund"),
    ("El sofá que me entregaron hace dos semanas ya tiene la costura rota y un cojín descosido. Es intolerable.", "es",
     "[Reparación, sustitución o reembolso"),
    ("Le lave-linge livré la semaine dernière est déjà en panne, il fuit partout. C'est inadmissible.", "fr",
     "[Réparation, remplacement ou remboursement"),
    ("Der neue Kühlschrank ist nach zwei Wochen kaputt und kühlt nicht mehr. Eine Frechheit.", "de",
     "[Reparatur, Ersatz oder Erstattung"),
])
def test_a_faulty_thing_is_put_right_without_presuming_a_collection(text, locale, repair):
    from worker.writing.situation import read_situation

    assert read_situation(text, language=locale).topic == "damaged_or_defective"
    assert repair in preview(text, "Alex", locale)["reply_text"]


@pytest.mark.parametrize("text, name, locale, greeting", [
    ("Madame, Monsieur,\n\nJe vous ai renvoyé la lampe le 3 mars et je n'ai toujours pas été remboursée. Je trouve "
     "cela inadmissible.\n\nVeuillez agréer mes salutations distinguées.", "Dr. Claire Aubert", "fr", "Bonjour Docteur Aubert,"),
    ("Sehr geehrte Damen und Herren,\n\nseit drei Wochen warte ich auf die Erstattung für die zurückgesandte Lampe. "
     "Das ist nicht hinnehmbar.\n\nMit freundlichen Grüßen", "Dr. Jonas Keller", "de", "Guten Tag Dr. Keller,"),
])
def test_a_doctor_writing_formally_is_greeted_by_title_and_surname(text, name, locale, greeting):
    assert preview(text, name, locale)["reply_text"].startswith(greeting)


@pytest.mark.parametrize("text", [
    "You took the rent twice. Put the money back today and cover the overdraft fee, or I go to the ombudsman.",
    "My broadband was cut off by mistake. Reconnect me today, I work from home.",
    "You cancelled my booking without asking. Reinstate it today or I dispute the payment.",
    "That fee was never agreed. Reverse it today, please.",
])
def test_a_demand_to_undo_something_today_is_their_deadline(text):
    from worker.writing.facts import extract_facts

    deadline = extract_facts(text).deadline
    assert deadline is not None and deadline.text == "today"
