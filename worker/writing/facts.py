"""What the customer's own new text states: refs, amounts, dates, deadline, the grievance, the ask, earlier contacts.

Only the newest text counts: a quoted earlier reply ("On … wrote:", "> …", "-----Original Message-----") and
the signature or sign-off are cut first, so a ticket number from our own reply never becomes "their" order.
Every fact keeps its offsets in the original text, so a preview can show where it came from.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from worker.detector import MONEY_BACK_PATTERN
from worker.detector.cues import OTHER_PARTY_CONTACT
from worker.detector.matching import lower_same_length
from worker.detector.own_text import answering_reply, own_text_end, without_quoted_lines, words_end

_REF_WORD = (r"(?:order|booking|ticket|invoice|claim|account|acct|reference|ref|case|policy|contract|membership"
             r"|agreement|reservation|confirmation|tracking|customer|member|subscription|transaction|parcel|package"
             r"|pedido|reserva|factura|número|expediente|cuenta|localizador|commande|réservation|facture|dossier"
             r"|contrat|numéro|bestellung|buchung|rechnung|vorgang|vertrag|kundennummer|auftrag|sendung|nummer)")
_REF_TOKEN = r"#?\s?[A-Z0-9](?:[A-Z0-9]|[-/](?=[A-Z0-9])){2,24}"
_REF_AFTER_WORD = re.compile(
    rf"\b{_REF_WORD}\b(?:\s*(?:no\.?|nr\.?|n[º°o]\.?|number|num(?:ber|éro|ero)|id|ref\.?|#|:)\s*)*\s*(?P<ref>\d{{3,5}}(?: \d{{3,6}}){{1,4}}(?![\w£$€]|[.,]\d)|{_REF_TOKEN})",
    re.IGNORECASE)
# After a ref word, digits in spaced groups are one number ("Kundennummer 550 218 774"), not its first group.
# A bare token that looks like a reference: '#44102', 'A-448213', 'ZP84KL', '7781-22'.
_REF_BARE = re.compile(
    r"(?<![\w£$€.,/-])(?P<ref>#\s?[A-Z]{0,4}-?\d{3,}[\w-]*|(?:[A-Z]{1,5}-){0,3}[A-Z]{0,5}\d{3,}[A-Z0-9-]*"
    r"|(?=[A-Z0-9]{5,12}\b)(?=(?:[A-Z]*\d){2})(?=(?:\d*[A-Z]){2})[A-Z0-9]+"
    r"|\d{2,}-[A-Z0-9]{2,}(?:-[A-Z0-9]+)*|\d{6,}|(?<=ending )\d{4}|(?<=ending in )\d{4}|(?<=endet auf )\d{4}"
    r"|(?<=terminant par )\d{4}|(?<=terminada en )\d{4}|(?<=ref )\d{4}(?: \d{4}){1,3})(?![\w£$€]|[.,]\d)")
# Error codes and flight numbers are not the customer's references.
_NOT_REF_BEFORE = re.compile(r"(?:error|code|código|erreur|fehler\w*|flight|vuelo|vol|flug|kwh|model|modelo|modèle|"
                             r"version|v)\W{0,4}$", re.IGNORECASE)
# A code the text names as one after it ("overwritten with 1257L emergency codes", "the BR tax code", "E17 error code",
# "SPRING15 discount code"): a tax, error or discount code, not an order the reply looks up (nb-65-046 got "I've looked into
# this (1257L)"). "code" before the value is _NOT_REF_BEFORE's.
_NOT_REF_AFTER = re.compile(r"\s+(?:[A-Za-z]+\s+)?(?:codes?|Codes?)\b")
_REGULATION = re.compile(r"(?:EU|UK|CE|EG)[- ]?261(?:/2004)?|261/2004", re.IGNORECASE)
AMOUNT = re.compile(  # a sum of money as written (also what topics reads as money named)
    r"(?<![\w])(?:(?:[£$€]|US\$|CHF|EUR|GBP|USD)\s?\d(?:[\d,.]*\d)?(?:\s?(?:k|m|million|bn)\b)?\+?"
    # a number written as a sum: thousands grouped by one separator, two decimals at most ("1 234,50 €", "2.340 €", "129 €");
    # never ", " between numbers ("order 99120, 23,50 €" is an order and 23,50 €)
    r"|(?:\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+|\d+)(?:[.,]\d{1,2})?\s?(?:€|euros?|EUR|GBP|USD|CHF|dollars?|pounds?|francs?)(?![\w]))",
    re.IGNORECASE)
_MONTHS = (r"january|february|march|april|may|june|july|august|september|october|november|december"
           r"|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec"
           r"|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre"
           r"|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
           r"|januar|februar|märz|april|juni|juli|oktober|dezember")
_WEEKDAYS = (r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|miércoles|jueves|viernes"
             r"|sábado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch"
             r"|donnerstag|freitag|samstag|sonntag")
_RELATIVE = (r"today|tonight|tomorrow(?: morning| night| afternoon| evening)?|yesterday|this (?:morning|afternoon|evening|week)"
             r"|last (?:week|month|night)|next week|end of (?:the )?(?:day|week|month)|hoy|mañana|ayer|esta (?:mañana|tarde|noche)"
             r"|aujourd'hui|demain|hier|ce soir|cet après-midi|heute|morgen|gestern|heute abend|übermorgen")
_TIME = r"\d{1,2}(?:[:.h]\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.|uhr|h\b)|\d{1,2}:\d{2}|noon|midday|midnight|mediodía|midi|mittag"
_DATE = re.compile(
    rf"\b\d{{4}}-\d{{2}}-\d{{2}}\b|\b\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?\b|\b\d{{1,2}}\.\d{{1,2}}\.(?:\d{{2,4}}\b)?"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th|er|º)?\.?\s+(?:of\s+|de\s+)?(?:{_MONTHS})\b\.?(?:\s+(?:de\s+)?\d{{4}})?"
    rf"|\b(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+\d{{4}})?"
    rf"|\bthe\s+\d{{1,2}}(?:st|nd|rd|th)\b"
    rf"|\b(?:(?:this|next|last|on|el|le|am)\s+)?(?:{_WEEKDAYS})(?:\s+(?:morning|afternoon|evening|night|noon))?\b"
    rf"|\b(?:{_RELATIVE})\b|\b(?:at\s+|a las\s+|à\s+|um\s+)?(?:{_TIME})",
    re.IGNORECASE)
_DEADLINE = re.compile(
    rf"\b(?:by|before|until|no later than|latest|antes del?|para el|hasta el?|avant|d'ici(?: à)?|au plus tard|bis(?: spätestens)?|spätestens|vor)\s+"
    rf"(?:the\s+|el\s+|le\s+|la\s+|zum\s+|am\s+)?(?:{_DATE.pattern})(?:\s+(?:{_RELATIVE}|{_WEEKDAYS}))?(?:\s+(?:at\s+)?(?:{_TIME}))?",
    re.IGNORECASE)
# The latest day said after it ("vendredi au plus tard", "el viernes como muy tarde", "Friday at the latest"): the same
# deadline as "by Friday", its words the other way round.
_LATEST = re.compile(
    rf"(?:{_DATE.pattern}),?\s+(?:at the (?:very )?latest|au plus tard|como (?:muy )?tarde|a más tardar|lo más tarde)\b", re.IGNORECASE)
# Why the deadline reads time pressure itself rather than the detector's urgency cue (worker/detector/signals.py,
# CUE_PATTERNS["urgency"], whose words these overlap): the cue says whether there is time pressure, and its evidence
# spans the whole demand; a fact is the words that name the time ("by Friday", "tonight", "urgent") at their offsets,
# quoted in the note and read for the follow-up's wait (situation._deadline_soon). Deferring to the cue would change
# notes: on the 1,282 upset messages of the golden, authored and project sets, _DEMAND_NOW alone sets 51 deadlines,
# 9 of them where the cue is absent. Which side owns "time pressure" is a product decision; until then these stay
# here, and a word one of them already reads is not listed again in the one read after it.
_DEADLINE_OTHER = re.compile(
    rf"\b(?:I|we)(?:'m| am| are)? (?:fly(?:ing)?|leave|leaving|travel(?:l?ing)?|depart(?:ing)?)\s+(?:on\s+)?(?:{_WEEKDAYS}|{_RELATIVE}|in \w+ (?:hours|days))"
    rf"|\b(?:payroll|deadline|flight|wedding|funeral|surgery|presentation|exam|event|closing|launch|rent)\b[^.!?\n]{{0,40}}?\b(?:{_WEEKDAYS}|{_RELATIVE}|{_TIME})\b"
    rf"|\b(?:urgent(?:ly)?|asap|as soon as possible|(?<!effective )immediately(?! effective)|right now|lo antes posible|urgente|dès que possible|sofort|dringend)\b",
    re.IGNORECASE)
# Before a payment still to come leaves ("Please correct this before the direct debit comes out on the 20th", nb-68-072;
# "before the next payment is taken on 1 March", "antes de que se cobre el recibo el 5 de enero", "avant que le
# prélèvement passe le 10 mars", "avant le prélèvement du 10 mars", "bevor die Lastschrift am 20. Dezember abgebucht
# wird", "vor der Abbuchung am 20. Dezember"): by when they need it, said with the payment's day.
_PAYMENT_NOUN = (r"(?:direct debit|debit|payment|instal?lment|bill|charge|renewal|recibo|cargo|cobro|pago|domiciliación|prélèvement|paiement"
                 r"|échéance|lastschrift|abbuchung|zahlung|rate|betrag)")
_BEFORE_PAYMENT = re.compile(
    rf"\b(?:before|antes de que|avant que|bevor)\s+(?:\S+\s+){{0,2}}?(?:(?:the|my|our|your|next|this|month's|el|la|mi|le|la|mon|ma|prochain|próximo|die|der|das|nächste)\s+){{0,3}}"
    rf"{_PAYMENT_NOUN}\s+(?:\S+\s+){{0,4}}?(?:on|el|le|am|zum)\s+(?:{_DATE.pattern})(?:\s+(?:abgebucht|eingezogen|abgeht|fällig)(?:\s+wird)?)?"
    rf"|\b(?:avant le|vor der|antes del)\s+{_PAYMENT_NOUN}\s+(?:du|am|del)\s+(?:{_DATE.pattern})",
    re.IGNORECASE)
# "Cancel it, effective immediately": when a cancellation takes effect, not when they need an answer (the lookarounds
# above).
# A window counted from now ("get it here in the next two hours", "give me an ETA within the hour", "dans les deux
# prochaines heures"), only in a sentence that asks or sets a condition: "she rang me back within the hour" and "it
# failed again within 48 hours" are the story.
_WINDOW = re.compile(
    r"\b(?:in|within) the next (?:\w+ )?(?:hours?|minutes)\b|\bwithin the hour\b|\ben las próximas (?:\w+ )?horas\b"
    r"|\ben la próxima hora\b|\bdans (?:les (?:\w+ )?prochaines heures|l'heure)\b|\bin den nächsten (?:\w+ )?Stunden\b|\binnerhalb der nächsten (?:\w+ )?Stunden?\b",
    re.IGNORECASE)
# The words of a request (English), read by _ASKS (a sentence that asks for something) and _ASKS_OR_IF (one that asks
# or sets a condition, in the four languages).
_REQUEST_WORDS = r"need|want|expect|please|must|have to|get|send|fix|sort|call|ring"
_ASKS_OR_IF = re.compile(rf"\b(?:{_REQUEST_WORDS}|can|could|give|tell|phone|confirm|if|either|or|otherwise"
                         r"|necesito|quiero|por favor|si|o|je veux|il faut|sinon|ou|ich brauche|ich will|bitte|wenn|sonst|oder)\b", re.IGNORECASE)


def _window_deadline(own: str, m: re.Match) -> bool:
    start, end = _sentence_near(own, m.start(), m.end())
    return bool(_ASKS_OR_IF.search(own, start, end))
# What they have on at a clock time today or tomorrow, told in the present ("we complete today and the buyers get the keys
# at 2pm", "los compradores recogen las llaves hoy a las 14:00", "le déménageur arrive demain à 8h", "der Notar ist heute
# um 15 Uhr"): the time their stake falls due, so the follow-up must come before it (promise.before_the_clock). Present
# forms only, so a time in the story ("I called at 2pm") is none; the day word in the same sentence, so a habit ("you
# close at 5pm") is none. The fact is the event and its time ("get the keys at 2pm"), not the sentence before it.
_CLOCK_VERBS = (r"is|are|get|gets|arrive|arrives|come|comes|start|starts|leave|leaves|close|closes|runs?|opens?|begins?|departs?"
                r"|boards?|lands?|completes?|collects?|picks? up|hand(?:s)? over|kicks? off|takes? off|need (?:it|them|this)"
                r"|es|son|sale|salen|llega|llegan|empieza|empiezan|cierra|cierran|recoge|recogen|tengo|tenemos"
                r"|est|sont|part|partent|arrive|arrivent|commence|commencent|ferme|ferment|récupère|récupèrent|j'ai|nous avons"
                r"|ist|sind|geht|gehen|fährt|fliegt|fliegen|beginnt|startet|schließt|kommt|kommen|habe|haben|übergeben")
_CLOCK_DAYS = (r"today|tonight|tomorrow|this (?:morning|afternoon|evening)|hoy|(?<!la )mañana|esta (?:tarde|noche)|aujourd'hui|demain"
              r"|ce (?:soir|matin)|cet après-midi|heute|morgen|heute (?:abend|nachmittag|früh)")
# ("14h30" only here: elsewhere "un retard de 1h10" is a length of time, not a time of day)
_CLOCK_AT = re.compile(rf"\b(?:{_CLOCK_VERBS})\b(?: [^\s.!?;,]+){{0,4}}? (?:at|a las|à|um) (?:\d{{1,2}}h\d{{2}}\b|{_TIME})", re.IGNORECASE)
_CLOCK_DAY = re.compile(rf"\b(?:{_CLOCK_DAYS})\b", re.IGNORECASE)
# "I was told today the engineer comes at 9am": the company's word, reported in the present.
_TOLD = re.compile(r"\b(?:told|said|says|assured|promised|informed|confirmed|dijeron|dijo|aseguraron|dit|assuré|promis|gesagt|versprochen"
                   r"|zugesagt|hieß)\b", re.IGNORECASE)
_CLAUSE_BREAK = r"(?:and|und|et|y|but|mais|pero|aber|so|because|weil|car|porque)\b"
_CLAUSE_HEAD = re.compile(rf"(?:^|[,;:!?\n(–—]|\s-\s|\.\s|\b{_CLAUSE_BREAK})\s*(?!{_CLAUSE_BREAK})((?:[^\s,;:.!?]+ ){{1,4}})$", re.IGNORECASE)
_CLAUSE_TAIL = re.compile(rf"(?:(?! {_CLAUSE_BREAK}) [^\s,;:.!?()]+){{1,6}}(?=\s*(?:[,;:.!?()\n]|$| {_CLAUSE_BREAK}))", re.IGNORECASE)


# A demand for today or now ("Send it today", "I need someone to fix this NOW", "hoy mismo", "noch heute"): the time
# word itself is the deadline; "now" of a perfect ("send photos, which I have now done three times") is not.
# Only after a demand, so "today I got a letter" sets nothing. Read only when
# _DEADLINE_OTHER found nothing, so it leaves out what that already holds ("right now"; "jetzt sofort" has "sofort").
# "now" opening a clause the story goes on in ("she said she'd cancel it, and now I've had a reminder letter", "refund
# me, now they're saying"): what has happened since, not when they need it ("cancel it now, I am leaving" still is).
_NOW_TELLS = r",? (?:I|we|they|he|she|it|there|you)(?:'ve|'m|'re|'s|'d| have| has| had| am| is| are| was| were| got| get| keep)\b"
# (When a cancellation takes effect, "cancel my plan from today", "as of today", is no deadline either.)
_DEMAND_NOW = re.compile(
    r"\b(?:I (?:want|need|expect)|we (?:want|need|expect)|(?:please )?(?:send|fix|release|sort|refund|call|ring|stop|cancel"
    r"|unblock|restore|reply|respond|help|reinstate|reconnect|reverse|(?:put|pay|give) (?:it|them|the money|that|this|my money|our money|everything)"
    rf" back)\b)[^.!?\n]{{0,40}}?\b(?<!from )(?<!as of )(?<!starting )(?<!effective )(?P<when>today|tonight|(?:(?<!and )(?<!but )(?<!so )(?<!, )now|now(?!{_NOW_TELLS}))(?! on\b)(?<!have now)(?<!has now)(?<!'ve now)|this (?:morning|afternoon|evening))\b"
    r"|\b(?P<other>hoy mismo|esta (?:misma )?noche|ahora mismo|aujourd'hui même|dès ce soir|noch heute|heute noch)\b",
    re.IGNORECASE)
# An answer, a call or an act asked for within hours, beside a later deadline: "I need the terminals by Friday, or tell
# me honestly today", "phone me within the hour", "Necesito una respuesta hoy, no el lunes", "me rappeler aujourd'hui",
# "Bitte entsperrt das Konto sofort" (nb-33-055, nb-41-088, nb-42-028, nb-36-008, nb-21-088). The deadline said back
# stays the later one; the follow-up comes within hours (promise.followup_after). Not when a closure takes effect ("cancel
# it from today", "effective today") nor "ab sofort" (from now on).
_WANTED_WITHIN_HOURS = re.compile(
    r"\b(?:I (?:want|need|expect|must)|we (?:want|need|expect|must)|(?:please|can you|could you|can someone|could someone)\b"
    r"|(?:tell|let|call|phone|ring|get back to|reply to|answer) me"
    r"|necesito|necesitamos|quiero|exijo|(?:llam|contest|respond|escrib|avis)(?:adme|enme|ame|eme)|d[ií]g(?:ame|anme)|dime|decidme"
    r"|desbloque(?:ad|en|a)|envi(?:adme|enme|ad|en)|mand(?:adme|enme)"
    r"|j'ai besoin|je (?:veux|demande|souhaite|voudrais)|merci de|pouvez-vous|pourriez-vous|rappelez|me rappeler|me dire|dites-moi|répondez|débloquez|envoyez"
    r"|ich (?:brauche|will|möchte|erwarte)|wir (?:brauchen|wollen|erwarten)|bitte|rufen sie|ruf mich|entsperr\w*|melden sie sich|schicken sie)"
    r"[^.!?\n]{0,60}?(?<!\bab )(?<!\bfrom )(?<!\bas of )(?<!\bstarting )(?<!\beffective )(?<!\bdesde )(?<!\bà partir d')(?<!\bdès )"
    r"\b(?:today|tonight|within (?:the|an|one) hour|in the next hour|this (?:morning|afternoon|evening)|right now|immediately"
    r"|hoy|esta (?:noche|tarde|mañana)|ahora mismo|en (?:menos de )?una hora|aujourd'hui|ce (?:soir|matin)|dans l'heure|tout de suite|immédiatement"
    r"|heute|sofort|innerhalb (?:einer|der nächsten) stunde)\b",
    re.IGNORECASE)
# "no puedo con esto ahora mismo", "I can't cope with this right now": how they are, not when they need it (nb-23-099).
_CANNOT_BEFORE = re.compile(r"\b(?:no puedo|no podemos|je ne peux|je n'en peux|ich kann nicht|can'?t|cannot)\b[^.!?\n]*$", re.IGNORECASE)
# "So right now I can't take a single card payment", "Right now there is no signal": "right now" opening its clause, before
# the state it describes, says what is true at present, not when they need it (their "I need an engineer today" is read
# instead); after a demand ("lock my account right now, I'm panicking") it is the deadline.
_CLAUSE_OPENING = re.compile(r"(?:^|[.!?;:\n]|\b(?:so|and|but|because|as|since|cause|'cause))\s*$", re.IGNORECASE)
_CLAUSE_OPENING_ES = re.compile(r"(?:^|[.!?;:,\n]|\b(?:y|pero|porque|pues|que|así que))\s*$", re.IGNORECASE)
# (a subject of any person: "and right now you're top of the list to be replaced" tells where they stand, too)
_STATE_AFTER = re.compile(r",?\s+(?:I|we|it|there|the|my|our|you|your|they|their|he|she|his|her|this|that|these|those|nothing"
                          r"|no one|nobody|everything|everyone)\b", re.IGNORECASE)


# "with everything going on right now", "con todo lo que tenemos encima ahora mismo", "avec tout ce qu'on vit en ce
# moment", "bei allem, was gerade los ist": the time word closes the state they are in, told before it, not when they
# need it (nb-62-025; session 20's _STATE_AFTER read the state told after "right now"). In Spanish the state also follows
# "ahora mismo" opening its clause ("Tengo dos niños y ahora mismo me quedan 40 € en la cuenta", nb-42-011).
_STATE_BEFORE = re.compile(r"\b(?:(?:with|con|avec|bei|mit) (?:all|everything|todo|tout|allem|alle[mns]?)\b"
                           r"|what (?:we|I|they)(?:'re| are| am|'m) (?:going through|dealing with|living with)"
                           r"|lo que (?:estamos|estoy|están) (?:pasando|viviendo)|ce que (?:nous|je|on) (?:vivons|vis|vit|traversons|traverse))"
                           r"[^.!?\n]{0,60}$", re.IGNORECASE)
_ESTADO_DESPUES = re.compile(r",?\s+(?:me|te|nos|les?|no|estoy|estamos|está|están|tengo|tenemos|hay|es|son|soy|somos|vivimos|vivo)\b",
                             re.IGNORECASE)


def _state_now(own: str, start: int, end: int) -> bool:
    """'right now' / 'ahora mismo' telling their state (_STATE_BEFORE, _ESTADO_DESPUES), not when they need it."""
    if _STATE_BEFORE.search(own[max(0, start - 80):start]):
        return True
    return own[start:end].lower() == "ahora mismo" and bool(_ESTADO_DESPUES.match(own, end)) \
        and bool(_CLAUSE_OPENING_ES.search(own[max(0, start - 30):start]))


def _at_present(own: str, start: int, end: int) -> bool:
    if own[start:end].lower() != "right now":
        return False
    if _state_now(own, start, end):
        return True
    if _STATE_AFTER.match(own, end) and _CLAUSE_OPENING.search(own[max(0, start - 30):start]):
        return True
    # "It's 11 degrees in her living room right now.": closing a sentence that asks for nothing, it too tells the state.
    begin, stop = _sentence_near(own, start, end)
    return bool(_SENTENCE_END.match(own, end)) and not _ASKS.search(own, begin, stop)


_SENTENCE_END = re.compile(r"\s*(?:[.!?\n]|$)")
_ASKS = re.compile(rf"\b(?:{_REQUEST_WORDS}|can you|could you|help|do something)\b", re.IGNORECASE)


# "bis heute", "until now", "hasta hoy": how long it has lasted, not when they need it.
_SO_FAR = re.compile(r"(?:until|till|up to|bis|hasta|jusqu'?à|à ce)\s+(?:today|now|this day|heute|jetzt|dato|hoy|ahora|aujourd'hui|maintenant|jour)\s*$",
                     re.IGNORECASE)
# "You promised it for Monday", "me lo prometisteis para el lunes", "was due by Friday": the company's date that passed,
# not a deadline of theirs.
# So is the delivery date the company scheduled ("con entrega prevista para el 14 de diciembre", "estimated delivery
# before Friday", "livraison prévue avant le 14", "Lieferung geplant bis Freitag", nb-67-059: the draft said "Sé que lo
# necesita resuelto para el 14 de diciembre" to a customer cancelling because that date was missed). Only a delivery's:
# "my surgery is scheduled", "the launch night we planned" are their own stake.
_SCHEDULED_DELIVERY = (r"(?:delivery|arrival|dispatch|shipping|entrega|llegada|envío|livraison|arrivée|expédition|lieferung|zustellung|versand)"
                       r"\s+(?:date\s+|slot\s+)?(?:scheduled|estimated|expected|planned|previst[oa]|programad[oa]|estimad[oa]|prévue?"
                       r"|planifiée?|geplant|vorgesehen|avisiert)"
                       r"|(?:scheduled|estimated|expected|planned|geplante?n?|vorgesehene?n?) (?:delivery|arrival|lieferung|zustellung)"
                       r"|(?:fecha|día) (?:prevista|programada|estimada) de (?:entrega|llegada)|date (?:de livraison|d'arrivée) prévue")
# So is the delivery date the site, the app, the tracking or the confirmation stated ("The site said delivery by 10
# December. It's the 16th", nb-68-065: the draft said "I know you need this sorted by 10 December"; "your app showed
# arriving before Friday", "you quoted delivery by the 3rd", "le site annonçait une livraison avant le 10", "la web
# decía entrega antes del 10", "laut Website Lieferung bis zum 10."): the company's date, told with its source. Their
# own "I said delivery by Friday was essential" stays theirs; "your email said I must submit by midnight" has no delivery.
_STATED_DELIVERY = (r"(?<!\bI )(?<!\bwe )(?:said|says|stated|states|showed|shows|quoted|quotes|advertised|advertises|listed|displayed|gave|promised)"
                    r"\s+(?:(?:a|an|the|its|free|next-day|standard|express|tracked|me|us)\s+){0,2}(?:delivery|arrival|dispatch|arriving|delivered|dispatched)"
                    r"|(?:according to|going by) (?:the|your|their|its) (?:\w+ )?(?:site|website|app|tracking|email|e-mail|confirmation|listing|page)"
                    r"|(?:annonçait|annonce|indiquait|indique|affichait|affiche|promettait|disait)\s+(?:une |la |un )?(?:livraison|arrivée|expédition|livré)"
                    r"|(?:decía|dice|ponía|pone|indicaba|indica|anunciaba|mostraba|prometía)\s+(?:la |una )?(?:entrega|llegada|envío|entregado)"
                    r"|según (?:la|el|vuestra|vuestro|su) (?:web|página|app|aplicación|seguimiento|correo|confirmación)"
                    r"|(?:selon|d'après) (?:le|la|votre|leur) (?:site|appli\w*|suivi|mail|courriel|confirmation)"
                    r"|(?:laut|gemäß) (?:der |dem |ihrer |ihrem |eurer |eurem )?(?:\w*website|webseite|\w*shop|homepage|app|sendungsverfolgung|tracking"
                    r"|\w*bestätigung|e-mail|mail)")
_PROMISED_FOR = re.compile(r"\b(?:promised|promise|was due|were due|due|guaranteed|supposed to (?:arrive|be here|come)|prometi\w*|promis\w*"
                           r"|garanti\w*|versprochen|zugesagt|angekündigt|zugesichert|should have (?:arrived|been \w+)"
                           rf"|{_SCHEDULED_DELIVERY}|{_STATED_DELIVERY})\b(?:\s+[^\s.!?;]+){{0,6}}\s*$", re.IGNORECASE)
# "I was told a supervisor would ring me 'by end of day'", "me dijeron que llegaría antes del lunes", "on m'a assuré
# que ce serait réglé avant vendredi", "es hieß, bis Freitag": the company's word reported, a date that passed or a
# promise of theirs, not when the customer needs it. So is a time inside quotation marks, the company's own words.
_REPORTED_PROMISE = re.compile(
    r"(?:(?<!\bI )(?<!\bwe )\b(?:told|said|assured|informed|promised|wrote|replied|answered)\b(?: (?:me|us))?[^.!?\n]{0,60}\b(?:would|will|'d|was going to|were going to)\b"
    r"|\b(?:me|nos) (?:dijeron|dijo|aseguraron|aseguró|prometieron|prometió|escribieron|contestaron) que\b"
    r"|\bon m'a (?:dit|assuré|promis|écrit|répondu) que\b|\b(?:ils|elle|il) m'(?:a|ont) (?:dit|assuré|promis|écrit) que\b"
    r"|\b(?:man hat mir|sie haben mir|mir wurde|uns wurde) (?:\S+ ){0,2}(?:gesagt|versichert|versprochen|zugesagt|geschrieben)|\b(?:hieß es|es hieß)\b)"
    r"(?![^.!?\n]*\b(?:please|I need|I want|we need|we want|por favor|necesito|s'il vous plaît|il me faut|bitte|ich brauche)\b)[^.!?\n]{0,50}$",
    re.IGNORECASE)
_OPEN_QUOTE = re.compile(r"[\"“‘'«„]\s?$")


# "I ordered a wreath (order 20391) to be delivered to the funeral directors by 9:30am today. It never arrived": the
# order's delivery time, told with the ordering, not when they need an answer.
_ORDERED_FOR = re.compile(r"\b(?:ordered|booked|bought|paid for|commandé|commandée|pedí|encargué|bestellt|gebucht)\b(?:[^.!?\n]|\.(?=\d)){0,100}"
                          r"\b(?:to be delivered|for delivery|to arrive|livrable|à livrer|livré|para (?:entregar|la entrega)|"
                          r"para que (?:llegara|lo entregaran)|zur lieferung|geliefert werden sollte|zu liefern)\b[^.!?\n]{0,60}$",
                          re.IGNORECASE)


def _theirs(own: str, start: int) -> bool:
    """The deadline at `start` is the company's words, reported ("told me it would ...") or quoted ("'by Friday'"), or
    the delivery time of what they ordered."""
    return bool(_OPEN_QUOTE.search(own, max(0, start - 2), start) or _REPORTED_PROMISE.search(own, max(0, start - 120), start)
                or _ORDERED_FOR.search(own, max(0, start - 200), start))


# "It was at 100% at 8am and dead by 9:15", "sold out by noon", "leer bis 10 Uhr": a state the story reached by a
# time, not when they need something, unless a demand or a condition comes before it in the sentence ("I need it back
# up by 9", "if they are not gone by Friday").
_STATE_BY = re.compile(r"\b(?:dead|gone|flat|empty|over|down|sold out|dark|cold|full|leer|weg|tot|aus|ausverkauft|mort[e]?|vide|"
                       r"à plat|épuisée?s?|muert[oa]|vac[ií][oa]|agotad[oa]s?)\s*,?\s*$", re.IGNORECASE)
# ("expect" in the four languages: "Ich erwarte bis Freitag eine Stellungnahme, warum ... nicht gemeldet wurde" asks, its
# past is the grievance, nb-54-007.)
_DEMAND_BEFORE = re.compile(r"\b(?:need|want|please|must|expect|require|brauche|bitte|muss|erwarte|erwarten|fordere|necesito|quiero|"
                            r"exijo|por favor|il (?:me )?faut|je veux|j'attends|j'exige|merci de)\b[^.!?\n]*$", re.IGNORECASE)


# The time of a trip or an event that has been called off is no deadline of theirs: "The return flight Lisbon-Manchester
# tonight was cancelled", "Our flight to Porto tomorrow has been cancelled", "la boda prevista para el 20 de septiembre"
# that they had to cancel, "Tenía reserva para el martes ... queda cancelada", "our flight was delayed by six hours on
# Saturday" (nb-33-057, nb-29-089, nb-38-037, nb-40-054, nb-23-099, nb-41-074, nb-42-023): the draft said "I know time
# is short for you ("flight Lisbon-Manchester tonight")". A threat to cancel ("if it isn't here by Saturday, cancel the
# whole thing", "by tonight I'm cancelling") is no event called off.
_CALLED_OFF_AFTER = re.compile(
    r"[^.!?\n]{0,120}?\b(?:(?:was|were|has|have|had|is|are|got)\s+(?:just\s+|now\s+|also\s+)?(?:been\s+)?"
    r"(?:cancell?ed|called off|delayed|scrapped|axed)|(?:ha|han) sido cancelad\w*|fue cancelad\w*|(?:queda|quedó) cancelad\w*|se ha cancelado"
    r"|(?:a|ont) été (?:annulée?s?|retardée?s?)|(?:est|sont) annulée?s?|(?:ist|sind|wurde|wurden) (?:\w+ )?(?:gestrichen|annulliert|abgesagt|ausgefallen))\b",
    re.IGNORECASE)
_CALLED_OFF_BEFORE = re.compile(r"\b(?:cancel(?:ar|ado|led|ed)?|annul(?:er|é)|absagen|abgesagt)\s+(?:the|our|my|la|el|le|notre|unsere?n?)\s+\w+"
                                r"(?:\s+(?:prevista|previsto|prévue?|planned|booked|scheduled|geplante?))?\s*$", re.IGNORECASE)


# ... nor is the next one offered instead, which they cannot wait for: "The next flight the app shows is Thursday"
# (nb-29-089), "the earliest sailing is Sunday"; "I need you to rebook us on the next available flight today" is theirs.
_OFFERED_BEFORE = re.compile(r"\b(?:next|earliest|first)\s+(?:available\s+)?$", re.IGNORECASE)


# An event told as the story, in the past ("The photographer you sent to our wedding on Saturday spent the reception at
# the bar", "Mein Sohn ist heute im Kurs um 16 Uhr kurz untergegangen", "la boda del sábado fue un desastre", "notre
# mariage samedi a été gâché"): it happened, so its day is no time they need something by (nb-65-015, nb-65-087: the
# draft said "I know time is short for you ("wedding on Saturday")"). A sentence that also speaks in the present or the
# future, asks or sets a condition keeps its deadline ("our wedding is on Saturday and the photographer never replied").
_PAST_TOLD = re.compile(
    r"\b(?:was|were|spent|went|came|turned up|showed up|left|did|happened|ruined|forgot|ignored|refused|missed|arrived|sent|drank"
    r"|fue|fueron|estuvo|estuvieron|pasó|llegó|llegaron|ocurrió|se presentó|arruinó|era|estaba"
    r"|a été|ont été|était|étaient|a eu lieu|s'est (?:passée?|mal passée?)|a (?:passé|gâché|oublié|raté|ignoré)"
    r"|war|waren|wurde|wurden|passierte|geschah)\b"
    r"|\b(?:ist|sind|hat|haben|habe|bin)\b[^.!?\n,;]{0,60}?\b(?!(?:angekündigt|geplant|vereinbart|angesetzt|gebucht|terminiert"
    r"|bestellt|zugesagt|versprochen|bestätigt)\b)\w*ge[a-zäöüß]{2,}(?:en|t)\b(?=\s*(?:[.!?\n,;]|$|und\b|aber\b))",
    re.IGNORECASE)
_NOT_PAST = re.compile(r"\b(?:is|are|will|shall|has|have|hasn't|haven't|need|needs|must|going to|it's|that's|there's|we're|i'm"
                       r"|será|serán|va a|vamos a|voy a|tengo que|hay que|necesit\w+|sera|seront|il faut|dois|doit|va être"
                       r"|wird|werden|muss|müssen|brauche|brauchen)\b|'ll\b", re.IGNORECASE)


_CLAUSE_JOIN = re.compile(r"\b(?:and|but|und|aber|y|pero|et|mais)\b|;", re.IGNORECASE)


def _told_past(own: str, start: int, end: int) -> bool:
    """The deadline at own[start:end] is the time of an event its clause tells as past, in a sentence with no present,
    ask or if. Only its own clause: "That was my rent money and my landlord takes it on Friday" keeps Friday."""
    begin, stop = _sentence_near(own, start, end)
    sentence = own[begin:stop]
    if _NOT_PAST.search(sentence) or _CONDITION.search(sentence) or _DEMAND_BEFORE.search(sentence):
        return False
    joins = [m for m in _CLAUSE_JOIN.finditer(own, begin, stop)]
    lo = max((m.end() for m in joins if m.end() <= end), default=begin)  # the clause of the time, which ends the match
    hi = min((m.start() for m in joins if m.start() >= end), default=stop)
    return bool(_PAST_TOLD.search(own, lo, hi))


def _called_off(own: str, start: int) -> bool:
    """The deadline at `start` is the time of a trip or event called off, or of the next one offered (above)."""
    begin, stop = _sentence_near(own, start, start)
    return bool(_CALLED_OFF_AFTER.match(own[start:stop]) or _CALLED_OFF_BEFORE.search(own, max(begin, start - 60), start)
                or (bool(_OFFERED_BEFORE.search(own, max(begin, start - 20), start))
                    and not _DEMAND_BEFORE.search(own, begin, start)))


def _story_state(own: str, start: int) -> bool:
    sentence = _sentence_before(own, start, 80)
    return bool(_STATE_BY.search(sentence)) and not _DEMAND_BEFORE.search(sentence) and not _CONDITION.search(sentence)


# "By Monday night the screen just went black": a time in the story, not a deadline; the clause after it is told in
# the past, or in the present perfect ("by Thursday it's dropped half its needles", nb-67-051), and so in the other
# languages: "para el jueves ya se había roto", "avant mardi il avait lâché", "bis Donnerstag hatte er ..." (German puts
# the verb right after the time).
_TOLD_AFTER = re.compile(
    r",?\s+(?:(?:the|my|our|it|he|she|they|we|i|this|that|everything|nothing)\b(?:['’](?:s|d|ve)(?!\s+got\b))?(?:\s+\S+){0,3}?\s+"
    r"(?:(?!(?:need|feed|speed|proceed|exceed|succeed)\b)\w+ed|went|was|were|had|did|came|got|broke|stopped|died|froze|fell|began|started|left"
    r"|sent|told|gone|lost|broken|fallen)"
    r"|(?:ya\s+)?(?:se\s+|me\s+|le\s+|lo\s+|la\s+|nos\s+|les\s+)?(?:había|habían|habíamos|estaba|estaban|fue|fueron)"
    r"|(?:il|elle|ils|elles|on|tout|nous)\s+(?:avait|avaient|avions|était|étaient|étions)|j'(?:avais|étais)"
    r"|(?:hatte|hatten|war|waren|wurde|wurden))\b",
    re.IGNORECASE)
_PROMISED_AFTER = re.compile(r"\s*(?:versprochen|zugesagt|zugesichert|angekündigt|garantiert)\b", re.IGNORECASE)  # "bis Montag versprochen"
# "There are no vehicles available until tomorrow afternoon", "no hay técnicos hasta el lunes", "kein Termin bis
# Freitag": how long the company makes them wait, not when they need it. Only "until" words (jusqu'à too, should
# _DEADLINE ever read it), after a negation in the same sentence with no condition ("if it isn't fixed until..." stays
# a deadline).
_UNTIL_WORDS = re.compile(r"(?:until|till|hasta|jusqu'?à|bis)\b", re.IGNORECASE)
# ("sin alternativa hasta el viernes", "with no seats until Thursday": the company's offer, nb-41-074.)
_WAIT_BEFORE = re.compile(r"(?:n't\b|\b(?:no|not|never|nothing|none|unavailable|cannot|ningún|ninguna|ninguno|nada|nadie|pas|aucun|aucune|sin|sans|ohne"
                          r"|rien|nicht|kein\w*|nichts|niemand|erst)\b)[^.!?\n]*$", re.IGNORECASE)
_CONDITION = re.compile(r"\b(?:if|unless|si|wenn|falls|sonst|otherwise)\b", re.IGNORECASE)


# "vom 28.09. bis 01.10.", "from 3 May until 7 May", "desde el lunes hasta el viernes": the end of a span of days they
# tell (a stay, a closure, an outage), not when they need something. Only "until" words, after "from" and a date.
_SPAN_FROM = re.compile(rf"\b(?:from|vom|von|desde|del|du|depuis)\s+(?:the\s+|el\s+|le\s+|dem\s+)?(?:{_DATE.pattern})\s*$",
                        re.IGNORECASE)


def _span_end(own: str, start: int) -> bool:
    return bool(_SPAN_FROM.search(own, max(0, start - 60), start))


def _sentence_before(own: str, start: int, reach: int) -> str:
    """The words of start's sentence before it, at most `reach` characters back."""
    before = own[max(0, start - reach):start]
    return before[max(before.rfind("."), before.rfind("!"), before.rfind("?"), before.rfind("\n")) + 1:]


