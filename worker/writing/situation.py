"""The case as the note and the draft need it: topic, cues, facts, and a few light signals the detector lacks.

The detector's cues are taken as they come (any name, known or not). On top of them a handful of small,
explicit signals read the customer's own text: asking to cancel vs threatening to leave vs already cancelled,
bereavement and fear, an insult aimed at staff vs swearing at the situation, and whether they wrote formally.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from calmdesk.languages import QUOTED_SPAN
from worker.detector import MAX_ANALYSED_CHARS, MONEY_BACK_PATTERN
from worker.detector.own_text import quoted_reply, without_quoted_lines
from worker.writing.facts import Facts, extract_facts, sentence_bounds
from worker.writing.topics import AVERTED, CANCEL_NOT_ASKED, CANCEL_NOW, CARD_OR_ACCOUNT, DEMANDED, GOODS_TAKEN, IDENTITY_TAKEN, MISSING_FROM_ORDER, MODEL_CONFIDENT, MONEY_TAKEN, OWN_PURCHASE, OWN_PURCHASE_AFTER, PORTING_OUT, SECURITY_HOLD, said_cancelled, topic_and_confidence, work_done

# Every cue the note knows how to speak about; anything else is shown by name and otherwise ignored.
KNOWN_CUES = ("abuse", "profanity", "legal_threat", "churn_threat", "cancel_request", "already_cancelled",
              "repeat_contact", "escalation_request", "public_exposure", "urgency", "distress", "shouting")


def _c(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.IGNORECASE)


_CONDITION = _c(r"\b(?:if|unless|or|otherwise|else|until|si|sino|o|ou|sinon|sonst|wenn|falls|oder|ansonsten)\b")
_ASK_CANCEL = _c(
    r"\b(?:please (?:cancel|close|terminate)|(?:I want|I'd like|I would like|I wish|I need) (?:you )?to (?:cancel|close|terminate|end) (?:my|the|our|this)"
    r"|cancel my (?:account|subscription|membership|contract|plan|policy)(?: now| today| immediately)?[.!]|close my account[.!]|delete my account"
    r"|(?:quiero|deseo|solicito) (?:cancelar|dar(?:me)? de baja)(?! (?:la|esta|esa|dicha|su) (?:factura|reclamación|cargo|cobro|deuda))|den(?:me)? de baja|cancelen (?:mi|la|el)(?! (?:factura|cargo|cobro|recibo|deuda)\b)|cierren mi cuenta"
    # The same asked with tú / vosotros; "cancela mi…" only opening a sentence, where it cannot be "nadie cancela mi…".
    r"|da(?:d)?me de baja|(?:^|(?<=^[¿¡])|(?<=[,:] )|por favor,? )(?:cancela|cierra)(?:d)? (?:mi|la|el)\b"
    r"|(?:je (?:veux|souhaite|voudrais)|je vous demande de|je te demande de|merci de|veuillez) (?:résilier|annuler|fermer|clôturer)"
    r"|résiliez|annulez (?:mon|ma)(?! (?:facture|relance|prélèvement|pénalité)\b)|(?<!je )(?:résilie|annule) (?:mon|ma)"
    r"|hiermit kündige|kündige (?:ich )?hiermit|bitte (?:kündigen|stornieren|schließen) sie(?! (?:\S+ )?(?:die|diese|ihre|den|diesen|ihren) (?:\w+)?(?:rechnung|mahnung|forderung|gebühr|abbuchung|lastschrift|zahlung)\w*)|kündigen sie (?:bitte )?(?:meinen|mein|meine|den|das|die)"
    r"|bitte (?:kündige|kündigt|storniere|storniert|schließe|schließt)\b|(?<!ich )kündige (?:bitte )?(?:meinen|mein|meine|den|das|die))")


# A cancel request is the remedy the customer chose; the situation is what they leave over. Writers label "cancel my
# contract, the line has dropped every evening for a week" as the outage, and "cancel it, I've asked three times" or
# "the cancel button loops" as a cancellation: on the readable sets, 26 of 68 upset cancel requests are labelled with
# what went wrong. A price rise announced is why they leave, so it stays a cancellation ("premium going from £14 to £23
# ... cancel my policy"), as does a complaint about the service alone (how the cancelling was handled, usually).
_NOT_A_CAUSE = ("cancellation", "other", "praise", "billing_question", "product_question", "poor_service")
_PRICE_RISE = _c(r"\b(?:(?:go|goes|going|gone|went|rises|rising|rose|increas\w+|jump\w*) (?:up )?from [£$€]?\d|price (?:rise|increase|hike)|(?:prices?|premium|fee|tariff) (?:is |are )?(?:going up|rising|increasing)"
                 r"|subida de(?:l)? precio|aumento de(?:l)? precio|sube (?:de|el precio)|augmentation (?:de|du) (?:prix|tarif)|hausse (?:de|du) (?:prix|tarif)"
                 r"|preiserhöhung|erhöh\w* (?:\S+ ){0,5}(?:preis|beitrag|gebühr))")


# Asking, while leaving, that the mailings stop ("Quiero dar de baja la póliza ... dejen de enviarme los correos de la
# revisión anual", "cancel it and stop emailing me") is part of the leaving, not a data request it leaves over.
_STOP_SENDING = _c(r"\b(?:stop (?:sending|emailing|texting|messaging|contacting|calling) (?:me|us)|dejen? de (?:enviarme|mandarme|escribirme|llamarme)"
                   r"|(?:arrêtez|cessez) de m'(?:envoyer|écrire|appeler|contacter)|(?:hören sie auf|aufhören),? mir (?:\w+ ){0,3}zu (?:schicken|senden|schreiben))")


def _what_they_leave_over(own: str, subject: str, cues: list[str]) -> tuple[str, float] | None:
    """The situation read without the sentences asking to cancel, when it is a concrete one the reading is sure of."""
    rest = " ".join(s for s in _SENTENCES.split(own) if not _asks_to_leave(s) and not _STOP_SENDING.search(s))
    if not rest.strip() or _PRICE_RISE.search(own):
        return None
    topic, confidence = topic_and_confidence(rest, subject, cues)
    return (topic, confidence) if topic not in _NOT_A_CAUSE and confidence >= MODEL_CONFIDENT else None


_SENTENCES = re.compile(r"(?<=[.!?\n])\s+")
# An imperative opening the sentence ("Cancel the subscription and refund...", "Close our account"), or its second
# clause ("Refund the hamper please, and cancel my monthly box"), asks to leave too.
# (Reading the rest without a subject that names the leaving, "Konto löschen", lost three held-out lines: not done.)
# Mid-sentence, "end" is no leaving ("and end the call"), and neither is closing a ticket, a case or a complaint, nor
# cancelling an invoice or a charge, anywhere.
_CANCEL_IMPERATIVE = _c(r"(?:^\s*(?:(?:please|kindly),? )?(?:cancel|close|terminate|end|delete)"
                        r"|(?:,\s*(?:and\s+)?(?:then\s+)?|\band\s+(?:then\s+)?)(?:(?:please|kindly),? )?(?:cancel|close|terminate|delete))"
                        r" (?:my|the|our|this|that)\b(?! (?:ticket|case|complaint|call|chat|claim|invoice|bill|reminder|charge|fee)\b)")


def _asks_to_leave(sentence: str) -> bool:
    """Asks to cancel, or for the code that moves them to another provider ("I want my PAC code so I can leave")."""
    return bool(_ASK_CANCEL.search(sentence) or CANCEL_NOW.search(sentence) or _CANCEL_IMPERATIVE.search(sentence)
                or PORTING_OUT.search(sentence))


def _asks_to_cancel(text: str) -> bool:
    """An explicit request to cancel, in a sentence with no condition or alternative."""
    for sentence in _SENTENCES.split(text or ""):
        if _ASK_CANCEL.search(sentence) and not _CONDITION.search(sentence):
            return True
    return False


# What a cancellation asked for ends: an order or a booking ("Please cancel the order EG-23544", "cancelen el pedido",
# "annulez ma réservation", "bitte stornieren Sie die Bestellung") is cancelled and paid back, not an account closed:
# "I've [closed your account / cancelled your subscription]" offered the agent two wrong choices (round 23, nb-67-059).
# About 1 in 14 readable cancel requests names an order or booking with no account, subscription or contract beside it.
_ORDER_WORD = (r"orders?|purchases?|pedidos?|compras?|commandes?|achats?|bestellung(?:en)?|kauf")
_BOOKING_WORD = (r"bookings?|reservations?|appointments?|trip|flights?|tickets?|reservas?|citas?|viajes?|billetes?|entradas"
                 r"|réservations?|rendez-vous|voyages?|billets?|buchung(?:en)?|reservierung(?:en)?|termine?|reise|karten")
_CANCEL_WHAT = _c(r"\b(?:cancel\w*|anul\w*|annul\w*|stornier\w*|storno)\W+(?:\w+\W+){0,3}?(?:(" + _ORDER_WORD + r")|(" + _BOOKING_WORD + r"))\b"
                  r"|\b(?:(" + _ORDER_WORD + r")|(" + _BOOKING_WORD + r"))\W+(?:\w+\W+){0,4}?(?:stornier\w*|annullier\w*)")
_ENDS = _c(r"\b(?:cancel\w*|close|closing|terminat\w+|delete|anul\w*|baja|cierr\w+|annul\w*|résili\w*|ferm\w+|clôtur\w+|kündig\w*|stornier\w*|schließ\w*|lösch\w*)\b")
_KEPT_ON = _c(r"\b(?:account|subscription|membership|contract|plan|policy|cuenta|suscripci\w+|abono|contrato|póliza|compte|abonnement"
              r"|contrat|adhésion|konto|abo|vertrag|mitgliedschaft|police|tarif)\b")


def cancel_object(own: str) -> str:
    """'order' or 'booking' when what they ask to cancel is one: called once a cancel request is read, so the first
    sentence that cancels an order or a booking names it; '' when a sentence that cancels or closes names an account,
    a subscription or a contract (that closure is the one asked)."""
    found = ""
    for sentence in _SENTENCES.split(own or ""):
        if _ENDS.search(sentence) and _KEPT_ON.search(sentence):
            return ""
        what = _CANCEL_WHAT.search(sentence)
        if what and not found:
            found = "order" if what.group(1) or what.group(3) else "booking"
    return found


_SOON = _c(r"\b(?:today|tonight|this (?:morning|afternoon|evening)|tomorrow|asap|right now|immediately|hoy|esta noche|mañana|ahora mismo"
           r"|aujourd'hui|ce soir|demain|immédiatement|heute|heute abend|morgen|sofort)\b")


def _own_purchase(own: str, start: int, end: int) -> bool:
    """The sum is what they paid for something of their own, told in its sentence before it ("I bought 2 tickets ...
    £178 total", "I paid £210 for these") or after it ("a £1,249 laptop I'd bought"): not money taken from them."""
    first, last = sentence_bounds(own, start, end)
    before = OWN_PURCHASE.search(own, max(first, start - 80), last)  # "I paid ... for" reads past the sum
    return bool(before and before.start() < start or OWN_PURCHASE_AFTER.search(own[end:last]))


def _deadline_soon(facts: Facts) -> bool:
    return bool(facts.deadline and _SOON.search(facts.deadline.text))


_HEALTH = _c(r"\b(?:chest pains?|can'?t breathe|breathing difficult\w*|allergic reaction|anaphyla\w+|epipen|ambulance|a ?& ?e\b|emergency room|collapsed"
             r"|heart attack|seizure|dolor (?:en el|de) pecho|reacción alérgica|no puedo respirar|(?<!teléfono de )(?<!línea de )(?<!número de )urgencias|ambulancia"
             r"|douleurs? (?:à la|thoracique)|réaction allergique|(?<!numéro des )(?<!ligne des )urgences|brustschmerz\w*|allergische reaktion|notaufnahme|notarzt|krankenwagen)\b")
# (A bank's or a company's emergency line, "el teléfono de urgencias" that keeps a fraud victim on hold, is no health
# emergency: the draft told them to call the emergency services.)
# An animal's illness ("my cat was vomiting ... the emergency vet") or staff's words quoted ("she told me 'go to A&E
# then'") is no health emergency of the customer's: no "if you feel unwell now, call emergency services".
_ANIMAL = _c(r"\b(?:cat|cats|dog|dogs|puppy|kitten|pet|pets|rabbit|horse|vet|vets|gat[oa]s?|perr[oa]s?|mascota|veterinari\w*|chat|chats|chien\w*"
             r"|chiot|vétérinaire|katze|katzen|kater|hund|hunde|welpe|haustier|tierarzt\w*|tierklinik)\b")
_OPEN_QUOTE_BEFORE = re.compile(r"(?:(?:^|(?<=[\s(:,]))['‘]|[\"“«„])[^\"”»’]*$")  # a quote opened and not closed


# An emergency told as history ("an allergy that has put him in A&E before", "ya acabó en urgencias el año pasado",
# "il a déjà fini aux urgences", "war schon einmal in der Notaufnahme"): the reason it matters, not an emergency now.
_EARLIER_EPISODE = _c(r"\b(?:before(?! (?:I|we|you|he|she|they|it|my|the)\b)|in the past|previously|last (?:year|time|month|summer|winter|spring|autumn)"
                      r"|(?:should|would|could|might) have (?:called|gone|needed|rung|taken)|every (?:term|time|year|month|day|visit)"
                      r"|years? ago|antes(?! de)|alguna vez|el (?:año|mes) pasado|déjà|autrefois|l'an(?:née)? dernier|schon (?:einmal|mal)|früher"
                      r"|letztes jahr|vor (?:einem|zwei|drei) jahren)\b")
_NOW = _c(r"\b(?:now|right now|today|tonight|this (?:morning|afternoon|evening)|ahora|hoy|esta (?:mañana|tarde|noche)|maintenant|aujourd'hui"
          r"|ce (?:matin|soir)|cet après-midi|jetzt|heute|gerade)\b")


# An injury or illness told as over and treated ("Les urgences ont confirmé une fracture", "she was seen at A&E last night
# and has a cast now", "le dieron el alta", "in der Notaufnahme genäht"), one averted ("si je ne l'avais pas fait, on
# finissait aux urgences", "we'd have ended up in A&E"), or one they say is behind them ("He's home and recovering
# well"): nobody is unwell now, and "if you are unwell right now, call the emergency number" speaks to a parent or a
# partner as the patient of an emergency that is over (nb-57-027, nb-53-026, nb-53-015). Unless, in the same sentence,
# someone still is ("was seen at A&E but is still struggling to breathe").
_TREATED = _c(r"\b(?:(?:was|were|been|got) (?:seen|treated|checked|assessed|examined|x-?rayed|discharged|stitched|sent home|patched up)"
              r"|confirmed|diagnosed|discharged|(?:has|have|had|got|with|wearing) (?:a |her |his |their |my )?(?:cast|plaster|sling|stitches|splint)"
              r"|(?:ont|a|avaient|avait) (?:confirmé|diagnostiqué)|plâtr\w*|points de suture|(?:a|ont) été (?:vu|vue|vus|soigné\w*|examiné\w*|recousu\w*)"
              r"|confirmaron|diagnosticaron|escayol\w*|(?:le|la|lo|les|nos|me) (?:atendieron|dieron el alta|cosieron|pusieron (?:puntos|una escayola|un yeso))"
              r"|puntos de sutura|bestätigt\w*|diagnostiziert|gegipst|genäht|entlassen|geröntgt)\b")
_AVERTED_HARM = _c(r"(?:\b(?:would|could|might)(?:n't)? have|\b(?:would|could|might)'ve|'d have) (?:ended|been|gone|finished|landed|had to|needed)\b"
                   r"|\b(?:finissait|finissions|(?:aurai[st]|aurions|auraient) (?:pu |dû )?(?:fini|terminé|été|atterri)"
                   r"|(?:habría|hubiera|habríamos|hubiéramos|podría haber|podríamos haber) (?:acabado|terminado|ido|estado)"
                   r"|(?:wäre|wären) (?:\w+ ){0,4}(?:gelandet|gewesen))\b")
_RECOVERED = _c(r"\b(?:recovering|(?:he|she|they|he's|she's|they're)(?: is| are)? (?:back )?(?:home|fine|ok|okay|doing (?:well|fine|ok))(?! yet)\b"
                r"|va (?:beaucoup )?mieux|se (?:está )?recuperando|ya está (?:bien|en casa)|(?:ist|sind) wieder (?:zu hause|gesund|fit)|erholt sich)")
_STILL_UNWELL = _c(r"\b(?:still|right now|toujours|encore|sigue|siguen|todavía|noch|immer noch|gerade)\b(?: \w+){0,3} (?:in|at|à|aux|en|im|unwell|ill|struggling"
                   r"|can'?t|in pain|hospital\w*|malade|mal|ingresad\w*|krank)\b|\bcan'?t breathe\b"
                   r"|\b(?:right now|at the moment|ahora mismo|en este momento|en ce moment|actuellement|im moment|gerade)\b")
# A thing that collapsed ("the whole chain has collapsed", "the shelf collapsed") is no one's health.
_THING_COLLAPSED = _c(r"\b(?:chain|sale|deal|market|company|business|firm|roof|ceiling|shelf|shelves|wall|fence|bed|chair|table|tent|floor"
                      r"|system|website|site|server|plans?|talks|purchase|bridge|prices?|stack|structure|box|boxes|cake|gazebo)"
                      r"(?: (?:has|had|have|just|completely|totally|then))* collapsed\b")


def _their_health(own: str) -> bool:
    for m in _HEALTH.finditer(own):
        start, stop = sentence_bounds(own, m.start(), m.end())
        if _ANIMAL.search(own, start, stop) or _OPEN_QUOTE_BEFORE.search(own, start, m.start()):
            continue
        if _EARLIER_EPISODE.search(own, start, stop) and not _NOW.search(own, start, stop):
            continue
        if m.group(0).lower() == "collapsed" and _THING_COLLAPSED.search(own, max(start, m.start() - 50), m.end()):
            continue
        if (_TREATED.search(own, start, stop) or _AVERTED_HARM.search(own, start, stop)
                or _RECOVERED.search(own)) and not _STILL_UNWELL.search(own, start, stop):
            continue
        return True
    return False


# Money back or a replacement asked for: "Can you refund the meat and fish", "Ich will die Differenz erstattet haben".
_MONEY_BACK = _c(MONEY_BACK_PATTERN)
# "I don't want a refund, I want what I ordered", "pas de remboursement", "kein Geld zurück": money back refused.
_NO_MONEY_BACK = _c(r"\b(?:(?:don'?t|do not|doesn'?t|never) want (?:a |my |the |any )?(?:refund|money back|credit)|not (?:a |the )?refund|no refund"
                    r"|keine? (?:erstattung|rückerstattung|geld zurück|gutschrift)|pas (?:de |d'un |un )(?:remboursement|avoir)"
                    r"|no quiero (?:un |el |ningún )?(?:reembolso|que me devolv\w+|abono))\b")
_REMEDY = _c(MONEY_BACK_PATTERN + r"|\b(?:replace\w*|remplace\w*|ersatz\w*|umtausch\w*)\b")
# The thing itself asked for again: a replacement, an exchange, the right one sent ("send the correct size", "schicken Sie
# mir den richtigen", "envoyez-moi la bonne taille"). Without it, money back asked for is the remedy they chose
# ("Cancel the order, collect this one, and refund me in full"), and the draft does not offer to send the right item.
_THING_AGAIN = _c(r"\b(?:replace\w*|remplace\w*|reemplaz\w*|sustitu\w*|ersatz\w*|umtausch\w*|austausch\w*|exchange\w*|échange\w*|swap\w*"
                  r"|cambi(?:o|ar|ármelo|ármela|éis|en)\b|(?:send|ship|deliver|get)(?: me| us)? (?:the |a |my )?(?:right|correct|proper)"
                  r"|(?:envoy|expédi)\w* (?:moi |nous )?(?:le bon|la bonne|les bons|les bonnes)|(?:envi|mand)\w* (?:el|la|los|las) (?:correct|buen)\w*"
                  r"|(?:schick|send|liefer)\w* (?:\w+ ){0,2}(?:den|die|das) richtige)")
# "murió", "est mort(e)", "starb" said of one of their own ("Mi abuela murió el mes pasado", nb-65-084, which got "Lo siento
# mucho. Nos dices: «SIETE MESES...»" and no condolences): a death, as "died" is in English. Only beside a relative, as
# "le téléphone est mort" or "der Akku starb" are no one's death.
_KIN = (r"(?:madre|padre|mamá|papá|abuel[oa]s?|marido|mujer|espos[oa]|hij[oa]s?|herman[oa]s?|tí[oa]|suegr[oa]|pareja|prim[oa]|niet[oa]"
        r"|père|mère|papa|maman|grand-père|grand-mère|mari|femme|époux|épouse|fils|fille|frère|s(?:œ|oe)ur|oncle|tante|conjointe?"
        r"|vater|mutter|oma|opa|großmutter|großvater|mann|frau|sohn|tochter|bruder|schwester|onkel|tante|schwiegermutter|schwiegervater)")
_KIN_OWN = r"(?:mi|mis|nuestr[oa]s?|mon|ma|mes|notre|nos|mein|meine|meinen|unser|unsere)"
_BEREAVEMENT = _c(r"\b(?:died|passed away|passing|funeral|death certificate|bereave\w*|my late|widow\w*|condolences|falleci\w+|difunt[oa]"
                  r"|décéd\w+|décès|fallecimiento|muerte de mi|tod (?:meine[rs]?|unsere[rs]?)|obsèques|funérailles|verstorben\w*|gestorben|beerdigung|trauerfeier|sterbeurkunde"
                  rf"|{_KIN_OWN} {_KIN}(?: \w+){{0,3}} (?:murió|murieron|(?:se )?(?:ha|han) muerto|se murió|(?:est|sont) morte?s?(?! de rire)|starb|starben)"
                  rf"|(?:murió|(?:ha|han) muerto|se murió|starb) {_KIN_OWN} {_KIN}|la mort de {_KIN_OWN} {_KIN})\b")
# A thing that "died" (the old fridge, the battery, the plants) is no bereavement: no condolences for a broken freezer.
_THING_DIED = _c(r"\b(?:it|one|ones|battery|batteries|phone|mobile|laptop|tablet|computer|pc|car|van|fridge|freezer|engine|tv|telly|screen"
                 r"|printer|boiler|router|modem|machine|motor|device|charger|headphones|earbuds|watch|kettle|hoover|vacuum|console"
                 r"|controller|drive|disk|signal|line|connection|plants?|flowers|tree|hedge|lawn|bulb|lights?|app|akku|handy|gerät"
                 r"|thermostat|scooter|e-?bike|bike|heater|pump|camera|speaker|mouse|keyboard|sim|card reader|meter)"
                 r"(?: (?!(?:mum|mom|mother|dad|father|husband|wife|partner|son|daughter|child|baby|brother|sister|gran\w*|grand\w*|nan|uncle"
                 r"|aunt\w*|cousin|friend|he|she|who|they|dog|cat|pet|vater|mutter|mann|frau)\b)\w+){0,2} (?:died|has died|had died|just died|ist gestorben|gestorben)\b")
# Food and heating are fear only when they are going without: "£35 is my food shopping for the week", "no heating, no
# hot water"; not "the food was excellent", "kitten food", "Plumbing & Heating Ltd". "Elderly" alone is no one's fear
# (an elderly cat, an elderly neighbour who slipped): on the readable sets it was never said by a distressed customer.
# "I'm afraid" opening a clause is English politeness ("I'm afraid I'm going round in circles", "I'm afraid we need to
# cancel"): all 7 readable lines with it (session 22), none distressed. Fear is afraid of, to or for something.
_FEAR = _c(r"\b(?:scared|frightened|terrified|panick?\w*|desperate|in tears|crying|can'?t sleep|vulnerable|worried sick|anxious|shaking"
           r"|(?:so |really |very |terribly |truly )afraid|afraid (?:of|to|for)"
           r"|can'?t afford|my rent|no money (?:left|for)|hospital|surgery|my baby|wheelchair|disabled|\d{2}-year-old"
           r"|food (?:money|shop(?:ping)?|budget|and (?:\w+ )?(?:bills|money|rent))|my food for|(?:had|money|left|enough|nothing) for food"
           r"|without food|(?:no|without) heating|heating (?:money|bill)"
           r"|angustiad[oa]|asustad[oa]|desesperad[oa]|miedo|peur|paniqu\w+|désespér\w+|angoiss\w+|verzweifelt|angst|panik|fassungslos)\b")
# The cues are the detector's alone (worker/detector/signals.py CUE_PATTERNS owns them). This module used to add
# escalation, legal threat, distress, abuse, profanity, public exposure and urgency from readings of its own; on the 679
# upset messages we may read (session 7) those additions were right 4 times in 69 (57 of them urgency from any
# deadline), so they went. _THREAT and _DIRECTED_INSULT stay for what the detector does not say: its abuse cue joins
# threats and insults, and the note needs them apart (a threat or repeated insults get the boundary paragraph);
# _PROFANITY, _FEAR and the bereavement and health readings choose the draft's words, not the cues.
# Contempt aimed at the company or its people (not at the situation).
_DIRECTED_INSULT = _c(
    r"\b(?:you(?:'re| are)? (?:all )?(?:\w+ )?(?:idiots?|morons?|clowns|incompetent|useless|pathetic|liars?|thieves|crooks|scammers|a joke|a disgrace|criminals|stupid|muppets|amateurs|frauds?)"
    r"|(?:useless|incompetent|pathetic|lying|stupid|brainless) (?:idiots?|people|lot|company|bunch|morons?|clowns|staff|agents?|team)|you people|bunch of \w+|either (?:she|he)'?s a liar"
    r"|idiotas|incompetentes|inútiles|sinvergüenzas|ladrones|bande d'\w+|incompétents|nuls|escrocs|voleurs|idioten|unfähig\w*|inkompetent\w*|betrüger|vollpfosten|saftladen)\b")
_THREAT = _c(r"\b(?:I know where you|you(?:'ll| will) regret|watch your back|come down there and|(?:hurt|kill|smash) (?:you|someone|the)|te vas a enterar|vous allez le regretter|ihr werdet es bereuen)\b")
_PROFANITY = _c(r"\b(?:f+u+c+k\w*|f\*+\w*|shit\w*|sh\*t|bloody|damn\w*|crap|bullshit|wtf|ffs|fml|hell|piss\w*|mierda|joder|coño|putain|merde|bordel|scheiß\w*|scheisse|verdammt\w*|mist)\b")
# Formal address that settles the register even beside a tú/tu/du: a letter's formulae, "usted", "veuillez". A message
# with both is answered formally, the safer mistake: a formal reply to a casual customer reads as stiff, a casual reply to
# a formal one as rude.
_FORMAL = {
    "en": _c(r"^\s*(?:dear (?:sir|madam|sirs|mr|mrs|ms|dr|customer|(?:\w+ ){1,3}(?:team|department|office|manager|director))|to whom it may concern)"
             r"|^\s*dear (?!all\b)[^\W\d][\w&'.-]*(?: [\w&'.-]+){0,3},?[ \t]*(?:\n|$)|yours (?:faithfully|sincerely)|^\s*(?:kind|best) regards|I am writing (?:to|regarding|further)|I write (?:to|further)"),
    "es": _c(r"\b(?:estimad[oa]s?|atentamente|usted|me dirijo a|les escribo|reciban un cordial|les ruego|le ruego|muy señor(?:es)? mí[oa]s?)\b"),
    "fr": _c(r"\b(?:madame|monsieur|cordialement|veuillez|je vous prie|salutations distinguées|je me permets)\b"),
    "de": re.compile(r"Sehr geehrte|(?:Mit )?freundlichen Grüßen"),
}
# Capitalised "Sie" and "Ihnen" mid-sentence are "you"; at a sentence's start "Sie" may be "sie" (they, she).
_GERMAN_FORMAL = re.compile(r"(?<![.!?\n]\s)(?<!^)\b(?:Sie|Ihnen|Ihre[mnrs]?)\b")
# Polite on their own, but also a plain greeting or the plural for a whole company: "ustedes" is every plural in Latin
# America, "vous" every plural in French. Formal when nothing else is said; they yield to a tú/tu/du in the same message.
_WEAK_FORMAL = {
    "es": _c(r"\b(?:ustedes|buenos días|buenas tardes|buenas noches|quisiera)\b"),
    "fr": _c(r"\bvous\b"),
}
# Second-person informal address (tú and vosotros, tu, du and ihr): what the draft mirrors. Only forms that cannot be
# anything else: not a greeting ("Hola", "Salut", "Hi" are said to anyone), not "le ton" (the tone), not "ihr" (her),
# not a verb that is also third person ("schickt").
_INFORMAL = {
    "en": _c(r"^\s*(?:hi|hey|hiya|yo)\b|\bcheers\b|\blol\b|\bguys\b"),
    "es": _c(r"\b(?:tú|te|ti|contigo|tus?|tuy[oa]s?|vosotr[oa]s|(?-i:[Oo]s)|vuestr[oa]s?"
             r"|puedes|podrías|tienes|sabes|quieres|eres|estás|has|necesitas|vas a"
             r"|dime|dame|hazme|ayúdame|llámame|avísame|explícame|mándame|envíame|contéstame|respóndeme|devuélveme|escríbeme|oye|perdona"
             r"|\w+(?:áis|éis|asteis|isteis)|sois|vais|dais|veis|seguís|decís|pedís|venís|salís|recibís|escribís"
             r"|\w+[aei]dme|\w+[aei]dnos)\b"),
    "fr": _c(r"\b(?:tu|toi|ta|tes|te|t['’](?=\w)|(?<!\ble )(?<!\bun )(?<!\bce )(?<!\bdu )(?<!\bau )(?<!\bmême )(?<!\bquel )ton"
             r"|(?<!ez)(?<!dites)(?<!faites)-moi)\b"),  # "dites-moi", "faites-moi savoir": the vous imperative
    "de": _c(r"\b(?:du|dich|dir|dein\w*|euch|euer|eure\w*"
             r"|kannst|könntest|hast|hättest|bist|wärst|willst|musst|sollst|solltest|weißt|würdest|darfst"
             r"|könnt|habt|seid|wollt|müsst|solltet|würdet|hättet|wärt|dürft"
             r"|bitte (?:kündigt|schickt|meldet|storniert|ändert|prüft|checkt|erstattet|überweist|ruft|schaut|gebt|sagt|macht|bucht|löscht|korrigiert|sperrt)"
             r"|schau mal|sag mal|gib mir|hilf mir|ruf mich)\b"),
}
# "ihr" addressing the company, lowercase or opening a sentence, before its verb ("ihr erhöht ab Januar den Preis",
# "Warum habt ihr", "wenn ihr das nicht ändert"): the informal plural, as "euch" and "eure" are (nb-63-034 got "Sie" beside
# nb-63-067's "euch" and du). Only at a clause's start and before a lowercase verb in -t: "ich habe ihr gesagt" (told her),
# "Ihr Paket" (your parcel) and "ihr Mann" (her husband) are not it.
_GERMAN_IHR = re.compile(r"(?:^|[\n.!?,;:]\s*|\b(?i:und|aber|dass|wenn|weil|ob|warum|wieso|weshalb|wie|was|wo|wann|denn|dann|oder|jetzt|da) )"
                         r"[Ii]hr (?!(?:nicht|jetzt|erst|selbst|recht|gut|mit|seit|bitte|halt|bereits|bist|meint)\b)(?!ge[a-zäöüß]+t\b)[a-zäöüß]+t\b"
                         r"|(?:^|[\n.!?,;:]\s*|\b(?i:warum|wieso|weshalb|wie|was|wo|wann|jetzt|dann|so) )(?i:[a-zäöüß]+t) ihr\b"
                         r"|\b(?i:dass|wenn|weil|ob|bevor|bis|damit|falls) ihr (?!(?:ge[a-zäöüß]+t)\b)[a-zäöüß]")
_TITLE_GENDER = {"mr": "m", "herr": "m", "m": "m", "monsieur": "m", "sr": "m", "don": "m", "mrs": "f", "ms": "f", "miss": "f",
                 "frau": "f", "mme": "f", "madame": "f", "mlle": "f", "sra": "f", "srta": "f", "doña": "f", "dr": "dr",
                 "prof": "dr"}


@dataclass(frozen=True)
class Situation:
    topic: str
    cues: tuple[str, ...]  # the detector's cues, then the ones read here; any name may appear
    facts: Facts
    cancel_request: bool = False
    already_cancelled: bool = False
    churn_only: bool = False  # threatens to leave but does not ask to cancel
    bereavement: bool = False
    frightened: bool = False
    fraud: bool = False
    security_hold: bool = False  # their own payment held by the company's security: they want it released, not a claim
    money_taken: bool = False  # a fraud or security report that names money or a payment: block and claim it
    goods_taken: bool = False  # their goods or a purchase taken, no card or account named: investigate, block nothing
    missing_item: bool = False  # part of what they ordered did not come: nothing wrong to collect, something to send
    work_done: bool = False  # damage or a defect in work, a visit or their home (topics.work_done): put right, no item to collect
    cancel_object: str = ""  # "order" or "booking" when that is what they ask to cancel (cancel_object())
    porting: bool = False  # they leave by a code their new provider uses: send it; the move is not done at our end
    remedy_asked: bool = False  # they ask for money back or a replacement (beside any closure they ask for)
    money_back_only: bool = False  # they ask for money back and not for the thing again (_THING_AGAIN)
    money_back_asked: bool = False  # they ask for money back (_MONEY_BACK), and do not refuse it (_NO_MONEY_BACK)
    price_rise: bool = False  # a price rise announced or charged (_PRICE_RISE): they know what the sum is for, not why
    insults: int = 0  # insults aimed at staff or the company
    threat: bool = False
    profanity: bool = False
    formal: bool = False
    informal: bool = False
    contact_number: int = 1  # this message is their nth contact (1 when unknown or first)
    repeat_contact: bool = False  # the detector's repeat_contact: not their first contact (count maybe unknown)
    topic_confidence: float = 1.0  # below topics.MODEL_CONFIDENT the draft names no situation-specific fact
    health: bool = False  # a health emergency in their words: safety first
    urgent: bool = False  # the detector's urgency cue, or a deadline today/tonight/tomorrow: a promise in hours

    @property
    def register(self) -> str:
        """How the customer addressed us, which the draft mirrors: "formal", "informal" (tú/tu/du) or "neutral"."""
        return "formal" if self.formal else "informal" if self.informal else "neutral"

    @property
    def topic_sure(self) -> bool:
        return self.topic_confidence >= MODEL_CONFIDENT

    @property
    def boundary(self) -> bool:
        """A boundary paragraph only for direct, repeated abuse or a threat, and never to a frightened person."""
        return (self.threat or self.insults >= 2) and not (self.frightened or self.bereavement or self.fraud)

    @property
    def single_insult(self) -> bool:
        return ("abuse" in self.cues or self.insults >= 1) and not self.boundary


def read_situation(text: str, subject: str = "", detector_cues: tuple[str, ...] | list[str] = (),
                   language: str = "en", tags: tuple[str, ...] | list[str] = (),
                   own_text_end: int | None = None) -> Situation:
    """`own_text_end`: the detector's reading of where the customer's own words end (Verdict.own_text_end), reused.
    Only the first MAX_ANALYSED_CHARS of the text are read, as the detector reads them: the topic families' patterns run
    over the whole own text, and a megabyte pasted into a ticket took the worker about 50 s to write its note."""
    text = (text or "")[:MAX_ANALYSED_CHARS]
    own_text_end = None if own_text_end is None else min(own_text_end, len(text))
    facts = extract_facts(text, own_text_end)
    own = facts.own_text or text or ""
    cues = list(dict.fromkeys(str(c) for c in detector_cues))

    def add(cue: str, present: bool) -> None:
        if present and cue not in cues:
            cues.append(cue)

    # Intent comes from the detector's cues. The notes' own reading only adds a cancel request the customer spelled
    # out as a request in a sentence with no condition ("Please cancel my account", "Je vous demande de résilier"),
    # never a threat ("Fix it or I'm cancelling", "If it isn't here by Friday I'm cancelling").
    detector = set(str(c) for c in detector_cues)
    # A cancelling they say they never asked about ("I didn't ask what happens after cancelling") is none of theirs.
    already = "already_cancelled" in detector and not CANCEL_NOT_ASKED.search(f"{subject}\n{own}")
    cancel_request = not already and ("cancel_request" in detector or _asks_to_cancel(own))
    add("cancel_request", cancel_request)
    bereavement = bool(_BEREAVEMENT.search(_THING_DIED.sub(" ", own)))
    health = _their_health(own)
    frightened = bool(_FEAR.search(own)) or "distress" in detector or health
    # The cues are the detector's (worker/detector, their one owner): the flags below only choose the draft's words
    # (condolences, a call back, letting one insult go, a boundary for a threat).
    insults = len(_DIRECTED_INSULT.findall(own))
    threat = bool(_THREAT.search(own))
    profanity = bool(_PROFANITY.search(own))
    # Contacts count only from the detector's repeat_contact: "the 4th time the delivery's been missed" counts failures.
    repeat = "repeat_contact" in detector
    count = facts.contacts_before if repeat else 0
    topic, confidence = topic_and_confidence(own, subject, cues)
    if topic == "cancellation" and cancel_request:
        topic, confidence = _what_they_leave_over(own, subject, cues) or (topic, confidence)
    # Cancelled before, unheard, and asking again now ("bereits gekündigt ... Also nochmal: Ich kündige mein Abo"): the
    # closure they ask for is what the reply confirms, not a charge to explain.
    if already and topic == "cancellation" and "cancel_request" in detector:
        cancel_request = True
    if "abuse" in detector_cues and insults == 0 and not threat:
        insults = 1
    # The register is read on their whole letter: greeting, words and sign-off ("Yours sincerely", "Cheers"), never the
    # quoted reply under it nor the lines they quote, nor words in quotation marks.
    reply = quoted_reply(text)
    letter = without_quoted_lines(text[:reply[0]] if reply else text)
    # Words they quote are someone else's (a campaign called « Nouvelle année, nouveau toi », an agent's "Hast du es schon
    # neu gestartet?"): their register is read without them.
    formal, informal = _register(QUOTED_SPAN.sub(" ", letter), language)
    held = topic == "fraud_or_security" and bool(SECURITY_HOLD.search(f"{subject}\n{own}"))
    # A charge after cancelling is one they cancelled before: the topic's rule read both (cancelled + charged again),
    # so the reply answers it as one even when the detector's cue missed the wording ("I cancelled my booking ... yet a
    # £300 deposit was still taken").
    # Only when their own words say they cancelled: a topic read from the words layer alone ("the ticket was closed",
    # seller fees) must not make the draft tell them "You cancelled".
    # Their goods or a purchase taken (a parcel stolen from a locker, tickets cancelled and resold), with no card, account
    # or login in the story: no money left their card or account by someone else's hand (topics.GOODS_TAKEN).
    goods_taken = topic == "fraud_or_security" and not held and bool(GOODS_TAKEN.search(f"{subject}\n{own}")) \
        and not CARD_OR_ACCOUNT.search(f"{subject}\n{own}")
    already = already or (topic == "charged_after_cancel" and not cancel_request and said_cancelled(f"{subject}\n{own}"))
    churn_only = "churn_threat" in detector and not cancel_request and not already  # after `already` is final
    return Situation(
        topic=topic, cues=tuple(cues), facts=facts, cancel_request=cancel_request, already_cancelled=already,
        churn_only=churn_only, bereavement=bereavement, frightened=frightened or (topic == "fraud_or_security" and not held),
        fraud=topic == "fraud_or_security", security_hold=held,
        money_taken=topic == "fraud_or_security" and not goods_taken and (
            any(not AVERTED.search(own, max(0, a.start - 40), a.start) and not DEMANDED.search(own, max(0, a.start - 40), a.start)
                and not _own_purchase(own, a.start, a.end) for a in facts.amounts)
            or bool(MONEY_TAKEN.search(OWN_PURCHASE.sub(" ", IDENTITY_TAKEN.sub(" ", own))))),
        goods_taken=goods_taken,
        missing_item=topic == "wrong_item" and bool(MISSING_FROM_ORDER.search(own)),
        work_done=topic == "damaged_or_defective" and work_done(own),
        porting=cancel_request and bool(PORTING_OUT.search(own)), cancel_object=cancel_object(own) if cancel_request else "", remedy_asked=bool(_REMEDY.search(own)),
        money_back_only=bool(_MONEY_BACK.search(own)) and not _THING_AGAIN.search(own) and not _NO_MONEY_BACK.search(own),
        money_back_asked=bool(_MONEY_BACK.search(own)) and not _NO_MONEY_BACK.search(own),
        price_rise=bool(_PRICE_RISE.search(f"{subject}\n{own}")), insults=insults, threat=threat, profanity=profanity, formal=formal,
        informal=informal, contact_number=count + 1 if count else 1, repeat_contact=repeat,
        topic_confidence=confidence, health=health, urgent="urgency" in detector or _deadline_soon(facts),
    )


# Contempt for the company or its service, aimed at no one in particular: not abuse (no boundary, no warning), but a
# draft that quotes "your customer service is a disgrace" back to the customer reads as mockery. A set of its own:
# the detector's abuse patterns (worker/detector/signals.py) need a target ("you are useless", "bunch of clowns"),
# and its upset marks (UPSET_PATTERNS) hold feelings a draft may quote back ("frustrated", "disappointed"); the
# detector's abuse evidence is read beside this list (insulting), not instead of it.
_CONTEMPT = _c(r"\b(?:disgrace\w*|shambles|shambolic|clowns|cowboys|pathetic|incompetent|useless|idiots?|morons?|stupid|a joke"
               r"|joke of a|laughing ?stock|vergüenza|vergonzoso|chapuza|inútiles?|une honte|honteux|lamentable|nuls?"
               r"|incompétents?|frechheit|unverschämt\w*|saftladen|lachnummer|witz\b|armselig|peinlich)")


def insulting(text: str, verdict=None) -> bool:
    """Whether a phrase insults people, scorns the company or swears (never quoted back in the draft: an agent does not
    send "You told us: 'Ffs, ...'"): an insult, contempt or swearing pattern, or the detector's abuse or profanity
    evidence inside it."""
    if not text:
        return False
    if _DIRECTED_INSULT.search(text) or _THREAT.search(text) or _CONTEMPT.search(text) or _PROFANITY.search(text):
        return True
    for e in getattr(verdict, "evidence", ()) or ():
        if getattr(e, "cue", "") in ("abuse", "profanity") and e.text and (e.text in text or text in e.text):
            return True
    return False



def _register(text: str, language: str) -> tuple[bool, bool]:
    """(formal, informal) as the customer addresses us; never both. Informal needs a tú/tu/du; formal wins a mix."""
    informal = _INFORMAL.get(language)
    is_informal = bool(informal and informal.search(text)) or (language == "de" and bool(_GERMAN_IHR.search(text)))
    formal = _FORMAL.get(language)
    is_formal = bool(formal and formal.search(text)) or (language == "de" and bool(_GERMAN_FORMAL.search(text)))
    weak = _WEAK_FORMAL.get(language)
    if not is_formal and not is_informal and weak and weak.search(text):
        # "vous" alone is formal only in a letter's shape ("Bonjour, ..."): a bare "vous" is every French plural.
        is_formal = language != "fr" or bool(re.search(r"^\s*(?:madame|monsieur|bonjour)", text, re.I | re.M))
    return is_formal, is_informal and not is_formal


_HOUSEHOLD = frozenset({"familie", "familia", "famille", "family", "fam", "the", "famiglia", "les", "los"})
# A helpdesk profile that is a firm, a shop or a department, not a person ("Steuerbüro Lindner & Partner" got "Hallo
# Steuerbüro," in nb-67-023; "Gestoría Blanco S.L.", "Kanzlei Albers", "Restaurant Zur Linde", "Harbour View B&B",
# "Colegio San Ignacio – Administración", "Accounts Payable", "Service comptabilité"): none of its words is a first
# name, so the draft greets as it greets a customer with no name. A legal form or a partnership anywhere in it...
_LEGAL_FORM = re.compile(r"(?i)(?:^|\s)(?:ltd|limited|llc|llp|plc|inc|corp|gmbh|mbh|kgaa|ohg|gbr|e\.\s?v|sarl|s\.a\.r\.l|eurl|s\.?r\.?l|s\.?p\.?a|pty|b&b)\.?(?=\s|,|$)"
                         # Short forms only closing a name of two words or more: "Mr S.A. Jones" holds initials.
                         r"|\S\s+(?:ag|kg|ug|s\.?l\.?u?|s\.?a\.?s?|s\.?c|b\.?v|n\.?v|cía|cia|cie|co)\.?$"
                         r"|(?:&|\band\b|\bund\b|\by\b|\bet\b) (?:partners?|co\b\.?|sons|söhne|associates|asociados|associés|cie)"
                         r"|\b(?:partnerschaft|associates|asociados|associés|holdings?|group|gruppe|grupo|groupe)\b")
# A department is no person: opening a profile ("Accounts Payable") or after a person's name, where it is their job,
# not their surname ("Chen Li Finance", "Ana Ruiz Contabilidad").
_DEPARTMENT = frozenset({"accounts", "payable", "receivable", "billing", "finance", "payroll", "purchasing", "procurement",
                         "reception", "admin", "administration", "administración", "buchhaltung", "verwaltung", "sekretariat",
                         "secrétariat", "contabilidad", "comptabilité", "facturación", "compras", "einkauf", "team", "department",
                         "dept", "office", "abteilung", "équipe", "equipo", "support", "sales", "ventas", "vertrieb", "hr"})
# ... or a trade, a place of business, a mailbox or a department opening it ("Bäckerei Müller", "Talleres Santos",
# "Store 7732", "Accounts Payable")...
_BUSINESS = frozenset({
    "steuerbüro", "kanzlei", "praxis", "bäckerei", "metzgerei", "apotheke", "autohaus", "restaurant", "hotel",
    "café", "cafe", "gasthaus", "gasthof", "friseur", "salon", "studio", "agentur", "büro", "verlag", "schule",
    "kita", "kindergarten", "verein", "stiftung", "firma", "gestoría", "asesoría", "talleres", "taller", "clínica",
    "farmacia", "colegio", "academia", "autoescuela", "inmobiliaria", "construcciones", "transportes",
    "distribuciones", "panadería", "peluquería", "restaurante", "ferretería", "consultora", "despacho",
    "boulangerie", "pharmacie", "cabinet", "agence", "garage", "atelier", "école", "société", "entreprise", "mairie",
    "association", "clinic", "surgery", "pharmacy", "bakery", "academy", "school", "store", "shop", "agency",
    "service", "services", "servicio", "departamento", "info", "personalabteilung", "kundenservice"}) | (_DEPARTMENT - {"payable", "receivable"})
_BUSINESS_COMPOUND = re.compile(r"(?i)\w+(?:büro|praxis|kanzlei|technik|handel|werkstatt|zentrum|verwaltung|bäckerei|metzgerei|apotheke"
                                r"|schule|verein|gesellschaft|agentur|logistik|abteilung)")


def organisation(name: str) -> bool:
    """Whether a profile name is a firm's, a shop's or a department's rather than a person's (see _LEGAL_FORM)."""
    words = name.split()
    if not words:
        return False
    first = words[0].strip(".,").lower()
    return bool(_LEGAL_FORM.search(name)) or first in _BUSINESS or bool(_BUSINESS_COMPOUND.fullmatch(words[0]))


# Where a profile's person ends and their job or company begins: "Craig Donnelly | Fleet Ops, SwiftParcel",
# "Ana Ruiz (Acme S.L.)", "Tom Lee - Operations", "Jo Bell / Finance". What follows is never the name to greet (the
# comma in it is not "Surname, First"), so it is cut before the name is read.
_AFFILIATION = re.compile(r"\s*(?:[|(\[<]|\s[-–—/]\s).*$")


def _person(name: str) -> str:
    """The profile name, white space collapsed, without a job title or company after a separator, nor a firm after a
    comma ("Hannah Goldberg, Pryce & Goldberg LLP" is Hannah, not "Surname, First"), nor a department after the name."""
    person = _AFFILIATION.sub("", " ".join((name or "").split()))
    head, comma, tail = person.partition(",")
    if comma and head.strip() and organisation(tail.strip()) and not organisation(head.strip()):
        person = head.strip()
    words = person.split()
    while len(words) > 1 and words[-1].strip(".,").lower() in _DEPARTMENT:
        words = words[:-1]
    return " ".join(words)


def name_parts(name: str) -> tuple[str, str, str]:
    """(gender/title key, first name, surname) from a profile name: "Mr Tom Hughes", "Chen, Wei", "Dr. Sofia Marin"."""
    name = _person(name)
    if not name or "@" in name:
        return "", "", ""
    title = ""
    if "," in name:
        last, _, rest = name.partition(",")
        name = f"{rest.strip()} {last.strip()}".strip()
    words = name.split()
    if words[0].strip(".").lower() in _HOUSEHOLD or (len(words) > 1 and words[-1].lower() in ("family", "familie", "famille", "familia")):
        return "", "", ""  # "Familie Strauß", "The Okafor family", "Les Durand": a household, no first name to greet
    if organisation(name) or (len(words) == 1 and words[0].lower() in _DEPARTMENT):
        return "", "", ""  # "Steuerbüro Lindner & Partner", "ACME Ltd", "Accounts Payable": greeted with no name
    while words and words[0].strip(".").lower() in _TITLE_GENDER:
        title = title or _TITLE_GENDER[words[0].strip(".").lower()]
        words = words[1:]
        if len(words) > 1 and words[0].lower() in ("et", "and", "und", "y", "&") and words[1].strip(".").lower() in _TITLE_GENDER:
            return "", "", ""  # "M. et Mme Lambert", "Mr and Mrs Hale": a couple, greeted with no name ("Bonjour Et,")
    # Initials between a title and a surname ("Mr R. J. Coombes", "Dr A Patel", nb-65-009 got "Hello," and "Customer"):
    # the greeting is the title and the surname.
    while title and len(words) > 1 and re.fullmatch(r"(?:[^\W\d_]\.){1,3}|[^\W\d_]", words[0]):
        words = words[1:]
    valid = [bool(re.fullmatch(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*", w)) for w in words]
    if not words or not valid[0]:
        return title, "", ""
    if len(words) == 1 and re.search(r"(?<=[^\W\d_])[A-Z]", words[0][1:]) and not re.search(r"[-'’]", words[0]):
        return title, "", ""  # "ValkyrieRush": a gamer tag, not a name
    def fix(word: str) -> str:
        return word.title() if word.isupper() or word.islower() else word

    if title and len(words) == 1:
        return title, "", fix(words[0])  # "Mr Hughes", "Herr Becker", "M. Krüger": a title before a surname alone
    first = fix(words[0])
    last = fix(words[-1]) if len(words) > 1 and all(valid) else ""
    return title, first, last


def brief_name(name: str) -> str:
    """Who the brief names: the first name, or the profile's title and surname as written when there is no first name
    ("Mr Hughes", "M. Krüger"), never a company after a separator; "" when neither is there."""
    _, first, last = name_parts(name)
    return first or (_person(name) if last else "")


def courtesy_title(name: str, language: str) -> str:
    """The title key a formal greeting may use ("m", "f", "dr", or ""). "M." is Monsieur only in French: elsewhere it
    is an initial of either sex ("M. Yilmaz", "M. Kowalczyk" signing "Marta" in the lines we may read), so a German or
    English letter from "M. Krüger" is greeted without Herr or Mr."""
    title = name_parts(name)[0]
    if title == "m" and language != "fr":
        words = _person(name).split()
        if words and words[0].rstrip(".").lower() == "m":
            return ""
    return title


# Second given names common in Spanish compound first names ("José Luis", "María José"): a three-word name whose middle
# word is one of these is a compound first name and one surname, not a first name and two.
_SECOND_GIVEN = frozenset({"josé", "jose", "luis", "carlos", "antonio", "javier", "ángel", "angel", "manuel", "maría", "maria",
                           "carmen", "isabel", "pilar", "teresa", "jesús", "jesus", "elena", "victoria", "eugenia", "fernanda",
                           "alberto", "ignacio", "pablo", "miguel", "francisco", "juan", "andrés", "andres", "enrique"})


def courtesy_surname(name: str, language: str) -> str:
    """The surname a formal reply uses. Spanish names carry two surnames, the father's first ("Alberto Navarro Gil"):
    "Sr. Navarro Gil", never "Sr. Gil". Other languages: the last word, as name_parts reads it."""
    title, first, last = name_parts(name)
    if language != "es" or not last:
        return last
    if "," in _person(name):
        surnames = _person(name).partition(",")[0].split()  # "Navarro Gil, Alberto"
        return " ".join(surnames) if 1 <= len(surnames) <= 2 else last
    words = full_name(name).split()
    if len(words) == 3 and words[1].lower() not in _SECOND_GIVEN:
        return " ".join(words[1:])
    if len(words) == 4 and words[1].lower() in _SECOND_GIVEN:
        return " ".join(words[2:])
    return last


def full_name(name: str) -> str:
    """The profile name without a title, in the order written ("Carmen Delgado Ortiz"; "Chen, Wei" -> "Wei Chen")."""
    name = _person(name)
    if "," in name:
        last, _, rest = name.partition(",")
        name = f"{rest.strip()} {last.strip()}".strip()
    words = name.split()
    while words and words[0].strip(".").lower() in _TITLE_GENDER:
        words = words[1:]
    return " ".join(words)
