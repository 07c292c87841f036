"""Draft classes from session 8's read of 30 held-out drafts, each tested on messages written here: a customer who
asks for the code that moves their number or line is sent the code; the draft never says the account is closed and
nothing is left to do, because the move is finished with their new provider."""

import pytest

from worker.writing.preview import preview
from worker.writing.reply_lint import lint_reply

PORTING = [
    ("en", "I've asked for my STAC code twice now and got a sales pitch both times. Just send me the code so I can switch."),
    ("es", "Les pido por tercera vez el código de portabilidad. No quiero ofertas, quiero irme. Línea 612 000 111."),
    ("es", "Pásame ya el código de portabilidad, que llevo una semana pidiéndolo y me cambio de compañía."),
    ("fr", "Je vous demande mon code RIO depuis dix jours, je veux partir chez un autre opérateur. C'est inadmissible."),
    ("de", "Ich möchte jetzt endlich die Rufnummernmitnahme, ich habe schon zweimal angerufen und werde nur vertröstet."),
    ("de", "Schick mir bitte endlich den Portierungscode, ich hab keine Lust mehr auf eure Angebote."),
]
DONE_FOR_THEM = ("nothing more you need to do", "no tienes que hacer nada", "no tiene que hacer nada",
                 "rien d'autre à faire", "nichts weiter tun")


@pytest.mark.parametrize("language, text", PORTING)
def test_a_customer_leaving_by_a_porting_code_is_sent_the_code(language, text):
    note = preview(text, name="Sam Okafor", locale=language)
    reply = note["reply_text"].lower()
    assert note["language"] == language and note["topic"] == "cancellation"
    assert not any(phrase in reply for phrase in DONE_FOR_THEM)
    assert "code" in reply or "código" in reply
    assert lint_reply(note["reply_text"], language) == []


def test_a_plain_cancel_still_gets_the_cancellation_done_line():
    note = preview("Cancel my broadband contract from the end of this month, I've asked twice already.", name="Sam Okafor")
    assert "nothing more you need to do" in note["reply_text"]
