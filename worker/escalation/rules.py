"""The admin's rules as pure functions: which tickets calmdesk watches, which verdicts get a note, what it adds.

Every function takes the `Rules` from calmdesk/config.py and plain values; none does I/O.
"""

from __future__ import annotations

from typing import Any

from calmdesk.vocabulary import LEVEL_RANK
from calmdesk.config import Filter, Rules

_RANK = LEVEL_RANK


def _matches(name: str, values: tuple[str, ...], flt: Filter) -> tuple[bool, str]:
    """One attribute against its include/exclude lists, comparing case-insensitively."""
    present = {v.lower() for v in values if v}
    excluded = present & {v.lower() for v in flt.exclude}
    if excluded:
        return False, f"{name} {sorted(excluded)[0]} is excluded"
    if flt.include and not present & {v.lower() for v in flt.include}:
        shown = ", ".join(sorted(present)) or "none"
        return False, f"{name} ({shown}) not in {', '.join(flt.include)}"
    return True, ""


def watches(rules: Rules, event: Any) -> tuple[bool, str]:
    """Whether the rules cover this ticket (a TicketEvent, or anything with brand_id, group_id, channel, tags).

    An attribute the helpdesk did not send ("" / no tags) fails an include list: calmdesk cannot show it belongs.
    """
    checks = (
        ("brand", (str(getattr(event, "brand_id", "") or ""),), rules.brands),
        ("group", (str(getattr(event, "group_id", "") or ""),), rules.groups),
        ("channel", (str(getattr(event, "channel", "") or ""),), rules.channels),
        ("tag", tuple(str(t) for t in getattr(event, "tags", ()) or ()), rules.tags),
    )
    for name, values, flt in checks:
        ok, reason = _matches(name, values, flt)
        if not ok:
            return False, reason
    return True, "watched"


def turn_policy(rules: Rules):
    """The TurnPolicy (worker/turns.py) the rules ask for: cooldown and whether a first message can be noted."""
    from worker.escalation.turns import TurnPolicy

    return TurnPolicy(cooldown_seconds=rules.cooldown_seconds, notify_on_first_message=rules.notify_on_first_message)


def note_wanted(rules: Rules, verdict: Any) -> tuple[bool, str]:
    """Whether this verdict (level, cues) asks for a note: at or above min_level, or showing an always-on cue."""
    level = getattr(verdict, "level", "calm")
    cues = set(getattr(verdict, "cues", ()) or ())
    always = cues & set(rules.always_on_cues)
    if always:
        return True, f"cue {sorted(always)[0]} always asks for a note"
    if _RANK.get(level, 0) >= _RANK[rules.min_level]:
        return True, f"level {level} reaches {rules.min_level}"
    if _RANK.get(level, 0) == 0:
        return False, "calm"
    return False, f"level {level} is below {rules.min_level}"


def tags_to_add(rules: Rules, verdict: Any = None) -> list[str]:
    """The admin's extra tags for a flagged ticket, beside the ones the note itself carries."""
    return list(rules.add_tags)


def priority_bump(rules: Rules, verdict: Any) -> str | None:
    """The priority to raise the ticket to ("high", "urgent", ...), or None when the rules ask for no bump."""
    bump = rules.bump_priority
    if bump is None:
        return None
    if getattr(verdict, "level", "") in bump.levels or set(getattr(verdict, "cues", ()) or ()) & set(bump.cues):
        return bump.to
    return None
