"""What situation a customer is in, under the corpus's topic names: keyword families in four languages, a few
high-precision combinations, and a small learned layer (worker/writing/topic_model.py) that weighs them.

Each family is a list of (pattern, weight): strong phrasings of the situation, then weaker words of its domain. The
subject counts double (it is the customer's own summary). A charge after cancelling and money taken that they never
authorised are decided by a combination and checked first, because a keyword count would split them in two.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from calmdesk.vocabulary import TOPICS as VOCABULARY_TOPICS
from worker.detector.core import CONDITION_PATTERN
from worker.writing.facts import AMOUNT, OUT_OF_POCKET
from worker.writing.topic_model import TopicModel, known_words, load_model, load_words_model, stem_features, words

TOPICS = VOCABULARY_TOPICS  # calmdesk.vocabulary owns the names


def _c(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.IGNORECASE)


def _any(*alternatives: str) -> re.Pattern:
    """One pattern for many phrasings, each matched as whole words."""
    return _c(r"\b(?:" + "|".join(alternatives) + r")\b")


# Shared pieces of phrasing.
_NOT = r"(?:hasn'?t|has not|haven'?t|have not|hadn'?t|never|still (?:not|hasn'?t|hasn't been)|not yet|didn'?t|did not|isn'?t|is not|wasn'?t|was not|yet to)"
_PARCEL = r"(?:order|parcel|package|delivery|shipment|item|items|goods|purchase|stuff|box|furniture|sofa|bed|mattress|fridge|washing machine|tv|laptop|phone)"
_MONEY = r"(?:refund|money|money back|reimbursement|repayment|deposit|funds)"
# Leaving for another provider by the code that moves the number or line: a cancellation (the families), and one the
# customer finishes with their new provider, so the draft sends the code rather than saying nothing is left to do
# (situation.porting).
PORTING_OUT = _any(r"(?:pac|stac|porting|port-?out|switching) codes?|(?:port|porting) (?:my|our) (?:number|line)|código de portabilidad|portabilidad|"
                   r"portabilité|code rio|rufnummernmitnahme|portierung\w*")
# Something missing from what arrived ("arrived with something missing", "the charger wasn't in the box", "il manque un
# article", "faltaba una pieza", "es fehlt ein Teil"): an incomplete order, not a late one (wrong_item's first
# family); the reply asks after the missing part rather than offering to collect a wrong item (situation.missing_item).
# What arrives after an order that is no item: an email, a confirmation, a refund ("Received an email the next day").
_NOT_A_MESSAGE = (r"(?! ?(?:an? |the |your |one |eine? |ihre |una? |su |un |une |votre )?(?:e-?mails?|messages?|texts?|sms|notifications?"
                  r"|confirmations?|replies|reply|responses?|calls?|letters?|updates?|refunds?|invoices?|receipts?|nachricht|bestätigung"
                  r"|antwort|rechnung|anruf|correo|mensaje|confirmación|respuesta|factura|courriel|réponse|facture|appel)\b)")
MISSING_FROM_ORDER = _any(r"arrived (?:\S+ ){0,2}(?:with|without) (?:\S+ ){0,5}(?:missing|something missing|half (?:of )?(?:it|the order))",
              r"(?:items?|parts?|pieces?|bits?|screws?|accessor(?:y|ies)|charger|cable|remote|lid) (?:\S+ ){0,2}(?:was|were|is|are) missing",
              r"missing (?:from|in) (?:the|my|our) (?:box|order|delivery|parcel|package|bag)",
              r"(?:il )?manqu(?:e|ait|aient) (?:encore |toujours |de nouveau |à nouveau )?(?:un |une |des |deux |la |le |les )?(?:\S+ )?(?:article|pièce|élément|produit|câble|vis)s?",
              r"falta(?:ba|ban|n)? (?:otra vez |de nuevo |todavía )?(?:un |una |dos |el |la |los |las )?(?:\S+ )?(?:artículo|pieza|producto|cable|tornillo|parte)s?",
              r"(?:es )?fehl(?:t|en|te|ten) (?:einfach |noch |schon wieder |wieder |immer noch )?(?:ein |eine |zwei |der |die |das )?(?:\S+ )?(?:artikel|teil|teile|kabel|schraube\w*|stück)",
              # The missing part asked for by name ("send the missing items", "les pièces manquantes", "das fehlende
              # Teil", "las piezas que faltan"; round 19: a saw's fence, a wardrobe's hardware bag, a watch's strap):
              # an incomplete order however the customer tells what was absent.
              r"(?:send|ship|post) (?:me |us )?(?:the |my |our )?missing (?:\S+ )?(?:items?|parts?|pieces?|bits?|accessor(?:y|ies))\b",
              r"pièces manquantes|(?:il )?manqu(?:e|ait|aient) (?:encore |toujours )?(?:tout |toute )?(?:le |la |les |l')(?:\S+ )?(?:sachet|visserie|quincaillerie|accessoires?|pièces?|éléments?)\b",
              r"(?:piezas?|partes?|tornillos|accesorios) que (?:me )?falta(?:n|ban)?\b",
              r"fehlende(?:s|n)? (?:\S+ )?(?:teil|teile|stück|zubehör)\b")
# Money in a fraud or security report ("took £900", "charged my card", "spent my balance", "cargos que no reconozco",
# "prélèvements", "abgebucht"): the fraud draft blocks a card and opens a claim for the money only when some was taken
# or paid; a card, a bank or money named without a payment ("I use the same card on this account", "ya me pasó con el
# banco", "they asked for my card details") is not money taken (round 14: "so no more money can be taken" went to an
# account takeover); an account, a domain or an email taken over, or data exposed, gets the account secured instead
# (situation.money_taken). "Transfer" alone is not money ("my domain was transferred"): a bank or money transfer is.
MONEY_TAKEN = _any(r"payments?|paid|charged?|charges|debit\w*|withdr[ae]w\w*|purchases?|spent|transactions?|stole|stolen",
                   r"(?:bank|money|wire) transfer\w*|refund\w*|cargos?|cobr\w+|pagos?|compras?|transferencias?|retir\w+|robad\w+",
                   r"prélèvements?|prélev\w+|débit\w*|paiements?|payé|achats?|virements?|volée?s?",
                   r"abbuchung\w*|abgebucht|zahlung\w*|bezahlt|konto(?:auszug|stand)|überweisung\w*|kauf|käufe|abgehoben|gestohlen")
# Their identity, details or login stolen ("someone has stolen my identity", "me han robado la identidad", "on m'a volé
# mon identité", "meine Identität wurde gestohlen") is no money taken: the account is secured, no card blocked.
IDENTITY_TAKEN = _any(r"(?:stole|stolen|steal|stealing) (?:my|his|her|our|their) (?:identity|identities|details|personal (?:data|details|information)|data|password|login)"
                      r"|identity (?:was |has been |had been )?(?:stolen|theft)",
                      r"(?:robado|robaron|robó|roben) (?:la|mi|mis|su|sus) (?:identidad|datos|contraseña)|(?:identidad|datos) (?:\S+ ){0,2}robad[oa]s?",
                      r"(?:volé|voler|volée?s?) (?:mon|mes|ma|leurs?) (?:identité|données|mot de passe|coordonnées)|usurpation d'identité",
                      r"(?:identität|daten|passwort|zugangsdaten) (?:\S+ ){0,3}gestohlen|identitätsdiebstahl")
# Their goods taken, or a purchase of theirs taken back, rather than money taken from a card or an account: a parcel
# gone from an open locker, a storage unit broken into, tickets they bought cancelled and resold or turned away at the
# door as duplicates ("my parcel was gone", "le colis a été volé", "Einbruch in mein Lagerabteil", "me robaron el
# paquete", "the exact same seats are on your resale page"). Read with CARD_OR_ACCOUNT (situation.goods_taken): the
# draft opens an investigation into the item or the sum, and blocks no card (nb-67-048, nb-67-071, nb-44-025,
# nb-24-034, nb-49-100 got "I've [blocked the card / frozen the account] so no more money can be taken" or "secured
# your account"). A phone or a wallet stolen is left out: money goes with them.
_THINGS = (r"(?:parcels?|packages?|deliver(?:y|ies)|orders?|items?|goods|belongings|things|stuff|bikes?|bicycles?|laptops?|jewel(?:le)?ry"
           r"|luggage|suitcases?|tools|tickets?)")
GOODS_TAKEN = _any(_THINGS + r" (?:\S+ ){0,3}?(?:was|were|has been|have been|had been|got|is|are) (?:\w+ )?(?:stolen|nicked|taken|gone)\b",
                   r"stolen (?:parcels?|packages?|deliver(?:y|ies)|goods|bikes?|bicycles?|laptops?|luggage|belongings)",
                   r"(?:broke|broken|break|breaking) into (?:my|our|the|his|her|their) (?:\w+ )?(?:unit|locker|storage|house|home|flat|van|car|shed|garage)"
                   r"|break-?ins?|burglar\w*|burgled|(?:locks?|doors?|padlocks?) (?:\S+ ){0,4}?(?:cut|forced|prised|smashed|hanging open|left open|wide open)",
                   r"re-?listed|re-?sold|back on sale|(?:on|onto) (?:your|the|their) resale (?:page|site|platform)|(?:fake|counterfeit|forged|duplicate|cloned) tickets|tickets? (?:\S+ ){0,6}?already (?:been )?(?:scanned|used)",
                   r"(?:paquete|pedido|envío|bicicleta|maleta|pertenencias|cosas|entradas) (?:\S+ ){0,3}?robad[oa]s?|(?:robaron|han robado|robó) (?:el|mi|mis|los|las|nuestr\w+) (?:paquete|pedido|envío|bicicleta|maleta|pertenencias|cosas)"
                   r"|(?:forzaron|forzado|reventaron|reventado) (?:la|el) (?:cerradura|candado|puerta|taquilla|trastero)|entraron a robar|robo en (?:mi|el|nuestro) (?:trastero|casa|piso|local)"
                   r"|(?:revendid|puest)[oa]s? (?:de nuevo )?a la venta|entradas (?:falsas|duplicadas)",
                   r"(?:colis|commande|vélo|valise|affaires|billets) (?:\S+ ){0,3}?volée?s?|(?:volé|dérobé) (?:mon|ma|mes|le|la|les) (?:colis|vélo|valise|affaires)|cambriol\w+|effraction"
                   r"|(?:serrure|cadenas|porte|casier) (?:\S+ ){0,3}?(?:forcée?|fracturée?)|remis en vente|revendus?|faux billets",
                   r"(?:paket|sendung|lieferung|fahrrad|koffer|sachen|tickets|karten) (?:\S+ ){0,3}?gestohlen|einbruch\w*|eingebrochen|aufgebrochen"
                   r"|wieder(?:verkauft| zum verkauf)|gefälschte (?:tickets|karten|eintrittskarten)")
# A card, an account, a login or a transfer named: the money or the access is theirs to secure (the card or the
# account paragraph), whatever goods the story also names ("my tickets were transferred out of my account").
CARD_OR_ACCOUNT = _any(r"accounts?|log ?ins?|logged|passwords?|passcode|hack\w*|hijack\w*|cards?|pin|bank details|transfer\w*|withdr[ae]w\w*|direct debit|sim|identity|phishing",
                       r"cuentas?|contraseña|tarjetas?|transferencias?|bizum|identidad|pirate\w*|hacke\w*",
                       r"comptes?|mot de passe|cartes?|virements?|piraté\w*|identité",
                       r"konto|kontos|passwort|karte|kreditkarte|überweisung\w*|gehackt|identität")
# A price they paid for something of their own ("I bought 2 tickets ... £178 total", "a £1,249 laptop I'd bought",
# "I paid £210 for these", "j'avais acheté ... 120 €"): what it cost them, not money someone else took.
OWN_PURCHASE = _c(r"\b(?:(?:I|we)(?:'d|'ve| had| have)? (?:\w+ )?(?:bought|purchased|ordered|booked)|(?:I|we)(?:'d|'ve| had| have)? paid(?= [^.!?\n]{0,25}\bfor\b)"
                  r"|compré|compramos|pagué(?= [^.!?\n]{0,25}\bpor\b)|(?:j'ai|j'avais|nous avons|nous avions) (?:\S+ )?(?:acheté|commandé|réservé)"
                  r"|(?:ich|wir) (?:habe|hatte|haben|hatten) (?:\S+ ){0,4}?(?:gekauft|bestellt|gebucht))\b")
# The same told after the sum: "a £1,249 laptop I'd bought" (German's "ich habe ... für 120 € gekauft" opens before it).
OWN_PURCHASE_AFTER = _c(r"^[^.!?\n]{0,30}?\b(?:I|we)(?:'d| had| have|'ve)? (?:\w+ )?(?:bought|ordered|purchased)\b")
# A sum they nearly sent or almost paid ("I nearly sent £500 before my brother pointed out it's a scam") was not taken.
AVERTED = _c(r"\b(?:nearly|almost|about to|was going to|so close to|casi|a punto de|failli|presque|beinahe|fast)\b[^.!?\n]{0,20}$")
# A sum billed or demanded in their name, not taken ("an invoice for £312.40", "eine Rechnung über 312,40 €", "une facture
# de 312 €", "una factura de 312 €", "the debt collector wants £412"): money asked of them, none gone yet.
DEMANDED = _c(r"\b(?:invoice[ds]?|bills?|billed|demand\w*|reminder|debt collect\w*|collection agency|asking (?:me|us) to pay|rechnung\w*|mahnung\w*"
              r"|inkasso\w*|zahlungsaufforderung|forderung|facture\w*|relance|recouvrement|factura\w*|reclam\w+ de pago|recobro)\b[^.!?\n]{0,25}$")
_SOFTWARE = (r"(?:app|apps|website|web ?site|site|portal|platform|system|server|servers|service|services|dashboard|api|checkout|page|software"
             r"|internet|broadband|wi-?fi|network|connection|line|landline|signal|email|e-mail|tool|integration|sync|feature|account page"
             # A top-up is a service's transaction, not a device: "top up not working" is an outage (round 19).
             r"|top-? ?ups?)")

# A complaint made about a person of theirs (an agent, a driver) is the grievance, whatever it was about (a parcel, a
# bill): poor service, weighed above one situation's set phrasing, and it does not yield to that situation.
_ABOUT_A_PERSON = _any(r"complain(?:ing)? about (?:the|your|an|one of your) (?:\w+ )?(?:agent|advisor|adviser|staff|member of staff|employee|representative|rep|operator|call handler|driver|courier|receptionist|colleague)",
    r"(?:queja|quejarme|reclamación) (?:de|del|sobre) (?:el |la |su |un |una )?(?:trato (?:del|de la|de su) )?(?:agente|operador\w*|teleoperador\w*|emplead[oa]|repartidor|conductor)",
    r"(?:plainte|me plaindre|réclamation) (?:contre|du|de la|de votre|au sujet de) (?:le |la |l'|votre |un |une )?(?:comportement (?:de |du |de la |de votre ))?(?:conseill\w+|employé\w*|agent|livreur|chauffeur)",
    r"beschwerde über (?:den|die|ihren|ihre|ihres|einen|eine) (?:mitarbeiter\w*|berater\w*|fahrer\w*|zusteller\w*|kollege\w*)|(?:über|wegen) (?:den|die|ihren|ihre) (?:mitarbeiter\w*|berater\w*|fahrer\w*|zusteller\w*) beschweren",
    # Shouted at, insulted or sworn at by one of them, whatever their job.
    r"(?:shouted|yelled|screamed|swore|snapped) at (?:me|us|my)|me (?:gritó|gritaron|insultó|insultaron|habló fatal|trató fatal|chilló)|m'a (?:crié dessus|hurlé dessus|insultée?|engueulée?)|hat (?:mich|uns) (?:\S+ )?(?:angeschrien|angebrüllt|beleidigt|beschimpft|angeschnauzt)",
    # Shamed by one of them in front of others, or humiliated by how they were spoken to (round 13: a gym member told at
    # the barrier, before a queue, that they had not paid, the card reader being down as an aside). A humiliation
    # about money ("I've had to borrow, which is humiliating") is no person's doing.
    r"\b(?:spoke|spoken|speaking|talked|told|shouted|yelled|called|accused|laughed|snapped|stopped|searched|questioned|lectured|"
    r"embarrassed|humiliated)\b[^.!?\n]{0,80}\bin front of (?:a |the |all |other |everyone|everybody|my |his |her |our )"
    r"|\b(?:I was|I felt|we were|we felt|felt|came home|left|been) (?:completely |utterly |totally |so |really )?humiliated"
    r"|rolled (?:her|his|their) eyes|(?:announced|told|said|shouted) (?:it )?to the (?:whole |full |entire )?(?:queue|room|carriage|cabin|waiting room|shop|counter)"
    r"|(?:treated|herded) like (?:cattle|animals|dirt|criminals|rubbish|idiots)|como (?:ganado|animales|delincuentes|basura)|comme (?:du bétail|des animaux|des chiens|des moins que rien)|wie (?:vieh|tiere|dreck|verbrecher) behandelt"
    # Told by one of them (not by their own family) to calm down, not to make a fuss, that they overreact, or that they
    # only had to go elsewhere (round 17: a receptionist's "nicht so ein Theater machen", a hotline's "mal nicht so einen Aufstand machen", a
    # fitter's "on n'avait qu'à prendre une cuisine chez Ikea"): a dismissal by staff is the grievance, whatever the stay,
    # the visit or the order it came with.
    r"|(?<!husband )(?<!wife )(?<!partner )(?<!friend )(?<!mum )(?<!mom )(?<!dad )(?<!son )(?<!daughter )(?<!brother )(?<!sister )(?<!mother )(?<!father )(?<!family )(?:told|tells|telling) (?:me|us|my (?:wife|husband|partner|mum|mother|dad|father|son|daughter)) (?:that )?(?:(?:I|we|she|he) )?(?:should |had to |needed to |was |were |to )?(?:just )?"
    r"(?:calm down|relax|stop (?:complaining|moaning|whinging|making a fuss)|not (?:to )?make (?:a fuss|a scene|such a fuss)|overreacting|being (?:dramatic|difficult|hysterical|unreasonable))"
    r"|if (?:I|we|she|he) (?:didn'?t|don'?t|did not|do not) like it,? (?:I|we|she|he) (?:could|should|can) (?:go|shop|take (?:it|my|our))"
    r"|(?<!marido )(?<!mujer )(?<!esposa )(?<!esposo )(?<!pareja )(?<!amigo )(?<!amiga )(?<!madre )(?<!padre )(?<!hijo )(?<!hija )(?<!hermano )(?<!hermana )(?<!familia )(?:me|nos|le) (?:dijo|dijeron|dice|dicen|contestó|contestaron|soltó|soltaron) (?:que )?[«\"“]?(?:que )?(?:me calmara|nos calmáramos|se calmara|no exager\w+|no (?:era|es|fuera) para tanto|no (?:montara|montase|montáramos|monte) (?:un |el |tanto )?(?:escándalo|numerito|drama|show|lío)|dejara de quejarme|si no me gusta\w*)"
    r"|(?:m'a|m'ont|nous a|nous ont|lui a|leur a) (?:\S+ )?(?:dit|répondu|lancé|rétorqué) (?:de (?:me|nous) calmer|que (?:j'|nous )?exag[ée]r\w+|de ne pas (?:en )?faire (?:tout un (?:plat|drame|fromage)|d'histoires?|un scandale|de scène)"
    r"|qu'?\W{0,2}(?:on|je|nous|vous|il|elle) n'(?:avait|avais|avions|aviez|a|ai|avez) qu'à)"
    r"|(?:ich|wir|sie|er) (?:solle|sollte|sollen|sollten|soll|möge)\W+(?:\S+ ){0,2}(?:nicht so|keinen|kein) (?:\S+ ){0,2}(?:anstellen|aufregen|theater|aufstand|drama|zirkus|wirbel|getue|affentheater)"
    r"|(?:ich|wir) (?:solle|sollte|sollen|sollten) (?:mich|uns) (?:mal |doch |erst mal )?beruhigen|wenn (?:es |das )?(?:mir|uns|ihr|ihm) nicht pass(?:e|t)"
    r"|me (?:sentí|dejó|dejaron) humillad[oa]|me humill(?:ó|aron)|(?:gritó|habló|acusó|trató)[^.!?\n]{0,60}delante de (?:todos|toda|la gente|otros|otras|mis)"
    r"|je me suis senti(?:e)? humilié(?:e)?|m'a humilié(?:e)?|(?:parlé|crié|accusée?|traitée?)[^.!?\n]{0,60}devant (?:tout le monde|les autres|toute la|d'autres|mes)"
    r"|(?:fühlte mich|wurde|wurden) (?:\S+ )?(?:gedemütigt|bloßgestellt)|vor (?:allen|anderen|den anderen) (?:\S+ ){0,3}(?:angeschrien|bloßgestellt|beschuldigt|beleidigt|angebrüllt)")

# "Without my consent" is a data matter only when said of their data or of contacting them: a charge or a contract
# "sin mi consentimiento" is a charge they did not expect (or fraud), which the money words decide.
_WITHOUT_CONSENT = (r"(?:without (?:my|our) (?:consent|permission|knowledge|agreement)|sin (?:mi|nuestro) (?:consentimiento|permiso|autorización)"
                    r"|sans (?:mon|notre) (?:accord|consentement|autorisation)|ohne (?:meine|mein|unsere) (?:einwilligung|zustimmung|erlaubnis|einverständnis))")
_THEIR_DATA = (r"(?:data|details|information|info|number|email|address|photos?|calls?|texts?|emails|messages|marketing|newsletters?|contacted"
               r"|datos|número|teléfono|correos?|dirección|llamadas|mensajes|publicidad|données|numéro|coordonnées|adresse|appels|sms|mails"
               r"|publicités?|daten|nummer|telefonnummer|anrufe|nachrichten|werbung|kontaktiert|angerufen)")
_DATA_WITHOUT_CONSENT = (_THEIR_DATA + r"\b (?:\S+ ){0,8}?" + _WITHOUT_CONSENT + "|" + _WITHOUT_CONSENT + r" (?:\S+ ){0,6}?" + _THEIR_DATA)


_VEHICLE = (r"flight|train|plane|ferry|ferries|coach|bus|sailing|crossing|fähre|zug|flug|überfahrt|schiff|vuelo|tren|barco"
            r"|travesía|autobús|vol|avion|bateau|traversée|car")
_HOURS_LATE = (r"(?:\d+|two|three|four|five|six|seven|eight|zwei|drei|vier|fünf|sechs|sieben|acht|dos|tres|cuatro|cinco|seis"
               r"|siete|ocho|deux|trois|quatre|cinq|sept|huit) (?:hours?|stunden|horas|heures) (?:\S+ ){0,2}(?:late|delay(?:ed)?"
               r"|verspätung|später|verspätet|de retraso|tarde|de retard|en retard)")


# A payment or transfer held by the company's own security ("blocked a £4,000 transfer for my protection", "aus
# Sicherheitsgründen gesperrt", "bloqueado por seguridad"): a security matter whatever it costs them, but one where
# the customer wants the hold lifted, not a fraud claim (worker/writing/situation.py reads it for the draft).
SECURITY_HOLD = _any(r"(?:blocked|stopped|held|frozen|froze|declined) (?:a |my |the |our )?(?:[£$€]?[\d,.]+ )?(?:transfer|payment|transaction)s?\b[^.!?\n]{0,40}(?:protection|security|fraud|suspicious)",
              r"(?:transfer|payment|transaction|überweisung|zahlung|transferencia|pago|virement|paiement)\w* (?:[^.!?\n]|(?<=\d)\.(?=\d)){0,60}(?:for my (?:own )?protection|for security|aus sicherheitsgründen|por (?:motivos de )?seguridad|pour (?:des )?raisons de sécurité|pour (?:votre|ma) sécurité|par sécurité)",
              r"(?:überweisung|zahlung) (?:[^.!?\n]|(?<=\d)\.(?=\d)){0,60}gesperrt|(?:transferencia|pago) (?:[^.!?\n]|(?<=\d)\.(?=\d)){0,50}bloquead[oa]"
              r"|(?:virement|paiement) (?:[^.!?\n]|(?<=\d)\.(?=\d)){0,50}bloqué")

# A charge for damage the company says they caused, which they dispute ("a £300 'damage fee'", "charged my card £850
# for a scratch", "me cobráis 150 € de franquicia por daños", "180 € de frais de dégâts", "eine Schadenspauschale"):
# 4 of 4 readable "damage charge" lines are the charge (a "damage claim" is the customer's own, and stays damage).
DAMAGE_CHARGE = _any(r"damage (?:fee|fees|charge|charges)|(?:charged|billed|invoiced) (?:me |us |my card )?(?:[£$€]?\d[\d,.]* )?for (?:the |a |an |some )?['‘\"]?(?:damage|scratch|dent|scuff)",
                     r"(?:cargos?|cobros?|franquicia|recargo) (?:\w+ )?por (?:los )?(?:daños|desperfectos)|frais (?:de|pour) (?:dommages|dégâts)|schadens?(?:pauschale|gebühr)")

# Pages printed twice, missing or out of order inside a book, a photo book or a calendar ("Pages 14 to 22 are printed
# twice and the last section ... is missing", "il manque des pages", "faltan páginas", "Seiten doppelt"): the printed
# thing is faulty (nb-62-071), not a wrong item; something missing FROM the box is MISSING_FROM_ORDER's. The words layer
# reads "missing" and "wrong order" as a wrong item, so a wrong item read over this phrasing is the defect
# (topic_and_confidence).
PRINT_DEFECT = _any(r"(?:pages?|chapters?|sections?|spreads?) (?:\S+ ){0,5}?(?:(?:are|is|were|was|have been|has been|came|come) )?(?:\w+ )?(?:printed (?:twice|double|two times|upside down|back to front)|duplicated|repeated|missing|blank|upside down|in the wrong order|out of order|misprinted|back to front|falling out)\b",
    r"(?:páginas?|capítulos?|secciones?|hojas?) (?:\S+ ){0,5}?(?:(?:están|está|vienen|viene|salen|sale|aparecen|aparece) )?(?:repetidas?|duplicadas?|impresas? dos veces|en blanco|desordenadas?|en (?:el )?orden (?:equivocado|incorrecto)|al revés)\b|faltan? (?:\S+ ){0,2}(?:páginas|capítulos?|hojas)\b",
    r"(?:pages?|chapitres?|sections?) (?:\S+ ){0,5}?(?:(?:sont|est) )?(?:imprimées? (?:deux fois|en double)|en double|répétées?|manquantes?|blanches|vierges|dans le désordre|à l'envers|dans le mauvais ordre)|manque (?:\S+ ){0,2}(?:pages|chapitres?)\b",
    r"(?:seiten|kapitel|abschnitt) (?:\S+ ){0,5}?(?:(?:sind|ist|wurden|wurde) )?(?:doppelt|zweimal gedruckt|leer|vertauscht|in falscher reihenfolge|verkehrt herum|falsch herum)\b|(?:fehlen|fehlt) (?:\S+ ){0,2}(?:seiten|kapitel)\b")


# A gift card's or a voucher's balance found gone or at zero: the stored money drained (fraud_or_security), where
# "balance gone" alone is an app's or a game's lost data (outage_or_bug, which does not read it after "card").
GIFT_CARD_DRAINED = _any(r"(?:gift ?cards?|e-?gift cards?|gift vouchers?|vouchers?|tarjetas? regalo|cheques? regalo|cartes? cadeaux?|bons? d'achat"
                         r"|gutscheine?|geschenkkarten?|geschenkgutscheine?)\b[^.!?\n]{0,60}?\b(?:balance|saldo|solde|guthaben)\b[^.!?\n]{0,30}?"
                         r"(?:gone|empty|zero|[£$€] ?0(?:[.,]00)?\b|0[.,]00|vanished|disappeared|wiped|vac[ií]o|a cero|desaparecido|à zéro|vide|disparu"
                         r"|leer|weg|verschwunden|null)",
                         r"\b(?:balance|saldo|solde|guthaben)\b (?:\S+ ){0,3}?(?:gift ?card|gift voucher|voucher|tarjeta regalo|cheque regalo|carte cadeau|bon d'achat"
                         r"|gutscheins?|geschenkkarte)\b[^.!?\n]{0,30}?(?:gone|empty|zero|[£$€] ?0(?:[.,]00)?\b|0[.,]00|vanished|disappeared|wiped|vac[ií]o|a cero"
                         r"|desaparecido|à zéro|vide|disparu|leer|weg|verschwunden|null)")


_FAMILIES: dict[str, list[tuple[re.Pattern, float]]] = {
    "delivery_delay": [
        # A delivery date promised and moved, again and again ("Delivery was promised for the week of 3 March ... three
        # different delivery dates ... moved again"), or the goods still awaiting stock after paying (out of stock alone
        # is as often why an order was cancelled and its money is owed).
        (_any(r"deliver(?:y|ies) (?:date )?(?:was |were |is |had been )?(?:promised|due|scheduled|booked|confirmed) (?:for|on|by)",
              r"(?:\w+ )?(?:different|new) delivery (?:dates|slots|days)|delivery (?:date|slot) (?:\S+ ){0,3}(?:moved|changed|pushed back|postponed|rescheduled)",
              r"(?:awaiting|waiting for|waiting on) stock|back-?ordered|en attente de (?:stock|réapprovisionnement)|(?:esperando|en espera de) stock"), 2.5),
        # Waiting weeks for a thing to be sent (a new card, a replacement, a document), in four languages.
        (_any(r"(?:days|weeks|months) (?:of )?(?:waiting|waited) for (?:my|the|a|our) (?:new |replacement )?\w+",
              r"(?:waiting|waited) (?:\S+ ){0,3}(?:days|weeks|months) for (?:my|the|a|our) (?:new |replacement )?(?:card|cards|replacement|document|documents|certificate|licence|license|passport|keys?)",
              r"(?:días|semanas|meses) esperando (?:mi|la|el|una|un) (?:\w+)|(?:jours|semaines|mois) que j'attends (?:ma|mon|la|le|une|un) \w+|(?:tage|wochen|monate)n? (?:\S+ ){0,2}warte ich auf (?:meine|die|das|den|eine|ein) \w+"), 3),
        (_any(rf"{_NOT} (?:\w+ ){{0,2}}(?:arrived?|come|been delivered|delivered|shipped|dispatched|been dispatched|been sent|sent out)",
              rf"(?:my|the|our|this) {_PARCEL} (?:\w+ ){{0,2}}{_NOT} (?:\w+ ){{0,2}}(?:arrived?|come|came|turned up|shown up|showed up|been delivered|delivered|received|shipped|dispatched)",
              rf"where(?: is|'s| are) (?:my |our |the )?{_PARCEL}", r"(?:isn'?t|is not|aren'?t|are not) here (?:yet|by|before)", rf"still waiting (?:for|on) (?:my|the|our|this) {_PARCEL}",
              r"(?:late|delayed|missed|failed|lost|missing|overdue) (?:delivery|deliveries|parcel|package|shipment|order)",
              rf"{_PARCEL} (?:is |was |has been |got |seems )?(?:late|delayed|lost|missing|stuck|overdue|held up|lost in the post)",
              r"tracking (?:\w+ ){0,2}(?:hasn'?t|has not|not|still|says|shows|stuck|stopped)", r"no (?:tracking|sign of (?:my|the|our) \w+)",
              r"stuck (?:in|at) (?:transit|customs|the depot|the warehouse|the sorting)", r"(?:marked|shown|showing|listed) as delivered", r"says (?:it was |it's )?delivered",
              r"(?:courier|delivery driver|postman|delivery man) (?:\w+ ){0,2}(?:never|didn'?t|did not|failed)", r"(?:delivery|arrival) (?:date|window|slot) (?:\w+ ){0,2}(?:passed|missed|came and went)",
              r"never (?:arrived|got (?:it|my order|the parcel))", r"(?:sent|delivered|shipped|posted|took) (?:\w+ ){0,4}to (?:my |the |an? )?(?:old|wrong|previous|former|different) (?:address|flat|house|home|office)", r"wrong address", r"dispatched in error|back to the warehouse|returned to sender",
              r"no (?:me )?ha (?:llegado|sido entregado)|(?:aún|todavía) no (?:me )?(?:ha llegado|he recibido|llega|lo he recibido)|sigo sin recibir|sigue sin llegar|sin llegar(?! a \w+[aeií]r(?:se|lo|la|le)?\b)|nunca llegó|no llega(?! a \w+[aeií]r(?:se|lo|la|le)?\b)",
              r"(?:dónde|donde) está (?:mi|el|nuestro) (?:pedido|paquete|envío)|(?:pedido|paquete|envío) (?:retrasado|perdido|extraviado|atascado)|retraso (?:en|de|del) (?:la )?(?:entrega|envío|pedido)",
              r"esperando (?:mi|el|su|nuestro) (?:pedido|paquete|envío)|marcado como entregado",
              r"pas (?:encore )?(?:été )?(?:reçu|arrivée?|livrée?)|toujours pas (?:été )?(?:reçu|arrivée?|livrée?)|jamais (?:reçu|arrivée?|livrée?)|n'est (?:toujours )?pas arrivée?",
              r"où (?:est|en est) (?:ma commande|mon colis|ma livraison)|retard (?:de|dans la) livraison|livraison (?:en retard|retardée|manquée)|(?:colis|commande) (?:bloquée?|perdue?|égarée?|introuvable|en retard)",
              r"attends? (?:\w+ ){0,3}(?:ma|la|mon|le) (?:commande|colis|livraison)|marquée? comme livrée?",
              r"nicht (?:angekommen|geliefert|zugestellt|eingetroffen)|noch (?:immer )?nicht (?:da|angekommen|erhalten|geliefert|zugestellt)|nie angekommen|wo bleibt(?! (?:denn |nun |jetzt )?(?:meine |die |das |mein )?(?:rückerstattung|erstattung|gutschrift|geld|rückzahlung))|wo ist (?:meine|mein|die|das) (?:bestellung|lieferung|paket|ware)",
              r"lieferverzug|lieferverzögerung|verspätete lieferung|lieferung (?:ist )?(?:verspätet|überfällig)|paket (?:ist )?(?:verschwunden|verloren|weg|verschollen)|als zugestellt",
              r"warte\w* (?:\w+ ){0,4}auf (?:meine|die|mein|das|unsere) (?:bestellung|lieferung|paket|ware)"), 3),
        (_any(r"deliver\w*", r"shipping", r"shipment", r"courier", r"dispatch\w*", r"parcel", r"tracking", r"postage", r"royal mail", r"dpd", r"dhl", r"ups", r"fedex", r"hermes|evri",
              r"livraison", r"colis", r"livreur", r"entrega", r"envío", r"paquete", r"pedido", r"lieferung", r"paket", r"sendung", r"zustell\w*", r"versand", r"geliefert"), 1),
        (_any(r"(?:promised|due|booked|scheduled|expected|meant to arrive|rescheduled|moved|pushed back) (?:\w+ )?(?:for|on|by|to) (?:the )?\d+(?:st|nd|rd|th)?\b", r"reschedul\w+|pushed back|postponed|aplazad[oa]|reprogramad[oa]|reportée?|verschoben"), 2),
        (_any(r"(?:still |been |is |stuck )?(?:in |on )?['\"‘]?(?:processing|pending|in preparation|awaiting dispatch)['\"’]? (?:for|since)", r"en (?:cours de )?préparation depuis|en preparación desde|in bearbeitung seit"), 2),
        # An engineer's visit or a bus too: not evidence of a late parcel on their own.
        (_any(r"nobody came|waited in all day|never (?:came|turned up|showed up)", r"driver (?:\w+ ){0,2}(?:never|didn'?t|did not|failed)"), 1.5),
        (_any(r"(?:working|business) days", r"next[- ]day", r"in transit", r"out for delivery", r"signed for", r"(?:collection|pick-?up) point", r"(?:meant|supposed|due|expected|promised) to (?:come|arrive|be here|be delivered|turn up)",
              r"(?:estimated|expected) (?:delivery|arrival|date)", r"no van", r"waited in", r"day off", r"still waiting", r"arriv\w*", r"turn(?:ed)? up", r"show(?:ed)? up",
              r"llega\w*|llegó|reparto|repartidor|transportista|seguimiento|en camino|avis de passage|point relais|suivi|transporteur|expédi\w+|arrivée?|en cours d'acheminement",
              r"angekommen|ankommen|sendungsverfolgung|paketshop|liefertermin|niemand kam|kommt nicht|unterwegs"), 0.7),
    ],
    "damaged_or_defective": [
        # A fault since their own repair or service ("picked up my watch after the £380 service and it's losing 4
        # minutes a day", "ruido tras la revisión", "après la réparation", "nach der Reparatur"): the work left it
        # faulty (4 of 4 readable such lines damaged_or_defective), not a charge they did not expect; a bill named
        # after it is (see _BILLED_EXTRAS).
        (_any(r"(?:after|since) (?:the |your |its |my )?(?:[£$€]?[\d,.]+ )?(?:repair|service|servicing)\b(?! (?:desk|team|line|centre|center|charge|fee|agent|provider|outage|was|were|is|has|had|went|stopped|dropped|I|we|you)\b)(?! (?:\S+ ){0,3}(?:charged|billed|invoiced))",
              r"(?:después de|tras) (?:la|su|vuestra) (?:reparación|revisión)|après (?:la|sa|votre) (?:réparation|révision)|nach (?:der|ihrer|eurer) (?:reparatur|revision|wartung)",
              # The same fault back soon after their visit ("vuestro técnico cambió una pieza y a las dos horas la
              # caldera volvía a marcar error", "réparée jeudi, retombée en panne", "failed again within 48 hours").
              r"(?:técnico|engineer|technician|technicien|techniker|monteur)\b[^.!?\n]{0,40}(?:[.,;] [^.!?\n]{0,80})?\b(?:volv\w+ a (?:fallar|marcar|dar error|estropear\w*|romper\w*)"
              r"|(?:failed|broke|broken|stopped working|leaking|packed up) again|retomb\w+ en panne|wieder (?:kaputt|defekt|ausgefallen))"), 2.5),
        # Pages printed twice, missing or out of order inside a printed thing (PRINT_DEFECT): faulty, not a wrong item.
        (PRINT_DEFECT, 4),
        # Damage their own worker did on a visit or a delivery ("your engineer snapped a radiator valve", "el técnico
        # rayó el suelo", "le livreur a abîmé le mur", "der Monteur hat die Tür zerkratzt"): the damage is the
        # situation (2 of 2 readable such lines), the visit's charge after it is its insult.
        (_any(r"(?:engineer|technician|fitter|installer|plumber|electrician|driver|courier|movers?|workm[ae]n)['’]?s?\s+(?:\S+ ){0,8}?(?:snapped|broke|damaged|scratched|dented|cracked|smashed|gouged|tore|ripped|chipped)\b(?! (?:down|up|in|into|off|through)\b)",
              r"(?:técnico|instalador|montador|fontanero|repartidor|transportista)\w* (?:\S+ ){0,6}?(?:rompió|ha roto|rayó|ha rayado|dañó|ha dañado|golpeó|abolló)\b",
              r"(?:technicien|installateur|monteur|plombier|livreur|déménageur)\w* (?:\S+ ){0,6}?a (?:cassé|abîmé|rayé|endommagé|fissuré)\b",
              r"(?:techniker|monteur|installateur|handwerker|klempner|fahrer|bote|lieferant)\w* (?:\S+ ){0,6}?(?:zerkratzt|beschädigt|kaputt gemacht|zerbrochen|abgebrochen)\b"), 4),
        (_any(r"(?<!\bhe )(?<!\bshe )(?:arrived|came|delivered|turned up|was|is) (?:\w+ ){0,3}(?:broken|damaged|smashed|cracked|dented|scratched|torn|ripped|dead|in pieces|shattered|crushed|leaking|faulty|defective|missing parts)",
              r"in (?:about |several |many )?\w+ pieces", r"stopped working", r"(?:doesn'?t|does not|didn'?t|did not|never) (?:work|worked|turn on|switch on|charge|power on)",
              r"won'?t (?:turn on|switch on|charge|start|power on|boot|close|lock|heat|cool|spin|drain)", r"not (?:working|charging|turning on)", r"defective|faulty|malfunction\w*|broken(?! (?:promises?|record|english|links?|hearted|heart))|damaged|cracked|dented|leak(?:s|ing|ed)?",
              r"dead on arrival|doa|smashed|shattered|wilted|squashed|crushed|dead (?:flowers|plant)|mouldy|moldy|spoiled|rotten|stale|out of date|expired",
              r"same (?:fault|defect)|(?:second|third|another) replacement|fell apart|falling apart|came apart|came off(?! (?:the |my |our |his |her )?(?:phone|call|line|account|card|bank|statement|bill))|came away|came loose|fell off|flood(?:s|ed|ing)? (?:the|my|our)|snapped|overheat\w*|burn(?:t|ed) out|caught fire|sparks?|poor quality|shoddy|(?:hole|holes|stain|stains|tear|rip) in",
              r"(?:battery|screen|zip|zipper|strap|handle|seam|sole|hinge|button|motor|charger|heel|leg|door|lid) (?:\w+ ){0,2}(?:broke|broken|died|cracked|failed|came off|snapped|stopped|fell off)",
              r"rot[oa]s?|dañad[oa]s?|defectuos[oa]s?|estropead[oa]s?|averiad[oa]s?|no funciona|dejó de funcionar|no enciende|no carga|en mal estado|se rompió|rajad[oa]|caducad[oa]|podrid[oa]|mala calidad|aplastad[oa]s?|abollad[oa]s?|destrozad[oa]s?",
              r"cassée?s?|abîmée?s?|endommagée?s?|défectueu\w+|fissurée?s?|rayée?s?|ne (?:fonctionne|marche) (?:pas|plus)|en panne|ne s'allume (?:pas|plus)|ne charge (?:pas|plus)|en mauvais état|hors d'usage|périmée?s?|pourrie?s?|mauvaise qualité|écrasée?s?|éventrée?s?|brisée?s?",
              r"kaputt\w*|beschädigt\w*|defekt\w*|zerbrochen\w*|funktioniert (?:nicht|nicht mehr|kaum)|geht nicht (?:mehr )?an|(?:akku|handy|gerät|telefon|laptop|tablet|uhr|batterie|e-bike|zahnbürste|kamera|kopfhörer)\w* (?:\S+ ){0,3}lädt (?:sich )?nicht|lädt (?:sich )?nicht (?:mehr )?auf|gerissen|zerkratzt|gesprungen|verdorben|abgelaufen|mangelhaft|mängel|schimmel\w*|schlechte qualität|zerdrückt\w*|zerquetscht\w*|eingedrückt\w*"), 2.5),
        (_any(r"repair\w*", r"replacement", r"warranty", r"guarantee", r"return it", r"send it back", r"refund or replace", r"garantía", r"reparación", r"reparar", r"sustitución",
              r"réparation", r"réparer", r"garantie", r"remplacement", r"reparatur", r"ersatz\w*", r"umtausch", r"reklamation"), 1),
        (_any(r"(?:keeps|kept) (?:switching|turning|shutting) (?:itself )?(?:off|down)|(?:switches|turns|shuts) (?:itself )?(?:off|down)", r"stopped (?:cooling|heating|charging|spinning|printing|draining)",
              r"(?:huge |big |massive )?(?:crack|dent|scratch|tear|hole|chip|stain|rip|(?-i:split)|gash)s? (?:in|on|across|along|down)", r"(?-i:split) (?:at|along|down)", r"(?:disgusting|terrible|awful|poor|cheap|shocking) quality",
              r"se apaga|se rompe|se ha roto|no enfría|no calienta|hace un ruido|grieta|ne refroidit (?:pas|plus)|ne chauffe (?:pas|plus)|s'éteint|fait un bruit|kühlt nicht|heizt nicht|schaltet sich (?:\w+ )?ab|macht (?:\w+ )?geräusche|riss (?:im|in der|am)"), 2),
        (_any(r"(?:only|just|barely) (?:\w+ ){0,2}(?:days?|weeks?|months?) old|after (?:only |just )?(?:\w+ )?(?:days?|weeks?|uses?|rides?|washes|wears?|wash)",
              r"(?:tiene|tenía) (?:solo |sólo )?(?:\w+ )?(?:días|semanas|meses)|(?:il|elle) a (?:seulement )?(?:\w+ )?(?:jours|semaines|mois)|(?:ist|war) (?:erst |gerade )?(?:\w+ )?(?:tage|wochen|monate) alt",
              r"(?:tras|después de|a l(?:as|os)) (?:\w+ )?(?:días|semanas|meses|usos|lavados)|après (?:\w+ )?(?:jours|semaines|utilisations|lavages)|nach (?:\w+ )?(?:tagen|wochen|benutzungen|wäschen)",
              r"ne (?:vidange|chauffe|refroidit|démarre|ferme|tourne|sèche|lave|essore) plus|(?:doesn'?t|won'?t|no longer) (?:drain|spin|heat|cool|close|lock|dry|flush)|no (?:desagua|centrifuga|calienta|enfría|cierra)|(?:pumpt|schleudert|heizt|kühlt|schließt) nicht (?:mehr )?(?:ab)?",
              r"muelle|spring (?:sticking|poking|broke)|peel(?:ing|ed|s)? off|se (?:despega|pela|descose)|se décolle|löst sich"), 1.5),
        (_any(r"crack\w*", r"(?-i:split)\w*", r"seams?", r"quality", r"scratch\w*", r"dent\w*", r"chipped", r"stain\w*", r"rust\w*", r"noise|noisy|rattl\w+", r"dropped", r"calidad|ruido|raja\w*",
              r"fissure|rayure|qualité|bruit", r"riss|kratzer|delle|qualität|geräusch\w*|fleck\w*"), 0.7),
    ],
    "wrong_item": [
        # Something missing from what arrived ("arrived with something missing", "the charger wasn't in the box",
        # "il manque un article", "faltaba una pieza", "es fehlt ein Teil"): not late, incomplete.
        (MISSING_FROM_ORDER, 4),
        # Booked or paid for one thing, given another: a room, a car class, an edition, a seat.
        (_any(r"(?:booked|paid for|ordered|reserved|bought) (?:an? |the |my )?['‘\"]?[\w -]{2,30}['’\"]? (?:[^\s.!?]+ ){0,10}(?:and|but) (?:\S+ ){0,2}(?:got|received|was given|were given|only (?:shows|had|has|got)|ended up with)",
              # "We ordered the 9kg one in white and your courier delivered a 7kg one in grey": another thing brought.
              r"(?:booked|paid for|ordered|reserved|bought) (?:an? |the |my )?['‘\"]?[\w -]{2,30}['’\"]? (?:[^\s.!?]+ ){0,10}(?:and|but) (?:\S+ ){0,2}(?:delivered|brought|sent) (?:me |us )?"
              + _NOT_A_MESSAGE + r"an? (?!(?:broken|damaged|faulty|defective|cracked|smashed|dented|scratched|torn|day|week|month|few|couple|bit|lot|reply|message)\b)",
              r"(?:paid for|ordered|bought) the (?:\w+ ){1,3}(?:edition|version|package|plan|bundle|model)\b[^.!?]{0,80}(?:only|just|standard|basic)",
              r"(?:was|were|is|are) (?:not|missing) (?:in|from) (?:the|my|our) (?:\w+ )?(?:delivery|order|box|parcel|bag|package)",
              r"(?:compré|pagué|reservé|pedí) [^.!?\n]{2,140}? (?:y|pero) (?:me )?(?:(?!no\b|nunca\b|todav[ií]a\b|a[uú]n\b|nada\b)\S+ )?(?:mandáis|mandaron|enviaron|enviáis|disteis|dieron|dan|llegó|llegado|llegaron|llega|llegan|recibido|recibí)" + _NOT_A_MESSAGE + r"|(?:me enviaron|me mandaron|me mandáis) (?:\S+ ){1,8}cuando (?:yo )?(?:compré|pagué|reservé)",
              r"(?:réservé|payé|commandé) (?:\S+ ){1,10}et (?:(?!rien\b|pas\b|jamais\b|toujours\b|n'|ne\b)\S+ ){0,2}(?:reçu|reçois|reçoit|recevons|eu|donné|livré|envoyé|on se retrouve)|(?:annoncée?s?|promise?s?) (?:\S+ ){0,4}et (?:on|j'ai|nous) (?:se retrouve|a eu|ai eu|reçu)",
              # "Took" or "chose" is how a menu or a size is ordered ("j'ai pris un menu végétarien et j'ai reçu un burger
              # au bacon", "ich habe die vegane Box gewählt und ... bekommen"; round 19), not of a message that came back.
              r"(?:j'ai|on a|nous avons) (?:pris|choisi|sélectionné) (?:\S+ ){1,10}et (?:(?!rien\b|pas\b|jamais\b|toujours\b|n'|ne\b)\S+ ){0,2}(?:reçu|eu|livré|envoyé)" + _NOT_A_MESSAGE,
              r"(?:gewählt|ausgewählt) (?:\S+ ){0,4}und (?:(?!nichts\b|nicht\b|nie\b|kein\w*\b|noch\b)\S+ ){0,6}(?:bekommen|erhalten|geliefert|geschickt)",
              r"(?:gebucht|bezahlt|bestellt) (?:\S+ ){0,4}und (?:(?!nichts\b|nicht\b|nie\b|kein\w*\b|noch\b)\S+ ){0,6}(?:bekommen|erhalten|geliefert|geschickt)"), 4),
        (_any(r"(?<!in the )wrong (?:item|items|size|colou?r|product|order|model|one|book|shoes|parts?|version|flavou?r|style|type|thing)",
              r"not what (?:I|we) (?:ordered|bought|paid for)", r"sent (?:me |us )?(?:the |a )?wrong", r"(?:received|got|sent) (?:a |the )?(?:different|someone else'?s|another customer'?s)",
              r"someone else'?s (?:order|parcel|package|item)", r"sent (?:me |us )?(?:a|an|the) (?:[\w-]+ ){1,3}[^.!?]{0,60}(?:I|we) (?:had )?(?:ordered|asked for|paid for|chose) (?:the|a|an)", r"belongs? to someone", r"not the (?:model|one|colou?r|size|item|product|version) (?:in the|on the|shown|advertised|I (?:ordered|paid for|bought))",
              r"(?:paid for|ordered|bought) (?:the |a |an )?\S+ (?:\w+ )?(?:and|but) (?:got|received|you sent)", r"(?:doesn'?t|does not) match the (?:description|photo|picture|listing|advert)", r"different (?:colou?r|size|model|item|product) (?:from|than|to)",
              r"(?:item|items|part|parts|piece|pieces) (?:\w+ ){0,2}missing from (?:my |the )?(?:order|box|parcel|package)", r"only (?:half|part|one) of (?:my|the) order",
              r"producto (?:equivocado|incorrecto|erróneo)|talla (?:equivocada|incorrecta)|color (?:equivocado|incorrecto)|no es lo que (?:pedí|compré|pedimos)|(?:me )?(?:enviaron|mandaron|llegó|han enviado|han mandado) (?:otr[oa]|un[oa]? diferente|algo distinto)",
              r"(?:artículo|pedido) (?:equivocado|incorrecto|erróneo)",
              r"mauvaise? (?:article|taille|produit|couleur|modèle|commande|pointure|référence)|pas ce que (?:j'ai|nous avons) commandé|(?:article|produit) (?:erroné|incorrect)|(?:un|une) autre (?:article|produit|taille|couleur|modèle)",
              r"falsche[rns]? (?:artikel|größe|farbe|ware|lieferung\w*|produkt|modell|bestellung|teil|jacke|schuhe)|nicht (?:das,? )?was ich bestellt|(?:ein|eine) anderes? (?:produkt|modell|teil|artikel)"), 4),
        (_any(r"instead of", r"en (?:lugar|vez) de", r"au lieu d", r"anstatt", r"statt"), 1),
        (_any(r"(?:j'avais|nous avions|I had|I'd|we had|había|habíamos|hatte|hatten) (?:\w+ ){0,2}(?:commandé|ordered|pedido|bestellt)", r"cuando (?:yo )?(?:pedí|había pedido)|(?:when|but) (?:I|we) (?:had )?ordered (?:a|an|the|size)|alors que j'avais commandé|obwohl ich (?:\w+ ){0,3}bestellt|que (?:yo )?(?:pedí|encargué)|(?:que|ce que) j'avais commandé|die ich bestellt (?:hatte|habe)",
              r"(?:the one|what) (?:I|we) (?:had )?(?:ordered|paid for)", r"ordered (?:the|a|an) [\w-]+ (?:one|version|model)",
              r"(?:enviado|mandado|enviaron|mandaron|envoyé|reçu|geschickt|geliefert|bekommen) (?:\w+ ){0,2}(?:una? |la |el |une |la |le |eine |die |den )?(?:talla|color|modelo|taille|couleur|modèle|pointure|größe|farbe|modell) (?!de envío|de livraison)"), 2),
        (_any(r"(?:sent|delivered|shipped|gave) (?:me |us )?(?:a|an|the|some) [^.!?]{0,40}[.!?,;]? ?(?:but |when |yet |and |even though )?(?:I|we) (?:had |clearly |specifically )?(?:ordered|asked for|paid for|chose) (?:a |an |the |size )?(?!it\b|on\b|in\b|from\b|this\b|online\b|\d)\w+"), 4),
    ],
    "refund_not_received": [
        # Money that should have come back (a deposit, a "caution", a "fianza", a "Kaution") and still has not.
        (_any(r"where(?: is|'s) (?:my|our|the) (?:[£$€]?\S+ )?(?:deposit|refund|reimbursement|money)",
              r"(?:deposit|caution|fianza|kaution|dépôt de garantie) (?:\S+ ){0,8}(?:not|never|still|toujours|jamais|pas|todavía|sigue|nicht|noch)\b",
              # Waiting for the money itself, in Spanish ("llevo tres semanas esperando el reembolso").
              r"esperando (?:el|mi|un|la|su|los) (?:reembolso|devolución|dinero|abono|importe)|(?:reembolso|devolución del dinero) (?:\w+ ){0,3}(?:sin llegar|no llega|no ha llegado|sigue sin)",
              # The refund itself, however far from the verb, has not arrived: "el reembolso de 40 € que me prometisteis hace un
              # mes todavía no ha llegado", "le remboursement promis ... n'est toujours pas arrivé", "die Erstattung, die Sie
              # zugesagt haben, ist nie angekommen" (a parcel named in between makes it the parcel's arrival).
              r"(?:reembolso|devolución|remboursement|rückerstattung|erstattung|rückzahlung|gutschrift)\b"
              r"(?:(?!pedido|paquete|envío|commande|colis|paket|bestellung|lieferung|sendung)[^.!?\n]){0,100}?"
              r"\b(?:no (?:me |nos )?ha (?:llegado|entrado)|sigue sin llegar|nunca (?:llegó|ha llegado)|(?:n'est|ne m'est|n'a) (?:toujours |jamais |pas encore )?(?:pas )?(?:arrivée?|parvenue?|été versée?)"
              r"|toujours pas (?:arrivée?|reçue?|versée?)|(?:nie|nicht|noch nicht|immer noch nicht|bis heute nicht) (?:angekommen|eingegangen|überwiesen|gutgeschrieben))",
              # A credit or refund promised that never shows ("a credit of £30 that never appears", "l'avoir n'apparaît toujours pas").
              r"(?:credit|refund|compensation|reimbursement|gutschrift|abono|avoir|remboursement|reembolso)\b(?:[^.\n]|(?<=\d)\.(?=\d)){0,50}\b(?:never (?:appears|appeared|arrives|arrived|came|showed up)|"
              r"still (?:hasn'?t|has not|isn'?t|not) (?:appeared|arrived|come|shown)|n'apparaît (?:jamais|toujours pas)|nunca (?:aparece|llega|llegó)|(?:nie|nicht|noch nicht) (?:angekommen|erschienen|gutgeschrieben))",
              r"(?:refund|reimbursement|remboursement|reembolso|rückerstattung|erstattung|deposit|caution|fianza|kaution)\b[^\n]{0,160}(?:still nothing|nothing yet|toujours rien|todavía nada|sigo sin nada|immer noch nichts|noch nichts|it'?s (?:now )?(?:been )?\w+ (?:days|weeks|months))",
              rf"{_MONEY} (?:\S+ ){{0,6}}(?:was|were|has been|had been) (?:approved|agreed|confirmed|promised|authori[sz]ed|processed|issued)",
              # The sum they were charged has not come back ("los 32,50 € me los cobrasteis y siguen sin volver", "l'argent
              # prélevé n'est toujours pas revenu"); "sigue sin volver a funcionar" is a fault, no money.
              r"(?:euros?|dinero|importe|cobr\w+|pagad[oa]s?|pagu[ée])[^.!?\n]{0,40}?\bsiguen? sin (?:volver|devolv\w*|reembols\w*)(?! a\b)",
              r"(?:argent|somme|montant|euros?|prélev\w+|débit\w+|pay[ée]\w*)[^.!?\n]{0,40}?\b(?:toujours pas|jamais|pas encore) (?:été )?(?:revenue?s?|rendue?s?|recrédit\w*)(?! (?:à|a|vers|me voir)\b)",
              # The same in German ("wurde abgebucht und ist bis heute, sechs Wochen später, nicht zurück"; round 20).
              r"(?:geld|betrag|summe|euros?|\w*gebühr|beitrag|kaution|abgebucht|bezahlt|überwiesen)[^.!?\n]{0,100}?\b(?:nicht|nie|noch nicht|immer noch nicht) (?:mehr )?zurück(?:gekommen|überwiesen|gebucht)?\b"), 5),
        # The part of a plan they did not use is what a refund is asked for, not money that has not come ("cancel my
        # cover and refund the months I haven't used", "refund the nights we never stayed"): no refund awaited.
        (_any(rf"where(?: is|'s) my {_MONEY}", rf"{_MONEY} (?!for something|for (?:a|an|the) \w+ (?:you|they) )(?:\w+ ){{0,3}}{_NOT}(?! (?:yet )?(?:used?|using|stayed|attended|attend|had the (?:use|benefit))\b)", rf"still (?:no|waiting (?:for|on)|haven'?t (?:had|got|received)) (?:my |the |a |any |our )?{_MONEY}",
              rf"(?:haven'?t|have not|never|not|didn'?t|did not) (?:yet )?(?:received|got|seen|had|been given|been paid) (?:my |the |a |any |our |back )?{_MONEY}",
              rf"waiting (?:\w+ ){{0,2}}(?:for|on) (?:my |the |a |our |this )?{_MONEY}", rf"(?:promised|approved|confirmed|agreed|processed|issued|authori[sz]ed|owed) (?:me |us )?(?:a |my |the |their |our )?(?:full |partial )?{_MONEY}",
              rf"{_MONEY}\W+(?:\w+\W+){{0,8}}(?:days|weeks|months?) ago", r"(?:\d+[-–]\d+|\d+|few|five|seven|ten|fourteen) (?:working |business )?days (?:for|to (?:get|receive|process)) (?:the |my |a )?refund",
              r"(?:pas un centime|pas un euro|rien) (?:\S+ ){0,2}(?:remboursé|reçu sur mon compte|vu sur mon compte)|dinero (?:\w+ ){0,2}no (?:aparece|ha llegado|llega)|(?:no he|sin) (?:recibido|ver) (?:el|mi|ningún) dinero|geld (?:\w+ ){0,3}nicht (?:da|angekommen|eingegangen)", rf"(?:yet|still) to (?:receive|get|see) (?:my|the|a|any|our) {_MONEY}", r"(?:seen|had|received) a (?:penny|cent|dime)",
              r"(?:returned|sent (?:it|them|\w+) back) (?:\w+ ){0,6}(?:days|weeks|months) ago",
              r"owe (?:me|us) (?:£|\$|€|money|\d+)", r"(?:come|go|get|be put|be paid) back (?:on|to|into) my (?:card|account|bank)|(?:agreed|promised|offered|accepted|confirmed) to (?:refund|reimburse|pay (?:me|us) back)|(?:said|told (?:me|us)|promised|quoted) (?:a |the |my |full )?refund|(?:rückzahlung|erstattung|rückerstattung|gutschrift) (?:(?:\w+|\d[\d.,]*|[€£$]) ){0,3}zugesagt|(?:not|never|haven'?t (?:seen|had|received)) a (?:penny|cent)|kein(?:en)? cent|ni un (?:centime|céntimo)|(?:requested|asked for|claimed|applied for|demandé|réclamé|solicité|pedí|reclamé|beantragt|angefordert) (?:\w+ ){0,2}(?:refund|remboursement|reembolso|erstattung|rückerstattung)|(?:refund|remboursement|reembolso|erstattung|rückerstattung) (?:\w+ ){0,3}(?:bestätigt|confirmed|confirmé|confirmado)|(?:geld|money|argent|dinero) (?:\w+ ){0,3}(?:nie|never|jamais|nunca) (?:gekommen|angekommen|came|arrived|arrivé|llegó)|weeks to refund|credit (?:hasn'?t been|was never|still not) applied", r"(?:credit|refund|compensation|reimbursement) (?:had been|has been|was|would be|will be) (?:applied|processed|issued|sent|paid|refunded)",
              r"(?:told|promised|said|assured|confirmed) (?:\w+ ){0,8}(?:would|will|should) be (?:refunded|reimbursed|credited|paid back)",
              r"reembolso (?:\w+ ){0,2}(?:no|todavía|aún|nunca|pendiente)|sigo (?:esperando|sin) (?:el |mi |ningún |un )?(?:reembolso|dinero|devolución)|no (?:me )?(?:han devuelto|han reembolsado|he recibido (?:el|mi|ningún) (?:reembolso|dinero))",
              r"(?:cuándo|when|quand|wann) (?:\w+ ){0,4}(?:devolver\w*|refund\w*|rembours\w*|erstatt\w*|zurück\w*|get (?:my|the) money)|nicht zurückbekommen|pas récupéré|no he recuperado|devolución (?:pendiente|del dinero)|(?:prometieron|aprobaron|confirmaron) (?:el|un|mi) reembolso|(?:dónde|donde) está (?:mi|el) (?:reembolso|dinero)|quiero mi dinero",
              # "J'attends un remboursement intégral" is the refund they demand (2 of 2 readable lines), "j'attends mon
              # remboursement", "j'attends toujours un remboursement" the one they wait for.
              r"(?:no|sin) (?:\w+ ){0,2}(?:veo|ver|recibido|tengo|visto) (?:el|mi|ningún|nada de) dinero|(?:toujours|encore|jamais|still) pas (?:de |reçu (?:de |mon |le )?)remboursement|attends? (?:\w+ ){0,3}(?:mon|le|ce) remboursement|attends? (?:toujours|encore|depuis (?:\w+ ){1,2}?)(?:\w+ ){0,2}un remboursement|remboursement (?:(?:\w+|\d[\d.,]*|[€£$]) ){0,3}(?:toujours|jamais|pas|en attente|promis|prévu)|(?:toujours|encore|jamais) pas (?:été )?rembours\w+",
              r"(?:pas|jamais) (?:reçu|vu|eu) (?:mon|le|de|aucun) remboursement|pas (?:été )?rembours\w+|(?:où est|où en est) (?:mon|le) remboursement",
              # "Where is my refund" asks after money promised back, not a parcel ("wo bleibt" alone is delivery's).
              r"where(?:'s| is) (?:my|the|our) (?:refund|reimbursement|money)|wo (?:bleibt|ist) (?:denn |nun |jetzt )?(?:meine|die|das|mein) (?:rückerstattung|erstattung|gutschrift|geld|rückzahlung)",
              r"(?:rückerstattung|erstattung|gutschrift|rückzahlung) (?:\w+ ){0,2}(?:noch|immer noch|nie|fehlt|steht aus|ausstehend|nicht)|noch (?:immer )?(?:keine?) (?:rückerstattung|erstattung|gutschrift|geld)",
              r"warte\w* (?:\w+ ){0,5}auf (?:die|meine|eine|mein|das) (?:rückerstattung|erstattung|gutschrift|geld|rückzahlung)|geld (?:\w+ ){0,2}nicht (?:zurück|erhalten|erstattet|überwiesen)|nicht erstattet|nichts (?:angekommen|eingegangen)"), 5),
        # A voucher refused or offered is the remedy they want, money back instead of credit, whatever went wrong: the
        # wreath that never came ("I don't want a voucher. I want a full refund") stays a delivery, so it is no evidence.
        (_any(r"(?:don'?t|do not) want (?:a|another) (?:voucher|credit note|gift card|store credit)",
              r"offer(?:ed|ing)? (?:me |us )?(?:a |only a )?(?:voucher|credit note|gift card)"), 1.5),
        # Asking for a refund is not waiting for one: plain refund words alone never choose this topic.
        (_any(r"refund\w*", r"reimburs\w*", r"reembols\w*", r"devolución", r"rembours\w+", r"rückerstattung", r"erstatt\w*", r"gutschrift", r"money back", r"geld zurück", r"voucher"), 0.5),
        (_any(r"want (?:my|our|the) (?:money|£\d+|\$\d+|€\d+) back", r"returned|sent (?:it|them|\w+) back|devolví|devuelto|renvoyée?|retournée?|le retour|zurückgeschickt|zurückgesendet|retoure"), 1),
    ],
    "unexpected_charge": [
        (_any(r"charged (?:me |us )?(?:twice|double|again|two times|three times|\w+ times)", r"double[- ]?(?:charged|billed|charge|payment|debit)", r"over-?charged|over-?billing|overcharg\w*",
              r"charged (?:me |us |my card )?(?:the |a |an )?(?:full |whole |extra )?(?:£|\$|€|\d+)", r"(?:discount|promo|voucher|coupon|offer) (?:code )?(?:\S+ )?(?:was |wasn'?t |was not |never |not )+(?:applied|honou?red|taken off)", r"(?<!\bno )(?<!\bwithout )(?<!\bwithout any )(?:unexpected|unexplained|mystery|surprise|hidden|extra|additional|unknown|random|strange|weird|unfair) (?:charge|charges|fee|fees|payment|debit|cost|costs|bill|amount)",
              r"(?:price|prices|tariff|premium|subscription|rate|bill) (?:\w+ ){0,2}(?:increase|increased|rise|rose|hike|went up|gone up|doubled|tripled|jumped)", r"new pricing",
              r"(?:bill|invoice|charge|payment|amount|statement) (?:is |was |has been )?(?:wrong|incorrect|too high|higher|doubled|inflated|way more|far more)", r"wrong (?:bill|invoice|amount|tariff|price)",
              r"(?:higher|bigger|larger) (?:bill|invoice|charge|amount) than", r"(?<!don't )(?<!do not )auto-?renew\w*|automatically renew\w*|renewed without", r"(?:took|taken|debited|deducted|withdrew|pulled) (?:£|\$|€|\d+)",
              r"(?:late|cancellation|admin|administration|service|booking|exit|termination|roaming|overdraft|penalty|delivery|processing|transaction) (?:fee|fees|charge|charges)",
              r"estimated (?:bill|reading)", r"penalty (?:fare|notice|charge|fee)", r"(?:remove|waive|refund|reverse|cancel|drop|dispute) (?:the|this|that|these|those|my) (?:\w+ )?(?:fee|fees|charge|charges|penalty)",
              r"\d(?:[\d,.]*)? ?(?:€|£|\$|eur|euro|euros)? (?:instead of|rather than|statt|anstatt|au lieu de|en lugar de|en vez de) (?:the )?(?:€|£|\$)? ?\d+",
              r"(?:never|didn'?t|did not) (?:asked|ask|opt in|opted in) for", r"(?:options?|services?|extras?|add-?ons?) (?:que je n'ai jamais|que no|I never|I didn'?t|die ich nie|die ich nicht)",
              r"(?:m'avez|vous avez|m'a) (?:\w+ )?factur\w+|me (?:facturez|facturent)|abschlag|(?:ihr|sie) (?:\w+ ){0,2}(?:berechnet|abgebucht)|buchen (?:\w+ ){0,6}ab", r"why (?:have I|was I|am I|have we|were we) (?:been |being )?(?:charged|billed)", r"charging (?:me|us)", r"pa(?:y|id|ying) (?:for )?(?:it |the same \w+ )?twice|payer deux fois|pagar dos veces|zweimal (?:bezahlt|zahlen)|doppelt bezahlt", r"you(?:'ve| have) (?:charged|billed|taken)",
              r"charged (?:me |us )?for|billed (?:me |us )?(?:for|twice|again)",
              r"cobr\w+ (?:dos veces|de más|doble|por duplicado|dos cargos)|cargos? (?:no|indebidos?|extras?|adicionales?|duplicados?|desconocidos?|inesperados?)|me (?:han|habéis|has) cobrado|cobros? (?:indebidos?|duplicados?|dobles?|extras?)",
              r"factura (?:incorrecta|errónea|inflada|más alta|equivocada)|subida (?:de|del) (?:precio|tarifa|cuota)|comisión|comisiones|recargo|penalización",
              r"débitée? (?:deux fois|à tort|sans)|prélev\w+ (?:deux fois|à tort|en double|sans|supplémentaire|non prévu)|double prélèvement|facturée? (?:deux fois|à tort|en trop)|frais (?:supplémentaires|cachés|imprévus|de \w+)",
              r"surfactur\w+|(?:hausse|augmentation) (?:de|du|des) (?:prix|tarifs?|l'abonnement|forfait|mensualité)|montant (?:incorrect|erroné|trop élevé)|facture (?:erronée|incorrecte|trop élevée)",
              r"doppelt (?:abgebucht|berechnet|belastet|bezahlt)|zu viel (?:berechnet|abgebucht|bezahlt)|falsch (?:berechnet|abgerechnet)|(?:falsche|überhöhte) (?:rechnung|abrechnung|abbuchung)",
              r"rechnung (?:ist |war )?(?:falsch|zu hoch)|preiserhöhung|\w*gebühr\w*|zusätzliche kosten|unerwartete (?:abbuchung|kosten|gebühr)|versteckte kosten|abgebucht|abbuchung"), 2.5),
        # A bill set beside what they usually pay: "is for £412.60. She normally pays about £38 a month". A meter said
        # to be faulty is the bill's cause, not a broken product.
        (_any(r"(?:normally|usually|typically|generally) (?:only )?(?:pays?|paid|paying|get billed|am billed|is billed|costs?) (?:\w+ ){0,2}(?:£|\$|€)?\d+",
              r"(?:normalement|d'habitude|habituellement) (?:je |on |elle |il |nous )?pa(?:ie|yons|yait)\w* (?:\w+ ){0,2}\d+|(?:suelo|suele|solemos|normalmente) pag\w* (?:\w+ ){0,2}\d+|(?:normalerweise|sonst|üblicherweise) (?:zahle?|zahlt|zahlen) (?:\w+ ){0,3}\d+",
              r"(?:faulty|broken|defective|wrong) meter|meter (?:fault|is (?:faulty|wrong|broken))|compteur (?:défectueux|en panne)|problème de compteur",
              r"contador (?:averiado|defectuoso|estropeado)|avería en el contador|zähler (?:\w+ ){0,2}(?:defekt|kaputt)"), 4),
        (DAMAGE_CHARGE, 2.5),
        (_c(r"[£$€]\s?\d"), 0.5),
        (_c(r"[£$€]\s?\d[\d,.]*\s?(?:bill|charge|fee|invoice|debit)s?\b"), 2.5),
        (_any(r"(?:not|won'?t be|refuse to|am not going to) pay(?:ing)? (?:it|this|that|for (?:it|this|that))", r"(?:went|gone|increased|rose|jumped|risen) (?:up )?from (?:£|\$|€)?\d[\d,.]* to",
              r"(?:passée?|augmentée?) de \d[\d,.]* (?:€ |euros )?à \d+", r"von \d[\d,.]* (?:€ |euro )?auf \d+", r"(?:subido|pasado) de \d[\d,.]* (?:€ |euros )?a \d+", r"nachzahlung", r"roaming", r"regularización", r"surcharge"), 2.5),
        (_any(r"(?:mehr|zu viel) (?:berechnet|abgebucht|bezahlt|verlangt)|(?:subido|subisteis|han subido) (?:la|el) (?:tarifa|precio|cuota)"), 2),
        # Changed without notice: a charge's usual complaint, but said of a cancelled class or appointment too, so
        # alone it is no evidence of a charge.
        (_any(r"sin avisar|sans prévenir|ohne (?:vorwarnung|ankündigung)|without (?:any )?(?:warning|notice|telling)"), 1),
        (_any(r"berechnet|teurer|erhöh\w*|tarif\w*|cuota|precio|subid[oa]|más caro|plus cher|augment\w+|prix|montant|amount|statement|renewal|pric\w+|cost|premium"), 0.7),
    ],
    "charged_after_cancel": [],  # a combination: see _rule_topic()
    "cancellation": [
        (_any(r"cancel (?:my|the|our|this|it|me|his|her)", r"close (?:my|the|our|this) (?:\w+ )?account", r"(?:want|wish|would like|need|trying|tried|asked|asking|going) to cancel",
              r"please cancel", r"(?:get|let) (?:me|us) out of (?:this|my|the|our) (?:\w+ )?(?:contract|subscription|plan|deal|membership|agreement)", r"(?:I|we) want out", r"close (?:everything|it all|it down)", r"how (?:do|can) I cancel", r"terminate (?:my|the|our)", r"end (?:my|our|the) (?:subscription|contract|membership|plan|service)",
              r"stop (?:my|the|our) (?:subscription|membership|renewal|plan)", r"(?:won'?t|will not|not going to) (?:be )?renew\w*", r"delete (?:my|our) (?:\w+ )?account",
              r"darme de baja|dar de baja|darnos de baja|baja (?:del servicio|de la suscripción|del contrato)|cancelar (?:mi|la|el|nuestra|nuestro)|quiero cancelar|cerrar (?:mi|la) cuenta|rescindir|anular (?:mi|el|la) (?:pedido|suscripción|contrato|cuenta|reserva)",
              r"résilier|résiliation|annuler (?:mon|ma|l'|mes|notre)|fermer (?:mon|le) compte|clôturer (?:mon|le) compte|mettre fin à (?:mon|ma|l')",
              r"kündigen|kündigung|kündige|vertrag beenden|abo (?:beenden|kündigen)|konto (?:schließen|auflösen|löschen)|stornieren|stornierung"), 3),
        (PORTING_OUT, 3),
    ],
    "travel_disruption": [
        # A journey moved, late or missed, in each language; the EU delay regulation by its number.
        (_any(r"(?:flight|train|plane|ferry|coach) (?:\S+ ){0,8}(?:arrived|landed|departed|left|got in) (?:\S+ ){0,6}late",
              r"(?:flight|train|ferry|coach|departure) (?:\S+ ){0,3}(?:was |has been |got )?(?:rescheduled|moved|brought forward|pushed back|changed) (?:twice|again|\w+ times|without)",
              r"261/2004|regulation \(?ec\)?|fluggastrechte|droits des passagers|derechos (?:de los|del) pasajer\w+",
              r"flug (?:\S+ ){0,3}(?:verschoben|umgebucht|vorverlegt)|anschluss(?:flug|zug)? (?:\S+ ){0,4}(?:weg|verpasst|nicht erreicht)",
              r"vuelo (?:\S+ ){0,3}(?:reprogramado|cambiado|adelantado|aplazado)|vol (?:\S+ ){0,3}(?:reporté|décalé|avancé|modifié)"), 4),
        (_any(r"bag (?:that )?didn'?t make it", r"(?:missing|lost|delayed|damaged) (?:bag|bags|suitcase|luggage|baggage)", r"(?:bag|suitcase|luggage|baggage) (?:is |was |has been |went )?(?:missing|lost|delayed|never arrived)",
              r"flights? (?:\w+ ){0,4}(?:cancelled|canceled|delayed|diverted|overbooked)", r"(?:cancelled|canceled|delayed|diverted) (?:my |our |the )?(?:flight|train|ferry|coach|connection)",
              r"missed (?:my|our|the) (?:connecting )?(?:connection|flight|train|ferry|bus|coach)", r"(?:coach|bus|train|plane|ferry|aircraft) (?:\w+ ){0,2}(?:broke down|breakdown|broken down)", r"denied boarding|bumped (?:off|from)|overbooked|stranded|eu ?261|ec ?261|(?:\d+|several|many) hours? (?:delay|late|on the tarmac|at the airport)",
              r"trains? (?:\w+ ){0,2}(?:cancelled|canceled|delayed)", r"downgraded (?:\w+ ){0,4}(?:seat|class|cabin|business|economy|first|premium)",
              r"vuelos? (?:\w+ ){0,2}(?:cancelado|retrasado|anulado|desviado)|retraso (?:del|de mi|en el) vuelo|perd(?:í|imos) (?:la conexión|el vuelo|el enlace|el tren)|(?:equipaje|maleta) (?:perdid[oa]|extraviad[oa]|dañad[oa]|no ha llegado)|overbooking|denegado el embarque|tren (?:cancelado|retrasado)",
              r"(?:train|tgv|ter|vol|avion|car|bus|ferry|ice|zug|flug|tren|vuelo|avión) (?:\w+ ){0,3}(?:de |d'|h |heures? |minutes? )?(?:retard|verspätung|retraso)",
              r"(?:raté|manqué|loupé) (?:notre|ma|mon|la|le|nos) (?:correspondance|vol|train|avion|bus|car|ferry)",
              r"vols? (?:\w+ ){0,2}(?:annulée?|retardée?|en retard|détournée?)|retard (?:du|de mon|de notre) vol|correspondance (?:ratée|manquée)|(?:bagage|valise)s? (?:perdue?s?|égarée?s?|endommagée?s?)|surréservation|refus d'embarquement|train (?:annulé|supprimé|en retard)|bloquée?s? à l'aéroport",
              r"flug (?:\w+ ){0,2}(?:annulliert|gestrichen|verspätet|storniert|ausgefallen|gecancelt)|flugverspätung|(?:anschlussflug|anschluss) verpasst|(?:gepäck|koffer) (?:\w+ ){0,2}(?:verloren|fehlt|verschwunden|nicht angekommen|weg|beschädigt)|überbucht|zug (?:fiel aus|ausgefallen|verspätet)|gestrandet|fluggastrechte"), 4),
        (_any(r"flights?", r"boarding", r"gate", r"airport", r"airline", r"layover", r"connecting flight", r"rebook\w*", r"train", r"rail", r"ferry", r"cruise", r"coach",
              r"luggage", r"baggage", r"suitcase", r"check-in", r"itinerary", r"boarding pass", r"vuelos?", r"aeropuerto", r"aerolínea", r"equipaje", r"maleta", r"embarque", r"tren",
              r"vols?", r"aéroport", r"bagages?", r"valise", r"correspondance", r"compagnie aérienne", r"flug", r"flughafen", r"fluggesellschaft", r"gepäck", r"koffer", r"zug", r"bahn", r"umbuch\w*",
              r"sailings?|crossings?|fähren?|überfahrt|schiff|barco|travesía|bateau|traversée"), 0.7),
        # A journey's delay counted in hours ("die Fähre ... vier Stunden später", "the coach was six hours late",
        # "el barco salió con tres horas de retraso"): with the vehicle in the same sentence (an engineer two hours late
        # is not a journey).
        (_c(rf"\b(?:{_VEHICLE})\w*\b[^.!?\n]{{0,80}}\b{_HOURS_LATE}|\b{_HOURS_LATE}[^.!?\n]{{0,60}}\b(?:{_VEHICLE})"), 2),
    ],
    "outage_or_bug": [
        # A service gone or broken, said as what the customer sees: no connection at all, a blank page, a crash
        # mid-task, a connection that keeps dropping out.
        (_any(r"(?:without|no) (?:any )?(?:internet|broadband|wi-?fi|signal|phone line|landline|connection)\b(?! provider)",
              r"sin (?:internet|conexión|línea|señal|wifi)|sans (?:internet|connexion|réseau|wifi)|ohne (?:internet|netz|verbindung|wlan)",
              r"(?:broadband|internet|wi-?fi|connection|line|signal) (?:\S+ ){0,2}(?:drops?|dropped|dropping|cuts?|cutting) (?:out|off)",
              # the connection as the object: "the client drops the connection every ten minutes", "keeps losing signal"
              r"(?:drops?|dropped|dropping|loses|lost|losing|cuts?|cutting) (?:the |my |our )?(?:connection|signal|internet|broadband|wi-?fi|vpn)\b(?! (?:provider|contract|plan|bill|deal))",
              r"(?:blank|empty|white) (?:page|pages|screen)s?|páginas? (?:en blanco|vacías?)|pages? (?:blanches?|vides?)|leere seiten?",
              r"(?:crashed|froze|went down|fell over) (?:at|during|while|mid|in the middle of|halfway)",
              r"se (?:reinició|colgó|cayó|bloqueó) (?:\S+ ){0,3}(?:mientras|cuando|durante)|(?:a planté|s'est figée?|a crashé) (?:\S+ ){0,3}(?:pendant|au moment|en plein)|(?:stürzte|ist) (?:\S+ ){0,3}(?:abgestürzt|ab) (?:\S+ ){0,3}(?:während|beim|mitten)"), 3),
        (_any(rf"{_SOFTWARE} (?:is |are |has been |have been |keeps |kept |went |goes |was |were |seems |is still |has gone )?(?:down|offline|not working|broken|crashing|unavailable|not loading|dropping|cutting out|unreachable|glitching|freezing|stuck|dead|failing)",
              r"outages?", r"(?:data|files|photos|messages|emails|records|invoices|orders|contacts|notes|history|settings|appointments|bookings|entries|documents|calendar) [^.!?]{0,60}(?:have |has |had |were |was )(?:all )?(?:disappeared|vanished|gone missing|been deleted|been wiped|been lost)", r"api (?:\w+ ){0,2}(?:errors?|fail\w*|down|timeouts?|timing out|returning)", r"(?:error|err\w*|status|http|code|timeout)\W{1,3}(?:\w+\W{1,3}){0,2}5\d\d\b",
              r"(?:exports?|imports?|syncs?|backups?|jobs?|uploads?|webhooks?|integrations?|requests?|reports?) (?:\w+ ){0,3}(?:have |has |are |keep |kept )?(?:failed|failing|timing out|timed out|erroring)",
              r"(?:for|affecting|across) (?:everyone|all (?:of )?(?:us|our (?:users|customers|staff|team|stores|sites))|all users|all customers)",
              r"service (?:interruption|disruption)|interruption (?:de|du) service|interrupción (?:del|de) servicio|(?:dienst|service)unterbrechung|datenverlust|perte de données|pérdida de datos", r"(?:since|after|seit|nach|depuis|desde) (?:the |der |dem |la |le |el )?(?:switchover|changeover|umstellung|migration|migración|bascule|cambio de sistema)", r"(?:file|upload|datei|fichier|archivo|import) (?:\w+ ){0,3}(?:rejected|abgelehnt|refusé|rechazado)", r"something went wrong|an? (?:unexpected )?error (?:has )?occurred|try again later|une erreur (?:s'est produite|est survenue)|algo (?:salió|ha salido) mal|ha (?:ocurrido|habido) un error|etwas ist schiefgelaufen|ein fehler ist aufgetreten", r"(?:ya )?no se sincroniza|ne se synchronise plus|synchronisiert nicht", r"(?:button|link|page|screen|feature|menu|form|search) (?:\w+ ){0,2}(?:does nothing|doesn'?t do anything|nothing happens|doesn'?t respond|unresponsive|greyed out)", r"(?:click|tap|press|hit|submit|pay|select|choose|enter|button|link|icon)\w*\b[^.!?\n]{0,40}\bnothing happens",
              r"(?:without being able|not being able|unable|impossible) to (?:run|generate|send|export|print|use|open|upload|issue|submit|process|take)",
              r"impossible d'(?:envoyer|utiliser|ouvrir|imprimer|exporter|émettre|éditer)|ne partent plus|ne (?:s'affiche|s'ouvre|répond) plus|no podemos (?:emitir|enviar|usar|acceder|facturar|cobrar|trabajar)|(?:klingelt|funktioniert|läuft|geht)(?! (?:\w+ ){0,5}um\b) (?:\w+ ){0,4}(?:nicht|kein\w*) (?:mehr)?|erreichen uns nicht|telefonanlage", r"(?:card machine|card reader|terminal|till|pos system|checkout|payment page) (?:\w+ ){0,3}(?:down|not working|useless|broken|keeps|won'?t|isn'?t|declin\w+|offline)", r"(?:payments?|transactions?) (?:\w+ ){0,3}(?:haven'?t|won'?t|aren'?t|don'?t|didn'?t|not) (?:gone|go|going|been going) through", r"out of order", r"known (?:issue|bug|problem)", r"failed to (?:submit|send|sync|process|load|save|upload|export|import|run|post|go through|update|connect)",
              rf"{_SOFTWARE} (?:\w+ ){{0,2}}(?:doesn'?t work|does not work|isn'?t working|stopped working|won'?t work|not recogni[sz]ed)",
              r"(?<!card )(?<!voucher )(?:inventory|balance|progress|items|account|calendar|library|save|saves|history|contacts|bookings|appointments|files|data) (?:is |are |has |have |was |were )?(?:just |now |all )?(?:gone|empty|wiped|reset|disappeared|vanished|missing)", r"crash(?:es|ed|ing)? (?:on|when|every|after|constantly|again)", r"keeps? (?:crashing|freezing|logging me out|dropping|disconnecting|failing|timing out)", r"won'?t (?:load|open|sync|connect|update|save|upload|submit|send|refresh|log me in)",
              r"(?:no|lost|losing|without) (?:internet|signal|connection|service|broadband|wi-?fi|dial tone|connectivity)", r"aucun signal|pas de signal|sin señal|kein (?:tv-|fernseh)?signal", r"power cut|blackout|dropouts?|dropped calls?",
              r"(?:update|upgrade|migration|patch) (?:\w+ ){0,2}(?:broke|broken|wiped|deleted|lost|messed)",
              r"(?:data|files|photos|messages|emails|records|invoices|orders|contacts|notes|history|settings) (?:\w+ ){0,2}(?:disappeared|vanished|gone missing|been deleted|were lost|are gone|is gone|got wiped|been wiped|lost)",
              r"data loss|not syncing|stopped (?:syncing|loading|updating|sending|receiving)|error (?:message|code|page)|status page|(?:500|502|503|504) errors?|timed? ?out|none of (?:us|our team|my team|our staff)",
              r"out of service|service (?:is )?(?:down|interrupted|disruption)|bug|bugs|glitch\w*|can'?t (?:connect|load|upload|download|save|export|sync)",
              r"caíd[oa]s?|se (?:cae|ha caído|cuelga|bloquea|cierra sola)|no (?:carga|conecta|sincroniza)|sin (?:conexión|internet|servicio|señal|luz|línea)|corte (?:de|del) (?:servicio|luz|internet|suministro|línea)|fallo (?:de|del|en) (?:la|el) (?:app|aplicación|sistema|web|servicio|red)|fuera de servicio",
              r"panne (?:de|du|d'|générale)|en panne|(?<!la )(?<!une )(?<!les )(?<!des )(?<!ma )(?<!mes )(?<!cette )(?<!ces )(?<!de )(?<!d')plant(?:e|é|ée|és|ées|ent|ait|age)\b|ne charge (?:pas|plus)|coupure|(?:site|appli\w*|application|service|réseau|connexion|plateforme|logiciel) (?:\w+ ){0,2}(?:ne fonctionne|ne marche|est en panne|inaccessible|hors service|plante)|inaccessible|(?:pas|plus) de (?:connexion|réseau|internet|signal)|hors service|bogue",
              r"störung|ausfall|ausgefallen|absturz|stürzt (?:\w+ ){0,3}ab\b|fehlermeldung|lädt nicht|(?:app|seite|webseite|website|dienst|system|internet|verbindung|netz|server|plattform) (?:\w+ ){0,2}(?:funktioniert nicht|ist down|geht nicht|nicht erreichbar|ausgefallen)|kein (?:internet|netz|empfang|signal|strom|wlan)|nicht erreichbar|nicht mehr (?:versendet|gesendet|angezeigt|geladen|synchronisiert)|synchronis\w+|daten (?:\w+ )?(?:weg|verloren|gelöscht)|außer betrieb",
              # A line, a connection or a stream that drops, said as customers of a network or a course say it in es/fr/de: "fällt
              # mein Anschluss täglich mehrfach aus", "je n'ai plus de 4G chez moi", "das Video bricht nach 3 Minuten ab".
              r"(?:anschluss|internet|leitung|verbindung|netz|wlan|dsl|glasfaser|festnetz)\w* (?:\S+ ){0,6}(?:fällt|fallen|fiel) (?:\S+ ){0,4}aus"
              r"|(?:fällt|fiel) (?:\S+ ){0,2}(?:anschluss|internet|leitung|verbindung|netz|wlan|dsl|glasfaser)\w* (?:\S+ ){0,6}aus"
              r"|(?:video|stream|übertragung|livestream|download|upload|verbindung)\w* (?:\S+ ){0,6}bricht (?:\S+ ){0,6}ab\b",
              r"(?:je n'ai|j'ai|on n'a|nous n'avons|n'avons|n'ai) plus (?:de |d'|du |aucun )?(?:4g|5g|internet|réseau|connexion|wifi|wi-fi|ligne|tonalité|signal|télé|fibre)\b"
              r"|(?:la |le )?(?:vidéo|stream|connexion|ligne|fibre|box) (?:\S+ ){0,4}(?:coupe|se coupe|saute|décroche) (?:\S+ ){0,3}(?:sans arrêt|tout le temps|toutes les|chaque|plusieurs fois)",
              r"(?:no tengo|no tenemos|me quedo sin|nos quedamos sin|me he quedado sin) (?:\S+ ){0,2}(?:internet|conexión|cobertura|señal|4g|5g|línea|fibra|wifi|datos)\b"
              r"|(?:el vídeo|el video|la conexión|la fibra|la línea|el streaming) (?:\S+ ){0,4}se (?:corta|cae) (?:\S+ ){0,3}(?:cada|a los|todo el rato|constantemente|sin parar)"), 3),
        (_any(r"server\w*", r"crash\w*", r"error\w*", r"api", r"endpoint", r"sync\w*", r"website", r"the site", r"the platform", r"your platform", r"your software", r"software", r"firmware",
              r"broadband", r"wi-?fi", r"router", r"landline", r"internet", r"network", r"integration", r"dashboard", r"export\w*", r"fails?", r"failing", r"failed", r"freez\w+", r"timeout",
              r"la aplicación", r"la app", r"la web", r"la página", r"fallo", r"falla", r"error\w*", r"aplicación",
              r"panne", r"erreur\w*", r"l'appli\w*", r"le site", r"bug", r"connexion", r"réseau", r"logiciel", r"échou\w+", r"appli",
              r"fehler\w*", r"software", r"internet", r"verbindung", r"webseite", r"netz", r"server"), 1),
        # Generic: an update, a new version, a utility gone. Real outage words are above; these only decide alone.
        (_any(r"(?:after|since|following|with) (?:the|your|its|an|last|this|yesterday'?s|our) (?:\S+ ){0,3}(?:update|upgrade|migration|release|patch|maintenance|switchover)",
              r"(?:new|latest|last|nueva|última|nouvelle|dernière|neuen?|neuesten?|letzten?) (?:app |software )?(?:version|versión|release)",
              r"(?:no|lost|losing|without) (?:power|electricity|water|gas|heating|hot water)", r"mise à jour|después de la actualización|(?:nach|seit) (?:dem|eurem|ihrem|letzten) (?:\S+ )?update"), 1.5),
    ],
    "account_access": [
        (_any(r"(?:can'?t|cannot|can not|unable to|couldn'?t|could not|won'?t let me|not able to) (?:\w+ ){0,2}(?:log ?in|log on|sign ?in|access|get into|get in to|reset)", r"locked (?:me )?out|lock(?:s|ed)? me out",
              r"(?:account|profile|login) (?:is |was |has been |had been |got |been |now )(?:\w+ )?(?:locked|suspended|blocked|disabled|deactivated|frozen|closed|banned|restricted|deleted|on hold)",
              r"(?<!\bI )(?<!\bwe )(?<!I've )(?<!we've )(?<!I have )(?<!we have )(?<!I had )(?<!we had )(?<!I already )(?:banned|suspended|blocked|froze|frozen|locked|closed|disabled|deactivated|restricted|terminated) (?:my|our|the) (?:\w+ )?account|unban|account (?:freeze|suspension|ban)|freeze (?:on|placed on) (?:my|our|the) (?:\w+ )?account", r"(?:password|passcode|pin) (?:reset|doesn'?t work|not working|isn'?t working|rejected|invalid|incorrect|expired)",
              r"reset (?:my |the )?(?:password|pin|account)", r"(?:pin|password|passcode|fingerprint|face ?id|touch ?id|login|passkey) (?:\w+ ){0,3}(?:doesn'?t|does not|won'?t|isn'?t|is not|not) (?:work|working|set up|recogni[sz]ed|accepted)", r"logged me out", r"(?:password|passcode|pin|login|code) (?:is |was |keeps being |gets |got |is being )?(?:refused|rejected|not accepted|declined|invalid)", r"(?:refuses?|rejects?|rejected|won'?t accept|doesn'?t accept|rechaza|lehnt) (?:\w+ ){0,2}(?:password|mot de passe|contraseña|passwort|pin|code|login"
               # or the number they sign in with ("the app won't accept my membership number", "rechaza mi número de socio")
               r"|(?:membership|member|customer|client|user) (?:number|no|id)|username|user ?id|número de (?:socio|cliente)|numéro (?:de membre|d'adhérent|client)|(?:mitglieds|kunden)nummer)", r"reset (?:link|email|code)", r"forgot (?:my )?(?:password|username|pin)", r"2fa|two[- ]factor|two[- ]step|mfa|verification (?:code|email|text|sms)|one[- ]time (?:code|password|passcode)|otp|security code|authenticat\w+",
              r"account (?:doesn'?t|does not|no longer) exists?|account (?:not found|not recogni[sz]ed)|access (?:to )?my account|get back into my account|verify my identity|identity verification|id verification|kyc",
              r"no puedo (?:\w+ ){0,2}(?:entrar|acceder|iniciar sesión|conectarme)|contraseña|cuenta (?:bloqueada|suspendida|desactivada|cerrada|congelada|restringida)|código de (?:verificación|seguridad|acceso)|acceso a mi cuenta|iniciar sesión|restablecer",
              r"(?:impossible de|n'arrive pas à|ne peux pas|ne parviens pas à|ne peux plus) (?:\w+ ){0,2}(?:me connecter|accéder|m'identifier|entrer)|mot de passe|compte (?:\w+ )?(?:bloqué|suspendu|désactivé|gelé|verrouillé|fermé)|code de (?:vérification|confirmation|sécurité)|accès à mon compte|identifiant",
              r"(?:kann mich nicht|komme nicht|kann nicht) (?:\w+ ){0,3}(?:anmelden|einloggen|einlogen|in mein konto|zugreifen)|passwort|kennwort|konto (?:\w+ ){0,2}(?:gesperrt|blockiert|deaktiviert|eingefroren)|zugang (?:\w+ ){0,3}(?:gesperrt|verweigert)|kein zugang|bestätigungscode|verifizierungscode|zwei-faktor|anmeldung|einloggen"), 3),
        (_any(r"log ?in", r"sign ?in", r"password", r"username", r"account", r"cuenta", r"compte", r"konto", r"zugang", r"login"), 0.5),
    ],
    "fraud_or_security": [
        # A gift card's or a voucher's balance gone before it was used ("Gift card balance gone ... told the balance is
        # £0.00. She has never used it", nb-62-037; nb-27-007): money drained by someone else, not an app's lost data.
        (GIFT_CARD_DRAINED, 4),
        # ("X did it, not me" puts the blame on the company, it disowns no payment: "your system got it wrong, not me")
        # Money moved by someone else: an account emptied, a login that was not theirs, payments "none of them me".
        (_any(r"(?:someone|somebody|a stranger|they) (?:has |have |had )?(?:emptied|drained|cleared out|logged into|logged in to|got into|broken into|transferred|withdrawn|moved) ",
              r"(?:none|neither) of (?:them|these|those|it) (?:was|were) (?:me|mine|us)|(?:wasn'?t|was not|weren'?t|were not) me\b|I (?:don'?t|do not) recogni[sz]e",
              r"(?:emptied|drained|cleared out) my (?:\w+ )?(?:account|savings|card)",
              r"jemand hat (?:sich )?(?:\S+ ){0,4}(?:eingeloggt|angemeldet|überwiesen|leergeräumt|abgehoben)|(?:konto|karte) (?:\S+ ){0,3}leergeräumt|das war(?:en)? nicht ich|ich war (?:das|es) nicht|das war ich nicht",
              r"alguien (?:\S+ ){0,3}(?:vaciado|transferido|entrado en mi|iniciado sesión)|(?:han|me han) vaciado (?:la|mi) cuenta|no (?:fui|he sido) yo",
              r"quelqu'un (?:\S+ ){0,3}(?:vidé|viré|transféré|connecté)|(?:a|ont) vidé mon compte|ce n'(?:est|était) pas moi"), 3),
        (_any(r"fraud\w*", r"scam\w*", r"unauthori[sz]ed", r"(?:didn'?t|did not|never|haven'?t) (?:make|made|do|did|authori[sz]e|authori[sz]ed|approve|approved) (?:this|these|that|those|the|any|a|an|such) (?:\w+ )?(?:payments?|purchases?|transactions?|withdrawals?|transfers?|orders?|charges?|debits?|loans?|applications?)",
              r"(?:didn'?t|did not|never|haven'?t) (?:authori[sz]e|authori[sz]ed|sign up for|signed up for|apply for|applied for|open|opened) (?:this|that|any|a|an|the) (?:\w+ )?(?:payment|account|loan|card|credit|transaction|purchase)", r"(?:didn'?t|did not|never|haven'?t) (?:sign(?:ed)? up for|appl(?:y|ied) for|ask(?:ed)? for) (?:it|them|this card|this loan|this account)",
              r"(?:don'?t|do not|didn'?t) recogni[sz]e", r"not (?:made|authori[sz]ed|done) by me",
              r"(?:never|didn'?t|did not) (?:make|made|authori[sz]e|authori[sz]ed) (?:them|any of them|either of them|these|those)\b", r"wasn'?t me|was not me|(?<!, )not me", r"stolen|theft|identity theft", r"hack\w*", r"compromised", r"phishing|smishing|vishing",
              r"suspicious (?:transaction|transactions|activity|email|login|payment|payments|charge|charges|text|call)", r"someone (?:else )?(?:has )?(?:used|accessed|logged|taken|took|stole|withdrew|made|opened|changed|spent|got into|is using)", r"(?:didn'?t|did not|never) authori[sz]ed?",
              r"(?:strange|unknown|odd) (?:transactions|payments|logins?|purchases|withdrawals)", r"(?:emptied|drained|cleaned out) my (?:account|card|wallet)", r"(?:card|account) (?:was |has been )?(?:cloned|skimmed|stolen|compromised|hacked)",
              r"money (?:\w+ ){0,2}(?:missing|gone|disappeared|vanished) from my (?:account|card)", r"impersonat\w+|pretending to be|posing as|claiming to be|safe account|talked into (?:transferring|paying|sending|giving)|(?:tricked|conned|duped) (?:me|us|her|him|them)|se faisant passer pour|haciéndose pasar por|sich als (?:\w+ ){0,4}ausgegeben|someone (?:else )?(?:has )?(?:ordered|bought|purchased|booked) (?:\w+ ){0,4}(?:on|with|using) my|fake (?:email|text|website|call|caller)|data breach|leaked|clicked (?:a|the|on a|on the) link",
              r"block (?:my|the) card|freeze my (?:card|account)|card (?:was |has been )?blocked|blocked my card",
              r"fraude\w*|estafa\w*|timo|no (?:he )?autoricé|no (?:lo )?reconozco|robad[oa]s?|robo|suplantación|hackead[oa]|jaqueado|pirateado|alguien (?:ha )?(?:usado|sacado|accedido|entrado|cogido|robado|hecho)|movimientos? (?:sospechosos?|que no reconozco)",
              r"frauduleu\w+|arnaque\w*|escroquerie|escroc\w*|piraté\w*|piratage|usurpation|je n'ai (?:jamais|pas) (?:autorisé|effectué|fait|commandé)|pas (?:moi|autorisée?s?)|(?<!vous n'avez )(?<!vous n'avez pas )jamais faits?|rien autorisé|(?:opérations?|transactions?|paiements?|prélèvements?) (?:frauduleu\w+|suspecte?s?|inconnue?s?|que je ne reconnais pas)|quelqu'un a (?:\w+ ){0,2}(?:utilisé|retiré|pris|accédé|piraté)|vol (?:de ma carte|d'identité|de (?:mes )?données)|vol(?:é|er) (?:mon|mes|ma) (?:identité|données|coordonnées)|usurpation d'identité",
              r"betrug\w*|betrüg\w*|nicht (?:von mir )?(?:veranlasst|autorisiert|getätigt)|gehackt|gestohlen|identitätsdiebstahl|unbefugt\w*|unbekannte (?:abbuchung|buchung|transaktion|zahlung)\w*|jemand hat (?:\w+ ){0,4}(?:abgebucht|abgehoben|genutzt|benutzt|zugegriffen|bestellt)|verdächtig\w*|datenleck|sperren sie"
              # a sign-in alert the customer disowns: "neue Anmeldung aus Kiew. Ich war das nicht"
              r"|ich war (?:das|es) nicht|das war(?:en)? ich nicht|das war(?:en)? nicht ich|neue anmeldung (?:aus|von|in)\b",
              r"(?:new|unknown|unrecogni[sz]ed) (?:sign-?in|log-?in|device) (?:from|in)\b|nuevo inicio de sesión (?:desde|en)\b|nouvelle connexion (?:depuis|à|de)\b"), 3),
    ],
    "privacy_data_request": [
        (_any(r"gdpr|dsgvo|rgpd|lopd|ccpa|subject access(?: request)?|dsar", r"data protection", r"delete (?:all )?(?:of )?(?:my|our) (?:personal )?(?:data|details|information|info)", r"erase|erasure|right to be forgotten",
              r"personal (?:data|information|details)", r"unsubscribe\w*", r"stop (?:emailing|texting|calling|contacting|messaging|spamming) (?:me|us)", r"stop sending (?:me |us )?(?:emails|texts|messages|letters|marketing|offers|spam|newsletters)", r"remove (?:me|my \w+) from (?:your|the) (?:database|list|mailing list|system|records)", r"keep (?:texting|emailing|calling|messaging|spamming) me", r"marketing (?:emails?|calls?|texts?|messages?|list)|newsletters?",
              r"opt(?:ed)?[- ]out|privacy", r"(?:address|number|details|name|photo|email) (?:is |was |are |were )?(?:visible|shown|published|exposed|public)", _DATA_WITHOUT_CONSENT, r"public profile", r"information commissioner|\bico\b", r"(?:shared|sold|passed on|leaked) (?:my|our) (?:data|details|information|number|email)", r"what (?:data|information) you (?:hold|have|store|keep)",
              r"copy of (?:my|all|the) (?:personal )?(?:data|information)",
              r"datos personales|protección de datos|(?:borrar|eliminar|suprimir) (?:todos )?mis datos|correos (?:publicitarios|comerciales)|publicidad|derecho al olvido|privacidad|aepd|dejen de (?:enviarme|llamarme|escribirme)",
              r"données personnelles|(?:supprimer|effacer|accès à) (?:toutes )?mes données|protection des données|supprimer (?:toutes )?mes données|effacement|droit à l'oubli|désabonner|désinscri\w+|(?:courriels|mails|e-mails) publicitaires|publicités?|cnil|vie privée|confidentialité|arrêtez de m'(?:envoyer|appeler|écrire)",
              r"meine daten (?:\w+ ){0,3}(?:löschen|gelöscht|weitergegeben|verkauft)|personenbezogenen? daten|datenschutz\w*|daten (?:\w+ )?löschen|löschung (?:meiner|der) daten|auskunft (?:nach|gemäß|über)|werbung|werbe-?mails?|abmelden|hören sie auf, mir"), 3),
    ],
    "poor_service": [
        (_ABOUT_A_PERSON, 7),
        (_any(r"bounced (?:around|between)", r"passed (?:around|from|between|back and forth|pillar to post)", r"transferred (?:\w+ ){0,3}(?:times|again|around)", r"each (?:of them|one|time|agent|person) (?:tells|told|says|said|gives)",
              r"(?:three|four|five|\d+) different (?:agents|people|answers|stories|departments)", r"different (?:story|answer) (?:each|every)", r"is anyone (?:there|listening|reading)", r"(?:manager|supervisor|someone|somebody|they|you) would (?:ring|call|phone|contact|email|get back to) (?:me|us)", r"(?:been |was )?told the same thing", r"shrugged|couldn'?t care less|didn'?t (?:even )?care|on (?:his|her|their) (?:own )?phone", r"hold music|same (?:song|tune|music)|(?:cut|got cut) off|(?:kept|left) (?:me )?(?:on hold|hanging)|how you treat (?:your )?customers|treat(?:ed|ing)? (?:me|us|customers) like", r"(?:a |the )?different (?:answer|story|excuse)", r"(?:talk|speak) to each other", r"(?:spoke|talked|speaks|talks) to me like", r"parlé comme|m'a parlé|hablado como|me habló como|mit mir gesprochen wie", r"anyone there",
              r"no(?: one|body) (?:has |ever |actually )?(?:replied|answered|got back|gets back|responded|responds|called|rang|picks up|seems|bothered|cares|listens|helps|can help|knows|is helping|came back)",
              r"no (?:reply|response|answer|callback|call back|follow[- ]up)", r"(?:haven'?t|have not|never|still not) (?:heard back|had a (?:reply|response|call)|received a (?:reply|response|call|callback)|been called back|got a reply)",
              r"ignor(?:ed|ing) (?:me|my|us|our)", r"rude|unhelpful|dismissive|condescending|patroni[sz]ing|unprofessional|incompetent staff|hung up(?: on me)?", r"(?:on hold|in the queue) (?:for )?(?:\d+|an|over an|two|three) (?:min\w*|hours?)",
              r"(?:\d+|an|two|three) (?:min\w*|hours?) on hold", r"promised (?:to |a |me a )?(?:call|ring|get back|email|callback|call back)", r"never (?:called|rang|got back|replied|heard back|responded)",
              r"(?:customer )?(?:service|support) (?:is |has been |was )?(?:terrible|awful|appalling|a joke|useless|non-existent|shocking|disgraceful|abysmal|pathetic|the worst)",
              r"(?:doesn'?t|does not|didn'?t|did not) answer my question|(?:engineer|technician|plumber|fitter) (?:\w+ ){0,3}(?:never|didn'?t|did not) (?:turn up|show up|come|arrive)",
              r"chat ?bot|reads? from a script|broken promises|(?:formal )?complaint about (?:the |your )?(?:service|handling|staff|agent)",
              # How a person of theirs behaved, in four languages.
              r"(?:he|she|they|the agent|your agent|the advisor|the adviser) (?:\w+ ){0,2}(?:laughed|sneered|mocked|shouted|swore|smirked)",
              r"quejarme (?:de|del|sobre) (?:el|la|su|un|una)? ?(?:trato|agente|operador\w*|teleoperador\w*|emplead[oa]|repartidor)|se (?:rió|burló) de mí",
              r"me plaindre (?:du|de la|de votre|de l'|d'un) ?(?:comportement|conseill\w+|employé\w*|agent|livreur)|(?:il|elle) s'est moquée? de moi",
              r"(?:mich )?(?:über|wegen) (?:den|die|ihren|ihre|ihres|des) (?:mitarbeiter\w*|berater\w*|fahrer\w*|kollege\w*) beschweren|hat mich ausgelacht",
              r"nadie (?:me )?(?:responde|contesta|llama|ayuda|hace nada|da una solución|se hace cargo)|sin respuesta|no (?:me )?(?:responden|contestan|llaman)|me colgaron|maleducad[oa]|groser[oa]|pésima atención|me pasan de (?:un|uno) (?:\w+ )?a otro|(?:me )?prometieron (?:llamar|una llamada|devolverme la llamada)|hay alguien",
              r"personne ne (?:me )?(?:répond|rappelle|m'aide|s'occupe)|(?:pas|jamais|aucune) (?:\w+ ){0,2}(?:réponse|nouvelle)s?|sans (?:réponse|nouvelles)|(?:jamais|pas) (?:été )?rappelée?|raccroché|impoli|désagréable|méprisant|(?:service client|sav) (?:\w+ )?(?:nul|lamentable|inexistant|déplorable)|baladée?|renvoyée? de service en service|on m'a promis|y a-t-il quelqu'un",
              r"keine (?:antwort|rückmeldung|reaktion)|niemand (?:\w+ )?(?:antwortet|meldet sich|ruft|hilft|kümmert sich)|(?:nie|nicht) zurückgerufen|unfreundlich|unverschämt|respektlos|aufgelegt|(?:kundenservice|kundendienst|service) (?:ist )?(?:katastrophal|unterirdisch|eine frechheit|miserabel|schlecht)|von (?:einer|einem) (?:abteilung|mitarbeiter) zu(?:r|m) (?:anderen|nächsten)|ist da jemand|schon wieder ein formular"), 3),
        (_any(r"customer (?:service|support|care)", r"your (?:agent|staff|colleague|team|rep)", r"the agent", r"chat transcript", r"on hold", r"(?:second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th)) (?:time|email|e-mail|call|message|chase)",
              r"(?:days|weeks) (?:without|with no) (?:reply|answer|response)", r"complaint", r"escalat\w+", r"same form", r"still waiting\.?",
              r"atención al cliente", r"reclamación", r"service client", r"réclamation", r"kundenservice", r"kundendienst", r"beschwerde", r"warteschleife",
              r"(?:le|la|votre|un) conseill\w+|(?:el|la|su) (?:agente|operador\w*|teleoperador\w*)|(?:der|die|ihr|ihre) (?:mitarbeiter\w*|berater\w*)|attitude|comportement|actitud|trato|verhalten|tone"), 1.2),
    ],
    "praise": [
        (_any(r"(?:your|the) (?:agent|colleague|team|staff|rep|driver|engineer) (?:\w+ ){0,2}(?:sorted|fixed|solved|resolved|was (?:brilliant|amazing|fantastic|great|lovely|so helpful))", r"thank you so much|thanks so much|many thanks for",
              r"(?:great|excellent|amazing|fantastic|outstanding|brilliant|superb|wonderful) (?:service|job|help|support|team|experience|work)", r"above and beyond", r"(?:shout ?out|kudos|compliments?) (?:to|for)",
              r"just (?:wanted|writing) to (?:say )?thank", r"well done", r"(?:really|very|so) (?:grateful|pleased|impressed|happy with)",
              r"muchas gracias (?:por|a)|excelente (?:servicio|atención|trabajo)|muy (?:contenta?|satisfech[oa]|agradecid[oa])|felicit\w+|lo solucionó",
              r"merci beaucoup (?:pour|à)|excellent service|très (?:satisfaite?|contente?)|bravo|félicit\w+|super (?:service|équipe)|a tout réglé",
              r"vielen dank (?:für|an)|herzlichen dank|toller service|sehr zufrieden|großes lob|super (?:service|team)|hat alles gelöst"), 3),
    ],
    "billing_question": [
        (_any(r"(?:doesn'?t|does not|don'?t|do not) (?:match|add up|tally)", r"question (?:about|on|regarding) (?:my |the |an |this )?(?:bill|invoice|statement|charge|payment)", r"explain (?:my|the|this|these) (?:bill|invoice|charge|charges|statement)",
              r"what (?:is|are) (?:this|these|the) (?:charge|charges|fee|fees|line|item|amount)", r"(?:copy of|send me|need) (?:my|an|the) (?:invoice|receipt|statement|vat invoice)", r"vat (?:invoice|receipt)",
              r"how (?:is|was|are) (?:my|the) (?:bill|invoice|charges?) (?:calculated|worked out)", r"(?:update|change) (?:my )?(?:card|payment (?:details|method)|billing (?:details|address))", r"when will I be (?:charged|billed)", r"billing (?:date|cycle|period)",
              r"no coincide|no cuadra|duda (?:sobre|con) (?:mi|la) factura|explicar (?:la|mi) factura|copia de (?:la|mi) factura",
              r"ne correspond pas|question (?:sur|concernant) (?:ma|la) facture|expliquer (?:ma|la|cette) facture|copie de (?:ma|la) facture",
              r"stimmt nicht (?:\w+ ){0,7}überein|frage zu(?:r)? (?:meiner )?rechnung|rechnung erklären|rechnungskopie|kopie der rechnung"), 3),
    ],
    "product_question": [
        (_any(r"(?:the|a|your|user|instruction|owner'?s|printed) manual", r"instructions", r"user guide", r"how (?:do|can|should) I (?:use|set up|setup|install|connect|configure|pair|assemble|clean|change)", r"(?:is it|is this|are they) compatible|compatible with",
              r"(?:does|do|will) (?:it|this|the \w+|they) (?:support|work with|come with|have|fit)", r"which (?:model|size|version) (?:should|do|would)", r"back in stock|in stock|size guide",
              r"mode d'emploi|la notice|anleitung|bedienungsanleitung|manual de instrucciones|no se entiende|cómo (?:puedo|se) (?:usar|instalar|configurar)|comment (?:faire pour|utiliser|installer|configurer)|wie kann ich (?:\w+ ){0,3}(?:einrichten|installieren|verbinden)|kompatibel"), 2),
    ],
    # A stay, a claim or an appointment gone wrong: no product to replace, no parcel to chase.
    "other": [
        (_any(r"hotel|hôtel|chambre|habitación|zimmer"), 1),  # a night's stay is also what a cancelled flight costs
        (_any(r"(?:our|my|the|whole) stay|room \d+|bed ?bugs|séjour|estancia|aufenthalt|punaises"), 2.5),
        (_any(r"insurance claim|póliza|policy (?:number|wording)|versicherungsfall|sinistre"), 1),
        # A claim turned down (insurance, warranty, compensation): the decision is the grievance, whatever they paid for
        # the policy ("rejected Biscuit's claim", "han rechazado mi siniestro", "Schaden abgelehnt").
        (_any(r"(?:rejected|declined|refused|denied|turned down) (?:my |our |the |his |her |\w+'s )?(?:\w+ )?claim",
              r"claim (?:\S+ ){0,3}(?:(?:was|has been|had been|got) )?(?:rejected|declined|refused|denied|turned down)",
              r"(?:rechazado|denegado|rechazaron|denegaron) (?:mi |el |la |nuestro |nuestra )?(?:siniestro|reclamación|parte|indemnización)",
              r"(?:siniestro|reclamación|indemnización) (?:\S+ ){0,3}(?:rechazad[oa]|denegad[oa])",
              r"(?:refusé|rejeté|refusent|rejettent) (?:mon |le |notre |ma |la )?(?:dossier de )?(?:sinistre|indemnisation|prise en charge|réclamation)",
              r"(?:sinistre|indemnisation|prise en charge) (?:\S+ ){0,3}(?:refusée?|rejetée?)",
              r"(?:schaden|leistung|antrag|erstattung)\w* (?:\S+ ){0,4}abgelehnt|(?:lehnen|lehnten) (?:\S+ ){0,3}(?:schaden|leistung|erstattung)\w* ab"), 4),
        (_any(r"appointment|cita|rendez-vous|mri|surgery|operarse"), 1),
    ],
}
# The same situations as customers of any kind of company put them (a courier, a marketplace, a game, a bank, an
# installer, a ride, a VPN), by class of situation rather than by the company's own nouns.
_BROADER: dict[str, list[tuple[re.Pattern, float]]] = {
    "refund_not_received": [
        # A refund or a compensation claim filed and sitting there: "being processed" for weeks, "Entschädigungsantrag
        # eingereicht", "demande d'indemnisation déposée", a credit promised "sous 48 heures", "sigo esperando mis 89 €".
        (_any(r"(?:refund|reimbursement|remboursement|reembolso|erstattung|rückerstattung)\W+(?:\w+\W+){0,4}(?:being processed|processing|in process|en cours de traitement|en trámite|en proceso|in bearbeitung)",
              r"(?:compensation|delay ?repay|refund|reimbursement) (?:claim|request|application|form) (?:\S+ ){0,6}(?:submitted|made|filed|sent|lodged|put in)|(?:submitted|made|filed|sent|lodged|put in) (?:a|my|the|our) (?:compensation|delay ?repay|refund|reimbursement) (?:claim|request|application)",
              r"(?:déposé|envoyé|fait|soumis|introduit|adressé) (?:\S+ ){0,2}(?:une|ma|la) demande d'(?:indemnisation|remboursement|dédommagement)|demande d'(?:indemnisation|remboursement|dédommagement) (?:\S+ ){0,4}(?:déposée|envoyée|faite|soumise|restée)",
              r"\w*(?:entschädigungs|erstattungs|fahrgastrechte|rückerstattungs)antrag\w* (?:\S+ ){0,6}(?:eingereicht|gestellt|abgeschickt|gesendet)|(?:eingereicht|gestellt) (?:\S+ ){0,3}\w*(?:entschädigungs|erstattungs)antrag",
              r"(?:presenté|envié|hice|solicité|puse) (?:\S+ ){0,2}(?:una|la|mi) (?:solicitud|reclamación|petición) de (?:indemnización|compensación|reembolso)",
              r"promis (?:un|le|mon|une) (?:avoir|remboursement|geste commercial|dédommagement)|(?:prometido|prometieron) (?:un|el|mi) (?:abono|reembolso)|(?:gutschrift|erstattung) (?:\S+ ){0,3}versprochen",
              r"(?:still waiting|waiting|sigo esperando|seguimos esperando|esperando|attends? toujours|j'attends|warte (?:\S+ ){0,2}auf) (?:for |on )?(?:my|our|the|mis|los|nuestros|mes|les|nos|meine|die) (?:[£$€] ?)?\d[\d,.]*+(?![:h]\d|\s?(?:am|pm|uhr)\b)(?: ?[£$€])?",
              r"(?:still |and )?no refund(?: yet)?\b(?! policy| will| is due)"), 5),
    ],
    "delivery_delay": [
        # The thing named as never delivered, as an adjective: "die nicht gelieferte Bestellung", "undelivered".
        (_any(r"(?:nicht|nie|noch nicht) (?:gelieferte|zugestellte|angekommene)\w*|undelivered|never-delivered|(?:commande|colis) non (?:livrée?|reçue?)|(?:pedido|paquete) no (?:entregad[oa]|recibid[oa])",
              # A courier's pick-up that did not happen delays the parcels as surely as a late van.
              r"missed (?:pick-?ups?|collections?)|(?:pick-?ups?|collections?) (?:\S+ ){0,2}(?:was |were )?(?:missed|never happened|didn'?t happen)|recogida (?:\S+ ){0,2}(?:fallida|no realizada)|enlèvement (?:\S+ ){0,2}(?:manqué|pas effectué|non effectué)|abholung (?:\S+ ){0,2}(?:verpasst|ausgefallen|nicht erfolgt)"), 3),
    ],
    "wrong_item": [
        # Asked for it without something, and it came with it ("NO PEANUTS in the notes... it came with peanuts", "sin
        # gluten... llegó con", "sans lactose", "ohne Nüsse"): not what they ordered.
        (_any(r"(?:asked for|ordered|specified|wrote|requested|said)\s[^.!?\n]{0,30}\b(?:no|without)\s\w+",
              r"\bno \w+\W{1,4}(?:severe )?allerg\w+", r"(?:pedí|pedido|puse|especifiqué)\s[^.!?\n]{0,30}\bsin\s\w+",
              r"(?:commandé|demandé|précisé|écrit)\s[^.!?\n]{0,30}\bsans\s\w+", r"(?:bestellt|geschrieben|angegeben|gebeten)\s?[^.!?\n]{0,30}\bohne\s\w+"), 1.5),
        # Ordered or paid for one thing, got another, in one breath: "Ordered a veggie burrito, got a beef one",
        # "je commande un 38, je reçois un 44", a box with a stone in it.
        (_any(r"(?:ordered|paid (?:[£$€]?[\d,.]+ )?for|bought) [^.!?\n]{2,40}[.,;] (?:and )?(?:I |we )?(?:received|got|was sent|were sent|they sent|you sent) (?:an?|the|one|some) " + _NOT_A_MESSAGE,
              r"(?:je commande|j'ai commandé|j'avais commandé|j'achète|j'ai acheté) [^.!?\n]{2,40}[.,;] (?:et )?(?:je reçois|j'ai reçu|je récupère|on m'envoie|vous m'envoyez|reçu) (?:un|une|des|le|la) ",
              r"(?:pido|pedí|compro|compré|he pedido|había pedido) [^.!?\n]{2,40}[.,;] (?:y )?(?:me (?:llega|llegó|mandan|mandáis|envían|enviáis|manda|envía|mandó|envió)|recibo|recibí|he recibido) (?:un|una|unos|unas|otr[oa]s?|el|la) ",
              r"(?:bestelle|bestellt|gekauft|kaufe) [^.!?\n]{2,40}[.,;] (?:und )?(?:bekomme|erhalte|bekam|erhielt|kommt|kam) (?:ein|eine|einen|der|die|das) ",
              r"(?:box|package|parcel|caja|paquete|boîte|colis|karton|paket) (?:\S+ ){0,2}(?:with|con|avec|mit|full of|lleno de|rempli de|voller) (?:a |an |una |un |une |einem |einer )?(?:stone|stones|rock|rocks|brick|bricks|piedra|piedras|ladrillo|pierre|pierres|brique|stein|steinen|ziegel)",
              r"empty box|caja vacía|boîte vide|colis vide|leere[rs]? (?:paket|karton)",
              # What came said not to be what they ordered, a line later ("I ordered the Halden oak table ... This is not
              # it"), a substitution they did not want, a medicine's strength that is not the prescribed one.
              r"(?:ordered|bought|booked|paid for)\b[^\n]{0,160}?[.!?]\s+(?:this|that|it|what (?:came|arrived|turned up|you (?:sent|delivered)))(?: is|'s| was) (?:not|n't) (?:it|that|the one|what (?:I|we))",
              r"substituted|substitutions?|(?:remplacée?s? par|ersetzt durch) (?:un|une|des|ein|eine|einen)",
              r"(?:wrong|different) (?:dose|dosage|strength|medicine|medication|tablets|pills)|\d+ ?mg\b[^\n]{0,100}\b(?:prescription|prescribed|ordonnance|receta|rezept|verordnet|verschrieben)\b[^\n]{0,40}\b\d+ ?mg\b",
              # The same in note style, what was booked on one line and what came on the next: "gebucht und bezahlt:
              # 9-Sitzer (…). Bekommen am Schalter: ein Kombi", "Ordered: size 10. Received: size 8".
              r"(?:booked|ordered|paid for|gebucht|bestellt|bezahlt|reservé|pedí|pagué|réservé|commandé|payé)\b[^.!?\n]{0,80}[.!?:]\)?\s+(?:what (?:I|we) )?(?:got|received|given|delivered|bekommen|erhalten|geliefert|recibí|recibido|me dieron|reçu|livré)\b(?! (?:nothing|nichts|nada|rien|no\b|nie|kein)| (?:an? |the |your )? )" + _NOT_A_MESSAGE), 4),
    ],
    "damaged_or_defective": [
        # A fitted or home device that fails (an inverter, a boiler, the heating, a printer, a smart lock): the thing
        # is faulty, not a service down, however "ausgefallen" or "s'arrête" it is.
        (_any(r"(?:inverter|boiler|heating|heater|thermostat|heat pump|battery|panels?|charger|printer|doorbell|smart lock|alarm|onduleur|chaudière|chauffage|radiateur|pompe à chaleur|batterie|imprimante|serrure|caldera|calefacción|termostato|bomba de calor|inversor|impresora|cerradura|wechselrichter|heizung|therme|wärmepumpe|akku|drucker|türschloss)"
              r" (?:[^\s.!?]+ ){0,8}(?:fault|faults|failed|fails|keeps (?:failing|cutting out|shutting down|switching off|turning off)|stopped|cuts? out|cutting out|trips|tripping|won'?t (?:turn|come|switch) on|didn'?t (?:turn|come|switch) on"
              r"|s'arrête|tombe en panne|ne s'(?:est|allume) (?:pas|plus)|n'a pas démarré|se (?:para|apaga|estropeó)|no (?:se )?(?:enciende|encendió|arranca)|ausgefallen|fällt (?:\S+ )?aus|springt nicht an|ging nicht an|schaltet (?:\S+ )?ab)"), 4),
        # The same device stuck, frozen or dead to every input (session 18b: a thermostat "bloqueado en «calefacción
        # encendida»" that "no responde ni a la pantalla ni a la app"): the thing is faulty, not an app, not a parcel.
        (_any(r"(?:thermostat|boiler|heat pump|keypad|control panel|alarm panel|alarm|smart lock|doorbell|hub|termostato|caldera|bomba de calor|teclado|panel de control|alarma|cerradura"
              r"|thermostat|chaudière|pompe à chaleur|clavier|centrale d'alarme|alarme|serrure|thermostat|heizung|therme|wärmepumpe|tastenfeld|bedienfeld|alarmanlage|türschloss)"
              r"\b (?:[^\s.!?]+ ){0,6}(?:(?:is |got |has got |gets )?stuck|(?:is |has )?frozen|(?:is )?not responding|unresponsive|won'?t respond|doesn'?t respond|(?:screen|display) (?:\S+ )?(?:blank|dead|off)"
              r"|(?:se ha |se )?quedado (?:bloquead[oa]|colgad[oa]|congelad[oa])|se (?:ha )?bloqueado|no responde|(?:con )?la pantalla (?:apagada|en negro)"
              r"|(?:reste |est )?bloquée?|ne répond (?:plus|pas|à rien)|écran (?:noir|éteint)|hängt (?:sich )?(?:fest|auf)?|reagiert (?:\S+ ){0,3}nicht|display (?:\S+ )?(?:schwarz|aus|dunkel)|eingefroren)"), 4),
        # What a physical thing does when it is faulty, whatever the thing (a kettle, a shed, a hearing aid, a
        # wheelchair): it leaks, lets the rain in, warps, sags, rattles, whistles, won't shut or hold, smells of
        # burning, shows a fault light. No software or service does these, so no list of products is needed.
        (_any(r"lets? (?:the |in )?(?:rain|water|damp|draughts?|cold)(?: in)?|lets? in (?:the )?(?:rain|water|damp)|(?:drips?|dripping|seeps?|seeping)\b",
              r"(?:warped|buckled|sagg(?:ed|ing|s)|rusted|rusty|rusting|frayed|fraying|wobbl(?:es|ing|y)|rattl(?:es|ing)|squeak(?:s|ing))\b|(?:grinding|rattling|whistling|buzzing|hissing|squeaking|clicking|banging) (?:noise|sound)s?|whistl(?:es|ing) (?:constantly|all the time|non-?stop|when|every|whenever)",
              r"(?:won'?t|doesn'?t|does not|will not|no longer) (?:stay (?:shut|closed|up|on|open|in place)|shut|latch|hold(?: a charge| its charge| the weight)?|grip|brake)\b",
              r"(?:poking|sticking) (?:out|through)|smells? (?:of )?burning|burning smell|(?:fault|warning|red) (?:light|lights)\b|fault codes?\b|(?:tripp(?:ed|ing|s)|trips) (?:the |our )?(?:electrics|fuse|breaker|power)|blew (?:a|the) fuse",
              r"(?:keeps|kept) (?:beeping|tripping|leaking|overheating)",
              r"pierde agua|se sale el agua|entra (?:el )?agua|(?:doblad[oa]|torcid[oa]|oxidad[oa]|deformad[oa]|combad[oa])s?|se tambalea|cojea|chirría|pita (?:todo|constantemente|sin parar)|huele a quemado|no (?:aguanta|sujeta|frena|cierra bien)",
              r"fuit|fuient|l'eau (?:s'infiltre|rentre|passe)|(?:voilée?|rouillée?|déformée?|affaissée?)s?|grince|siffle|sent le brûlé|odeur de brûlé|ne (?:tient|freine|ferme) (?:pas|plus)|surchauffe|voyant (?:rouge|d'erreur|de défaut)",
              # Clothes that shrink, run or wear through; a device that overheats or drains; a part gone flat or that
              # will not click in; pieces or pages missing from the thing itself.
              r"shr[au]nk(?:en)?|(?:colou?rs?|dye) (?:\w+ )?(?:ran|run|has run|bled|faded)|(?:bobbl|pill)(?:ed|ing|es|y)\b|unravel\w*|(?:seams?|stitching|threads?) (?:\w+ ){0,2}(?:split|came undone|unravell?ed|gave way|come undone)|threadbare",
              r"dead pixels?|(?:gets|getting|runs|running|goes|went) (?:so |really |very |too |extremely |dangerously )?(?:hot|boiling)|battery (?:\w+ ){0,2}(?:drains|dies|lasts (?:only|barely|about|less|under))|(?:gone|went|going) (?:flat|soft|mouldy|moldy|rusty|brittle|wonky|bald)",
              r"(?:not|won'?t|doesn'?t|didn'?t|isn'?t) (?:click|clip|fasten|latch|lock)(?:ing)? (?:in|shut|closed|together|properly|into place)|(?:sheared|snapped) off",
              r"(?:chapters?|pages?|pieces?|screws?|parts?|videos?|modules?|lessons?) (?:\w+ ){0,3}(?:missing|have no sound|are blank|no sound)|(?:whole|entire) (?:chapters?|sections?|modules?) missing",
              r"encog(?:id[oa]s?|ió)|destiñ\w+|desteñid[oa]s?|descosid[oa]s?|se ha hundido|hundido por|se calienta (?:mucho|demasiado|muchísimo)|la batería (?:\w+ ){0,2}(?:dura|se agota|no aguanta)|píxeles muertos|agujeros?",
              r"rétréci\w*|déteint|décolorée?s?|bouloch\w*|trouée?s?|décousue?s?|coutures? (?:\w+ ){0,2}(?:lâch|craqu)\w*|déchirée?s?|fait disjoncter|disjoncte|chauffe (?:beaucoup|trop|énormément)|batterie (?:\w+ ){0,2}(?:ne tient|se vide)|pixels? morts?|branlante?|(?:accoudoir|pied|roue|poignée) qui bouge",
              r"eingelaufen|verfärbt|ausgeblichen|fusselt|löcher|loch im|naht (?:\w+ ){0,2}(?:gerissen|aufgegangen|offen)|hinüber|pumpt nicht|(?:wird|werden|ist) (?:sehr |extrem |zu )?heiß|akku (?:\S+ ){0,2}(?:hält (?:nur|kaum|nicht)|ist (?:\S+ )?leer nach)|pixelfehler|tote pixel|vertrocknet|verwelkt",
              # Food that is cold, raw, off or has something in it; a thing unfit for the one thing it is for.
              r"stone[- ]cold|undercooked|under-cooked|raw (?:in the middle|inside)|inedible|soggy|food poisoning|made (?:me|us|my \w+) (?:ill|sick|vomit)|(?:a )?(?:hair|insect|bug|fly|maggot|plastic|glass|metal|bone) in (?:my|the|our|his|her) (?:food|meal|salad|soup|pizza|burger|sandwich|drink|curry|rice)|(?:gone|went) off\b|not fit for (?:purpose|use)|(?:doesn'?t|does not|didn'?t) do what it (?:says|should|claims)",
              r"comida (?:fría|cruda|incomible)|incomible|intoxicación|(?:un pelo|un bicho|un insecto|plástico|cristal) en (?:la|mi) (?:comida|ensalada|sopa|pizza|hamburguesa|bebida)|no sirve para nada|inservible",
              r"(?:repas|plat|pizza|burger|commande) (?:\w+ ){0,3}(?:froide?|glacée?|pas cuite?|crue?)|immangeable|intoxication alimentaire|(?:un cheveu|un insecte|du plastique|du verre) dans (?:mon|le|ma|la) (?:plat|repas|salade|soupe|pizza|burger)|inutilisable",
              r"(?:essen|pizza|gericht|burger) (?:\w+ ){0,3}(?:eiskalt|kalt|roh|halb roh)|ungenießbar|lebensmittelvergiftung|(?:ein haar|ein insekt|plastik|glas) (?:im|in der|in meinem|in meiner) (?:essen|salat|suppe|pizza|gericht|getränk)|unbrauchbar",
              r"tropft|leckt|wasser (?:\S+ )?läuft (?:\S+ )?aus|regnet (?:\S+ )?(?:rein|herein|durch)|verbogen|verzogen|verrostet|rostet|wackelt|quietscht|pfeift (?:ständig|dauernd|permanent|immer|laut|wenn|beim)|klemmt|schließt nicht|hält nicht(?!,? (?:was|sein|ihr|wort))|bremst nicht|riecht (?:verbrannt|nach verbranntem)|überhitzt|durchgelegen|(?:fehler|warn|störungs)leuchte"), 2.5),
    ],
    "account_access": [
        # An account, a card or a subscription the company blocked, banned, kept or no longer recognises.
        (_any(r"(?:account|card|profile|cuenta|tarjeta|perfil|compte|carte|profil|konto|karte)\S* (?:\S+ ){0,2}(?:was |has been |is |got |ist |wurde |a été |est |ha sido |está |sigue )?(?:banned|suspended|blocked|frozen|bloquead[oa]|suspendid[oa]|congelad[oa]|bloquée?|suspendue?|gelée?|verrouillée?|gesperrt|blockiert|eingefroren)",
              r"(?:card|carte|tarjeta|karte) (?:\S+ ){0,3}(?:swallowed|retained|eaten|avalée|retenue|tragada|retenida|eingezogen|geschluckt)|(?:swallowed|ate|retained) my card|(?:avalé|retenu) ma carte|(?:se ha tragado|se tragó|retuvo) mi tarjeta|hat meine karte (?:eingezogen|geschluckt)",
              r"no active (?:subscription|plan|membership)|aucun abonnement actif|(?:ninguna|sin) suscripción activa|kein aktives abo\w*|(?:subscription|abonnement|suscripción|abo) (?:\S+ ){0,3}(?:not (?:showing|recogni[sz]ed|active)|inactif|inactive|n'est pas (?:reconnu|actif)|no aparece|nicht aktiv|wird nicht erkannt)"), 3),
    ],
    "fraud_or_security": [
        # A payment or transfer held by the bank's own security ("blocked a £4,000 transfer for my protection",
        # "aus Sicherheitsgründen gesperrt", "bloqueado por seguridad"): a security hold, whatever it costs them.
        (SECURITY_HOLD, 3),
        # Exposed rather than robbed: an IP or data leaked by a security tool; a demand for a purchase never made.
        (_any(r"(?:leaked|exposed) (?:my|our) (?:real )?(?:ip|location|data|traffic|identity)|(?:ip|ip address|traffic|real ip) (?:\S+ ){0,3}(?:leaked|exposed|leaking)|kill ?switch",
              r"fuite (?:de données|d'ip|de mon ip)|(?:ce qui|ce que) a été exposé|fuga de (?:datos|ip)|ip-adresse (?:\S+ ){0,3}(?:offengelegt|geleakt|sichtbar)",
              r"(?:purchase|order|kauf|bestellung|achat|commande|compra|pedido)\w*,? (?:that |which |den |die |das |que )?(?:ich |je |yo |I |we )?(?:never|nie|jamais|nunca|n'ai jamais|didn'?t|did not) ?(?:made|make|placed|place|gemacht|getätigt|aufgegeben|bestellt|fait|passée?|effectuée?|hice|realicé)"), 3),
    ],
    "cancellation": [
        # Leaving said plainly outside the contract words: "please just close it", "stop the policy", "don't renew".
        (_any(r"please (?:just )?close (?:it|the card|the account|his|her)|close (?:the|his|her|my) card",
              r"stop (?:the|my|his|her|our) (?:policy|cover|insurance|plan|membership)",
              r"(?:don'?t|do not) (?:auto-?)?renew (?:my|the|our|it)"), 3),
    ],
    "travel_disruption": [
        # Sailings, short-formed or cancelled trains, a ride that never came, an ICE that "fiel aus".
        (_any(r"(?:cancelled|canceled|delayed|missed) (?:sailings?|crossings?|departures?)|(?:sailing|crossing) (?:\S+ ){0,3}(?:cancelled|canceled|delayed)|short-formed",
              r"travesía (?:cancelada|retrasada)|traversée (?:annulée|retardée)|überfahrt (?:\S+ )?(?:gestrichen|abgesagt|ausgefallen)",
              r"(?:zug|ice|ic|regionalbahn|bus|fähre|flug) (?:\S+ ){0,6}(?:fiel|fällt) (?:\S+ )?aus|ersatzlos (?:gestrichen|ausgefallen|aus)",
              r"(?:train|tgv|ter|vol|avion|bus|car|ferry) (?:\S+ ){0,5}(?:arrivée? )?avec (?:\S+ ){0,3}de retard"), 3),
        # A ride that never came is the journey, however much "never arrived" sounds like a parcel.
        (_any(r"(?:taxi|cab|ride|chauffeur|vtc|conductor|taxista) (?:\S+ ){0,4}(?:never (?:came|showed|arrived|turned up)|n'est jamais (?:venu|arrivé)|jamais venu|nunca (?:llegó|vino|apareció)|kam nie|ist nie gekommen)"), 5),
    ],
    "outage_or_bug": [
        # Progress wiped by an update, a checkout that fails, a button that errors out.
        (_any(r"(?:update|mise à jour|actualización) (?:\S+ ){0,3}(?:wiped|erased|deleted|reset|efface|a effacé|supprim\w+|borr\w+|gelöscht|löscht)",
              r"(?:progress|progression|progreso|fortschritt|spielstand|sauvegarde|partida guardada) (?:\S+ ){0,3}(?:wiped|erased|deleted|reset|effacée?|perdue?|supprimée?|borrad[oa]|perdid[oa]|gelöscht|verloren)",
              r"checkout (?:failures?|errors?|fails|failing|broken|down)|(?:could not|couldn'?t|cannot) be processed|errors? out|erroring out"), 3),
    ],
    "poor_service": [
        # Promises that came to nothing, a visit nobody made, a job left undone, being ignored or sent round in
        # circles: how any company fails a customer, whatever it sells.
        (_any(r"(?:I was|we were|I've been|we've been|was|been|I got) (?:told|promised|assured) (?:\w+ ){0,8}(?:would|will|'d) (?:be )?(?:\w+ )?(?:issued|sent|sorted|fixed|resolved|done|ready|arranged|dealt with|looked into|called|contacted|in touch|back)\b",
              r"(?:kept|keep|keeps) (?:telling|promising|saying)|every time (?:I|we) (?:call|ring|phone|chase|ask|email)|(?:next week|tomorrow),? every time|heard nothing",
              r"(?:has|have|had|was|were|been|being|keep being|get) (?:completely |totally |simply )?ignored|(?:emails?|messages?|letters?|complaints?|calls?) (?:\w+ ){0,3}(?:ignored|unanswered)|no acknowledge?ment|auto(?:mated|matic)?[- ]?(?:reply|replies|response|responses)",
              r"(?:round|around) in circles|round and round|back to square one|(?:explain|repeat)(?:ed|ing)? (?:it|everything|myself|my (?:situation|problem|case)) (?:all )?(?:over )?again|(?:another|a different|the wrong) department|from one (?:department|team|person) to (?:another|the next)",
              r"(?:engineer|technician|plumber|electrician|fitter|installer|surveyor|inspector|contractor|builder|handyman|repair ?man|carer|nurse|cleaner|tradesman|workm[ae]n|visit|appointment)[^.!?]{0,60}(?:booked|scheduled|due|arranged|confirmed)[^\n]{0,120}?(?:nobody|no one|no-one|never) (?:came|turned up|showed up|showed|arrived)|no-show",
              r"(?:didn'?t|did not|never|failed to) (?:actually |even )?(?:fix|repair|sort|finish|complete) (?:anything|a thing|the job|the work)|left (?:a|the \w+ in a|my \w+ in a) mess|botched",
              r"me (?:dijeron|aseguraron|prometieron) que|nadie hace nada|sigo sin (?:noticias|respuesta|solución)|me (?:mandan|pasan|envían) de (?:un sitio|un departamento) a otro|ni caso|me ignoran|(?:técnico|fontanero|electricista|instalador|operario) (?:\S+ ){0,4}(?:no (?:vino|apareció|se presentó)|nunca (?:vino|llegó|apareció))",
              r"on m'a (?:dit|assuré|promis) que|aucun suivi|on me renvoie|(?:je suis |on m'a )?ignorée?|je tourne en rond|ballottée?|(?:technicien|plombier|électricien|installateur|artisan|intervenant) (?:\S+ ){0,4}(?:n'est|ne s'est) (?:jamais|pas) (?:venu|passé|présenté)",
              r"man hat mir (?:\S+ ){0,4}(?:versprochen|zugesagt)|ignoriert|im kreis|hin und her geschickt|vertröstet|keiner fühlt sich zuständig|(?:techniker|monteur|handwerker|installateur|elektriker|klempner) (?:\S+ ){0,4}(?:ist nicht|kam nicht|nie) (?:gekommen|erschienen|aufgetaucht)?"), 3),
        # Their papers lost by the company: an application, a form, a file.
        (_any(r"(?:lost|mislaid|misplaced) (?:my|our|the|her|his) (?:\w+ )?(?:application|paperwork|documents|forms?|file|claim form)",
              r"\w*(?:antrag|unterlagen|formular)\w* (?:\S+ ){0,4}verloren|(?:perdu|égaré) (?:mon|mes|le|ma) (?:dossier|documents|formulaire|demande)|(?:perdido|extraviado) (?:mi|mis|la|el) (?:solicitud|expediente|documentos|documentación|formulario)"), 3),
    ],
    "unexpected_charge": [
        # Interest charged in a 0 % period; charged more than the price shown.
        (_any(r"interest (?:\S+ ){0,3}(?:charged|added|applied)|(?:charged|charging) (?:me |us )?interest|intereses (?:\S+ ){0,2}(?:cobrados|cargados)|cobrado intereses|intérêts (?:\S+ ){0,2}(?:facturés|prélevés|débités|appliqués)|zinsen (?:\S+ ){0,2}(?:berechnet|belastet|abgebucht)",
              r"(?:angezeigt|displayed|shown|quoted|affiché|annoncé|indicado|mostrado|presupuestado) (?:\S+ ){0,2}(?:war|waren|was|were|était|étaient|era|eran)? ?(?:[£$€] ?)?\d[\d,.]*"), 2.5),
    ],
    "other": [
        # An event the company postponed or called off: no parcel, no journey.
        (_any(r"(?:concert|event|show|gig|performance|festival|spectacle|représentation|concierto|evento|función|konzert|veranstaltung|vorstellung|aufführung)s? (?:\S+ ){0,3}(?:postponed|cancelled|canceled|rescheduled|reporté|reportée|annulée?|aplazad[oa]|cancelad[oa]|suspendid[oa]|verschoben|abgesagt)"), 3),
    ],
}
# A stay: the room, the cottage, the holiday flat itself. What is wrong with it (mould, no heating) is the stay's.
_STAY = _any(r"hotel ?rooms?|holiday (?:cottage|home|let|rental|apartment|flat|villa|park)|cottage|gîte|logement|location de vacances|apartamento (?:de la playa|turístico|vacacional)|casa rural"
             r"|ferienwohnung|ferienhaus|hotelzimmer|airbnb|the room (?:was|had|smelled|smelt)|la habitación|la chambre (?:était|sentait|avait)|das zimmer (?:war|hatte|roch)")


# Situations said in plain words, with none of the nouns their domain usually brings (no "parcel", no "refund"):
# what any new writer says of a thing promised by a date, of getting something else than they chose, of a line gone
# silent, of a card copied, of a contract they want ended.
_PLAIN: dict[str, list[tuple[re.Pattern, float]]] = {
    "delivery_delay": [
        # Promised to be with them by a time that has passed: "you said it would be with us within 5 days", "was meant
        # to be here before term started", "devait arriver samedi", "hätte letzte Woche kommen sollen".
        (_any(r"(?:would|should|was meant to|were meant to|was supposed to|were supposed to|was due to|were due to)(?: \S+){0,2} (?:be (?:with (?:me|us)|here|delivered|dispatched|sent)|arrive|reach (?:me|us))\b(?! in (?:such|this|that|that kind of|this kind of) (?:a )?(?:condition|state))",
              r"(?:iba|debía|tenía|tendría|deberían?) (?:que |de )?(?:llegar|estar aquí|entregarse|enviarse)|(?:vendría|llegaría|estaría aquí) (?:en|el|antes|para)",
              r"(?:devait|devaient|aurait dû|auraient dû) (?:\S+ ){0,2}(?:être livrée?s?|arriver|être là|être expédiée?s?)",
              r"(?:hätte|hätten|sollte|sollten) (?:\S+ ){0,4}(?:kommen|ankommen|da sein|geliefert werden|geliefert sein)\b(?: sollen)?"), 2.5),
    ],
    "wrong_item": [
        # Someone else's thing, or another model or size than the one chosen ("someone else's prescription", "ein
        # ganz anderes Modell", "pedí una 38 y me ha llegado una 44").
        (_any(r"(?:someone|somebody) else'?s (?!account|card|name|details|data|information|bill|payment|login|email|address)\w+|(?:de|d') (?:otra persona|quelqu'un d'autre)|(?:von|für) (?:jemand|einen?) (?:anderen|anderem)",
              r"(?:a|an|ein|eine|einen|un|une|una) (?:ganz |völlig |totalement |tout |toute |completamente |completely |totally )?(?:different|other|andere[nrs]?|autre|distint[oa]|diferente) (?:model|size|colou?r|version|product|item|modell|größe|farbe|version|produkt|artikel|teil|modèle|taille|couleur|produit|article|modelo|talla|color|producto|artículo)",
              r"(?:ordered|pedí|pedimos|compré|commandé|bestellt\w*|bought) (?:\S+ ){0,3}(?:size |talla |taille |größe |una |un |une |a |eine? )?(?P<n>\d{1,3})\b[^.!?\n]{0,40}(?:got|received|arrived|llegad[oa]|llegó|recibido|reçu|arrivée?|bekommen|geliefert|erhalten) (?:\S+ ){0,2}(?:size |talla |taille |größe |una |un |une |a |eine? )(?!(?P=n)\b)\d{1,3}\b"), 4),
    ],
    "unexpected_charge": [
        # A bill called theft ("esto es un robo", "c'est du vol", "daylight robbery", "Abzocke"): a price they did
        # not expect, said as contempt. It is no security matter (see _CONTEMPT).
        (_any(r"daylight robbery|rip-?off|abzocke|wucher|un atraco|du racket"), 1.5),
    ],
    "charged_after_cancel": [],
    "cancellation": [
        # A contract wanted ended, said without "cancel": "I want the contract ended today", "just end it", "aus dem
        # Vertrag raus", "mettez fin à mon contrat", "anular el seguro".
        (_any(r"(?:want|need|would like) (?:my |the |our |this )?(?:\w+ ){0,2}(?:contract|subscription|membership|account|plan|policy|service) (?:ended|closed|cancell?ed|terminated|stopped)",
              r"just (?:end|close|stop) (?:it|the \w+|my \w+)\b",
              r"(?:anular|cancelar|rescindir) (?:el|la|mi) (?:\w+ )?(?:seguro|póliza|contrato|tarifa|línea|suscripción|abono|membresía)",
              r"mettre fin à|mettez fin à|arrêter (?:mon|ma) (?:abonnement|contrat|assurance|adhésion|forfait)",
              r"(?:aus dem|aus meinem) (?:\w+)?vertrag (?:\w+ )?raus|(?:vertrag|abo|mitgliedschaft|versicherung) (?:\S+ ){0,3}(?:beenden|auflösen)"), 3),
    ],
    "outage_or_bug": [
        # A line, signal or reception gone silent: "plus de tonalité", "no dial tone", "kein Empfang", "sin tono".
        (_any(r"(?:no|lost|without) (?:a )?(?:dial ?tone|reception|tv signal|picture)|(?:loses|lost|losing) (?:the )?(?:picture|signal|sound)",
              r"(?:plus de|pas de|aucune?) (?:tonalité|réception|image|signal tv)|sin (?:tono|cobertura|imagen|señal de (?:tv|televisión))|(?:kein|keinen) (?:freizeichen|empfang|fernsehsignal|bild)|kein\w* (?:\S+ )?(?:empfang|signal)",
              r"something went wrong|se queda (?:cargando|colgad[oa]|en blanco)|no se (?:guardan|sincronizan|cargan|envían)|(?:weiße|leere) seite|zeigt (?:\S+ ){0,3}(?:weiße|leere|nur eine) seite"), 3),
    ],
    "fraud_or_security": [
        # A card copied, purchases that are not theirs: "alguien ha clonado mi tarjeta", "compras que no son mías".
        (_any(r"(?:clon|skimm|copi)\w* (?:\S+ ){0,2}(?:card|tarjeta|carte|karte)|(?:card|tarjeta|carte|karte) (?:\S+ ){0,3}(?:clon|skimm|geklont|kopiert)\w*",
              r"(?:payments?|purchases?|charges?|transactions?|compras?|cargos?|pagos?|achats?|paiements?|abbuchungen?|käufe?|zahlungen?) (?:\S+ ){0,4}(?:that|which|que|qui|die) (?:are|were|no son|ne sont pas|nicht von mir)(?: not)? (?:mine|míos|mías|de moi|les miens|les miennes|sind|stammen)",
              r"(?:ne sont|no son|aren'?t|are not|weren'?t|were not|sind nicht) (?:\S+ )?(?:mine|míos|mías|de moi|von mir)",
              r"(?:cargos?|compras?|pagos?|movimientos?) (?:\S+ ){0,4}que no (?:son míos|son mías|he hecho|hice|reconozco)",
              r"(?:vaciaron|han vaciado|vaciado) (?:la|mi) cuenta|(?:vidé|vider) mon compte|konto (?:\S+ ){0,2}(?:leergeräumt|geplündert)"), 3),
    ],
    "privacy_data_request": [
        # Calls and texts with offers they refused, and what the company holds on them.
        (_any(r"stop (?:phoning|ringing|calling|texting|emailing) (?:me|us)(?: with| about)? (?:\S+ ){0,2}(?:offers|deals|sales|promotions|marketing)",
              r"(?:take|remove|delete) (?:my|our) (?:number|name|email|details|address) (?:off|from) (?:your|the|every) (?:\w+ )?(?:list|lists|database|system)",
              r"what (?:\w+ ){0,2}(?:you|your company) (?:store|stores|hold|holds|keep|keeps|have) (?:about|on) (?:me|us)|who (?:you'?ve|you have) (?:given|sold|passed|shared) it to",
              r"(?:sms|mensajes|llamadas|correos) (?:promocionales|publicitarios|comerciales)|(?:sms|appels|mails) (?:promotionnels|commerciaux|publicitaires)",
              r"welche daten (?:\S+ ){0,4}(?:gespeichert|speichern|gespeichert haben|verarbeitet)|(?:daten|informationen) (?:\S+ ){0,3}über mich (?:gespeichert|haben)|newsletter",
              r"(?:borréis|borren|borrar|eliminéis|eliminen) (?:\S+ ){0,2}mis datos|informations (?:\S+ ){0,2}me concernant|(?:ma|mon) (?:facture|iban|adresse) (?:\S+ ){0,4}(?:un autre client|quelqu'un d'autre)"), 3),
    ],
}
# More of the same, from a second batch of invented messages in new companies' words.
_PLAIN_MORE: dict[str, list[tuple[re.Pattern, float]]] = {
    "delivery_delay": [
        # Waiting a stated time for one thing of theirs ("j'attends mes lunettes depuis six semaines"), or still without
        # it ("we still don't have it"); never a reply, a call or money, which are other situations.
        (_any(r"(?:waiting|waited) (?:for|on) (?:my|our|the) (?!reply|answer|response|call|callback|refund|money|engineer|technician)\w+ (?:for|since) (?:\S+ ){0,2}(?:days|weeks|months|\d)",
              r"j'attends (?:mon|ma|mes|notre|nos) (?!réponse|remboursement|argent|rappel|technicien)\w+ depuis|(?:espero|esperamos) (?:mi|mis|nuestr[oa]s?) (?!respuesta|reembolso|dinero|llamada|técnico)\w+ desde",
              r"warte\w* (?:seit \S+ \S+ )?auf (?:mein|meine|meinen|unsere?n?) (?!antwort|rückruf|geld|erstattung|techniker)\w+",
              r"(?:still|yet) (?:don'?t|do not|haven'?t|have not) (?:got |received |have )(?:it|them|the \w+|my \w+|our \w+|anywhere)",
              r"on m'avait (?:dit|promis|annoncé) (?:\S+ ){0,2}(?:jours|semaines)|(?:told|promised) (?:me |us )?(?:\S+ ){0,2}(?:working )?days\b(?! to refund)"), 2.5),
    ],
    "damaged_or_defective": [
        # Arrived with a flaw or a smell of damp; a device that gets so hot it shuts off.
        (_any(r"(?:arrived|came|delivered) with (?:a |an )?(?:huge |big |massive )?(?:stain|hole|dent|crack|scratch|mark|tear|chip|rip)s?",
              r"(?:llegó|llegaron|vino|vinieron) con (?:una? |unos |unas )?(?:enorme |gran )?(?:mancha|agujero|golpe|raya|grieta|abolladura|rotura|desgarro)s?",
              r"(?:arrivée?s?|livrée?s?) avec (?:une? |des )?(?:grosse |énorme )?(?:tache|trou|rayure|fissure|bosse|déchirure)s?",
              r"(?:kam|kamen|geliefert) mit (?:einem |einer |großen |riesigen )?(?:fleck|loch|kratzer|riss|delle|beule)\w*",
              r"smell(?:s|ing|ed)? (?:of |like )?(?:damp|mould|mold|mildew|sewage)|musty|(?:oliendo|huele|olía) a (?:humedad|moho)|sent (?:le moisi|l'humidité)|riecht (?:\S+ )?(?:muffig|nach schimmel|modrig)",
              r"(?:wird|werden|ist) (?:so|total|richtig|unglaublich) heiß|(?:und|dann) geht (?:es|er|sie|das gerät) (?:\S+ )?aus\b"), 2.5),
    ],
    "wrong_item": [
        # Chose one thing, were given another: "I chose white roses and you delivered pink carnations".
        (_any(r"(?:chose|picked|selected|asked for|requested|paid for|ordered) [^.!?\n]{2,60}(?:and|but) (?:you |they |the \w+ )?(?:delivered|sent|brought|gave (?:me|us)|shipped) (?!it\b|them\b|nothing|late|on\b|in\b|after|two|three|weeks)\w+",
              r"(?:paid for|ordered|bought|chose) (?:the |a |an )?\S+ (?:model|version|size|edition) (?:and|but) (?:the (?:box|label|receipt|item)|it) (?:says|shows|is)",
              r"(?:encargué|solicité|compré)\s[^.!?\n]{0,30}\bsin\s\w+",
              r"il manquait (?:\S+ ){0,3}(?:articles|pièces|produits|éléments)|(?:qui|que) n'est pas (?:à moi|le mien|la mienne)|(?:der|die|das) mir nicht gehört"), 4),
    ],
    "refund_not_received": [
        # Money they were promised back, in any words of giving back, and nothing in their account.
        (_any(r"(?:agreed|promised|offered|confirmed|said|told (?:me|us)|assured (?:me|us))[^.!?\n]{0,30}\b(?:pay(?:ing)? (?:me |us )?back|give (?:me |us )?(?:it |the money |my money )?back|return(?:ing)? (?:the|my|our) money|credit(?:ing)? (?:me|my account|it))",
              r"(?:nothing|not a penny|no money|not a cent|nothing at all) (?:has )?(?:turned up|arrived|appeared|come through|landed|gone back|come back) (?:in|on|into|to) my (?:account|card|bank)",
              r"(?:prometisteis|prometieron|prometido|dijeron que|dijisteis que|aseguraron que|asegurasteis que) (?:\S+ ){0,3}(?:abonar\w*|devolver\w*|devolverían|reembolsar\w*|reintegrar\w*)",
              r"(?:promis|assuré|dit|confirmé) (?:\S+ ){0,4}(?:rembourser|rembourserait|restituer|créditer|recréditer)|(?:n'a|n'ont) (?:toujours )?pas été (?:crédité|recrédité)e?s?",
              # Committed in writing to pay it back ("vous vous étiez engagés par écrit à me rembourser", "se comprometieron a
              # devolverme", "haben sich verpflichtet, ... zu erstatten", "you committed to refunding"; round 20).
              r"engagée?s? (?:\S+ ){0,3}?à (?:me |nous )?(?:rembourser|restituer|créditer|recréditer)|comprometi\w+ (?:\S+ ){0,3}?a (?:devolver\w*|reembolsar\w*|abonar\w*)"
              r"|verpflichtet,? (?:\S+ ){0,6}?(?:zurückzuzahlen|zu erstatten|gutzuschreiben)|committed (?:\S+ ){0,3}?to (?:refund\w*|reimburs\w*|pay\w* (?:me |us )?back)",
              r"(?:zugesichert|versprochen|zugesagt)\w*,? (?:\S+ ){0,5}(?:zurückzuzahlen|zurückzahlen|zu erstatten|zurückzuüberweisen|gutzuschreiben)|(?:zurückzuzahlen|zu erstatten|gutzuschreiben) (?:\S+ ){0,3}(?:zugesichert|versprochen|zugesagt)",
              r"(?:geld|betrag|money|argent|dinero) (?:\S+ ){0,5}(?:sehe ich (?:\S+ )?nicht wieder|nie wieder gesehen|never (?:seen|see) again|jamais revu|no lo he vuelto a ver)"), 5),
    ],
    "unexpected_charge": [
        # A bill stated at an amount, as the complaint: "el recibo del agua es de 380 euros", "my phone bill is £210".
        (_any(r"(?:bill|invoice|recibo|factura|facture|rechnung|abrechnung)\w* (?:\S+ ){0,5}(?:is|was|came to|es de|fue de|est de|était de|s'élève à|beträgt|ist|war|asciende a) (?:now |de |über |of )?(?:[£$€] ?)?\d[\d,.]*(?: ?(?:€|euros?|eur|£|\$|pounds|dollars))?"), 2.5),
    ],
    "cancellation": [
        (_any(r"shut (?:down )?(?:my|our) (?:\w+ )?account|(?:come|get) off (?:the|my|our|this) (?:\w+ )?(?:plan|contract|tariff|subscription)",
              r"(?:cerrad|cierren|anulad|anulen|cancelad|cancelen) (?:mi|la|el|nuestra|nuestro) (?:\w+ )?(?:cuenta|suscripción|contrato|seguro|póliza|línea|abono|tarjeta|membresía)|(?:dadme|denme) de baja",
              r"(?:clôturer|clôturez|fermez|résiliez|annulez) (?:mon|ma|mes|notre|le|la) (?:\w+ )?(?:compte|abonnement|contrat|forfait|adhésion)"), 3),
    ],
    "travel_disruption": [
        # Luggage that did not arrive with them is the journey, however much "n'est pas arrivée" sounds like a parcel.
        (_any(r"(?:bagages?|valises?|koffer|gepäck|maletas?|equipaje|luggage|suitcases?|bags?) (?:\S+ ){0,2}(?:n'est pas arrivée?|ne sont pas arrivée?s|pas arrivée?s?|no (?:ha |han )?llegado|nicht angekommen|didn'?t arrive|never arrived|hasn'?t arrived|did not arrive|not arrived)"), 5),
    ],
    "outage_or_bug": [
        # Calls that cannot be made on their line.
        (_any(r"(?:can'?t|cannot|unable to) (?:make|receive|make or receive) (?:any )?(?:phone )?calls|no puedo (?:hacer|recibir) llamadas|(?:ne peux|n'arrive) (?:plus |pas )?(?:à )?(?:passer|recevoir|émettre) (?:d'|des |aucun )?appels?|kann (?:\S+ )?(?:nicht (?:mehr )?telefonieren|keine anrufe)"), 3),
    ],
    "account_access": [
        (_any(r"identity (?:checks?|verification) (?:\S+ ){0,3}(?:pending|frozen|blocked|failed)|(?:frozen|froze|blocked|locked|suspended|deactivated|disabled) (?:my|our|the) (?:\w+ )?(?:wallet|profile|login)|pending ['‘\"]?identity",
              r"(?:desactivado|bloqueado|suspendido|cerrado|congelado) (?:el|mi) (?:\w+ )?(?:perfil|cuenta|usuario|acceso)|(?:désactivé|suspendu|bloqué|fermé) (?:mon|le) (?:\w+ )?(?:compte|profil|accès)",
              r"\w*(?:konto|profil|zugang)\w* (?:\S+ ){0,3}(?:gesperrt|deaktiviert|blockiert|eingefroren)|komme (?:\S+ ){0,2}nicht (?:mehr )?in (?:die|mein|meine|das|den) ",
              r"(?:identifiant|usuario|nombre de usuario|benutzername|username) (?:\S+ ){0,2}(?:n'existe pas|no existe|existiert nicht|doesn'?t exist)"), 3),
    ],
    "fraud_or_security": [
        # Identity used by another: a loan or contract in their name, a fake adviser calling, a breach behind a loss.
        (_any(r"(?:opened|taken out|took out|set up|applied for|abierto|pedido|solicitado|contratado|ouvert|souscrit|contracté|abgeschlossen|eröffnet|beantragt|aufgenommen) (?:\S+ ){0,5}(?:in my name|a mi nombre|à mon nom|en mon nom|auf meinen namen)",
              r"(?:in my name|a mi nombre|à mon nom|en mon nom|auf meinen namen) (?:\S+ ){0,4}(?:opened|taken out|set up|abierto|pedido|solicitado|contratado|ouvert|souscrit|contracté|abgeschlossen|eröffnet|beantragt|aufgenommen)",
              r"fake (?:adviser|advisor|agent|caller|bank|website|text|email|employee)|faux (?:conseiller|agent|banquier|technicien|site|sms|mail|employé)|falso (?:asesor|agente|empleado|banco)|falsche[rn]? (?:berater|mitarbeiter|bankmitarbeiter)",
              r"(?:system|data|database|systems|you|your site) (?:\S+ ){0,2}(?:breached|hacked|leaked)|data breach|brecha de (?:datos|seguridad)|fuite de données|datenpanne"), 3),
    ],
    "privacy_data_request": [
        (_any(r"showing my (?:full )?(?:name|address|number|details|door code|phone number|date of birth)",
              r"recordings? of (?:my|all my) (?:calls|conversations)|(?:notes|records|information|data) (?:\S+ ){0,4}(?:made|kept|held|hold|have|wrote|written) (?:about|on) me\b",
              r"(?:recevoir|reçois) (?:encore )?vos (?:sms|mails|e-mails|courriels|appels|publicités|offres)|répondu stop|replied stop|(?:don'?t|do not) want (?:any more|to (?:receive|get) (?:any )?(?:more )?)(?:your )?(?:texts|emails|calls|messages|offers)",
              r"no quiero (?:recibir )?(?:más )?(?:vuestros |sus )?(?:sms|mensajes|correos|llamadas) (?:publicitari|comercial)|(?:möchte|will) (?:\S+ ){0,2}keine (?:sms|e-mails|mails|anrufe|werbung|newsletter) mehr",
              _DATA_WITHOUT_CONSENT,
              r"(?:meine|my|mi|mis|mon|ma|mes) (?:\w+ )?(?:telefonnummer|nummer|daten|adresse|number|phone number|details|data|address|teléfono|datos|dirección|numéro|coordonnées|données) (?:\S+ ){0,6}(?:weitergegeben|verkauft|shared|sold|passed on|compartido|vendido|cedido|partagée?s?|vendue?s?|transmise?s?|communiquée?s?)",
              r"(?:weitergegeben|compartido|cedido|vendido|shared|sold|passed on|transmis|communiqué|vendu) (?:\S+ ){0,2}(?:mi|my|mon|ma|mes|meine) (?:\w+ )?(?:teléfono|número|datos|number|details|data|numéro|coordonnées|données|nummer|daten)"), 3),
    ],
    "other": [
        (_STAY, 3),
    ],
}
# And from a third batch, longer messages in the corpus's manner (business tools, telecoms, banks).
_PLAIN_LONG: dict[str, list[tuple[re.Pattern, float]]] = {
    "outage_or_bug": [
        # A phone system or a network said to be dead ("das Telefonsystem ist tot"); a line only when it is dead, not
        # when it went dead at the end of a call on hold ("bis die Leitung tot war" is how they were treated).
        (_c(r"\b(?:phones|phone system|system|network|internet|broadband|telefon\w*|\w*system|netz|centralita|red|standard|réseau)\b(?: \S+){0,4} (?:dead|tot|muert[oa]|morte?)\b"
            r"|\b(?:lines?|landline|leitung|anschluss|línea|ligne) (?:is|are|has been|have been|ist|sind|está|est) (?:\S+ ){0,2}(?:dead|tot|muerta|morte)\b"), 3),
    ],
    "refund_not_received": [
        # Money owed back that is not in their account yet ("die Erstattung von 312 € ist bis heute nicht auf meinem Konto").
        (_c(r"\b(?:refund|erstattung|rückerstattung|gutschrift|geld|remboursement|argent|reembolso|dinero|devolución|money|credit)\b[^.!?\n]{0,60}"
            r"\b(?:not|never|nicht|nie|pas|no) (?:yet |noch |encore |todavía )?(?:\S+ )?(?:in|on|into|auf|sur|en) (?:my|meinem|mon|mi) (?:bank )?(?:account|konto|compte|cuenta)\b"), 5),
    ],
    "fraud_or_security": [
        # A login from a device or place that is not theirs.
        (_any(r"(?:device|dispositivo|appareil|gerät)\w* (?:\S+ ){0,2}(?:que no (?:es|son) mí[oa]s?|(?:that|which) (?:is|was)n'?t mine|not mine|qui n'est pas (?:à moi|le mien)|das nicht (?:mir|meins)|(?:unknown|desconocido|inconnu|unbekannt)\w*)"), 3),
    ],
    "delivery_delay": [
        # A part or replacement promised for a date, still not there ("the replacement part was promised 'next week'").
        (_any(r"(?:part|parts|replacement|spare|order|item|goods|pieza|repuesto|recambio|pièces?|ersatzteil\w*|teil)\s(?:was |were |is |has been |fue |a été |wurde )?(?:promised|due|expected|supposed to come|prometid[oa]|promise?s?|versprochen|zugesagt)"), 2.5),
    ],
    "privacy_data_request": [
        # Their papers sent to somebody else.
        (_any(r"(?:sent|emailed|posted|gave|shared|disclosed|forwarded) (?:my|our) (?:\S+ ){0,3}(?:to|with) (?:someone|somebody|another|a stranger|the wrong)",
              r"(?:enviado|mandado|enviasteis|mandasteis) (?:mis?|nuestr[oa]s?) (?:\S+ ){0,3}a (?:otra persona|otro cliente|un desconocido)|envoyé (?:mon|ma|mes) (?:\S+ ){0,3}à (?:quelqu'un d'autre|un autre|une autre)",
              r"(?:meine|mein|meinen) (?:\S+ ){0,3}an (?:jemand anderen|eine andere person|einen anderen kunden|fremde) (?:\S+ )?(?:geschickt|gesendet|weitergeleitet)"), 3),
    ],
}
# And from a fourth batch, companies the data never had (a dentist, a letting agent, a school, a garage, a game).
_PLAIN_NEW_COMPANIES: dict[str, list[tuple[re.Pattern, float]]] = {
    "delivery_delay": [
        # Not sent yet, or supposed to be sent by now: "todavía no me han enviado el carnet", "sollte mir vor vier Wochen
        # zugeschickt werden", "is supposed to send cartridges before I run out".
        (_any(r"(?:is|are|was|were) supposed to (?:send|ship|deliver|post) (?:me|us|the|my|our|\w+s)\b",
              r"(?:todavía|aún|aun) no (?:me |nos )?(?:han|habéis|ha) (?:enviado|mandado|entregado)|(?:toujours|encore) pas (?:\S+ )?(?:envoyée?s?|expédiée?s?|reçue?s?)",
              r"(?:sollte|sollten|hätte|hätten) (?:\S+ ){0,5}(?:zugeschickt|zugesandt|verschickt|geschickt|zugestellt) (?:werden|sein)|(?:noch )?(?:immer )?nicht (?:zugeschickt|verschickt|zugesandt)"), 2.5),
    ],
    "damaged_or_defective": [
        # Come loose, fallen apart or worn through before its time.
        (_any(r"se (?:me |nos |le |les )?(?:ha |han )?(?:soltad[oa]s?|desmont\w+|descolgad[oa]s?|despegad[oa]s?)|(?:patilla|asa|pata|rueda|tornillo)s? (?:\S+ ){0,2}(?:se (?:ha )?(?:soltado|caído|roto))",
              r"(?:come|came|coming|comes) (?:loose|unstuck|unglued|undone)|worn (?:out|through|down|thin)|(?:déjà |tout )?usée?s? (?:d'un côté|jusqu'à|au bout|après)|desgastad[oa]s?|abgenutzt|verschlissen|(?:wieder|schon wieder) (?:\S+ )?gebrochen"), 2.5),
    ],
    "wrong_item": [
        # Brought another thing or another quantity than the one ordered: "livré un buffet pour 20 au lieu de 50",
        # "geliefert wurde Katzenfutter, wir haben Hundefutter bestellt", "me lo habéis enviado dorado".
        (_any(r"(?:delivered|sent|brought|livré|envoyé|apporté|entregado|enviado|traído|mandado|geliefert|geschickt|gebracht) (?:\S+ ){0,6}(?:instead of|au lieu d[e']|en lugar de|en vez de|statt|anstatt) ",
              r"geliefert wurde[^.!?\n]{2,40}[,;] (?:\S+ ){0,8}bestellt|(?:livré|reçu)[^.!?\n]{2,40}[,;] (?:alors que |mais )?(?:j'avais|nous avions|on avait) commandé",
              r"(?:encargué|pedí|pedimos|compré|encargamos) (?:\S+ ){1,6}(?:y|pero) (?:me |nos )?(?:lo |la |los |las )?(?:habéis|han|ha) (?:enviado|mandado|traído|entregado)"), 4),
        # Found in the box another thing than the one chosen (session 18b: a delivery that "contient du Bisoprolol 10 mg
        # au lieu du 2,5 mg", a nut-free box with peanuts, "pas du tout la recette que j'avais choisie"): what came is
        # another thing, not a damaged one, nor an "error" of a system.
        (_any(r"(?:contains?|contained|containing|there (?:was|were)|(?:I |we )?found|contient|contenait|je trouve|j'ai trouvé|on a trouvé|contiene|contenía|venía|encontré|encontramos"
              r"|enthält|enthielt|lag|lagen|fand|fanden) (?:\S+ ){0,6}?(?:instead of|au lieu d[eu'’]|en lugar de|en vez de|anstatt|anstelle|statt) ",
              r"(?:pas du tout|absolument pas|nothing like|not at all|not even|en absoluto|para nada|überhaupt nicht|gar nicht) (?:\S+ ){0,3}?(?:que j'avais|que nous avions|I had|we had|que había|que habíamos|die ich|das ich|den ich|the one I|what I)"
              r" (?:\S+ )?(?:choisie?s?|commandée?s?|chosen|ordered|picked|selected|elegido|pedido|escogido|gewählt|bestellt|ausgesucht)\b"), 4),
    ],
    "refund_not_received": [
        # Compensation or a deposit agreed and not paid; a refund demanded and not heard of since.
        (_any(r"(?:accepted|agreed|accepté|acceptée?|aceptasteis|aceptaron|zugestimmt|bereit erklärt) (?:\S+ ){0,3}(?:to )?(?:compensate|indemni\w+|m'indemniser|rembourser|refund|pay (?:me|us)|entschädigen|erstatten|zu entschädigen|zu erstatten)",
              r"(?:me|nos) (?:dijeron|dijisteis|prometieron|prometisteis|aseguraron) que (?:me |nos )?(?:devolv\w+|devuelv\w+|reembols\w+|abonar\w+)",
              r"(?:rückzahlung|erstattung|rückerstattung|auszahlung) (?:\S+ ){0,2}(?:verlangt|gefordert|beantragt|angefordert)"), 5),
    ],
    "cancellation": [
        # Not wanting it any more, said of the contract: "je ne veux plus de votre assurance".
        (_any(r"je ne veux plus (?:de )?(?:votre|vos|mon|ma|ce|cette) (?:\w+ )?(?:assurance|abonnement|contrat|forfait|service|carte|adhésion)",
              r"ya no quiero (?:el|la|mi|vuestr[oa]|su) (?:\w+ )?(?:seguro|contrato|tarifa|suscripción|servicio|tarjeta|póliza)",
              r"I (?:don'?t|do not) want (?:your|this|the|my) (?:\w+ )?(?:insurance|policy|contract|subscription|membership|plan|service) any ?more",
              r"(?:ihre|eure|die|meine|diese) (?:\w+ )?(?:versicherung|vertrag|abo|mitgliedschaft) (?:\S+ ){0,2}nicht mehr"), 3),
    ],
    "account_access": [
        # A personal area they cannot reach: "espace patient bloqué", "Kundenbereich gesperrt", "patient portal locked".
        (_any(r"espace (?:client|patient|personnel|membre|adhérent|élève) (?:\S+ ){0,2}(?:bloqué|inaccessible|verrouillé|désactivé)",
              r"(?:área|zona|portal) (?:de |del )?(?:cliente|paciente|personal|socio|alumno) (?:\S+ ){0,2}(?:bloquead[ao]|inaccesible|desactivad[ao])",
              r"\w*(?:kunden|patienten|mitglieder|schüler)(?:bereich|portal) (?:\S+ ){0,2}(?:gesperrt|blockiert|nicht erreichbar|deaktiviert)",
              r"(?:patient|member|customer|student|account) (?:portal|area) (?:\S+ ){0,2}(?:locked|blocked|disabled|inaccessible)"), 3),
    ],
    "fraud_or_security": [
        # Emptied by someone, or an account opened with their details.
        (_any(r"(?:wallet|account|savings|cuenta|compte|konto|monedero|portefeuille)\w* (?:was |has been |got |fue |ha sido |a été |wurde )?(?:emptied|drained|vaciad[oa]|vidée?|leergeräumt|geplündert)",
              r"(?:with|using) my (?:personal )?(?:details|data|identity|name)[^.!?\n]{0,40}\b(?:opened|ordered|applied|signed up|took out)|(?:opened|ordered|applied|signed up|took out)[^.!?\n]{0,40}\b(?:with|using) my (?:personal )?(?:details|data|identity)",
              r"(?:con|usando) mis datos[^.!?\n]{0,40}\b(?:abierto|abrió|pedido|contratado|solicitado)|avec mes (?:données|coordonnées|informations)[^.!?\n]{0,40}\b(?:ouvert|commandé|souscrit)|mit meinen daten[^.!?\n]{0,40}\b(?:eröffnet|bestellt|abgeschlossen|beantragt)",
              r"(?:abierto|abrió|pedido|contratado|solicitado)[^.!?\n]{0,40}\bcon mis datos|(?:ouvert|commandé|souscrit)[^.!?\n]{0,40}\bavec mes (?:données|coordonnées|informations)|(?:eröffnet|bestellt|abgeschlossen|beantragt)[^.!?\n]{0,40}\bmit meinen daten",
              r"recovery (?:phrase|seed)|seed phrase|frase de recuperación|phrase de récupération|wiederherstellungsphrase"), 3),
    ],
    "privacy_data_request": [
        # A copy of what they collected on them.
        (_any(r"copie de (?:toutes )?(?:les |mes )?(?:données|informations)|copia de (?:todos )?(?:los |mis )?datos|kopie (?:aller |meiner |der )?(?:\S+ )?daten",
              r"(?:données|datos|daten|data|information) (?:\S+ ){0,5}(?:collectée?s? sur moi|recopilad[oa]s? sobre mí|über mich gesammelt|(?:collected|hold|holds|keep|store) (?:about|on) me)"), 3),
    ],
    "poor_service": [
        # Answered by a template that has nothing to do with the question.
        (_any(r"(?:template|canned|copy-?pasted?|automated) (?:reply|replies|response|responses|answer|answers)|(?:con|una) plantilla|réponses? types?|modèle de réponse|textbausteine?n?|standardantwort\w*"), 3),
    ],
}
# And from a sixth writer's classes: a tenancy or lease ended, progress lost in an update, food come spoiled, a
# supply cut off, money still not back, a coach that never came, "not my order", an app that crashes.
_ROUND6: dict[str, list[tuple[re.Pattern, float]]] = {
    "cancellation": [
        # Ending a tenancy, lease, contract or membership, in the words of a tenant or member, without "cancel".
        (_any(r"(?:end|terminate|give up|surrender|break|get out of) (?:my|our|the|his|her|their) (?:\w+ )?(?:tenancy|lease|rental (?:agreement|contract)|tenancy agreement|contract|membership|agreement)",
              r"(?:give|giving|hand in|handing in|serve|serving) (?:my |our )?notice (?:on|for|to end) (?:my|our|the) (?:\w+ )?(?:tenancy|lease|room|flat|contract|membership)",
              r"(?:terminar|finalizar|rescindir|resolver|dar por (?:terminado|finalizado)) (?:el|la|mi|nuestro|nuestra) (?:\w+ )?(?:contrato|alquiler|arrendamiento|membresía|suscripción)",
              r"résilier (?:mon|ma|le|la|notre|mes) (?:\w+ )?(?:bail|contrat|abonnement|adhésion|location|assurance)|(?:donner|donné) (?:mon|notre) (?:préavis|congé)|(?:la |ma |une )?résiliation (?:de|du) (?:mon |ma |notre |le |la )?(?:bail|contrat|abonnement|adhésion|location)",
              r"\w*(?:vertrag|platz|wohnung|zimmer|mitgliedschaft|abo|abonnement)\w* (?:\S+ ){0,6}(?:kündigen|gekündigt)|kündigung (?:des|der|meines|meiner|unseres|unserer) \w+|kündige (?:hiermit )?(?:meinen|meine|mein|den|die|das|unseren|unsere)\b"), 3),
    ],
    "outage_or_bug": [
        # Progress or data lost: a streak back to 0, saved progress gone after an update or a sync.
        (_any(r"(?:streak|progress|saves?|saved (?:games?|progress|data)|levels?|history|notes|playlists?|data|files|photos|points|xp|achievements)(?: \S+){0,4}? (?:reset|went back to|gone back to|back to (?:0|zero|level 1|the start)|disappeared|vanished|(?:is|are|was|were|has|have) (?:all )?gone|got wiped|been wiped|was wiped|were wiped)",
              r"(?:update|upgrade|sync|syncing|migration|new version|reinstall)[^.!?\n]{0,60}\b(?:reset|wiped|erased|deleted|disappeared|vanished|gone|lost)\b",
              r"(?:progreso|racha|datos|partidas?|archivos|fotos|notas|historial|nivel|puntos)(?: \S+){0,4}? (?:se (?:me )?(?:ha |han )?(?:borrad[oa]s?|borró|borraron|perdid[oa]s?|perdió|perdieron|reiniciad[oa]s?|reinició)|(?:han )?desaparecid[oa]s?|desapareci(?:ó|eron)|volvió a cero|a cero)",
              r"(?:se borraron|se borró|se perdieron|se perdió|desaparecieron|desapareció) (?:\S+ ){0,2}(?:mis|mi|todos mis|todo mi) (?:datos|progreso|partidas|archivos|fotos|notas|historial)|actualización[^.!?\n]{0,60}\b(?:borr|perd|desapare|reinici)\w*",
              r"(?:progression|données|sauvegardes?|série|historique|fichiers|photos|notes|niveau|points)(?: \S+){0,4}? (?:a|ont|est|sont) (?:\S+ )?(?:disparue?s?|effacée?s?|perdue?s?|remise?s? à zéro|réinitialisée?s?)|mise à jour[^.!?\n]{0,60}\b(?:dispar|effac|perdu|remis\w* à zéro|réinitialis)\w*",
              r"(?:fortschritt|spielstand|spielstände|daten|serie|streak|verlauf|dateien|fotos|notizen|level|punkte)\w*(?: \S+){0,4}? (?:weg|gelöscht|verschwunden|verloren|zurückgesetzt|auf null)|update[^.!?\n]{0,60}\b(?:weg|gelöscht|verschwunden|verloren|zurückgesetzt)\b"), 3),
        # A supply gone: power, gas, heating or water off at home, a meter that switched itself off. Said as a state
        # ("has been cut off", "sin luz", "Strom weg"); the supplier's own act ("you cut off our power", "Sie haben den
        # Strom abgestellt", "nos han cortado la luz") is a disconnection decided over a bill, which the rest decides.
        (_any(r"(?:no|without) (?:any )?(?:power|electricity|gas|heating|heat|hot water|running water|water)(?: \S+){0,3}? (?:since|for (?:\S+ )?(?:days?|hours?|nights?|weeks?)|in (?:the|my|our) (?:house|home|flat|building|street|area|property)|at (?:home|the (?:house|flat|property))|all (?:day|night|week|weekend))",
              r"(?:another|a whole|a second|a third|(?:\d+|two|three|four|five) (?:\S+ )?)?(?:days?|nights?|weeks?) without (?:any )?(?:power|electricity|gas|heating|heat|hot water|water)",
              r"power (?:cut|outage|failure)s?|blackout|(?:power|electricity|gas|water|heating|hot water|supply) (?:\S+ ){0,3}(?:has been|had been|was|were|got|is|been) (?:\S+ )?(?:cut off|disconnected|switched off|turned off|shut off)",
              r"(?:smart |prepayment )?meter(?: \S+){0,3}? (?:cut (?:out|off|us off)|switched (?:itself )?off|shut (?:itself )?off|turned (?:itself )?off|disconnected)",
              r"(?:llevamos|llevo|estamos|estoy|seguimos|sigo) (?:\S+ ){0,3}sin (?:luz|electricidad|corriente|gas|calefacción|agua)|sin (?:luz|electricidad|corriente|gas|calefacción|agua caliente|agua|suministro) (?:\S+ ){0,3}desde",
              r"(?:corte|cortes) (?:de|del) (?:luz|suministro|gas|agua|electricidad|corriente)|apagón|contador (?:\S+ ){0,3}se (?:ha )?(?:apagado|desconectado|apagó|desconectó)",
              r"plus (?:de |d')(?:courant|électricité|gaz|chauffage|eau chaude|eau)|(?:sans|pas de|pas d') ?(?:courant|électricité|gaz|chauffage|eau chaude|eau) (?:\S+ ){0,3}depuis|coupure (?:de |d')(?:courant|électricité|gaz|eau)",
              r"(?:courant|électricité|gaz|eau) (?:\S+ ){0,2}(?:a été |ont été |est )?coupée?s?|compteur (?:\S+ ){0,3}(?:s'est (?:coupé|éteint|mis en sécurité|déclenché)|a disjoncté)",
              r"strom (?:\S+ ){0,2}(?:weg|ausgefallen)|stromausfall|(?:gas|wasser|warmwasser)(?:versorgung)? (?:\S+ ){0,2}(?:weg|ausgefallen)",
              r"(?:kein|keinen|ohne) (?:strom|gas|warmwasser|warmes wasser|heizung|wasser)(?: \S+){0,4}? (?:seit|mehr)\b|seit (?:\S+ ){0,3}(?:kein|keinen|ohne) (?:strom|gas|warmwasser|heizung|wasser)",
              r"(?:zähler|stromzähler|gaszähler|smart meter) (?:\S+ ){0,4}(?:abgeschaltet|ausgeschaltet|abgestellt|ausgefallen)"), 3),
        # An app, a game or a site that crashes or closes itself; software said to be broken is no damaged good.
        (_any(r"stürzt (?:\S+ ){0,6}?ab|(?:immer wieder|ständig|dauernd|jedes mal|schon wieder) abgestürzt|hängt sich (?:\S+ )?auf|(?:keeps|kept) (?:crashing|closing|freezing)|crash(?:es|ed)? (?:every|when|whenever|each|as soon|on|at|straight)",
              r"se (?:cierra|cuelga) (?:sol[oa]|de repente|cada vez|todo el rato|constantemente|al)|se queda (?:pillad[oa]|bloquead[oa])",
              r"(?:l'appli\w*|l'application|le site|le jeu|le logiciel|ça|elle|il) (?:\S+ )?plante|plante (?:à chaque|tout le temps|sans arrêt|dès que|quand|au démarrage|systématiquement|en permanence)|se ferme (?:toute seule|tout seul|à chaque)",
              r"(?:app|apps|appli|application|aplicación|website|site|webseite|software|programm|game|spiel|plattform|platform|portal)\w* (?:is |ist |est |está |es )?(?:\S+ )?(?:kaputt|broken|rota|roto|cassée?|defekt|down|caída|ne marche (?:pas|plus)|no funciona|funktioniert nicht)"), 3),
    ],
    "damaged_or_defective": [
        # Food come off or unsafe: a smell, a warm box, melted ice packs, past its date, sick after eating.
        (_any(r"smel(?:led|lt|ls|l|ling) (?:\S+ ){0,2}(?:odd|off|funny|strange|bad|rancid|sour|weird|rotten|wrong)|(?:ice|cool|freezer|cold) ?packs? (?:\S+ ){0,3}(?:melted|defrosted|warm)",
              r"(?:was|were|arrived|came) (?:\S+ ){0,2}(?:warm|thawed|defrosted|lukewarm) when (?:it|they) (?:arrived|came|was delivered|were delivered)|(?:arrived|delivered|came) (?:\S+ )?(?:warm|thawed|defrosted|spoil(?:ed|t)|rancid|sour|curdled)\b",
              r"past (?:its|their|the) (?:use-?by|use by|best before|sell-?by|expiry) date|curdled|rancid|bloated (?:lid|pack|packet|tin|can|pot)|(?:gone|turned) (?:sour|bad)|(?:sick|ill|vomiting|poorly) (?:\S+ ){0,3}after (?:eating|we ate|he ate|she ate|they ate)",
              r"(?:olía|huele|olían|huelen) (?:\S+ ){0,2}(?:mal|raro|fatal|a podrido|rancio)|(?:llegó|llegaron|vino|vinieron) (?:\S+ ){0,2}(?:calientes?|descongelad[oa]s?|en mal estado|podrid[oa]s?)|(?:geles|bolsas de hielo|placas de hielo) (?:\S+ ){0,3}(?:derretid[oa]s|descongelad[oa]s)",
              r"avariée?s?|(?:sentai(?:t|ent)|sent|sentent) (?:\S+ ){0,2}(?:mauvais|bizarre|le pourri|l'aigre|le rance)|(?:arrivée?s?|livrée?s?) (?:\S+ ){0,2}(?:chaude?s?|tièdes?|décongelée?s?)|(?:pains? de glace|blocs? réfrigérants?|packs? de froid) (?:\S+ ){0,3}fondus?",
              r"(?:roch|riecht|rochen|riechen) (?:\S+ ){0,2}(?:komisch|seltsam|schlecht|faulig|ranzig|sauer|eklig|merkwürdig)|(?:kühlakkus?|kühlpacks?|eisakkus?) (?:\S+ ){0,3}(?:geschmolzen|aufgetaut|warm)|ranzig|schlecht geworden|(?:kam|kamen) (?:\S+ ){0,3}(?:warm|aufgetaut|angetaut) an"), 3),
        # Flowers or a plant that arrived dead or wilted ("la plante est arrivée morte", "the roses came wilted").
        (_any(r"(?:flowers?|bouquet|roses?|plants?|tree|wreath)(?: \S+){0,4}? (?:arrived|came|were delivered|was delivered) (?:\S+ ){0,2}(?:dead|wilted|withered|dying|brown|rotten)",
              r"(?:flores|ramo|rosas|planta|plantas|corona)(?: \S+){0,4}? (?:llegó|llegaron|vino|vinieron) (?:\S+ ){0,2}(?:muert[oa]s?|marchit[oa]s?|secas?|podrid[oa]s?)",
              r"(?:fleurs|bouquet|roses|plante|plantes|couronne)(?: \S+){0,4}? (?:est|sont) (?:arrivée?s?|livrée?s?) (?:\S+ ){0,2}(?:morte?s?|fanée?s?|flétrie?s?|pourrie?s?|sèches?)",
              r"(?:blumen|strauß|rosen|pflanze|pflanzen|kranz)(?: \S+){0,4}? (?:kam|kamen|wurde|wurden|ist|sind) (?:\S+ ){0,3}(?:verwelkt|welk|tot|abgestorben|vertrocknet)"), 3),
    ],
    "refund_not_received": [
        # The money asked after: "is the £120 coming back or not", "kommt das Geld zurück oder nicht".
        (_any(r"(?:is|are|will|when is|when will) (?:the|my|our|that) (?:[£$€] ?[\d,.]+|\d[\d,.]* ?(?:pounds|euros|dollars|€)|money|refund|deposit|payment|cash) (?:\S+ ){0,3}(?:coming back|come back|be (?:coming )?back|be returned|be refunded)",
              r"still (?:not|isn'?t|hasn'?t (?:come |gone |been (?:paid|put) )?)(?: back)? (?:in|into|on|onto) my (?:bank )?account",
              r"(?:sigo sin ver|no veo|no he visto|sin ver) (?:el dinero|los? \d[\d,.]* ?(?:€|euros?)|el reembolso|la devolución|el importe|nada) (?:\S+ ){0,2}en (?:mi|la) cuenta|(?:me |nos )?(?:lo |la |los |las )?(?:vais|van|va) a devolver (?:\S+ ){0,4}o no",
              r"(?:argent|somme|montant|remboursement|\d[\d,.]* ?(?:€|euros?)) (?:\S+ ){0,3}(?:toujours pas|jamais|pas encore) (?:été )?(?:revenue?s?|reversée?s?|recréditée?s?|créditée?s?|arrivée?s? sur)",
              r"(?:kommt|kommen|bekomme ich|bekommen wir) (?:\S+ ){0,2}(?:geld|betrag|\d[\d,.]* ?(?:€|euro)|erstattung) (?:\S+ ){0,3}zurück,? oder nicht"), 5),
        # Nothing in the account yet, said alone: evidence, not decisive (an app's account can be empty too).
        (_any(r"(?:still|yet) nothing (?:\S+ ){0,2}(?:in|on|into) (?:my|our) (?:bank )?account|toujours rien sur (?:mon|notre) compte|(?:immer noch|noch immer|bis heute) nichts auf (?:meinem|unserem) (?:bank)?konto"), 3),
    ],
    "travel_disruption": [
        # A coach, bus, train or ferry that never came, and being left at the station.
        (_any(r"(?:coach|bus|train|ferry|tram|shuttle|\d{1,2}[:.]\d{2} (?:from|to|departure|service|coach|bus|train))(?: \S+){0,8}? (?:(?:just |simply )?(?:didn'?t|did not) (?:turn up|show up|show|come|arrive|leave|depart|run)|never (?:turned up|showed up|showed|came|arrived|left|departed|ran)|no-?show)",
              r"(?:stranded|stuck|stood|standing|waiting|left) (?:\S+ ){0,3}at (?:the |a )?(?:coach|bus|train|railway|ferry) (?:station|stop|terminal|port)",
              r"(?:autobús|bus|autocar|tren|ferry|barco)(?: \S+){0,6}? (?:nunca (?:pasó|llegó|vino|apareció|salió)|no (?:pasó|apareció|vino|salió))|(?:tirad[oa]s?|atrapad[oa]s?|plantad[oa]s?) (?:\S+ ){0,2}en (?:la )?(?:estación|parada|terminal)",
              r"(?:car|bus|autocar|train|navette|ferry|tgv|ter)(?: \S+){0,6}? (?:n'est (?:jamais|pas) (?:passé|venu|arrivé|parti)|jamais (?:passé|venu)|ne s'est (?:jamais|pas) présenté)|(?:bloquée?s?|coincée?s?|abandonnée?s?) (?:\S+ ){0,2}(?:à|sur) (?:la |le )?(?:gare|quai|arrêt)",
              r"(?:bus|fernbus|zug|ice|fähre|bahn|s-bahn|regionalbahn)(?: \S+){0,6}? (?:(?:ist|sind) (?:\S+ ){0,2}nicht gekommen|(?:ist )?nie gekommen|kam (?:\S+ ){0,2}nicht|kam nie|nicht erschienen)|(?:gestrandet|standen|stand|saßen) (?:\S+ ){0,4}(?:am|im) (?:busbahnhof|bahnhof|bahnsteig|hafen|zob)"), 5),
    ],
    "wrong_item": [
        # Not their order at all, in fr/de/es/en, said of what arrived.
        (_any(r"(?:ce n'est|c'est|c'était|ce n'était) (?:pas|vraiment pas) (?:du tout )?(?:ma commande|mon colis|le bon (?:article|produit|colis|modèle)|ce que j'ai (?:commandé|acheté))",
              r"statt (?:des|der|dem|den) bestellten (?:\S+ ){1,8}(?:wurde|wurden|kam|kamen|haben wir|habe ich|bekam|erhielt|geliefert)|anstelle (?:des|der) bestellten|(?:das|dies|es) (?:ist|war) (?:\S+ )?nicht (?:meine|unsere) bestellung",
              r"(?:esto|esta|este|eso) no es (?:mi pedido|lo que (?:pedí|he pedido|compré|encargué))|no tiene nada que ver con (?:lo que pedí|mi pedido)",
              r"(?:this|that|it|which)(?: is not| isn['’]?t| was not| wasn['’]?t|['’]s not) (?:even |at all )?(?:my|our) order(?! number)",
              # Goods that are someone else's, said of the goods ("these aren't my glasses at all", "ce ne sont pas mes
              # lunettes", "no son mis gafas", "das ist nicht meine Brille"; 3 of 3 readable such lines wrong_item).
              r"(?:these|those|they|this|that|it)(?: are not| aren['’]?t|['’]re not| were not| weren['’]?t| is not| isn['’]?t|['’]s not| was not| wasn['’]?t) (?:even )?(?:my|our) (?:own )?"
              r"(?:glasses|lenses|spectacles|photos|prints|shoes|boots|trainers|jacket|coat|dress|clothes|items?|parcel|package)\b",
              r"(?:ce ne sont|ce n'est|c'est) (?:pas|même pas) (?:du tout )?(?:mes|mon|ma|nos|notre) (?:lunettes|verres|photos|chaussures|veste|manteau|robe|vêtements|colis)\b",
              r"no (?:son|es|eran|era) (?:mis|mi|nuestr[oa]s?) (?:gafas|lentes|fotos|zapatos|zapatillas|chaqueta|abrigo|vestido|ropa|paquete)\b",
              r"(?:das|dies|es) (?:ist|sind|war|waren) (?:gar |überhaupt )?nicht (?:meine?|unsere?) (?:brille|gläser|fotos|schuhe|jacke|mantel|kleid|kleidung|paket)\b"), 4),
    ],
}
# An engineer or technician who did not come (again), and being passed from department to department with callbacks
# promised and never made: how the company handles them is the grievance (see _SERVICE_IS_THE_GRIEVANCE).
# A tutor, teacher or instructor booked for a lesson is such a visitor too ("the tutor hasn't turned up to Leo's slot",
# round 19), and "was supposed to come Tuesday, no show, no call" tells the same without "never".
_VISITOR = r"(?:engineer|technician|plumber|electrician|fitter|installer|assembler|repair ?man|tutor|teacher|instructor|cleaner|carer)s?"
_NO_SHOW = _any(_VISITOR + r" (?:\S+ ){0,3}?never (?:turned up|showed up|showed|came|arrived)",
                _VISITOR + r" (?:still |just |simply |again |also |even )?(?:hasn'?t|has not|haven'?t|have not|hadn'?t|had not) (?:\S+ )?(?:turned up|shown up|come|arrived)",
                _VISITOR + r" (?:was |were )?(?:supposed|due|booked|meant|scheduled) to (?:come|call|visit|arrive|be here)\b[^.!?\n]{0,40}?\bno[- ]?show\b",
                r"appointments? (?:\S+ ){0,3}(?:engineer|technician)\w* (?:\S+ ){0,2}(?:hasn'?t|has not|didn'?t|did not|never) (?:turned|shown|showed|come|came) (?:up )?",
                r"(?:dejad[oa]|dejan|dejaron|dejasteis) (?:\S+ ){0,2}plantad[oa]s? (?:\S+ ){0,3}(?:técnico|fontanero|electricista|instalador|operario|montador)|(?:técnico|fontanero|instalador|montador)\w* (?:\S+ ){0,2}no (?:ha venido|vino|se presentó|apareció)",
                # The fitters waited for and not come, however the sentence runs ("esperar a vuestros montadores y son las
                # 13:00 y aquí no ha aparecido nadie"; round 17: a kitchen's assembly team stood up three times).
                r"(?:técnic|fontaner|electricist|instalador|montador|operari|profesor|tutor)\w*(?:(?!\bque\b)[^.!?\n]){0,60}?\b(?:no|nunca|nadie|ni) (?:\S+ ){0,3}?(?:ha venido|han venido|vino|vinieron|se presentó|se presentaron|se ha presentado|se han presentado|apareció|aparecieron|ha aparecido|han aparecido)",
                r"(?:technicien|plombier|installateur|réparateur|poseur|monteur|professeur|prof|moniteur)\w* (?:\S+ ){0,3}(?:n'est|ne s'est|n'a|ne sont|ne se sont) (?:\S+ )?(?:pas|jamais) (?:\S+ )?(?:venu|passé|présenté)e?s?",
                r"(?:techniker|monteur|handwerker|installateur|elektriker|klempner|\w*lehrer)\w* (?:\S+ ){0,5}(?:keiner|niemand|nicht|nie) (?:\S+ )?(?:gekommen|erschienen|aufgetaucht)")
_PASSED_ROUND = _any(r"(?:from|de|von) (?:one|un|una|einer|einem) (?:department|team|person|departamento|sitio|persona|abteilung|stelle|service|département)\w* (?:to|a|an|à|zu)(?:r|m)? (?:the next|another|otr[oa]|die nächste|der nächsten|die andere|l'autre|un autre|une autre)",
                     r"(?:prometieron|promised|promis|versprochen|zugesagt)[^.!?\n]{0,60}\b(?:llamada|call|callbacks?|rappels?|appels?|rückrufe?|anrufe?)\b[^.!?\n]{0,40}\b(?:nunca llegó|never came|never happened|never did|never come|jamais|nie statt|nicht statt|finden nicht statt)",
                     r"(?:callbacks?|rückrufe?|rappels?|llamadas?) (?:\S+ ){0,3}(?:promised|versprochen|promis|prometid[oa]s?) (?:\S+ ){0,3}(?:never|nie|nicht statt|jamais|nunca)")

# What was damaged or done badly is work: a visit, an installation, a repair, their home or the company's own network,
# not a product they hold to be collected ("Your so called fitter walked off the job with the toilet disconnected",
# "Eure Monteure haben beim Aufbau drei Dachziegel zerbrochen", "the leak from the main outside 12 Orchard Close", "your
# installer drilled straight through a water pipe", "sus operarios instalaron 10 placas ... tengo goteras", "Your
# 'engineer' tracked mud all over our carpet": nb-65-021, nb-65-075, nb-65-003, nb-21-028, nb-12-056, nb-57-097,
# nb-60-068). The reply puts the work right; it does not offer to collect anything (situation.work_done). A
# visitor who came to a product they bought ("the engineer came, swapped the seal") acts on no work of theirs here.
_WORKERS = (_VISITOR + r"|crew|builders?|roofers?|workm[ae]n|tradesm[ae]n|movers|removal (?:men|team)|(?:installation|fitting|repair) team")
_WORK_DONE = _any(r"(?:your|the|their)\s+(?:so[- ]called\s+)?(?:[a-z]+\s+)?['‘\"]?(?:" + _WORKERS + r")['’\"]?\s+(?:\S+\s+){0,2}?(?:walked off|left|drilled|broke"
                  r"|snapped|cracked|damaged|dropped|flooded|smashed|scratched|tracked|botched|bodged|dented|ruined|knocked|split|gouged|burst"
                  r"|disconnected|fitted|installed)\b|\b(?:you|your \w+) (?:installed|fitted)\b|walked off the job|workmanship"
                  r"|leak\w* (?:from|in|on|at) the (?:water )?main\b|(?:water|gas) main\b|burst (?:water )?(?:main|pipe)|the leak outside",
                  r"(?:vuestr[oa]s?|sus|el|los) (?:operarios|instaladore?s?|fontaneros?|albañiles|obreros|montadore?s?)\s+(?:\S+\s+){0,3}?"
                  r"(?:rompi\w*|rompieron|dejaron|dejó|instalaron|instaló|taladr\w+|rayaron|rayó|estrope\w+|pincharon|pinchó)\b|chapuza de (?:obra|instalación)",
                  r"(?:vos|votre|les|le) (?:ouvriers?|installateurs?|plombiers?|artisans?|déménageurs|poseurs?|couvreurs?)\s+(?:\S+\s+){0,3}?"
                  r"(?:ont|a) (?:\S+ )?(?:cassé|abîmé|percé|installé|endommagé|laissé|rayé|posé)|malfaçons?",
                  r"(?:eure?|ihre?|die) (?:monteure?|handwerker|arbeiter|installateure?|klempner|dachdecker)\s+(?:haben|hat)\s+(?:\S+\s+){0,4}?"
                  r"(?:zerbrochen|beschädigt|kaputt gemacht|zerkratzt|angebohrt|eingebaut|montiert|installiert|liegen (?:ge)?lassen|zerschlagen)"
                  r"|pfusch\w*|(?:wasser)?rohrbruch")


def work_done(text: str) -> bool:
    """What they complain of is work done badly or their home harmed (_WORK_DONE), or work to be done again
    (_REDO_WORK): no item to collect."""
    return bool(_WORK_DONE.search(text) or _REDO_WORK.search(text))


# The work they paid for, to be done again properly ("come back and redo the job properly", "qu'on revienne refaire le
# travail correctement", "que vuelvan a hacer la limpieza bien", "die Arbeit ordentlich nachbessern"): a job done badly
# is the grievance, and its price ("vous m'avez facturé 90 €") is no charge they contest (round 20: nb-60-089).
_REDO_WORK = _any(r"(?:redo|re-do|do) (?:the |this |that |my |our |your )?(?:job|work|clean|cleaning|repair|installation|windows)(?: \S+){0,2}? (?:properly|again|right|correctly)"
                  r"|come (?:back|round|out) (?:again )?(?:and|to) (?:\S+ ){0,2}?(?:redo|re-do|do it properly|finish (?:the|it) properly|put it right)",
                  r"(?:re)?faire (?:\S+ ){0,2}?(?:le|la|les) (?:travail|nettoyage|prestation|réparation|installation|ménage)(?: \S+){0,2}? (?:correctement|comme il faut|proprement|à nouveau)"
                  r"|revenir (?:\S+ ){0,2}?refaire|refaire le travail",
                  r"(?:rehacer|volver a hacer|repetir) (?:\S+ ){0,2}?(?:el|la|los|las) (?:trabajo|limpieza|reparación|instalación)",
                  r"(?:arbeit|reinigung|reparatur|montage|installation) (?:\S+ ){0,3}?(?:nachbessern|nachgebessert|neu machen|nochmal machen|noch einmal machen|wiederholen|ordentlich machen)|nachbesser\w*")


# And from two seventh-round writers' classes: a hire car not there at the airport, goods found torn or split on
# unpacking, "what arrived was ...", engineers who never come, charges where they have never been, a charger that
# charged nothing, a portal under maintenance, passenger-rights claims, a fitted part that failed again, invalid
# credentials. (A cancellation asked for now, a bereaved customer and being passed round are decided in keyword_topic.)
_ROUND7: dict[str, list[tuple[re.Pattern, float]]] = {
    "cancellation": [
        # Asked to close or end it, of someone else's account too ("please close his account", "pouvez-vous clôturer
        # son contrat", "bitte schließen Sie das Konto", "¿pueden cerrar su cuenta?").
        (_any(r"(?:please|can you|could you|would you) (?:just |simply |now )?(?:close|cancel|end|terminate|shut down) (?:his|her|their|it|the|my|our|this)\b",
              r"(?:pouvez-vous|pourriez-vous|merci de|veuillez) (?:\S+ ){0,2}(?:clôturer|résilier|fermer|annuler) (?:son|sa|ses|mon|ma|mes|le|la|les|ce|cette|notre|leur)\b",
              r"(?:por favor,? )?(?:cierren|cancelen|anulen|den de baja)\b|(?:pueden|podrían|podéis) (?:\S+ )?(?:cerrar|cancelar|anular|dar de baja) (?:su|la|el|mi|la|esta)\b",
              r"bitte (?:\S+ ){0,3}(?:schließen|kündigen|auflösen|löschen) sie\b|(?:schließen|kündigen|löschen) sie bitte\b|(?:können|könnten) sie (?:\S+ ){0,4}(?:schließen|kündigen|auflösen)\b"), 3),
    ],
    "travel_disruption": [
        # The hire car not there: no cars at the desk, the rental desk closed when they landed. A desk closed is a
        # journey's only with a car, a flight or an airport in the same paragraph (a hotel reception is a stay).
        (_any(r"no (?:cars?|vehicles?|hire cars?|rental cars?) (?:\S+ )?(?:left|available|for us|at all)|(?:says|said|told us|told me) (?:that )?there (?:are|were) no (?:cars?|vehicles?)",
              r"(?:hire|rental|rented|booked|reserved) (?:car|vehicle|van)s? (?:\S+ ){0,8}?(?:wasn'?t|was not|weren'?t|were not|not|never) (?:there|ready|available|waiting)",
              r"(?:ningún|no (?:había|hay|quedan?|tenían|tienen)) (?:coches?|vehículos?)(?: \S+)? disponibles?|sin (?:coches?|vehículos?) disponibles?",
              r"(?:aucune?|pas de|plus de) (?:voitures?|véhicules?) (?:de location )?disponibles?",
              r"kein\w* (?:fahrzeuge?|autos?|mietwagen|wagen) (?:\S+ )?(?:verfügbar|vorhanden|mehr da|da)"), 4),
        (_c(r"\b(?:car|cars|vehicle|hire|rental|flight|landed|airport|coche|auto|autos|vehículo|vuelo|aeropuerto|aterriz\w+|voiture|véhicule|vol|aéroport|atterri\w*"
            r"|mietwagen|fahrzeug\w*|flug|flughafen|gelandet)\b[^\n]{0,200}?\b(?:desk|counter|mostrador|comptoir|guichet|agence|schalter|station)\b(?: \S+){0,4}? "
            r"(?:was |were |is |had |estaba |está |était |est |war |ist )?(?:already )?(?:closed|shut|cerrad[oa]|fermée?|geschlossen|zu)\b"), 4),
        # A compensation claim under passenger-rights rules, and the company's own cancellation of the journey.
        # (The rules' names are evidence, lighter: a claim made under them can be money still owed, which decides.)
        (_any(r"(?:air )?passenger(?:s'?|'s)? rights?|passagierrechte|fahrgastrechte|droits? des (?:passagers|voyageurs)|derechos de los (?:pasajeros|viajeros)|règlement européen|reglamento europeo",
              r"(?:eu|uk|ec) ?261|1177/2010|1371/2007|181/2011|2021/782"), 2.5),
        (_any(r"(?:your |the |our )?cancell?ation of (?:the|our|my|your) (?:\S+ ){0,3}(?:crossing|sailing|flight|train|ferry|coach|bus)",
              r"(?:cancelación|anulación) (?:del|de nuestro|de mi) (?:\S+ ){0,2}(?:ferry|vuelo|tren|barco|autobús|travesía)|annulation (?:du|de notre|de mon|de la) (?:\S+ ){0,2}(?:ferry|vol|train|traversée|car)"
              r"|(?:annullierung|streichung|ausfall) (?:des|der|unseres|unserer|meines) (?:\S+ )?(?:fluges|flugs|zuges|fähre|überfahrt)"), 4),
    ],
    "damaged_or_defective": [
        # Found damaged on unpacking; split, torn, cracked or pulled off in each language's participles.
        (_any(r"(?:upon|on|when|after) (?:unpacking|unboxing|opening (?:it|the box|the parcel|the carton)|assembling|assembly)[^.!?\n]{0,100}\b(?:torn|split|cracked|broken|damaged|dented|scratched|snapped|bent|ripped|smashed|chipped|warped)",
              r"(?:au déballage|en (?:le |la |les )?déballant|à l'ouverture (?:du carton|du colis)|al (?:desembalar|desempaquetar|abrir la caja|abrir el paquete)|beim auspacken)[^.!?\n]{0,100}"
              r"\b(?:cass|abîm|endommag|fendu|arrach|déchir|rayé|tordu|fêlé|rot[oa]|dañad|rajad|partid|rasgad|abollad|kaputt|beschädigt|gerissen|eingerissen|gebrochen|verbogen|zerkratzt|abgerissen)\w*",
              r"(?:est|sont|était|étaient|a été|ont été|arrivée?s?|livrée?s?) (?:\S+ ){0,2}(?:fendue?s?|arrachée?s?|déchirée?s?|tordue?s?|cabossée?s?|éclatée?s?|fêlée?s?|décollée?s?)",
              r"(?:está|están|estaba|estaban|llegó|llegaron|vino|vinieron) (?:\S+ ){0,2}(?:descosid|arrancad|rasgad|partid|abollad|doblad|rajad|agrietad|astillad|despegad)[oa]s?",
              r"(?:ist|sind|war|waren|kam|kamen) (?:\S+ ){0,3}(?:abgerissen|eingerissen|zerrissen|gesplittert|verbogen|gebrochen|gespalten|aufgeplatzt)",
              # A part a technician fitted that failed again.
              r"(?:fitted|installed|replaced|repaired|put in)\b[^.!?\n]{0,50}\b(?:has |had |have )?(?:packed (?:in|up)|conked out|given up|failed|broken|stopped working|died|gone)(?: again| already)",
              r"(?:fitted|installed|replaced|repaired|put in)\b[^.!?\n]{0,50}\b(?:has |had |have )?(?:packed (?:in|up)|conked out)",
              r"(?:part|valve|pump|unit|motor|fan|element|thermostat|board|seal|hose|compressor)s? (?:\S+ ){0,2}(?:failed|broken|broke|packed in|died) (?:again|already)"), 3),
    ],
    "wrong_item": [
        # What came is another thing: "what arrived was trousers age 5-6", "ce qui est arrivé, c'est un fauteuil",
        # "lo que me ha llegado es", "angekommen ist ein Regal". Not when what came is broken, late or missing.
        (_c(r"\b(?:what|the thing that|the one that) (?:has |had )?(?:arrived|turned up|came|showed up|was delivered|got delivered|you sent|they sent|I received|we received)"
            r"(?: \S+){0,2}? (?:is|was|were|are)\b(?! (?:\S+ ){0,2}(?:broken|damaged|smashed|cracked|dented|scratched|torn|faulty|defective|late|delayed|missing|empty|incomplete|wet|dirty|in pieces|days?|weeks?|months?|hours?"
            r"|reply|email|e-mail|answer|apology|voucher|letter|message|response|call|text|excuse|refund|credit)\b)"
            r"|\b(?:ce qui|ce que j'ai reçu|ce qu'on a reçu|ce qu'on m'a livré)(?: est)? (?:arrivée?,? )?(?:c'est|c'était|est|était)\b(?! (?:\S+ ){0,2}(?:cassée?|abîmée?|endommagée?|en retard|vide)\b)"
            r"|\blo que (?:me |nos )?(?:ha llegado|llegó|han enviado|enviaron|mandaron|han mandado|trajeron|han traído)(?: \S+)? (?:es|era|fue|son|eran)\b(?! (?:\S+ ){0,2}(?:rot[oa]|dañad[oa]|tarde|defectuos[oa])\b)"
            r"|\b(?:angekommen|geliefert|gekommen|gebracht) (?:ist|sind|wurde|wurden|hat man)\b(?! (?:\S+ ){0,2}(?:kaputt|beschädigt|zu spät|nichts|nie)\b)"
            r"|\b(?:(?:isn'?t|is not|wasn'?t|was not|aren'?t|are not) (?:even )?the right|not even the right) (?:size|colou?r|model|item|thing|one|product|version|table|book)\b"), 4),
    ],
    "poor_service": [
        # An engineer or technician who did not come, again and again; being passed from department to department,
        # callbacks promised that never came.
        (_NO_SHOW, 3),
        (_PASSED_ROUND, 4),
    ],
    "fraud_or_security": [
        # Charges or sessions where they have never been; someone who has their card details.
        (_any(r"(?:I'?ve|I have|we'?ve|we have) never (?:even )?(?:been|set foot) (?:there|to (?!do|be|have)\w+|in (?!such|this|that|a |an |my |so |any |the )\w+)|(?:I|we) (?:was|were) never there",
              r"\b(?:ich|wir)\b[^.!?\n]{0,40}\b(?:war|bin|waren|sind) (?:\S+ ){0,2}nie (?:dort|in \w+)(?: gewesen)?",
              r"je n'y (?:suis|ai) jamais (?:allée?|été|mis les pieds)|(?:nunca|jamás) he estado (?:allí|ahí|en)|no he estado nunca (?:allí|ahí|en)",
              r"(?:someone|somebody) (?:\S+ ){0,2}(?:has|have|had|got|stole|is using) (?:my|our) (?:card|bank|payment) (?:details|data|number|info\w*)",
              r"jemand (?:\S+ ){0,3}meine (?:karten|bank|kreditkarten|zahlungs)daten|alguien (?:\S+ ){0,2}(?:tiene|ha robado|ha copiado|usa) (?:\S+ ){0,2}(?:los )?datos de (?:mi|la) tarjeta",
              r"quelqu'un (?:\S+ ){0,2}(?:a|possède|utilise) (?:mes|les) (?:coordonnées bancaires|données (?:de|bancaires)|numéros? de (?:ma )?carte)"), 3),
    ],
    "outage_or_bug": [
        # Money taken and nothing delivered because the machine failed; a portal that is down for maintenance.
        (_any(r"(?:delivered|gave|dispensed|added|charged) (?:\S+ )?(?:0|zero|0\.0) ?kwh|(?:car|vehicle|van|coche|voiture|auto) (?:\S+ ){0,2}never charged",
              r"(?:machine|charger|charge point|charging point|pump|terminal|meter|locker|vending|car ?wash|kiosk|atm|cash machine|dryer|washer)\b[^.!?\n]{0,60}"
              r"\b(?:took|taken|charged|swallowed|kept) (?:my |me )?(?:[£$€] ?[\d,.]+|money|cash|payment)\b[^.!?\n]{0,40}\b(?:delivered|gave|did|dispensed|provided) (?:\S+ )?(?:nothing|0 |zero|no )",
              r"(?:(?:is|was|has been|are|were|been) )(?:['\"“‘«]\s?)?(?:down )?(?:for|under) (?:scheduled |planned |emergency )?maintenance|en (?:cours de )?maintenance|en mantenimiento|in wartung|wegen wartung(?:sarbeiten)?"), 3),
    ],
    "account_access": [
        # Credentials refused though nothing changed.
        (_any(r"invalid (?:credentials|login|username|password|user name)|credentials (?:\S+ )?(?:invalid|rejected|not recogni[sz]ed)",
              r"identifiants? (?:\S+ )?(?:invalides?|incorrects?|refusés?|erronés?)|credenciales (?:inválidas|incorrectas)|usuario o contraseña (?:incorrect|inválid)\w*",
              r"ungültige (?:anmeldedaten|zugangsdaten|login\w*)|(?:anmelde|zugangs)daten (?:\S+ )?(?:ungültig|falsch)"), 3),
    ],
}
# Another person's personal data received ("a prescription summary for another patient — full name, address, date
# of birth", "los datos de otro cliente", "les coordonnées d'un autre client", "die Daten eines anderen Kunden").
# A bill, statement or contract of another customer's sent to them is their data too ("la factura completa de otra
# clienta", "the full invoice of another customer", "la facture d'une autre abonnée", "die Rechnung eines anderen Kunden").
_OTHERS_DATA = _any(r"(?:another|someone else'?s|other|a different) (?:patient|customer|person|client|user|member|account holder)'?s?\W+(?:\w+\W+){0,6}?"
                     r"(?:full name|name and address|home address|date of birth|medical|diagnosis|bank details|personal (?:data|details|information)|invoice|bill|statement|contract|payslip|policy documents?)",
                     r"(?:invoice|bill|statement|contract|payslip|policy documents?|letter) (?:\w+ ){0,3}(?:of|for|belonging to|addressed to) (?:someone else|(?:another|a different|some other) (?:customer|client|person|patient|user|member|account holder))",
                     r"(?:datos|dirección|expediente|informe|factura|recibo|extracto|contrato|nómina|póliza) (?:personales |médicos? |complet[ao] |entera )?(?:de|del) (?:otr[oa]|un[ao]? otr[oa]) (?:client[ea]|paciente|persona|usuari[oa]|soci[oa]|titular|señor[a]?)",
                     r"(?:données|coordonnées|adresse|dossier|ordonnance|facture|relevé|contrat|fiche de paie) (?:personnelles |médicales? |complète |entière )?d'(?:un|une) autre (?:client|patient|personne|utilisat|abonné|adhérent|titulaire)\w*",
                     r"(?:daten|adresse|unterlagen|rezept|befund|rechnung|abrechnung|kontoauszug|vertrag|gehaltsabrechnung)\w* (?:eines|einer) (?:anderen|fremden) (?:kund|patient|person|nutzer|mitglied|vertragspartner)\w*")

# A refund asked for and turned down ("refund request was declined", "réponse automatique : « conformément à nos
# conditions »", "me denegaron el reembolso", "Erstattung abgelehnt"): no money is owed in transit, so the charge is it.
_REFUND_REFUSED = _c(r"\b(?:(?:refund|reimbursement|claim)\w* (?:\w+ ){0,3}(?:was |has been |were )?(?:declined|refused|rejected|denied|turned down)"
                     r"|(?:declined|refused|rejected|denied|turned down) (?:\w+ ){0,2}(?:refund|reimbursement)|(?:as per|according to|in line with|under) our (?:terms|policy|t&cs)"
                     r"|conformément (?:à|aux) (?:nos|leurs|ses|les) (?:conditions|cgv|cgu)|(?:remboursement|demande) (?:\w+ ){0,2}(?:refusée?|rejetée?)"
                     r"|(?:me |nos )?(?:denegaron|rechazaron|han denegado|han rechazado) (?:\w+ ){0,2}(?:reembolso|devolución)|(?:me|nos) lo (?:denegaron|rechazaron|han denegado|han rechazado)|según (?:nuestras|sus) condiciones"
                     r"|(?:erstattung|rückerstattung|antrag) (?:\w+ ){0,2}abgelehnt|gemäß (?:unseren|ihren|den) (?:agb|bedingungen))")

# Classes a twelfth round showed (session 12).
_ROUND12: dict[str, list[tuple[re.Pattern, float]]] = {
    "unexpected_charge": [
        # Signed up to a plan they never chose ("your site quietly signed me up for a monthly plan", "a pre-ticked box", "me
        # suscribieron sin preguntar", "vous m'avez abonné", "ein Abo untergeschoben"), and a sum said before its verb ("£12.50
        # taken again this month").
        (_any(r"(?:signed|enrolled|subscribed|opted|put) (?:me|us) (?:\w+ ){0,2}(?:up )?(?:for|to|into|on(?:to)?) (?:a |an )?(?:\w+ ){0,2}(?:subscription|plan|membership|programme|program|service|scheme)",
              r"pre-?ticked|(?:me|nos) (?:suscribieron|suscribisteis|dieron de alta|habéis suscrito|han suscrito)|(?:m'a|m'avez|m'ont|nous a|nous avez) (?:\w+ )?(?:abonnée?s?|inscrite?s?)",
              r"(?:abo|abonnement|mitgliedschaft)\w* (?:\w+ ){0,2}untergeschoben|(?:hat|haben|habt) (?:mich|uns) (?:\w+ ){0,3}(?:angemeldet|abonniert)",
              r"[£$€]\s?\d[\d,.]* (?:was |were |has been |have been )?(?:taken|charged|debited|deducted)(?: again| twice| without)"), 3),
    ],
    "privacy_data_request": [
        (_OTHERS_DATA, 6),
    ],
}
# Classes a fourteenth round showed (session 14).
_ROUND14: dict[str, list[tuple[re.Pattern, float]]] = {
    "refund_not_received": [
        # A refund due by a time, validated or owed under the terms, after the company called the event or the trip off
        # ("Your own email said refunds within 14 days. It's been 5 weeks", "I'm entitled to a full refund, not a
        # voucher", "remboursement « validé » le 10 janvier", "steht uns die volle Anzahlung binnen 14 Tagen zu",
        # "el reembolso aprobado el día 3"): the money back is what they wait for, not the disruption.
        (_any(r"(?:said|says|promised|stated|confirmed|told (?:me|us)|assured (?:me|us))[^.!?\n]{0,30}\brefunds? (?:\w+ ){0,3}(?:within|in) \d+ (?:working |business )?days",
              r"entitled to a (?:full )?(?:refund|reimbursement)|(?:tengo|tenemos) derecho (?:a|al) (?:un |el )?reembolso|(?:j'ai|nous avons) droit (?:à|au) (?:un |le )?remboursement",
              r"(?:remboursement|reembolso|devolución|erstattung|rückerstattung|rückzahlung|refund)\b(?: \S+){0,3} [«\"“„']?\s?(?:validé|accepté|confirmé|approuvé|aprobad[oa]|confirmad[oa]|aceptad[oa]|bestätigt|genehmigt|approved|confirmed)\b",
              r"(?:anzahlung|kaution|geld|betrag|\d[\d.,]* ?€) (?:\S+ ){0,4}(?:binnen|innerhalb(?: von)?) \d+ tagen? (?:\S+ ){0,2}zu\b"), 5),
    ],
    "wrong_item": [
        # Not what the listing said ("not the car advertised", "your listing said 38,000", "venía como «un solo
        # propietario»", "ne correspond pas à l'annonce", "nicht wie beschrieben"): a different thing from the one bought.
        (_any(r"not (?:the|what (?:was|you)) (?:\w+ )?(?:advertised|described|listed|pictured)|not as (?:advertised|described|pictured|listed)",
              r"(?:no es|no era|no corresponde a) (?:lo que|como|el que) (?:se )?(?:anunciaba|anunciado|anunciaron|describía|describe)|(?:venía|vendido|anunciado) como|mentir en (?:los|el|sus|vuestros) anuncios?",
              r"(?:pas conforme|ne correspond pas|ne correspondait pas) (?:à|a) (?:l'annonce|la description|la fiche)",
              r"nicht wie (?:beschrieben|angegeben|inseriert|abgebildet)|entspricht?\w* nicht (?:der|dem) (?:beschreibung|inserat|anzeige|angebot)"), 4),
        (_any(r"(?:your|the) (?:listing|advert|ad|description) (?:said|says|stated|showed|claimed)|(?:el|su|vuestro) anuncio (?:decía|ponía)|l'annonce (?:disait|indiquait|annonçait)|(?:laut|im) (?:inserat|anzeige|angebot) (?:stand|hieß)"), 3),
    ],
    "outage_or_bug": [
        # A download, page or app that spins or loads for ever ("the certificate download just spins forever", "la página
        # se queda cargando sin fin", "le téléchargement tourne dans le vide", "der Download lädt ewig").
        (_any(r"(?:download|upload|page|app|site|website|portal|checkout|login|screen|button|form|dashboard)s? (?:\w+ ){0,2}(?:just |only |keeps? )?(?:spins|spinning|loads? forever|loading forever|hangs|buffers|buffering)",
              r"(?:descarga|página|aplicación|app|web) (?:\S+ ){0,3}(?:se queda (?:cargando|pensando)|carga (?:sin fin|infinitamente))",
              r"(?:téléchargement|page|appli\w*|site) (?:\S+ ){0,3}(?:tourne dans le vide|tourne en boucle|charge (?:à l'infini|sans fin|indéfiniment))",
              r"(?:download|seite|app|portal|formular)\w* (?:\S+ ){0,3}(?:lädt ewig|lädt endlos|hängt|dreht sich nur)"), 3),
    ],
    "delivery_delay": [
        # A van, a crew or movers due at a time and not come: goods that have not arrived, like a parcel.
        (_any(r"(?:van|lorry|truck|movers|removal (?:team|crew|men)|crew) (?:was|were|is|are) (?:due|booked|supposed to (?:arrive|come|be here)) (?:at|for|by|between) \d\w*"), 3),
    ],
    "fraud_or_security": [
        # Money gone to a payee they do not know ("two payments to a company I have never heard of", "a una empresa que
        # no conozco", "à une société dont je n'ai jamais entendu parler", "an eine Firma, die ich nicht kenne").
        (_any(r"(?:company|merchant|firm|shop|site|website|business|account|payee|name) (?:that |which )?(?:I'?ve|I have|I had|I'd|we'?ve|we have) never (?:even )?heard of",
              r"(?:empresa|comercio|tienda|web|cuenta|entidad) (?:que|a la que) no (?:conozco|conocemos)|(?:de la|del) que (?:nunca|jamás) he oído hablar",
              r"(?:société|entreprise|marchand|site|commerçant|compte) (?:que je ne connais pas|dont je n'ai jamais entendu parler|inconnue?)",
              r"(?:firma|händler|shop|webseite|konto|empfänger)\w*,? (?:die|den|das|der|von der|von dem) (?:ich|wir) (?:nicht kennen?|nie gehört (?:habe|haben)|noch nie gehört (?:habe|haben))"), 4),
    ],
    "unexpected_charge": [
        # An invoice or a reminder they want withdrawn ("Cancel that invoice", "eine schriftliche Stornierung der Rechnung",
        # "annulez cette facture", "anulen la factura") is a charge they dispute, never a contract they leave. (Reminders
        # and debt collection alone were tried as lighter evidence: fraud, a closure and a charge after cancelling bring
        # them as often, and two read lines were lost.)
        (_any(r"(?:cancel|void|withdraw|annul)\w* (?:the|this|that|your|my) (?:invoice|bill|reminder|charge|fee)",
              r"(?:stornierung|storno|stornieren)\w* (?:\S+ )?(?:der|die|dieser|diese|ihre) (?:rechnung|mahnung|forderung|gebühr)",
              r"(?:stornieren|annullieren) sie (?:\S+ )?(?:die|diese|ihre) (?:rechnung|mahnung|forderung)",
              r"annul\w* (?:la|cette|votre) (?:facture|relance)", r"anul\w* (?:la|esta|dicha|su) factura"), 4),
        # A fee taken on the spot for something ("charge me £65 at the gate for a bag", "made me pay €40 for a seat").
        (_any(r"(?:charge|charged|charging|bill|billed|made (?:me|us) pay|make (?:me|us) pay) (?:me |us )?[£$€] ?\d[\d,.]*(?: \S+){0,3} for (?:a|an|my|the|our) ",
              r"(?:me |nos )?(?:cobraron|cobrasteis|han cobrado|habéis cobrado|hicieron pagar|hicisteis pagar) \d[\d,.]* ?(?:€|euros?)(?: \S+){0,3} por (?:una|un|la|el|mi|mis|nuestra) ",
              r"(?:m'a|m'ont|m'avez|nous a|nous ont|nous avez) (?:fait payer|facturé) \d[\d,.]* ?(?:€|euros?)(?: \S+){0,3} pour (?:un|une|le|la|mon|ma|notre) ",
              r"(?:hat|haben|habt) (?:mir|uns) (?:\S+ ){0,2}\d[\d,.]* ?(?:€|euro)(?: \S+){0,3} für (?:einen|eine|ein|den|die|das|meinen|meine|mein) \S+ (?:\S+ )?(?:berechnet|abgebucht|abgenommen|abkassiert)"), 3),
    ],
}
_GOODS_NOUN = (r"(?:laptop|phone|tablet|bike|bicycle|car|bag|suitcase|luggage|case|device|watch|camera|parcel|order|sofa|chair|chairs|table"
               r"|coat|jacket|dress|shoes|ring|glasses|console|computer|machine|box|items?)")
_ROUND15: dict[str, list[tuple[re.Pattern, float]]] = {
    "fraud_or_security": [
        # An account taken over: hijacked, its email or password changed by someone else, someone buying with their
        # card ("my account email had been changed to an address I've never seen", "alguien cambió mi contraseña",
        # "quelqu'un a changé l'adresse e-mail de mon compte", "jemand hat meine E-Mail-Adresse geändert").
        (_any(r"hijack\w*|taken over|account takeover",
              r"(?:e-?mail|e-?mail address|password|phone number|login details|recovery (?:email|number)) (?:had been|has been|was|were|got) changed(?! by me)",
              r"(?:I|we) (?:didn'?t|did not|never) (?:do|make|request|change) (?:this|that|it|those changes|this change)\b",
              r"(?:someone|somebody) (?:else )?(?:is|was|has been) (?:buying|spending|shopping|ordering|using (?:my|our))",
              r"(?:alguien|un desconocido) (?:\S+ ){0,2}(?:cambió|ha cambiado|cambiaron) (?:mi|el) (?:contraseña|correo|email|número)",
              r"quelqu'un (?:\S+ ){0,2}(?:a changé|a modifié) (?:mon|le|l'adresse|l')",
              r"jemand (?:\S+ ){0,3}(?:geändert|übernommen)|(?:konto|account) (?:\S+ ){0,2}(?:gekapert|übernommen)"), 5),
    ],
    "privacy_data_request": [
        # Where their details came from, or whom they went to ("where did you get my mobile number", "who did you give my
        # details to", "I ticked NO to partner marketing", "¿de dónde han sacado mi número?", "à qui avez-vous transmis mes
        # coordonnées", "an wen haben Sie meine Daten weitergegeben"): their data, not a fraud on their money.
        (_any(r"where (?:did|do|have) you (?:get|got|find|obtain|obtained) (?:my|our) (?:\w+ )?(?:number|details|data|email|address|information|name)",
              r"who (?:did|have|has) (?:you|they) (?:give|gave|given|pass|passed|share|shared|sell|sold) (?:my|our) (?:\w+ )?(?:details|data|number|information|email|address)",
              r"what (?:exactly )?(?:you|you've|you have) (?:shared|passed on|sold|given)|(?:shared|passed|sold|gave|given|handed) (?:on )?(?:my|our) (?:\w+ )?(?:details|data|number|information|email address) (?:to|with)",
              r"partner (?:marketing|offers)|third[- ]party (?:marketing|offers)|ticked (?:no|the box)",
              r"(?:de dónde|cómo) (?:han|habéis|ha) (?:sacado|obtenido|conseguido) (?:mi|mis) (?:número|datos|correo|dirección)|(?:cedido|vendido|pasado|compartido) (?:mis|nuestros) datos",
              r"(?:où|comment) (?:avez-vous|vous avez) (?:eu|obtenu|trouvé) (?:mon|mes|ma) (?:numéro|coordonnées|données|adresse)|(?:transmis|vendu|cédé|partagé) (?:mes|nos) (?:données|coordonnées)",
              r"woher (?:haben sie|habt ihr|hat \S+) (?:meine|unsere) (?:nummer|telefonnummer|daten|adresse|e-mail)|(?:meine|unsere) daten (?:\S+ ){0,3}weitergegeben|an wen (?:\S+ ){0,3}(?:weitergegeben|verkauft)"), 2.5),
    ],
    "wrong_item": [
        # Someone else's thing handed over, or fewer than were paid for ("this is not my laptop", "someone else's name on
        # it", "only two of the four chairs came", "solo venían dos", "il n'y avait que deux chaises", "nur zwei von vier").
        (_any(rf"(?:this|it|that) (?:is|'s|was) not (?:my|our) {_GOODS_NOUN}|someone else'?s (?:\w+ )?{_GOODS_NOUN}|somebody else'?s (?:\w+ )?{_GOODS_NOUN}",
              r"only (?:one|two|three|four|five|\d+) (?:of (?:the|my|our) (?:\w+ )?|out of (?:the )?(?:\w+ )?)?(?:\w+ )?(?:arrived|came|were delivered|was delivered|turned up|were in the box|in the box)",
              r"(?:solo|sólo) (?:venían|venía|llegaron|llegó|han llegado|ha llegado|había|traía|traían) (?:una?|dos|tres|cuatro|cinco|\d+)\b",
              r"(?:il n'y avait|n'y avait|il n'y a eu) que (?:un|une|deux|trois|quatre|cinq|\d+)\b|(?:seulement|que) (?:deux|trois|quatre|\d+) (?:\w+ )?(?:sont arrivée?s|ont été livrée?s)",
              r"nur (?:zwei|drei|vier|fünf|\d+) (?:von (?:\w+ ){1,2})?(?:\w+ )?(?:geliefert|angekommen|dabei|im paket|gekommen)"), 4),
    ],
    "travel_disruption": [
        # A transfer, coach or driver booked to meet them who never came ("there was no coach", "the transfer was supposed
        # to meet us in arrivals. Nobody was there", "el traslado no apareció", "personne pour le transfert", "kein Shuttle").
        (_any(r"(?:transfer|shuttle|coach|pick-?up|driver|rep) (?:\S+ ){0,4}(?:was supposed to|was meant to|should have|was due to) (?:meet|collect|pick)",
              r"(?:there was )?no (?:coach|shuttle|transfer|driver|minibus)(?: was)?(?: there| waiting|\.|,)",
              r"(?:transfer|shuttle|coach|pick-?up) (?:\S+ ){0,2}no-?show|no-?show (?:\S+ ){0,2}(?:transfer|shuttle|coach|pick-?up)",
              r"(?:el )?(?:traslado|transfer|autobús|lanzadera) (?:\S+ ){0,3}no (?:apareció|vino|llegó)|(?:navette|transfert|chauffeur) (?:\S+ ){0,3}(?:jamais venue?|n'est (?:jamais )?venue?|absente?)",
              r"(?:transfer|shuttle|fahrer|bus) (?:\S+ ){0,3}(?:kam nie|ist nicht gekommen|war nicht da|erschien nicht)|kein (?:transfer|shuttle|bus|fahrer) (?:war )?da"), 4),
    ],
}
# Classes a seventeenth round showed (session 17).
_ROUND17: dict[str, list[tuple[re.Pattern, float]]] = {
    "wrong_item": [
        # Tickets or seats other than the kind paid for ("I paid £250 for standing. The tickets in my account say Upper
        # Tier Block 412", "reservé pista y las entradas son de grada, fila 20", "j'ai payé la fosse, les billets indiquent
        # balcon", "Stehplätze gebucht, die Tickets lauten auf Block C"): what came is another ticket, not a charge or a trip.
        (_c(r"\b(?:paid|booked|bought|ordered|reserved|chose|pagué|compré|reservé|pedí|payé|acheté|réservé|commandé|bezahlt|gebucht|gekauft|bestellt)\b"
            r"[^\n]{0,160}?\b(?:tickets?|e-?tickets?|seats?|entradas|billets|places|tickets|karten|plätze|sitzplätze)\b(?: \S+){0,6}? "
            r"(?:say|says|said|show|shows|showed|read|are for|is for|were for|put (?:us|me) in|dicen|ponen|son (?:de|para)|indican|indiquent|sont (?:pour|en)|affichent|mentionnent|zeigen|sind für|lauten auf|sind im)\b"
            r"[^.!?\n]{0,40}?\b(?:block|row|tier|section|seated|standing|balcony|stalls|circle|upper|lower|restricted|bloque|fila|grada|tribuna|anfiteatro|pista|rang|bloc|tribune|balcon|fosse|gradin|catégorie|reihe|stehpl\w+|sitzpl\w+|tribüne|oberrang|unterrang|innenraum)\b"), 4),
        # Food sent against the diet their account is set to ("My account is set to NUT FREE", "mi perfil está marcado
        # sin gluten", "mon compte est paramétré sans arachides", "mein Konto steht auf glutenfrei"): the account names
        # what they chose, so what came is another thing than they ordered, whatever they do next.
        (_any(r"(?:account|profile|order|box|plan|subscription|preferences?) (?:\S+ ){0,3}(?:set (?:up )?(?:to|as)|marked(?: as)?|flagged(?: as)?|registered as|listed as) ['\"‘“]?(?:nut|peanut|gluten|dairy|milk|lactose|egg|soy|sesame|shellfish|fish|meat)[- ]free",
              r"(?:account|profile|order|box|plan|subscription|preferences?) (?:\S+ ){0,3}(?:set (?:up )?(?:to|as)|marked(?: as)?|flagged(?: as)?|registered as|listed as) ['\"‘“]?(?:vegan|vegetarian|halal|kosher|coeliac|celiac)",
              r"(?:cuenta|perfil|pedido|suscripción|caja|preferencias) (?:\S+ ){0,3}(?:marcad[oa]s?|configurad[oa]s?|indicad[oa]s?|puest[oa]s?|registrad[oa]s?) (?:como |con |en )?['\"«“]?(?:sin (?:gluten|frutos secos|cacahuetes?|lactosa|huevos?|marisco|carne)|vegan[oa]|vegetarian[oa]|celíac[oa])",
              r"(?:compte|profil|commande|abonnement|box|préférences) (?:\S+ ){0,3}(?:paramétrée?s?|indiquée?s?|marquée?s?|configurée?s?|enregistrée?s?|réglée?s?) (?:comme |en )?['\"«“]?(?:sans (?:gluten|arachides?|fruits à coque|lactose|œufs?|noix|viande|fruits de mer)|végan\w*|végétarien\w*)",
              r"(?:konto|profil|bestellung|abo|box|einstellungen?) (?:\S+ ){0,3}(?:steht auf|ist auf|auf|als) ['\"„“]?(?:nussfrei|glutenfrei|laktosefrei|eifrei|fleischlos|vegan|vegetarisch|ohne (?:nüsse|gluten|laktose|fleisch))"
              r"(?: (?:gestellt|eingestellt|markiert|hinterlegt))?"), 4),
    ],
    "refund_not_received": [
        # Money taken that never came back, and a refund that left part out ("the £64 was taken and it has never come
        # back", "I got a refund of £92 for the tickets but not the £17.85 in fees", "el dinero nunca ha vuelto", "on m'a
        # remboursé les billets mais pas les frais", "das Geld ist nie zurückgekommen"): money owed back is the grievance.
        (_c("|".join((r"(?<!\w)(?:(?:money|funds|payment|amount|sum|[£$€] ?\d[\d,.]*|\d[\d,.]* ?(?:€|eur|euros?))\b[^.!?\n]{0,60}\b(?:(?:has|have|had) )?(?:never|not|n't|still not|yet to) (?:\w+ )?(?:come|came|been (?:paid|put|sent|given)) back\b(?! to (?:me|us) (?:about|with|on)))",
              r"(?<!\w)(?:refund(?:ed)? (?:me )?(?:of |for )?(?:the |my |our )?(?:[£$€] ?\d[\d,.]*|\d[\d,.]* ?€|\w+)[^.!?\n]{0,40}\bbut not (?:for )?(?:the |my |our )?(?:[£$€] ?\d|\d|fees|fee|charges|\w+ (?:fee|fees|charges)))",
              r"(?<!\w)(?:(?:dinero|importe|\d[\d,.]* ?€)[^.!?\n]{0,60}\b(?:nunca|no|todavía no|aún no) (?:me |nos )?(?:ha|han) (?:vuelto|regresado|devuelto)|(?:me|nos) (?:devolvieron|habéis devuelto|han devuelto|reembolsaron) [^.!?\n]{0,60}\bpero no (?:los|las|el|la)\b)",
              r"(?<!\w)(?:(?:argent|somme|montant|\d[\d,.]* ?€)[^.!?\n]{0,60}\b(?:n'est|ne m'est|ne nous est) (?:jamais|toujours pas|pas) (?:revenue?|reversée?)|(?:m'a|m'avez|m'ont|nous a|nous avez) rembours\w+ [^.!?\n]{0,60}\bmais pas (?:les|le|la)\b)",
              r"(?<!\w)(?:(?:geld|betrag|summe|\d[\d,.]* ?€)[^.!?\n]{0,60}\b(?:nie|nicht|noch nicht|immer noch nicht|bis heute nicht) (?:zurück(?:gekommen|überwiesen|gebucht)?)\b|(?:erstattet|zurückerstattet|zurücküberwiesen) [^.!?\n]{0,60}\baber nicht (?:die|den|das)\b)"))), 5),
    ],
    "unexpected_charge": [
        # Items found on the bill after the event, or a bill far above the estimate ("now I find on the bill €280 for
        # towing", "a bill nearly three times the estimate", "en la factura aparecen 95 € de gestión", "je découvre sur
        # la facture", "jetzt finde ich auf der Abrechnung"): the charge is the grievance, not the breakdown before it.
        (_any(r"(?:find|found|see|saw|discover(?:ed)?|notice[d]?|spotted) (?:\S+ ){0,3}on (?:the|my|your|our) (?:final )?(?:bill|invoice|statement)",
              r"(?:bill|invoice|charge)s? (?:\S+ ){0,5}(?:times|double|twice|more than|above|over|higher than) (?:the |my |your |our |what (?:was|we were|I was) )?(?:written )?(?:estimate|quote|quoted)",
              r"(?:encuentro|encontré|veo|vi|descubro|descubrí|aparece\w*) (?:\S+ ){0,3}en (?:la|mi|su|vuestra) factura|factura (?:\S+ ){0,5}(?:el doble|el triple|más que) (?:del |el )?presupuesto",
              r"(?:je (?:trouve|découvre|vois)|j'ai (?:trouvé|découvert|vu)) (?:\S+ ){0,3}sur (?:la|ma|votre|notre) (?:facture|note)|facture (?:\S+ ){0,5}(?:le double|le triple|plus que) (?:du |le )?devis",
              r"(?:finde|fand|sehe|sah|entdecke|entdeckte) (?:ich )?(?:\S+ ){0,3}auf (?:der|meiner|ihrer|eurer) (?:rechnung|abrechnung)|(?:rechnung|abrechnung) (?:\S+ ){0,5}(?:doppelt|dreimal|mehr als) (?:so hoch (?:wie|als) )?(?:der |den |das )?(?:kostenvoranschlag|angebot)"), 3),
    ],
}
# Each later batch's phrasings join their situation's family, in the order they were written.
for _batch in (_BROADER, _PLAIN, _PLAIN_MORE, _PLAIN_LONG, _PLAIN_NEW_COMPANIES, _ROUND6, _ROUND7, _ROUND12, _ROUND14, _ROUND15, _ROUND17):
    for _topic, _extra in _batch.items():
        _FAMILIES[_topic].extend(_extra)
_CANCELLATION_FEE = _any(r"cancell?ation (?:fee|charge)", r"(?:tarifa|cargo|gastos|comisión) (?:de|por) cancelación", r"frais d'annulation", r"storno(?:gebühr|kosten)|stornierungsgebühr")


# "I ended" alone is not leaving ("I ended up paying £96 for a taxi", "a ride I ended after 9 minutes": 1 of 7 upset read
# lines with it is a contract ended, round 20): only "I ended my ... membership" below, a contract named, is.
_CANCELLED = _any(r"I (?:already |had |have |just |previously )?(?:cancel+ed|closed|terminated|unsubscribed)",
                  # notice given ("I gave 30 days' notice on my membership", "j'ai donné mon préavis", "di el preaviso"), and
                  # a cancelling told in note style, the "I" left out ("Cancelled my plan 3 weeks ago. Charged again today.")
                  r"(?:I|we) (?:have |had |'ve )?(?:gave|given|handed in|served|put in) (?:my |our |the )?(?:\S+ ){0,3}notice\b|(?:j'ai|nous avons) donné (?:mon|notre) préavis|(?:di|dimos|he dado) (?:el|mi) preaviso",
                  r"(?:(?<![\s\S])|(?<=[.!?\n])|(?<=[.!?\n] ))cancel+ed (?:\S+ ){1,5}?(?:ago|on|last|in)\b", r"after (?:I |we )?(?:had )?cancel+(?:ed|ing)", r"(?:since|despite|after|following) (?:my )?cancel+\w*",
                  r"(?:was|were|been|had been|has been) cancel+ed", r"(?<!\byou )(?<!you've )(?<!you have )(?:cancel+ed|closed|terminated) (?:my|the|it|our|on|in|last|back)\b(?! (?:\w+ )?(?:ticket|case|chat|complaint|query|enquiry|inquiry|thread|conversation|request)s?\b)", r"cancel+ation (?:email|confirmation|ref\w*|number|was confirmed)",
                  r"account (?:was|has been|had been|is) closed", r"(?:told|promised|said|assured|confirmed) (?:\w+ ){0,6}(?:would|will) be (?:closed|cancel+ed|terminated)", r"no longer (?:a )?(?:member|customer|subscribed)",
                  r"ya (?:cancelé|me di de baja|lo cancelé)|(?:he|hemos) cancelado|(?:me he|nos hemos) dado de baja|(?:me )?di de baja|cancelé|después de cancelar|tras (?:cancelar|la baja)|(?:j'ai|nous avons) (?:déjà )?(?:résilié|annulé)|résilié|après (?:la )?résiliation|annulé mon",
                  r"gekündigt|storniert habe|bereits gekündigt|nach (?:der|meiner) kündigung|trotz kündigung|(?:habe|hatte|haben) (?:\S+ ){0,8}storniert",
                  # the cancellation named as a confirmed fact: "despite my cancellation", "seit der Kündigung", "confirmación de la baja"
                  r"(?:since|despite|after) (?:my|the|our) (?:cancellation|termination)|(?:seit|trotz) (?:der|meiner|unserer) kündigung|kündigungsbestätigung"
                  r"|(?:malgré|depuis) (?:ma|la|notre) résiliation|résiliation confirmée|(?:desde|tras|pese a) (?:la|mi) (?:baja|cancelación)|cancelación confirmada"
                  r"|I (?:left|quit|ended|stopped) (?:the|my|our) (?:\w+ ){0,3}(?:plan|membership|contract|subscription|policy|club|gym|service)"
                  r"|dej[éeó] de ser (?:soci[oa]|cliente|miembro)|ya no soy (?:soci[oa]|cliente|miembro)|(?:j'ai|nous avons) mis fin à|je ne suis plus (?:client|membre|adhérent)"
                  r"|(?:nicht mehr|kein\w*) (?:mitglied|kunde|kundin)|(?:bin|sind) (?:\S+ ){0,3}(?:kein\w*|nicht mehr) (?:mitglied|kunde|kundin)"
                  r"|(?:confirmation|confirmación|bestätigung) (?:de |of |der )?(?:la |my |the |ma |mi |meiner )?(?:cancel\w*|baja|résiliation|kündigung)"
                  r"|(?:cancell?ation|cancelación|résiliation|kündigung) (?:was |a été |fue |wurde )?(?:confirmed|confirmée|confirmada|bestätigt)"
                  # switching away is leaving: "I switched away from you on 1 December", "we moved to another supplier",
                  # "me cambié a otra compañía", "je suis passé chez un autre fournisseur", "ich bin zu einem anderen Anbieter gewechselt"
                  r"|(?:I|we) (?:have |had |'ve )?(?:switched|moved|ported) (?:away from|(?:my|our) (?:\w+ )?(?:supply|account|number|line) (?:to|away)|to (?:a |an )?(?:new|another|different) (?:supplier|provider|network|company|bank))"
                  r"|(?:me cambié|nos cambiamos|me pasé|nos pasamos|me fui) (?:a|de) (?:otra|otro)|(?:je suis|nous sommes) (?:passée?s?|partie?s?) chez (?:un autre|une autre)|(?:j'ai|nous avons) changé de (?:fournisseur|opérateur|banque)"
                  r"|(?:bin|sind) (?:\S+ ){0,3}zu (?:einem|einer) (?:anderen|neuen) (?:\w+ )?gewechselt|(?:habe|haben) (?:\S+ ){0,3}(?:anbieter|versorger|netz|bank) gewechselt"
                  # a child taken off a course, camp or club is a place cancelled: "we withdrew Sam from the summer camp",
                  # "I pulled my daughter out of the swimming club", "nous avons désinscrit notre fils", "wir haben sie abgemeldet"
                  r"|(?:I|we) (?:have |had |'ve )?(?:withdrew|withdrawn|pulled|took|taken) (?:\S+ ){1,3}(?:from|out of) (?:the |our |my |his |her |their )?(?:\w+ ){0,2}"
                  r"(?:camp|course|class|classes|school|programme|program|nursery|lessons|club|session|team|academy)\b"
                  r"|(?:avons|ai) désinscrit|(?:haben|habe) (?:\S+ ){0,4}abgemeldet")
_CHARGED = _c(r"\b(?:buch\w* (?:\S+ ){0,4}ab|charg\w+|billed|bills?|invoices?|debit\w*|(?:taken|took)(?! (?:it |them |this |that )?(?:down|off|offline|seriously|care|over|away|apart|into account|ill)\b)|renew\w*|payment|(?<!aren't )(?<!are not )(?<!isn't )(?<!is not )(?<!being )paid(?! to (?!me\b|us\b|you\b|your\b|the\b)\w)|letter .{0,30}demanding|invoice\w*|cobr\w+|cargo|prél[eè]v\w+|débit\w*|factur\w+"
              r"|abgebucht|abbuch\w*|berechnet|belastet|rechnung|eingezogen|einzug|cuotas?|recibos?|domicili\w+|mensualités?|beitr[äa]ge?"
              # money that left their account is a charge, however it is worded
              r"|(?:left|came out of|went out of) (?:my|our) (?:bank )?account|sali\w* de (?:mi|nuestra) cuenta|(?:parti|sorti)\w* de (?:mon|notre) compte|von (?:meinem|unserem) konto (?:\S+ )?(?:abgegangen|weg))\b")
_CHARGED_AGAIN = _any(r"charged (?:me |us )?again", r"another [£$€] ?\d+", r"(?:took|taken|charged|debited|billed) (?:me |us )?(?:for )?another (?:[£$€] ?\d+|\d+|month|payment|instal?ment)", r"still (?:sending|getting|receiving|issuing) (?:me |us )?(?:bills|invoices|charges|demands|letters|reminders)", r"still (?:being )?(?:charged|billed|taking|debited|invoiced)", r"still (?:take|takes|charge|charges|bill|bills|debit|debits) (?:me |us )?(?:[£$€] ?\d+|\d+|every|each)", r"keep(?:s)? (?:charging|taking|billing|debiting)", r"another (?:charge|payment|bill|debit|invoice)",
                      r"(?:vuelto|volvéis|vuelven) a cobrar|(?:à nouveau|encore) (?:prélevée?|débitée?|facturée?)|(?:wieder|erneut) (?:abgebucht|berechnet)|(?:taken|took|charged) (?:\w+ ){0,3}again|sigue(?:n)? cobr\w*|(?:me )?(?:siguen|han seguido) cobrando|toujours (?:prélev|débit|factur)\w*|continue(?:nt|z)? (?:à|de) (?:me )?(?:prélever|débiter|facturer)|weiterhin (?:abgebucht|berechnet)|immer noch (?:abgebucht|berechnet)|demanding"
                      # charged in spite of it, or once more: "otra vez me habéis cobrado", "trotzdem bucht ihr 49,90 € ab"
                      r"|(?:sigue|siguen|seguís) (?:pasando|cargando|domiciliando)|(?:wieder|erneut|trotzdem|weiterhin) (?:\S+ ){0,5}eingezogen"
                      r"|(?:otra vez|de nuevo|aun así|igualmente) (?:me )?(?:\w+ )?cobr\w*|(?:trotzdem|dennoch) (?:\S+ ){0,9}(?:ab|abgebucht|berechnet|belastet)\b"
                      r"|(?:malgré|pourtant|quand même) (?:\S+ ){0,5}(?:prélev|débit|factur)\w*|(?:despite (?:this|that)|yet|still|anyway),? (?:you )?(?:have |'ve )?(?:charged|billed|debited|took|taken)"
                      # ... or told after it: "you renewed the plan anyway and took $90", "has still been taken by direct debit"
                      r"|(?:renewed|charged|billed|debited|took|taken) (?:\S+ ){0,4}anyway\b|(?:has|have|had|was|were) still been (?:taken|charged|debited|billed|collected)")
# Money a child or partner spent on the customer's own account ("my son is 9, he did not know it was real money") is
# a charge they did not expect, not a stranger's fraud.
_FAMILY_SPENT = _c(r"\bmy (?:\d+[- ]year[- ]old |young |little )?(?:son|daughter|kid|kids|child|children|boy|girl|grandson|granddaughter)\b[^\n]{0,120}"
                   r"\b(?:bought|spent|purchas\w*|in-?app|real money|tapped|clicked|ordered)|\bmi (?:hij[oa]|niñ[oa])\b[^\n]{0,120}\b(?:compr\w+|gast\w+)"
                   r"|\b(?:mon fils|ma fille|mon enfant)\b[^\n]{0,120}\b(?:achet\w*|dépens\w*|achats?)|\b(?:mein sohn|meine tochter|mein kind)\b[^\n]{0,120}\b(?:gekauft|ausgegeben|käufe)")
# A cancellation asked for now, of a contract ("Cancel my policy effective immediately", "merci de résilier
# immédiatement", "kündige mit sofortiger Wirkung"): leaving is the request, whatever price rise or fee drove them to it.
CANCEL_NOW = _any(r"cancel+(?:ation of)? (?:my|the|our|this) (?:\w+ ){0,2}(?:policy|subscription|membership|contract|plan|account|service|insurance|cover|tariff|direct debit)\b"
                   r"[^.!?\n]{0,40}?\b(?:effective immediately|with immediate effect|immediately|right now|right away|today|now|as of today|from today)",
                   r"(?:effective immediately|with immediate effect)[^.!?\n]{0,40}\bcancel",
                   r"résili\w+ (?:\S+ ){0,4}(?:immédiatement|avec effet immédiat|dès aujourd'hui|aujourd'hui même|sans délai|dès maintenant)",
                   r"(?:cancel\w*|anul\w*|rescind\w*|(?:dar|den|denme|darme) de baja) (?:\S+ ){0,4}(?:de inmediato|inmediatamente|con efecto inmediato|hoy mismo|ya mismo)",
                   r"kündig\w* (?:\S+ ){0,5}(?:mit sofortiger wirkung|fristlos|ab sofort|sofort|außerordentlich)|(?:mit sofortiger wirkung|fristlos|ab sofort) (?:\S+ ){0,3}kündig\w*|(?:fristlose|außerordentliche) kündigung")
# A bereaved customer dealing with a dead relative's account: letters still addressed to the deceased, the death
# certificate sent again and again. How they are treated is the grievance, not the account or the login.
_BEREAVED = _any(r"death certificate|(?:grant of )?probate|executor of (?:her|his|my|the|their) (?:\w+ )?(?:estate|will)|bereavement (?:team|department|service|support)"
                 r"|(?:my|his|her|our) late (?:husband|wife|mother|father|mum|mom|dad|partner|son|daughter|brother|sister|parents?)|the deceased"
                 r"|(?:mother|father|mum|mom|dad|husband|wife|partner|son|daughter|brother|sister|parents?) (?:\S+ ){0,3}(?:died|passed away)\b",
                 r"certificado de defunción|(?:madre|padre|marido|esposo|esposa|mujer|hijo|hija|hermano|hermana|padres) (?:\S+ ){0,2}(?:falleció|ha fallecido|fallecieron|murió|ha muerto)|(?:mi|su) difunt[oa]",
                 r"acte de décès|certificat de décès|décès de (?:mon|ma|mes|notre)|(?:mère|père|mari|épouse|femme|fils|fille|frère|sœur|parents) (?:\S+ ){0,2}(?:est |sont )?(?:décédée?s?|morte?s?)\b",
                 r"sterbeurkunde|todesbescheinigung|erbschein|testamentsvollstrecker\w*|nachlassverwalter\w*|(?:mutter|vater|mann|ehemann|frau|ehefrau|sohn|tochter|bruder|schwester|eltern) (?:\S+ ){0,3}(?:ist |sind )?(?:verstorben|gestorben)")
# The papers of a relationship with the company: what a bereaved customer struggles to close or change.
_ACCOUNT_MATTER = _any(r"accounts?|letters?|post|bills?|statements?|policy|contract|line|card|in (?:his|her|their) name|direct debit|mortgage|pension"
                       r"|cuentas?|cartas?|contrato|póliza|línea|tarjeta|a (?:su|nombre)|compte|courriers?|lettres?|contrat|ligne|carte|(?:à|en) son nom"
                       r"|\w*konto|briefe?|vertrag|anschluss|karte|auf (?:seinen|ihren) namen"
                       r"|writ(?:e|es|ing|ten) to (?:him|her|them)|(?:lui|leur) écri\w*|escribi\w+|escriben|schreib\w* (?:\S+ )?(?:ihm|ihr|ihnen)\b")
# What no situation's evidence displaces from a complaint about the service: a person of theirs, engineers who never
# come, being passed from department to department, a job to be done again properly.
_SERVICE_IS_THE_GRIEVANCE = (_ABOUT_A_PERSON, _NO_SHOW, _PASSED_ROUND, _REDO_WORK)


def _service_is_the_grievance(both: str) -> bool:
    return any(pattern.search(both) for pattern in _SERVICE_IS_THE_GRIEVANCE)


# "Send me confirmation of the cancellation", "Mandadme la confirmación de la baja": a confirmation asked for is of a
# cancellation asked for now, not one made before.
# (an imperative too: "Send written confirmation of the cancellation", "Confirm the cancellation in writing")
_ASKED_FOR = _c(r"\b(?:send me|send us|please send|send|provide|confirm|I want|I need|I expect|I await|I request|I ask for|mand(?:adme|enme|ad|en)|env[ií](?:adme|enme|en)"
                r"|quiero|necesito|solicito|exijo|envoyez-moi|merci de m'envoyer|je veux|je demande|j'attends|veuillez m'envoyer|bitte um"
                r"|bitte (?:senden|schicken)|schicken sie|senden sie|ich erwarte|ich fordere)\b[^.!?\n]{0,40}$")


# "My bank has cancelled the card", "la banque a fait opposition", "die Bank hat die Karte gesperrt": a card stopped
# after a fraud, not a contract they ended.
_CARD_STOPPED = _c(r"\b(?:cancel+ed|blocked|stopped|frozen|froze) (?:the|my|our|that) (?:\w+ )?card\b|\bcards? (?:on file |on (?:the|my|our) account |details )?(?:was|were|has been|have been|had been|is|got) (?:now )?(?:cancel+ed|blocked|stopped)"
                   r"|\b(?:cancelado|bloqueado|anulado) (?:la|mi) tarjeta\b|\b(?:annulé|bloqué|fait opposition sur) (?:la|ma) carte\b|\bkarte (?:\S+ ){0,3}(?:gesperrt|storniert)")


# An email address they closed names no contract ended ("the recovery link goes to an address I closed in 2021", "an
# old Hotmail inbox we deleted", "une adresse que j'ai fermée", "una dirección que cerré", "eine Adresse, die ich
# gelöscht habe"): a login they cannot get back into, not a charge after cancelling.
_ADDRESS_CLOSED = _c(r"\b(?:address|addresses|inbox|mailbox|e-?mail account|adresse|dirección|correo)\b,? (?:that |which |que |qu'|die |das )?"
                     r"(?:I|we|je|j'ai|nous|yo|ich|wir)(?: have| had|'ve| ai| avons| habe| haben)? ?(?:closed|cancel+ed|deleted|shut down|fermée?|supprimée?|cerré|borré|gelöscht|geschlossen)\b")


# A contract, booking or account the company ended on them, told with its reason or its author ("my room contract has
# been cancelled because a payment failed", "my account was closed without warning", "vous avez résilié mon contrat",
# "mi contrato ha sido cancelado por un impago", "mein Vertrag wurde wegen einer Rücklastschrift gekündigt"): none of
# their own cancelling, so no charge after cancelling and no "you cancelled" in the draft (round 20: nb-60-018).
_COMPANY_CANCELLED = _c(r"\b(?:(?:was|were|has been|have been|had been|got|is|are|been) (?:now |just |suddenly )?(?:cancel+ed|terminated|closed|ended|suspended)"
                        r"(?: \S+){0,3}? (?:because|due to|owing to|as (?:a|the|my|our) (?:\w+ )?payments?|after (?:a|the|my|an?) (?:\w+ )?(?:failed|missed|declined|bounced|returned|late)"
                        r"|for (?:non-?payment|late payment|a (?:failed|missed|late) payment|no reason)|by (?:you|your|the company|them|the (?:school|university|college|landlord|provider|bank|gym|club|insurer|hotel|system))\b"
                        r"|without (?:my|our|any|warning|notice|asking|telling|me|us)\b)"
                        r"|(?:you|they)(?:'ve| have| had)? (?:just |simply |now )?(?:cancel+ed|terminated|closed|ended) (?:my|our) "
                        # (session 26) ... and a booking or a visit that was cancelled on the customer ("Engineer appointments on 14
                        # August and 2 September were cancelled on the morning", read nb-79-036); a stay the host cancelled is
                        # _PROVIDER_CANCELLED's
                        r"|\b(?:appointments?|visits?|bookings?|flights?|sailings?|classes|class|lessons?|sessions?|reservations?|deliver(?:y|ies)|stay|week|trip|tour|event|concert|match|show|fixture|installation)"
                        r"(?: (?:on|for|at|in|of) [^.!?\n]{1,40}?)? (?:was|were|has been|have been|got|had been) (?:\w+ )?(?:cancel+ed|called off)\b(?! (?:by me|by us|at my|at our|as (?:i|we) (?:asked|requested)))"
                        r"|(?:ha|han) sido (?:cancelad|anulad|rescindid|dad)[oa]s?(?: de baja)? (?:\S+ ){0,3}?(?:por|porque|debido|sin|tras)\b|(?:me|nos) (?:han|habéis|ha) (?:cancelado|anulado|rescindido|dado de baja)"
                        r"|a été (?:résiliée?|annulée?|clôturée?|fermée?)s? (?:\S+ ){0,3}?(?:car|parce|en raison|à cause|suite à|pour|faute|sans|par vous|par votre)\b|(?:vous|ils) (?:m'|nous )?(?:avez|ont) (?:\S+ )?(?:résilié|annulé|clôturé|fermé) (?:mon|ma|mes|notre|nos)"
                        r"|(?:wurde|wurden|ist|sind|worden) (?:\S+ ){0,2}?(?:wegen|aufgrund|ohne|von ihnen|von euch|durch sie|durch euch) (?:\S+ ){0,6}?(?:gekündigt|storniert|gesperrt|beendet)"
                        r"|(?:ihr habt|sie haben|haben sie|habt ihr) (?:\S+ ){0,4}?(?:gekündigt|storniert))")


# A cancellation they say they did not ask about, or a reply's "how to cancel" they report ("I didn't ask how to cancel
# an order", "Ich habe nicht gefragt, wie man einen Kauf storniert", "je n'ai jamais demandé à résilier", "no pregunté
# cómo cancelar"): no cancelling of theirs (round 20: nb-59-080, a charge taken twice).
CANCEL_NOT_ASKED = _c(r"\b(?:(?:didn'?t|did not|never|haven'?t|have not|wasn'?t|was not|not) (?:ask\w*|request\w*|want\w*|wish\w*|talk\w*|writ\w*)(?: \S+){0,3}? (?:how (?:to|I could|I can|do I) |to |about |for (?:a |the )?|after |(?:when|if) (?:I |you )?)cancel\w*"
                       r"|nicht (?:gefragt|gebeten|geschrieben|wissen wollen)\W+(?:\S+ ){0,2}?(?:wie man|ob ich|dass ich) (?:\S+ ){0,4}?(?:storniert|kündigt|stornieren|kündigen|abbestellt)"
                       r"|(?:je )?n'(?:ai|avons) (?:pas|jamais) (?:demandé|voulu|écrit) (?:\S+ ){0,3}?(?:comment |à |d')?(?:annuler|résilier)"
                       r"|no (?:he |había |hemos )?(?:preguntado|pedido|pregunté|pedí|quería|quiero) (?:\S+ ){0,3}?(?:cómo |que )?(?:cancelar|anular|dar(?:me)? de baja|cancel\w+))")


# A payment still to come, not one taken: "next payment 1 July", "the renewal is due on the 5th", "prochain
# prélèvement le 3", "próximo cobro", "nächste Abbuchung".
_UPCOMING_PAYMENT = _c(r"\b(?:next|upcoming|prochaine?|próxim[oa]|nächsten?) (?:payment|bill|charge|debit|renewal|instal?ment|prélèvement|paiement|échéance"
                       r"|pago|cobro|cargo|recibo|abbuchung|zahlung|rate)\b|\b(?:payment|bill|renewal) (?:is )?due\b"
                       # A renewal date shown, a charge they ask not to have ("a renewal date in April", "confirmation that
                       # I won't be billed in April", "que no me cobren en abril", "que je ne serai pas prélevé"; round 20).
                       r"|\b(?:renewal|billing) date\b|\b(?:won'?t|will not|wouldn'?t|would not) be (?:billed|charged|debited|invoiced)\b"
                       r"|\bno (?:me|nos) (?:cobr\w+|carguen|facturen)\b|\bne (?:serai|serons|sera) (?:pas|plus) (?:prélevée?s?|facturée?s?|débitée?s?)\b"
                       r"|\bnicht (?:mehr )?(?:abgebucht|belastet|berechnet) (?:wird|werde|werden)\b")



def _charge_named(both: str) -> bool:
    """A charge, bill or payment named (_CHARGED), not only one still to come (_UPCOMING_PAYMENT)."""
    return bool(_CHARGED.search(both)) and bool(_CHARGED.search(_UPCOMING_PAYMENT.sub(" ", both)))


def said_cancelled(both: str) -> bool:
    """They say they cancelled before (_CANCELLED), not only ask for the confirmation of a cancellation asked now, and
    not a stay the provider cancelled, a card the bank stopped, an email address closed (_ADDRESS_CLOSED), a contract
    the company ended on them (_COMPANY_CANCELLED), nor a cancelling they say they never asked about (CANCEL_NOT_ASKED)."""
    both = _blank_cancel_not_asked(_blank_company_cancelled(_blank_address_closed(_blank_card_stopped(_blank_provider_verb(both)))))
    return any(not _ASKED_FOR.search(both, max(0, m.start() - 60), m.start()) for m in _CANCELLED.finditer(both))


# The company's own plan or renewal named as what was charged ("taken £119.99 for a 'Plus annual renewal'", "signed up
# for a monthly trial and never agreed to an annual plan"): an "unauthorised charge" of theirs, not a stranger's, unless
# someone else, a scam or a hacked account is in the story.
_OWN_PLAN = _c(r"\b(?:for (?:a|an|the|my|your) (?:\S+ ){0,3}(?:renewal|subscription|membership|upgrade)|(?:annual|yearly|monthly) (?:plan|renewal|subscription|membership)"
               r"|(?:free )?trial\b|auto-?renew\w*|renovación (?:anual|automática)|renouvellement (?:annuel|automatique)|(?:automatische |jährliche )?verlängerung)")
_STRANGER = _c(r"\b(?:someone|somebody|stranger|strangers|scam\w*|hack\w*|phishing|stolen|never heard of|alguien|estafa|quelqu'un|arnaque|jemand|betrug\w*|gehackt)")
_I_CANCELLED = _c(r"\b(?:I|we)(?:'ve| have| had)? (?:already |just |previously )?cancel+ed\b")
# Goods that are not what was sold ("the 'solid gold' chain is plated", "you're flogging fakes", "es una imitación",
# "c'est une contrefaçon", "nur vergoldet"): a product not as described, which "fake" and "scam" say of the seller
# itself, not someone taking money or access without their consent (round 20: nb-59-086), unless a third party, a
# hacked account or money they never authorised is in the story.
_NOT_AS_SOLD = _c(r"\b(?:(?:is|are|was|were|it'?s|they'?re|turned out to be|came) (?:\S+ ){0,2}?(?:counterfeits?|(?:a )?knock-?offs?|(?:a )?replicas?|(?:an )?imitation|(?:gold[- ]|silver[- ])?plated|not (?:real|genuine|authentic|original|solid) (?:gold|silver|leather|\w+ ?(?:gold|silver)))\b"
                  r"|(?:fake|counterfeit|knock-?off|replica|imitation) (?:gold|silver|designer|leather|brand\w*|products?|goods|items?|chains?|rings?|watch\w*|bags?|handbags?|trainers|sneakers|shoes|perfume|jewel\w*|necklaces?|bracelets?|earrings|shirts?|jerseys?)\b"
                  r"|(?:flogging|selling|sold|sell|sells|sent|shipped) (?:me |us |people )?(?:\S+ )?(?:fakes|counterfeits|knock-?offs|replicas)\b"
                  r"|(?:es|son|era|eran) (?:una? |unos |unas )?(?:falsificaci[oó]n\w*|imitaci[oó]n\w*|chapad[oa]s?|falsos|falsas|falso|falsa)\b|(?:oro|plata) (?:\S+ ){0,2}?chapad[oa]s?\b"
                  r"|contrefaçons?\b|(?:est|sont|était|étaient) (?:une |des |du |en )?(?:imitations?|plaqué(?:e|s|es)? or|plaqué(?:e|s|es)?)\b|pas (?:en |de l')?(?:or|argent) massif"
                  r"|(?:fälschung|plagiat|imitat)\w*|gefälscht\w*|(?:nur|bloß|lediglich) vergoldet)")
_SCAM_WORD = _c(r"\b(?:scam\w*|estafa\w*|arnaque\w*|betrug\w*)")
_SELLER = _c(r"\b(?:sellers?|vendors?|marketplace|third[- ]party|vendedor\w*|vendeur\w*|verkäufer\w*|händler\w*)\b")
# The same payment taken three or more times ("débité TROIS fois mon abonnement", "my card shows 3 charges of $120",
# "me cobraron cuatro veces", "dreimal abgebucht"): a charge they contest, whatever else the message says of the app
# that took it or of the refund they demand (round 20: nb-60-038, nb-60-042). Twice is the families' own phrasing.
_THREE_OR_MORE = r"[3-9]|three|four|five|several|multiple|trois|quatre|cinq|plusieurs|tres|cuatro|cinco"
_CHARGED_MANY_TIMES = _c(r"\b(?:(?:charged|debited|billed|débitée?s?|prélevée?s?|facturée?s?|cobrad[oa]s?|cobr(?:ó|aron|asteis)|cargad[oa]s?) (?:\S+ ){0,3}?"
                         rf"(?:{_THREE_OR_MORE}|varias) (?:times|fois|veces)"
                         r"|(?:drei|vier|fünf|mehr)mal (?:\S+ ){0,4}?(?:abgebucht|belastet|berechnet)"
                         rf"|(?:{_THREE_OR_MORE}|varios|drei|vier|fünf|mehrere) (?:identical |separate |duplicate |identiques |idénticos |gleiche )?"
                         r"(?:charges|payments|debits|transactions|prélèvements|débits|paiements|cargos|cobros|abbuchungen|belastungen) (?:of|de|à|von|über|zu je)\b)")
_FRAUD_MONEY = _c(r"\b(?:didn'?t|did not|never|haven'?t|no|not) (?:make|made|authori[sz]e|authori[sz]ed|recogni[sz]e)|unauthori[sz]ed|nicht veranlasst|(?<!vous n'avez )(?<!vous n'avez pas )jamais faits?|rien autorisé|no autoricé nada|no (?:he )?autoricé|no reconozco|je n'ai jamais")


# The ordinary words of each situation, in four languages, matched as word beginnings on accent-folded lower case
# ("damag" holds damaged, damage, damaging). A customer in their own words names the things of their situation (a
# parcel, a flight, a password) even when no set phrase above matches; each distinct word adds LEXICON_WEIGHT.
# Words ending in "=" match only whole. Kept to words that point at one situation or two.
_LEXICON: dict[str, str] = {
    "delivery_delay": """deliver dispatch shipp shipment courier parcel package tracking transit postman postie van= vans= warehouse depot
        estimated eta= dpd= dhl= ups= fedex evri= hermes= arriv arrive envio enviad paquete pedido repart mensajer transportist
        llega llego seguimiento correos= livr colis commande expedi transporteur suivi preparation achemin relais liefer paket sendung zustell
        versand bestell bote angekommen ankunft kommt= unterwegs""",
    "damaged_or_defective": """broke broken damag defect faulty fault crack smash shatter dent= dents= dented scratch leak drip tore= torn= ripped burn burnt
        spark overheat electrics bits= jam= jams= jammed malfunction flaw wobbl loose peel fray mould mold rott stale expir quality
        roto= rota= rotos= rotas= romp dano danad defectu averi estropea fuga gotea atasc porqueria quema rajad grieta
        cass abim endommag ecras fissur fuite gresill brul qualite tache rayas golpe dechir snap hinge kaputt beschadig defekt zerbroch gebroch riss undicht
        leck tropf kratz brenn verbrann schimmel qualitat flood hazard unsafe dangerous injur peel dishwasher lave-vaisselle lavavajillas spulmaschine
        sagg sags= affaiss hundid durchgeleg eingesunk worn= abgenutzt""",
    "wrong_item": """incorrect instead size colour color mixed swapped talla equivoc
        mauvais mauvaise taille couleur pointure falsch falsche falschen grosse farbe verwechsel""",
    "refund_not_received": """refund reimburs repay owed owe= returned return reembols devolu devolv devuel dinero rembours retour argent
        erstatt ruckerstatt ruckzahlung gutschrift zuruck zuruckbekommen geld""",
    "unexpected_charge": """charg overcharg bill= bills= billed billing invoice fee= fees= price pricing cost= costs= costing= expens premium debit
        payment amount tariff renew renewal double triple cobr cargo cargad cargaron factur comision precio tarifa cuota importe
        doble triple caro= prelev frais prix montant cher= paiement rechnung abbuch abgebucht berechn gebuhr preis kosten betrag
        doppelt teuer stromrechnung zahlung lastschrift abschlag nachzahlung forfait roaming surcharge regulariz""",
    "cancellation": """cancel cancell terminat quit= membership subscription contract unsubscribe baja= rescind anul suscripcion contrato
        resili annul abonnement contrat kundig storn beend mitgliedschaft vertrag""",
    "travel_disruption": """flight flights= fly= flew= plane= planes= airport airline tarmac runway gate= boarding luggage baggage suitcase
        passport layover train= trains= rail railway station platform= coach= bus= ferry cruise trip= holiday vacation journey stranded
        divert vuelo avion aeropuerto aerolinea equipaje maleta embarque tren= estacion autobus billete viaje vacacion escala= escalas=
        vol= vols= aeroport bagage valise embarquement gare= quai= billet voyage vacances escale= escales= flug flugzeug flughafen gepack koffer
        zug= bahn gleis ice= reise urlaub umsteig anschluss""",
    "outage_or_bug": """outage offline crash error bug= bugs= glitch freez eingefror ruckel buffering fige= figee= server website site= app= apps= platform system software
        portal sync upload download page= blank inbox network internet broadband wifi wi-fi router signal connection
        dropping dropout patch migration integration api= dashboard wiped deleted disappear vanish timeout
        caido caida caer fallo falla plataforma aplicacion web= pagina sistema servidor conexion senal actualizacion archivo subir
        panne beug erreur plante= plantee= plantage appli application plateforme logiciel serveur reseau efface disparu fichier
        widget storung ausfall absturz sturzt abgesturzt fehler seite webseite plattform verbindung netz= wlan datei geloscht verschwund sincroniz synchronis version""",
    "account_access": """login logon log= password passcode pin= username locked lockout 2fa verification verify code= codes= sms= otp=
        authenticat access= accessed= accessing= credentials suspend banned ban= disabled deactivat fingerprint biometric passkey contrasena usuario sesion acceso acced entrar codigo
        identifiant connecter acces verrouill passwort kennwort anmeld einlogg zugang zugriff kundenkonto gesperrt""",
    "fraud_or_security": """fraud scam phish hack stole stolen theft thief unauthori suspicious impersonat pretend fake identity clone
        skim breach compromis estafa timo= robo= robad hacke suplant sospech arnaqu escroq pirat usurp betrug betrug gehackt
        gestohlen diebstahl phishing verdacht verdachtig""",
    "privacy_data_request": """gdpr dsgvo rgpd privacy personal= data= details= unsubscrib publicly exposed visible mailing marketing newsletter spam erase
        datos= privacidad publicidad donnees= confidentialite publicit desinscri desabonn prospection daten= datenschutz werbung
        abmeld verteiler""",
    "poor_service": """nobody ignor rude unhelpful incompetent staff agent advisor adviser representative laughed attitude apology callback
        hold= transferred promised hung= chased reply replied respond response answer nadie respuesta respond contest atencion agente
        operador trato promet transferid reponse repond rappel conseill attente transfere reexpliquer promis mepris impoli niemand
        antwort ruckruf mitarbeiter berater hotline warteschleife verspricht versproch weitergeleitet unfreundlich shrug complain manager supervisor""",
}
LEXICON_WEIGHT = 0.6
_PREFIXES: dict[str, set[str]] = {}
_WHOLE: dict[str, set[str]] = {}
for _topic, _words in _LEXICON.items():
    for _word in _words.split():
        if _word.endswith("="):
            _WHOLE.setdefault(_word[:-1], set()).add(_topic)
        else:
            _PREFIXES.setdefault(_word, set()).add(_topic)


def lexicon_scores(value: str) -> dict[str, float]:
    """Each situation's count of distinct lexicon words in the text (at most 4), times LEXICON_WEIGHT."""
    found: dict[str, set[str]] = {}
    for word in set(words(value)):
        hits = set(_WHOLE.get(word, ()))
        for k in range(3, len(word) + 1):
            hits |= _PREFIXES.get(word[:k], set())
        for topic in hits:
            found.setdefault(topic, set()).add(word)
    return {t: LEXICON_WEIGHT * min(len(w), 4) for t, w in found.items()}


EVIDENCE = 2.0  # a pattern this heavy is a set phrasing of its situation (real evidence), not its domain's words
GENERIC_SHARE = 0.3  # what a family's ordinary words keep when another situation has real evidence and it has none
# Situations a customer is concretely in; a complaint about the service, or software words, do not hide them.
CONCRETE = tuple(t for t in TOPICS if t not in ("poor_service", "praise", "billing_question", "product_question", "outage_or_bug"))
# What arrived is the grievance, not when: delivery words yield to these.
AFTER_DELIVERY = ("damaged_or_defective", "wrong_item", "refund_not_received")


# A late arrival told as past and let go ("finally showed up nine days late, which I'd already made my peace with",
# "llegó el viernes, vale, paciencia. Pero...", "arrivé avec trois jours de retard, passe encore, mais",
# "kam eine Woche zu spät, geschenkt, aber"): what came is the grievance now, so the delivery's words yield.
_LATE_CONCEDED = _c(r"\b(?<!n't )(?<!not )(?<!never )(?<!no )(?<!nunca )(?<!pas )(?<!nicht )(?<!nie )"
                    r"(?:arrived|came|showed up|turned up|was delivered|got here|llegó|lleg[oó] tarde|ha llegado|vino|est arrivée?|sont arrivée?s|a été livrée?|(?:ist|sind) (?:\S+ )?(?:gekommen|angekommen|geliefert)|kam)\b"
                    r"[^\n]{0,120}?\b(?:(?:which|that) (?:I|we)(?:'d|'ve| had| have| could| can| would| was| were)? (?:already )?(?:(?:have )?live[d]? with|made (?:my|our) peace|accept(?:ed)?|put up with|overlook(?:ed)?|forgive|forgiven|shrug(?:ged)? off|let (?:go|slide)|been (?:ok|okay|fine) with)"
                    r"|(?:fine|okay|whatever|fair enough|so be it|never mind|these things happen|it happens)[,.;!]? (?:but|then|however)\b"
                    r"|vale,? (?:paciencia|bueno|lo acepto)|paciencia[,.;!]? pero|(?:eso|lo) (?:lo )?(?:puedo|podía|podría) (?:aceptar|entender|perdonar|pasar)|me había hecho a la idea"
                    r"|passe encore|(?:soit|tant pis|admettons)[,.;!]? (?:mais|sauf que)|ce que (?:je|nous) (?:pouvais|peux|pourrais|pouvions) (?:accepter|comprendre|pardonner|supporter)|j'en avais fait mon deuil"
                    r"|geschenkt|sei(?:'s| es) drum|damit (?:kann|könnte|konnte) ich (?:\S+ )?leben|(?:na )?gut,? (?:aber|doch)|egal,? (?:aber|doch))")
# Trying to cancel and the site failing at it ("an error every time I press cancel", "cuando intento darme de baja da
# error", "j'essaie d'annuler depuis trois jours", "ich versuche zu kündigen"): the failure is on the way out, leaving stays the request.
_CANCEL_ATTEMPT = _c(r"\b(?:(?:press|click|hit|tap)(?:es|ed|ing)? (?:on )?(?:the )?['‘\"“]?(?:cancel|unsubscribe)|(?:try|tries|tried|trying) to (?:cancel|unsubscribe|close (?:my|the) account)"
                     r"|(?:intento|intenté|intentado|intentando) (?:cancelar|darme de baja|dar de baja)|(?:j'essaie|j'ai essayé|en essayant) d[e']\s?(?:annuler|résilier|me désabonner)"
                     r"|versuch\w* (?:\S+ ){0,3}zu (?:kündigen|stornieren))\b")
# Where they bought or booked, not what broke: "ordered through your app", "booked on your website", "sur votre
# site", "über eure App". The channel's name is blanked before the families read the text, so it is no software word.
_CHANNEL = _c(r"\b(?:through|via|on|in|from|using|with|over) (?:your|the|their|ur) (?:mobile )?(?:app|website|web ?site|site"
              r"|online (?:shop|store)|web ?shop)\b(?! (?:is|was|keeps|has|won'?t|doesn'?t|isn'?t|crash|froze|went))"
              r"|\b(?:por|en|desde|a través de) (?:la|su|vuestra|tu|vuestro|su) (?:app|aplicación|web|página web|tienda online)\b"
              r"|\b(?:sur|via|par|depuis|dans) (?:votre|ton|le|la|l'|leur) ?(?:appli|application|site(?: web| internet)?|app)\b"
              r"|\b(?:über|in|auf|bei) (?:eure[rm]?|ihre[rm]?|der|die|den|deine[rm]?) (?:App|Website|Webseite|Seite|Online-?Shop)\b")


# A threat to leave if it goes on ("If it isn't here by Friday I'm cancelling", "sinon je résilie") names the remedy
# they threaten, not the situation: the leaving words, to the end of their clause, are blanked too (the condition
# itself, "if the app keeps crashing", is the situation and stays).
_CONDITIONAL_LEAVING = _c(CONDITION_PATTERN + r"[^.!?\n]{0,80}?"
                          r"(?P<leaving>\b(?:cancel\w*|leav\w*|close (?:my|the|our) account|end (?:my|the|our) (?:contract|subscription)|"
                          r"darme de baja|me doy de baja|me voy|résilie\w*|annule\w*|je pars|kündige\w*|bin ich weg)[^.,;:!?\n]*)")

# Money said not back inside a condition ("if the money isn't back by Friday I'll raise a chargeback", "si el dinero no
# está devuelto el viernes", "si l'argent n'est pas remboursé d'ici lundi", "wenn das Geld nicht bis Freitag zurück
# ist"): after a cancellation and a charge since, the deadline of the refund they ask for, not a refund awaited.
_CONDITIONAL_REFUND = _c(CONDITION_PATTERN + r"[^.,;:!?\n]{0,12}?\b(?:money|refund|amount|payment|funds|dinero|importe|reembolso|argent|remboursement"
                         r"|montant|geld|betrag|erstattung|rückzahlung)\b[^.,;:!?\n]{0,40}?\b(?:isn'?t|is not|hasn'?t|has not|not|no|pas|nicht|kein\w*)\b[^.,;:!?\n]*"
                         # ... or themselves not refunded: "if I'm not refunded today", "si je ne suis pas remboursée"
                         r"|" + CONDITION_PATTERN + r"[^.,;:!?\n]{0,20}?\b(?:not|no|pas|nicht)\b[^.,;:!?\n]{0,20}?\b(?:refunded|remboursée?s?|reembolsad[oa]s?|erstattet)\b[^.,;:!?\n]*")

# What an outage is of: an app, a site, a service, a connection, in four languages. A fault said of none of these
# (an error code on a display, a motor that cuts out) is the product's own.
_SERVICE_NAMED = _c(r"\b(?:" + _SOFTWARE[3:-1] + r"|online|log ?in|chatbot|export|import|sync|upload|release|exportación|importación|sincronización|synchronisation|aplicación|web|página|plataforma|sistema|servidor|servicio"
                    r"|conexión|red|señal|v[ií]deos?|vidéos?|videos?|anschluss|leitung|cobertura|correo|appli\w*|site|plateforme|système|serveur|logiciel|connexion|réseau|webseite|seite"
                    r"|plattform|dienst|verbindung|netz|wlan|\w*portal|\w*(?:seite|system)|firmware|box|router|routeur|módem|modem|décodeur|decoder|set-?top|stream\w*|feed|broadcast|live ?stream|video call|emisión|transmisión|diffusion|übertragung)\b")
# A physical device, in four languages: an error or a fault said of one is the thing being faulty, whatever app it runs.
_DEVICE = _c(r"\b(?:phones?|handy|móvil|téléphone|portable|laptop|portátil|ordinateur|tablets?|tablette|printer|impresora|imprimante|drucker|cameras?|cámara|caméra"
             r"|kamera|headphones|earbuds|auriculares|casque|kopfhörer|speakers?|altavoz|enceinte|lautsprecher|watch|reloj|montre|console|konsole|consola|vacuum"
             r"|aspiradora?|aspirateur|staubsauger|fridge|nevera|frigo|kühlschrank|washing machine|lavadora|lave-linge|waschmaschine|dishwasher|boiler|caldera"
             r"|chaudière|thermostat|e-?bikes?|bikes?|bici\w*|vélo|fahrrad|scooter|patinete|trottinette|charger|cargador|chargeur|ladegerät|battery|batería"
             r"|batterie|akku|screen|pantalla|écran|bildschirm|device|dispositivo|appareil|gerät)\b")
# A thing bought ("the mower I bought", "l'aspirateur acheté le 5 janvier", "la lavadora que compré", "das gekaufte Gerät").
_BOUGHT_THING = _c(r"\b(?:(?:I|we) (?:\w+ )?(?:bought|purchased)|bought (?:from|at|on|in)|purchased (?:from|at|on|in)|achetée?s? (?:le|en|chez|il y a|sur)"
                   r"|(?:que )?(?:compré|compramos|comprad[oa]s? (?:el|en|hace))|(?:ich|wir) (?:\S+ ){0,4}gekauft|gekaufte\w*)\b")
_SUPPORT = _c(r"\b(?:customer|after-?sales|repair|returns?) (?:service|services|line|care|support)\b|\bservice (?:client|après-vente)\b|\bservicio (?:al cliente|técnico)\b|\b\w*(?:kunden|service)dienst\b|\bsav\b")
# A person or a visit booked to come (an engineer, a plumber, an appointment), and the goods a courier brings: "nobody
# came" and "booked for the 14th" are a late delivery only when goods are named.
_VISIT = _c(r"\b(?:engineers?|technicians?|plumbers?|electricians?|fitters?|installers?|surveyors?|inspectors?|contractors?|builders?|handym[ae]n"
            r"|carers?|nurses?|cleaners?|tradesm[ae]n|appointments?|home visits?|técnicos?|fontaneros?|electricistas?|instaladore?s?|citas?|visitas?"
            r"|montador(?:es)?|assemblers?|poseurs?|technicien\w*|plombiers?|électricien\w*|installateur\w*|artisans?|rendez-vous|techniker\w*|monteur\w*|handwerker\w*"
            r"|elektriker\w*|klempner\w*|termine?n?|\w+termin(?:e|en)?|viewings?|visites?|besichtigung\w*|estate agents?|letting agents?|agents? immobiliers?|makler\w*)\b")
_GOODS = _c(r"\b(?:orders?|parcels?|packages?|deliver(?:y|ies)|shipments?|couriers?|items?|goods|purchases?|pedidos?|paquetes?|envíos?|entregas?"
            r"|commandes?|colis|livraisons?|bestellung\w*|pakete?|lieferung\w*|sendung\w*|ware)\b")
# The charge itself named as theirs: charged or billed to them, their bill, their card, a charge taken twice. A message about an outage
# that only mentions paying (a bill they cannot pay online, "I pay £60 a month for this") is about the outage.
_CHARGED_THEM = _c(r"\b(?:charged|billed|debited|taken|cobrad[oa]|débité|prélevé|abgebucht) (?:\S+ ){0,2}(?:twice|two times|double|dos veces|deux fois|doppelt|zweimal)\b"
                   r"|\b(?:double|duplicate)[- ](?:charged?|payment|debit)|\bcobro duplicado|\bdouble (?:prélèvement|débit)|\bdoppelt (?:abgebucht|belastet|berechnet)"
                   r"|\b(?:charg|bill|debit|invoic|overcharg)\w* (?:me|us|my|our)\b|\b(?:I|we)(?:'ve| have| had| was| were| got| am| are)? (?:been |being )?(?:charged|billed|debited|invoiced|overcharged)\b"
                   r"|\b(?:you|they)(?:'ve| have)? (?:charged|billed|taken|debited|took|invoiced)\b|\b(?:my|our) (?:bill|invoice|statement|premium|tariff|direct debit)\b"
                   r"|\bme (?:han |habéis |has |ha )?(?:cobr|carg|factur)\w*|\bnos (?:han |habéis )?cobr\w*|\bmi (?:factura|recibo)\b"
                   r"|(?:\bm'|\bnous )(?:avez |a |ont )?(?:prélev|débit|factur)\w*|\bme (?:facturez|prélevez)\b|\bma facture\b"
                   r"|\b(?:mir|uns) (?:\S+ ){0,4}(?:berechnet|abgebucht|belastet|in rechnung)|\bmeine[rn]? (?:rechnung|abrechnung|abbuchung)\b")


# Faults said alike of a device and of a service ("cuts out", "shows an error code", "se corta", "fällt aus"): the
# sentence's noun decides, a service's (an app, a network) an outage, anything else's the product's own fault.
_EITHER_FAULT = _any(r"(?:keeps |kept )?cut(?:s|ting)? out", r"error codes?", r"(?:keeps |kept )(?:restarting|rebooting)|(?:restarts|reboots) (?:itself|on its own|by itself|every|all the time|constantly|randomly)"
                     r"|redémarre (?:tout seul|toute seule|sans arrêt|en boucle|toutes les|constamment)|se reinicia (?:sol[oa]|cada|constantemente|continuamente|todo el rato)"
                     r"|startet (?:\S+ ){0,2}(?:ständig|immer wieder|von selbst|alle|dauernd) (?:\S+ )?neu",
                     r"se (?:corta|apaga) (?:cada|todo|constantemente|a mitad|sol[oa])|código de error",
                     r"se coupe|s'éteint (?:tout seul|toute seule|sans arrêt|en plein|à chaque)|code (?:d'erreur|erreur)",
                     r"fällt (?:\S+ ){0,4}aus|fehlercode|schaltet sich (?:\S+ ){0,2}(?:ab|aus)")
# A train, a class or an appointment that "fällt aus" is called off, not faulty.
_EVENT = _c(r"\b(?:zug|züge|bahn|ice|flug|bus|fähre|train|flight|ferry|tren|vuelo|vol|avion|class|classes|lesson|kurs|cours|clase|unterricht"
            r"|termin|appointment|rendez-vous|cita|concert|konzert|gig|event|veranstaltung)\w*\b")
_SENTENCE = re.compile(r"[^.!?\n]+")


def _either_fault(value: str) -> dict[str, float]:
    out: dict[str, float] = {}
    for sentence in _SENTENCE.findall(value or ""):
        if _EITHER_FAULT.search(sentence) and not _EVENT.search(sentence):
            topic = "outage_or_bug" if _SERVICE_NAMED.search(_SUPPORT.sub(" ", sentence)) else "damaged_or_defective"
            out[topic] = min(out.get(topic, 0.0) + EITHER_WEIGHT, 3 * EITHER_WEIGHT)
    return out


EITHER_WEIGHT = 2.5


# Theft or fraud said of the company itself, as contempt ("esto es un robo", "vous êtes des escrocs", "this is daylight
# robbery", "ihr seid Betrüger"): an insult about a bill or a service, not a stranger at their money. Blanked like the
# channel, so the situation it is said about decides.
_CONTEMPT = _c(r"\b(?:(?:this|that|it)(?:'s| is) (?:also |all |nothing but )?(?:just |absolute |legali[sz]ed |daylight |highway )?(?:robbery|theft|a scam|a con|a racket|fraud|extortion)"
               r"|you(?: lot| people| guys| lads)?(?:'re| are)(?: all)? (?:a bunch of |just |nothing but |such |total |complete |absolute |actual )?(?:thieves|crooks|scammers|frauds|fraudsters|con artists|cowboys|a scam)"
               r"|(?:call|calling|report|reporting|flag|flagging|dispute|disputing) (?:it|this|that|the (?:charge|payment|debit)) (?:as |for )?(?:fraud|a scam)"
               r"|(?:esto|eso) es (?:un )?(?:robo|timo|atraco|estafa)|(?:sois|son) unos (?:ladrones|estafadores|timadores|sinvergüenzas)"
               r"|c'est (?:du vol|de l'arnaque|une arnaque|de l'escroquerie|du racket)|vous êtes (?:des|une bande d') ?(?:voleurs|escrocs|arnaqueurs|bandits)"
               r"|(?:das ist|ihr seid|sie sind) (?:\S+ ){0,2}(?:diebstahl|betrug|abzocke|betrüger|diebe|abzocker|halsabschneider))\b")


# The support chat or call failing while they tried to reach the company ("first time the chat lost connection", "la
# llamada se cortó", "le chat a planté") is an obstacle on the way to support, not an outage of what they pay for.
_CONTACT_TROUBLE = _c(r"\b(?:web ?chat|live ?chat|chat|support chat|call|phone call|hotline|llamada|appel|anruf|telefonat)\b['’\"]?"
                      r"(?: \S+){0,2}? ['‘\"]?(?:lost (?:the )?connection|dropped|disconnected|cut (?:me )?off|crashed|froze|timed out"
                      r"|se (?:cortó|colgó|desconectó|cayó)|(?:a )?(?:planté|coupé|été coupée?|déconnecté)|(?:ist )?(?:abgestürzt|abgebrochen|unterbrochen|getrennt))")

# The excuse staff gave them ("tells me the system is down", "me dicen que el sistema está caído", "on me dit que le
# système est en panne", "angeblich ist das System down"): why they were not helped, not an outage they report.
_STAFF_EXCUSE = _c(r"\b(?:(?:tells?|told|says?|said|keeps? (?:saying|telling)|kept (?:saying|telling)) (?:me|us) (?:that )?|(?:me|nos) (?:dicen|dijeron|dice|dijo) que |on m'a dit que |(?:on|il|elle) me dit que |angeblich (?:ist|sei|war) )"
                   r"(?:the |your |their |el |le |das )?(?:system|computer|systems|server|servers|sistema|système|System|Server)s? (?:is |are |was |were |has been |had been |está |estaba |est |était |ist |sei |war )?"
                   r"(?:down|broken|not working|offline|playing up|caído|caido|en panne|hors service|ausgefallen|kaputt)\b")

# A stay or a trip the provider cancelled ("Our host cancelled our cottage", "you cancelled our Lake Garda booking",
# "der Vermieter hat unsere Ferienwohnung storniert"): a disrupted trip, never the customer's own cancellation, so
# the verb is blanked for the cancellation family and for a charge after cancelling.
_PROVIDER_CANCELLED = _c(r"\b(?:(?:you|they|the (?:host|owner|landlord|hotel|airline|operator|tour operator|cruise line|property|venue|organi[sz]ers?)|our host|your (?:host|partner|site|system)) (?:\w+ )?(?:has |have |had |just |then )?(?:cancel+ed|called off)"
                         r" (?:our|my|the) (?:[\w-]+ ){0,4}(?:booking|stay|cottage|apartment|flat|villa|room|reservation|holiday|trip|flight|house|cabin|tour|cruise|package|chalet|lodge|"
                         # (session 26: "Our host cancelled our week in the Cotswolds", read nb-79-057)
                         r"week|weekend|fortnight|break|let|holiday let)"
                         r"|(?:der|die|unser\w*) (?:vermieter\w*|gastgeber\w*|eigentümer\w*|hotel|veranstalter\w*|reiseveranstalter\w*|airline|fluggesellschaft) hat (?:\S+ ){0,10}(?:storniert|abgesagt|gecancelt)"
                         r"|(?:l'hôte|le propriétaire|l'hôtel|la compagnie|l'organisateur|le voyagiste|vous) (?:\S+ ){0,2}(?:a|avez|ont) (?:\S+ ){0,2}annulé (?:notre|ma|mon|la|le|nos)"
                         r"|(?:stornierung|absage|cancel+ation|annulation|cancelación) (?:durch|by|par|por) (?:den |die |das |the |your |le |l'|la |el )?(?:vermieter\w*|gastgeber\w*|hotel|veranstalter\w*|host|owner|landlord|airline|propriétaire|hôte|anfitrión|propietario|aerolínea)"
                         r"|(?:el anfitrión|el propietario|el hotel|la aerolínea|la compañía|el organizador|el casero|(?:ustedes|vosotros)) (?:\S+ ){0,3}(?:canceló|cancelaron|cancelasteis|ha cancelado|han cancelado|anuló|ha anulado)"
                         # the stay cancelled on them, told with a pronoun: "nos acabáis de cancelar la reserva", "on nous a annulé le séjour"
                         r"|(?:nos|me) (?:acabáis de|acaban de|acaba de|han|habéis|ha|habían|habíais) (?:cancelado|cancelar|anulado|anular) (?:la|el|nuestra|nuestro|mi)"
                         r"|(?:nos|me) (?:cancelasteis|cancelaron|canceló|anulasteis|anularon|anuló) (?:la|el|nuestra|nuestro|mi)"
                         r"|(?:on|vous|ils) (?:nous|m') ?(?:a|avez|ont) (?:\S+ ){0,2}annulé (?:notre|ma|mon|la|le|nos))\b")
_PROVIDER_VERB = _c(r"cancel+ed|called off|storniert|stornierung|absage|abgesagt|gecancelt|annul\w+|cancel\w+|anul\w+")


def _provider_cancelled(value: str) -> int:
    return len(_PROVIDER_CANCELLED.findall(value or ""))


# Work or extras the company put on its own bill without their consent ("an invoice … which includes two tyres I never
# authorised", "Unauthorised work - invoice HM-44821", "des travaux que je n'ai jamais autorisés"): a charge they did
# not expect, not fraud by a third party.
_BILLED_EXTRAS = _c(r"\b(?:(?:invoice|bill|quote|estimate|work|works|repairs?|parts|extras?|tyres|tires|add-?ons?|travaux|réparations?"
                    r"|factura|trabajos?|reparaci\w+|arbeiten|reparatur\w*|rechnung)\b[^.!?\n]{0,120}\b(?:never|didn'?t|did not|not|jamais|nunca|nie|nicht) "
                    r"(?:authori[sz]ed|approved|agreed to|asked for|consented to|autorisé\w*|autoricé|autorizad\w+|genehmigt|beauftragt)"
                    r"|unauthori[sz]ed (?:work|repairs?|charges? on (?:the|my) invoice|extras?|parts)|travaux non autorisés|trabajos? no autorizados?|nicht (?:genehmigte|beauftragte) (?:arbeiten|reparatur\w*))")

# The same for the form they must use to claim for a faulty thing ("the warranty form keeps erroring", "le formulaire
# de garantie plante", "das Reklamationsformular lädt nicht"): the thing's fault is the grievance, the form an obstacle.
_CLAIM_FORM_TROUBLE = _c(r"\b(?:(?:warranty|guarantee|returns?|claims?|repair) (?:form|page|portal|link)|(?:formulaire|page|portail|lien) (?:en ligne )?"
                         r"(?:de |du |pour (?:la |le )?)(?:garantie|retour|réclamation|sav|réparation)|(?:formulario|página|portal|enlace) (?:online |en línea )?"
                         r"(?:de |del |para (?:la )?)(?:garantía|devolución|reclamación|reparación)|\w*(?:garantie|reklamations|rücksende|retouren)(?:formular|portal|seite))\b"
                         r"(?: \S+){0,5}? (?:plante\w*|bugue\w*|ne (?:marche|fonctionne) pas|keeps erroring|errors?|erroring|crash\w*|(?:doesn'?t|won'?t) (?:work|load|submit)"
                         r"|keeps failing|fails|no funciona|da (?:un )?error|falla|funktioniert nicht|stürzt ab|lädt nicht|hängt)\b")


# The cancel button, link or form failing while they try to leave ("the cancel button just spins", "le bouton « résilier »
# ne fonctionne pas", "el botón de baja da error") is an obstacle on the way to cancelling, not an outage they complain of.
_CANCEL_CONTROL_TROUBLE = _c(r"(?:\b(?:cancel(?:lation)?|unsubscribe|close (?:my )?account)['’\"”]?\s(?:button|link|page|form|option)"
                             r"|\b(?:bouton|lien|formulaire|option|page)\s(?:de\s)?[«\"“]?\s?(?:résilier|résiliation|se désabonner|désabonnement|désinscription|annuler|annulation)\s?[»\"”]?"
                             r"|\b(?:botón|enlace|formulario|opción|página)\s(?:de\s|para\s)?[«\"“]?(?:baja|darse de baja|darme de baja|cancelar|cancelación)[»\"”]?"
                             r"|\b(?:kündigungs|abmelde|storno)(?:button|knopf|link|formular|seite)|\b(?:button|knopf|schaltfläche|link)\s[„\"“]?(?:kündigen|abmelden|vertrag kündigen)[“\"”]?)"
                             r"(?:\s+\S+){0,6}?\s+(?:(?:doesn'?t|does not|won'?t|isn'?t|didn'?t|did not) (?:work|load|do anything|respond)|(?:just )?spins|(?:throws |gives |shows |returns )?(?:an )?errors?"
                             r"|is broken|ne (?:fonctionne|marche) (?:pas|plus)|renvoie (?:une |un )?(?:erreur|page blanche)|plante|bugue|no funciona|da (?:un )?error|falla"
                             r"|funktioniert nicht|geht nicht|lädt nicht|zeigt (?:\S+ )?fehler\w*)\b")

# A password-reset link or page that shows a blank page or an error is the way back into the account failing: the
# account they cannot reach is the grievance, not the page ("le lien de réinitialisation renvoie une page blanche").
_ACCESS_LINK_TROUBLE = _c(r"\b(?:(?:password )?reset|recovery|réinitialisation|récupération|recuperación|restablecimiento|zurücksetz\w*|wiederherstellung\w*)\b"
                          r"[^.!?\n]{0,40}?\b(?:blank page|white page|empty page|errors?|page blanche|erreur|página en blanco|leere seite|weiße seite|fehler\w*)\b")

# A fee or charge said not to exist or not to apply ("there is no early-exit fee", "free of charge", "sans frais", "sin
# penalización", "ohne Gebühr", "kostenlos") names no charge; "no fees were mentioned" keeps it (a fee not disclosed).
_NO_FEE = _c(r"\b(?:(?:there(?:'s| is| are| was| were) )?no|without (?:any |a )?|free of)"
             r" (?:[\w]+[- ]){0,2}?(?:fee|fees|charge|charges|penalty|penalties|cost|costs)\b(?! (?:was|were|is|are) (?:ever )?(?:mentioned|disclosed|shown|explained))"
             r"|\b(?:sans|aucuns?) (?:\w+ )?(?:frais|pénalités?)\b|\bsin (?:ningún |ninguna |coste|costo|cargo|penalización|comisión)\w*"
             r"|\b(?:ohne|keine) (?:\w+ )?(?:\w*gebühr\w*|kosten|aufpreis)\b|\b(?:kostenlos|kostenfrei|gebührenfrei)\b")
# The price of what they bought, named as such, is no charge they contest: a payment told as made, as the background of
# what they still wait for ("I already paid the quote (€340, invoice TR-...) two weeks ago. What I need is the
# translation", "ya pagué el presupuesto", "j'ai déjà réglé la facture", "ich habe die Rechnung bereits bezahlt"; round 20:
# nb-60-010), and the fee of a course or class whose refund they ask after it went badly ("die Erstattung der Kursgebühr
# von 280 €", "a refund of the course fee"; round 20: nb-59-081). Paid twice, again or more than agreed stays a charge.
_PRICE_PAID = _c(r"\b(?:(?:(?:I|we) (?:have |had |'ve )?(?:already|previously) paid|(?:I|we) (?:have |had |'ve )?paid(?= (?:\S+ ){0,4}?(?:in full|upfront|up front|in advance)\b))"
                 r"(?: for)?(?: (?:the|my|our|your|this|that|a|an))?(?: [^\s()]+){0,3}(?: ?\([^()\n]{0,80}\)| [£$€] ?\d[\d,.]*| \d[\d,.]* ?(?:€|£|\$|eur|euros?))?"
                 r"|ya (?:he |hemos |había |habíamos )?(?:pagado|pagué|pagamos|abonado|aboné|abonamos)(?: [^\s()]+){0,3}(?: ?\([^()\n]{0,80}\))?"
                 r"|(?:j'ai|nous avons) déjà (?:payé|réglé)(?: [^\s()]+){0,3}(?: ?\([^()\n]{0,80}\))?"
                 r"|(?:habe|haben|hatte|hatten) (?:\S+ ){0,4}?(?:bereits|schon) (?:\S+ ){0,2}?(?:bezahlt|überwiesen|beglichen)"
                 r"|(?:course|class|lesson|tuition|camp|workshop) (?:fees?|price)|\w*(?:kurs|teilnahme|schul|studien|unterrichts)gebühr\w*|kurs(?:beitrag|kosten)"
                 r"|(?:cuota|precio|importe|coste) del (?:curso|cursillo|campamento|taller)|(?:frais|prix|coût) (?:du |de )(?:cours|stage)|(?:frais|prix|coût) de (?:l'atelier|scolarité))(?!\w)"
                 r"(?! (?:\S+ ){0,2}?(?:twice|again|instead|double|too much|more than|extra|zweimal|doppelt|erneut|deux fois|dos veces)\b)")
# Software said to be broken ("Invoice export broken", "la sincronización está rota", "le lien est cassé", "der Export ist
# kaputt") is a function that fails, not a damaged thing: "broken" there is blanked, and counts for the outage instead.
_SOFTWARE_THING = (r"(?:app|apps|website|site|log-?in|export|import|sync|link|feature|page|checkout|portal|integration|api|update|search|button|form"
                   r"|dashboard|upload|download|exportación|importación|sincronización|aplicación|app|web|enlace|función|appli|application|lien|fonction"
                   r"|synchronisation|funktion|seite|synchronisierung|schnittstelle)")
_SOFTWARE_BROKEN = _c(r"\b" + _SOFTWARE_THING + r"\s+(?:\w+\s+){0,2}?(?:is |are |was |has been |seems |still |está |est |ist )?"
                      r"(?:completely |totally |still |now |again |comme d'habitude )?(?P<broken>broken|rot[ao]|cassée?|kaputt|defekt)\b")
# The same software said not to work, either way round ("La app de la tele no funciona", "No funciona la exportación del
# modelo 303", "le site ne fonctionne pas", "die Funktion funktioniert nicht"; round 20): the words of a faulty thing
# there are blanked, so no product is read as defective; the app's or the export's own words name the outage.
_NOT_WORKING = (r"(?:no funciona|ha dejado de funcionar|dejó de funcionar|ne (?:fonctionne|marche) (?:pas|plus)|funktioniert (?:nicht|nicht mehr|gar nicht)"
                r"|(?:doesn'?t|does not|won'?t|didn'?t|did not) work|(?:isn'?t|is not|not) working|stopped working)")
_SOFTWARE_NOT_WORKING = _c(r"\b" + _SOFTWARE_THING + r"\b(?: [\w'-]+){0,4}? (?:(?:is|está|est|ist) )?(?:still |sigue |toujours |immer noch )?(?P<fails>" + _NOT_WORKING + r")\b"
                           r"|\b(?P<fails2>" + _NOT_WORKING + r") (?:(?:la|el|mi|tu|vuestra|su|le|mon|ma|votre|die|das|der|meine|mein|eure|ihre|the|my|your) |l')" + _SOFTWARE_THING + r"\b")

# A journey that failed, said with a machine's words ("the RE 7 ist einfach ausgefallen", "the 7.10 train failed", "el
# tren se averió", "le TER est tombé en panne", "the ship left without us", "the tender crew stopped loading"):
# a train, a coach or a ship that did not run or left them behind is a disrupted journey, not an app or a system down.
# It counts for the journey as a set phrasing (JOURNEY_WEIGHT). The failure word is not blanked for the other families:
# blanking it cost a held-out line (session 18b).
_JOURNEY = (r"(?:trains?|(?:re|rb|s|ice|ic|ec|u) ?\d+|regionalbahn|regionalzug|s-bahn|zug|züge|ferry|ferries|ship|cruise ship|tender(?: boat)?s?|boat|coach|bus|shuttle"
            r"|flight|plane|sailing|fähre|schiff|flug|ersatzbus|tren|barco|crucero|ferri|vuelo|autocar|autobús|lanzadera|navette|navire|bateau|paquebot"
            r"|ter|tgv|rer|intercités|vol|avion)")
JOURNEY_WEIGHT = 4.0  # above an outage word's 3, which the same failure word (not blanked) also gives
_JOURNEY_FAILED = _c(r"\b(?:the|our|my|your|this|that|der|die|das|euer|eure|ihr|ihre|unser|unsere|el|la|los|las|nuestro|nuestra|su|vuestro|vuestra"
                     r"|le|les|notre|votre) (?:\S+ ){0,2}?" + _JOURNEY + r"\b(?: (?:[\w':.]+ ){0,8}?)"
                     r"(?P<failed>(?:einfach |komplett |ersatzlos )?ausgefallen|fiel (?:\S+ )?aus|liegen ?geblieben|broke down|(?:has |had )?failed"
                     r"|(?:stopped|stop) loading|(?:left|sailed|departed|went) (?:without (?:us|me)|early)|se averió|se ha averiado"
                     r"|(?:se fue|zarpó|salió) sin (?:nosotros|mí)|(?:est )?tombée? en panne|(?:est )?partie? sans (?:nous|moi)"
                     r"|(?:ist )?ohne (?:uns|mich) (?:abgefahren|losgefahren|ausgelaufen|abgelegt))")


def _blank_whole(pattern: re.Pattern) -> Callable[[str], str]:
    return lambda value: pattern.sub(lambda m: " " * len(m.group(0)), value)


def _blank_group(pattern: re.Pattern, group: str) -> Callable[[str], str]:
    def blank(m: re.Match) -> str:
        start, end = m.start(group) - m.start(), m.end(group) - m.start()
        return m.group(0)[:start] + " " * (end - start) + m.group(0)[end:]
    return lambda value: pattern.sub(blank, value)


def _blank_inside(pattern: re.Pattern, inner: re.Pattern) -> Callable[[str], str]:
    blank_inner = _blank_whole(inner)
    return lambda value: pattern.sub(lambda m: blank_inner(m.group(0)), value)


_blank_provider_verb = _blank_inside(_PROVIDER_CANCELLED, _PROVIDER_VERB)
_blank_software_not_working = _blank_inside(_SOFTWARE_NOT_WORKING, _c(_NOT_WORKING))
_blank_card_stopped = _blank_whole(_CARD_STOPPED)
_blank_address_closed = _blank_whole(_ADDRESS_CLOSED)
_blank_company_cancelled = _blank_whole(_COMPANY_CANCELLED)
_blank_cancel_not_asked = _blank_whole(CANCEL_NOT_ASKED)


# A billing paper that has not come ("we still haven't received the invoice", "nous n'avons toujours pas reçu la facture",
# "no he recibido la factura", "keine Rechnung erhalten"): a paper they need for their books, not a late parcel
# (nb-62-096, nb-49-096; the family's "pas reçu" read it as a delivery). A certificate, a card or a licence that is sent
# out stays a delivery (test_topics_plain_words), and a confirmation or a code was a delivery's on the lines we read
# (nb-21-019, nb-47-089).
_DOC = (r"(?:invoices?|receipts?|credit notes?|(?:closing |final )?statements?|vat invoices?"
        r"|factur(?:e|a)s?|reçus?|avoirs?|recibos?|notas? de crédito)")
_DOCUMENT_NOT_RECEIVED = _c(
    r"(?:(?:\bnot|\bnever|n't|\byet to)(?: yet| still| even)? (?:received|receive|got(?:ten)?|get|had|been sent|seen)(?: (?:a|an|the|my|our|any|your|its))? (?:\w+ )?" + _DOC + r"\b"
    r"|" + _DOC + r" (?:\w+ ){0,2}?(?:(?:has|have|had|did|does|is|was)n'?t|(?:has|have|had|did|is|was) not|never|still not) (?:arrived|come|turned up|been sent|been issued)\b"
    r"|(?:pas|jamais)(?: encore)?(?: été)? (?:reçue?s?|eue?s?) (?:la |le |l'|les |ma |mon |notre |nos |votre |vos |aucune? |d'|de )?" + _DOC + r"\b"
    r"|(?:no|nunca|todavía no|aún no) (?:me |nos )?(?:ha[ns]? |he |hemos )?(?:recibido|llegado|enviado) (?:la |el |las |los |ningún |ninguna |mi |nuestra |nuestro )?" + _DOC + r"\b"
    r"|(?:sigo|seguimos) sin (?:recibir )?(?:la |el |las |los |ningún |ninguna )?" + _DOC + r"\b"
    r"|(?:keine|nicht die|noch keine|nie eine) (?:\w+ )?(?:rechnung|quittung|gutschrift|beleg)\w* (?:\S+ ){0,6}?(?:erhalten|bekommen|gesehen)"
    r"|(?:rechnung|quittung|gutschrift|beleg)\w* (?:\S+ ){0,5}?(?:nicht|nie|noch nicht|immer noch nicht) (?:angekommen|eingegangen|erhalten|bekommen|gekommen))")


# A cancellation the customer says they did not make ("I did not cancel it", "yo no lo he cancelado", "je n'ai rien
# annulé", "ich habe nichts storniert") names no cancellation of theirs.
_NOT_MY_CANCEL = _c(r"\b(?:I|we) (?:did(?:n'?t| not)|never|have(?:n'?t| not)) (?:\w+ )?cancel+(?:ed)?\b(?: (?:it|this|that|anything|them))?"
                    r"|(?:yo )?(?:no|nunca) (?:lo |la |los |las )?(?:he|hemos|había) (?:cancelado|anulado)|(?:yo )?no (?:lo |la )?(?:cancelé|anulé)"
                    r"|(?:je|nous) n'(?:ai|avons) (?:rien|jamais|pas) (?:\w+ )?annulé|(?:ich|wir) (?:habe|haben) (?:nichts|das nicht|ihn nicht|sie nicht|es nicht|nie) (?:\w+ )?(?:storniert|abgesagt|gekündigt)")


# What names no situation, blanked (spaces, so offsets hold) in this order before the families are read: the channel of
# an order, theft or fraud said of the company as contempt, trouble reaching them, the excuse staff gave, extras billed
# without consent, the verb of a stay the provider cancelled, trouble with the claim form, the cancel button or an access
# link, a fee said not to apply, a price told as paid, a cancellation they say they did not make, the "broken" of
# software said to be broken, the "not working" of software said not to work, the leaving words of a conditional
# threat, a cost paid elsewhere that they want covered ("Vet bill was £210": facts.OUT_OF_POCKET), and a document not
# received (_DOCUMENT_NOT_RECEIVED).
_BLANKED: tuple[Callable[[str], str], ...] = (
    _blank_whole(_CHANNEL), _blank_whole(_CONTEMPT), _blank_whole(_CONTACT_TROUBLE), _blank_whole(_STAFF_EXCUSE),
    _blank_whole(_BILLED_EXTRAS), _blank_provider_verb, _blank_whole(_CLAIM_FORM_TROUBLE),
    _blank_whole(_CANCEL_CONTROL_TROUBLE), _blank_whole(_ACCESS_LINK_TROUBLE), _blank_whole(_NO_FEE), _blank_whole(_PRICE_PAID),
    _blank_whole(_NOT_MY_CANCEL), _blank_group(_SOFTWARE_BROKEN, "broken"), _blank_software_not_working,
    _blank_group(_CONDITIONAL_LEAVING, "leaving"), _blank_whole(OUT_OF_POCKET), _blank_whole(_DOCUMENT_NOT_RECEIVED))


def _without_channel_or_threat(value: str) -> str:
    """The text with what names no situation blanked (_BLANKED)."""
    for blank in _BLANKED if value else ():
        value = blank(value)
    return value


@lru_cache(maxsize=256)
def _parts(text: str, subject: str) -> tuple[tuple[tuple[str, float], ...], tuple[tuple[str, float], ...]]:
    """Each family's evidence (its set phrasings, weight >= EVIDENCE) and its ordinary words (lighter patterns and
    the lexicon), each weight times matches (at most 3 in the text, the subject double)."""
    broken_software = min(len(_SOFTWARE_BROKEN.findall(text or "")), 1) + 2 * min(len(_SOFTWARE_BROKEN.findall(subject or "")), 1)
    cancelled_stay = min(_provider_cancelled(text), 1) + 2 * min(_provider_cancelled(subject), 1)
    journey_failed = min(len(_JOURNEY_FAILED.findall(text or "")), 1) + 2 * min(len(_JOURNEY_FAILED.findall(subject or "")), 1)
    text, subject = _without_channel_or_threat(text), _without_channel_or_threat(subject)
    strong: dict[str, float] = {"outage_or_bug": EITHER_WEIGHT * broken_software} if broken_software else {}
    if cancelled_stay:
        strong["travel_disruption"] = EITHER_WEIGHT * cancelled_stay
    if journey_failed:
        strong["travel_disruption"] = strong.get("travel_disruption", 0.0) + JOURNEY_WEIGHT * journey_failed
    weak: dict[str, float] = {}
    for topic, family in _FAMILIES.items():
        for pattern, weight in family:
            n = min(len(pattern.findall(text or "")), 3) + 2 * min(len(pattern.findall(subject or "")), 1)
            if n:
                part = strong if weight >= EVIDENCE else weak
                part[topic] = part.get(topic, 0.0) + weight * n
    for value, times in ((text, 1), (subject, 2)):
        for topic, score in _either_fault(value).items():
            strong[topic] = strong.get(topic, 0.0) + times * score
    for value in (text, subject):  # the subject's words count once more, as its phrases do
        for topic, score in lexicon_scores(value).items():
            weak[topic] = weak.get(topic, 0.0) + score
    if cancelled_stay and "other" in strong:  # the stay itself named ("la casa rural") once the host cancelled it: the trip's
        weak["other"] = weak.get("other", 0.0) + GENERIC_SHARE * strong.pop("other")
    if "delivery_delay" in strong or "delivery_delay" in weak:
        both = f"{subject}\n{text}"
        if _VISIT.search(both) and not _GOODS.search(both):  # a visit booked for 8-12 that nobody made is no late parcel
            weak["delivery_delay"] = GENERIC_SHARE * (strong.pop("delivery_delay", 0.0) + weak.get("delivery_delay", 0.0))
        elif _LATE_CONCEDED.search(both):  # the lateness let go ("which I could live with"): what came is the grievance
            weak["delivery_delay"] = GENERIC_SHARE * (strong.pop("delivery_delay", 0.0) + weak.get("delivery_delay", 0.0))
    return tuple(strong.items()), tuple(weak.items())


def evidence(text: str, subject: str = "") -> dict[str, float]:
    """Each family's score from its set phrasings alone (see EVIDENCE)."""
    return dict(_parts(text or "", subject or "")[0])


def topic_scores(text: str, subject: str = "") -> dict[str, float]:
    """Each family's score, evidence plus ordinary words. Generic words yield to evidence elsewhere: software words
    ("app", "error", "since the update") when a concrete situation has evidence and no outage phrasing is there;
    delivery words when damage, a wrong item or a refund has evidence and no lateness phrasing is there."""
    strong, weak = (dict(part) for part in _parts(text or "", subject or ""))
    scores = {t: strong.get(t, 0.0) + weak.get(t, 0.0) for t in {*strong, *weak}}
    concrete = [t for t in CONCRETE if strong.get(t, 0.0) >= EVIDENCE]
    for topic, rivals in (("outage_or_bug", concrete), ("delivery_delay", [t for t in AFTER_DELIVERY if t in concrete]),
                          ("travel_disruption", [t for t in concrete if t != "travel_disruption"])):
        if topic in scores and rivals and strong.get(topic, 0.0) < EVIDENCE:
            scores[topic] = GENERIC_SHARE * weak.get(topic, 0.0)
    both = f"{subject}\n{text}"
    if "outage_or_bug" in scores and strong.get("damaged_or_defective", 0.0) >= EVIDENCE and (
            not _SERVICE_NAMED.search(_SUPPORT.sub(" ", both)) or (_DEVICE.search(both) and _GOODS.search(both)) or _BOUGHT_THING.search(both)):
        scores["outage_or_bug"] *= GENERIC_SHARE  # an error code or a cut-out of no app, site or connection, or of a device bought: the thing is faulty
    if "damaged_or_defective" in scores and strong.get("outage_or_bug", 0.0) >= EVIDENCE and _SERVICE_NAMED.search(_SUPPORT.sub(" ", text or "")) \
            and not _GOODS.search(both) and not _DEVICE.search(both):
        scores["damaged_or_defective"] *= GENERIC_SHARE  # "Payroll export broken" over an error code in the app: software that failed
    if strong.get("refund_not_received", 0.0) >= EVIDENCE and _REFUND_REFUSED.search(both):
        scores["refund_not_received"] *= GENERIC_SHARE  # a refund asked for and turned down: the charge is the dispute, no money is on its way
    if "wrong_item" in scores and _OTHERS_DATA.search(both):
        scores["wrong_item"] *= GENERIC_SHARE  # another customer's personal details in the parcel: their data, not a wrong item
    if "damaged_or_defective" in scores and "unexpected_charge" in scores and DAMAGE_CHARGE.search(both):
        scores["damaged_or_defective"] *= GENERIC_SHARE  # the scratch they are billed for (DAMAGE_CHARGE) is the charge's pretext, not a faulty product
    if "damaged_or_defective" in scores and _STAY.search(both) and not _GOODS.search(both):
        scores["damaged_or_defective"] *= GENERIC_SHARE  # a cold, mouldy holiday flat is a stay gone wrong, not a faulty product
    if scores.get("fraud_or_security", 0.0) and subject and _CHARGED_THEM.search(text or "") \
            and dict(_parts(text or "", "")[0]).get("fraud_or_security", 0.0) < EVIDENCE:
        scores["fraud_or_security"] *= GENERIC_SHARE  # "Subject: scam" over "you charged me £143": an accusation, not a stranger
    if scores.get("fraud_or_security", 0.0) and _NOT_AS_SOLD.search(both) and not _FRAUD_MONEY.search(both) \
            and not _STRANGER.search(_SCAM_WORD.sub(" ", both)) and not _SELLER.search(both):
        # "FAKE gold chain - scam" over a chain found plated: the goods are not as sold, a faulty product's claim
        scores["damaged_or_defective"] = scores.get("damaged_or_defective", 0.0) + scores["fraud_or_security"]
        scores["fraud_or_security"] *= GENERIC_SHARE
    if "unexpected_charge" in scores and strong.get("outage_or_bug", 0.0) >= EVIDENCE and not _CHARGED_THEM.search(both):
        scores["unexpected_charge"] *= GENERIC_SHARE  # a bill they cannot pay, a fee they are threatened with: the fault is the grievance
    return scores


_SHIPPED = object()
MODEL_CONFIDENT = 0.5  # below this the topic is "uncertain": the draft names no situation-specific fact
AGREEMENT_BONUS = 0.3  # the learned layer and the keyword families name the same topic
# Notes are written for upset customers, who rarely write to praise or to ask how a product works: these topics
# keep this share of their probability when the customer is upset, so a concrete situation wins a close call.
# The learned layer's choice yields to the families' when it has no set phrasing and theirs does.
GENERIC_WORDS = ("outage_or_bug", "delivery_delay")
BEFORE_A_REFUND = ("travel_disruption", "delivery_delay", "cancellation", "damaged_or_defective", "wrong_item")
UNSPECIFIC = ("poor_service", "praise", "billing_question", "product_question")  # "other" here is a stay, claim or appointment
# Praise never: no upset line of the readable sets is labelled praise (0 of 37), so thanks on an upset message
# ("Great, another week without heating, thanks so much") are sarcasm around the situation.
UPSET_PRIOR = {"other": 0.4, "praise": 0.0, "product_question": 0.3, "billing_question": 0.4}
NEVER_UPSET = tuple(t for t, p in UPSET_PRIOR.items() if p == 0)  # topics a note's reading never names


def keyword_topic(text: str, subject: str = "", cues: tuple[str, ...] | list[str] = (), upset: bool = False) -> str:
    """The keyword families alone: the fallback when no model ships, and one of the model's features (read as if
    calm there). An upset customer is never praising (see UPSET_PRIOR)."""
    both = f"{subject}\n{text}"
    scores = topic_scores(text, subject)
    rule = _rule_topic(both, scores, cues, evidence(text, subject))
    if rule:
        return rule
    if upset:
        scores.pop("praise", None)
    if "repeat_contact" in cues and "poor_service" in scores:
        scores["poor_service"] += 1
    if "refund_not_received" in scores and scores["refund_not_received"] < 5:
        scores["refund_not_received"] /= 2  # asking for a refund is not waiting for one
    if not scores:
        return "other"
    best = max(scores, key=lambda t: (scores[t], -TOPICS.index(t)))
    if best == "poor_service" and not _service_is_the_grievance(both):  # "with no more specific topic"
        best = _specific(text, subject, scores) or best
    elif best == "cancellation":  # "just cancel it" after days without service: leaving is the remedy, not the situation
        found = evidence(text, subject)
        causes = [t for t in ("outage_or_bug",) if found.get(t, 0.0) >= EVIDENCE and not _CANCEL_ATTEMPT.search(both)]
        best = max(causes, key=lambda t: (scores[t], -TOPICS.index(t))) if causes else best
    elif best == "praise":  # "Bravo. You sent the wrong sofa": thanks around a concrete situation are sarcasm
        found = evidence(text, subject)
        concrete = [t for t in CONCRETE + ("outage_or_bug",) if found.get(t, 0.0) >= max(EVIDENCE, found.get("praise", 0.0))]
        best = max(concrete, key=lambda t: (scores[t], -TOPICS.index(t))) if concrete else best
    if best in BEFORE_A_REFUND and scores.get("refund_not_received", 0) >= 5:
        best = "refund_not_received"  # the flight, parcel or order is past; the money they wait for is the grievance now
    return best


SPECIFIC_WORDS = 1.2  # a concrete situation's ordinary words this strong name what the complaint about the service is about


def _specific(text: str, subject: str, scores: dict[str, float]) -> str | None:
    """The strongest situation other than a complaint about the service that has real evidence, if any; else the
    strongest concrete situation whose ordinary words are clearly there (a customer chasing their deposit or a
    locked account is chasing that, however much of the message is about being ignored)."""
    found = evidence(text, subject)
    specific = [t for t in scores if t not in UNSPECIFIC and found.get(t, 0.0) >= EVIDENCE]
    if not specific:
        specific = [t for t in scores if t in CONCRETE and t not in ("other", "delivery_delay") and scores[t] >= SPECIFIC_WORDS]
    return max(specific, key=lambda t: (scores[t], -TOPICS.index(t))) if specific else None


def _rule_topic(both: str, scores: dict[str, float], cues: tuple[str, ...] | list[str] = (),
                found: dict[str, float] | None = None) -> str | None:
    """The few high-precision combinations: a charge after cancelling, money taken they never authorised, a bereaved
    customer's account handled badly, a cancellation asked for now (found: each family's evidence)."""
    found = found or {}
    if scores.get("travel_disruption", 0) >= 4 and not _I_CANCELLED.search(both):
        pass  # a flight or train the company cancelled, and a fare paid: a disrupted journey, not a charge after cancelling
    elif _CANCELLATION_FEE.search(both) and not _CHARGED_AGAIN.search(both):
        pass  # a fee for cancelling a ride, booking or order: a charge they did not expect, not one after leaving
    elif (said_cancelled(both) or ("already_cancelled" in cues and not CANCEL_NOT_ASKED.search(both))) and (_CHARGED_AGAIN.search(both) or (_charge_named(both) and _refund_awaited(both, scores) < 4)):
        return "charged_after_cancel"
    if _BILLED_EXTRAS.search(both):
        return "unexpected_charge"  # extras the company billed without consent: no third party took the money
    if "fraud_or_security" in scores and _FRAUD_MONEY.search(both) and not (_OWN_PLAN.search(both) and not _STRANGER.search(both)):
        return "fraud_or_security"
    if _CHARGED_MANY_TIMES.search(both) and found.get("fraud_or_security", 0.0) < EVIDENCE and _refund_awaited(both, scores) < 5:
        return "unexpected_charge"  # one payment taken again and again, no stranger's and no refund already promised
    if _REFUND_REFUSED.search(both) and (_CHARGED_THEM.search(both) or _CANCELLATION_FEE.search(both) or found.get("unexpected_charge", 0.0) >= EVIDENCE):
        return "unexpected_charge"  # a charge they dispute, its refund turned down: no money is on its way
    if _BEREAVED.search(both) and _ACCOUNT_MATTER.search(both) and not _held_by(found, ("poor_service", "other")):
        return "poor_service"  # no account closed on request, no locked login, no charge: the handling is the grievance
    if CANCEL_NOW.search(both) and not _held_by(found, ("poor_service", "unexpected_charge", "cancellation", "other")):
        return "cancellation"  # a price rise or a fee is why they leave; an outage, a fraud or a parcel stays the situation
    return None


def _refund_awaited(both: str, scores: dict[str, float]) -> float:
    """The refund family's score, without a refund said not back only inside a condition (_CONDITIONAL_REFUND)."""
    if "refund_not_received" not in scores or not _CONDITIONAL_REFUND.search(both):
        return scores.get("refund_not_received", 0.0)
    return topic_scores(_CONDITIONAL_REFUND.sub(lambda m: " " * len(m.group(0)), both)).get("refund_not_received", 0.0)


def _held_by(found: dict[str, float], allowed: tuple[str, ...]) -> bool:
    """Whether a situation outside these has real evidence (a concrete one, or an outage)."""
    return any(found.get(t, 0.0) >= EVIDENCE for t in (*CONCRETE, "outage_or_bug") if t not in allowed)


def model_features(text: str, subject: str = "") -> dict[str, float]:
    """What the learned layer reads: each family's score (about 0..3), the families' own decision, and word stems."""
    out = {f"kw:{t}": min(score, 12.0) / 4.0 for t, score in topic_scores(text, subject).items()}
    out[f"kwtop:{keyword_topic(text, subject)}"] = 1.0
    out.update(stem_features(text, subject))
    return out


@lru_cache(maxsize=1)
def shipped_model() -> TopicModel | None:
    return load_model(model_features)


def _with_prior(probabilities: dict[str, float], prior: dict[str, float]) -> dict[str, float]:
    """The probabilities reweighted and renormalised, without the topics the prior rules out (none if nothing is left)."""
    weighted = {t: p * prior.get(t, 1.0) for t, p in probabilities.items() if prior.get(t, 1.0) > 0}
    total = sum(weighted.values())
    return {t: p / total for t, p in weighted.items()} if total > 0 else {}


@lru_cache(maxsize=1)
def shipped_words_model() -> TopicModel | None:
    return load_words_model()


# What the families' choice adds, times how sure it is, to its topic's probability under the words layer. Chosen on
# the authored held-out set alone, from 0.25 / 0.5 / 1 / 2 (bench/train_topic_words.py --report): the words layer
# leads and the families break its near-ties; at 1 and above the families lead again and every held-out set lost.
FAMILIES_WEIGHT = 0.25
WORDS_CONFIDENT = 0.5  # below it, the families' set phrasing of a situation (EVIDENCE) outweighs the words layer
# A line or two gives the words layer too few known words and pairs to go on: under SHORT_TEXT_FEATURES of them the
# families lead (chosen from 20 / 30 / 45: the same on the authored held-out set, and the class tests, one-line
# messages written here, pass at 30 and above).
SHORT_TEXT_FEATURES = 30
FAMILIES_WEIGHT_SHORT = 1.0


def topic_and_confidence(text: str, subject: str = "", cues: tuple[str, ...] | list[str] = (),
                         model=_SHIPPED, upset: bool = True, words=_SHIPPED) -> tuple[str, float]:
    """The corpus topic and how sure the choice is. A high-precision rule decides alone; a families' reading that is
    certain (its learned layer and its keywords agreeing at full strength) too, unless the words layer is sure of
    another concrete situation over a long enough message (WORDS_OVERRULE). Otherwise the words
    layer (topic_words.json, with the upset prior when the customer is upset) weighs in with the families' reading
    (_chosen): each topic's words probability, plus FAMILIES_WEIGHT x the families' confidence for the topic they
    name; a set phrasing the families found stands unless the words layer is sure of its own choice. Money a child
    spent on the customer's own account is a charge they did not expect, whatever fraud words come with it; a
    cancellation they say they did not make ("I did not cancel it"), or one the company made on them ("my contract has
    been cancelled because a payment failed"), is never theirs."""
    topic, sure, by_rule = _chosen(text, subject, cues, model, upset)
    if sure >= 1.0 and not by_rule:
        words = shipped_words_model() if words is _SHIPPED else words
        topic, sure = _words_overrule(text, subject, topic, sure, upset, words)
    if 0.0 < sure < 1.0:  # not a rule's, and some family spoke: with none, "other" and unsure (a neutral draft)
        words = shipped_words_model() if words is _SHIPPED else words
        topic, sure = _with_words(text, subject, topic, sure, upset, words)
    if topic == "cancellation" and sure > 0.0 and not by_rule and not PORTING_OUT.search(f"{subject}\n{text}"):
        words = shipped_words_model() if words is _SHIPPED else words
        topic, sure = _left_over(text, subject, topic, sure, upset, words)
    if topic == "charged_after_cancel" and not by_rule and not _charge_named(f"{subject}\n{text}") \
            and not AMOUNT.search(text):
        # A charge after cancelling with no charge, bill, money taken or sum in their words is the cancellation itself
        # ("I cancelled on 2 March, never got a confirmation, now a reminder came"): of the 200 readable lines labelled
        # a charge after cancelling, one names no charge, and it names the sum held ("a £250 pre-authorisation"). A
        # payment still to come is no charge taken ("it still says 'Active, next payment 1 July'").
        return "cancellation", sure
    if topic == "unexpected_charge" and not by_rule and OUT_OF_POCKET.search(f"{subject}\n{text}") \
            and evidence(text, subject).get("unexpected_charge", 0.0) < EVIDENCE:
        return topic, min(sure, MODEL_CONFIDENT / 2)  # the only bill named is one paid elsewhere: no charge to explain
    if topic == "delivery_delay" and not by_rule and _DOCUMENT_NOT_RECEIVED.search(f"{subject}\n{text}") \
            and evidence(text, subject).get("delivery_delay", 0.0) < EVIDENCE:
        return topic, min(sure, MODEL_CONFIDENT / 2)  # only a document has not come: no parcel to trace
    if topic == "wrong_item" and not by_rule and PRINT_DEFECT.search(f"{subject}\n{text}") \
            and not MISSING_FROM_ORDER.search(f"{subject}\n{text}"):
        return "damaged_or_defective", max(sure, MODEL_CONFIDENT)  # pages missing or twice inside the book: a defect
    if topic == "fraud_or_security" and _FAMILY_SPENT.search(f"{subject}\n{text}"):
        return "unexpected_charge", sure
    if topic == "fraud_or_security" and not by_rule and _CONTEMPT.search(text) and _CHARGED_THEM.search(text) \
            and not _STRANGER.search(_SCAM_WORD.sub(" ", _CONTEMPT.sub(" ", text))):
        # The company's own charge called fraud or a scam ("you have billed me $89 ... reporting it as fraud"), with no
        # stranger in the story: the families blank the accusation (_CONTEMPT), and the words layer must not bring it back.
        return "unexpected_charge", sure
    if topic == "cancellation" and "cancel_request" not in cues and _NOT_MY_CANCEL.search(f"{subject}\n{text}"):
        return "other", 0.0  # a cancellation they say they did not make is none of theirs: a neutral draft
    if topic in ("cancellation", "charged_after_cancel") and not by_rule and not {"cancel_request", "already_cancelled"} & set(cues) \
            and not said_cancelled(f"{subject}\n{text}"):
        if _PROVIDER_CANCELLED.search(f"{subject}\n{text}"):
            return "travel_disruption", sure  # a stay or a trip the provider cancelled on them (session 26): a disrupted trip
        if _COMPANY_CANCELLED.search(f"{subject}\n{text}"):
            return "other", 0.0  # a contract the company ended on them, and none they ended: no cancelling of theirs to name
    return topic, sure


# A cancellation the families name is most often a remedy asked for or threatened ("refund it and close the account",
# "fix it this week or I cancel the subscription", "either a date or cancel the order and refund my deposit"), or one
# made before whose refund is what they chase; the families read the leaving words, the words layer the whole story.
# When the words layer names a concrete situation clearly (LEAVE_OVER) and the cancellation itself barely (LEAVE_NOT),
# that situation is what they leave over, as in _what_they_leave_over. A cancellation rule (asked now, "with immediate
# effect") still decides alone, and a porting code asked for is the leaving itself. On the readable sets this moved 7 upset lines, each to its label (none labelled a
# cancellation), and the held-out sets gained 2 with none lower (session 18).
LEAVE_OVER = 0.33
LEAVE_NOT = 0.1
_LEFT_OVER = tuple(t for t in CONCRETE if t not in ("cancellation", "charged_after_cancel", "other")) + ("outage_or_bug",)  # a charge after cancelling is one of the cancellation's own


def _left_over(text: str, subject: str, families: str, sure: float, upset: bool,
               words: TopicModel | None) -> tuple[str, float]:
    features = words.featurize(text, subject) if words is not None else {}
    if words is None or known_words(features) < SHORT_TEXT_FEATURES:
        return families, sure  # a line or two: too few words for the layer to overrule the families (see _with_words)
    probabilities = words.probabilities_of(features)
    if upset and probabilities:
        probabilities = _with_prior(probabilities, UPSET_PRIOR)
    if not probabilities:
        return families, sure
    topic = max(sorted(probabilities), key=lambda name: probabilities[name])
    if topic in _LEFT_OVER and probabilities[topic] >= LEAVE_OVER and probabilities.get("cancellation", 0.0) <= LEAVE_NOT:
        return topic, max(MODEL_CONFIDENT, probabilities[topic])
    return families, sure


# A families' reading that is certain (its learned layer and its keywords agreeing at full strength, no rule) still
# yields to the words layer when that layer, over a message long enough for it (SHORT_TEXT_FEATURES), is this sure of
# another concrete situation or an outage: the families and their learned layer read the same set phrasings, so when
# both follow one ("charged twice", "no funciona") the story the whole message tells (a refund promised and not come,
# a stranger's order on their account) is the words layer's to see. Never toward a complaint about the service or
# "other": a situation named stands against those. Chosen on every held-out set from 0.85 / 0.7 / 0.6 (topic 0.839 ->
# 0.840 / 0.846 / 0.844; at 0.6 the corpus held-out set lost 2); kept to concrete targets, 0.845 (session 20).
WORDS_OVERRULE = 0.7
_OVERRULED_TOWARD = tuple(t for t in CONCRETE if t != "other") + ("outage_or_bug",)


def _words_overrule(text: str, subject: str, families: str, sure: float, upset: bool,
                    words: TopicModel | None) -> tuple[str, float]:
    features = words.featurize(text, subject) if words is not None else {}
    if words is None or known_words(features) < SHORT_TEXT_FEATURES:
        return families, sure
    probabilities = words.probabilities_of(features)
    if upset and probabilities:
        probabilities = _with_prior(probabilities, UPSET_PRIOR)
    if not probabilities:
        return families, sure
    topic = max(sorted(probabilities), key=lambda name: probabilities[name])
    if topic != families and topic in _OVERRULED_TOWARD and probabilities[topic] >= WORDS_OVERRULE:
        return topic, probabilities[topic]
    return families, sure


def _with_words(text: str, subject: str, families: str, sure: float, upset: bool,
                words: TopicModel | None) -> tuple[str, float]:
    features = words.featurize(text, subject) if words is not None else {}
    probabilities = words.probabilities_of(features) if words is not None else {}
    if upset and probabilities:
        probabilities = _with_prior(probabilities, UPSET_PRIOR)
    if not probabilities:
        return families, sure
    if max(probabilities.values()) < WORDS_CONFIDENT and evidence(text, subject).get(families, 0.0) >= EVIDENCE:
        return families, sure  # a set phrasing of the situation, and a words layer not sure of another reading
    combined = dict(probabilities)
    weight = FAMILIES_WEIGHT if known_words(features) >= SHORT_TEXT_FEATURES else FAMILIES_WEIGHT_SHORT
    combined[families] = combined.get(families, 0.0) + weight * sure
    topic = max(sorted(combined), key=lambda name: combined[name])
    return topic, combined[topic] / (1.0 + weight * sure)  # the shares of one whole again


def _chosen(text: str, subject: str, cues: tuple[str, ...] | list[str], model, upset: bool) -> tuple[str, float, bool]:
    """The families' reading: a topic and how sure it is. The high-precision rules first (sure); when no family speaks at
    all, "other" (unsure, so the draft stays neutral); else the learned layer's choice, with the upset prior when the
    customer is upset (a note is only written for them), surer when the families agree. When the layer is unsure and
    the families name a concrete situation, theirs, still unsure. Keywords alone when no model ships. The third value
    says whether a high-precision rule decided."""
    both = f"{subject}\n{text}"
    scores = topic_scores(text, subject)
    found = evidence(text, subject)
    rule = _rule_topic(both, scores, cues, found)
    if rule:
        return rule, 1.0, True
    if not scores:
        return "other", 0.0, False
    if model is _SHIPPED:
        model = shipped_model()
    keywords = keyword_topic(text, subject, cues, upset)
    if model is None:
        return keywords, 0.5, False
    probabilities = model.probabilities(text, subject)
    if upset and probabilities:
        probabilities = _with_prior(probabilities, UPSET_PRIOR)
    if not probabilities:
        return keywords, 0.5, False
    topic = max(sorted(probabilities), key=lambda name: probabilities[name])
    probability = probabilities[topic]
    if topic != keywords and keywords not in UNSPECIFIC and found.get(keywords, 0.0) >= EVIDENCE and (
            topic == "poor_service" or (topic in GENERIC_WORDS and found.get(topic, 0.0) < EVIDENCE)):
        return keywords, max(MODEL_CONFIDENT, probabilities.get(keywords, 0.0)), False  # evidence beats ordinary words
    if topic == keywords:  # two readings agree: surer than either
        return topic, min(1.0, probability + AGREEMENT_BONUS), False
    if probability < MODEL_CONFIDENT and keywords != "other":
        return keywords, probability, False  # the layer is unsure and the families disagree: name theirs, still unsure
    return topic, probability, False


def choose_topic(text: str, subject: str = "", cues: tuple[str, ...] | list[str] = (), model=_SHIPPED,
                 upset: bool = True, words=_SHIPPED) -> str:
    """The corpus topic this message is about (see topic_and_confidence)."""
    return topic_and_confidence(text, subject, cues, model, upset, words)[0]
