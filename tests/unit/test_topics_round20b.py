"""Situation classes from session 20b (round 20's writers 59 and 60: five drafts that said something untrue because the
situation was wrong), each tested on messages written here:
- the price of a job done badly is no charge they contest: a job to be done again properly ("come back and redo the
  job properly", "revenir refaire le travail correctement") is the service's grievance (nb-60-089), and the fee of a
  course whose refund they ask after it went badly ("die Erstattung der Kursgebühr", "a refund of the course fee") is
  no contested fee (nb-59-081); a charge above the price agreed stays a charge;
- a payment told as already made, as the background of what they still wait for ("I already paid the invoice (€210)
  three weeks ago"), is no unexpected charge (nb-60-010); paid and then charged again stays a charge;
- a contract the company ended on them ("my tenancy has been cancelled because a payment bounced", "vous avez résilié
  mon contrat") is no cancelling of theirs, so no charge after cancelling and no "you cancelled" (nb-60-018); a
  customer who did cancel and was charged after keeps it;
- cancel words they say they never asked about ("I didn't ask what happens after cancelling", "Ich habe nicht
  gefragt, wie man eine Bestellung storniert") name no cancelling of theirs (nb-59-080); a charge taken twice is the charge;
- "fake", "scam" and "crooks" said of goods that are not what was sold ("the 'sterling silver' ring is plated") are
  a product not as described, not fraud (nb-59-086); an account taken over or a card used by a stranger stays fraud;
- one payment taken three or more times ("3 charges of £35", "tres cargos de 60 €", "4 prélèvements de 32,50 €") is a
  charge they contest, whatever the app that failed or the refund they demand "if I'm not refunded" (nb-60-038,
  nb-60-042); a stranger's payments stay fraud, and a refund promised for them stays a refund awaited;
- "So geht man mit Kunden nicht um" (no way to treat customers) is how they were treated, not something that "geht
  nicht" (nb-60-014); an app that "geht nicht mehr" stays an outage;
- "si la operación no llega a firmarse" (never comes to be signed) is no parcel that "no llega" (nb-60-017); a sofa
  that "todavía no llega" stays late.
"""

import pytest

from worker.writing.preview import preview


def topic_of(text: str, subject: str = "") -> str:
    return preview(text, "Sam", None, subject=subject)["topic"]


# 1. The price of a job done badly.
@pytest.mark.parametrize("text,subject", [
    ("Your gardener strimmed half the lawn, left clippings all over the patio and drove off after forty minutes, and "
     "you charged me £75 for it. I sent photos on Monday and nobody has replied. I want someone to come back and redo "
     "the job properly before I pay another penny.", "Garden visit - clippings everywhere"),
    ("Bonjour, votre technicien a posé le parquet de travers dans le couloir et vous m'avez facturé 640 €. Trois "
     "courriels sans réponse. Je ne paierai pas le solde tant que vous ne viendrez pas refaire le travail correctement.",
     "Parquet mal posé"),
])
def test_a_job_to_be_done_again_is_the_service_not_a_charge(text, subject):
    assert topic_of(text, subject) == "poor_service"


@pytest.mark.parametrize("text,subject", [
    ("Sehr geehrte Damen und Herren, beim Kletterkurs am Sonntag hat der Trainer meine Tochter ohne Sicherung auf die "
     "Wand gelassen und sich über ihre Angst lustig gemacht. Ich bin fassungslos. Ich erwarte eine Entschuldigung der "
     "Leitung und die Erstattung der Kursgebühr von 190 €.", "Beschwerde Kletterkurs"),
    ("Madame, Monsieur, pendant le stage de voile de samedi, le moniteur a laissé mon fils de 12 ans seul sur un "
     "dériveur par force 5. Je suis indignée. J'attends des excuses de la direction et le remboursement des frais de "
     "stage de 260 €.", "Plainte - stage de voile"),
])
def test_the_fee_of_a_course_gone_badly_is_no_contested_charge(text, subject):
    assert topic_of(text, subject) != "unexpected_charge"


def test_near_miss_a_charge_above_the_agreed_price_stays_a_charge():
    text = ("You quoted £80 for the window clean and then charged me £140 with no explanation. I never agreed to any "
            "extra. Please refund the £60 difference.")
    assert topic_of(text, "Overcharged for window cleaning") == "unexpected_charge"


# 2. A payment told as already made, as background.
@pytest.mark.parametrize("text,subject", [
    ("Third time asking. We have already paid the deposit (£450 invoice DX-118) back in October. What we need is the "
     "fitting date you promised for this week, not another quote.", "Re: Re: your quote"),
])
def test_a_payment_told_as_made_is_no_unexpected_charge(text, subject):
    assert topic_of(text, subject) != "unexpected_charge"


def test_near_miss_paid_and_then_charged_again_stays_a_charge():
    text = ("I already paid the invoice in March, yet you've taken another €210 from my card this week. I don't "
            "recognise this second payment and I want it reversed.")
    assert topic_of(text, "Charged twice") == "unexpected_charge"


# 3. Cancelled by the company.
@pytest.mark.parametrize("text,subject", [
    ("Hi, I just got a letter saying my tenancy has been cancelled because a payment bounced. The rent went out of my "
     "account on the 1st, I can show you the statement. I have two children and nowhere else to go. Please tell me we "
     "still have the flat.", "Tenancy cancelled??"),
    ("Bonjour, vous avez résilié mon contrat d'électricité pour un prélèvement rejeté alors que le paiement est bien "
     "sorti de mon compte le 5. Je suis inquiète, il fait froid et j'ai un bébé. Rétablissez mon contrat s'il vous "
     "plaît.", "Contrat d'électricité - prélèvement rejeté"),
])
def test_a_contract_the_company_ended_is_no_cancelling_of_theirs(text, subject):
    result = preview(text, "Sam", None, subject=subject)
    assert result["topic"] not in ("charged_after_cancel", "cancellation")
    assert "You cancelled" not in result["reply_text"] and "Vous avez résilié" not in result["reply_text"]


