"""Classes of error found reading a ninth round of fresh messages (writers 26 and 27) for the cues about leaving and
going over the agent's head: churn said as the last purchase, as not coming back, as the business carried to a rival or
another firm hired; a cancel asked for with a verb form or an object the patterns lacked, or as auto-renewal switched
off; a cancel told by the service's name or as notice given; someone senior asked to review, to answer or to have the
case forwarded; a review or the local press as the threat, and a platform that someone else posted on as no threat.
Each class is tested both ways on sentences written here: what must now be found, and the near miss that must not."""

import pytest

from worker.detector import DetectionContext, detect


def cues(text: str, subject: str = "") -> set[str]:
    return set(detect(text, DetectionContext(subject=subject) if subject else None).cues)


# -- 1. churn: the last purchase, not coming back, the business carried to a rival, another firm hired ---------------

CHURN_FOUND = [
    # the purchase just made told as the last
    "The van broke down twice in three days and nobody picked up the phone. That was my last rental with you.",
    "Le séjour a été un cauchemar du début à la fin. C'était mon dernier séjour chez vous.",
    "El pedido llegó roto y nadie contesta los correos. Ha sido mi última compra con vosotros.",
    "Drei Wochen Verspätung und kein Wort von Ihnen. Das war meine letzte Bestellung bei Ihnen.",
    # not coming back, said plainly
    "You sold my email address to a partner and now I get spam every day. Keep your voucher, I'm not coming back.",
    "Le serveur nous a ignorés pendant une heure. Je ne reviendrai pas, ni mes collègues.",
    "Nos cobraron dos veces la cena y encima de malas maneras. No vuelvo nunca más.",
    "Die Kabine war dreckig und das Personal unfreundlich. Ich komme garantiert nicht wieder.",
    # the business carried to a rival, with what is carried between
    "If the invoices are not corrected this week I'll be moving all forty of our client domains to another registrar.",
    "Fix the door entry by Friday or we're taking the whole design team to the place across the road.",
    "Si no me devolvéis el dinero me llevo a toda la familia a la de enfrente.",
    "Si rien ne change, je vais chez le concurrent d'en face dès lundi.",
    "Wenn das nicht bis Freitag geklärt ist, gehe ich mit dem ganzen Team zum Studio gegenüber.",
    # another firm hired in the future tense
    "Either the installer comes on Thursday as promised or you refund the deposit and I'll hire a local electrician.",
    "Sans date ferme d'ici vendredi, je prendrai un autre artisan et je demanderai le remboursement.",
    "Wenn bis Montag niemand kommt, beauftrage ich eine andere Firma und verlange das Geld zurück.",
    "Twelve weeks for a mortgage offer. Call me by Monday or I'll accept the offer from another lender.",
    # a conditional withdrawal from the purchase
    "Liefern Sie bis Freitag, andernfalls trete ich vom Kauf zurück.",
    # the Spanish clitic ("compraros")
    "Tercer retraso con el mismo pedido. No vuelvo a compraros nada.",
]

CHURN_NOT_FOUND = [
    # an earlier purchase, not the last one
    "My last order with you arrived with a cracked lid, could you send a replacement lid only?",
    "Ma dernière commande chez vous est arrivée sans notice, pourriez-vous me l'envoyer par mail ?",
    # a move done to the customer, or told in the past
    "Meine Domain wurde gestern ohne meine Zustimmung zu einem anderen Anbieter transferiert. Bitte prüfen Sie das.",
    "My domain was transferred to another registrar without my consent last night. Please help me get it back.",
    # a story about a local firm, and a login
    "I had to get a local plumber out last week because the boiler leaked, can you reimburse the call-out fee?",
    "Ich komme nicht wieder rein in mein Konto, das Passwort wird nicht akzeptiert.",
    # a polite cancel is a cancel request, not churn
    "I'd like to cancel my membership at the end of this month, please. Thanks for everything.",
    # a calm return visit
    "We loved the stay and will definitely be back next summer!",
]


@pytest.mark.parametrize("text", CHURN_FOUND)
def test_leaving_said_as_the_last_purchase_or_another_firm_is_churn(text):
    assert "churn_threat" in cues(text)


@pytest.mark.parametrize("text", CHURN_NOT_FOUND)
def test_an_earlier_purchase_a_move_done_to_them_or_a_polite_cancel_is_no_churn(text):
    assert "churn_threat" not in cues(text)


def test_a_polite_cancel_stays_calm_and_a_cancel_request():
    verdict = detect("Hello, I'd like to cancel my membership at the end of this month, please. Thanks for everything.")
    assert not verdict.negative
    assert "cancel_request" in verdict.cues


