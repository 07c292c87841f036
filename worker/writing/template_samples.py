"""Sample tickets that reach every playbook, modifier and language: for checking admin overrides and for tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone

from worker.detector import SCORE_CUE, Evidence, Verdict
from calmdesk.languages import SUPPORTED
from worker.writing.notes import NoteContext
from worker.writing.playbooks import MODIFIERS, TOPICS
from worker.writing.situation import read_situation
from worker.writing.topics import NEVER_UPSET

# One message per topic that the topic chooser recognises, with an order number, a date and a product.
SAMPLE_MESSAGES = {
    "delivery_delay": "Where is order #48213? The delivery was due on 12 March and the tracking hasn't moved.",
    "damaged_or_defective": "My Kettle Pro 2 from order #48213 arrived broken, the lid is cracked.",
    "wrong_item": "Order #48213: you sent me the wrong size, a 16 instead of the 10 I ordered.",
    "refund_not_received": "My refund of £45.00 for order #48213 still hasn't arrived after three weeks.",
    "unexpected_charge": "You charged my card £45.00 twice for order #48213 on 12 March. I want a refund.",
    "charged_after_cancel": "I cancelled my plan on 2 January and you have charged me £12.99 again this month.",
    "cancellation": "Please cancel my subscription today. I have asked before.",
    "travel_disruption": "My flight was cancelled last night and nobody has offered to rebook me (booking QX7P2L).",
    "outage_or_bug": "The app keeps showing an error and crashes every time I open it.",
    "account_access": "I can't log in, the password reset link never comes and my account is locked.",
    "fraud_or_security": "Someone took £900 from my account that I didn't authorise. I'm scared, please block my card.",
    "privacy_data_request": "I sent a GDPR subject access request a month ago and have heard nothing.",
    "poor_service": "Nobody has replied to me in a week, your customer service is a joke.",
    "billing_question": "Your invoice for order #48213 doesn't match the price on the website.",
    "product_question": "Your manual for the Kettle Pro 2 makes no sense and I am fed up with it.",
    "praise": "I was furious last week, but your agent sorted it out.",
    "other": "I am really unhappy about how this was handled.",
}
# The same situations in Spanish, French and German: a reply follows the language the customer wrote in.
SAMPLE_MESSAGES_IN = {
    "es": {
        "delivery_delay": "¿Dónde está el pedido #48213? La entrega era el 12 de marzo y todavía no ha llegado.",
        "damaged_or_defective": "Mi cafetera del pedido #48213 llegó rota y no funciona.",
        "wrong_item": "Pedido #48213: me enviaron la talla equivocada, no es lo que pedí.",
        "refund_not_received": "Sigo esperando mi reembolso de 45 € del pedido #48213, no he recibido nada.",
        "unexpected_charge": "Me han cobrado dos veces 45 € por el pedido #48213. Quiero que me lo devuelvan.",
        "charged_after_cancel": "Ya cancelé mi plan en enero y me siguen cobrando 12,99 € cada mes.",
        "cancellation": "Quiero cancelar mi suscripción hoy mismo, por favor.",
        "travel_disruption": "Mi vuelo fue cancelado anoche y nadie me ofrece otro (reserva QX7P2L).",
        "outage_or_bug": "La aplicación da un error y se cierra cada vez que la abro.",
        "account_access": "No puedo entrar en mi cuenta, la contraseña no funciona y la cuenta está bloqueada.",
        "fraud_or_security": "Alguien ha sacado 900 € de mi cuenta, no autoricé nada. Tengo miedo, bloqueen mi tarjeta.",
        "privacy_data_request": "Pedí mis datos personales según el RGPD hace un mes y no sé nada.",
        "poor_service": "Nadie me responde desde hace una semana, la atención al cliente es un desastre.",
        "billing_question": "La factura del pedido #48213 no coincide con el precio de la web.",
        "product_question": "El manual de la cafetera no se entiende y estoy harta.",
        "praise": "La semana pasada estaba furiosa, pero su agente lo solucionó.",
        "other": "Estoy muy descontenta con cómo se ha gestionado todo esto.",
    },
    "fr": {
        "delivery_delay": "Où est la commande #48213 ? La livraison était prévue le 12 mars et je n'ai toujours pas reçu le colis.",
        "damaged_or_defective": "Ma bouilloire de la commande #48213 est arrivée cassée, elle ne fonctionne pas.",
        "wrong_item": "Commande #48213 : vous m'avez envoyé la mauvaise taille, ce n'est pas ce que j'ai commandé.",
        "refund_not_received": "J'attends toujours mon remboursement de 45 € pour la commande #48213.",
        "unexpected_charge": "Vous m'avez prélevé deux fois 45 € pour la commande #48213. Je veux être remboursé.",
        "charged_after_cancel": "J'ai résilié mon abonnement en janvier et vous me prélevez encore 12,99 € ce mois-ci.",
        "cancellation": "Je veux résilier mon abonnement aujourd'hui, merci.",
        "travel_disruption": "Mon vol a été annulé hier soir et personne ne me propose de solution (réservation QX7P2L).",
        "outage_or_bug": "L'appli affiche une erreur et plante à chaque ouverture.",
        "account_access": "Je n'arrive plus à me connecter, le mot de passe ne marche pas et mon compte est bloqué.",
        "fraud_or_security": "Quelqu'un a retiré 900 € de mon compte, je n'ai rien autorisé. J'ai peur, bloquez ma carte.",
        "privacy_data_request": "J'ai demandé mes données au titre du RGPD il y a un mois, sans réponse.",
        "poor_service": "Personne ne me répond depuis une semaine, votre service client est lamentable.",
        "billing_question": "La facture de la commande #48213 ne correspond pas au prix du site.",
        "product_question": "Le mode d'emploi de la bouilloire est incompréhensible et j'en ai assez.",
        "praise": "J'étais furieux la semaine dernière, mais votre conseiller a tout réglé.",
        "other": "Je suis très mécontent de la façon dont tout cela a été géré.",
    },
    "de": {
        "delivery_delay": "Wo ist die Bestellung #48213? Die Lieferung war für den 12. März angekündigt und ist nicht angekommen.",
        "damaged_or_defective": "Mein Wasserkocher aus der Bestellung #48213 ist kaputt angekommen und funktioniert nicht.",
        "wrong_item": "Bestellung #48213: Sie haben mir die falsche Größe geschickt, nicht das, was ich bestellt habe.",
        "refund_not_received": "Ich warte immer noch auf die Rückerstattung von 45 € für die Bestellung #48213.",
        "unexpected_charge": "Sie haben 45 € für die Bestellung #48213 doppelt abgebucht. Ich will das Geld zurück.",
        "charged_after_cancel": "Ich habe im Januar gekündigt und Sie buchen immer noch 12,99 € im Monat ab.",
        "cancellation": "Bitte kündigen Sie mein Abo noch heute.",
        "travel_disruption": "Mein Flug wurde gestern Abend gestrichen und niemand bietet mir eine Umbuchung an (Buchung QX7P2L).",
        "outage_or_bug": "Die App zeigt eine Fehlermeldung und stürzt bei jedem Öffnen ab.",
        "account_access": "Ich kann mich nicht anmelden, das Passwort geht nicht und mein Konto ist gesperrt.",
        "fraud_or_security": "Jemand hat 900 € von meinem Konto abgebucht, die ich nicht veranlasst habe. Ich habe Angst, bitte sperren Sie meine Karte.",
        "privacy_data_request": "Ich habe vor einem Monat nach DSGVO Auskunft über meine Daten verlangt und nichts gehört.",
        "poor_service": "Seit einer Woche antwortet mir niemand, Ihr Kundenservice ist eine Zumutung.",
        "billing_question": "Ich habe eine Frage zur Rechnung #48213: Der Betrag stimmt nicht mit dem Preis auf der Webseite überein.",
        "product_question": "Die Anleitung für den Wasserkocher ist unverständlich und ich habe genug davon.",
        "praise": "Letzte Woche war ich wütend, aber Ihre Mitarbeiterin hat alles gelöst.",
        "other": "Ich bin sehr unzufrieden damit, wie das alles gelaufen ist.",
    },
}
# The same situations from a customer who says tú / tu / du to us: every reply template is also rendered informally.
SAMPLE_MESSAGES_INFORMAL = {
    "es": {
        "delivery_delay": "¿Dónde está el pedido #48213? La entrega era el 12 de marzo y todavía no ha llegado. ¿Me puedes decir algo?",
        "damaged_or_defective": "Mi cafetera del pedido #48213 llegó rota y no funciona. ¿Me la puedes cambiar?",
        "wrong_item": "Pedido #48213: me habéis enviado la talla equivocada, no es lo que pedí. ¿Lo puedes arreglar?",
        "refund_not_received": "Sigo esperando mi reembolso de 45 € del pedido #48213. ¿Puedes mirar qué pasa?",
        "unexpected_charge": "Me habéis cobrado dos veces 45 € por el pedido #48213. Quiero que me lo devolváis.",
        "charged_after_cancel": "Ya cancelé mi plan en enero y me seguís cobrando 12,99 € cada mes. ¿Me explicas por qué?",
        "cancellation": "Quiero cancelar mi suscripción hoy mismo. ¿Puedes hacerlo tú?",
        "travel_disruption": "Mi vuelo fue cancelado anoche y nadie me ofrece otro (reserva QX7P2L). ¿Tú me puedes ayudar?",
        "outage_or_bug": "La aplicación da un error y se cierra cada vez que la abro. ¿Sabes qué pasa?",
        "account_access": "No puedo entrar en mi cuenta, la contraseña no funciona y la cuenta está bloqueada. ¿Puedes desbloquearla?",
        "fraud_or_security": "Alguien ha sacado 900 € de mi cuenta, no autoricé nada. Tengo miedo, ¿puedes bloquear mi tarjeta ya?",
        "privacy_data_request": "Pedí mis datos personales según el RGPD hace un mes y no sé nada. Dime cuándo los tendré.",
        "poor_service": "Nadie me responde desde hace una semana, la atención al cliente es un desastre. ¿Tú me vas a contestar?",
        "billing_question": "La factura del pedido #48213 no coincide con el precio de la web. ¿Me lo puedes explicar?",
        "product_question": "El manual de la cafetera no se entiende y estoy harta. ¿Tienes uno más claro?",
        "praise": "La semana pasada estaba furiosa, pero tu compañero lo solucionó. Gracias.",
        "other": "Estoy muy descontenta con cómo se ha gestionado todo esto, te lo digo en serio.",
    },
    "fr": {
        "delivery_delay": "Où est la commande #48213 ? La livraison était prévue le 12 mars et je n'ai toujours pas reçu le colis. Tu peux regarder ?",
        "damaged_or_defective": "Ma bouilloire de la commande #48213 est arrivée cassée, elle ne fonctionne pas. Tu peux me la changer ?",
        "wrong_item": "Commande #48213 : j'ai reçu la mauvaise taille, ce n'est pas ce que j'ai commandé. Tu peux arranger ça ?",
        "refund_not_received": "J'attends toujours mon remboursement de 45 € pour la commande #48213. Tu peux vérifier ?",
        "unexpected_charge": "J'ai été prélevé deux fois 45 € pour la commande #48213. Je veux être remboursé, tu t'en occupes ?",
        "charged_after_cancel": "J'ai résilié mon abonnement en janvier et on m'a encore prélevé 12,99 € ce mois-ci. Tu m'expliques ?",
        "cancellation": "Je veux résilier mon abonnement aujourd'hui. Tu peux le faire ?",
        "travel_disruption": "Mon vol a été annulé hier soir et personne ne me propose de solution (réservation QX7P2L). Tu peux m'aider ?",
        "outage_or_bug": "L'appli affiche une erreur et plante à chaque ouverture. Tu sais ce qui se passe ?",
        "account_access": "Je n'arrive plus à me connecter, le mot de passe ne marche pas et mon compte est bloqué. Tu peux le débloquer ?",
        "fraud_or_security": "Quelqu'un a retiré 900 € de mon compte, je n'ai rien autorisé. J'ai peur, tu peux bloquer ma carte ?",
        "privacy_data_request": "J'ai demandé mes données au titre du RGPD il y a un mois, sans réponse. Tu me dis où ça en est ?",
        "poor_service": "Personne ne me répond depuis une semaine, le service client est lamentable. Toi, tu vas me répondre ?",
        "billing_question": "La facture de la commande #48213 ne correspond pas au prix du site. Tu peux m'expliquer ?",
        "product_question": "Le mode d'emploi de la bouilloire est incompréhensible et j'en ai assez. Tu en as un plus clair ?",
        "praise": "J'étais furieux la semaine dernière, mais ton collègue a tout réglé. Merci.",
        "other": "Je suis très mécontent de la façon dont tout ça a été géré, je te le dis franchement.",
    },
    "de": {
        "delivery_delay": "Wo ist die Bestellung #48213? Die Lieferung war für den 12. März angekündigt und ist nicht angekommen. Kannst du nachsehen?",
        "damaged_or_defective": "Mein Wasserkocher aus der Bestellung #48213 ist kaputt angekommen und funktioniert nicht. Kannst du ihn austauschen?",
        "wrong_item": "Bestellung #48213: Ich habe die falsche Größe bekommen, nicht das, was ich bestellt habe. Kannst du das klären?",
        "refund_not_received": "Ich warte immer noch auf die Rückerstattung von 45 € für die Bestellung #48213. Kannst du mal schauen?",
        "unexpected_charge": "Ihr habt 45 € für die Bestellung #48213 doppelt abgebucht. Ich will das Geld zurück, kannst du das veranlassen?",
        "charged_after_cancel": "Ich habe im Januar gekündigt und mir werden immer noch 12,99 € im Monat abgebucht. Kannst du das stoppen?",
        "cancellation": "Bitte kündige mein Abo noch heute. Kannst du mir das bestätigen?",
        "travel_disruption": "Mein Flug wurde gestern Abend gestrichen und niemand bietet mir eine Umbuchung an (Buchung QX7P2L). Kannst du mir helfen?",
        "outage_or_bug": "Die App zeigt eine Fehlermeldung und stürzt bei jedem Öffnen ab. Weißt du, woran das liegt?",
        "account_access": "Ich kann mich nicht anmelden, das Passwort geht nicht und mein Konto ist gesperrt. Kannst du es entsperren?",
        "fraud_or_security": "Jemand hat 900 € von meinem Konto abgebucht, die ich nicht veranlasst habe. Ich habe Angst, kannst du meine Karte sperren?",
        "privacy_data_request": "Ich habe vor einem Monat nach DSGVO Auskunft über meine Daten verlangt und nichts gehört. Kannst du nachfragen?",
        "poor_service": "Seit einer Woche antwortet mir niemand, euer Kundenservice ist eine Zumutung. Antwortest du mir wenigstens?",
        "billing_question": "Ich habe eine Frage zur Rechnung #48213: Der Betrag stimmt nicht mit dem Preis auf der Webseite überein. Kannst du das erklären?",
        "product_question": "Die Anleitung für den Wasserkocher ist unverständlich und ich habe genug davon. Hast du eine bessere?",
        "praise": "Letzte Woche war ich wütend, aber deine Kollegin hat alles gelöst. Danke!",
        "other": "Ich bin sehr unzufrieden damit, wie das alles gelaufen ist, das sag ich dir ehrlich.",
    },
}
# Paragraphs that no topic reaches, read from the customer's own words: a health emergency, a bereavement, their own
# payment held by the company's security check (a fraud topic that wants the hold lifted, not a claim), and their goods
# taken with no card or account in the story (an investigation, nothing blocked).
SAMPLE_LIFE_EVENTS = {
    "en": {"health": "I had an allergic reaction after eating your product and I'm still shaking.",
           "bereavement": "My husband passed away last month and the bills in his name keep coming.",
           "security_hold": "You blocked my £2,000 transfer to my landlord for my protection and it is still held. Please release it today.",
           "goods_taken": "Burglary at your storage site: the lock was cut and my belongings were stolen. I'm furious."},
    "es": {"health": "Tuve una reacción alérgica después de comer el producto y sigo temblando.",
           "bereavement": "Mi marido falleció el mes pasado y siguen llegando facturas a su nombre.",
           "security_hold": "Mi transferencia de 2.000 € al casero está bloqueada por seguridad desde el lunes. Libérenla hoy, por favor.",
           "goods_taken": "Robo en su trastero: forzaron la cerradura y se llevaron las herramientas de mi padre. Estoy indignado, quiero una explicación."},
    "fr": {"health": "J'ai fait une réaction allergique après avoir mangé le produit et je tremble encore.",
           "bereavement": "Mon mari est décédé le mois dernier et les factures à son nom continuent d'arriver.",
           "security_hold": "Mon virement de 2 000 € à mon propriétaire est bloqué pour raisons de sécurité depuis lundi. Merci de le débloquer aujourd'hui.",
           "goods_taken": "Quelqu'un a forcé mon casier dans votre consigne et mon colis a été volé. Un escroc se promène avec. C'est inadmissible."},
    "de": {"health": "Ich hatte nach dem Essen eine allergische Reaktion und zittere immer noch.",
           "bereavement": "Mein Mann ist letzten Monat verstorben und es kommen immer noch Rechnungen.",
           "security_hold": "Meine Überweisung über 2.000 € an meinen Vermieter ist seit Montag aus Sicherheitsgründen gesperrt. Bitte geben Sie sie heute frei.",
           "goods_taken": "In mein Lagerabteil wurde eingebrochen und die Fahrräder meiner Kinder wurden gestohlen. Ich bin fassungslos."},
}
SAMPLE_LIFE_EVENTS_INFORMAL = {
    "es": {"health": "Tuve una reacción alérgica después de comer el producto y sigo temblando. ¿Me puedes decir qué lleva?",
           "bereavement": "Mi marido falleció el mes pasado y siguen llegando facturas. ¿Puedes pararlo?",
           "security_hold": "Mi transferencia de 2.000 € al casero está bloqueada por seguridad desde el lunes. ¿Puedes liberarla hoy?",
           "goods_taken": "Robo en vuestro trastero: forzaron la cerradura y se llevaron las herramientas de mi padre. ¿Me puedes explicar cómo ha pasado?"},
    "fr": {"health": "J'ai fait une réaction allergique avec le produit et je tremble encore. Tu peux me dire ce qu'il contient ?",
           "bereavement": "Mon mari est décédé le mois dernier et les factures continuent d'arriver. Tu peux arrêter ça ?",
           "security_hold": "Mon virement de 2 000 € à mon propriétaire est bloqué pour raisons de sécurité depuis lundi. Tu peux le débloquer aujourd'hui ?",
           "goods_taken": "Quelqu'un a forcé mon casier dans ta consigne et mon colis a été volé. Un escroc se promène avec. Tu peux m'expliquer ?"},
    "de": {"health": "Ich hatte nach dem Essen eine allergische Reaktion und zittere immer noch. Kannst du mir sagen, was drin ist?",
           "bereavement": "Mein Mann ist letzten Monat verstorben und es kommen immer noch Rechnungen. Kannst du das stoppen?",
           "security_hold": "Meine Überweisung über 2.000 € an meinen Vermieter ist seit Montag aus Sicherheitsgründen gesperrt. Kannst du sie heute freigeben?",
           "goods_taken": "In mein Lagerabteil wurde eingebrochen und die Fahrräder meiner Kinder wurden gestohlen. Kannst du mir sagen, wie das passieren konnte?"},
}
SAMPLE_EVIDENCE = {
    "abuse": "you useless idiots, bunch of clowns",
    "profanity": "this is a shit situation",
    "legal_threat": "I will talk to my lawyer",
    "churn_threat": "I'll take my business elsewhere",
    "cancel_request": "cancel my account",
    "already_cancelled": "I already cancelled in May",
    "repeat_contact": "third time I'm writing",
    "escalation_request": "get me a manager",
    "public_exposure": "I will post a review on Trustpilot",
    "urgency": "I need this by 3 pm today",
    "distress": "I am really scared",
    "shouting": "THIS IS UNACCEPTABLE",
}
# The same evidence in each reply language, worded so that it says nothing of the register: appended in English it would
# turn the message English, and the es/fr/de paragraphs for these cues would never be rendered.
SAMPLE_EVIDENCE_IN = {
    "es": {
        "abuse": "menuda panda de inútiles y ladrones", "profanity": "esto es una mierda", "legal_threat": "voy a hablar con mi abogado",
        "churn_threat": "me voy a la competencia", "cancel_request": "quiero darme de baja",
        "already_cancelled": "ya me di de baja en mayo", "repeat_contact": "es la tercera vez que escribo",
        "escalation_request": "quiero hablar con un responsable", "public_exposure": "voy a poner una reseña en Trustpilot",
        "urgency": "lo necesito hoy antes de las 15:00", "distress": "tengo mucho miedo", "shouting": "ESTO ES INACEPTABLE",
    },
    "fr": {
        "abuse": "bande d'incapables, vraiment nuls", "profanity": "c'est vraiment la merde", "legal_threat": "je vais voir mon avocat",
        "churn_threat": "je vais aller chez un concurrent", "cancel_request": "je veux résilier mon compte",
        "already_cancelled": "j'ai déjà résilié en mai", "repeat_contact": "c'est la troisième fois que j'écris",
        "escalation_request": "je veux parler à un responsable", "public_exposure": "je vais laisser un avis sur Trustpilot",
        "urgency": "il me le faut aujourd'hui avant 15 h", "distress": "j'ai vraiment peur", "shouting": "C'EST INACCEPTABLE",
    },
    "de": {
        "abuse": "was für ein Haufen Idioten, echt unfähig", "profanity": "so eine Scheiße", "legal_threat": "ich schalte meinen Anwalt ein",
        "churn_threat": "ich wechsle zur Konkurrenz", "cancel_request": "ich will mein Konto kündigen",
        "already_cancelled": "ich habe schon im Mai gekündigt", "repeat_contact": "ich schreibe jetzt zum dritten Mal",
        "escalation_request": "ich will mit einer Führungskraft sprechen",
        "public_exposure": "ich schreibe eine Bewertung auf Trustpilot", "urgency": "ich brauche das heute bis 15 Uhr",
        "distress": "ich habe wirklich Angst", "shouting": "DAS IST INAKZEPTABEL",
    },
}
SAMPLE_FOLLOWUP_AT = datetime(2026, 11, 24, 14, 0, tzinfo=timezone.utc)
SAMPLE_FOLLOWUP_TEXT = "within 24 hours (by Tue 24 Nov, 14:00 UTC)"


def sample_message(topic: str, language: str = "en", informal: bool = False) -> str:
    """The sample for a topic (or a life event: "health", "bereavement") in a language; `informal` picks the one that
    says tú / tu / du (es, fr, de only)."""
    if topic in SAMPLE_LIFE_EVENTS["en"]:
        return (SAMPLE_LIFE_EVENTS_INFORMAL if informal else SAMPLE_LIFE_EVENTS)[language][topic]
    if informal:
        return SAMPLE_MESSAGES_INFORMAL[language][topic]
    return SAMPLE_MESSAGES_IN.get(language, SAMPLE_MESSAGES)[topic]


def sample_verdict(topic: str, modifiers: tuple[str, ...] = (), language: str = "en", informal: bool = False) -> Verdict:
    message = sample_message(topic, language, informal)
    said = SAMPLE_EVIDENCE_IN.get(language, SAMPLE_EVIDENCE)
    evidence = [Evidence(SCORE_CUE, message, 0, len(message))]
    evidence += [Evidence(m, said[m], 0, len(said[m])) for m in modifiers]
    level = "very_negative" if {"abuse", "legal_threat"} & set(modifiers) else "negative"
    return Verdict(True, level, -0.7, tuple(m for m in MODIFIERS if m in modifiers), tuple(evidence))


def sample_context(topic: str, language: str = "en", modifiers: tuple[str, ...] = (), *, templates_dir: str = "",
                   customer_name: str = "Maria Garcia", followup: bool = True, informal: bool = False) -> NoteContext:
    said = SAMPLE_EVIDENCE_IN.get(language, SAMPLE_EVIDENCE)
    message = sample_message(topic, language, informal) + "".join(f" {said[m]}." for m in modifiers)
    verdict, subject = sample_verdict(topic, modifiers, language, informal), "About my order"
    # A topic no note's reading names (praise: an upset customer is never praising) still ships its templates, so
    # its sample is read as usual and then given that topic, for the templates to be rendered and checked.
    situation = replace(read_situation(message, subject, verdict.cues, language), topic=topic, topic_confidence=1.0) \
        if topic in NEVER_UPSET else None
    return NoteContext(
        helpdesk="zendesk", ticket_id="4821", verdict=verdict, escalation=1,
        customer_name=customer_name, subject=subject, reason="customer turned upset",
        followup_text=SAMPLE_FOLLOWUP_TEXT if followup else "", followup_at=SAMPLE_FOLLOWUP_AT if followup else None,
        decided_at=SAMPLE_FOLLOWUP_AT - timedelta(hours=24),
        message_text=message, customer_locale=language, team_language=language, templates_dir=templates_dir,
        situation=situation,
    )


def every_sample(templates_dir: str = "") -> list[NoteContext]:
    """Each topic in each language, bare and with modifiers, so every shipped template file gets rendered; and again
    from a customer who says tú / tu / du, so every sentence's informal form is rendered too."""
    # The legal paragraph replaces the escalation one in replies, so legal_threat gets a sample of its own. The
    # boundary and "before you decide" paragraphs need abuse and a churn threat without distress or a cancel request.
    without_legal = tuple(m for m in MODIFIERS if m != "legal_threat")
    cases = [(topic, modifiers) for topic in TOPICS for modifiers in ((), without_legal, ("legal_threat",))]
    cases += [("health", ()), ("bereavement", ()), ("goods_taken", ()), ("other", ("abuse", "churn_threat"))]
    return [
        sample_context(topic, language, modifiers, templates_dir=templates_dir, informal=informal)
        for informal in (False, True)
        for topic, modifiers in cases
        for language in (SUPPORTED if not informal else tuple(SAMPLE_MESSAGES_INFORMAL))
    ]
