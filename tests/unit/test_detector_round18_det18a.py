"""Classes of cue error found reading round 18's two readable writers (writers 53 and 54, session 18, det18a), each tested
on sentences written here, in the languages where the class exists.

Churn: the thing itself bought elsewhere with an article ("I'll find a sofa elsewhere", "je trouverai un canapé ailleurs") or
from the other supplier; the subscription stopped as the other branch of a condition ("sinon j'arrête l'abonnement", "otherwise
I'm stopping the subscription", "si no, dejo la suscripción", "ansonsten beende ich mein Abo", "entweder ... oder ich kündige");
the last order in the present ("c'est la dernière commande que je passe", "es el último pedido que os hago", "die letzte
Bestellung, die ich bei euch aufgebe"); going back to the old way or an old supplier; another way of travelling from now on ("ab
nächsten Monat fahr ich mit dem Auto"); the custom already moved elsewhere. Not churn: a past purchase elsewhere, going back to
the shop on an errand, an old version of an app, a story of an old order, and the staff's retort quoted ("she said 'you can
always go somewhere else'"). Cancel request: an order cancelled now with the politeness before it in Spanish and French
("¿podéis cancelar mi pedido?", "merci d'annuler ma commande"; English "please cancel my order" stays out, as the corpus's
annotator has it), an application withdrawn, a seller's shop closed, the closing asked in a subordinate clause ("que
cerréis la cuenta", "fordere Sie auf, ... zu kündigen", "request that the account be closed"); not a choice's other branch, a
failed attempt or a question about who cancelled. Escalation: the head of a department with more words between, someone in
charge asked to call back with the department between (fr), a possessive before the manager, a list of senior roles, "this to
go to a senior engineer"; not a call that already came, nor "To whoever is in charge," as a greeting. Public exposure: fellow
customers warned in their group or forum, a newspaper's column; not a group named for a meeting time. Abuse: the firm likened to
small children, the staff a waste of space with words between, "scummy", nobody there literate; not a brick wall, not a toddler
of one's own. Profanity: Latin American and other swearing ("carajo", "pinche", "me cago en", "beschissen"). Calm: feedback sent
as no complaint, a feeling named as mild ("disappointed rather than cross", "these things happen"); a cue word inside an e-mail
or web address is not the writer's.
"""

from tests.unit.cue_cases import cue_tests
from worker.detector import detect

FOUND = [
    # churn: the thing bought elsewhere with an article, from the other supplier
    ("churn_threat", "If the replacement isn't here by Friday I'll find a wardrobe elsewhere."),
    ("churn_threat", "Refund me and I'll buy from the town's other stockist."),
    ("churn_threat", "Remboursez-moi, je trouverai une poussette ailleurs."),
    ("churn_threat", "Devolvedme el dinero y compraré la bici en otra tienda."),
    # ... the subscription stopped after a condition
    ("churn_threat", "Réglez ça avant lundi, sinon j'arrête mon abonnement."),
    ("churn_threat", "Fix the app this week, otherwise I'm stopping the subscription."),
    ("churn_threat", "Arregladlo ya; si no, dejo la suscripción."),
    ("churn_threat", "Ansonsten beende ich mein Abo zum Monatsende."),
    ("churn_threat", "Entweder die Lieferung kommt morgen, oder ich kündige den Vertrag."),
    # ... the last order in the present
    ("churn_threat", "C'est la dernière commande que je passe chez vous."),
    ("churn_threat", "Es el último pedido que os hago, de verdad."),
    ("churn_threat", "Das ist die letzte Bestellung, die ich bei euch aufgebe."),
    # ... going back to the old way or an old supplier
    ("churn_threat", "If it fails again I'm going back to a paper diary."),
    ("churn_threat", "I'll go back to buying my contact lenses from the optician."),
    ("churn_threat", "Je retourne chez mon ancien fournisseur d'électricité."),
    ("churn_threat", "Vuelvo a mi antigua aseguradora."),
    ("churn_threat", "Ich gehe zurück zu meinem alten Stromanbieter."),
    # ... another way of travelling from now on
    ("churn_threat", "Ab kommendem Monat fahre ich mit dem Fahrrad, das war's."),
    ("churn_threat", "From next month I'll be driving, thanks for nothing."),
    ("churn_threat", "Dorénavant je prendrai ma voiture."),
    ("churn_threat", "A partir de ahora voy en mi coche."),
    # ... the custom already moved elsewhere
    ("churn_threat", "I've already moved my domains somewhere else."),
    ("churn_threat", "Ya he llevado mis pedidos a otra tienda."),
    ("churn_threat", "J'ai déjà transféré mes comptes ailleurs."),
    # cancel request: an order cancelled now (es/fr), an application withdrawn, a shop closed
    ("cancel_request", "¿Podéis cancelar mi pedido de ayer?"),
    ("cancel_request", "Merci d'annuler ma commande du 3 mars."),
    ("cancel_request", "Please withdraw my loan application, we no longer need it."),
    ("cancel_request", "Refund the fee and close my store (BrightBeads)."),
    # ... the closing asked in a subordinate clause
    ("cancel_request", "Os pido que canceléis la suscripción y borréis mis datos."),
    ("cancel_request", "Je souhaite que vous fermiez mon compte dès aujourd'hui."),
    ("cancel_request", "Ich fordere Sie auf, meinen Vertrag zum nächstmöglichen Termin zu kündigen."),
    ("cancel_request", "We request that the membership be cancelled from next month."),
    # escalation: more words between the head and the call, a possessive, a list, a senior engineer
    ("escalation_request", "Bitte sorgen Sie dafür, dass sich die Leiterin oder der Leiter Ihrer Kreditabteilung bei mir meldet."),
    ("escalation_request", "J'exige qu'un responsable du service après-vente me rappelle demain."),
    ("escalation_request", "I want to talk to your store's duty manager about this."),
    ("escalation_request", "Get me someone with authority - a supervisor, a team leader, anyone."),
    ("escalation_request", "I'd like my case to go to a senior technician or whoever is in charge of refunds."),
    # public exposure: fellow customers warned in their group, a newspaper's column
    ("public_exposure", "I'm warning everyone in the allotment society's group chat."),
    ("public_exposure", "I'll be telling all the dog owners in our forum exactly what happened."),
    ("public_exposure", "Contaremos lo que ha pasado en los grupos del barrio."),
    ("public_exposure", "Je préviendrai tout le monde sur les forums de randonneurs."),
    ("public_exposure", "Wir werden in unserer Nachbarschaftsgruppe davon berichten."),
    ("public_exposure", "Otherwise I'm sending the whole saga to the local newspaper."),
    ("public_exposure", "Enviaré la historia a la sección de consumo del diario."),
    # abuse: likened to children, a waste of space, scummy, nobody literate
    ("abuse", "Honestly, it's like dealing with toddlers."),
    ("abuse", "Hablar con vosotros es como tratar con niños."),
    ("abuse", "C'est comme avoir affaire à des gamins."),
    ("abuse", "Bei euch geht es zu wie im Kindergarten."),
    ("abuse", "Your so-called customer care team are a complete waste of space."),
    ("abuse", "Ihr seid wirklich zu nichts zu gebrauchen."),
    ("abuse", "Hiding the cancel link like that is scummy behaviour."),
    ("abuse", "Is anybody in your billing team even literate?"),
    ("abuse", "Est-ce qu'il y a quelqu'un chez vous qui sait lire ?"),
    # profanity: Latin American and other swearing
    ("profanity", "Tres días sin internet, carajo."),
    ("profanity", "La pinche app no abre."),
    ("profanity", "Das Update ist einfach beschissen."),
    ("profanity", "The sodding router's dead again."),
]

