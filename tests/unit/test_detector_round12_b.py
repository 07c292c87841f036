"""Classes of cue error found reading round 12's two readable writers (session 12, second half: the cues said sideways),
each tested on sentences written here, in the languages where the class exists.

Legal threat: the ombudsman or mediator named as an institution, in a compound or by its scheme ("den
Versicherungsombudsmann einschalten", "je saisirai la Médiation de l'Assurance", "the ADR claim goes in"); the bank asked
or said to claw the money back ("ask my bank to claw them back", "raise this with Amex", "my bank says they can do a
chargeback"), the FOS by its initials, the money taken back through PayPal; not a court the customer attends (a hearing, as a witness). Repeat contact: what one person at support
said, or the hotline's advice ("la hotline me conseille de", "Der Mitarbeiter vor Ort meinte", "la chica de recepción me
dijo", "your chatbot told me"); the earlier contacts counted with their channel ("two phone calls with your team",
"zweimal den Chat genutzt", "zweimal schriftlich angemahnt", "he ido tres veces", "troisième demande"), logged under a
reference, chased ("euch hinterherzutelefonieren"), time on hold, getting through to support, a request on a past day
("je vous ai demandé", "I requested a refund on the 3rd"); not a bot answering as the customer writes, a promise at the
counter, or a count of anything else. Abuse: contempt said sideways -- the person behind a decision called a "genius", the
firm a circus, a task "not complicated, even for you", whether anyone there tests or knows anything, a verdict on "the lot
of you", "unos chapuzas"; not praise of a real genius or a circus ticket, and not a guess that a fraudster's text is a
scam ("I'm assuming it's a scam"). Urgency: the last doses counted or said to last until a near day, guests due at a
clock time, the customer due somewhere at a clock time (summoned, or said as need), papers to file by a near day, the rent
leaving on a day of the month; not doses or guests with no time pressure, nor a past summons, nor urgency denied in
es/fr/de ("nichts Dringendes", "keine dringende Sache", "aucune urgence"). Distress: worry as an idiom of the body ("morte
d'inquiétude", "krank vor Sorge"), not knowing how to get home or through; not a care home that is the writer's workplace,
nor the date of an "either ... or" ultimatum ("O me devolvéis ... antes del día 10, o devuelvo los recibos"),
nor "am Ende" that is the end of the month or of the writer's patience. The writer fed up, said as an idiom ("keinen Nerv
mehr", "ça commence à bien faire", "vaya tela", "I've run out of patience") or loyalty repaid as sarcasm ("voilà comment on
est remerciée", "is this how you treat loyal customers?"), makes the message upset."""


import pytest

from tests.unit.cue_cases import cue_tests
from worker.detector import detect
from worker.detector.matching import word_start_offsets
from worker.detector.signals import find_signals