# "we're at my in-laws' until the 27th", "I'm here until Sunday", "valid until 30 November", "could I keep the locker
# until 30 April", "estamos fuera hasta el 27": "until" telling how long a state lasts, not by when they need something
# (nb-67-091, nb-15-050, nb-7-001, nb-33-054, nb-53-034, nb-67-044, nb-42-061, hd-0148, hd-0167). In English and Spanish a
# need says by when ("by", "before", "antes del"); "until" is one only where they give or have the time ("You have until
# Friday", "I'm giving it until Friday", "I've only got until Sunday", "les doy hasta el lunes": nb-30-025, nb-51-007,
# nb-54-068, hd-0132) or set a condition. German "bis" is the need's own word ("bis Freitag"), except before where they
# will be ("wir sind bis zum 27. verreist").
_UNTIL_GIVEN = re.compile(r"(?:\b(?:have|has|had|got|give|gives|giving|gave|given|allow|allowing|tienen|tiene|tenéis|tienes|tengo|tenemos"
                          r"|doy|damos|dais|dan|dado)|'ve)(?:\s+(?:you|them|it|me|us|him|her|only|just|still|les|le|os|te|nos|solo|sólo"
                          r"|de plazo))*\s+$", re.IGNORECASE)
_AWAY_AFTER = re.compile(r"\s*(?:verreist|im urlaub|in (?:den )?urlaub|unterwegs|im krankenhaus|im ausland|abwesend|nicht (?:da|zu hause|erreichbar)"
                         r"|geschlossen|außer haus|auf reisen|auf dienstreise)\b", re.IGNORECASE)


