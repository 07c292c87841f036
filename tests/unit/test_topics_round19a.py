"""Situation classes from session 19a (round 19's writers 56 and 57, the money and account topics), each tested on
messages written here:
- the unused part of a plan, asked back while cancelling ("cancel my cover and refund the months I haven't used"), is
  the cancellation, not a refund awaited; a refund promised that still has not come keeps its topic;
- a refund promised with its sum in between ("die Erstattung von 85 € wurde zugesagt ... nichts eingegangen", "le
  remboursement de 120 € promis") is a refund not received, even when the subject names the fee refunded; a fee
  they never expected stays a charge;
- the sum charged for an order the company cancelled that has not come back ("los 90 € que me cobrasteis siguen sin
  volver", "l'argent prélevé n'est toujours pas revenu") is a refund not received; a machine that "sigue sin volver a
  funcionar" is no money;
- an email address they closed long ago ("the reset link goes to an address I closed years ago") names no cancelling:
  a login they cannot get into, not a charge after cancelling; a contract they closed and were charged for after is;
- a payment still to come ("it still says 'Active, next payment 5 August'") after a cancelling not done is the
  cancellation asked again, not a charge after cancelling; a payment taken after it is;
- the number they sign in with refused ("the app won't accept my membership number", "rechaza mi número de socio") is
  account access, like a password refused; a card number refused at the checkout is not;
- a charge for damage they dispute ("franquicia por daños", "frais de dégâts", "Schadenspauschale") is the charge, the
  damage only its pretext; a damage claim of their own stays damage;
- mailings asked to stop while leaving ("dar de baja la póliza ... dejen de enviarme los correos") are part of the
  cancellation, not a data request it leaves over; a data deletion and mailings never consented to stay a data request.
"""

import pytest

from worker.writing.preview import preview


def topic_of(text: str, subject: str = "") -> str:
    return preview(text, "Sam", None, subject=subject)["topic"]


@pytest.mark.parametrize("text", [
    "I've moved to Leeds and can't get to your gym any more. Cancel my membership from today and refund the months "
    "I haven't used. I've asked at the desk twice already and nobody has done a thing.",
    "That's it, I'm out. Cancel my cover, effective immediately, and refund the weeks we never used. Nobody ever "
    "answers the phone anyway.",
])
def test_the_unused_part_asked_back_while_cancelling_is_the_cancellation(text):
    assert topic_of(text) == "cancellation"


def test_a_promised_refund_that_has_not_come_keeps_its_topic():
    text = ("You agreed on 3 May to refund the £60 for the cancelled class and it still hasn't arrived. Five weeks "
            "now, and every time I ring I'm told to wait another ten working days.")
    assert topic_of(text) == "refund_not_received"


@pytest.mark.parametrize("text,subject", [
    ("Sehr geehrte Damen und Herren, der Kurs im März fiel aus, und am 2. Februar wurde mir die Erstattung von 85 € "
     "schriftlich zugesagt. Bis heute ist nichts eingegangen, obwohl ich dreimal angerufen habe. Ich bin es leid.",
     "Erstattung Kursgebühr"),
    ("Bonjour, le remboursement de 120 € toujours pas versé sur mon compte, six semaines après l'annulation du stage "
     "par vos soins. J'ai relancé trois fois, aucune réponse. C'est inadmissible.", "Remboursement stage"),
])
def test_a_refund_promised_with_its_sum_is_a_refund_not_received(text, subject):
    assert topic_of(text, subject) == "refund_not_received"


def test_a_fee_never_announced_stays_a_charge():
    text = ("Sie haben mir eine Bearbeitungsgebühr von 35 € berechnet, die nirgends angekündigt war. Das ist eine "
            "Frechheit, ich will, dass Sie die Gebühr sofort zurücknehmen.")
    assert topic_of(text, "Gebühr") == "unexpected_charge"


@pytest.mark.parametrize("text", [
    "Me anulasteis la reserva del curso por falta de plazas, vale. Pero los 90 € que me cobrasteis siguen sin volver "
    "y ya han pasado tres semanas. ¿Me los devolvéis o qué?",
    "Vous avez annulé ma commande faute de stock, très bien. Mais l'argent prélevé n'est toujours pas revenu sur mon "
    "compte, trois semaines après. Je veux mes 45 euros.",
])
def test_a_charge_for_a_cancelled_order_not_come_back_is_a_refund_not_received(text):
    assert topic_of(text) == "refund_not_received"


