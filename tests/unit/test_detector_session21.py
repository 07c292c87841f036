"""Session 21: two classes of false statement read in round 21's drafts. Every sentence here is new.

1. A contact with someone else the customer dealt with through the service (a sitter, a host, a seller, a courier, a
   landlord, a tutor) is no contact with support: "I've messaged the sitter three times through the app" was briefed as
   the 4th contact and drafted as "You've had to contact us four times" (nb-62-086; also nb-62-081, nb-40-054,
   nb-50-007: none labelled repeat contact). A contact with us ("emailed you twice", "your driver", or a bare "called
   three times" with no one else named) stays one.
2. Auto-renew switched off, told as done, then a charge, is a cancellation already made: "I switched auto-renew off back
   in October" then £79 taken was drafted as a charge to explain ("[what it is for]", nb-62-088, labelled already
   cancelled and charged after cancelling). A question, a request, a belief or a switch made just now is not.
3. A group or a review named as where the story will go, with no platform named ("I'll be posting the whole thing in
   our local dog owners' group", nb-62-086; "all of it is going in a review", nb-63-039), is going public.
4. The nth time told with the contact's verb alone ("3rd time calling today", nb-63-008) is a repeat contact, and an
   ordinal in figures ("4th time I'm contacting you", "4th message") counts the contacts before it.
5. The bank as where it goes next, in an ultimatum or as what they would rather not have to do ("I'll be raising it
   with my bank", nb-63-032; "or I'm going to my bank", nb-15-023; "I don't want to have to go through the bank",
   nb-62-062) is a legal threat; going to the bank for a new card or to pay in is not.
"""

import pytest

from worker.detector import detect
from worker.writing.facts import extract_facts
from worker.writing.preview import preview


@pytest.mark.parametrize("text", [
    "The fitter you matched us with broke a lamp and left without a word. I've called the tradesman four times since "
    "Monday and he reads them and ignores me. I want someone to step in.",
    "Our host locked us out of the flat at 11pm. I've called the host five times and she won't pick up. We're sitting "
    "on the stairs with two kids. What do we do?",
    "I've sent messages to every seller in my area on your platform and nobody has replied. The listing said same-day "
    "collection and I need a cot by tonight, this is hopeless.",
    "Mi perro volvió herido de la residencia. He escrito tres veces a la cuidadora y no contesta. Quiero que lo investiguen.",
    "Le colis n'est jamais arrivé. J'ai relancé trois fois le vendeur par la messagerie et il ne répond pas. C'est inadmissible.",
    "Die Wohnung war dreckig und die Heizung kaputt. Ich habe den Gastgeber schon dreimal angerufen, aber er geht nicht ran. "
    "Das ist eine Frechheit.",
])
def test_contacts_with_someone_else_are_no_repeat_contact(text):
    assert "repeat_contact" not in detect(text).cues


@pytest.mark.parametrize("text", [
    "I've emailed you three times about the broken lamp and nobody has replied. This is ridiculous.",
    "I messaged the host and then emailed you twice. Still nothing, and we check in on Friday.",
    "I've called three times and nobody answers. Where is my parcel? This is useless.",
    "I called your driver four times and he never picked up. The parcel still isn't here and I'm fed up.",
    "He llamado tres veces a vuestro servicio de atención y nadie contesta. Es una vergüenza.",
])
def test_contacts_with_us_stay_repeat_contact(text):
    assert "repeat_contact" in detect(text).cues


@pytest.mark.parametrize("text", [
    "I've messaged the plumber four times this week and he never turns up. Please send someone else.",
    "J'ai appelé trois fois le livreur et il ne répond pas.",
    "Ich habe den Vermieter dreimal angerufen, er meldet sich nicht.",
])
def test_contacts_with_someone_else_are_not_counted(text):
    assert extract_facts(text).contacts_before == 0


@pytest.mark.parametrize("text, count", [
    ("I've texted the plumber once and emailed you four times. Nothing.", 4),
    ("I called your driver three times and he never picked up.", 3),
])
def test_contacts_with_us_are_counted(text, count):
    assert extract_facts(text).contacts_before == count


@pytest.mark.parametrize("text", [
    "I switched auto-renew off back in August and you've still taken £45 for another year. Refund it, please.",
    "We'd turned the automatic renewal off in the spring, yet the annual fee of $140 came out this morning. Not happy.",
    "The plan renewed even though auto-renew was off, and I was charged £65. I want that money back.",
    "Desactivé la renovación automática en septiembre y aun así me habéis cobrado 59 €. Quiero el reembolso.",
    "Vous m'avez prélevé 42 € alors que le renouvellement automatique était désactivé depuis l'été. Remboursez-moi.",
    "Sie haben 69 € abgebucht, obwohl die automatische Verlängerung seit dem Sommer ausgeschaltet war. Ich will mein Geld zurück.",
])
def test_auto_renew_switched_off_then_charged_is_a_charge_after_cancelling(text):
    assert "already_cancelled" in detect(text).cues
    assert preview(text)["topic"] == "charged_after_cancel"


