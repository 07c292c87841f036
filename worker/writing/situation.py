"""The case as the note and the draft need it: topic, cues, facts, and a few light signals the detector lacks.

The detector's cues are taken as they come (any name, known or not). On top of them a handful of small,
explicit signals read the customer's own text: asking to cancel vs threatening to leave vs already cancelled,
bereavement and fear, an insult aimed at staff vs swearing at the situation, and whether they wrote formally.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from worker.writing.facts import Facts, extract_facts
from worker.writing.playbooks import message_cues
from worker.writing.topics import choose_topic

# Every cue the note knows how to speak about; anything else is shown by name and otherwise ignored.
KNOWN_CUES = ("abuse", "profanity", "legal_threat", "churn_threat", "cancel_request", "already_cancelled",
              "repeat_contact", "escalation_request", "public_exposure", "urgency", "distress", "shouting")


def _c(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.IGNORECASE)


_CANCEL_REQUEST = _c(
    r"\b(?:(?:please |just |I want (?:you )?to |I'd like to |I wish to |I need (?:you )?to )?(?:cancel|close|terminate|end) (?:my|the|our|this) (?:account|subscription|membership|contract|plan|policy|order|service)"
    r"|cancel (?:it|this)(?: now| today| immediately)?[.!]|close my account|unsubscribe me|delete my account|I(?:'m| am) cancell?ing"
    r"|(?:quiero|deseo) (?:cancelar|dar(?:me)? de baja)|den(?:me)? de baja|cancelen (?:mi|la|el)|cierren mi cuenta"
    r"|(?:je (?:veux|souhaite|demande à)|merci de|veuillez) (?:résilier|annuler|fermer)|résiliez|annulez (?:mon|ma)"
    r"|(?:ich )?kündige (?:hiermit|meinen|mein|meine|den|das|die)|hiermit kündige|bitte (?:kündigen|stornieren|schließen) sie|kündigen sie)\b")
_ALREADY_CANCELLED = _c(
    r"\b(?:I (?:already |had |have |'d |'ve )?(?:cancel+ed|closed|terminated|ended) (?:my|the|it|our|this|in|on|last|back)|after (?:I )?cancel+(?:ed|ing)"
    r"|(?:since|despite) (?:I )?cancel+\w*|cancel+ation (?:email|confirmation|ref\w*)|(?:was|been) (?:already )?cancel+ed (?:on|in|last|weeks|months)"
    r"|ya (?:cancelé|me di de baja|di de baja)|j'ai (?:déjà )?(?:résilié|annulé)|bereits gekündigt|habe (?:\w+ ){0,3}gekündigt|gekündigt habe)\b")
_CHURN = _c(
    r"\b(?:I(?:'ll| will) (?:be )?(?:leav\w+|switch\w*|go(?:ing)? elsewhere|take my business)|switch(?:ing)? to (?:a |another )?\w+|never (?:buy|order|shop|use|fly|book)\w* (?:\w+ )?(?:again|with you)"
    r"|last (?:order|time) I(?:'ll| will)|(?:won'?t|will not|not going to) renew|looking at (?:other|alternative)|alternatives|take my (?:money|business) elsewhere"
    r"|me (?:voy|iré) a (?:la competencia|otra)|cambiar de (?:compañía|banco|proveedor)|je (?:vais|compte) (?:partir|changer|aller (?:voir )?ailleurs)"
    r"|ich (?:wechsle|werde wechseln|kündige)|zur konkurrenz|anderen anbieter)\b")
_BEREAVEMENT = _c(r"\b(?:died|passed away|passing|funeral|death certificate|bereave\w*|my late|widow\w*|condolences|falleci\w+|funeral|difunt[oa]"
                  r"|décéd\w+|obsèques|funérailles|verstorben\w*|gestorben|beerdigung|trauerfeier|sterbeurkunde)\b")
_FEAR = _c(r"\b(?:scared|frightened|terrified|panick?\w*|desperate|in tears|crying|can'?t sleep|vulnerable|afraid|worried sick|anxious|shaking"
           r"|can'?t afford|my rent|no money (?:left|for)|food|heating|hospital|surgery|my baby|wheelchair|disabled|elderly|\d{2}-year-old"
           r"|angustiad[oa]|asustad[oa]|desesperad[oa]|miedo|peur|paniqu\w+|désespér\w+|angoiss\w+|verzweifelt|angst|panik|fassungslos)\b")
_ESCALATION = _c(r"\b(?:(?:speak|talk) to (?:a |your |the )?(?:manager|supervisor|someone senior|director)|(?:get|want|need) (?:me )?(?:a |your )?(?:manager|supervisor)"
                 r"|escalat\w+ (?:this|my)|your (?:ceo|managing director)|cc'?(?:ing|'d)? (?:your )?(?:ceo|director)"
                 r"|hablar con (?:el|la|un|una|alguien de la) (?:director|directora|dirección|responsable|supervisor|encargad[oa])"
                 r"|parler (?:à|au|avec) (?:un |votre |le )?(?:responsable|supérieur|directeur|manager)"
                 r"|(?:mit )?(?:einer|einem|ihrer|ihrem) (?:führungskraft|vorgesetzten|teamleitung|geschäftsführ\w*) sprechen)\b")
_LEGAL = _c(r"\b(?:lawyer|solicitor|attorney|legal action|small claims|court|sue you|suing|ombudsman|trading standards|regulator|chargeback"
            r"|(?:opened|open|raise|raising|file|filing) a (?:dispute|claim) with|disput\w* (?:it |this |the charge |the payment )?with (?:my bank|the bank|amex|visa|mastercard|paypal)"
            r"|abogad\w+|demanda|denuncia|ocu\b|consumo|avocat|tribunal|médiateur|mise en demeure|anwalt|klage|gericht|schlichtungsstelle|verbraucherzentrale)\b")
# Contempt aimed at the company or its people (not at the situation).
_DIRECTED_INSULT = _c(
    r"\b(?:you(?:'re| are)? (?:all )?(?:\w+ )?(?:idiots?|morons?|clowns|incompetent|useless|pathetic|liars?|thieves|crooks|scammers|a joke|a disgrace|criminals|stupid|muppets|amateurs|frauds?)"
    r"|(?:useless|incompetent|pathetic|lying|stupid|brainless) (?:idiots?|people|lot|company|bunch|morons?|clowns|staff|agents?|team)|you people|bunch of \w+|either (?:she|he)'?s a liar"
    r"|idiotas|incompetentes|inútiles|sinvergüenzas|ladrones|bande d'\w+|incompétents|nuls|escrocs|voleurs|idioten|unfähig\w*|inkompetent\w*|betrüger|vollpfosten|saftladen)\b")
_THREAT = _c(r"\b(?:I know where you|you(?:'ll| will) regret|watch your back|come down there and|(?:hurt|kill|smash) (?:you|someone|the)|te vas a enterar|vous allez le regretter|ihr werdet es bereuen)\b")
_PROFANITY = _c(r"\b(?:f+u+c+k\w*|f\*+\w*|shit\w*|sh\*t|bloody|damn\w*|crap|bullshit|wtf|hell|piss\w*|mierda|joder|coño|putain|merde|bordel|scheiß\w*|scheisse|verdammt\w*|mist)\b")
_PUBLIC = _c(r"\b(?:review|trustpilot|twitter|tweet|social media|facebook|instagram|tiktok|reddit|the press|journalist|newspaper|watchdog|bbc"
             r"|redes sociales|reseña|ocu|réseaux sociaux|avis|presse|bewertung|soziale medien|zeitung|presse)\b")
_FORMAL = {
    "en": _c(r"^\s*(?:dear (?:sir|madam|sirs|mr|mrs|ms|dr|customer|\w+ (?:team|department|office))|to whom it may concern)|yours (?:faithfully|sincerely)|^\s*(?:kind|best) regards|I am writing (?:to|regarding|further)|I write (?:to|further)"),
    "es": _c(r"\b(?:estimad[oa]s?|atentamente|usted(?:es)?|me dirijo a|les escribo|reciban un cordial|buenos días|buenas tardes"
             r"|les ruego|le ruego|quisiera)\b"),
    "fr": _c(r"\b(?:madame|monsieur|cordialement|veuillez|je vous prie|salutations distinguées|je me permets)\b"),
    "de": re.compile(r"(?:Sehr geehrte|Mit freundlichen Grüßen|freundlichen Grüßen|\b(?:Sie|Ihnen|Ihre[mnrs]?)\b)"),
}
_INFORMAL = {
    "en": _c(r"^\s*(?:hi|hey|hiya|yo)\b|\bcheers\b|\blol\b|\bguys\b"),
    "es": _c(r"\b(?:tú|vosotros|os|vuestr[oa]s?|devolvéis|tienes|podéis|hola)\b"),
    "fr": _c(r"\b(?:tu|toi|ton|ta|tes|salut|pis)\b"),
    "de": re.compile(r"\b(?:du|dich|dir|dein\w*|euch|euer|eure\w*|ihr seid|habt|seid|schickt|Na super)\b"),
}
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
    insults: int = 0  # insults aimed at staff or the company
    threat: bool = False
    profanity: bool = False
    formal: bool = False
    informal: bool = False
    contact_number: int = 1  # this message is their nth contact (1 when unknown or first)

    @property
    def boundary(self) -> bool:
        """A boundary paragraph only for direct, repeated abuse or a threat, and never to a frightened person."""
        return (self.threat or self.insults >= 2) and not (self.frightened or self.bereavement or self.fraud)

    @property
    def single_insult(self) -> bool:
        return ("abuse" in self.cues or self.insults >= 1) and not self.boundary


def read_situation(text: str, subject: str = "", detector_cues: tuple[str, ...] | list[str] = (),
                   language: str = "en", tags: tuple[str, ...] | list[str] = ()) -> Situation:
    facts = extract_facts(text)
    own = facts.own_text or text or ""
    cues = list(dict.fromkeys(str(c) for c in detector_cues))

    def add(cue: str, present: bool) -> None:
        if present and cue not in cues:
            cues.append(cue)

    for cue in sorted(message_cues(own)):
        add(cue, True)
    cancel_request = bool(_CANCEL_REQUEST.search(own))
    already = bool(_ALREADY_CANCELLED.search(own))
    add("cancel_request", cancel_request and not already)
    add("already_cancelled", already)
    add("churn_threat", bool(_CHURN.search(own)))
    bereavement, frightened = bool(_BEREAVEMENT.search(own)), bool(_FEAR.search(own))
    add("legal_threat", bool(_LEGAL.search(own)))
    add("escalation_request", bool(_ESCALATION.search(own)))
    add("distress", bereavement or frightened)
    insults = len(_DIRECTED_INSULT.findall(own))
    threat = bool(_THREAT.search(own))
    add("abuse", insults > 0 or threat)
    profanity = bool(_PROFANITY.search(own))
    add("profanity", profanity and "abuse" not in cues)
    add("public_exposure", bool(_PUBLIC.search(own)) and bool(re.search(r"\b(?:will|going to|I'?ll|voy a|lo cuento|je vais|werde|pongo|leave|leaving|post)\b", own, re.I)))
    count = facts.contacts_before
    add("repeat_contact", count > 0 or facts.said_again)
    add("urgency", facts.deadline is not None)
    topic = choose_topic(own, subject, cues)
    if topic == "charged_after_cancel":
        add("already_cancelled", True)
    if "abuse" in detector_cues and insults == 0 and not threat:
        insults = 1
    formal, informal = _register(own, language)
    return Situation(
        topic=topic, cues=tuple(cues), facts=facts, cancel_request=cancel_request and not already,
        already_cancelled=already or topic == "charged_after_cancel",
        churn_only="churn_threat" in cues and not cancel_request and not already,
        bereavement=bereavement, frightened=frightened or topic == "fraud_or_security", fraud=topic == "fraud_or_security",
        insults=insults, threat=threat, profanity=profanity, formal=formal, informal=informal and not formal,
        contact_number=count + 1 if count else (2 if facts.said_again or "repeat_contact" in detector_cues else 1),
    )


def _register(text: str, language: str) -> tuple[bool, bool]:
    formal = _FORMAL.get(language)
    informal = _INFORMAL.get(language)
    is_informal = bool(informal and informal.search(text))
    if language == "de":
        # Capitalised Sie/Ihnen mid-sentence is formal; at a sentence start it could be "sie" (they).
        mid = re.findall(r"(?<![.!?\n]\s)(?<!^)\b(?:Sie|Ihnen|Ihre[mnrs]?)\b", text)
        is_formal = bool(re.search(r"Sehr geehrte|freundlichen Grüßen", text)) or (len(mid) >= 1 and not is_informal)
    else:
        is_formal = bool(formal and formal.search(text))
    if language == "fr" and not is_informal and re.search(r"\bvous\b", text, re.I):
        is_formal = is_formal or bool(re.search(r"^\s*(?:madame|monsieur|bonjour)", text, re.I | re.M))
    return is_formal and not (is_informal and language == "de"), is_informal


def name_parts(name: str) -> tuple[str, str, str]:
    """(gender/title key, first name, surname) from a profile name: "Mr Tom Hughes", "Chen, Wei", "Dr. Sofia Marin"."""
    name = " ".join((name or "").split())
    if not name or "@" in name:
        return "", "", ""
    title = ""
    if "," in name:
        last, _, rest = name.partition(",")
        name = f"{rest.strip()} {last.strip()}".strip()
    words = name.split()
    while words and words[0].strip(".").lower() in _TITLE_GENDER:
        title = title or _TITLE_GENDER[words[0].strip(".").lower()]
        words = words[1:]
    valid = [bool(re.fullmatch(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*", w)) for w in words]
    if not words or not valid[0]:
        return title, "", ""
    if len(words) == 1 and re.search(r"(?<=[^\W\d_])[A-Z]", words[0][1:]) and not re.search(r"[-'’]", words[0]):
        return title, "", ""  # "ValkyrieRush": a gamer tag, not a name
    def fix(word: str) -> str:
        return word.title() if word.isupper() or word.islower() else word

    first = fix(words[0])
    last = fix(words[-1]) if len(words) > 1 and all(valid) else ""
    return title, first, last


def full_name(name: str) -> str:
    """The profile name without a title, in the order written ("Carmen Delgado Ortiz"; "Chen, Wei" -> "Wei Chen")."""
    name = " ".join((name or "").split())
    if "," in name:
        last, _, rest = name.partition(",")
        name = f"{rest.strip()} {last.strip()}".strip()
    words = name.split()
    while words and words[0].strip(".").lower() in _TITLE_GENDER:
        words = words[1:]
    return " ".join(words)