# -- 2. cancel request: verb forms, a named plan, auto-renewal switched off -----------------------------------------

CANCEL_FOUND = [
    # German imperative to several people, and the polite past of wanting
    "Ich hab echt keine Lust mehr. Kündigt bitte meinen Vertrag zum Monatsende, Kundennummer 44-1182.",
    "Hallo, ich wollte meinen Tarif zum nächsten Monat kündigen. Was muss ich dafür tun?",
    "Hola, quería cancelar mi plan familiar antes de que se renueve. ¿Me lo confirmáis?",
    "Bonjour, je voulais résilier mon abonnement avant le renouvellement de mars.",
    # announced in the present, with nothing after it
    "You promised a 14-day cooling-off period in the contract. I am cancelling, and I expect every penny back.",
    # auto-renewal switched off, any way round
    "Please switch off auto-renew on the photography domain, I won't need it after June.",
    "Could you turn the automatic renewal off for my storage plan? I'm moving everything to a hard drive.",
    "Por favor, desactivad la renovación automática de mi cuenta antes del día 3.",
    "Merci de désactiver le renouvellement automatique de mon abonnement.",
    "Bitte die automatische Verlängerung meines Abos deaktivieren, ich brauche es nicht mehr.",
    # asking how to cancel with nothing after, and a named plan wanted cancelled
    "Every button in the app leads to a discount offer. How do I actually cancel?",
    "I want my StreamBox Family cancelled today, no more offers please.",
]

CANCEL_NOT_FOUND = [
    # an order or a card is not the account
    "I want my order cancelled, it's been three weeks and it still hasn't shipped.",
    "I want my card cancelled and a new one sent, it was stolen this morning.",
    # auto-renewal told as done, not asked
    "I turned off auto-renew in March and you still renewed the plan. Please refund it.",
    # a cancel on a condition is a threat to leave
    "If the router isn't replaced by Friday I am cancelling.",
]


@pytest.mark.parametrize("text", CANCEL_FOUND)
def test_a_cancel_asked_any_way_is_a_cancel_request(text):
    assert "cancel_request" in cues(text)


@pytest.mark.parametrize("text", CANCEL_NOT_FOUND)
def test_an_order_a_card_a_done_switch_off_or_a_condition_is_no_cancel_request(text):
    assert "cancel_request" not in cues(text)


def test_a_cancel_on_a_condition_is_churn():
    assert "churn_threat" in cues("If the router isn't replaced by Friday I am cancelling.")


# -- 3. already cancelled: the service by its name, notice given ----------------------------------------------------

ALREADY_FOUND = [
    "I cancelled BrightBox on 3 March and have the confirmation. Why was I charged in April?",
    "We cancelled the Pro Teams plan back in January, yet the invoices keep coming.",
    "I ended my FlexiDesk weekend membership in May, so the June charge is a mistake.",
    "I gave you my one-month notice in writing on 2 May and handed back the keys.",
    "Di el preaviso por escrito en febrero y aun así me habéis cobrado marzo.",
    "J'ai donné mon préavis le 10 janvier, pourquoi ce prélèvement en février ?",
]

ALREADY_NOT_FOUND = [
    # an order or a booking cancelled is another story
    "I cancelled my order on Monday because it was late; has the refund gone through?",
    # notice asked about, not given
    "How much notice do I need to give to end the membership?",
]


@pytest.mark.parametrize("text", ALREADY_FOUND)
def test_a_cancel_told_by_name_or_as_notice_given_is_already_cancelled(text):
    assert "already_cancelled" in cues(text)


@pytest.mark.parametrize("text", ALREADY_NOT_FOUND)
def test_an_order_cancelled_or_a_notice_asked_about_is_not_already_cancelled(text):
    assert "already_cancelled" not in cues(text)


# -- 4. escalation: someone senior to review, answer or take the forwarded case -------------------------------------

ESCALATION_FOUND = [
    "I would like this complaint reviewed by a manager rather than the person who made the mistake.",
    "I request that your Head of Customer Experience contact me in writing within ten days.",
    "I expect a formal apology from the hotel's management for the way I was spoken to.",
    "Espero una disculpa por escrito de la dirección del restaurante.",
    "J'attends des excuses écrites de la direction pour l'accueil que nous avons reçu.",
    "Ich erwarte eine Stellungnahme der Geschäftsleitung zu diesem Vorfall.",
    "Ich bitte um Weiterleitung an eine verantwortliche Person, die diesmal wirklich entscheidet.",
    "Bitte leiten Sie dieses Schreiben an Ihre Rechtsabteilung weiter.",
    "Please pass this to your legal department, the fee is not in the contract I signed.",
    "Ich möchte, dass sich endlich eine Teamleitung um meinen Fall kümmert.",
    "Je souhaite que ma réclamation soit examinée par un responsable.",
    "Quiero que mi caso sea revisado por un responsable y no por el mismo agente.",
]

