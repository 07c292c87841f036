"""The reference a draft names is the one the customer introduced as a reference ("order no. 88-442190"), not a
product's model code that came first ("the Bosch WX-5521 washer"); the brief lists it first too."""

import pytest

from worker.writing.facts import extract_facts
from worker.writing.preview import preview

MESSAGES = [
    ("The Halvorsen WX-5521 washer (order no. 88-442190) came with the drum cracked and nobody has called me back. "
     "This is ridiculous.", "88-442190", "WX-5521"),
    ("Statt der bestellten Kaffeemaschine Brava CM-210 (Auftrag 40-771205) kam ein Wasserkocher. Langsam reicht es mir "
     "wirklich.", "40-771205", "CM-210"),
]


@pytest.mark.parametrize("text, order, model", MESSAGES)
def test_the_draft_names_the_order_not_the_model(text, order, model):
    facts = extract_facts(text)
    assert facts.main_ref is not None and facts.main_ref.text == order
    note = preview(text, name="Robin Ames")
    assert note["flagged"]
    assert model not in note["reply_text"]
    assert note["brief"].index(order) < (note["brief"].index(model) if model in note["brief"] else len(note["brief"]))


def test_without_a_named_reference_the_first_code_is_kept():
    assert extract_facts("Parcel ZX-88120 and ZX-88121 both still missing.").main_ref.text == "ZX-88120"
