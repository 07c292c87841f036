"""Classes of churn and cancel error found reading round 13's readable writers (38, 40) and round 12's (35-37), session
13, each tested on sentences written here, in the languages where the class exists.

Churn threat: buying from a named rival from now on ("ab jetzt bei ...", "from now on", "désormais chez ...", "a partir
de ahora en ..."); the custom moved to a named rival with what is moved (the weekly shop, the salary) or an account
already opened there; the number ported to a rival as a condition's outcome; the purchase named as the last ("the last
... we buy", "lo último que os compro"); "that's it between us" ("dann war's das mit uns"); the rivals' offers compared
and no intention to stay; a trial running with a rival, other options said to be plenty in German, the special right to
terminate used in the future. Not churn: buying elsewhere as what a refund is for ("so I can buy elsewhere"), an
auxiliary's verb after "or I'm going to" ("end up in hospital"), refusing to keep paying for a service already gone,
never again receiving mail, "Ich kündige mein Abo" and "je résilie :" announcing the cancel asked in the same breath, and
"a ver si ..." (a question, not a condition) before a cancel request."""

from tests.unit.cue_cases import cue_tests

FOUND = [
    # buying from a named rival from now on
    ("churn_threat", "Die Milch war wieder sauer und keiner entschuldigt sich. Ich kaufe ab sofort nur noch bei Edeka."),
    ("churn_threat", "Dritter kaputter Karton in Folge, unglaublich. Dann bestell ich halt wieder bei Zalando."),
    ("churn_threat", "Three late deliveries in a row is a joke. I'll be ordering from Abel & Cole from now on."),
    ("churn_threat", "Encore un colis perdu, c'est inadmissible. Désormais je commande chez Cdiscount."),
    ("churn_threat", "Otra vez el pedido incompleto, es increíble. A partir de ahora compro en Carrefour."),
    # the custom moved to a named rival, an account opened there
    ("churn_threat", "Another missed slot and no apology. Next time I'm moving our family shop to Waitrose."),
    ("churn_threat", "Fees for nothing again, unbelievable. I've already opened an account with Starling and the wages go there next."),
    ("churn_threat", "Otra comisión absurda, qué vergüenza. Ya he abierto una cuenta en Openbank."),
    # the number ported to a rival as a condition's outcome
    ("churn_threat", "Es un abuso. Si no me devolvéis el dinero, pido la portabilidad a Lowi esta misma semana."),
    ("churn_threat", "C'est inadmissible. Sinon je demande la portabilité vers un autre opérateur dès lundi."),
    # the purchase named as the last
    ("churn_threat", "Dead after a month, what a waste of money. That's the last Voltra product we buy."),
    ("churn_threat", "Se ha roto a la semana, qué vergüenza. Es lo último que os compro."),
    ("churn_threat", "Schon wieder defekt, eine Frechheit. Das ist das Letzte, was ich bei euch kaufe."),
    # that's it between us
    ("churn_threat", "Noch einmal so ein Ausfall, und dann war's das mit uns."),
    ("churn_threat", "Trois pannes ce mois-ci, c'est honteux. C'en est fini entre nous."),
    # the rivals' offers compared, no intention to stay
    ("churn_threat", "Ces frais sont scandaleux et je compare en ce moment les offres d'autres banques."),
    ("churn_threat", "Je n'ai plus aucune intention de rester cliente après un tel mépris."),
    ("churn_threat", "Después de este trato no tengo ninguna intención de seguir con vosotros."),
    # a trial running with a rival, other options plenty in German, the special right to terminate in the future
    ("churn_threat", "Fed up with the outages; we already have a trial running with another provider."),
    ("churn_threat", "Das ist eine Zumutung. Es gibt genug andere Streamingdienste."),
    ("churn_threat", "Sollte das bis Freitag nicht laufen, werde ich von meinem Sonderkündigungsrecht Gebrauch machen."),
    # the cancel asked after "a ver si" and "je résilie :" is a cancel request
    ("cancel_request", "A ver si os enteráis: quiero darme de baja hoy mismo, sinvergüenzas."),
    ("cancel_request", "Franchement, ras le bol. Je résilie : annulez mon abonnement dès aujourd'hui."),
    ("cancel_request", "Es reicht. Ich kündige mein Abo mit sofortiger Wirkung."),
]

NOT_FOUND = [
    # buying elsewhere as what a refund is for
    ("churn_threat", "The sofa is two months late. Refund me so I can buy elsewhere before we move, this is ridiculous."),
    # an auxiliary's verb after "or I'm going to"
    ("churn_threat", "I need the inhaler by Friday or I'm going to end up in hospital, this is a disgrace."),
    # refusing to pay for what they no longer have
    ("churn_threat", "Me di de baja en enero y seguís cobrando. No pienso seguir pagando algo que no tengo, es un robo."),
    # never again receiving mail
    ("churn_threat", "Escrocs. Je ne veux plus jamais recevoir de mails de votre part."),
    ("churn_threat", "I closed the account in May. I never again want to receive your newsletters, this is harassment."),
    ("churn_threat", "Unverschämt. Ich will nie wieder Werbung von Ihnen bekommen."),
    # the cancel announced with the request: a cancel, no threat
    ("churn_threat", "Es reicht. Ich kündige mein Abo mit sofortiger Wirkung."),
    ("churn_threat", "Franchement, ras le bol. Je résilie : annulez mon abonnement dès aujourd'hui."),
    ("churn_threat", "A ver si os enteráis: quiero darme de baja hoy mismo, sinvergüenzas."),
    # rivals named as a story or a question, German "wieder bei" with no decision, a past purchase
    ("churn_threat", "Ich schaue morgen wieder bei der Packstation vorbei, ob das Paket da ist."),
    ("churn_threat", "The last one we bought from you lasted ten years, so this one failing after a week is a surprise."),
    ("churn_threat", "Could you tell me whether I can order from Berlin and collect in Hamburg?"),
]

test_each_round13_det13a_class_is_found, test_each_round13_det13a_near_miss_stays_out = cue_tests(FOUND, NOT_FOUND)


# Cancel request (session 13): someone else's account wanted closed ("I'd like her account closed"), "ich will ... kündigen"
# with words between, the es imperative with its pronoun ("cerradme la cuenta"), "souhaitons résilier" after a first verb.
# Not a cancel request: the direct debit cancelled "myself" as the other branch of a chargeback threat.
CANCEL_FOUND = [
    ("cancel_request", "My mother passed away in June. I'd like her account closed and the final bill sent to me."),
    ("cancel_request", "Ich will meinen Handyvertrag (Kundennr. 44-1298) zum Monatsende kündigen."),
    ("cancel_request", "Cuando me devolváis lo cobrado, cerradme la cuenta y no me escribáis más."),
    ("cancel_request", "Nous déménageons en juin et souhaitons résilier le contrat d'électricité à cette date."),
]
CANCEL_NOT_FOUND = [
    ("cancel_request", "Refund both months by Friday or I dispute them with my bank and cancel the direct debit myself."),
    ("cancel_request", "Ich will nicht kündigen, ich will nur die falsche Rechnung korrigiert haben."),
]

test_each_round13_det13a_cancel_class_is_found, test_each_round13_det13a_cancel_near_miss_stays_out = cue_tests(
    CANCEL_FOUND, CANCEL_NOT_FOUND)
