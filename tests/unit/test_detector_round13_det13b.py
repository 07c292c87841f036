"""Classes of cue error found reading round 13's two readable writers and round 12 (session 13, helper b), each tested on
sentences written here, in the languages where the class exists.

Urgency: the speed asked of the cancel the customer requests in the same sentence ("Cancel my subscription today",
"résiliez mon abonnement aujourd'hui même", "Cancelad mi cuenta hoy mismo", "Kündigen Sie den Vertrag sofort") is
impatience with the company, as the speed asked of money back already was, not a deadline of their own; a cancel asked
in fear (a card they never applied for) keeps its pressure. A cue word that is part of a product's or a feature's name in
title case inside a sentence ("the Rootwell Urgent Fix tape", "die Sofort-Auszahlung", "a tin of 'Sage Mist'") names the
thing, and the subject repeating that name ("Urgent Fix tape question") too; "Urgent please!" and "Was soll der Mist?"
stay.

Urgency, second: an at-once word telling what was done then ("I've sent you the readings today", "your fraud team rang me
earlier today", "Ich habe sofort die Hotline angerufen", "j'ai immédiatement appelé", "he llamado inmediatamente") is the
story, and a call received ("Call from your bank today") no call asked for; the staff's words quoted as what they said or
promised ("each time they said "an engineer will call you today"", "hieß es „wir melden uns heute noch"") are a promise
broken, not the customer's hurry. A need after the act ("I've had no heating since Monday and need it fixed today") stays.

Repeat contact: what the customer was told on arriving, in person ("when we got to the hotel we were told it was full",
"llegamos y nos dijeron", "à notre arrivée on nous a dit", "bei der Ankunft hieß es"), is what happened there, not an
earlier contact with support; a call told after the arrival ("when I got home I rang and was told") and a desk the
customer went to about the issue with no arrival told stay.

Public exposure: the customer's review put where the company's customers see it ("starting with a review on your app store
page", "je publie mon avis sur Google", "mi reseña en su página", "meine Bewertung auf Ihrer Seite") and the story told in
the comments under the company's post ("I'll be posting in the comments", "je raconterai tout dans les commentaires",
"lo contaré en los comentarios", "ich schreibe das in die Kommentare"); a review by someone else reported to the company,
or one on the customer's own listing, is not.

Repeat contact, second: a contact followed up, or made on two dates ("I wrote in March and followed up by phone", "I rang
on Monday and again on Thursday", "j'ai écrit puis relancé le 12", "ma femme a appelé mardi et jeudi", "lo avisé el día 2 y
otra vez el viernes", "am 4., 9. und 15. Mai gemeldet"); a charge taken on two dates is no contact.

Urgency, third (German only: the class is its compounds): a deadline or an event written as one word ("meine Prüfungsfrist
endet morgen", "die Abgabefrist läuft heute um 12 ab", "die Abschlussprüfung ist am Freitag", "mein Rückflug geht morgen",
"der Zahnarzttermin ist heute"); a deadline's length ("die Zahlungsfrist ist 14 Tage") or an event past ("der Rückflug war
gestern") is not.

Upset: the outrage idiom and the accusation of doing it on purpose ("Geht's noch?", "c'est quand même incroyable de ne rien
vérifier", "¿esto es a propósito o qué?", "vous le faites exprès ?", "macht ihr das mit Absicht?"), and the writer feeling
conned ("I feel a bit ripped off", "je me sens arnaquée", "me siento estafada", "ich fühle mich abgezockt"); praise said with
"c'est quand même incroyable comme ..." and a plain question whether a setting is deliberate stay calm."""

import pytest

from tests.unit.cue_cases import cue_tests
from worker.detector import DetectionContext, detect

