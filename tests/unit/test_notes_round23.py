"""Note classes from session 22 (round 23's writer 67), each tested on messages written here:
- "I'm afraid" opening a clause is English politeness ("I'm afraid I've had no reply", "I'm afraid this is the third
  invoice"), not fear: the draft does not say "I can see how hard this is for you"; afraid of, to or for something,
  or "so afraid", still is fear.
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
