"""What the note says before the draft: the one-line brief and the 2-4 do/don't lines for this case.

Pure functions over a Situation: which lines, in which order, and the short quote of the grievance. The words
themselves live in templates/notes/labels.<lang>.html.j2, keyed by the names chosen here.
"""

from __future__ import annotations

import re

from worker.writing.situation import Situation

MAX_LINES = 4
BRIEF_QUOTE_WORDS = 12
# The cues worth naming in the brief as risks, most serious first; others are left to the evidence list.
RISK_ORDER = ("legal_threat", "public_exposure", "escalation_request", "cancel_request", "already_cancelled",
              "churn_threat", "abuse", "distress", "urgency")


def short_quote(text: str, limit: int = BRIEF_QUOTE_WORDS) -> str:
    """The grievance in their words, at most `limit` words, ending on a word."""
    words = " ".join((text or "").split()).rstrip(".!? ").split(" ")
    if not words or words == [""]:
        return ""
    return " ".join(words[:limit]) + ("…" if len(words) > limit else "")


def risks(situation: Situation) -> list[str]:
    present = [c for c in RISK_ORDER if c in situation.cues]
    if "distress" in present and situation.fraud:
        present.remove("distress")
    if "churn_threat" in present and ("cancel_request" in present or "already_cancelled" in present):
        present.remove("churn_threat")
    if "urgency" in present and situation.facts.deadline is not None:
        present.remove("urgency")  # the deadline itself is in the brief
    return present[:3]


def line_keys(situation: Situation) -> list[str]:
    """2-4 lines specific to this case, the most consequential first."""
    s, cues = situation, set(situation.cues)
    keys: list[str] = []

    def add(key: str, when: bool = True) -> None:
        if when and key not in keys:
            keys.append(key)

    add("security_hold", s.fraud and s.security_hold)
    add("goods_taken", s.fraud and s.goods_taken)
    add("fraud", s.fraud and not s.security_hold and not s.goods_taken)
    add("bereavement", s.bereavement)
    add("cancel", s.cancel_request)
    add("already_cancelled", s.already_cancelled and not s.cancel_request)
    add("legal", "legal_threat" in cues)
    add("boundary", s.boundary)
    add("distress", s.frightened and not s.fraud and not s.bereavement)
    add("deadline", s.facts.deadline is not None or "urgency" in cues)
    add("repeat", "repeat_contact" in cues)
    add("escalation", "escalation_request" in cues and "legal_threat" not in cues)
    add("churn", s.churn_only)
    add("let_go", s.single_insult)
    add("profanity", s.profanity and "abuse" not in cues)
    add("public", "public_exposure" in cues)
    add("outage", s.topic == "outage_or_bug")
    add("shouting", "shouting" in cues and len(keys) < 3)
    if len(keys) < 2:
        add("topic")
    if len(keys) < 2 and s.facts.refs:
        add("check_ref")
    if len(keys) < 2 and s.facts.amounts:
        add("amount")
    if len(keys) < 2:
        add("promise")
    return keys[:MAX_LINES]


def avoid_keys(situation: Situation) -> list[str]:
    cues = set(situation.cues)
    keys = []
    for key, when in (("legal", "legal_threat" in cues), ("cancel", situation.cancel_request),
                      ("churn", situation.churn_only), ("distress", situation.frightened or situation.bereavement),
                      ("abuse", "abuse" in cues), ("repeat", "repeat_contact" in cues),
                      ("escalation", "escalation_request" in cues), ("deadline", situation.facts.deadline is not None),
                      ("public", "public_exposure" in cues),
                      ("money", situation.topic in ("refund_not_received", "unexpected_charge", "charged_after_cancel"))):
        if when:
            keys.append(key)
    return keys[:3] + ["no_invent", "generic"]


def quotable(text: str) -> str:
    """The grievance as the draft may say it back: a statement of 4-22 words, not a shout or a question."""
    text = " ".join((text or "").split()).rstrip(" .!")
    words = text.split()
    letters = re.sub(r"[^A-Za-zÀ-ÿ]", "", text)
    if re.search(r"\d{2,}|\d[^\s\d]\d", text):
        return ""  # numbers are said back only where the draft names them (ref, amount), never inside a quote
    if not 4 <= len(words) <= 18 or text.endswith("?") or (letters and sum(c.isupper() for c in letters) > 0.6 * len(letters)):
        return ""
    if re.search(r"[<>{}\[\]`*|\\]", text):
        return ""
    return text
