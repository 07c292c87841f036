"""Patterns for the seven cues a support agent needs named (abuse, legal threat, churn threat, repeat contact,
escalation request, urgency, shouting), and the search that finds them in a message's own text.

Cues name what the customer is doing, not how upset they are; a calm follow-up may still carry repeat_contact.
"""

from __future__ import annotations

import re

from worker.detector.matching import PhraseSet, plain_ascii
from worker.detector.phrases import PROFANITY_STRONG
from worker.detector.signals import NOT_CHASED_YET, NOT_ITS_SUBJECT, SEAT_TICKETS

_NUMBER = r"(?:\d+(?:st|nd|rd|th)?|second|third|fourth|fifth|sixth|seventh|umpteenth|hundredth|millionth|two|three|four|five|six|several|many|multiple)"
_INSULT_PLURAL = (r"idiots|morons|clowns|imbeciles|cretins|muppets|halfwits|numpties|jokers|amateurs|cowboys|crooks|"
                  r"thieves|liars|scammers|fraudsters|scumbags|bastards|jerks|losers|pricks|dickheads|twats|wankers|"
                  r"assholes|a\*\*holes|clueless\s+\w+|incompetents|parasites|leeches")
_INSULT_SINGULAR = (r"idiot|moron|clown|imbecile|cretin|muppet|halfwit|numpty|jerk|loser|bastard|bitch|prick|"
                    r"dickhead|twat|wanker|asshole|a\*\*hole|scumbag|liar|thief|crook|scammer|fraud|fool|dumbass")
_AT_PEOPLE = r"(?:you|your|ur|that|this|these|those|what an?|such an?|he'?s|she'?s|(?:he|she|they) (?:is|are)|(?:agent|staff|team|people|rep|technician|engineer|manager|driver|courier) (?:is|are|was|were))"

