"""Classes of cue error found reading round 12's two readable writers (35 and 36), who said the hardest cues sideways
(session 12, helper a), each tested on sentences written here, in the languages where the class exists.

Already cancelled: the service cancelled by its name with a day of two digits ("on 21 March": the day was read as one
digit and a word boundary, so only days 1-9 matched), a card closed (not cancelled after a theft: that is a block), a
provider left by its name with when ("I switched away from Nordpower on 12 January"), a German cancel told with a
reference number in brackets between ("habe meinen Vertrag (Nr. 55-1209) zum 30.06. gekündigt"), and a booking cancelled,
told with its reference and when or how ("We cancelled booking HX-22190 (two rooms, Porto) on 4 April", "through the app
within the free window"); not a booking cancelled to rebook, a cancel asked about, the hotel's own cancel.

Escalation: someone with "actual" or "the" authority, somebody more senior, whoever supervises the agent or whoever they
report to, someone who can take decisions (es/fr), the branch management or head office asked to get in touch with
another option beside it (de "dass sich die Geschäftsleitung oder jemand aus der Zentrale bei mir meldet", es/fr with the
wish), the complaint sent to the agent's hierarchy, a chief executive copied in, and whoever is above a level of support ("somebody above first-line support", "alguien por
encima de atención al cliente", "quelqu'un au-dessus du support", "jemandem, der über Ihnen steht"); not anyone with authority to sign
for a parcel, not head office's call reported by someone else, not a talk with a supervisor told as a story.

Churn: gone when the contract ends with the time between ("bin ich zum Vertragsende weg", "je pars à la fin de mon
engagement", "me voy en cuanto acabe la permanencia", "I'm gone at the end of my contract"), not seen again as an idiom
("you'll never see me again", "no me volvéis a ver el pelo", "vous ne me reverrez plus", "seht ihr mich nie wieder"), the
looking around begun inside a condition ("if ..., I'm going to start looking at other banks", "empezaré a mirar otras
compañías", "commencer à regarder ailleurs", "sehe ich mich nach einem anderen Anbieter um"), the renewal let run out in
the future ("I'll be letting the policy lapse", "je laisserai mon contrat expirer", "dejaré que venza la póliza", "lasse
ich den Vertrag auslaufen"), the spending or banking moved to another firm, an account already opened at another bank,
the last time unless it is put right ("this is the last time unless", "es la última vez, salvo que", "c'est la dernière
fois, à moins que", "das ist das letzte Mal, es sei denn"), a trial already running with a rival ("a free trial with another provider", "un essai avec un autre logiciel",
"estamos probando otro programa", "wir testen gerade eine andere Software"), buying elsewhere in the present of a decision ("ich bestelle ab jetzt woanders", "désormais je commande ailleurs", "a
partir de ahora compro en otro sitio"); not a party date looked for, settings looked at, a visit to the counter, a policy
that lapsed by mistake, spending moved to the company's own card, a page left to expire, an account opened with the
company, a move of home at the contract's end, a past order elsewhere, a question whether to let a trial run out, another browser tried while troubleshooting. A
bare cancel ("Je résilie.") beside a request to cancel now is the request.

Cancel request: someone else's account closed on request (a bereavement), asked politely ("grateful if you would close
the late Mrs Okafor's savings account", "and close her account", "clôturer le compte de feu M. Durand", "la tarjeta del
difunto"), "ich bitte Sie, ... zu kündigen", and the German imperative with an adverb before "bitte" ("löscht dann bitte
mein Kundenkonto"); not a ticket or a complaint closed, a request reported, a cancel asked not to happen, nor "please
cancel it before it goes out" (a transfer or an order stopped before it leaves; round 11).

Public exposure: the thread already running and the company tagged in it ("a thread running on Mumsnet", "I'm tagging you
in every post", "os estoy etiquetando", "je vous taguerai", "ich markiere euch in jedem Post"), the contents put in a
review ("I'll include every email you've sent me in a review", "dans un avis"); not a platform where someone else reached
the customer ("a scammer contacted me on Facebook", "m'a écrit sur Facebook", "me escribió por Instagram", "hat mich auf
Instagram angeschrieben"), not a thread read, a review form, "dans mon avis" as an opinion, a tax notice."""

