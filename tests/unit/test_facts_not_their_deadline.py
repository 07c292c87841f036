"""Session 22 (n22b): deadlines that are not the customer's deadline. Every sentence here is new.

The deadline readings (by / latest / the other time words / a window / a clock time / a demand for now) pass one guard,
facts._not_their_need, instead of the guards of session 21 applied in different combinations per reading.

- 1. The merge itself: a story told in the past ("I had a call this morning from someone ...", "by Sunday night the
  dog was sick") and the company's date ("was supposed to be here by yesterday") are no deadline whichever reading
  found the time (read lines nb-32-074, nb-41-054, nb-42-020, nb-54-033, nb-65-038, nb-42-060, nb-26-002, nb-26-052,
  nb-49-014); "Ich erwarte bis Freitag ..., warum ... nicht gemeldet wurde" asks, its past is the grievance (nb-54-007).
"""

import pytest

from worker.writing.facts import extract_facts


def _deadline(text: str) -> str | None:
    d = extract_facts(text).deadline
    return d.text if d else None


# --- 1. one guard for every reading -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Hello, I had a call this morning from a man who was asking for my card number. I hung up on him.",
    "I had a call this evening from someone who said they were from your billing department.",
    "My router was meant to be at the depot by yesterday and the tracker still shows nothing. Could you check?",
    "I fed him the new biscuits on Friday. By Saturday evening Rex was limping and off his food. Can your vet line call me?",
    "The heating was booked until 7pm and the room went cold at 5. Just letting you know.",
])
def test_a_time_of_the_story_is_no_deadline_whichever_reading_found_it(text):
    assert _deadline(text) is None


@pytest.mark.parametrize("text, deadline", [
    ("Ich erwarte bis Montag eine Erklärung, warum die Störung nicht behoben wurde.", "bis Montag"),
    ("Please can somebody call me back today, I am really worried.", "today"),
    ("If the courier can't get it to me by Wednesday, cancel it and refund me.", "by Wednesday"),
    ("I need the boiler fixed by Friday, my mum comes out of hospital then.", "by Friday"),
])
def test_a_need_beside_a_past_or_a_cannot_is_still_read(text, deadline):
    assert _deadline(text) == deadline


# --- 2. "by <day> <subject> <past or present perfect>" is the story ----------------------------------------------------
# nb-67-051: "was delivered on Tuesday and by Thursday it's dropped half its needles" gave "I know you need this sorted
# by Thursday"; the need said later ("delivered before Saturday, when we have family coming") was missed only because
# the first by-time won.

@pytest.mark.parametrize("text", [
    "The sofa came on Monday and by Wednesday it's cracked along the seam. Awful.",
    "We planted the hedge on Monday and by Friday they've all gone brown.",
    "Llegó el lunes y para el jueves ya se había roto la tapa.",
    "Livré lundi, avant mercredi il avait déjà lâché.",
    "Geliefert am Montag, bis Donnerstag hatte er schon zwei Risse.",
])
def test_a_time_the_story_reached_is_no_deadline(text):
    assert _deadline(text) is None


@pytest.mark.parametrize("text, deadline", [
    ("The lamp arrived on Monday and by Tuesday it's stopped working. I'd like a new one sent before Friday, please.",
     "before Friday"),
    ("I need the part by Thursday, it's got to go in before the inspection.", "by Thursday"),
    ("Unblock my card today, I've got a rent payment going out.", "today"),
])
def test_a_need_after_or_beside_the_story_is_read(text, deadline):
    assert _deadline(text) == deadline


# --- 3. "until" telling how long a state lasts --------------------------------------------------------------------------
# nb-67-091: "a box has been left on my doorstep while we're at my in-laws' in Cornwall until the 27th" gave "I know you
# need this sorted by the 27th" (siblings nb-15-050, nb-7-001, nb-33-054, nb-53-034, nb-67-044, nb-42-061, hd-0148).

@pytest.mark.parametrize("text", [
    "My card was charged twice and we're staying at my sister's in Leeds until the 19th, so I can't get to the branch.",
    "I'm away on a course until Friday and the parcel has been left at a neighbour I don't know.",
    "Could I keep the rental bike until 12 May? Thanks.",
    "My railcard is valid until 3 October but the app says it has expired.",
    "Estamos fuera hasta el 22 de mayo y nos han cobrado la cuota dos veces.",
    "Wir sind bis zum 22. Mai verreist und das Paket liegt vor der Tür.",
])
def test_until_a_state_ends_is_no_deadline(text):
    assert _deadline(text) is None