NOT_FOUND = [
    # churn: a past purchase elsewhere, an errand, an old version, an old order told, the staff's retort quoted
    ("churn_threat", "Last winter I had to find a coat elsewhere because you'd sold out."),
    ("churn_threat", "I'm going back to the shop tomorrow to pick it up."),
    ("churn_threat", "I'll go back to the old version of the app until the update is fixed."),
    ("churn_threat", "La dernière commande que j'ai passée est arrivée cassée."),
    ("churn_threat", "Vuelvo a la antigua configuración del router, ¿está bien?"),
    ("churn_threat", "When I asked for help the assistant shrugged and said 'you can always shop somewhere else'. I was shocked."),
    ("churn_threat", "Entweder Sie rufen mich an oder ich schreibe noch eine E-Mail."),
    # cancel request: a choice's other branch, a failed attempt, a question
    ("cancel_request", "Either give me a date this week or cancel the order and refund the deposit."),
    ("cancel_request", "I tried to cancel the order but the button was greyed out."),
    ("cancel_request", "Did someone cancel my order? It shows as cancelled."),
    ("cancel_request", "No quiero que cerréis la cuenta, solo la tarjeta."),
    # escalation: a call that came, a greeting, a question
    ("escalation_request", "Le responsable du service client nous a rappelés hier, merci."),
    ("escalation_request", "I spoke to the hotel's general manager at check-out and she was lovely."),
    ("escalation_request", "It went to a senior engineer yesterday and was fixed within the hour."),
    # public exposure: a group named with no telling
    ("public_exposure", "Our WhatsApp group is for the parents of Year 7; can the club send the timetable there?"),
    ("public_exposure", "I'll tell everyone in the group chat that the party moved to Friday."),
    ("public_exposure", "I've written a column on gardening for years and want to renew my subscription."),
    # abuse: a brick wall, a toddler of one's own, a child-friendly app
    ("abuse", "It's like talking to a brick wall."),
    ("abuse", "My son is a toddler and the car seat doesn't fit."),
    ("abuse", "The app feels like it was designed for children, which is great for my son."),
    ("abuse", "Is anyone there? The chat has gone quiet."),
    # legal: a lawyer's word inside an e-mail address
    ("legal_threat", "My login is s.marin@martin-avocats-associes.fr and I'd like to change it to my own address."),
]


test_each_round18_class_is_found, test_each_round18_near_miss_stays_out = cue_tests(FOUND, NOT_FOUND)


def test_feedback_sent_as_no_complaint_stays_calm():
    text = ("Guten Tag, ich möchte Ihnen eine kurze Rückmeldung zu meinem Aufenthalt geben, ausdrücklich nicht als Beschwerde. "
            "Das Zimmer war sehr schön. Das Frühstück war allerdings ab 10 Uhr leer, und auf Nachfrage hieß es, es komme gleich "
            "Nachschub, was dann nicht geschah. Vielleicht können Sie das weitergeben. Freundliche Grüße")
    assert not detect(text).negative


def test_a_feeling_named_as_mild_stays_calm():
    text = ("Hello, the plumber was booked for Thursday morning and didn't turn up. When I called at lunchtime I was told the "
            "job had been moved. I'm disappointed rather than cross, these things happen, but could we book a new slot, "
            "ideally a Saturday? Thank you.")
    assert not detect(text).negative
