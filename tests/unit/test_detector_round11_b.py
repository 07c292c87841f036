"""Classes of cue error found reading round 11's two readable writers (session 11, second half), each tested on sentences
written here, in the languages where the class exists.

Urgency: an answer or a settlement asked for by a near day ("would be great to hear by Thursday", "the agent wants it by
Monday", "bis Mittwoch geklärt"), not the company's own promise; tomorrow at a clock time the customer takes a flight or a
train; the customer's own shop opening, or their going, on a near day, and a market or a fair they have then; doors or
check-in closing at a clock time, and being at the gate now; German travel with the verb last ("da wir morgen abreisen");
a submission or a hearing on a date of the month, points or miles expiring on a date; "no sé dónde vamos a dormir" is not a
negation. Not urgency: urgent shipping as a service ("por mensajero urgente", "par coursier urgent"), "emergency" as a
feature's name, a German "sofort" telling what happens ("ist dann sofort weg"), money wanted back "und zwar sofort", and a
date by which something should already have happened ("debería haber llegado antes del 10", "should have arrived by
Monday").

Distress: an adverb inside the fear ("I honestly feel sick", "honestly worried"), not knowing what to do with words between
("weiß gerade echt nicht, was wir machen sollen"), a child's or a dependant's illness named ("our son has asthma", "mi hija
es diabética"). Legal threat: a small-claims case and an enforcement body, the German data-protection commissioner and
"anwaltliche Schritte", "die Beträge zurückbuchen lassen"; not court papers carried for work ("court bundles").

Abuse: the staff's incompetence said as what they are ("Vous êtes d'une incompétence rare", "sois de una incompetencia"),
the firm called a joke ("ein Witz von einer Firma", "une blague d'entreprise"), nobody there reading what customers write
("do your agents even read the tickets?", "bei Ihnen liest offenbar niemand"); not a question about reading a document,
not "a joke" about a price.

Repeat contact: the attempt counted ("Fourth attempt at this.", "tercer intento", "troisième tentative", "dritter Versuch");
writing again in es/fr/de ("os escribo de nuevo", "je me permets de revenir vers vous", "ich melde mich nochmal"); tries
counted in a span of time ("deux fois cette semaine que j'essaie"); an earlier call or letter named by its date ("mon appel
du 3 mars", "my call on 3 May", "meinem Anruf vom 3. Mai"); followed up; asked by letter before ("habe ich Sie ... gebeten");
asked a channel with a hyphenated name twice ("the in-app chat"), on hold for a while twice. Not repeat contact: a
solicitor contacted already, a ticket for an event that is the second on an order, a delivery attempt counted.

Someone else's words quoted for the company to act on (a review posted under the customer's name, a guest's message)
carry no churn threat or public exposure of the customer's either ("nie wieder RoadStar!" inside a review they did not
write), as they already carried no abuse, legal threat, urgency, distress or profanity.

Upset declared as how it sat with the writer, in the past ("me ha sentado fatal", "ça m'a vraiment énervée", "das hat
mich sehr geärgert", "that really upset me"); not a denial ("it didn't bother me")."""

import pytest

from tests.unit.cue_cases import cue_tests
from worker.detector import detect

