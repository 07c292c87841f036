"""detect(text, context) -> Verdict: is this customer upset, how much, and which words say so.

Word valences (VADER's rules over a support-domain lexicon), complaint phrases, sarcasm and cues are summed
per sentence over the customer's own text; quotes and signatures never count. The interface (Verdict,
DetectionContext, CUES, LEVELS) is what the rest of calmdesk relies on.
"""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass, field
from typing import Any, NamedTuple, Sequence

from calmdesk.languages import language_of_words, words_of
from calmdesk.vocabulary import LEVELS as VOCABULARY_LEVELS
from worker.detector import lexical, model, multilingual
from worker.detector.cues import CHURN_REQUEST, CUE_PATTERNS, OTHER_PARTY_CONTACT, find_cues, shouting_spans
from worker.detector.matching import PhraseSet, holds_any, lower_same_length, plain_ascii, word_start_offsets
from worker.detector.own_text import quoted_reply, read_own_text
from worker.detector.phrases import PHRASE_FAMILY, PHRASE_WEIGHT, PHRASES
from worker.detector.signals import FORMAL_COMPLAINT, SIGNAL_CUES, SIGNALS, find_signals
from worker.detector.valence import _NEUTRAL_SENTENCE, ascii_span_words, message_valences, words_from_span_words

# The corpus's cues (docs/detector.md), then "shouting": kept as evidence, never reported as a cue.
CUES = SIGNAL_CUES + ("shouting",)  # calmdesk.vocabulary.CUES, in the same order
EXTRA_EVIDENCE = ("shouting",)
_REPORTED_CUES = tuple(c for c in CUES if c not in EXTRA_EVIDENCE)
LEVELS = VOCABULARY_LEVELS
SCORE_CUE = "score"  # the evidence entry behind the overall score, beside the cue entries


@dataclass(frozen=True)
class Evidence:
    cue: str  # one of CUES, or SCORE_CUE
    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"cue": self.cue, "text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class DetectionContext:
    message_count: int = 1  # how many times the customer has written on this ticket, this message included
    previous_level: str = "calm"
    helpdesk_sentiment: float | None = None  # the helpdesk's own opinion mapped to [-1, 1]
    requester_name: str = ""  # never evidence: "Sue", "Rob", "Dick", "Hazard" are this customer's name
    subject: str = ""  # the ticket's subject line (read for cues only when the message itself is short)
    earlier_customer_texts: tuple[str, ...] = ()  # the requester's earlier public comments on this ticket
    reopened: bool = False  # the ticket was solved and the customer reopened it


_NO_CONTEXT = DetectionContext()  # frozen: one instance serves every call without a context


