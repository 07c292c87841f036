"""Spanish, French and German customers: complaints and threats are found, calm requests stay calm."""

import pytest

from worker.detector import SCORE_CUE, detect

UPSET = [
    ("es", "Hola, hice el pedido 77120 hace dos semanas y todavía no ha llegado. Es la tercera vez que escribo y "
           "nadie me responde. Esto es inaceptable; si no lo soluciono esta semana, cancelo mi cuenta.",
     {"repeat_contact", "churn_threat"}),
    ("es", "Sois unos incompetentes. Si no me devolvéis el dinero hablaré con mi abogado.", {"abuse", "legal_threat"}),
    ("fr", "Bonjour, c'est la troisième fois que j'écris et personne ne répond. C'est inadmissible, je vais résilier.",
     {"repeat_contact", "churn_threat"}),
    ("fr", "J'en ai marre : toujours pas de remboursement après un mois. Je veux parler à un responsable.",
     {"escalation_request"}),
    ("de", "Hallo, ich warte seit drei Wochen auf meine Bestellung. Das ist eine Frechheit, ich kündige.",
     {"churn_threat"}),
    ("de", "Zum dritten Mal: immer noch nicht geliefert. Sonst geht das an meinen Anwalt.",
     {"repeat_contact", "legal_threat"}),
]
CALM = [
    ("es", "Hola, ¿podrían cambiar la dirección de facturación de nuestra cuenta? Muchas gracias."),
    ("es", "Buenos días, la aplicación muestra un error 500 al exportar. Pasos: abrir informes y exportar."),
    ("fr", "Bonjour, pourriez-vous m'envoyer la facture de novembre ? Merci beaucoup."),
    ("fr", "Bonjour, je voudrais résilier mon abonnement à la fin du mois, merci de me confirmer."),
    ("de", "Hallo, könnten Sie bitte die Rechnungsadresse ändern? Vielen Dank."),
    ("de", "Guten Tag, die Synchronisierung bricht mit Fehler 403 ab. Können Sie das prüfen?"),
]


@pytest.mark.parametrize("language, text, cues", UPSET)
def test_upset_customers_in_other_languages_are_flagged_with_their_cues(language, text, cues):
    verdict = detect(text)
    assert verdict.negative and verdict.level in ("negative", "very_negative"), (language, verdict)
    assert cues <= set(verdict.cues)
    for evidence in verdict.evidence:
        assert text[evidence.start:evidence.end] == evidence.text
    assert any(e.cue == SCORE_CUE for e in verdict.evidence)


@pytest.mark.parametrize("language, text", CALM)
def test_calm_requests_in_other_languages_stay_calm(language, text):
    verdict = detect(text)
    assert not verdict.negative and verdict.level == "calm", (language, verdict)


def test_abuse_and_legal_threats_are_very_negative_in_any_language():
    assert detect(UPSET[1][1]).level == "very_negative"
    assert detect(UPSET[5][1]).level == "very_negative"