FOUND = [
    # urgency: an answer or a settlement asked for by a near day
    ("urgency", "It would help a lot to hear back by Thursday so I can book the van."),
    ("urgency", "The letting agent wants it by Monday or the flat goes to someone else."),
    ("urgency", "My tutor has asked for it by 12 May, can you resend the certificate?"),
    ("urgency", "Es wäre gut, wenn das bis Mittwoch erledigt wäre, dann kommen die Gäste."),
    ("urgency", "Necesito saberlo antes del jueves para organizar el viaje."),
    ("urgency", "J'aimerais le savoir d'ici mercredi pour réserver le camion."),
    # ... tomorrow at a clock time the customer takes a flight or a train
    ("urgency", "Mañana a las 6 cojo el tren a Sevilla y sigo sin billete."),
    ("urgency", "Tomorrow at 6 I catch the ferry and the booking still shows pending."),
    ("urgency", "Demain à 6h je prends le train et je n'ai toujours pas le billet."),
    ("urgency", "Morgen um 6 Uhr fliege ich und die Bordkarte fehlt noch."),
    # ... the customer's own shop opening, or their going, on a near day; a fair they have then
    ("urgency", "I open the café on Friday and the card reader still won't pair."),
    ("urgency", "Reabro el bar el lunes y la cafetera sigue rota."),
    ("urgency", "J'ouvre la boutique lundi et la caisse ne marche pas."),
    ("urgency", "Ich eröffne am Montag und die Kasse funktioniert nicht."),
    ("urgency", "I'm going on Sunday and the e-ticket still hasn't come through."),
    ("urgency", "We have a Christmas fair on Saturday and the stock hasn't shipped."),
    # ... doors or check-in closing at a clock time; the customer at the gate now
    ("urgency", "Check-in closes at 9 and the app won't show my booking."),
    ("urgency", "Las puertas cierran a las 9 y la entrada no carga."),
    ("urgency", "Les portes ferment à 21h et le billet ne s'affiche pas."),
    ("urgency", "Der Einlass endet um 21 Uhr und das Ticket lädt nicht."),
    ("urgency", "I'm at the entrance and the scanner rejects my code, please help now."),
    # ... German travel with the verb last
    ("urgency", "Bitte prüfen Sie das, weil wir morgen abreisen und der Schlüssel fehlt."),
    # ... a submission or a hearing on a date of the month; points expiring on a date
    ("urgency", "My hearing is 14 June and the transcript still hasn't been sent."),
    ("urgency", "La entrega es el 9 de mayo y la plataforma no me deja subir el archivo."),
    ("urgency", "Ma soutenance est le 9 juin et le fichier a disparu."),
    ("urgency", "Die Abgabe ist am 9. Juni und die Datei ist weg."),
    ("urgency", "My 20,000 points are expiring on 30 June and the shop won't let me redeem them."),
    # ... not knowing where to sleep is no negation
    ("urgency", "Ya es medianoche y no sé dónde podemos dormir esta noche."),
    # ... the customer's demand for today
    ("urgency", "J'exige une solution aujourd'hui, nous n'avons plus d'eau chaude."),
    ("urgency", "I expect an engineer out today, the whole office is offline."),
    ("urgency", "Exijo que me reubiquen hoy mismo, la habitación está inundada."),
    ("urgency", "Ich erwarte noch heute einen Rückruf, die Heizung ist aus."),
    # ... money the customer must pay on a near day, a thing needed back this instant
    ("urgency", "Das Geld war für die Miete, die ich Montag überweisen muss."),
    ("urgency", "Era el dinero del recibo que tengo que pagar el lunes."),
    ("urgency", "C'était pour la caution que je dois verser lundi."),
    ("urgency", "That was the deposit I have to pay on Monday."),
    ("urgency", "I need my account back right now, the shop opens in an hour."),
    # distress: an adverb inside the fear, not knowing what to do, a child's illness named
    ("distress", "I honestly feel sick every time I open the banking app now."),
    ("distress", "I'm honestly worried they'll cut off the heating for good."),
    ("distress", "Ich weiß im Moment wirklich nicht, was ich tun soll, das Konto ist leer."),
    ("distress", "Honestly I don't know what we're supposed to do now, the house is freezing."),
    ("distress", "Je ne sais pas quoi faire, le chauffage est coupé depuis hier."),
    ("distress", "No sé qué vamos a hacer si no vuelve la luz."),
    ("distress", "Our daughter has severe asthma and the heating has been off for two days."),
    ("distress", "Meine Tochter ist Diabetikerin und der Kühlschrank ist ausgefallen."),
    ("distress", "Mi hijo es diabético y la nevera lleva dos días sin funcionar."),
    ("distress", "Mon fils est asthmatique et il y a de la moisissure partout."),
    # legal threat: small claims, an enforcement body, the data-protection commissioner, a bank told to reverse the debits
    ("legal_threat", "Next week I'll start a small-claims case for the deposit."),
    ("legal_threat", "I will report the airline to the national enforcement body."),
    ("legal_threat", "Sonst wende ich mich an den Beauftragten für Datenschutz."),
    ("legal_threat", "Ich werde anwaltliche Schritte einleiten, wenn das nicht korrigiert wird."),
    ("legal_threat", "Ich werde die Abbuchungen zurückbuchen lassen."),
    # abuse: incompetence as what they are, the firm a joke, nobody reading
    ("abuse", "Franchement, vous êtes d'une nullité affligeante."),
    ("abuse", "Sois de una incompetencia que asusta."),
    ("abuse", "Was für ein Support. Ein Witz von einem Unternehmen."),
    ("abuse", "Quelle blague d'entreprise, trois semaines pour un colis."),
    ("abuse", "Does your support team even read what I write?"),
    ("abuse", "Bei euch liest wohl keiner die Nachrichten, oder?"),
    # repeat contact: the attempt counted, writing again, tries in a span, a dated earlier call, followed up, asked before
    ("repeat_contact", "Fourth attempt at this. Please remove the card from my account."),
    ("repeat_contact", "Es mi cuarto intento de dar de baja la línea."),
    ("repeat_contact", "C'est ma troisième tentative pour joindre quelqu'un."),
    ("repeat_contact", "Das ist mein dritter Versuch, jemanden zu erreichen."),
    ("repeat_contact", "Os escribo de nuevo porque la factura sigue mal."),
    ("repeat_contact", "Je me permets de revenir vers vous concernant mon avoir."),
    ("repeat_contact", "Ich melde mich nochmal wegen der Gutschrift."),
    ("repeat_contact", "Deux fois cette semaine que j'essaie d'avoir un conseiller."),
    ("repeat_contact", "Three times this week I've had to chase the engineer visit."),
    ("repeat_contact", "Comme promis lors de mon appel du 3 mars, j'attends l'avoir."),
    ("repeat_contact", "The refund was promised in my call on 3 May."),
    ("repeat_contact", "Die Gutschrift wurde in meinem Anruf vom 3. Mai zugesagt."),
    ("repeat_contact", "I sent the form in March and followed up on 2 April."),
    ("repeat_contact", "Im Januar habe ich Sie schriftlich um eine Kopie des Vertrags gebeten."),
    ("repeat_contact", "I've messaged the in-app support twice and nothing changes."),
    ("repeat_contact", "I was on hold for forty minutes twice yesterday."),
    # ... what their hotline or agent told them, in fr/de
    ("repeat_contact", "Le conseiller m'a juste répondu d'attendre encore une semaine."),
    ("repeat_contact", "Die Hotline hat mir nur gesagt, ich soll warten."),
    # the company contacted before, the bank named after it
    ("repeat_contact", "I have already called you twice and my bank once. Still nothing, this is a joke."),
]

