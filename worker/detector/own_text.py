"""Finds the customer's own words in a helpdesk message: quoted earlier messages and signatures are blanked out.

Blanking (not cutting) keeps every offset valid, so evidence found in the result points into the original text.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from worker.detector.lexicon import word_valences

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
    # The same headers in Spanish, French and German mail clients: "El 2 jun 2025, ... escribió:",
    # "Le 3 juin 2025 à 10:02, ... a écrit :", "Am 02.06.2025 um 08:30 schrieb ...:".
    (re.compile(r"^[ \t]*(?:El|Le|Am)\b[^\n]{0,200}(?:\n[^\n]{0,200}){0,2}?\b(?:escribió|a écrit|schrieb\b[^\n]{0,120}?)[ \t]*:[ \t]*$",
                re.MULTILINE), ("escribió", "a écrit", "schrieb")),
    (re.compile(r"^[ \t]*-{2,}[ \t]*(?:Mensaje original|Message d'origine|Message transféré|Ursprüngliche Nachricht|"
                r"Weitergeleitete Nachricht|Mensaje reenviado)[ \t]*-{2,}", re.MULTILINE | re.IGNORECASE),
     ("original", "origine", "ursprüngliche", "weitergeleitete", "transféré", "reenviado")),
    (re.compile(r"^[ \t]*(?:De|Von)[ \t]?:[^\n]*\n[ \t]*(?:Enviado|Envoyé|Gesendet|Fecha|Date|Datum)[ \t]?:", re.MULTILINE),
     ("de:", "de :", "von:")),
    (re.compile(r"^[ \t]*(?:Enviado desde mi|Envoyé de mon|Von meinem \w+ gesendet|Gesendet von)\b", re.MULTILINE | re.IGNORECASE),
     ("enviado desde", "envoyé de", "gesendet")),
    (re.compile(r"^[ \t]*(?:AVISO LEGAL|Este (?:mensaje|correo)[^\n]{0,80}confidencial|Ce (?:message|courriel|mail)[^\n]{0,80}"
                r"confidenti|Diese (?:E-?Mail|Nachricht)[^\n]{0,80}(?:vertraulich|Informationen))", re.MULTILINE | re.IGNORECASE),
     ("aviso legal", "confiden", "vertraulich", "diese e")),
]

_TAIL_GUARD_WORDS = tuple((word, index) for index, (_, words) in enumerate(_TAIL_STARTS) for word in words)

# A quoted reply from the helpdesk (not a forwarded third-party message): the customer has been answered before.
_REPLY_HEADER = re.compile(
    r"^[ \t]*>?[ \t]*(?:On\b[^\n]{0,200}?\bwrote:|(?:El|Le|Am)\b[^\n]{0,200}?\b(?:escribió|a écrit|schrieb\b[^\n]{0,120}?)[ \t]*:"
    r"|-{2,}[ \t]*(?:Original Message|Mensaje original|Message d'origine|Ursprüngliche Nachricht)[ \t]*-{2,}"
    r"|(?:From|De|Von)[ \t]?:[^\n]{0,200}\n[ \t]*(?:Sent|Date|Enviado|Envoyé|Gesendet|Fecha|Datum)[ \t]?:)",
    re.MULTILINE | re.IGNORECASE)
_FORWARDED = re.compile(r"\bforward|\breenv[ií]|\btransf[eé]r|\bweitergeleitet|\bweiterleit", re.IGNORECASE)

# A closing line ("Kind regards,") followed by a few short lines (name, title, phone) is a signature. Horizontal
# whitespace only ([ \t], not \s): \s* across newlines made every blank line a new start to try (quadratic).
_CLOSINGS = (r"(?:(?:best|kind|warm|warmest|many|with)?[ \t]*(?:regards|wishes)|best|cheers|thanks|thank you|many thanks|"
             r"thanks again|thanks so much|thanks in advance|sincerely|yours(?: sincerely| truly| faithfully)?|all the best|"
             r"respectfully|br|rgds|ta|"
             r"(?:un )?saludos?(?: cordiales?)?|un saludo cordial|atentamente|gracias(?: de antemano)?|muchas gracias|"
             r"cordialement|bien cordialement|(?:bien )?à vous|merci(?: d'avance| par avance| beaucoup)?|bonne journée|"
             r"(?:mit )?(?:freundlichen|besten|herzlichen|viele|liebe) grüße|lg|vg|mfg|danke(?: schön| sehr| im voraus)?|vielen dank(?: im voraus)?)")
# A letter's formal closings ("Mit freundlichen Grüßen", "Grüße, Tobi", "Salutations distinguées") end the customer's
# words too, but the detector still reads them: its learned layer was trained reading them as a letter's politeness,
# and blanking them moved the score of 50 of 1,911 messages (one from calm to negative) without a retrain. So they
# shape only where the own words end (OwnText.end, which the notes' facts read), not the text the detector scores.
_LETTER_CLOSINGS = (r"(?:(?:mit )?(?:freundliche[mn]?|beste[mn]?|herzliche[mn]?|viele[mn]?|liebe[mn]?) gr(?:ü|ue)(?:ß|ss)en?|"
                    r"grüße|gruß|salutations(?: distinguées)?)")


def _valediction(closings: str) -> re.Pattern:
    return re.compile(rf"^[ \t]*{closings}[ \t]*[,.!]?[ \t]*$", re.MULTILINE | re.IGNORECASE)


def _closing_and_name(closings: str) -> re.Pattern:
    return re.compile(
        rf"(?:^|(?<=[.!?,)\n])|(?<=[.!?] ))[ \t]*{closings}[ \t]*[,.!]?[ \t]*(?:(?:lg|vg)[ \t]+)?(?-i:[A-ZÁÉÍÓÚÀÈÖÜÑÇ][\w'’.-]*(?:[ \t]+[A-ZÁÉÍÓÚÀÈÖÜÑÇ][\w'’.-]*){{0,2}})?[ \t]*[.!]?[ \t]*\Z",
        re.IGNORECASE)


_VALEDICTION = _valediction(_CLOSINGS)
# "Thanks, Sue" / "Cheers, Rob" / "Merci, Julien" / "Danke! LG Tim": a closing and a name ending the message.
_CLOSING_AND_NAME = _closing_and_name(_CLOSINGS)
# The same with the letter's closings: where the own words end.
_SIGN_OFF = _valediction(f"(?:{_CLOSINGS}|{_LETTER_CLOSINGS})")
_SIGN_OFF_AND_NAME = _closing_and_name(f"(?:{_CLOSINGS}|{_LETTER_CLOSINGS})")
_SIGNATURE_MAX_LINES = 6
_SIGNATURE_MAX_LINE_LENGTH = 60


class OwnText(NamedTuple):
    text: str  # the message with all that is not the customer's own words blanked: same length, same offsets
    # Where the text the detector reads ends: just after its last character that is not white space. Their name is
    # blanked only so it is never read as a word; it is still theirs, so blanking it never moves this end. A letter's
    # closing or a signed closing under it still counts here (the learned layer was trained reading them); where the
    # customer's own words end is words_end(text, end), read only when a note is written (own_text_end).
    end: int


def own_text(text: str, requester_name: str = "") -> str:
    """The text with quotes, signatures, a closing sign-off ("Thanks, Sue") and the requester's own name replaced
    by spaces (newlines kept), same length as the input."""
    return read_own_text(text, requester_name).text


def own_text_end(text: str) -> int:
    """Where the customer's own words end in `text` (quoted history, a signature or a sign-off start after it)."""
    return words_end(text, read_own_text(text).end)


