"""Classes of cue error found reading round 17's two readable writers (writers 50 and 51, session 17, det17a), each tested
on sentences written here, in the languages where the class exists.

Public exposure: the photos or the story put up on a named platform with words between the act and the place (photos of the
damage put up on your Facebook page, "publico el vídeo en redes", "lo cuento con capturas en Forocoches", "je raconte toute
l'histoire sur Google", "en vous taguant", "un avis bien salé sur Google", "eine Bewertung mit Bildern schreibe ich"); not
Google Maps or Drive, not an opinion asked for, not a review promised gladly. Escalation: someone in charge asked to call or
explain with the department between ("que un responsable del almacén me llame"), a call demanded from the branch management
or a responsible person ("Rückruf von der Filialleitung", "durch eine verantwortliche Person"), the case taken on by someone
in charge ("prise en charge par un responsable"), the message forwarded to a director by role, someone above whoever
answered; not a call that already came, not the writer forwarding it themselves. Profanity: mild swearing about the
situation ("tits up", "cock-up", "for god's sake", "comme un con", "por el amor de Dios", "Herrgott nochmal"). Churn: done
buying through the company, registering elsewhere considered, the money taken somewhere else, the subscription over ("war's
das mit meinem Abo", "c'en est fini de mon abonnement", "se acabó mi suscripción"); not moving an office elsewhere. Cancel
request: not a notice given in the past, nearly given and then not, or refused in Spanish ("no quiero darme de baja")."""

from tests.unit.cue_cases import cue_tests

FOUND = [
    # public exposure: photos or the story put up on a named platform, words between
    ("public_exposure", "Fix the boiler by Friday or I'll be sticking photos of the flooded kitchen up on your Facebook page."),
    ("public_exposure", "Como no me devolváis el dinero, publico el vídeo del repartidor en redes."),
    ("public_exposure", "Si no me contestáis, lo cuento con capturas en Forocoches."),
    ("public_exposure", "Sans remboursement, je raconte toute l'histoire sur Google, c'est promis."),
    ("public_exposure", "Je publie les photos sur Facebook en vous taguant si rien ne bouge."),
    ("public_exposure", "Si rien n'est fait, je laisse un avis bien salé sur Google."),
    ("public_exposure", "Eine Bewertung mit Bildern schreibe ich auf jeden Fall."),
    # escalation: someone in charge with the department between, a call from the branch management
    ("escalation_request", "Exijo que un responsable del almacén de Getafe me llame antes del jueves."),
    ("escalation_request", "Pido que el encargado de la tienda me explique por qué me cobraron dos veces."),
    ("escalation_request", "Ich erwarte einen Rückruf von der Filialleitung, und zwar heute."),
    ("escalation_request", "Ich möchte einen Rückruf durch eine verantwortliche Person aus Ihrer Abrechnung."),
    ("escalation_request", "Je demande une prise en charge rapide par un responsable de l'agence."),
    ("escalation_request", "Please forward this to the regional director before the weekend."),
    ("escalation_request", "I'd like somebody above whoever closed my ticket to read it properly."),
    ("escalation_request", "Ich bitte darum, dass sich nun die Geschäftsleitung bei mir meldet."),
    # profanity: mild swearing about the situation
    ("profanity", "If the delivery goes tits up again I'm not ordering from here."),
    ("profanity", "What a cock-up, the courier left it at the wrong house."),
    ("profanity", "For christ's sake, it's a simple refund."),
    ("profanity", "Je suis resté planté devant la porte comme un con pendant deux heures."),
    ("profanity", "Por el amor de Dios, llevo toda la mañana sin luz."),
    ("profanity", "Herrgott nochmal, das Paket liegt seit einer Woche in der Filiale."),
    # churn: done buying through you, registering elsewhere, the money taken somewhere else, the subscription over
    ("churn_threat", "Sort this out or I'm done ordering from you for good."),
    ("churn_threat", "After this mess we're seriously considering banking elsewhere."),
    ("churn_threat", "Refund me or I'm taking my daughter and our money somewhere else next term."),
    ("churn_threat", "Noch eine kaputte Lieferung, dann war's das mit meinem Abo."),
    ("churn_threat", "Encore un retard et c'en est fini de mon abonnement."),
    ("churn_threat", "Otra caja rota y se acabó mi suscripción."),
]

NOT_FOUND = [
    # public exposure: tools and opinions, a review promised gladly
    ("public_exposure", "I've put the photos on Google Drive for your engineer, as he asked."),
    ("public_exposure", "Subo la factura en Google Drive para que la veáis."),
    ("public_exposure", "Je mets tout ça sur Google Maps pour trouver votre agence ?"),
    ("public_exposure", "J'aimerais un avis très honnête sur le modèle le plus adapté."),
    # escalation: a call that already came, the writer forwarding it themselves
    ("escalation_request", "El encargado de la tienda me llamó ayer y lo dejó resuelto."),
    ("escalation_request", "Ich hatte gestern schon einen Rückruf von der Filialleitung, vielen Dank."),
    ("escalation_request", "La prise en charge par votre technicien a été rapide, merci."),
    ("escalation_request", "I'll forward this to our finance director so she can approve the invoice."),
    # profanity: look-alike words
    ("profanity", "The cockpit crew on our flight were lovely."),
    # churn: moving an office elsewhere
    ("churn_threat", "We are considering moving the office elsewhere next year; does the lease allow it?"),
    # cancel request: notice given in the past, nearly given, refused
    ("cancel_request", "We gave notice to cancel on 3 May and have just been invoiced for June."),
    ("cancel_request", "I was about to hand in my notice last month, but the heating is fixed and I'm staying."),
    ("cancel_request", "No quiero darme de baja, solo pausar la cuota durante el verano."),
]


test_each_round17_class_is_found, test_each_round17_near_miss_stays_out = cue_tests(FOUND, NOT_FOUND)
