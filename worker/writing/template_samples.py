"""Sample tickets that reach every playbook, modifier and language: for checking admin overrides and for tests."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from worker.detector import SCORE_CUE, Evidence, Verdict
from calmdesk.languages import SUPPORTED
from worker.writing.notes import NoteContext
from worker.writing.playbooks import MODIFIERS, TOPICS

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
SAMPLE_EVIDENCE = {
    "abuse": "you useless idiots",
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
SAMPLE_FOLLOWUP_AT = datetime(2026, 11, 24, 14, 0, tzinfo=timezone.utc)
SAMPLE_FOLLOWUP_TEXT = "within 24 hours (by Tue 24 Nov, 14:00 UTC)"


def sample_verdict(topic: str, modifiers: tuple[str, ...] = (), language: str = "en") -> Verdict:
    message = SAMPLE_MESSAGES_IN.get(language, SAMPLE_MESSAGES)[topic]
    evidence = [Evidence(SCORE_CUE, message, 0, len(message))]
    evidence += [Evidence(m, SAMPLE_EVIDENCE[m], 0, len(SAMPLE_EVIDENCE[m])) for m in modifiers]
    level = "very_negative" if {"abuse", "legal_threat"} & set(modifiers) else "negative"
    return Verdict(True, level, -0.7, tuple(m for m in MODIFIERS if m in modifiers), tuple(evidence))


def sample_context(topic: str, language: str = "en", modifiers: tuple[str, ...] = (), *, templates_dir: str = "",
                   customer_name: str = "Maria Garcia", followup: bool = True) -> NoteContext:
    message = SAMPLE_MESSAGES_IN.get(language, SAMPLE_MESSAGES)[topic] + "".join(f" {SAMPLE_EVIDENCE[m]}." for m in modifiers)
    return NoteContext(
        helpdesk="zendesk", ticket_id="4821", verdict=sample_verdict(topic, modifiers, language), escalation=1,
        customer_name=customer_name, subject="About my order", reason="customer turned upset",
        followup_text=SAMPLE_FOLLOWUP_TEXT if followup else "", followup_at=SAMPLE_FOLLOWUP_AT if followup else None,
        decided_at=SAMPLE_FOLLOWUP_AT - timedelta(hours=24),
        message_text=message, customer_locale=language, team_language=language, templates_dir=templates_dir,
    )


def every_sample(templates_dir: str = "") -> list[NoteContext]:
    """Each topic in each language, bare and with modifiers, so every shipped template file gets rendered."""
    # The legal paragraph replaces the escalation one in replies, so legal_threat gets a sample of its own.
    without_legal = tuple(m for m in MODIFIERS if m != "legal_threat")
    return [
        sample_context(topic, language, modifiers, templates_dir=templates_dir)
        for topic in TOPICS
        for language in SUPPORTED
        for modifiers in ((), without_legal, ("legal_threat",))
    ]
