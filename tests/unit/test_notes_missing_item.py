"""Part of an order that never came is an incomplete order: the reply says so and offers to send what is missing, never
"you ordered one thing and got another" with a wrong item to collect (new messages, en/es/fr/de)."""

import pytest

from worker.writing.preview import preview

MISSING = [
    ("en", "Second time the bag arrived with the oat milk missing. Order GX-20418. Honestly fed up with this."),
    ("es", "Otra vez falta una pieza en el pedido MB-7731, la balda de abajo. Estoy harta de reclamar."),
    ("fr", "Il manque encore un article dans ma commande PK-5521, le chargeur. C'est vraiment pénible."),
    ("de", "Schon wieder fehlt ein Teil in der Bestellung HT-3392, die Fernbedienung. Das nervt wirklich."),
]


@pytest.mark.parametrize("lang, text", MISSING)
def test_a_missing_part_is_answered_as_missing(lang, text):
    note = preview(text, name="Alex Moreau", locale=lang)
    assert note["topic"] == "wrong_item"
    reply = note["reply_text"]
    assert not any(wrong in reply for wrong in ("got another", "le llegó otra", "te llegó otra", "reprenons le mauvais",
                                                 "den falschen kostenlos abholen", "collect the wrong one"))
    assert any(missing in reply for missing in ("didn't arrive", "no llegó", "n'est pas arrivée", "nicht angekommen"))


def test_a_wrong_item_is_still_collected():
    reply = preview("I ordered the blue kettle (order KT-4410) and got a toaster. Ridiculous.", name="Alex Moreau")["reply_text"]
    assert "collect the wrong one" in reply
