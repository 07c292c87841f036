"""Choosing the playbook (topic + cue modifiers), the customer's language, and the references in a message."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from worker.detector import Verdict, detect
from calmdesk.languages import detect_language, format_deadline, language_from_locale, reply_language
from worker.writing.playbooks import Playbook, choose_playbook, choose_topic
from worker.writing.references import extract_references


def verdict(*cues: str) -> Verdict:
    return Verdict(True, "negative", -0.6, cues, ())


@pytest.mark.parametrize("message, topic", [
    ("Where is my parcel? The tracking hasn't moved in a week.", "delivery_delay"),
    ("Mi pedido no ha llegado y el seguimiento no se actualiza.", "delivery_delay"),
    ("Le colis n'est toujours pas livré, le suivi est bloqué.", "delivery_delay"),
    ("Meine Lieferung ist nicht angekommen, das Paket hängt fest.", "delivery_delay"),
    ("Llevo tres semanas esperando mi pedido 5521 y nadie contesta.", "delivery_delay"),
    ("J'attends toujours ma commande et personne ne répond.", "delivery_delay"),
    ("Ich warte seit Wochen auf meine Bestellung und niemand antwortet.", "delivery_delay"),
    ("The blender arrived broken and the jug is cracked.", "damaged_or_defective"),
    ("La cafetera llegó rota y no funciona.", "damaged_or_defective"),
    ("L'écran est cassé, l'appareil est défectueux.", "damaged_or_defective"),
    ("Der Wasserkocher ist kaputt und defekt angekommen.", "damaged_or_defective"),
    ("You charged me twice and I want my money back.", "unexpected_charge"),
    ("Me cobraron dos veces, quiero un reembolso.", "unexpected_charge"),
    ("Vous m'avez facturé deux fois, je veux un remboursement.", "unexpected_charge"),
    ("Sie haben doppelt abgebucht, ich will eine Rückerstattung.", "unexpected_charge"),
    ("My refund still hasn't arrived, it has been a month.", "refund_not_received"),
    ("I cancelled in March and you have charged me again.", "charged_after_cancel"),
    ("Please cancel my membership, I don't want any offer.", "cancellation"),
    ("My flight was cancelled and nobody has rebooked me.", "travel_disruption"),
    ("Someone took money from my account that I didn't authorise.", "fraud_or_security"),
    ("Delete my personal data under GDPR, I asked a month ago.", "privacy_data_request"),
    ("You sent me the wrong item, a blue one instead of the red I ordered.", "wrong_item"),
    ("The app crashes with an error every time I open it.", "outage_or_bug"),
    ("L'appli plante et affiche une erreur.", "outage_or_bug"),
    ("I can't log in and the password reset link never arrives. Was I hacked?", "account_access"),
    ("Mein Konto ist gesperrt und das Passwort geht nicht.", "account_access"),
    ("Nobody has replied to my emails for a week. Your customer service ignored me.", "poor_service"),
    ("Personne ne répond, le service client est injoignable.", "poor_service"),
    ("I am really unhappy with all of this.", "other"),
])
def test_topic_from_the_message(message, topic):
    assert choose_topic(message) == topic


def test_subject_counts_when_the_message_says_little():
    assert choose_topic("This is ridiculous!!", subject="Refund for order 48213 never arrived") == "refund_not_received"


def test_service_complaints_do_not_hide_the_real_topic():
    message = "Nobody answered me and my parcel is still not delivered."
    assert choose_topic(message) == "delivery_delay"


def test_money_taken_without_consent_is_fraud_not_a_charge_question():
    assert choose_topic("I think I was hacked and there is a charge I didn't make.") == "fraud_or_security"


def test_modifiers_come_from_cues_in_a_fixed_order():
    playbook = choose_playbook("Where is my parcel?", verdict("churn_threat", "repeat_contact", "urgency"))
    assert playbook == Playbook("delivery_delay", ("repeat_contact", "urgency", "churn_threat"))
    assert playbook.name == "delivery_delay+repeat_contact+urgency+churn_threat"


def test_modifiers_are_placed_around_the_topic_text():
    playbook = Playbook("other", ("escalation_request", "repeat_contact", "churn_threat", "abuse", "shouting"))
    assert playbook.reply_opening == ("escalation_request", "repeat_contact")
    assert playbook.reply_closing == ("churn_threat", "abuse")  # shouting changes the note only


def test_legal_threat_replaces_the_separate_lead_paragraph():
    playbook = Playbook("other", ("legal_threat", "escalation_request"))
    assert playbook.reply_opening == ("legal_threat",)


def test_no_cues_means_no_modifiers():
    assert choose_playbook("", verdict()) == Playbook("other", ())


@pytest.mark.parametrize("locale, expected", [("es-ES", "es"), ("fr", "fr"), ("de_AT", "de"), ("en-gb", "en"),
                                              ("pt-BR", None), ("", None), (None, None)])
def test_language_from_helpdesk_locale(locale, expected):
    assert language_from_locale(locale) == expected


@pytest.mark.parametrize("text, expected", [
    ("Where is my order? I have been waiting for two weeks and nobody answers.", "en"),
    ("¿Dónde está mi pedido? Llevo dos semanas esperando y nadie me responde.", "es"),
    ("Où est ma commande ? J'attends depuis deux semaines et personne ne me répond.", "fr"),
    ("Wo ist meine Bestellung? Ich warte seit zwei Wochen und niemand antwortet.", "de"),
    ("!!!", None),
    ("ok", None),
])
def test_language_detected_from_the_message(text, expected):
    assert detect_language(text) == expected


def test_reply_language_prefers_the_message_then_locale_then_default():
    spanish = "¿Dónde está mi pedido? Nadie me responde y ya es la tercera vez."
    assert reply_language("fr-FR", spanish) == "es"  # written clearly in Spanish: a Spanish reply
    assert reply_language("fr-FR", "ok 123") == "fr"
    assert reply_language("", spanish) == "es"
    assert reply_language("pt-BR", "!!!") == "en"
    assert reply_language(None, "!!!", default="de") == "de"


def test_deadline_spelled_in_each_language():
    when = datetime(2026, 11, 24, 14, 0, tzinfo=timezone.utc)
    assert format_deadline(when, "en") == "by Tuesday 24 November, 14:00 UTC"
    assert format_deadline(when, "es") == "antes del martes 24 de noviembre a las 14:00 (UTC)"
    assert format_deadline(when, "fr") == "d'ici le mardi 24 novembre à 14 h 00 (UTC)"
    assert format_deadline(when, "de") == "bis Dienstag, 24. November, 14:00 Uhr (UTC)"


@pytest.mark.parametrize("text, orders", [
    ("Where is order #48213?", ("#48213",)),
    ("my order 48213 and order no. 48214", ("#48213", "#48214")),
    ("Order number: A-4821 please", ("A-4821",)),
    ("Mi pedido 77812 no ha llegado", ("#77812",)),
    ("Ma commande n° 55555 est perdue", ("#55555",)),
    ("Bestellung Nr. 12345 fehlt", ("#12345",)),
    ("I called 3 times about issue #12", ()),
])
def test_order_numbers(text, orders):
    assert extract_references(text).orders == orders


@pytest.mark.parametrize("text, dates", [
    ("It was due on 12 March.", ("12 March",)),
    ("ordered March 3rd, 2024", ("March 3rd, 2024",)),
    ("placed 2024-03-12", ("2024-03-12",)),
    ("pedido del 3 de marzo de 2024", ("3 de marzo de 2024",)),
    ("commande du 1er mars", ("1er mars",)),
    ("bestellt am 12.03.", ("12.03.",)),
    ("no date here", ()),
])
def test_dates(text, dates):
    assert extract_references(text).dates == dates


def test_products_from_catalogue_and_model_names():
    refs = extract_references("My smartkettle broke and the AirSound X200 too.", catalogue=["SmartKettle"])
    assert refs.products == ("SmartKettle", "AirSound X200")
    assert extract_references("The Order 12345 never came").products == ()


def test_references_carry_no_markup_or_braces():
    refs = extract_references('order #48213 <script>x</script> {{ ticket.id }} Evil Thing 9"><img', catalogue=["{{x}}"])
    for value in refs.orders + refs.dates + refs.products:
        assert not set(value) & set("<>{}\"'`[]")


def test_ticket_tags_name_the_topic():
    assert choose_topic("This is unacceptable.", tags=("vip", "refund_request")) == "refund_not_received"
    assert choose_topic("This is unacceptable.", tags=("vip", "shipping")) == "delivery_delay"
    assert choose_topic("This is unacceptable.", tags=("vip", "calmdesk_flagged")) == "other"


@pytest.mark.parametrize("message, cues", [
    ("Es la tercera vez que escribo. Quiero cancelar y hablaré con mi abogado.",
     {"repeat_contact", "cancel_request", "legal_threat"}),
    ("C'est la troisième fois. Je veux parler à un responsable, c'est urgent !", {"repeat_contact", "escalation_request", "urgency"}),
    ("Zum dritten Mal! Ihr seid unfähig, ich kündige.", {"repeat_contact", "abuse", "churn_threat"}),
    ("Es la cuarta vez este mes que os llamo por el mismo corte. Estoy harto.", {"repeat_contact"}),
    ("Where is my order? Thanks.", set()),
])
def test_the_modifiers_in_other_languages_are_the_detectors_cues(message, cues):
    assert set(choose_playbook(message, detect(message)).modifiers) == cues


@pytest.mark.parametrize("message", [
    "Hemos tenido que cancelar 40 reservas por el fallo de su pasarela de pago.",  # a cancel word, no threat to leave
    "Ma mère est décédée et je n'arrive pas à résilier sa ligne.",  # a cancel request, no threat
    "Zum dritten Mal in diesem Jahr ist der Kühlschrank kaputt.",  # the fault recurring, not a contact
    "Pagué el envío urgente y el paquete sigue en Zaragoza.",  # a delivery option, not urgency
])
def test_the_playbook_reads_no_cue_words_of_its_own(message):
    # The detector owns the cues: words the notes once matched for themselves ("cancelar", "résilier", "zum dritten
    # Mal", "urgente") add nothing the verdict does not report.
    assert choose_playbook(message, verdict()).modifiers == ()


def test_words_spanish_and_french_share_do_not_hold_back_the_language_they_are_in():
    from calmdesk.languages import detect_reply_language

    text = ("Merci pour la réparation à 189 €. Dommage que personne n'ait revissé le bouchon. Un détail, sans doute. "
            "Le moteur, lui, a apprécié.")
    assert detect_reply_language(text) == "fr"
    assert detect_reply_language("La factura que me mandaron es un error, la quiero corregida.") == "es"
