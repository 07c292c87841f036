"""Classes of error found reading an eighth round of fresh messages (writers 23 and 24), each tested on sentences written
here: sarcastic praise or thanks for a failure and exasperation words; an earlier form or ticket with no answer since;
a time pressure said as an event or a supply running out; fear or lost sleep said plainly. Each class is tested both
ways: what must now be found, and the near miss that must not."""

import pytest

from worker.detector import detect

# -- 1. upset: sarcastic praise for a failure, and exasperation words ------------------------------------------------

SARCASM_UPSET = [
    "Wonderful. Just wonderful. The oven was delivered with the door hanging off its hinge. Please collect it.",
    "So the router still drops out every evening. Loving the premium broadband experience, thanks. When is the engineer coming?",
    "Fourth day without a working shower. Fantastic service you've got there. I want someone out tomorrow.",
    "My suitcase went to Lisbon and I went to Oslo. Love that for me. Where is it now?",
    "Muchas gracias por esta experiencia tan estupenda. El vuelo cancelado a las 5 de la mañana y ningún empleado en el mostrador.",
    "Merci infiniment pour ce formidable service. Le colis est arrivé ouvert et vide, et personne ne répond au téléphone.",
    "Vielen Dank für diese tolle Reise. Der Bus ist nie gekommen und wir standen zwei Stunden im Regen.",
    "Paying £60 a month for the privilege of a phone that has no signal in my own kitchen.",
]

SINCERE_CALM = [
    "Thank you for a wonderful weekend at the lodge. The kids are already asking when we can come back.",
    "Loving the new app so far! But could you add a dark mode? My eyes would thank you.",
    "Great service you've got, the parcel arrived a day early. Thanks!",
    "Un grand merci pour cette merveilleuse soirée, tout était parfait. Nous reviendrons avec plaisir.",
    "Ich möchte mich ganz herzlich bei Herrn Brandt bedanken, er war unglaublich hilfsbereit bei der Einrichtung.",
    "Quería agradecer a Lucía su paciencia: me explicó todo con mucha calma y ya funciona la app.",
    "Je tenais à remercier Julien, il a été d'une patience incroyable alors que j'avais très peur de conduire.",
]

EXASPERATION_UPSET = [
    "Llevo tres semanas sin poder entrar en la cuenta. Esto es inadmisible para un banco.",
    "El técnico no vino otra vez y tengo que volver a pedir el día libre. Estoy de los nervios.",
    "Me piden el mismo documento por cuarta vez. Esto roza lo absurdo.",
    "On me demande de rappeler un autre service qui me renvoie vers vous. Ça frise le ridicule.",
    "Die Rechnung ist zum dritten Mal falsch, das grenzt an Unverschämtheit.",
    "Sie wollen die volle Gebühr, obwohl ich nie da war. Das ist doch lächerlich.",
    "The form rejects my postcode and the chat sends me back to the form. It borders on the absurd.",
]


@pytest.mark.parametrize("text", SARCASM_UPSET + EXASPERATION_UPSET)
def test_sarcasm_and_exasperation_are_upset(text):
    assert detect(text).negative


@pytest.mark.parametrize("text", SINCERE_CALM)
def test_sincere_praise_and_thanks_stay_calm(text):
    assert not detect(text).negative


def test_a_letter_thanking_the_customer_is_not_their_thanks():
    # a fear said is upset unless it is the story of a thank-you; someone else's "thanking me" is no thank-you
    text = ("The tax office sent me a letter thanking me for a return I never filed, claiming a refund to an account "
            "that is not mine. I am extremely worried. Who has my details?")
    assert detect(text).negative


# -- 2. repeat_contact: an earlier form, ticket or call with no answer since -----------------------------------------

REPEAT_FOUND = [
    "I sent in the change-of-address form last Tuesday and have heard nothing, so the bills still go to the old flat.",
    "We've raised it via your online portal twice now, reference PT-2231, and the fault is still there.",
    "I have opened a support ticket about the missing invoice but it is still unassigned.",
    "I've spent two whole lunch breaks on hold with your billing team about this charge.",
    "He presentado una reclamación por la web y nadie la ha mirado.",
    "Me tuvieron 35 minutos en espera y luego se cortó.",
    "J'ai déposé un signalement sur votre site il y a dix jours, sans suite.",
    "J'ai passé deux soirées au téléphone avec votre service technique.",
    "Die Reklamation habe ich schon am Montag eingereicht, bisher keine Rückmeldung.",
    "Am 3. Juni habe ich Sie schriftlich daran erinnert.",
    "Wie am Freitag telefonisch besprochen, schicke ich Ihnen die Fotos vom Schaden.",
    "I've tried your live chat twice this week and it drops me before anyone answers.",
    "We tried three times to close the joint account and it is still open.",
    "Ich habe am 2. März und nochmals am 20. März per Einschreiben den Widerruf für den Stromvertrag meiner Mutter eingereicht.",
]

REPEAT_NOT_FOUND = [
    "Please don't send me another automated email, I need a person to read this.",
    "You charged me £12 in fees on three £25 tickets. That was never shown at checkout.",
    "Könnten Sie bitte bei der Spedition nachfragen, wo das Paket bleibt?",
    "Compré el sofá en su tienda de Valencia y me dijeron que llegaría en dos semanas. ¿Hay fecha ya?",
    "When I took out the policy I was told that breakdown cover was included.",
    "Lors de la souscription, le vendeur m'a dit que l'installation était gratuite.",
    "Es la tercera vez que me pasa con el mismo modelo: la cremallera se rompe a la semana.",
    "C'est la deuxième fois que ça arrive avec vos colis, le carton est encore écrasé.",
    "Nobody answers your phone line, so I'm writing here. My card was declined at the till.",
]


