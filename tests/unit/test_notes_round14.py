"""Note classes from session 14, each tested on messages written here:
- a cancel request beside a grievance is answered with what they leave over; a clause that closes a ticket or a
  complaint ("and close the ticket I opened about it") or ends a call ("and end the call before I can explain") asks
  nobody to leave, so the grievance in that sentence still counts;
- shamed by one of the company's people in front of others ("told me in front of the whole checkout queue",
  "me acusó delante de todos", "m'a parlé comme à une voleuse devant les autres clients", "vor allen Kunden
  angeschrien") or humiliated by how they were spoken to is how they were treated (poor service), even when a broken
  machine or a late parcel is the aside that started it; a humiliation about money is no person's doing;
- a refund due by a time now passed, validated, or owed under the terms after the company called the event or the trip
  off ("the confirmation said refunds within 7 days", "I'm entitled to a full refund, not credit", "remboursement
  accepté le 2 mai", "laut AGB steht mir die Kaution binnen 10 Tagen zu", "el reembolso aprobado hace un mes") is the
  refund they wait for, not the disruption;
- a cancellation asked now, with its written confirmation requested in the imperative ("Send written confirmation of
  the cancellation", "Confirm the cancellation by email"), is no cancellation made before: a charge taken before it is no
  charge after cancelling;
- an invoice or a reminder they want withdrawn ("cancel this invoice", "Stornierung der Rechnung", "annulez cette
  facture", "anulen la factura") is a charge they dispute, not a contract they leave;
- a fee taken on the spot for something ("charged me £48 at check-in for a bag", "me cobraron 50 € en la puerta por
  una maleta", "m'ont facturé 45 € pour un bagage", "hat mir 40 € für einen Koffer berechnet") is an unexpected charge,
  and "it's also a scam" said of it is contempt, not fraud;
- money gone to a payee they do not know ("paid to a company I've never heard of", "a una empresa que no conozco", "à
  une société que je ne connais pas", "an eine Firma, die ich nicht kenne") is fraud, however often they called since;
- not what the listing said ("not the sofa advertised", "your listing said 2019", "venía como «nuevo»", "ne
  correspond pas à l'annonce", "nicht wie beschrieben") is a wrong item;
- a cancellation they say they did not make ("I did not cancel it", "yo no lo he cancelado", "je n'ai rien annulé",
  "ich habe nichts storniert") is never their cancellation;
- staff who rolled their eyes, announced it to the queue or treated them like cattle is how they were treated;
- a fraud report with no money gone (an account taken over "and my card is saved on it", a sum they "nearly sent"
  before seeing the scam, "ya me pasó con el banco") gets the account secured, never "so no more money can be taken"
  nor a fraud claim for the sum; card fraud with the sums taken keeps the block and the claim;
- a request to delete the account and all the data is answered as the data request first, then the closure;
- a download, a page or an app that spins or loads for ever is an outage, even in a chase nobody answered.
"""

import pytest

from worker.writing.preview import preview


@pytest.mark.parametrize(("text", "topic"), [
    ("Please cancel my subscription. The blender arrived with a cracked jug, and close the ticket I opened about it last "
     "week, it was never answered.", "damaged_or_defective"),
    ("I want to cancel my contract. The internet has dropped every evening for two weeks, and end the call before I can "
     "explain, every time.", "outage_or_bug"),
])
def test_closing_a_ticket_or_ending_a_call_is_no_request_to_leave(text, topic):
    note = preview(text, "Ann", None)
    assert note["topic"] == topic and "cancel_request" in note["cues"]


@pytest.mark.parametrize("text", [
    "Your scanner at the self-checkout was down, so I asked for help. The supervisor told me in front of the whole queue "
    "that I was obviously trying to steal. I have shopped with you for nine years. I want an apology in writing.",
    "El datáfono no funcionaba y la encargada me acusó delante de todos de no querer pagar. Me sentí humillada. Exijo "
    "una disculpa.",
    "Votre borne était en panne et l'agent m'a parlé comme à une voleuse devant les autres clients. Je me suis sentie "
    "humiliée et j'attends des excuses.",
    "Das Kartenlesegerät war kaputt und der Filialleiter hat mich vor allen Kunden angeschrien. Ich fühlte mich "
    "gedemütigt und erwarte eine Entschuldigung.",
])
def test_shamed_by_staff_in_front_of_others_is_how_they_were_treated(text):
    assert preview(text, "Ann", None)["topic"] == "poor_service"


