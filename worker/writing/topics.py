"""What situation a customer is in, under the corpus's topic names: keyword families in four languages.

Each family is a list of (pattern, weight). The subject counts double (it is the customer's own summary);
a few situations are decided by a combination (a charge after cancelling, money taken that they never
authorised) and are checked first, because a keyword count would split them between two topics.
"""

from __future__ import annotations

import re

from calmdesk.vocabulary import TOPICS as VOCABULARY_TOPICS

TOPICS = VOCABULARY_TOPICS  # calmdesk.vocabulary owns the names


def _c(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.IGNORECASE)


_FAMILIES: dict[str, list[tuple[re.Pattern, float]]] = {
    "delivery_delay": [
        (_c(r"\b(?:hasn'?t|has not|have not|haven'?t|never|still not|not yet|didn'?t) (?:been )?(?:arrived?|come|turned up|delivered|shipped|dispatched|received)"
            r"|where(?: is|'s) my (?:order|parcel|package|delivery)|(?:late|delayed|missed) deliver\w*|deliver\w* (?:was )?(?:due|late|delayed)"
            r"|still waiting for (?:my|the) (?:order|parcel|package|delivery|sofa|bed)|tracking (?:hasn'?t|has not|says|shows)|named day|not (?:been )?delivered|no delivery"
            r"|esperando (?:mi|el|su) (?:pedido|paquete|envío)|attends? (?:toujours |encore )?(?:ma|la|mon|le) (?:commande|colis|livraison)"
            r"|warte\w* (?:\w+ ){0,3}auf (?:meine|die|mein|das) (?:bestellung|lieferung|paket)"
            r"|no ha llegado|sin llegar|todavía no (?:he recibido|ha llegado)|retraso en (?:la )?entrega|dónde está mi pedido"
            r"|pas (?:encore )?(?:été )?(?:reçu|livrée?)|toujours pas (?:reçu|arrivé|livré)|retard de livraison|colis (?:bloqué|perdu)|où est (?:ma commande|mon colis)"
            r"|nicht (?:angekommen|geliefert|zugestellt)|noch nicht (?:da|erhalten|geliefert)|lieferverzug|wo bleibt|wo ist meine (?:bestellung|lieferung|paket)"), 3),
        (_c(r"\b(?:dispatched in error|back to the warehouse|working days|delivery slot|waited in|nobody came|never turned up)\b"), 3),
        (_c(r"\b(?:deliver\w*|shipping|shipment|courier|dispatch\w*|parcel|tracking|livraison|colis|entrega|envío|paquete|lieferung|paket|sendung|zustell\w*|versand)\b"), 1),
    ],
    "damaged_or_defective": [
        (_c(r"\b(?:(?:arrived|came|delivered) (?:\w+ ){0,3}(?:broken|damaged|smashed|cracked|dented|dead|in pieces|shattered)|in (?:about )?\w+ pieces"
            r"|stopped working|doesn'?t work|does not work|won'?t (?:turn on|charge|start)|not working|defective|faulty|broken|damaged|cracked|leak(?:s|ing)"
            r"|dead on arrival|smashed|shattered|wilted|squashed|crushed|dead (?:flowers|plant)|mouldy|moldy|spoiled|rotten"
            r"|roto|rota|dañad[oa]|defectuos[oa]|no funciona|dejó de funcionar|no carga|no enciende|estropead[oa]"
            r"|cassée?|abîmée?|endommagée?|défectueu\w+|fissurée?|ne fonctionne (?:pas|plus)|en panne|ne s'allume"
            r"|kaputt|beschädigt|defekt|zerbrochen|funktioniert nicht|geht nicht (?:mehr )?an|gerissen|zerkratzt)\b"), 2),
        (_c(r"\b(?:repair|replacement|warranty|garantía|reparación|réparation|garantie|reparatur|ersatz|umtausch|return it|send it back)\b"), 1),
    ],
    "wrong_item": [
        (_c(r"\b(?:wrong (?:item|size|colou?r|product|order|model|one|book|shoes|parts?)|not what I ordered|sent (?:me )?the wrong|got a size|received (?:a|the) wrong"
            r"|different colou?r|instead of (?:the|my|a)|producto equivocado|talla equivocada|no es lo que pedí|me enviaron otr[oa]|mauvais(?:e)? (?:article|taille|produit|couleur)"
            r"|pas ce que j'ai commandé|falsche[rn]? (?:artikel|größe|farbe|lieferung\w*|produkt|jacke)|nicht das,? was ich bestellt)\b"), 4),
    ],
    "refund_not_received": [
        (_c(r"\b(?:where(?: is|'s) my refund|refund (?:hasn'?t|has not|never|still|not yet|was never|is still)|still (?:no|waiting (?:for|on)) (?:my |the |a )?refund"
            r"|(?:haven'?t|have not|never|not) (?:yet )?(?:received|got|seen|had) (?:my |the |a |any )?(?:refund|money back|credit)|waiting for (?:my |the |a )?refund"
            r"|(?:toujours|encore) pas (?:de |reçu (?:de |mon |le )?)remboursement|sigo sin (?:el |mi |ningún )?reembolso|noch (?:immer )?keine? (?:rückerstattung|erstattung|gutschrift)"
            r"|refund\b[^.!?\n]{0,30}\b(?:never|not|hasn'?t|has not) (?:yet )?(?:arrived|come|been (?:paid|received|processed))|where(?: is|'s) my money|(?:seen|had|received) a penny|credit (?:had been |hasn'?t been |not |was never |still not )?applied|promised (?:a |me a |the )?refund|refund (?:of|for) .{0,30}(?:weeks|days|months) ago|weeks to refund|in credit"
            r"|reembolso (?:no|todavía|aún)|sigo esperando (?:el|mi) reembolso|no (?:he recibido|me han devuelto)|devolución pendiente"
            r"|attends? (?:toujours )?(?:mon|le) remboursement|remboursement (?:toujours|jamais|pas)|pas (?:été )?rembours"
            r"|rückerstattung (?:ist )?(?:noch|immer noch|nie)|warte (?:\w+ )*auf (?:die|meine) (?:rückerstattung|erstattung|gutschrift)|nichts angekommen|noch keine (?:rückerstattung|erstattung|gutschrift)|nicht erstattet)\b"), 5),
        # Asking for a refund is not waiting for one: plain refund words alone never choose this topic.
        (_c(r"\b(?:refund\w*|reembolso|devolución|rembours\w+|rückerstattung|erstattung|gutschrift|money back|geld zurück)\b"), 0.5),
    ],
    "unexpected_charge": [
        (_c(r"\b(?:charged (?:me )?(?:twice|double|again|\w+ times)|double[- ]charged|overcharged|charged (?:me |my card )?(?:£|\$|€)|(?:£|\$|€)\s?[\d,.]+ (?:bill|charge|fee)"
            r"|unexpected (?:charge|bill|fee)|(?:bill|invoice|charge) (?:for|of) (?:£|\$|€)|auto-?renew\w*|price (?:increase|rise|change)|new pricing|penalty (?:fare|charge)|fee\b|fees\b"
            r"|(?:bill|invoice) (?:is|was) (?:wrong|incorrect)|wrong (?:bill|invoice|amount|tariff)|charged (?:for|me for)|charging me|you(?:'ve| have) charged"
            r"|cobr\w+ (?:dos veces|de más|doble)|comisión|cargo (?:no|indebido)|factura (?:incorrecta|errónea)|os he pagado .{0,30}dos veces|me han cobrado"
            r"|débité|prélev\w+ (?:deux fois|à tort)|frais|facturé|factur\w+ (?:erronée|incorrecte)|surfactur"
            r"|doppelt (?:abgebucht|berechnet)|abgebucht|abbuchung|berechnet|abschlag|gebühr|falsche rechnung|rechnung (?:ist )?falsch|tarif)\b"), 2),
        (_c(r"\b(?:charge[ds]?|bill(?:ed|ing)?|invoice|payment|cobro|cargo|factura|facture|paiement|rechnung|zahlung)\b"), 1),
    ],
    "charged_after_cancel": [],  # a combination: see _combined()
    "cancellation": [
        (_c(r"\b(?:cancel (?:my|the|our|this)|close (?:my|the) account|want to cancel|wish to cancel|please cancel|terminate (?:my|the)|end my (?:subscription|contract|membership)"
            r"|unsubscribe me|delete my account|darme de baja|dar de baja|cancelar (?:mi|la|el)|quiero cancelar|cerrar mi cuenta|résilier|annuler (?:mon|ma|l')|fermer mon compte"
            r"|kündigen|kündigung|vertrag beenden|konto schließen|abo beenden)\b"), 3),
    ],
    "travel_disruption": [
        (_c(r"\b(?:bag (?:that )?didn'?t make it|missing (?:bag|suitcase|luggage)|(?:bag|suitcase|luggage) (?:is |was )?(?:missing|lost|delayed))\b"), 4),
        (_c(r"\b(?:flight|flights|boarding|gate|airport|airline|downgraded|overbooked|layover|connection|eu ?261|rebook\w*|stranded|train|rail|platform|coach|bus"
            r"|luggage|baggage|suitcase|hotel|check-in|itinerary|vuelo|aeropuerto|equipaje|maleta|embarque|tren|vol\b|aéroport|bagages?|valise|train|correspondance"
            r"|flug|flughafen|gepäck|koffer|zug|anschluss|umbuch\w*)\b"), 0.7),
        (_c(r"\b(?:flight (?:\w+ ){0,4}(?:cancelled|canceled|delayed)|(?:cancelled|canceled|delayed) (?:my )?flight|missed (?:my|the) (?:connection|flight|train)|lost (?:my )?(?:luggage|bag|suitcase)"
            r"|denied boarding|vuelo (?:\w+ )?(?:cancelado|retrasado)|vol (?:\w+ ){0,2}(?:annulé|retardé)|flug (?:\w+ )?(?:annulliert|gestrichen|verspätet|gecancelt)|koffer (?:ist )?(?:weg|verloren))\b"), 4),
    ],
    "outage_or_bug": [
        (_c(r"\b(?:crash\w* on (?:login|log ?in|start)|status page|none of (?:us|our team|my team)|dropouts?|dropped calls?|keeps dropping|no (?:internet|signal|service|dial tone)"
            r"|(?:internet|broadband|wifi|connection|line) (?:is |has been |keeps )?(?:down|dead|dropping|cutting out)|after (?:the|your|its) (?:update|patch|migration)|out of service"
            r"|nach (?:eurem|ihrem|dem) update|außer betrieb|hors service|fuera de servicio|(?:is|are|was) (?:just )?(?:gone|empty)|weg\b|migration)\b"), 3),
        (_c(r"\b(?:outage|is down|are down|been down|went down|servers?|not loading|won'?t load|crash\w*|bug|error|errors|50[023]s?|api|endpoint|sync\w*|app keeps"
            r"|website|the site|the app|the platform|your platform|your software|dropout|dropping|no signal|no internet|broadband|wifi|landline|patch|update broke|data loss"
            r"|disappeared|vanished|integration|dashboard|export\w*|fails?|failing|failed|glitch|freez\w+|timeout"
            r"|caíd[oa]|no carga|la aplicación|la app|la web|fallo|falla|error\w*|se cierra|sin conexión|sin internet"
            r"|panne|erreur|plant\w+|l'appli\w*|le site|bug|ne charge pas|connexion|coupure|échou\w+"
            r"|störung|ausfall|absturz|stürzt|fehler\w*|lädt nicht|software|internet|verbindung|bricht \w+ ab|funktioniert nicht)\b"), 1.2),
    ],
    "account_access": [
        (_c(r"\b(?:log ?in|logged out|sign ?in|password|locked out|lock(?:ed)? me out|can'?t (?:get into|access)|account (?:is |was |has been )?(?:locked|suspended|blocked|disabled|banned|frozen|closed)"
            r"|banned|suspended|freeze|frozen|2fa|two-factor|verification code|reset link|access to my account"
            r"|contraseña|iniciar sesión|no puedo (?:entrar|acceder)|cuenta (?:bloqueada|suspendida)|mot de passe|me connecter|compte (?:bloqué|suspendu|gelé)|accès à mon compte"
            r"|passwort|anmelden|einloggen|konto (?:ist )?(?:gesperrt|blockiert)|kein zugang|zugriff)\b"), 2),
    ],
    "fraud_or_security": [
        (_c(r"\b(?:fraud\w*|scam\w*|unauthori[sz]ed|didn'?t (?:make|authori[sz]e)|did not (?:make|authori[sz]e)|never (?:made|authori[sz]ed|applied)|stolen (?:card|identity|details)|identity theft|card (?:was |has been )?blocked|blocked my card|fraud (?:protection|team)|hack\w*|phishing|clicked (?:a|the|it|on)"
            r"|someone (?:has )?(?:taken|used|accessed|logged)|not me|transactions? I (?:don'?t|do not) recogni[sz]e|block (?:my|the) card|freeze my card"
            r"|fraude|no autoricé|rien autorisé|quelqu'un a (?:retiré|pris|utilisé)|alguien ha (?:sacado|usado|cogido)|jemand hat (?:\w+ ){0,4}(?:abgebucht|abgehoben|genutzt)|robad[oa]|suplantación|estafa|frauduleu\w+|pas (?:moi|autorisé)|jamais faits?|piraté|usurpation|arnaque"
            r"|betrug|nicht veranlasst|gehackt|gestohlen|phishing|unbefugt|sperren sie)\b"), 3),
    ],
    "privacy_data_request": [
        (_c(r"\b(?:gdpr|dsgvo|rgpd|subject access|data protection|my personal data|delete my (?:data|details|information)|unsubscribe|marketing emails|stop emailing"
            r"|privacy|datos personales|protección de datos|mes données|protection des données|meine daten|datenschutz|auskunft)\b"), 3),
    ],
    "poor_service": [
        (_c(r"\b(?:bounced between|passed (?:around|from)|each (?:of them|one|time) (?:tells|told|says)|(?:three|four|\d) different (?:agents|people)|is anyone there|anyone there"
            r"|hay alguien|y a-t-il quelqu'un|ist da jemand|schon wieder ein formular|waiting \d+ min\w*|(?:doesn'?t|does not|didn'?t) answer my question)\b"), 4),
        (_c(r"\b(?:no(?: one|body) (?:has )?(?:replied|answered|got back|responded|called|rang|picks up|seems)|no (?:reply|response|answer|one)|ignored|rude|unhelpful|hung up"
            r"|bounced between|passed around|told (?:me )?(?:different|each time)|promised (?:to|a) (?:call|ring)|never called|keep(?:s)? (?:telling|asking)|your reply|your agent|the agent|chat transcript"
            r"|(?:second|third|fourth|fifth) (?:time|email|e-mail)|(?:days|weeks) (?:without|with no) (?:reply|answer)|still waiting\.?|customer service|same form"
            r"|nadie (?:me )?(?:responde|contesta|ha respondido)|sin respuesta|cuarto correo|nadie|me colgaron|atención al cliente"
            r"|personne ne (?:me )?répond|aucune réponse|sans réponse|service client|raccroché"
            r"|keine antwort|niemand (?:antwortet|meldet sich|ruft)|kundenservice|kundendienst|unfreundlich|schon wieder ein formular)\b"), 1.5),
    ],
    "praise": [
        (_c(r"\b(?:(?:your|the) (?:agent|colleague|team) (?:\w+ )?(?:sorted|fixed|solved)|thank you so much|great job|excellent service"
            r"|su agente lo solucionó|lo solucionó|a tout réglé|hat alles gelöst)\b"), 3),
    ],
    "billing_question": [
        (_c(r"\b(?:(?:doesn'?t|does not|don'?t) match|question about (?:my |the )?(?:bill|invoice)|explain (?:my|the|this) (?:bill|invoice)"
            r"|no coincide|ne correspond pas|stimmt nicht (?:\w+ ){0,7}überein)\b"), 3),
    ],
    "product_question": [
        (_c(r"\b(?:manual|instructions|user guide|how (?:do|can) I (?:use|set up|install)|mode d'emploi|anleitung|bedienungsanleitung"
            r"|manual de instrucciones|no se entiende)\b"), 2),
    ],
    # A stay, a claim or an appointment gone wrong: no product to replace, no parcel to chase.
    "other": [
        (_c(r"\b(?:hotel|our stay|room \d+|bed ?bugs|séjour|hôtel|chambre|habitación|estancia|zimmer|aufenthalt|punaises"
            r"|insurance claim|póliza|policy (?:number|wording)|appointment|cita|rendez-vous|termin|mri|scan|surgery|operarse)\b"), 2),
    ],
}
_CANCELLED = _c(r"\b(?:I (?:already |had |have )?(?:cancel+ed|closed|terminated|ended)|after (?:I )?cancel+(?:ed|ing)|(?:since|despite|after) cancel+\w*|was cancel+ed|(?:cancel+ed|closed) (?:my|the|it|on|in)"
                r"|cancel+ation (?:email|confirmation|ref)|account (?:was|has been|had been) closed"
                r"|ya (?:cancelé|me di de baja)|di de baja|cancelé|j'ai (?:déjà )?résilié|résilié|annulé mon|gekündigt|storniert habe|bereits gekündigt)\b")
