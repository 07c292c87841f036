"""Classes of cue error found reading an eighth round of fresh messages (session 8, second half), each tested on
sentences written here: a cancel told through the company's confirmation, in the passive, as a call said to be done or
as rented things handed back; leaving said as buying from someone else; a chargeback said as a bank dispute, a debit
stopped or bounced; a manager or whoever decides asked for past front-line support; the media and the portals; the
person behind a decision insulted; a cancel asked for as a noun with words between. And what must stay uncaught: a
neighbour's complaint against the customer, the company's own page, "pissed off" as a state, a request told as the
story of a cancel already made."""

import pytest

from worker.detector import detect

FOUND = [
    # already cancelled, through the company's confirmation or in the passive
    ("already_cancelled", "Thanks for confirming my cancellation last month. So why has £12.50 gone out again on the 3rd?"),
    ("already_cancelled", "As your letter of 2 May shows, my membership was cancelled effective 31 May, yet you took another £40 in June."),
    ("already_cancelled", "I phoned in March to close the account and the agent told me it was done. You've billed me twice since."),
    ("already_cancelled", "Gracias por confirmarme la baja en enero; aun así me habéis cobrado febrero y marzo."),
    ("already_cancelled", "Mi contrato fue dado de baja con fecha 1 de abril y sigo viendo cargos vuestros."),
    ("already_cancelled", "Merci de m'avoir confirmé la résiliation en mars, mais vous avez encore prélevé 19 € en avril."),
    ("already_cancelled", "Mon abonnement a été résilié le 15 février et vous continuez à prélever."),
    ("already_cancelled", "Trotz Ihrer Kündigungsbestätigung vom 3. März wurden mir im April wieder 25 € abgebucht."),
    ("already_cancelled", "Mein Abo wurde zum 31.01. beendet, trotzdem buchen Sie weiter ab."),
    # ... or as rented things handed back and charged for after
    ("already_cancelled", "We returned the hired scaffolding on the 4th and you've still invoiced us for another fortnight."),
    ("already_cancelled", "He devuelto la lavadora de alquiler hace un mes y me habéis vuelto a cobrar la cuota."),
    ("already_cancelled", "J'ai rendu le matériel loué le 2 mai et vous avez encore prélevé la mensualité."),
    ("already_cancelled", "Die gemieteten Möbel habe ich am 5. Juni zurückgegeben und trotzdem wurde wieder abgebucht."),
    # leaving said as buying from someone else, or going elsewhere as the second half of a threat
    ("churn_threat", "If the boiler isn't fixed by Thursday I'll hire a plumber from a company that actually answers the phone."),
    ("churn_threat", "Sort the refund or I'll cancel and go with someone else for the renewal."),
    ("churn_threat", "We're done waiting: we'll be going elsewhere for next year's conference."),
    ("churn_threat", "Si el pedido no llega el lunes, lo compraré en otra tienda."),
    ("churn_threat", "Si no me devolvéis el dinero, tendré que contratarlo en otra empresa."),
    ("churn_threat", "No volveremos a hacer ningún pedido con ustedes."),
    ("churn_threat", "Sans geste commercial, nous n'utiliserons plus votre plateforme."),
    ("churn_threat", "Je ne ferai plus appel à vous pour mes déménagements."),
    ("churn_threat", "Wenn das so bleibt, werde ich Ihren Lieferdienst nicht mehr nutzen."),
    # a chargeback said as a dispute with the bank, a debit stopped or bounced
    ("legal_threat", "I have disputed the two charges with my card issuer as of this morning."),
    ("legal_threat", "I'll get my bank to reverse both payments if this isn't refunded by Friday."),
    ("legal_threat", "Je fais opposition au prélèvement dès demain si rien n'est fait."),
    ("legal_threat", "Remboursez-moi, sinon je ferai opposition sur ma carte."),
    ("legal_threat", "Si no me devolvéis el importe, devolveré el recibo en el banco."),
    ("legal_threat", "Ich widerspreche der Lastschrift, wenn bis Montag nichts passiert."),
    # someone senior or whoever decides, past front-line support
    ("escalation_request", "I'd like my complaint passed to the practice's senior manager, please."),
    ("escalation_request", "Please forward this to whoever is responsible for billing disputes, not the chat team."),
    ("escalation_request", "I'd rather this went to your fraud specialists rather than general support."),
    ("escalation_request", "Exijo que me pongan en contacto con un supervisor hoy mismo."),
    ("escalation_request", "Je demande qu'un responsable se charge de mon dossier."),
    ("escalation_request", "Bitte nicht an den allgemeinen Kundenservice weitergeben, sondern an die Fachabteilung."),
    # the media, the portals
    ("public_exposure", "Si no me lo solucionan, iré a los medios con todo esto."),
    ("public_exposure", "Ich werde in Elternforen und auf Google ausführlich davon berichten."),
    ("public_exposure", "Sonst erzähle ich den Medien, wie Sie mit Kunden umgehen."),
    # the person behind a decision insulted
    ("abuse", "Whoever wrote this policy is an absolute idiot."),
    ("abuse", "The person who approved that refund refusal must be a complete moron."),
    ("abuse", "Quien haya decidido esto es un incompetente."),
    ("abuse", "Celui qui a pris cette décision est un incompétent."),
    ("abuse", "Wer auch immer das entschieden hat, ist ein Vollidiot."),
    # a cancel asked for as a noun with words between, with a reference between, or how to cancel
    ("cancel_request", "I want my membership (ref GY-4410) cancelled from today."),
    ("cancel_request", "Solicito, por la presente y con efecto inmediato, la baja de mi suscripción."),
    ("cancel_request", "Je vous demande, par la présente, la résiliation de mon contrat."),
    ("cancel_request", "Hiermit beantrage ich ausdrücklich die Kündigung meines Vertrags."),
    ("cancel_request", "¿Podrían indicarme cómo anular la póliza?"),
]

