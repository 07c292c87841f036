"""Classes of cue error found reading round 11's two readable writers (session 11, first half), each tested on sentences
written here, in the languages where the class exists.

Cancel request: the closing asked in the Spanish second person plural or the subjunctive after a first wish ("cerrad la
cuenta", "y que me deis de baja"), the German performative with "hiermit" after the verb or as a second verb ("storniere
ich hiermit", "und kündige das Konto"), the French conditional of wishing with a demonstrative ("nous souhaiterions résilier
cette option"), and "I'd like the plan cancelled" (the contraction never matched); not a fee, a reminder or a payment
cancelled ("stornieren Sie die Mahngebühr", "veuillez annuler les frais"). Already cancelled: the time since the cancelling
("since my cancellation", "depuis ma résiliation", "seit meiner Kündigung", "desde mi baja"), the named service cancelled
in the app or within some days, the notice sent with who and when between ("I sent you my cancellation", "je vous ai envoyé
ma résiliation", "habe Ihnen schon am ... meine Kündigung geschickt", "os envié la baja"). Churn threat: no further purchase
said as a fact ("there won't be another booking", "eine weitere Buchung wird es nicht geben", "no habrá una próxima
reserva", "il n'y aura pas de prochaine commande"), the alternatives said to be plenty ("Alternativen gibt es genug"),
another option looked at "instead", the next trips taken elsewhere, "schaue ich mich nach einer anderen ... um"; not a
cheaper plan weighed instead, not a question about alternatives to a feature. Escalation request: a manager wanted to act,
named as who should do it ("a team lead or manager to look at my account", "go to someone in IT or a manager who can"),
passed to his manager, a German head of team with a second title between ("ein Teamleiter oder Abteilungsleiter ...
meldet"), "que me pasen con un responsable", "transmis au responsable"; not a copy of the complaints procedure asked for a
vendor form, not a manager in a story. Public exposure: going public said plainly ("sharing the screenshots publicly",
"make this public", "lo haré público", "rendre ça public"), the post put on the company's own page, tagged already, the
review told as a future fact ("my review will say why"); not "the papers" as documents, not a question about a public setting.
"""


from tests.unit.cue_cases import cue_tests

