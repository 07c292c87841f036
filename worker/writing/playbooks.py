"""Choose the de-escalation playbook: a topic from what the message is about, plus modifiers from its cues.

A playbook is composed, not enumerated: "delivery_delay" with the modifiers "repeat_contact" and
"churn_threat" renders the delivery text once and lets each modifier add its own paragraph and steps.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from worker.detector.multilingual import CUE_PATTERNS as MULTILINGUAL_CUE_PATTERNS
from worker.detector import Verdict

TOPICS = ("delivery_delay", "damaged_product", "billing_refund", "outage_bug", "account_access", "poor_service",
          "general")
# Order matters: it is the order the modifiers' paragraphs appear in, and it breaks nothing to read them in it.
MODIFIERS = ("legal_threat", "escalation_request", "repeat_contact", "urgency", "churn_threat", "abuse", "shouting")
# Where in the reply a modifier speaks: before the topic text or after it. "shouting" only changes the note.
REPLY_OPENING = ("legal_threat", "escalation_request", "repeat_contact")
REPLY_CLOSING = ("urgency", "churn_threat", "abuse")
# The legal paragraph already brings in a lead, so a separate "a lead is looped in" paragraph would repeat it.
REPLY_SUPERSEDES = {"legal_threat": ("escalation_request",)}

# Keywords in the four languages. Security first on a tie: a hacked account outranks a late parcel.
_TOPIC_WORDS = {
    "account_access": r"log ?in|sign ?in|password|locked out|hacked|account (?:is )?(?:locked|blocked|suspended)"
                      r"|two.factor|2fa|verification code|reset link|unauthori[sz]ed|can'?t access"
                      r"|contraseña|iniciar sesión|no puedo (?:entrar|acceder)|cuenta bloqueada|hackead"
                      r"|mot de passe|me connecter|connexion|compte (?:bloqué|piraté)|piraté"
                      r"|passwort|anmelden|einloggen|konto (?:ist )?gesperrt|gehackt|kein zugang|zugriff",
    "outage_bug": r"\bapp\b|website|the site|error|bug|crash\w*|outage|is down|not loading|won'?t load|server"
                  r"|doesn'?t sync|\b50[023]\b"
                  r"|la aplicación|la web|fallo|caíd[oa]|no carga|se cierra"
                  r"|l'appli\w*|le site|erreur|panne|plant\w+|ne charge pas"
                  r"|webseite|fehlermeldung|absturz|stürzt ab|ausfall|lädt nicht|störung",
    "damaged_product": r"damaged|broken|defective|faulty|cracked|scratched|leak\w*|stopped working"
                       r"|dead on arrival|wrong (?:item|size|colou?r)|missing parts|arrived (?:broken|damaged)"
                       r"|dañad[oa]|rot[oa]|defectuos[oa]|dejó de funcionar|rayad[oa]|producto equivocado"
                       r"|endommagé|cassé|défectueu\w*|abîmé|rayé|ne fonctionne (?:pas|plus)|mauvais article"
                       r"|beschädigt|kaputt|defekt|zerbrochen|funktioniert nicht|falscher artikel",
    "billing_refund": r"charged|charge\b|billing|invoice|refund\w*|payment|overcharged|money back|credit card"
                      r"|subscription fee|\bbill\b|paid"
                      r"|cobr\w+|factura|reembolso|devolución del dinero|pago|tarjeta"
                      r"|factur\w+|rembours\w+|paiement|prélev\w+|débité"
                      r"|abgebucht|abbuchung|rechnung|rückerstattung|erstattung|geld zurück|zahlung|belastet",
    "delivery_delay": r"deliver\w*|shipping|shipped|shipment|parcel|package|courier|tracking|dispatch\w*"
                      r"|hasn'?t (?:arrived|come)|not (?:arrived|here yet)|never (?:arrived|came)|\blate\b|was due|overdue"
                      r"|where(?: i|')s (?:my |the )?(?:order|parcel|package)|still waiting for (?:my|the) (?:order|parcel)"
                      r"|(?:still|is) not here|hasn'?t turned up"
                      r"|waiting (?:for|on) (?:my|the) (?:order|parcel|package|delivery)"
                      r"|entrega|envío|enviad[oa]|paquete|no ha llegado|seguimiento|transportista|retraso"
                      r"|esperando (?:mi|el|su) (?:pedido|paquete)"
                      r"|attends? (?:toujours |encore )?(?:ma|la|mon|le) (?:commande|colis)"
                      r"|warte\w* (?:\w+ ){0,3}(?:auf )?(?:meine|die|mein) (?:bestellung|lieferung|paket)"
                      r"|livraison|livré|colis|expédi\w*|suivi|transporteur|pas (?:encore )?reçu"
                      r"|lieferung|geliefert|paket|versand\w*|sendung|zustell\w*|nicht angekommen|verspätung",
    "poor_service": r"no(?: one|body) (?:has )?(?:replied|answered|got back|responded|helps?)|no (?:reply|response|answer)"
                    r"|ignored|rude|unhelpful|customer service|support team|hung up|waiting for (?:a )?(?:reply|response)"
                    r"|nadie (?:me )?(?:responde|contesta|ha respondido)|sin respuesta|atención al cliente|me colgaron"
                    r"|personne ne (?:me )?répond|aucune réponse|sans réponse|service client|impoli|raccroché"
                    r"|keine antwort|niemand (?:antwortet|meldet sich)|kundenservice|kundendienst|unfreundlich",
}
_TOPIC_PATTERNS = {t: re.compile(p, re.IGNORECASE) for t, p in _TOPIC_WORDS.items()}
# Helpdesk tags an agent or trigger already set ("shipping", "refund_request", "bug") name the topic too.
_TAG_WORDS = {
    "account_access": r"login|password|account_access|security|2fa|hacked",
    "outage_bug": r"bug|outage|incident|error|crash",
    "damaged_product": r"damaged|defect\w*|broken|faulty|rma|warranty",
    "billing_refund": r"billing|refund\w*|invoice|payment|charge\w*",
    "delivery_delay": r"shipping|delivery|shipment|courier|where_is_my_order|wismo|late_order",
    "poor_service": r"complaint_service|no_response|service_complaint",
}
_TAG_PATTERNS = {t: re.compile(rf"(?:^|_)(?:{p})(?:_|$)", re.IGNORECASE) for t, p in _TAG_WORDS.items()}

# The detector's cues are read in English; these catch the same situations in the other three languages,
# so a Spanish churn threat still gets the retention paragraph.
_CUE_PATTERNS = MULTILINGUAL_CUE_PATTERNS
# Complaints about service ride along with almost every other topic; they win only when nothing else is there.
_TOPIC_WEIGHT = {"poor_service": 0.5}
_TIE_ORDER = ("account_access", "outage_bug", "damaged_product", "billing_refund", "delivery_delay", "poor_service")


@dataclass(frozen=True)
class Playbook:
    topic: str
    modifiers: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        """'delivery_delay+repeat_contact+churn_threat': logged by the job and shown in previews."""
        return "+".join((self.topic,) + self.modifiers)

    @property
    def reply_opening(self) -> tuple[str, ...]:
        return tuple(m for m in self.modifiers if m in REPLY_OPENING and not self._superseded(m))

    @property
    def reply_closing(self) -> tuple[str, ...]:
        return tuple(m for m in self.modifiers if m in REPLY_CLOSING and not self._superseded(m))

    def _superseded(self, modifier: str) -> bool:
        return any(modifier in REPLY_SUPERSEDES.get(m, ()) for m in self.modifiers)


def choose_topic(message: str, subject: str = "", tags: tuple[str, ...] | list[str] = ()) -> str:
    """The topic with the most keyword hits; the subject and ticket tags count too, as they often carry the gist."""
    scores: dict[str, float] = {}
    for topic, pattern in _TOPIC_PATTERNS.items():
        hits = len(pattern.findall(message or "")) + len(pattern.findall(subject or ""))
        hits += sum(1 for tag in tags if topic in _TAG_PATTERNS and _TAG_PATTERNS[topic].search(tag))
        if hits:
            scores[topic] = hits * _TOPIC_WEIGHT.get(topic, 1.0)
    if not scores:
        return "general"
    best = max(scores.values())
    return next(t for t in _TIE_ORDER if scores.get(t) == best)


def message_cues(message: str) -> set[str]:
    """Cues in Spanish, French or German wording that an English-reading detector may not report."""
    return {cue for cue, pattern in _CUE_PATTERNS.items() if pattern.search(message or "")}


def choose_playbook(message: str, verdict: Verdict, subject: str = "", tags: tuple[str, ...] | list[str] = ()) -> Playbook:
    cues = set(verdict.cues) | message_cues(message)
    return Playbook(choose_topic(message, subject, tags), tuple(m for m in MODIFIERS if m in cues))
