"""Churn threat classes found in session 24, each tested on sentences written here (en/es/fr/de where the class
exists there), with near misses that must not change. The read lines each class rests on are named beside its patterns
in worker/detector/signals.py."""

import pytest

from worker.detector import detect


def _cues(text):
    return detect(text).cues


# Buying elsewhere with what is bought between, after a wish, or "chez quelqu'un d'autre"; the Spanish "a otro sitio".
ELSEWHERE = [
    "Le colis est arrivé ouvert. Ce genre de chose me donne envie d'aller commander mes jouets ailleurs.",
    "Troisième retard cette année. J'irai acheter mes cartouches ailleurs.",
    "Si le devis n'est pas corrigé, ce sera chez quelqu'un d'autre la prochaine fois.",
    "Otra vez el pedido incompleto. Si el lunes no está, me voy a pedir a otro sitio.",
    "Refund me the deposit and next spring the seeds will be coming from a shop that actually answers its emails.",
    "If a simple exchange is this hard, I'll stick to ordering from places that actually value their customers.",
]

# A rival or local firm in the future "instead", one already booked, one of the others, and gone "then".
INSTEAD_AND_OTHERS = [
    "The fitter has cancelled twice now. Just tell me so I can find a local installer instead.",
    "If the price goes up again I'll be looking at the council pool instead.",
    "No need to send anyone else, I've already booked someone local.",
    "If the old price can't be kept I'll just switch to one of the others.",
    "Fix the bill or put the £20 back, and then I'm gone.",
    "You've lost my custom after that call.",
    "I'm comparing a few other suppliers this week because of these delays.",
    "I'll be going with another supplier next year.",
]

# The word of mouth taken back, and the supplier to be replaced.
WORD_OF_MOUTH_WITHDRAWN = [
    "I've recommended you to everyone at my running club. That stops today.",
    "My brother was about to sign up and I've told him to hold off.",
    "I've warned my colleagues not to use you for their moves.",
    "Next year I'll be pointing them all at the bakery on the corner.",
    "We review suppliers in March and you're now top of the list to be replaced.",
    "J'ai conseillé à mes collègues de ne pas commander chez vous.",
    "Les he dicho a mis amigos que no os contraten.",
    "Ich habe meinen Kollegen schon abgeraten.",
]

# The same words about something else: a repair, a friend sent to the company, a step in a procedure, a story.
NOT_CHURN = [
    "I've recommended you to my neighbour, she'll call you next week about a quote.",
    "I told my daughter to hold off on updating the app until your fix is out?",
    "I'll be pointing them to your website so they can use the discount code.",
    "If the fine stands I'll be sending them to the local radio station instead.",
    "The engineer says he'll replace your old boiler valve on Tuesday.",
    "I'll use the website instead, the app keeps crashing.",
    "Can I get a refund instead of a voucher?",
    "J'ai dû aller acheter du lait ailleurs ce matin, mais la livraison est bien arrivée ensuite.",
    "Then I'm off to work, so please leave it with a neighbour.",
]


@pytest.mark.parametrize("text", ELSEWHERE)
def test_buying_elsewhere_said_with_words_between_is_a_churn_threat(text):
    assert "churn_threat" in _cues(text)


@pytest.mark.parametrize("text", INSTEAD_AND_OTHERS)
def test_a_rival_instead_or_one_of_the_others_is_a_churn_threat(text):
    assert "churn_threat" in _cues(text)


@pytest.mark.parametrize("text", WORD_OF_MOUTH_WITHDRAWN)
def test_word_of_mouth_withdrawn_is_a_churn_threat(text):
    assert "churn_threat" in _cues(text)


@pytest.mark.parametrize("text", NOT_CHURN)
def test_the_same_words_about_something_else_are_no_churn_threat(text):
    assert "churn_threat" not in _cues(text)


# Round 25's read writer (w73): the cover taken elsewhere with more words between, the account moved in an ultimatum,
# "or I'll just cancel", going elsewhere bare in French, and the subscription kept in doubt (de/fr).
ULTIMATUMS_AND_DOUBT = [
    "If the claim is refused again I'm taking my van and house insurance elsewhere at renewal.",
    "One more declined card abroad and I'm moving my savings.",
    "If it happens again I'll be transferring our business account.",
    "Put the discount back on or I'll just cancel before the next delivery.",
    "Honour the quote or we'll simply leave.",
    "Si rien n'est fait, l'hiver prochain nous irons ailleurs.",
    "Ehrlich gesagt frage ich mich gerade, ob ich den Vertrag überhaupt noch verlängere.",
    "Wir überlegen, ob wir das Abo noch behalten.",
    "Franchement, je me demande si je garde mon abonnement.",
]

# The same words about a parcel kept, a house move, an order cancelled as a choice.
NOT_ULTIMATUMS = [
    "If not, no problem, I'll just cancel the order and pick one up in town.",
    "Send the right size or I'll just cancel the order.",
    "Can I move my account to the new house without a fee?",
    "Ich überlege gerade, ob ich das Paket behalte oder zurückschicke.",
    "Je me demande si je garde le colis ou si je le renvoie.",
    "Nous irons chercher le colis au relais demain.",
]


@pytest.mark.parametrize("text", ULTIMATUMS_AND_DOUBT)
def test_an_ultimatum_or_doubt_about_keeping_is_a_churn_threat(text):
    assert "churn_threat" in _cues(text)


@pytest.mark.parametrize("text", NOT_ULTIMATUMS)
def test_a_parcel_kept_or_an_order_cancelled_is_no_churn_threat(text):
    assert "churn_threat" not in _cues(text)
