"""Session 20: drafts read as a support lead on 40 upset read lines of rounds 10-19, and the untrue ones mended as
classes. Every sentence here is new.

- An injury or illness told as over and treated ("the hospital confirmed a fracture", "she was seen at A&E and has a cast
  now"), one averted ("we'd have ended up in A&E"), or one behind them ("he's home and recovering"), and a thing that
  collapsed, no longer open the draft with "if you are unwell right now, call the emergency number" (nb-57-027,
  nb-53-026, nb-53-015, nb-53-009). An emergency happening now still does.
"""

import pytest

from worker.writing.preview import preview
from worker.writing.situation import _their_health

_HEALTH_LINE = ("First, your health", "Lo primero es", "D'abord votre santé", "Zuerst Ihre Gesundheit")


def _has_health_paragraph(text: str) -> bool:
    reply = preview(text, "Sam", None)["reply_text"]
    return any(line in reply for line in _HEALTH_LINE)


@pytest.mark.parametrize("text", [
    "My daughter slipped on your wet floor on Saturday. She was seen at A&E that evening and has a cast now. Nobody from "
    "the store has even called to ask how she is. I want the manager to ring me.",
    "Ma fille est tombée de la balançoire pendant la sortie scolaire. Les urgences ont diagnostiqué une entorse. Personne "
    "ne m'a prévenue avant 19h, c'est inadmissible.",
    "Mi hijo se cortó con el borde del juguete. En urgencias le pusieron puntos y le dieron el alta a medianoche. Quiero "
    "una explicación y que retiren ese producto.",
    "Mein Sohn ist im Kurs vom Gerät gefallen. In der Notaufnahme wurde der Arm geröntgt und gegipst. Niemand hat uns "
    "angerufen, das ist unverantwortlich.",
    "A&E confirmed a broken ankle after my mother fell on your escalator. I want to know why it was left running.",
])
def test_an_injury_told_as_over_and_treated_gets_no_emergency_paragraph(text):
    assert not _their_health(text)
    assert not _has_health_paragraph(text)


@pytest.mark.parametrize("text", [
    "The label said gluten free and it wasn't. If I hadn't checked, we'd have ended up in A&E with my son again tonight.",
    "Heureusement que j'ai vérifié la boîte, sinon on finissait aux urgences avec mon mari.",
    "Menos mal que leí la etiqueta, si no habríamos acabado en urgencias con la niña.",
    "My husband collapsed at your gym on Saturday and an ambulance took him in. He's home and recovering, but nobody from "
    "your staff has called us since. I expect an apology.",
    "The sale fell through and the whole chain has collapsed, so cancel the van for Friday. Your fee is a disgrace.",
])
def test_an_emergency_averted_or_behind_them_gets_no_emergency_paragraph(text):
    assert not _their_health(text)


@pytest.mark.parametrize("text", [
    "My son is in A&E right now after eating your 'nut free' bar. Why was it labelled like that?",
    "She was seen at A&E this morning but she still can't breathe properly and your pharmacy sent the wrong inhaler.",
    "Mi madre está en urgencias ahora mismo por la reacción alérgica a vuestra crema.",
    "Mon père a fait une réaction allergique à votre plat, il est aux urgences maintenant.",
    "If the insulin doesn't come today he could have a seizure.",
    "My dad collapsed this morning and the lift is still broken. He can't manage the stairs.",
    "My son is in A&E right now after eating your cereal bar. His sister is fine, she's home with me.",
    "Mon fils est aux urgences en ce moment à cause de votre gâteau. Sa sœur va mieux, elle n'en a presque pas mangé.",
])
def test_an_emergency_happening_now_still_comes_first(text):
    assert _their_health(text)


# Contacts counted as the customer counted them. Before, "I've called on Oct 14, Nov 3, Dec 1 and Jan 12" with "the
# instruction I submitted (twice)" made the draft say "You've had to contact us three times" (nb-42-037); "Third
# attempt at this", "Es la quinta vez que os escribo", "the FOURTH time I've explained" and "my third email, plus one
# phone call" were not counted or undercounted (nb-32-059, nb-29-081, nb-40-057, nb-57-015).

@pytest.mark.parametrize(("text", "before"), [
    ("I phoned on 2 March, 9 March and 16 March and still nobody has fixed the boiler.", 3),
    ("I emailed on 5 June and rang on 12 June, and the parcel is still in your depot.", 2),
    ("I rang on Tuesday, I rang on Thursday and I rang again this morning about the leak.", 3),
    ("I wrote on 3 May and 17 May and called once, and the deposit is still not back.", 3),
    ("Llamé el 4 de mayo y el 11 de mayo y nadie me ha devuelto la fianza.", 2),
    ("J'ai appelé le 2 avril, le 9 avril et le 16 avril pour la même panne.", 3),
])
def test_contacts_told_by_their_dates_are_counted(text, before):
    from worker.writing.facts import extract_facts

    assert extract_facts(text).contacts_before == before


