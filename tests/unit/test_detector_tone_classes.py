"""Upset said without the usual marks, each class on messages written for this file in English and at least two of
Spanish, French and German (never corpus or authored lines): sarcasm (praise or thanks for a failure), resignation
and fatigue, a formal complaint whose upset is in its register, and distress in the customer's own words. Each class
has calm counterparts that must stay calm: a real thank-you, giving up on finding a setting, a formal request, a
bereavement told calmly, a factual problem report."""

from __future__ import annotations

import pytest

from worker.detector import detect


SARCASM = [
    'Great, another Monday without internet. Keep it up.',
    'Brilliant, yet another delivery slot missed and nobody rang.',
    'Thanks for the fourth automated reply telling me my case is important to you.',
    "I'm sure my refund is a top priority for you. It has only been seven weeks.",
    "I'm sure you're all terribly busy, but the contract was meant to start on the 1st.",
    'Superb customer care, really. Forty minutes on hold and then the line dropped.',
    "Surprise, surprise, the technician didn't turn up again.",
    'And they sent a whole £3 voucher for a ruined holiday. Very generous.',
    'Genial, otra factura con el mismo error de siempre.',
    '¿En serio? Tres semanas para cambiar una dirección.',
    "Super, encore un colis livré chez le voisin d'en face.",
    "Merci pour la deuxième réponse automatique, c'est toujours aussi instructif.",
    'Sérieux ? Vous me demandez encore une fois mon numéro de client ?',
    'Na toll, jetzt ist auch noch das zweite Gerät defekt.',
    'Vielen Dank für die dritte Standardantwort, die nichts mit meiner Frage zu tun hat.',
    'Sehr witzig, die Rechnung kam pünktlich, das Paket nicht.',
]


SARCASM_CALM = [
    'Great, another question: can I add a second driver to the booking?',
    'Thanks for the quick reply, that fixed it.',
    "I'm sure it's just a glitch, could you resend the invoice?",
    'Genial, ya funciona. Muchas gracias por la ayuda.',
    'Merci pour votre réponse rapide, tout fonctionne.',
    'Vielen Dank für die Mitteilung, ich warte dann auf den Techniker.',
    "Super, encore merci pour l'échange de ce matin !",
]


RESIGNATION = [
    'I give up. Three engineers, three different answers, and still no signal.',
    "Honestly, I've given up on getting the deposit back.",
    "I'm exhausted by this. Every call starts from zero.",
    "I don't know what else to say. The meter reading is the same as in my last four emails.",
    "I can't keep chasing this every week.",
    "I don't even expect much any more, just tell me if the order exists.",
    'Me rindo. Llevo un mes sin poder usar la cuenta.',
    'Ya no sé qué más hacer para que me devuelvan la fianza.',
    "Je baisse les bras, je n'arrive à rien avec votre service.",
    "Je n'attends plus grand-chose de vous, mais je signale quand même que la box est encore coupée.",
    'Ich bin es leid, jede Woche dieselbe Störung zu melden.',
    'Ich weiß nicht mehr, was ich noch tun soll, damit die Gutschrift kommt.',
    'Ich gebe auf. Behalten Sie das Geld.',
    "I'm losing my patience with this. Fourth engineer visit, same fault.",
    'Je commence à perdre patience : le modem est toujours bloqué.',
    'Se me está acabando la paciencia con este pedido.',
    'Meine Geduld ist langsam am Ende, das Paket ist seit drei Wochen unterwegs.',
    "I've stopped expecting the bins to be collected on time.",
]


RESIGNATION_CALM = [
    'I give up trying to find the setting, where is it?',
    'I gave up looking for the invoice in the app, could you email it to me?',
    'Ich gebe auf der Website meine Adresse ein, aber das Feld bleibt leer. Woran liegt das?',
    "Je n'arrive pas à trouver le bouton pour télécharger la facture, où est-il ?",
    'No sé qué plan elegir para dos usuarios, ¿me recomiendan alguno?',
    "I'm exhausted after the move, so no rush on the meter question.",
    'Bonjour, je suis épuisée après le déménagement, aucune urgence pour la facture. Merci !',
    "I'm losing signal in the kitchen only, is there a booster you'd recommend?",
]


