"""Topic classes where a word points at the wrong situation: an obstacle on the way to support (a chat that drops, a
claim form that fails), "without my consent" said of a charge, mobile data that is not personal data, the company
called a scam, and "ordered X and got Y" in es/fr/de. Every sentence here is new, not from a data file."""

import pytest

from worker.writing.topics import choose_topic


@pytest.mark.parametrize("text, subject, topic", [
    # The support chat or call failing while they try to leave is no outage of what they pay for.
    ("I tried twice to close my gym membership. The first time the chat 'disconnected', the second time the "
     "call dropped after 20 minutes. Cancel membership 88-1204 today please.", "Cancel my membership", "cancellation"),
    ("He intentado darme de baja dos veces y la llamada se cortó las dos. Quiero cancelar la suscripción hoy.", "",
     "cancellation"),
    # ...but their own connection dropping is.
    ("My broadband has dropped six times today and I lost connection during two client calls.", "", "outage_or_bug"),
    # A claim form that fails is an obstacle; the faulty thing is the grievance.
    ("The blender's blade snapped off after two uses and the warranty form keeps erroring when I try to send photos.",
     "", "damaged_or_defective"),
    ("Die Kaffeemaschine ist nach einer Woche kaputt und das Reklamationsformular funktioniert nicht.", "",
     "damaged_or_defective"),
])
def test_an_obstacle_on_the_way_to_support_is_not_the_situation(text, subject, topic):
    assert choose_topic(text, subject) == topic


@pytest.mark.parametrize("text, topic", [
    ("You have billed me £18 for 'premium support' that I never asked for, added without my consent.",
     "unexpected_charge"),
    ("Me habéis cargado 35 € por un seguro que no pedí, sin mi consentimiento.", "unexpected_charge"),
    ("You passed my email address to a loan company without my consent and now they spam me daily.",
     "privacy_data_request"),
    ("Vous avez communiqué mon numéro à un partenaire sans mon accord.", "privacy_data_request"),
])
def test_without_consent_is_a_data_matter_only_when_said_of_their_data(text, topic):
    assert choose_topic(text) == topic


@pytest.mark.parametrize("text", [
    "Warum kostet mich das Datenvolumen plötzlich 49 € extra? Das steht so nicht im Vertrag.",
    "79 € für Datenroaming in der Schweiz, obwohl ich den Auslandspass gebucht habe.",
])
def test_mobile_data_words_are_no_personal_data(text):
    assert choose_topic(text) != "privacy_data_request"


@pytest.mark.parametrize("text, subject", [
    ("You people are scammers. The ad said £5 a month and you charged me £120 for the year up front.", "SCAM"),
    ("Signed up for a free trial and you have billed me $89. I'm going to my bank and reporting it as fraud.", "fraud"),
])
def test_the_company_called_a_scam_over_its_own_charge_is_no_fraud_case(text, subject):
    assert choose_topic(text, subject) == "unexpected_charge"


def test_a_stranger_at_their_money_is_still_fraud_whatever_the_subject():
    text = "There are three card payments from last night that I did not make. Please block my card."
    assert choose_topic(text, "Fraud") == "fraud_or_security"


@pytest.mark.parametrize("text, topic", [
    ("J'ai commandé une veste noire en taille M (commande 55-210) et je reçois un manteau rouge en XL.", "wrong_item"),
    ("Pedí una funda azul para el móvil y me ha llegado una de otro modelo.", "wrong_item"),
    ("Ich habe Laufschuhe in 42 bestellt und ein Paar Sandalen in Größe 38 geliefert bekommen.", "wrong_item"),
    # The same shape with nothing received is lateness, in each language.
    ("J'ai commandé le 2 mai et je n'ai toujours rien reçu.", "delivery_delay"),
    ("Pedí la lámpara hace tres semanas y no me ha llegado nada.", "delivery_delay"),
    ("Ich habe vor zwei Wochen bestellt und bis heute nichts bekommen.", "delivery_delay"),
])
def test_ordered_one_thing_and_got_another(text, topic):
    assert choose_topic(text) == topic


@pytest.mark.parametrize("text, topic", [
    ("The box arrived with two of the four chairs missing. Order 55-1029.", "wrong_item"),
    ("Faltaba una pieza del armario y no se puede montar.", "wrong_item"),
    ("Es fehlt ein Teil vom Regal, die Anleitung nennt es Teil C.", "wrong_item"),
    # ... a whole parcel missing is still a late or lost delivery
    ("My parcel is missing, the tracking says delivered but nothing came.", "delivery_delay"),
])
def test_something_missing_from_what_arrived_is_the_wrong_order_not_a_late_one(text, topic):
    assert choose_topic(text) == topic


@pytest.mark.parametrize("text", [
    "You have turned down my claim for the broken boiler even though I paid £28 a month for the cover.",
    "Han rechazado mi siniestro alegando una cláusula que nunca me explicaron.",
    "Sie haben die Erstattung für die Behandlung abgelehnt, obwohl ich seit Jahren Beiträge zahle.",
])
def test_a_claim_turned_down_is_the_decision_not_the_premium(text):
    assert choose_topic(text) == "other"



def test_a_stranger_at_their_money_called_fraud_stays_fraud_after_the_words_layer():
    # The near miss of the guard after the words layer (session 25): the same accusation, but a stranger used the card.
    text = ("Someone in Lisbon used my card on your site for £310 last night. I never made these orders and I'm reporting "
            "it as fraud to my bank.")
    assert choose_topic(text, "") == "fraud_or_security"
