"""Renders the internal note and the reply draft from Jinja2 templates (sandboxed, autoescaped).

The note is written in the team's language, the reply draft in the customer's. Which texts are used is
decided here (the playbook's topic and modifiers); the words themselves live in templates/, and an admin's
directory of templates (NoteContext.templates_dir or CALMDESK_TEMPLATES) takes precedence file by file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache

from jinja2 import ChoiceLoader, FileSystemLoader, StrictUndefined, select_autoescape
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup, escape

from worker.detector import LEVELS, SCORE_CUE, Verdict
from calmdesk.languages import DEFAULT, format_deadline, language_from_locale, reply_language
from worker.writing.playbooks import MODIFIERS, Playbook, choose_playbook
from worker.writing.references import References, extract_references
from calmdesk.keys import NOTE_MARKER_PREFIX, note_marker
from calmdesk.resources import templates_dir

TEMPLATES_DIR = templates_dir()
MARKER_PREFIX = NOTE_MARKER_PREFIX
MAX_QUOTES = 4
MAX_QUOTE_CHARS = 280


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


_TITLES = {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sr", "sra", "srta", "don", "doña", "m", "mme", "mlle",
           "herr", "frau"}
_NAME_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


def first_name(name: str) -> str:
    """The customer's first name, or "" when there is none worth using (an email, a handle, markup)."""
    name = (name or "").strip()
    if not name or "@" in name:
        return ""
    if "," in name:  # "Garcia, Maria" as some CRMs export it
        last, _, rest = name.partition(",")
        name = rest.strip() or last
    for token in name.split():
        if token.strip(".").lower() in _TITLES:
            continue
        if not _NAME_WORD.fullmatch(token):
            return ""
        return token.title() if token.isupper() or token.islower() else token
    return ""


def plain_safe(value: str) -> str:
    """Customer text headed for the plain-text reply: no markup, no template braces, no [placeholder] lookalikes."""
    return " ".join(re.sub(r"[<>{}\[\]`*_|\\]", "", value or "").split())


def _followup_phrase(ctx: NoteContext, language: str) -> str:
    """When the customer will hear back, in `language`; "" when it cannot be said truthfully in that language."""
    if language == "en" and ctx.followup_text:
        return plain_safe(ctx.followup_text)
    if ctx.followup_at is not None:
        return format_deadline(ctx.followup_at, language)
    return ""


def _quotes(verdict: Verdict) -> list[dict]:
    """The customer's words behind the verdict, most telling first; a cue quoted inside a longer quote joins it."""
    ordered = [e for e in verdict.evidence if e.cue == SCORE_CUE] + [e for e in verdict.evidence if e.cue != SCORE_CUE]
    quotes: list[dict] = []
    for e in ordered:
        text = " ".join(e.text.split())
        # A cue the note templates have no label for (a newer detector's, a hand-edited payload's) is shown without one.
        cues = [e.cue] if e.cue in MODIFIERS else []
        home = next((q for q in quotes if text.lower() in q["raw"].lower()), None) if text else None
        if home is not None:
            home["cues"] += [c for c in cues if c not in home["cues"]]
        elif text:
            quotes.append({"raw": text, "cues": cues})
    return [{"text": inert(_shorten(q["raw"])), "cues": tuple(q["cues"])} for q in quotes[:MAX_QUOTES]]


def _shorten(text: str) -> str:
    return text if len(text) <= MAX_QUOTE_CHARS else text[: MAX_QUOTE_CHARS - 1].rstrip() + "…"


def _reply_values(ctx: NoteContext, playbook: Playbook, refs: References, language: str) -> dict:
    return {
        "lang": language,
        "topic": playbook.topic,
        "modifiers": playbook.modifiers,
        "opening_modifiers": playbook.reply_opening,
        "closing_modifiers": playbook.reply_closing,
        "first_name": plain_safe(first_name(ctx.customer_name)),
        "subject": plain_safe(ctx.subject),
        "orders": [plain_safe(v) for v in refs.orders],
        "dates": [plain_safe(v) for v in refs.dates],
        "products": [plain_safe(v) for v in refs.products],
        "followup": _followup_phrase(ctx, language),
        "level": ctx.verdict.level,
    }


def _note_values(ctx: NoteContext, playbook: Playbook, refs: References, language: str) -> dict:
    # Everything that came from a customer is made inert here, so an override that forgets `| inert` is still safe.
    followup = ctx.followup_text if language == "en" or ctx.followup_at is None else format_deadline(ctx.followup_at, language)
    return {
        "lang": language,
        "topic": playbook.topic,
        "modifiers": playbook.modifiers,
        "playbook": playbook.name,
        "level": ctx.verdict.level if ctx.verdict.level in LEVELS else "negative",
        "score": round(ctx.verdict.score, 2),
        "cues": ctx.verdict.cues,
        "quotes": _quotes(ctx.verdict),
        "customer_name": inert(" ".join(ctx.customer_name.split())),
        "first_name": inert(first_name(ctx.customer_name)),
        "subject": inert(" ".join(ctx.subject.split())),
        "orders": [inert(v) for v in refs.orders],
        "dates": [inert(v) for v in refs.dates],
        "products": [inert(v) for v in refs.products],
        "followup": inert(followup),
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


def render_note(ctx: NoteContext) -> RenderedNote:
    env = template_environment(str(TEMPLATES_DIR), override_directory(ctx))
    playbook = choose_playbook(ctx.message_text, ctx.verdict, ctx.subject, ctx.ticket_tags)
    refs = extract_references(ctx.message_text, ctx.product_names)
    reply_lang = reply_language(ctx.customer_locale, ctx.message_text)
    note_lang = note_language(ctx)

    reply = _tidy_reply(env.get_template(f"replies/reply.{reply_lang}.txt.j2").render(
        _reply_values(ctx, playbook, refs, reply_lang)))
    html = env.get_template(f"notes/note.{note_lang}.html.j2").render(
        _note_values(ctx, playbook, refs, note_lang), reply=Markup("<br>\n").join(inert(line) for line in reply.splitlines()),
        reply_lang=reply_lang)
    tags = ("calmdesk_flagged", f"calmdesk_{ctx.verdict.level}", f"calmdesk_topic_{playbook.topic}") + tuple(
        f"calmdesk_{c}" for c in ctx.verdict.cues)
    return RenderedNote(html=html.strip() + "\n", reply_text=reply, playbook=playbook.name, language=reply_lang,
                        tags=tags, note_language=note_lang)