ESCALATION_NOT_FOUND = [
    # a story of who looked at it, and an address
    "It was reviewed by a manager last week, who agreed to the refund; it just hasn't arrived.",
    "¿Podéis enviarme la respuesta a la dirección de correo nueva que os di?",
    "The head of the queue moved quickly and I was seen in ten minutes, thanks.",
]


@pytest.mark.parametrize("text", ESCALATION_FOUND)
def test_someone_senior_asked_to_review_answer_or_take_the_case_is_escalation(text):
    assert "escalation_request" in cues(text)


@pytest.mark.parametrize("text", ESCALATION_NOT_FOUND)
def test_a_review_told_in_the_past_or_an_email_address_is_no_escalation(text):
    assert "escalation_request" not in cues(text)


# -- 5. public exposure: a review, the local press; a platform someone else posted on -------------------------------

PUBLIC_FOUND = [
    "Sonst schreibe ich das genau so in meine Google-Bewertung.",
    "Wenn das Geld nicht kommt, werde ich eine entsprechende Bewertung schreiben.",
    "If nobody answers by Friday I'll be sharing the whole story with the local news.",
    "Si no me devolvéis el dinero, lo mando a los periódicos con fotos.",
    "Wird das nicht erstattet, geht die Geschichte an die Lokalzeitung.",
    "Fix it or the video of your driver goes on TikTok tonight.",
]

PUBLIC_NOT_FOUND = [
    # someone else posted about the customer, and the customer's own trade
    "The cleaner you sent has posted photos of my living room on Instagram without asking. Please have them removed.",
    "Le photographe a publié sur Facebook des photos de mes enfants sans notre accord.",
    "Die Hundesitterin hat Fotos von meiner Haustür auf Instagram gepostet, bitte lassen Sie das löschen.",
    "I'm a journalist and the VPN dropped last night while I was travelling; can you check the logs?",
    "Soy periodista y necesito la factura a nombre del periódico, por favor.",
    # the TV set is not the press
    "L'écran de la télé est arrivé fissuré, je veux un échange.",
]


@pytest.mark.parametrize("text", PUBLIC_FOUND)
def test_a_review_or_the_local_press_as_a_threat_is_public_exposure(text):
    assert "public_exposure" in cues(text)


@pytest.mark.parametrize("text", PUBLIC_NOT_FOUND)
def test_someone_elses_post_a_trade_or_a_tv_set_is_no_public_exposure(text):
    assert "public_exposure" not in cues(text)


def test_the_customers_own_post_stays_public_exposure():
    text = "Your staff ignored me for a week, so I have posted the whole thread on Facebook. Refund me."
    assert "public_exposure" in cues(text)


def test_a_subject_naming_posted_photos_is_the_topic_not_a_threat():
    text = "A stranger booked through your app put my front door online. Please remove my address."
    assert "public_exposure" not in cues(text, subject="Photos of my house on Instagram")


def test_unease_at_being_exposed_is_distress():
    text = "La promeneuse a mis mon adresse en ligne. Je vis seule et ça me met très mal à l'aise."
    assert "distress" in cues(text)


# -- 6. a second batch, written and scored before any pattern was written for it (19 of 45 wrong before this round, 11
# after the classes above; the rest then fixed by class: "the last booking I make with you", "you won't see me again",
# signed up with a competitor, "je veux résilier, comment je fais ?", "le directeur de l'agence", a post in the simple
# past by someone else) ----------------------------------------------------------------------------------------------

