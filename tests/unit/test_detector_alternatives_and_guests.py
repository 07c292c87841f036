"""Classes found in session 22 (d22b), each tested on sentences written here: a churn threat told as the alternatives
already being looked at, whatever the rival sells, and urgency told as guests coming on a near day (en/es/fr/de). The read
lines each class rests on are named beside its patterns in worker/detector/signals.py."""

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


# Urgency: guests coming on a near day, the thing needed for them.
GUESTS_COMING = [
    "The turkey crown never came. We've got the whole family coming on Sunday and nothing to cook.",
    "I've got my parents staying on Friday and the sofa bed is still in your warehouse.",
    "Tenemos invitados a cenar el viernes y el horno sigue sin funcionar.",
    "Nous recevons mes beaux-parents samedi et la table n'est toujours pas livrée.",
    "Wir bekommen am Sonntag Besuch und das Bett ist immer noch nicht geliefert.",
]

# Guests told as past, or a tradesman (not guests) booked for a day.
NOT_GUESTS_COMING = [
    "We had guests on Saturday and the oven broke halfway through the roast.",
    "I've got an engineer coming on Monday to fit the boiler, is that still on?",
]


@pytest.mark.parametrize("text", GUESTS_COMING)
def test_guests_coming_on_a_near_day_are_urgency(text):
    assert "urgency" in _cues(text)


@pytest.mark.parametrize("text", NOT_GUESTS_COMING)
def test_guests_told_as_past_or_a_visit_booked_are_no_urgency(text):
    assert "urgency" not in _cues(text)