def test_a_humiliation_about_money_is_no_persons_doing():
    text = ("You charged me twice for March, £89 each time, and I've had to borrow from my daughter to pay the rent, "
            "which is humiliating. Please refund the second charge.")
    assert preview(text, "Ann", None)["topic"] != "poor_service"


@pytest.mark.parametrize(("text", "subject"), [
    ("The festival was called off by the organisers. The confirmation email said refunds within 7 days. That was a month "
     "ago and I have had nothing. Order FX-22019, £240.", ""),
    ("You cancelled our sailing two hours before departure. I am entitled to a full refund of £188, not credit I will "
     "never use. Booking KT-5512.", "Re: cancelled sailing"),
    ("Concert annulé par vos soins, remboursement de 96 € « accepté » le 2 mai. Nous sommes le 20 juin. C'est une "
     "blague ?", ""),
    ("Sie haben das Seminar abgesagt. Laut AGB steht mir die Gebühr von 450 € binnen 10 Tagen zu. Seitdem: nichts.", ""),
])
def test_a_refund_due_after_the_company_called_it_off_is_the_refund(text, subject):
    assert preview(text, "Ann", None, subject=subject)["topic"] == "refund_not_received"


@pytest.mark.parametrize("text", [
    "Close my account today. You took £54 this month instead of the £38 I signed up for. Send written confirmation of "
    "the cancellation and refund the £16.",
    "Cancel my membership now. Your app billed me £29.99 for a class I never booked. Confirm the cancellation by email.",
])
def test_a_confirmation_asked_for_is_no_earlier_cancellation(text):
    assert preview(text, "Ann", None)["topic"] != "charged_after_cancel"


@pytest.mark.parametrize("text", [
    "Your plumber never turned up, yet I have an invoice for a call-out fee of £85. Cancel that invoice today.",
    "Der Termin wurde von Ihnen abgesagt, trotzdem kam eine Rechnung über 120 €. Ich erwarte die Stornierung der Rechnung.",
    "Vous avez annulé le rendez-vous vous-mêmes et je reçois une facture de 60 €. Merci d'annuler cette facture.",
    "Cancelaron ustedes la cita y aun así me llega una factura de 75 €. Exijo que anulen la factura.",
])
def test_an_invoice_to_withdraw_is_a_disputed_charge(text):
    assert preview(text, "Ann", None)["topic"] == "unexpected_charge"


@pytest.mark.parametrize("text", [
    "Your desk staff charged me £48 at check-in for a bag that fitted the sizer. It's also a scam and they know it.",
    "En la puerta de embarque me cobraron 50 € por una maleta que cabía en el medidor. Es un abuso.",
    "À l'embarquement, vos agents m'ont facturé 45 € pour un bagage qui rentrait dans le gabarit. Remboursez-moi.",
    "Am Gate hat mir Ihr Personal 40 € für einen Koffer berechnet, der problemlos in den Messrahmen passte.",
])
def test_a_fee_taken_on_the_spot_is_an_unexpected_charge(text):
    assert preview(text, "Ann", None)["topic"] == "unexpected_charge"


@pytest.mark.parametrize("text", [
    "I've called three times now. £900 went out of my account last night to a company I've never heard of. That was my "
    "rent money and every time I ring I'm told to wait.",
    "He llamado tres veces. Anoche salieron 900 € de mi cuenta hacia una empresa que no conozco y nadie me ayuda.",
    "J'ai appelé trois fois. 900 € ont été virés cette nuit à une société que je ne connais pas et personne ne m'aide.",
    "Ich habe dreimal angerufen. Letzte Nacht gingen 900 € an eine Firma, die ich nicht kenne, und niemand hilft mir.",
])
def test_money_gone_to_a_payee_they_do_not_know_is_fraud(text):
    assert preview(text, "Ann", None)["topic"] == "fraud_or_security"


