"""Classes found in session 22 (d22b), each tested on sentences written here: a churn threat told as the alternatives
already being looked at, whatever the rival sells (en/es/fr/de). The read lines each class rests on are named beside its
patterns in worker/detector/signals.py."""

import pytest

from worker.detector import detect


def _cues(text):
    return detect(text).cues


# The alternatives already looked at: a rival named by what it is, not by a word from a list of providers.
LOOKING_ELSEWHERE = [
    "Third missed collection this month. I'm already looking at the skip firm across the road for the next job.",
    "The studio has been freezing every morning and honestly we've started looking at other studios for the spring term.",
    "Your new fees are steep, and I've begun looking at what the others charge before my plan ends.",
    "After the third outage this week I'm starting to look seriously at moving to Hostly.",
    "No heating again. I've already had a look round the office on Carver Street and it's half the price.",
    "Encore une panne ce matin. Je vais regarder d'autres salles pour la rentrée si ça continue.",
    "Nous avons reçu une offre d'un autre transporteur, moins chère et plus ponctuelle.",
    "Ya he mirado las tarifas de otra compañía y me sale bastante más barato, la verdad.",
    "Otra vez sin profesor. Si esto no cambia, me busco otra academia en septiembre.",
    "Seit Wochen ruckelt alles. Ich schau mir jetzt die Tarife von Vodafone genauer an.",
    "Wenn das so bleibt, werde ich mich nach dem Sommer anderweitig umsehen.",
    "Meldet sich bis Montag niemand, werde ich mich an einen anderen Makler wenden.",
]

# The same words about something else: a page or a photo looked at, a past look, a department to turn to, a new way.
NOT_LOOKING_ELSEWHERE = [
    "I'm looking at other photos of the sofa on your site and the colour looks different to mine.",
    "I looked at the shop on the high street last week but they had no stock.",
    "Could you tell me where I should look at the alternatives for the charger model?",
    "Me busco otra manera de pagar si la tarjeta sigue fallando, ¿aceptáis PayPal?",
    "Soll ich mich an eine andere Abteilung wenden, um die Rechnung zu ändern?",
    "J'ai regardé d'autres vidéos d'aide mais le code d'erreur reste le même.",
]


@pytest.mark.parametrize("text", LOOKING_ELSEWHERE)
def test_the_alternatives_already_looked_at_are_a_churn_threat(text):
    assert "churn_threat" in _cues(text)


@pytest.mark.parametrize("text", NOT_LOOKING_ELSEWHERE)
def test_looking_at_pages_or_asking_where_to_turn_is_no_churn_threat(text):
    assert "churn_threat" not in _cues(text)
