"""Word valences for support messages: VADER's lexicon, retuned for how customers write to a helpdesk.

VADER was built on social media. In a ticket, "please", "help" and "support" are requests, not warmth, and
"error", "failed" or "broken" name the problem being reported rather than the writer's mood, so those are
softened; words that in a ticket carry real annoyance ("joke", "stranded") are added or strengthened.
"""

from __future__ import annotations

from functools import lru_cache

from vaderSentiment.vaderSentiment import BOOSTER_DICT, NEGATE

# Requests, greetings and service vocabulary: neutral in a ticket.
_NEUTRAL = (
    "please", "pls", "plz", "help", "helps", "helping", "support", "supported", "hope", "hoping", "kind", "kindly",
    "like", "want", "wants", "sure", "care", "free", "credit", "credited", "yes", "no", "ok", "okay", "well",
    "number", "pay", "create", "original", "pretty", "reach", "reached", "priority", "share", "true", "matter",
    "clear", "approved", "resolved", "fine", "gentle", "worries", "bother", "sorry", "important", "l", "pu",
    "charged", "charges", "charge", "spam", "urgent", "confused", "ready", "save", "saved", "top", "lol",
    "sincerely", "regards", "cheers", "dear", "wish", "welcome", "agree", "accept", "accepted", "join",
    "trust", "interested", "interest", "party", "play", "god", "easy", "cut", "dead", "kill",
)

# Words that name the problem being reported. A calm report is full of them, so they count only a little.
PROBLEM_WORDS = {
    "error": -0.5, "errors": -0.5, "fail": -0.6, "fails": -0.6, "failed": -0.6, "failing": -0.6, "failure": -0.6,
    "crash": -0.5, "crashes": -0.5, "crashed": -0.5, "crashing": -0.5, "broken": -0.7, "broke": -0.6,
    "problem": -0.4, "problems": -0.4, "issue": -0.3, "issues": -0.3, "wrong": -0.6, "missing": -0.4,
    "missed": -0.5, "delayed": -0.8, "delay": -0.7, "delays": -0.8, "late": -0.7, "stuck": -0.9,
    "cancel": -0.4, "cancelled": -0.8, "canceled": -0.8, "cancellation": -0.6, "invalid": -0.3,
    "rejected": -0.6, "denied": -0.6, "unable": -0.5, "stopped": -0.4, "stops": -0.3, "empty": -0.2,
    "damaged": -0.9, "bug": -0.3, "bugs": -0.4, "locked": -0.4, "expired": -0.3, "down": -0.3,
    "outage": -0.8, "outages": -1.0, "overcharged": -1.2, "stranded": -1.5, "jams": -0.4, "drops": -0.3,
    "reject": -0.4, "rejects": -0.4, "unexpected": -0.3, "dropped": -0.6, "blank": -0.2, "lost": -0.7, "hold": -0.3, "waiting": -0.4, "waited": -0.6,
}
# Events that happen to the customer rather than to a system (a delayed flight, a lost bag): they weigh more, and
# are not softened like the words that name a system's state.
HARM_EVENTS = {"delayed": -1.3, "delay": -1.1, "delays": -1.3, "cancelled": -1.3, "canceled": -1.3,
                      "stuck": -1.3, "lost": -1.1, "missed": -1.0, "late": -1.0, "bumped": -1.2, "stranded": -1.8,
                      "waited": -1.0, "cancellation": -1.0, "cancellations": -1.2, "rebooked": -0.6}
for _word in HARM_EVENTS:
    PROBLEM_WORDS.pop(_word, None)

# Words VADER does not know, or underrates, that in a ticket signal annoyance.
_STRONGER = {
    "joke": -1.6, "unacceptable": -2.6, "ridiculous": -2.4, "useless": -2.2, "pathetic": -2.6, "shambles": -2.6,
    "appalling": -2.8, "disgraceful": -2.8, "disgrace": -2.6, "incompetent": -2.6, "incompetence": -2.6,
    "clueless": -2.0, "rubbish": -2.0, "garbage": -2.0, "nightmare": -2.4, "mess": -1.6, "hopeless": -2.2,
    "excuses": -1.2, "runaround": -2.0, "sick": -1.0, "annoying": -2.0, "annoyed": -2.0,
    "frustrating": -2.2, "frustrated": -2.2, "frustration": -2.0, "disappointed": -2.2, "disappointing": -2.2,
    "furious": -3.0, "livid": -3.0, "fuming": -2.8, "outraged": -3.0, "outrageous": -2.6, "infuriating": -3.0,
    "unhappy": -2.2, "disgusted": -2.8, "lied": -2.0, "lies": -1.8, "lying": -2.0, "scam": -2.6, "ripoff": -2.4,
    "panicking": -2.0, "stressful": -2.0, "disaster": -2.6, "worse": -2.0, "worst": -3.2, "awful": -2.6,
    "terrible": -2.6, "horrible": -2.6, "poor": -1.6, "shocking": -2.2, "absurd": -2.0, "insane": -1.6,
    "ignored": -1.8, "ignoring": -1.8, "hung": -0.8, "fault": -1.0, "refuse": -1.0, "refused": -1.4,
    "nobody": -0.6, "waste": -2.0, "wasted": -2.0, "wasting": -2.0,
    "inexcusable": -2.6, "hassle": -1.6, "stinks": -2.0, "shortcomings": -1.4, "poorly": -1.6, "uncool": -1.6,
    "unhelpful": -2.0, "unwilling": -1.4, "mishandled": -2.0, "disorganized": -1.8, "disorganised": -1.8, "chaos": -1.8,
    "chaotic": -1.8, "inconvenience": -1.4, "inconvenienced": -1.8, "unreliable": -1.8, "sloppy": -1.8, "subpar": -2.0,
    "worthless": -2.4, "lousy": -2.2, "misinformation": -1.6, "misinformed": -1.6, "overbooked": -1.4, "oversold": -1.4,
    "nope": -0.8, "excuse": -0.8, "sucked": -2.0, "screwed": -2.0, "fiasco": -2.4, "debacle": -2.4, "incompetency": -2.6,
    "yuck": -2.0, "ugh": -2.0, "smh": -2.0, "rude": -2.4, "unprofessional": -2.6,
}

# Thanks and appreciation: warmth in a calm message, but only politeness inside a complaint.
POLITENESS = frozenset({"thanks", "thank", "thx", "appreciate", "appreciated", "grateful", "cheers", "great", "good",
                        "happy", "nice", "lovely", "wonderful", "glad"})

# VADER's negations; "no" is not one ("no seat, horrible service" is not negated praise).
NEGATIONS = frozenset(NEGATE) | {"never", "nobody", "nothing", "noone"}
BOOSTERS = {word: value for word, value in BOOSTER_DICT.items() if " " not in word}


@lru_cache(maxsize=1)
def word_valences() -> dict[str, float]:
    """VADER's lexicon with the support-domain changes above applied (built once; the dict is shared, never mutate it)."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    valences = dict(SentimentIntensityAnalyzer().lexicon)
    for word in _NEUTRAL:
        valences.pop(word, None)
    valences.update(PROBLEM_WORDS)
    valences.update(HARM_EVENTS)
    valences.update(_STRONGER)
    return {word: value for word, value in valences.items() if value}