@pytest.mark.parametrize("text", [
    "The bike delivered today is not the one advertised: the frame is a size M and it has no lights. Sort it out.",
    "Your listing said the van was a 2019 model with full service history. The logbook says 2014. I feel conned.",
    "La tele venía como «nueva, precintada» y llegó con la caja abierta y otra referencia. Menuda tomadura de pelo.",
    "Le canapé livré ne correspond pas à l'annonce : tissu gris au lieu de bleu, trois places au lieu de quatre. "
    "C'est inadmissible.",
    "Das gelieferte Fahrrad ist nicht wie beschrieben: 26 statt 28 Zoll, keine Schaltung. Unverschämt.",
])
def test_not_what_the_listing_said_is_a_wrong_item(text):
    assert preview(text, "Ann", None)["topic"] == "wrong_item"


@pytest.mark.parametrize("text", [
    "Your system says my dentist appointment was cancelled at my request. I did not cancel it and I am in agony.",
    "Me llega un SMS de que mi cita está anulada. Yo no la he cancelado y llevo semanas esperando.",
    "Je reçois un mail disant que ma réservation est annulée. Je n'ai rien annulé, c'est inadmissible.",
    "Laut Ihrer App ist mein Termin storniert. Ich habe nichts storniert und brauche den Termin dringend.",
])
def test_a_cancellation_they_did_not_make_is_no_cancellation(text):
    note = preview(text, "Ann", None)
    assert note["topic"] != "cancellation" and "closed your account" not in note["reply_text"]


def test_eyes_rolled_and_told_to_the_queue_is_how_they_were_treated():
    text = ("At the boarding gate I asked whether my father could sit down while we waited. The agent rolled her eyes "
            "and announced to the queue that we were holding everyone up. We were treated like cattle.")
    assert preview(text, "Ann", None)["topic"] == "poor_service"


@pytest.mark.parametrize("text", [
    "Someone has taken over my account and changed the password. My card is saved on it and I'm terrified. Lock it now.",
    "I nearly sent £700 to one of your 'verified' sellers before I realised the listing is a scam. Take it down, I'm "
    "shaking.",
    "Alguien ha entrado en mi cuenta y ha cambiado el correo. Tengo miedo, ya me pasó con el banco el año pasado.",
    "Quelqu'un a piraté mon compte et changé le mot de passe. Ma carte est enregistrée dessus, j'ai peur.",
])
def test_a_fraud_report_with_no_money_gone_gets_the_account_secured(text):
    reply = preview(text, "Ann", None)["reply_text"]
    assert "money can be taken" not in reply and "fraud claim" not in reply and "dinero" not in reply
    assert "débit" not in reply


def test_card_fraud_with_the_sums_taken_keeps_the_block_and_the_claim():
    text = ("Someone has used my card: two payments I never made, £420 and £380, to a shop in Madrid. I have never "
            "been there. I'm scared. Please block it.")
    reply = preview(text, "Ann", None)["reply_text"]
    assert "no more money can be taken" in reply


@pytest.mark.parametrize(("text", "data_line"), [
    ("I asked you twice under GDPR to delete my account and every bit of data you hold on me. Still nothing. Do it now.",
     "your data"),
    ("Por segunda vez: borren mi cuenta y todos mis datos personales, como exige el RGPD. Es inaceptable.", "sus datos"),
])
def test_an_erasure_request_is_answered_as_the_data_request_then_the_closure(text, data_line):
    reply = preview(text, "Ann", None)["reply_text"]
    assert data_line in reply and reply.index(data_line) < max(reply.find("close your account"), reply.find("cerraré su cuenta"))


@pytest.mark.parametrize("text", [
    "Second time asking and nobody has answered. The invoice download just spins forever and my accountant needs it.",
    "Nadie me contesta. La página de facturas se queda cargando y no puedo descargar nada desde el lunes.",
    "Personne ne répond. Le téléchargement de mon attestation tourne dans le vide depuis trois jours.",
    "Niemand antwortet. Der Download der Rechnung lädt ewig, seit Tagen schon.",
])
def test_a_page_that_spins_for_ever_is_an_outage(text):
    assert preview(text, "Ann", None)["topic"] == "outage_or_bug"