NOT_FOUND = [
    # asking for the confirmation is asking to cancel; closed by the company; a car handed back with no charge after
    ("already_cancelled", "Please confirm my cancellation in writing."),
    ("already_cancelled", "My account was closed on 3 May without any warning and I can't get my money out."),
    ("already_cancelled", "I returned the rental car at 6pm, could you email the final invoice?"),
    ("already_cancelled", "Mi cuenta fue cancelada el 3 de mayo sin previo aviso."),
    # a past purchase elsewhere is a story; "can't use it any more" is a problem; money misrouted is not leaving
    ("churn_threat", "Last winter I had to get a new boiler from someone else because you were booked up, but that's fine now."),
    ("churn_threat", "Lo compré en otra tienda el año pasado y funcionaba bien."),
    ("churn_threat", "Ohne das Update werde ich die App nicht mehr nutzen können, gibt es eine Lösung?"),
    ("churn_threat", "The payment is going elsewhere, it seems: can you check the account number on my invoice?"),
    # a complaint threatened against the customer, a card blocked after a loss
    ("legal_threat", "Mes voisins menacent de porter plainte contre moi à cause de votre alarme défectueuse."),
    ("legal_threat", "Mis vecinos amenazan con denunciar por el ruido de vuestra alarma."),
    ("legal_threat", "Meine Nachbarn wollen mich verklagen, weil Ihre Sirene nachts losgeht."),
    ("legal_threat", "I lost my wallet, so I called my bank and blocked my card; can you update the card on my account?"),
    ("escalation_request", "I passed the information to my accountant."),
    # payment methods; the company's own page as where it published something
    ("public_exposure", "¿Qué medios de pago aceptan para la renovación?"),
    ("public_exposure", "You posted my photo on your Instagram without asking me. Please take it down."),
    ("public_exposure", "Vous avez mis ma photo sur votre page Facebook sans mon accord, retirez-la."),
    # "pissed off" is the writer's own state: profanity, not abuse
    ("abuse", "I'm so pissed off with this delay, honestly."),
    ("abuse", "Pissed off is an understatement after today."),
    # stopping the payments after cancelling asks to honour the cancel; an order is not the account
    ("cancel_request", "I cancelled my plan in April. Please stop the payments and refund May."),
    ("cancel_request", "I phoned in March to close the account and the agent told me it was done. You've billed me twice since."),
    ("cancel_request", "¿Cómo cancelar el pedido si ya ha salido?"),
]


@pytest.mark.parametrize(("cue", "text"), FOUND)
def test_the_cue_is_found(cue, text):
    assert cue in detect(text).cues


@pytest.mark.parametrize(("cue", "text"), NOT_FOUND)
def test_the_cue_is_not_found(cue, text):
    assert cue not in detect(text).cues


def test_pissed_off_stays_profanity():
    assert "profanity" in detect("Pissed off is an understatement after today.").cues
