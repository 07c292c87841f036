"""Cue class (session 23): a report to the police about a fraudster or a thief is what a victim does, not a legal threat
against the firm, so the note must not tell the agent to "admit nothing" to a fraud victim. A report aimed at the firm,
or a lawyer beside the report, stays a legal threat. Every sentence here is new, not from a data file."""

import pytest

from worker.detector import detect


@pytest.mark.parametrize("text", [
    "Jemand hat mit meinen Daten drei Bestellungen aufgegeben. Ich habe bei der Polizei Anzeige gegen Unbekannt erstattet. "
    "Bitte sperren Sie das Konto.",
    "Der Verkäufer war ein Betrüger. Ich erstatte Anzeige gegen ihn bei der Polizei, bitte nennen Sie mir seine Adresse.",
    "Alguien ha usado mi tarjeta en su web. Ya he puesto una denuncia en comisaría. Por favor bloqueen la cuenta.",
    "Me han robado el paquete del portal. ¿Necesitan el número de la denuncia? La presenté ayer ante la Guardia Civil.",
    "Quelqu'un a commandé avec ma carte. J'ai porté plainte au commissariat ce matin, pouvez-vous bloquer le compte ?",
    "Someone emptied my gift card balance. I have filed a police report and the officer gave me a crime number.",
    "My bike was stolen from your locker. I reported it to the police this morning - what do you need from me?",
])
def test_a_police_report_about_a_third_party_is_no_legal_threat(text):
    assert "legal_threat" not in detect(text).cues


@pytest.mark.parametrize("text", [
    "You sold my data to a scammer. I will report you to the police and to the ICO.",
    "Esto es una estafa. Voy a poner una denuncia contra ustedes en la policía.",
    "Ich erstatte Strafanzeige gegen Ihre Firma, die Polizei ist bereits informiert.",
    "Vous avez encaissé sans livrer : je porte plainte contre votre société au commissariat.",
    "Si no me devuelven el dinero, les denuncio. Mi abogado ya tiene el caso.",
    "I've filed a police report, and my solicitor will be in touch about your negligence.",
])
def test_a_report_aimed_at_the_firm_or_a_lawyer_beside_it_stays_a_legal_threat(text):
    assert "legal_threat" in detect(text).cues


@pytest.mark.parametrize("text", [
    "Give me a firm date for the refund, or I'll be taking this to the consumer protection office.",
    "Sans remboursement d'ici vendredi, je m'adresse à l'Office de la protection du consommateur.",
    "Si no me devuelven el importe, acudo a Protección al Consumidor con todas las facturas.",
    "Le prochain courrier ira à une association de défense des consommateurs si rien ne bouge.",
    "Our client records were visible to another practice; I need to know whether this is a notifiable data breach.",
    "Sollte das eine meldepflichtige Datenpanne sein, erwarte ich Ihre Stellungnahme bis Montag.",
    "Je vous demande si cette violation de données est à notifier, car mes dossiers patients y figuraient.",
])
def test_a_consumer_protection_body_or_a_reportable_breach_is_a_legal_threat(text):
    """Session 23: the consumer-protection office named by what it is (fr/es, as English already was), and the incident
    named as one the firm must report to the regulator."""
    assert "legal_threat" in detect(text).cues


@pytest.mark.parametrize("text", [
    "My password manager says one of my logins was found in a data breach - does that mean my account here is affected?",
    "Is the extended warranty covered by consumer law or only by your own terms?",
    "¿El producto tiene la garantía de dos años que marca la ley?",
])
def test_a_breach_alert_or_a_question_about_the_law_is_no_legal_threat(text):
    assert "legal_threat" not in detect(text).cues