FOUND = [
    # urgency: a cancel asked in fear keeps its hurry; a real deadline beside a cancel stays
    ("urgency", "Someone opened a loan in my name and I'm terrified. Please close that account immediately."),
    ("urgency", "Cancel my gym membership, and please, I fly to Lisbon tomorrow morning and need the locker code before that."),
    # names: title-case urgency words that open the sentence or stand alone stay
    ("urgency", "Urgent please! The shop's card reader has stopped working and we open in an hour."),
    ("urgency", "Dringend: die Heizung ist ausgefallen und es hat minus zehn Grad."),
    ("profanity", "Was soll der Mist? Schon wieder keine Lieferung."),
    ("profanity", "So ein Scheiß Laden, nichts funktioniert."),
    # public exposure: a review on the company's page, the story in the comments
    ("public_exposure", "If the deposit isn't back by the weekend, expect a review on your Play Store page."),
    ("public_exposure", "Sans réponse d'ici lundi, je publie mon avis sur Google avec les photos."),
    ("public_exposure", "Si no me contestáis, dejo mi reseña en vuestra página con todo el detalle."),
    ("public_exposure", "Wenn sich nichts tut, steht meine Bewertung auf Ihrer Seite noch heute Abend."),
    ("public_exposure", "You advertised it on Facebook, so I'll be posting the whole story in the comments under your ad."),
    ("public_exposure", "Je raconterai tout dans les commentaires de votre publication."),
    ("public_exposure", "Lo contaré todo en los comentarios de vuestro anuncio."),
    ("public_exposure", "Ich schreibe das alles in die Kommentare unter eurem Beitrag."),
    # repeat contact: followed up, two dates
    ("repeat_contact", "I raised the faulty boiler in March and followed up by phone last week."),
    ("repeat_contact", "I phoned on Monday and again on Thursday, still no engineer."),
    ("repeat_contact", "On 5 May and again on 19 May we asked for the deposit back."),
    ("repeat_contact", "J'ai écrit au service client puis relancé le 12, rien."),
    ("repeat_contact", "Ma femme a appelé mardi et jeudi, toujours pas de technicien."),
    ("repeat_contact", "Lo avisé el 2 de abril y otra vez el viernes, y nada."),
    ("repeat_contact", "Ich habe den Schaden am 4., 9. und 15. Mai gemeldet."),
    # urgency: German compounds of a deadline or an event
    ("urgency", "Meine Abgabefrist endet morgen um 12 Uhr und das Portal lädt nicht."),
    ("urgency", "Die Abschlussprüfung ist am Freitag und der Kurs ist gesperrt."),
    ("urgency", "Mein Rückflug geht morgen früh und die Buchung ist verschwunden."),
    ("urgency", "Der Zahnarzttermin ist heute um 15 Uhr, ich brauche die Kostenzusage."),
    # repeat contact: a call after the arrival, a desk visited about the issue
    ("repeat_contact", "When I got back from the airport I rang your helpline and was told the bag had been found."),
    ("repeat_contact", "En la tienda me dicen que llame, por teléfono me dicen que vaya a la tienda."),
    # urgency: a need after the act stays
    ("urgency", "We've had no heating since Monday and need an engineer out today, there's a baby in the house."),
    ("urgency", "Meine Prüfung ist heute Abend, ich habe sofort alles versucht, der Laptop startet nicht."),
    ("urgency", "They told me to wait, but I need the replacement part today or the shop can't open."),
]

