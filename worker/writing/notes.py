"""Renders the internal note and the reply draft from Jinja2 templates (sandboxed, autoescaped).

The note is written in the team's language, the reply draft in the customer's. Which texts are used is
decided here (the playbook's topic and modifiers); the words themselves live in templates/, and an admin's
directory of templates (NoteContext.templates_dir or CALMDESK_TEMPLATES) takes precedence file by file.
"""

from __future__ import annotations

import re
from html import unescape
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache

from jinja2 import ChoiceLoader, FileSystemLoader, StrictUndefined, select_autoescape
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup, escape

from worker.writing.brief import avoid_keys, line_keys, quotable, risks, short_quote
from worker.writing.facts import charged_more_than_once, is_unit, several_sums, states_what_went_wrong, their_own_act
from worker.detector import LEVELS, SCORE_CUE, Verdict
from calmdesk.languages import DEFAULT, language_from_locale, reply_language
from worker.writing.playbooks import playbook_for
from worker.writing.promise import promise_phrase
from worker.writing.situation import (Situation, brief_name, courtesy_surname, courtesy_title, full_name, insulting,
                                      name_parts, read_situation)
from calmdesk.keys import NOTE_MARKER_PREFIX, note_marker
from calmdesk.resources import templates_dir

TEMPLATES_DIR = templates_dir()
MARKER_PREFIX = NOTE_MARKER_PREFIX
MAX_QUOTES = 5
MAX_QUOTE_CHARS = 280
# The situations whose own answer (the money, the trip) comes before a closure asked for beside them. A broken or
# wrong item only when they ask for money back or a replacement too: without it, on all data, 3 of the 6 upset
# cancel requests read as one were labelled something else, and "You ordered one thing and got another" would then be
# untrue; with it, every one of 8 upset cancel requests on the readable sets was labelled as read (session 13).
# A request to delete the account and the data under GDPR is answered as the data request, then the closure: the
# closure alone left the erasure unanswered (session 14; 14 readable erasure requests, all labelled the data request).
SETTLED_BEFORE_CLOSING = ("refund_not_received", "unexpected_charge", "charged_after_cancel", "travel_disruption", "privacy_data_request")
SETTLED_WHEN_REMEDY_ASKED = ("damaged_or_defective", "wrong_item")


@dataclass(frozen=True)
class NoteContext:
    helpdesk: str
    ticket_id: str
    verdict: Verdict
    escalation: int
    customer_name: str = ""
    subject: str = ""
    followup_text: str = ""  # e.g. "within 24 hours (by Tue 24 Nov, 14:00 UTC)"
    reason: str = ""  # why the turn machine asked for this note
    message_text: str = ""  # the customer's latest message as plain text: topic, references, language
    customer_locale: str = ""  # Zendesk user locale ("es-ES") or Freshdesk contact language ("fr")
    team_language: str = ""  # language of the note; "" means CALMDESK_TEAM_LANGUAGE, else English
    followup_at: datetime | None = None  # when the follow-up is due; spelled in the reply's language
    templates_dir: str = ""  # admin overrides; "" means CALMDESK_TEMPLATES, else the shipped templates only
    product_names: tuple[str, ...] = ()  # the account's catalogue, so the reply can name the product
    ticket_tags: tuple[str, ...] = ()  # the ticket's helpdesk tags: "shipping", "refund" also name the topic
    timezone: str = ""  # the customer's timezone (Zendesk user / Freshdesk contact time_zone); "" = say it relatively
    decided_at: datetime | None = None  # when the follow-up clock started, for "within 2 hours"
    situation: Situation | None = None  # the caller's reading of the message (read_situation), so it is read once

    @property
    def marker(self) -> str:
        """Text the note carries so a retry can find it on the ticket and never post it twice."""
        return note_marker(self.helpdesk, self.ticket_id, self.escalation)


@dataclass(frozen=True)
class RenderedNote:
    html: str
    reply_text: str
    playbook: str
    language: str = "en"  # the reply's language
    tags: tuple[str, ...] = field(default_factory=tuple)
    note_language: str = "en"
    topic: str = "other"
    cues: tuple[str, ...] = ()
    brief: str = ""  # the note's first line as plain text
    facts: tuple[dict, ...] = ()  # each with kind, text, start, end (offsets in the message text)
    words_before_draft: int = 0
    promise: str = ""  # the follow-up time as the draft says it
    register: str = "neutral"  # the customer's register, which the draft mirrors: formal, informal or neutral