FORMAL = [
    'Dear Sir or Madam, I wish to register a formal complaint about the way my claim 5521 has been handled. I find the delay wholly unacceptable.',
    "I am writing to complain about the engineer's visit on 3 May. The standard of work fell far short of what was agreed.",
    'I am extremely disappointed with the response from your billing team and consider the matter unresolved.',
    'Estimados señores: por la presente quiero presentar una queja por el trato recibido en su tienda de Valencia.',
    'Les escribo para manifestar mi profundo malestar por la gestión de mi pedido 8812.',
    'Madame, Monsieur, je vous fais part de mon profond mécontentement concernant la résiliation de mon contrat.',
    "Je déplore l'absence totale de suivi de mon dossier depuis le mois de mars.",
    'Sehr geehrte Damen und Herren, hiermit lege ich Beschwerde gegen die Nebenkostenabrechnung 2024 ein.',
    'Ich bin äußerst unzufrieden mit der Bearbeitung meiner Reklamation und erwarte eine Stellungnahme.',
    'I consider this a serious failure of service and expect a refund of the call-out fee.',
    "Je tiens à vous faire part de ma vive déception. J'exige le remboursement sans délai.",
    'Por la presente manifiesto mi disconformidad con el cargo. Exijo su devolución.',
    'Ich möchte mich hiermit ausdrücklich über Ihren Kundendienst beschweren. Ich erwarte nun eine schriftliche Stellungnahme.',
]


FORMAL_CALM = [
    'Dear Sir or Madam, please find attached my formal request for a copy of invoice 4471.',
    'I would like to make a formal request for my data under the GDPR. Kind regards.',
    'Estimados señores: les escribo para solicitar una copia de la factura de marzo.',
    "Madame, Monsieur, je vous prie de bien vouloir m'adresser une attestation de résiliation.",
    'Sehr geehrte Damen und Herren, bitte senden Sie mir eine Kopie meines Vertrags zu.',
    'Sehr geehrte Damen und Herren, ich erwarte eine Lieferung am Montag. Kann der Fahrer klingeln? Danke.',
    "Merci pour la deuxième facture, je l'ai bien reçue. Bonne journée.",
]


DISTRESS = [
    "I'm honestly panicking. The payment for my daughter's tuition has vanished from the account.",
    "I haven't slept since the parcel with my late father's watch went missing.",
    'Please, I need help. The card was blocked and I have no money for food until Monday.',
    'Estoy desesperada, no puedo entrar en la cuenta y ahí están todos los papeles del juicio.',
    'No duermo desde que vi el cargo de 900 euros, es todo lo que tenía.',
    "Je suis complètement désemparée, l'appareil de ma mère ne répond plus depuis hier.",
    'Je vous en supplie, rétablissez la ligne, mon père est sous oxygène.',
    'Ich bin verzweifelt, das Geld für die Kaution ist einfach weg.',
    'Ich habe große Angst, dass die Fotos meiner verstorbenen Frau verloren sind.',
    "I've been crying all afternoon, the movers leave tomorrow and the flat deposit hasn't come back.",
    "J'ai pleuré toute la nuit, le dossier de mon fils est bloqué depuis un mois.",
    'Ich habe die ganze Nacht geweint, das Konto meiner Mutter ist gesperrt.',
]


DISTRESS_CALM = [
    'My wife passed away in March. Could you please move the account into my name?',
    "I'm a bit lost in the new settings menu, where do I change the language?",
    "Je suis un peu perdue dans le menu, où se trouve l'option de facturation ?",
    'Mi madre está en el hospital, ¿puedo cambiar la dirección de entrega a la mía?',
    "Hello, I'm scared of heights so I'd prefer a ground floor room if possible. Thanks!",
    'My daughter was crying with joy when the parcel came, thank you so much!',
]


