"""The topic on kinds of company the data never had (a kettle, a hearing aid, a garden shed, a solar inverter, a
clinic, a plumber): each class of situation read from how it is said, not from the products or companies seen so
far. Every message was written for these tests, in English and in Spanish, French or German."""

from __future__ import annotations

import pytest

from worker.writing.topics import choose_topic

# A faulty physical thing, whatever it is: it leaks, lets the rain in, warps, sags, whistles, won't shut or hold,
# shows a fault light, cuts out with no app or connection named.
ANY_PRODUCT_FAULT = [
    ("Kettle", "The kettle I bought from you last month now leaks all over the worktop every time I boil it. Absolutely useless."),
    ("", "My new hearing aid whistles constantly and cuts out halfway through conversations. I paid £1,800 for this. I'm livid."),
    ("Wheelchair", "The wheelchair was delivered on Tuesday and the left brake doesn't hold. My mum nearly rolled into the road. I'm furious."),
    ("Garden shed", "The shed you put up in April already lets the rain in through the roof and the door has warped. Disgraceful."),
    ("Inverter", "Our solar inverter has shown a red fault light since Friday and the panels produce nothing. Two years old. Sort it out."),
    ("Mattress", "The mattress sagged in the middle within a month and now a spring is poking through. Not acceptable."),
    ("E-bike", "The e-bike motor cuts out on every hill and the display shows an error code. Bought it three weeks ago. Fuming."),
    ("Hervidor", "El hervidor que compré hace tres semanas pierde agua por la base. Una vergüenza, de verdad."),
    ("Silla de ruedas", "La silla de ruedas llegó el martes y ya se tambalea, y el freno no sujeta. Estoy indignada."),
    ("Fauteuil roulant", "Le fauteuil roulant livré mardi a un frein qui ne tient pas. C'est dangereux, je suis furieuse."),
    ("Abri de jardin", "Votre abri de jardin est monté depuis un mois et l'eau s'infiltre déjà par le toit. Quelle honte."),
    ("Gartenhaus undicht", "Das Gartenhaus, das Sie im April aufgebaut haben, ist undicht und die Tür klemmt. Eine Frechheit."),
    ("Hörgerät", "Mein neues Hörgerät pfeift ständig und fällt mitten im Gespräch aus. Für 1.800 € eine Zumutung."),
]


@pytest.mark.parametrize("subject, text", ANY_PRODUCT_FAULT)
def test_a_faulty_thing_of_any_kind_is_damaged_or_defective(subject, text):
    assert choose_topic(text, subject) == "damaged_or_defective"


# The same words of failure said of an app, a site, a network or a stream are an outage, and broken promises are
# not a broken product.
NOT_A_PRODUCT_FAULT = [
    ("outage_or_bug", "", "Every call I make on your network cuts out after a minute or so. A fortnight of this. Useless."),
    ("outage_or_bug", "Portal", "Your booking portal shows an error code every time I try to pay and it keeps cutting out. Fix it."),
    ("outage_or_bug", "", "La aplicación se corta cada vez que intento reservar y me sale un código de error. Estoy harta."),
    ("outage_or_bug", "Störung", "Das Internet fällt seit Tagen ständig aus, ich arbeite von zu Hause. Unzumutbar."),
    ("poor_service", "", "Your adviser promised this would be sorted by Friday. A week later, nothing. I'm sick of broken promises."),
]


@pytest.mark.parametrize("topic, subject, text", NOT_A_PRODUCT_FAULT)
def test_failure_words_of_a_service_are_not_a_product_fault(topic, subject, text):
    assert choose_topic(text, subject) == topic


def test_a_train_or_class_called_off_is_not_a_faulty_thing():
    assert choose_topic("Schon wieder fällt der Kurs am Dienstag aus, ohne Ankündigung. Ich zahle jeden Monat dafür!",
                        "Kurs fällt aus") != "damaged_or_defective"


# An outage the customer pays for, or a bill they cannot pay because a page fails: the outage is the grievance.
OUTAGE_WITH_MONEY_WORDS = [
    ("Can't pay my bill", "I've tried to pay my invoice online three times and your payment page errors out every time. Now you're threatening a late fee. Fix your system."),
    ("Billing portal down", "Your billing portal has been down for two days so I can't download a single invoice for my accountant. Ridiculous."),
    ("Zahlung", "Ihre Zahlungsseite stürzt jedes Mal ab, wenn ich die Rechnung bezahlen will. Und dann drohen Sie mir mit Mahngebühren!"),
    ("Factura", "Llevo una semana intentando descargar la factura y la web da error cada vez. Pago 50 € al mes por esto."),
    ("", "Je paie 45 € par mois et la connexion coupe toutes les dix minutes depuis une semaine. Inadmissible."),
]


@pytest.mark.parametrize("subject, text", OUTAGE_WITH_MONEY_WORDS)
def test_a_billing_word_in_an_outage_does_not_make_a_charge(subject, text):
    assert choose_topic(text, subject) == "outage_or_bug"


