"""Classes of repeat-contact error found reading the read rounds (session 23, helper r23), each tested on sentences
written here, in the languages where the class exists.

A chat bot that "keeps telling me to restart my phone" / "keeps asking me to rate the chat" is the bot's script inside
one chat, no earlier contact with support: 6 of 7 read lines where a bot repeats itself are labelled no repeat contact
(nb-38-035, nb-54-030, nb-57-039, nb-60-087, nb-40-087, nb-59-099). A person who keeps telling the customer something
("your agents keep telling me") and the bot sending the very same answer again ("the same help article") stay.

Tickets that are seats, with their price or with what else was bought ("4 tickets, £276", "two tickets plus two nights")
are no count of support tickets (nb-67-073, nb-56-082); "I've opened two tickets and heard nothing" stays.

The customer's papers sent, or their request made, a counted number of times, in French and Spanish ("J'ai envoyé mon
permis deux fois", "j'ai déjà demandé deux fois la suppression", "he subido el DNI dos veces"), as English already read
"I've sent the documents twice": 5 of 5 read lines with one are labelled repeat contact (nb-57-088, nb-51-022, nb-63-055
were missed); the company sending something twice ("vous m'avez envoyé deux fois la facture") is not a contact.

A chase the customer resents having to make, or refuses to make ("I'm fed up that I'm having to chase this", "not in the
mood to chase you", "I'm not chasing it any more"), is no chase made: 4 read lines with only such a chase are labelled no
repeat contact (nb-29-036, nb-30-097, nb-63-032, nb-22-100); "I've had to chase this", "I can't keep chasing this" stay.

"Vuelvo a escribir porque ..." said in the present is writing again, as the past "volví a escribir" already was (4 of 4
read lines labelled repeat contact, nb-59-044 missed); "No vuelvo a llamar a esta pastelería" and "vuelvo a pedir dos
botellas" are not. In German, a fault counted since a date or within a span ("das dritte Mal seit Weihnachten, dass
...", "das dritte Mal in zwei Monaten", nb-35-036, nb-53-029) is the fault recurring; "Ich schreibe Ihnen nun zum
dritten Mal" stays.
"""

from __future__ import annotations

import pytest

from worker.detector import detect


def _repeat(text: str) -> bool:
    return "repeat_contact" in detect(text).cues


NOT_A_REPEAT = [
    # the bot's script inside one chat
    "Paid for a week of parking and the barrier won't open. Your chatbot keeps telling me to reload the app. Useless.",
    "The app charged me for a ride I never took, and your chat bot keeps asking me to rate my experience. Refund it now.",
    "My order vanished from my account and your bot keeps sending me a link to the returns page. Sort it out.",
    # tickets that are seats
    "The festival was moved to August (order FX-20017, 3 tickets, £189) and we can't go then. How do I get a refund?",
    "We paid for the city break, two tickets plus one night at the hotel, and the hotel had never heard of us. Disgraceful.",
    "Sehr geehrte Damen und Herren, die Lesung (Bestellung LB-5512, 2 Tickets, 36,00 €) fiel aus. Wie bekomme ich mein Geld?",
    # the company sending twice, in French
    "Vous m'avez envoyé deux fois la même facture de 80 €, laquelle dois-je payer ? C'est inadmissible.",
]

STILL_A_REPEAT = [
    "Your agents keep telling me the refund is on its way. It's been six weeks. I want my money.",
    "Your chatbot keeps sending me the same help article and it doesn't work. Get me a human.",
    "I've opened two tickets and heard nothing. My shop is down and I'm losing sales.",
]

FOUND = [
    "Mon compte est bloqué depuis une semaine. J'ai envoyé ma carte d'identité deux fois. Vous ne lisez rien ou quoi ?",
    "J'ai déjà demandé trois fois la clôture de mon compte par votre formulaire. Toujours prélevée. C'est honteux.",
    "Nous avons transmis les factures deux fois à votre service et on nous répond qu'elles manquent. Inacceptable.",
    "Mi cuenta sigue bloqueada y he subido la foto del pasaporte dos veces. Estoy harta, desbloqueadla ya.",
    "Les he solicitado tres veces la baja del servicio y me siguen cobrando. Exijo la devolución.",
]


@pytest.mark.parametrize("text", NOT_A_REPEAT)
def test_no_repeat_contact(text: str) -> None:
    assert not _repeat(text)


@pytest.mark.parametrize("text", STILL_A_REPEAT)
def test_still_repeat_contact(text: str) -> None:
    assert _repeat(text)


@pytest.mark.parametrize("text", FOUND)
def test_counted_papers_or_requests_are_repeat_contact(text: str) -> None:
    assert _repeat(text)


def test_a_bot_that_keeps_saying_the_same_inside_one_chat() -> None:
    assert not _repeat("My card was swallowed at the kiosk. Your bot keeps telling me to \"wait 24 hours\". Give it back.")
    assert not _repeat("The app won't load my pass and the chat bot just keeps saying it's a known issue. Fix it today.")
    # what the chat said once, as the company's answer, stays an earlier contact
    assert _repeat("Your chat said the refund would be back in five days. It's been three weeks and nothing.")


CHASE_NOT_MADE = [
    "You billed me for a plan I cancelled in May. I'm really annoyed that I'm having to chase this at all. Refund it.",
    "My deposit still isn't back and honestly I resent that I have to chase it. Pay it back this week.",
    "You took £40 you had no right to take, and I'm not in the mood to chase you for it. Put it back.",
    "The voucher never worked. I'm not chasing it any more, it's not worth my time. Just so you know.",
]

CHASE_MADE = [
    "This is the third month I've had to chase this. Stop charging me for the extra user.",
    "I can't keep chasing this. The refund was promised a month ago.",
    "I've been chasing this refund since March and I'm fed up.",
]


@pytest.mark.parametrize("text", CHASE_NOT_MADE)
def test_a_chase_resented_or_refused_is_not_a_contact(text: str) -> None:
    assert not _repeat(text)


@pytest.mark.parametrize("text", CHASE_MADE)
def test_a_chase_made_stays(text: str) -> None:
    assert _repeat(text)


def test_writing_again_said_in_the_present_in_spanish() -> None:
    assert _repeat("Buenas tardes: vuelvo a escribir porque su respuesta del lunes no explica el cargo de 30 €.")
    assert _repeat("Os vuelvo a enviar la factura, a ver si esta vez alguien la mira. Quiero el abono ya.")
    # never again, and buying again, are no contact
    assert not _repeat("Tres días tarde y la tarta aplastada. No vuelvo a llamar a esta pastelería, qué vergüenza.")
    assert not _repeat("Me encantó el aceite, vuelvo a pedir dos botellas. ¿Pueden enviarlas el viernes?")


@pytest.mark.parametrize("text", [
    "Verdammt, das ist jetzt das vierte Mal seit Ostern, dass die Lieferung nass ankommt. Ich will mein Geld zurück.",
    "Der Zug um 7:10 fiel wieder aus. Das ist das zweite Mal in drei Wochen. Ich will die Fahrkarte erstattet haben.",
])
def test_a_fault_counted_since_a_date_or_within_a_span_in_german(text: str) -> None:
    assert not _repeat(text)


def test_writing_for_the_third_time_in_german_stays() -> None:
    assert _repeat("Ich schreibe Ihnen nun zum dritten Mal wegen der Kaution. Bitte überweisen Sie sie endlich.")
    assert _repeat("Zum dritten Mal: Die Rechnung ist falsch. Korrigieren Sie sie bitte.")
