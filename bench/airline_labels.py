"""The airline data set's label artifacts, undone before the benchmark hands a tweet to the detector.

The public "Twitter US Airline Sentiment" export replaced words with category labels ("my flight was Cancelled
Flightled", "reFlight Booking Problems"). That is a quirk of one data set, not of helpdesk tickets, so the repair
lives here and never runs on production messages.
"""

from __future__ import annotations

import re

_LABEL_ARTIFACTS = re.compile(r"Cancelled Flight|Late Flight|Flight Booking Problems")
_ARTIFACT_WORD = {"Cancelled Flight": "cancel", "Late Flight": "late", "Flight Booking Problems": "booking"}
_ARTIFACT_IN_WORD = re.compile(r"(\w*?)(Cancelled Flight|Late Flight|Flight Booking Problems)(\w*)")


def undo_label_artifacts(text: str) -> str:
    """"Cancelled Flightled" -> "cancelled" (then spaces), same length as the input."""
    if "Flight" not in text or _LABEL_ARTIFACTS.search(text) is None:
        return text
    return _ARTIFACT_IN_WORD.sub(_undo, text)


def _undo(match: re.Match) -> str:
    word = match.group(1) + _ARTIFACT_WORD[match.group(2)] + match.group(3)
    return word + " " * (len(match.group(0)) - len(word))
