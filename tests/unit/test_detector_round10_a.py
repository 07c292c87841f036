"""Classes of cue error found reading round 10's two readable writers (session 10, first half: churn, cancel, escalation,
public exposure, already cancelled), each tested on sentences written here, in the languages where the class exists.

Escalation: the case handed to someone in charge with the case or the person as the subject ("que mi expediente pase a un
responsable", "que mon dossier soit confié à un responsable", "dass der Werkstattleiter mich anruft", "someone above the
refunds team"), and a manager asked for by the role's name, calm or not ("speak with our account manager", "le chef
d'atelier", "die Vertriebsleitung"). Public exposure: platforms by their short name (Insta, Google avis, Check24), the
story told on X, every review there is; "list views" is a screen, not an audience, and "click on X" is a button. Cancel
request: the closing wished in the subjunctive ("que cierren mi cuenta"), as the second
thing wanted ("refunded and my account closed"), the card account closed, an auto-ship cancelled, "je vous prie donc de
bien vouloir résilier"; an order cancelled that way is not the account. Already cancelled: the cancel told as asked for
("Solicité la baja ... el pasado", "j'ai demandé la résiliation"), auto-renewal told as switched off, "I cancelled;".
Churn: the ultimatum's other branch is the last purchase ("unless this is put right it will be my last", "oder das war
meine letzte ..."), bought "for the last time", switching weighed in the infinitive ("valorando pasarnos a otra"),
rivals named "as alternatives", off to a rival or going direct as the other branch, "j'irai acheter ailleurs" (not "je
rachèterai ailleurs", this purchase bought again); "not speaking to another handler" refuses an agent; and a bare "I'm
done." beside a request to cancel now is that request's reason, not a threat. Second batch, written from how customers
say it: a customer lost with words between, leaving when the contract ends, the last purchase with an adverb, staying
put in question ("reconsidering whether to stay"); a move of house when the contract ends is no threat, nor is "I'm going to
share ..." (a verb after "going to" is no rival's name). Escalation sent up by direction ("up the chain", "de más arriba",
"remonte à la direction", "nach oben") and to someone who may decide; public exposure as the experience shared online, the
consumer press by its kind; cancel request as not wishing to go on with the service ("no longer wish to continue with
the service", "ya no quiero seguir con", "je ne souhaite plus continuer", "nicht weiterführen")."""


from tests.unit.cue_cases import cue_tests
from worker.detector import detect