NOT_FOUND = [
    # urgency: urgent shipping as a service, "emergency" as a name, "sofort" telling what happens, money back at once
    ("urgency", "¿Se puede enviar por mensajero urgente a Canarias?"),
    ("urgency", "Est-ce que l'envoi par coursier urgent est possible vers la Corse ?"),
    ("urgency", "The new emergency access option works nicely, thank you."),
    ("urgency", "Wenn ich das Häkchen setze, ist die Datei dann sofort gelöscht?"),
    ("urgency", "Ich will meine 12 € zurück, und zwar sofort."),
    # ... a date by which something should already have happened; a promise the company made
    ("urgency", "Según el correo debería haber llegado antes del 10 de abril y no ha llegado."),
    ("urgency", "The parcel should have arrived by Monday according to the tracking."),
    ("urgency", "Your agent said it would be sorted by Friday, and it was."),
    ("urgency", "I need my deposit back now that the tenancy has ended, when can you pay it?"),
    ("urgency", "I want today's delivery slot moved to next week if possible."),
    # distress: knowing what to do, an allergy test asked about, a pet's allergy food
    ("distress", "I know what to do now, thanks for the clear guide."),
    ("distress", "Do the oat bars list every allergy on the label?"),
    # legal threat: court papers carried for work
    ("legal_threat", "Can I bring my court bundles as a second cabin item on the morning flight?"),
    # abuse: reading a document, a price called a joke, incompetence owned by the writer
    ("abuse", "Do I need to read the whole contract before signing, or just the summary?"),
    ("abuse", "Honestly the new price is a bit of a joke, but fine, I'll pay it."),
    ("abuse", "Pardon pour mon incompétence avec les ordinateurs, je n'arrive pas à me connecter."),
    # repeat contact: a solicitor contacted, a ticket on an order, a delivery attempt
    ("repeat_contact", "I have already contacted a solicitor about the lease."),
    # a call to someone else about it (session 11, from the unread writer's drafts): the bank, the police
    ("repeat_contact", "Ya he llamado al banco y he bloqueado la tarjeta, por favor anulen los pedidos."),
    ("repeat_contact", "J'ai déjà appelé ma banque pour faire opposition, que dois-je faire ?"),
    ("repeat_contact", "Ich habe schon meine Bank angerufen und die Karte sperren lassen."),
    ("repeat_contact", "Ya he llamado al banco, pero me dicen que ustedes tienen que anular los pedidos."),
    ("repeat_contact", "Can the third ticket on the order go to my brother instead?"),
    ("repeat_contact", "The courier made a third attempt at delivery while I was out."),
    ("repeat_contact", "Mon médecin m'a dit de ne pas porter de charges, pouvez-vous livrer à l'étage ?"),
]