CUE_PATTERNS = {
    "abuse": [
        rf"\b(?:{_INSULT_PLURAL})\b",
        rf"\b{_AT_PEOPLE}\s+(?:\w+\s+){{0,2}}(?:{_INSULT_SINGULAR})s?\b",
        r"\b(?:you(?:'re| are)?|are you)(?:\s+(?:all|people|guys|lot|clowns))?(?:\s+(?:completely|totally|so|just|utterly|fucking|bloody))?\s+"
        r"(?:incompetent|clueless|stupid|brain ?dead|braindead|retarded|morons?|idiots?|useless|pathetic|a joke|a disgrace|an embarrassment)\b",
        r"\b(?:bunch|pack|load|band|shower) of (?:\w+ )?(?:idiots|morons|clowns|crooks|thieves|liars|amateurs|cowboys|incompetents|scammers|muppets|jokers)\b",
        rf"{PROFANITY_STRONG}\s+(?:you|your|yourselves|off|u)\b", r"\b(?:screw|damn|stuff) (?:you|your)\b", r"\bgo to hell\b", r"\bup yours\b",
        r"\b(?:shove|stick) it\b", r"\bbrain ?dead\b", r"\byou(?:\s+\w+){0,2}\s+pieces? of\b", r"\bpieces? of (?:sh\W*\w*|crap|garbage|trash|s\*+t) (?:people|staff|company)\b",
        # threats of harm
        r"\bi(?:'ll| will| am going to|'m going to| swear i will| swear i'll)\s+(?:\w+\s+)?(?:punch|hit|hurt|kill|smash|beat|slap|strangle|find you|come (?:down|for you|round))",
        r"\byou(?:'ll| will) (?:regret|pay for) (?:it|this)", r"\bi know where (?:you|your)\b", r"\bwatch your back\b",
        r"\b(?:burn|blow) (?:your|the) (?:\w+ )?(?:store|shop|office|building|place) down\b",
    ],
    "legal_threat": [
        r"\b(?:my|a|our|the company'?s) (?:lawyers?|solicitors?|attorneys?|legal (?:team|counsel|department|advisers?))\b",
        r"\b(?:lawyer|solicitor|attorney)s? (?:will|is|are)\b", r"\blegal (?:action|proceedings|steps|route)\b", r"\blaw ?suit\b",
        r"\b(?:sue|suing)\b(?! from)", r"\bsmall claims\b", r"\b(?:see|take) you (?:to|in) court\b", r"\bcourt\b(?! ?(?:yard|house))",
        r"\bcharge-?backs?\b", r"\b(?:a|file|filing|do|request|requesting|initiate|raise|raising) charge backs?\b", r"\bdisput(?:e|ing) (?:the|this|these|all) (?:charges?|payments?|transactions?)",
        r"\b(?:report|complain|complaint|escalate|reporting|complaining|take this|taking this|file|filing|raise|raising)\b[^.\n]{0,40}\b"
        r"(?:regulator|ombudsman|fcc|ftc|cfpb|ofcom|ofgem|ofwat|ico|information commissioner|bbb|better business bureau|trading standards|"
        r"consumer (?:protection|rights|affairs|council)|attorney general|enforcement body|data protection (?:authority|commissioner)|caa|dot|department of transportation)\b",
        r"\b(?:breach(?:ed)? of|breached) (?:our |the |my )?contract\b", r"\bhear from my\b",
    ],
    "churn_threat": [
        r"(?<!can )(?<!could )(?<!may )(?<!how do )(?<!should )\b(?:i|we)(?:'m| am|'re| are)? (?:\w+ )?(?:going to |gonna |about to |(?:seriously )?considering |thinking (?:of|about) |looking (?:at|into) )?"
        r"(?:cancel(?:l?ing)?|leav(?:e|ing)|switch(?:ing)?|mov(?:e|ing)|clos(?:e|ing)|tak(?:e|ing) (?:my|our) (?:business|money|custom))\b"
        r"(?! (?:a |the )?(?:review|comment|note|message|feedback|order #))(?=[^.\n]{0,40}\b(?:account|subscription|contract|plan|membership|service|provider|network|competitor|elsewhere|business|to\b|for\b|with you|you|card))",
        r"\b(?:i|we)(?:'ll| will| shall)\s+(?:be )?(?:cancel|leav|switch|mov|clos|tak)\w*",
        r"\b(?:i|we)(?:'m| am|'re| are) (?:going to|gonna|about to) (?:cancel|leave|switch|close|move)\w*",
        r"\b(?:i|we)(?:'ll| will|'d)? never (?:\w+ )?(?:use|buy|order|fly|shop|book|stay|recommend|deal|come back|return)\w*\b[^.\n]{0,40}\bagain\b",
        r"\bnever (?:ordering|buying|using|flying|shopping|booking|dealing|staying)\b", r"\b(?:going|go|taking it|look) elsewhere\b", r"\btak(?:e|ing) (?:my|our) (?:business|money|custom) elsewhere\b",
        r"\b(?:switch(?:ing)?|mov(?:e|ing)|go(?:ing)?) (?:over )?to (?:another|a different|a new|a better|your competitors?|a competitor)\b",
r"\bcancel(?:l?ing)? (?:unless|if)\b", r"\b(?:unless|or else|otherwise|or) (?:i|we)(?:'ll| will| am| are|'m|'re)? (?:going to )?(?:cancel|leave|switch|close|move)\w*\b"
        r"(?! (?:you |us )?(?:a |an |my |the |this )?(?:\S+ )?(?:review|comment|rating|feedback|message|note|complaint|post))",
        r"\bone more [^.\n]{0,30} and (?:i|we)(?:'m| am|'re| are|'ll| will) (?:\w+ )?(?:leav|gone|out|cancel|switch|done)\w*",
        r"\bfind (?:another|a new|a different|a better) (?:provider|supplier|company|service|airline|bank|carrier|network)\b",
        r"\blost (?:a|me as a|us as a) customer\b", r"\b(?:you'?ve|you have) lost (?:a|my|our) (?:customer|business)\b", r"\bformer customer\b",
    ],
    # Asking to cancel is a churn threat only from an upset customer; the detector decides (see CHURN_REQUEST).
    "churn_request": [
        r"\b(?:cancel(?:l?ing)?|clos(?:e|ing)|terminat(?:e|ing)|delet(?:e|ing)) (?:my|our) (?:\w+ )?(?:account|subscription|contract|membership|plan|service)\b",
    ],
    "repeat_contact": [
        rf"\b{_NUMBER} (?:time|request|email|message|call|attempt|ticket|complaint)s?\b(?! (?:zone|slot|frame)){SEAT_TICKETS}(?!(?<=ticket) (?:for|to|at)\b)",  # "2 tickets for Dune" are seats
        r"\b(?:once|yet|over|time and time|again and) again\b", r"\b(?:writing|asking|contacting|emailing|calling|chasing|bother(?:ing)? you|reaching out|messaging|complaining|explaining|telling you|sending|reporting) (?:this )?(?:again|once more)\b",
        r"\bhow many (?:more )?times\b", r"\b(?:i|we)(?:'ve| have)? already (?:contacted|emailed|called|written|reported|asked|raised|explained|sent|told|chased|spoken|complained|messaged)\b",
        r"\b(?:keep|kept|keeps) (?:having to )?(?:asking|emailing|calling|chasing|writing|contacting|explaining|repeating)\b",
        r"\bstill (?:no|not|nothing|waiting|haven'?t|hasn'?t|isn'?t|aren'?t|doesn'?t|don'?t|being|without)\b",
        r"\b(?:twice|three times|four times|several times) (?:this|last|in (?:a|one|the same)|today|now)\b", r"\b(?:nobody|no one|no-one) (?:has )?(?:got|gotten|replied|responded|answered|called|come) back\b",
        r"\b(?:nobody|no one|no-one) (?:has )?(?:replied|responded|answered)\b", r"\bhaven'?t heard (?:back|anything)\b",
        r"\bas (?:i|we) (?:said|mentioned|explained|wrote|stated|told you)\b(?! below)", r"\b(?:in|since) my (?:last|previous|earlier) (?:\w+ )?(?:email|message|ticket|call)s?\b",
        r"\b(?:my|our) (?:last|previous) (?:two|three|few|several) (?:emails|messages|tickets|calls)\b", r"\bfollow(?:ing)?[- ]up\b", NOT_CHASED_YET + r"\bchas(?:e|ing)\b", r"\breminder\b",
        r"\bticket #?\d+,? (?:#?\d+,? )*and (?:now )?this\b",
    ],
    "escalation_request": [
        r"\b(?:speak|talk|speaking|talking|chat|escalate \w+) (?:to|with) (?:a|your|the|someone'?s?|an?) (?:\w+ )?(?:manager|supervisor|boss|superior|team lead(?:er)?|head of)\b",
        r"\b(?:call|email|reply|response|contact) from (?:a|your|the) (?:\w+ )?(?:manager|supervisor|boss)\b",
        r"\b(?:get|put|transfer|connect|pass) (?:me|us|this|it) (?:through )?(?:to|on to|onto) (?:a|your|the|someone)\b[^.\n]{0,30}\b(?:manager|supervisor|boss|senior|charge|complaints)",
        r"\b(?:escalate|escalated)\b(?![^.\n]{0,40}\b(?:regulator|ombudsman|enforcement|fcc|ofcom|ico)\b)", r"\bsomeone (?:more )?(?:senior|above you|higher up|in charge|with authority)\b",
        r"\bwho(?:'s| is) in charge\b", r"\b(?:your|a) (?:manager|supervisor|superior)(?:'s)? (?:name|details|contact|email|number)\b", r"\bsomeone above you\b",
        r"\b(?:i want|i need|i demand|i'd like|get me) (?:a|your|the) (?:manager|supervisor)\b", r"(?<!copy of your )(?<!copy of the )(?<!copies of your )\bcomplaints (?:team|department|procedure)\b" + NOT_ITS_SUBJECT,
    ],
    "urgency": [
        r"\b(?<!not )urgent(?:ly)?\b", r"\basap\b", r"\bimmediately\b", r"\bright (?:now|away)\b", r"\bdeadline\b", r"\btime[- ]sensitive\b", r"\bcritical\b",
        r"\b(?:losing|lose|lost|costing|cost) (?:us |me )?(?:\w+ )?(?:money|sales|customers|business|revenue|orders|clients|bookings|thousands|\$|£|€)",
        r"\b(?:need|needs|must|have to) (?:this |it |that |help |someone |you )?(?:\w+ )?(?:fixed |sorted |resolved |done |here |back )?(?:today|tonight|now|by (?:tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|noon|eod|end of (?:the )?day))\b",
        r"\bbefore (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|the weekend)\b",
        r"\b(?:leaves|departs|starts|closes|expires|due) in (?:\d+|one|two|three|four|five|an?) (?:minutes?|hours?)\b",
        r"\bby (?:end of (?:the )?day|eod|cob|close of business|tomorrow morning)\b", r"\bevery (?:minute|hour) (?:this|it|the)\b",
        r"\b(?:unable|can'?t|cannot|not able) to (?:take|process|accept) (?:any )?(?:payments|orders|bookings|calls)\b", r"\bemergency\b",
    ],
}

