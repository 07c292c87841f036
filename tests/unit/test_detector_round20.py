"""Session 20: the detector's weakest cues (urgency, repeat contact, distress), classes of error read on the rounds' lines.

- urgency: a family or public occasion on a near day that the event lists missed: a day of the month or a few weeks off
  ("the wedding is on the 19th", "le mariage est dans trois semaines"), the occasion named with a comma or a clause
  between ("el cumpleaños de mi hija, que es el sábado"), an anniversary, a memorial or a ceremony in the event lists, a
  festival or a concert only with its verb ("das Konzert ist am 12. Mai": a subject line "Konzert am Samstag" over a
  past evening is not); and the date said with the time left before it ("así que hay tiempo") is no time pressure. The
  emergency staff or treatment told in a thank-you ("the nurses on the emergency shift were wonderful") is no deadline.
  The writer's pitch, presentation or demo at a clock time ("I have a client pitch on Zoom at 2pm") is a time pressure,
  like their meeting or interview.
- repeat contact: sent on from one party to the next, or back to the first ("the store sends me to the courier, the courier
  sends me back to the store", "le SAV me renvoie vers le fabricant, le fabricant me renvoie vers le SAV", "la tienda me
  dice que llame a la mensajería, la mensajería me manda a la tienda", "die Werkstatt verweist auf den Hersteller, der
  Hersteller auf die Werkstatt"); a loop of pages or buttons is no contact. On a calm message, what someone told them
  with no contact named ("on m'a dit que l'acompte serait remboursé") is what they heard when it happened, not a
  contact about the issue; told in the chat or on the phone it stays one. Never told ("I was never told it would
  renew") is information withheld, not an earlier contact. The same report made on two days without "on" ("I flagged
  it at reception Monday and Tuesday") or counted as asks ("Three times this month I've asked the front desk") is one,
  and so is what the chat or the bot did, counted ("el chat me ha cerrado la conversación dos veces"). A number that
  "rang out three times" is the line unanswered in the moment, not the writer's calls.
- distress: the age or the disability of someone a member of staff was rude to ("my 82-year-old mother ... the driver
  rolled his eyes") is the indignity complained of, not distress, when no fear, grief or hardship is said beside it;
  and a debt collector threatened over a bill the writer refuses to pay is defiance, not fear. Stranded right now with
  young children counted without "my" ("with two small kids", "con dos niños pequeños", "avec deux enfants"), just
  arrived with them, or a child asleep on the bags or the floor, is distress.
Every message here is new, written for these tests.
"""

from __future__ import annotations

import pytest

from worker.detector import detect


def _evidence(verdict, cue):
    return [e.text for e in verdict.evidence if e.cue == cue]


# --- urgency: an occasion on a near day (read nb-22-064, nb-22-072, nb-32-001, nb-44-056, nb-50-022, nb-57-021, nb-57-092)

@pytest.mark.parametrize("text", [
    "The cake topper we ordered came with the wrong names on it. The wedding is on the 23rd, can you reprint it quickly?",
    "Our christening invitations still haven't shipped and the christening is in two weeks. Where are they?",
    "The flowers for my grandad's memorial on Friday still have not been confirmed by the shop.",
    "No me ha llegado el marco que pedí. El aniversario de mis padres es el domingo y era el regalo.",
    "Los globos eran para la fiesta de cumpleaños de mi hijo, que es el viernes, y siguen sin salir del almacén.",
    "L'album photo n'est toujours pas expédié, et la cérémonie a lieu ce dimanche. Je suis vraiment énervée.",
    "Franchement c'est pas la bonne couleur de costume, et le mariage est dans deux semaines.",
    "Die Eintrittskarten sind immer noch nicht da, und das Konzert ist schon am 12. Mai. Das ärgert mich sehr.",
])
def test_an_occasion_on_a_near_day_is_urgency(text):
    verdict = detect(text)
    assert "urgency" in verdict.cues
    assert all(span in text for span in _evidence(verdict, "urgency"))


