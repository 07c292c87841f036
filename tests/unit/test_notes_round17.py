"""Note classes from session 17 (round 17's writers 50 and 51), each tested on messages written here:
- the end of a span of days they tell ("vom 3. bis 7. Mai", "from Monday until Friday", "desde el lunes hasta el
  viernes") is no deadline of theirs; "bis Freitag" asked for still is;
- the draft says "You cancelled" only when their own words say they cancelled: a ticket or case the company closed
  is no cancellation, and a charge topic read without it gets the plain charge line;
- their own ordinal attempt ("my fifth attempt", "mi tercer intento", "ma troisième tentative", "mein dritter
  Versuch") counts their contacts; the courier's third attempt does not;
- words they quote (a campaign's « nouveau toi », an agent's "hast du") do not set their register;
- a sentence that only points elsewhere ("Subject says it all.", "Siehe Betreff.") is never the quoted grievance.
"""

import pytest

from worker.writing.facts import extract_facts, unquotable
from worker.writing.preview import preview


def deadline_of(text: str) -> str | None:
    facts = extract_facts(text)
    return facts.deadline.text if facts.deadline else None


@pytest.mark.parametrize("text", [
    "Während unseres Urlaubs vom 12.08. bis 19.08. war der Pool geschlossen. Eine Frechheit.",
    "We rented the van from 3 June until 9 June and the fridge never worked. Shocking.",
    "Wir hatten das Auto von Montag bis Freitag und die Klimaanlage war kaputt. Ärgerlich.",
    "Estuvimos desde el lunes hasta el viernes sin agua caliente en el apartamento. Vergonzoso.",
])
def test_the_end_of_a_span_of_days_is_no_deadline(text):
    assert deadline_of(text) is None


@pytest.mark.parametrize("text, deadline", [
    ("Das Ersatzteil muss bis Freitag da sein, sonst fällt die Feier aus. Ich bin sauer.", "bis Freitag"),
    ("I need the deposit back from you by Friday or I go to my bank. Furious.", "by Friday"),
    ("Ich brauche die Unterlagen von Ihnen bis Montag, sonst verliere ich die Wohnung.", "bis Montag"),
])
def test_a_deadline_they_ask_for_stays(text, deadline):
    assert deadline_of(text) == deadline


def test_a_ticket_the_company_closed_is_no_cancellation():
    text = ("Fourth time asking about the listing fees on my seller account (ID S-99812). Your agent Sam sent me a link "
            "to the help page and then closed the ticket. Useless. I want a real answer about the fees.")
    out = preview(text, "Kim", None)
    assert out["topic"] != "charged_after_cancel"
    assert "You cancelled" not in out["reply_text"]


def test_a_charge_after_cancelling_they_tell_keeps_its_line():
    text = "I cancelled my membership on 2 March and you still took £45 on 1 April. Refund it now, this is theft."
    out = preview(text, "Kim", None)
    assert out["topic"] == "charged_after_cancel"
    assert "You cancelled" in out["reply_text"]


@pytest.mark.parametrize("text, nth", [
    ("This is my fifth attempt to get someone to explain my bill. Ridiculous.", "5th contact"),
    ("Es mi tercer intento de que alguien me explique esta factura. Vergonzoso.", "3rd contact"),
    ("C'est ma troisième tentative pour obtenir une explication sur cette facture. Inadmissible.", "3rd contact"),
    ("Das ist mein vierter Versuch, eine Erklärung zu dieser Rechnung zu bekommen. Unverschämt.", "4th contact"),
])
def test_their_own_attempts_count_their_contacts(text, nth):
    assert nth in preview(text, "Kim", None)["brief"]


def test_the_couriers_attempts_are_not_their_contacts():
    text = "The courier says it made a third attempt to deliver, but nobody rang my bell. I'm furious, where is my parcel?"
    assert "contact" not in preview(text, "Kim", None)["brief"]


@pytest.mark.parametrize("text, formal_word", [
    ("Bonjour,\n\nJ'ai découvert ma photo sur votre affiche « Cette année, fais-toi plaisir » sans mon accord. "
     "J'exige son retrait immédiat, sinon je saisis la CNIL.", "votre"),
    ('Guten Tag,\n\nIhr Mitarbeiter am Telefon fragte nur "Hast du es schon neu gestartet?" und legte auf. '
     "Ich erwarte eine Erklärung von Ihnen, das ist unverschämt.", "Ihr"),
])
def test_words_they_quote_do_not_set_their_register(text, formal_word):
    language = "fr" if "Bonjour" in text else "de"
    draft = preview(text, "Camille Roy", language)["reply_text"]
    assert formal_word in draft


@pytest.mark.parametrize("sentence", [
    "Subject says it all.", "See below.", "Details attached.", "El asunto lo dice todo.", "Tout est dans l'objet.",
    "Siehe Betreff.",
])
def test_a_pointer_elsewhere_is_unquotable(sentence):
    assert unquotable(sentence)


def test_a_sentence_with_the_story_stays_quotable():
    assert not unquotable("See the attached photos: the lamp arrived shattered in three pieces.")


def test_the_grievance_after_a_pointer_is_quoted():
    text = ("Title says it all. I returned the jacket on 2 May (return RT-5531) and the £89 refund still hasn't come. "
            "I've chased it twice. Sort it out.")
    brief = preview(text, "Kim", None)["brief"]
    assert "Title says it all" not in brief and "refund" in brief.lower()


