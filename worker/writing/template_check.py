"""check_templates(directory): what is wrong with an admin's template overrides, by file and line.

Run at startup and by `calmdesk check-config`, so a broken override is found before an upset customer's
ticket needs it. Every override is compiled, then every playbook is rendered in every language with the
overrides in place; the replies are linted and the notes checked for the marker and for unsafe HTML.
"""

from __future__ import annotations

import re
import traceback
from pathlib import Path

from jinja2 import TemplateSyntaxError, meta

from worker.writing.notes import TEMPLATES_DIR, render_note, template_environment
from worker.writing.reply_lint import lint_reply, register_of
from worker.writing.template_samples import every_sample

ALLOWED_TAGS = {"p", "strong", "em", "ul", "ol", "li", "blockquote", "br", "small"}  # what both helpdesks keep in a note
_TAG = re.compile(r"<\s*/?\s*([a-zA-Z][a-zA-Z0-9]*)")


def check_templates(directory: str | Path) -> list[str]:
    directory = Path(directory)
    if not directory.is_dir():
        return [f"{directory}: not a directory; set CALMDESK_TEMPLATES to the folder that holds your template overrides"]
    overrides = sorted(p.relative_to(directory).as_posix() for p in directory.rglob("*.j2") if p.is_file())
    if not overrides:
        return [f"{directory}: no *.j2 files; overrides must use the shipped names, e.g. replies/reply.en.txt.j2"]
    shipped = {p.relative_to(TEMPLATES_DIR).as_posix() for p in TEMPLATES_DIR.rglob("*.j2")}
    problems = [f"{name}: not a name calmdesk renders, so it is never used (compare with templates/{_closest(name, shipped)})"
                for name in overrides if name not in shipped]

    env = template_environment(str(TEMPLATES_DIR), str(directory))
    for name in overrides:
        try:
            env.get_template(name)
        except TemplateSyntaxError as exc:
            problems.append(f"{name}:{exc.lineno}: {exc.message}")
    if problems:
        return problems

    seen: set[str] = set()
    mirrors: dict[str, bool] = {}
    for ctx in every_sample(templates_dir=str(directory)):
        where = f"(rendering {ctx.verdict.cues or 'no cues'} for language {ctx.customer_locale})"
        try:
            rendered = render_note(ctx)
        except Exception as exc:  # an override can raise anything the sandbox lets through
            problem = f"{_template_location(exc, directory)}: {type(exc).__name__}: {exc}"
            if problem not in seen:
                seen.add(problem)
                problems.append(f"{problem} {where}")
            continue
        if rendered.language not in mirrors:
            mirrors[rendered.language] = _has_informal_forms(env, rendered.language)
        # A reply template with one register only (an override from before tú/tu/du drafts, or a brand that says du to
        # everyone) is the admin's choice: it is held to the register it mostly speaks in. One with both forms is held
        # to the customer's register.
        register = rendered.register if mirrors[rendered.language] else register_of(rendered.reply_text, rendered.language)
        for problem in _note_problems(rendered.html, ctx.marker) + [
            f"reply in {rendered.language} ({rendered.register}) for {rendered.playbook}: {finding}"
            for finding in lint_reply(rendered.reply_text, rendered.language, register)
        ]:
            if problem not in seen:
                seen.add(problem)
                problems.append(problem)
    return problems


def _has_informal_forms(env, language: str) -> bool:
    """Whether the reply template in use for `language` (an override, else the shipped one) reads `informal`."""
    source, _, _ = env.loader.get_source(env, f"replies/reply.{language}.txt.j2")
    return "informal" in meta.find_undeclared_variables(env.parse(source))


def _note_problems(html: str, marker: str) -> list[str]:
    problems = []
    if marker not in html:
        problems.append("notes: the note no longer contains {{ marker }}; calmdesk needs it to avoid posting twice")
    bad = sorted({tag.lower() for tag in _TAG.findall(html)} - ALLOWED_TAGS)
    if bad:
        problems.append(f"notes: tags helpdesks strip or refuse in notes: {', '.join(bad)}; "
                        f"use only {', '.join(sorted(ALLOWED_TAGS))}")
    return problems


def _template_location(exc: BaseException, directory: Path) -> str:
    """file:line of the innermost template frame, preferring the admin's own files."""
    frames = traceback.extract_tb(exc.__traceback__)
    root = str(directory.resolve())
    for frame in reversed(frames):
        path = str(Path(frame.filename).resolve()) if frame.filename else ""
        if path.startswith(root + "/"):
            return f"{Path(path).relative_to(root).as_posix()}:{frame.lineno}"
    for frame in reversed(frames):
        if frame.filename and frame.filename.endswith(".j2"):
            return f"{frame.filename}:{frame.lineno}"
    return "templates"


def _closest(name: str, shipped: set[str]) -> str:
    import difflib

    match = difflib.get_close_matches(name, sorted(shipped), n=1, cutoff=0.0)
    return match[0] if match else "replies/reply.en.txt.j2"