# Session 21: someone else the customer dealt with through the service (a sitter, a host, a seller, a driver, a courier, a
# landlord, a tradesman, a hotel), named as who a contact went to ("I've messaged the sitter three times", "sent requests to
# every sitter in the area", "j'ai relancé le vendeur", "llamé tres veces al repartidor", "den Vermieter dreimal angerufen").
# A contact with them is no contact with support (nb-62-086, nb-62-081, nb-40-054, nb-50-007): the detector's repeat
# contact and the facts' contact count read it (one owner). "your driver" is the company's own, and is not here.
_OTHER_PARTY_EN = (r"(?:(?:pet |dog |cat |house |baby )?sitters?|hosts?|sellers?|vendors?|landlord|landlady|letting agents?|couriers?|drivers?|"
                   r"tradesm[ae]n|tradesperson|plumbers?|electricians?|builders?|tutors?|hotel|hotel reception|restaurant)")
OTHER_PARTY_CONTACT = re.compile(
    # en: the contact, up to three words of what was sent, then who it went to ("emailed the file to my tutor")
    r"\b(?:messag\w*|call(?:ed|ing)?|rang|rung|ring(?:ing)?|phon\w*|e-?mail\w*|text(?:ed|ing)?|wr[io]te to|written to|contact\w*|chas(?:ed|ing)|"
    r"sent|send(?:ing)?|spok(?:e|en) (?:to|with)|asked|pinged)"
    r"(?: (?!you\b|your\b|us\b)[^\s.!?,;]+){0,3}? (?:to |with )?(?:the|my|our|every|each|all the|both|a|an|another|his|her|their|that) "
    r"(?:[^\s.!?,;]+ )?" + _OTHER_PARTY_EN + r"\b"
    # fr / es: the same, with who it went to after the verb ("appelé trois fois le livreur", "escrito a la cuidadora")
    r"|\b(?:appel\w*|relanc\w*|écrit|contact\w*|envoy\w*|téléphoné|llam\w*|escri\w*|contact\w*|mand\w*|envi\w*)"
    r"(?: (?!vous\b|os\b|les\b|usted\w*)[^\s.!?,;]+){0,3}? (?:al |au |aux |(?:à |a )?(?:le|la|l'|les|ma|mon|notre|el|mi|nuestr[oa]|cada)\s?)"
    r"(?:pet-?sitter|gardienne?|hôtes?|hôtesse|propriétaire|vendeu(?:r|se)|chauffeur|livreur|transporteur|bailleur|artisan|plombier|"
    r"cuidador[a]?|anfitri[oó]n[a]?|vendedor[a]?|conductor[a]?|repartidor[a]?|transportista|caser[oa]|arrendador[a]?|fontanero|hotel|hôtel)\b"
    # de: who it went to before the verb ("habe den Verkäufer dreimal angeschrieben")
    r"|\b(?:den|die|der|dem|meinen|meine|meinem|unseren|unsere|unserem|jeden|jede) (?:\w+ )?(?:sitter\w*|gastgeber\w*|verkäufer\w*|fahrer\w*|"
    r"kurier\w*|zusteller\w*|paketboten|vermieter\w*|handwerker\w*|installateur\w*|hotel) (?:\S+ ){0,3}?"
    r"(?:angeschrieben|angerufen|kontaktiert|gefragt|geschrieben|erinnert|gemahnt|angefragt)\b")

