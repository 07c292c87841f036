"""Topic classes round 10's two read writers showed: a cancel request is the remedy the customer chose, and the
situation is what they leave over (an outage, a refund that never came, goods that came late or wrong, a charge); it
stays a cancellation when cancelling is itself the trouble, when nothing else went wrong, or when a price rise is why
they leave. Read through read_situation with the detector's cues, as the note does. Every sentence here is new, not from
a data file."""

import pytest

from worker.detector import detect
from worker.writing.situation import read_situation
from worker.writing.topics import choose_topic


def _topic(text: str, subject: str = "") -> str:
    return read_situation(text, subject, detect(text).cues).topic


@pytest.mark.parametrize("text, topic", [
    ("The internet has dropped out every single evening for two weeks and your engineers keep saying it's fine. "
     "Please cancel my contract.", "outage_or_bug"),
    ("Desde hace doce días no tengo conexión a internet en casa y nadie lo arregla. Quiero dar de baja mi contrato.",
     "outage_or_bug"),
    ("Depuis dix jours je n'ai plus de connexion internet, ça coupe sans arrêt. Je vous demande de résilier mon abonnement.",
     "outage_or_bug"),
    ("Seit zwei Wochen funktioniert das Internet überhaupt nicht, kein Techniker kommt. Bitte kündigen Sie meinen Vertrag.",
     "outage_or_bug"),
    ("You promised my refund of £74 three weeks ago and it has never arrived in my account. Please close my account.",
     "refund_not_received"),
    ("I ordered the large grey rug and you sent a small blue one, twice now. I want to cancel my membership.",
     "wrong_item"),
])
def test_a_cancel_request_beside_what_went_wrong_is_what_went_wrong(text, topic):
    assert _topic(text) == topic


@pytest.mark.parametrize("text", [
    "Please cancel my membership. I've asked three times on the phone and every time I get a discount offer instead.",
    "Quiero darme de baja. El botón de la web me devuelve a la página de ofertas y nadie contesta los correos.",
    "Your renewal says the premium goes up from £20 to £31 a month. Cancel my policy, effective immediately.",
    "Cancel my subscription please, I don't use it any more.",
])
def test_a_cancel_request_with_no_other_grievance_stays_a_cancellation(text):
    assert _topic(text) == "cancellation"


@pytest.mark.parametrize("text", [
    "Seit Montag fällt unser Internet jeden Abend für zwei Stunden aus.",
    "Seit einer Woche fällt die Leitung bei uns mehrmals täglich komplett aus.",
    "Der Livestream bricht jedes Mal nach zehn Minuten ab.",
    "Depuis samedi je n'ai plus d'internet du tout à la maison.",
    "Nous n'avons plus de réseau dans tout l'immeuble depuis trois jours.",
    "Desde el jueves no tengo conexión en el piso.",
    "El vídeo del curso se corta cada dos minutos.",
])
def test_a_connection_or_a_stream_that_drops_is_an_outage(text):
    assert choose_topic(text) == "outage_or_bug"


@pytest.mark.parametrize("text", [
    "Der Zug nach Köln fällt heute aus, und niemand sagt uns etwas.",
    "Je n'ai plus de patience avec votre service.",
])
def test_a_cancelled_train_or_a_lost_patience_is_no_outage(text):
    assert choose_topic(text) != "outage_or_bug"
