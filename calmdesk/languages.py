"""Which language a reply or note is written in, and how a follow-up time is spelled in it.

Four languages are supported. Detection is a small stop-word count, enough to tell en/es/fr/de apart on a
support message without a model or another dependency.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone

SUPPORTED = ("en", "es", "fr", "de")
DEFAULT = "en"
# Words in quotation marks, as the four languages write them (« », “ ”, „ “, " "), on one line and at most 400
# characters (the text may be a customer's: bounded, so a stray mark costs little): someone else's words, which do
# not tell how the writer addresses us (the customer quoting an agent's "hast du", a draft quoting the customer).
QUOTED_SPAN = re.compile(r'«[^»\n]{0,400}»|“[^”\n]{0,400}”|„[^“”\n]{0,400}[“”]|"[^"\n]{0,400}"')

# Frequent short words that are rare in the other three languages.
_STOPWORDS = {
    "en": {"the", "and", "is", "you", "my", "it", "this", "not", "have", "was", "for", "with", "your", "what",
           "still", "why", "been", "i", "of", "to", "are", "can't", "don't", "order"},
    "es": {"el", "la", "los", "las", "que", "y", "es", "mi", "no", "por", "con", "para", "una", "un", "pero",
           "del", "ha", "he", "sido", "todavía", "nadie", "pedido", "muy", "ya", "está", "su"},
    "fr": {"le", "la", "les", "et", "est", "je", "vous", "mon", "ma", "pas", "pour", "avec", "une", "un", "mais",
           "du", "des", "ai", "toujours", "personne", "commande", "très", "c'est", "n'ai", "j'ai", "votre", "ne"},
    "de": {"der", "die", "das", "und", "ist", "ich", "sie", "mein", "meine", "nicht", "für", "mit", "eine", "ein",
           "aber", "noch", "habe", "immer", "niemand", "bestellung", "sehr", "schon", "ihr", "ihre", "es", "wird"},
}
# Matched against lower-cased text, so without IGNORECASE (a third faster); "ı" and "ſ" are the two lower-case
# letters that IGNORECASE also matched here (they fold to "i" and "s").
_WORD = re.compile(r"[a-zà-ÿßıſ']+")
_WORD_LANGUAGES: dict[str, tuple[int, ...]] = {}  # each stop word's languages, as indices into SUPPORTED
for _lang, _words in _STOPWORDS.items():
    for _w in _words:
        _WORD_LANGUAGES[_w] = _WORD_LANGUAGES.get(_w, ()) + (SUPPORTED.index(_lang),)


def language_from_locale(locale: str | None) -> str | None:
    """'es-ES', 'fr', 'de_AT', 'en-gb' -> the supported language, or None when unsupported or empty."""
    if not locale:
        return None
    code = re.split(r"[-_]", locale.strip().lower(), maxsplit=1)[0]
    return code if code in SUPPORTED else None


def detect_language(text: str) -> str | None:
    """The supported language the text is most likely in, or None when there is too little to tell."""
    return language_of_words(words_of((text or "").lower()))


def words_of(lower: str) -> list[str]:
    """The words of lower-cased text as detect_language reads them (the detector reuses them)."""
    if lower.isascii():
        # The same runs of a-z and apostrophes, without the regex: every other character a space, then split.
        return lower.translate(_ASCII_NOT_WORD).split()
    return _WORD.findall(lower)


_ASCII_NOT_WORD = {i: " " for i in range(128) if not ("a" <= chr(i) <= "z" or chr(i) == "'")}


def language_of_words(words: list[str]) -> str | None:
    """detect_language on words_of(text.lower())."""
    counts = [0] * len(SUPPORTED)  # hits by language, in SUPPORTED order
    # One pass, and the Python loop only over the stop words found (filter runs in C): the detector calls this on
    # every message.
    for word in filter(_WORD_LANGUAGES.__contains__, words):
        for i in _WORD_LANGUAGES[word]:
            counts[i] += 1
    top = max(counts)
    # Two hits and a clear lead: one shared word ("no", "la") must not decide the language. (The first language with
    # the most hits, when no other has as many.)
    if top < 2 or counts.count(top) > 1:
        return None
    return SUPPORTED[counts.index(top)]


# More everyday words, for choosing the reply's language only (the detector keeps its own, faster list).
_REPLY_WORDS = {
    "en": _STOPWORDS["en"] | {"hi", "hello", "please", "we", "our", "that", "they", "me", "just", "no", "on", "at", "be",
                              "will", "from", "has", "had", "were", "would", "there", "anyone", "nobody", "again"},
    "es": _STOPWORDS["es"] | {"hay", "sin", "correo", "alguien", "ahí", "hola", "respuesta", "me", "lo", "le", "se", "al",
                              "como", "más", "esto", "este", "esta", "les", "usted", "ustedes", "buenas", "gracias", "hoy",
                              "nada", "os", "he", "han", "mis", "sus", "desde", "cuenta", "llamada", "factura"},
    "fr": _STOPWORDS["fr"] | {"bonjour", "il", "on", "sur", "au", "aux", "ce", "cette", "rien", "merci", "depuis",
                              "nous", "vos", "mes", "été", "encore", "compte", "aucune", "qui", "que", "dans"},
    "de": _STOPWORDS["de"] | {"hallo", "auf", "den", "dem", "kein", "keine", "seit", "nach", "wurde", "wir", "euch",
                              "bitte", "danke", "mir", "mich", "uns", "ihnen", "auch", "wieder", "zu", "von", "bei"},
}


# A word two languages share ("la", "que", "un" in Spanish and French) counts half for each, so it cannot hold back
# the language whose own words ("merci", "pour", "personne") are plainly there.
_REPLY_WEIGHTS: dict[str, tuple[tuple[str, float], ...]] = {}
for _w in set().union(*_REPLY_WORDS.values()):
    _langs = [lang for lang in SUPPORTED if _w in _REPLY_WORDS[lang]]
    _REPLY_WEIGHTS[_w] = tuple((lang, 1.0 / len(_langs)) for lang in _langs)


def detect_reply_language(text: str) -> str | None:
    """The language the customer wrote in, for the reply; None when it is not clear."""
    scores = dict.fromkeys(SUPPORTED, 0.0)
    for word in _WORD.findall((text or "").lower()):
        for lang, weight in _REPLY_WEIGHTS.get(word, ()):
            scores[lang] += weight
    best = max(SUPPORTED, key=scores.__getitem__)
    runner_up = max(v for lang, v in scores.items() if lang != best)
    if scores[best] < 2 or scores[best] < 1.5 * runner_up + 1:
        return None
    return best


def reply_language(locale: str | None, text: str, default: str = DEFAULT) -> str:
    """The customer's language: what the message is clearly written in, else the helpdesk locale, else the default.

    A profile's locale is often a default nobody set; a message plainly in Spanish gets a Spanish reply."""
    written = detect_reply_language(text)
    return written or language_from_locale(locale) or language_from_locale(default) or DEFAULT


_WEEKDAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
}
_MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"),
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"),
}
_DEADLINE = {
    "en": "by {weekday} {day} {month}, {time} UTC",
    "es": "antes del {weekday} {day} de {month} a las {time} (UTC)",
    "fr": "d'ici le {weekday} {day} {month} à {hour} h {minute} (UTC)",
    "de": "bis {weekday}, {day}. {month}, {time} Uhr (UTC)",
}


def format_deadline(when: datetime, language: str) -> str:
    """'by Tuesday 24 November, 14:00 UTC' in the given language; naive datetimes are taken as UTC."""
    language = language if language in SUPPORTED else DEFAULT
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    when = when.astimezone(timezone.utc)
    return _DEADLINE[language].format(
        weekday=_WEEKDAYS[language][when.weekday()], day=when.day, month=_MONTHS[language][when.month - 1],
        time=f"{when:%H:%M}", hour=when.hour, minute=f"{when:%M}",
    )