def test_near_miss_a_customer_who_did_cancel_and_was_charged_after_keeps_it():
    text = ("I cancelled my gym membership on 2 October and have the confirmation email. You have still taken £35 on "
            "1 November. Refund it please.")
    assert topic_of(text, "Charged after cancelling") == "charged_after_cancel"


# 4. Cancel words they never asked about.
@pytest.mark.parametrize("text,subject", [
    ("Your reply is no help. I didn't ask what happens after cancelling, I asked why the same £18.50 box was taken from my "
     "card twice on Tuesday. Please read what I wrote and refund the second payment.", "Re: your request #5521"),
    ("Guten Tag, ich habe nicht gefragt, wie man eine Bestellung storniert, sondern warum mir 12,99 € zweimal abgebucht wurden. "
     "Bitte lesen Sie meine Nachricht und erstatten Sie die doppelte Abbuchung.", "AW: Ihre Anfrage"),
])
def test_cancel_words_never_asked_about_are_no_cancelling(text, subject):
    result = preview(text, "Sam", None, subject=subject)
    assert result["topic"] == "unexpected_charge"
    assert "cancelled" not in result["reply_text"] and "gekündigt" not in result["reply_text"]


# 5. Fake goods.
@pytest.mark.parametrize("text,subject", [
    ("The 'sterling silver' ring I ordered from your shop (order RS-2231, £95) is plated - a jeweller checked it "
     "yesterday and it's copper underneath. You're selling fakes to people who trust you. Full refund by Friday or I "
     "go to Trading Standards.", "FAKE silver ring - scam"),
    ("El bolso de piel que compré en su tienda online es una imitación: la etiqueta está mal cosida y el cuero es "
     "plástico. Son unos estafadores. Exijo que me lo cambien por uno auténtico esta semana.", "Bolso falso - estafa"),
])
def test_goods_not_as_sold_are_no_fraud(text, subject):
    assert topic_of(text, subject) == "damaged_or_defective"


@pytest.mark.parametrize("text,subject", [
    ("Someone got into my account last night, changed the email and bought two gift cards with my saved card. I "
     "never made these purchases. Please lock the account now.", "Account hacked - scam purchases"),
    ("I bought a fake designer handbag from a seller on your marketplace: it's a counterfeit, and the seller has "
     "vanished with my £300. Your buyer protection is a joke and this is a scam.", "Scam seller"),
])
def test_near_miss_a_stranger_at_their_money_stays_fraud(text, subject):
    assert topic_of(text, subject) == "fraud_or_security"


# 6. One payment taken three or more times.
@pytest.mark.parametrize("text", [
    "bought the annual pass, got an error, bought it again, error again, and now my card shows 3 charges of £35 and "
    "still no pass in my account. fix your checkout",
    "Compré la entrada, la web dio error, lo intenté otra vez y ahora tengo tres cargos de 60 € en la tarjeta y ninguna "
    "entrada en el correo. Arreglen su página.",
    "Mon relevé montre 4 prélèvements de 32,50 € pour la même commande. Votre site a planté au paiement et voilà le "
    "résultat. Si je ne suis pas remboursé demain, je fais opposition.",
])
def test_a_payment_taken_again_and_again_is_a_contested_charge(text):
    assert topic_of(text) == "unexpected_charge"


@pytest.mark.parametrize("text,topic", [
    ("Someone has my card details: there are four payments of £50 at shops I've never heard of. I didn't make any of "
     "them. Please block the card.", "fraud_or_security"),
    ("Three weeks ago you admitted I was charged three times for the same order and promised a refund of £240 within "
     "5 days. Still nothing has arrived in my account.", "refund_not_received"),
])
def test_near_miss_a_stranger_or_a_promised_refund_keeps_its_topic(text, topic):
    assert topic_of(text) == topic


# 7. "So geht man mit Kunden nicht um": how customers are treated, not something that does not work.
def test_no_way_to_treat_customers_is_no_outage():
    text = ("Sehr geehrte Damen und Herren, der Umzugskarton-Service sollte die Kisten am Montag abholen. Sie stehen "
            "immer noch im Flur, und ich habe zweimal angerufen und wurde jedes Mal vertröstet. So geht man mit "
            "langjährigen Kunden nicht um. Ich erwarte heute einen festen Termin.")
    assert topic_of(text, "Abholung vergessen") == "poor_service"


def test_near_miss_an_app_that_no_longer_works_stays_an_outage():
    text = "Seit dem Update geht die App bei mir nicht mehr, ich komme nicht an meine Rechnungen. Das ist jetzt der dritte Tag."
    assert topic_of(text) == "outage_or_bug"


# 8. "No llega a firmarse": something that never comes to be, not a parcel that has not come.
def test_no_llega_a_with_an_infinitive_is_no_late_delivery():
    text = ("Les avisé por escrito de que renunciaba a la reserva del piso y aun así me han cargado 850 € de gastos de "
            "gestión. Su propio contrato dice que no hay gastos si la compraventa no llega a firmarse. Exijo la "
            "devolución en cinco días.")
    assert topic_of(text, "Reclamación gastos de gestión") != "delivery_delay"


def test_near_miss_an_order_that_still_has_not_come_stays_late():
    assert topic_of("Pedí el sofá hace seis semanas y todavía no llega. Nadie me dice nada.") == "delivery_delay"