def read_own_text(text: str, requester_name: str = "") -> OwnText:
    """The own text (as own_text) and where it ends (as own_text_end), found in one reading."""
    cut = len(text)
    if "\n" in text:  # each tail starts a line, and one at the very start cuts nothing; a valediction is a line too
        lower = text.lower()
        # The guards' words all in one pass (most messages hold none), then, in order, the patterns they let through.
        for index in sorted({index for word, index in _TAIL_GUARD_WORDS if word in lower}):
            match = _TAIL_STARTS[index][0].search(text, 0, cut)
            if match and match.start() > 0:
                cut = match.start()
        cut = _signature_start(text, cut, _VALEDICTION)
        cut = _name_block_start(text, cut)
    kept = _without_closing_name(without_quoted_lines(text[:cut]), _CLOSING_AND_NAME)
    end = len(kept.rstrip())  # what follows `kept` is blanked: white space only
    if requester_name:
        kept = _without_name(kept, requester_name)
    return OwnText(kept + _blank_text(text[cut:]), end)


def without_quoted_lines(text: str) -> str:
    """The text with its quoted lines ("> ...") blanked, same length: the customer may answer between them."""
    return _QUOTED_LINE.sub(_blank, text) if ">" in text else text


# A disclaimer announced by its title ("CONFIDENTIALITY NOTICE: This message ...", "Disclaimer: ..."). Like the
# letter's closings it only ends the own words: cutting it from the detector's text moved six calm scores.
_DISCLAIMER_TITLE = re.compile(r"^[ \t]*(?:CONFIDENTIALITY NOTICE|Confidentiality Notice|DISCLAIMER|Disclaimer)[ \t]*:", re.MULTILINE)