CALM_REPORTS = [
    'The app crashes when I open the camera on Android 14.',
    'I was charged twice, could you check?',
    'Unfortunately the parcel is late, is there a new delivery date?',
    'La aplicación se cierra al abrir la cámara, ¿hay alguna actualización?',
    'Malheureusement le colis est en retard, avez-vous une nouvelle date ?',
    'Leider wurde mir der Betrag doppelt abgebucht, können Sie das prüfen?',
]


@pytest.mark.parametrize("text", SARCASM + RESIGNATION + FORMAL + DISTRESS)
def test_upset_without_the_usual_marks_is_found(text):
    verdict = detect(text)
    assert verdict.negative, verdict


@pytest.mark.parametrize("text", SARCASM_CALM + RESIGNATION_CALM + FORMAL_CALM + DISTRESS_CALM + CALM_REPORTS)
def test_their_calm_counterparts_stay_calm(text):
    verdict = detect(text)
    assert not verdict.negative, verdict


def test_sarcastic_thanks_said_twice():
    # The thanks inside a sarcastic thanks is the sarcasm: it no longer counts as politeness.
    assert detect("Muchas gracias por la tercera respuesta automática, me ha sido de gran ayuda.").negative


def test_a_one_line_formal_complaint_with_a_salutation():
    # A complaint letter's salutation is its form, not warmth.
    assert detect("Dear Sir or Madam, I wish to register a formal complaint about the way my claim 5521 has been "
                  "handled.").negative


# A known limit until session 26, when the learned layer was retrained on rounds 4-27.
def test_giving_up_on_finding_a_button_is_a_question():
    assert not detect("I give up trying to find the export button, where is it?").negative


# Known limits, kept visible: each fails for a reason outside these classes.
@pytest.mark.xfail(strict=True, reason="a bereavement with a cancel request reads as upset (distress + cancel_request) "
                                       "even when told calmly, as before this change")
def test_a_bereavement_and_a_cancellation_told_calmly():
    assert not detect("Meine Mutter ist verstorben. Bitte kündigen Sie ihren Vertrag zum Monatsende.").negative


# Sarcasm as a one-word verdict after a failure ("... and nobody came. Brilliant."), and its calm look-alikes: the same
# word after a fix, or opening the message.
PRAISE_AFTER_FAILURE = [
    "The courier left the fridge on the pavement and didn't even knock. Fantastic.",
    "Third evening this week the stream won't load past the intro. Perfect.",
    "El repartidor no subió la compra y la dejó en el portal. Genial.",
    "Le technicien n'est jamais venu et personne ne m'a prévenu. Parfait.",
    "Der Monteur ist wieder nicht erschienen, keiner hat angerufen. Großartig.",
]
PRAISE_AFTER_FIX = [
    "The reset link didn't arrive at first but it works now. Perfect.",
    "Brilliant. The new card arrived this morning, could you activate it?",
    "La app no abría ayer, hoy ya funciona. Genial, gracias.",
    "Le colis n'était pas arrivé lundi, il est arrivé ce matin. Parfait, merci !",
]


@pytest.mark.parametrize("text", PRAISE_AFTER_FAILURE)
def test_praise_after_a_failure_is_sarcasm(text):
    assert detect(text).negative, detect(text)


@pytest.mark.parametrize("text", PRAISE_AFTER_FIX)
def test_praise_after_a_fix_or_alone_is_praise(text):
    assert not detect(text).negative, detect(text)