@pytest.mark.parametrize("text", [
    "The wedding was on the 23rd and the cake topper arrived on the 24th. I'd like a refund for it.",
    "Do you do alterations in store? The wedding is next September, so plenty of time.",
    "Hola, no puedo transferir una entrada desde la app, me da error. El concierto es el 14 de junio, así que hay "
    "tiempo. ¿Es un fallo general?",
    "Bonjour, je voulais savoir si la robe existe en 38. Le mariage est en octobre prochain. Merci !",
    "Konzert am Samstag: Der Einlass hat über eine Stunde gedauert und wir haben den Anfang verpasst. Schade.",
])
def test_an_occasion_past_far_off_or_with_time_left_is_not_urgency(text):
    assert "urgency" not in detect(text).cues


# --- urgency: the emergency staff or treatment of a story told (read nb-50-025, nb-56-096)

@pytest.mark.parametrize("text", [
    "Just a note of thanks: the vets on the emergency shift on Sunday night were patient and kind with our old cat.",
    "Our puppy needed emergency surgery last month and you paid the claim in two days. Thank you so much.",
])
def test_emergency_staff_or_treatment_in_a_thank_you_is_not_urgency(text):
    assert "urgency" not in detect(text).cues


def test_an_emergency_now_stays_urgency():
    assert "urgency" in detect("This is an emergency: water is pouring through the ceiling from your pipe. Send "
                               "someone.").cues


# --- urgency: the writer's pitch or presentation at a clock time (read nb-42-015, nb-50-065)

@pytest.mark.parametrize("text", [
    "The office wifi has been down all morning and I have a sales pitch at 3pm. Sort it out.",
    "Le réseau est coupé depuis ce matin et j'ai une présentation à 15 h. C'est inadmissible.",
    "Sin internet desde esta mañana y tengo una presentación con un cliente a las 4. Es un desastre.",
    "Das Netz ist seit heute früh weg und ich habe um 15 Uhr eine Präsentation. Unglaublich.",
])
def test_a_pitch_or_presentation_at_a_clock_time_is_urgency(text):
    verdict = detect(text)
    assert "urgency" in verdict.cues
    assert all(span in text for span in _evidence(verdict, "urgency"))


def test_a_past_presentation_is_not_urgency():
    assert "urgency" not in detect("I had a presentation at 3pm last Tuesday and the room you booked was double-booked. "
                                   "I'd like a refund of the room fee.").cues


# --- repeat contact: sent on from one to the next (read nb-44-087, nb-50-073, nb-51-023, nb-56-079)

@pytest.mark.parametrize("text", [
    "The store sends me to the courier, the courier sends me back to the store. Nobody will tell me where my desk is.",
    "Le SAV me renvoie vers le fabricant, le fabricant me renvoie vers le SAV. Je veux juste un aspirateur qui marche.",
    "La tienda me dice que llame a la mensajería, y la mensajería me manda a la tienda. Estoy harta.",
    "Die Werkstatt verweist auf den Hersteller, der Hersteller auf die Werkstatt. So kann man mit Kunden nicht umgehen.",
])
def test_being_sent_on_from_one_to_the_next_is_repeat_contact(text):
    verdict = detect(text)
    assert "repeat_contact" in verdict.cues
    assert all(span in text for span in _evidence(verdict, "repeat_contact"))


@pytest.mark.parametrize("text", [
    "The cancel button sends me to a survey, the survey sends me to the page with the offer. I just want to cancel.",
    "Die App schickt mich auf die Webseite, die Webseite zeigt nur einen Fehler. Bitte kündigen Sie mein Abo.",
    "The technician sent me to the shop to collect the part. Thank you, all sorted now.",
])
def test_a_loop_of_pages_or_a_single_referral_is_not_repeat_contact(text):
    assert "repeat_contact" not in detect(text).cues