def inert(value: object) -> Markup:
    """HTML-escape untrusted text and neutralise template braces, so nothing a customer writes is ever live."""
    text = str(escape(str(value)))
    return Markup(text.replace("{", "&#123;").replace("}", "&#125;"))


@lru_cache(maxsize=8)
def template_environment(directory: str = str(TEMPLATES_DIR), overrides: str = "") -> SandboxedEnvironment:
    """The shipped templates, with the files in `overrides` (if any) taking precedence name by name."""
    loaders = [FileSystemLoader(overrides)] if overrides else []
    env = SandboxedEnvironment(
        loader=ChoiceLoader(loaders + [FileSystemLoader(directory)]),
        autoescape=select_autoescape(enabled_extensions=("html", "html.j2"), default_for_string=False),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["inert"] = inert
    return env


def first_name(name: str) -> str:
    """The customer's first name, or "" when there is none worth using (an email, a handle, a household, markup):
    situation.name_parts owns how a profile name is read."""
    return name_parts(name)[1]


def plain_safe(value: str) -> str:
    """Customer text headed for the plain-text reply: no markup, no template braces, no [placeholder] lookalikes."""
    return " ".join(re.sub(r"[<>{}\[\]`*_|\\]", "", value or "").split())


def _followup_phrase(ctx: NoteContext, language: str, informal: bool = False) -> str:
    """When the customer will hear back, in `language` and their timezone, or relative; never in UTC."""
    if ctx.followup_at is not None:
        return promise_phrase(ctx.followup_at, ctx.decided_at, language, ctx.timezone, informal)
    return ""


def _quotes(ctx: NoteContext, situation: Situation) -> list[dict]:
    """Their words: the grievance, what they ask for, then the detector's evidence; escaped, de-duplicated."""
    facts = situation.facts
    found: list[dict] = []

    def add(text: str, cues=()) -> None:
        text = " ".join((text or "").split())
        if not text:
            return
        home = next((q for q in found if text.lower() in q["raw"].lower()), None)
        if home is not None:
            home["cues"] += [c for c in cues if c not in home["cues"]]
            return
        found[:] = [q for q in found if q["raw"].lower() not in text.lower()]
        found.append({"raw": text, "cues": list(cues)})

    if facts.what_happened is not None:
        add(facts.what_happened.text)
    own = facts.own_text
    for e in ctx.verdict.evidence:
        if e.cue != SCORE_CUE and e.text and (not own or e.text in own):
            add(e.text, [e.cue])
    for g in facts.grievances[1:2]:
        add(g.text)
    if facts.what_they_want is not None:
        add(facts.what_they_want.text)
    for g in facts.grievances[2:3]:
        add(g.text)
    for e in ctx.verdict.evidence:
        if e.cue == SCORE_CUE and e.text and (not own or e.text in own):
            add(e.text)
    return [{"text": inert(_shorten(q["raw"])), "cues": tuple(q["cues"])} for q in found[:MAX_QUOTES]]


def _shorten(text: str) -> str:
    return text if len(text) <= MAX_QUOTE_CHARS else text[: MAX_QUOTE_CHARS - 1].rstrip() + "…"


# A deadline that reads as "by Friday night" can follow "you need this sorted"; others are quoted.
# "I'll give you until Friday" is said back as when they need it: "sorted by Friday", "lo necesitas para el viernes"
# ("sorted until Friday", "hasta el viernes" would say how long it may last).
_UNTIL = re.compile(r"^(?:until|till)\b", re.IGNORECASE)
_HASTA = re.compile(r"^hasta\b", re.IGNORECASE)


def _needed_by(deadline: str) -> str:
    return _HASTA.sub("para", _UNTIL.sub("by", deadline))


_WHEN_WORD = re.compile(r"(?:by|before|until|no later than|antes del?|para el|hasta|avant|d'ici|au plus tard|bis|spätestens|vor"
                        r"|today|tonight|now\b|right now|this (?:morning|afternoon|evening)|hoy mismo|esta (?:misma )?noche|ahora mismo"
                        r"|aujourd'hui même|dès ce soir|noch heute|heute noch|jetzt sofort)\b",
                        re.IGNORECASE)


_GREETING = re.compile(r"^\W*(buenas noches|buenas tardes|buenos días)\b", re.IGNORECASE)


_RELATIVE_DAY = re.compile(r"(?i)(?:today|tonight|yesterday|tomorrow|this (?:morning|afternoon|evening|week|month)|last (?:night|week|month)"
                           r"|hoy|ayer|mañana|esta (?:mañana|tarde|noche|semana)|aujourd'hui|hier|demain|ce (?:matin|soir)|cette semaine"
                           r"|heute|gestern|morgen|heute (?:morgen|früh|abend)|diese woche)")


def _their_greeting(text: str) -> str:
    """'Buenas noches' answered with 'Buenas noches', not 'Buenos días'."""
    m = _GREETING.match(text or "")
    return m.group(1).capitalize() if m else ""


def _reply_values(ctx: NoteContext, situation: Situation, language: str) -> dict:
    facts, cues = situation.facts, set(situation.cues)
    _, first, last = name_parts(ctx.customer_name)
    title = courtesy_title(ctx.customer_name, language)
    # "the charge on today" is not English and names no date: only a calendar date is said back as the charge's.
    charge = [d.text for d in facts.dates if d.label == "charge" and not _RELATIVE_DAY.fullmatch(d.text.strip())]
    wholes = [a for a in facts.amounts if not is_unit(facts.own_text or "", a)]
    return {
        "lang": language,
        # An uncertain topic gets the generic draft: better neutral than a false situation.
        "topic": situation.topic if situation.topic_sure else "uncertain",
        "missing_item": situation.missing_item,
        "work_done": situation.work_done,
        "money_back_only": situation.money_back_only,
        # A price rise told ("my bundle goes from £10 to £12.50", "ihr erhöht ab 1. Januar den Preis"): they know what the
        # sum is for, so the draft explains the new price and what can be offered, not "[what it is for]" (nb-62-033,
        # nb-63-034, nb-24-089, nb-35-068, nb-38-077). Writers label them unexpected_charge (9 of 10 upset lines).
        "price_rise": situation.price_rise,
        "porting": situation.porting, "cancel_object": situation.cancel_object,
        "title": title, "first": plain_safe(first), "last": plain_safe(courtesy_surname(ctx.customer_name, language) if last else ""),
        "first_name": plain_safe(first),
        "formal": situation.formal,
        # tú / tu / du, only when the customer wrote so (situation._register); each sentence holds both forms.
        "informal": situation.informal,
        "greeting": _their_greeting(facts.own_text or ctx.message_text),
        # Never said back when it insults, or tells only their own act or ask ("I gave the passcode because..."): the
        # draft's "That's not good enough" would answer the wrong sentence.
        "grievance": "" if insulting(facts.what_happened.text if facts.what_happened else "", ctx.verdict)
        or their_own_act(facts.what_happened.text if facts.what_happened else "") else plain_safe(
            quotable(facts.what_happened.text if facts.what_happened else "")),
        "grievance_failure": states_what_went_wrong(facts.what_happened.text if facts.what_happened else ""),
        "ref": plain_safe(facts.main_ref.text) if facts.main_ref else "",
        # The money the fraud claim is for: a sum named as taken or charged before any other ("signed up for the $2.99
        # deal and you charged me $143.64" is a claim for the $143.64); none when several are named without their total
        # ("took £1,212.40 and £864.15": a claim for one of them is for part of the loss).
        # One unit of several ("23 donations of £1 each", "£9.99 a month") is no whole: the agent fills it in.
        "amount": "" if several_sums(facts.own_text or "", facts.amounts) else next(
            (plain_safe(a.text) for a in wholes if a.label == "charge"), plain_safe(wholes[0].text) if wholes else ""),
        "charge_amount": next((plain_safe(a.text) for a in facts.amounts if a.label == "charge"), ""),
        "refund_amount": next((plain_safe(a.text) for a in facts.amounts if a.label == "refund"), ""),
        # What a refund after cancelling is said with: the sum they ask back, else the charge when it was taken once;
        # a charge taken again and again is left to the agent ("refunding the £165" of two £165 charges is untrue).
        "refunded_amount": next((plain_safe(a.text) for a in facts.amounts if a.label == "refund"), "") or (
            "" if charged_more_than_once(facts.own_text or "") else
            next((plain_safe(a.text) for a in facts.amounts if a.label == "charge"), "")),
        "full": plain_safe(full_name(ctx.customer_name)) if first else "",
        "charge_date": plain_safe(charge[0]) if charge and situation.topic in (
            "unexpected_charge", "billing_question") and situation.topic_sure else "",
        # "NOW" as they shouted it reads as shouting back: said in lower case.
        "deadline": plain_safe(_needed_by(facts.deadline.text.lower() if facts.deadline.text.isupper() else facts.deadline.text))
        if facts.deadline else "",
        "deadline_says_when": bool(facts.deadline and _WHEN_WORD.match(facts.deadline.text)),
        # Contacts, cancelling and leaving come from the detector's cues (situation.py), never from a guess.
        "contact_number": situation.contact_number if situation.repeat_contact else 1,
        "repeat": situation.repeat_contact,
        # The draft says they had to come back only when their own words count the contacts or say "again"/"chased"
        # (facts.py) as well as the detector's cue; otherwise the line is left to the agent to keep or drop: on the
        # lines we may read, 53 of the 62 drafts that claimed a repeat contact falsely had no such words.
        "repeat_told": situation.repeat_contact and (situation.contact_number > 1 or situation.facts.said_again),
        "health": situation.health,
        "bereavement": situation.bereavement, "fraud": situation.fraud and situation.topic_sure, "security_hold": situation.security_hold,
        "money_taken": situation.money_taken, "goods_taken": situation.goods_taken,
        "frightened": situation.frightened,
        "cancel_request": situation.cancel_request,
        # "Cancel the account and refund me": a closure alone left the money they asked back unanswered (nb-63-070), so
        # the closure is followed by the refund, for the agent to fill in.
        # A situation whose own sentence already names the money back (a refund awaited, a broken or wrong item's
        # "replacement or refund", a trip's "refund options") needs no second line.
        "refund_with_closure": situation.cancel_request and situation.money_back_asked and not (
            situation.topic_sure and situation.topic in ("refund_not_received", "damaged_or_defective", "wrong_item",
                                                         "travel_disruption")),
        # "Find my money and then close my account": what they are owed for the situation they leave over (the money,
        # a ruined trip) is answered first, and the closure they asked for follows it, instead
        # of replacing it.
        "settle_first": situation.cancel_request and not situation.porting and situation.topic_sure
                        and (situation.topic in SETTLED_BEFORE_CLOSING
                             or situation.remedy_asked and situation.topic in SETTLED_WHEN_REMEDY_ASKED),
        # "You cancelled, so no further payments should have been taken": only when what they tell is money taken. A
        # refund promised after cancelling that never came is answered as the refund; a plan still shown as active, a
        # parcel shipped after cancelling the order, as their situation.
        "already_cancelled": situation.already_cancelled and not situation.cancel_request
                             and situation.topic in ("charged_after_cancel", "unexpected_charge"),
        "churn_only": situation.churn_only,
        "boundary": situation.boundary,
        "legal": "legal_threat" in cues, "escalation": "escalation_request" in cues,
        "followup": _followup_phrase(ctx, language, situation.informal),
        "level": ctx.verdict.level,
    }


def _headline_first(amounts: tuple, topic: str) -> list:
    """The sums in the order the note names them: first the one the draft is about (the refund they wait for, else a
    charge), so the brief shows "£95.88" charged for a year, not the "£8.99" plan price told before it."""
    wanted = ("refund", "charge") if topic in ("refund_not_received", "charged_after_cancel") else ("charge",)
    head = next((a for label in wanted for a in amounts if a.label == label), None)
    return [head, *(a for a in amounts if a is not head)] if head is not None else list(amounts)


def _note_values(ctx: NoteContext, situation: Situation, language: str, team_followup: str) -> dict:
    # Everything that came from a customer is made inert here, so an override that forgets `| inert` is still safe.
    facts = situation.facts
    _, first, _ = name_parts(ctx.customer_name)
    return {
        "lang": language,
        "topic": situation.topic,
        "level": ctx.verdict.level if ctx.verdict.level in LEVELS else "negative",
        "score": round(ctx.verdict.score, 2),
        "cues": situation.cues,
        "risks": risks(situation),
        "lines": line_keys(situation),
        "avoid": avoid_keys(situation),
        "quotes": _quotes(ctx, situation),
        "first_name": inert(first),
        "brief_name": inert(brief_name(ctx.customer_name)),  # the first name, else "Mr Hughes" / "M. Krüger" as written
        "customer_name": inert(" ".join(ctx.customer_name.split())),  # for admin overrides written before the brief
        "subject": inert(" ".join(ctx.subject.split())),
        "orders": [inert(f.text) for f in facts.refs],
        "contact_number": situation.contact_number if situation.repeat_contact else 1,
        "refs": [inert(f.text) for f in sorted(facts.refs, key=lambda f: f is not facts.main_ref)],  # the one to look up first
        "amounts": [inert(f.text) for f in _headline_first(facts.amounts, situation.topic)],
        "deadline": inert(facts.deadline.text) if facts.deadline else "",
        "grievance_short": inert(short_quote(facts.what_happened.text if facts.what_happened else "")),
        "followup": inert(team_followup),
        "reason": inert(ctx.reason),
        "marker": ctx.marker,
    }


def _tidy_reply(text: str) -> str:
    lines = [line.rstrip() for line in text.strip().splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)) + "\n"


