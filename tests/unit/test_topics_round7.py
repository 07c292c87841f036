"""Topic classes two seventh-round writers showed missing. First, near misses that named the wrong situation: a
product that "should not arrive in such a condition" is no late parcel, "at no extra cost" is no charge, "nothing
happens" after complaints is no button that does nothing. Every sentence here is new, not from a data file."""

from worker.writing.topics import choose_topic


def test_goods_that_should_arrive_by_a_date_are_still_late():
    text = "The sofa should arrive by the 12th, it's the 20th and nothing. I paid £900 for it. Where is it?"
    assert choose_topic(text) == "delivery_delay"


def test_no_extra_cost_is_no_charge():
    text = "The kettle you sent stopped working after two days. Send me a new one at no extra cost, without any additional fee."
    assert choose_topic(text) == "damaged_or_defective"


def test_nothing_happening_after_complaints_is_no_outage():
    text = "I've complained three times about the damp in the flat and nothing happens. Nobody calls back."
    assert choose_topic(text) != "outage_or_bug"
