"""Topic classes two seventh-round writers showed missing: near misses that named the wrong situation ("should not
arrive in such a condition", "at no extra cost", "nothing happens" after complaints); a hire car not there at the
airport; goods found torn or split on unpacking, whatever the letter says of price and delivery date; "what arrived
was ..."; a passenger-rights claim after a cancelled journey; a part fitted by an engineer that failed again; charges
where they have never been; a charger that charged nothing and a portal under maintenance; invalid credentials after
an update; a bereaved customer struggling with a dead relative's account; engineers who never come and being passed
round; a cancellation asked for now beside a price rise or a broken cancel button. Every sentence here is new, not
from a data file."""

import pytest

from worker.writing.topics import _SHIPPED, _chosen, choose_topic


@pytest.mark.parametrize("text, subject", [
    ("We got to the rental desk at Faro at 11pm and were told there are no cars left. Two tired kids and nowhere to go.", ""),
    ("Landed in Bristol on time, went to pick up the hire car we paid for and it simply wasn't there. Nobody answers your phone.", "No car"),
    ("Nuestro vuelo aterrizó a las 22:00 y el mostrador de alquiler estaba cerrado. Nadie contesta y no tenemos cómo llegar al hotel.", ""),
    ("Arrivés à l'aéroport de Nice, le comptoir de location était fermé et aucune voiture disponible malgré notre réservation.", ""),
    ("Am Flughafen Hamburg hieß es am Schalter: keine Fahrzeuge verfügbar, obwohl der Mietwagen seit Wochen bezahlt ist.", ""),
])
def test_a_hire_car_not_there_at_the_airport_is_a_disrupted_journey(text, subject):
    assert choose_topic(text, subject) == "travel_disruption"


def test_a_hotel_reception_closed_at_night_is_no_hire_car():
    # The hire-car rule above must not decide it. Whether a night at a hotel gone wrong is a disrupted journey is the
    # words layer's call: the readable lines label a hotel trouble with no vehicle in it travel disruption 15 times
    # of 43, more than any other topic, and the layer trained on rounds 4-18 reads this one so (session 19).
    text = "The hotel reception desk was closed when we arrived at midnight and we waited an hour outside for the night porter."
    assert not _chosen(text, "", (), _SHIPPED, True)[2]


@pytest.mark.parametrize("text, subject", [
    ("I wish to make a formal complaint about order 5512, a walnut sideboard costing £840, delivered on 3 May. Upon unpacking, "
     "the back panel was split from top to bottom and two handles were missing. I expect a replacement within fourteen days.",
     "Formal complaint - order 5512"),
    ("On unpacking the bookcase we found the side panel cracked right through. It cost £430 and was delivered last Thursday.", ""),
    ("Je vous adresse une réclamation concernant la commode livrée le 2 avril pour 690 €. Le plateau est fendu et la poignée est arrachée.",
     "Réclamation"),
    ("Al desembalar la mesa, que pagué 520 € y me entregaron el lunes, vi que el tablero está rajado y una pata está partida.", ""),
    ("Beim Auspacken des Schranks (Lieferung am 5. März, 780 €) war die Rückwand eingerissen und ein Scharnier abgerissen.", "Reklamation"),
])
def test_goods_torn_or_split_on_unpacking_are_damaged_whatever_they_cost(text, subject):
    assert choose_topic(text, subject) == "damaged_or_defective"


def test_goods_that_should_arrive_by_a_date_are_still_late():
    text = "The sofa should arrive by the 12th, it's the 20th and nothing. I paid £900 for it. Where is it?"
    assert choose_topic(text) == "delivery_delay"


@pytest.mark.parametrize("text, subject", [
    ("I ordered a navy raincoat age 7 and what arrived was a pink swimsuit age 3.", ""),
    ("Ordered the large oak desk and what turned up is a tiny white plastic thing that isn't even the right colour.", "wrong desk"),
    ("What came yesterday was two left shoes in a size 4, I ordered a pair of 6s.", ""),
    ("Pedí una chaqueta azul y lo que me ha llegado es un jersey verde de otra talla.", ""),
    ("J'avais commandé un canapé gris, ce qui est arrivé c'est un fauteuil beige.", ""),
    ("Ich habe einen Schreibtisch bestellt, angekommen ist ein Regal in der falschen Farbe.", ""),
])
def test_what_arrived_being_another_thing_is_the_wrong_item(text, subject):
    assert choose_topic(text, subject) == "wrong_item"