def override_directory(ctx: NoteContext) -> str:
    return ctx.templates_dir  # the config's templates.directory, else CALMDESK_TEMPLATES (calmdesk.config)


def note_language(ctx: NoteContext) -> str:
    return language_from_locale(ctx.team_language) or DEFAULT


def words_before(html: str, marker: str = "<blockquote>") -> int:
    """Words an agent reads before the draft starts."""
    head = html.split(marker, 1)[0]
    return len([w for w in unescape(re.sub(r"<[^>]+>", " ", head)).split() if re.search(r"\w", w)])


def _team_followup(ctx: NoteContext, reply_phrase: str) -> str:
    """The promise as the note shows it to the team: the draft's words, plus the team's clock time if known."""
    if ctx.followup_text and reply_phrase:
        return f"{reply_phrase} — {ctx.followup_text}"
    return reply_phrase or ctx.followup_text


MAX_WORDS_BEFORE_DRAFT = 100


def _shorter_quote(values: dict) -> dict:
    values["grievance_short"] = inert(short_quote(str(values["grievance_short"]), 7))
    return values


# Ever shorter forms of the head of the note, tried in turn until it fits.
_BRIEFER = (
    lambda v: v,
    lambda v: {**v, "lines": v["lines"][:3]},
    lambda v: _shorter_quote({**v, "lines": v["lines"][:3]}),
    lambda v: _shorter_quote({**v, "lines": v["lines"][:2], "risks": v["risks"][:2], "refs": v["refs"][:1]}),
    lambda v: {**v, "lines": v["lines"][:2], "risks": v["risks"][:1], "refs": v["refs"][:1], "grievance_short": "",
               "followup": ""},
)