_CHARGED = _c(r"\b(?:buch\w* (?:\w+ ){0,4}ab|charg\w+|billed|bill|debit\w*|taken|took|renew\w*|payment|paid|letter .{0,30}demanding|cobr\w+|cargo|prélev\w+|débit\w*|factur\w+"
              r"|abgebucht|abbuch\w*|berechnet|belastet|rechnung)\b")
_CHARGED_AGAIN = _c(r"\b(?:charged (?:me )?again|still (?:being )?(?:charged|billed|taking)|keep (?:charging|taking)|another (?:charge|payment|bill)|sigue(?:n)? cobr|toujours prélev|weiterhin abgebucht|demanding)\b")
_FRAUD_MONEY = _c(r"\b(?:didn'?t|did not|never|haven'?t|no|not) (?:make|made|authori[sz]e|authori[sz]ed|recogni[sz]e)|unauthori[sz]ed|nicht veranlasst|jamais faits?|rien autorisé|no autoricé nada|no (?:he )?autoricé|no reconozco|je n'ai jamais")


def topic_scores(text: str, subject: str = "") -> dict[str, float]:
    scores: dict[str, float] = {}
    for topic, family in _FAMILIES.items():
        total = 0.0
        for pattern, weight in family:
            total += weight * (min(len(pattern.findall(text or "")), 3) + 2 * min(len(pattern.findall(subject or "")), 1))
        if total:
            scores[topic] = total
    return scores