CHARGE_BESIDE_SERVICE_WORDS = [
    ("", "Your app says my plan is £9.99 a month, yet you've charged me £19.99 this month. Give me the difference back."),
    ("Doble cobro", "La web se cayó al pagar y me habéis cobrado dos veces la misma reserva. Devolvedme el dinero ya."),
]


@pytest.mark.parametrize("subject, text", CHARGE_BESIDE_SERVICE_WORDS)
def test_a_charge_to_them_stays_a_charge_beside_service_words(subject, text):
    assert choose_topic(text, subject) == "unexpected_charge"


def test_a_calm_question_about_a_bill_is_not_an_unexpected_charge():
    text = "Hello, could you tell me when my next invoice will be issued and what the billing date is? Thank you."
    assert choose_topic(text, "Invoice date", upset=False) != "unexpected_charge"


# Being let down by the company with no more specific situation: promises that came to nothing, a visit nobody made,
# a job left undone, being ignored or sent round in circles. A booked slot and "nobody came" are no late parcel.
POOR_SERVICE_OF_ANY_COMPANY = [
    ("Engineer", "The boiler engineer was booked for 8-12 on Monday. I took the day off. Nobody came and nobody rang."),
    ("", "Your plumber came, left a mess, didn't fix anything and said someone would come back. That was two weeks ago."),
    ("Certificate", "I was told my certificate would be issued within five days. That was a month ago and still nothing."),
    ("", "Every time I call I'm sent to another department and have to explain everything again. Round in circles for weeks."),
    ("Sin respuesta", "Me dijeron que un técnico vendría el lunes y el técnico no vino. Nadie hace nada y sigo sin respuesta."),
    ("Aucun suivi", "On m'a promis que le dossier serait traité la semaine dernière. Toujours rien, aucun suivi, je tourne en rond."),
    ("Techniker", "Der Techniker ist nicht gekommen, obwohl der Termin bestätigt war. Man hat mich nun dreimal vertröstet."),
]


@pytest.mark.parametrize("subject, text", POOR_SERVICE_OF_ANY_COMPANY)
def test_being_let_down_with_nothing_more_specific_is_poor_service(subject, text):
    assert choose_topic(text, subject) == "poor_service"


# Near misses: goods named make "nobody came" a delivery; a named situation outranks the complaint about the service.
LET_DOWN_ABOUT_A_SITUATION = [
    ("delivery_delay", "", "The parcel was booked for delivery on the 14th. Nobody came, and the tracking still says out for delivery."),
    ("refund_not_received", "", "I was told my refund would be issued within five days. Three weeks later I still haven't received my money."),
    ("damaged_or_defective", "Kettle", "Every time I call I get another department. Meanwhile the kettle you sold me still leaks everywhere."),
    ("delivery_delay", "Paket", "Man hat mir dreimal eine Zustellung versprochen, aber mein Paket ist immer noch nicht angekommen."),
]


@pytest.mark.parametrize("topic, subject, text", LET_DOWN_ABOUT_A_SITUATION)
def test_being_let_down_about_a_named_situation_names_the_situation(topic, subject, text):
    assert choose_topic(text, subject) == topic


# How things of any kind are faulty: clothes shrink, run or come apart at the seams; devices overheat, drain or show
# dead pixels; parts go flat or will not click in; a course or a book arrives with parts of itself missing.
FAULTS_BY_KIND_OF_THING = [
    ("", "The jumper shrank two sizes after one gentle wash and the colour ran into everything else. £85 wasted."),
    ("Dead pixels", "Brand new monitor, three dead pixels right in the middle of the screen. For £400 that's a joke."),
    ("", "Car seat arrived with the buckle not clicking in properly. That's my child's safety. Disgusting."),
    ("", "The wheelchair cushion has gone flat after a fortnight and my husband is in pain. This was meant to last."),
    ("Phone", "The phone you sent me gets so hot I can't hold it and the battery drains in two hours. New phone!"),
    # (an xfail until session 21: the words layer read "missing" and "wrong order" as a wrong item; PRINT_DEFECT now holds)
    ("", "The ebook I bought has whole chapters missing and the pages are in the wrong order. What a waste of money."),
    ("", "The zip on my new suitcase broke on the first trip and the wheel came off at the airport. Cheap rubbish."),
    ("", "El colchón se ha hundido por el medio en un mes. No se puede dormir. Indignada."),
    ("Lave-linge", "Le lave-linge livré il y a trois semaines fait disjoncter toute la maison. Je veux une solution."),
    ("", "Le pull a rétréci au premier lavage et les coutures lâchent déjà. Franchement honteux."),
    ("Fauteuil", "Le fauteuil est arrivé avec le tissu déchiré et un accoudoir qui bouge. Je suis furieux."),
    ("", "Der Pullover ist nach der ersten Wäsche eingelaufen und hat Löcher. Für 90 € eine Unverschämtheit."),
]


@pytest.mark.parametrize("subject, text", FAULTS_BY_KIND_OF_THING)
def test_faults_of_each_kind_of_thing(subject, text):
    assert choose_topic(text, subject) == "damaged_or_defective"