FOUND = [
    # legal threat: the ombudsman or mediator as an institution
    ("legal_threat", "Wenn bis Monatsende nichts passiert, wende ich mich an den Bankenombudsmann. Das ist eine Zumutung."),
    ("legal_threat", "Faute de réponse sous huit jours, je saisirai la médiation de la consommation. C'est inadmissible."),
    ("legal_threat", "Frankly this is ridiculous. If the voucher isn't converted to cash by Friday, the ADR claim goes in."),
    ("legal_threat", "Es una vergüenza. Si no me pagan el siniestro, acudiré al Defensor del Asegurado."),
    # ... the bank asked or said to claw the money back
    ("legal_threat", "This is absurd. Refund both months by Monday or I'll just ask my bank to claw them back."),
    ("legal_threat", "I'm fed up. Give me one reason I shouldn't raise this with Amex and let them recover it."),
    ("legal_threat", "Honestly, what a joke. My bank told me they can open a chargeback if you keep ignoring me."),
    # ... the Financial Ombudsman Service by its initials, the money taken back through PayPal
    ("legal_threat", "This is outrageous. If the default isn't removed by Friday, it goes straight to the FOS."),
    ("legal_threat", "Unverschämt. Bis Montag, sonst hole ich mir die 80 € über PayPal zurück."),
    ("legal_threat", "C'est inadmissible : sans remboursement, je réclame la somme via PayPal."),
    ("legal_threat", "Es una vergüenza, si no me contestáis lo reclamo por PayPal."),
    # repeat contact: what one person at support said, or the hotline's advice
    ("repeat_contact", "La hotline me conseille de réinstaller l'application, ce que j'ai fait quatre fois."),
    ("repeat_contact", "Der Mitarbeiter am Schalter meinte, das Paket sei schon unterwegs."),
    ("repeat_contact", "El chico de la tienda me dijo que la pieza llegaba el martes."),
    ("repeat_contact", "Your chatbot told me the refund was approved, but nothing has arrived."),
    # ... the earlier contacts counted with their channel
    ("repeat_contact", "I've had three calls with your billing team about this meter."),
    ("repeat_contact", "Ich habe dreimal das Kontaktformular genutzt, ohne Ergebnis."),
    ("repeat_contact", "Die Gutschrift habe ich zweimal telefonisch angemahnt."),
    ("repeat_contact", "He pasado cuatro veces por la oficina y nadie sabe nada."),
    ("repeat_contact", "Quatrième demande de remboursement pour la même commande."),
    # ... logged under a reference, chased, on hold, got through
    ("repeat_contact", "I raised it under case #55120 last month and heard nothing."),
    ("repeat_contact", "Ich habe keine Zeit, Ihnen ständig hinterherzuschreiben."),
    ("repeat_contact", "I was on hold for forty minutes before the line dropped."),
    ("repeat_contact", "Llevo veinte minutos en espera y sigo sin hablar con nadie."),
    ("repeat_contact", "When I finally got through to your helpline they said the engineer was booked."),
    # ... a request made on a past day
    ("repeat_contact", "Je vous ai demandé la facture corrigée il y a deux semaines."),
    ("repeat_contact", "I requested a refund for the broken kettle on the 4th and it still hasn't arrived."),
    ("repeat_contact", "I sent the form in March and then emailed on Monday; no answer to either."),
    # abuse: the decision-maker as a "genius", the firm as a circus
    ("abuse", "Some genius decided the checkout should log me out after thirty seconds. Fix it."),
    ("abuse", "Le petit génie qui a conçu ce formulaire ne l'a jamais essayé, c'est lamentable."),
    ("abuse", "Welches Genie hat sich diese Preiserhöhung ausgedacht? Unverschämt."),
    ("abuse", "Vaya lumbrera el que diseñó esta app, no funciona nada."),
    ("abuse", "I have no idea who runs this circus but three parcels have gone missing."),
    ("abuse", "Franchement, quel cirque, personne ne sait rien chez vous."),
    ("abuse", "Was für ein Affenzirkus, keiner weiß Bescheid."),
    ("abuse", "Menudo circo tenéis montado con las devoluciones."),
    # ... "even for you", does anyone there test, the lot of you
    ("abuse", "Send the refund to the card I paid with. It's hardly rocket science, even for you lot."),
    ("abuse", "Ce n'est pas sorcier, même pour vous : remboursez la commande."),
    ("abuse", "Das ist doch nicht schwer, selbst für euch. Einfach die Gutschrift buchen."),
    ("abuse", "No es tan difícil, ni siquiera para vosotros: devolvedme el dinero."),
    ("abuse", "Does anybody there even check the invoices before sending them out?"),
    ("abuse", "Testet bei euch eigentlich jemand die Updates, bevor sie rausgehen?"),
    ("abuse", "Shameless, the whole lot of you. I want my deposit back."),
    ("abuse", "Unfähig, allesamt. Ich will mein Geld zurück."),
    # urgency: the last doses, guests due at a clock time, due somewhere at a clock time, papers to file, the rent leaving
    ("urgency", "My daughter has three insulin pens left and the delivery still shows 'delayed'."),
    ("urgency", "What's in the cupboard will last us until Thursday, no longer."),
    ("urgency", "Il me reste deux comprimés et la pharmacie ne reçoit rien."),
    ("urgency", "J'ai de quoi tenir jusqu'à demain soir, pas plus."),
    ("urgency", "Me quedan dos pastillas y el pedido sigue sin salir."),
    ("urgency", "Die Spritzen reichen nur noch bis Sonntag."),
    ("urgency", "Our guests are arriving at 6 and the caterer's order is nowhere."),
    ("urgency", "Les invités arrivent à 19h et le traiteur ne répond pas."),
    ("urgency", "Los invitados llegan a las 8 y la tarta no ha llegado."),
    ("urgency", "Die Gäste kommen heute um 18 Uhr und das Buffet fehlt."),
    ("urgency", "I need to be in Bristol by 2pm for my mother's hospital appointment and the train is cancelled."),
    ("urgency", "Nous devons être à l'aéroport pour 6h et le taxi n'est pas venu."),
    ("urgency", "Estoy citada en el consulado mañana a las 9 y no tengo el pasaporte."),
    ("urgency", "Ich bin morgen um 8 Uhr zur Prüfung angemeldet und der Laptop ist kaputt."),
    ("urgency", "I have the payroll report to submit by Friday and the export still fails."),
    ("urgency", "Le loyer est prélevé le 3 et ma carte est toujours bloquée."),
    ("urgency", "El alquiler se cobra el día 1 y la cuenta sigue bloqueada."),
    ("urgency", "Tengo que estar en Valencia antes del viernes, o pierdo la plaza del curso."),
    # distress: worry as an idiom of the body, not knowing how to get home or through
    ("distress", "Mon père a disparu des radars depuis la panne, je suis malade d'inquiétude."),
    ("distress", "Estamos muertos de miedo, alguien ha entrado en la cuenta de mi madre."),
    ("distress", "Ich bin außer mir vor Sorge, meine Tochter sitzt allein am Flughafen fest."),
    ("distress", "The card is blocked, we're abroad with a baby and I really don't know how we're going to get home."),
    ("distress", "Nos han cancelado el vuelo y no sé cómo vamos a regresar con los niños."),
    ("distress", "Plus de carte, plus de liquide : je ne sais plus comment on va rentrer."),
    ("distress", "Das Konto ist gesperrt und ich weiß echt nicht, wie wir über die Runden kommen sollen."),
]