def _how_long(own: str, start: int, end: int) -> bool:
    """The "until" time at own[start:end] says how long a state lasts (above), not by when they need something."""
    if _CONDITION.search(_sentence_before(own, start, 80)):
        return False  # "Wenn die bis Freitag nicht da ist, ...", "if it isn't fixed until Monday"
    if own[start:start + 3].lower() == "bis":
        return bool(_AWAY_AFTER.match(own, end))
    return not _UNTIL_GIVEN.search(own, max(0, start - 40), start)


def _company_wait(own: str, start: int) -> bool:
    """The "until" deadline at `start` follows a negation in its sentence, with no condition: the company's wait."""
    before = _sentence_before(own, start, 60)
    return bool(_WAIT_BEFORE.search(before)) and not _CONDITION.search(before)
_BY_WORDS = r"(?:by|before|until|no later than|latest|antes|para|hasta|avant|d'ici|au plus tard|bis|spätestens|vor)\b"
_CHARGE_WORDS = re.compile(r"charg|debit|billed|bill\b|took|taken|cobr|carg|prélev|débit|factur|abgebucht|abbuch|belast"
                           r"|berechnet|payment|paid|pago|pagué|payé|bezahlt|renew", re.IGNORECASE)
_CANCEL_WORDS = re.compile(r"cancel|cancel·|cancelé|annul|résili|kündig|gekündigt|storn|baja", re.IGNORECASE)
_ORDER_WORDS = re.compile(r"order|ordered|bought|purchas|pedido|pedí|compr|command|bestell|gekauft", re.IGNORECASE)
_DELIVERY_WORDS = re.compile(r"deliver|arriv|ship|dispatch|due|entreg|lleg|livr|arriv|liefer|zugestellt|ankommen",
                             re.IGNORECASE)

_COUNT_WORDS = {"once": 1, "twice": 2, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "several": 3, "seis": 6,
                "sechs": 6, "varios": 3,
                "multiple": 3, "many": 3, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "varias": 3, "deux": 2,
                "trois": 3, "quatre": 4, "cinq": 5, "plusieurs": 3, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5,
                "mehrere": 3, "zweimal": 2, "dreimal": 3, "viermal": 4, "fünfmal": 5, "mehrmals": 3}