def _emergency_line(text: str) -> bool:
    return "medical help" in preview(text, "Kim", None)["reply_text"]


@pytest.mark.parametrize("text", [
    "You sent a kit with peanuts to our nut-free account. My son's allergy has put him in A&E before. I'm livid.",
    "Mi hija tiene una alergia que ya la llevó a urgencias el año pasado, y nos mandáis frutos secos. Estoy indignada.",
])
def test_an_emergency_told_as_history_gets_no_emergency_line(text):
    assert not _emergency_line(text)


@pytest.mark.parametrize("text", [
    "My son had an allergic reaction to your cereal bar and he is in A&E right now. I'm terrified.",
    "I collapsed after the treatment and I'm writing this from the emergency room. How could you let this happen?",
])
def test_an_emergency_now_keeps_its_line(text):
    assert _emergency_line(text)


@pytest.mark.parametrize("text, nth", [
    ("This is my fourth letter about the direct debits. Nobody has replied to any of them. Disgraceful.", "4th contact"),
    ("Es mi tercera carta sobre estos cargos y nadie contesta. Vergonzoso.", "3rd contact"),
])
def test_their_letters_count_their_contacts(text, nth):
    assert nth in preview(text, "Kim", None)["brief"]


def test_a_letter_the_company_sent_is_not_their_contact():
    text = "The second letter you sent me had the wrong name on it again. Ridiculous, fix your records."
    assert "contact" not in preview(text, "Kim", None)["brief"]


def test_the_sum_they_ask_returned_is_the_refund_after_cancelling():
    text = ("I closed my account on 30 November and paid the final bill of £41.20. You have since taken £95 by direct "
            "debit on 1 January and 1 February. I cancelled the mandate, and I require the £190 returned. Disgraceful.")
    out = preview(text, "Kim", None)
    assert "refunding the £190" in out["reply_text"]
    assert "£41.20" not in out["reply_text"]


@pytest.mark.parametrize("text", [
    "My son came home with hives on Tuesday. The nurse said I should have called an ambulance if his lips had swollen. "
    "Nobody at the club even told me. I'm shaking.",
    "I hand over his EpiPen every term and you still gave him the wrong snack. I'm furious and frightened.",
])
def test_an_emergency_that_would_have_been_or_is_routine_gets_no_emergency_line(text):
    assert not _emergency_line(text)


def test_a_formal_letter_to_an_office_gets_a_formal_draft():
    text = ("Dear Student Finance Office,\n\nI am writing for the third time about my invoice. I cannot pay it and my "
            "enrolment is at risk. Please correct it.\n\nYours sincerely,\nThanh Nguyen")
    assert preview(text, "Thanh Nguyen", None)["reply_text"].startswith("Dear Thanh Nguyen,")


@pytest.mark.parametrize("text, said", [
    ("I asked for my data in March and got nothing. I'll give you until Friday, after which I complain to the ICO.",
     "sorted by Friday"),
    ("Os doy hasta el viernes para devolverme el dinero, si no voy a Consumo. Vergonzoso.", "para el viernes"),
])
def test_a_deadline_given_with_until_is_said_back_as_by(text, said):
    assert said in preview(text, "Kim", None)["reply_text"]


def test_a_capitalised_os_is_informal():
    text = "Os lo he dicho tres veces: el pedido llegó roto. Devolvedme el dinero ya, vergonzoso."
    reply = preview(text, "Kim", None)["reply_text"]
    assert "tu enfado" in reply and "usted" not in reply.lower()


@pytest.mark.parametrize("text", [
    "I got an invoice for £312.40 for medicine I never ordered, sent to an address in Leeds. Someone is using my name. "
    "I'm frightened.",
    "Ich habe eine Rechnung über 189,90 € für Bestellungen bekommen, die ich nie gemacht habe. Jemand benutzt meinen "
    "Namen. Ich habe Angst.",
])
def test_a_sum_billed_in_their_name_is_no_money_taken(text):
    reply = preview(text, "Kim", None)["reply_text"]
    assert "no more money can be taken" not in reply and "kein weiteres Geld" not in reply


def test_money_taken_by_a_stranger_still_blocks_the_card():
    text = "Someone used my card details and took £412 from my account last night. I'm terrified, please block it."
    assert "no more money can be taken" in preview(text, "Kim", None)["reply_text"]


def test_the_notes_read_only_what_the_detector_reads():
    """Text past MAX_ANALYSED_CHARS is not read for the situation or its facts (the cap bounds the time a pasted
    megabyte costs: about 50 s before it, under 2 s after, bench-free)."""
    from worker.detector import MAX_ANALYSED_CHARS
    from worker.writing.situation import read_situation

    head = "My parcel ORD-55120 still hasn't arrived after three weeks. Where is it? I'm fed up.\n"
    text = head + "filler line\n" * (MAX_ANALYSED_CHARS // 12) + "I was charged £999 and my refund REF-77 never came.\n"
    situation = read_situation(text)
    assert [f.text for f in situation.facts.amounts] == []
    assert "REF-77" not in [f.text for f in situation.facts.refs]
    assert situation.topic == "delivery_delay"
