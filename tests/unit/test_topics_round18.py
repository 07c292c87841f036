"""Topic classes from session 18 (round 18's writers 53 and 54), each tested on messages written here:
- a cancellation said as the remedy asked for or threatened ("refund it and close my account", "fix it this week or I
  cancel the subscription", "cancel the contract and collect your panel"), or made before with its refund still
  owed, is not the situation: the charge, the outage or the refund it is asked over is, when the words layer names
  that clearly and the cancellation barely;
- near misses keep their cancellation: a cancellation asked for and ignored, a price rise they leave over, a
  cancellation made impossible;
- money said not back only inside a condition ("if the money isn't back by Monday my bank raises a chargeback") is the
  deadline of the refund asked for after a cancellation and a charge since: a charge after cancelling; a refund
  promised and not come stays a refund not received.
"""

import pytest

from worker.writing.preview import preview


def topic_of(text: str, subject: str = "") -> str:
    return preview(text, "Sam", None, subject=subject)["topic"]


@pytest.mark.parametrize("text, topic", [
    ("Since last Tuesday's update the app logs me out every few minutes and nothing syncs anymore. Absolutely useless. "
     "Fix it this week or I cancel the subscription.", "outage_or_bug"),
    ("Since the last firmware update the app says the alarm is armed when it isn't, and twice this week it went off at "
     "night for nothing. The monitoring log shows no trigger. I'm exhausted. Cancel the contract and collect your "
     "panel.", "outage_or_bug"),
    ("Desde la actualización del lunes la aplicación se cierra sola cada vez que la abro y no sincroniza nada. Es un "
     "desastre. O lo arreglan esta semana o cancelo la suscripción.", "outage_or_bug"),
    ("Seit dem letzten Update stürzt die App bei jedem Start ab, die Synchronisation geht gar nicht mehr. Das nervt "
     "total. Entweder ihr behebt das bis Freitag oder ich kündige das Abo.", "outage_or_bug"),
    ("Depuis la mise à jour de lundi, l'application plante à chaque ouverture et rien ne se synchronise. C'est "
     "insupportable. Corrigez ça cette semaine ou je résilie mon abonnement.", "outage_or_bug"),
    ("You charged me $49 for an upgrade I never asked for, I'm on the basic plan and always have been. It's a "
     "disgrace. Refund the $49 and cancel my account today.", "unexpected_charge"),
    ("Hoy veo en la cuenta del banco un cargo de 120 € por «Renovación anual». Siempre he pagado 12 € al mes y nadie "
     "me avisó de ningún cambio. Me parece una vergüenza. Anulen ese cargo, devuélvanme el dinero y den de baja mi "
     "cuenta.", "unexpected_charge"),
    ("Heute wurden 99 € für eine Jahresverlängerung abgebucht, von der ich nichts wusste, keine Mail, kein Hinweis. "
     "Eine Frechheit. Ich will das Geld zurück und kündige hiermit meinen Vertrag.", "unexpected_charge"),
    ("Le 3 mars j'ai annulé ma commande dans le délai prévu et votre conseillère m'a promis le remboursement de mon "
     "acompte de 600 € sous dix jours. J'ai rappelé deux fois depuis. Toujours rien. Je vous laisse jusqu'au 20 avril "
     "avant de saisir le tribunal.", "refund_not_received"),
])
def test_a_cancellation_asked_as_the_remedy_leaves_the_situation_it_is_asked_over(text, topic):
    assert topic_of(text) == topic


@pytest.mark.parametrize("text", [
    "Cancel my membership. I have asked three times now, by phone and by email, and nobody has done it. Ridiculous.",
    "I asked you to cancel my gym membership on 2 May and you still haven't done it. I've emailed twice and rung once. "
    "Just cancel it, today, and confirm in writing. Useless.",
    "Your prices are going up again, from £30 to £42 a month, for the same slow broadband. I'm sick of it. Please "
    "cancel my contract at the end of this month.",
    "Your premium is going from £14 to £23 a month with no explanation. That's outrageous. Cancel my policy now.",
    "J'ai demandé la résiliation de mon contrat il y a un mois et personne ne l'a traitée. C'est inadmissible, "
    "résiliez-le maintenant.",
    "Ich will meinen Vertrag kündigen, aber ihr macht es einem unmöglich: keine Kündigungsadresse, niemand am Telefon. "
    "Das ist eine Zumutung. Kündigen Sie meinen Vertrag zum nächstmöglichen Termin.",
])
def test_a_cancellation_that_is_the_grievance_stays_a_cancellation(text):
    assert topic_of(text) == "cancellation"


@pytest.mark.parametrize("text", [
    "I closed my Family plan on 3 March and got the confirmation email. You have taken £14.99 on 3 April and on 3 May. "
    "Thieves. Refund both and if the money isn't back by Monday my bank is raising a chargeback.",
    "Cancelé mi suscripción el 2 de enero y tengo el correo de confirmación. Me habéis cobrado 9,99 € en febrero y en "
    "marzo. Devolvedme los dos cargos; si el dinero no está en mi cuenta el viernes, reclamo al banco.",
])
def test_a_refund_deadline_after_cancelling_and_a_charge_is_a_charge_after_cancelling(text):
    assert topic_of(text) == "charged_after_cancel"


def test_a_refund_promised_after_cancelling_and_never_come_stays_a_refund():
    text = ("I cancelled my booking on 4 June and you promised the £240 refund within 10 days. Six weeks later nothing "
            "has arrived. If the money isn't in my account by Friday I'll go to the small claims court.")
    assert topic_of(text) == "refund_not_received"