_ORDINALS = {"2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "6th": 6, "segundo": 2, "tercer": 3, "tercero": 3, "cuarto": 4, "quinto": 5, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "segunda": 2, "tercera": 3, "cuarta": 4,
             "quinta": 5, "sexta": 6, "sexto": 6, "deuxième": 2, "troisième": 3, "quatrième": 4, "cinquième": 5, "sixième": 6,
             "zweite": 2, "dritte": 3, "vierte": 4, "fünfte": 5, "sechste": 6}
_CONTACT_VERB = (r"(?:called|rang|phoned|emailed|e-mailed|written|wrote|contacted|chased|messaged|asked|reported|raised|sent"
                 r"|spoke|spoken|complained|tried(?= (?:to )?(?:call|ring|phone|e-?mail|contact|reach|get through|speak|talk|chat|message|write)\w*)|llamado|escrito|contactado|reclamado|llamé|escribí|appelé|écrit|relancé"
                 r"|contacté|signalé|demandé|angerufen|geschrieben|gemeldet|nachgefragt|reklamiert|kontaktiert)")
# "I called four times" counts; "your rep called me four times" is them contacting the customer, and does not. "Tried"
# counts only with a way of reaching someone after it ("tried calling 3 times"): "Tried 6 times, tried the QR" at a
# locker is attempts at a machine.
# A number that counts time, not contacts: "I asked you five weeks ago", "I emailed three working days ago", "escribí
# hace dos semanas" (the count's word is the unit after it).
_DURATION_AFTER = (r"[\s-]+(?:working |business |full |whole )?(?:weeks?|days?|months?|years?|hours?|hrs?|minutes?|mins?|semanas?|d[ií]as|meses"
                   r"|años|horas|minutos|semaines?|jours?|mois|ans|heures|wochen|tagen?|monaten?|jahren?|stunden|minuten)\b")
_CONTACTS_TIMES = re.compile(
    # "3 tickets" counts support tickets they opened, not tickets they bought ("I bought 4 tickets for tonight")
    r"\b(?:opened|raised|logged|submitted|filed|created|abierto|ouvert|eröffnet|erstellt)\b[^.!?\n]{0,20}?"
    r"\b(?P<n3>\d+|two|three|four|five|several|multiple|dos|tres|cuatro|varios|deux|trois|quatre|plusieurs|zwei|drei"
    r"|vier|mehrere)\s+(?:support |separate |different )?tickets\b"
    rf"|{_CONTACT_VERB}\b(?! (?:me|us|mich|uns)\b)[^.!?\n]{{0,40}}?\b(?P<n>\d+|once|twice|two|three|four|five|six|several|multiple|many|dos|tres"
    rf"|cuatro|cinco|varias|deux|trois|quatre|cinq|plusieurs)(?!{_DURATION_AFTER})\s*(?:times|veces|fois|mal)?\b"
    rf"|\b(?P<n2>(?:\d+|two|three|four|five|six|several|multiple|dos|tres|cuatro|cinco|seis|varias|varios|deux|trois|quatre|cinq|six|plusieurs|zwei|drei|vier|fünf|sechs|mehrere)\s+(?:e-?mails?|calls|phone calls|emails|messages|correos|llamadas|mensajes|appels|courriels|mails|anrufe|e-mails|different agents|agents))\b"
    # German puts the count before the verb: "ich habe schon zweimal nachgefragt", "dreimal angerufen"
    r"|\b(?P<n4>zweimal|dreimal|viermal|fünfmal|mehrmals)\b[^.!?\n]{0,30}?\b(?:angerufen|geschrieben|gemeldet|nachgefragt|reklamiert|kontaktiert|gemailt)\b",
    re.IGNORECASE)
# What a contact is called, in the four languages: an ordinal before one counts their contacts ("my third email").
# "Mail" alone is the e-mail in German and French ("die zweite Mail, die ich euch dazu schreibe", "mon troisième mail",
# nb-63-067).
_CONTACT_NOUNS = (r"e-?mail|mail|message|request|letter|correo|mensaje|llamada|carta|courriel|lettre|appel|relance|anruf|brief|schreiben|ticket|complaint"
                  r"|nachricht|anfrage|beschwerde|reklamation|solicitud|reclamaci[oó]n|queja|demande|r[ée]clamation|plainte")
_CONTACTS_ORDINAL = re.compile(
    r"\b(?:the |this is (?:the |my )?|for the |por |pour la |zum )?(?P<o>second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th|segunda|tercera|cuarta"
    r"|quinta|sexta|segundo|tercer|tercero|cuarto|quinto|sexto|deuxième|troisième|quatrième|cinquième|sixième|zweite|dritte"
    r"|vierte|fünfte|sechste)[nrs]?\s+"
    rf"(?:time|vez|fois|mal|attempt|intento|tentative|versuch|{_CONTACT_NOUNS})",
    re.IGNORECASE)
# "This is my fifth attempt", "mi tercer intento", "ma troisième tentative", "mein dritter Versuch": their own attempts
# are contacts, where "the third attempt to deliver" counts the courier's.
_DELIVERY_AFTER = re.compile(r"\s+(?:to deliver|at deliver\w*|of delivery|de (?:livraison|entrega)|d'entrega|zuzustellen|der zustellung)\b", re.IGNORECASE)
_SENT_TO_THEM = re.compile(r"\s+(?:that |which )?(?:you|they|your \w+) (?:have |had )?(?:sent|wrote|mailed|posted)|\s+(?:from you|from your|I (?:got|received))\b"
                           r"|,?\s+(?:que (?:me )?(?:enviasteis|envió|enviaron|mandasteis)|que vous (?:m'avez|avez) envoy|(?:die|den|das) (?:Sie|ihr|du) mir (?:geschickt|geschrieben))", re.IGNORECASE)
_OWN_ATTEMPT = re.compile(r"\b(?:my|mi|ma|mon|mein\w*|unser\w*|notre|nuestr[oa])\s+\w+\s+(?:attempt|intento|tentative|versuch)\b", re.IGNORECASE)
# Contacts of another kind added to an ordinal: "This is my third email, plus one phone call" is their fourth contact
# (nb-57-015), as are "mi tercer correo, más una llamada", "mon troisième mail, plus un appel".
_PLUS_CONTACTS = re.compile(rf"\s*,?\s*(?:plus|and also|as well as|más|además de|en plus de|dazu|und)\s+(?P<n>one|a|two|three|una|un|dos|tres|une|deux"
                            rf"|trois|ein|eine|einen|zwei|drei)\s+(?:(?:phone|telephone|telefónica|téléphonique)\s+)?(?:{_CONTACT_NOUNS}|calls?|llamadas?"
                            r"|appels?|anrufe?|e-?mails?|mails?)\b", re.IGNORECASE)
_PLUS_N = {"one": 1, "a": 1, "una": 1, "un": 1, "une": 1, "ein": 1, "eine": 1, "einen": 1, "two": 2, "dos": 2, "deux": 2, "zwei": 2,
           "three": 3, "tres": 3, "trois": 3, "drei": 3}
# Counts of contacts by two channels joined in one breath ("I've phoned three times and sent two emails", "zweimal
# angerufen und drei E-Mails geschrieben") add up: five contacts, not three. The same channel twice is one count said
# again ("emailed three times. Three times!").
_JOINED_COUNTS = re.compile(r"[^.!?\n]{0,15}?(?:,|\b(?:and|und|y|et|plus)\b)[^.!?\n]{0,20}", re.IGNORECASE)
_CHANNELS = (re.compile(r"phon|call|rang|ring|llam|appel|anruf|angerufen|telefon|hotline", re.IGNORECASE),
             re.compile(r"mail|wr[io]t|schrieb|geschrieben|escri|écri|correo|message|nachricht|letter|brief|carta|lettre",
                        re.IGNORECASE),
             re.compile(r"chat", re.IGNORECASE))


def _channel(said: str) -> int:
    return next((i for i, channel in enumerate(_CHANNELS) if channel.search(said)), -1)


# An ordinal time refused is the next one, not this: "I'm not explaining this a fourth time" (nb-42-026: told twice
# before, this is the third), "I can't come back a 4th time tonight" (nb-44-022, a visit) count no contacts.
_REFUSED_NEXT = re.compile(r"\b(?:not|never|won'?t|can'?t|cannot|n't|refuse to)\b[^.!?\n]{0,50}\ba\s+$", re.IGNORECASE)
# ... and so is one opening their sentence with no one else's named: "Third attempt at this.", "Tercer intento: ...".
_ATTEMPT_WORD = re.compile(r"(?:attempt|intento|tentative|versuch)$", re.IGNORECASE)
# Contacts told by their dates in one sentence: "I've called on Oct 14, Nov 3, Dec 1 and Jan 12" is four calls, "I
# emailed on 4 February and phoned on 6 March" two, "I rang on Sunday, I rang on Monday ... and I rang again this
# morning" three, "emailed on 12 May and 26 May and called once" three (nb-42-037, nb-38-012, nb-42-010, nb-56-065);
# "llamé el 3 y el 10 de marzo" two. Not a visit or a call of the company's ("your engineer called on Monday and
# Friday"), and not dates told in separate sentences, between which other contacts may go untold.
_DATED_CONTACT = re.compile(rf"\b{_CONTACT_VERB}\b(?: (?:you|us|again|in writing|by (?:phone|e-?mail)))?\s+(?:(?:on|el|le|am)\s+|(?={_RELATIVE}))",
                            re.IGNORECASE)
_NOT_THEIR_CONTACT = re.compile(r"\b(?:you|they|he|she|it|someone|somebody|nobody|no one|your \w+|the \w+|vous|ils|elle|il|sie|er)"
                                r"\s+(?:(?:have|has|had|'ve|never|only|just|finally|then|also)\s+)*$", re.IGNORECASE)
_DATE_LIST_SEP = re.compile(r"\s*,\s*(?:(?:and|y|et|und)\s+)?(?:(?:on|el|le|am|then)\s+)?|\s+(?:and|y|et|und)\s+(?:(?:on|el|le|am|then)\s+)?",
                            re.IGNORECASE)
_A_DAY = re.compile(rf"\d|(?:{_MONTHS}|{_WEEKDAYS}|{_RELATIVE})\b", re.IGNORECASE)
_AND_TIMES = re.compile(rf"\s*,?\s*(?:and|y|et|und)\s+(?:(?:I|we)\s+)?{_CONTACT_VERB}\s+(?P<n>once|twice|una vez|dos veces|une fois|deux fois"
                        r"|einmal|zweimal)\b", re.IGNORECASE)


def _dated_contacts(own: str) -> int:
    """How many contacts their dates count in one sentence (above), the most in any sentence."""
    best: dict[int, int] = {}
    for m in _DATED_CONTACT.finditer(own):
        if _NOT_THEIR_CONTACT.search(own[max(0, m.start() - 30):m.start()]):
            continue
        pos, last, n = m.end(), m.end(), 0
        while n < 12:
            day = _DATE.match(own, pos)
            if day is None or not _A_DAY.match(day.group(0).strip()):
                break
            n, pos = n + 1, day.end()
            last = pos
            sep = _DATE_LIST_SEP.match(own, pos)
            if sep is None:
                break
            pos = sep.end()
        more = _AND_TIMES.match(own, last) if n else None
        if more:
            n += 2 if more.group("n").lower() in ("twice", "dos veces", "deux fois", "zweimal") else 1
        sentence = sentence_bounds(own, m.start(), m.end())[0]
        best[sentence] = best.get(sentence, 0) + n
    return max(best.values(), default=0)
# "For the THIRD time." or "Zum dritten Mal!" standing alone as a sentence says this message is their third.
_BARE_ORDINAL_TRIM = " \t!?:;,.-–—*"
# ... and so does one opening their sentence before a colon or a dash: "Zum dritten Mal: im Karton fehlte ...", "For the
# third time - my refund".
_OPENER_MARK = re.compile(r"\s*(?:[:–—]|-\s)")
_CONTACT_NOUN = re.compile(f"(?:{_CONTACT_NOUNS})", re.IGNORECASE)
_CONTACT_WORD = re.compile(
    rf"\b(?:{_CONTACT_VERB[3:-1]}|writ\w*|write|contact\w*|chas\w*|e-?mail\w*|call\w*|ring\w*|phon\w*|ask\w*|told|tell\w*|support|report\w*|complain\w*"
    r"|explain\w*|expliqu\w*|explic\w*|erklär\w*"
    r"|escrib\w*|llam\w*|contact\w*|reclam\w*|pregunt\w*|écri\w*|appel\w*|relanc\w*|demand\w*|schreib\w*|meld\w*|anruf\w*|nachfrag\w*|frag\w*)\b",
    re.IGNORECASE)
# Their own words that they were in touch before, beside the counts above: "I rang", "I emailed on the 5th", "my third
# email" ("the second time you sent the wrong box" counts a failure, not a contact), "llamé", "j'ai déjà écrit", "bereits nachgefragt", "four different people", a quoted support reply. The draft
# says "you've had to come back to us" only with one of these (or a count, or "again") as well as the detector's cue.
_CONTACTED_BEFORE = re.compile(
    r"\b(?:I|we)(?:'ve| have| had)? (?:already |just |also |then |now |since )?(?:called|rang|phoned|emailed|e-mailed|wrote|written|messaged"
    r"|contacted|chased|reported|raised|opened|logged|submitted|complained|spoke|spoken|explained|asked|sent|been on|tried calling|tried to call)\b"
    r"|\b(?:second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th|zweiten|dritten|vierten|fünften|sechsten|segunda|tercera|cuarta|tercer"
    r"|deuxième|troisième|quatrième) (?:e-?mail|message|contact|kontakt|correo|courriel|anruf|appel|llamada)"
    r"|\b(?:twice|three times|four times|five times|\d+ times|on (?:two|three|four|\d+) (?:separate )?occasions|zweimal|dreimal|viermal|mehrmals"
    r"|deux fois|trois fois|dos veces|tres veces)\b"
    r"|\b(?:different|separate) (?:people|agents|advisors|advisers|members of staff)|\b(?:personas|agentes) distint[oa]s|\bdistint[oa]s (?:personas|agentes)"
    r"|\b(?:personnes|conseillers|agents) différents|\bverschiedene(?:n)? (?:mitarbeiter\w*|personen|leute)"
    r"|\b(?:llamé|escribí|mandé|reclamé|comuniqué|volví a (?:llamar|escribir)|he (?:llamado|escrito|reclamado|contactado)|hemos (?:llamado|escrito)|ya (?:he|les|os))\b"
    r"|\bj'ai (?:déjà )?(?:appelé|écrit|relancé|contacté|signalé|envoyé|téléphoné)|\bvous ai (?:déjà|écrit|appelé|envoyé|contacté|relancé)|\bnous avons (?:déjà )?(?:appelé|écrit)|\bmes (?:deux|trois) (?:courriers|mails|e-mails)"
    r"|\b(?:angerufen|geschrieben|nachgefragt|reklamiert|kontaktiert)\b|\bbereits\b(?! (?:bezahlt|gekündigt|storniert))"
    r"|\bwrote:|original message|\ba écrit\s*:|\bescribió:|\bschrieb:|passed (?:around|between)|d'un service à l'autre|von einer abteilung"
    r"|\b(?:canned|copy-?pasted?) (?:reply|replies|answer|response)|(?:each|every) time I (?:call|ring|phone|email|write|chat)",
    re.IGNORECASE)