def render_note(ctx: NoteContext) -> RenderedNote:
    env = template_environment(str(TEMPLATES_DIR), override_directory(ctx))
    reply_lang = reply_language(ctx.customer_locale, ctx.message_text)
    situation = ctx.situation or read_situation(ctx.message_text, ctx.subject, ctx.verdict.cues, reply_lang,
                                                ctx.ticket_tags, ctx.verdict.own_text_end)
    playbook = playbook_for(situation)
    note_lang = note_language(ctx)

    values = _reply_values(ctx, situation, reply_lang)
    reply = _tidy_reply(env.get_template(f"replies/reply.{reply_lang}.txt.j2").render(values))
    note_followup = _team_followup(ctx, _followup_phrase(ctx, note_lang) if note_lang == reply_lang else values["followup"])
    note_values = _note_values(ctx, situation, note_lang, note_followup)
    reply_html = Markup("<br>\n").join(inert(line) for line in reply.splitlines())
    html = ""
    for trim in _BRIEFER:  # an agent reads at most MAX_WORDS_BEFORE_DRAFT words before the draft
        html = env.get_template(f"notes/note.{note_lang}.html.j2").render(
            trim(dict(note_values)), reply=reply_html, reply_lang=reply_lang).strip() + "\n"
        if words_before(html) <= MAX_WORDS_BEFORE_DRAFT:
            break
    brief_html = html.split("</p>", 1)[0]
    brief = " ".join(unescape(re.sub(r"<[^>]+>", " ", brief_html)).split())
    tags = ("calmdesk_flagged", f"calmdesk_{ctx.verdict.level}", f"calmdesk_topic_{situation.topic}") + tuple(
        f"calmdesk_{c}" for c in ctx.verdict.cues)
    return RenderedNote(html=html, reply_text=reply, playbook=playbook.name, language=reply_lang, tags=tags,
                        note_language=note_lang, topic=situation.topic, cues=tuple(ctx.verdict.cues), brief=brief,
                        facts=tuple(f.to_dict() for f in situation.facts.all()), words_before_draft=words_before(html),
                        promise=values["followup"], register=situation.register)