_SHIPPED = object()
MODEL_CONFIDENT = 0.5  # below this the topic is "uncertain": the draft names no situation-specific fact
SILENT_FLOOR = 0.25  # no family speaks and the words-only model is below this: "other"
AGREEMENT_BONUS = 0.3  # the learned model and the keyword families name the same topic


def keyword_topic(text: str, subject: str = "", cues: tuple[str, ...] | list[str] = ()) -> str:
    """Round 1's choice: the keyword families alone (kept for comparison in bench/cv_topics.py)."""
    both = f"{subject}\n{text}"
    scores = topic_scores(text, subject)
    rule = _rule_topic(both, scores)
    if rule:
        return rule
    if "repeat_contact" in cues and "poor_service" in scores:
        scores["poor_service"] += 1
    if scores.get("refund_not_received", 0) < 5:
        scores.pop("refund_not_received", None)
    if scores:
        return max(scores, key=lambda t: (scores[t], -TOPICS.index(t)))
    return "other"


def _rule_topic(both: str, scores: dict[str, float]) -> str | None:
    """The few high-precision combinations: a charge after cancelling, money taken they never authorised."""
    if _CANCELLED.search(both) and (_CHARGED_AGAIN.search(both) or (_CHARGED.search(both) and scores.get("refund_not_received", 0) < 4)):
        return "charged_after_cancel"
    if "fraud_or_security" in scores and _FRAUD_MONEY.search(both):
        return "fraud_or_security"
    return None