_CONTACTS_AGAIN = re.compile(
    r"\b(?:again|already (?:called|emailed|asked|reported|written|contacted|chased)|chas(?:ed|ing)|follow(?:ing)?[- ]up"
    r"|still no (?:reply|response|answer)|de nuevo|otra vez|ya (?:he|les|os) (?:escrito|llamado|reclamado)|encore une fois"
    r"|à nouveau|déjà (?:signalé|écrit|appelé|relancé)|relance|erneut|schon wieder|nochmals|bereits (?:geschrieben|gemeldet|angerufen))\b",
    re.IGNORECASE)

_WANT = re.compile(
    r"\b(?:I (?:want|need|expect|demand|would like|'d like|'m asking|am asking|insist)|I want|please|can you|could you|"
    r"refund me|give me|send me|call me|fix (?:it|this)|cancel (?:my|it|the)|close my|get me|just (?:tell|send|fix|refund)"
    r"|quiero|necesito|exijo|solicito|pido|por favor|devuélvanme|llámenme|je (?:veux|voudrais|demande|souhaite|exige)|merci de"
    r"|veuillez|remboursez|rappelez|ich (?:will|möchte|erwarte|verlange|fordere|brauche)|bitte|erstatten sie|rufen sie)\b",
    re.IGNORECASE)
# Words that carry the grievance itself (what went wrong), in four languages.
_GRIEVANCE = re.compile(
    r"\b(?:never|still|not|no|hasn'?t|haven'?t|didn'?t|doesn'?t|won'?t|can'?t|cannot|isn'?t|wasn'?t|nothing|nobody|no one|twice"
    r"|charged|broken|damaged|cracked|defective|faulty|wrong|late|missing|lost|cancel\w*|declined|locked|blocked|error"
    r"|down|crash\w*|delayed|stuck|refused|ignored|overcharged|waiting|waited|arrived|stopped|failed|fail\w*|dead|empty"
    r"|stolen|hacked|fraud\w*|leak\w*|deleted|rude|hung up|promised|weeks?|days|months?|hours"
    r"|nunca|todavía|sigue|sin|nadie|nada|cobr\w+|rot[oa]|dañad[oa]|roto|equivocad[oa]|retraso|cancelad[oa]|bloquead[oa]"
    r"|jamais|toujours|pas|aucun\w*|personne|rien|débit\w*|prélev\w*|cass\w+|abîm\w+|endommag\w+|retard|annul\w+|bloqu\w+"
    r"|nie|immer noch|noch|nicht|kein\w*|niemand|nichts|abgebucht|kaputt|defekt|beschädigt|falsch\w*|verspät\w*|storniert"
    r"|gesperrt|wochen|tage[n]?|monate[n]?)\b",
    re.IGNORECASE)
_GREETING = re.compile(r"^\s*(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|to whom|hola|buen[oa]s|estimad[oa]s?"
                       r"|bonjour|bonsoir|madame|monsieur|hallo|guten (?:tag|morgen|abend)|sehr geehrte)\b[^.!?\n]{0,60}[,.!:]?\s*$",
                       re.IGNORECASE)
# A dot after a day's number is no sentence end when a month, a number or a lowercase word follows ("am 18.05. im
# Kino", "vom 3. März ist", "am 14. Februar habe ich"): German writes dates and ordinals with it.
_SENTENCE = re.compile(rf"(?:[^.!?\n]|(?<=\d)\.(?= (?i:{_MONTHS})\b| \d| [a-zäöüßéèàç])|[.!?](?![\s.!?]|$))+(?:[.!?]+|\n|$)")
# Threats and asides are not the grievance, even when they are the loudest sentence.
_ASIDE = re.compile(r"\b(?:lawyer|solicitor|court|sue|ombudsman|regulator|chargeback|dispute|review|trustpilot|twitter|social media"
                    r"|press|copying|cc'?ing|in copy|in kopie|en copie|abogado|denuncia|reclamación|avocat|plainte|anwalt"
                    r"|klage|verbraucherzentrale|bewertung|cancel my|i'?m (?:leaving|done|cancelling)|never (?:again|buy)"
                    r"|last (?:order|time) I|(?:I'?m|I am) done with|me cambio de|je (?:vais|pars) (?:chez|ailleurs)|ich wechsle)\b",
                    re.IGNORECASE)