def test_a_battery_that_still_holds_is_no_fault():
    text = ("Sie haben heute früh den Strom abgestellt, obwohl ich jede Rate bezahlt habe. Mein Beatmungsgerät läuft "
            "auf Akku, der Akku hält noch zwei Stunden. Schalten Sie den Strom sofort wieder ein!")
    assert choose_topic(text, "Strom abgestellt") != "damaged_or_defective"


def test_a_journey_with_its_own_evidence_stays_a_journey():
    text = "Our flight was cancelled at the gate and the airline left us stranded overnight with a broken promise of a hotel."
    assert choose_topic(text, "Cancelled flight") == "travel_disruption"


# Food that is cold, raw, off or has something in it, and a thing unfit for the one thing it is for: a faulty product
# from a takeaway, a meal kit or a course as much as from a shop. A takeaway that never came is still a delivery.
FOOD_AND_UNFIT = [
    ("", "Our takeaway turned up stone cold and the chicken was raw in the middle. Disgusting, my kids were hungry."),
    ("Hair in food", "There was a hair in my salad and the bread had gone off. Never ordering from you again."),
    ("", "This so-called waterproof jacket is not fit for purpose, I got soaked through in ten minutes."),
    ("", "La comida llegó fría y había un pelo en la ensalada. Qué asco, de verdad."),
    ("", "Le repas est arrivé froid et le poulet était cru. Immangeable, je veux une solution."),
    ("Kurs unbrauchbar", "Für 249 € bekomme ich einen Online-Kurs, bei dem die Hälfte der Videos keinen Ton hat. Unbrauchbar."),
]


@pytest.mark.parametrize("subject, text", FOOD_AND_UNFIT)
def test_food_gone_wrong_and_things_unfit_for_purpose_are_defective(subject, text):
    assert choose_topic(text, subject) == "damaged_or_defective"


def test_a_takeaway_that_never_came_is_a_delivery():
    assert choose_topic("Our takeaway order still hasn't arrived after 90 minutes. Where is it? The kids are starving.") == "delivery_delay"


# --- session 5, from fresh round-4 messages ---------------------------------------------------------------------------

def test_a_long_delay_counted_in_hours_is_a_disrupted_journey():
    from worker.writing.topics import choose_topic
    assert choose_topic("Die Fähre nach Sylt legte mit fünf Stunden Verspätung ab, keine einzige Durchsage.") == "travel_disruption"
    assert choose_topic("Our crossing to Santander left six hours late and nobody told us anything.") == "travel_disruption"
    assert choose_topic("El barco salió con tres horas de retraso y sin ninguna explicación.") == "travel_disruption"


def test_a_charge_taken_twice_is_the_charge_even_when_the_app_crashed():
    from worker.writing.topics import choose_topic
    text = "The checkout froze so I paid again, and now I've been charged twice for one pair of trainers. Refund one."
    assert choose_topic(text) == "unexpected_charge"
    assert choose_topic("Die App ist abgestürzt und Sie haben doppelt abgebucht, 49 € zweimal.") == "unexpected_charge"
    assert choose_topic("The app crashes every time I open my statement. Fix it.") == "outage_or_bug"


def test_money_a_child_spent_is_an_unexpected_charge_not_fraud():
    from worker.writing.topics import choose_topic
    text = ("There are nine unauthorised purchases on my card from your puzzle game. My daughter is 7, she bought gem packs "
            "without knowing it was real money. £96 in total.")
    assert choose_topic(text, "unauthorised purchases") == "unexpected_charge"
    assert choose_topic("Someone I don't know made four purchases on my card through your app. I never authorised "
                        "them. I'm scared.") == "fraud_or_security"


def test_a_cancellation_the_detector_read_makes_a_later_charge_a_charge_after_cancelling():
    from worker.writing.topics import choose_topic
    text = "I moved to another provider on 2 March. You have still taken £54 from my account on 1 April and 1 May."
    assert choose_topic(text, cues=("already_cancelled",)) == "charged_after_cancel"


def test_an_order_that_came_with_what_they_asked_to_leave_out_is_the_wrong_item():
    from worker.writing.topics import choose_topic
    assert choose_topic("I wrote NO SESAME - ALLERGY on the order and the salad came covered in sesame. Unbelievable.") == "wrong_item"
    assert choose_topic("Pedí la hamburguesa sin queso, lo puse en la nota, y llegó con queso. Soy alérgica.") == "wrong_item"
    assert choose_topic("The salad arrived warm and the lid was broken, the dressing everywhere.") != "wrong_item"


def test_a_payment_held_by_the_banks_security_is_a_security_matter():
    from worker.writing.topics import choose_topic
    assert choose_topic("You stopped my £2,500 payment to the garage for my protection and it is still held after I "
                        "confirmed it twice.") == "fraud_or_security"
    assert choose_topic("Sie haben meine Überweisung von 3.000 € aus Sicherheitsgründen gesperrt, obwohl ich sie "
                        "bestätigt habe.") == "fraud_or_security"
