"""Parses the human durations used in settings ("90s", "4h", "2d")."""

import re

_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}
_PATTERN = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhdw]?)\s*$", re.IGNORECASE)


class DurationError(ValueError):
    """A duration string that cannot be read."""


class MissingUnit(DurationError):
    """A bare number where a unit is required: `cooldown: 24` would be 24 seconds, which nobody means."""


def parse_duration(text: str, require_unit: bool = False) -> int:
    """Return the number of seconds in a duration such as '90s', '4h', '2d'.

    A bare number means seconds, unless `require_unit` (the config file), where it raises MissingUnit."""
    match = _PATTERN.match(str(text))
    if not match:
        raise DurationError(f"{text!r} is not a duration; write a number with s, m, h, d or w, e.g. '90s', '4h', '2d'")
    if require_unit and not match.group(2):
        raise MissingUnit(f"{text!r} has no unit; write {match.group(1)}h for hours, {match.group(1)}m for minutes "
                          f"or {match.group(1)}s for seconds")
    seconds = float(match.group(1)) * _UNITS[(match.group(2) or "s").lower()]
    if seconds <= 0:
        raise DurationError(f"{text!r} must be longer than zero")
    return int(seconds)


def format_duration(seconds: int) -> str:
    """The shortest exact spelling of a duration, for messages and notes."""
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds % size == 0 and seconds >= size:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


def describe_duration(seconds: int) -> str:
    """'24 hours', '90 seconds', '2 days': for text a person reads."""
    for unit, size in (("day", 86400), ("hour", 3600), ("minute", 60)):
        # "24 hours" reads as a promise better than "1 day"; whole days only from two days up.
        if seconds % size == 0 and seconds >= size and (unit != "day" or seconds >= 2 * size):
            count = seconds // size
            return f"{count} {unit}{'s' if count != 1 else ''}"
    return f"{seconds} second{'s' if seconds != 1 else ''}"
