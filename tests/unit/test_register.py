"""The draft mirrors how the customer addresses us: tú / tu / du back to a customer who writes so, usted / vous / Sie to a
formal one, today's default to one who gives no sign, and formal whenever the signs are mixed (the safer mistake).

Every message here is written for these tests (none comes from a data file)."""

from __future__ import annotations

import pytest

from worker.writing.situation import read_situation


def register(text: str, language: str) -> str:
    return read_situation(text, "", (), language).register


# --- what counts as informal, and what only looks like it ------------------------------------------------------------

@pytest.mark.parametrize("language, text, expected", [
    # Spanish: a greeting says nothing; tú forms, vosotros forms and tú imperatives do.
    ("es", "Hola, el router sigue sin funcionar desde el lunes.", "neutral"),
    ("es", "Buenos días, ¿me puedes ayudar con la factura de marzo?", "informal"),
    ("es", "Me habéis cobrado la cuota dos veces y nadie responde.", "informal"),
    ("es", "Dime de una vez cuándo llega la nevera.", "informal"),
    ("es", "Ustedes me cobraron dos veces, ¿tú me lo puedes devolver?", "informal"),  # "ustedes" is every plural
    ("es", "El portátil con Mac OS no arranca desde la actualización.", "neutral"),
    # French: "t'" contractions and tu-imperatives are tu; "le ton" is the tone, "remboursez-moi" is vous.
    ("fr", "Je t'écris pour la troisième fois au sujet de ma facture.", "informal"),
    ("fr", "Dis-moi juste quand le technicien passe.", "informal"),
    ("fr", "Le ton de l'agent au téléphone était franchement désagréable.", "neutral"),
    ("fr", "Remboursez-moi, la commande n'est jamais arrivée.", "neutral"),
    ("fr", "Salut, la box ne marche plus depuis hier.", "neutral"),
    ("fr", "Tu peux me dire pourquoi vous m'avez prélevé deux fois ?", "informal"),  # "vous" is also the company
    # German: lower-case "sie" is they, "ihr" alone may be her; du forms and ihr verb forms are informal.
    ("de", "Hallo, kannst du nachsehen? Die Pakete sind weg, sie kamen nie an.", "informal"),
    ("de", "Meine Mutter wartet seit Tagen, ich habe ihr gesagt, dass das Paket kommt.", "neutral"),
    ("de", "Habt ihr meine Rücksendung schon bekommen?", "informal"),
    ("de", "Hast du eine Idee, warum die App ständig abstürzt?", "informal"),
    ("de", "Warum buchen Sie jeden Monat zu viel ab?", "formal"),
])
def test_what_counts_as_informal(language, text, expected):
    assert register(text, language) == expected


@pytest.mark.parametrize("language, text", [
    ("es", "Dadme de baja hoy mismo, no pienso pagar otro mes por esto."),
    ("es", "Por favor, cancela mi suscripción ya. Me tenéis harta."),
    ("fr", "Résilie mon abonnement, tu m'entends ? J'en ai assez de ces coupures."),
    ("fr", "Je te demande de fermer mon compte aujourd'hui."),
    ("de", "Bitte kündigt mein Abo, ich habe die Nase voll."),
    ("de", "Kündige bitte meinen Vertrag zum Monatsende, du hast ja die Kundennummer."),
])
def test_a_cancel_request_said_informally_is_a_cancel_request(language, text):
    situation = read_situation(text, "", (), language)
    assert situation.cancel_request and situation.register == "informal"


@pytest.mark.parametrize("language, text", [
    ("es", "Nadie cancela mi suscripción aunque lo he pedido tres veces."),
    ("fr", "Je résilie mon abonnement si rien ne change."),
    ("de", "Ich kündige meinen Vertrag, wenn das so weitergeht."),
])
def test_a_statement_or_a_condition_is_not_an_informal_cancel_request(language, text):
    assert not read_situation(text, "", (), language).cancel_request

