"""Spanish, French and German: complaint phrases and cue words, for customers who do not write in English.

The English detector's lexicon reads English only; without this layer a Spanish customer threatening to
cancel would look calm. Phrases are complaint language (inacceptable, nadie me responde, immer noch nicht),
never problem words alone, so a calm report in these languages stays calm.
"""

from __future__ import annotations

import re

# Cue words by cue, for this layer's score only: the verdict's cues come from worker/detector/signals.py.
CUE_WORDS = {
    "legal_threat": r"abogad[oa]s?|demandar\w*|denunciar\w*|tribunal(?:es)?|avocats?|poursuites?|porter plainte"
                    r"|anwalt|anwältin|klage|gericht|verklagen",
    "churn_threat": r"cancelar\w*|cancelo|darme de baja|me doy de baja|me voy a otra|résilier|je résilie"
                    r"|me désabonner|aller (?:voir )?ailleurs|kündig\w*|zur konkurrenz|wechsle",
    "repeat_contact": r"(?:tercera|segunda|cuarta) vez|(?:troisième|deuxième|quatrième) fois|encore une fois"
                      r"|toujours rien|zum (?:dritten|zweiten|vierten) mal|schon wieder|immer noch nicht",
    "escalation_request": r"(?:un|al|con (?:el|un)|hablar con (?:el|un)) (?:supervisor|responsable|encargado|gerente)"
                          r"|(?:un|au|votre) (?:responsable|supérieur|manager)|vorgesetzte\w*|teamleit\w*"
                          r"|geschäftsführ\w*",
    "abuse": r"idiotas?|inútiles|incompetentes|imbéciles?|idiots?|incompétents?|bande de nuls|idioten|unfähig\w*"
             r"|inkompetent\w*|vollidiot\w*",
    "urgency": r"urgente?|cuanto antes|inmediatamente|immédiatement|au plus vite|de toute urgence|dringend|sofort"
               r"|umgehend",
}
CUE_PATTERNS = {c: re.compile(rf"\b(?:{p})\b", re.IGNORECASE) for c, p in CUE_WORDS.items()}

# Complaint phrases with how strongly each says "upset" (1.0 on its own is enough for a note).
_AFFECT = {
    1.2: r"inaceptable|indignante|vergonzoso|una vergüenza|estoy (?:muy )?(?:harto|harta|furios[oa]|enfadad[oa])"
         r"|una estafa|el peor servicio|pésim[oa]|nunca más|es increíble que|no puede ser"
         r"|inacceptable|inadmissible|honteux|scandaleux|ras le bol|j'en ai (?:marre|assez)|furieu(?:x|se)"
         r"|une arnaque|le pire service|plus jamais|c'est (?:une )?blague"
         r"|inakzeptabel|unverschämt|eine frechheit|skandal\w*|es reicht|die nase voll|wütend|betrug|abzocke"
         r"|der schlechteste\w* service|nie wieder|eine zumutung",
    0.8: r"nadie (?:me )?(?:responde|contesta|ha respondido)|sigo esperando|todavía no|sin respuesta|decepcionad[oa]"
         r"|ridícul[oa]|horrible|fatal|lament\w+"
         r"|personne ne (?:me )?répond|toujours pas|j'attends (?:encore|toujours)|aucune réponse|déçue?|ridicule"
         r"|lamentable|nul\b"
         r"|niemand (?:antwortet|meldet sich)|keine antwort|warte (?:seit|immer noch)|enttäuscht|lächerlich"
         r"|katastroph\w*|unmöglich",
}
_AFFECT_PATTERNS = [(w, re.compile(rf"\b(?:{p})\b", re.IGNORECASE)) for w, p in _AFFECT.items()]
_SEVERE = ("abuse", "legal_threat")
_UPSET_CUES = ("repeat_contact", "churn_threat", "escalation_request", "abuse", "legal_threat")


def cue_spans(text: str) -> list[tuple[str, int, int]]:
    spans = []
    for cue, pattern in CUE_PATTERNS.items():
        match = pattern.search(text)
        if match:
            spans.append((cue, match.start(), match.end()))
    return spans


def affect_spans(text: str) -> list[tuple[float, int, int]]:
    return [(weight, m.start(), m.end()) for weight, pattern in _AFFECT_PATTERNS for m in pattern.finditer(text)]


def score(affect: list[tuple[float, int, int]], cues: list[tuple[str, int, int]]) -> float:
    """Each complaint phrase pulls the score down; threats and repeat contact pull further, but a cue alone
    (a calm "please cancel my subscription") does not make a message negative."""
    weight = sum(w for w, _, _ in affect)
    upset_cues = sum(1 for cue, _, _ in cues if cue in _UPSET_CUES)
    if weight == 0 and not any(cue in _SEVERE for cue, _, _ in cues):
        return 0.0
    return max(-1.0, -0.35 * weight - 0.2 * upset_cues - (0.5 if any(c in _SEVERE for c, _, _ in cues) else 0))
