"""Classes of repeat-contact error found reading the read rounds (session 24, helper r24), each tested on sentences
written here, in the languages where the class exists.

An earlier report to the company said in a tense or a person the rules did not read, beside the forms they already read
("j'ai signalé", "he abierto una incidencia", "ihre Mitarbeiterin sagte", "auf meine Mail kam keine Antwort"): in French
the first person plural and the pluperfect ("Nous avons signalé l'anomalie dès le 28 février", nb-51-068; "J'avais
pourtant signalé son décès par e-mail", nb-68-046) and a request dated back ("J'ai demandé il y a deux mois la
suppression", nb-57-055); in Spanish the preterite ("Abrí una incidencia con vosotros el 11", nb-51-065; "presenté una
queja que nunca fue respondida", nb-63-096; "Lo dije en el chat el sábado", nb-59-065); in German what the company's desk
said on the phone ("Ihr Empfang erklärte mir am Telefon", nb-68-038; "Der Typ an der Annahme meinte am Telefon nur",
nb-54-080), asking the hotline told in the preterite ("Als ich bei der Hotline nachfragte", nb-46-088) and nothing back to
a dated mail ("Auf meine Mail vom Dienstag kam nix", nb-59-054). Every read line with one of these is labelled repeat
contact (13, 10 of them missed). A complaint lodged with the consumer office, a call to the plumber, and the courier's
word on the phone are no contact with support.

A canned answer the customer refuses to be sent again ("don't send me the FAQ link again", nb-70-006; "Don't send me
another copy paste about background apps", nb-62-035) says support has already answered with it, like the "another
template reply" already read (4 of 4 read lines labelled repeat contact). Asking for a link to be sent again, because it
expired, is no refusal.

A stock reply quoted as one more of the same ("Oh good, another 'we're experiencing high volumes' email", hd-0051; "Not
interested in another 'we've escalated this' email", nb-73-005; "another 'please clear your cache' reply", nb-32-092), or
counted ("I've had two 'it's with accounts' replies", nb-73-007), is an answer support already gave: 5 of 5 such lines are
labelled repeat contact. The quote opens as support's words do ("we", "it's", "please", "sorry"); a marketing mail
quoted ("another 'Summer Sale' email") or a notification ("two 'your order has shipped' emails") is none. The earlier
quote could not hold an apostrophe ("we've").

The company's role put in scare quotes, then what it said ("Your 'support' bot told me to wait 10 days", nb-67-007;
"Your 'agent' Darren just told me", hd-0099), is an earlier contact with support (2 of 2); "your 'help' page says" is no
contact. "Je vous ai adressé ..." is an earlier letter to the company, like "je vous ai écrit" already read: the read lines
with it are labelled repeat contact (4 of 4), and round 25's "Je vous ai adressé le 20 mars un courrier recommandé"
(nb-73-080) was missed; "je vous envoie ci-joint" is this message.

Earlier tickets listed by their numbers ("Tickets #40117, #40352 and #40698, all about the same deposit", nb-42-079), as
"tickets #558201 and #561877" already read (5 of 5 read lines labelled repeat contact); seats numbered "12 and 13" are
no tickets of support's.

Support not reached over days takes more than one try, and the read lines label it repeat contact ("I have been trying
to reach a human since 5 January", nb-70-097; "personne ne répond au chat depuis lundi", nb-49-056; "Llevo un mes sin que
nadie me coja el teléfono", nb-73-075: 3 of 3). A line that rings out for an hour, or since this morning, is one try in
the moment ("Llevo dos horas intentando llamar y nadie contesta" is labelled without it, nb-15-058, nb-30-044), and
nobody having looked at the thing since Monday is no contact at all.
"""

from __future__ import annotations

import pytest

from worker.detector import detect


def _repeat(text: str) -> bool:
    return "repeat_contact" in detect(text).cues


