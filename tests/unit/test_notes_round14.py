"""Note classes from session 14, each tested on messages written here:
- a cancel request beside a grievance is answered with what they leave over; a clause that closes a ticket or a
  complaint ("and close the ticket I opened about it") or ends a call ("and end the call before I can explain") asks
  nobody to leave, so the grievance in that sentence still counts.
"""

import pytest

from worker.writing.preview import preview


@pytest.mark.parametrize(("text", "topic"), [
    ("Please cancel my subscription. The blender arrived with a cracked jug, and close the ticket I opened about it last "
     "week, it was never answered.", "damaged_or_defective"),
    ("I want to cancel my contract. The internet has dropped every evening for two weeks, and end the call before I can "
     "explain, every time.", "outage_or_bug"),
])
def test_closing_a_ticket_or_ending_a_call_is_no_request_to_leave(text, topic):
    note = preview(text, "Ann", None)
    assert note["topic"] == topic and "cancel_request" in note["cues"]