SECOND_BATCH = [
    ("Honestly this was the last booking I make with you lot. The room smelled of smoke.", "churn_threat", True),
    ("After this fiasco, that's my final order from you.", "churn_threat", True),
    ("I've already signed up with your competitor, so just refund the last month.", "churn_threat", True),
    ("Keep your 20% off. You won't see me again.", "churn_threat", True),
    ("C'est la dernière fois que je réserve chez vous.", "churn_threat", True),
    ("No me volvéis a ver el pelo.", "churn_threat", True),
    ("Ihr habt mich als Kunden verloren.", "churn_threat", True),
    ("If this isn't fixed we'll be taking our payroll to another provider at renewal.", "churn_threat", True),
    ("Sort it out or I'll get a different garage to finish the job and send you the bill.", "churn_threat", True),
    ("We will be moving our 12 licences to a different vendor next quarter.", "churn_threat", True),
    ("I bought it from another shop in the end, the price was the same.", "churn_threat", False),
    ("My last stay with you was lovely, which is why this one was such a surprise.", "churn_threat", False),
    ("Please cancel my subscription, I'm travelling for a year.", "churn_threat", False),
    ("Can you stop the auto-renewal on my antivirus licence?", "cancel_request", True),
    ("I no longer need the Premium tier, please downgrade me to free and stop charging.", "cancel_request", False),
    ("Please close my account and send me the remaining balance.", "cancel_request", True),
    ("Por favor, cancelad mi cuenta Premium hoy mismo.", "cancel_request", True),
    ("Je veux résilier, comment je fais ?", "cancel_request", True),
    ("Bitte beendet mein Abo zum Monatsende.", "cancel_request", True),
    ("I'd like my Gold membership closed at the end of the month.", "cancel_request", True),
    ("How can I cancel?", "cancel_request", True),
    ("How do I cancel an order I placed by mistake?", "cancel_request", False),
    ("I cancelled Netflix last year, so this charge isn't mine.", "already_cancelled", True),
    ("I terminated my contract with you in writing on 1 March.", "already_cancelled", True),
    ("Ich habe zum 31.12. gekündigt und trotzdem wurde abgebucht.", "already_cancelled", True),
    ("J'ai résilié en janvier, et vous me prélevez encore.", "already_cancelled", True),
    ("Me di de baja hace dos meses y seguís cobrando.", "already_cancelled", True),
    ("I cancelled my flight on Monday, when do I get the refund?", "already_cancelled", False),
    ("I'd like to speak with someone who can actually authorise a refund.", "escalation_request", True),
    ("Please have the store manager ring me back today.", "escalation_request", True),
    ("I expect an explanation from your director of operations.", "escalation_request", True),
    ("Quiero que un superior revise mi caso.", "escalation_request", True),
    ("Je demande que le directeur de l'agence me rappelle.", "escalation_request", True),
    ("Ich verlange ein Gespräch mit der Filialleitung.", "escalation_request", True),
    ("Please forward this to your complaints department.", "escalation_request", True),
    ("Bitte leiten Sie die Rechnung an meine Buchhaltung weiter.", "escalation_request", False),
    ("The manager at the branch was lovely and sorted it in minutes.", "escalation_request", False),
    ("Next stop is a one-star review everywhere I can find.", "public_exposure", True),
    ("I'm going to tell everyone on the neighbourhood Facebook group.", "public_exposure", True),
    ("Je vais en parler à la presse locale.", "public_exposure", True),
    ("Voy a dejar una reseña en Google contando todo.", "public_exposure", True),
    ("Ich werde das auf Instagram öffentlich machen.", "public_exposure", True),
    ("Ich gebe Ihnen eine schlechte Bewertung auf Trustpilot.", "public_exposure", True),
    ("Your agent posted my complaint on Twitter with my name in it.", "public_exposure", False),
    ("I read on Reddit that other users have the same problem; is there a fix?", "public_exposure", False),
]


@pytest.mark.parametrize(("text", "cue", "expected"), SECOND_BATCH)
def test_second_batch(text, cue, expected):
    assert (cue in cues(text)) is expected


# -- 7. from the other readable sets: a hyphenated plan name in a German cancel told as done, and "pass me to someone
# who can" with nothing after it ---------------------------------------------------------------------------------

def test_a_hyphenated_plan_name_does_not_hide_a_cancel_told_as_done():
    text = "Ich habe meine Premium-Mitgliedschaft zum 30.06. gekündigt, trotzdem kam im Juli eine Abbuchung."
    assert "already_cancelled" in cues(text)


def test_a_hyphenated_plan_name_not_cancelled_is_not_already_cancelled():
    assert "already_cancelled" not in cues("Ich habe meine Premium-Mitgliedschaft noch nicht gekündigt, wie geht das?")


@pytest.mark.parametrize("text", [
    "If first-line support can't see the account settings, please pass me to someone who can.",
    "Si usted no puede cambiarlo, pásenme con alguien que pueda hacerlo.",
    "Si vous n'avez pas accès au dossier, passez-moi quelqu'un qui peut trancher.",
    "Dann verbinden Sie mich bitte mit jemandem, der das entscheiden kann.",
])
def test_someone_who_can_is_escalation(text):
    assert "escalation_request" in cues(text)


def test_someone_who_can_read_it_is_no_escalation():
    assert "escalation_request" not in cues("I've attached the invoice so anyone can read it when they have a minute.")


# -- 8. a cancel sent but never confirmed, with no charge after it, is still asked for ----------------------------

