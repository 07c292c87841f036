"""Topic classes from session 19b (round 19's writers 56 and 57, situations near a border between two topics), each
tested on messages written here:
- a part or accessory absent from what arrived, told by asking for the missing part by name ("send the missing
  pieces", "les pièces manquantes", "il manque toute la visserie", "das fehlende Teil", "es fehlt einfach ein Teil",
  "las piezas que faltan") is an incomplete order (wrong_item), not a defect or a bug; a parcel itself missing stays
  a delivery that did not come.
"""

import pytest

from worker.writing.preview import preview


def topic_of(text: str, subject: str = "") -> str:
    return preview(text, "Sam", None, subject=subject)["topic"]


@pytest.mark.parametrize("text, topic", [
    ("Unpacked the bookcase tonight. Every shelf is there and nothing is scratched, but there's no bag of shelf pins "
     "and cam locks in there at all. Two weeks I waited for this. Ship me the missing parts this week, I'm sick of "
     "living out of boxes.", "wrong_item"),
    ("Der Schrank ist heute gekommen, alles heil, aber es fehlt schon wieder ein Teil: die Türdämpfer sind nicht "
     "dabei. Ich habe zweimal angerufen. Schicken Sie mir endlich das fehlende Teil, sonst geht alles zurück.",
     "wrong_item"),
    ("Le lit est arrivé hier, les montants sont en bon état, mais il manque toute la visserie. Impossible de le "
     "monter. Trois appels, aucune réponse. Envoyez-moi les pièces manquantes tout de suite.", "wrong_item"),
    ("Ha llegado la mesa y está en perfecto estado, pero las piezas que faltan son justo las patas. ¿Cómo monto una "
     "mesa sin patas? Es la segunda vez que os escribo. Mandadlas ya.", "wrong_item"),
])
def test_a_part_missing_from_what_arrived_is_an_incomplete_order(text, topic):
    assert topic_of(text) == topic


@pytest.mark.parametrize("text, topic", [
    # The parcel itself missing: a delivery that did not come, not an incomplete one.
    ("My parcel is missing. Tracking said delivered on Monday, nothing on the doorstep, nothing with the neighbours. "
     "Third email now. Where is it?", "delivery_delay"),
    # A part that broke, not one absent.
    ("The chair arrived with a cracked leg, the whole thing wobbles and I nearly fell off it the first evening. "
     "Absolutely shoddy. I want a replacement.", "damaged_or_defective"),
])
def test_near_misses_keep_their_situation(text, topic):
    assert topic_of(text) == topic
