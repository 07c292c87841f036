"""Fill in what a delivery left out (brand, group, channel, subject) from the ticket itself, before the rules run.

Trigger bodies and Freshdesk rule bodies carry only what their placeholders render: no brand, group or channel,
and calmdesk's own bodies no subject (free text is not JSON-escaped). Without this, any `include` rule on brand,
group or channel would silence every ticket (issue 13; ../shared/helpdesk-facts.md).
"""

from __future__ import annotations

from dataclasses import replace

from calmdesk.events import TicketEvent


def needs_ticket_attributes(event: TicketEvent, rules) -> bool:
    """One GET is worth it when the note lacks the subject, or a rule filters on an attribute the event lacks."""
    if not event.subject:
        return True
    wanted = (("brand_id", rules.brands), ("group_id", rules.groups), ("channel", rules.channels))
    return any(flt.active and not getattr(event, name) for name, flt in wanted)


def with_ticket_attributes(event: TicketEvent, client) -> TicketEvent:
    """The event with each missing attribute read from the ticket; what the event already said is kept."""
    found = client.attributes(event.ticket_id)
    return replace(event, brand_id=event.brand_id or found.brand_id, group_id=event.group_id or found.group_id,
                   channel=event.channel or found.channel, subject=event.subject or found.subject,
                   tags=event.tags or found.tags)