@pytest.mark.parametrize(("text", "before"), [
    ("Second attempt at this: please close the account and stop the direct debit.", 1),
    ("Es la sexta vez que os escribo por la misma factura.", 5),
    ("C'est la cinquième fois que je vous écris pour ce remboursement.", 4),
    ("This is the THIRD time I've explained the fault to your team.", 2),
    ("This is my second email, plus two phone calls, about the missing chair.", 3),
    ("Es mi tercer correo, más una llamada, y el pedido sigue sin llegar.", 3),
])
def test_contacts_counted_by_an_ordinal(text, before):
    from worker.writing.facts import extract_facts

    assert extract_facts(text).contacts_before == before


@pytest.mark.parametrize("text", [
    "Your engineer called on Monday and Friday and never fixed the boiler.",
    "I ordered on 2 May and 9 May and both boxes came damaged.",
    "I called on 3 May. Then I chased on 10 May, and still nothing.",
    "The third attempt to deliver failed as well.",
    "I'm not explaining this a third time to someone reading a script.",
])
def test_no_count_from_someone_elses_dates_an_order_or_a_refused_next_time(text):
    from worker.writing.facts import extract_facts

    assert extract_facts(text).contacts_before == 0


def test_a_dated_list_of_calls_is_said_back_as_their_count():
    reply = preview("Account 4471. I've called on 3 Feb, 10 Feb and 24 Feb about the same wrong direct debit, and "
                    "each time I was promised a call back. Nobody called. Sort it out.", "Sam", None)["reply_text"]
    assert "contact us four times" in reply


# A deadline within hours in Spanish, French or German, a clock time or noon, got "within 24 hours" where English
# "tonight" got 2 hours (nb-12-061, nb-53-055, nb-41-034, nb-38-065, nb-44-086, nb-23-002); "exam" or "I know" read as
# "am " and "now".

@pytest.mark.parametrize("deadline", [
    "esta noche", "ahora mismo", "antes de las 8 de la mañana", "avant 18 h", "avant 17h30", "bis 12 Uhr",
    "heute Abend", "by noon", "before 9am", "this afternoon", "jetzt sofort",
])
def test_a_deadline_within_hours_in_any_language_gets_a_promise_in_hours(deadline):
    from worker.writing.promise import URGENT_SECONDS, followup_after

    assert followup_after(86400, "delivery_delay", ("urgency",), deadline) == URGENT_SECONDS


@pytest.mark.parametrize("deadline", ["exam is on Friday", "before I know it", "bis zum 30. April", "antes del viernes",
                                      "avant lundi"])
def test_a_deadline_days_away_keeps_the_longer_promise(deadline):
    from worker.writing.promise import URGENT_SECONDS, followup_after

    assert followup_after(86400, "delivery_delay", ("urgency",), deadline) > URGENT_SECONDS


def test_a_spanish_customer_who_needs_it_tonight_hears_back_in_hours():
    d = preview("El pedido con el vestido para la boda no ha llegado y lo necesito esta noche para la cena.",
                "Marta", "es")
    assert d["promise"] == "en las próximas 2 horas"


# An answer or an act asked for today, tonight or within the hour beside a later deadline ("the wedding is Saturday ...
# phone me within the hour", "antes del miércoles ... Necesito una respuesta hoy") got "within 24 hours" (nb-41-088,
# nb-42-028, nb-33-055, nb-49-056, nb-21-088).

@pytest.mark.parametrize(("text", "locale", "promise"), [
    ("The tiles for the kitchen have to be here by Saturday. I need to know today whether they've even left your "
     "warehouse.", None, "within 2 hours"),
    ("Die Sitzbank muss bis Freitag da sein, sonst platzt die Eröffnung. Bitte rufen Sie mich heute noch zurück.", "de",
     "innerhalb von 2 Stunden"),
    ("El traje tiene que llegar antes del jueves, que me caso. Quiero que alguien me llame hoy, por favor.", "es",
     "en las próximas 2 horas"),
    ("La pièce doit être livrée avant lundi, sinon le chantier s'arrête. Pouvez-vous me dire aujourd'hui où elle en "
     "est ?", "fr", "dans les 2 heures"),
    ("The caterer needs the deposit back by the 20th. Please phone me within the hour, this is the last straw.", None,
     "within 2 hours"),
])
def test_an_answer_wanted_within_hours_beside_a_later_deadline_is_promised_in_hours(text, locale, promise):
    from worker.writing.facts import extract_facts

    assert extract_facts(text).wanted_within_hours
    assert preview(text, "Sam", locale)["promise"] == promise


@pytest.mark.parametrize("text", [
    "Cancel my plan from today, I've had enough of the price rises.",
    "I reset the router twice this morning and it still drops every hour.",
    "Ab sofort bestelle ich woanders, das war das letzte Mal.",
    "Je veux que la résiliation prenne effet dès aujourd'hui.",
    "It was delivered today, three days late, with the box crushed.",
])
def test_no_answer_wanted_within_hours_from_a_closure_a_past_act_or_from_now_on(text):
    from worker.writing.facts import extract_facts

    assert not extract_facts(text).wanted_within_hours