# --- distress: the age of someone a member of staff was rude to (read nb-12-016, nb-21-015, nb-24-022, nb-41-005,
# nb-44-029, nb-47-019, nb-56-023)

@pytest.mark.parametrize("text", [
    "At the pharmacy counter yesterday your assistant talked over my 86-year-old grandmother and then laughed at her "
    "question. I expect an apology from the branch manager.",
    "My wife, who uses a wheelchair, asked the driver to lower the ramp. He shrugged and drove off. Disgraceful, and I "
    "want a written explanation.",
    "El recepcionista le gritó a mi padre, que tiene 84 años, delante de todo el mundo. Quiero una disculpa por escrito.",
])
def test_the_age_of_someone_treated_rudely_is_not_distress(text):
    verdict = detect(text)
    assert verdict.negative
    assert "distress" not in verdict.cues


@pytest.mark.parametrize("text", [
    "Your agent talked over me on the phone. I'm 81, I live alone and I'm frightened the heating won't be fixed before "
    "the frost.",
    "I am 79 and the boiler you fitted has failed again. I have no heating and I can't afford a hotel.",
])
def test_an_age_beside_a_fear_or_without_rudeness_keeps_distress(text):
    assert "distress" in detect(text).cues


# --- distress: a debt collector defied (read nb-41-063, nb-47-037, nb-53-098, nb-57-041)

@pytest.mark.parametrize("text", [
    "You've billed me £210 for a boiler service that never happened, and now there's a letter threatening debt collection. "
    "I am not paying for a visit nobody made.",
    "The invoice says £95 for a missed delivery slot I never booked. Send it to debt collectors if you like, I won't pay it.",
])
def test_a_debt_collector_defied_is_not_distress(text):
    verdict = detect(text)
    assert verdict.negative
    assert "distress" not in verdict.cues


@pytest.mark.parametrize("text", [
    "A debt collector wrote to me about a phone contract I never opened. I'm 76 and I'm terrified. Please tell me I owe "
    "nothing.",
    "I've just had a letter from bailiffs about a bill I already paid. I can't sleep and I don't know what to do.",
])
def test_a_debt_collector_feared_keeps_distress(text):
    assert "distress" in detect(text).cues


# --- repeat contact: on a calm message, told in passing (read nb-26-026, nb-49-023, nb-53-065, nb-53-097, nb-54-057,
# nb-54-097)

@pytest.mark.parametrize("text", [
    "Bonjour, le cours de yoga du 3 avril a été annulé par le studio et on m'a dit que les 15 € seraient recrédités. Je ne "
    "les vois pas encore. Pouvez-vous vérifier ? Merci !",
    "Hola, devolví la chaqueta en la tienda de Bilbao el día 4 y me dijeron que el abono tardaría unos días. ¿Sabéis "
    "cuánto suele tardar? Gracias.",
    "Hello, my flight on 2 May was cancelled and I was told the £84 would come back to my card. Could you check it has "
    "been processed? Thanks very much.",
])
def test_told_in_passing_on_a_calm_message_is_not_repeat_contact(text):
    verdict = detect(text)
    assert not verdict.negative
    assert "repeat_contact" not in verdict.cues


@pytest.mark.parametrize("text", [
    "Hola, en el chat me dijeron que me devolvían los 4 € del envío en una semana y no lo veo. ¿Podéis mirarlo? Gracias.",
    "Hello, I rang last week about the missing lamp and was told it would be sent again. Could you check? Thanks.",
])
def test_told_in_the_chat_or_after_a_call_stays_repeat_contact(text):
    assert "repeat_contact" in detect(text).cues


# --- repeat contact: never told (read nb-49-033)

@pytest.mark.parametrize("text", [
    "I took the free trial in January and I was never told it would renew at £79 for a year. Refund it now.",
    "We were not told the excursion had been cancelled until we got to the harbour. Disgraceful.",
])
def test_never_told_is_not_repeat_contact(text):
    verdict = detect(text)
    assert verdict.negative
    assert "repeat_contact" not in verdict.cues


