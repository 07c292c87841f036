"""Situation classes from session 18b (round 18's writers 53 and 54), each tested on messages written here:
- a journey that failed, said with a machine's words (a train "ausgefallen", a ship that left without them, a tender
  that "stopped loading", a coach that broke down) is a disrupted journey, not an app or a system down; an app that is
  down keeps its outage;
- a device in the home that is stuck, frozen or dead to every input (a thermostat, an alarm keypad, a heat pump) is
  a faulty thing, not a late parcel nor an app down; an account blocked or an app frozen keeps its own topic;
- another thing found in the box than the one chosen ("contained 20 mg tablets instead of 5 mg", "nothing like the
  one I ordered", "pas du tout ce que j'avais commandé") is a wrong item, not damage nor a system's "error"; a bill
  that shows another amount than agreed stays a charge.
"""

import pytest

from worker.writing.preview import preview


def topic_of(text: str, subject: str = "") -> str:
    return preview(text, "Sam", None, subject=subject)["topic"]


@pytest.mark.parametrize("text", [
    "Die S 8 um 7:12 ab Pasing ist heute Morgen wieder einfach ausgefallen, ohne jede Durchsage. Ich kam zwei "
    "Stunden zu spät zur Prüfung. Das ist eine Frechheit, ich will mein Geld für die Monatskarte zurück.",
    "We were ten minutes late back to the harbour because of your own shuttle, and the ship left without us. We are "
    "stuck in Split with no luggage and nobody answers the emergency line. This is a disgrace.",
    "El barco se fue sin nosotros en Mykonos porque vuestro autobús de la excursión llegó tarde. Estamos tirados en el "
    "puerto con dos niños y nadie nos dice nada. Es una vergüenza.",
])
def test_a_journey_that_failed_is_a_travel_disruption(text):
    assert topic_of(text) == "travel_disruption"


@pytest.mark.parametrize("text", [
    "Your app has been down since this morning and I can't see my tickets for tonight's train. Fix it, this is useless.",
    "Die App ist schon wieder ausgefallen, ich kann mich seit gestern nicht mehr einloggen. Was soll der Mist?",
])
def test_an_app_down_keeps_its_outage(text):
    assert topic_of(text) == "outage_or_bug"


@pytest.mark.parametrize("text", [
    "The thermostat you installed is stuck on 30 degrees and doesn't respond to the dial or the app. The flat is "
    "boiling and my mum is 84. I'm furious, send someone today.",
    "Mi termostato se ha quedado bloqueado desde anoche y no responde a nada. Lo compré hace un mes y ya estoy harta.",
    "Le clavier de l'alarme ne répond plus depuis trois jours, impossible de l'activer. C'est inadmissible pour le prix.",
    "Die Wärmepumpe reagiert seit Montag überhaupt nicht mehr, das Haus ist eiskalt. Ich bin stinksauer.",
])
def test_a_home_device_stuck_or_dead_is_defective(text):
    assert topic_of(text) == "damaged_or_defective"


@pytest.mark.parametrize("text, topic", [
    ("My account has been blocked for three days and I can't log in to pay my bill. This is ridiculous.", "account_access"),
    ("Your app is frozen on the loading screen again, none of us can book anything. Useless.", "outage_or_bug"),
])
def test_no_device_keeps_its_topic(text, topic):
    assert topic_of(text) == topic


@pytest.mark.parametrize("text", [
    "The pharmacy parcel contained 20 mg tablets instead of the 5 mg my doctor prescribed. My wife nearly took one. "
    "This is a dangerous error and I am livid.",
    "J'ouvre le colis et je trouve une veste en laine au lieu du manteau imperméable. Pas du tout ce que j'avais "
    "commandé, je suis furieuse.",
    "La caja de hoy contenía pollo en vez de la opción vegetariana, y soy vegetariana desde hace veinte años. Qué vergüenza.",
    "Im Paket lagen Winterreifen statt der Sommerreifen. Das ist überhaupt nicht das, was ich bestellt habe. Unglaublich.",
])
def test_another_thing_in_the_box_is_a_wrong_item(text):
    assert topic_of(text) == "wrong_item"


def test_a_bill_with_another_amount_stays_a_charge():
    text = "Your invoice shows £80 instead of the £45 we agreed on the phone. I'm fed up of being overcharged, fix it."
    assert topic_of(text) == "unexpected_charge"