# An ultimatum: a threat tied to an unmet demand. Its look-alikes: a calm question about leaving or a dispute, a plain
# cancellation, and "or" between two options.
ULTIMATUMS = [
    "Hello, please refund the duplicate £18.40 by Friday or I'll raise a chargeback with my card provider.",
    "Hi, if the line isn't repaired this week we will move to another broadband provider. Thanks.",
    "Hola, devuélvanme los 35 € o presentaré una reclamación ante consumo. Gracias.",
    "Bonjour, remboursez la caution sous huit jours, sinon je saisis le médiateur. Cordialement.",
    "Guten Tag, erstatten Sie mir bitte die 60 Euro, sonst wende ich mich an die Verbraucherzentrale.",
]
ULTIMATUM_LOOK_ALIKES = [
    "Hi, could you tell me whether I can cancel online or whether I need to call? Thanks.",
    "Hello, if I switch to the annual plan, is the monthly one refunded pro rata?",
    "Bonjour, je voudrais résilier mon abonnement à la fin du mois. Merci.",
    "Hola, ¿puedo pagar con tarjeta o por transferencia? Gracias.",
]


@pytest.mark.parametrize("text", ULTIMATUMS)
def test_a_threat_tied_to_an_unmet_demand_is_upset(text):
    assert detect(text).negative, detect(text)


@pytest.mark.parametrize("text", ULTIMATUM_LOOK_ALIKES)
def test_questions_and_plain_cancellations_stay_calm(text):
    assert not detect(text).negative, detect(text)


# The writer names their own upset or stress, or says they cannot understand how the company could act so; a denied
# feeling and a how-to question are calm.
NAMED_UPSET = [
    "Hi, I'm really upset, the photo book arrived with half the pages printed upside down.",
    "Hello, I don't understand how you can charge a cancellation fee for a class you cancelled yourselves.",
    "Hola, estoy muy molesto: me han cobrado dos veces la cuota del gimnasio.",
    "Bonjour, c'est vraiment lassant, la box se déconnecte tous les soirs à 21 h.",
    "Bonjour, je suis très énervée, le livreur a laissé le colis sous la pluie.",
    "Hallo, ich ärgere mich sehr, die Jahresabrechnung ist schon wieder falsch.",
]
NAMED_UPSET_LOOK_ALIKES = [
    "Hi, I'm not upset at all, I'd just like to know when the replacement ships.",
    "Hello, I don't understand how to add a second user, could you explain?",
    "Bonjour, je ne comprends pas comment activer la carte, pouvez-vous m'aider ?",
    "Hallo, ich verstehe nicht, wie ich die Rechnung herunterlade. Danke!",
]


@pytest.mark.parametrize("text", NAMED_UPSET)
def test_a_named_feeling_of_upset_is_upset(text):
    assert detect(text).negative, detect(text)


@pytest.mark.parametrize("text", NAMED_UPSET_LOOK_ALIKES)
def test_a_denied_feeling_or_a_how_to_question_stays_calm(text):
    assert not detect(text).negative, detect(text)


# A complaint letter's opening act with its salutation; a formal request with the same salutation stays calm.
LETTERS = [
    "Madame, Monsieur, je souhaite déposer une réclamation concernant l'installation de ma cuisine du 12 juin.",
    "Estimados señores: por la presente presento una queja por el retraso en la entrega de mi sofá.",
    "Sehr geehrte Damen und Herren, hiermit lege ich Beschwerde gegen die Mahngebühr vom 3. Mai ein. Mit freundlichen Grüßen",
]
LETTER_LOOK_ALIKES = [
    "Dear Sir or Madam, I wish to request a copy of my policy schedule. Kind regards",
    "Madame, Monsieur, je souhaite déposer un dossier de demande de carte. Cordialement.",
    "Estimados señores: por la presente solicito el certificado de retenciones. Un saludo.",
]


@pytest.mark.parametrize("text", LETTERS)
def test_a_complaint_letter_is_upset(text):
    assert detect(text).negative, detect(text)


@pytest.mark.parametrize("text", LETTER_LOOK_ALIKES)
def test_a_formal_request_letter_stays_calm(text):
    assert not detect(text).negative, detect(text)