@pytest.mark.parametrize("text, topic", [
    ("What arrived was smashed to pieces, the glass top in shards all over the box.", "damaged_or_defective"),
    ("What arrived was three weeks late and I had already bought another one elsewhere.", "delivery_delay"),
])
def test_what_arrived_being_broken_or_late_is_no_wrong_item(text, topic):
    assert choose_topic(text) == topic


@pytest.mark.parametrize("text, subject", [
    ("My premium is going up from £20 to £31 a month with no explanation. Cancel my policy with immediate effect.", "price rise"),
    ("You've put the subscription up again. Cancel my membership effective immediately, I'm not paying that.", ""),
    ("Votre tarif passe de 12 à 19 € par mois. Merci de résilier mon contrat immédiatement.", ""),
    ("Han subido la cuota un 40 %. Cancelen mi suscripción de inmediato, por favor.", ""),
    ("Die Beiträge steigen schon wieder. Ich kündige meinen Vertrag mit sofortiger Wirkung.", ""),
    ("The cancel button on your site just throws an error. Please cancel my subscription today and confirm by email.", ""),
    ("Le bouton « se désabonner » de l'application ne marche pas. Je vous demande de résilier mon abonnement aujourd'hui.", ""),
])
def test_a_cancellation_asked_for_now_is_a_cancellation_beside_a_price_or_a_broken_button(text, subject):
    assert choose_topic(text, subject) == "cancellation"


@pytest.mark.parametrize("text, topic", [
    ("Eleven days without internet and nobody has fixed it. Cancel my contract, I'm done.", "outage_or_bug"),
    ("Someone has used my card for purchases I never made. Cancel my card immediately.", "fraud_or_security"),
    ("I cancelled my plan in March and you charged me again in April. Refund it and close my account immediately.", "charged_after_cancel"),
])
def test_leaving_stays_the_remedy_beside_an_outage_fraud_or_a_charge_after_cancelling(text, topic):
    assert choose_topic(text) == topic


@pytest.mark.parametrize("text, subject", [
    ("My father died in March. I'm his executor and I've sent the death certificate twice, yet you keep writing to him.",
     "Dad's account"),
    ("I'm trying to close my late wife's account. Every call I have to explain her death again and nothing happens.", ""),
    ("Mi madre falleció en enero. Les he enviado el certificado de defunción tres veces y siguen mandándole cartas a ella.", ""),
    ("Mon mari est décédé en février. J'ai envoyé l'acte de décès deux fois et vous lui écrivez toujours.", ""),
    ("Meine Mutter ist verstorben. Ich habe die Sterbeurkunde schon dreimal geschickt und Sie schreiben ihr weiterhin.", ""),
])
def test_a_bereaved_customer_struggling_with_a_dead_relatives_account_is_poor_service(text, subject):
    assert choose_topic(text, subject) == "poor_service"


def test_a_bereaved_customer_with_a_charge_after_cancelling_keeps_that_situation():
    text = "I cancelled my late husband's phone contract in May and you have taken £25 again in June and July."
    assert choose_topic(text) == "charged_after_cancel"


@pytest.mark.parametrize("text", [
    "My father passed away in May and I've sent the death certificate twice. Please close his account.",
    "Mon père est décédé en mai, j'ai envoyé l'acte de décès. Pouvez-vous clôturer son contrat ?",
])
def test_a_bereaved_customer_asking_to_close_the_account_is_a_cancellation(text):
    assert choose_topic(text) == "cancellation"


@pytest.mark.parametrize("text, subject", [
    ("That's the fourth time your engineer hasn't turned up. I've taken four days off work for nothing.", "no-show"),
    ("Otra vez me han dejado plantado esperando al técnico toda la tarde. Es la segunda vez esta semana.", ""),
    ("Le technicien ne s'est pas présenté pour la troisième fois et personne ne m'a prévenu.", ""),
    ("Zum dritten Mal ist der Techniker nicht gekommen, und am Telefon werde ich nur vertröstet.", ""),
    ("Llevo semanas pasando de un departamento a otro y la llamada que me prometieron nunca llegó.", ""),
    ("I've been passed from one department to the next for a month and every promised callback never came.", ""),
    ("Ich werde von einer Abteilung an die nächste verwiesen, Rückrufe werden versprochen und finden nie statt.", ""),
])
def test_engineers_who_never_come_and_being_passed_round_are_poor_service(text, subject):
    assert choose_topic(text, subject) == "poor_service"


