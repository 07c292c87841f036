"""The conversations `calmdesk demo` replays: some calm, some that turn upset, in several languages."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Conversation:
    customer: str
    subject: str
    messages: tuple[str, ...]
    locale: str = "en-US"
    expect_note: bool = True


CONVERSATIONS = (
    Conversation(
        "Priya Natarajan", "CSV export returns an error",
        ("Hi team, the CSV export on the Reports page returns a 500 error since this morning. Steps: open Reports, "
         "pick last month, click Export. Could you have a look when you get a chance? Thanks, Priya",),
        expect_note=False,
    ),
    Conversation(
        "Dana Whitfield", "Where is order #48213?",
        ("Hello, my order #48213 was due last Monday and the tracking page hasn't moved since. Any news?",
         "This is the third time I'm writing about order #48213. Still nothing, nobody answers, and this is "
         "unacceptable. If it isn't here by Friday I'm cancelling my subscription.",
         "Still waiting. Honestly, I don't know why I bother."),
    ),
    Conversation(
        "Marco Bellini", "Charged twice",
        ("You idiots charged my card twice for invoice INV-2291. Fix it NOW or I'm filing a chargeback with my bank!!!",),
    ),
    Conversation(
        "Lucía Fernández", "Pedido 77120 sin llegar",
        ("Hola, hice el pedido 77120 hace dos semanas y todavía no ha llegado. Es la tercera vez que escribo y "
         "nadie me responde. Esto es inaceptable; si no lo soluciono esta semana, cancelo mi cuenta.",),
        locale="es-ES",
    ),
    Conversation(
        "Alex Kim", "Thanks!",
        ("Just wanted to say thanks, the new dashboard works great for our team.",),
        expect_note=False,
    ),
)

# Replayed against the sandbox Freshdesk: the first message opens the ticket (its description, delivered by the
# ticket-creation rule), later ones are replies (delivered by the ticket-update rule, calmdesk's advanced body).
FRESHDESK_CONVERSATIONS = (
    Conversation(
        "Jonas Berg", "Invoice address",
        ("Hello, could you change the billing address on our account to Storgatan 4, 111 23 Stockholm? "
         "It applies from next month's invoice. Thank you!",),
        locale="en", expect_note=False,
    ),
    Conversation(
        "Hannah Okafor", "Replacement kettle still not shipped",
        ("Hi, my Kettle Pro 2 arrived with a cracked lid. Could you send a replacement?",
         "It's been two weeks and three emails. Nobody has shipped anything and nobody answers. This is "
         "ridiculous, I want a refund now or I'm disputing the charge."),
        locale="en",
    ),
)