@pytest.mark.parametrize("text, deadline", [
    ("You have until Thursday to refund me, then it goes to my bank.", "until Thursday"),
    ("I'm giving you until the 30th and then I'm going to the ombudsman.", "until the 30th"),
    ("My landlord has given me until Monday to pay.", "until Monday"),
    ("Les doy hasta el viernes para devolverme el dinero.", "hasta el viernes"),
    ("Wenn das Geld bis Freitag nicht da ist, gehe ich zum Anwalt.", "bis Freitag"),
    ("Bitte erstatten Sie den Betrag bis zum 20. März.", "bis zum 20. März"),
])
def test_until_they_give_or_a_condition_is_still_a_deadline(text, deadline):
    assert _deadline(text) == deadline


# --- 4. the company's scheduled delivery date ----------------------------------------------------------------------------
# nb-67-059: "mi abeto, con entrega prevista para el 14 de diciembre, no llegará hasta el 27 ... Les ruego que cancelen
# el pedido" gave "Sé que lo necesita resuelto para el 14 de diciembre".

@pytest.mark.parametrize("text", [
    "Mi sofá, con entrega prevista para el 3 de marzo, no llegará hasta abril. Cancelen el pedido, por favor.",
    "The app showed an estimated delivery before Friday and now it says next month. Please cancel my order.",
    "La commande, livraison prévue avant le 12 mars, est toujours bloquée. Annulez-la.",
    "Die Lieferung war geplant bis Freitag, jetzt heißt es Ende Mai. Bitte stornieren.",
])
def test_the_companys_scheduled_delivery_date_is_no_deadline(text):
    assert _deadline(text) is None


@pytest.mark.parametrize("text, deadline", [
    ("Ich bitte um einen verbindlichen Liefertermin bis spätestens Freitag.", "bis spätestens Freitag"),
    ("My operation is planned for next week, so I need the chair delivered before Friday.", "before Friday"),
    ("Necesito la entrega antes del 3 de marzo, es para la boda.", "antes del 3 de marzo"),
])
def test_a_delivery_date_they_ask_for_is_still_a_deadline(text, deadline):
    assert _deadline(text) == deadline


# --- 5. their own act offered now -----------------------------------------------------------------------------------------
# nb-67-085: "Les pido que rehabiliten la póliza con efecto retroactivo, pago ahora mismo lo que debo" gave the deadline
# "ahora mismo": when they will pay, not by when they need anything.

@pytest.mark.parametrize("text", [
    "Reactiven mi línea, por favor, y les pago ahora mismo la factura pendiente.",
    "Please put the account back on, I can pay right now whatever is owed.",
    "Rétablissez mon contrat, je peux vous payer aujourd'hui même.",
    "Schalten Sie den Anschluss wieder frei, ich zahle sofort den offenen Betrag.",
    "Bitte entsperren Sie mein Konto, ich kann heute noch überweisen.",
])
def test_their_own_act_offered_now_is_no_deadline(text):
    assert _deadline(text) is None


@pytest.mark.parametrize("text, deadline", [
    ("I'll pay the difference but I need it today.", "today"),
    ("Necesito que me devuelvan el dinero ahora mismo.", "ahora mismo"),
    ("Nous devons envoyer les fiches de paie d'ici jeudi midi.", "d'ici jeudi midi"),
    ("I pay for the premium plan and I need an engineer today.", "today"),
])
def test_a_need_beside_their_own_act_is_still_read(text, deadline):
    assert _deadline(text) == deadline


# --- the one guard stays linear -------------------------------------------------------------------------------------------
# Read once per time found, each guard looks at the time's sentence: on a long text with no full stop that sentence is
# the whole text, so a guard that reads all of it per time found is quadratic. It looks at most a few hundred
# characters either side (facts._sentence_near).

@pytest.mark.parametrize("shape", ["pago ahora mismo les pago ", "by friday it's ", "I can pay I can pay today, "])
def test_the_guard_is_linear_on_a_long_text_without_full_stops(shape):
    from tests.scaling import fastest, shaped

    # Four times the text is about four times the time when linear, sixteen when quadratic (the fastest of three runs,
    # as noise only adds time; under 2 ms counts as 2 ms).
    small, large = fastest(extract_facts, shaped(shape, 5_000), 3), fastest(extract_facts, shaped(shape, 20_000), 3)
    assert large / max(small, 2e-3) < 9, (shape, small, large)