@pytest.mark.parametrize("text", [
    "How do I turn auto-renew off? I don't want to be charged £45 again next year.",
    "I forgot to turn off auto-renew and got charged £45 for another year. Is there any chance of a refund?",
    "Please switch auto-renew off on my account, I don't want it renewing in June.",
    "I've turned off auto-renew now, but I still need the £45 back that you took on Monday.",
    "I thought auto-renew was off but you charged me £45 today. Could you check?",
    "Pensaba que la renovación automática estaba desactivada, pero me habéis cobrado 59 €. ¿Me lo explicáis?",
])
def test_auto_renew_not_switched_off_before_is_no_cancellation(text):
    assert "already_cancelled" not in detect(text).cues


@pytest.mark.parametrize("text", [
    "If nobody calls me by Friday I'll be posting the whole story, receipts and all, in our local parents' group. "
    "There are thousands of us.",
    "The way this has been handled is disgraceful, and every bit of it is going in a review.",
    "Si je n'ai pas de réponse d'ici lundi, je posterai tout dans le groupe du quartier. Franchement c'est honteux.",
    "Si no me devolvéis el dinero esta semana, voy a contarlo en el grupo del barrio. Es una vergüenza.",
    "Wenn ich bis Freitag nichts höre, poste ich das in unserer Elterngruppe. Das ist eine Frechheit.",
])
def test_a_group_or_a_review_as_where_it_goes_is_going_public(text):
    assert "public_exposure" in detect(text).cues


@pytest.mark.parametrize("text", [
    "Another parent in our class group chat says her son's lesson was cancelled too. This is a shambles, honestly.",
    "I want to report a member in the beginners' running group who keeps sending me nasty messages. It's upsetting.",
    "I'm writing to the group organiser as well, but I'm fed up: where is the refund for the cancelled trip?",
    "Your agent said my appeal would go into a review queue. Three weeks later I'm still waiting and fed up.",
    "I'll share the link in the group chat so the others can book too, but the page keeps crashing and it's infuriating.",
])
def test_a_group_or_a_review_told_otherwise_is_not_going_public(text):
    assert "public_exposure" not in detect(text).cues


@pytest.mark.parametrize("text", [
    "2nd time calling this morning and the line just cuts off. My van needs its MOT before Thursday.",
    "Fourth time emailing about the missing bracket. Can someone actually read this?",
    "Third time phoning about the cracked hinge on the wardrobe door.",
])
def test_the_nth_time_told_with_the_contact_verb_is_a_repeat_contact(text):
    assert "repeat_contact" in detect(text).cues


@pytest.mark.parametrize("text", [
    "This is the second time calling the plumber out and the tap still drips. I'm fed up with this.",
    "Second time calling an electrician out this month and the lights still flicker, which is infuriating.",
])
def test_a_tradesman_called_out_again_is_no_repeat_contact(text):
    assert "repeat_contact" not in detect(text).cues


@pytest.mark.parametrize("text, count", [
    ("3rd time ringing about my boiler today, still no engineer.", 2),
    ("Hello again (5th email). The voucher code still doesn't work at checkout.", 4),
])
def test_an_ordinal_in_figures_counts_the_contacts_before(text, count):
    assert extract_facts(text).contacts_before == count


def test_a_visit_refused_a_4th_time_counts_no_contact():
    assert extract_facts("The locker won't open and I can't come back a 4th time tonight.").contacts_before == 0


@pytest.mark.parametrize("text", [
    "You charged me twice for one order. If the £38 isn't back by Friday I'll be raising it with my card provider.",
    "Refund the deposit this week or I'm going straight to my bank to get it reversed. I've had enough.",
    "I'd honestly rather not have to go through the bank over £25, but you're leaving me no choice.",
])
def test_the_bank_as_where_it_goes_next_is_a_legal_threat(text):
    assert "legal_threat" in detect(text).cues


@pytest.mark.parametrize("text", [
    "My wallet was stolen so I had to go to the bank for a new card. Can you update my payment details? I'm so annoyed.",
    "I'll need to go to my bank to pay in your cheque, so please post it soon. This has taken far too long.",
    "Can I pay at the bank, or do I have to go through the app? The app keeps crashing, which is infuriating.",
])
def test_going_to_the_bank_for_something_else_is_no_legal_threat(text):
    assert "legal_threat" not in detect(text).cues