REPEAT = [
    # fr: first person plural, pluperfect, a request dated back
    "Nous avons signalé la coupure dès le 3 avril (dossier 7710). Le chauffe-eau ne marche toujours pas chez nous.",
    "J'avais pourtant signalé mon changement d'adresse par courrier en janvier, et la facture part encore à l'ancienne.",
    "J'ai demandé il y a trois semaines la clôture de ce compte joint, et le prélèvement de mai est passé quand même.",
    # es: the preterite
    "Abrí una incidencia con ustedes el día 4 por la lavadora que pierde agua. ¿Alguien la va a mirar?",
    "En mayo presenté una queja por el mismo retraso del autobús escolar, y esta semana ha vuelto a pasar.",
    "Lo comenté en el chat el martes y me cerraron la conversación a los dos minutos.",
    # de: the desk's word on the phone, the hotline asked, a dated mail with nothing back
    "Ihre Rezeption erklärte mir, das Zimmer sei nie auf meinen Namen gebucht worden. Ich habe die Bestätigung hier.",
    "Die Frau an der Werkstattannahme sagte mir am Telefon nur, das sei bei dem Modell normal.",
    "Als ich bei der Hotline nachfragte, konnte mir niemand sagen, wo mein Router geblieben ist.",
    "Auf meine E-Mail vom Montag kam nichts. Die Lieferung ist immer noch nicht da.",
    # en: a canned answer refused
    "My voucher code is rejected at checkout. Please don't send me the help-centre link again, I've read it twice.",
    "The sync fails every night. Don't send me another copy-paste about clearing my cache, I've done that.",
    # en: a stock reply quoted, as one more or counted
    "The login still fails. Spare me another 'we're looking into it' email and just fix it.",
    "So far I've had three 'it's with the warehouse' replies and still no sofa.",
    # en: the role in scare quotes, and what it said
    "Your 'customer care' team told me the parcel was delivered. It was not.",
    # fr: a letter sent before
    "Je vous ai adressé le 2 mai les photos du colis abîmé, et la commande reste bloquée.",
    # earlier tickets listed
    "Tickets #88120, #88342 and #88901, all about the same broken heater.",
    # support not reached over days
    "I've been trying to reach someone in your billing team since Tuesday about the double charge.",
    "Personne ne décroche au service client depuis vendredi, et la chaudière est en panne.",
    "Llevo dos semanas sin que nadie me conteste al teléfono por lo de la factura.",
    "Ça fait trois jours que j'essaie de vous joindre pour la livraison du frigo.",
]

NOT_A_REPEAT = [
    # a contact with someone else, or a complaint with the consumer office
    "Nous avons appelé le plombier, qui est venu le jour même, et la fuite vient de votre compteur.",
    "Presenté una reclamación en Consumo por el cargo de 89 € que no reconozco.",
    "Der Kurier meinte am Telefon, das Paket sei schon zugestellt. Es ist aber nicht hier.",
    # asking for a link again because it expired is no refusal of a canned answer
    "Could you send me the reset link again? The first one expired before I could open it.",
    # the fault, not a contact, in the pluperfect
    "J'avais commandé la version bleue et j'ai reçu la rouge.",
    # a marketing mail quoted, the help page's words, this message's own attachment
    "I unsubscribed last year, so why am I getting another 'Summer Sale' email?",
    "Your 'help' page says nothing about refunds for cancelled classes.",
    "Je vous envoie ci-joint les photos du colis abîmé.",
    # a notification quoted and counted is no reply of support's
    "I've had two 'your order has shipped' emails and nothing has arrived.",
    # seats, not support tickets
    "I bought tickets 12 and 13 in row F for the matinee, but the app only shows one.",
    # one try in the moment, or nobody working on it
    "Llevo una hora intentando llamar y nadie contesta, y el vuelo sale a las seis.",
    "Personne ne répond depuis ce matin et je suis bloquée à l'aéroport avec les enfants.",
    "Nobody has looked at my bike since Monday, it is still in the rack by the door.",
]


@pytest.mark.parametrize("text", REPEAT)
def test_an_earlier_contact_told_in_another_form_is_a_repeat(text: str) -> None:
    assert _repeat(text)


@pytest.mark.parametrize("text", NOT_A_REPEAT)
def test_no_contact_with_support_is_no_repeat(text: str) -> None:
    assert not _repeat(text)
