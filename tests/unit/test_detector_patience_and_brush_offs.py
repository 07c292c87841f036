"""Upset marks (session 23): patience running out, said as it happens; being made to do the firm's work; a brush-off with
a canned text; "c'est un peu fort". Polite customers in es/fr/de say their frustration this way and were read as calm
(round 24's writer 70: four of its five misses). Every sentence here is new, not from a data file."""

import pytest

from worker.detector import detect


@pytest.mark.parametrize("text", [
    "Me está empezando a hartar tener que escribiros cada semana por lo mismo. ¿Podéis mirar el pedido 4471?",
    "Ya me estoy cansando de perseguiros para que me devolváis 80 €. Pedido 2231.",
    "Se me está acabando la paciencia con esta factura.",
    "Je n'ai pas à faire le travail à votre place : remboursez le doublon de 49 €.",
    "Franchement, c'est un peu fort de m'imposer un avoir au lieu d'un remboursement.",
    "Ça commence à bien faire, trois livraisons ratées.",
    "Ihre Antwort hilft mir null weiter. Ich warte immer noch auf die Gutschrift von 30 €.",
    "Bitte lesen Sie meine Mails, bevor Sie mit Textbausteinen antworten. Die Rechnung ist falsch.",
    "Ich bekomme nur Textbausteine, aber keine Antwort auf meine Frage zum Vertrag.",
])
def test_patience_running_out_or_a_brush_off_is_upset(text):
    assert detect(text).negative


@pytest.mark.parametrize("text", [
    "Wie kann ich in der App eigene Textbausteine anlegen und in Rechnungen einfügen?",
    "Die Anleitung hilft mir leider nicht weiter. Wo finde ich die Exportfunktion?",
    "Ce café est un peu fort pour moi, avez-vous une version plus douce ?",
    "Me está costando encontrar la opción de exportar, ¿me podéis ayudar?",
    "Est-ce que c'est à moi de faire le suivi avec le transporteur ou à vous ?",
    "Thanks for your patience while I found the order number: it is 5512.",
])
def test_a_template_asked_about_or_help_that_did_not_help_is_calm(text):
    assert not detect(text).negative