FOUND = [
    # escalation: the case handed to someone in charge, the case or the person as the subject
    ("escalation_request", "Pido que mi reclamación pase a un responsable del área de facturación cuanto antes."),
    ("escalation_request", "Quiero que mi caso lo estudie un superior, no otro operador."),
    ("escalation_request", "Je demande que ma réclamation soit confiée à un responsable, je n'en peux plus."),
    ("escalation_request", "Il faut qu'un responsable nous rappelle ce soir, nous sommes bloqués."),
    ("escalation_request", "Ich erwarte, dass die Filialleiterin mich morgen zurückruft."),
    ("escalation_request", "I'd like my complaint reviewed by someone above the billing team, this has gone on for weeks."),
    # ... a manager asked for by the role's name, calm or not
    ("escalation_request", "Could I discuss the renewal with your branch manager next week?"),
    ("escalation_request", "Je voudrais en parler avec le chef d'agence avant de signer."),
    ("escalation_request", "Wir hätten gern einen Termin mit der zuständigen Niederlassungsleitung."),
    ("escalation_request", "Me gustaría hablar con el jefe de taller antes de aprobar el presupuesto."),
    # ... (second batch) the complaint sent up by direction; someone who may decide
    ("escalation_request", "Nobody at this level can fix it, please send my complaint up the chain."),
    ("escalation_request", "Necesito que lo revise alguien de más arriba, ya."),
    ("escalation_request", "Je souhaite que mon dossier remonte jusqu'à la direction."),
    ("escalation_request", "Bitte leiten Sie das nach oben weiter, hier kommt man nicht weiter."),
    ("escalation_request", "Quiero hablar con alguien que pueda decidir, no con un script."),
    ("escalation_request", "Passez-moi quelqu'un qui peut trancher, s'il vous plaît."),
    ("escalation_request", "Ich will mit jemandem sprechen, der das entscheiden kann."),
    # public exposure: platforms by their short name, the story told on X, every review there is
    ("public_exposure", "This is a disgrace, I'm sharing the whole thread on X tonight."),
    ("public_exposure", "C'est honteux, je raconte tout sur Facebook ce soir si rien ne bouge."),
    ("public_exposure", "Absolute Frechheit, das landet auf Check24, mit Screenshots."),
    ("public_exposure", "Das ist eine Unverschämtheit, ich schreibe das in jede Bewertung, die ich finde."),
    ("public_exposure", "Franchement inadmissible, ça finira en story sur Insta."),
    # ... (second batch) the experience shared in public; the consumer press by its kind; a group told
    ("public_exposure", "Shocking treatment. I'll be sharing my experience online so nobody else books with you."),
    ("public_exposure", "Lamentable. Je vais raconter ma mésaventure sur internet."),
    ("public_exposure", "Lamentable. Voy a compartir mi experiencia por internet."),
    ("public_exposure", "Unmöglich. Ich werde meine Erfahrung öffentlich machen."),
    ("public_exposure", "Appalling. I've contacted a consumer programme about this."),
    ("public_exposure", "Disgraceful. Everyone in our parents' WhatsApp group will know by tonight."),
    # cancel request: the closing wished in the subjunctive or as the second thing wanted
    ("cancel_request", "Quiero que den de baja mi línea a partir del día 1."),
    ("cancel_request", "Please send the outstanding balance and my subscription cancelled."),
    ("cancel_request", "I'd like the last invoice corrected and my membership closed."),
    ("cancel_request", "Nach der Rückzahlung möchte ich mein Kundenkonto endgültig löschen."),
    ("cancel_request", "Settle the balance from my savings and close the card."),
    ("cancel_request", "Please cancel the monthly auto-ship, we have plenty of food."),
    ("cancel_request", "Je vous prie donc de bien vouloir résilier mon forfait mobile."),
    # ... (second batch) not wishing to go on with the service, said now; "arrêter mon abonnement"
    ("cancel_request", "We no longer wish to continue with the contract, please send the final invoice."),
    ("cancel_request", "Buenas, ya no deseo continuar con la suscripción, gracias."),
    ("cancel_request", "Bonjour, nous ne souhaitons plus conserver notre forfait, merci."),
    ("cancel_request", "Guten Tag, wir möchten den Vertrag nicht mehr fortführen."),
    ("cancel_request", "Bonjour, je souhaite arrêter mon adhésion au club."),
    # already cancelled: the cancel told as asked for, auto-renewal told as switched off, "I cancelled;"
    ("already_cancelled", "Pedí la baja del gimnasio en octubre y este mes me han cobrado otra vez."),
    ("already_cancelled", "J'ai demandé la résiliation en décembre et vous prélevez toujours."),
    ("already_cancelled", "We submitted our cancellation notice in May and the invoice still came."),
    ("already_cancelled", "Ich hatte die Kündigung im März per Post eingereicht, trotzdem wurde abgebucht."),
    ("already_cancelled", "I had switched off auto-renewal months ago, yet you charged me £89."),
    ("already_cancelled", "Nous avions désactivé le renouvellement automatique et vous avez quand même prélevé."),
    ("already_cancelled", "Había desactivado la renovación automática y aun así me cobraron."),
    ("already_cancelled", "Ich habe die automatische Verlängerung im Januar deaktiviert und wurde trotzdem belastet."),
    ("already_cancelled", "We cancelled; the van was returned; the payments carried on."),
    # churn: the ultimatum's other branch is the last purchase
    ("churn_threat", "Fix the boiler this week or that will be my last service plan with anyone like you."),
    ("churn_threat", "Refund me, otherwise this is our final booking, and I mean it."),
    ("churn_threat", "Tauschen Sie das Sofa aus, sonst war das mein letzter Einkauf bei Ihnen."),
    ("churn_threat", "Réglez ça, sinon ce sera ma dernière réservation."),
    ("churn_threat", "Devuélvanme el dinero o será mi última reserva."),
    # ... bought for the last time
    ("churn_threat", "Honestly, I've booked with you lot for the last time."),
    ("churn_threat", "Da hab ich zum letzten Mal gebucht, so viel ist sicher."),
    ("churn_threat", "J'ai commandé chez vous pour la dernière fois, c'est inadmissible."),
    ("churn_threat", "He comprado en esta tienda por última vez, qué vergüenza."),
    # ... switching weighed in the infinitive; rivals named as alternatives
    ("churn_threat", "Con tantos fallos, estamos considerando cambiarnos a otra plataforma."),
    ("churn_threat", "Après ces pannes à répétition, nous envisageons sérieusement de passer à une autre solution."),
    ("churn_threat", "Three outages this month and our CTO is looking at Jira and Linear as alternatives."),
    ("churn_threat", "Tras la caída de ayer estamos mirando Holded como alternativa, francamente."),
    ("churn_threat", "Nach dem dritten Ausfall prüfen wir Personio als Alternative."),
    # ... off to a rival or going direct as the other branch; buying elsewhere in French
    ("churn_threat", "If the pool is still shut next week I'm off to Fitzone, simple as that."),
    ("churn_threat", "Refund the fee or I'll just book direct with the hotel in future."),
    ("churn_threat", "Put the money back or I'm switching to another bank, I'm sick of this."),
    ("churn_threat", "Ça suffit, remboursez-moi et j'irai commander ailleurs."),
    # ... (second batch) a customer lost with an adverb or adjective between
    ("churn_threat", "Well done, you've just lost a very patient customer."),
    ("churn_threat", "Bravo, vous venez de perdre un client de quinze ans."),
    ("churn_threat", "Enhorabuena, acabáis de perder a una clienta fiel."),
    ("churn_threat", "Glückwunsch, Sie haben soeben eine langjährige Kundin verloren."),
    # ... leaving when the contract or the commitment ends
    ("churn_threat", "Absolute shambles. As soon as the minimum term is up, we're gone."),
    ("churn_threat", "Qué desastre. En cuanto termine el contrato me doy de baja."),
    ("churn_threat", "Quelle honte. À la fin de mon contrat, je résilie."),
    # ... the last purchase with an adverb between
    ("churn_threat", "Cold food again. That was definitely my last order."),
    ("churn_threat", "Kalt und zu spät. Das war garantiert mein letzter Einkauf."),
    ("churn_threat", "Froid et en retard. C'était clairement ma dernière commande."),
    ("churn_threat", "Frío y tarde. Ha sido sin duda mi último pedido."),
    # ... staying itself put in question
    ("churn_threat", "After this week we're questioning whether to renew at all."),
    ("churn_threat", "Con tantos cortes nos estamos planteando si seguir con vosotros."),
    ("churn_threat", "Avec toutes ces coupures, nous nous demandons si nous allons renouveler."),
    ("churn_threat", "Nach den vielen Ausfällen überlegen wir, ob wir überhaupt verlängern."),
]