@pytest.mark.parametrize("text", REPEAT_FOUND)
def test_an_earlier_contact_is_a_repeat_contact(text):
    assert "repeat_contact" in detect(text).cues


@pytest.mark.parametrize("text", REPEAT_NOT_FOUND)
def test_a_sales_promise_a_recurring_fault_or_a_price_is_no_repeat_contact(text):
    assert "repeat_contact" not in detect(text).cues


# -- 3. urgency: a time pressure said as an event or a running-out ----------------------------------------------------

URGENCY_FOUND = [
    "My mum runs out of her heart tablets on Sunday and the repeat order hasn't shipped.",
    "A mi hijo se le acaban los sobres de insulina y se queda sin ellos el lunes.",
    "Il ne nous reste qu'un paquet de couches pour ce soir.",
    "Die Tabletten reichen nur noch bis Mittwoch.",
    "The match is on Sunday and the season ticket still hasn't arrived.",
    "Our business insurance expires on the 3rd and the renewal link gives an error.",
    "I'm due on shift in 15 minutes and the app won't end my rental. Tengo que salir en 5 minutos.",
    "Je dois partir au travail dans 10 minutes et la trottinette refuse de se verrouiller.",
    "Someone is still using my card to order takeaways as we speak.",
    "The last train is gone and we don't know where we're supposed to stay tonight.",
    "We need the cake for the christening on Saturday, so please confirm the date.",
    "Pay the deposit by Friday or we lose the venue, so I need the refund released.",
    "Unless the transfer clears by Monday, we lose the flat we've been offered.",
    "Es el cumple de mi hija el sábado y la tarta no ha llegado.",
    "Tenemos que estar en el puerto a las 7 y la app no muestra la reserva.",
    "Tengo la boda de mi hermano a las cinco y el traje sigue sin llegar.",
    "El recibo se carga el día 30, pasado mañana, y la tarifa sigue mal.",
    "Sitting in the car park right now and the barrier won't read my ticket.",
]

URGENCY_NOT_FOUND = [
    "Sans réponse d'ici le 15 octobre, je saisirai le médiateur.",
    "This is urgent-ish, we'd just like to plan the week.",
    "We were at the Patel wedding on Saturday and my daughter left her bag under a table. Has it been found?",
    "My daughter passed her driving test today! Thank you so much, please tell Mark.",
    "Le numéro d'urgence indiqué sur le site ne fonctionne pas.",
    "Ich erwarte die sofortige Erstattung des Betrags.",
    "If the next instalment is taken I will report it to my bank.",
    "Cancel my membership effective immediately; I'm joining the gym across the road.",
]


@pytest.mark.parametrize("text", URGENCY_FOUND)
def test_a_time_pressure_is_urgency(text):
    assert "urgency" in detect(text).cues


@pytest.mark.parametrize("text", URGENCY_NOT_FOUND)
def test_a_threat_deadline_a_past_event_or_a_demand_is_no_urgency(text):
    assert "urgency" not in detect(text).cues


# -- 4. distress: fear or lost sleep said plainly --------------------------------------------------------------------

DISTRESS_FOUND = [
    "Since the break-in I've been lying awake every night listening for the door.",
    "The smoke alarm keeps going off for no reason and honestly we're not sleeping.",
    "The driver knows where I live and keeps messaging me. I feel scared and unsafe in my own flat.",
    "The pharmacy gave my son double the dose. I dread to think what could have happened.",
    "Someone has logged into my savings account and moved money out. I am seriously worried.",
    "Llevo tres noches sin pegar ojo pensando en quién tiene mis datos.",
    "Me siento impotente y muy mal con todo esto.",
    "Je n'ose pas imaginer ce qui se serait passé si ma fille avait pris ce médicament.",
    "Je me sens en danger depuis que mon adresse a été publiée.",
    "Seit dem Einbruch liege ich nachts wach und höre auf jedes Geräusch.",
    "Meine Mutter ist am Boden zerstört, die Fotos meines Vaters sind weg.",
    "Unser Kater frisst seit dem neuen Futter nichts mehr, wir waren beim Tierarzt. Ich bin völlig fertig.",
    "A mi madre le acaban de diagnosticar un cáncer y necesito cancelar el viaje.",
]

DISTRESS_NOT_FOUND = [
    "Great news, my daughter has passed her theory test, so please book the practical lessons.",
    "C'est désespérant : trois semaines que la box ne capte plus rien.",
    "My repeat prescription runs out on Friday and the order is still pending. Can you check it?",
    "I'm not worried about the delay, just let me know the new date.",
]


@pytest.mark.parametrize("text", DISTRESS_FOUND)
def test_fear_or_lost_sleep_is_distress(text):
    verdict = detect(text)
    assert "distress" in verdict.cues and verdict.negative


@pytest.mark.parametrize("text", DISTRESS_NOT_FOUND)
def test_a_passed_test_a_hopeless_situation_or_a_prescription_date_is_no_distress(text):
    assert "distress" not in detect(text).cues