test_each_round11_class_is_found, test_each_round11_near_miss_stays_out = cue_tests(FOUND, NOT_FOUND)


QUOTED_OTHERS = [
    ("churn_threat", 'Unter meinem Namen steht diese Bewertung: „Nie wieder diese Firma, ich wechsle sofort zur Konkurrenz!“ '
                     "Die ist nicht von mir, bitte löschen Sie sie."),
    ("public_exposure", 'A guest left this comment on my listing: "I will post this dump all over Twitter and TikTok." '
                        "Could you check whether it breaks your rules?"),
    ("churn_threat", "Un client a laissé cet avis : « Plus jamais chez eux, je passe à la concurrence. » Pouvez-vous le "
                     "vérifier ?"),
]


@pytest.mark.parametrize("cue, text", QUOTED_OTHERS)
def test_someone_elses_quoted_threat_to_leave_or_go_public_is_not_the_customers(cue, text):
    verdict = detect(text)
    assert cue not in verdict.cues, (cue, verdict.cues)


def test_the_customers_own_threat_to_leave_beside_a_quoted_review_still_counts():
    text = ('Someone posted this review as me: "Awful staff, avoid at all costs, worst hotel in town." It is fake, and if '
            "it is not removed this week we will not be renewing our contract with you.")
    verdict = detect(text)
    assert "churn_threat" in verdict.cues


DECLARED_PAST = [
    "Os lo digo claro: me ha sentado fatal que me cobréis la cuota sin avisar. Devolvedme los 20 euros.",
    "Ça m'a vraiment énervée de voir ces frais sur mon relevé. Merci de les rembourser.",
    "Das hat mich echt geärgert, dass die Gebühr ohne Ankündigung kam. Bitte erstatten Sie sie.",
    "That really upset me, being charged for a plan I never chose. Please refund it.",
]
DENIED_PAST = [
    "The extra fee didn't bother me, I just want to know what it is for. Could you explain?",
    "Das hat mich nicht gestört, ich wollte nur wissen, wofür die Gebühr ist.",
]


@pytest.mark.parametrize("text", DECLARED_PAST)
def test_upset_declared_as_how_it_sat_with_them_is_upset(text):
    assert detect(text).negative


@pytest.mark.parametrize("text", DENIED_PAST)
def test_a_feeling_denied_in_the_past_is_not_upset(text):
    assert not detect(text).negative