def test_a_machine_that_still_does_not_work_is_no_money_owed():
    text = ("El técnico vino el martes, cambió una pieza y la lavadora sigue sin volver a funcionar. Me cobrasteis "
            "80 € por nada. Quiero que venga otro técnico.")
    assert topic_of(text) != "refund_not_received"


@pytest.mark.parametrize("text", [
    "I can't get into my account. The reset link goes to an email address I closed years ago, and the chat just "
    "tells me to use the reset link. I've paid for the annual plan and I can't use it. Useless.",
    "Locked out again. Your recovery email goes to an old Hotmail inbox I closed in 2019 and I've paid £80 for this "
    "year's membership. Sort out my login today.",
])
def test_an_email_address_closed_is_no_cancelling(text):
    assert topic_of(text) == "account_access"


def test_a_contract_closed_and_charged_after_is_a_charge_after_cancelling():
    text = "I closed my account in March and you've charged me £12.99 again this month. Refund it and stop taking money."
    assert topic_of(text) == "charged_after_cancel"


@pytest.mark.parametrize("text", [
    "Three weeks ago I phoned to cancel my pet insurance and the man said it was done. I've just checked online and "
    "it still says 'Active, next payment 5 August'. Cancel it. Today. I'm not ringing that hold line again.",
    "I already cancelled my gym membership at reception in June. Your app still shows my next payment due on the "
    "1st. Close the membership now, properly this time.",
])
def test_a_payment_still_to_come_after_cancelling_is_the_cancellation(text):
    assert topic_of(text) == "cancellation"


def test_a_payment_taken_after_cancelling_is_a_charge_after_cancelling():
    text = ("I cancelled my pet insurance by phone in May. The app still says 'Active, next payment 1 July' and "
            "you've charged me £18.40 again on 1 June. Refund it.")
    assert topic_of(text) == "charged_after_cancel"


@pytest.mark.parametrize("text", [
    "Your new app won't accept my membership number. It keeps saying 'not valid' but it's the one on my card. I've "
    "paid £120 for the year and I can't book a single class.",
    "La aplicación rechaza mi número de socio desde el lunes y en recepción me dicen que no es cosa suya. Pago 40 € "
    "al mes para nada.",
])
def test_the_number_they_sign_in_with_refused_is_account_access(text):
    assert topic_of(text) == "account_access"


def test_a_card_number_refused_at_checkout_is_no_login():
    text = ("Your checkout won't accept my card number, I've tried three cards and it just errors. I've been trying "
            "to pay for two days. Fix your website.")
    assert topic_of(text) != "account_access"


@pytest.mark.parametrize("text", [
    "El coche de alquiler ya tenía el parachoques abollado y roto cuando lo recogí, hice fotos, y ahora me cobráis "
    "300 € de franquicia por daños. ¡Estaba roto antes! Quitad ese cargo.",
    "Le scooter était déjà cassé et rayé quand je l'ai pris, j'ai des photos. Et maintenant 180 € de frais de dégâts ! "
    "C'est scandaleux.",
    "Das Auto war schon beim Abholen zerkratzt und beschädigt, ich habe Fotos. Jetzt verlangen Sie eine "
    "Schadenspauschale von 250 €. Unverschämt.",
])
def test_a_damage_charge_disputed_is_an_unexpected_charge(text):
    assert topic_of(text) == "unexpected_charge"


def test_a_damage_claim_of_theirs_stays_damaged():
    text = ("Damage claim for order 55-1902: the wardrobe arrived with a cracked door and a split side panel. I sent "
            "photos a week ago and nobody has replied. I want a replacement.")
    assert topic_of(text, "Damage claim") == "damaged_or_defective"


@pytest.mark.parametrize("text", [
    "Quiero dar de baja el seguro de mi gato Tom, murió la semana pasada. Por favor, dejen de enviarme los "
    "recordatorios de sus vacunas, cada correo me hace llorar. Gracias.",
    "Please cancel Bella's policy, she died on Sunday. And stop sending me the 'time for Bella's check-up' emails, I "
    "can't bear to open another one.",
])
def test_mailings_asked_to_stop_while_leaving_are_the_cancellation(text):
    assert topic_of(text) == "cancellation"


def test_mailings_never_consented_to_stay_a_data_request():
    text = ("Delete all the personal data you hold on me and stop sending me marketing emails. I never gave you "
            "consent to use my address and I want confirmation in writing.")
    assert topic_of(text) == "privacy_data_request"