NOT_FOUND = [
    # urgency: the speed asked of a cancel requested now
    ("urgency", "I'm done with this app. Cancel my subscription today and confirm it in writing."),
    ("urgency", "Cancelad mi suscripción hoy mismo y no me cobréis nada más."),
    ("urgency", "Je vous demande de résilier mon abonnement aujourd'hui même, merci de confirmer."),
    ("urgency", "Cancel the order and put the £80 back on my card today please."),
    # names: a product or a feature called "Urgent", "Sofort", "Mist"
    ("urgency", "Does the Brightline Urgent Clean spray work on suede?"),
    ("urgency", "Is the 'SOS Urgent Care' lip balm still made?"),
    ("urgency", "Warum kostet die Sofort-Überweisung neuerdings 2 € Gebühr?"),
    ("urgency", "¿El champú Urgente Repair lleva sulfatos?"),
    ("profanity", "I ordered a tin of 'Morning Mist' and got 'Evening Mist' instead."),
    # urgency: an act done today or at once, a call received
    ("urgency", "I've uploaded the signed lease today if your team needs it for the file."),
    ("urgency", "Your security team phoned me earlier today about a login from Spain, please confirm that's fine now."),
    ("urgency", "Ich habe sofort die Karte sperren lassen und Anzeige erstattet."),
    ("urgency", "J'ai immédiatement appelé la banque pour faire opposition."),
    ("urgency", "He llamado inmediatamente a la policía para denunciarlo."),
    # public exposure: someone else's review reported, the customer's own listing, a question about comments
    ("public_exposure", "I'd like to report a review on the page for my café that contains a phone number."),
    ("public_exposure", "How do I reply to a review on my listing without it showing my surname?"),
    ("public_exposure", "Can I turn off the comments on my own posts in the app?"),
    # repeat contact: a charge on two dates, a follow-up appointment
    ("repeat_contact", "You charged me on the 3rd and again on the 9th for the same box."),
    ("repeat_contact", "Ihr habt am 4. und 9. Mai abgebucht, das ist doppelt."),
    ("repeat_contact", "Can I book a follow-up check for the car next month?"),
    # urgency: a deadline's length, an event past
    ("urgency", "Die Zahlungsfrist beträgt 14 Tage, richtig?"),
    ("urgency", "Der Rückflug war gestern, die Koffer fehlen immer noch."),
    # repeat contact: told on arrival
    ("repeat_contact", "We arrived at the campsite at 9pm and were told our pitch had been given to someone else."),
    ("repeat_contact", "Llegamos al apartamento a medianoche y nos dijeron que no había ninguna reserva a nuestro nombre."),
    ("repeat_contact", "À notre arrivée à l'hôtel, on nous a dit que la chambre n'était plus disponible."),
    ("repeat_contact", "Als wir am Hotel angekommen sind, hieß es, das Zimmer sei schon vergeben."),
    # urgency: the staff's words quoted as a promise
    ("urgency", 'Twice now I was told "an engineer will ring you back today" and nobody ever did.'),
    ("urgency", "Jedes Mal hieß es „der Techniker meldet sich heute noch bei Ihnen“, gemeldet hat sich keiner."),
    ("urgency", "Me dijeron «le llamamos hoy mismo sin falta» y aquí sigo esperando."),
    ("urgency", "On m'a dit « le technicien passera aujourd'hui même » et personne n'est venu."),
]


test_each_round13b_class_is_found, test_each_round13b_near_miss_stays_out = cue_tests(FOUND, NOT_FOUND)


def test_a_subject_repeating_the_products_name_is_no_urgency():
    text = "Hi, is the Rootwell Urgent Patch filler suitable for outdoor brick? Thanks"
    verdict = detect(text, DetectionContext(subject="Urgent Patch question"))
    assert "urgency" not in verdict.cues


def test_a_subject_in_title_case_that_the_message_does_not_use_as_a_name_stays_urgent():
    text = "Our card terminal has stopped taking payments and the lunch rush starts at noon."
    verdict = detect(text, DetectionContext(subject="Urgent Help Needed"))
    assert "urgency" in verdict.cues


def test_a_call_received_in_the_subject_is_no_urgency():
    text = "Hello, could you confirm the card ending 4410 works again? Thanks"
    verdict = detect(text, DetectionContext(subject="Call from your fraud line today"))
    assert "urgency" not in verdict.cues


UPSET = [
    "Ihr bucht mir einfach 20 € mehr ab, ohne Bescheid. Geht's noch?",
    "On me facture deux fois le même mois. C'est quand même incroyable de ne rien vérifier.",
    "El chat me cierra la conversación cada vez. ¿Esto es a propósito o qué?",
    "They added a setup fee nobody mentioned. Honestly I feel a bit ripped off.",
]

CALM = [
    "C'est quand même incroyable comme votre conseillère a été efficace, merci !",
    "The app logs me out every hour, is this on purpose? Just want to know if it's a setting.",
    "Geht es noch mit der Lieferung bis Freitag, oder ist es zu spät?",
]


@pytest.mark.parametrize("text", UPSET)
def test_the_outrage_idiom_and_feeling_conned_are_upset(text):
    assert detect(text).negative


@pytest.mark.parametrize("text", CALM)
def test_praise_and_a_plain_question_stay_calm(text):
    assert not detect(text).negative