_HEDGE_QUESTION = re.compile(r"^\s*(?:where|why|how|what|when|dónde|por qué|où|pourquoi|wo|warum|wann)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Fact:
    kind: str  # ref | amount | date | deadline | what_happened | what_they_want
    text: str
    start: int
    end: int
    label: str = ""  # for a date: charge | due | cancel | order | delivery | other; for an amount: refund | charge | unit | other; for a ref: named (after "order", "Bestellung")

    def to_dict(self) -> dict:
        out = {"kind": self.kind, "text": self.text, "start": self.start, "end": self.end}
        if self.label:
            out["label"] = self.label
        return out


@dataclass(frozen=True)
class Facts:
    own_text: str = ""  # the customer's newest words, without quoted history or signature
    own_end: int = 0
    refs: tuple[Fact, ...] = ()
    amounts: tuple[Fact, ...] = ()
    dates: tuple[Fact, ...] = ()
    deadline: Fact | None = None
    what_happened: Fact | None = None
    what_they_want: Fact | None = None
    contacts_before: int = 0
    said_again: bool = False  # "again", "chased": not a first contact, count unknown
    wanted_within_hours: bool = False  # an answer or an act asked for today, tonight, within the hour (_WANTED_WITHIN_HOURS)
    grievances: tuple[Fact, ...] = ()  # the sentences most likely to state the grievance, best first
    extra: dict = field(default_factory=dict)

    def all(self) -> list[Fact]:
        found = [*self.refs, *self.amounts, *self.dates]
        found += [f for f in (self.deadline, self.what_happened, self.what_they_want) if f is not None]
        return sorted(found, key=lambda f: f.start)

    @property
    def main_ref(self) -> Fact | None:
        """The reference a reply names: the first one the customer introduced as one ("Bestellung KH-771034", "order
        A-448213") before a bare code, which may be a product's model ("Kühlschrank Kessler KG-360 (Bestellung ...)");
        never the one they ask to have cancelled beside the grievance ("charged twice for SF-90133 ... and cancel my April
        booking SF-90134"), nor the reference of an earlier contact ("a web form, reference CR-11820"), while another
        is there."""
        grievance = [r for r in self.refs if r.label not in ("to_cancel", "contact")] or list(self.refs)
        return next((r for r in grievance if r.label == "named"), grievance[0] if grievance else None)

    def dates_labelled(self, label: str) -> tuple[Fact, ...]:
        return tuple(d for d in self.dates if d.label == label)


def extract_facts(text: str, detected_end: int | None = None) -> Facts:
    """The facts of the customer's own text. Where it ends (quoted history, a signature, a sign-off) is the detector's
    reading (worker/detector/own_text.py), so a company number or a booking reference in a signature is never a fact;
    `detected_end` is where the detector's text ended for this same text when the caller has it (Verdict.own_text_end):
    reused, and only the sign-off reading (own_text.words_end, off the detector's path) is added to it."""
    text = text or ""
    end = own_text_end(text) if detected_end is None else words_end(text, detected_end)
    own = without_quoted_lines(text[:end])
    refs = _unique_facts(_refs(own))
    amounts = _unique_facts(Fact("amount", m.group(0).strip(), m.start(), m.start() + len(m.group(0).strip()),
                                 _amount_label(own, m.start(), m.end()))
                            for m in AMOUNT.finditer(own) if not _inside(m.start(), refs))
    amounts = _total_first(own, amounts)
    taken = [*refs, *amounts]
    dates = _unique_facts(_date_fact(own, m) for m in _DATE.finditer(own)
                          if m.group(0).strip() and not _overlaps(m.start(), m.end(), taken)
                          and not re.fullmatch(r"(?:on|el|le|am|this|next|last)", m.group(0).strip(), re.I))
    # "by Friday night" says what they need by when; "I fly tomorrow" or "urgent" only that time is short. Every reading
    # passes the one guard of what is no need of theirs (_not_their_need).
    by = [m for m in _DEADLINE.finditer(own) if re.match(_BY_WORDS, m.group(0), re.I) and not _not_their_need(own, m.start(), m.end())]
    by += [m for m in _LATEST.finditer(own) if not _not_their_need(own, m.start(), m.end())]
    by = sorted(by + [m for m in _BEFORE_PAYMENT.finditer(own) if not _not_their_need(own, m.start(), m.end())], key=re.Match.start)
    found = [m for m in _DEADLINE_OTHER.finditer(own) if not _not_their_need(own, m.start(), m.end())]
    found = sorted(found + [m for m in _WINDOW.finditer(own) if _window_deadline(own, m) and not _not_their_need(own, m.start(), m.end())],
                   key=re.Match.start)
    clock = None if by else _clock_deadline(own)
    if clock is not None and _not_their_need(own, clock.start, clock.end):
        clock = None
    if clock is not None:  # "Flight is at 7:40" says more than "is at 7:40": the reading that holds the event wins
        clock = next((_deadline_fact(m) for m in found if m.start() <= clock.start < m.end()), clock)
    deadline = next((_deadline_fact(m) for m in by), None) or clock or next((_deadline_fact(m) for m in found), None)
    if deadline is None:
        now = next((m for m in _DEMAND_NOW.finditer(own) if not _not_their_need(own, m.start(), m.end())), None)
        if now is not None:
            group = "when" if now.group("when") else "other"
            deadline = Fact("deadline", now.group(group), now.start(group), now.end(group))
    sentences, want = own_sentences(own)
    ranked = _ranked_grievances(sentences, want)
    happened = ranked[0] if ranked else None
    count, again = _contacts(own)
    if not again:
        again = answering_reply(text) is not None
    return Facts(own_text=own, own_end=end, refs=refs, amounts=amounts, dates=dates, deadline=deadline,
                 what_happened=happened, what_they_want=want, contacts_before=count, said_again=again,
                 wanted_within_hours=bool(_WANTED_WITHIN_HOURS.search(own)),
                 grievances=tuple(ranked[:3]))


def _not_their_need(own: str, start: int, end: int) -> bool:
    """The time at own[start:end], read by any of the deadline readings (by, latest, the other time words, a window, a
    clock time, a demand for now), is no time the customer needs something by: the company's words or its promised
    date, a story told in the past or a state it reached, a trip called off, how long something lasted or made them
    wait, or their state at present. One guard for every reading, so a class of false deadline is closed once."""
    words = own[start:end]
    if _SO_FAR.match(words) or _PROMISED_AFTER.match(own, end):
        return True
    # (the story told after the time, only where nothing before it in the sentence asks or sets a condition: "Please
    # call me back today, I am really scared" asks)
    if _TOLD_AFTER.match(own, end) and not _asked_before(own, start):
        return True
    if _UNTIL_WORDS.match(words) and (_company_wait(own, start) or _span_end(own, start) or _how_long(own, start, end)):
        return True
    if _theirs(own, start) or _PROMISED_FOR.search(own[max(0, start - 40):start]):
        return True
    if _story_state(own, start) or _called_off(own, start) or _told_past(own, start, end):
        return True
    # ("I can't" before a time of now is how they are; before a day, "if it can't get to me by Thursday", it is the need)
    return _at_present(own, start, end) or _state_now(own, start, end) or _own_offer(own, start, end) \
        or bool(_NOW_WORDS.search(words) and _CANNOT_BEFORE.search(own, max(0, start - 40), start))


# Their own act offered at once ("pago ahora mismo lo que debo", "I can pay today", "je peux payer tout de suite", "ich
# zahle sofort", "ich kann heute noch überweisen"): when they will do their part, not by when they need ours
# (nb-67-085: "Les pido que rehabiliten la póliza ..., pago ahora mismo lo que debo" gave the deadline "ahora mismo").
# Only in the time's own clause, with nothing asked in it ("I'll pay the difference but I need it today" needs).
_OWN_OFFER = re.compile(
    r"\b(?:I|we)(?:'ll| will| can| could| would|'d| am happy to|'m happy to| am ready to|'m ready to| am willing to|'m willing to)"
    r"\s+(?:pay|settle|transfer|send|return|post|bring|drop off|clear)\b"
    r"|^\W*(?:yo\s+)?(?:(?:les|le|se lo|se la)\s+)?(?:pago|pagaría|pagaré|abono|ingreso|transfiero|devuelvo|envío|mando)\b"
    r"|\b(?:puedo|podemos|estoy dispuest[oa] a|estamos dispuest[oa]s a) (?:pagar|abonar|ingresar|transferir|devolver|enviar|mandar)\b"
    r"|\b(?:je|nous) (?:peux |pouvons |suis prête? à |sommes prêts à )?(?:vous |les |le |la )?(?:paie|paye|payer|payons|règle|régler|réglons|verse|verser"
    r"|renvoie|renvoyer|envoie|envoyer)\b"
    r"|\b(?:ich|wir) (?:zahle|zahlen|bezahle|bezahlen|überweise|überweisen|schicke|schicken|begleiche|begleichen)\b"
    r"|\b(?:ich|wir) (?:kann|können|würde|würden) (?:\S+ ){0,4}?(?:zahlen|bezahlen|überweisen|begleichen|schicken)\b",
    re.IGNORECASE)
_CLAUSE_STOP = re.compile(rf"[,;:()–—]|\b{_CLAUSE_BREAK}", re.IGNORECASE)


def _own_offer(own: str, start: int, end: int) -> bool:
    """The time at own[start:end] is when they offer to do their own part (above)."""
    begin, stop = _sentence_near(own, start, end)
    lo = max((m.end() for m in _CLAUSE_STOP.finditer(own, begin, start)), default=begin)
    hi = min((m.start() for m in _CLAUSE_STOP.finditer(own, end, stop)), default=stop)
    clause = own[lo:hi]
    return bool(_OWN_OFFER.search(clause)) and not _DEMAND_BEFORE.search(clause)


_NOW_WORDS = re.compile(r"\b(?:now|today|tonight|this (?:morning|afternoon|evening)|hoy(?: mismo)?|ahora mismo|esta (?:misma )?noche"
                        r"|aujourd'hui(?: même)?|dès ce soir|noch heute|heute noch)$", re.IGNORECASE)


def _asked_before(own: str, start: int) -> bool:
    sentence = _sentence_before(own, start, 80)
    return bool(_DEMAND_BEFORE.search(sentence) or _CONDITION.search(sentence))


# A telephone number ("0171 5523981", "+44 7700 900123", "06 12 34 56 78"): a trunk 0 or a country code, then groups
# of digits, nine or more in all. A reference inside one is the customer's number, not an order.
_PHONE = re.compile(r"(?<![\w#/-])(?:\+\d{1,3}[\s./-]?(?:\(0\))?|0)\d{1,5}(?:[\s./-]?\d{2,}){1,5}(?![\w/-])")


_NAMED_REF = re.compile(rf"\b{_REF_WORD}\b\W+(?:\w+\W+){{0,3}}$", re.IGNORECASE)  # "account number is ..."
# The number named as the customer's phone ("Meine Nummer: 0151 ...", "call me on", "mi móvil"): never a reference,
# though "Nummer" / "número" also name orders.
_PHONE_WORD = re.compile(r"(?:phone|mobile|cell|tel|telephone|telefon\w*|handy\w*|mobil\w*|m[oó]vil|tel[eé]fono|celular|portable"
                         r"|t[ée]l[ée]phone|t[ée]l|(?:my|meine|mi|mon) (?:number|nummer|número|numéro)|call me (?:on|at|back on)"
                         r"|ring me (?:on|at)|(?:rufen|erreichen) sie mich (?:unter|an)|ll[aá]m[ae]nme al|appelez-moi au|joignable au)\W{0,6}$",
                         re.IGNORECASE)


def _phone_spans(own: str) -> list[tuple[int, int]]:
    return [m.span() for m in _PHONE.finditer(own) if sum(c.isdigit() for c in m.group(0)) >= 9]


def _refs(own: str):
    phones = _phone_spans(own)
    for pattern in (_REF_AFTER_WORD, _REF_BARE):
        for m in pattern.finditer(own):
            value = m.group("ref").strip().rstrip(".,-/")
            start = m.start("ref") + (len(m.group("ref")) - len(m.group("ref").lstrip()))
            if not re.search(r"\d", value) or len(value.lstrip("#").strip()) < 3:
                continue
            if re.fullmatch(r"(?:19|20)\d\d", value) or _DATE.fullmatch(value) or re.fullmatch(r"\d{1,2}[:.]\d{2}", value):
                continue
            if _REGULATION.fullmatch(value):
                continue  # the passenger-rights rules they cite ("my rights under UK261"), not a booking
            if pattern is _REF_BARE and re.fullmatch(r"\d{1,3}[-/]\d{1,3}", value):
                continue  # a range or a size ("age 12-13", "7-10 days", "9-17"), not a reference
            if pattern is _REF_AFTER_WORD and not re.search(r"[A-Z]|\d{3,}", value):
                continue
            # A phone number or an amount nearby is not a reference.
            before = own[max(0, start - 2):start]
            if re.search(r"[£$€]", before) or _NOT_REF_BEFORE.search(own[max(0, start - 20):start]) \
                    or _NOT_REF_AFTER.match(own, start + len(value)):
                continue
            phone = next((a for a, b in phones if a <= start < b), None)
            if phone is not None and (not _NAMED_REF.search(own, max(0, start - 40), start)
                                      or _PHONE_WORD.search(own, max(0, phone - 30), phone)):
                continue
            if not value.startswith("#") and own[start - 1:start] == "#":
                start, value = start - 1, "#" + value
            if pattern is _REF_BARE and not re.search(r"[A-Z#-]|\d{6,}|\s", value) and not re.search(
                    r"(?:ending|ending in|endet auf|terminant par|terminada en|ref)\s$", own[max(0, start - 15):start], re.I):
                continue
            if _TO_CANCEL.search(own[_clause_start(own, start):start]):
                yield Fact("ref", value, start, start + len(value), "to_cancel")
                continue
            if _EARLIER_CONTACT_REF.search(own, max(0, start - 60), start):
                yield Fact("ref", value, start, start + len(value), "contact")
                continue
            yield Fact("ref", value, start, start + len(value), "named" if pattern is _REF_AFTER_WORD else "")


# A reference in the clause asking to cancel it ("and cancel my April booking SF-9013412", "stornieren Sie Buchung
# 4471", "annulez la réservation R-88", "cancelad el pedido 5512"): the thing to be cancelled, not the grievance's.
_TO_CANCEL = re.compile(r"\b(?:cancel|close|terminate|stornier\w*|kündig\w*|annul\w*|résili\w*|cancel[ae]\w*|anul[ae]\w*)\b"
                        r"(?:(?![.!?;\n])\S*\s+){0,5}$", re.IGNORECASE)


# The reference of an earlier contact ("a web form on the 17th, reference CR-11820", "my complaint ref C-2231", "case
# number 55102", "numéro de réclamation", "Vorgangsnummer meiner Beschwerde"): what they wrote before, not what the reply
# looks up for them, while a booking or an order is named too (nb-63-071 got "I've looked at CR-11820: [the rebooking
# or refund options]" beside booking NV-71442).
_EARLIER_CONTACT_REF = re.compile(
    r"\b(?:web ?form|online form|contact form|complaints?|case|enquiry|inquiry|query|chat|claim form|formulaire|réclamation|plainte"
    r"|reclamación|queja|formulario|consulta|beschwerde|reklamation|anfrage|kontaktformular)\b[^.!?\n]{0,40}?"
    r"\b(?:ref(?:erence)?|number|no|id|numéro|référence|número|referencia|nummer|aktenzeichen|vorgangsnummer)\b\W{0,4}$"
    r"|\b(?:complaint|case|enquiry|inquiry|query|réclamation|plainte|reclamación|queja|beschwerde|reklamation)(?:nummer)?\W{1,4}$", re.IGNORECASE)


def _clause_start(own: str, at: int) -> int:
    return max(own.rfind(c, 0, at) for c in ".!?;\n") + 1


_DUE_BY = re.compile(r"\b(?:by|before|until|till|no later than|bis(?: zum)?|vor|avant|antes del?|hasta|d'ici)\s+(?:the\s+|le\s+|el\s+|dem\s+|this\s+|next\s+)?$",
                     re.IGNORECASE)


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence holding text[start:end]: from after the last ".", "!", "?" or newline before it to the first after."""
    begin = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    stops = [i for i in (text.find(c, end) for c in ".!?\n") if i != -1]
    return begin, min(stops, default=len(text))


def _sentence_near(text: str, start: int, end: int, reach: int = 300) -> tuple[int, int]:
    """sentence_bounds, looking at most `reach` characters either side: a guard read once per time found stays linear
    on a long text with no full stop."""
    lo, hi = max(0, start - reach), min(len(text), end + reach)
    back = max(text.rfind(c, lo, start) for c in ".!?\n")
    stops = [i for i in (text.find(c, end, hi) for c in ".!?\n") if i != -1]
    return (back + 1 if back >= 0 else lo), min(stops, default=hi)


# A clock time in a deadline ("get the keys at 2pm", "by 14:30", "à 8h", "um 15 Uhr", "a las 14:00", "by noon"), as
# hours and minutes (promise.before_the_clock places it in the customer's day).
_CLOCK = re.compile(r"\b(?P<h>\d{1,2})(?:[:.h](?P<m>\d{2}))?\s?(?P<half>am|pm|a\.m\.|p\.m\.)"
                    r"|\b(?P<h24>\d{1,2})(?:(?::|h)(?P<m24>\d{2})|\s?(?:uhr|h)\b)|\b(?P<noon>noon|midday|mediodía|midi|mittag)\b",
                    re.IGNORECASE)
_TOMORROW = re.compile(r"\b(?:tomorrow|(?<!la )mañana|demain|(?<!heute )morgen)\b", re.IGNORECASE)


def clock_of(text: str) -> tuple[int, int, bool] | None:
    """The first clock time in `text` as (hour, minute, tomorrow), tomorrow when the text says so; None without one."""
    m = _CLOCK.search(text or "")
    if m is None:
        return None
    if m.group("noon"):
        hour, minute = 12, 0
    elif m.group("h") is not None:
        hour, minute = int(m.group("h")) % 12 + (12 if m.group("half").lower().startswith("p") else 0), int(m.group("m") or 0)
    else:
        hour, minute = int(m.group("h24")), int(m.group("m24") or 0)
    if hour > 23 or minute > 59:
        return None
    return hour, minute, bool(_TOMORROW.search(text))


def _clock_deadline(own: str) -> Fact | None:
    for m in _CLOCK_AT.finditer(own):
        start, stop = sentence_bounds(own, m.start(), m.end())
        if (_CLOCK_DAY.search(own, start, stop) and not _theirs(own, m.start())
                and not _TOLD.search(own, start, m.start())):
            # The whole clause, when short: its subject ("the buyers get the keys at 2pm", "die Abholung ist um 16 Uhr")
            # and what follows the time ("come at 8am tomorrow", "haben heute um 19 Uhr unseren Livestream").
            lo = max(start, m.start() - 60)
            before = _CLAUSE_HEAD.search(own[lo:m.start()])  # a slice: "^" is where the sentence begins
            begin = lo + before.start(1) if before else m.start()
            after = _CLAUSE_TAIL.match(own, m.end())
            end = m.end() + len(after.group(0).rstrip()) if after else m.end()
            return Fact("deadline", own[begin:end], begin, end)
    return None


def _deadline_fact(m: re.Match) -> Fact:
    value = m.group(0).strip()
    if re.search(r"[^\W\d]\.$", value):
        value = value[:-1]  # "bis zum 30. April." ends the sentence: the full stop is not the date's (an ordinal's dot is)
    return Fact("deadline", value, m.start(), m.start() + len(value))


# The day of a payment still to come ("before the direct debit comes out on the 20th", "the next payment will be taken
# on 1 March", "se cobrará el día 5", "sera prélevé le 10", "wird am 20. abgebucht"): nothing has been taken on it, so
# it is never the charge's date that the draft says back as "the £612 taken on the 20th" (nb-68-072: a pensioner asking
# for a bill to be corrected before the debit leaves). Its label is "due".
_TO_COME_BEFORE = re.compile(
    r"\b(?:comes? out|will come out|goes out|go out|will go out|leaves|will leave|is due|are due|falls due|renews|will renew"
    r"|(?:will|is going to|are going to|is due to|are due to|is set to|is scheduled to|is meant to) (?:be )?(?:taken|charged|debited|collected|paid|come out|go out|leave|renew)"
    r"|(?:se cobrará|se cargará|se pasará|me cobrarán|me cargarán|me van a cobrar|me pasarán|vence|se renueva|se renovará)"
    r"|(?:sera|seront|va être|vont être|doit être|doivent être) (?:prélevée?s?|débitée?s?|encaissée?s?)|prélèvement prévu|(?:sera|est) renouvelée?)"
    r"\s+(?:on\s+|el\s+(?:día\s+)?|le\s+)?(?:the\s+)?$", re.IGNORECASE)
_TO_COME_DE_BEFORE = re.compile(r"\b(?:wird|werden|soll|sollen)\b(?:\s+\S+){0,3}?\s+(?:am|zum)\s+$", re.IGNORECASE)
_TO_COME_DE_AFTER = re.compile(r"\s*(?:\S+\s+){0,2}?(?:abgebucht|eingezogen|belastet|fällig)\b", re.IGNORECASE)


def _date_fact(own: str, m: re.Match) -> Fact:
    value = m.group(0).strip()
    if value.endswith(".") and not re.search(r"\d{1,2}\.\d{1,2}\.$", value):
        value = value.rstrip(".")
    start = m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))
    sentence_start = max(own.rfind(".", 0, start), own.rfind("\n", 0, start), own.rfind("!", 0, start)) + 1
    stop = [i for i in (own.find(".", m.end()), own.find("\n", m.end())) if i != -1]
    sentence = own[sentence_start:min(stop) if stop else len(own)]
    window = own[max(sentence_start, start - 40):start + len(value) + 15]
    label = "other"
    if _DUE_BY.search(own, max(0, start - 20), start):
        pass  # "if the charge isn't reversed by Friday": the date they want it by, never the charge's
    elif _CHARGE_WORDS.search(window) and _TO_COME_BEFORE.search(own, max(sentence_start, start - 40), start) or any(
            p.start() < start and not _not_their_need(own, p.start(), p.end())
            for p in _BEFORE_PAYMENT.finditer(own, max(sentence_start, start - 80), m.end())) or (
            _TO_COME_DE_BEFORE.search(own, max(sentence_start, start - 30), start) and _TO_COME_DE_AFTER.match(own, m.end())):
        label = "due"  # "before the direct debit comes out on the 20th": a payment still to come, no charge taken
    elif _CANCEL_WORDS.search(window):
        label = "cancel"
    elif _CHARGE_WORDS.search(window):
        label = "charge"
    elif _DELIVERY_WORDS.search(window):
        label = "delivery"
    elif _ORDER_WORDS.search(window):
        label = "order"
    del sentence
    return Fact("date", value, start, start + len(value), label)


# Money back (the detector's words), or a credit: an amount after them is what they are owed.
_REFUND_WORDS = re.compile(MONEY_BACK_PATTERN + r"|credit|avoir|gutschrift|zurück|rückzahlung", re.IGNORECASE)


_PAID_PRICE = re.compile(r"\b(?:paid|pay|paying|pagado|pago|pagaba|payé|paie|payais|bezahlt|zahle|zahlte)\b(?: you| them| for| le| les| vous| ihnen)?\s*$",
                         re.IGNORECASE)
_RECURRING = re.compile(r"\s*(?:a|per|each|every|/)\s?(?:month|year|week)|\s*monthly|\s*(?:al|por|cada) (?:mes|año)|\s*(?:par|chaque) (?:mois|an)"
                        r"|\s*(?:im|pro|jeden) (?:monat|jahr)|\s*monatlich", re.IGNORECASE)


# A charge taken more than once ("charged me £165 on 1 December and again on 1 January", "billed $14.95 again for
# November and December", "me seguís cobrando los 12,99 €", "prélevé en février et en mars", "jeden Monat abgebucht"):
# one instance's amount is not what they are owed, so a refund is not said with it (notes: refunded_amount). A bare
# "again" is not enough: "you have charged me £19.99 again this month" is one charge after cancelling.
_MONTH_NAMES = (r"(?:january|february|march|april|may|june|july|august|september|october|november|december|enero|febrero|marzo"
                r"|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|janvier|février|mars|avril|mai|juin"
                r"|juillet|août|septembre|octobre|novembre|décembre|januar|februar|märz|juni|juli|oktober|dezember)")
_CHARGED_AGAIN = re.compile(
    r"\b(?:and again|again and again|every month|each month|monthly|both|twice|(?:two|three|four|five|six|\d+) "
    r"(?:months|times|charges|payments)|(?:keep|kept|still|continue[sd]?(?: to)?) (?:on )?(?:charging|billing|taking)"
    r"|y otra vez|cada mes|todos los meses|(?:dos|tres|cuatro|cinco|seis) (?:meses|veces|cargos|cobros)|segu\w+ cobrando"
    r"|chaque mois|tous les mois|(?:deux|trois|quatre|cinq|six) (?:mois|fois|prélèvements)"
    r"|continue\w* (?:à|de) (?:me )?prélever|jeden monat|monatlich|weiterhin|(?:zwei|drei|vier|fünf|sechs) ?(?:monate|mal|abbuchungen)"
    rf"|{_MONTH_NAMES},? (?:and|y|et|und) (?:en |in |im )?{_MONTH_NAMES})\b", re.IGNORECASE)


def charged_more_than_once(own: str) -> bool:
    return bool(_CHARGED_AGAIN.search(own))


# "£143.64 was taken", "se han cobrado 40 €"... said after the sum: a charge.
_TAKEN_AFTER = re.compile(r"\s*(?:was|were|has been|have been|had been|got|just)?\s*(?:taken|charged|debited|deducted|withdrawn|billed"
                          r"|(?:me )?(?:han|ha) (?:sido )?(?:cobrad|cargad|retirad)\w*|(?:ont|a) été (?:prélevés?|débités?)|wurden? abgebucht)\b", re.IGNORECASE)


# The sum named with its return after it ("refund", "back", "I require the £330 returned", "que me sean devueltos",
# "remboursés", "zurückerstattet"): the money they ask back.
_BACK_AFTER = re.compile(r"\s*(?:refund|credit|back\b|(?:to be |be )?(?:returned|refunded|repaid|reimbursed)\b|(?:devuelt|reembolsad|rembours|zurück)\w*)",
                         re.IGNORECASE)


# A cost paid to someone else because of what went wrong, which they want covered: "Vet bill was £210", "the taxi fare",
# "frais d'hôtel", "la factura del veterinario", "Tierarztkosten von 140 €" (nb-62-086, nb-63-071, nb-42-060, nb-22-053,
# nb-47-077, nb-21-087), or "I paid £64 for a taxi" (nb-44-020, nb-46-050, nb-63-071). No charge of ours: never the
# "unexpected charge" (topics.py blanks it before its families are read) nor the charge the draft explains. "Your taxi
# fare", "vuestra factura del hotel" is the company's own bill, and stays one.
OUT_OF_POCKET = re.compile(
    r"(?<!\byour )(?<!\bvotre )(?<!\bvuestra )(?<!\bsu )(?<!\bihre )(?<!\beure )\b(?:"
    r"(?:vet(?:'s|s'?)?|veterinary|taxi|cab|uber|hotel|b&b|plumber(?:'s)?|locksmith(?:'s)?|electrician(?:'s)?|mechanic(?:'s)?"
    r"|garage|dentist(?:'s)?|hire car|car hire|towing|recovery truck) (?:bills?|fares?|fees?|costs?|invoices?|receipts?)"
    r"|(?:factura|gastos?|cuenta) del? (?:veterinari[oa]|taxi|hotel|fontanero|cerrajero|mecánico|taller|dentista)"
    r"|(?:facture|frais|note) (?:du |de |d'|de l')(?:vétérinaire|véto|taxi|hôtel|hotel|plombier|serrurier|garagiste|dentiste)"
    r"|(?:tierarzt|taxi|hotel|handwerker|klempner|schlüsseldienst|werkstatt|zahnarzt|abschlepp)(?:rechnung|kosten)\w*)\b",
    re.IGNORECASE)
_PAID_ELSEWHERE_AFTER = re.compile(
    r"\s*(?:for|on|en|por|pour|für) (?:a |an |the |my |our |un |una |el |la |une |le |ein |eine |den |das )?(?:\w+ )?"
    r"(?:taxi|cab|uber|hotel|b&b|vet|plumber|locksmith|electrician|mechanic|hire car|veterinario|fontanero|cerrajero"
    r"|vétérinaire|plombier|serrurier|tierarzt|handwerker|klempner|schlüsseldienst)\b", re.IGNORECASE)

_PAID_BY_THEM = re.compile(r"\b(?:(?:I|we)(?: \w+)? (?:paid|spent|pay|forked out|shelled out)|had to (?:pay|spend|fork out)|cost (?:me|us)"
                           r"|pagu[eé]|pagamos|gast[eé]|tuve que pagar|j'ai (?:dû )?(?:payé|dépensé|payer)|nous avons (?:dû )?(?:payé|payer)"
                           r"|(?:ich|wir) (?:habe|haben|musste|mussten))\b", re.IGNORECASE)


# The sum of one of several ("23 donations of £1 each", "£4.99 apiece", "3 x £12.50", "four payments of £30", "23
# donaciones de 1 € cada una", "1 € chacun", "je 1 €", "1 € pro Stück"): a unit, never the whole that a fraud claim, a
# refund or a charge is said with (nb-68-063: "I've opened a fraud claim for the £1" for 23 donations of £1 each).
_UNIT_AFTER = re.compile(r"\s*(?:each\b|apiece\b|a piece\b|per (?:item|ticket|unit|person|head|donation|payment|transaction|charge|seat|night|piece)\b"
                         r"|cada (?:una?|vez)\b|por (?:unidad|persona|cabeza|pago|donación)\b|chacune?\b|pièce\b|l'unité\b|par (?:personne|paiement|don)\b"
                         r"|pro (?:stück|person|zahlung|spende|buchung)\b|jeweils\b)", re.IGNORECASE)
_COUNT = r"(?:\d+|" + "|".join(sorted(_COUNT_WORDS, key=len, reverse=True)) + ")"
_UNIT_BEFORE = re.compile(rf"\b{_COUNT}\s*[x×]\s*$|\b{_COUNT} (?:\w+ )?(?:payments|charges|donations|transactions|debits|purchases|orders|tickets|items"
                          r"|instal?lments|pagos|cargos|cobros|donaciones|compras|paiements|prélèvements|dons|achats|zahlungen|abbuchungen|spenden"
                          r"|buchungen) (?:of|at|for|de|à|zu|über|von)\s*$|\bje\s*$", re.IGNORECASE)


def is_unit(own: str, amount: Fact) -> bool:
    """The sum is one unit of several, or what is paid per period ("£9.99 a month"): no whole a claim is for."""
    return amount.label == "unit" or bool(_RECURRING.match(own, amount.end))


def _amount_label(own: str, start: int, end: int) -> str:
    """What an amount is: a refund they wait for, a charge taken, one unit of several, or something else (a price, a
    cost)."""
    before = own[max(0, start - 45):start]
    after = own[end:end + 30]
    cut = max(before.rfind("."), before.rfind("\n"))
    before = before[cut + 1:]
    if _UNIT_AFTER.match(after) or _UNIT_BEFORE.search(before):
        return "unit"
    if _REFUND_WORDS.search(before) or _BACK_AFTER.match(after):
        return "refund"
    if OUT_OF_POCKET.search(before) or (_PAID_ELSEWHERE_AFTER.match(after) and _PAID_BY_THEM.search(before)):
        return "other"  # a cost paid elsewhere, which they want covered (OUT_OF_POCKET)
    if _PAID_PRICE.search(before) and _RECURRING.match(after):
        return "other"  # "I paid you £34 a month for five years": what they pay, not a charge they dispute
    if _CHARGE_WORDS.search(before) or re.match(r"\s*(?:charge|fee|bill|debit|cargo|cobro|prélèvement|abbuchung|gebühr)", after, re.I) \
            or _TAKEN_AFTER.match(after):
        return "charge"
    return "other"


# A sum they add up themselves ("£187.35 in total", "totalling £224.80", "en total", "au total", "insgesamt"): when
# several charges or payments are listed, that is the amount the claim is about, not the first in the list.
_TOTAL_BEFORE = re.compile(r"(?:\btotal(?:l?ing)?|\bin total|\ba total of|\bsum of|\baltogether|\ben total|\bun total de|\bau total"
                           r"|\bsoit|\binsgesamt|\bgesamt|\bzusammen)\W{0,3}(?:of\W+|de\W+|von\W+)?$", re.IGNORECASE)
_TOTAL_AFTER = re.compile(r"^\W{0,3}(?:in total|total\b|altogether|in all\b|en total|au total|insgesamt)", re.IGNORECASE)


def _stated_total(own: str, amount: Fact) -> bool:
    """The sum is said as a total ("in total £187.35", "£980 altogether")."""
    return bool(_TOTAL_BEFORE.search(own[max(0, amount.start - 25):amount.start]) or _TOTAL_AFTER.match(own[amount.end:amount.end + 15]))


def _total_first(own: str, amounts: tuple[Fact, ...]) -> tuple[Fact, ...]:
    """The amounts, a stated total first (it keeps its charge or refund label), when more than one is named."""
    if len(amounts) < 2:
        return amounts
    totals = [a for a in amounts if _stated_total(own, a)]
    if not totals:
        return amounts
    total, rest = totals[0], tuple(a for a in amounts if a is not totals[0])
    if total.label == "other":  # "£187.35 in total" of the charges listed before it is a charge too
        labels = {a.label for a in rest} - {"other", "unit"}
        total = Fact(total.kind, total.text, total.start, total.end, labels.pop() if len(labels) == 1 else "other")
    return (total, *rest)


_LISTED = re.compile(r"\s*(?:,|and|y|e|et|und|&|\+|plus)\s*(?:(?:another|then|otros?|encore|noch)\s+)?", re.IGNORECASE)


def several_sums(own: str, amounts: tuple[Fact, ...]) -> bool:
    """Sums listed together ("took £1,212.40 and £864.15", "420 € y 75 €") and none stated as their total: a claim
    said with one of them would be for part of what was taken. A price told apart from the charge ("signed up for the
    £4.99 trial, then £212.40 was taken") is no list."""
    if any(_stated_total(own, a) for a in amounts):
        return False
    ordered = sorted(amounts, key=lambda a: a.start)
    return any(_LISTED.fullmatch(own[a.end:b.start]) for a, b in zip(ordered, ordered[1:]))


def own_sentences(own: str) -> tuple[list[tuple[int, str]], Fact | None]:
    """The own text's sentences (start, text; a leading greeting cut off) and the one that says what they want."""
    sentences = [(m.start(), m.group(0)) for m in _SENTENCE.finditer(own) if m.group(0).strip()]
    sentences = [_without_greeting(start, s) for start, s in sentences]
    return sentences, _best_want(sentences)


def _best_want(sentences):
    best = None
    for start, s in sentences:
        m = _WANT.search(s)
        if m and len(s.split()) >= 2:
            best = best or _trimmed("what_they_want", start, s)
    return best


# What the grievance sentence looks like, beside the problem words: a preamble ("So I don't usually do this", "Mirad,
# no sé ya cómo explicarlo"), a sentence of feeling alone ("Unacceptable.", "C'est une honte") or one about the
# contacts or the escalation is not it.
_PREAMBLE = re.compile(r"^\s*(?:so|look|listen|ok(?:ay)?|right|well|honestly|mira|mirad|oiga|bueno|écoutez|bon|alors|"
                       r"also|hören sie|ehrlich gesagt|i don'?t usually|i never (?:usually )?(?:complain|write))\b", re.IGNORECASE)
_FEELING = re.compile(r"\b(?:unacceptable|ridiculous|disgrace\w*|disgusting|shocking|appalling|pathetic|joke|absurd|fed up|"
                      r"sick (?:and tired|of)|furious|angry|livid|frustrat\w*|disappointed|end of my tether|"
                      r"inadmisible|vergüenza|vergonzoso|harto|harta|indignante|inacceptable|scandal\w*|honte|marre|inadmissible|"
                      r"unverschämt\w*|frechheit|unzumutbar|zumutung|skandal\w*|ärgerlich|enttäuscht)\b", re.IGNORECASE)
_HAS_NUMBER = re.compile(r"\d")
_ADDRESSED = re.compile(r"\b(?:you|your|you've|you're|vous|votre|vos|usted|ustedes|su|sus|vuestr[oa]s?|os|ihr|ihre|ihnen|euch|eure?)\b",
                        re.IGNORECASE)
_I = re.compile(r"\b(?:i|i'm|i've|my|je|j'|mon|ma|mes|yo|mi|mis|me|ich|mein|meine|mir|mich)\b", re.IGNORECASE)
GRIEVANCE_FEATURES = ("problem_words", "length", "is_want", "aside", "short_question", "position", "first",
                      "question", "exclaim", "preamble", "feeling_only", "feeling", "number", "addressed", "self", "last")


# Not learned: a sentence that counts their contacts ("This is the third time I'm writing about order A-448213") says
# how often, not what happened (the issue's rule; the labelled grievances are too few to learn it either way).
CONTACTS_PENALTY = -2.0
# Nor is a sentence that mocks ("Really loving planning dinners around a box that may not exist", "Great, another week
# without heating, thanks so much"): quoted back to the customer it reads as mockery. Nor one with nothing in it but a
# reference or a time ("Order PH-520077.", "That was three weeks ago."). Not learned either: a rule of what a reply
# can quote.
UNQUOTABLE_PENALTY = -3.0
_MOCKING = re.compile(
    r"\b(?:really|just|absolutely|so|totally) (?:loving|enjoying|love)\b|"
    r"\b(?:qué maravilla|menud[oa] (?:servicio|atención|empresa)|vaya (?:servicio|atención|empresa)|quel professionnalisme|bravo pour|"
    r"na toll|ganz toll|toller service|great service|what (?:a |great )?service)\b|"
    r"\bthanks? for nothing\b|\bgracias por nada\b|\bmerci pour rien\b|\bdanke für nichts\b", re.IGNORECASE)
_TIME_ONLY = re.compile(r"^\W*(?:that|this|it|which|eso|esto|c'était|c'est|ça fait|das war|das ist)(?:'s| was| is| has been| fue| fait| war| ist)? "
                        r"(?:now |already |over |more than |almost |nearly |hace |il y a |vor |schon |bereits )?(?:\w+ ){0,3}"
                        r"(?:ago|later|now|since|atrás|depuis|her)\W*$", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]{2,}")
_REF_LABEL = re.compile(rf"{_REF_WORD}|the|our|your|and|und|les|los|las|del", re.IGNORECASE)


# The customer's own act or ask, with no word of what went wrong ("I gave the passcode because I was told it was needed",
# "I'd like a courier booked", "J'ai déposé le téléphone lundi"): the story's set-up or the remedy, so a draft that says
# it back and adds "That's not good enough" answers the wrong sentence.
_OWN_ACT = re.compile(
    r"^(?:so |and |but |then |also )?(?:(?:I|we)(?:'ve|'d| have| had| would| just| then| also)? (?:\w+ )?(?:gave|give|sent|asked|want|need|like|called|rang"
    r"|deleted|cancell?ed|closed|unsubscribed|returned"
    r"|phoned|paid|booked|bought|submitted|requested|wrote|emailed|brought|dropped|handed|signed|chose|picked|opened|expect|am writing"
    r"|'m writing|would like|'d like)\b|please\b"
    r"|(?:yo )?(?:di|envié|pedí|llamé|pagué|compré|reservé|llevé|dejé|fui|quiero|necesito|solicito)\b|(?:j'ai|nous avons) (?:donné|envoyé|demandé|appelé"
    r"|payé|commandé|réservé|acheté|déposé|apporté|laissé)\b|je (?:veux|voudrais|souhaite|demande)\b|(?:ich|wir) (?:habe|haben|hatte|hatten|möchte|möchten|will|bitte)\b"
    r"|bitte\b|por favor\b|merci de\b"
    # an imperative asking for an act: "Just cancel my BeanCrate subscription.", "Close the account."
    r"|(?P<imperative>(?:just |now |please |kindly )?(?:cancel|close|delete|refund|remove|unsubscribe|stop|send|call|ring|confirm)\b(?= (?:my|me|the|our|this|that|it|us)\b)))",
    re.IGNORECASE)


def states_what_went_wrong(sentence: str) -> bool:
    """Whether a sentence holds a word of what went wrong (_GRIEVANCE): only such a quote is answered "That's not good
    enough"; a quoted back-story ("Our cat has a blockage and the vet wants to operate") is not judged."""
    return bool(_GRIEVANCE.search(" ".join((sentence or "").split())))


def their_own_act(sentence: str) -> bool:
    """A sentence that tells only what the customer did or asks for, no word of what went wrong after it (_OWN_ACT)."""
    text = " ".join((sentence or "").split())
    act = _OWN_ACT.match(text)
    if act is None:
        return False
    if act.group("imperative"):
        return True  # a request's failure words are what must not happen ("...and confirm I won't be charged")
    return not _GRIEVANCE.search(text, act.end())  # the act's own verb ("cancel", "deleted") is no failure


# A sentence that only points elsewhere for the story ("Subject says it all.", "See below.", "Details attached.", "El
# asunto lo dice todo", "Tout est dans l'objet", "Siehe Betreff"): quoted back, it tells the agent nothing.
_POINTS_ELSEWHERE = re.compile(
    r"^\W*(?:(?:the |my )?(?:subject(?: line)?|title|heading) (?:says|said|tells) it all|(?:see|as per|per|read) (?:the )?(?:subject(?: line)?|title|below|above|attached|attachment)"
    r"|(?:details|more|everything|all|full story|screenshots?) (?:is |are )?(?:below|above|attached)|as (?:the )?(?:subject|title) says"
    r"|el asunto lo dice todo|(?:ver|véase) (?:el )?asunto|(?:todo|los detalles) (?:está |están )?(?:abajo|adjunto)"
    r"|tout est dans l'objet|l'objet dit tout|(?:voir|cf\.?) (?:l')?objet|(?:voir|détails) ci-dessous"
    r"|(?:siehe|s\.) betreff|der betreff sagt (?:schon )?alles|(?:siehe|details) unten)\b[^.!?\n]{0,20}[.!?:]*\s*$",
    re.IGNORECASE)


def unquotable(sentence: str) -> bool:
    """A sentence a reply should not quote as the grievance: mockery, only a reference or a time, or a pointer to the
    subject line or what follows."""
    if _MOCKING.search(sentence) or _TIME_ONLY.match(sentence) or _POINTS_ELSEWHERE.match(sentence):
        return True
    words = [w for w in _WORD.findall(_REF_BARE.sub(" ", sentence)) if not _REF_LABEL.fullmatch(w)]
    return len(words) < 2


def grievance_features(sentence: str, index: int, is_want: bool, last: bool = False) -> dict[str, float]:
    """What the grievance ranker reads of one sentence of the customer's own text (bench/train_grievance.py)."""
    words = sentence.split()
    problem = min(len(_GRIEVANCE.findall(sentence)), 4)
    feeling = bool(_FEELING.search(sentence))
    return {
        "problem_words": float(problem), "length": min(len(words), 30) / 10, "is_want": float(is_want),
        "aside": float(bool(_ASIDE.search(sentence))),
        "contacts": float(bool(_CONTACTS_ORDINAL.search(sentence) or _CONTACTS_TIMES.search(sentence))),
        "short_question": float(bool(_HEDGE_QUESTION.match(sentence)) and len(words) < 5),
        "position": min(index, 8) / 4, "first": float(index == 0), "question": float("?" in sentence),
        "exclaim": float("!" in sentence), "preamble": float(bool(_PREAMBLE.match(sentence))),
        "feeling_only": float(feeling and problem == 0), "feeling": float(feeling),
        "number": float(bool(_HAS_NUMBER.search(sentence))), "addressed": float(bool(_ADDRESSED.search(sentence))),
        "self": float(bool(_I.search(sentence))), "last": float(last),
    }


# A word of a sentence as the ranker reads it (scikit-learn's CountVectorizer token_pattern in
# bench/train_grievance.py, on the lower-cased sentence): three letters or more.
GRIEVANCE_WORD = re.compile(r"(?u)\b[^\W\d_]{3,}\b")


def grievance_words(sentence: str) -> set[str]:
    """The distinct words the ranker weighs in a sentence."""
    return set(GRIEVANCE_WORD.findall(sentence.lower()))


def _grievance_weights() -> tuple[dict[str, float], dict[str, float]]:
    """The features' weights and the words' weights."""
    path = Path(__file__).resolve().parent / "grievance_weights.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    return dict(zip(data["features"], data["weights"])), data.get("words", {})


_GRIEVANCE_WEIGHTS, _GRIEVANCE_WORD_WEIGHTS = _grievance_weights()


def grievance_candidates(sentences) -> list[tuple[int, int, str]]:
    """(index, start, sentence) of the sentences that can be the grievance: two words or more, not a greeting."""
    out = []
    for index, (start, s) in enumerate(sentences):
        words = s.split()
        if len(words) < 2 or (len(words) <= 6 and _GREETING.match(s)):
            continue
        out.append((index, start, s))
    return out


def _ranked_grievances(sentences, want) -> list[Fact]:
    """The sentences most like the grievance first: a linear ranker over grievance_features and the sentence's words,
    its weights learned from the labelled grievances of the lines we may read (bench/train_grievance.py)."""
    scored = []
    candidates = grievance_candidates(sentences)
    for index, start, s in candidates:
        values = grievance_features(s, index, want is not None and start == want.start, index == candidates[-1][0])
        score = sum(_GRIEVANCE_WEIGHTS.get(name, 0.0) * value for name, value in values.items())
        score += sum(_GRIEVANCE_WORD_WEIGHTS.get(word, 0.0) for word in grievance_words(s))
        score += CONTACTS_PENALTY * values["contacts"] + (UNQUOTABLE_PENALTY if unquotable(s) else 0.0)
        scored.append((score, start, s))
    if not scored:
        stripped = [(st, s) for st, s in sentences if s.strip()]
        return [_trimmed("what_happened", *stripped[0])] if stripped else []
    scored.sort(key=lambda x: -x[0])
    return [_trimmed("what_happened", start, s) for _, start, s in scored]


_LEADING_GREETING = re.compile(r"^\s*(?:hi|hello|hey|hola|bonjour|hallo|buenas(?: tardes| noches)?|buenos días|guten tag)\b[^,.!:\n]{0,30}[,!:]\s*",
                               re.IGNORECASE)


def _without_greeting(start: int, sentence: str) -> tuple[int, str]:
    """'Hi, my order arrived broken.' -> 'my order arrived broken.' (the greeting is not the grievance)."""
    m = _LEADING_GREETING.match(sentence)
    if m and len(sentence) - m.end() > 10:
        return start + m.end(), sentence[m.end():]
    return start, sentence


# The mocking praise around a grievance ("Great, another week without heating, thanks so much.") is left out of the
# quote: the reply quotes what happened, not the sarcasm.
_MOCK_OPENER = re.compile(r"^(?:oh,? )?(?:great|brilliant|wonderful|fantastic|perfect|lovely|super|genial|estupendo|génial|parfait|"
                          r"toll|prima|klasse)[,!.]\s+(?=\S+\s+\S)", re.IGNORECASE)
_MOCK_CLOSER = re.compile(r",\s*(?:(?:thanks?|thank you|gracias|merci|danke)(?: so much| a lot| very much| beaucoup| muchas| vielmals)?"
                          r"|shocker|what a (?:surprise|shock)|surprise,? surprise|go figure|who knew|qué sorpresa|menuda sorpresa"
                          r"|quelle surprise|comme par hasard|was für eine überraschung|welch(?:e)? überraschung)[.!]*$",
                          re.IGNORECASE)


def _trimmed(kind: str, start: int, sentence: str) -> Fact:
    lead = len(sentence) - len(sentence.lstrip())
    value = sentence.strip()
    if kind == "what_happened":
        opener = _MOCK_OPENER.match(value)
        if opener:
            lead, value = lead + opener.end(), value[opener.end():]
        value = _MOCK_CLOSER.sub("", value)
    return Fact(kind, value, start + lead, start + lead + len(value))


# "the second time you sent the wrong box": the company's doing, not a contact of theirs.
# ("que je vous écris": "vous" after "je" is whom they write to.)
_COMPANY_DID = re.compile(r"\b(?:you|they|you've|they've|you have|they have|your \w+|(?<!\bje )(?<!\bnous )(?<!\bon )vous|ils|ustedes|sie)\s+$",
                          re.IGNORECASE)


def _customer_contact_word(sentence: str) -> bool:
    return any(not _COMPANY_DID.search(sentence[max(0, m.start() - 20):m.start()]) for m in _CONTACT_WORD.finditer(sentence))


def _contacts(own: str) -> tuple[int, bool]:
    count = 0
    previous: tuple[re.Match, int] | None = None
    # Contacts with someone else they dealt with ("I've messaged the sitter three times", "den Vermieter dreimal angerufen")
    # are not contacts with us: the brief's "4th contact" and the draft's "four times" came from them (nb-62-086).
    others = [m.span() for m in OTHER_PARTY_CONTACT.finditer(lower_same_length(own))] if own else []
    for m in _CONTACTS_TIMES.finditer(own):
        if others and any(a < m.end() and m.start() < b for a, b in others):
            continue
        raw = (m.group("n") or m.group("n2") or m.group("n3") or m.group("n4") or "").lower().split()[0]
        n = int(raw) if raw.isdigit() else _COUNT_WORDS.get(raw, 0)
        if raw.isdigit() and (n > 20 or (m.group("n") and not re.search(r"(?:times|veces|fois|mal)\s*$", m.group(0), re.I))):
            continue  # "spoke to him at 2.15pm" is a time, not a count
        if previous is not None and _JOINED_COUNTS.fullmatch(own, previous[0].end(), m.start()) \
                and -1 != _channel(previous[0].group(0)) != _channel(own[previous[0].end():m.end() + 15]) != -1:
            n += previous[1]
        previous = (m, n)
        count = max(count, n)
    for m in _CONTACTS_ORDINAL.finditer(own):
        # "the 4th time the delivery's been missed" counts failures: only a sentence about contacting us counts.
        start = max(own.rfind(".", 0, m.start()), own.rfind("\n", 0, m.start())) + 1
        end = min([i for i in (own.find(".", m.end()), own.find("\n", m.end())) if i >= 0] or [len(own)])
        if _DELIVERY_AFTER.match(own, m.end()) or _SENT_TO_THEM.match(own, m.end()) or _REFUSED_NEXT.search(own, start, m.start()):
            continue  # "a third attempt to deliver", "the second letter you sent me": the courier's, the company's
        if not (_CONTACT_NOUN.search(m.group(0)) or _customer_contact_word(own[start:end])
                or _OWN_ATTEMPT.search(own, max(0, m.start() - 12), m.end())
                or own[start:end].strip(_BARE_ORDINAL_TRIM).lower() == m.group(0).lower()
                or (not own[start:m.start()].strip() and _ATTEMPT_WORD.search(m.group(0)))
                or (not own[start:m.start()].strip() and _OPENER_MARK.match(own, m.end()))):
            continue
        plus = _PLUS_CONTACTS.match(own, m.end())
        count = max(count, _ORDINALS.get(m.group("o").lower(), 0) - 1 + (_PLUS_N[plus.group("n").lower()] if plus else 0))
    dated = _dated_contacts(own)
    if dated > 1:  # one dated contact ("I asked on 2 July") says they were in touch, not how often
        count = max(count, dated)
    return count, bool(_CONTACTS_AGAIN.search(own) or _CONTACTED_BEFORE.search(own))


def _inside(position: int, facts) -> bool:
    return any(f.start <= position < f.end for f in facts)


def _overlaps(start: int, end: int, facts) -> bool:
    return any(start < f.end and f.start < end for f in facts)


def _unique_facts(facts) -> tuple[Fact, ...]:
    out: list[Fact] = []
    for f in facts:
        if f is None or _overlaps(f.start, f.end, out):
            continue
        if f.text.lower() in {o.text.lower() for o in out}:
            continue
        out.append(f)
    return tuple(sorted(out, key=lambda f: f.start))
