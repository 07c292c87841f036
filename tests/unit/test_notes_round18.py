"""Note classes from session 18 (round 18's writers 53 and 54), each tested on messages written here:
- food and heating are fear only when the customer is going without ("£40 is my food shopping for the week", "no
  heating since Sunday"); the food on a cruise, kitten food, a firm called "... Plumbing & Heating" and an elderly
  cat make no one frightened, so the draft does not say "I can see how hard this is for you" or offer a call today;
- a message that says which contact it is counts it: "Third time I'm reporting this", "For the THIRD time." on its
  own, "meine dritte Nachricht", "mi tercera reclamación"; the third time a parcel went astray does not;
- "effective immediately" is when a cancellation takes effect, not a deadline; "right now" closing a sentence that
  asks for nothing tells the state ("It's 11 degrees in the flat right now"); a window counted from now ("in the
  next two hours", "within the hour") is a deadline when they ask for it or set a condition on it, not when it is the
  story ("she rang back within the hour");
- a wrong item whose customer asks only for their money back ("collect this one and refund me in full") gets a draft
  about the refund, not one that offers to send the right item; asking for the right one, or refusing a refund, keeps
  the replacement.
"""

import pytest

from worker.writing.facts import extract_facts
from worker.writing.preview import preview

HARD = "I can see how hard this is for you"


def deadline_of(text: str) -> str | None:
    facts = extract_facts(text)
    return facts.deadline.text if facts.deadline else None


@pytest.mark.parametrize("text", [
    "We're just back from the river cruise. The food was lovely but the cabin was never cleaned and the purser was "
    "rude to my wife twice. I expect a proper answer, not a form letter.",
    "You sent puppy food again instead of the kitten food I ordered. Third box in a row wrong. Sort it out.",
    "You billed our closed company again. Absolutely useless.\n\nDan Hale\nFormer Director, Hale Plumbing & Heating Ltd",
    "My elderly cat waited 50 minutes past her appointment and the vet never came out to apologise. Disgraceful.",
])
def test_food_heating_or_age_alone_make_no_one_frightened(text):
    out = preview(text, "Sam", None)
    assert HARD not in out["reply_text"]


@pytest.mark.parametrize("text", [
    "The refund of £40 still hasn't come. That £40 is my food shopping for the week and I don't know what to do. "
    "This is a disgrace.",
    "No heating since Sunday and the engineer didn't turn up again. I have a newborn. This is appalling.",
])
def test_going_without_food_or_heating_is_fear(text):
    out = preview(text, "Sam", None)
    assert HARD in out["reply_text"]


@pytest.mark.parametrize("text, nth", [
    ("Third time I'm reporting this. The app logs me out every night and nobody fixes it. Pathetic.", "3rd contact"),
    ("For the THIRD time.\n\nThe invoice is addressed to the wrong company. Fix it, this is ridiculous.", "3rd contact"),
    ("Hallo,\ndas ist jetzt meine dritte Nachricht dazu. Die App stürzt immer noch ab. Echt ärgerlich.", "3rd contact"),
    ("Es mi tercera reclamación por la misma factura y nadie me contesta. Una vergüenza.", "3rd contact"),
])
def test_the_message_that_says_which_contact_it_is_counts_it(text, nth):
    assert nth in preview(text, "Sam", None)["brief"]


@pytest.mark.parametrize("text", [
    "For the third time the courier left the parcel at the wrong house. I'm fed up with this.",
    "Third night in a row the heating clicks off at 2am. I'm sick of it.",
])
def test_a_failure_counted_is_no_contact_count(text):
    assert "3rd contact" not in preview(text, "Sam", None)["brief"]


@pytest.mark.parametrize("text", [
    "Cancel my membership, effective immediately. No more charges. I'm done with you.",
    "Please close the account immediately effective and stop billing me. Disgraceful.",
])
def test_effective_immediately_is_no_deadline(text):
    assert deadline_of(text) is None


def test_right_now_closing_a_state_is_no_deadline_but_the_ask_is():
    text = ("I need someone out today please. The boiler is dead and my dad is 90. "
            "It's 11 degrees in his flat right now.")
    assert deadline_of(text) == "today"


@pytest.mark.parametrize("text, deadline", [
    ("Either get it here in the next two hours or refund me. Guests at 7.", "in the next two hours"),
    ("Please give me an ETA within the hour, the whole team is idle.", "within the hour"),
    ("Si no está arreglado en las próximas dos horas, me voy a otro proveedor.", "en las próximas dos horas"),
])
def test_a_window_from_now_they_ask_for_is_a_deadline(text, deadline):
    assert deadline_of(text) == deadline


@pytest.mark.parametrize("text", [
    "Last time your agent rang me back within the hour. This time nothing for a week. Poor.",
    "The repaired unit failed again within 48 hours. I'm furious.",
])
def test_a_window_in_the_story_is_no_deadline(text):
    assert deadline_of(text) is None


@pytest.mark.parametrize("text, language, refund_words", [
    ("Wrong table delivered: I ordered oak and you sent pine. Collect it and refund me in full, I'm done waiting. "
     "Order TB-4471.", "en", "Your refund"),
    ("Pedí la mesa de roble y me habéis traído una de pino. Llevaos esto y devolvedme el dinero, ya no la quiero. "
     "Vaya desastre.", "es", "reembolso"),
    ("Sie haben mir die falsche Kommode geliefert: bestellt war Eiche, gekommen ist Kiefer. Holen Sie sie ab und "
     "erstatten Sie mir den vollen Betrag. Unglaublich.", "de", "Erstattung"),
])
def test_a_wrong_item_they_want_their_money_back_for_gets_the_refund(text, language, refund_words):
    draft = preview(text, "Robin", language)["reply_text"]
    assert refund_words in draft
    assert "right item" not in draft and "artículo correcto" not in draft and "richtige Artikel" not in draft


@pytest.mark.parametrize("text", [
    "Ordered the oak table, you delivered a pine one. Send the right one this week or refund me. Useless.",
    "Wrong colour sofa delivered. I don't want a refund, I want the green one I paid for. Furious.",
])
def test_a_wrong_item_they_still_want_keeps_the_replacement(text):
    draft = preview(text, "Robin", "en")["reply_text"]
    assert "right item" in draft
