"""Topic classes a sixth writer showed missing: sarcastic thanks on an upset message. Every sentence here is new, not
from a data file."""

import pytest

from worker.writing.topics import choose_topic


@pytest.mark.parametrize("text, subject", [
    ("Great, thanks so much. Fantastic service as always, really appreciate it.", "thank you"),
    ("Wonderful, brilliant job, thank you so much to the whole team!", "Thanks!"),
    ("Merci beaucoup, vraiment super, bravo à toute l'équipe.", ""),
])
def test_praise_is_never_the_topic_of_an_upset_message(text, subject):
    assert choose_topic(text, subject, upset=True) != "praise"
    assert choose_topic(text, subject, upset=False) == "praise"  # the same words, calm, are thanks