NOT_FOUND = [
    # escalation: a story of the case passed on, a customer's own manager
    ("escalation_request", "Mi expediente pasó a otro departamento y desde entonces todo va bien, gracias."),
    ("escalation_request", "I need to check with our finance director before we sign, I'll come back to you."),
    # ... a screen position or a volume is not a level of the company
    ("escalation_request", "Can you move the chat button higher up the page? It covers the menu."),
    ("escalation_request", "Could you take the volume higher on the hold music? I can't hear the options."),
    # public exposure: a software view, a button called X, an own-page post
    ("public_exposure", "Board and list views work, only the timeline is broken."),
    ("public_exposure", "When I click on X to close the banner the page reloads."),
    # cancel request: an order cancelled in the subjunctive, a card blocked, a story of an account closed
    ("cancel_request", "Je veux que vous annuliez ma commande de chaussures, je me suis trompée de taille."),
    ("cancel_request", "Quiero que anulen el pedido de ayer, lo hice dos veces por error."),
    ("cancel_request", "I lost my purse this morning, please block the card."),
    ("cancel_request", "I was charged twice and my account closed without warning."),
    # ... keeping a plan to change it, a conversation not continued
    ("cancel_request", "I don't want to keep the same plan, can I upgrade to the bigger one?"),
    ("cancel_request", "I don't want to continue the conversation on chat, can you email me instead?"),
    # already cancelled: a cancel asked for now, auto-renewal asked to be switched off
    ("already_cancelled", "Quisiera pedir la baja de la línea a final de mes."),
    ("already_cancelled", "Could you switch off auto-renewal on my plan, please?"),
    # churn: a last email, the last time asking, an app as an alternative to the website, off to the shops, "done with" is churn
    ("churn_threat", "Reply by Friday or this is my last email before I complain formally."),
    ("churn_threat", "I am asking for the last time: where is my refund?"),
    ("churn_threat", "Is there an app I can use as an alternative to the website?"),
    ("churn_threat", "I'm off to the shops now, if you could call me after five that would be great."),
    # ... what a customer will do next is no rival ("I'm going to share my experience")
    ("churn_threat", "I'm going to share the receipts with my accountant and come back to you."),
    # ... a move of house or country when the contract ends, a customer's parcel lost
    ("churn_threat", "When my contract ends I'm moving house, can I take the router with me?"),
    ("churn_threat", "When the contract ends I'm leaving the country, what do I need to send back?"),
    ("churn_threat", "Your courier lost a customer's parcel again, my neighbour is asking."),
    # ... another agent refused, the same tickets bought again elsewhere
    ("churn_threat", "Four calls and nothing. I'm not talking to another advisor, put me through to whoever decides."),
    ("churn_threat", "Putain, mauvaise date sur les billets : annulez la commande, je rachèterai ailleurs."),
    # ... a bare "I'm done." beside a request to cancel now is that request's reason
    ("churn_threat", "Close my account today. I'm done. Three missed visits and now a fee."),
]


test_each_round10_a_class_is_found, test_each_round10_a_near_miss_stays_out = cue_tests(FOUND, NOT_FOUND)


def test_giving_up_is_a_churn_threat_without_a_cancel_and_with_a_target():
    assert "churn_threat" in detect("Three missed visits and now a fee. I'm done.").cues
    assert "churn_threat" in detect("Close my account today, I'm done with you people.").cues