# The time of a trip or an event called off, or of the next one offered, is no deadline of theirs: "The return flight
# Lisbon-Manchester tonight was cancelled" made "I know time is short for you ("flight Lisbon-Manchester tonight")"
# (nb-33-057, nb-29-089, nb-38-037, nb-40-054, nb-23-099, nb-41-074, nb-42-023).

@pytest.mark.parametrize("text", [
    "Our flight to Dublin tonight was cancelled at the gate and nobody is at the desk.",
    "Our flight to Lyon tomorrow has just been cancelled and the earliest they can rebook us is Friday.",
    "Teníamos reserva para el sábado y nos avisan de que la salida queda cancelada.",
    "Hemos tenido que cancelar la cena prevista para el 3 de mayo y no nos devuelven la señal.",
    "The next flight the app shows is Thursday. Thursday! I have to be home for my mum.",
    "No puedo con esto ahora mismo, de verdad. Llevo tres semanas sin respuesta.",
])
def test_the_time_of_a_trip_called_off_or_offered_instead_is_no_deadline(text):
    from worker.writing.facts import extract_facts

    assert extract_facts(text).deadline is None


@pytest.mark.parametrize(("text", "deadline"), [
    ("La salida queda cancelada, sin alternativa hasta el lunes, y necesito llegar antes del domingo.", "antes del domingo"),
    ("If it isn't here by Saturday, cancel the whole order.", "by Saturday"),
    ("I need you to rebook us on the next available flight today, we have two small children with us.", "today"),
])
def test_their_own_deadline_beside_a_trip_called_off_is_still_read(text, deadline):
    from worker.writing.facts import extract_facts

    found = extract_facts(text).deadline
    assert found is not None and deadline in found.text


# A complaint about how staff treated them, or an engineer who never came, is no unanswered question: "You deserved a
# proper answer" was untrue of about half the poor-service drafts on the read lines (nb-50-095, nb-35-051, nb-26-087,
# nb-40-017, nb-47-096, nb-46-088). The poor-service sentence now says what is true of any of them.

@pytest.mark.parametrize(("text", "locale", "said", "not_said"), [
    ("The woman at your Leeds counter laughed at me in front of a queue when my card was declined, and then refused to "
     "give me her name. I expect an apology from the branch manager.", None, "You deserved better from us",
     "proper answer"),
    ("El técnico no se presentó el martes ni el jueves, y pedí dos días libres en el trabajo para nada. Es una "
     "vergüenza de servicio.", "es", "algo mejor de nuestra parte", "respuesta de verdad"),
    ("Madame, Monsieur, votre conseillère m'a raccroché au nez deux fois et m'a parlé avec un mépris inadmissible. Je "
     "souhaite que la direction de l'agence me contacte.", "fr", "mieux de notre part", "vraie réponse"),
    ("Sehr geehrte Damen und Herren, Ihr Monteur ist zweimal nicht erschienen, obwohl ich mir jedes Mal freigenommen "
     "habe. Das ist ein unmöglicher Service.", "de", "Besseres von uns verdient", "richtige Antwort"),
])
def test_a_poor_service_draft_says_what_is_true_of_any_poor_service(text, locale, said, not_said):
    d = preview(text, "Sam", locale)
    if d["topic"] != "poor_service":
        pytest.skip(f"read as {d['topic']}: the poor-service sentence is not used")
    assert said in d["reply_text"] and not_said not in d["reply_text"]


# A relative in danger now ("My son is in A&E now", "If he runs out he could have a seizure", nb-35-011) got "if you
# are unwell right now", written to the parent as the patient. The paragraph now speaks to them and their family.

@pytest.mark.parametrize(("text", "locale", "said"), [
    ("My son is in A&E right now after eating your 'nut free' cereal bar. How was it labelled like that?", None,
     "if you or someone in your family is unwell right now"),
    ("Mi hija está en urgencias ahora mismo por una reacción alérgica a vuestra crema. ¿Qué lleva?", "es",
     "alguien de tu familia se encuentra mal ahora mismo"),
    ("Madame, Monsieur, mon mari est aux urgences en ce moment après une réaction allergique à votre plat.", "fr",
     "vous ou l'un de vos proches n'allez pas bien"),
    ("Sehr geehrte Damen und Herren, mein Vater liegt gerade in der Notaufnahme, nach einer allergischen Reaktion auf "
     "Ihr Produkt.", "de", "Wenn es Ihnen oder jemandem aus Ihrer Familie gerade nicht gut geht"),
])
def test_the_emergency_paragraph_speaks_to_them_and_their_family(text, locale, said):
    assert said in preview(text, "Sam", locale)["reply_text"]
