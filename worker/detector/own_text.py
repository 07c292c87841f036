"""Finds the customer's own words in a helpdesk message: quoted earlier messages and signatures are blanked out.

Blanking (not cutting) keeps every offset valid, so evidence found in the result points into the original text.
"""

from __future__ import annotations

import re

# A quoted line of an earlier message ("> ...").
_QUOTED_LINE = re.compile(r"^[ \t]*>.*$", re.MULTILINE)

# Where the customer's own text ends and something else begins; everything from here on is not theirs.
_TAIL_STARTS = [  # (pattern, lower-case words one of which the text must contain for it to match: a cheap guard)
    # "On Tue, 12 Mar 2024 at 10:02, Support <help@x.com> wrote:" (mail clients may wrap it over a few lines)
    (re.compile(r"^[ \t]*On\b[^\n]{0,200}(?:\n[^\n]{0,200}){0,2}?\bwrote:[ \t]*$", re.MULTILINE), ("wrote:",)),
    (re.compile(r"^[ \t]*-{2,}\s*(?:Original|Forwarded) Message\s*-{2,}", re.MULTILINE | re.IGNORECASE), ("message",)),
    (re.compile(r"^[ \t]*_{10,}[ \t]*\n[ \t]*From:", re.MULTILINE), ("from:",)),
    (re.compile(r"^[ \t]*From:[^\n]*\n[ \t]*(?:Sent|Date):", re.MULTILINE), ("from:",)),
    (re.compile(r"^[ \t]*#{1,3}-? ?Please type your reply above this line", re.MULTILINE | re.IGNORECASE), ("above this line",)),
    # The conventional signature delimiter "-- " (and the common "--" without its space).
    (re.compile(r"^--[ \t]*$", re.MULTILINE), ("--",)),
    (re.compile(r"^[ \t]*(?:Sent from my|Sent from Mail for|Get Outlook for)\b", re.MULTILINE | re.IGNORECASE), ("sent from", "get outlook")),
    (re.compile(r"^[ \t]*(?:This (?:e-?mail|message)|The information (?:contained )?in this)[^\n]{0,80}"
                r"\b(?:confidential|intended (?:solely )?for)", re.MULTILINE | re.IGNORECASE), ("confidential", "intended")),
]

# A closing line ("Kind regards,") followed by a few short lines (name, title, phone) is a signature.
_VALEDICTION = re.compile(
    r"^[ \t]*(?:(?:best|kind|warm|warmest|many|with)?\s*(?:regards|wishes)|best|cheers|thanks|thank you|many thanks|"
    r"thanks again|thanks in advance|sincerely|yours(?: sincerely| truly| faithfully)?|all the best|respectfully|"
    r"br|rgds)[ \t]*[,.!]?[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)
_SIGNATURE_MAX_LINES = 6
_SIGNATURE_MAX_LINE_LENGTH = 60


def own_text(text: str) -> str:
    """The text with quotes and signatures replaced by spaces (newlines kept), same length as the input."""
    cut = len(text)
    lower = text.lower()
    for pattern, guards in _TAIL_STARTS:
        if not _contains_any(lower, guards):
            continue
        match = pattern.search(text, 0, cut)
        if match and match.start() > 0:
            cut = match.start()
    if "\n" in text:  # a valediction is a line of its own
        cut = _signature_start(text, cut)
    kept = text[:cut]
    if ">" in kept:
        kept = _QUOTED_LINE.sub(_blank, kept)
    return kept + _blank_text(text[cut:])


def _contains_any(text: str, words: tuple[str, ...]) -> bool:
    # A plain loop: any() over a generator costs more than the few `in` tests it makes.
    for word in words:
        if word in text:
            return True
    return False


def _signature_start(text: str, cut: int) -> int:
    for match in _VALEDICTION.finditer(text, 0, cut):
        if match.start() == 0:
            continue
        rest = [line for line in text[match.end():cut].splitlines() if line.strip()]
        if len(rest) <= _SIGNATURE_MAX_LINES and all(len(line) <= _SIGNATURE_MAX_LINE_LENGTH for line in rest):
            return match.start()
    return cut


def _blank(match: re.Match) -> str:
    return _blank_text(match.group(0))


def _blank_text(text: str) -> str:
    return re.sub(r"[^\n]", " ", text)


# Some exported datasets and ticket tools replace words with category labels ("my flight was Cancelled Flightled",
# "reFlight Booking Problems"); map them back to the word they replaced, padded with spaces to keep offsets.
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