@dataclass(frozen=True)
class Verdict:
    negative: bool
    level: str
    score: float
    cues: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = field(default_factory=tuple)
    # Where the customer's own words end in the text as given (worker/detector/own_text.py), so the writing of the
    # note reuses this reading instead of finding it again; None when the detector read a changed text (cut at
    # MAX_ANALYSED_CHARS, or with "İ" folded) or found no words of theirs (the writing then reads it itself). Not
    # part of the verdict's shape (to_dict): the note request carries it beside the text it points into
    # (worker/jobs.py), and it never makes two verdicts differ.
    own_text_end: int | None = field(default=None, compare=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "negative": self.negative,
            "level": self.level,
            "score": round(self.score, 4),
            "cues": list(self.cues),
            "evidence": [e.to_dict() for e in self.evidence],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Verdict":
        return cls(
            negative=bool(data["negative"]),
            level=data["level"],
            score=float(data["score"]),
            cues=tuple(data.get("cues") or ()),
            evidence=tuple(Evidence(**e) for e in data.get("evidence") or ()),
        )


# Thresholds on the score, calibrated on the airline tweets and the helpdesk set (see docs/detector.md).
NEGATIVE_AT = -0.3
VERY_NEGATIVE_AT = -0.72
_ALPHA = 15.0  # VADER's normalisation constant: a valence sum of -3 maps to about -0.61

# What each cue adds to the valence sum (once per message, not per match).
_CUE_WEIGHTS = {"abuse": -3.0, "legal_threat": -2.5, "churn_threat": -2.2, "repeat_contact": -0.9,
                "escalation_request": -1.6, "urgency": -0.7, "shouting": -1.4}
# Cues that by themselves mean the customer is upset; the others say what they do, not how they feel.
_UPSET_CUES = frozenset({"abuse", "legal_threat", "churn_threat", "shouting", "escalation_request"})
_VERY_NEGATIVE_CUES = frozenset({"abuse", "legal_threat"})
_MAX_EVIDENCE_PER_CUE = 3
_COMPLAINT_GAIN = 1.6

# Phrases and cue patterns are searched in one pass over the words (indices past the phrases are cues).
_CUE_NAMES = [cue for cue, patterns in CUE_PATTERNS.items() for _ in patterns]
_ALL_PHRASES = PhraseSet(PHRASES.patterns + [p for patterns in CUE_PATTERNS.values() for p in patterns],
                         groups=list(PHRASES.groups or []) + ["cue:" + c for c in _CUE_NAMES], flags=re.MULTILINE)
_FIRST_CUE = len(PHRASES.patterns)
# ... and the new layer's signals in the same pass (one walk over the words instead of two).
_EVERYTHING = PhraseSet(_ALL_PHRASES.patterns + SIGNALS.patterns,
                        groups=list(_ALL_PHRASES.groups or []) + ["signal:" + g for g in SIGNALS.groups or []],
                        flags=re.MULTILINE)
_FIRST_SIGNAL = len(_ALL_PHRASES.patterns)
_SIGNAL_GROUPS = list(SIGNALS.groups or [])

# A sentence starts at a character that is neither space nor end punctuation. (The earlier form let a sentence
# start with spaces, [^.!?\n]*[^.!?\n\s]..., which retried every position of a long run of spaces: quadratic.)
_SENTENCE = re.compile(r"[^.!?\s][^.!?\n]*[.!?]*")


# "İ".lower() is two characters; every other letter lowers to one. Mapping it to "I" keeps the offsets the phrase
# and word matchers compute in step with the text (evidence is still quoted from the original).
_ONE_CHAR_LOWER = str.maketrans({"\u0130": "I"})


# Only the first 20,000 characters are read (about eight pages; a customer's own text is almost always far shorter):
# a pasted log or a 1 MB message costs the same as a long ticket, and evidence offsets still point into the text.
MAX_ANALYSED_CHARS = 20_000
_UPSET_SIGNAL = "upset"
_DECLARED_SIGNAL = "declared"  # the writer declares their own anger or upset: upset, like an insult
_ULTIMATUM_SIGNAL = "ultimatum"  # a threat tied to an unmet demand: upset, like an insult
_DECISIVE_SIGNALS = frozenset({_DECLARED_SIGNAL, _ULTIMATUM_SIGNAL})
_CALM_SIGNAL = "calm"
# Strings, looked for with holds_any: a frozenset's isdisjoint(own) hashed each of the text's characters (~2 us each).
_NEGATIVE_EMOJI = "😤😡🙄🙃😠🤬😭😒😩😫"
_FRIENDLY_EMOJI = "🙂😊👍😄😀🙏😃☺"  # a calm mark, like "no rush"
# Cues that make the level very_negative when the message is upset; the others say what the customer does.
_SEVERE_CUES = frozenset({"abuse", "legal_threat", "public_exposure"})
_ALWAYS_UPSET = frozenset({"abuse"})
_HISTORY_SNIPPET_CHARS = 120
# (read on the whole text above any quoted reply: a closing "Thank you!" is cut from the own words)
# ("a letter from HMRC thanking me for my return" is someone else's thanks, not the customer's)
_GRATITUDE = re.compile(
    r"(?i)\b(?:thank(?:s| you)?(?! for nothing| in advance)|thanking(?! (?:me|us)\b)|grateful|appreciated?|(?:brilliant|great|excellent|fantastic|best) "
    r"(?:customer )?service|merci(?! pour rien| d'avance)|remercie\w*|gracias(?! por nada| de antemano)|agradec\w+|"
    r"danke\w*(?! für nichts| im voraus)|bedanken|dankbar)\b")
_SHORT_CHARS = 220

# Session 21: a condition named beside a question ("Can your sitters give insulin injections? My cat's diabetic", "Is the
# venue step-free? My son uses a wheelchair", "Können Ihre Betreuer Insulin spritzen?") asks for care, not tells a fear:
# on a message the other words read as calm, a distress hit that is only such a condition is the gate's misfire, not a
# reason to lift the message to upset (read nb-62-090, labelled calm; none of the 10 read lines whose only distress words
# are a condition needed the lift: they are upset by their other words). The span may name whose condition it is ("mi hija
# es alérgica"). A fear, a grief or a hardship beside it keeps the lift, and so does medicine running out; a condition told
# with a failure and no question ("Mon fils est asthmatique et il y a de la moisissure partout") is the stake, and keeps it.
_CARE_NEED = re.compile(r"(?:[\w']+ ){0,3}(?:insulin[ae]?|diab[eé]t\w*|wheelchairs?|silla de ruedas|fauteuil roulant|rollstuhl\w*|disabled|discapacidad|"
                        r"handicap\w*|behindert\w*|asthm\w*|asma\w*|epilep\w*|[ae]ll?[eé]rg\w*|type 1|anaphyla\w*|pregnant|embarazada|"
                        r"enceinte|schwanger|autis\w*)")


def _care_need_asked(lower: str, present: frozenset[str], cue_spans: list[tuple[str, int, int]]) -> bool:
    """The message asks, the only gated cue is distress, and every distress span is a condition named (not a fear, grief
    or hardship)."""
    if present & lexical.GATE != {"distress"} or "?" not in lower:
        return False
    spans = [(a, b) for cue, a, b in cue_spans if cue == "distress"]
    return bool(spans) and all(a >= 0 and _CARE_NEED.fullmatch(lower, a, b) for a, b in spans)




def detect(text: str, context: DetectionContext | None = None) -> Verdict:
    context = context or _NO_CONTEXT
    whole = len(text) <= MAX_ANALYSED_CHARS
    text = text[:MAX_ANALYSED_CHARS]
    reading = _read(text, context)
    if reading is None:
        return Verdict(False, "calm", 0.0)
    own, sentences, rules, values, present = reading.own, reading.sentences, reading.rules, reading.values, reading.present
    cue_spans, upset_marks, shouting, history = reading.cue_spans, reading.upset_marks, reading.shouting, reading.history
    sums = lexical.head_sums(reading.grams)
    z = model.logit(values) + lexical.upset_logit(sums)
    present, cue_spans = _learned_cues(reading, sums, present, cue_spans)
    if "repeat_contact" in present:
        # "again" on the fifth message weighs more: four extra messages lift a polite chaser 3 logits, over the line
        z += 0.75 * (min(max(context.message_count, 1), 5) - 1)
    if context.previous_level != "calm" and z > -1.0:
        z += 0.4  # an upset episode that continues
    if _ALWAYS_UPSET & present or reading.formal_complaint \
            or (upset_marks and any(span[0] in _DECISIVE_SIGNALS for span in upset_marks)) \
            or (cue_spans and _swearing_not_praise(reading.lower, cue_spans)):
        # An insult aimed at the company or its staff is upset by the corpus's definition, however few other marks
        # the message carries (the learned weight of abuse is small: in training it comes with many other marks).
        # So is a writer who says they are angry or upset ("estoy muy molesta"), and a threat tied to an unmet demand
        # ("refund me by Friday or I open a chargeback"): a greeting or a thanks beside them does not make them calm.
        # Swearing is too, unless it praises ("bloody brilliant"): of the 33 messages with swearing we may read, the
        # only calm one is that praise. And a complaint letter's act ("I wish to register a formal complaint",
        # "hiermit lege ich Beschwerde ein", "presento una queja formal"): all 23 read lines with one are upset, and
        # since the rounds' calm letters were trained on, the formulas around it ("Mit freundlichen Grüßen") pull a
        # short letter under the line.
        z = max(z, model.THRESHOLD_LOGIT)
    probability = model.probability(z)
    score = _score_from_probability(probability)
    score = _with_helpdesk_opinion(score, context.helpdesk_sentiment)
    level = "calm"
    if score > NEGATIVE_AT and lexical.GATE & present:
        if probability < lexical.GATE_RATIO * model.THRESHOLD or _care_need_asked(reading.lower, present, cue_spans):
            # A legal threat, abuse, churn, distress or public exposure on a message read as calm is a pattern
            # misfiring (the corpus never labels them on calm messages): not shown.
            present = present - lexical.GATE
            cue_spans = [span for span in cue_spans if span[0] not in lexical.GATE]
        elif not _GRATITUDE.search(text, 0, reading.quoted_reply[0] if reading.quoted_reply else len(text)):
            # ... and one the message's other words make plausible is real, so the message is upset: a threat or a
            # fear said ("Mein Anwalt ist bereits informiert", "j'ai peur", "I'm really worried") is upset by the
            # schema's definition, however calm the rest of the words. Not in a thank-you: a fear told as over ("I
            # was panicking when my wallet got nicked, but your team...") is the story of the praise.
            probability = max(probability, model.THRESHOLD)
            score = _with_helpdesk_opinion(_score_from_probability(probability), context.helpdesk_sentiment)
    if score > NEGATIVE_AT and "repeat_contact" in present and "repeat_contact" not in reading.context_cues \
            and _quoted_header_only(cue_spans, reading.quoted_reply) \
            and not _STILL_WAITING.search(reading.lower):
        # A quoted reply alone is a thread being continued. On an upset message it is usually a chase (the corpus
        # labels it so), on a calm one usually not: a calm customer answering a question, or forwarding a notice,
        # has not come back about a failure (5 of 25 calm messages with only a quoted header are labelled repeat
        # contact on the lines we may read, against 5 of 7 upset ones). A calm chase ("the refund still hasn't
        # arrived") is a second contact about the same failure and keeps it.
        present = present - {"repeat_contact"}
        cue_spans = [span for span in cue_spans if span[0] != "repeat_contact"]
    if score > NEGATIVE_AT and "repeat_contact" in present and "repeat_contact" not in reading.context_cues \
            and _told_in_passing_only(reading.lower, cue_spans):
        # Round 20: on a calm message, what someone told them with no contact named ("on m'a dit que l'acompte serait
        # remboursé", "Me dijeron que el reembolso tardaría unos días", "auf Nachfrage hieß es", "he was told the £72 would be
        # refunded") is what they heard when the thing happened (at the counter, at the return, at the cancellation),
        # not a contact with support about this issue: 6 of 6 such read lines are labelled without it (nb-26-026,
        # nb-49-023, nb-53-065, nb-53-097, nb-54-057, nb-54-097). Told in the chat or on the phone ("en el chat me
        # dijeron", read nb-57-002) it keeps it, and so does every upset message (13 of 20 labelled with it).
        present = present - {"repeat_contact"}
        cue_spans = [span for span in cue_spans if span[0] != "repeat_contact"]
    if score <= NEGATIVE_AT:
        # very_negative is what the corpus means by it: abuse, threats, distress at a high stake, or fury (several
        # marks of anger at once, or shouting with them); the score is kept on the same side of the line as the level.
        fury = len(upset_marks) >= 3 or (len(upset_marks) >= 2 and bool(shouting))
        depth = (NEGATIVE_AT - score) / (1.0 + NEGATIVE_AT)  # 0 at the line, 1 at -1: kept, so scores stay ordered
        if _SEVERE_CUES & present or "distress" in present or fury:
            level, score = "very_negative", VERY_NEGATIVE_AT - (1.0 + VERY_NEGATIVE_AT) * depth
        else:
            level, score = "negative", NEGATIVE_AT - (NEGATIVE_AT - VERY_NEGATIVE_AT - 0.01) * depth
    cues = tuple(filter(present.__contains__, _REPORTED_CUES))
    evidence = _cue_evidence(text, cue_spans)
    if history:
        evidence += [e for e in history if e.cue in present]
    if shouting and level != "calm":
        evidence.extend(shouting[:_MAX_EVIDENCE_PER_CUE])
    if level != "calm":
        start, end = _score_sentence(own, sentences, rules, upset_marks, cue_spans)
        if start < end:
            evidence.insert(0, Evidence(SCORE_CUE, text[start:end], start, end))
    return Verdict(level != "calm", level, round(max(-1.0, min(1.0, score)), 4), cues, tuple(evidence),
                   reading.own_end if whole else None)




def features(text: str, context: DetectionContext | None = None) -> dict[str, float]:
    """The learned layer's inputs for a message (bench/train_detector.py trains on them)."""
    reading = _read(text[:MAX_ANALYSED_CHARS], context or _NO_CONTEXT)
    return dict(reading.values) if reading else {}


def training_view(text: str, context: DetectionContext | None = None) -> tuple[dict[str, float], list[str]]:
    """The interpretable features and the distinct word n-grams of the customer's own text (for training the
    lexical layer; bench/train_detector.py)."""
    reading = _read(text[:MAX_ANALYSED_CHARS], context or _NO_CONTEXT)
    if reading is None:
        return {}, []
    return dict(reading.values), sorted(lexical.gram_name(g) for g in reading.grams)


class _RuleReading(NamedTuple):
    """The rule layer's reading of a message, read by _read as features and evidence: a Verdict's fields, as a
    NamedTuple, not a frozen dataclass (built for every message, a Verdict costs ~1.3 us)."""

    negative: bool
    level: str
    score: float
    cues: tuple[str, ...]
    evidence: tuple[Evidence, ...]


class _Reading(NamedTuple):  # a NamedTuple, not a frozen dataclass: built for every message, it is cheaper
    own: str
    own_end: int | None  # where the own words end in the text given to _read (None when it was changed first)
    sentences: list[tuple[int, int]]
    rules: _RuleReading
    values: dict[str, float]
    present: frozenset[str]
    cue_spans: list[tuple[str, int, int]]
    upset_marks: list[tuple[str, int, int]]
    shouting: list[Evidence]
    history: list[Evidence]
    lower: str  # the own text, lower-cased (same length)
    grams: set[lexical.Gram]  # the own text's distinct word unigrams and bigrams (worker/detector/lexical.py)
    context_cues: frozenset[str]  # cues stated by the ticket's history (earlier comments, reopened): never vetoed
    quoted_reply: tuple[int, int] | None = None  # the header of a quoted earlier reply in the text, if any
    formal_complaint: bool = False  # an upset mark is a complaint letter's act (signals.FORMAL_COMPLAINT)


def _read(text: str, context: DetectionContext) -> "_Reading | None":
    """Everything the verdict is built from: the customer's own text, the rule layer, the signals, the features."""
    prepared = text.translate(_ONE_CHAR_LOWER) if "\u0130" in text else text
    own, own_end = read_own_text(prepared, context.requester_name)
    sentences = list(map(_SPAN, _SENTENCE.finditer(own)))
    if not sentences:
        return None
    lower = lower_same_length(own)
    own_length = len(own.strip())
    short = own_length < _SHORT_CHARS
    # A short message's words as the valences read them (each sentence's): most texts are ones whose words for the
    # language and the n-grams are the same words less the commas, so the text is read for words once, not twice.
    span_words = ascii_span_words(lower, sentences) if short else None
    # read once: for the language and for the lexical layer's n-grams
    words = words_of(lower) if span_words is None else words_from_span_words(span_words)
    language = language_of_words(words)
    other_language = language in ("es", "fr", "de")
    neutral = _NO_CONTEXT  # the rule layer reads the text alone; context is applied once, below
    word_starts = word_start_offsets(lower)
    if short and not other_language:
        matches = _EVERYTHING.find(lower, word_starts)
        signals = [(_SIGNAL_GROUPS[i - _FIRST_SIGNAL], a, b) for i, a, b in matches if i >= _FIRST_SIGNAL]
    else:
        # Only the English rule layer on a short message reads the phrases: the others need the signals alone (each
        # group is matched on its own, so they are the same matches), and are spared the phrases' search.
        matches = []
        signals = [(_SIGNAL_GROUPS[i], a, b) for i, a, b in SIGNALS.find(lower, word_starts)]
    upset_marks = [span for span in signals if span[0] == _UPSET_SIGNAL]
    declared = [span for span in signals if span[0] == _DECLARED_SIGNAL]
    if declared:
        # "I'm really upset": one mark, however many of the upset marks' words it also holds ("furious").
        upset_marks = [span for span in upset_marks if not _inside(span, declared)] + declared
    praise = _praise_after_a_failure(lower, sentences, words)
    if praise:
        # "... the emergency number rings out. Brilliant.": the praise is the complaint, so it is no calm mark either.
        upset_marks += praise
        signals = [s for s in signals if s[0] != _CALM_SIGNAL or not _inside(s, praise)]
    if other_language:
        rules = _detect_other_language(text, own, sentences, neutral)
    elif short:
        # "your fraud team", "the complaints line": the name of a service, not a word about the situation.
        plain = _without_service_names(lower)
        if plain is lower:
            phrase_matches = [m for m in matches if m[0] < _FIRST_SIGNAL]
            rules = _english_verdict(text, own, sentences, neutral, lower, word_starts, phrase_matches, span_words)
        else:
            rules = _english_verdict(text, plain, sentences, neutral, plain, word_start_offsets(plain))
    else:
        # The English rule layer's score is a feature of short messages only; a longer one is spared the cost and
        # keeps only its shouting (capitals always, piled-up "!!" beside a mark of anger).
        spans = [("shouting", a, b) for a, b in shouting_spans(own) if upset_marks or own[a:b].strip("!? ")]
        rules = _RuleReading(False, "calm", 0.0, (), tuple(_cue_evidence(text, spans)))
    cue_spans = [span for span in signals if span[0] in _SIGNAL_CUE_SET]
    if cue_spans:  # each filter reads the spans of its own cues: in most messages there are none to read
        # ... and is called only when one of its cues was found (a filter changes nothing without them): `named` holds
        # every cue the spans can hold at each step (the filters only drop spans, and make a cancel a churn threat).
        named = {span[0] for span in cue_spans}
        if "distress" in named or "urgency" in named:
            cue_spans = _without_calm_contradictions(own, lower, cue_spans, signals)
        if "cancel_request" in named:
            cue_spans = _conditional_cancel_as_churn(lower, cue_spans)
            named.add("churn_threat")
        if "already_cancelled" in named:
            cue_spans = _without_unconfirmed_cancels(lower, cue_spans)
            cue_spans = _without_requests_after_cancelling(lower, cue_spans)
        if "cancel_request" in named:
            cue_spans = _without_giving_up_beside_cancel(lower, cue_spans)
            cue_spans = _without_erasures_asked_before(lower, cue_spans)
        if "repeat_contact" in named:
            cue_spans = _without_non_contacts(lower, cue_spans)
        if "urgency" in named:
            cue_spans = _without_impatience(lower, cue_spans)
        if "public_exposure" in named:
            cue_spans = _without_others_posts(lower, cue_spans)
        if "legal_threat" in named:
            cue_spans = _without_police_reports(lower, cue_spans)
        if not _OTHERS_CUES.isdisjoint(named):
            cue_spans = _without_others_quotes(lower, cue_spans)
        if not _NAME_CUES.isdisjoint(named):
            cue_spans = _without_names(own, cue_spans)
        if "@" in lower or "www." in lower or "://" in lower:
            cue_spans = _without_addresses(lower, cue_spans)
    reply = quoted_reply(prepared)
    if reply is not None:
        cue_spans.append(("repeat_contact", *reply))
    upset_marks += _ultimatums(lower, cue_spans)
    kinds = [span[0] for span in signals]
    calm_marks = kinds.count(_CALM_SIGNAL) + (1 if holds_any(own, _FRIENDLY_EMOJI) else 0)
    # The thanks inside a sarcastic thanks ("Vielen Dank auch für die tolle Überfahrt", "thanks for the third automated
    # reply") is the sarcasm, not politeness.
    polite_marks = kinds.count("polite")
    if polite_marks and upset_marks:
        polite_marks -= sum(1 for s in signals if s[0] == "polite" and _inside(s, upset_marks))
    formal_complaint = bool(upset_marks) and any(FORMAL_COMPLAINT.fullmatch(lower, a, b) for _, a, b in upset_marks)
    if polite_marks and formal_complaint:
        # A complaint letter's "Dear Sir or Madam", "Bonjour", "Kind regards" are its form, not warmth.
        polite_marks -= sum(1 for s in signals if s[0] == "polite" and _LETTER_FORMULA.fullmatch(lower, s[1], s[2]))
    shouting = [e for e in rules.evidence if e.cue == "shouting"]
    history = _history_evidence(context)
    if context.subject:
        history += _subject_evidence(context.subject, own)
    present = {span[0] for span in cue_spans}
    if history:
        present.update(e.cue for e in history)
    values = {
        "rule_score": rules.score, "rule_negative": 1.0 if rules.negative else 0.0,
        "other_language": 1.0 if other_language else 0.0,
        "short_rule_score": rules.score if short else 0.0,
        "upset_marks": math.sqrt(min(len(upset_marks), 9)), "calm_marks": math.sqrt(min(calm_marks, 9)),
        "polite_marks": math.sqrt(min(polite_marks, 9)),
        "shouting": 1.0 if shouting else 0.0,
        "negative_emoji": 1.0 if holds_any(own, _NEGATIVE_EMOJI) else 0.0,
        "question_only": 1.0 if (not upset_marks and not rules.negative and "?" in own and own_length < 200) else 0.0,
        "quoted_reply": 1.0 if reply is not None else 0.0,
        "subject_shouting": 1.0 if _shouted(context.subject) else 0.0,
    }
    values.update(_NO_CUES)  # each cue 0.0, in SIGNAL_CUES order, then 1.0 for those present
    for cue in present:
        if cue in _SIGNAL_CUE_SET:
            values[cue] = 1.0
    if values["repeat_contact"] and _quoted_header_only(cue_spans, reply) \
            and not any(e.cue == "repeat_contact" for e in history):
        # A quoted header alone already is the quoted_reply feature: counted once, so a calm answer in a thread
        # ("Passt, Dienstag um 10 Uhr geht bei mir." over the agent's question) is not pushed twice. The cue stays
        # (reported on an upset message, dropped on a calm one by detect).
        values["repeat_contact"] = 0.0
    grams = lexical.grams(words)
    context_cues = frozenset(e.cue for e in history if e.start < 0 and e.cue == "repeat_contact"
                             and (context.earlier_customer_texts or context.reopened)) if history else _NONE
    return _Reading(own, own_end if prepared is text else None, sentences, rules, values, frozenset(present), cue_spans,
                    upset_marks, shouting, history, lower, grams, context_cues, reply, formal_complaint)


_SIGNAL_CUE_SET = frozenset(SIGNAL_CUES)
_NO_CUES = dict.fromkeys(SIGNAL_CUES, 0.0)
_NONE: frozenset[str] = frozenset()
_SPAN = re.Match.span
# Something promised in the quoted thread has not happened yet: what makes a calm reply to a thread a chase.
# What someone told the writer, said with no one named: the evidence _told_in_passing_only reads.
_TOLD_BARE = re.compile(r"(?:i|he|she|we|they) (?:was|were) (?:never )?told|(?:me|nos|le|les) (?:dijeron|dicen|han dicho|dijo|ha dicho)|"
                        r"on (?:m'a|nous a|lui a) (?:dit|répondu)|hieß es|(?:mir|uns) wurde (?:\w+ )?gesagt|man sagte (?:mir|uns)")
# ... and a contact named before it in its sentence ("en el chat me dijeron", "on the phone I was told", "la hotline")
_CONTACT_NAMED = re.compile(r"chat|phone|call|e-?mail|hotline|helpline|support|agent|customer (?:service|care)|téléphon|appel|courriel|"
                            r"mail|service client|teléfono|llam|correo|atención al cliente|telefon|anruf|kundenservice|kundendienst")


def _told_in_passing_only(lower: str, cue_spans: list[tuple[str, int, int]]) -> bool:
    """Every repeat-contact span is a bare "I was told" / "me dijeron" / "on m'a dit" / "hieß es" with no contact named in its
    sentence before it."""
    spans = [(a, b) for cue, a, b in cue_spans if cue == "repeat_contact"]
    for a, b in spans:
        if a < 0 or not _TOLD_BARE.fullmatch(lower, a, b):
            return False
        sentence_start = max(lower.rfind(".", max(0, a - 120), a), lower.rfind("\n", max(0, a - 120), a), a - 120, 0)
        if _CONTACT_NAMED.search(lower, sentence_start, a):
            return False
    return bool(spans)


_STILL_WAITING = re.compile(r"\b(?:still|yet|todav[ií]a|a[uú]n no|sigue|siguen|toujours pas|toujours rien|pas encore|immer noch|"
                            r"noch immer|noch nicht|noch keine?|weiterhin|nach wie vor)\b")


_LETTER_FORMULA = re.compile(r"dear|hi|hello|kind regards|hola|buenos días|buenas|estimad[oa]s?|bonjour|cordialement|"
                             r"hallo|guten tag|grüße")


# A swear word that intensifies praise ("bloody brilliant", "damn good job", "verdammt gut") is enthusiasm, not anger.
_PRAISING_AFTER_SWEAR = re.compile(
    r"[\s,]*(?:(?:so|very|really) )?(?:brilliant|good|great|amazing|awesome|fantastic|excellent|quick|fast|helpful|nice|perfect|"
    r"well done|genial|buen[oa]?|génial|bien|gut|toll|super|klasse)\b")


def _swearing_not_praise(lower: str, cue_spans: list[tuple[str, int, int]]) -> bool:
    return any(cue == "profanity" and _PRAISING_AFTER_SWEAR.match(lower, end) is None for cue, _, end in cue_spans)


def _inside(span: tuple[str, int, int], spans: list[tuple[str, int, int]]) -> bool:
    return any(a <= span[1] and span[2] <= b for _, a, b in spans)


# Sarcasm as a one-word verdict: a sentence that is only praise ("Brilliant.", "Perfect!", "Genial.", "Parfait.", "Toll.")
# right after a sentence telling a failure ("the emergency number rings out", "no one came", "toujours rien"), or as
# the first sentence right before one ("Brilliant. Second week in a row my box hasn't come."). After or before a
# sentence telling a fix ("it works now. Perfect.", "Perfect, it arrived.") it is praise.
_PRAISE_ONLY = re.compile(
    r"(?:oh,? |just |simply |really |absolutely |how |que |qué |c'est |einfach |wirklich )?(?:brilliant|great|perfect|fantastic|wonderful|lovely|"
    r"marvellous|superb|excellent|amazing|terrific|splendid|outstanding|genial|perfecto|estupendo|fantástico|maravilloso|"
    r"génial|parfait|formidable|magnifique|bravo|toll|klasse|prima|wunderbar|großartig|spitze|hervorragend|super)"
    r"(?:,? (?:really|just brilliant|bien|vraiment|wirklich))?[.!]*")
# ... and sarcasm as a whole remark of praise or thanks for what failed, in a sentence of its own ("Love that for me.",
# "Really loving the premium experience so far, thanks.", "Really brilliant system you've got.", "Merci beaucoup pour
# cette merveilleuse expérience.", "Gracias por este servicio tan estupendo.", "Danke für dieses tolle Erlebnis."). The
# same words beside no failure, or before a "but" ("Loving the new season!! But since the update..."), are praise.
_GLOWING = (r"(?:wonderful|great|brilliant|fantastic|amazing|excellent|superb|lovely|marvellous|fabulous|top-notch|first-class|"
            r"impressive|premium|merveilleu(?:x|se)|formidable|superbe|magnifique|excellente?|belle|maravillos[oa]|estupend[oa]|"
            r"fantástic[oa]|genial|excelente|tolle[nsm]?|wunderbare[nsm]?|großartige[nsm]?|super|hervorragende[nsm]?)")
_REMARK_ONLY = re.compile(
    r"(?:oh,? |wow,? |just |really |so |honestly |absolutely ){0,3}(?:"
    r"lov(?:e|ing) (?:that|this|it) for (?:me|us)"
    r"|loving (?:the|this|your|all the) (?:[\w\"'“”-]+ ){0,3}?(?:experience|service|system|support|customer service|process|treatment|"
    r"communication|updates?|texts?|emails?)"
    r"|(?:what an? |such an? )?(?:really |truly |absolutely )?" + _GLOWING + r" (?:\w+ ){0,2}?(?:system|service|setup|operation|process|"
    r"experience|company|outfit|customer service|support) (?:you've got|you have|you've|you run|you're running|you've built)"
    r"|(?:muchas |mil |un (?:très )?grand |vielen |herzlichen |tausend )?(?:thanks|thank you|many thanks|merci|gracias|danke|dank)(?: so much| a lot| very much| beaucoup| infiniment| mil| muchas| auch)?"
    r" (?:for|pour|por|für) (?:this|the|such an?|a|cette|ce|cet|la|le|une?|esta|este|el|la|diese[ns]?|das|den|die|ein(?:e|en)?) "
    r"(?:(?:really |truly |absolutely |tan |si |so )?" + _GLOWING + r" )?(?:\w+ ){0,2}?(?:experience|expérience|experiencia|erlebnis|erfahrung|"
    r"service|servicio|journey|trip|voyage|viaje|reise|fahrt|überfahrt|traversée|crossing|evening|soirée|morning|weekend|start|"
    r"welcome|accueil|bienvenida|empfang)(?: (?:tan |si |so )?" + _GLOWING + r")?"
    r")(?: there| here| so far| en verdad| vraiment| wirklich)?(?:,? (?:thanks|thank you|really|merci|gracias|danke))?[.!]*")
_REMARK_MAX_CHARS = 90
_FAILURE_TOLD = re.compile(
    r"n't\b|\b(?:not|never|no|nobody|no one|nothing|still|again|yet another|pas|jamais|rien|personne|toujours pas|encore|"
    r"nunca|nadie|nada|otra vez|sigue|sin|nicht|nie|kein\w*|niemand|nichts|immer noch|wieder|ohne|"
    # a thing broken or cancelled, told as what happened ("it arrived with a snapped leg", "traversée annulée")
    r"broken|snapped|smashed|cracked|damaged|stained|faulty|cancell?ed|aucune?|annulée?s?|cassée?s?|abîmée?s?|fermée?|ningún|ningun[oa]|"
    r"cancelad[oa]s?|rot[oa]s?|kaputt|beschädigt|defekt|storniert|abgesagt)\b")
_NO_TROUBLE = re.compile(r"\b(?:no (?:rush|hurry|worries|problem|issues?|complaints?)|nothing wrong|sin prisa|pas de souci|kein(?:e)? (?:eile|problem|stress))\b")
# "arrived" is a fix ("Perfect, it arrived.") unless it arrived broken ("it arrived with a snapped leg").
_FIXED_TOLD = re.compile(r"(?<!n't )(?<!not )(?<!no )(?<!ne )(?<!never )\b(?:works?|worked|working|fixed|sorted|resolved|"
                         r"arrived(?! (?:with|damaged|broken|smashed|cracked|late|open|wet|without|in pieces))|replaced|refunded|"
                         r"now|thanks|thank you|funciona|arreglado|"
                         r"llegó(?! (?:rot|abiert|tarde|dañad|vací|sin)\w*)|gracias|marche|fonctionne|réglé|"
                         r"arrivée?s?(?! (?:ouvert|cass|abîm|endommag|en retard|vide|sans|mouill)\w*)|merci|klappt|funktioniert|"
                         r"(?<!kaputt )(?<!beschädigt )(?<!spät )angekommen|danke)\b(?! (?:nicht|pas|no|not))")
# A sentence that opens with a contrast after the praise makes the praise sincere ("Loving it! But since Tuesday...").
_CONTRAST_OPENING = re.compile(r"\W*(?:but|however|only|sadly|unfortunately|although|pero|sin embargo|lamentablemente|mais|"
                               r"cependant|malheureusement|aber|leider|allerdings|jedoch)\b")


# Both read in one match per short sentence: "word" for a one-word verdict, "remark" for a whole remark.
_PRAISE_SENTENCE = re.compile(f"(?P<word>{_PRAISE_ONLY.pattern})|(?P<remark>{_REMARK_ONLY.pattern})")
_WORD_MAX_CHARS = 48
# The words either can open with (kept in step with the two patterns): a set lookup spares the match on most sentences,
# which this reads for every message.
_PRAISE_FIRST_WORDS = frozenset(
    "oh wow just simply really so honestly absolutely how que qué c'est einfach wirklich love loving what such truly "
    "muchas mil un vielen herzlichen tausend thanks thank many merci gracias danke dank "
    "brilliant great perfect fantastic wonderful lovely marvellous superb excellent amazing terrific splendid outstanding genial "
    "perfecto estupendo fantástico maravilloso génial parfait formidable magnifique bravo toll klasse prima wunderbar großartig "
    "spitze hervorragend super fabulous top-notch first-class impressive premium merveilleux merveilleuse superbe excellente "
    "belle maravillosa estupenda fantástica excelente tolle tollen tolles tollem wunderbare wunderbaren wunderbares wunderbarem "
    "großartige großartigen großartiges großartigem hervorragende hervorragenden hervorragendes hervorragendem".split())


def _praise_after_a_failure(lower: str, sentences: list[tuple[int, int]],
                            words: list[str] | None = None) -> list[tuple[str, int, int]]:
    """words: words_of(lower), when the caller has them: a message none of whose words is the first word of a praise
    (_PRAISE_TOKENS) opens no sentence with one, and is not read sentence by sentence (half the bench's messages)."""
    if len(sentences) < 2 or (words is not None and _PRAISE_TOKENS.isdisjoint(words)):
        return []
    found = []
    # Most sentences are long or open with a word no praise opens with: both are checked here, without a call, as this is
    # read for every message.
    limit = _REMARK_MAX_CHARS + 8
    praise: list[str | None] | None = None
    for i, (start, end) in enumerate(sentences):
        if end - start <= limit:
            first = lower[start:start + 24].split(None, 1)
            if first and first[0].rstrip(",.!") in _PRAISE_FIRST_WORDS:
                kind = _praise_kind(lower, start, end)
                if kind is not None:
                    praise = praise or [None] * len(sentences)
                    praise[i] = kind
    if praise is None:
        return []
    for i, kind in enumerate(praise):
        if kind is None:
            continue
        start, end = sentences[i]
        # the nearest sentences that are not praise: a one-word verdict reads the one before it (the first one, the one
        # after it); a remark reads two before it and the one after it
        before = [j for j in range(i - 1, -1, -1) if praise[j] is None][:2 if kind == "remark" else 1]
        after = next((j for j in range(i + 1, len(sentences)) if praise[j] is None), None)
        if kind == "word" and before:
            after = None
        if after is not None and _CONTRAST_OPENING.match(lower, *sentences[after]):
            after = None
        if any(_failure_told(lower[sentences[j][0]:sentences[j][1]]) for j in before + ([after] if after is not None else [])):
            found.append((_UPSET_SIGNAL, start, end))
    return found


# The first word (words_of) of each of _PRAISE_FIRST_WORDS ("top" of "top-notch"). A sentence opening with one of them
# holds it as a word of the text: a sentence starts after white space, ".", "!" or "?", and the first word is cut
# (split, rstrip) only at white space, ",", "." or "!" (or at 24 characters, longer than any of them).
_PRAISE_TOKENS = frozenset(words_of(word)[0] for word in _PRAISE_FIRST_WORDS)


def _praise_kind(lower: str, start: int, end: int) -> str | None:
    """ "word" for a sentence that is a one-word verdict ("Brilliant."), "remark" for a whole remark of praise or thanks
    ("Love that for me."), else None (the caller has checked its length and its first word)."""
    while end > start and lower[end - 1].isspace():
        end -= 1
    match = _PRAISE_SENTENCE.fullmatch(lower, start, end) if end - start <= _REMARK_MAX_CHARS else None
    if match is None or (match.lastgroup == "word" and end - start > _WORD_MAX_CHARS):
        return None
    return match.lastgroup


def _failure_told(sentence: str) -> bool:
    return bool(_FAILURE_TOLD.search(sentence)) and not _FIXED_TOLD.search(sentence) and not _NO_TROUBLE.search(sentence)


# An ultimatum: a threat (legal, leaving, going public) tied to a demand not met in the same sentence ("Refund me or I
# open a chargeback", "if it isn't fixed by Friday we're moving provider", "sinon je saisis le médiateur", "o me doy de
# baja", "sonst gehe ich zum Anwalt"). A threat said so is upset by the schema's definition; a calm cancellation or a
# question about leaving has no unmet condition.
_THREAT_CUES = frozenset({"legal_threat", "churn_threat", "public_exposure"})
_UNMET = re.compile(
    r"(?:\b(?:if|unless|si|wenn|falls)\b[^.!?\n]*?(?:n't|\bnot\b|\bno\b|\bnever\b|\bpas\b|\bnicht\b|\bkein\w*|\bnadie\b|\bnunca\b)|"
    r"\b(?:unless|otherwise|or else|sinon|à défaut|faute de quoi|de lo contrario|si no|sonst|andernfalls|ansonsten)\b)[^.!?\n]*$")
_OR_THEN = re.compile(r"\b(?:or|ou|o|oder)\b")


def _ultimatums(lower: str, cue_spans: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    found = []
    for cue, start, end in cue_spans:
        if cue in _THREAT_CUES and start >= 0:
            sentence_start = _sentence_start(lower, start)
            # the "or" may open the threat's own span ("... by Friday or I'll raise a chargeback")
            if _UNMET.search(lower, sentence_start, start) or _OR_THEN.search(lower, max(sentence_start, start - 34), start + 3):
                found.append((_ULTIMATUM_SIGNAL, start, end))
                break  # one ultimatum is one mark
    return found
# The words a service's name starts with, one list for the hint below and for the cheap test before it.
_SERVICE_FIRST_WORDS = ("fraud", "complaints?", "claims?", "collections?", "debt", "lost", "emergency", "security",
                        "disputes?", "cancell?ations?", "returns?", "repairs?")
_SERVICE_HINT = re.compile(r"\b(?:" + "|".join(_SERVICE_FIRST_WORDS) + r")\b")
_SERVICE_NAME = re.compile(
    r"\b(?:fraud|complaints?|claims?|collections?|debt recovery|lost property|emergency|security|disputes?|cancell?ations?|"
    r"returns?|repairs?) (?:team|department|dept|line|desk|office|unit|form|alert|alerts|service|services|number|"
    r"hotline|check|checks|protection|prevention|portal|policy|process|label|text|email|call)\b")


# What every first word surely holds (its letters before the first optional one): a cheap test before the searches.
_SERVICE_STEMS = tuple(word.split("?")[0][:-1] if "?" in word else word for word in _SERVICE_FIRST_WORDS)


def _without_service_names(lower: str) -> str:
    """`lower` with the names of services blanked; `lower` itself (the same object) when it names none."""
    for stem in _SERVICE_STEMS:
        if stem in lower:
            # compiled with re.ASCII for plain ASCII text: the same matches, \b without the Unicode database
            hint, name = (_SERVICE_HINT_ASCII, _SERVICE_NAME_ASCII) if plain_ascii(lower) else (_SERVICE_HINT, _SERVICE_NAME)
            return name.sub(_spaces, lower) if hint.search(lower) else lower
    return lower


_SERVICE_HINT_ASCII = re.compile(_SERVICE_HINT.pattern, re.ASCII)
_SERVICE_NAME_ASCII = re.compile(_SERVICE_NAME.pattern, re.ASCII)


def _spaces(match: re.Match) -> str:
    return " " * (match.end() - match.start())
_NOT_URGENT = re.compile(r"\b(?:no rush|no hurry|not urgent|nothing (?:is )?urgent|not an emergency|no stress|"
                         r"(?:tomorrow|next week|any ?time|whenever|later|end of the month)[^.\n]{0,20}\b(?:is|would be) fine|"
                         # session 24: "we're alright for now" (nb-51-029, a calm outage report, unlabelled); not "we're fine for now, but our
                         # next run is Thursday" (nb-51-054)
                         r"(?:we're|we are|i'm|i am) (?:alright|all right|ok|okay|fine) for now(?!,? but\b)|"
                         r"no drama|kein drama|sin drama|pas de drame|no hay prisa|sin prisa|no corre prisa|sin urgencia|no es urgente|nada urgente|pas urgent|rien d'urgent|pas pressée?|"
                         r"aucune urgence|sans urgence|pas d'urgence|es eilt (?:also )?nicht|keine eile|nicht dringend|no urgency|"
                         # round 14: the writer says they are in no hurry ("No tenemos prisa en cerrar la fecha")
                         r"(?:i'm|i am|we're|we are) in no (?:rush|hurry)|there's no (?:rush|hurry)|no (?:tengo|tenemos) (?:ninguna )?prisa|"
                         r"rien ne presse|(?:je ne suis|nous ne sommes) pas (?:pressée?s?|si pressée?s?)|ich habe keine eile|wir haben keine eile|"
                         # round 20: the date told with the time left before it ("El concierto es el 28 de marzo, así que hay
                         # tiempo", "so there's plenty of time", "donc on a le temps", "also haben wir noch Zeit"); not "there's
                         # still time, but I'd rather not cut it fine"
                         r"(?:so|así que|donc|also) (?:there's|there is|hay|on a|il y a|haben wir|habe ich) (?:plenty of |still |todavía |aún |encore |noch )?"
                         r"(?:time|tiempo|le temps|du temps|zeit)\b(?!,? (?:but|pero|mais|aber)\b))")
# "not", "no", "pas", "nicht" right before a word of fear: "I'm not panicking", "je ne suis pas inquiète", "nicht verzweifelt".
_NEGATED_FEELING = re.compile(r"(?:\bnot|n't|\bno|\bpas|\bnicht|\bnever|\bni)\W+(?:(?:at all|really|too|that|so|very|muy|très|sehr|so)\W+)?$")
# "nichts Dringendes", "keine dringende Sache", "rien d'urgent", "aucune urgence" (round 12) deny it as "nothing urgent" does.
_NEGATED = re.compile(r"(?:\bnot|\bnothing|\bno|n't|\bnicht|\bnichts|\bkein\w*|\bpas|\bno es|\bnada|\brien|\baucune?)\W+(?:\w+\W+)?$")


# A condition before the cancel in the same sentence ("If it isn't here by Friday I'm cancelling my subscription",
# "si no llega el viernes me doy de baja", "sinon je résilie", "sonst kündige ich") makes it a threat to leave, not a
# request to cancel now.
# A polite "if possible" / "if you could" is no condition.
# The condition words, in four languages, not followed by a polite "if possible" / "if you could" (also read by
# worker/writing/topics.py, so a threat to leave is one fact with one owner).
CONDITION_PATTERN = (r"(?:\bif\b|\bunless\b|\botherwise\b|\bor else\b|\bsi no\b|\bde lo contrario\b|\bsi\b|\bsinon\b|"
                     r"\bà défaut\b|\bsonst\b|\bandernfalls\b|\bwenn\b|\bfalls\b)"
                     r"(?! (?:possible|poss|at all possible|you (?:could|can|would|don't mind)|you'd|es posible|puede|pudieran?|"
                     r"possible|vous (?:pouvez|pouviez|pourriez)|c'est possible|möglich|sie (?:könnten|können)|es geht))")
# "a ver si lo entendéis", "see if", "je me demande si": a question asked, no condition set (round 13: "A ver si lo entendéis de
# una vez: QUIERO DARME DE BAJA" asks to cancel).
_CONDITION = re.compile(r"(?<!\bver )(?<!\bsee )(?<!\bwonder )(?<!\bdemande )(?<!\bsaber )" + CONDITION_PATTERN + r"[^.!?\n]*$")


# The customer's own wish as the condition ("how much notice if I want to cancel later?", "si decido darme de baja") is a
# question about a cancel some day: neither a request now nor a threat.
_OWN_WISH = re.compile(r"(?:\bif|\bsi|\bwenn|\bfalls)\W+(?:(?:i|we|je|nous|ich|wir)\W+)?(?:ever\W+)?(?:want|wanted|decide|decided|choose|chose|wish|"
                       r"were to|ever|quiero|quisiera|decido|decidiera|veux|voulais|décide|décidais|möchte|will|wollen|entscheide)\b[^.!?\n]*$")
# Closing the account at the old address to open one at the new ("close the account there and open one at my new place")
# is a customer moving home, not leaving.
_MOVING_NOT_LEAVING = re.compile(
    r"\b(?:open (?:one|a new|another|an? \w+ account) (?:at|for|in)|(?:at|to|for) (?:my|our|the) new (?:address|place|home|house|flat|property)|"
    r"(?:abrir|dar de alta) (?:otr[oa]|una nueva|un nuevo) [^.!?\n]{0,30}(?:nueva|nuevo) (?:casa|dirección|vivienda|piso)|"
    r"ouvrir (?:un nouveau|un autre) [^.!?\n]{0,30}(?:nouvelle adresse|nouveau logement)|"
    r"(?:in|für) (?:der|die|meiner|meine|unserer|unsere) neuen? (?:wohnung|adresse))")


def _sentence_start(lower: str, at: int) -> int:
    return max(lower.rfind(".", 0, at), lower.rfind("!", 0, at), lower.rfind("?", 0, at), lower.rfind("\n", 0, at)) + 1


def _sentence_end(lower: str, at: int) -> int:
    ends = [i for i in (lower.find(".", at), lower.find("!", at), lower.find("?", at), lower.find("\n", at)) if i >= 0]
    return min(ends) if ends else len(lower)


def _conditional_cancel_as_churn(lower: str, cue_spans: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    if not any(c == "cancel_request" for c, _, _ in cue_spans):
        return cue_spans
    out = []
    for cue, start, end in cue_spans:
        if cue == "cancel_request":
            sentence_start = _sentence_start(lower, start)
            if _OWN_WISH.search(lower, sentence_start, end):
                continue
            if _MOVING_NOT_LEAVING.search(lower, sentence_start, _sentence_end(lower, end)):
                continue
            if _CONDITION.search(lower, sentence_start, start):
                cue = "churn_threat"
        out.append((cue, start, end))
    return out


# A customer who says they already cancelled and asks to "stop the payments" asks the company to honour that cancel, not
# to cancel now ("I closed the plan in January ... refund the three months and stop the payments"); and the cancel they
# tell ("I phoned in March to close the account and was told it was done", "gracias por confirmarme la baja") is the
# story of that cancel, not a second request.
_STOP_PAYING = re.compile(r"stop (?:my|the|our|his|her|these|those|all|any|further) (?:\w+ )?(?:payments?|direct debits?|debits?|charges?)\b")


# A cancel told as sent but never confirmed, with no charge after it ("I have cancelled twice in writing and had no
# confirmation; confirm it", "habe zweimal gekündigt und bis heute keine Bestätigung erhalten") is a cancel still asked
# for, not one done: the readable labels call it a cancel request. Charged after it, it is already cancelled again.
_UNCONFIRMED = re.compile(r"\b(?:no|never (?:got|had|received) (?:a|any)|not (?:yet )?(?:received|had|got) (?:a|any)|keine|ohne|sin|ninguna|aucune|sans|pas de) "
                          r"(?:\w+ )?(?:confirmation|confirmación|bestätigung|kündigungsbestätigung|acknowledge?ment|réponse|respuesta|antwort|reply)\b")
_CHARGED = re.compile(r"\b(?:charg|bill|debit|taken|took|collect|abgebucht|abbuchung|belast|eingezogen|cobr|carg|prélev|débit)")


def _line_end(lower: str, at: int, most: int) -> int:
    # a date's dots ("zuletzt am 02.09.") end no sentence here, so the line bounds the search, at most `most` characters
    end = lower.find("\n", at, at + most)
    return end if end >= 0 else min(len(lower), at + most)


def _without_unconfirmed_cancels(lower: str, cue_spans: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    if not any(c == "already_cancelled" for c, _, _ in cue_spans):
        return cue_spans
    return [span for span in cue_spans if span[0] != "already_cancelled" or span[1] < 0
            or not _UNCONFIRMED.search(lower, span[1], _line_end(lower, span[2], 150))
            or _CHARGED.search(lower) is not None]


def _without_requests_after_cancelling(lower: str, cue_spans: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    told = [(start, end) for cue, start, end in cue_spans if cue == "already_cancelled"]
    if not told:
        return cue_spans
    return [span for span in cue_spans if span[0] != "cancel_request" or span[1] < 0
            or (_STOP_PAYING.match(lower, span[1]) is None and not any(s <= span[1] and span[2] <= e for s, e in told))]


# An erasure of the account asked before and chased now ("On 3 March I asked you to delete my account and all my data",
# "je vous ai demandé le 8 janvier la suppression de mon compte", "les pedí en enero que borraran mi cuenta", "ich habe Sie
# gebeten, mein Konto zu löschen") tells the earlier request of a data-protection chase; the readable labels give it no cancel
# request (nb-23-028, nb-40-008, nb-40-029, nb-41-060, nb-57-055: 5 of 5). A cancel asked before and asked again ("I've asked
# twice to cancel my plan") is still asked for: only the deleting is read so.
_ASKED_BEFORE = re.compile(r"(?:\b(?:i|we)(?: have|'ve| had|'d)?(?: already)? (?:asked|requested)\b|\b(?:je vous ai|j'ai|nous vous avons|nous avons) (?:déjà )?demandé\b|"
                           r"\b(?:pedí|solicité|he pedido|he solicitado|hemos pedido|hemos solicitado|pedimos|solicitamos)\b|"
                           r"\b(?:habe|hatte|haben|hatten) (?:ich |wir )?(?:\S+ ){0,6}?(?:gebeten|beantragt|verlangt)\b)[^.!?\n]*$")
_DELETING = re.compile(r"delet|eras|suppr|borr|elimin|lösch")


def _without_erasures_asked_before(lower: str, cue_spans: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    return [span for span in cue_spans if span[0] != "cancel_request" or span[1] < 0
            or _DELETING.search(lower, span[1], span[2]) is None
            or _ASKED_BEFORE.search(lower, _sentence_start(lower, span[1]), span[1]) is None]


# A bare giving-up ("I'm done.", "ich bin weg") beside a request to cancel now is the request's reason, not a threat to leave
# some day: "Close my account. I'm done." asks to cancel (the readable labels: cancel_request alone, 3 of 3). Said as
# "I'm done with you", or with no cancel asked for, it stays a churn threat.
_BARE_GIVING_UP = re.compile(r"(?:i'm|i am) done|(?:ich bin|bin ich|wir sind|sind wir) (?:dann |sofort |endgültig )?weg")
# ... and so is the act said bare as a sentence of its own ("Je résilie. Merci de mettre fin à mon contrat", "Ich kündige.
# Bitte bestätigen Sie", "Me doy de baja. Tramitadlo hoy"; round 12): the request's own announcement. Followed by more ("je
# résilie et je pars chez la concurrence") or inside a condition (then no cancel request is left), it stays a threat.
_BARE_CANCEL = re.compile(r"je résilie|ich kündige|me doy de baja")
_SENTENCE_ENDS = re.compile(r"\s*[.!:]")  # "Bref, je résilie : annulez mon abonnement" announces the request after it


def _without_giving_up_beside_cancel(lower: str, cue_spans: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    if not any(c == "cancel_request" and s >= 0 for c, s, _ in cue_spans):
        return cue_spans
    return [span for span in cue_spans if span[0] != "churn_threat" or span[1] < 0
            or (_BARE_GIVING_UP.fullmatch(lower, span[1], span[2]) is None
                and (_BARE_CANCEL.fullmatch(lower, span[1], span[2]) is None or _SENTENCE_ENDS.match(lower, span[2]) is None))]


# A death told as the reason for paperwork (round 14: "falleció el pasado mes de diciembre. Querría poner el suministro a mi
# nombre ... el certificado de defunción", "ist am 25. Februar verstorben ... Die Sterbeurkunde füge ich bei", "passed away ...
# I'm the executor"): with the estate's paperwork named and no mark of upset, the death word alone (and the funeral's date)
# is the fact the request rests on, not distress or a time pressure. Grief said in words of its own ("no sé qué hacer",
# "heartbroken", "verzweifelt") keeps the cue, and so does every death word beside it; so does a death told beside a chase or a
# threat ("I sent the death certificate in March ... I have phoned four times"): the bereaved writing again is distress.
_DEATH_WORD = re.compile(r"(?:\w+ )*?(?:passed away|passed|died|has died|death certificate|bereave\w*|funeral|widow\w*|late \w+|"
                         r"falleci\w*|murió|ha muerto|décéd\w*|décès|(?:est|sont) morte?s?|verstorben|todesfall|gestorben|"
                         r"beerdigung|entierro|funérailles|obsèques)(?: \w+)*?(?: is| was| ist| war| es| fue| est| était)?(?: on| am| el| le)? ?\w*$")
_ESTATE_PAPERWORK = re.compile(
    r"\b(?:death certificate|probate|executor|executrix|the estate|her estate|his estate|(?:into|in) my name|"
    r"certificado de defunción|testamento|herencia|herederos|a mi nombre|cambio de titular\w*|titularidad|"
    r"acte de décès|succession|notaire|à mon nom|changement de titulaire|"
    r"sterbeurkunde|nachlass\w*|erbschein|testament|auf meinen namen|umschreib\w*)\b")


def _without_bereavement_paperwork(lower: str, cue_spans: list[tuple[str, int, int]],
                                   signals: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    grief = [span for span in cue_spans if span[0] == "distress"]
    if not grief or any(kind == _UPSET_SIGNAL or kind == _DECLARED_SIGNAL for kind, _, _ in signals) \
            or any(span[0] not in _PAPERWORK_CUES for span in cue_spans):
        return cue_spans
    if not all(_DEATH_WORD.fullmatch(lower, a, b) for _, a, b in grief) or not _ESTATE_PAPERWORK.search(lower):
        return cue_spans
    return [span for span in cue_spans if span[0] not in ("distress", "urgency")
            or (span[0] == "urgency" and not _FUNERAL.search(lower, span[1], span[2]))]


# Round 20: the age or the disability of someone a member of staff was rude to ("my 80-year-old father ... talked over him",
# "my husband, who uses a wheelchair, ... he shrugged and walked off", "mi madre, que tiene 82 años ... no es forma de tratar a
# nadie") is the indignity complained of, like someone else's tears (below): with no fear, grief or hardship said beside it,
# not distress (7 of 7 read lines whose only distress word is such an age, told with the rudeness, are labelled without
# it: nb-12-016, nb-21-015, nb-24-022, nb-41-005, nb-44-029, nb-47-019, nb-56-023). An age beside a hardship ("I am 78 and
# on a pension, and £612 is more than I can find") is no rudeness told and keeps it.
_AGE_OR_DISABILITY = re.compile(r"\d\d|seventy|eighty|ninety|wheelchair|disabled|elderly|silla de ruedas|discapacidad|fauteuil|"
                                r"handicap\w*|rollstuhl|behindert\w*")
_RUDENESS_TOLD = re.compile(
    r"\b(?:spoken to (?:\w+ ){0,2}?like|spoke to (?:\w+ ){0,2}?like|talked (?:down to|over)|rolled (?:her|his|their) eyes|(?:shouted|yelled|swore|snapped) at|"
    r"shrugged|(?:disgusted|appalled|shocked) (?:by|at) how|how (?:he|she|they|we|my \w+) (?:was|were|got) (?:treated|spoken to)|"
    r"told my (?:[\w-]+ ){0,2}?(?:dad|mum|mom|father|mother|husband|wife|son|daughter|grandad|grandma|gran|nan) to|"
    r"(?:forma|manera) de tratar|(?:le|les|me|nos) (?:gritó|gritaron|habló de malas maneras)|levé les yeux au ciel|(?:lui|leur) a (?:parlé comme|crié dessus)|(?:m'|nous )a crié dessus|"
    r"(?:angeschrien|angeschnauzt|von oben herab (?:behandelt|angesprochen)))")


# Session 23: ... and the writer shaken by being shouted at, sworn at or spoken to so ("I'm genuinely shaken by how I was spoken
# to", "swore at me ... I'm still shaking a bit, I've never been spoken to like that", "shouted at my 80-year-old dad ... Dad
# was shaken up") is the same indignity: with only such a shock or such an age beside it, not distress (3 of 3 read lines:
# nb-22-027, nb-32-051, nb-68-033). Only a verbal attack counts here: a shrug beside a child's allergic reaction ("I'm
# shaking writing this", nb-49-097, labelled) is a fear of its own.
_SHAKEN = re.compile(r"shaken|shaking|zittere\w*|temblando|tiemblo|je tremble|tremblante?")
_VERBAL_ATTACK = re.compile(
    r"\b(?:(?:shouted|yelled|swore|snapped|screamed) at|spoken to (?:\w+ ){0,2}?like|spoke to (?:\w+ ){0,2}?like|"
    r"how (?:i|he|she|they|we|my \w+) (?:was|were|got) (?:spoken to|talked to|shouted at)|"
    r"(?:me|le|les) (?:gritó|gritaron)|(?:m'a|lui a|leur a|nous a) crié dessus|(?:angeschrien|angeschnauzt|angebrüllt))")


def _slighted_only(lower: str, a: int, b: int, attacked: bool) -> bool:
    return bool(_AGE_OR_DISABILITY.search(lower, a, b)) or (attacked and _SHAKEN.fullmatch(lower, a, b) is not None)


def _without_age_of_the_slighted(lower: str, cue_spans: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    distress = [span for span in cue_spans if span[0] == "distress"]
    if not distress or not _RUDENESS_TOLD.search(lower):
        return cue_spans
    attacked = _VERBAL_ATTACK.search(lower) is not None
    if not all(_slighted_only(lower, a, b, attacked) for _, a, b in distress):
        return cue_spans
    return [span for span in cue_spans if span[0] != "distress"]


# Round 20: a debt collector or bailiffs threatened over a bill the writer refuses to pay ("now I have a letter threatening debt
# collection. I am not paying a penny of this", "If you try sending this to debt collection, I'll see you in small claims
# court") is defiance, not fear: with no other word of distress, not distress (4 of 4 read lines: nb-41-063, nb-47-037,
# nb-53-098, nb-57-041). A collector's letter feared, or beside a fraud or a death, keeps it ("I've just received a letter
# from a debt collector ... this has frightened the life out of me").
_COLLECTOR = re.compile(r"debt collect\w*|bailiffs|inkasso\w*|recouvrement|huissiers?|cobro de deudas|recobro")
_REFUSES_TO_PAY = re.compile(r"\b(?:(?:i'm|i am|we're|we are) not (?:going to )?pay(?:ing)?|i (?:won't|will not|refuse to) pay|not a (?:penny|cent)\b|"
                             r"no (?:pienso|voy a|vamos a) pagar|je (?:ne (?:paierai|payerai|vais pas payer)|refuse de payer)|pas un (?:centime|sou)\b|"
                             r"(?:ich|wir) (?:werde|werden|zahle|zahlen) (?:\w+ ){0,3}?(?:nicht|keinen cent))")


def _without_collectors_defied(lower: str, cue_spans: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    distress = [span for span in cue_spans if span[0] == "distress"]
    if not distress or not all(_COLLECTOR.fullmatch(lower, a, b) for _, a, b in distress) or not _REFUSES_TO_PAY.search(lower):
        return cue_spans
    return [span for span in cue_spans if span[0] != "distress"]


_PAPERWORK_CUES = frozenset({"distress", "urgency", "cancel_request"})  # a chase or a threat beside the death is no paperwork
_FUNERAL = re.compile(r"funeral|beerdigung|entierro|funérailles|obsèques|beisetzung|trauerfeier")


# Round 17: someone else's tears told as what a rude agent or a spoilt gift did to them ("My father was close to tears", "Meine
# Mutter war den Tränen nahe", "ma mère était au bord des larmes", "mi madre estaba llorando") are the indignity complained of,
# not the writer's fear or grief; the writer's own ("I'm close to tears", "she rang me in tears from the terminal") stay.
_TEARS = re.compile(r"(?:close to|near|nearly in|almost in|in) tears|den tränen nahe|(?:au bord|proche) des larmes|en larmes|"
                    r"al borde de las lágrimas|llorando|crying")
_SOMEONE_WAS = re.compile(r"\b(?:(?:my|his|her|our|the|meine?|unsere?|mon|ma|mes|notre|nos|mi|mis|nuestr[oa]s?) (?:\w+ ){0,2}?"
                          r"|(?:he|she|they) )(?:was|were|came home|war|waren|kam|était|étaient|est rentrée?|estaba|estaban|llegó) (?:\w+ )?$")


def _someone_elses_tears_told(lower: str, start: int, end: int) -> bool:
    return bool(_TEARS.fullmatch(lower, start, end)) and _SOMEONE_WAS.search(lower, max(0, start - 40), start) is not None


# Session 24: a hospital named as where the failure could have put someone ("That could have put me in hospital", "meine
# Freundin landet damit im Krankenhaus", "podría haber acabado en el hospital") is the danger of the fault, told to weigh the
# complaint, not a stay, a fear or a grief: with no other word of distress, not distress (read nb-21-016, nb-26-017, both
# labelled without; none with). A stay told ("she's in hospital", "was admitted") keeps it.
_HOSPITAL = re.compile(r"(?:\w+ ){0,2}(?:hospital|a&e|krankenhaus|notaufnahme|urgencias|urgences|hôpital)")
_COULD_HAVE = re.compile(r"\b(?:could|might|would)(?: have|'ve| easily have)? (?:\w+ ){0,3}?(?:put|sent|landed|ended up|end up|land)\b[^.!?\n]*$|"
                         r"\b(?:landet|landen|lande|gelandet wäre|wäre) (?:\w+ ){0,3}?$|\bpodría(?:mos)? haber (?:\w+ ){0,3}?$|"
                         r"\baurai[st]? pu (?:\w+ ){0,3}?$")


def _hospital_feared(lower: str, start: int, end: int) -> bool:
    return start >= 0 and bool(_HOSPITAL.fullmatch(lower, start, end)) and _COULD_HAVE.search(lower, max(0, start - 50), start) is not None


def _without_calm_contradictions(own: str, lower: str, cue_spans: list[tuple[str, int, int]],
                                 signals: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Urgency that the customer negates ("nothing urgent", "not an emergency yet") or waves away ("no rush",
    "tomorrow is fine") is not urgency (a "no" ending the sentence before negates nothing: "No tickets. Film starts at 8.");
    fear they deny ("not panicking", "no estoy preocupada") is not distress."""
    if any(c == "distress" for c, _, _ in cue_spans):
        cue_spans = [span for span in cue_spans if span[0] != "distress"
                     or not (_NEGATED_FEELING.search(lower, max(0, span[1] - 16), span[1])
                             or _someone_elses_tears_told(lower, span[1], span[2]))]
        if all(_hospital_feared(lower, a, b) for c, a, b in cue_spans if c == "distress"):
            cue_spans = [span for span in cue_spans if span[0] != "distress"]
    cue_spans = _without_bereavement_paperwork(lower, cue_spans, signals)
    cue_spans = _without_age_of_the_slighted(lower, cue_spans)
    cue_spans = _without_collectors_defied(lower, cue_spans)
    if not any(c == "urgency" for c, _, _ in cue_spans):
        return cue_spans
    waved_away = _NOT_URGENT.search(lower) is not None
    return [span for span in cue_spans if span[0] != "urgency"
            or not (waved_away or _negated_urgency(lower, span[1]) or _missed_or_term(lower, span[1], span[2])
                    or _reachable_until(lower, span[1], span[2]))]


# Round 17: the hours the customer can be reached in ("I'm on the number below until 6pm", "Ich bin heute bis 17 Uhr
# telefonisch erreichbar", "je suis joignable jusqu'à 18h", "estoy localizable hasta las 18:00") are availability: the time
# bounds a call back, not a deadline.
_REACHABLE = re.compile(r"\b(?:(?:i'm|i am|i'll be|i will be|we're|we are|we'll be) (?:\w+ ){0,3}?(?:on (?:the |my |this )?(?:number|phone|mobile)|"
                        r"reachable|contactable|available (?:on|at|by|until|till|all)|at my desk|by the phone)|call me (?:on|at) [^.!?\n]{0,30}(?:until|till|before)|"
                        r"erreichbar|zu erreichen|joignable|(?:je suis|je reste|nous sommes|je serai) (?:\w+ ){0,2}?disponible|"
                        r"localizable|(?:estoy|estaré|estamos) (?:\w+ ){0,2}?disponibles?)\b")
_A_TIME_WINDOW = re.compile(r"(?:bis|until|till|jusqu'(?:à|a)|hasta|antes de|avant|vor|before|by) (?:\w+ ){0,2}?(?:\d|midi|mittag|noon|midday|mediod)")

# "I need it by 5pm, I'm on my mobile": a need before the time makes it a deadline however reachable the writer is.
_NEEDED_BY = re.compile(r"\b(?:need|needs|must|have to|has to|muss|müssen|brauche|brauchen|benötige|necesito|necesitamos|tengo que|"
                        r"tenemos que|besoin|dois|devons|doit|faut)\b")


def _reachable_until(lower: str, start: int, end: int) -> bool:
    if not _A_TIME_WINDOW.match(lower, start, end) or _NEEDED_BY.search(lower, _sentence_start(lower, start), start):
        return False
    return _REACHABLE.search(lower, max(_sentence_start(lower, start), start - 120),
                             min(_sentence_end(lower, end), end + 60)) is not None


# "no sé dónde vamos a dormir", "I don't know where we'll sleep": not knowing negates nothing. A date by which something should
# already have happened ("debería haberlo recibido antes del 15", "it should have arrived by Friday", "aurait dû arriver avant
# lundi", "hätte bis Montag da sein sollen") is a promise broken, not a time pressure (round 11).
_NOT_KNOWING = re.compile(r"(?:\bno sé|\bno sabemos|n't know|\bnot know|\bno idea|\bne sais (?:pas|plus)|\bne savons pas|\bweiß nicht|\bwissen nicht|"
                          # session 24: nor does not being able to ("I can't pay my rent on Monday", "je ne peux pas payer mon
                          # loyer lundi", "no puedo pagar el alquiler el lunes"): the pressure the customer cannot meet (nb-67-037)
                          r"\bcan't|\bcannot|\bcan not|\bwon't be able to|\bunable to|\bno puedo|\bno podré|\bne (?:peux|pourrai) pas|\bkann nicht)\W+$")
_SHOULD_HAVE = re.compile(r"\b(?:should have|should've|was (?:supposed|meant) to|were (?:supposed|meant) to|deber(?:ía|ían|íamos) haber\w*|"
                          r"tendría que haber\w*|tenía que haber\w*|aurai(?:t|s|ent) dû|étai(?:t|ent) censée?s? |hätte\w*|sollte\w* (?:\w+ ){0,3}(?:bereits|schon))\b")


# Round 15: an event already missed, told as what happened ("Mon mari a raté un rendez-vous médical important le lundi matin",
# "I missed my appointment on Monday", "perdimos la cita del lunes", "den Termin am Montag habe ich verpasst"), is the damage
# done, not a time pressure still ahead; "I'll miss my flight tomorrow" is (no past form of the verb).
_MISSED_BEFORE = re.compile(r"\b(?:missed|raté|ratée?s?|manqué|manquée?s?|perdí|perdió|perdimos|perdieron|perdido|verpasst|versäumt)(?: \S+){0,3} $")
_MISSED_AFTER = re.compile(r"(?: \S+){0,2}? (?:verpasst|versäumt)\b")
# ... and the term of a contract or a subscription that the customer is ending or asking about ("mon contrat d'entretien, qui
# arrive à échéance le 30 avril", "my subscription expires on the 3rd", "mi contrato vence el día 5", "mein Vertrag läuft am
# 30. ab") is a date in a notice, not a pressure, unless a loss is told with it.
_A_TERM = re.compile(r"échéance|expire|expires|expiran?|vencen?|caducan?|läuft|ends|renews")
_CONTRACT_NOUN = re.compile(r"\b(?:contrat|abonnement|adhésion|contract|subscription|membership|plan|contrato|suscripción|"
                            r"abono|vertrag|abo|abonnement|mitgliedschaft)\b")


def _missed_or_term(lower: str, start: int, end: int) -> bool:
    if _MISSED_BEFORE.search(lower, max(0, start - 50), start) or _MISSED_AFTER.match(lower, end):
        return True
    if not _A_TERM.search(lower, start, end):
        return False
    sentence_start = max(_sentence_start(lower, start), start - 200)
    return bool(_CONTRACT_NOUN.search(lower, sentence_start, start)
                and not _LOSS_AFTER.search(lower, start, min(_sentence_end(lower, end), end + 200)))


def _negated_urgency(lower: str, start: int) -> bool:
    sentence_start = _sentence_start(lower, start)
    window = max(sentence_start, start - 20)
    if _NEGATED.search(lower, window, start) and not _NOT_KNOWING.search(lower, window, start):
        return True
    return _SHOULD_HAVE.search(lower, max(sentence_start, start - 60), start) is not None


# Urgency is a real time pressure on the customer (../shared/data/README.md). Three ways of saying "soon" are not one, and
# the readable labels agree (session 9: 1 of 13 "money back now" sentences labelled urgency, and that one for a named day;
# most dates tied to a threat unlabelled, the few labelled beside an event or a stake of their own):
# - the speed asked of money coming back ("I want the refund paid now", "Geld zurück, sofort", "devolvedme el dinero ya",
#   "remboursez-moi immédiatement") is impatience with the company, not a deadline of the customer's own (a fraudulent
#   account closed "immediately" is not money back, and stays);
# - a date that is the condition of a threat ("si je n'ai pas de réponse avant lundi, je saisis le médiateur", "bis Freitag,
#   andernfalls schalte ich meinen Anwalt ein", "sort it out by tomorrow or I'm filing a chargeback") is the ultimatum's, not
#   the customer's: the threat must be a cue found after the date (a legal, churn, public, escalation or cancel one);
# - "not before Monday", "no vehicle available before Monday", "won't let me in before 9am": a delay or opening hours told.
_AT_ONCE_END = re.compile(r"(?:\bnow|immediately|right away|at once|today|sofort|umgehend|unverzüglich|heute noch|noch heute|"
                          r"immédiatement|tout de suite|aujourd'hui même|sans délai|au plus vite|hoy mismo|inmediatamente|"
                          r"de inmediato|\bya|ahora mismo|cuanto antes|as soon as possible|as soon as you can|asap|"
                          r"lo antes posible|dès que possible|so schnell wie möglich|schnellstmöglich)$")
# Money back, asked for or awaited, in the four languages (lower-case text). The one owner of this vocabulary: the writing
# side builds on it (situation: a remedy asked for; facts: what an amount is).
MONEY_BACK_PATTERN = (
    r"\b(?:refund\w*|money back|back (?:on|onto|into|to) (?:my|the|our) (?:card|account)|reimburs\w*|paid back|pay (?:me|it|us) back|"
    r"rembours\w*|restitu\w*|devolv\w*|devuélv\w*|devuelv\w*|devoluci\w+|reembols\w*|erstatt\w*|rückerstatt\w*|gutschr\w*|"
    r"rückgängig|zurückbuch\w*|zurückzahl\w*|zurücküberweis\w*|"
    r"(?:geld|betrag|differenz|das|die beträge)(?: \w+)? zurück\b|zurück,? (?:und zwar )?sofort|(?:€|euro|eur) zurück\b|"
    # "sofort zurück" is money back; "rufen Sie mich sofort zurück" is a call
    r"(?<!mich )(?<!uns )(?:sofort|umgehend|unverzüglich) zurück\b)")
_MONEY_BACK = re.compile(MONEY_BACK_PATTERN)
# Taking something down or deleting it, and what is taken down: a picture, a post, the customer's data (lower-case text).
_TAKE_DOWN = re.compile(r"\b(?:take (?:\w+ ){0,3}?down|taken (?:\w+ )?down|remov(?:e|ed|ing)|delet(?:e|ed|ing)|eras(?:e|ed)|"
                        r"supprim(?:er|ez|e|ées?|és?)|retir(?:er|ez|e)|effac(?:er|ez|e)|elimin(?:ar|ad|en|e|ate|ated)|"
                        r"borr(?:ar|ad|en|e|éis)|lösch(?:en|t|e)|entfern(?:en|t|e))\b")
_PUBLISHED = re.compile(r"\b(?:photos?|pictures?|images?|videos?|vidéos?|posts?|data|données|datos|daten|fotos?|imagen(?:es)?|"
                        r"bild(?:er)?)\b")
# The threat after the date: "or" with a stated act ("or I'll", "or I'm filing"), or a connective opening a clause ("; si no,",
# ". À défaut,", ", andernfalls"); "was ich sonst machen soll" is no threat, "or I need my money back" no act.
_ULTIMATUM_AFTER = re.compile(
    r"\bor (?:else )?(?:i|we)(?:'ll|'m|'re| will| am| are| shall)\b(?! (?:lose|miss|forfeit|not be able|be stuck|be stranded))|"
    r"(?:^|[,;:.!?]\s*|\n)(?:otherwise|sinon|à défaut|faute de quoi|de lo contrario|si no(?=,)|sonst|andernfalls|ansonsten)\b|"
    # the second arm of "either ... or" with an act of the customer's ("O me devolvéis los 79 € antes del día 10, o devuelvo los
    # recibos", "ou je saisis", "oder ich lasse"; round 12)
    r",\s*(?:o|ou|oder) (?:(?:je|j'|nous|ich|wir)\b|(?:me |nos |lo |la |los )?(?:devuelvo|pongo|voy|iré|acudo|acudiré|denuncio|reclamo|cancelo|anulo|doy)\b)")
# A date inside an unmet condition ("if I don't hear back by Friday", "si personne ne me contacte avant vendredi", "wenn das
# nicht bis Freitag ..."); "si le colis arrivera avant lundi" is a question, not a condition; "if someone could call me in the
# next half hour" is politeness.
_IF_BEFORE = re.compile(r"(?:\b(?:if|si|wenn|falls)\b(?! (?:possible|you (?:could|can|would)|(?:someone|somebody|anyone) (?:could|can)|"
                        r"vous (?:pouvez|pouviez|pourriez)|es posible|möglich|sie (?:könnten|können)))[^.!?\n]*?(?:n't|\bnot|\bno|\bnever|\bne|\bn'|\bpas|\bnicht|\bkein\w*|"
                        r"\bnadie|\bnunca|\bpersonne|\brien|\bnothing|\bnobody|\bniemand|\bnichts)\b|\bunless\b)[^.!?\n]*$")
# What the customer loses if the date passes ("if I don't have the code by Wednesday I lose the number", "sonst verfällt die
# Frist") is the pressure itself.
_LOSS_AFTER = re.compile(r"\b(?:lose|losing|miss|forfeit|perd\w*|pierd\w*|verlier\w*|verpass\w*|verfällt|verfallen|expires?|lapses?|"
                         r"caduca|vence|expire|abläuft|too late|trop tard|demasiado tarde|zu spät)\b")
# A span that names the customer's own event ("I fly Friday") is kept whatever follows it.
_EVENT_WORD = re.compile(r"\b(?:fly|flying|flight|exam|interview|wedding|funeral|surgery|operation|payroll|trip|appointment|hearing|"
                         r"vuelo|viaje|boda|examen|cita|vol|mariage|rendez-vous|flug|hochzeit|prüfung|termin|abflug|reise)\b")
# A negation or an availability in the clause before "before": "hasn't let me in before 9am", "pas disponible avant lundi".
_NOT_BEFORE = re.compile(r"(?:n't|\bnot|\bnever|\bne|\bn'|\bpas|\baucune?|\bnicht|\bkein\w*|\bno|\bnadie|\bnunca|"
                         r"\bavailable|\bdisponibles?|\bverfügbar)\b[^.!?,;\n]{0,40}$")
_BEFORE = re.compile(r"before|avant|antes|vor\b")


# The acts a date can be the condition of: what follows "or" / "otherwise" must be one of them ("or I'm filing a chargeback"),
# not a consequence ("or I'm sleeping in the car", "sonst platzt die Präsentation"), which is the pressure itself.
_ULTIMATUM_CUES = _THREAT_CUES | {"escalation_request", "cancel_request"}


# Class (round 13): an at-once word telling what was done then ("I've sent you the readings today", "your fraud team rang me
# earlier today", "Ich habe sofort die Hotline angerufen", "j'ai immédiatement appelé", "he llamado inmediatamente") is the
# story, not a hurry; "I've been without heating since Monday and need it fixed today" keeps its need.
_AT_ONCE_WORD = re.compile(r"today|sofort|immediately|right away|straight away|immédiatement|inmediatamente|de inmediato")
_DONE_RIGHT_BEFORE = re.compile(
    r"(?:\bearlier|\b(?:habe|hab|haben|hat|hatte|hatten)(?: ich| wir| er| sie)?|\b(?:j'ai|nous avons|on a|il a|elle a|ils ont)(?: (?!besoin)\w+)?|"
    r"\b(?:he|hemos|ha|han|había|habíamos)(?: \w+(?:ado|ido|to|cho))?)\s+$")
_DONE_EN = re.compile(r"\b(?:i|we|they|he|she|you)(?:'ve| have| has| had)? (?:already |just |also |only )?(?:taken|took|sent|done|did|made|rang|phoned|called|"
                      r"emailed|submitted|paid|uploaded|checked|tried|read|received|got|booked|ordered|reported|spoke|posted|filled|gave|given|"
                      r"dropped|returned|confirmed)\b")
_NEED_AFTER = re.compile(r"\b(?:need|needs|must|have to|has to|want|please|can you|could you|urgent\w*|asap|before|by)\b")


def _done_at_once(lower: str, start: int, end: int) -> bool:
    if not _AT_ONCE_WORD.fullmatch(lower, start, end):
        return False
    floor = max(_sentence_start(lower, start), start - 100)
    if _DONE_RIGHT_BEFORE.search(lower, floor, start):
        return True
    acts = [act.end() for act in _DONE_EN.finditer(lower, floor, start)]
    return bool(acts) and _NEED_AFTER.search(lower, acts[-1], start) is None


def _without_impatience(lower: str, cue_spans: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    if not any(c == "urgency" for c, s, _ in cue_spans if s >= 0):
        return cue_spans
    threats = [s for c, s, _ in cue_spans if c in _ULTIMATUM_CUES and s >= 0]
    # a cancel asked in fear ("I never applied for this card: close this account immediately") stays a pressure
    fear = any(c == "distress" for c, _, _ in cue_spans)
    cancels = [] if fear else [(s, e) for c, s, e in cue_spans if c == "cancel_request" and s >= 0]
    return [span for span in cue_spans if span[0] != "urgency" or span[1] < 0
            or not (_impatience(lower, span[1], span[2], threats, cancels) or _done_at_once(lower, span[1], span[2]))]


# How far around an urgency span its sentence is read: customer text is untrusted, and a "sentence" of 20,000 characters
# with no full stop and an urgency word every few words made each span's searches read the whole text (545 ms for one
# message). No sentence of the readable sets is cut by it.
_SENTENCE_WINDOW = 300


def _impatience(lower: str, start: int, end: int, threats: list[int], cancels: Sequence[tuple[int, int]] = ()) -> bool:
    sentence_start = max(_sentence_start(lower, start), start - _SENTENCE_WINDOW)
    sentence_end = min(_sentence_end(lower, end), end + _SENTENCE_WINDOW)
    if _AT_ONCE_END.search(lower, start, end):
        if _MONEY_BACK.search(lower, max(sentence_start, start - 30), min(sentence_end, end + 30)):
            return True
        # the speed asked of the cancel requested in the same sentence ("Cancel my subscription today", "résiliez mon
        # abonnement aujourd'hui même", "Cancelad mi cuenta hoy mismo", "Kündigen Sie sofort"; round 13)
        if any(sentence_start <= a < sentence_end or a <= start < b for a, b in cancels):
            return True
        # the speed asked of taking a picture or the customer's data down ("I want the photo removed today", "Supprimez ses
        # données immédiatement", "borrad mis fotos de inmediato", "löschen Sie sofort meine Daten") is impatience with the
        # company like a cancel's, asked in fear too (session 23: nb-38-032, nb-49-047, nb-50-094, nb-68-046, all unlabelled)
        if (_TAKE_DOWN.search(lower, max(sentence_start, start - 60), min(sentence_end, end + 60))
                and _PUBLISHED.search(lower, sentence_start, sentence_end)):
            return True
    later = [s for s in threats if s >= end]  # the threat comes after its date
    if later and _EVENT_WORD.search(lower, start, end) is None and not _LOSS_AFTER.search(lower, start, sentence_end):
        threat_end = sentence_end
        if not _IF_BEFORE.search(lower, sentence_start, start):
            # the threat may open the next sentence ("... avant le 15 juin. À défaut, nous ne renouvellerons pas")
            connective = _ULTIMATUM_AFTER.search(lower, end, min(len(lower), sentence_end + 16))
            if connective is None:
                threat_end = -1
            elif connective.start() >= sentence_end:
                threat_end = _sentence_end(lower, connective.end())
        if any(s < threat_end for s in later):
            return True
    return _BEFORE.match(lower, start) is not None and _NOT_BEFORE.search(lower, max(sentence_start, start - 60), start) is not None


# What a salesperson or the shop said at the sale ("When I signed up I was told the price was fixed", "Encargué unas gafas en
# su tienda y me dijeron que estarían en una semana", "beim Kauf wurde mir gesagt") is the promise broken, not an earlier
# contact with support about it.
_TOLD = re.compile(r"told|promised|assured|said|dijeron|dicen|aseguraron|prometieron|dit|promis|assuré|gesagt|versprochen|zugesagt|hieß")
_AT_THE_SALE = re.compile(
    r"\b(?:when (?:i|we) (?:first )?(?:signed up|joined|bought|ordered|booked|paid|purchased|subscribed|took out|upgraded|renewed)|"
    r"at (?:the time of )?(?:purchase|sign-?up|checkout)|sales ?(?:person|man|woman|rep|team|assistant)|"
    r"(?:al|cuando) (?:contratar|compr[ée]|comprar|encargar|encargu[ée]|pagar|pagu[ée]|reservar|reserv[ée]|firmar|firm[ée])|encargu[ée]|compr[ée]|contrat[ée]|vendedora?|"
    r"(?:lors de|au moment de) (?:l'achat|la commande|la souscription|l'inscription|la signature)|quand (?:j'ai|nous avons) (?:acheté|commandé|souscrit|signé)|vendeu(?:r|se)|"
    r"beim (?:kauf|abschluss|vertragsabschluss|bestellen)|als (?:ich|wir) (?:\w+ ){0,3}(?:gekauft|bestellt|abgeschlossen|unterschrieben)|verkäufer\w*)\b")


def _a_sales_promise(lower: str, start: int, end: int) -> bool:
    return bool(_TOLD.search(lower, start, end)
                and _AT_THE_SALE.search(lower, _sentence_start(lower, start), _sentence_end(lower, end)))


# A call or a letter to someone else ("Ya he llamado al banco", "J'ai déjà appelé ma banque", "Ich habe schon meine Bank
# angerufen", "I've already rung the police") is what they did about it, not an earlier contact with the company: the
# third party named in the contact or just after it, before any "you" (so "I've called you twice and my bank once" stays);
# and what they were told, when the sentence named the third party first ("He llamado al banco, pero me dicen que...").
_THIRD_NAMES = (r"\b(?:(?:al|a mi|a la|con mi|con el|con la|el|mi|la) (?:banco|policía|guardia civil|abogad[oa]|aseguradora|gestor[ií]a)|"
                r"(?:ma|à ma|la|ma propre) (?:banque|police|gendarmerie|compagnie d'assurance|assurance)|(?:mon|à mon) (?:avocat|assureur|"
                r"conseiller bancaire)|(?:meine|meiner|die|der) (?:bank|polizei|versicherung|sparkasse)|(?:meinen|meinem) (?:anwalt|versicherer)|"
                r"(?:my|the) (?:bank|police|card issuer|insurer|solicitor|lawyer))\b")
_THIRD_PARTY = re.compile(r"(?:(?!\b(?:you|vous|sie|ihnen|euch|os|les|ustedes|usted)\b)[^.!?\n]){0,25}?" + _THIRD_NAMES)
_THIRD_NAMED = re.compile(_THIRD_NAMES)


def _a_third_party(lower: str, start: int, end: int) -> bool:
    return bool(_THIRD_PARTY.match(lower, start, min(len(lower), end + 30))
                or (_TOLD.search(lower, start, end) and _THIRD_NAMED.search(lower, _sentence_start(lower, start), start)))


# Session 21: a contact with someone else the customer dealt with through the service (OTHER_PARTY_CONTACT: "I've messaged the
# sitter three times through the app", "I've messaged the host but", "I've emailed the file to my tutor", "j'ai relancé trois
# fois le vendeur") is no contact with support, and nor is the silence after it in its sentence ("I've sent requests to every
# sitter in the area on your app and nobody has replied"): 4 read lines, none labelled with the cue (nb-62-086, nb-62-081,
# nb-40-054, nb-50-007). The span itself says it went to someone else, or comes after such a contact in its sentence with
# no contact of ours between ("I messaged the seller and then emailed you twice", "messaged the host and called three
# times" keep it).
_OUR_CHANNEL = re.compile(r"\b(?:your|vuestr\w*|votre|ihre?[mnrs]?) (?:app|website|site|platform|portal|plateforme|aplicación|plataforma)\b")


def _to_another_party(lower: str, start: int, end: int) -> bool:
    if _YOU.search(lower, start, end):
        return False
    for m in OTHER_PARTY_CONTACT.finditer(lower, max(_sentence_start(lower, start), start - 200), min(len(lower), end + 60)):
        if m.start() >= end:
            break
        if m.end() > start:
            return True  # the span is the contact with them ("messaged the sitter three times")
        gap = _OUR_CHANNEL.sub(" ", lower[m.end():start])
        if len(gap) <= 80 and not _YOU.search(gap) and not _CONTACTED.search(gap):
            return True
    return False


# A question asked again in the same scene, answered there by one person ("When I waited and asked again he told me I was
# holding up the floor"; the other languages' repeat phrasings had no such reading to undo) is one conversation
# with a shop assistant, a driver or an agent, not an earlier contact about the issue; going back, calling back or
# writing again is ("I went back and asked again", "I called back and asked twice").
_ASKED = re.compile(r"ask|pregunt|demand|fragt|gefragt")
_ANSWERED_THERE = re.compile(r"^[^.!?\n]{0,40}?\b(?:he|she|il|elle|él|ella|er)\b (?:\w+ ){0,2}?(?:told|said|replied|answered|snapped|shouted|"
                             r"laughed|just|simply|m'a|a répondu|a dit|me dijo|dijo|contestó|respondió|sagte|meinte|antwortete)\b")
_WENT_BACK = re.compile(r"\b(?:went|go|going|came|come|got) back|\breturned|\b(?:called|rang|phoned|emailed|wrote|messaged) (?:\w+ )?(?:back|again)|"
                        r"\b(?:je suis|suis) (?:re)?(?:retourné|revenu)e?|\bvolví|\bregresé|\bzurück(?:gegangen|gekommen)|\bnochmal (?:hin|angerufen)")


def _asked_again_in_scene(lower: str, start: int, end: int) -> bool:
    return bool(_ASKED.search(lower, start, end) and _ANSWERED_THERE.search(lower[end:_sentence_end(lower, end)])
                and not _WENT_BACK.search(lower, _sentence_start(lower, start), end))


# What the customer was told on arriving, in person, at a desk ("Llegamos al hotel y en recepción nos dijeron que estaba
# completo", "when we reached your airport desk we were told", "à notre arrivée, on nous a dit", "bei der Ankunft hieß es";
# round 13: 6 readable lines, none labelled) is what happened there, not an earlier contact with support; a call or a mail
# told between the arrival and the words ("when I got home I rang and was told") is one, and so is a desk the customer went
# to about the issue ("En recepción me dicen que llame", with no arrival told).
_ARRIVED = re.compile(r"\b(?:arriv(?:ed|ing)|on arrival|reached|got there|turned up|checked in|"
                      r"llegamos|llegué|llegó|llegaron|al llegar|arrivée?s?|à (?:notre|mon) arrivée|en arrivant|angekommen|ankunft)\b")
_CONTACTED = re.compile(r"\b(?:rang|rung|called|phoned|emailed|e-mailed|wrote|chat\w*|messaged|llam\w+|escrib\w+|correo|appel\w+|téléphon\w+|écrit|"
                        r"mail\w*|angerufen|anrief|geschrieben|telefon\w*)\b")


def _told_on_arrival(lower: str, start: int, end: int) -> bool:
    if not _TOLD.search(lower, start, end):
        return False
    arrived = [m.end() for m in _ARRIVED.finditer(lower, max(0, start - 200), start)]
    return bool(arrived) and _CONTACTED.search(lower, arrived[-1], end) is None


# A report or a talk with a regulator, an advice body or the police ("I have already reported this to the ICO", "I've already
# spoken to Citizens Advice", "ya lo he denunciado ante la OCU", "j'ai déjà signalé ça à la DGCCRF", "ich habe das schon der
# Verbraucherzentrale gemeldet"; round 14), or to their bank (round 15), is the customer going elsewhere for help, not an earlier contact with support.
_BODY_NAMES = (r"\b(?:the ico|information commissioner\w*|citizens advice|trading standards|action fraud|the police|(?:the |an? )?ombudsman|"
               r"the regulator|ofgem|ofcom|ofwat|ccwater|the fca|the cma|which\?|"
               r"la ocu|facua|(?:la )?(?:oficina (?:municipal )?de )?consumo|la policía|la guardia civil|la aepd|el banco de españa|"
               r"la dgccrf|l'ufc|que choisir|(?:le |au )?médiateur|la cnil|signalconso|la police|la gendarmerie|l'arcep|"
               r"(?:der |die )?verbraucherzentrale|(?:der |die )?bundesnetzagentur|(?:der |die )?bafin|(?:der |die )?schlichtungsstelle|"
               r"(?:der |die )?polizei|"
               # round 15: the customer's own bank or card issuer, and the phone network's spam line ("I've already reported both
               # payments to my bank", "I've reported it to 7726", "lo he denunciado a mi banco", "signalé à ma banque")
               r"my bank|my card (?:issuer|provider|company)|my credit card company|7726|mi banco|ma banque|meiner bank|meine bank)")
_YOU_WORDS = r"\b(?:you|your|vous|votre|vos|sie|ihnen|euch|ihr|os|les|ustedes|usted|vuestr\w*)\b"  # the company addressed
_TO_A_BODY = re.compile(r"(?:(?!" + _YOU_WORDS + r")[^.!?\n]){0,25}?" + _BODY_NAMES)
_BODY = re.compile(_BODY_NAMES)
_YOU = re.compile(_YOU_WORDS)


def _to_a_body(lower: str, start: int, end: int) -> bool:
    # after the span ("reported this to the ICO") or inside it ("schon der Verbraucherzentrale gemeldet")
    # ... and the company named in the span ("reported this to you twice and to Trading Standards") keeps it
    return not _YOU.search(lower, start, end) and bool(_TO_A_BODY.match(lower, end, min(len(lower), end + 60))
                                                       or _BODY.search(lower, start, end))


# Round 15: a count that is a frequency ("asked me to take readings twice a day", "zweimal täglich", "deux fois par semaine",
# "dos veces al día") is how often something is done, not how often support was contacted.
_A_COUNT_END = re.compile(r"(?:twice|times|zweimal|dreimal|mal|fois|veces)$")
_FREQUENCY_AFTER = re.compile(r"\s*(?:(?:a|per|every|each) (?:day|week|month|night|hour|year)\b|daily\b|weekly\b|nightly\b|"
                              r"(?:täglich|wöchentlich|monatlich|am tag|pro (?:tag|woche|monat)|die woche|im monat)\b|"
                              r"par (?:jour|semaine|mois|nuit)\b|(?:al|por) (?:día|dia|semana|mes|noche)\b|diari\w+)")


def _a_frequency(lower: str, start: int, end: int) -> bool:
    return bool(_A_COUNT_END.search(lower, start, end) and _FREQUENCY_AFTER.match(lower, end))


# Round 15: "no answer" in a condition not yet met ("Sollte ich bis Monatsende keine Antwort haben, beschwere ich mich", "if I
# get no reply by Friday", "si je n'ai aucune réponse d'ici lundi", "si no recibo ninguna respuesta") is a silence to come, not
# one after an earlier contact.
_NO_ANSWER = re.compile(r"\b(?:keine|no|aucune|pas de|ninguna|sin) (?:\w+ )?(?:antwort|rückmeldung|reply|response|answer|réponse|retour|respuesta)")
_IF_OPEN = re.compile(r"\b(?:if|unless|should (?:i|we)|sollte\w*|wenn|falls|si|salvo que|à moins que|a menos que)\b")


def _a_silence_to_come(lower: str, start: int, end: int) -> bool:
    return bool(_NO_ANSWER.search(lower, start, end)
                and _IF_OPEN.search(lower, max(_sentence_start(lower, start), start - 80), start))


# Round 15: "on two occasions", "à deux reprises", "en dos ocasiones" with no contact or promise in its sentence ("Our rep was,
# on two occasions, rather dismissive", "j'ai répondu STOP à deux reprises") counts something else than contacts with support
# (the contact is told before the count, or just after it: "I have telephoned on four occasions", "à trois reprises appelé").
_OCCASIONS = re.compile(r"\b(?:on|for) (?:\w+ )?(?:separate )?occasions|\bà \w+ reprises|\ben \w+ ocasiones")
_CONTACT_WORD = re.compile(
    r"\b(?:call\w*|rang|rung|ring\w*|phon\w+|telephon\w+|e-?mail\w*|wr[io]te|written|writing|contact\w*|chas\w+|asked|request\w*|report\w*|"
    r"rais\w+|complain\w*|promis\w*|told|assured|sent|provided|supplied|submitted|explained|spoke|chat\w*|follow\w* up|"
    r"appel\w*|écri\w*|relanc\w*|signal\w*|dit|réclam\w*|demandé\w*|expliqu\w*|téléphon\w*|envoy\w*|transmis|"
    r"llam\w*|escri\w*|reclam\w*|contact\w*|promet\w*|prometi\w*|dijeron|dicho|envi\w*|mand\w*|solicit\w*|ped\w*|explic\w*|"
    r"angerufen|geschrieben|gemeldet|nachgefragt|reklamiert|versprochen|zugesagt|gesagt|kontaktiert|gemailt|geschickt|telefoniert)\b")


def _occasions_of_something_else(lower: str, start: int, end: int) -> bool:
    return bool(_OCCASIONS.fullmatch(lower, start, end)
                and not _CONTACT_WORD.search(lower, max(_sentence_start(lower, start), start - 200),
                                             min(_sentence_end(lower, end), end + 20)))


# Round 15: "a second time", "a 4th time" said of a trip or of a failure ("I can't come back a 4th time tonight", "I don't want it
# declined a second time", "charged a third time") counts visits or faults, not contacts with support; "explaining this a
# fourth time", "contacting you a third time" stay.
_NTH_TIME = re.compile(r"an? \w+ time")
_NOT_CONTACT_ACT = re.compile(r"\b(?:(?:come|go|coming|going|came|went|drive|driving|walk|walking|travel|travelling|get|getting) "
                              r"(?:back|out|over|down|there|in)|declined|rejected|refused|fail(?:s|ed)?|failing|happen(?:s|ed)?|"
                              r"break(?:s)?|broke|broken|crash(?:es|ed)?|go(?:es)? wrong|went wrong|charged|billed|debited|"
                              r"cancell?ed|delayed|late|missing|damaged)(?: (?:it|me|us|again|on|up))?\s+$")


def _nth_time_of_something_else(lower: str, start: int, end: int) -> bool:
    return bool(_NTH_TIME.fullmatch(lower, start, end) and _NOT_CONTACT_ACT.search(lower, max(0, start - 40), start))


# Each reading above finds a "contact" that was none with support about this issue: its repeat-contact span is dropped.
_NOT_A_CONTACT = (_a_sales_promise, _a_third_party, _to_another_party, _asked_again_in_scene, _told_on_arrival, _to_a_body, _a_frequency,
                  _a_silence_to_come, _occasions_of_something_else, _nth_time_of_something_else)


def _without_non_contacts(lower: str, cue_spans: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    return [span for span in cue_spans if span[0] != "repeat_contact" or span[1] < 0
            or not any(reading(lower, span[1], span[2]) for reading in _NOT_A_CONTACT)]


# A platform named as where someone else published something about the customer ("The dog walker posted photos of my
# front door on Instagram", "la promeneuse a publié sur Instagram des photos", "ha subido a Facebook", "hat Fotos auf
# Instagram gepostet") is what happened to them, not their threat to go public; and a subject naming the content and
# where it is ("Photos of my house on Instagram") is the topic. The customer's own posting ("I've posted it on
# Facebook", "je vais publier sur Instagram") is not touched: a first person between the verb and the name keeps it.
_PLATFORM = re.compile(r"social media|twitter|facebook|tiktok|instagram|reddit|linkedin|youtube|x\.com")
_FIRST_PERSON = r"(?!(?:i|i've|i'd|we|we've|je|j'ai|nous|yo|ich|wir)\b)"
_POSTED_BY_OTHERS = re.compile(
    r"\b(?:has|was|were|have been|has been|a|ont|avait|avaient|a été|ha|han|había|habían|fue|fueron|hat|wurde|wurden)\b"
    r"(?: " + _FIRST_PERSON + r"\S+){0,5}? (?:posted|published|shared|uploaded|put up|put|publié|posté|partagé|mis en ligne|diffusé|"
    r"publicado|subido|compartido|colgado)\b[^.!?\n]*$")
# ... or in the simple past with no first person before the verb ("your agent posted my complaint on Twitter",
# "el técnico subió las fotos a Facebook"; "so I posted it on Facebook" keeps it)
_POSTED = re.compile(r"\b(?:posted|published|shared|uploaded|put up|publicó|publicaron|subió|subieron|compartió|colgó)\b[^.!?\n]*$")
_SUBJECT_I = re.compile(r"\b(?:i|i've|i'd|i'm|we|we've|we'd|je|j'ai|j'|nous|yo|ich|wir)\b")
# ... or as where the customer found or saw something ("I found your number on Facebook", "vu sur Instagram", "lo vi en
# Facebook"; "auf Facebook gesehen" is read with the German participles below)
_SEEN_ON = re.compile(r"\b(?:found|saw|seen|read|noticed|spotted|came across|advertised|vu|lu|trouvé|visto|leído|encontré|vi)\b"
                      r"(?:(?!\b(?:post|shar|tell|writ|put|publi|going|will|'ll|gonna|poste|partag|cont|schreib|teil)\w*)[^.!?\n])*$")
# ... or as where someone else reached the customer ("a stranger messaged me on Instagram", "quelqu'un m'a écrit sur
# Facebook", "me escribió por Instagram", "hat mich auf Instagram angeschrieben"; round 12): what happened to them. A first person
# after the contact ("they sent me to Twitter support, so I'm posting it all on Twitter") is the customer's own post.
_NOT_I_AFTER = r"(?:(?!\b(?:i|i'll|i'm|i've|we|we'll|we're|je|j'|yo|ich|wir)\b)[^.!?\n]){0,60}$"
_REACHED_ME = re.compile(r"\b(?:messaged|contacted|dm'?d|dm'?ed|texted|added|followed|tagged|approached|pinged|harassed|threatened|found|sent|"
                         r"wrote to|reached out to)\b (?:me|us)\b" + _NOT_I_AFTER + "|"
                         r"\b(?:m'a|nous a|m'ont|nous ont) (?:contactée?s?|écrit|ajoutée?s?|envoyé|harcelée?s?|menacée?s?|suivie?s?)\b" + _NOT_I_AFTER + "|"
                         r"\b(?:me|nos) (?:contactó|contactaron|escribió|escribieron|agregó|añadió|mandó|envió|acosó|amenazó)\b" + _NOT_I_AFTER + "|"
                         r"\b(?:hat|haben) (?:mich|uns)\b" + _NOT_I_AFTER)
_POSTED_BY_OTHERS_DE = re.compile(r"\b(?:hat|haben sie|wurden?|ist)\b[^.!?\n]*$")
_POSTED_DE = re.compile(r"[^.!?\n]{0,60}?\b(?:gepostet|veröffentlicht|geteilt|hochgeladen|gestellt)\b")
_SEEN_DE = re.compile(r"[^.!?\n]{0,40}?\b(?:gesehen|gelesen|gefunden|entdeckt)\b")
_CONTENT_ON = re.compile(r"\b(?:photos?|pictures?|pics|images?|videos?|vidéos?|fotos?|bilder|posts?|publications?|publicaciones?)\b"
                         r"(?: " + _FIRST_PERSON + r"\S+){0,5}? (?:on|sur|en|auf|in)\W*$")


def _without_others_posts(lower: str, cue_spans: list[tuple[str, int, int]], topic: bool = False) -> list[tuple[str, int, int]]:
    if not any(c == "public_exposure" for c, _, _ in cue_spans):
        return cue_spans
    out = []
    for cue, start, end in cue_spans:
        if cue == "public_exposure" and start >= 0 and _PLATFORM.fullmatch(lower, start, end):
            sentence_start = max(_sentence_start(lower, start), start - _SENTENCE_WINDOW)
            posted = _POSTED.search(lower, sentence_start, start)
            if (_POSTED_BY_OTHERS.search(lower, sentence_start, start)
                    or (posted and not _SUBJECT_I.search(lower, sentence_start, posted.start()))
                    or _SEEN_ON.search(lower, sentence_start, start) or _SEEN_DE.match(lower, end)
                    or _REACHED_ME.search(lower, sentence_start, start)
                    or (_POSTED_BY_OTHERS_DE.search(lower, sentence_start, start) and _POSTED_DE.match(lower, end))
                    or (topic and _CONTENT_ON.search(lower, sentence_start, start))):
                continue
        out.append((cue, start, end))
    return out


# Class (session 23): a report to the police about a fraudster or a thief is what a victim does, not a threat against the
# firm ("I've filed a police report", "¿tengo que poner una denuncia en la policía?", nb-44-062; "darme sus datos para la
# denuncia? Voy a ir a la policía", nb-12-060; "j'ai porté plainte au commissariat", "Anzeige gegen Unbekannt erstattet"):
# a legal-threat span that is a report word ("denuncia", "Anzeige", "plainte", "report") is dropped when its sentence, or
# the next, names the police and nothing in the sentence aims it at the firm ("I'll report you to the police", "una
# denuncia contra ustedes", "Strafanzeige gegen Ihre Firma" stay). A lawyer, a court or the bank beside it keep their
# own spans.
_POLICE = re.compile(
    r"\b(?:police|policeman|policewoman|officer|crime (?:ref\w*|number)|action fraud|policía|policia|comisaría|comisaria|"
    r"guardia civil|mossos|ertzaintza|polizei\w*|gegen unbekannt|gegen (?:den|die) (?:täter\w*|betrüger\w*|dieb\w*)|"
    r"commissariat|gendarmerie|gendarmes?)\b")
_REPORT_SPAN = re.compile(r"(?:[\w ]* )?(?:denunci\w*|(?:straf)?anzeige\w*|plainte|police report|report\w*)(?: [\w ]*)?")
_AT_THE_FIRM = re.compile(
    r"\b(?:report(?:ing|ed)? (?:you|your \w+)|against (?:you|your)|contra (?:ustedes|vosotros|usted|su |vuestr|la empresa)|"
    r"contre (?:vous|votre|la société)|gegen (?:sie|euch|ihr\w* (?:firma|unternehmen|mitarbeiter\w*))|(?:os|les) denunci\w*|"
    r"denunciar(?:les|os))\b")


def _without_police_reports(lower: str, cue_spans: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    out = []
    for cue, start, end in cue_spans:
        if cue == "legal_threat" and start >= 0 and _REPORT_SPAN.fullmatch(lower, start, end):
            sentence_start = max(_sentence_start(lower, start), start - _SENTENCE_WINDOW)
            sentence_end = min(_sentence_end(lower, end), end + _SENTENCE_WINDOW)
            after = min(_sentence_end(lower, sentence_end + 1), sentence_end + _SENTENCE_WINDOW)
            if (_POLICE.search(lower, sentence_start, after)
                    and not _AT_THE_FIRM.search(lower, sentence_start, sentence_end)):
                continue
        out.append((cue, start, end))
    return out


# Class (round 10): someone else's words quoted for the company to act on — a review, a comment, a message a guest or
# a stranger left, introduced as such ("a review ... It reads: "...idiots... I'll sue"", "left this comment on my
# listing: «...»", "la reseña dice: "..."", "die Bewertung lautet: „...""): the insult, the threat or the hurry inside the
# quotation marks is that person's, not the customer's. Only a quotation whose introduction names such a text (in the
# same sentence, before the opening mark) is read so; an agent's words quoted back stay the customer's evidence.
_OTHERS_TEXT = re.compile(
    r"\b(?:review|reviews|comment|comments|post|posted|message|guest|reviewer|user|customer|it reads|which reads|reads|"
    r"reseña|reseñas|opinión|comentario|mensaje|huésped|publicó|dice|avis|commentaire|voyageur|client|publié|indique|"
    r"bewertung|rezension|kommentar|nachricht|gast|lautet|heißt es|schreibt|schrieb|"
    # (round 14) a third party's messages and the names they called the customer ("he sent messages calling us '...'", "nos
    # llamó '...'", "il nous a traités de « ... »", "hat uns als „...“ beschimpft")
    r"messages|calling (?:us|me)|called (?:us|me)|telling (?:us|me) to|mensajes|llamándonos|"
    r"llamándome|(?:nos|me) (?:llamó|llamaron|llama|llaman)|(?:nous |me |m')(?:traitant|traitait|a traitée?s?|ont traitée?s?) de|"
    r"nachrichten|(?:uns|mich) als|nannte (?:uns|mich))\b[^.!?]{0,80}[:,]?\s*$")
# ... or a quoted text the customer then disowns ("'...' -- that wasn't me, I never wrote it", "Die stammt nicht von mir", "no la
# escribí yo", "ce n'est pas moi qui l'ai écrit"; round 14): a review posted under their name is someone else's.
_DISOWNED = re.compile(
    r"[^.!?]{0,3}[.!?]?\s*[^.!?\n]{0,30}?\b(?:(?:it|that|this|which)(?: review| comment| post)? (?:wasn't|was not|isn't|is not) (?:me|mine|from me|by me|written by me)|"
    r"i (?:didn't|did not|never) (?:write|post|leave|wrote)|(?:die|der|das|sie|er|es) (?:stammt|kommt|ist) nicht von mir|"
    r"(?:das|die|den) (?:habe|hab) ich (?:nicht|nie) (?:geschrieben|verfasst)|(?:ce|c') n'est pas (?:moi|de moi)|je n'ai (?:jamais|pas) écrit|"
    r"no (?:es|era) (?:mía|mío|mi reseña)|(?:yo )?no (?:la|lo) (?:escribí|he escrito|publiqué)(?: yo)?)\b")
# ... and the words of the company's staff quoted as what they said or promised ("each time they said "someone will call you
# today"", "jedes Mal hieß es „der Kollege meldet sich heute noch"", "me dijeron «se lo enviamos hoy mismo»"; round 13): their
# "today" is a promise broken, not the customer's hurry.
_STAFF_SAID = re.compile(
    r"\b(?:said|told (?:me|us)|(?:was|were) told|promised|assured (?:me|us)|replied|answered|hieß es|hiess es|sagte\w*|meinte\w*|"
    r"versprach\w*|versprochen|antwortete\w*|dijeron|dijo|prometieron|prometió|contestaron|contestó|respondieron|respondió|"
    r"(?:m'a|m'ont|nous a|nous ont|on m'a|on nous a) (?:dit|promis|répondu|assuré|lancé)|ont dit|a dit|a répondu|(?:and|then) told|"
    r"soltó|soltaron|suelta)\b[^.!?]{0,40}[:,]?\s*$")
# A single quotation mark opens a quotation only after a space, a line start, a colon or a bracket and before a letter
# ("calling us 'stupid cows'", not "don't" or "l'amateurisme"), and closes it before a space or a punctuation mark.
_OPENING_QUOTE = re.compile("[\"\u201c\u201e\u00ab]\\s*|(?:(?<=[\\s:(])|^)['\u2018](?=\\w)")
_CLOSING_QUOTE = {"\"": "\"", "\u201c": "\u201d", "\u201e": "\u201c", "\u00ab": "\u00bb"}
_CLOSING_SINGLE = re.compile("(?<=\\S)['\u2019](?!\\w)")
_OTHERS_CUES = frozenset({"abuse", "legal_threat", "urgency", "distress", "profanity", "churn_threat", "public_exposure"})


def _without_others_quotes(lower: str, cue_spans: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    if not any(c in _OTHERS_CUES for c, _, _ in cue_spans) or not any(q in lower for q in (*_CLOSING_QUOTE, "'", "\u2018")):
        return cue_spans
    quoted: list[tuple[int, int]] = []
    promised: list[tuple[int, int]] = []
    retorted: list[tuple[int, int]] = []  # ... said by someone else than the writer
    at = 0
    while (opening := _OPENING_QUOTE.search(lower, at)) is not None:
        start = opening.start()
        if lower[start] in "'\u2018":
            single = _CLOSING_SINGLE.search(lower, opening.end(), opening.end() + 600)
            close = single.start() if single is not None else -1
            if close < 0:
                at = opening.end()
                continue
        else:
            close = lower.find(_CLOSING_QUOTE[lower[start]], opening.end(), opening.end() + 600)
        if close < 0:
            break
        at = close + 1
        if close - opening.end() >= 20:
            floor = max(0, start - 120)
            before = max(lower.rfind(".", floor, start), lower.rfind("!", floor, start), lower.rfind("?", floor, start), floor - 1) + 1
            if _OTHERS_TEXT.search(lower, before, start) or _DISOWNED.match(lower, close + 1, close + 90):
                quoted.append((start, close))
            elif (said := _STAFF_SAID.search(lower, before, start)) is not None:
                promised.append((start, close))
                if _SELF_SAID.search(lower, max(0, said.start() - 12), said.start()) is None:
                    retorted.append((start, close))
    if not quoted and not promised:
        return cue_spans
    return [(c, a, b) for c, a, b in cue_spans
            if not (c in _OTHERS_CUES and any(qa < a and b <= qb + 1 for qa, qb in quoted))
            and not (c in _STAFF_QUOTE_CUES and any(qa < a and b <= qb + 1 for qa, qb in promised))
            and not (c in _RETORT_CUES and any(qa < a and b <= qb + 1 for qa, qb in retorted))]


# The staff's words quoted hold their hurry ("someone will call you today") and, round 17, their jibe or excuse ("me soltó que
# "luego no vengan llorando"", "was told "that's all we have, take it or leave it""): neither is the writer's distress.
_STAFF_QUOTE_CUES = frozenset({"urgency", "distress"})
# ... and (round 18) the staff's retort quoted ("the woman at the till said 'you can always go somewhere else'", "il m'a lancé
# « allez voir ailleurs »", "me soltó «pues váyase a otra tienda»") is their churn line or their insult, not the writer's; the
# writer quoting their own words ("I said 'I'll take my business elsewhere'") keeps them.
_RETORT_CUES = frozenset({"churn_threat", "abuse"})
_SELF_SAID = re.compile(r"(?:\bi|\bwe|\bi then|\bwe then|\bich|\bwir|\bje|\bj'ai|\bnous|\byo|\ble dije|\bles dije|\bles dijimos)\s+$")


# Class (round 18): a cue word inside an e-mail address, a domain or a web address ("v.lemaire@cabinet-lemaire-avocats.fr",
# "www.urgent-repairs.co.uk", "complaints-manager@…") names a mailbox or a site, not the writer's act: the span is dropped when
# the address holds it whole. "Cc: ceo.office@…" keeps its cc, which starts before the address.
_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?://|www\.)[^\s<>\"')]+")


def _without_addresses(lower: str, cue_spans: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    addresses = [(m.start(), m.end()) for m in _ADDRESS.finditer(lower)]
    if not addresses:
        return cue_spans
    return [span for span in cue_spans if span[1] < 0 or not any(a <= span[1] and span[2] <= b for a, b in addresses)]


# Class (round 13): a cue word that is part of a product's or a feature's name, in title case inside a sentence ("the Rootwell
# Urgent Fix tape", "the SOS Urgent Repair hand cream", "a tin of Sage Mist", "die Sofort-Auszahlung", "el modo Urgente
# Express") names the thing, not a hurry or a swear word; the subject naming it again ("Urgent Fix tape question") too.
# "Urgent please!", "URGENT", "Was soll der Mist?" stay.
_NAME_CUES = frozenset({"urgency", "profanity", "legal_threat"})
# Session 24: "Court" in a place's name ("Room 12, Block D, Elm Court", nb-60-037; "5 Fenwick Court", nb-32-034) is an
# address, not a court of law; a court's own kind before it ("the County Court", "Small Claims Court") keeps it.
_COURT_KINDS = frozenset("county magistrates magistrates' crown high supreme district claims family civil federal small "
                         "employment appeal appeals circuit sheriff superior municipal traffic tax commercial".split())
_WORD_BEFORE = re.compile(r"(\w[\w&'-]*)[ \t]+$")
_WORD_AFTER = re.compile(r"(?:-|[ \t]+)(\w[\w'-]*)")
_SENTENCE_BREAK = re.compile(r"(?:^|[.!?:;\n(]\s*)$")


def _title(word: str) -> bool:
    return word[:1].isupper() and (word[1:].islower() or word.isupper())


_QUOTES = "'\"\u2018\u201c\u201e\u00ab"


def _in_a_name(own: str, start: int, end: int, cue: str = "urgency") -> bool:
    word = own[start:end]
    if not word.isalpha() or not word[:1].isupper() or not word[1:].islower():
        return False
    if cue == "legal_threat" and word != "Court":  # of the legal words, only a court is in place names
        return False
    floor = max(0, start - 60)
    before = _WORD_BEFORE.search(own, floor, start)
    if before is None:
        return own.startswith("-", end) and end + 1 < len(own) and own[end + 1].isalpha() and own[end + 1].isupper()
    if _SENTENCE_BREAK.search(own, floor, before.start()):  # the word before opens the sentence: "Sofort Bescheid!"
        return False
    if cue == "profanity":
        # German nouns and swear words are capitalised ("So ein Scheiß Laden"): only a quoted name ("'Sage Mist'")
        return _title(before.group(1)) and before.start() > 0 and own[before.start() - 1] in _QUOTES
    if cue == "legal_threat" and before.group(1).lower() in _COURT_KINDS:
        return False
    after = _WORD_AFTER.match(own, end, min(len(own), end + 40))
    return _title(before.group(1)) or (after is not None and _title(after.group(1)))


def _without_names(own: str, cue_spans: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    return [span for span in cue_spans if span[0] not in _NAME_CUES or span[1] < 0 or not _in_a_name(own, span[1], span[2], span[0])]


_PAIRS = re.compile(r"\b(?=([^\W\d_]{2,}[ -]\w+))")


def _names_in(own: str, subject: str) -> frozenset[str]:
    """The subject's title-case words that the message uses inside a name with the same next word ("Urgent Fix")."""
    names = set()
    for match in _PAIRS.finditer(subject):
        pair = match.group(1)
        first = re.split(r"[ -]", pair)[0]
        if _title(first) and pair in own:
            at = own.find(pair)
            word_end = at + len(first)
            quoted = at > 0 and own[at - 1] in _QUOTES
            if quoted or _in_a_name(own, at, word_end):
                names.add(pair.lower())
    return frozenset(names)


# From a subject line, only acts stated outright: "3rd request", "URGENT", "formal complaint to the ombudsman".
_SUBJECT_CUES = frozenset({"repeat_contact", "urgency", "legal_threat", "escalation_request", "cancel_request",
                           "already_cancelled", "public_exposure"})


def _subject_evidence(subject: str, own: str = "") -> list[Evidence]:
    """Cues the subject line states. Its words are not in the message: start and end are -1."""
    subject = " ".join(subject.split())[:200]
    if not subject.strip():
        return []
    lower = lower_same_length(subject)
    spans = _without_others_posts(lower, find_signals(lower, word_start_offsets(lower)), topic=True)
    if any(c in _NAME_CUES for c, _, _ in spans):
        names = _names_in(own, subject)
        spans = [span for span in _without_names(subject, spans)
                 if span[0] not in _NAME_CUES or not any(lower.startswith(name, span[1]) for name in names)]
    found = {cue for cue, _, _ in spans if cue in _SUBJECT_CUES}
    return [Evidence(cue, subject, -1, -1) for cue in SIGNAL_CUES if cue in found]


def _shouted(subject: str) -> bool:
    """A subject in capitals ("WHERE IS MY ORDER") or with piled-up "!!" / "??"."""
    letters = [c for c in subject if c.isalpha()]
    return ("!!" in subject or "??" in subject) or (len(letters) >= 6 and all(c.isupper() for c in letters))


def _quoted_header_only(cue_spans: list[tuple[str, int, int]], reply: tuple[int, int] | None) -> bool:
    """The text's only repeat-contact evidence is the header of a quoted earlier reply."""
    return reply is not None and all((a, b) == reply for cue, a, b in cue_spans if cue == "repeat_contact")


def _history_evidence(context: DetectionContext) -> list[Evidence]:
    """Repeat contact from the ticket's history. These words are not in this message: start and end are -1."""
    if context.earlier_customer_texts:
        earlier = " ".join(context.earlier_customer_texts[-1].split())[:_HISTORY_SNIPPET_CHARS]
        if earlier:
            return [Evidence("repeat_contact", earlier, -1, -1)]
    if context.reopened:
        return [Evidence("repeat_contact", "(ticket reopened by the customer)", -1, -1)]
    return []


def _learned_cues(reading: _Reading, sums: list[float], present: frozenset[str],
                  cue_spans: list[tuple[str, int, int]]) -> tuple[frozenset[str], list[tuple[str, int, int]]]:
    """The lexical heads decide the cues they cover, the pattern hit being one of their inputs: a pattern hit can be
    outvoted by its context, and wording no pattern knows can be found (its evidence is the sentence whose words
    pushed the head most). Cues from the ticket's history are kept as they are."""
    if not lexical.CUE_HEADS:
        return present, cue_spans
    found = set(present)
    spans = list(cue_spans)
    for cue, on in lexical.cue_decisions(sums, present).items():
        if cue in reading.context_cues:
            continue
        if on and cue not in found and sums[lexical.HEADS.index(cue)] > 0:
            best = lexical.best_span(cue, reading.lower, reading.sentences)
            if best is not None:
                found.add(cue)
                spans.append((cue, *best))
        elif not on and cue in found and lexical.MODE == "decide":
            found.discard(cue)
            spans = [s for s in spans if s[0] != cue]
    return frozenset(found), spans


def _score_from_probability(p: float) -> float:
    """The learned probability on the score scale the rest of calmdesk reads: negative at <= NEGATIVE_AT exactly
    when p reaches the trained threshold, -1 at p = 1, +1 at p = 0."""
    t = model.THRESHOLD
    if p >= t:
        return NEGATIVE_AT - (1.0 + NEGATIVE_AT) * (p - t) / max(1e-9, 1.0 - t)
    return NEGATIVE_AT + (1.0 - NEGATIVE_AT) * (t - p) / t


def _score_sentence(own: str, sentences: list[tuple[int, int]], rules: _RuleReading,
                    upset_marks: list[tuple[str, int, int]], cue_spans: list[tuple[str, int, int]]) -> tuple[int, int]:
    """The sentence that says most about the customer's state: the rule layer's choice, else the one holding the
    most upset marks and cues."""
    chosen = next((e for e in rules.evidence if e.cue == SCORE_CUE), None)
    if chosen is not None:
        return chosen.start, chosen.end
    ends = [end for _, end in sentences]
    counts = [0] * len(sentences)
    for _, start, _ in upset_marks + [s for s in cue_spans if s[1] >= 0]:
        if start < len(own):
            counts[_sentence_at(sentences, ends, start)] += 1
    best = max(range(len(sentences)), key=counts.__getitem__)
    return _stripped(own, *sentences[best])


def _english_verdict(text: str, own: str, sentences: list[tuple[int, int]], context: DetectionContext,
                     lower: str, word_starts: list[int],
                     phrase_matches: list[tuple[int, int, int]] | None = None,
                     span_words: list[list[str]] | None = None) -> _RuleReading:
    """The rule-based English reading (word valences, complaint phrases, the first cue set): its score is one of
    the learned layer's features, and its shouting spans are kept as evidence."""
    mixed_case = any(c.islower() for c in own)
    sentence_ends = [end for _, end in sentences]
    valences = message_valences(own, sentences, mixed_case, span_words)
    # Each sentence's own affect: negative words other than problem names, plus the phrases found in it.
    affect = [v.negative - v.problem for v in valences]
    # The message's totals. A sentence with no sentiment word adds 0.0 to each, which changes no sum (a sum from 0.0
    # is never -0.0): only the others are added, in order.
    worded = [v for v in valences if v is not _NEUTRAL_SENTENCE]
    if worded:
        negative, positive, polite, problem = (sum(column, 0.0) for column in zip(*worded))
    else:
        negative = positive = polite = problem = 0.0
    families: set[str] = set()
    calm_marks = 0
    grievance = 0.0
    praise_at: list[tuple[int, float]] = []
    cue_matches: list[tuple[str, int, int]] = []
    if phrase_matches is None:
        phrase_matches = _ALL_PHRASES.find(lower, word_starts)
    for index, start, end in phrase_matches:
        if index >= _FIRST_CUE:
            cue_matches.append((_CUE_NAMES[index - _FIRST_CUE], start, end))
            continue
        family = PHRASE_FAMILY[index]
        if family == "calm_report":
            calm_marks += 1
            continue
        if family == "praise_marker":
            praise_at.append((start, PHRASE_WEIGHT[index]))
            continue
        if family in ("grievance", "letdown"):
            grievance += PHRASE_WEIGHT[index]
        families.add(family)
        affect[_sentence_at(sentences, sentence_ends, start)] += PHRASE_WEIGHT[index]

    cue_spans = find_cues(own, lower, word_starts, cue_matches)
    if families.isdisjoint(("profanity", "frustration", "emoticon")) and negative == 0:
        # "Thank you!!" is enthusiasm: piled-up punctuation is shouting only in a message with something negative in it.
        cue_spans = [span for span in cue_spans if span[0] != "shouting" or own[span[1]:span[2]].strip("!? ")]
    if praise_at and (families or negative < 0 or any(span[0] in _UPSET_CUES for span in cue_spans)):
        # "Kudos." beside a complaint is sarcasm; beside nothing negative it is praise.
        families.add("sarcasm")
        for start, weight in praise_at:
            affect[_sentence_at(sentences, sentence_ends, start)] += weight
    kinds = {span[0] for span in cue_spans}
    if CHURN_REQUEST in kinds:
        # "Cancel my account." from an upset customer is a threat to leave; from a calm one, a request.
        upset_already = sum(affect) <= -1.5 or bool(families) or any(span[0] in _UPSET_CUES for span in cue_spans)
        cue_spans = [("churn_threat", s, e) if c == CHURN_REQUEST else (c, s, e) for c, s, e in cue_spans
                     if c != CHURN_REQUEST or upset_already]
    cues = _cues_present(cue_spans)
    for cue in cues:
        weight = _CUE_WEIGHTS[cue] * (_repeat_scale(context) if cue == "repeat_contact" else 1.0)
        first = min(span[1] for span in cue_spans if span[0] == cue)
        affect[_sentence_at(sentences, sentence_ends, first)] += weight

    # A grievance alone (one loss named) does not make a message upset; several, or one with other affect, do.
    upset = (sum(affect) - grievance <= -1.5 or grievance <= -2.5 or bool(families - {"sarcasm", "grievance", "letdown"})
             or bool(_UPSET_CUES.intersection(cues)))
    if "sarcasm" in families:
        # The praise in a sarcastic message is the complaint.
        affect[0] -= 0.5 * (positive + polite)
        positive = polite = 0.0
    elif upset or grievance < 0:
        # "please help" and "thanks" inside a complaint are politeness; so is praise beside a named loss
        polite, positive = 0.0, 0.5 * positive
    else:
        problem *= 0.6  # naming a problem calmly is a report, not frustration
    if upset or "sarcasm" in families:
        calm_marks = 0
    total = sum(affect) + problem + positive + polite + 1.0 * min(3, calm_marks)
    if grievance < 0 and not calm_marks and total < 0:
        total *= _COMPLAINT_GAIN  # a named loss or let-down with nothing of a calm report about it
    if context.previous_level != "calm" and total < -0.5:
        total -= 0.5  # an upset episode that continues
    score = total / math.sqrt(total * total + _ALPHA)
    score = _with_helpdesk_opinion(score, context.helpdesk_sentiment)

    if _VERY_NEGATIVE_CUES.intersection(cues):
        score = min(score, VERY_NEGATIVE_AT)
    elif "churn_threat" in cues:
        score = min(score, NEGATIVE_AT)
    level = "very_negative" if score <= VERY_NEGATIVE_AT else "negative" if score <= NEGATIVE_AT else "calm"
    # Of this layer's evidence only its shouting and its worst sentence are read (_read, _score_sentence): the cues
    # come from the signals, so no other evidence is built.
    evidence = _cue_evidence(text, [span for span in cue_spans if span[0] == "shouting"]) if "shouting" in kinds else []
    if level != "calm":
        worst = min(range(len(sentences)), key=lambda i: affect[i] + valences[i].problem)
        start, end = _stripped(own, *sentences[worst])
        evidence.insert(0, Evidence(SCORE_CUE, text[start:end], start, end))
    return _RuleReading(level != "calm", level, round(max(-1.0, min(1.0, score)), 4), cues, tuple(evidence))


def _detect_other_language(text: str, own: str, sentences: list[tuple[int, int]],
                           context: DetectionContext) -> _RuleReading:
    """Spanish, French or German: complaint phrases and cue words from worker/detector/multilingual.py."""
    affect = multilingual.affect_spans(own)
    cue_spans = multilingual.cue_spans(own)
    score = _with_helpdesk_opinion(multilingual.score(affect, cue_spans), context.helpdesk_sentiment)
    cues = _cues_present(cue_spans)
    if _VERY_NEGATIVE_CUES.intersection(cues):
        score = min(score, VERY_NEGATIVE_AT)
    level = "very_negative" if score <= VERY_NEGATIVE_AT else "negative" if score <= NEGATIVE_AT else "calm"
    evidence = _cue_evidence(text, cue_spans)
    if level != "calm":
        weights = [sum(w for w, s, _ in affect if start <= s < end) for start, end in sentences]
        start, end = _stripped(own, *sentences[max(range(len(sentences)), key=weights.__getitem__)])
        evidence.insert(0, Evidence(SCORE_CUE, text[start:end], start, end))
    return _RuleReading(level != "calm", level, round(score, 4), cues, tuple(evidence))


def _repeat_scale(context: DetectionContext) -> float:
    # Saying "again" on the fifth message of a ticket weighs more than on the first.
    return 1.0 + 0.3 * (min(max(context.message_count, 1), 5) - 1)


def _with_helpdesk_opinion(score: float, helpdesk: float | None) -> float:
    """The helpdesk's own sentiment nudges a score that already leans negative; it never flags a calm message alone."""
    if helpdesk is None or not -1.0 <= helpdesk <= 1.0:
        return score
    if helpdesk < 0:
        return score + 0.15 * helpdesk if score <= -0.2 else score
    return score + 0.1 * helpdesk


def _sentence_at(sentences: list[tuple[int, int]], sentence_ends: list[int], offset: int) -> int:
    """The sentence holding `offset` (or the one before a gap): a binary search over the sentence ends, not a scan
    per match (which made a long message with many matches quadratic)."""
    i = bisect.bisect_right(sentence_ends, offset)
    if i >= len(sentences):
        return len(sentences) - 1
    return i if offset >= sentences[i][0] else max(0, i - 1)


def _stripped(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _cues_present(spans: list[tuple[str, int, int]]) -> tuple[str, ...]:
    """The cues with a span, in CUES order."""
    present = {span[0] for span in spans}
    return tuple(filter(present.__contains__, CUES))


def _cue_evidence(text: str, spans: list[tuple[str, int, int]]) -> list[Evidence]:
    if not spans:
        return []  # most messages: no walk over the cues
    evidence: list[Evidence] = []
    by_cue: dict[str, list[tuple[str, int, int]]] = {}  # one pass over the spans, not one per cue
    for span in spans:
        by_cue.setdefault(span[0], []).append(span)
    for cue in CUES:
        if cue not in by_cue:
            continue
        kept: list[tuple[int, int]] = []
        for _, start, end in sorted(by_cue[cue]):
            start, end = _stripped(text, start, end)
            if len(kept) < _MAX_EVIDENCE_PER_CUE and start < end and all(end <= s or start >= e for s, e in kept):
                kept.append((start, end))
        evidence.extend(Evidence(cue, text[start:end], start, end) for start, end in kept)
    return evidence
