"""Churn threat classes found in session 23 (c23), each tested on sentences written here (en/es/fr/de where the class
exists there), with near misses that must not change. The read lines each class rests on are named beside its patterns
in worker/detector/signals.py."""

import pytest

from worker.detector import detect


def _cues(text):
    return detect(text).cues


# Staying put in doubt, in the writer's own voice: what is doubted is staying, renewing, carrying on with the company.
DOUBT_ABOUT_STAYING = [
    "The boiler broke down again two days after your visit. Honestly I'm wondering whether we want to keep using Heatwise at all.",
    "Three missed deliveries in a row and no answer to my emails. I'm now asking myself whether to stay with you.",
    "Your agent hung up on me twice. We're reviewing whether to continue with Brightwave after this year.",
    "The invoices have been wrong every month since March and I'll have to reconsider using you for the next project.",
    "I was told three different prices for the same policy. I'm not comfortable carrying on until someone explains it.",
    "Le technicien n'est jamais venu et personne ne m'a prévenue. Je me demande vraiment si je vais continuer avec vous.",
    "Troisième facture erronée. Nous commençons à nous demander si nous allons renouveler le contrat.",
    "Otra semana sin clase y nadie avisa. Sinceramente, no sé si merece la pena seguir con la academia.",
    "El router se corta cada noche desde hace un mes. Me pregunto si vamos a renovar el contrato en mayo.",
    "Die Heizung fällt schon wieder aus und keiner ruft zurück. Ich frage mich ernsthaft, ob ich noch Kunde bleiben will.",
]

# The same words about waiting, trying again or something that is no leaving.
NOT_DOUBT_ABOUT_STAYING = [
    "The parcel still shows 'in transit'. I'm not sure whether to keep waiting or order another one?",
    "I'm wondering whether the renewal price includes the boiler check, could you tell me?",
    "Could you reconsider my claim? I've attached the vet's letter you asked for.",
    "Je me demande si je dois continuer à attendre ou rappeler demain, le colis n'est toujours pas là.",
    "El paquete no llega y no sé si seguir esperando o pedir la devolución.",
    "Ich frage mich, ob ich die Rechnung schon bezahlen soll oder auf die Gutschrift warte.",
]


@pytest.mark.parametrize("text", DOUBT_ABOUT_STAYING)
def test_staying_put_in_doubt_is_a_churn_threat(text):
    assert "churn_threat" in _cues(text)


@pytest.mark.parametrize("text", NOT_DOUBT_ABOUT_STAYING)
def test_doubt_about_waiting_or_a_question_is_no_churn_threat(text):
    assert "churn_threat" not in _cues(text)