import pytest

from tests.unit.cue_cases import cue_tests
from worker.detector import detect

FOUND = [
    # already cancelled: the service by its name, a day of two digits
    ("already_cancelled", "I cancelled Brightflix Family on 21 March and got billed again today."),
    ("already_cancelled", "We cancelled Pro Seats on 30 November, yet the April invoice still lists them."),
    # ... a card closed
    ("already_cancelled", "I closed my Gold rewards card by phone on 19 October and a £9 fee has appeared since."),
    ("already_cancelled", "We closed the business charge card in August, so why is there an annual fee?"),
    # ... a provider left by its name, with when
    ("already_cancelled", "I switched away from Nordpower on 12 January and you keep sending me bills."),
    ("already_cancelled", "We moved away from Fibrelink last month, yet the direct debit went out again."),
    # ... a German cancel with a reference in brackets between
    ("already_cancelled", "Ich habe meinen Vertrag (Nr. 55-1209) zum 30.06. gekündigt und trotzdem kam eine Rechnung."),
    ("already_cancelled", "Ich habe das Abo (Kundennummer 88123) schon im Mai gekündigt, warum bucht ihr noch ab?"),
    # escalation: someone with authority, somebody more senior
    ("escalation_request", "Please get someone with actual authority over refunds to call me."),
    ("escalation_request", "I need somebody with the authority to waive the fee, not another script."),
    ("escalation_request", "Is there somebody more senior I can explain this to?"),
    # ... whoever supervises the agent, whoever they report to
    ("escalation_request", "I'd like whoever supervises that driver to look at the dashcam footage."),
    ("escalation_request", "Please forward this to whoever your installer reports to."),
    # ... someone who can take decisions
    ("escalation_request", "Quiero que me atienda alguien que pueda tomar decisiones, no un teleoperador."),
    ("escalation_request", "Je souhaite parler à quelqu'un qui puisse prendre une décision sur mon dossier."),
    # ... the agent's hierarchy
    ("escalation_request", "Je veux que ma réclamation soit transmise à sa hiérarchie."),
    # ... the management or head office asked to get in touch, another option beside it
    ("escalation_request", "Ich erwarte, dass sich die Geschäftsleitung oder jemand aus der Zentrale noch heute bei mir meldet."),
    ("escalation_request", "Wir bitten darum, dass sich jemand aus Ihrer Rechtsabteilung oder der Niederlassungsleitung bei uns meldet."),
    ("escalation_request", "Que me llame hoy alguien de la oficina central, por favor."),
    ("escalation_request", "Je demande que quelqu'un de la direction me rappelle demain."),
    # ... a chief executive copied in
    ("escalation_request", "Copying in your Chief Executive, Mr Ruiz, since nothing else has worked."),
    # churn: gone when the contract ends, the time between
    ("churn_threat", "Wenn bis Monatsende keine Lösung kommt, bin ich zum Vertragsende weg."),
    ("churn_threat", "Dann sind wir mit Ablauf des Vertrags weg, das könnt ihr glauben."),
    ("churn_threat", "Si les frais restent, je pars à la fin de mon engagement."),
    ("churn_threat", "Me voy en cuanto acabe la permanencia, que lo sepáis."),
    ("churn_threat", "Keep charging this fee and I'm gone at the end of my contract."),
    # ... not seen again, as an idiom
    ("churn_threat", "Fix this or you'll never see me in your shop again."),
    ("churn_threat", "Como no me devolváis el dinero, no me volvéis a ver el pelo."),
    ("churn_threat", "Si ce n'est pas réglé, vous ne me reverrez plus."),
    ("churn_threat", "Wenn das so weitergeht, seht ihr mich nie wieder."),
    # ... the looking around begun, inside a condition
    ("churn_threat", "If the app is still broken next week, I'm going to start looking at other banks."),
    ("churn_threat", "Si no lo arregláis, empezaré a mirar otras compañías."),
    ("churn_threat", "Si rien ne bouge, je vais commencer à regarder ailleurs."),
    ("churn_threat", "Wenn das nicht geklärt wird, sehe ich mich nach einem anderen Anbieter um."),
    # ... the renewal let run out
    ("churn_threat", "Unless the premium comes down, I'll be letting the policy lapse."),
    ("churn_threat", "Si le tarif ne baisse pas, je laisserai mon contrat expirer."),
    ("churn_threat", "Si no me bajáis la cuota, dejaré que venza la póliza."),
    ("churn_threat", "Wenn die Prämie so bleibt, lasse ich den Vertrag auslaufen."),
    # ... the spending or banking moved, an account already opened elsewhere
    ("churn_threat", "If the fee stays, we'll move our banking to a bank that doesn't charge for it."),
    ("churn_threat", "I've already opened an account with another bank, so think carefully."),
    ("churn_threat", "J'ai déjà ouvert un compte dans une autre banque."),
    ("churn_threat", "Ya he abierto una cuenta en otro banco, así que vosotros veréis."),
    ("churn_threat", "Ich habe schon ein Konto bei einer anderen Bank eröffnet."),
    # ... buying elsewhere, in the present of a decision
    ("churn_threat", "Ich bestelle ab jetzt woanders, das war's."),
    ("churn_threat", "Désormais je commande ailleurs."),
    ("churn_threat", "A partir de ahora compro en otro sitio."),
    # cancel request: someone else's account closed on request (a bereavement), asked politely, by "and", by name
    ("cancel_request", "We would be grateful if you would close the late Mrs Okafor's savings account and send the balance to the executors."),
    ("cancel_request", "Could you please cancel the newspaper delivery and close her account? She passed away last month."),
    ("cancel_request", "Would you close Dr Reyes's practice account? He retired in May."),
    ("cancel_request", "Merci de clôturer le compte de feu M. Durand, je joins l'acte de décès."),
    ("cancel_request", "Les ruego cancelar la tarjeta del difunto, adjunto el certificado."),
    # ... "ich bitte Sie, ... zu kündigen", and the imperative with an adverb before "bitte"
    ("cancel_request", "Ich bitte Sie, den Vertrag meines verstorbenen Mannes zu kündigen."),
    ("cancel_request", "Ich bitte euch, mein Konto zum Monatsende zu schließen."),
    ("cancel_request", "Überweist den Rest zurück und löscht dann bitte mein Kundenkonto."),
    # public exposure: the thread already running and the company tagged in it, the contents put in a review
    ("public_exposure", "There's a thread running on Mumsnet about your boxes now and I'm adding my story to it."),
    ("public_exposure", "Until someone answers, I'm tagging you in every post I make about this."),
    ("public_exposure", "Me estoy hartando: os estoy etiquetando en cada tuit hasta que alguien responda."),
    ("public_exposure", "Si rien ne change, je vous taguerai dans chaque publication."),
    ("public_exposure", "Ich markiere euch ab jetzt in jedem Post, bis sich jemand meldet, eine Frechheit."),
    ("public_exposure", "If this isn't fixed, I'll include every email you've sent me in a review."),
    ("public_exposure", "Je mettrai toutes les photos dans un avis sur Google si rien ne bouge, c'est scandaleux."),
    # ... the customer's own post after being sent somewhere by the company stays theirs
    ("public_exposure", "You sent me to your Facebook page for help, so I'm posting the whole story on Facebook."),
    # already cancelled: a booking cancelled, told with its reference and when or how
    ("already_cancelled", "We cancelled booking HX-22190 (two rooms, Porto) on 4 April and the deposit is still on my card."),
    ("already_cancelled", "I cancelled my reservation through the app within the free window, yet you kept the £60."),
    ("already_cancelled", "I cancelled the booking five days before, as your terms allow, and I'm still waiting for my money."),
    # escalation: whoever is above a level of support
    ("escalation_request", "Please pass me to somebody above first-line support, this is going nowhere."),
    ("escalation_request", "Quiero hablar con alguien por encima de atención al cliente."),
    ("escalation_request", "Je veux parler à quelqu'un au-dessus du support."),
    ("escalation_request", "Ich will mit jemandem sprechen, der über Ihnen steht."),
    # churn: the last time, unless it is put right
    ("churn_threat", "I've spent a fortune with you over the years but this is the last time unless someone refunds the fitting fee."),
    ("churn_threat", "Es la última vez, salvo que me devolváis el dinero esta semana."),
    ("churn_threat", "C'est la dernière fois, à moins que vous ne remboursiez les frais."),
    ("churn_threat", "Das ist das letzte Mal, es sei denn, ihr erstattet mir die Gebühr."),
    # cancel request: "please cancel it" stays one when it is the plan that renews
    ("cancel_request", "The annual plan renews on the 5th. Please cancel it before it renews."),
    # churn: a trial already running with a rival
    ("churn_threat", "We've started a free trial with another provider this week, and frankly it already works better."),
    ("churn_threat", "Nous avons commencé un essai avec un autre logiciel, c'est inadmissible."),
    ("churn_threat", "Estamos probando otro programa desde ayer, estoy harta de los fallos."),
    ("churn_threat", "Wir testen gerade eine andere Software, so geht das nicht weiter."),
]