NOT_FOUND = [
    # legal threat: a court the customer attends, an ombudsman asked about calmly, the bank for a new card
    ("legal_threat", "I'm a barrister and often travel for court hearings, is there a flexible fare?"),
    ("legal_threat", "Ich bin morgen um 10 Uhr am Amtsgericht als Zeugin geladen und brauche eine frühere Verbindung."),
    ("legal_threat", "Je suis convoqué au tribunal comme témoin jeudi, puis-je décaler mon billet ?"),
    ("legal_threat", "Could you tell me which ombudsman scheme your company belongs to? Just curious for my records."),
    ("legal_threat", "My bank says the replacement card will arrive on Friday, thanks for your help."),
    ("legal_threat", "I paid through PayPal, could you tell me when the refund will show? Thanks."),
    # repeat contact: a bot answering as the customer writes, a promise at the counter, a count of other things
    ("repeat_contact", "El chatbot me dice que no encuentra mi pedido, ¿me ayudan?"),
    ("repeat_contact", "Me dijisteis que la bici estaría el jueves; sin prisa, ¿sabéis algo?"),
    ("repeat_contact", "I've had three parcels with your courier this month and all were fine."),
    ("repeat_contact", "He ido tres veces a Roma con vosotros y siempre genial."),
    ("repeat_contact", "Ich wurde am selben Tag geimpft und habe eine Frage zum Reisetermin."),
    ("repeat_contact", "I requested a brochure last year; could you send this year's edition?"),
    # abuse: praise of a real genius, a circus as what was booked, a guess about a fraudster's text, a task easy for us
    ("abuse", "The Genius at your Covent Garden store sorted my laptop in minutes, thank you!"),
    ("abuse", "Can I swap my circus tickets for Sunday's performance instead? No problem if not."),
    ("abuse", "I got a text claiming to be from your bank and I'm assuming it's a scam. Should I forward it?"),
    ("abuse", "It's not complicated for us to update the address ourselves, is it? Happy to do it in the app."),
    # urgency: doses or guests with no time pressure, a summons told as past
    ("urgency", "Could you tell me whether the tablets come in blister packs or a bottle?"),
    ("urgency", "Our guests loved the hamper you sent last Christmas, could we order another?"),
    ("urgency", "Last month I was summoned as a witness and missed my flight; I'd like to know about the refund policy."),
    ("urgency", "Es ist wirklich nichts Dringendes, melden Sie sich, wenn Sie Zeit haben."),
    ("urgency", "Keine dringende Sache, nur eine Frage zur Rechnung."),
    ("urgency", "Il n'y a aucune urgence, c'est juste pour mon information."),
    # urgency: the date of an "either ... or" ultimatum whose second arm is the customer's act
    ("urgency", "O me devolvéis los 45 € antes del lunes, o pongo una reclamación en consumo y devuelvo el recibo."),
    ("urgency", "Ou vous me remboursez avant jeudi, ou je saisis le médiateur. C'est inadmissible."),
    # distress: a care home as the writer's workplace
    ("distress", "I work at a care home and need my shift rota emailed rather than posted, please."),
    # distress: "am Ende" as the end of something, patience at its end
    ("distress", "Meine Geduld ist langsam am Ende, die dritte falsche Rechnung in Folge."),
]