CHURN_REQUEST = "churn_request"
_CUE_SET = PhraseSet([p for patterns in CUE_PATTERNS.values() for p in patterns],
                     groups=[cue for cue, patterns in CUE_PATTERNS.items() for _ in patterns], flags=re.MULTILINE)
# "AGAIN" shouted, or "Again." on its own, is exasperation at a repeat; "log in again" is not. Case matters here.
_REPEAT_AGAIN = re.compile(r"\bAGAIN\b|(?:^|(?<=[.!?,]\s))[Aa]gain\s*[.!?]", re.MULTILINE)

# Shouting: a run of words in capitals, one shouted emotive word, or piled-up "!!" / "???".
# r"\b[A-Z][A-Z'’]*[A-Z]\b", written to start with the capital (the boundary before it checked just after), which
# lets the search skip straight to capitals: twice as fast.
_CAPS_WORD = re.compile(r"[A-Z](?<=\b[A-Z])[A-Z'’]*[A-Z]\b")
_CAPS_WORD_ASCII = re.compile(_CAPS_WORD.pattern, re.ASCII)
_ACRONYMS = frozenset(
    "API URL PDF CSV SSO VPN VAT UTC GMT BST CET EST PST USB HTTP HTTPS SMS SIM APN ETA FAQ CEO CTO IT ID PIN OTP "
    "USA UK EU GDPR FCC FTC ICO ASAP EOD COB JSON XML HTML SQL AWS DNS SSL TLS IOS OS PC TV DM PM AM OK US CA NY "
    "LA SF DC TX UPS DHL FEDEX USPS IBAN BIC SKU CRM ERP SLA SAML RMA PO NHS BBB CFPB DOT CAA 2FA MFA QR UI UX".split()
)
_EMOTIVE_CAPS = frozenset("NOW NEVER STILL NOBODY NOTHING WORST WHY WHERE STOP NOT AGAIN ANY EVER ALWAYS REFUND "
                          "HELP PLEASE TERRIBLE UNACCEPTABLE RIDICULOUS USELESS SERIOUSLY DISGUSTING FIX".split())