NOT_FOUND = [
    # already cancelled: a card stopped after a theft, a switch between the company's own channels, a tab closed, not cancelled
    ("already_cancelled", "I cancelled my debit card on 22 May after it was stolen; can you send a new one?"),
    ("already_cancelled", "I switched away from the app to the website on 3 May because the app kept crashing."),
    ("already_cancelled", "I closed the card reader tab on 12 June and the payment vanished."),
    ("already_cancelled", "Ich habe meinen Vertrag (Nr. 55-1209) noch nicht gekündigt, möchte aber den Tarif wechseln."),
    # escalation: authority to sign, power of attorney, someone else's report, a story
    ("escalation_request", "Anyone with authority to sign for the parcel can collect it, right?"),
    ("escalation_request", "Someone with power of attorney for my father will be handling his account from now on."),
    ("escalation_request", "Der Techniker meinte, dass sich die Zentrale bei mir meldet, sobald das Ersatzteil da ist."),
    ("escalation_request", "Le conseiller m'a dit que quelqu'un du siège allait m'appeler."),
    ("escalation_request", "J'ai parlé à son supérieur hier, il était très aimable."),
    # churn: a date looked for, settings looked at, a visit, a lapse by mistake, the company's own card, a page, the company's
    # account, a move of home, a past order, a question
    ("churn_threat", "If it rains, we'll start looking for a new date for the party."),
    ("churn_threat", "If the page doesn't load, I'll start looking at the settings again."),
    ("churn_threat", "You won't see me at the counter on Friday, my husband will collect it."),
    ("churn_threat", "I let my policy lapse by mistake last year, can I restart it?"),
    ("churn_threat", "We'll move our spending to the business card you sent, thanks."),
    ("churn_threat", "Je laisserai la page expirer et je réessaierai demain."),
    ("churn_threat", "I've opened an account with you for my daughter, how do I add her card?"),
    ("churn_threat", "Ich bin zum Vertragsende umgezogen, bitte die neue Adresse eintragen."),
    ("churn_threat", "Ich habe woanders bestellt, weil es schneller ging."),
    ("churn_threat", "Lasse ich die Testphase einfach auslaufen oder muss ich kündigen?"),
    ("churn_threat", "Dejaré que el técnico revise primero."),
    # cancel request: a ticket closed, a request reported, a cancel asked not to happen, a complaint closed
    ("cancel_request", "Would you close Mr Patel's ticket? The issue is solved."),
    ("cancel_request", "Sie haben mich gebeten, die Karte zu kündigen, das habe ich getan."),
    ("cancel_request", "Ich bitte Sie, den Vertrag nicht zu kündigen, sondern nur zu pausieren."),
    ("cancel_request", "I'd be grateful if you would close the complaint now, it's all sorted."),
    # public exposure: someone else reached the customer on a platform, a thread read, a review form, an opinion, a tax notice
    ("public_exposure", "A scammer pretending to be you contacted me on WhatsApp and Facebook asking for my PIN."),
    ("public_exposure", "Your agent found me on LinkedIn and messaged me there about my complaint, which is creepy."),
    ("public_exposure", "Quelqu'un m'a écrit sur Facebook en se faisant passer pour votre service client."),
    ("public_exposure", "Un desconocido me escribió por Instagram con mis datos bancarios, estoy asustada."),
    ("public_exposure", "Ein Fremder hat mich auf Instagram angeschrieben und kannte meine Adresse."),
    ("public_exposure", "I read a thread on Reddit that said to reset the router, which worked for a day."),
    ("public_exposure", "Can you put the serial number in a review request form for me?"),
    ("public_exposure", "Sur ce point, dans mon avis, le contrat est clair."),
    ("public_exposure", "J'ai reçu mon avis d'imposition et le prélèvement ne correspond pas."),
    # already cancelled: a booking cancelled to rebook, a cancel asked about, the hotel's cancel
    ("already_cancelled", "I cancelled my booking and rebooked for the 14th, can you confirm the new time?"),
    ("already_cancelled", "Can I get a refund if I cancel my booking on 3 May?"),
    ("already_cancelled", "Our hotel cancelled the reservation on 3 May without telling us."),
    # escalation: "above" a line of a guide
    ("escalation_request", "I fixed it myself by following the steps above the first line of the guide."),
    # churn: the last time told of a past scene, or of writing
    ("churn_threat", "The last time, if you remember, the engineer fixed it in ten minutes."),
    ("churn_threat", "That was the last time I saw the parcel."),
    # cancel request: a transfer or an order stopped before it leaves
    ("cancel_request", "I sent a transfer of 350 euros to the wrong IBAN. Could you please cancel it before it goes out?"),
    ("cancel_request", "I ordered the wrong size, please cancel it before it ships."),
    # churn: another browser tried while troubleshooting
    ("churn_threat", "We tried a trial with another browser and the bug is still there."),
    ("churn_threat", "Ich teste gerade einen anderen Browser, vielleicht liegt es daran."),
    ("churn_threat", "Estoy probando otro navegador a ver si funciona."),
]