@pytest.mark.parametrize("text, subject", [
    ("In meiner App sehe ich drei Ladevorgänge in Köln, ich war nie dort. Ich glaube, jemand hat meine Kartendaten.", ""),
    ("There are four charging sessions on my account in Cardiff. I've never been to Cardiff. Someone has my card details.", ""),
    ("Veo cargos de una gasolinera en Valencia y nunca he estado allí. Alguien tiene los datos de mi tarjeta.", ""),
    ("Des achats à Marseille apparaissent sur mon compte, je n'y suis jamais allée. Quelqu'un a mes coordonnées bancaires.", ""),
])
def test_charges_where_they_have_never_been_are_fraud(text, subject):
    assert choose_topic(text, subject) == "fraud_or_security"


@pytest.mark.parametrize("text, subject", [
    ("Your charger at the retail park took £18 and delivered 0 kWh. The car never charged.", "failed charge"),
    ("The car wash took my £10 and did nothing at all because the machine failed halfway.", ""),
    ("Your payment portal has been under maintenance all day and my bill is due tonight. Give me a way to pay that works.", ""),
    ("Le portail client est en maintenance depuis ce matin, impossible de payer ma facture avant l'échéance.", ""),
])
def test_a_service_that_took_money_and_failed_or_is_under_maintenance_is_an_outage(text, subject):
    assert choose_topic(text, subject) == "outage_or_bug"


@pytest.mark.parametrize("text, subject", [
    ("Your cancellation of the 9:15 sailing left us paying £160 for a room. Under passenger rights rules you must reimburse it.", ""),
    ("The cancellation of our flight cost us a night in a hotel. Under EU 261 I am claiming compensation of €400.", "Claim"),
    ("Conforme a los derechos de los pasajeros, reclamo los 180 € del hotel tras la cancelación del ferry.", ""),
])
def test_a_passenger_rights_claim_after_a_cancelled_journey_is_a_disrupted_journey(text, subject):
    assert choose_topic(text, subject) == "travel_disruption"


@pytest.mark.parametrize("text, subject", [
    ("The new pump your engineer fitted last week has packed in already. I paid £180 for it and I want it fixed at no extra cost.", ""),
    ("The thermostat your technician replaced on Monday has failed again.", "part failed again"),
])
def test_a_fitted_part_that_failed_again_is_a_damaged_good(text, subject):
    assert choose_topic(text, subject) == "damaged_or_defective"


@pytest.mark.parametrize("text, subject", [
    ("Since yesterday's update I can't log in: it says 'invalid credentials' though nothing has changed.", ""),
    ("Depuis la mise à jour, « identifiants invalides » à chaque connexion et le lien de réinitialisation affiche une page blanche.", ""),
    ("Seit dem Update heißt es beim Login nur noch „ungültige Zugangsdaten“.", ""),
])
def test_invalid_credentials_after_an_update_is_account_access(text, subject):
    assert choose_topic(text, subject) == "account_access"


def test_no_extra_cost_is_no_charge():
    text = "The kettle you sent stopped working after two days. Send me a new one at no extra cost, without any additional fee."
    assert choose_topic(text) == "damaged_or_defective"


def test_nothing_happening_after_complaints_is_no_outage():
    text = "I've complained three times about the damp in the flat and nothing happens. Nobody calls back."
    assert choose_topic(text) != "outage_or_bug"


@pytest.mark.parametrize("text, topic", [
    ("What I received was an automated reply and a voucher, and the sofa is still broken.", "damaged_or_defective"),
    ("My mother died last month and the wreath I ordered for her funeral arrived two days late.", "delivery_delay"),
    ("I have never been in such a mess with a bill: you charged me £80 twice this month.", "unexpected_charge"),
])
def test_near_misses_of_the_seventh_rounds_phrasings(text, topic):
    assert choose_topic(text) == topic


@pytest.mark.parametrize("text, topic", [
    ("You took my money and did nothing about my complaint. Three emails, no answer.", "outage_or_bug"),
    ("Au déballage, tout était parfait, mais la livraison a eu une semaine de retard.", "damaged_or_defective"),
    ("Seit gestern Abend ist die Internetverbindung ständig abgebrochen, ich kann nicht arbeiten.", "damaged_or_defective"),
    ("The engineer said the replacement part hasn't arrived yet, so the boiler is still broken.", "poor_service"),
])
def test_what_the_seventh_rounds_phrasings_do_not_claim(text, topic):
    assert choose_topic(text) != topic
