"""Session 23: three cues just under 0.80 recall on the held-out sets (abuse, escalation request, already cancelled),
read on the read lines' misses and mended by class. Every sentence here is new.

Escalation request:
1. The case forwarded to someone above, in fr/es/de, with the other option named first or the role in the genitive: "je
   souhaite que cette demande soit transmise à un superviseur" (nb-41-095), "transmettre ce dossier à votre service
   Relations Clientèle ou à un responsable" (nb-42-034), "o con quien esté por encima" (nb-42-059), "leiten Sie dieses
   Schreiben auch an den Inhaber weiter" (nb-42-069), "bitte um Weiterleitung an die Direktion" (nb-68-038), "den Rückruf
   einer verantwortlichen Führungskraft" (nb-65-061); "a named account manager to call me" (nb-59-039); "Give this to a
   supervisor, not another bot" (round 24's nb-70-049).
2. A letter sent straight to the one in charge because the front line failed: "I'm writing to you directly because I
   don't know who else to go to" (nb-49-097), "I'm writing directly to you because reception couldn't help" (nb-50-035).
3. Not an escalation: a room class or the Spanish adjective "superior" (nb-44-058), and the complaints team as the one
   that failed ("all your so-called complaints team does is send me ...", nb-68-016).
"""

import pytest

from worker.detector import detect


@pytest.mark.parametrize("text", [
    "Vos agents me renvoient d'un service à l'autre. Je vous prie de transmettre ma réclamation à un superviseur.",
    "Je vous demande de transmettre mon dossier au service clients ou à une responsable capable de décider, cela fait un mois.",
    "Nadie en la tienda sabe nada del reembolso. Quiero que lo revise quien esté por encima, no otro agente.",
    "Die Reparatur ist zum zweiten Mal misslungen. Bitte leiten Sie meine Beschwerde an den Inhaber weiter.",
    "Der Aufpreis wurde ohne Zustimmung berechnet. Ich bitte um Weiterleitung an die Direktion des Hauses.",
    "Drei Tickets, keine Lösung. Ich erwarte bis Montag den Rückruf einer zuständigen Führungskraft.",
    "The portal has been down for two days and we can't invoice. I want a named account manager to ring me before Friday.",
    "The tills have been offline since opening and your bot keeps looping. Hand this to a supervisor, please.",
    "Three engineers, three different answers. Give my complaint to your manager and have them call me.",
])
def test_case_forwarded_to_someone_above(text):
    assert "escalation_request" in detect(text).cues


@pytest.mark.parametrize("text", [
    "I'm writing to you directly because your call centre keeps cutting me off, and the boiler is still broken.",
    "I am writing directly to you as nobody at the branch will give me an answer about the missing deposit.",
    "Je vous écris directement car le service client ne répond plus à mes courriels depuis trois semaines.",
    "Me dirijo directamente a usted porque en la tienda nadie me da una solución para la lavadora averiada.",
    "Ich wende mich direkt an Sie, weil die Hotline mich seit Wochen nur vertröstet.",
])
def test_writing_straight_to_the_one_in_charge(text):
    assert "escalation_request" in detect(text).cues


@pytest.mark.parametrize("text", [
    "I'm writing to you directly with my new address, as I've moved house this month.",
    "We booked a superior double for our anniversary and the window would not close. Could we have a partial refund?",
    "Me han cobrado una cuota superior a la pactada en el contrato. ¿Pueden revisarlo?",
    "Bitte leiten Sie die Rechnung an unsere Buchhaltung weiter, die Adresse hat sich geändert.",
    "Je vous transmets ci-joint la facture et le bon de livraison, merci de vérifier le montant.",
    "We'd like a named account manager we can talk to about volume pricing next quarter.",
    "Five calls, and all your complaints team does is send me the same form letter. I'm fed up.",
    "I gave it to the manager at the till and she said the refund would show in five days.",
])
def test_near_misses_are_no_escalation(text):
    assert "escalation_request" not in detect(text).cues
