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


# The leaving said bare, with no object, as the outcome of a failure the writer names.
BARE_LEAVING_AFTER_A_CONDITION = [
    "Nobody has fixed the heating in nine days. If I don't get an engineer by Thursday I'll be cancelling.",
    "The app crashed during my lesson streak again and my progress is gone. If it happens once more I'll cancel.",
    "Deux semaines sans chauffage et aucun rappel. Si personne ne vient demain, j'arrête.",
    "Encore une coupure en plein match, c'est n'importe quoi. Sinon j'arrête Streamly, je vous préviens.",
    "Ça fait trois fois que ma carte est refusée. Si ça recommence je me casse.",
    "Me han cobrado dos veces la cuota de enero y nadie responde. Si el lunes no está devuelto, rescindo el contrato.",
]

# Cancelling as a question, a calm fallback, or a cancel of a payment, not of the customer's business.
NOT_BARE_LEAVING = [
    "Quick question: if I cancel now, do I get anything back for the months left on the plan?",
    "If you can't get the part by Friday, no problem, I'll just cancel and order another model, no stress.",
    "Si je résilie maintenant, est-ce que je dois payer des frais ?",
    "Si el técnico no puede venir el martes, ¿podemos cambiar la cita al jueves?",
]


@pytest.mark.parametrize("text", BARE_LEAVING_AFTER_A_CONDITION)
def test_bare_leaving_after_a_named_failure_is_a_churn_threat(text):
    assert "churn_threat" in _cues(text)


@pytest.mark.parametrize("text", NOT_BARE_LEAVING)
def test_cancelling_asked_about_or_as_a_calm_fallback_is_no_churn_threat(text):
    assert "churn_threat" not in _cues(text)


# The last time said bare, and the foot never set there again.
LAST_TIME_AND_FOOT = [
    "Booking fees on top of booking fees. That's the last time - next summer we're driving to the port and paying at the desk.",
    "Two hours on the car deck with no information. This is the last time, honestly.",
    "Quarante minutes au guichet pour rien. C'est la dernière fois si personne ne me rembourse le trajet.",
    "Vendeuse odieuse, rayon vide. Je ne remettrai plus les pieds dans votre magasin.",
    "The manager laughed at my complaint. I won't be setting foot in your Bristol branch again.",
    "Unverschämt, wie man dort behandelt wird. In Ihre Filiale setze ich keinen Fuß mehr.",
]

# The last time as a chase, or as a past event.
NOT_LAST_TIME = [
    "This is the last time I'm going to ask nicely: where is my refund?",
    "That was the last time the heating worked properly, back in November.",
    "C'est la dernière fois que je vous écris poliment au sujet de ce remboursement.",
    "Can you tell me when I last set foot in the gym? I need the date for my insurer.",
]


@pytest.mark.parametrize("text", LAST_TIME_AND_FOOT)
def test_the_last_time_said_bare_or_the_foot_never_set_again_is_a_churn_threat(text):
    assert "churn_threat" in _cues(text)


@pytest.mark.parametrize("text", NOT_LAST_TIME)
def test_the_last_time_as_a_chase_or_a_past_event_is_no_churn_threat(text):
    assert "churn_threat" not in _cues(text)


# The app deleted as the writer's own act, announced; and the contract released from as an ultimatum's other branch.
DELETED_OR_RELEASED = [
    "Zum dritten Mal doppelt abgebucht und keiner meldet sich. Ich lösche die App.",
    "Charged twice for January and the chat bot just loops. Done, deleting the app now.",
    "Encore débité deux fois et aucune réponse. Je supprime l'appli, tant pis.",
    "Tres cobros en enero y nadie contesta. Borro la app y punto.",
    "You promised £25 a month for two years. Keep to it or release me from the contract with no exit fee.",
    "Vous m'aviez garanti le prix pendant un an : respectez-le, ou libérez-moi de mon contrat sans frais.",
]

# Deleting to reinstall is troubleshooting; asking to leave a contract for a move is a cancel request, no threat.
NOT_DELETED_OR_RELEASED = [
    "The app keeps freezing on the lesson screen. I'm deleting the app and reinstalling it to see if that helps.",
    "Je supprime l'appli pour la réinstaller, c'est ce que le support m'a conseillé ?",
    "I'm moving to Canada in March. Could you release me from the contract early, and what would it cost?",
]


@pytest.mark.parametrize("text", DELETED_OR_RELEASED)
def test_the_app_deleted_or_the_contract_released_as_an_ultimatum_is_a_churn_threat(text):
    assert "churn_threat" in _cues(text)


@pytest.mark.parametrize("text", NOT_DELETED_OR_RELEASED)
def test_deleting_to_reinstall_or_leaving_for_a_move_is_no_churn_threat(text):
    assert "churn_threat" not in _cues(text)


# The rivals named by their common noun, whatever is said about them.
COMPETITORS_NAMED = [
    "Twelve quid more for fewer channels. I'll be giving the competitors a look when the contract ends.",
    "Third price rise in a year. Frankly your competitors are starting to look very tempting.",
    "Tarif en hausse de 20 %, sans prévenir. Les offres de vos concurrents sont nettement plus intéressantes.",
    "Subida del 15 % sin avisar. Las tarifas de la competencia son bastante más baratas, que lo sepan.",
    "Schon wieder teurer. Bei der Konkurrenz zahle ich für das gleiche Paket zehn Euro weniger.",
]

# A question about them, a contest, and the Spanish "competencia" as a remit.
NOT_COMPETITORS_NAMED = [
    "How does your tariff compare with your competitors?",
    "I entered the competition on your site last week but never got a confirmation email, can you check?",
    "Esto no es de mi competencia, pero el técnico no vino el martes y necesito otra cita.",
]


@pytest.mark.parametrize("text", COMPETITORS_NAMED)
def test_the_competitors_named_are_a_churn_threat(text):
    assert "churn_threat" in _cues(text)


@pytest.mark.parametrize("text", NOT_COMPETITORS_NAMED)
def test_a_question_a_contest_or_a_remit_is_no_churn_threat(text):
    assert "churn_threat" not in _cues(text)


# German: whatever is done elsewhere, as a condition's outcome or from now on.
ELSEWHERE_DE = [
    "Die Heizung ist seit Montag kalt. Wenn bis Donnerstag keiner kommt, lasse ich die Wartung nächstes Jahr woanders machen.",
    "Schon wieder eine Zusatzgebühr. Entweder Sie streichen die, oder ich fahre meine restlichen Fahrten woanders.",
    "Das Ersatzteil kam wieder falsch. In Zukunft repariere ich das Gerät anderswo.",
]

# What was bought elsewhere, or a question about it.
NOT_ELSEWHERE_DE = [
    "Kann ich auf dem Gerät auch Filme abspielen, die ich woanders gekauft habe?",
    "Wenn das Paket woanders abgegeben wurde, wo kann ich es abholen?",
]


@pytest.mark.parametrize("text", ELSEWHERE_DE)
def test_german_elsewhere_after_a_condition_is_a_churn_threat(text):
    assert "churn_threat" in _cues(text)


@pytest.mark.parametrize("text", NOT_ELSEWHERE_DE)
def test_german_elsewhere_bought_or_asked_is_no_churn_threat(text):
    assert "churn_threat" not in _cues(text)