# Every match starts at "!" or "?"; the lookahead says so, sparing the three alternatives at every other character.
_PILED_PUNCTUATION = re.compile(r"(?=[!?])(?:[!?]*!{2,}[!?]*|[!?]{3,}|\?!)")
_QUOTED_SPAN = re.compile(r"[\"“'‘][^\"”'’\n]{1,80}[\"”'’]")
_LOWER_OR_DIGIT = re.compile(r"[a-z0-9]")  # in the gap between two words in capitals: they are no run


def find_cues(own: str, lower: str, word_starts: list[int],
              phrase_matches: list[tuple[str, int, int]] | None = None) -> list[tuple[str, int, int]]:
    """(cue, start, end) for every cue match in the message's own text (quotes and signatures already blanked);
    `lower` is that text lower-cased with the same offsets, `word_starts` where its words begin.
    `phrase_matches`: the (cue, start, end) matches of CUE_PATTERNS when the caller has already searched for them
    (the detector searches phrases and cues in one pass)."""
    if phrase_matches is None:
        groups = _CUE_SET.groups or []
        phrase_matches = [(groups[i], start, end) for i, start, end in _CUE_SET.find(lower, word_starts)]
    found = list(phrase_matches)
    first_gain = lower.find("gain")
    if first_gain >= 0:
        # No match starts before the first "again" ("AGAIN" lowers to it too); the search's look-behinds still see
        # the text before where it starts.
        found.extend(("repeat_contact", m.start(), m.end())
                     for m in _REPEAT_AGAIN.finditer(own, max(0, first_gain - 1)))
    found.extend(("shouting", start, end) for start, end in _shouting_spans(own))
    return found


def shouting_spans(own: str) -> list[tuple[int, int]]:
    """Runs of capitals and piled-up "!!" / "???" in the own text, as (start, end)."""
    return _shouting_spans(own)


def _shouting_spans(own: str) -> list[tuple[int, int]]:
    spans = [m.span() for m in _PILED_PUNCTUATION.finditer(own)] if _may_pile(own) else []
    # compiled with re.ASCII for plain ASCII text: the same words, \b without the Unicode database
    caps_word = _CAPS_WORD_ASCII if plain_ascii(own) else _CAPS_WORD
    if caps_word.search(own) is None:
        return spans
    return sorted(spans + _capital_runs(own, caps_word))


def _may_pile(own: str) -> bool:
    """Whether _PILED_PUNCTUATION can match: each of its matches holds "!!", "??" or "?!" (three of "!" and "?" in a row
    always hold one). Its search tries every character (it begins with a lookahead), and most messages with a "?" or a
    "!" have none of these."""
    return "!!" in own or "??" in own or "?!" in own


def _capital_runs(own: str, caps_word: re.Pattern = _CAPS_WORD) -> list[tuple[int, int]]:
    quoted = [m.span() for m in _QUOTED_SPAN.finditer(own)]
    spans = []
    run: list[re.Match] = []

    def close_run() -> None:
        words = [m for m in run if m.group(0) not in _ACRONYMS]
        long_words = [m for m in words if len(m.group(0)) >= 3]
        if len(long_words) >= 2 or any(m.group(0) in _EMOTIVE_CAPS for m in words):
            spans.append((run[0].start(), run[-1].end()))

    previous_end = None
    for match in caps_word.finditer(own):
        if quoted and any(s <= match.start() < e for s, e in quoted):
            continue
        gap = own[previous_end:match.start()] if previous_end is not None else ""
        if run and (len(gap) > 3 or "\n" in gap or _LOWER_OR_DIGIT.search(gap)):
            close_run()
            run = []
        run.append(match)
        previous_end = match.end()
    if run:
        close_run()
    return spans
