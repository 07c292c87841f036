"""Topic classes found reading this session's drafts (session 8), each tested on sentences written here: asking
where the refund is names a refund, not a parcel ("wo bleibt" alone stays a delivery)."""

import pytest

from worker.writing.topics import choose_topic


@pytest.mark.parametrize("text", [
    "Wo bleibt denn meine Rückerstattung? Die Rücksendung ist seit drei Wochen bei Ihnen.",
    "Where's my refund? The return was signed for on the 2nd and I've heard nothing since.",
    "Where is the money you promised back for the cancelled class? Booking 88-120.",
])
def test_asking_where_the_refund_is_names_a_refund(text):
    assert choose_topic(text) == "refund_not_received"


@pytest.mark.parametrize("text", [
    "Wo bleibt mein Paket? Bestellt am Montag, Expressversand bezahlt.",
    "Where is my order? It was meant to come on Tuesday and the tracking hasn't moved.",
])
def test_asking_where_the_parcel_is_stays_a_delivery(text):
    assert choose_topic(text) == "delivery_delay"