@pytest.mark.parametrize("text", [
    "I have cancelled twice by email, most recently on 4 May, and never got any confirmation. Please confirm it now.",
    "Ich habe mein Handy-Abo schon zweimal gekündigt, zuletzt am 03.04., und bis heute keine Bestätigung bekommen.",
    "J'ai résilié deux fois par courrier et je n'ai reçu aucune confirmation à ce jour.",
    "Ya cancelé dos veces por correo y sigo sin confirmación de nada.",
])
def test_an_unconfirmed_cancel_with_no_charge_is_not_already_cancelled(text):
    assert "already_cancelled" not in cues(text)


def test_an_unconfirmed_cancel_charged_after_stays_already_cancelled():
    text = "I cancelled my membership on 2 March and had no confirmation, and you have charged me again in April."
    assert "already_cancelled" in cues(text)


# -- 9. a third batch, written and scored before its patterns (9 of 34 wrong on main, 10 after sections 1-8: "switched"
# had been read as the customer's own move when a neighbour made it), then fixed by class: off to the rivals, quotes
# from elsewhere, "don't expect our business", "la dernière fois que vous me voyez", a forum told, the customer's blog,
# "las redes", a platform where something was found -------------------------------------------------------------

THIRD_BATCH = [
    ("Third missed delivery. I'm off to your rivals as soon as this refund lands.", "churn_threat", True),
    ("We've been customers for nine years and I'm now getting quotes elsewhere.", "churn_threat", True),
    ("Don't expect our business next season.", "churn_threat", True),
    ("Franchement, c'est la dernière fois que vous me voyez.", "churn_threat", True),
    ("Como no lo arregléis, me paso a la competencia este mismo mes.", "churn_threat", True),
    ("Wenn das so weitergeht, suche ich mir einen neuen Anbieter.", "churn_threat", True),
    ("I moved to a new flat last month, can you update my address?", "churn_threat", False),
    ("My neighbour switched to another provider and says it's fine, but I'd rather stay if you can fix the speed.", "churn_threat", False),
    ("Please close my savings account and transfer the balance to my current account.", "cancel_request", True),
    ("I'm writing to terminate our agreement with effect from 1 July.", "cancel_request", True),
    ("Merci de clôturer mon compte à la fin du mois.", "cancel_request", True),
    ("Quiero darme de baja del gimnasio a final de mes.", "cancel_request", True),
    ("Hiermit kündige ich meine Mitgliedschaft fristgerecht.", "cancel_request", True),
    ("Can I cancel a single class without losing my membership?", "cancel_request", False),
    ("If I cancel later, is there a fee?", "cancel_request", False),
    ("We closed the account last autumn but the direct debit still went out.", "already_cancelled", True),
    ("I'm no longer a member since February and you still take the fee.", "already_cancelled", True),
    ("Ich bin seit März kein Kunde mehr bei Ihnen.", "already_cancelled", True),
    ("Hace un mes que di de baja la línea.", "already_cancelled", True),
    ("Ça fait deux mois que j'ai résilié mon forfait.", "already_cancelled", True),
    ("I was going to cancel but decided to stay on the cheaper plan.", "already_cancelled", False),
    ("Could a supervisor look at this today, please?", "escalation_request", True),
    ("I want to speak to someone higher up than the call centre.", "escalation_request", True),
    ("Exijo hablar con un superior.", "escalation_request", True),
    ("Je veux parler à votre supérieur immédiatement.", "escalation_request", True),
    ("Ich möchte mit Ihrem Vorgesetzten sprechen.", "escalation_request", True),
    ("My manager asked me to chase the invoice, can you resend it?", "escalation_request", False),
    ("Our head of finance needs the invoice in PDF, please.", "escalation_request", False),
    ("I'll make sure everyone on Mumsnet hears about this.", "public_exposure", True),
    ("Ce sera sur mon blog et sur Google dès ce soir.", "public_exposure", True),
    ("Esto lo voy a contar en todas las redes.", "public_exposure", True),
    ("Das kommt in meine Bewertung bei Check24.", "public_exposure", True),
    ("I found your number on Facebook, is this the right place for billing?", "public_exposure", False),
    ("Je vous ai laissé un avis 5 étoiles sur Google, merci encore !", "public_exposure", False),
]


@pytest.mark.parametrize(("text", "cue", "expected"), THIRD_BATCH)
def test_third_batch(text, cue, expected):
    assert (cue in cues(text)) is expected


def test_a_platform_read_then_a_threat_to_post_stays_public_exposure():
    text = "I read your reply twice and I'm posting the whole thread on Twitter tonight."
    assert "public_exposure" in cues(text)
