"""Sample tickets that reach every playbook, modifier and language: for checking admin overrides and for tests."""

from __future__ import annotations

from datetime import datetime, timezone

from .detector import SCORE_CUE, Evidence, Verdict
from .languages import SUPPORTED
from .notes import NoteContext
from .playbooks import MODIFIERS, TOPICS

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


def sample_verdict(topic: str, modifiers: tuple[str, ...] = ()) -> Verdict:
    message = SAMPLE_MESSAGES[topic]
    evidence = [Evidence(SCORE_CUE, message, 0, len(message))]
    evidence += [Evidence(m, SAMPLE_EVIDENCE[m], 0, len(SAMPLE_EVIDENCE[m])) for m in modifiers]
    level = "very_negative" if {"abuse", "legal_threat"} & set(modifiers) else "negative"
    return Verdict(True, level, -0.7, tuple(m for m in MODIFIERS if m in modifiers), tuple(evidence))


def sample_context(topic: str, language: str = "en", modifiers: tuple[str, ...] = (), *, templates_dir: str = "",
                   customer_name: str = "Maria Garcia", followup: bool = True) -> NoteContext:
    message = SAMPLE_MESSAGES[topic] + "".join(f" {SAMPLE_EVIDENCE[m]}." for m in modifiers)
    return NoteContext(
        helpdesk="zendesk", ticket_id="4821", verdict=sample_verdict(topic, modifiers), escalation=1,
        customer_name=customer_name, subject="About my order", reason="customer turned upset",
        followup_text=SAMPLE_FOLLOWUP_TEXT if followup else "", followup_at=SAMPLE_FOLLOWUP_AT if followup else None,
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