def topic_and_confidence(text: str, subject: str = "", cues: tuple[str, ...] | list[str] = (),
                         model=_SHIPPED) -> tuple[str, float]:
    """The corpus topic and how sure the choice is: the high-precision rules first (sure), else the learned model
    (its probability, raised when the keyword families agree); when the model is unsure and the families name
    another topic, theirs (still unsure); when no family speaks, the words-only model's guess (usually unsure, so the
    draft stays neutral). Keywords alone only when no model ships."""
    both = f"{subject}\n{text}"
    rule = _rule_topic(both, topic_scores(text, subject))
    if rule:
        return rule, 1.0
    if model is _SHIPPED:
        from worker.writing.topic_model import shipped_model

        model = shipped_model()
    if model is None:
        return keyword_topic(text, subject, cues), 0.5
    topic, probability = model.best(text, subject)
    keywords = keyword_topic(text, subject, cues)
    if topic == keywords:  # two readings agree: surer than either
        return topic, min(1.0, probability + AGREEMENT_BONUS)
    if probability < MODEL_CONFIDENT and topic_scores(text, subject):
        return keywords, probability  # the model is unsure and the families disagree: name theirs, still unsure
    if probability < SILENT_FLOOR:
        return "other", probability  # nothing recognisable: the words-only guess is little better than the prior
    return topic, probability


def choose_topic(text: str, subject: str = "", cues: tuple[str, ...] | list[str] = (), model=_SHIPPED) -> str:
    """The corpus topic this message is about (see topic_and_confidence)."""
    return topic_and_confidence(text, subject, cues, model)[0]