def words_end(text: str, end: int) -> int:
    """Where the own words end, from `end` (where the text the detector reads ends): a sign-off that text still holds
    (a letter's closing, a closing with a name under it) ends them earlier. Read on text[:end], so quoted lines under
    the last words are already gone and a sign-off above them is the last line ("Yours faithfully,\nPat Hill\n\n> ...").
    Cutting the detector's text at these too moved 72 of 1,911 scores; they end only the words the notes' facts read."""
    if "\n" in text[:end]:
        disclaimer = _DISCLAIMER_TITLE.search(text, 0, end)
        if disclaimer and text[:disclaimer.start()].strip():
            end = disclaimer.start()
        end = _signed_closing_start(text, end)
        end = _signature_start(text, end, _SIGN_OFF)
        end = _name_block_start(text, end)
    return len(_without_closing_name(text[:end], _SIGN_OFF_AND_NAME).rstrip())


def quoted_reply(text: str) -> tuple[int, int] | None:
    """Where a quoted earlier reply begins ("On ... wrote:", "-----Original Message-----", "Am ... schrieb ...:"),
    when the customer is answering the helpdesk rather than forwarding someone else's message."""
    if "\n" not in text:  # the header starts a line, and one at the very start is no quoted reply
        return None
    if not _contains_any(text.lower(), ("wrote:", "escribió", "a écrit", "schrieb", "message", "mensaje", "nachricht",
                                         "from:", "de:", "de :", "von:")):
        return None
    match = _REPLY_HEADER.search(text)
    if match is None or match.start() == 0 or _FORWARDED.search(text, 0, match.start()):
        return None
    start, end = match.span()
    while start < end and text[start] in " \t>":
        start += 1
    newline = text.find("\n", start, end)
    return start, newline if newline > 0 else end


# A quoted reply from the helpdesk below their words that answers something of theirs ("Thank you for your email", "we're
# sorry to hear", "your complaint", "merci pour votre message", "vielen Dank für Ihre Anfrage") is the ticket's own
# history: they contacted us before. A receipt, a renewal notice, a status notice ("We apologise for any inconvenience
# caused by this morning's maintenance") or a newsletter quoted back answers nothing of theirs.
_ANSWERS_THEM = re.compile(
    r"\b(?:thank(?:s| you) for (?:your|the call|contacting|getting in touch|reaching out|writing|letting|calling|phoning|ringing|speaking|chatting|talking)|sorry to hear"
    r"|your (?:request|complaint|query|enquiry|inquiry|ticket|case|message|e-?mail|call|feedback|patience)"
    r"|gracias por (?:su|tu|vuestro|contactar|escribir|llamar|llamarnos)|merci d'avoir (?:appelé|contacté|écrit|téléphoné)|lamentamos que|(?:su|tu) (?:solicitud|reclamación|consulta|mensaje|correo|incidencia)"
    r"|merci (?:pour|de) (?:votre|ton|nous avoir)|nous (?:sommes|regrettons) (?:désolés|sincèrement)"
    r"|(?:votre|ta) (?:demande|réclamation|message|courriel|dossier)"
    r"|(?:vielen )?dank für (?:ihre|deine|ihr|dein)|es tut uns (?:sehr )?leid|wir bedauern,? dass|(?:ihre|deine) (?:anfrage|beschwerde|reklamation|nachricht|e-mail)"
    # ... or answers them in person: sorry, a step to try, a thing done for them ("could you try clearing your cache",
    # "I can confirm your booking has been cancelled", "we've issued a refund", "le confirmo", "wir haben erstattet")
    r"|we(?:'re| are) (?:so |very |really )?sorry|sorry (?:that|your)|(?:could|can|would) you (?:please )?(?:try|send|confirm|provide)"
    r"|please (?:try|allow|let us know|send us|provide)|let us know if|I can confirm|(?:we|I)(?:'ve| have) (?:now |just )?(?:issued|processed|run|reset|added"
    r"|escalated|passed|raised|refunded|arranged|booked|checked|looked)|sentimos mucho que|le confirmo|te confirmo|hemos (?:procesado|emitido|revisado|escalado|tramitado)"
    r"|por favor,? (?:pruebe|intente|env[ií]e|nos facilite)|le rogamos|nous avons (?:bien )?(?:procédé|émis|transmis|vérifié|effectué)|je vous confirme|pourriez-vous"
    r"|merci de (?:bien vouloir|nous)|wir haben (?:\w+ )?(?:erstattet|veranlasst|geprüft|weitergeleitet|storniert)|bitte (?:versuchen|senden|schicken)|ich bestätige|könnten sie)\b",
    re.IGNORECASE)