test_each_round12_b_class_is_found, test_each_round12_b_near_miss_stays_out = cue_tests(FOUND, NOT_FOUND)


# The writer fed up, said as an idiom, or loyalty repaid as sarcasm: an upset message however polite the rest.
FED_UP = [
    "The invoice shows the wrong VAT number again. I've run out of patience with your billing portal.",
    "Die Rechnung ist schon wieder falsch. Ich hab keinen Nerv mehr für so was, bitte korrigieren.",
    "Le colis n'est toujours pas là. Ça commence à bien faire, merci de me dire où il est.",
    "Otra vez me cobran dos veces el mismo mes. Vaya tela, de verdad, devuélvanmelo por favor.",
    "Fifteen years with you and a surprise fee on my statement. Is this how you treat loyal customers?",
    "Zehn Jahre Kunde und jetzt eine Gebühr ohne Ankündigung. So dankt man es treuen Kunden.",
]
CALM_ALIKE = [
    "Could you tell me how you treat customer data when an account is closed? Thanks.",
    "Am Ende des Monats ziehe ich um, bitte ändern Sie ab dann meine Adresse. Vielen Dank!",
]


@pytest.mark.parametrize("text", FED_UP)
def test_a_fed_up_idiom_is_upset(text):
    assert detect(text).negative


@pytest.mark.parametrize("text", CALM_ALIKE)
def test_the_words_of_those_idioms_in_a_calm_request_stay_calm(text):
    verdict = detect(text)
    assert not verdict.negative and "distress" not in verdict.cues


LOYALTY_SARCASM = [
    "vingt ans chez vous et des frais cachés : voilà comment on est remerciés.",
    "clientes de toda la vida y así tratáis a los clientes fieles.",
    "so dankt man es treuen kunden.",
    "and this is how you treat long-standing customers.",
]


@pytest.mark.parametrize("lower", LOYALTY_SARCASM)
def test_loyalty_repaid_as_sarcasm_is_an_upset_mark(lower):
    assert any(group == "upset" for group, _, _ in find_signals(lower, word_start_offsets(lower)))