def test_told_on_the_phone_stays_repeat_contact():
    assert "repeat_contact" in detect("I was told on the phone the £79 would be refunded in five days. Nothing yet.").cues


# --- distress: stranded with young children (read nb-12-061, nb-27-056, nb-30-034, nb-38-035, nb-53-070)

@pytest.mark.parametrize("text", [
    "It's gone midnight and I'm sitting in the ferry terminal at Dover with my husband and three kids. The crossing was "
    "cancelled and nobody is answering. Sort this out.",
    "We've just landed in Malaga with two small children and the car hire desk says our booking doesn't exist. Call me.",
    "Our removal van never came. The kids are sleeping on the floor of an empty house and nobody will tell us anything.",
    "Estamos en la estación de Burgos con tres niños y el último autobús se ha cancelado. ¿Qué hacemos?",
    "Nous sommes bloqués à l'aéroport avec deux enfants, le loueur est fermé. C'est inadmissible.",
])
def test_stranded_with_young_children_is_distress(text):
    verdict = detect(text)
    assert "distress" in verdict.cues
    assert all(span in text for span in _evidence(verdict, "distress"))


@pytest.mark.parametrize("text", [
    "We were at the airport with two kids last summer when this happened too, but this time the refund is what I'm "
    "asking about.",
    "Could you tell me whether the family room sleeps two adults with two children? We arrive in June.",
])
def test_children_in_a_past_trip_or_a_question_are_not_distress(text):
    assert "distress" not in detect(text).cues


# --- repeat contact: two days without "on", asks counted (read nb-42-015, nb-44-050)

@pytest.mark.parametrize("text", [
    "The shower in room 12 is cold. I flagged it at reception Tuesday and Thursday and nothing has changed.",
    "Three times this month I've asked the concierge about the parking refund. Can someone help?",
])
def test_a_report_made_on_two_days_or_asks_counted_are_repeat_contact(text):
    verdict = detect(text)
    assert "repeat_contact" in verdict.cues
    assert all(span in text for span in _evidence(verdict, "repeat_contact"))


def test_two_numbers_in_a_report_are_not_two_contacts():
    assert "repeat_contact" not in detect("I reported that 2 bottles and 3 glasses were broken in the box. Please "
                                          "replace them.").cues


# --- repeat contact: what the chat did, counted (read nb-38-073, nb-44-056)

@pytest.mark.parametrize("text", [
    "El chat me ha colgado tres veces sin resolver nada. Quiero la baja de la suscripción.",
    "Le chat m'a coupé deux fois au milieu de la conversation. Je veux être remboursé.",
    "Der Chat hat mich zweimal einfach rausgeworfen. Ich will mein Geld zurück.",
    "Your chat cut me off twice before anyone answered. I want this refunded.",
])
def test_what_the_chat_did_counted_is_repeat_contact(text):
    verdict = detect(text)
    assert "repeat_contact" in verdict.cues
    assert all(span in text for span in _evidence(verdict, "repeat_contact"))


def test_a_chat_button_and_a_number_are_not_contacts():
    assert "repeat_contact" not in detect("The chat button on your site lets me pick two times for a callback. Which is "
                                          "best for a Saturday?").cues


# --- repeat contact: the number rang out (read nb-26-053, nb-46-050)

def test_a_number_that_rang_out_is_not_repeat_contact():
    verdict = detect("We broke down on the motorway at night and the breakdown number on your card rang out three times. "
                     "We sat there for two hours. Disgraceful.")
    assert verdict.negative
    assert "repeat_contact" not in verdict.cues


def test_calls_counted_stay_repeat_contact():
    assert "repeat_contact" in detect("I rang your breakdown line three times and was cut off each time.").cues