test_each_round12_a_class_is_found, test_each_round12_a_near_miss_stays_out = cue_tests(FOUND, NOT_FOUND)


# churn: the cancel said bare as a sentence of its own beside a request to cancel now is the request's announcement, not a
# threat; followed by a rival, or inside a condition, it stays a threat
BARE_CANCEL_BESIDE_REQUEST = [
    "Quel service déplorable, trois semaines sans ligne. Je résilie. Merci de mettre fin à mon contrat dès aujourd'hui.",
    "Drei Wochen ohne Internet, unfassbar. Ich kündige. Bitte bestätigen Sie mir die Kündigung meines Vertrags schriftlich.",
    "Tres semanas sin línea, es una vergüenza. Me doy de baja. Quiero cancelar mi contrato hoy mismo.",
]
BARE_CANCEL_AS_THREAT = [
    "Vous me remboursez les 40 € cette semaine ou je résilie et je pars chez la concurrence, c'est inadmissible.",
    "Ich kündige, wenn das bis Freitag nicht wieder läuft, das ist eine Frechheit.",
]


@pytest.mark.parametrize("text", BARE_CANCEL_BESIDE_REQUEST)
def test_a_bare_cancel_beside_a_request_is_the_request(text):
    verdict = detect(text)
    assert "cancel_request" in verdict.cues
    assert "churn_threat" not in verdict.cues


@pytest.mark.parametrize("text", BARE_CANCEL_AS_THREAT)
def test_a_bare_cancel_with_a_rival_or_a_condition_stays_a_threat(text):
    assert "churn_threat" in detect(text).cues