FOUND = [
    # cancel_request: Spanish vosotros / ustedes imperative and the subjunctive after a first wish
    ("cancel_request", "Os pido el reembolso del mes y que me deis de baja ya mismo."),
    ("cancel_request", "Cerrad mi cuenta, no pienso discutir más."),
    ("cancel_request", "Por favor, cierren la cuenta de mi hijo cuanto antes."),
    # ... the German performative with "hiermit" after the verb, or as the second verb
    ("cancel_request", "Hiermit storniere ich die Ferienwohnung in Sylt für den 3. Juli."),
    ("cancel_request", "Ich storniere hiermit den Kurs und kündige auch meine Mitgliedschaft."),
    # ... the French conditional of wishing with a demonstrative
    ("cancel_request", "Nous souhaiterions résilier cette garantie optionnelle."),
    ("cancel_request", "Je souhaiterais résilier cet abonnement à la fin du mois."),
    # ... "I'd like the X cancelled"
    ("cancel_request", "I'd like the membership cancelled from the end of this month."),
    ("cancel_request", "We'd like the contract closed once the last invoice is paid."),
    # already_cancelled: the time since the cancelling
    ("already_cancelled", "That is the fourth debit since my cancellation, which is absurd."),
    ("already_cancelled", "Vous avez encore prélevé 12 € depuis ma résiliation."),
    ("already_cancelled", "Seit meiner Kündigung wurde zweimal abgebucht."),
    ("already_cancelled", "Desde mi baja me habéis cobrado dos recibos."),
    # ... the named service cancelled in the app, or within some days
    ("already_cancelled", "I cancelled CloudNest Pro in the app weeks ago and it still renewed."),
    ("already_cancelled", "We cancelled within a week of the trial starting."),
    # ... the notice sent with who and when between
    ("already_cancelled", "I sent you my cancellation by recorded post on the 2nd."),
    ("already_cancelled", "Je vous ai déjà envoyé ma résiliation par lettre recommandée."),
    ("already_cancelled", "Ich habe Ihnen bereits im Februar per Einschreiben meine Kündigung geschickt."),
    ("already_cancelled", "Les envié la solicitud de baja por correo en enero."),
    # churn_threat: no further purchase, said as a fact
    ("churn_threat", "There won't be another order from this household, that much is certain."),
    ("churn_threat", "Eine nächste Buchung wird es von uns sicher nicht geben."),
    ("churn_threat", "No habrá otra compra, os lo aseguro."),
    ("churn_threat", "Il n'y aura plus de nouvelle réservation de notre part."),
    # ... the alternatives said to be plenty
    ("churn_threat", "There are plenty of other insurers out there who answer the phone."),
    ("churn_threat", "Andere Anbieter gibt es wie Sand am Meer."),
    ("churn_threat", "Otras compañías hay de sobra."),
    ("churn_threat", "La concurrence ne manque pas, vous savez."),
    # ... another option looked at instead, the next trips taken elsewhere, looking around in German
    ("churn_threat", "To be honest we're already looking at the ferry instead."),
    ("churn_threat", "If nothing changes we'll spend our summer holidays elsewhere."),
    ("churn_threat", "Inzwischen sehe ich mich nach einer anderen Bank um."),
    # escalation_request: a manager wanted to act, named as who should do it
    ("escalation_request", "I want a duty manager to call me back before Friday."),
    ("escalation_request", "I'd like your supervisor or someone in billing to review the charges."),
    ("escalation_request", "Please send this to someone in your returns team or a manager who can approve it."),
    ("escalation_request", "Kindly have this passed to her team leader."),
    # ... in de / es / fr
    ("escalation_request", "Ich erwarte, dass sich eine Filialleiterin oder ihr Stellvertreter persönlich bei mir meldet."),
    ("escalation_request", "Exijo que me pongan con un supervisor."),
    ("escalation_request", "Je demande que ma plainte soit transmise au directeur de l'agence."),
    # public_exposure: going public said plainly
    ("public_exposure", "I'm going to post the whole chat log publicly tonight."),
    ("public_exposure", "If this drags on I'll make the whole thing public."),
    ("public_exposure", "Si no me contestan, lo haré público."),
    ("public_exposure", "Je vais rendre cette affaire publique."),
    # ... on the company's own page, tagged already, the review as a future fact
    ("public_exposure", "I'll be writing all of this on your Instagram page."),
    ("public_exposure", "I've already tagged you in three posts."),
    ("public_exposure", "My review on the booking site will mention every detail."),
    ("public_exposure", "Ich poste es auf Ihrer Facebook-Seite und meine Bewertung wird das genau schildern."),
]

NOT_FOUND = [
    # cancel_request: a fee, a reminder or a payment cancelled is not the account
    ("cancel_request", "Bitte stornieren Sie die doppelte Abbuchung vom Montag."),
    ("cancel_request", "Veuillez annuler les pénalités de retard, le virement est parti à temps."),
    ("cancel_request", "Je souhaiterais savoir si cette option est incluse."),
    # already_cancelled: asking how to cancel in the app, cancelling asked for
    ("already_cancelled", "Can I cancel in the app, or only by phone?"),
    ("already_cancelled", "Desde mi móvil no encuentro el botón de baja."),
    # churn_threat: a cheaper plan weighed instead, a question about alternatives
    ("churn_threat", "I'm looking at the basic plan instead, what does it lack?"),
    ("churn_threat", "Are there alternatives to SMS codes for logging in?"),
    ("churn_threat", "Es gibt viele Alternativen zum Passwort?"),
    # escalation_request: a copy of the complaints procedure for a form, a manager in a story
    ("escalation_request", "For our supplier audit, please send a copy of your complaints procedure."),
    ("escalation_request", "The store manager was lovely and explained the warranty."),
    # public_exposure: "the papers" as documents, a question about public settings
    ("public_exposure", "I left the papers for the mortgage at the branch."),
    ("public_exposure", "Can I make my playlist public from the app?"),
]


test_each_round11_class_is_found, test_each_round11_near_miss_stays_out = cue_tests(FOUND, NOT_FOUND)