def answering_reply(text: str) -> tuple[int, int] | None:
    """The header of a quoted earlier reply (quoted_reply) that answers something of the customer's: proof, in the
    ticket's own history, that they contacted the helpdesk before. Read in the 2,000 characters under the header."""
    quoted = quoted_reply(text)
    return quoted if quoted is not None and answers_them(text, quoted) else None


def answers_them(text: str, quoted: tuple[int, int]) -> bool:
    """Whether the quoted reply whose header is `quoted` answers something of the customer's (_ANSWERS_THEM)."""
    return _ANSWERS_THEM.search(text, quoted[1], quoted[1] + 2000) is not None


def _without_closing_name(text: str, closing_and_name: re.Pattern) -> str:
    # A sign-off is at the very end: look only at the last 80 characters before trailing space (a bounded window,
    # so runs of blanks cannot make the search quadratic), and only on the last line (the pattern never crosses one).
    end = len(text.rstrip())
    start = max(0, end - 80, text.rfind("\n", 0, end) + 1)
    window = text[start:end]
    if not _contains_any(window.lower(), _CLOSING_WORDS):
        return text
    match = closing_and_name.search(window)
    if match is None:
        return text
    a, b = start + match.start(), start + match.end()
    return text[:a] + _blank_text(text[a:b]) + text[b:]


# A cheap test before the sign-off search: every closing in _CLOSINGS and _LETTER_CLOSINGS holds one of these.
_CLOSING_WORDS = ("thank", "cheers", "regard", "best", "sincerely", "yours", "respectfully", "br", "rgds", "ta", "wishes",
                  "saludo", "atentamente", "gracias", "cordial", "vous", "merci", "journée", "grü", "grue", "gruß", "lg", "vg",
                  "mfg", "dank", "salutations")
_NAME_PART = re.compile(r"[^\W\d_][\w'’-]+")


def _without_name(text: str, name: str) -> str:
    """The requester's own name (each part of two or more letters) blanked wherever it stands: "Sue", "Dick" and
    "Hazard" are names here, not words."""
    parts = {p for p in _NAME_PART.findall(name.split("@")[0]) if len(p) >= 2 and p.lower() not in _NOT_NAMES}
    if not parts:
        return text
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in sorted(parts, key=len, reverse=True)) + r")\b")
    return pattern.sub(_blank, text)


_NOT_NAMES = frozenset("dr mr mrs ms miss prof sir madam the and of de la le van von der du da di del dos".split())


def _contains_any(text: str, words: tuple[str, ...]) -> bool:
    # A plain loop: any() over a generator costs more than the few `in` tests it makes.
    for word in words:
        if word in text:
            return True
    return False


def _signature_start(text: str, cut: int, valediction: re.Pattern) -> int:
    # Only a closing among the last few non-blank lines can have at most _SIGNATURE_MAX_LINES lines after it: start
    # the search there (searching from the top re-read the rest of the text for every "Thanks" line: quadratic).
    start = 0
    # A text of at most _SIGNATURE_MAX_LINES + 1 lines is searched from its top whatever the walk finds (its seventh
    # non-blank line from the end is its first): only a longer one is walked.
    if text.count("\n", 0, cut) > _SIGNATURE_MAX_LINES:
        seen, position = 0, cut
        while position > 0 and seen <= _SIGNATURE_MAX_LINES:
            line_start = text.rfind("\n", 0, position) + 1
            if text[line_start:position].strip():
                seen += 1
                start = line_start
            position = line_start - 1
        if seen <= _SIGNATURE_MAX_LINES:
            start = 0
    # A valediction is a whole line: it is tried at each line start (a search tried every character).
    while start < cut:
        match = valediction.match(text, start, cut)
        if match and match.start() > 0:
            rest = [line for line in text[match.end():cut].splitlines() if line.strip()]
            if len(rest) <= _SIGNATURE_MAX_LINES and all(len(line) <= _SIGNATURE_MAX_LINE_LENGTH for line in rest):
                return match.start()
        start = text.find("\n", start, cut) + 1
        if start == 0:
            break
    return cut


