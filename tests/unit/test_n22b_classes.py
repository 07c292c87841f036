"""Session 22 (n22b): deadlines that are not the customer's deadline. Every sentence here is new.

The deadline readings (by / latest / the other time words / a window / a clock time / a demand for now) pass one guard,
facts._not_their_need, instead of the guards of session 21 applied in different combinations per reading.

- 1. The merge itself: a story told in the past ("I had a call this morning from someone ...", "by Sunday night the
  dog was sick") and the company's date ("was supposed to be here by yesterday") are no deadline whichever reading
  found the time (read lines nb-32-074, nb-41-054, nb-42-020, nb-54-033, nb-65-038, nb-42-060, nb-26-002, nb-26-052,
  nb-49-014); "Ich erwarte bis Freitag ..., warum ... nicht gemeldet wurde" asks, its past is the grievance (nb-54-007).
"""

import pytest

from worker.writing.facts import extract_facts


def _deadline(text: str) -> str | None:
    d = extract_facts(text).deadline
    return d.text if d else None


# --- 1. one guard for every reading -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Hello, I had a call this morning from a man who was asking for my card number. I hung up on him.",
    "I had a call this evening from someone who said they were from your billing department.",
    "My router was meant to be at the depot by yesterday and the tracker still shows nothing. Could you check?",
    "I fed him the new biscuits on Friday. By Saturday evening Rex was limping and off his food. Can your vet line call me?",
    "The heating was booked until 7pm and the room went cold at 5. Just letting you know.",
])
def test_a_time_of_the_story_is_no_deadline_whichever_reading_found_it(text):
    assert _deadline(text) is None


@pytest.mark.parametrize("text, deadline", [
    ("Ich erwarte bis Montag eine Erklärung, warum die Störung nicht behoben wurde.", "bis Montag"),
    ("Please can somebody call me back today, I am really worried.", "today"),
    ("If the courier can't get it to me by Wednesday, cancel it and refund me.", "by Wednesday"),
    ("I need the boiler fixed by Friday, my mum comes out of hospital then.", "by Friday"),
])
def test_a_need_beside_a_past_or_a_cannot_is_still_read(text, deadline):
    assert _deadline(text) == deadline