# A closing line with a name on the next line ("Kind regards,\nRachel Dunmore") is a signature however long what
# follows is (a job title, a company's register line, a disclaimer, an attached statement). Only the last few lines
# are read, from the end, so a long message costs the same.
_SIGNED_CLOSING_LINES = 12


def _signed_closing_start(text: str, cut: int) -> int:
    lines: list[tuple[int, str]] = []
    position = cut
    while position >= 0 and len(lines) < _SIGNED_CLOSING_LINES:
        line_start = text.rfind("\n", 0, position) + 1
        if text[line_start:position].strip():
            lines.append((line_start, text[line_start:position]))
        position = line_start - 1
    lines.reverse()
    for (start, line), (_, after) in zip(lines, lines[1:]):
        if start > 0 and _SIGN_OFF.fullmatch(line) and _is_name_line(_POSTSCRIPT.sub("", after).strip()):
            return start
    return cut


# A postscript run onto the name's line when line breaks were lost ("Tom P.S. I've attached the photo again"): the
# name still signs the closing above it (the postscript after a signature was never read as their words).
_POSTSCRIPT = re.compile(r"[ \t]+P\.?[ \t]?S\.?(?:[ \t:]|$).*")


def _is_name_line(line: str) -> bool:
    """A name on a line of its own ("Rachel Dunmore", "Dr. Ulrike Brandt", "Tom"); one word that carries feeling
    ("Unacceptable") is no name."""
    return (bool(_NAME_LINE.fullmatch(line)) and len(line) <= 40 and not line.isupper()
            and (len(line.split()) > 1 or line.lower() not in word_valences()))


# A signature with no closing line: the writer's name on a line of its own near the end ("Rachid El Amrani", "Mr A.
# Birtwistle"), then at most three short lines (a booking number, a company, a phone). Two or more capitalised words,
# or one followed by such lines; nothing that ends a sentence, so "Unacceptable." or "Fix it NOW!" stay words.
_NAME_WORD = r"[A-ZÀ-ÖØ-Þ](?:\.|[\w'’-]*)"  # "Birtwistle", "El", or an initial "A."
_NAME_LINE = re.compile(rf"(?:(?:Mr|Mrs|Ms|Dr|Prof|Sr|Sra|Mme|Herr|Frau)\.?[ \t]+)?{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,3}}")
_NAME_BLOCK_MAX_LINES = 3


def _name_block_start(text: str, cut: int) -> int:
    # Only the last _NAME_BLOCK_MAX_LINES + 1 non-blank lines can begin the block, and never the text's first line:
    # one line more than that is read, from the end, instead of the whole text split into lines.
    lines: list[tuple[int, str]] = []
    position = cut
    while position >= 0 and len(lines) <= _NAME_BLOCK_MAX_LINES + 1:
        line_start = text.rfind("\n", 0, position) + 1
        if text[line_start:position].strip():
            lines.append((line_start, text[line_start:position]))
        position = line_start - 1
    lines.reverse()
    for index in range(1, len(lines)):
        start, line = lines[index]
        name = line.strip()
        after = lines[index + 1:]
        if not _NAME_LINE.fullmatch(name) or len(name) > 40 or name.isupper():
            continue
        if len(name.split()) < 2 and (not after or name.lower() in word_valences()):
            continue  # one word alone, or one that carries feeling ("Unacceptable"), is not a signature
        if all(len(rest.strip()) <= _SIGNATURE_MAX_LINE_LENGTH for _, rest in after):
            return start + (len(line) - len(line.lstrip()))
    return cut


def _blank(match: re.Match) -> str:
    return _blank_text(match.group(0))


def _blank_text(text: str) -> str:
    return _NOT_NEWLINE.sub(" ", text) if "\n" in text else " " * len(text)


_NOT_NEWLINE = re.compile(r"[^\n]")
