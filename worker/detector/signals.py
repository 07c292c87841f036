"""What the customer is doing, in English, Spanish, French and German: the corpus's eleven cues and the marks of
an upset or a calm writer, each found as spans into the message's own text (quotes and signatures blanked).

Cues name acts ("I'll take this to the ombudsman", "this is my third email"), so every pattern is anchored on the
act and its target, not on a topic word: "your fraud team called me" is not abuse, "charged three times" is not a
repeat contact, "I'd like to cancel at the end of the month" is a cancel request and not a churn threat.
Patterns are written for lower-cased text.
"""

from __future__ import annotations

import re

from calmdesk.vocabulary import CUES
from worker.detector.matching import PhraseSet

# The cues this module finds, in the order the detector reports them.
SIGNAL_CUES = tuple(cue for cue in CUES if cue != "shouting")  # the corpus's cues; shouting is evidence only

_N = (r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|multiple|many|numerous|dos|tres|cuatro|cinco|"
      r"varias|deux|trois|quatre|cinq|plusieurs|zwei|drei|vier|fünf|mehrere)")
_NTH = (r"(?:second|third|fourth|fifth|sixth|seventh|umpteenth|nth|2nd|3rd|4th|5th|6th|"
        r"segund[oa]|tercer[oa]?|cuart[oa]|quint[oa]|deuxième|troisième|quatrième|cinquième|énième|"
        r"zweite[nms]?|dritte[nms]?|vierte[nms]?|fünfte[nms]?)")
# After "the third time" / "zum dritten Mal": the problem recurring in a span of time or happening again ("third time this
# month", "zum dritten Mal in diesem Jahr ausgefallen", "zum dritten Mal kommt die Jacke kaputt an") is not a contact with support.
# A span of time after "the third time" ("this week", "este mes", "ce mois-ci"; "in diesem Monat", "diese Woche").
_SPAN = (r"(?:this|esta|este|cette|ce) (?:week|month|year|morning|semana|mes|año|mañana|semaine|mois|année|matin)(?:-ci)?")
_ZEITRAUM = r"(?:in )?(?:diese[nrm]?|dieser) (?:woche|monat|jahr|quartal)"
_NOT_RECURRING = (r"(?! (?:this|that|esta|este|cette|ce|diese[nrm]?|in (?:a|one|diesem|dieser)|en (?:una|un)|in einer|dans (?:cette|ce)) "
                  r"(?:week|month|year|morning|evening|semana|mes|año|mañana|semaine|mois|année|soirée|woche|monat|jahr|tag|quartal)\b"
                  r"| in a row| de suite| seguida| in folge"
                  # (session 23) de: the problem counted since a date or within a span ("das dritte Mal seit Weihnachten, dass
                  # ...", "das dritte Mal in zwei Monaten", nb-35-036, nb-53-029: labelled no repeat contact)
                  r"| seit (?:weihnachten|ostern|silvester|januar|februar|märz|april|mai|juni|juli|august|september|oktober|"
                  r"november|dezember|anfang|beginn|\d)| in (?:zwei|drei|vier|fünf|sechs|wenigen|den letzten) (?:\w+ )?(?:tagen|wochen|monaten)\b"
                  r"| (?:kommt|kam|ist|war|fällt|fiel|geht|ging|bricht|stürzt|hängt|klemmt|streikt|arrives|arrived|broke|crashed|failed|"
                  r"llega|llegó|falla|falló|arrive|tombe|plante)\b"
                  r"| que (?:me |nos |le |les |se )?(?:pasa|ocurre|sucede|pasó|ocurrió|sucedió|ha pasado|ha ocurrido|llega|falla|rompe)\b"
                  r"| que (?:ça|cela|ceci|c'|ce) ?(?:m'|nous |me )?(?:arrive|se produit|se reproduit|tombe)\b| que (?:vous|tu) (?:vous |te |me |m'|nous )?(?:trompez|trompes|êtes trompés?|envoyez|livrez|facturez|prélevez|débitez|oubliez|perdez|annulez|ratez|oubliez)\b| que (?:os|se|me|nos) (?:equivoc\w+|han equivocado|habéis equivocado|envían|enviáis|mandan|mandáis|cobran|cobráis|olvidan|olvidáis)\b| (?:that )?you(?:'ve| have)? (?:sent|delivered|charged|billed|lost|forgotten|missed|mixed up|got (?:it|this|my order) wrong)\b"
                  r"| (?:that )?(?:this|it|that) (?:has )?happen| dass (?:mir |uns )?(?:das|dies|so etwas) (?:\w+ )?(?:passiert|vorkommt))")
# Tickets that are seats, not support tickets ("2 tickets for Dune", "deux tickets pour le concert"), and, session 23,
# tickets with their price or with what else was bought ("4 tickets, £276", "2 Tickets, 36,00 €", "two tickets plus two
# nights", nb-67-073, nb-56-082): put after the word "tickets" by every pattern that counts tickets as contacts.
SEAT_TICKETS = r"(?!(?<=tickets) (?:for|to|at|plus|pour|für|fürs|zum|zur|para)\b)(?!(?<=tickets), ?[£€$]?\d)"
# Chasing still to be done, not done: what the customer resents having to do or refuses to do ("I'm fed up that I'm having
# to chase this", "annoyed that I have to chase this", "not in the mood to chase you", "I'm not chasing it any more";
# session 23: 4 read lines with only such a chase are labelled no repeat contact, nb-29-036, nb-30-097, nb-63-032,
# nb-22-100), nor one the customer would have to make ("if I have to chase this", "don't make me chase you"); "I've had to
# chase this" and "I can't keep chasing this" are chases made and stay. Put before "chase" by every pattern with it.
NOT_CHASED_YET = (r"(?<!have to )(?<!having to )(?<!if i need to )(?<!if i've to )(?<!make me )(?<!making me )(?<!want to )"
                  r"(?<!rather not )(?<!mood to )(?<!i'm not )(?<!i am not )")
_CONTACTED = (r"(?:contacted|emailed|e-mailed|called|rung|rang|phoned|written|wrote|messaged|chased|reported|raised|"
              r"asked|explained|told you|sent|complained|spoken to|spoke to|chatted|tried calling|tried to call|been in touch)")
_US = r"(?:you|your|you're|ur|u)"
# Someone senior named as the subject of what the French customer asks for ("qu'un responsable me rappelle", "que votre
# directrice examine"): the head every French escalation pattern of that form shares.
_FR_SENIOR_ASKED = r"\b(?:qu'un|qu'une|que votre|que le|que la) (?:responsable|supérieur|manager|directeur|directrice|chef)"
# A title before a person's name ("Mr Harbour", "Cllr Shaw", "the late Mrs Okafor's account"), lower case as the patterns read.
_TITLE = r"(?:mr|mrs|ms|miss|mx|dr|cllr|councillor|prof|professor|sir|dame)"
# Who runs, owns or answers for the business or a part of it: "whoever runs the site", "the person who oversees the Leeds
# area" (the escalation patterns that ask for that person; one list, so a verb added reaches each of them)
_RUNS = r"(?:runs|owns|manages|line-manages|oversees|heads|supervises|is responsible for|is in charge of|is accountable for)"
# Sent on to someone else, for repeat contact: the verb with its "me", the word before the one sent to, that one's article.
_REFER = (r"(?:(?:sends?|refers?|points?|directs?|redirects?|passe?s?) (?:me|us)|(?:me|nous) (?:renvoie|renvoient|redirige|redirigent)|"
          r"(?:me|nos) (?:manda|mandan|remite|remiten|deriva|derivan|envía|envían)|verweis(?:t|en)(?: mich| uns)?|(?:schickt|schicken) (?:mich|uns))")
_REFER_TO = r"(?:to|vers|au|aux|à|a|al|an|auf|zu|zur|zum)"
# ... not a loop of pages ("the app sends me to the website", "le bouton me renvoie vers la page"): no one is contacted
_NOT_A_PAGE = (r"(?!(?:website|site|web|webseite|internetseite|seite|app|application|aplicación|page|página|link|lien|enlace|button|bouton|"
               r"botón|knopf|form|formulaire|formulario|formular|faq|screen|écran|pantalla)\b)")
_REFER_ART = (r"(?:the |your |le |la |l'|les |votre |vos |el |los |las |su |vuestr[oa] |der |die |das |den |dem |ihre |ihr |eure |euer )")
_PEOPLE_INSULT = (r"idiots?|morons?|clowns?|imbeciles?|cretins?|muppets?|halfwits?|numpties|jokers|amateurs|cowboys|"
                  r"crooks|thieves|liars?|scammers|fraudsters|scumbags?|bastards|jerks?|losers|pricks?|dickheads?|"
                  r"twats?|wankers?|assholes?|a\*\*holes?|incompetents|parasites|sharks|charlatans|thick|"
                  r"script[- ]readers?|robots|bots|useless lot|clueless lot|jobsworths?|fools|buffoons|cowards|lowlifes|leeches|vultures|bandits|"
                  r"chancers|conmen|con men|pirates|gangsters|rip-?off merchants")
# The firm or its staff called a joke or a disgrace, with or without an intensifier (session 22: "You people are an absolute
# joke", nb-67-071; "your whole outfit is a shambles", nb-65-060; "you lot are a complete disgrace")
_VERDICT_NOUN = (r"an? (?:absolute |complete |total |utter |bloody |complete and utter |sick |national |proper |right |f\w*ing )?"
                 r"(?:joke|disgrace|embarrassment|shambles|laughing ?stock)")
_BAD_ADJ = (r"incompetent|clueless|useless|stupid|thick|brain ?dead|pathetic|hopeless|" + _VERDICT_NOUN + r"|"
            r"lying|liars|crooks|thieves|a scam|scammers|cowboys|amateurs|morons|idiots|"
            r"criminals?|dishonest|shameless|a bunch of \w+")
# Words of contempt for a person's manner, in an exclamation ("What an arrogant, rude little man") or a statement about a
# member of staff ("Frankly he is an arrogant little man", nb-67-033; "your manager is a smug, patronising individual")
_CONTEMPT_ADJ = (r"arrogant|rude|condescending|patronising|patronizing|smug|obnoxious|ignorant|incompetent|useless|"
                 r"pathetic|lazy|clueless|dishonest|nasty|vile|horrible|unpleasant|jumped-up|pompous|self-important|odious")
_SWEAR = (r"f+u+c+k\w*|f[*#@!]{2,}(?:k|ing|in)?\w*|fck\w*|fkn|wtf|ffs|fml|sh[i!1*]te?\w*|s\*+t|bullsh\w+|crap\w*|bloody|"
          r"damn(?:ed|it)?|goddamn\w*|piss(?:ed|ing)?\b(?: off)?|arse\w*|bollocks|effing|frigging|"
          r"mierda|joder|jodid[oa]s?|coño|hostias?|puta|putad[ao]|cojones|cabreadísim[oa]|"
          r"putain|merde\w*|bordel|chier|fait chier|foutu\w*|foutent|connerie\w*|"
          r"schei(?:ß|ss|s)\w*|(?<=im )arsch\b|(?<=am )arsch\b|verdammt\w*|verfickt\w*|kacke|mist\b|"
          # the swear word as a question's intensifier: "where the hell is my order", "wo zum Teufel", "¿dónde demonios?"
          r"(?<=what the )hell\b|(?<=where the )hell\b|(?<=why the )hell\b|(?<=how the )hell\b|(?<=who the )hell\b|"
          r"zum teufel\b|(?<=qué )(?:demonios|diablos|carajo)\b|(?<=dónde )(?:demonios|diablos|carajo)\b|bon sang\b|"
          # (round 17) mild swearing about the situation: "if this goes tits up", "two cock-ups in two days", "for god's sake",
          # "j'attendais comme un con", "por el amor de dios", "Herrgott nochmal"
          r"tits[- ]up\b|cock[- ]?ups?\b|for (?:god|christ|pete|heaven)'?s sake\b|comme (?:un con|une conne|des cons)\b|"
          r"por (?:el )?amor de dios\b|herrgott(?:nochmal| nochmal)?\b|"
          # (round 18) Latin American and other swearing: "carajo", "chingado", "pinche app", "me cago en", "beschissen", "sodding"
          r"carajo\b|chingad\w*|pinche\b|me cago en\b|no mames\b|beschissen\w*|sodding\b|bugger(?:ed|ing)?\b")

# Bodies a complaint goes to (a regulator, an ombudsman, consumer advice): a legal threat when named, and no provider
# the customer moves to ("or I'm going to Trading Standards" is no churn threat: round 22, nb-65-021).
_BODIES = (r"ombudsman|ombudsperson|regulator|ofcom|ofgem|ofwat|fca|cfpb|ftc|fcc|trading standards|citizens advice|"
           r"information commissioner|ico|caa|better business bureau|bbb|attorney general|consumer (?:protection|rights|council|"
           r"affairs)|financial ombudsman|consumers?'? association|consumer financial protection bureau|federal trade commission|office of fair trading|"
           r"independent adjudicator|which\? legal")
# Whom a German customer asks to have the matter passed up to ("Weiterleitung an die Geschäftsführung", "leiten Sie das an
# Ihre Rechtsabteilung weiter"), for escalation_request.
_ABOVE_DE = (r"(?:eine|einen|die|den|ihre|ihren) (?:verantwortliche\w*|zuständige\w* (?:person|stelle)|vorgesetzte\w*|\w*leitung|\w*leiter\w*|"
             r"geschäftsführ\w*|rechtsabteilung|beschwerdeabteilung|führungskraft|direktion|inhaber(?:in)?|eigentümer(?:in)?)\b")
# Where a story is told out loud: "I'm going to Facebook with the photos" is going public, not leaving.
_OUT_LOUD = r"facebook|twitter|instagram|tiktok|youtube|trustpilot|google|reddit|mumsnet|the press|the papers|social media"

# Days and near times, and the events that put a date on a customer's need, for urgency.
_DAY = r"monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_SOON = (rf"today|tonight|tomorrow|first thing|this (?:weekend|afternoon|evening|morning|{_DAY})|(?:on |this |next |by )?(?:{_DAY})|"
         r"in (?:\d+|a few|two|three|four|five) (?:hours|days|minutes)")
_EVENT = (r"flight|exam|interview|appointment|surgery|operation|hearing|move|movers|removal|trip|holiday|event|launch|"
          r"conference|completion|closing|deadline|check-in|visa appointment|ceremony|wedding|funeral|party|payroll|"
          r"christening|go-live|presentation|tender|audit|inspection|train|ferry|cruise|"
          # a show or a match the customer has tickets for ("the concert is on Saturday", "the gig is tomorrow")
          r"concert|gig|show|festival|match|game|performance|recital|premiere|gala|graduation|opening night|"
          # a birth's due date, an exhibition's opening (round 9: "my due date is next Thursday", "the exhibition opens Friday")
          r"due date|exhibition|vernissage")
_DIA = r"lunes|martes|miércoles|jueves|viernes|sábado|domingo"
# A stock reply of support's quoted (session 24): it opens as support's words do ("'we've escalated this'", "'it's with
# accounts'", "'please clear your cache'"), which a marketing mail's title ("'Summer Sale'") and a notification ("'your
# order has shipped'", "'thanks for your order'") do not; an apostrophe inside a word ("we've") is no closing quote.
_STOCK_QUOTE = (r"(?:'(?:we|we're|we've|we'll|we are|we have|it's|it is|please|sorry|unfortunately)\b(?:[^'\n]|'(?=\w)){0,80}' |"
                r"[\"“‘](?:we|we're|we've|we’re|we’ve|we'll|we are|we have|it's|it’s|it is|please|sorry|unfortunately)\b"
                r"[^\"”’\n]{0,80}[\"”’] )")
_JOUR = r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
_TAG = r"montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag"

# After "switch / move to another": what a customer changes without leaving (a plan, a seat, a browser, a home).
_NOT_A_PROVIDER = (r"(?! (?:plan|tier|package|bundle|seat|room|date|time|slot|address|flat|house|home|city|town|country|area|office|"
                   r"building|school|job|day|size|colou?r|model|device|phone|account|card|version|browser|laptop|computer|email|tab|"
                   r"window|app|page|network (?:mode|band)|wifi|channel|payment method))")


# After the complaints team named: a verb that makes it the one who did or failed something ("your complaints team is no
# better", nb-67-097; "le service réclamations ne répond jamais", "el departamento de reclamaciones no contesta", "Ihre
# Beschwerdeabteilung ist ein Witz"; session 23: "all your so-called complaints team does is send me the same copy-paste",
# nb-68-016), not where the customer wants the case to go ("pass this to your complaints team").
NOT_ITS_SUBJECT = (r"(?! (?:is|are|was|were|has|have|had|keeps?|kept|never|just|only|still|already|always|said|says|told|tells|"
                   r"replied|replies|responded|sent|sends|closed|ignored|ignores|does|did|won't|wouldn't|didn't|don't|doesn't|can't|"
                   r"couldn't|hasn't|haven't|isn't|aren't|wasn't|weren't|ne|n'|est|sont|était|a|ont|m'a|m'ont|me|nous|no|es|"
                   r"son|era|ha|han|me|nos|nunca|tampoco|sigue|ist|sind|war|waren|hat|haben|antwortet|reagiert|meldet)\b)")


def _after(verbs: tuple[str, ...], between: tuple[str, ...]) -> str:
    """Lookbehinds for "<verb> <between>" right before a pattern, so the pattern starts on its own rarer word (Python's
    lookbehinds are fixed-width: one per verb and filler)."""
    return "(?:" + "|".join(f"(?<=\\b{verb} {filler})" for verb in verbs for filler in between) + ")"


# A thing named by its reference where an article would stand ("order 55-A190", "policy AMI-3310875", "booking #4471"): the next
# word, then a reference holding a digit
_BY_REF = r"(?=[a-z]+ (?:no\.? ?|#|number )?[a-z]{0,5}-?\d)"
# The bank or card firm that can take a charge back, one owner for the legal patterns that set it against the charge
_CARD_FIRM = r"(?:bank|card issuer|card provider|credit card company|card company)"
_CARD_FIRM_DE = r"(?:bank|sparkasse|kreditkartenfirma|kreditkartengesellschaft)"

CUE_PATTERNS: dict[str, list[str]] = {
    # Insults and contempt aimed at the company or its staff (not at a thing, not at a fraudster).
    "abuse": [
        # Plural insults that are about the company when they stand alone ("thieves" and "scammers" may be a third
        # party: "scammed by fraudsters", so those count only when aimed at "you").
        r"\b(?:idiots|morons|imbeciles|cretins|muppets|halfwits|numpties|"
        r"jerks|losers|pricks|dickheads|twats|wankers|assholes|arseholes|a\*\*holes|incompetents|cowboys|clowns)\b",
        r"\b(?:that|this|the|your|some|another) (?:\w+ )?(?:moron|idiot|imbecile|cretin|muppet|halfwit|clown|jerk|prick|twat|wanker|"
        r"asshole|arsehole|dickhead|liar)\b",
        r"\byou(?:'ll| will) (?:regret|pay for) (?:it|this)\b", r"\bwatch your back\b",
        # a gang or a band of fraudsters or thieves is a third party who stole from the customer (round 17, det17c)
        rf"\b(?:bunch|pack|load|band|shower|lot|gang) of (?:\w+ )?(?:{_PEOPLE_INSULT}|incompetent \w+|useless \w+)\b"
        r"(?<!gang of fraudsters)(?<!gang of scammers)(?<!gang of thieves)(?<!gang of criminals)(?<!band of thieves)(?<!band of fraudsters)",
        rf"\bwhat (?:a|an) (?:\w+ )?(?:bunch of )?(?:{_PEOPLE_INSULT})\b",
        # class (round 19): the insult said as a sentence of its own, a verdict with an intensifier ("Absolute amateurs.", "Total
        # cowboys!", "Was für Stümper.", "De vrais guignols !", "Menudos chapuceros."), and the company's use denied ("what is the
        # point of you"); a noun inside a longer sentence ("some total idiot cut me up on the way") is no verdict on the company
        rf"(?:^|(?<=[.!?] )|(?<=[.!?]  ))(?:absolute|total|complete|utter|proper|right|such) (?:{_PEOPLE_INSULT})(?=\s*[.!]|\s*$)",
        r"(?:^|(?<=[.!?] )|(?<=[.!?]  ))(?:was für|totale|absolute|komplette|reine) (?:amateure|dilettanten|stümper|idioten|witzfiguren|clowns|versager|pfuscher)(?=\s*[.!]|\s*$)",
        r"(?:^|(?<=[.!?] )|(?<=[.!?]  ))(?:quels|de vrais|des vrais|de sacrés|des sacrés|de parfaits) (?:amateurs|guignols|clowns|incapables|charlots|branquignols|incompétents)(?=\s*[.!]|\s*$)",
        r"(?:^|(?<=[.!?] )|(?<=[.!?]  ))(?:menudos|menuda panda de|vaya panda de|vaya) (?:aficionados|inútiles|chapuceros|payasos|incompetentes|ineptos)(?=\s*[.!]|\s*$)",
        # ... (session 23) and the verdict said as a sentence of its own with an intensifier ("Absolutely useless.", nb-60-008 and
        # nb-33-091, both labelled abuse; "Pathetic." and "Absolutely ridiculous." alone are exasperation, labelled without it)
        r"(?:^|(?<=[.!?] )|(?<=[.!?]  )|(?<=\n))(?:absolutely|completely|totally|utterly) (?:useless|incompetent|clueless)(?=\s*[.!]|\s*$)",
        r"\bwhat(?:'s| is) the point of (?:you|you people|you lot|you guys)(?=\s*[.!?]|\s*$)",
        rf"\b(?:{_US}|you people|you lot|you guys|your (?:so-called |[\w-]+ )?(?:\w+ )?(?:staff|team|agents?|people|company|outfit|firm|devs|developers|"
        rf"support|engineers?|drivers?|couriers?|managers?|advisors?|reps?))(?: (?:all|people|lot|guys))?"
        rf"(?:'re| are| r| were|'ve been| have been)? (?:(?:\w+ ){{0,2}})?(?:{_BAD_ADJ}|{_PEOPLE_INSULT})\b",
        r"\bare you (?:people |lot |guys |all )?(?:\w+ ){0,2}(?:this |that |so |really |actually |completely |totally |just )*"
        r"(?:incompetent|stupid|useless|thick|clueless|dense|brain ?dead)\b",
        rf"\b(?:useless|incompetent|clueless|pathetic|lying|thick|ignorant|rude) (?:\w+ )?(?:{_PEOPLE_INSULT}|people|staff|agents?|"
        rf"company|bunch|lot|excuse for a company|reps?)\b",
        r"\b(?:he|she|they|you)(?:'s|'re| is| are| was| were) (?:either |just |clearly |obviously |a |an )*(?:thick|lying|"
        r"a liar|liars|incompetent|clueless|an idiot|idiots|useless|a moron|morons|a clown|clowns)\b",
        # class: staff who cannot read what they were sent
        r"\b(?:you|you people|your (?:\w+ )?(?:staff|team|agents?|support)|(?:bots|people|agents|staff) who) (?:clearly |obviously |apparently |just )?(?:can't|cannot|can not|don't know how to) (?:even )?read\b",
        r"\bno sab(?:éis|en|e) (?:ni )?leer\b|\bvous ne savez (?:donc |même )?pas lire\b|\b(?:könnt ihr|können sie) (?:\w+ )?nicht lesen\b",
        r"(?<!assuming )(?<!assume )(?<!think )(?<!suspect )(?<!guessing )(?<!guess )(?<!sure )(?<!presume )(?<!presuming )(?<!whether )(?<!if )(?<!probably )\b(?:this|it|that)(?:'s| is| was) (?:a |an |an absolute |a complete |a total |nothing but a )?(?:scam|rip-?off|con|racket|daylight robbery)\b"
        # (round 17, det17c) a charge or a situation called a scam is no insult aimed at people ("This is a scam, plain and
        # simple. Put the money back"): the firm must be told it knows ("this is a scam and you know it")
        r"(?=[^.!?\n]{0,12}?\b(?:and )?(?:you|your (?:\w+ )?(?:staff|people|company|team|managers?|agents?)|you all|everyone there) (?:\w+ )?(?:know|knew)\b)",
        r"\b(?:scamming|ripping off|robbing|conning|fleecing) (?:\w+ )?(?:customers|people|tourists|us|me|everyone|students|pensioners)\b",
        r"\b(?:you(?:'re| are)?|your (?:\w+ )?(?:company|business)) (?:\w+ )?(?:scammers|crooks|thieves|criminals|frauds)\b",
        # "pissed off" is the writer's own state ("Pissed off doesn't cover it"), not a "piss off" aimed at anyone
        rf"\b(?:{_SWEAR})(?<!pissed)(?<!pissing) (?:you|off|yourselves)\b", r"\b(?:screw|stuff|sod) (?:you|your)\b",
        # class (session 8): the person behind a decision called an insult ("Whoever made this decision is a moron", "quien haya
        # decidido esto es un inútil", "celui qui a pris cette décision est un abruti", "wer das entschieden hat, ist ein Idiot")
        r"\b(?:whoever|the (?:person|people|genius|geniuses|one|ones|manager|managers) (?:who|that)) (?:\S+ ){1,6}?(?:is|are|was|were|must be) "
        r"(?:a |an )?(?:complete |total |absolute |utter |clearly |obviously )?(?:moron|idiot|imbecile|cretin|clown|muppet|halfwit|fool|incompetent|clueless|"
        r"brain ?dead|morons|idiots|clowns|fools|crook|crooks|liar|liars|thief|thieves|cowboy|cowboys|con artist|con man|charlatan)\b",
        # (session 23) ... or as having no clue ("whoever is running it clearly hasn't got a clue", nb-59-075)
        # ("whoever took my parcel has no idea it's a spare part" tells what a thief knows)
        r"\bwhoever (?:\S+ ){1,6}?(?:clearly |obviously |evidently |apparently )?(?:(?:hasn't got|has not got|hasn't|has not|doesn't have|does not have) "
        r"(?:a|the (?:faintest|slightest|first|foggiest)) (?:clue|idea)|has (?:no|zero) clue)\b",
        r"\bquien (?:haya|ha|hizo|tomó|decidió) (?:\S+ ){1,5}?(?:es|son) (?:un |una |unos )?(?:idiota|imbécil|inútil|incompetente|payaso|idiotas|inútiles|incompetentes)\b",
        r"\b(?:celui|celle|ceux) qui (?:\S+ ){1,6}?(?:est|sont) (?:un |une |des )?(?:abruti|idiot|crétin|imbécile|incompétent|guignol|abrutis|idiots|crétins|incompétents)e?s?\b",
        r"\bwer (?:auch immer )?(?:\S+ ){1,6}?(?:hat|haben),? (?:ist|sind) (?:ein |eine )?(?:idiot|vollidiot|trottel|depp|unfähig|inkompetent|idioten|vollidioten)\b", r"\bgo to hell\b", r"\bup yours\b",
        r"\bsomeone (?:competent|who (?:actually )?knows what (?:they're|they are) doing|with a brain)\b",
        r"\b(?:another|the next) (?:\w+ )?(?:idiot|moron|clown|muppet|script reader|robot)\b",
        r"\bi(?:'ll| will| am going to|'m going to) (?:\w+ )?(?:punch|hit|hurt|kill|smash|beat|slap)\b", r"\bi know where (?:you|your)\b",
        r"\b(?:you|they|he|she)(?: clearly| obviously)? (?:don't|do not|doesn't|does not) know what (?:you're|you are|they're|they are|he's|she's) doing\b",
        r"\b(?:has|have) no idea what (?:you're|you are|they're|they are|he's|she's|he is|she is) doing\b",
        r"\b(?:learn to (?:read|do your job)|do your (?:bloody |damn |fucking )?jobs?|shame on you|(?:you|your staff|your company) should be ashamed|trained monkeys|a child could do|brain cells?)\b",
        r"\b(?:joke of a company|excuse for a (?:company|business|service)|con artists|thieving \w+|cowboy outfit)\b",
        # (session 23) ... and any other firm or branch called a shambles, a farce or a joke "of a" one ("what a shambles of a
        # shop", nb-53-094; "a circus of a company", "this farce of an airline")
        r"\b(?:joke|shambles|farce|circus|disgrace|clown show|laughing ?stock) of an? (?:\w+ )?(?:company|shop|store|business|firm|outfit|service|department|"
        r"airline|bank|garage|hotel|branch|operation|organi[sz]ation|provider|network|agency|practice|restaurant|gym|school|nursery|council)\b",
        # es
        r"\b(?:sois|son|eres|es usted|son ustedes) (?:\w+ )?(?:unos? |unas? )?(?:inútiles|incompetentes|idiotas|ladrones|estafadores|"
        r"sinvergüenzas|payasos|chapuceros|chapuzas|impresentables|una vergüenza)\b",
        r"\b(?:panda|banda|pandilla|atajo) de (?:inútiles|ladrones|incompetentes|idiotas|sinvergüenzas|estafadores|chapuceros)\b",
        # ("esos estafadores", "los estafadores que llamaron a mi madre" are a third party who stole from the customer, nb-46-075)
        r"(?<!\besos )(?<!\bestos )(?<!\baquellos )(?<!\blos )(?<!\bunos supuestos )\b(?:ladrones|estafadores|sinvergüenzas|inútiles|incompetentes|ineptos|payasos|timadores|chorizos|mafiosos|sanguijuelas)\b", r"\b(?:no tenéis ni idea|sois una vergüenza|qué vergüenza de empresa)\b",
        # fr
        r"\b(?:vous êtes|vous etes|tous des|bande d[e']|quelle bande d[e']|espèces? d[e'])(?: vraiment| tous| des| de| que)* ?"
        r"(?:incapables|incompétents|nuls|guignols|escrocs|voleurs|clowns|amateurs|abrutis|idiots|branquignols|bras cassés|menteurs|charlots|"
        r"minables|pitoyables|lamentables|arnaqueurs|truands|bouffons)\b",
        r"\b(?:escrocs|voleurs|incapables|bande de nuls|des guignols|des menteurs|honte à vous|vous vous foutez de (?:qui|vos clients|la gueule (?:des|de vos) clients|la gueule du monde|tout le monde)|vous êtes nuls)\b",
        r"\b(?:votre|vos) (?:service client|service clients|personnel|équipe|équipes|conseillers?|techniciens?|agents?|collaborateurs) (?:\S+ ){0,3}?(?:est|sont) "
        r"(?:\w+ )?(?:méprisante?s?|lamentables?|incompétente?s?|nuls?|nulles|pitoyables?|minables?|déplorables?|incapables?|odieu(?:x|se|ses))\b",
        # the staff named, then what they are ("vos conseillers au téléphone sont complètement incompétents")
        r"\b(?:vos|tes) (?:\w+ )?(?:conseill\w+|employés|agents|équipes?|techniciens|collaborateurs|livreurs|services?)"
        r"(?: [^.!?\n]{0,40}?)? (?:sont|est|étaient|était) (?:\w+ ){0,2}?(?:incompétent\w*|incapables|nuls|des guignols|des amateurs"
        r"|des escrocs|des menteurs|des idiots|des clowns|des charlots)\b",
        # de
        r"\b(?:ihr seid|sie sind|seid ihr|sind sie|ihr|euer (?:\w+ )?laden ist) (?:\w+ )?(?:echt |wirklich |doch |alle |völlig |total |so |die )*"
        r"(?:unfähig\w*|inkompetent\w*|idioten|vollidioten|betrüger|witzfiguren|dilettanten|amateure|stümper|abzocker|lügner|"
        r"ein witz|versager|deppen|trottel|nichtsnutze|halsabschneider|clowns)\b",
        # class (session 22): the firm called a joke or a disgrace with an intensifier ("sois una auténtica vergüenza", "vous êtes une
        # vraie blague", "ihr seid ein absoluter Witz"), and the firm called crooks "with a logo" or "in suits" as a sentence
        # of its own ("Scammers with a logo.", nb-67-071; "Des escrocs avec un logo.", "Betrüger mit Logo."); scammers with a
        # fake website who copied the firm are a third party, and the sentence goes on past them
        r"\b(?:sois|son ustedes|es usted|eres) (?:un |una )?(?:auténtic[oa]|absolut[oa]|complet[oa]|verdader[oa]|total) (?:vergüenza|chiste|broma|desastre|chapuza)\b|"
        r"\bvous êtes (?:une |un )?(?:vraie|véritable|sacrée|belle|pure|totale) (?:blague|honte|plaisanterie|catastrophe|farce)\b|\bvous êtes une honte\b|"
        r"\b(?:ihr seid|sie sind|seid ihr|sind sie) (?:\w+ )?(?:ein|eine) (?:absolute[rn]?|totale[rn]?|echte[rn]?|schlechte[rn]?|einzige[rn]?|riesige[rn]?) (?:witz|schande|zumutung|lachnummer|katastrophe)\b",
        r"(?:^|(?<=[.!?] )|(?<=[.!?]  )|(?<=\n))(?:just |nothing but |basically |glorified )?(?:scammers|crooks|thieves|con ?men|con artists|cowboys|"
        r"criminals|fraudsters|gangsters|pirates|sharks|chancers|bandits|clowns|escrocs|voleurs|arnaqueurs|truands|estafadores|ladrones|timadores|"
        r"betrüger|gauner|abzocker|ganoven|verbrecher) (?:with|in|avec|en|con|mit|im) (?:a |an |un |une |des |una |unos |einem |einer )?"
        r"(?:logo|website|web ?site|uniforms?|suits?|ties|hi-vis|call cent(?:re|er)|brand|letterhead|site web|costumes?|cravates?|logotipo|"
        r"página web|traje|trajes|corbata|firmenlogo|webseite|anzug|anzügen|krawatte)s?(?=\s*[.!,]|\s*$)",
        # the staff named, then what they are ("Ihre Mitarbeiter an der Hotline sind komplett inkompetent")
        r"\b(?:ihre|eure|deine|euer|ihr) (?:\w+ )?(?:mitarbeiter\w*|kollegen|leute|berater\w*|techniker\w*|support\w*|kundenservice"
        r"|kundendienst|hotline|service-?team|team)(?: [^.!?\n]{0,40}?)? (?:sind|ist|waren|war) (?:\w+ ){0,2}?(?:unfähig\w*|"
        r"inkompetent\w*|idioten|vollidioten|dilettanten|amateure|stümper|lügner|witzfiguren|deppen|trottel)\b",
        r"\b(?:unfähigste\w*|inkompetenteste\w*|saftladen|drecksladen|betrügerbande|abzocker\w*|vollidioten|stümper|lügner|"
        r"ihr habt (?:doch )?keine ahnung|schämt euch|schämen sie sich|lachnummer|unfähige[nr]?)\b",
        # class (round 9): the insult as a comparison with the staff ("your bot is as useless as you lot", "so dumm wie ihr alle
        # zusammen", "aussi nul que vous", "tan inútil como vosotros")
        r"\b(?:stupid|useless|incompetent|clueless|thick|dumb|pathetic) as (?:you|your (?:\w+ )?(?:staff|team|company|agents|lot)|the rest of you)\b|"
        r"\b(?:dumm|blöd|strohdumm|unfähig|inkompetent|nutzlos)e?s? wie (?:ihr|sie|eure?|der rest)\b|"
        r"\b(?:nuls?|incompétents?|bêtes?|stupides?|idiots?|inutiles?) que vous\b|"
        r"\b(?:inútil|inútiles|incompetentes?|tont[oa]s?|estúpid[oa]s?|idiotas?) como (?:vosotros|ustedes|usted|tú|el resto)\b",
        # class (round 10): an exclamation of contempt at a person or the firm ("What an arrogant, rude little man", "Was für ein
        # arroganter Haufen", "quel conseiller méprisant", "qué tío más borde"); not at a thing ("what a rude surprise"), not praise
        rf"\bwhat (?:a|an) (?:(?:{_CONTEMPT_ADJ}|little|old),? (?:and )?){{1,4}}"
        r"(?:man|woman|person|guy|bloke|lot|bunch|company|outfit|shower|individual|jobsworth)\b",
        # ... the same said of a member of staff as a statement (session 22); "he is a lovely man" and "she was a rude
        # awakening" name no contempt for a person
        rf"\b(?:he|she|they|(?:your|the|that|this) (?:\w+ )?(?:manager|supervisor|agent|driver|courier|engineer|technician|"
        rf"receptionist|advis[eo]r|rep|employee|staff member|man|woman|guy|bloke))(?:'s| is| was| are| were) (?:frankly |just |clearly |"
        rf"honestly |quite |simply |nothing but |a |an )*(?:(?:little|old|petty),? )?(?:(?:{_CONTEMPT_ADJ}),? (?:and )?(?:little |old |petty )?){{1,3}}"
        r"(?:man|woman|person|guy|bloke|individual|jobsworth|men|women|people|creature)\b",
        r"\bwas für (?:ein|eine|einen) (?:arrogant|unverschämt|inkompetent|unfähig|frech|dreist|unhöflich|ignorant|überheblich)\w* "
        r"(?:haufen|laden|verein|typ|mensch|mann|frau|truppe|bande|kerl|service)\b",
        r"\bquel(?:le)?s? (?:personnage|type|bonhomme|conseill\w+|agent|employée?|service|équipe|boîte|entreprise) "
        r"(?:arrogant|méprisant|malpoli|impoli|grossier|incompétent|minable)e?s?\b",
        r"\bqué (?:tío|tía|señor|señora|gente|personaje|emplead[oa]|chic[oa]|panda|empresa|servicio) más "
        r"(?:arrogante|maleducad[oa]|borde|impresentable|incompetente|inútil|prepotente|chapucer[oa])s?\b",
        # ... the firm's incompetence as an idiom ("you lot couldn't organise a piss-up in a brewery", "ihr kriegt nichts auf
        # die Reihe", "no dais pie con bola", "vous n'êtes pas fichus de"), its makers told to be ashamed ("whoever built your
        # checkout should be embarrassed", "deberían daros vergüenza", "vous devriez avoir honte", "ihr solltet euch schämen"),
        # and the staff said to have no clue ("your staff have no clue what they're selling")
        # (session 26: ... said of any event in any place, "couldn't organise a snowball fight in a blizzard", read nb-82-090:
        # 6 of 6 read lines with "couldn't organise a ... in a ..." are labelled abuse)
        r"\bcouldn't (?:organi[sz]e|run) a (?:piss-?up|party|bath|raffle)\b|\b(?:couldn't|could not|can't|cannot) (?:organi[sz]e|run) (?:a|an) [\w-]+(?: [\w-]+)? (?:in|at) (?:a|an) [\w-]+|\bcouldn't find (?:your|their) (?:own )?(?:way out of a paper bag|arse)\b",
        r"\b(?:ihr kriegt|ihr bekommt|sie kriegen|sie bekommen|kriegt ihr|kriegen sie|bekommt ihr|bekommen sie) (?:\w+ ){0,2}?nichts (?:auf die reihe|gebacken)\b",
        r"\bno (?:dais|dan|da|das) (?:ni )?(?:pie con bola|una)\b|\bn'êtes (?:même |donc )?pas (?:foutus|fichus) de\b",
        r"\b(?:whoever|who(?:ever)? (?:built|designed|wrote|made|runs|approved|thought)) [^.!?\n]{0,50}?should be (?:embarrassed|ashamed)\b|"
        r"\byou (?:should|ought to) be (?:embarrassed|ashamed)\b",
        r"\b(?:debería(?:n|is)? (?:daros|darles|darle|dar os)|os debería(?:n)? dar|les debería(?:n)? dar) vergüenza\b|"
        r"\bvous devriez avoir honte\b|\b(?:ihr solltet euch|sie sollten sich) schämen\b",
        r"\b(?:you|your (?:\w+ )?(?:staff|team|agents?|people|reps?|advisors?|advisers?|call cent(?:re|er)|support))(?: lot| people| guys)? "
        r"(?:have|has|had|haven't|hasn't) (?:got )?(?:absolutely )?(?:no|zero|a) clue\b",
        # class (round 11): their incompetence named as a noun ("Vous êtes d'une incompétence rare", "your incompetence is staggering",
        # "vuestra incompetencia", "Ihre Inkompetenz"); the firm called a joke ("Ein Witz von einer Firma", "une blague de
        # société", "una broma de empresa"); nobody there reads what customers write ("do your agents even read the tickets?",
        # "bei Ihnen liest offenbar niemand", "personne ne lit", "¿leéis siquiera?")
        r"\b(?:vous êtes|vous étiez) d'une (?:incompétence|nullité|bêtise|incapacité)\b|\b(?:sois|son ustedes|es usted) de una (?:incompetencia|ineptitud)\b|"
        r"\b(?:you are|you're|you people are) (?:\w+ )?(?:incompetence|ineptitude) (?:itself|personified|on legs)\b|\b(?:ihr seid|sie sind) (?:\w+ )?(?:die )?(?:inkompetenz|unfähigkeit) in person\b",
        r"\b(?:ein )?witz von (?:einer|einem) (?:firma|unternehmen|laden|anbieter|kundenservice|kundendienst|support|verein)\b|\bwitzfirma\b|"
        r"\b(?:une |quelle )?(?:blague|plaisanterie) (?:de|d') ?(?:société|entreprise|service client|boîte)\b|"
        r"\b(?:una |menuda |vaya )?broma de (?:empresa|compañía)\b",
        r"\b(?:do|does) (?:your (?:\S+ )?(?:agents?|staff|team|people|support|advisors?|advisers?|reps?)|anyone (?:there|at \w+)) (?:even|actually|ever) read\b|"
        r"\b(?:liest|lesen) (?:bei (?:ihnen|euch) )?(?:\w+ )?(?:überhaupt|eigentlich|offenbar|offensichtlich|denn) (?:niemand|keiner)\b|"
        r"\bbei (?:ihnen|euch) liest (?:\w+ )?(?:niemand|keiner)\b|\bvous lisez (?:seulement|au moins|même)\b|"
        r"\b(?:leéis|leen|lee usted) (?:siquiera|al menos)\b",
        # class (round 12): contempt said sideways -- the person behind a decision called a "genius" ("Whatever genius signed off
        # last night's update", "el lumbrera que decidió", "le petit génie qui a validé", "welches Genie hat"), the firm a circus
        # ("whoever runs this circus", "ce cirque", "menudo circo", "dieser Affenzirkus"), a task "not complicated, even for you"
        # ("même pour vous", "ni siquiera para vosotros", "selbst für euch"), whether anyone there tests or knows anything ("Does
        # anyone over there actually test anything", "do any of you know how your own system works?"), and a verdict on "the lot
        # of you" ("Proper sneaky, the lot of you", "tous autant que vous êtes", "unfähig, allesamt")
        r"\b(?:whatever|some) (?:bright )?genius(?:es)?\b|\bthe genius(?:es)? (?:who|that) (?:decided|thought|signed|approved|came up|designed)\b|"
        r"\b(?:algún|el|la|vaya|menudo) (?:lumbrera|iluminado|listillo)\b|\balgún genio\b|"
        r"\ble petit génie\b|\ble génie qui a (?:eu|décidé|validé|pensé|conçu)\b|\b(?:welches|irgendein) genie\b",
        r"\b(?:runs?|running|run) (?:this|your|the) (?:circus|clown show|zoo)\b|\b(?:this|your|what a) clown show\b|"
        r"\b(?:quel|ce|votre) cirque\b|\b(?:menudo|vaya|este|vuestro) circo\b|\b(?:dieser|euer|ihr|so ein|was für ein) (?:affenzirkus|zirkus|kasperverein|hühnerhaufen)\b|\baffenzirkus\b|\bkasperverein\b",
        r"\b(?:not|isn't|is not|hardly|n'est pas|no es|ist (?:doch )?nicht|ist (?:doch )?kein)(?: \w+){0,3}? (?:complicated|hard|difficult|rocket science|compliqué|sorcier|difficile|"
        r"complicado|difícil|schwer|kompliziert|hexenwerk),? (?:even|même|ni siquiera|incluso|hasta|selbst|sogar) (?:for|pour|para|für) (?:you|vous|vosotros|ustedes|euch|sie)\b",
        r"\b(?:does|do) (?:anyone|anybody|any of you|you people|you lot|your (?:developers|devs|engineers|staff|people|team))(?: over there| there| at \w+)? "
        r"(?:actually|even|ever) (?:test|check|read|know|think|care|look at)\b|\bdo (?:any of you|you people|you lot) (?:even |actually )?know how (?:your|to)\b|"
        r"\b(?:alguien|nadie) (?:ahí |de vosotros )?(?:prueba|revisa|comprueba) (?:nada|algo) antes\b|\bquelqu'un (?:chez vous |là-bas )?(?:teste|vérifie|relit) (?:vraiment |seulement )?(?:quoi que ce soit|quelque chose|vos)\b|"
        r"\b(?:testet|prüft) (?:bei euch|bei ihnen|da) (?:eigentlich|überhaupt|auch nur) (?:jemand|irgendwer|einer)\b",
        rf"\b(?:sneaky|shameless|{_BAD_ADJ}),? (?:the (?:whole )?lot of you|every (?:last )?one of you)\b|\btous autant que vous êtes\b|"
        r"\b(?:unfähig|inkompetent|betrüger|abzocker|stümper|dilettanten)\w*,? (?:allesamt|alle miteinander)\b|\b(?:inútiles|incompetentes|sinvergüenzas|chapuzas),? todos (?:vosotros|ustedes)\b",
        # class (round 14): the staff's fault asked as trained or innate ("do you train your staff to lie, or does it come
        # naturally?", "Is lying part of the induction for your phone staff?", "¿Os enseñan a mentir o os sale solo?", "¿Os pagan
        # por mentir?", "Vous formez votre personnel à mépriser les clients, ou c'est un don naturel ?", "Schulen Sie Ihre
        # Mitarbeiter im Lügen, oder ist das angeboren?"); a plain question about training ("do you train your staff on the
        # new tills?") names no fault
        r"\bor (?:does it|do they|is it|is that|did they) (?:just )?(?:come naturally|come with the (?:job|territory|uniform)|a natural (?:talent|gift)|"
        r"pick it up on the job|learn it on the job|just a local speciality|a local speciality|just come naturally)\b|\btrained out of (?:it|them)\b|"
        r"\b(?:do|did) you (?:\w+ )?(?:train|teach|coach|pay|hire|recruit|instruct) (?:your |the |all your )?(?:\w+ )?(?:staff|people|agents|reps|"
        r"employees|team|drivers|advisors|advisers|managers|operators|them) (?:to|for) (?:lie|lying|mislead|misleading|fob|fobbing|ignore|ignoring|"
        r"insult|patroni[sz]e|be (?:rude|useless|unhelpful|dishonest|condescending|clueless)|make promises)\b|"
        r"\bis (?:lying|rudeness|contempt|incompetence|arrogance|dishonesty|being rude|lying to customers|misleading customers)\b[^.?!\n]{0,50}?"
        r"(?:company policy|part of (?:the|your) (?:induction|training|onboarding|job description)|a job requirement|in the job description)\b",
        r"\b(?:os|les|le) (?:enseñan|pagan|forman|entrenan|contratan|preparan) (?:\w+ ){0,3}?(?:a|por|para) (?:mentir|engañar|acusar|ignorar|timar|"
        r"ser (?:unos |tan )?(?:maleducados|bordes|inútiles|groseros)|tratar mal)\b|"
        r"\bo (?:os|les|le) sale (?:solo|sola|natural|de forma natural)\b|\bo lo hac(?:éis|en|e) por amor al arte\b|\bo (?:es|os viene|les viene) de serie\b|"
        r"\b(?:vous formez|formez-vous|on (?:vous|les) forme|on (?:vous|les) paie|vous payez) (?:\w+ ){0,4}?(?:à|pour) (?:mépriser|mentir|ignorer|insulter|"
        r"tromper|raccrocher|être (?:désagréables?|impolis?|incompétents?|méprisants?))\b|\bou c'est (?:un )?(?:don|talent) (?:naturel|inné)\b|"
        r"\bou c'est inné\b|\bou (?:ça|cela) (?:leur|vous) vient (?:tout seul|naturellement)\b|"
        r"\b(?:schulen|trainieren|bezahlen|lehren) sie (?:ihre |ihr )?(?:\w+ )?(?:mitarbeiter\w*|leute|personal|angestellten|team)\b[^.?!\n]{0,40}?"
        r"(?:im lügen|zu lügen|zum lügen|unhöflich zu sein|kunden zu ignorieren|herablassend)\b|"
        r"\boder ist (?:das|es) (?:ein )?(?:naturtalent|angeboren|eine gabe|begabung)\b|\boder kommt das (?:von (?:ganz )?allein|ganz natürlich)\b",
        # ... a monkey, a child or a hamster who would do the job better ("a trained monkey with a dartboard could set prices more
        # sensibly than you", "I've seen hamsters with better organisational skills than your warehouse", "Un mono con un destornillador
        # haría un diagnóstico más serio", "un singe ferait mieux", "jede Kita-Gruppe würde ein Lager besser organisieren als Sie")
        r"\b(?:a|an|any|some|the average) (?:trained |blind |drunk |half-trained |bored |one-armed )?(?:monkey|chimp|chimpanzee|baboon|hamster|goldfish|toddler|"
        r"[\w-]+-year-old|teenager|primary school class|primary schooler|school kid|schoolkid|child|small child|kid|little kid)s?\b[^.!?\n]{0,60}? "
        r"(?:could|would|can|might)(?! you)(?: \w+){0,6}? (?:better(?! (?:suited|off|placed|served|fitted|equipped))|more (?:sensibly|competently|reliably|efficiently|professionally|accurately))(?: (?:\w+ ){0,4}?than\b| job\b|\s*[.!])|"
        r"\b(?:monkeys|chimps|chimpanzees|hamsters|goldfish|toddlers|five-year-olds|headless chickens)\b[^.!?\n]{0,40}? (?:with|have|has|had|show) (?:\w+ )?(?:better|more) "
        r"(?:\w+ ){0,2}?(?:skills|sense|manners|memory|organi[sz]ation|judge?ment|brains?|competence|attention spans?) than (?:whatever |whoever |)(?:you|your)\b",
        r"\bun (?:mono|chimpancé|hámster|niño(?: de (?:\w+ )?años)?|crío|chaval de (?:\w+ )?años|becario)\b[^.!?\n]{0,60}?\b(?:haría|harían|lo haría|"
        r"organizaría|gestionaría|sabría|podría)\b[^.!?\n]{0,60}?\b(?:(?:mejor|más \w+) (?:\w+ ){0,3}?que (?:vosotros|ustedes|usted|vuestr\w+|su|sus|tú|tu)\b|lo haría mejor\b|mejor\s*[.!])",
        r"\bun (?:singe|chimpanzé|hamster|enfant(?: de (?:\w+ )?ans)?|gamin(?: de (?:\w+ )?ans)?|stagiaire)\b[^.!?\n]{0,60}?\b(?:ferait|feraient|aurait fait|"
        r"saurait|gérerait|organiserait)\b[^.!?\n]{0,50}?\bmieux(?: (?:\w+ ){0,3}?que (?:vous|votre|vos)\b| (?:le|votre) (?:travail|boulot|job)\b|\s*[.!])",
        r"\b(?:ein|eine|jede[rs]?|jedes) (?:\w+-)?(?:affe|schimpanse|hamster|kind|kleinkind|kita-gruppe|kitagruppe|kindergartengruppe|kindergartenkind|"
        r"fünfjährige[rn]?|grundschüler|grundschulklasse|schulkind)\b[^.!?\n]{0,60}?\b(?:würde|würden|könnte|könnten|hätte)\b[^.!?\n]{0,60}?\bbesser"
        r"(?: (?:\w+ ){0,3}?als (?:sie|ihr|euer|eure|ihre)\b| (?:\w+ )?(?:hinkriegen|hinbekommen|machen|organisieren|gemacht|organisiert|planen|führen|erledigen|kalkulieren|packen)\b|\s*[.!])",
        # ... the firm called tricksters, a chaos crew, amateurs whose amateurism is their trademark ("sois unos trileros", "Ihre
        # Chaotentruppe", "l'amateurisme, c'est votre marque de fabrique", "amateur hour", "it's also a scam", "no honest business
        # would"); a thief who stole the customer's card is not the firm ("thieves" stays for "you")
        r"\b(?:trileros|caraduras|sacacuartos|chapuceros)\b|\bchaoten(?:truppe|haufen|verein|laden|bande)?\b|\b(?:pfuscher|gauner|halunken|schwindler|bauernfänger)\b|"
        r"\b(?:margoulins|filous|pieds nickelés|rigolos|bande de rigolos)\b|\bamateurisme\b[^.!?\n]{0,60}?\bmarque de fabrique\b|\b(?:votre|quel|cet|un tel|de l'|de l’)amateurisme\b|"
        r"\bamateur hour\b|\bmickey mouse (?:outfit|operation|company|firm)\b|"
        r"\b(?:incompetence|chaos|amateurism|dishonesty) (?:is|seems to be) (?:your|the company's) (?:trademark|hallmark|business model|speciality|specialty)\b|"
        r"\b(?:la chapuza|la incompetencia|el caos) (?:es )?(?:vuestra|su) (?:seña de identidad|marca de la casa|especialidad)\b|"
        r"\b(?:pfusch|chaos|inkompetenz|stümperei|dilettantismus) (?:ist )?bei (?:ihnen|euch) (?:\w+ )?(?:programm|markenzeichen|methode|system)\b",
        r"\b(?:nobody|no one|no-one) (?:running|who runs) an honest (?:business|company|shop|firm|operation)\b|\bno honest (?:business|company|firm|shop|operator|landlord) would\b|"
        r"\bninguna empresa (?:honrada|seria|decente) (?:haría|cobraría|hace|cobra)\b|\baucune (?:entreprise|société|boîte) (?:honnête|sérieuse) ne\b|"
        r"\bkein (?:seriöses|ehrliches|anständiges) unternehmen (?:würde|macht|berechnet)\b",
        r"\b(?:it|this|that)(?:'s| is) (?:also |just |simply |clearly |obviously |basically |frankly )(?:a |an )?(?:scam|rip-?off|racket)\b",
        # ... hiring said to select against a virtue ("I'm sure you recruit for many qualities. Basic manners clearly isn't one of
        # them", "la educación no está entre los requisitos", "la politesse n'en fait visiblement pas partie", "Höflichkeit
        # gehört offenbar nicht zu den Einstellungskriterien")
        r"\b(?:basic )?(?:manners|courtesy|politeness|competence|honesty|common sense|empathy|literacy|numeracy) (?:clearly |obviously |evidently |apparently )?"
        r"(?:isn't|is not|aren't|are not|wasn't) (?:one of them|among them|on the list|a requirement|part of the (?:job spec|interview|hiring))\b|"
        r"\b(?:la educación|la cortesía|la competencia|la honradez|el sentido común) (?:no (?:está|entra|es) (?:\w+ )?(?:entre los|en los) (?:requisitos|criterios))\b|"
        r"\b(?:la politesse|la courtoisie|la compétence|l'honnêteté|le bon sens) n'en fait (?:\w+ )?pas partie\b|"
        r"\b(?:höflichkeit|anstand|kompetenz|ehrlichkeit|verstand) gehört (?:\w+ ){0,3}?nicht (?:dazu|zu den (?:einstellungskriterien|anforderungen))\b",
        # ... nobody there can read or count, the orders picked by dice ("Liest bei Ihnen überhaupt jemand die Bestellungen, oder wird
        # da gewürfelt?", "je me demande si quelqu'un dans votre boîte sait lire", "is there anyone in your company who can read?")
        r"\b(?:liest|lesen) (?:bei (?:ihnen|euch) )?(?:\w+ )?(?:überhaupt|eigentlich|denn) (?:jemand|irgendwer|einer)\b|\boder wird (?:da|bei ihnen|bei euch|das) (?:\w+ )?(?:gewürfelt|ausgewürfelt|gelost)\b|"
        r"\bkann (?:bei ihnen|bei euch|da) (?:überhaupt |eigentlich |auch nur )?(?:jemand|irgendwer|einer) (?:lesen|rechnen|zählen)\b|"
        r"\b(?:si|est-ce que) quelqu'un (?:dans votre (?:boîte|entreprise|société|équipe|service)|chez vous) sait (?:lire|compter|faire|ce qu)\b|"
        r"\b(?:is there|does) anyone (?:at|in) your (?:company|firm|office|warehouse|place|team|call cent(?:re|er)) (?:who )?(?:can|knows how to) (?:read|count|spell|add up)\b|"
        r"\bor do you (?:just )?(?:throw darts|roll (?:a )?dice|pick (?:it|them|numbers) out of a hat|flip a coin)\b|"
        r"\b(?:hay )?alguien (?:en vuestra empresa|en su empresa|ahí|de vosotros) (?:que )?sab(?:e|ía) (?:leer|contar|sumar)\b|\bo (?:lo )?(?:echáis|tiráis) a suertes\b",
        # class (round 16): the staff's basic competence or upbringing asked as a rhetorical question, without a swear word --
        # whether anyone there has a brain or common sense ("Does anybody at your depot have half a brain?", "¿Hay alguien en esa
        # oficina con dos dedos de frente?", "quelqu'un chez vous a-t-il deux neurones ?", "Hat bei Ihnen irgendwer Verstand?"),
        # whether they are trained at all or taught manners ("Do they vet their drivers at all?", "¿A sus recepcionistas no les
        # enseñan modales?", "On leur apprend la politesse, chez vous ?", "Bringt man Ihren Angestellten keine Manieren bei?"),
        # whether staff are hired at random or must be able to read to work there ("are your cashiers recruited off the street?",
        # "¿Contratan a la gente a boleo?", "vous embauchez vos livreurs au pif ?", "Stellen Sie Ihre Leute wahllos ein?"), and
        # whether anyone there can work a calendar ("Kann bei Ihnen überhaupt jemand eine Uhr lesen?"). A plain question about
        # training ("do you train staff on the new system?") names no fault.
        r"\b(?:is there|isn't there|are there|has|have|does|do|is) (?:anyone|anybody|someone|somebody|a single (?:person|soul)|one person|any of (?:you|them|your staff))"
        r"(?: \S+){0,5}? (?:with|who has|who's got|that has|have|has|got) (?:even |actually |still )?(?:a |half a |an ounce of |a single |two |any |some |basic |a functioning |a working )?"
        r"(?:brains?|brain cells?|common sense|grey matter|gray matter|functioning brain)\b",
        r"\b(?:do|did|does) (?:you|they|your (?:company|firm|managers?|bosses)|the (?:company|firm|management)|anyone|anybody|management) (?:even |actually |ever )?"
        r"(?:train|teach|vet|screen|supervise|check|brief|interview) (?:your |their |the |any of (?:your|the|their) )?(?:\w+ ){0,2}?(?:staff|people|agents|employees|team|"
        r"drivers|workers|packers|pickers|reps|advis[eo]rs|receptionists|technicians|engineers|cashiers|couriers|them|operators|nurses|carers) "
        r"(?:at all|in anything|anything at all|whatsoever)\b",
        r"\b(?:teach|taught|train|trained|give|given) (?:your |the |their )?(?:\w+ )?(?:staff|employees|people|agents|team|receptionists?|drivers|reps|advis[eo]rs|"
        r"workers|personnel|cashiers|them) (?:any |basic |some |common |good |even basic )?(?:manners|courtesy|politeness)\b|"
        r"\b(?:staff|employees|agents|receptionists?|drivers|reps|workers|personnel|cashiers) (?:ever |even |actually )?(?:taught|trained in|given lessons in) "
        r"(?:any |basic |some |common |good )?(?:manners|courtesy|politeness)\b",
        r"\b(?:hire|hired|hiring|recruit|recruited|recruiting|employ|employed|employing|pick|picked|choose|chose|select|selected) (?:your |the |their )?(?:\w+ )?"
        r"(?:staff|people|agents|employees|team|drivers|workers|packers|pickers|reps|advis[eo]rs|receptionists|technicians|engineers|cashiers|couriers|them|managers)"
        r" (?:\w+ )?(?:at random|randomly|off the street|with a (?:blindfold|dartboard|pin)|by lottery|out of a hat|by throwing darts)\b|"
        r"\b(?:staff|agents|employees|drivers|workers|packers|pickers|reps|advis[eo]rs|receptionists|technicians|engineers|cashiers|couriers) (?:\w+ )?"
        r"(?:hired|recruited|picked|chosen|selected) (?:\w+ )?(?:at random|randomly|off the street|with a (?:blindfold|dartboard|pin)|by lottery|out of a hat)\b|"
        r"\b(?:read|count|spell|write)(?: or (?:read|count|spell|write))? to (?:work|get a job|be hired) (?:there|here|at|for|with|in)\b",
        r"\b(?:os|les|le|te) (?:enseñan|enseñaron|dan|han enseñado|enseñaron) (?:\w+ ){0,2}?(?:educación|modales|cortesía|buenos modales)\b|"
        r"\balguien (?:\w+ ){0,3}?con (?:dos dedos de frente|cerebro|un mínimo de sentido común|sentido común|dos neuronas|una neurona|medio cerebro)\b|"
        r"\b(?:contratáis|contratan|contrata|eligen|elegís|escogéis|escogen|seleccionan|seleccionáis) (?:a )?(?:\w+ ){0,3}?(?:al azar|a boleo|a suertes|por sorteo|a ciegas|a voleo)\b|"
        r"\b(?:hace falta|es necesario|se necesita|hay que) saber (?:leer|contar|sumar|escribir) (?:\w+ )?para (?:trabajar|currar)\b",
        r"\b(?:recrutez|recrutent|embauchez|embauchent|choisissez|sélectionnez|engagez|recrute|embauche) (?:\w+ ){0,3}?(?:au hasard|à l'aveugle|au pif|au petit bonheur|à la tombola|n'importe comment|n'importe qui)\b|"
        r"\b(?:faut(?:-il)?|faudrait(?:-il)?|suffit de) (?:\w+ ){0,2}?(?:savoir|pouvoir) (?:lire|compter|écrire)\b[^.?!\n]{0,20}?\bpour (?:travailler|bosser|être (?:embauchée?|recrutée?))\b|"
        r"\b(?:on (?:vous|leur) (?:apprend|a appris|enseigne|a enseigné)|(?:vous|leur) apprenez|vous leur enseignez) (?:\w+ ){0,2}?(?:la politesse|les bonnes manières|la courtoisie|le savoir-vivre|à lire|à compter)\b|"
        r"\bquelqu'un (?:\S+ ){0,3}?(?:avec|qui a|a-t-il|qui ait) (?:un cerveau|deux neurones|un neurone|un minimum de bon sens|une once de bon sens|la moindre jugeote|de la jugeote|du plomb dans la cervelle)\b",
        r"\bkann (?:bei (?:ihnen|euch)|da|dort) (?:überhaupt|eigentlich|auch nur) (?:jemand|irgendwer|einer|irgendjemand) (?:\S+ ){0,3}?(?:bedienen|lesen|rechnen|zählen|schreiben|denken|buchstabieren)\b|"
        r"\b(?:hat|gibt es) (?:bei (?:ihnen|euch) |da |dort )?(?:überhaupt |eigentlich |auch nur )?(?:jemand|irgendwer|irgendjemand|einer|einen|keiner)(?: \S+){0,3}? (?:mit )?(?:hirn|gehirn|verstand|grips|einen funken verstand|zwei gehirnzellen|gesunden menschenverstand)\b|"
        r"\b(?:bringt man|bringen sie|bringt ihr|lernen|lernt|bringt) (?:ihren|euren|ihre|eure|den|die) (?:\w+ )?(?:mitarbeiter\w*|angestellten|leuten|leute|personal|fahrern?|team|empfangsdamen|sprechstundenhilfen)\b[^.?!\n]{0,30}?\b(?:manieren|anstand|höflichkeit|benehmen)\b|"
        r"\b(?:stellen sie|stellt ihr|sucht ihr|suchen sie) (?:\w+ ){0,3}?(?:wahllos|per zufall|auf gut glück|per los|mit verbundenen augen|von der straße) (?:\w+ )?(?:ein|aus)\b",
        # class (round 17, det17c): contempt nouns for the staff or the firm with a collective or a quantifier ("a bunch of
        # clueless pen-pushers", "ein Haufen Halsabschneider", "un ramassis de voyous", "un hatajo de chupatintas"); a gang of
        # fraudsters who stole from the customer is a third party, so crime nouns stay out of the collectives here
        r"\b(?:bunch|pack|load|band|shower|lot|gang|herd|collection) of (?:(?:clueless|useless|incompetent|lazy|arrogant|spineless|"
        r"brainless|overpaid|jumped-up|glorified|pathetic|lying|thieving|greedy|heartless|faceless),? ){0,2}(?:[\w-]+ )?"
        r"(?:box[- ]?tickers|pen[- ]?pushers|paper[- ]?pushers|bean[- ]?counters|bureaucrats|pencil[- ]?pushers|desk[- ]?jockeys|"
        r"sharks|cowboys|chancers|amateurs|clowns|muppets|jokers|incompetents|imbeciles|numpties|halfwits|jobsworths)\b",
        r"\b(?:haufen|bande|horde|truppe|verein|pack|sauhaufen|ansammlung|klub|club) (?:von )?(?:\w+ )?(?:halsabschneider\w*|idioten|vollidioten|"
        r"stümper\w*|dilettanten|amateure\w*|versager\w*|deppen|trotteln?|witzfiguren|clowns|nichtsnutze\w*|pfuscher\w*|abzocker\w*|"
        r"schnarchnasen|sesselpupser\w*|sesselfurzer\w*|bürohengste\w*|paragraphenreiter\w*|erbsenzähler\w*|lügner\w*|gauner\w*|halunken|"
        r"schwachköpfe\w*|hohlköpfe\w*|flachpfeifen)\b",
        r"\b(?:ramassis|tas|bande|clique|troupeau|bande de) d[e'] ?(?:\w+ )?(?:voyous|incapables|incompétents|guignols|escrocs|charlots|"
        r"branquignols|bras cassés|rapaces|requins|margoulins|bureaucrates|ronds-de-cuir|gratte-papier|fumistes|bons à rien|jean-foutre|"
        r"abrutis|crétins|imbéciles|menteurs|truands|filous)\b",
        r"\b(?:hatajo|atajo|montón|manada|pandilla|panda|banda|cuadrilla|puñado) de (?:\w+ )?(?:chupatintas|burócratas|buitres|aprovechados|"
        r"mangantes|golfos|mamarrachos|cantamañanas|zánganos|vagos|ineptos|incapaces|payasos|piratas|chorizos|sinvergüenzas|"
        r"inútiles|incompetentes|idiotas|timadores|trileros|impresentables)\b",
        # ... the staff or the firm "too stupid to" do their job ("your agents are too thick to read a postcode", "Ihre Leute
        # sind zu blöd, um ...", "vos agents sont trop bêtes pour", "sois demasiado torpes para"); not the customer about
        # themselves ("I'm too stupid to find the button", "ich bin wohl zu dumm dafür")
        r"\b(?:you|you people|you lot|you guys|they|your (?:\S+ ){0,2}?(?:staff|team|agents?|people|company|support|drivers?|couriers?|"
        r"managers?|advis[eo]rs?|reps?|engineers?|technicians?|employees|operators|call cent(?:re|er)|lot))(?:'re| are| were| seem| seem to be| must be)"
        r"(?: \w+){0,2}? too (?:stupid|thick|dim|dense|dumb|incompetent|lazy|clueless|brain ?dead|idle|arrogant|ignorant) to\b",
        r"(?<!wir )\b(?:sind|seid|scheinen|scheint)(?: (?!ich\b|wir\b)\S+){0,3}? zu (?:dämlich|blöd|blöde|dumm|doof|unfähig|beschränkt|bescheuert|"
        r"inkompetent|faul|bräsig|dusselig|dämlich),? (?:um|dafür|für)\b",
        r"\b(?:ihr|ihre|eure|euer|dein|deine) (?:[\w-]+ ){0,2}?(?:ist|sind|seid|scheint|scheinen)(?: \S+){0,3}? zu (?:dämlich|blöd|blöde|dumm|doof|"
        r"unfähig|beschränkt|bescheuert|inkompetent|faul),? (?:um|dafür|für)\b",
        r"\b(?:vous êtes|vous étiez|ils sont|elles sont|(?:vos|tes) (?:\S+ ){0,3}?(?:sont|étaient)|(?:votre|ton) (?:\S+ ){0,3}?(?:est|était))"
        r"(?: \S+){0,2}? trop (?:bêtes?|stupides?|cons|connes?|idiots?|nuls?|nulles|incompétente?s?|bornée?s?|paresseu(?:x|ses?)|feignante?s?|"
        r"fainéante?s?|bêtes) pour\b",
        r"\b(?:sois|son|son ustedes|es usted|(?:vuestr[oa]s?|sus?) (?:\S+ ){0,3}?(?:son|es|eran|era))(?: \S+){0,2}? demasiado "
        r"(?:tont[oa]s?|idiotas?|inútil(?:es)?|torpes?|incompetentes?|vag[oa]s?|estúpid[oa]s?|cortit[oa]s?|zoquetes?) (?:para|como para)\b",
        # ... their incompetence or contempt named as a noun "of" the team, the team "of" a staggering incompetence ("vos équipes
        # sont d'une incompétence et d'un mépris hallucinants", "the sheer arrogance of your staff", "la incompetencia de
        # vuestro personal", "die Inkompetenz Ihrer Mitarbeiter"); not a thing's ("the incompetence of the design")
        r"\b(?:vos|votre|tes|ton) (?:\S+ ){0,3}?(?:sont|est|étaient|était|ont été|a été) (?:\S+ )?d'une? (?:incompétence|nullité|bêtise|incapacité|"
        r"mépris|arrogance|grossièreté|malhonnêteté|impolitesse|amateurisme|suffisance|condescendance|incurie)\b",
        r"\b(?:l'|l’)?(?:incompétence|mépris|arrogance|grossièreté|malhonnêteté|amateurisme|incurie|je-m'en-foutisme) (?:\S+ ){0,3}?de (?:vos|votre) "
        r"(?:\w+ )?(?:équipes?|personnel|conseill\w+|employés|agents|services?|collaborateurs|techniciens|livreurs|standard|hotline)\b",
        r"\b(?:the|such) (?:sheer |utter |staggering |breathtaking |unbelievable |total |complete )?(?:incompetence|arrogance|contempt|rudeness|"
        r"dishonesty|ineptitude|stupidity)(?: and (?:\w+ )?(?:incompetence|arrogance|contempt|rudeness|dishonesty|ineptitude|stupidity|laziness))? "
        r"of (?:your|the|you) (?:\S+ ){0,2}?(?:staff|team|agents?|people|company|firm|employees|managers?|management|advis[eo]rs|reps|"
        r"call cent(?:re|er)|support|department|lot|people)\b|"
        r"\byour (?:staff's |team's |agents' |company's |people's |managers' )?(?:incompetence|arrogance|contempt|rudeness|dishonesty|ineptitude|stupidity) "
        r"(?:is|was|knows|has been) (?:\w+ )?(?:staggering|breathtaking|unbelievable|astonishing|beyond belief|appalling|shocking|incredible|remarkable|limitless|no bounds)\b",
        r"\b(?:la|vuestra|su) (?:incompetencia|ineptitud|prepotencia|desfachatez|chapucería|desidia|falta de respeto)(?: y (?:la |el )?\w+)? "
        r"de (?:vuestr[oa]s?|sus?) (?:\w+ )?(?:personal|equipo|emplead[oa]s|agentes|comerciales|técnicos|trabajadores|servicio|atención al cliente|teleoperador[ae]s)\b|"
        r"\b(?:vuestr[oa]s?|sus?) (?:\S+ ){0,3}?(?:son|es|eran|era) de una (?:incompetencia|ineptitud|prepotencia|desfachatez|dejadez|chapucería)\b",
        r"\b(?:die|diese) (?:\w+ )?(?:inkompetenz|unfähigkeit|arroganz|dreistigkeit|überheblichkeit|ignoranz|unverschämtheit)(?: und (?:\w+ )?\w+)? "
        r"(?:ihrer|eurer|deiner|ihres|eures) (?:\w+ )?(?:mitarbeiter\w*|angestellten|hotline|leute|berater\w*|techniker\w*|teams?|kundenservices?|"
        r"kundendienst(?:es)?|support(?:s|-teams?)?|firma|filiale|fahrer)\b|"
        r"\b(?:ihre|eure) (?:\S+ ){0,3}?(?:sind|ist|waren|war) von (?:einer|so einer) (?:\w+ )?(?:inkompetenz|unfähigkeit|arroganz|dreistigkeit|ignoranz|überheblichkeit)\b",
        # ... what the firm does called the methods of thugs or crooks ("c'est des méthodes de voyous", "gangster tactics",
        # "Mafiamethoden", "prácticas mafiosas"); not a fraudster's trick told as what happened to them
        r"\b(?:méthodes|pratiques|procédés|manières|façons de faire|manœuvres|manoeuvres) (?:dignes )?d[e'] ?(?:voyous|escrocs|gangsters|truands|mafieux|"
        r"bandits|charlatans|requins|margoulins|brigands|malfrats|racketteurs|la mafia|marchands de tapis|voleurs|filous)\b|\b(?:pratiques|méthodes) mafieuses\b",
        r"\b(?:gangster|mafia|mafioso|thug|thuggish|crook|cowboy|loan[- ]shark|con[- ]artist|bully[- ]boy|bully|mobster|racketeer|spiv|back-street)"
        r"(?:'s|s')? (?:tactics|methods|practices|behaviou?r|techniques|business practices)\b|"
        r"\b(?:tactics|methods|practices) (?:of|worthy of|straight out of) (?:a |the )?(?:thugs|crooks|gangsters|the mafia|a loan shark|loan sharks|"
        r"con artists|cowboys|mobsters|racketeers)\b",
        r"\b(?:mafia|gauner|ganoven|abzocker|halsabschneider|wildwest|gangster|verbrecher|betrüger|drückerkolonnen|kredithai)-?(?:methoden|praktiken|manieren|maschen?)\b|"
        r"\b(?:methoden|praktiken|machenschaften) (?:wie )?(?:von|bei|aus) (?:der )?(?:mafia|gaunern|ganoven|verbrechern|kriminellen|halsabschneidern|"
        r"abzockern|gangstern|einer drückerkolonne|kredithaien)\b",
        r"\b(?:métodos|prácticas|maneras|formas de actuar|tácticas) (?:propias |dignas |típicas )?de (?:mafiosos|matones|ladrones|gánsteres|gangsters|"
        r"estafadores|la mafia|bandidos|usureros|trileros|chorizos|timadores)\b|\b(?:prácticas|métodos|maneras) mafiosas?\b",
        # ... "are you people actually incapable of ..." / "are you all blind?": the firm asked whether it is incapable
        r"\bare (?:you|you people|you lot|you guys|you all|your (?:\w+ )?(?:staff|agents|people|team)) (?:all )?(?:\w+ ){0,2}?"
        r"(?:actually |really |genuinely |completely |totally |just |all |simply )*(?:incapable of|illiterate|blind|deaf|inept)\b",
        r"\b(?:you|you people|you lot|you guys|your (?:\S+ ){0,2}?(?:staff|team|agents?|people|company|support))(?:'re| are| were) "
        r"(?:\w+ ){0,2}?(?:completely |totally |utterly |simply |clearly |obviously |actually )?incapable of\b",
        r"\b(?:sois|son ustedes|es usted|(?:vuestr[oa]s?|sus) (?:\S+ ){0,2}?son) (?:\w+ ){0,2}?(?:incapaces|ineptos|analfabetos|ciegos) de\b|"
        r"\b(?:êtes-vous|etes-vous|vous êtes) (?:\w+ ){0,2}?(?:incapables|illettrés|aveugles|analphabètes) de\b|"
        r"\b(?:seid ihr|sind sie|ihr seid) (?:\w+ ){0,2}?(?:unfähig|zu blöd|zu dumm|analphabeten|blind)\b",
        # ... the firm's own security or service called a joke, the firm "this careless" ("your so-called fraud protection is a
        # farce", "a company this sloppy"); a queue or a situation called a joke is not aimed at anyone
        r"\byour (?:so-called )?['\"‘“]?(?:security|fraud (?:team|department|protection|checks?|prevention)|customer (?:service|care|support)|"
        r"service|complaints? (?:process|procedure|department|team)|after-?sales|billing (?:team|department))['\"’”]? (?:is|are|was|were) "
        r"(?:\w+ )?(?:a joke|a farce|a disgrace|a shambles|laughable|pathetic|a laughing stock|a sick joke)\b",
        r"\b(?:a|any) (?:company|business|firm|outfit|provider|bank|operator) (?:this|that|so) (?:careless|sloppy|incompetent|clueless|useless|"
        r"dishonest|shambolic|negligent|hopeless|greedy|shady|crooked)\b",
        # class (round 18): the firm likened to small children ("it's like dealing with a toddler with a card reader", "es como tratar
        # con críos", "c'est comme parler à des gamins", "das ist wie im Kindergarten bei euch"); a brick wall is exasperation
        r"\blike (?:dealing|talking|speaking|arguing|working) (?:with|to) (?:a |an )?(?:toddlers?|child|children|kids|(?:a )?(?:five|four|three)-year-olds?|monkeys|clowns|amateurs)\b",
        r"\bcomo (?:tratar|hablar|lidiar|discutir) con (?:niños|críos|un niño|un crío|párvulos|monos|payasos|aficionados)\b",
        r"\bcomme (?:si je parlais|parler|discuter|traiter|avoir affaire) (?:à|avec) (?:des enfants|un enfant|des gamins|un gamin|des clowns|des amateurs)\b",
        r"\bwie im kindergarten\b|\bwie mit (?:kleinkindern|kindern|einem kleinkind|amateuren|clowns) (?:zu )?(?:reden|sprechen|verhandeln|diskutieren)\b",
        # class (round 18): the staff called a waste of space or useless with more words between ("your so-called Guest Relations team
        # are a waste of space", "ihr seid echt nutzlos"), contempt said in one word ("Scummy, and you know it"), and nobody there
        # literate ("Is anyone there actually literate?", "y a-t-il quelqu'un chez vous qui sache lire ?", "¿hay alguien ahí que sepa leer?")
        r"\byour (?:so-called )?(?:\S+ ){0,3}?(?:staff|team|agents?|people|department|desk|advisors?|reps?|managers?|crew|drivers?)(?:'re| are| were| is| was) (?:\w+ ){0,2}?"
        r"(?:a (?:complete |total |absolute )?waste of (?:space|oxygen|a salary)|scummy)\b|\b(?:you|you lot|you people|they)(?:'re| are) (?:\w+ ){0,2}?a (?:complete |total |absolute )?waste of (?:space|oxygen)\b",
        r"\b(?:ihr seid|sie sind|seid ihr|sind sie) (?:\w+ ){0,2}?(?:nutzlos|inkompetent|unfähig|zu nichts zu gebrauchen)\b",
        r"(?:^|(?<=[.!?] )|(?<=\n))scummy\b|\b(?:that's|that is|this is|it's|so|how|utterly|absolutely|really|pretty) scummy\b|\bscummy (?:behaviou?r|practice|tactics?|company|firm|move|trick|business)\b",
        r"\bis (?:anyone|anybody) (?:there|over there|at your end|in your (?:\w+ )?(?:team|office|company)) (?:actually |even |remotely )?(?:literate|competent|awake)\b",
        r"\b(?:y a-t-il|il y a|est-ce qu'il y a) quelqu'un (?:chez vous|dans votre \w+|là-bas) qui (?:sache|sait) (?:lire|compter)\b|\b(?:hay )?alguien (?:en vuestra empresa|en su empresa|ahí|de vosotros) (?:que )?sepa (?:leer|contar|sumar)\b",
        # class (session 23): the firm's basic competence doubted -- the staff unable to do even the simplest part of the job
        # ("you people cant even run a checkout page", nb-60-042; "Are you lot actually capable of anything?", nb-60-087; "nobody
        # below her seems able to do their job", nb-67-063; "¿sois capaces de algo?", "êtes-vous capables de quoi que ce soit",
        # "kriegt ihr überhaupt irgendwas hin"); "I can't even log in" is the customer's own plight
        r"\b(?:you people|you lot|you guys|you clowns|your (?:\S+ )?(?:staff|team|people|company|agents|lot))(?: \w+)? (?:can't|cant|cannot|can not|couldn't|could not) even\b|"
        r"\bare (?:you|you people|you lot|you guys|any of you|your (?:\w+ )?(?:staff|people|team)) (?:actually |even |really |genuinely )?capable of (?:anything|doing anything|(?:even )?the (?:simplest|most basic)|basic)\b|"
        r"\b(?:nobody|no one|no-one|none of you|not one of you)\b[^.!?\n]{0,30}?\b(?:seems|seem|is|are) (?:\w+ )?(?:able|capable|competent enough) (?:to|of) (?:do|doing) (?:their|his|her|your|the|a) (?:\w+ )?jobs?\b|"
        r"\b(?:sois|son ustedes|es usted) (?:\w+ )?capaces de (?:algo|nada|hacer algo)\b|\b(?:êtes-vous|vous êtes) (?:\w+ )?capables de (?:quoi que ce soit|quelque chose|rien)\b|"
        r"\b(?:kriegt|bekommt) ihr (?:\w+ )?(?:überhaupt |eigentlich |auch nur )?(?:irgendwas|irgendetwas|etwas) hin\b",
        # ... the customers taken for fools ("Für wie blöd halten Sie Ihre Kunden eigentlich?", nb-63-048, nb-50-085; "how stupid do
        # you think we are", "vous nous prenez pour des imbéciles", "¿nos tomáis por tontos?"), fooled or treated like dirt as a
        # body ("Ihr verarscht doch eure Kunden", nb-60-054, like "vous vous foutez de la gueule des clients", nb-32-015; "you
        # treat your customers like mugs", "tratáis a los clientes como basura")
        r"\bfür wie (?:blöd|dumm|bescheuert|doof|bekloppt|naiv) (?:halten|haltet|hält) (?:sie|ihr|man) (?:\S+ ){0,2}?(?:kunden|uns|mich|leute|verbraucher)\b|"
        r"\b(?:ihr verarscht|sie verarschen|ihr veräppelt|sie veräppeln) (?:doch |hier |echt |einfach |nur )*(?:eure|ihre|die|alle) kunden\b|"
        r"\btreat(?:s|ing)? (?:your|its|the|their) (?:customers|clients|passengers|members|tenants) (?:like|as) (?:idiots|mugs|fools|dirt|garbage|rubbish|cattle|criminals|cash cows)\b|"
        r"\btrat(?:áis|an|a usted) a (?:vuestros|sus|los) clientes como (?:tontos|idiotas|basura|ganado|imbéciles|delincuentes)\b|"
        r"\bhow (?:stupid|thick|dumb|gullible|naive|daft) do (?:you|you people|you lot|they) (?:think|take|reckon) (?:i am|i'm|we are|we're|your customers are|us|me|people are)\b|"
        r"\b(?:vous (?:nous|me) prenez|vous prenez (?:vos|les) clients) pour des (?:imbéciles|idiots|cons|pigeons|abrutis|billes|crétins|truffes|jambons)\b|"
        r"\b(?:nos|me) (?:tomáis|toman|toma usted|tomas) por (?:tont[oa]s?|idiotas?|imbéciles?|gilipollas|pardill[oa]s?|estúpid[oa]s?)\b|"
        r"\b(?:you(?:'ll| will)?|you people|you lot) (?:clearly |obviously |really |just )?(?:hire|employ|take on|recruit) (?:literally )?(?:anyone|anybody)\b(?! (?:who|for|to|in|with (?:experience|a licen))\b)|"
        r"\b(?:contratáis|contratan|contrata usted) (?:\w+ )?a cualquiera\b|\b(?:stellen sie|stellt ihr) (?:\w+ )?(?:jeden|jede|jeden x-beliebigen) ein\b",
    ],
    # Swearing, about the situation or at people.
    "profanity": [rf"\b(?:{_SWEAR})", r"\bf\*+(?:\w+|\*)", r"\bs\*+t\b", r"\bno shit\b", r"\b(?:so eine|so ne) schei"],
    # Lawyers, courts, regulators and ombudsmen, chargebacks: a step outside the company.
    "legal_threat": [
        r"\b(?:my|our|a|the company'?s|general) (?:\w+ )?(?:lawyers?|solicitors?|attorneys?|legal (?:team|counsel|department|advisers?)|counsel) "
        r"(?:will|shall|'ll|would|is going to|are going to|has advised|has been instructed|is now|are now|is aware|is involved|are involved|is handling|is dealing|"
        r"is preparing|says|said|advised|advises|believes|thinks|agrees|has (?:the|all|copies|a copy|my|our|everything|been sent)|now has)\b",
        r"\b(?:issu(?:e|ing)|lodg(?:e|ing)) (?:a )?(?:court |legal |county court |small )?claim\b|\b(?:fil(?:e|ing)|mak(?:e|ing)|start(?:ing)?) a small claim\b",
        r"\b(?:involve|involving|contact|contacting|instruct|instructing|consult|consulting|calling|speak to|speaking to|"
        r"spoken to|speak with|get|getting|got|hire|hiring|find|(?:(?:pass|hand|forward)(?:ed|ing|es|s)?|refer(?:red|ring|s)?) (?:this|it|everything|all of (?:this|it)|the (?:\w+ )?(?:file|matter|case|details|documents|paperwork|evidence)) "
        r"(?:over |on )?to|(?:hear|hearing|letter|papers) (?:\w+ ){0,4}?from|discuss(?:ed|ing)? (?:this|it) with) (?:my|our|a|the|a good) (?:\w+ )?"
        r"(?:lawyers?|solicitors?|attorneys?|legal (?:team|counsel|department|advisers?|advice)|counsel)\b",
        r"\blawyer(?:ing)? up\b",
        # class (session 24): a lawyer already consulted, said without the verbs above ("I am now in touch with a solicitor",
        # nb-56-068; "we have instructed solicitors", "taking advice from a solicitor", nb-70-071), and advice taken on getting
        # the loss back ("we are taking advice on recovering the costs", nb-65-046). "In touch with my solicitor" can be an
        # estate's paperwork, so only a lawyer newly found ("a solicitor") counts there.
        r"\b(?:in (?:touch|contact) with an? |(?:taking|take|taken|took|seeking|seek|sought|getting|get|got) (?:legal )?advice from (?:an? |my |our )|instruct(?:ed|ing) (?:an? |my |our )?)"
        r"(?:\w+ )?(?:solicitors?|lawyers?|attorneys?|barristers?)\b",
        r"\b(?:taking|take|taken|took|seeking|seek|sought|getting|get|got) (?:legal |professional )?advice (?:on|about) (?:recovering|reclaiming|claiming|suing|"
        r"(?:our|my) (?:legal )?(?:options|position|rights)|compensation|redress)\b",
        r"\blegal (?:action|proceedings|steps|route|claim)\b", r"\blaw ?suit\b",
        r"\b(?:i|we)(?:'ll| will| shall| am going to|'m going to| are going to|'re going to| may| might| would)? (?:have to |be forced to )?sue\b",
        r"\bsu(?:e|ing) (?:you|your|the company|them)\b", r"\bsmall[- ]claims\b|\b(?:national )?enforcement body\b", r"(?<!\bat )(?<!\battend )(?<!\battending )(?<!\bfor )(?<!\bbe in )\bcourt\b(?! ?(?:hearings?\b|appearances?\b|as a witness|yard|house|ney|fees?|costs|date for my|shoes|bundles?|papers|documents|reporter|stenographer|gown|robes|dress))",
        rf"\b(?:{_BODIES}|equality act|consumer rights act)\b",
        r"\bcontractual matter\b", r"\bbreach(?:ed)? (?:of )?(?:our |the |my )?(?:contract|sla|msa)\b",
        r"\b(?:i'll|i will|i'm going to|im going to|i am going to|i'm doing|im doing|we will|we'll|or i'll|or i will|i've already|"
        r"i have already|i've|i have|i'm|i am|we've|we have)(?: \w+){0,3} (?:a |an )?(?:charge-?backs?|dispute|disputing)\b",
        r"\b(?:charge-?back|dispute) (?:on|with|through) (?:my bank|amex|visa|mastercard|paypal|the bank|my card|my credit card)\b(?![^.\n]{0,60}\?)",
        r"\bchargeback on every\b",
        r"\b(?:i|we)(?:'ve| have)? (?:\w+ )?(?:asked|contacted|told|gone to|called|instructed) (?:my|our|the) (?:bank|card issuer|card provider|"
        r"credit card company|card company)\b"
        # calling the bank to stop a fraudster ("I've called my bank and frozen the card") is safety, not a dispute
        r"(?!,? (?:and|to) (?:\w+ )?(?:froze|frozen|freeze|block|blocked|cancel|cancelled|canceled|stop|stopped|report|reported|get a new|order a new))"
        # (round 18) nor is asking it for news ("I asked my bank, they say nothing has come in", "asked my bank whether it arrived")
        r"(?!,? (?:and )?(?:they|it|who|she|he) (?:say|said|says|told|tell|confirmed|confirm|can't see|cannot see|see|saw|have no|had no)\b|,? (?:whether|if|where|when)\b)"
        # (round 20) nor is a call to the bank told and left there ("I've called my bank too.", "I've contacted my bank
        # as well"): what makes it a threat is what follows, a chargeback, a debit stopped, an "if you don't refund"
        r"(?!(?: too| as well| also| already| today| this morning)?\s*(?:[.!\n]|$))",
        r"\b(?:report|reporting|reported) (?:you|this|your company|the company|them) to\b", r"\bsection 75\b", r"\b(?:letter before (?:action|claim)|pre-action (?:letter|protocol))\b",
        r"\b(?:take|taking) (?:this|it|you|the matter) (?:further|to court|legal)\b", r"\bmy (?:legal |statutory |consumer )?rights under\b",
        r"\b(?:legal advice|(?<!can't )(?<!cannot )(?<!can )(?<!couldn't )(?<!could )(?<!able to )(?<!allowed to )(?<!not )legally(?! privileged)|seek(?:ing)? legal|take legal|legal recourse|consult(?:ing)? (?:a|my) (?:lawyer|solicitor))\b",
        r"\bdata protection (?:authority|regulator|commissioner)\b",
        # class (session 23): the incident named as one the firm must report to the regulator ("whether this constitutes a
        # reportable data incident", hd-0039; "a notifiable breach", "eine meldepflichtige Datenpanne", "une violation de données
        # à notifier", "una brecha de datos notificable"); a "data breach" alert the customer merely asks about is no threat
        r"\b(?:reportable|notifiable) (?:personal )?(?:data |security |privacy )?(?:incident|breach)\b|\breport (?:this|it) (?:\S+ ){0,3}?as a (?:personal )?data breach\b|"
        r"\bmeldepflichtig\w* (?:datenpanne|datenschutzverletzung|datenschutzvorfall|vorfall|sicherheitsvorfall)\b|"
        r"\bviolation de (?:données|données personnelles|sécurité) (?:\S+ ){0,2}?(?:à notifier|notifiable)\b|"
        r"\bbrecha (?:de datos|de seguridad) (?:personales )?(?:\S+ ){0,2}?(?:notificable|a notificar|que (?:deben|debe|hay que) notificar)\b",
        r"\b(?:my|our|the) (?:bank|card issuer|card provider|credit card (?:company|provider)|card company|paypal|amex)(?:'s)? "
        r"(?:has |have |is |are |will )?(?:now |already )?(?:opened|raised|started|filed|launched|lodged|investigating|open|raise|start|file|launch|lodge)"
        r" (?:a |an )?(?:dispute|chargeback|charge-back|claim against you)\b",
        r"\b(?:my|our|the) (?:bank|card issuer|credit card company|card company|card provider) (?:is |are |has |have |will )?(?:now |already )?(?:revers\w*|claw\w* back|recall\w*) "
        r"(?:the|this|your|a) (?:charge|payment|transaction|debit)\b",
        r"\b(?:lodg|fil|submitt|mak|rais|escalat)(?:e|ing|ed)? (?:a |an |my )?(?:formal )?(?:complaint|claim|case) (?:with|to) (?:the |an? )?(?:\w+ )?(?:ombudsman|regulator|court|tribunal|authority|commission)\b",
        # class (session 22): a professional body or regulator named by its kind ("a formal complaint to the General Dental
        # Council", nb-68-095; "complain to the Health and Care Professions Council", "I'll report you to the Gambling
        # Commission", "une plainte auprès de l'Ordre des architectes", "una queja ante el Colegio de Abogados", "Beschwerde bei der
        # Handwerkskammer"); a council of a place ("the local council", "the city council") hears about bins, not a firm
        r"\b(?:complain(?:ing|ed)?|(?:lodg|fil|submitt|mak|rais|escalat|send|tak)(?:e|ing|ed)? (?:a |an |my |this |it )?(?:formal |written |official )?(?:complaint|report|this|it))"
        r" (?:with|to) (?:the |an? )?(?:[a-z&'-]+ ){1,4}(?<!\bthe )(?<!\ba )(?<!local )(?<!city )(?<!county )(?<!town )(?<!district )(?<!parish )(?<!borough )"
        r"(?<!community )(?<!student )(?<!school )(?<!residents' )(?<!tenants' )(?:council|authority|commission|regulator|board|ombudsman|bureau|adjudicator)\b",
        # class (session 24): the consumer magazine's complaints arm named as where it goes ("or I'm going to Which? with this",
        # "I've told Which?"); "which?" as a question word does not follow "to" / "told"
        r"\b(?:to|told|tell|contact(?:ed|ing)?|with) which\?(?=\s|$)",
        r"\b(?:plainte|réclamation|signalement|signaler(?: \S+){1,2}?) (?:auprès de|à|devant) (?:l'|la |le )?(?:ordre|conseil (?:national |régional |départemental )?de l'ordre|chambre) des? \w+|"
        r"\b(?:queja|reclamación|denuncia|denunciar\w*|quejarme) (?:formal )?(?:ante|al|en el|a) (?:el |la )?(?:colegio|consejo general) (?:oficial )?de \w+|"
        r"\b(?:beschwerde|meldung|melde \S+) (?:bei|an) (?:der|die) \w+kammer\b",
        r"\b(?:cma|competition and markets authority|advertising standards|asa|financial conduct authority|alternative dispute resolution|arbitration|county court|ccj)\b",
        # class (round 14): the redress schemes and sector bodies named by name ("I'll be taking this to CCWater and then to the
        # Water Redress Scheme", "file a claim through Money Claim Online", "la reclamación va directa a AESA", "je saisis l'ARCEP"),
        # the judge the company will face ("you can explain that to a judge", "se lo explican a un juez", "devant un juge",
        # "vor einem Richter"), and a lawyer already handed the file ("I've passed copies of everything to my solicitor")
        r"\b(?:ccwater|consumer council for water|(?:water|energy|rail|aviation|communications|motor|property|financial) (?:redress|ombudsman|arbitration) scheme|"
        r"redress scheme|money claim online|moneyclaim|civil aviation authority|energy ombudsman|rail ombudsman|cisas|ofwat|"
        r"aesa|agencia estatal de seguridad aérea|cnmc|secretaría de estado de telecomunicaciones|"
        r"mediateur national de l'énergie|médiateur national de l'énergie|médiateur (?:du tourisme|de l'eau|des communications électroniques)|"
        r"söp|schlichtungsstelle (?:für den )?öffentlichen personenverkehrs?|bundesamt für justiz)\b",
        r"\b(?:explain|justify|tell) (?:\S+ ){0,5}?to a (?:judge|court)\b|\b(?:explain|justify) (?:\S+ ){0,5}?in court\b|"
        r"\b(?:explic|justific)\w* (?:\S+ ){0,5}?(?:a un juez|ante un juez|al juez)\b|\bdevant (?:un|le) juge\b|\bvor (?:einem|dem) richter\b",
        r"\b(?:i|we)(?:'ve| have)? (?:already |now )?(?:passed|handed|forwarded|sent|given) (?:\S+ ){0,4}?(?:on |over )?to (?:my|our) (?:solicitor|lawyer|attorney)s?\b",
        r"\b(?:see|take|taking|drag|dragging) (?:you|your company|this company|them) (?:\w+ )?(?:to|into|through) (?:court|the courts|a tribunal)\b",
        # es
        r"\b(?:reclamación (?:oficial|formal)|libro de reclamaciones|contracargo|retrocesión del cargo|reclamaré ante|acudiré a (?:la|los|un)|"r"(?:oficina de|a|ante|en) consumo|(?:interpondré|pondré|presentaré|poner|presentar) (?:una )?(?:demanda|denuncia|reclamación)|"r"procedimiento judicial|(?<!para un )(?<!para el )(?<!del )juicio|(?:disputa|reclamación) (?:con|en|ante) (?:mi|el) banco|mi banco (?:\w+ ){0,2}(?:disputa|contracargo))\b",
        r"(?<!soy )(?<!colegio de )(?<!ilustre colegio de )\b(?:(?<!como )(?<!calidad de )(?<!\n)(?<![-@.])abogad[oa]s?(?!\s*[–—-]\s*colegiad)(?![-.@]\w)|demandar|demandaré|demandaremos|(?<!amenazan con )(?<!amenaza con )(?<!amenazando con )(?<!amenazado con )(?<!me van a )(?<!me quieren )denuncia(?:r|ré|remos)?|tribunal(?:es)?(?!\b[^.\n]{0,30}\b(?:como testigo|comme témoin))|juzgados?|vía judicial|"
        r"acciones legales|ocu|facua|omic|hoja de reclamaciones|(?:como )?(?:cargo|cobro|pago|recibo) no (?:autorizado|reconocido) (?:a|en|ante|con) (?:mi|el) banco|oficina (?:municipal )?del? consumidor|"
        r"banco de españa|defensor del (?:cliente|pueblo)|asociaci(?:ón|ones) de (?:consumidores|usuarios)|(?:oficina municipal de )?información al consumidor|agencia española de protección de datos|medidas legales|vía legal|aepd|arbitraje|junta arbitral|"
        r"protección (?:al|del|de los) consumidor(?:es)?|defensa del consumidor|profeco|sernac|indecopi)\b",
        # fr
        r"\b(?:action en justice|saisir (?:le |la |un |les )?(?:médiateur|tribunal|justice|juge|conciliateur|cnil|dgccrf|autorités?)|"r"rétrofacturation|opposition (?:\w+ ){0,4}auprès de (?:ma|notre) banque|"r"contester (?:le|ce|la|cette) (?:\w+ )?(?:auprès de|avec) ma banque|plainte (?:auprès|contre(?! moi| nous))|recours (?:juridique|en justice|collectif))\b",
        r"(?<!je suis )(?<!ordre des )(?<!barreau des )\b(?:(?<!en tant qu\')(?<!qualité d\')(?<!\n)(?<![-@.])avocats?(?! au barreau)(?![-.@]\w)|poursuites?|(?<!menacent de )(?<!menacer de )(?<!menace de )(?<!menacé de )(?<!menaçant de )porter plainte(?! contre (?:moi|nous))|mise en demeure|tribunal(?!\b[^.\n]{0,30}\b(?:como testigo|comme témoin))|tribunaux|devant la justice|en justice|médiateur|ufc|que choisir|"
        r"dgccrf|arcep|cnil|signalconso|60 millions|association de consommateurs|conciliateur|huissier|"
        # (session 23) the consumer-protection office by what it is ("une plainte à l'Office de la protection du consommateur",
        # hd-0171), as English "consumer protection" already is
        r"(?:office de la |la |l')?protection (?:du|des) consommateurs?|défense des consommateurs|"
        r"injonction de payer)\b",
        # de
        r"\b(?:(?:rückbuchung|rücklastschrift) (?:\w+ ){0,3}(?:veranlass\w*|einleiten|eingeleitet|beantragt|bei meiner bank|über meine bank)|lastschrift\w* (?:\w+ ){0,8}?(?:zurückgeben|zurückgehen(?: lassen)?|zurückbuchen(?: lassen)?)|"
        r"(?:meine|die) (?:bank|kreditkartenfirma) (?:\w+ ){0,3}(?:zurückbuchen|zurückholen|rückbuchung)|"r"vor gericht|gerichtlich\w*|(?<!am )(?<!im )(?<!beim )amtsgericht(?!\b[^.\n]{0,30}\bals zeug)|gerichtsverfahren|anzeige (?:erstatten|gegen)|strafanzeige|rechtlich (?:prüfen|vorgehen)|"r"schlichtung\w*|ombudsstelle|ombudsmann|einschalten werde|inkasso\w* (?:einschalten|beauftragen))\b",
        r"(?<!ich bin )(?<!bin )(?<!anwaltskammer )\b(?:(?<!als )anwalt|(?<!als )anwältin|(?<!als )(?<!\n)rechtsanwalt\w*|anwalts?|rechtliche[nm]? schritte[n]?|klage|(?<!mich )(?<!uns )verklagen|verbraucherzentrale|"
        r"bundesnetzagentur|schlichtungsstelle|bafin|schadenersatz\w*|schadensersatz\w*|mahnverfahren|juristisch\w*|rechtsweg|"
        r"verbraucherschutz\w*|beschwerde bei der|datenschutzbehörde|mahnbescheid|anwaltliche\w* schritte|anwaltlich\w* (?:prüfen|vorgehen|einschalten|beraten)|(?:landes)?(?:datenschutz)?beauftragten für (?:den )?datenschutz|datenschutzaufsicht\w*|aufsichtsbehörde|"
        r"(?:beträge|betrag|abbuchungen|abbuchung|zahlungen|zahlung|summe|das geld|es|sie) (?:\w+ ){0,3}zurückbuchen lassen)\b",
        # class: claiming the money back through the bank ("I'll file a claim with my bank", "lo reclamo al banco",
        # "je vais le réclamer à ma banque", "hole ich es mir über die Bank zurück")
        r"\b(?:file|make|raise|open|put in|lodge|submit) a (?:claim|dispute) (?:with|through|via) (?:my|our|the) (?:bank|card issuer|card provider|credit card company)\b",
        r"\b(?:lo |la )?(?:reclamo|reclamaré|reclamaría|voy a reclamar(?:lo)?|reclamarlo) (?:al|a mi|a nuestro|en el|con el|a través del?|a través de mi|a través de nuestro|por medio de mi|mediante mi) banco\b",
        r"\b(?:devolveré|devolveremos|voy a devolver|vamos a devolver|devuelvo|he devuelto|hemos devuelto) (?:el|los|este|estos|ese|esos) (?:\w+ )?(?:cargos?|cobros?|pagos?) "
        r"(?:a través de|en|con|por|desde|mediante) (?:mi|el|nuestro) banco\b",
        r"\b(?:le |la |les )?(?:réclamer|réclamerai|réclamerons|récupérer|récupérerai) (?:\w+ )?(?:à|auprès de|par) (?:ma|notre|la) banque\b",
        # ... said as the claim or the dispute opened with the bank (session 22: "sans quoi je ferai une réclamation auprès de ma
        # banque", nb-67-005; "j'ouvre un litige avec ma banque", "eine Reklamation bei meiner Bank"); the bank asked about a
        # payment ("j'ai demandé à ma banque") opens nothing
        r"\b(?:réclamation|litige|contestation|dossier de contestation|procédure de contestation) (?:\w+ ){0,2}?(?:auprès de|avec|chez|à|par) (?:ma|notre) banque\b|"
        r"\b(?:reklamation|beanstandung|widerspruch|einspruch) (?:\w+ ){0,2}?(?:bei|über) (?:meiner|unserer|meine|unsere) (?:bank|kreditkartenfirma|sparkasse)\b",
        # class (session 22): the firm told it will be held liable for the loss ("I will hold you fully liable", "je vous tiendrai
        # pour responsables", nb-67-068; "os haré responsables", "ich mache Sie dafür haftbar"); a report to the police about a
        # fraudster is no threat against the firm (nb-38-067, nb-44-062, nb-53-061), so "porte plainte" alone stays out
        r"\b(?:i|we)(?:'ll| will| shall|'m going to| am going to| are going to) (?:\w+ )?hold (?:you|your (?:\w+ )?(?:company|firm|business)|[a-z]+ (?:ltd|plc|limited)) "
        r"(?:\w+ )?(?:and \w+ )?(?:legally |personally |fully |financially |entirely )?(?:responsible|liable|accountable)\b|"
        r"\b(?:je|nous) (?:vous )?(?:tiendrai|tiendrons|vais vous tenir|allons vous tenir) (?:\w+ )?(?:pour )?(?:\w+ )?responsables?\b|"
        r"\b(?:os|les|le) (?:haré|haremos|consideraré|consideraremos|voy a hacer|vamos a hacer) (?:\w+ )?responsables?\b|"
        r"\b(?:mache|machen|werde|werden) (?:ich |wir )?(?:sie|euch|ihr unternehmen|ihre firma) (?:\w+ ){0,3}?(?:haftbar|regresspflichtig)\b",
        r"\b(?:über|bei) (?:meine|meiner|unsere|unserer|die|der) (?:bank|kreditkartenfirma) (?:\w+ ){0,2}(?:zurückholen|zurückfordern|reklamieren|zurückbuchen lassen)\b|\büber (?:meine|die|unsere) (?:bank|kreditkartenfirma) zurück\b",
        # class: the card issuer or a regulator as where the customer will take it, said as a destination ("I'm going to my card
        # provider for a chargeback", "a chargeback through my bank", "wende mich an die Landesdatenschutzbeauftragte").
        r"\bfor a charge-?back\b|\bcharge-?back (?:with|through|via) (?:my|the)\b",
        # class (session 8): the chargeback said as a dispute with the bank, a card or debit stopped in an ultimatum, a direct debit
        # bounced ("I've disputed both payments with my bank", "je fais opposition sur la carte", "devolveré el recibo", "ich
        # widerspreche der Lastschrift"). A card stopped after a theft is safety, so the card counts only after "or" / "sinon".
        r"\b(?:disputed|disputing|dispute) (?:\w+ ){0,3}?(?:payments?|charges?|transactions?|debits?|amounts?)(?: \S+){0,3}? (?:with|through|via) (?:my|our|the) (?:bank|card issuer|card provider|credit card (?:company|provider)|card company|paypal)\b",
        r"\b(?:get|ask|asking|instruct|instructing|tell|telling|have) (?:my|our|the) (?:bank|card issuer|card provider|credit card company) to (?:reverse|recall|reclaim|return|claw back|dispute|refund|reject|bounce|block) (?:it|them|(?:the|this|these|those|both|all|your) (?:\w+ )?(?:payments?|charges?|transactions?|debits?))\b",
        # class (round 10): the Direct Debit Guarantee invoked against the company ("I'll reclaim it under the Direct Debit
        # Guarantee", "raise a Direct Debit indemnity claim")
        # ... with the guarantee named as the bank's ("I'll just claim them back through my bank's direct debit guarantee",
        # nb-68-007), and the German debit returned with the verb first ("gebe ich die Lastschrift zurück", "buche die Lastschriften
        # zurück")
        r"\b(?:under|through|via|using|with|invoke|invoking) (?:the|my|our|my bank's|our bank's|the bank's) direct debit guarantee\b|\bdirect debit (?:guarantee|indemnity) claim\b|"
        r"\b(?:gebe|geben|buche|buchen|lasse|lassen|hole|holen) (?:ich |wir )?(?:\S+ ){0,2}?lastschrift\w* (?:\S+ ){0,2}?zurück(?:buchen|geben|gehen)?\b",
        r"\bopposition (?:au|aux|sur le|sur les|sur ce|sur ces) (?:\w+ )?(?:prélèvements?|paiements?|débits?)\b|"
        r"\b(?:ou|sinon|à défaut|faute de quoi),? (?:je|nous|j'|on) (?:\S+ ){0,2}?(?:fais|ferai|vais faire|ferons|allons faire|fait) opposition\b",
        r"\b(?:devolveré|devolveremos|voy a devolver|vamos a devolver|he devuelto|hemos devuelto|devuelvo|devolvemos) (?:el|los|este|estos|ese|esos|vuestro|vuestros|su|sus) (?:\w+ )?recibos?\b",
        r"\b(?:widerspreche|widersprechen) (?:ich |wir )?(?:\S+ ){0,2}?(?:der|den) (?:\w+ )?(?:lastschrift\w*|abbuchung\w*|belastung\w*)\b|\bwiderspruch gegen (?:die|diese) (?:\w+ )?(?:lastschrift|abbuchung|belastung)\b",
        r"\b(?:(?:an|bei) (?:die|den|der|das)|beim|zum|zur) (?:\w+ )?(?:\w*datenschutzbeauftragten?|\w*datenschutzbehörde|\w*aufsichtsbehörde|schlichtungsstelle|ombudsstelle)\b",
        # class (round 12): the ombudsman or mediator named as an institution, in a compound or by its scheme ("werde ich den
        # Versicherungsombudsmann einschalten", "je saisirai la Médiation de l'Assurance", "the ADR claim goes in", "acudiré al
        # Defensor del Asegurado")
        r"\b(?:an|bei|den|die|der|dem|zum|zur) (?:\w+ )?\w*(?:ombudsmann|ombudsfrau|ombudsstelle|schlichtungsstelle)\b",
        r"\b(?:saisir|saisirai|saisirons|saisis|saisie|saisi|recours à|m'adresser à|j'irai devant|je m'adresserai à) (?:la|le) (?:médiation|médiateur)\b|"
        r"\bla médiation (?:de l'assurance|de la consommation|de l'énergie|des communications|du tourisme|tourisme et voyage|bancaire|de l'eau|sncf|ratp|de la fédération)\b",
        r"\b(?:aviation ?adr|cedr)\b|\badr (?:claim|scheme|body|provider|entity|route|process)\b|\b(?:an|the) adr\b",
        r"\bdefensor del (?:asegurado|partícipe|usuario)\b|\b(?:servicio|departamento|oficina) de reclamaciones del (?:banco de españa|cnmv)\b|\bdirección general de seguros\b",
        # ... the Financial Ombudsman Service by its initials ("I'll take it straight to the FOS"), and the money taken back
        # through PayPal ("hol ich mir das Geld über PayPal zurück", "I'll get it back through PayPal", "lo recupero por PayPal",
        # "je le récupère via PayPal")
        # class (round 15): the bank asked to refuse the debits, said as the request ("o voy a pedirle al banco que los rechace",
        # "je demanderai à ma banque de les rejeter"), the legal-expenses insurer handed the matter ("gebe ich die Sache an meine
        # Rechtsschutzversicherung weiter", "my legal expenses cover", "mi seguro de defensa jurídica", "ma protection juridique"),
        # and the professional regulators of a pharmacy, a care home, a vet or a solicitor ("I'll be reporting it to the GPhC")
        # round 17: the bank told, not asked ("le digo al banco que los devuelva", "je dirai à ma banque de les rejeter"), and a
        # chargeback raised in the present ("or I raise a chargeback")
        r"\b(?:or|otherwise|then|and) (?:i|we) (?:just |simply )?(?:raise|open|file|start|lodge|request|initiate) (?:a |an )?charge-?backs?\b|"
        r"\b(?:le |les )?(?:digo|diré|diremos|voy a decir(?:le)?|decirle) al banco que (?:\S+ ){0,2}?(?:rechace|rechacen|devuelva|devuelvan|anule|anulen|retroceda)\b|"
        r"\b(?:dis|dirai|dirons|vais dire) à (?:ma|notre|la) banque de (?:\S+ ){0,2}?(?:rejeter|refuser|contester|bloquer|annuler|rembourser)\b",
        r"\b(?:pedir(?:le)?|pediré|le pediré|voy a pedirle|pido|le pido) al banco que (?:\S+ ){0,2}?(?:rechace|rechacen|devuelva|devuelvan|anule|anulen|bloquee|retroceda)\b",
        r"\b(?:demander|demanderai|demanderons|vais demander|demande) à (?:ma|notre|la) banque de (?:\S+ ){0,2}?(?:rejeter|refuser|contester|bloquer|annuler)\b",
        r"\brechtsschutzversicherung\b|\b(?:seguro de )?(?:defensa|protección) jurídica\b|\b(?:assurance |ma |notre |mon assurance )protection juridique\b|"
        r"\blegal (?:expenses|protection) (?:insurance|cover|insurer)\b",
        r"\b(?:gphc|general pharmaceutical council|care quality commission|cqc|rcvs|royal college of veterinary surgeons|solicitors regulation authority|nursing and midwifery council)\b",
        # class (round 18): the health professions' regulators in fr/es/de ("je vais signaler cet incident à l'Agence régionale de
        # santé et au Conseil de l'Ordre des pharmaciens", "lo denunciaré al Colegio de Farmacéuticos", "ich melde das der
        # Apothekerkammer"), and a personal-injury lawyer brought in ("passing everything to a personal injury solicitor")
        r"\b(?:agence régionale de santé|(?:conseil (?:\w+ )?de )?l'ordre des (?:pharmaciens|médecins|infirmiers|vétérinaires|chirurgiens-dentistes|masseurs-kinésithérapeutes|sages-femmes)|"
        r"colegio (?:oficial )?de (?:farmacéuticos|médicos|veterinarios|dentistas|odontólogos|enfermería)|inspección sanitaria|"
        r"apothekerkammer|ärztekammer|tierärztekammer|zahnärztekammer|heimaufsicht)\b",
        r"\bpersonal[- ]injury (?:solicitors?|lawyers?|attorneys?|claim|firm)\b",
        r"\b(?:the|to) fos\b",
        r"\büber (?:paypal|meine kreditkarte|die kreditkarte) (?:\w+ )?zurück(?:buchen|holen|fordern)?\b|\b(?:get|claim|take) (?:my money|it|them|the money) back (?:through|via|from|with) paypal\b|"
        r"\b(?:lo |la |los |el dinero )?(?:recupero|recuperaré|reclamo|reclamaré) (?:\w+ ){0,2}?(?:por|a través de|con|en) paypal\b|"
        r"\b(?:le |la |les )?(?:récupère|récupérerai|réclame|réclamerai|récupérer|réclamer) (?:\w+ ){0,2}?(?:via|par|auprès de) paypal\b",
        # ... and the bank asked or said to get the money back, said sideways ("I'll simply ask my bank to claw them back", "Is
        # there any reason I shouldn't just raise this with Amex?", "My bank says they can do a chargeback")
        r"\b(?:ask(?:ing|ed)?|get(?:ting)?|got|tell(?:ing)?|told|hav(?:e|ing)|let(?:ting)?) (?:my|our|the) " + _CARD_FIRM + r" to (?:claw|get|take|pull) (?:it|them|the (?:money|payments?|charges?)|my money) back\b",
        # class (session 24): the bank or card firm gone to, or already at work, against the charge ("I'll be contacting my
        # bank to dispute the payment", "I'll go through my card company to get it back", "my credit card company is now
        # investigating the charge", nb-26-078 "ma banque a ouvert une contestation", "mi banco ha abierto una reclamación",
        # "habe meine Bank gebeten, die Abbuchung zurückzuholen"); the bank called to block a stolen card or asked for news is
        # no dispute, so the aim must be to dispute, reverse or get the money back
        r"\b(?:contact\w*|call\w*|ring\w*|rang|rung|phon\w*|writ\w* to|go(?:ing)? (?:to|through)|speak\w* to|email\w*) (?:my|our|the) " + _CARD_FIRM + r" "
        r"(?:to|and) (?:dispute|reverse|recall|reclaim|challenge|claw|get (?:it|them|my money|the money|the (?:payments?|charges?)) back|raise a (?:dispute|chargeback)|have (?:it|them|the (?:\w+ )?(?:charges?|payments?)) reversed)\b",
        r"\b(?:(?:my|our|the) (?:bank|card issuer|card provider|credit card (?:company|provider)|card company|paypal|amex|visa)|paypal|amex|visa|mastercard)(?:'s)? (?:is |are |has been |have been )?(?:now |already )?"
        r"(?:disputing|investigating|challenging|reversing|clawing back) (?:the|this|these|those|your|both|all|each|every) (?:\w+ )?(?:charges?|payments?|transactions?|debits?)\b",
        r"\b(?:ma|notre) banque (?:a |va |vient d'|vient de |est en train d')?(?:\S+ ){0,2}?(?:ouvert|ouvrir|lancé|lancer|engagé|engager|enregistré) (?:une |un )?(?:procédure de |dossier de )?"
        r"(?:contestation|litige|réclamation|rétrofacturation)\b",
        r"\b(?:mi|nuestro) banco (?:ya )?(?:\S+ ){0,2}?(?:abierto|abrió|abrir|iniciado|inició|iniciar|tramitando|tramita|tramitar) (?:una |un )?(?:reclamación|disputa|contracargo|retrocesión|expediente)\b",
        r"\b(?:meine|unsere|die) " + _CARD_FIRM_DE + r",? (?:\S+ ){0,4}?(?:zurückzuholen|zurückzubuchen|zurückzufordern|rückgängig zu machen)\b|"
        r"\b(?:meine|unsere|die) " + _CARD_FIRM_DE + r" (?:hat|wird|hat bereits|hat schon|hat jetzt) (?:\S+ ){0,2}?(?:reklamation|beanstandung|widerspruch|rückforderung) (?:eingeleitet|eröffnet|angestoßen|veranlasst|gestartet|eingelegt)\b|"
        r"\b(?:meine|unsere|die) " + _CARD_FIRM_DE + r" (?:holt|bucht|fordert) (?:\S+ ){0,4}?zurück\b",
        r"\b(?:passer|passerai|vais passer|passerons|passe) par (?:ma|notre) banque (?:pour|afin de) (?:récupérer|me faire rembourser|contester|faire annuler)\b",
        # ... and the claim opened with PayPal ("I've opened a case with PayPal", "I'll open a PayPal claim", "j'ai ouvert un
        # litige PayPal", "he abierto una disputa en PayPal", "ich eröffne einen PayPal-Konflikt": nb-57-061, nb-27-094, nb-44-088)
        r"\b(?:open\w*|rais\w*|fil(?:e|ed|ing)|start\w*|lodg\w*|submit\w*|ouvert|ouvrir|ouvre|ouvrirai|abierto|abrir|abro|abriré|eröffne\w*) (?:heute |today |now |already |aujourd'hui |hoy |ya |jetzt |sofort )?(?:a |an |un |une |una |einen |ein |my |mon |mi )?"
        r"(?:paypal[- ](?:dispute|claim|case|konflikt|fall|streitfall)|(?:dispute|claim|case|litige|réclamation|disputa|reclamación|konflikt|fall|streitfall) (?:paypal|(?:with|on|through|via|en|con|sur|auprès de|avec|über|bei|por) paypal))\b"
        r"(?![^.\n]{0,60}\?)|\büber paypal (?:reklamieren|beanstanden|zurückfordern)\b",
        r"\b(?:raise|take|raising|taking) (?:this|it|the matter) (?:up )?with (?:amex|american express|visa|mastercard|paypal|my " + _CARD_FIRM + r")\b",
        # class (session 21): the bank as where it goes next, in an ultimatum or as what they would rather not have to do ("I'll be
        # raising it with my bank", nb-63-032; "or I'm going to my bank and calling it fraud", nb-15-023; "I really don't want to
        # have to go through the bank", nb-62-062); going to the bank for a new card, or to pay in, is no threat
        r"\b(?:or|otherwise|or else)(?: (?:i'm|i am|i'll|i will|we're|we are|we'll|we will))? (?:be )?(?:going|go|heading) (?:straight |directly )?(?:to|through) (?:my|our|the) "
        r"(?:bank|card issuer|card provider|credit card company)\b(?! (?:to|for) (?:(?:get|order|ask for|request|pick up) (?:a |my )?(?:new|replacement)|a new|a replacement|pay|replace))|"
        r"\b(?:have to|having to|be forced to|need to) go (?:through|to) (?:my|our|the) (?:bank|card issuer|card provider|credit card company)\b(?! (?:to|for) (?:(?:get|order|ask for|request|pick up) (?:a |my )?(?:new|replacement)|a new|a replacement|pay|replace))",
        r"\b(?:my|our) " + _CARD_FIRM + r" (?:says|said|has said|told me|has told me|advised|has advised|reckons)\b[^.\n]{0,80}?"
        r"\b(?:charge-?back|dispute (?:it|the|this)|claw (?:it|them) back|reverse (?:it|them|the (?:charge|payment)))",
        r"\bmi banco (?:me )?(?:dice|dijo|ha dicho) que (?:\S+ ){0,8}?(?:devolver|reclamar|anular) (?:el|los|ese|esos) (?:cargos?|recibos?|pagos?)\b|"
        r"\bma banque (?:me )?(?:dit|a dit) qu(?:e |')(?:\S+ ){0,8}?(?:contester|rembourser|annuler|opposition)\b",
        # class (round 16): the claim through the bank with a word between or a conjugated verb ("lo reclamo directamente al
        # banco", "je conteste le prélèvement auprès de ma banque", "I'll report it to my bank as an unauthorised payment",
        # "melde ich es meiner Bank als nicht autorisierte Abbuchung"), and a lawyer in the family brought in ("my brother-in-law
        # is a solicitor and he has already offered to write to you", "mi cuñado es abogado", "mon frère est avocat", "mein
        # Schwager ist Anwalt"): the writer's own job stays out (patterns above)
        r"\b(?:lo |la |los |las )?(?:reclamo|reclamaré|reclamaría|denuncio|denunciaré) (?:directamente |yo mismo |yo misma |sin más )(?:al|a mi|en el|con el|ante el) banco\b",
        r"\b(?:je |j'|on )?(?:conteste|contesterai|contesterons|vais contester|conteste(?:rai)? directement) (?:(?:le|ce|la|cette|les|ces) |l')(?:\w+ )?(?:\w+ )?(?:auprès de|avec|via|par) (?:ma|notre|la) banque\b",
        # class (round 18): the order given to the bank to send the debit back ("doy orden al banco de devolver el recibo", "I've
        # had the direct debit reversed by my bank", "habe die Lastschrift vom März heute bei meiner Bank zurückgehen lassen": the
        # German words between are read by the pattern above)
        r"\b(?:doy|daré|di|he dado|voy a dar|damos|daremos|dimos|hemos dado) (?:la )?orden (?:a mi banco|al banco|a nuestro banco) (?:de|para|que) (?:\S+ ){0,2}?(?:devolver|devuelva|rechazar|rechace|anular|anule|retroceder|retroceda)\b",
        r"\b(?:had|have|get|got|getting|having) (?:the|your|this|that|each|every) (?:\w+ )?(?:direct debit|debit|payment|charge)s? (?:reversed|recalled|returned|bounced|clawed back) (?:by|through|via|at) (?:my|our|the) bank\b",
        r"\b(?:report|reporting|reported|flag|flagging|flagged|claim|claiming|dispute|disputing|disputed) (?:\S+ ){0,3}?(?:back )?(?:to|with|from|through) (?:my|our|the) " + _CARD_FIRM + r" "
        r"as (?:an? )?(?:unauthori[sz]ed|fraud(?:ulent)?|unrecogni[sz]ed)\b",
        r"\b(?:meiner|meine|unserer|der) bank (?:\w+ ){0,2}?als (?:nicht autorisiert\w*|unberechtigt\w*|betrügerisch\w*) (?:abbuchung|lastschrift|belastung|zahlung)\b",
        r"\b(?:my|our) (?:\w+ )?(?:brother|sister|son|daughter|dad|father|mum|mom|mother|wife|husband|partner|cousin|uncle|aunt|friend|neighbour|neighbor|niece|nephew)(?:-in-law)? "
        r"(?:is|'s|works as) an? (?:\w+ )?(?:lawyer|solicitor|barrister|attorney)\b(?! (?:but|so (?:i|we) (?:know|understand)|and (?:says|said|thinks) (?:you|it'?s|this is) (?:right|fine|correct|fair)))",
        r"\b(?:mi|nuestro|nuestra) (?:hermano|hermana|cuñado|cuñada|hijo|hija|padre|madre|mujer|marido|pareja|primo|prima|tío|tía|amigo|amiga|vecino|vecina|yerno|suegro|suegra) es abogad[oa]\b",
        r"\b(?:mon|ma|notre) (?:frère|sœur|soeur|beau-frère|belle-sœur|belle-soeur|fils|fille|père|mère|femme|mari|conjoint|cousin|cousine|oncle|tante|ami|amie|voisin|voisine|gendre|beau-père) est avocate?\b",
        r"\b(?:mein|meine|unser|unsere) (?:bruder|schwester|schwager|schwägerin|sohn|tochter|vater|mutter|frau|mann|partner|partnerin|cousin|cousine|onkel|tante|freund|freundin|nachbar|nachbarin|schwiegersohn|schwiegervater) ist (?:rechts)?anwält(?:in)?\b|"
        r"\b(?:mein|meine|unser|unsere) (?:bruder|schwager|sohn|vater|mann|partner|cousin|onkel|freund|nachbar|schwiegersohn|schwiegervater) ist (?:rechts)?anwalt\b",
    ],
    # Will leave, not renew, switch, never buy again, is evaluating alternatives.
    "churn_threat": [
        # class (session 7): leaving said as the business taken away, the payments stopped or a rival used ("I'm taking
        # the policy elsewhere when it renews", "I'll stop paying you", "I'll use another operator from now on",
        # "werden wir den Vertrag zum nächstmöglichen Termin kündigen", "on regardera d'autres logiciels à l'échéance")
        r"\btak(?:e|ing) (?:my|our|the) (?:policy|contract|account|cover|subscription|membership|broadband|mortgage|savings|pension|car|van|fleet) elsewhere\b",
        # class (round 19): ... whatever is taken, when the writer says they will ("I'll be taking my prescription elsewhere", "we'll take
        # our dogs elsewhere"): 4 of 4 read lines with "taking my ... elsewhere" are churn threats; asked ("Should I take my
        # prescription elsewhere?") it is a question
        r"(?:(?<=i'll be )|(?<=we'll be )|(?<=i will be )|(?<=we will be )|(?<=i shall be )|(?<=i'll )|(?<=we'll )|(?<=i will )|(?<=we will )|"
        r"(?<=i'm )|(?<=we're ))(?:just |happily |simply )?tak(?:e|ing) (?:my|our) (?:[\w-]+ ){1,4}?elsewhere\b",
        # class (session 24): the account moved, in the future or in an ultimatum's present ("If this happens once more I'm
        # moving my account", round 25's read writer 73; "I'll be moving our savings"); moved to a new address is a move house
        r"(?:(?<='m )|(?<='re )|(?<='ll )|(?<=\bwill )|(?<='ll be )|(?<=will be )|(?<=going to ))(?:just )?(?:mov(?:e|ing)|transfer(?:ring)?) (?:my|our|all my|all our) (?:\w+ )?"
        r"(?:account|accounts|savings|mortgage|isa|pension|business|custom)\b(?! (?:details|number|address|to (?:the|my|our|a|your) (?:new|other|joint|business)\b|over to (?:the|my|our) new\b))",
        r"\b(?:i|we)(?:'ll| will| shall|'m going to| am going to) (?:just |simply )?stop paying (?:you|for (?:it|this|the \w+))\b",
        r"\b(?:i|we)(?:'ll| will| shall)(?: be)? (?:us(?:e|ing)|go(?:ing)? with) (?:another|a different|a rival|a competing|someone else)\b",
        r"\b(?:werden wir|werde ich|würden wir|würde ich) (?:den|unseren|meinen|das|unser|mein) (?:\w+ )?(?:vertrag|abo|abonnement|konto|mitgliedschaft|tarif)\w* (?:\S+ ){0,4}?kündigen\b",
        r"\b(?:regardera|regarderons|regarderai|étudierons|étudierai|chercherons|chercherai|irons voir|irai voir) (?:\w+ ){0,2}(?:d'autres|ailleurs|la concurrence)\b",
        # class (session 8): leaving said as buying from someone else or going elsewhere as the second half of a threat ("I'll get a
        # system from someone who can actually deliver one", "I'll cancel and go with someone who turns up", "I'm cancelling and
        # going elsewhere", "tendré que encargarlas en otro sitio", "je n'utiliserai plus votre service", "ich werde Ihren Dienst
        # nicht mehr nutzen"). The verb must follow a future or an "and": "I had to get it from someone else" is a story.
        r"(?:(?<='ll )|(?<=\bwill )|(?<=\bshall )|(?<=going to )|(?<=gonna )|(?<=have to )|(?<= and ))(?:just |simply |happily )?(?:go|get|buy|order|book|hire|use|take (?:it|them|my \w+))\b"
        r"(?: (?!from\b|with\b)\S+){0,3}? (?:from|with) (?:someone|somebody|a company|a firm|a provider|an? (?:\w+ )?(?:company|firm|provider|installer|supplier|shop|business))"
        r"(?: else\b| who\b| that (?:can|will|does|actually|turns|shows|answers|delivers)\b)",
        r"\b(?:and|then|so|i'm|i am|we're|we are|i'll be|we'll be|i'll|we'll|i will|we will|i shall|will be) (?:just |simply |happily )?go(?:ing)? elsewhere\b",
        r"\b(?:tendré que|tendremos que|voy a|vamos a|habrá que|prefiero|acabaré por) \w+ (?:\w+ )?en (?:otro sitio|otra parte|otro lado|otro lugar|otra tienda|otra empresa|la competencia)\b",
        # (the future is read behind "en otro sitio", the rarer place to start: "lo compraré en otro sitio", not "lo compré")
        r"(?:(?<=[aei]ré )|(?<=[aei]remos )|(?<=[aei]ré l[oa] )|(?<=[aei]ré l[oa]s ))en (?:otro sitio|otra parte|otro lado|otro lugar|otra tienda|otra empresa|la competencia)\b",
        r"\bno (?:vuelvo|volveré|volvemos|volveremos) a (?:hacer|realizar) (?:un|ningún|otro|más) (?:pedido|encargo|pedidos|encargos)\b",
        r"\b(?:je|nous) n'(?:utiliserai|utiliserons|achèterai|achèterons)(?: plus jamais| jamais plus| plus)\b|\b(?:je|nous) ne (?:ferai|ferons|passerai|passerons|prendrai|prendrons) "
        r"(?:plus jamais|jamais plus|plus) (?:appel à|par|chez|vos|votre|vous)\b",
        r"\b(?:werde|werden) (?:ich |wir )?(?:\S+ ){0,3}?(?:nicht mehr|nie wieder|nie mehr) (?:\S+ ){0,2}?(?:nutzen|verwenden|bestellen|buchen|kaufen|beauftragen)\b(?! (?:können|dürfen|müssen))",
        # class: a leaving stated as the purpose of what they ask for ("so I can leave", "pour pouvoir partir")
        r"\bso (?:that )?(?:i|we) can (?:leave|switch|move (?:to|my|our)|go elsewhere|port)\b(?! (?:work|early|home|the (?:house|office|country)|on time|a review|a message|feedback))|\bpara (?:poder )?(?:irme|cambiarme)\b|"
        r"\bpour (?:pouvoir )?(?:partir|changer d'opérateur|aller ailleurs)\b|\bdamit ich (?:wechseln|kündigen|gehen) kann\b",
        r"\b(?:i|we)(?:'ll| will| shall|'m| am|'re| are)? (?:\w+ )?(?:be )?(?:going to |gonna |about to )?"
        r"(?:tak(?:e|ing) (?:my|our) (?:business|money|custom)|go(?:ing)? elsewhere|look(?:ing)? elsewhere|"
        rf"switch(?:ing)? (?:provider|supplier|bank|network|to (?:another|a different|someone else){_NOT_A_PROVIDER})|"
        r"port(?:ing)? (?:my|our) (?:number|numbers)|leav(?:e|ing) (?:you|for(?! (?:the|my|our|his|her|their|work|school|home|holidays?|vacation|abroad|good|today|tonight|tomorrow|lunch|\d+)\b))\b(?! (?:a |an |my |this )?(?:\S+ )?(?:review|comment|rating|feedback|message|note))|not (?:be )?renew(?:ing)?|"
        r"evaluat(?:e|ing) (?:alternatives|other|our options)|review(?:ing)? our options|look(?:ing)? at (?:alternatives|other providers|competitors))",
        r"\b(?:won't|will not|won’t|shan't|wont) (?:be )?(?:renewing|renew|coming back|come back|be back|order(?:ing)? again|"
        r"buy(?:ing)? (?:from you )?again|us(?:e|ing) you again|recommend(?:ing)? you|be using)\b",
        r"\bnever (?:again(?! (?:want to |wish to )?(?:receive|get|hear from|be (?:contacted|called|emailed|sent))\b)|(?:\w+ )?(?:use|buy|order|fly|shop|book|stay|deal) (?:\w+ ){0,3}again)\b",
        r"\b(?:last|final) (?:order|time|booking|purchase|rental|trip|stay|flight|visit) (?:i|we)(?:'ll| will)? (?:ever )?(?:place|order|buy|use|book|make|take|rent|have)\b(?! (?:was|were|had)\b)",
        r"\b(?:i'm|i am|we're|we are) done with (?:you|this|your)\b",
        r"\b(?:consider(?:ing)?|think(?:ing)? (?:about|of)|looking (?:at|into)|weighing up) (?:leaving|switching|moving (?:to|away)|cancell?ing|"
        r"other (?:options|providers|suppliers)|alternatives|a competitor|taking (?:my|our) business)\b",
        r"\b(?:no longer|not going to) (?:be )?(?:use|using|recommend|recommending|be a customer|shop|shopping|order|ordering) (?:with |from )?(?:you|here)\b",
        r"(?<!so i can )(?<!so we can )(?<!that i can )(?<!that we can )(?<!in order to )\b(?:shop|order|buy|book|fly) elsewhere\b", r"\b(?:last|final) straw\b", r"\byou(?:'ve| have) (?:just )?lost (?:me|us)\b",
        r"\b(?:moving|switching|going|go|signing up|off) (?:over )?(?:to|with) (?:a |another |your |one of your |the )?(?:competitors?|rivals?|competition|someone else|another provider|another company)\b",
        # (signed up with a rival: the customer's own act; "my neighbour switched to another provider" is someone else's)
        r"(?:(?<=\bi )|(?<=\bwe )|(?<='ve )|(?<=\bhave )|(?<=already )|(?<=just ))signed up (?:with|to|at) (?:a |your |one of your |the )?(?:competitors?|rivals?|competition|"
        r"another (?:provider|company|bank|network|supplier|insurer|gym|lender))\b",
        # class (session 9, third batch): quotes from elsewhere, and "don't expect our business" ("I'm now getting quotes elsewhere",
        # "je demande des devis ailleurs", "estoy pidiendo presupuestos a otras empresas", "rechnen Sie nicht mehr mit uns")
        r"\bquotes? (?:elsewhere|from (?:other|another|competitors?|rivals?|your competitors))\b|\bdevis (?:ailleurs|chez d'autres|auprès d'autres|à d'autres)\b|"
        r"\bpresupuestos? (?:a|en|de) otr[oa]s?\b",
        r"\b(?:don't|do not) expect (?:our|my) (?:business|custom|renewal|money|orders?)\b|\bno (?:contéis|cuenten|cuente) (?:más )?(?:conmigo|con nosotros)\b|"
        r"\bne (?:comptez|comptez plus|comptez pas) sur (?:moi|nous)\b|\brechnen sie (?:\S+ )?(?:nicht mehr|nicht länger|nie wieder) mit (?:mir|uns)\b",
        r"\btime to (?:find|look for|move to|switch to|go to) (?:a |another )?(?:new|different|another|better|competitor)\b",
        # class: the move announced with "another / a different" provider, in the first person and the future or the
        # present ("we will move to another broadband provider", "I'm switching to a different bank", "nos iremos a
        # otra compañía", "je passerai chez un autre fournisseur"); a plan, a seat or a date changed is not leaving.
        # (the pattern starts at the verb, the cheaper place; the subject or auxiliary is read behind it)
        r"(?:(?<=\bi )|(?<=\bwe )|(?<='ll )|(?<=\bwill )|(?<='m )|(?<='re )|(?<=\bam )|(?<=\bare )|(?<=\bto )|(?<=\bshall ))"
        r"\b(?:mov(?:e|ing)|switch(?:ing)?|tak(?:e|ing) (?:my|our) "
        r"(?:business|account|money|custom))(?: (?:over|everything|it all|it))? to (?:another|a different|a cheaper|a rival|a competing)"
        rf"{_NOT_A_PROVIDER}\b",
        r"\b(?:me (?:voy|iré|cambio|cambiaré|paso|pasaré)|nos (?:vamos|iremos|cambiamos|cambiaremos|pasamos|pasaremos)) (?:a ir )?(?:a|con) (?:otr[oa]|la competencia)\b",
        # class: the line, the number or the money taken to a rival ("me llevo la línea a otra compañía", "je porte mon numéro
        # chez un autre opérateur", "I'm taking my number to another network")
        r"\b(?:me llevo|me llevaré|nos llevamos|nos llevaremos|porto|portaré|me paso) (?:la|el|mi|mis|nuestra|nuestro) (?:línea|líneas|número|números|cuenta|contrato|dinero) "
        r"(?:a|con) (?:otr[oa]|la competencia)\b",
        # (session 26: "o me porto a otra compañía este mismo mes", read nb-82-066; "ya veremos si vuelvo a usar vuestra empresa",
        # nb-82-088: doubt about coming back, as "we'll see if I ever order from you again", "on verra si je reviens")
        r"\b(?:me porto|me portaré|nos portamos|nos portaremos|me voy a portar|nos vamos a portar) (?:\S+ ){0,2}?a (?:otr[oa]|la competencia)\b",
        r"\b(?:ya veremos|veremos|a ver) si (?:vuelvo|volvemos|sigo|seguimos) (?:a |con )|\bwe'll see (?:if|whether) (?:i|we) (?:ever )?(?:use|order|book|come back|shop|buy|stay|renew)\b[^.!?\n]{0,30}?again\b|"
        r"\bon verra si (?:je|nous|on) (?:reviens|revenons|revient|recommande|recommandons|reste|restons|renouvelle)\b|\bmal sehen,? ob (?:ich|wir) (?:\S+ ){0,3}?(?:noch(?:mal)?|wieder|weiter)\b",
        r"\b(?:je porte|je vais porter|je porterai|je transfère|je vais transférer) (?:mon|ma|mes) (?:numéro|ligne|lignes|compte|contrat) (?:chez|vers) (?:un autre|une autre|la concurrence)\b",
        r"\b(?:i'm|i am|we're|we are|i'll|we'll|i will|we will) (?:be )?tak(?:e|ing) (?:my|our) (?:number|numbers|line|lines) (?:to|over to) (?:another|a different|a rival|a competitor)\b",
        # class: leaving said as the condition's outcome ("if you can't restore it I'll cancel Premium when it renews",
        # "if this isn't fixed by Friday we'll end our subscription")
        r"\bif (?:you|this|it|that|they|the \w+)\b[^.\n]{0,60}?,? (?:i|we)(?:'ll| will| am going to|'m going to|'m gonna|'re going to| are going to) "
        r"(?:just |simply |definitely |have to )?(?:cancel|end|stop|terminate|not renew)\w* (?:my |our |the )?(?:premium|pro|plus|gold|vip|subscription|"
        r"membership|account|contract|plan|service|policy)\b",
        r"\b(?:je (?:passe|passerai|vais passer|pars|partirai|vais partir)|nous (?:passons|passerons|allons passer|partons|partirons)) "
        r"(?:chez|à) (?:un autre|une autre|la concurrence)\b",
        r"\b(?:not|won't|will not|never) (?:be )?(?:ordering|buying|shopping|booking|flying|staying|using you|dealing) (?:\w+ ){0,3}(?:anymore|any more|again)\b",
        r"\b(?:no intention of|don't plan to|do not plan to|do not intend to|don't intend to) (?:renew|stay|continue)\w*",
        # announcing, not asking: "I will cancel my account" (but "I'll be cancelling the direct debit" is neither)
        r"\b(?:i|we)(?:'ll| will| shall| am going to|'m going to|'re going to| are going to|'m gonna) (?:just |simply |definitely |now )?"
        r"(?:be )?(?:cancel(?:l?ing)?|clos(?:e|ing)|terminat(?:e|ing)) (?:my|our|the) (?:\w+ )?(?:account|subscription|contract|membership|"
        r"plan|service|policy)\b",
        r"\b(?:i|we)(?:'ll| will| shall)(?: be)? (?:switching|moving (?:to|away|provider|supplier|bank)|leaving(?! (?:a|an|my|the|this|it|you a) ))\w*",
        r"\blook(?:ing)? (?:for|at|into) (?:other|another|alternative|a new|a different) (?:providers?|suppliers?|companies|company|options|banks?|"
        r"networks?|services?|airlines?|insurers?)\b",
        # class (session 22): the alternatives already being looked at, whatever the rival sells ("I'm currently looking at the
        # dealer down the road for the next one", "I'm looking at other spaces already", "I've started looking at what the
        # others charge", "starting to look seriously at moving to Kobo", "had a look round the place on Fenwick Street":
        # nb-49-005, nb-50-065, nb-62-066, nb-59-062, nb-63-059; "je commence à regarder d'autres espaces", "une proposition
        # d'un autre prestataire": nb-63-061, nb-62-096; "ya he mirado las tarifas de otra compañía", "me busco otra
        # autoescuela": nb-62-031, nb-65-023, nb-63-097; "ich schau mir die Angebote von der Telekom an", "hab mir die
        # Konkurrenz angeschaut", "mich anderweitig umsehen", "mich an einen anderen Vermittler wenden": nb-59-009, nb-63-034,
        # nb-67-035, nb-60-034). Told by the writer, in the present or the future; "I looked at other photos" tells nothing.
        r"\b(?:i'm|i am|we're|we are|i've|i have|we've|we have|i'll be|we'll be|i'll|we'll|i will|we will)"
        r"(?: (?:already|currently|now|started|starting|begun|been|seriously|actively|also|even|just|properly)){0,3}(?: to)? "
        r"(?:look(?:ing|ed)?|had a look|having a look|take a look|taking a look) (?:seriously |hard |properly )?(?:at|round|around) "
        r"(?:other (?!(?:photos|pictures|images|pages|posts|messages|emails|tickets|orders|items|sizes|colou?rs|settings|tabs|devices|"
        r"browsers|threads|forums|articles|guides|faqs?|reviews|answers|parts of)\b)\w+|alternatives\b|the competition\b|(?:your )?competitors?\b|"
        r"what (?:the )?others (?:charge|offer|do)\b|mov(?:e|ing) to\b|switch(?:ing)? to\b|"
        r"the (?:\S+ ){1,2}(?:down|across|up|over) the (?:road|street|way)\b|the (?:\S+ ){1,2}(?:on|in) (?:\S+ ){1,2}?(?:street|road|lane|avenue)\b)",
        r"\b(?:regarderai|regarderons|comparerai|comparerons|étudierai|étudierons|regarde|regardons|compare|comparons|"
        r"(?:à|vais|allons|va) (?:regarder|comparer|étudier|chercher))(?: (?:sérieusement|déjà|aussi|avec)){0,2} d'autres \w+",
        r"\b(?:proposition|offre|devis) (?:\w+ )?(?:d'un autre|d'une autre|d'un concurrent|de la concurrence)\b",
        r"\b(?:he|hemos|ya he|ya hemos) (?:mirado|comparado|visto) (?:las |los )?(?:tarifas|precios|ofertas|condiciones) de (?:otr[oa]s?|la competencia)\b|"
        r"\b(?:estoy|estamos) (?:mirando|comparando) (?:las |los )?(?:tarifas|precios|ofertas|condiciones) de (?:otr[oa]s?|la competencia)\b",
        r"\b(?:me|nos) (?:busco|buscaré|buscamos|buscaremos|voy a buscar|vamos a buscar) (?:otr[oa]|un[oa] nuev[oa]) (?!(?:manera|forma|solución|vez|opción de pago)\b)\w+",
        r"\b(?:schau|schaue|seh|sehe|guck|gucke) (?:ich |wir )?(?:mir|uns) (?:\S+ ){0,3}?(?:die |das )?(?:angebote|angebot|konkurrenz|alternativen|tarife) (?:\S+ ){0,4}?an\b|"
        r"\b(?:mir|uns) (?:\S+ )?(?:die |bei der )?konkurrenz (?:\S+ )?(?:angeschaut|angesehen|angeguckt)\b",
        r"\b(?:mich|uns) (?:\S+ ){0,3}?(?:anderweitig|woanders) (?:umsehen|umschauen|umgesehen|umgeschaut)\b|"
        r"\b(?:mich|uns) an (?:einen anderen|eine andere|ein anderes) (?!(?:abteilung|stelle|mitarbeiter\w*|kolleg\w*|filiale|adresse|nummer|sachbearbeiter\w*)\b)\w+ wenden\b",
        r"\bmov(?:e|ing) (?:my|our) (?:account|business|money|mortgage|savings|custom|contract) (?:elsewhere|to another|to a different)\b",
        # several things moved at once ("moving my current account, savings and ISA elsewhere")
        r"\b(?:mov(?:e|ing)|transfer(?:ring)?|switch(?:ing)?) (?:my|our|all (?:my|our)) [^.!?\n]{0,50}\belsewhere\b",
        r"\bnever (?:using|ordering|buying|shopping|booking|flying|staying|dealing) (?:with|from|at) (?:you|your)\w* (?:again|company)\b", r"\b(?:i'm|i am) done\b(?= with| here|\.)",
        r"\b(?:find|look for|get) (?:another|a new|a different|a better) (?:provider|supplier|company|service|bank|network|airline|insurer)\b",
        r"\b(?:lost|losing) (?:a|me as a|us as a) (?:loyal )?customer\b(?!')", r"\byou(?:'ve| have) (?:just )?lost (?:a|my|our) (?:customer|business|custom)\b",
        # (leaving a review is going public, not leaving: public_exposure's)
        r"\b(?:unless|otherwise|or|if not)[^.\n]{0,60}\b(?:i|we)(?:'ll| will| shall|'m| am|'re| are)? (?:be )?(?:going to )?(?:cancel\w*\b(?! (?:the |my |our |that |this |your )?(?:\w+ )?(?:mandate|direct debit|debit|payments?|card|standing order|cheque|transfer)\b)|"
        r"leav\w*\b(?! (?:you |us )?(?:a |an |my |the |this )?(?:\S+ )?(?:review|comment|rating|feedback|message|note|complaint|post))|switch\w*|clos\w*|go(?:ing)? elsewhere|"
        r"tak\w+ (?:my|our) business|port\w*)",
        # (session 24) ... with "just" right after "or" ("refund the difference or I'll just cancel before the next box", w73;
        # "or we'll simply leave"); an "if not, no problem, I'll just cancel" is a choice, so only "or" / "otherwise" lead it
        r"\b(?:or|otherwise|or else),? (?:i|we)(?:'ll| will) (?:just|simply) (?:cancel|leave|switch|go elsewhere)\b(?! (?:the |my |our |that |this |your )?(?:\w+ )?(?:mandate|direct debit|debit|payments?|card|standing order|cheque|transfer|order|item|items|booking|appointment)\b)",
        r"\b(?:i|we)(?:'ll| will| shall) (?:be )?(?:cancel\w*|leav\w*|switch\w*|clos\w*|tak\w+ (?:my|our) business)[^.\n]{0,40}\b(?:unless|if)\b",
        # class (session 23): the leaving said bare, as a condition's outcome, with no object ("If I don't hear back by Friday I'll
        # be cancelling", "sinon j'arrête Forkful", "si ça recommence je me casse", "si mañana no tengo una solución, ... rescindo
        # el contrato": nb-67-033, nb-44-072, nb-56-071, nb-68-090). The condition is a failure the writer names (not "if not,
        # no problem, I'll just cancel", nor "if I cancel now, do I get anything back?")
        r"\bif (?:(?:i|we) (?:don't|do not|haven't|have not|can't|cannot|still|get no|hear nothing)|(?:you|this|it|that|nobody|no one|they)\b)(?:(?!no problem|no worries|that's (?:fine|ok))[^.\n?]){0,80}?,? "
        r"(?:i|we)(?:'ll| will| shall)(?: be)? (?:just |simply |straight )?cancel(?:l?ing)?(?= *(?:[.,;!]|$| and\b| -| —))",
        r"\b(?:sinon|à défaut|si (?:ça|cela|c'est|ce n'est|on ne|personne|rien|vous ne|je n'ai|je ne|d'ici)\b[^.\n?]{0,80}?),? "
        r"(?:j'arrête|j'arrêterai|je me casse|je me barre|je m'en vais|je vous quitte|je résilierai|je résilie)\b",
        r"\bsi\b[^.\n?]{0,80}?\b(?:rescindo|rescindiré|rescindimos|rescindiremos|resuelvo|resolveré|cancelo|cancelaré) (?:el|mi|nuestro|todo el|este) contrato\b",
        rf"\b(?:i'm|i am|we're|we are) (?:going|moving|switching) (?:over )?to (?!(?:{_BODIES}|{_OUT_LOUD}|be|have|need|ask|call|get|make|try|do|send|"
        r"wait|keep|stop|pay|see|take|check|contact|write|raise|post|put|the|a|an|my|your|miss|lose|cry|fail|run|end|die|starve|freeze|"
        r"sleep|go|look|find|assume|presume|guess|tell|give|let|report|complain|escalate|file|dispute|sue|leave a|lodge|start|scream|lose|"
        # (session 10: the other verbs of what a customer will do next; "I'm going to share my experience" shares, it does not leave)
        r"share|warn|publish|name|review|rate|email|e-mail|phone|ring|chase|follow|hold|demand|insist|request|return|bring|claim|refuse|"
        r"reject|buy|order|book|use|want|spend|ask|speak|talk|explain|repeat|show|print|forward|copy|add|include|attach|record|screenshot|"
        r"film|photograph|mention|remind|expect|need|visit|drive|fly|travel|move house|move home|this|that|it|them|you|our|their|his|her)\b)[a-z]\w+",
        r"\b(?:mov(?:e|ing)|switch(?:ing)?|migrat(?:e|ing)|tak(?:e|ing)) (?:\w+ ){0,3}(?:over )?to (?:a |an )?(?:competitor|rival|another (?:vendor|provider|supplier|platform|tool|bank|company|network|service|airline|insurer|"
        r"lender|broker|registrar|host|hosting company|agency|firm|garage|gym|operator|retailer|store|shop|clinic|practice|venue|school))\b",
        # class (session 9): "you won't see me again", and the last time told with the verb in the present ("c'est la dernière fois
        # que je commande chez vous", "no me volvéis a ver", "vous ne me reverrez plus", "Sie sehen mich nie wieder")
        r"(?:(?<=won't )|(?<=will not )|(?<='ll never )|(?<=will never )|(?<=wont )|(?<=won't be )|(?<=never be ))(?:see|seeing) (?:me|us) (?:\w+ )?(?:again|any ?more)\b",
        r"\bno (?:me|nos) (?:volvéis|volveréis|volverán|vais a volver|van a volver) a ver\b",
        r"\b(?:ne me|ne nous) (?:reverrez|reverrez plus|verrez plus)\b",
        r"\b(?:sehen|seht) (?:sie|ihr) (?:mich|uns) (?:so schnell )?(?:nie|nicht) (?:mehr|wieder)\b",
        r"\bla dernière fois que (?:(?:je|nous|j'|on) ?(?:réserve|commande|achète|loue|voyage|viens|fais appel|prends|passe par)\w*|vous (?:me|nous) (?:voyez|verrez))\b",
        r"\blast time you(?:'ll| will)? (?:ever )?see (?:me|us)\b|\bla última vez que (?:me|nos) (?:veis|ven|veréis|verán)\b|\bdas letzte mal,? dass (?:sie|ihr) (?:mich|uns) (?:sehen|seht)\b",
        # class (session 23): the last time said bare, with no verb of buying after it, and the foot never set there again
        # ("This is the last time - next tour I'm queueing at the box office", "c'est la dernière fois si on ne me propose pas une
        # solution", "sinon, je ne remettrai plus les pieds chez vous": nb-41-004, nb-67-017, nb-59-076; the Spanish "no vuelvo a
        # pisar" and the English "never set foot ... again" were already read). "The last time I'm asking" or "c'est la dernière
        # fois que je vous écris" is a chase, not a leaving.
        r"\b(?:this|that)(?:'s| is| will be) (?:the|my) (?:very )?last time\b(?! (?:i|we)(?:'m| am|'re| are|'ll| will)? (?:\w+ ){0,3}?(?:ask|tell|writ|chas|call|contact|email|e-mail|phon|remind|explain|repeat|try|let|accept|wait|do|put up|be (?:polite|patient|nice))\w*)"
        r"(?! (?:this|it|that) (?:happens|happened|will happen)\b)",
        r"\b(?:c'est|ce sera|ce sera bien) la dernière fois\b(?! qu(?:e |')(?:je|j'|nous|on) ?(?:vous )?(?:écri|demand|relanc|appel|rappel|répète|explique|insiste|patiente|attend)\w*)",
        r"\b(?:ne |n')(?:re)?(?:mettrai|mettrons|mettra) (?:plus|jamais plus|plus jamais) les pieds\b|\bne plus (?:jamais )?(?:re)?mettre les pieds\b|"
        r"\b(?:won't|will not|wont|am not|i'm not) (?:be )?(?:set|setting) foot (?:in|inside|through|back)\b|"
        r"\bkeinen fuß mehr (?:in|über|auf)\b|\b(?:setze|setzen) (?:ich |wir )?(?:\S+ ){0,4}?(?:nie wieder|keinen) (?:\S+ )?fuß\b",
        # class (session 23): the app deleted as the writer's own act, announced ("I'm done, deleting the app after this", "I'm
        # uninstalling the app tonight", "je supprime l'appli", "borro la app", "ich lösche die App"): 5 read lines say it inside an
        # ultimatum (patterns below); said as done now it leaves too (nb-57-080). Deleting to reinstall is troubleshooting.
        r"(?:(?<=i'm )|(?<=i am )|(?<=we're )|(?<=i'll be )|(?<=i'll )|(?<=i will )|(?<=done, )|(?<=done\. ))(?:just )?(?:deleting|uninstalling|delete|uninstall) (?:the|this|your) app\b"
        r"(?! (?:and|then|to) (?:re-?install|download|try|log|sign|start)\w*)",
        r"\b(?:je supprime|je désinstalle|je vais supprimer|je vais désinstaller|borro|desinstalo|voy a borrar|voy a desinstalar|ich lösche|ich deinstalliere|lösche ich|deinstalliere ich) "
        r"(?:\S+ )?(?:l'appli|l'application|la app|la aplicación|die app)\b(?! (?:et|puis|pour|y|para|und|dann|um) (?:la |l'|lo |la |sie |die )?(?:réinstall|reinstal|neu install|wieder install|télécharg|descarg)\w*)",
        # class (session 23): released from the contract as an ultimatum's other branch ("honour the price you sold me or release me
        # from the contract without a penalty", nb-67-063; "ou libérez-moi de mon contrat", "o me liberan del contrato", "oder
        # entlassen Sie mich aus dem Vertrag"). Asked for alone (a move abroad) it is a cancel request.
        r"\b(?:or|otherwise|or else)\b,? (?:just |simply )?(?:release|let) (?:me|us) (?:go )?(?:out )?(?:from|of) (?:the|my|our|this) (?:\w+ )?(?:contract|agreement|tie-in|plan)\b|"
        r"\b(?:ou|sinon)\b,? (?:libérez|laissez)-(?:moi|nous) (?:partir )?(?:de|du) (?:mon |notre |ce |cet )?(?:contrat|engagement|abonnement)\b|"
        r"\b(?:o|si no)\b,? (?:que )?(?:me|nos) (?:liberen|liberéis|libere|dejen salir|dejéis salir) (?:del|de mi|de nuestro) (?:contrato|permanencia|compromiso)\b|"
        r"\b(?:oder|sonst|andernfalls)\b,? (?:entlassen sie|lassen sie) (?:mich|uns) (?:\S+ )?aus dem vertrag\b",
        # class (session 9): not coming back, said plainly ("Don't bother with the discount, I'm not coming back", "je ne reviendrai
        # pas", "no vuelvo más", "ich komme nicht wieder"); "I can't get back in" / "komme nicht wieder rein" is a login
        r"(?:(?<=i'm not )|(?<=i am not )|(?<=we're not )|(?<=we are not )|(?<='ll never )|(?<=will never )|(?<='ll not ))(?:coming back|be back|come back|be coming back)\b",
        r"(?:(?<=je ne )|(?<=nous ne )|(?<=on ne ))(?:reviendrai|reviendrons|reviendra) (?:pas|plus|jamais)\b",
        r"(?<=no )(?:vuelvo|volveré|volvemos|volveremos|regreso|regresaré) (?:nunca |jamás )?(?:más|nunca|jamás)\b",
        r"\b(?:komme|kommen) (?:ich |wir )?(?:bestimmt |sicher |ganz sicher |garantiert )?(?:nicht|nie) (?:mehr )?wieder\b(?! (?:rein|herein|hinein|ins|in|an|auf|zurecht|durch|klar|hoch|raus)\b)",
        # class (session 9): another firm hired in the future tense ("refund the deposit and I'll find a local firm", "je prendrai
        # un autre artisan", "beauftrage ich eine andere Firma"); "I had to get a local plumber" is a story
        r"(?:(?<='ll )|(?<=\bwill )|(?<=going to )|(?<=gonna )|(?<='ll just )|(?<=will just ))(?:find|hire|get|use) (?:a|an|another|some) (?:local|independent|different|proper|reliable|"
        r"competent|cheaper|better|new) (?:firm|company|installer|provider|supplier|garage|builder|plumber|electrician|contractor|tradesman|shop|bank|lender|broker|"
        r"agency|mechanic|courier|gym|vet|dentist|practice|registrar|host)s?\b",
        r"\b(?:trouverai|chercherai|prendrai|choisirai|trouverons|chercherons|prendrons|vais trouver|vais prendre|vais chercher|allons chercher) (?:\w+ )?(?:un autre|une autre|un|une) (?:autre )?(?:artisan|garage|installateur|prestataire|entreprise|société|fournisseur|opérateur|banque|agence|"
        r"cabinet|clinique|médecin|dentiste|crèche|école|salle|assurance|concessionnaire|compagnie|vétérinaire|mutuelle)\b(?! (?:de|du) (?:votre|vos))",
        r"\b(?:beauftrage|suche|nehme|buche) (?:ich |wir )?(?:mir |uns )?(?:einen anderen|eine andere|ein anderes|einen neuen|eine neue|ein neues|einen lokalen|eine lokale|einen örtlichen|eine örtliche) (?:anbieter|handwerker|firma|installateur|betrieb|dienstleister|werkstatt|bank|unternehmen|praxis|arztpraxis|zahnarztpraxis|klinik|kita|schule|versicherung|"
        r"hausverwaltung|tierarztpraxis|friseur|fitnessstudio|händler|autohaus|agentur|kanzlei|ärztin|zahnärztin|tierärztin|arzt|zahnarzt|tierarzt|reederei|airline|fluggesellschaft)\b",
        # class (session 9): the business carried to a rival, with what is carried between ("I'll be transferring every one of my
        # domains to another registrar", "we'll take the whole team to the place across the road"); a move told in the past or
        # done to the customer ("my domain was transferred to another registrar") is neither the customer's nor a threat
        r"(?:(?<='ll )|(?<=\bwill )|(?<='m )|(?<='re )|(?<=\bam )|(?<=\bare )|(?<=going to )|(?<=\bthen )|(?<= and )|(?<= or )|(?<='ll be )|(?<=will be ))"
        r"(?:transfer(?:ring)?|mov(?:e|ing)|tak(?:e|ing)|bring(?:ing)?|switch(?:ing)?)\b(?: (?!to\b)\S+){1,6}? to (?:another|a (?:different|rival|competing|local|new)) "
        r"(?:registrar|host|lender|broker|agency|firm|garage|gym|operator|retailer|provider|supplier|company|bank|network|insurer|installer|platform|vendor|clinic|practice|venue|school)\b",
        r"(?:(?<='ll )|(?<=\bwill )|(?<='m )|(?<='re )|(?<=\bam )|(?<=\bare )|(?<=going to )|(?<= and )|(?<= or )|(?<='ll be )|(?<=will be ))"
        r"(?:tak(?:e|ing)|mov(?:e|ing)|switch(?:ing)?|head(?:ing)?|bring(?:ing)?)\b(?: (?!to\b)\S+){0,5}? to the (?:place|shop|one|gym|garage|firm|company|store|café|cafe|pub|salon|"
        r"practice|clinic|agency|hotel|bar|restaurant|bakery|office|lot|people|guys) (?:across|over|down|up) the (?:road|street|way)\b",
        r"\b(?:me voy|nos vamos|me iré|nos iremos|me cambio|me paso|me llevo (?:\S+ ){1,4}?)(?:a|con) (?:la|el|los|las) (?:\w+ )?(?:de enfrente|de al lado|de la esquina)\b",
        r"\b(?:je vais|j'irai|je pars|je passe|nous irons|on ira|on va|nous allons) (?:\S+ ){0,3}?(?:chez|à) (?:celui|celle|ceux|le concurrent|la boutique|le magasin|le garage|l'agence|la salle|le salon) d'en face\b",
        r"\b(?:gehe ich|geh ich|ich gehe|wechsle ich|ich wechsle|gehen wir|wir gehen|wechseln wir) (?:\S+ ){0,4}?(?:zum|zur|zu dem|zu der|in den|in die) \S+ (?:gegenüber|nebenan|um die ecke)\b",
        # ("I'm not speaking to another handler" refuses one more agent: staff after "another" is no rival, session 10)
        r"\b(?:trial(?:l?ing)?|testing|trying (?:out )?|piloting|evaluating|comparing|talking to|speaking to|in talks with|getting quotes from) (?:a (?:couple|number) of |a few |some |several |two |three )?(?!(?:other|another) (?:\w+ )?(?:agents?|handlers?|advis[eo]rs?|persons?|people|bots?|reps?|representatives?|operators?|staff|colleagues?|members?|employees?|humans?|ones?|call centres?)\b)(?:other|another|alternative|competing|a competitor\'?s?|competitors?\'?|rival) ?(?:\w+ )?(?:platforms?|providers?|vendors?|suppliers?|tools?|solutions?|products?|services?|banks?|networks?|companies|options|offers?|quotes)?\b",
        r"\b(?:last|final) time (?:i|we)(?:\'ll| will)? (?:ever )?(?:shop|order|buy|book|fly|stay|use|travel|bank)\b",
        r"\b(?:and|or) (?:i'm|we're|i am|we are|i'll be|we'll be) (?:gone|out of here|off)\b",
        # class (session 26, round 28's read writer 82): the ultimatum's other branch told as out, as ringing a rival, as a
        # quote found elsewhere, or as deals compared ("Either you honour the advertised price or I'm out", "I need someone
        # here TONIGHT or I'm ringing another firm", "I got the same cover quoted at £88 elsewhere, so that's where I'm going",
        # "I'm already comparing deals with other networks"); "I'm out of pocket", "out over a grand" are money
        r"\bor (?:i'm|i am|we're|we are) out\b(?! (?:of|over|by|on|at|in|for|\S*\d)\b)",
        r"\bor (?:i'm|i am|we're|we are|i'll|we'll|i will|we will) (?:be )?(?:ringing|calling|phoning|ring|call|phone|booking|book|hiring|hire|using|use|going with|go with|getting|get) "
        r"(?:another|a different|a rival|someone else|somebody else)\b",
        r"\b(?:quoted|offered|priced) (?:\S+ ){0,4}?elsewhere\b|\bthat's where (?:i'm|we're|i am|we are) (?:going|taking|moving)\b",
        r"\b(?:compar(?:e|ing)|check(?:ing)?|look(?:ing)? at) (?:\w+ )?(?:deals|offers|prices|quotes|tariffs|plans) (?:with|from|at|on|of) (?:other|another|rival|competing)\b",
        # class (session 24): gone once the remedy is had, with "then" ("I want the data put back or my £15 refunded and then I'm
        # off", nb-62-035; "refund me, then we're gone"): said at the sentence's end, so "then I'm off to work" stays out
        r"\b(?:and then|then) (?:i'm|we're|i am|we are|i'll be|we'll be) (?:gone|out of here|off)(?=\s*(?:[.!\n]|$))",
        r"\b(?:quote|offer|deal|price) from (?:a |your |another |one of your )?(?:competitors?|rivals?|another (?:provider|supplier|company|bank|network|insurer|lender|broker|registrar|host|agency|firm|garage|gym|operator|retailer|store|shop))\b",
        r"(?<!it's going to )(?<!it is going to )(?<!it'll )(?<!it will )(?<!money will )(?<!payment will )(?<!payments will )(?<!funds will )"
        r"(?<!it could )(?<!it might )(?<!it may )\b(?:go|going|move|moving|shop|shopping|take (?:my|our) (?:business|money)) (?:somewhere|anywhere) else\b",
        # class (round 14): the thing bought again from someone else, in the future ("I'll get them somewhere else", "we'll order
        # it elsewhere"), and the spend taken to anyone else ("I'm taking my monthly spend to literally anyone else")
        r"(?:(?<='ll )|(?<=\bwill )|(?<=going to )|(?<=gonna ))(?:get|buy|order|source|find|book) (?:it|them|one|these|those|that|this|the \w+)? ?(?:somewhere else|elsewhere|anywhere else)\b",
        r"\btak(?:e|ing) (?:my|our) (?:\S+ ){0,4}?(?:spend|spending|money|business|custom|order|orders) to (?:literally |just )?(?:anyone|anybody|someone|somebody) else\b",
        # class (session 26): the last money the customer will spend, in an ultimatum ("or that's the last penny this family spends at
        # the club", read nb-79-050; "that'll be the last pound you get from me"); the last payment of a plan is a date, not a threat
        r"\b(?:that's|that is|that'll be|that will be|it'll be|it will be|this is) the (?:very )?last (?:penny|pound|euro|cent|dollar|quid|money) (?:\S+ ){0,3}?(?:spends?|gets?|you(?:'ll| will)? (?:get|see))\b",
        # class (session 26): someone else hired for the job, in the future, told by what the rival does better ("I'll get someone
        # local who actually turns up", read nb-79-018; "I'll find a local firm", nb-26-088); "and get someone who isn't a bot
        # to read this" asks the company itself
        r"(?:(?<='ll )|(?<=\bwill )|(?<=going to )|(?<=gonna ))(?:just |simply |happily )?(?:get|find|hire|use|book|pay|try) (?:someone|somebody)(?: local| else|,? (?:who|that) (?:actually|really|can|will|does|turns|shows|answers|bothers|knows))\b|"
        r"(?:(?<='ll )|(?<=\bwill )|(?<=going to )|(?<=gonna ))(?:just |simply |happily )?(?:get|find|hire|use|book|pay|try) (?:a|an) (?:local|proper|different|decent|reliable|independent) "
        r"(?:\w+ )?(?:firm|company|engineer|plumber|electrician|garage|installer|provider|supplier|shop|tradesman|mechanic|builder|fitter|service)\b", r"\bready to (?:leave|walk|switch|move on|go elsewhere)\b",
        r"\b(?:not|never) (?:going to|gonna|planning to|intending to|about to) (?:renew|stay|continue|come back|order again|use you)\b",
        r"\b(?:your )?competitors? (?:\w+ ){0,3}(?:look|looks|are looking|seem|offer|are offering) (?:\w+ ){0,3}(?:better|cheaper|more attractive)\b",
        # class (session 23): the rivals named by their common noun, whatever is said about them ("I'll be giving the competitors a
        # look when my free month from them starts", round 24's read writer 70, "je suis déjà en train de comparer les offres de la
        # concurrence", "me paso a la competencia", "hol mir das Abo bei der Konkurrenz"): every one of the 13 read lines where a
        # customer names the competitors is labelled a churn threat, and each was found only by a pattern with its own verb.
        # Not a question ("how do you compare with your competitors?"), not a contest ("I entered the competition"), not "la
        # competencia" as a remit ("no es de mi competencia")
        r"\b(?:competitors?|rivals|(?:to|at|with|from|over|joining|joined|trying|try|using|use) the competition|(?:la|à la|de la|chez la) concurrence|concurrents?|"
        r"(?:a|con|de|en|por) la competencia|competidor(?:es)?|konkurrenz|konkurrenten|wettbewerbern?|mitbewerbern?)\b(?=[^.!?\n]{0,200}(?:[.!\n]|$))",
        r"\b(?:don\'t|do not) expect (?:me|us) to (?:renew|stay|come back|continue|order again)\b",
        r"\b(?:you(?:\'re| are)? (?:going to|about to|gonna)|you\'ll|you will) lose (?:me|us|a (?:\w+ )?customer|(?:my|our) (?:business|custom))\b",
        r"\b(?:reconsider(?:ing)?|rethink(?:ing)?|review(?:ing)?) (?:our|my) (?:renewal|contract|subscription|membership|relationship with you|account with you)\b",
        r"\b(?:renewal|contract) (?:is )?(?:now )?(?:in doubt|off the table|under review|in question)\b",
        r"\b(?:shop(?:ping)? around|look(?:ing)? around for (?:a |another )?(?:new )?(?:provider|supplier|bank|deal))\b",
        r"\blast (?:order|booking|purchase|renewal|flight|stay|subscription|rental|hire|trip|visit|box|delivery|meal|holiday|repair|service) (?:with|from|at) you\b"
        r"(?! (?:was|were|arrived|went|came|had|is|took|got|cost|did|turned|ended|included)\b)",
        # class (session 9): the purchase just made told as the last ("that was my last rental with you", "c'était ma dernière
        # location chez vous", "ha sido mi última compra con vosotros", "das war meine letzte Bestellung bei Ihnen"); "my last
        # order with you arrived broken" tells of an earlier order, so the "was / will be my last" is required
        r"(?:(?<=was my )|(?<=was our )|(?<=is my )|(?<=is our )|(?<='s my )|(?<=be my )|(?<=be our )|(?<=was the ))(?:very )?(?:last|final) (?:order|booking|purchase|rental|hire|trip|visit|stay|flight|box|delivery|meal|holiday|subscription|renewal|membership|policy|contract|year|season)"
        r"(?: (?:with|from|at) (?:you|your)|[.!])",
        r"(?:(?<=c'était )|(?<=c'est )|(?<=ce sera )|(?<=ce fut )|(?<=ce sont ))(?:ma|mon|notre|la|le|mes|nos) derni(?:er|ère|ers|ères) (?:achat|commande|location|réservation|séjour|voyage|vol|visite|abonnement|contrat|repas|livraison|année)(?: chez vous| avec vous| chez \w+|[.!,;]| si\b| sauf\b)",
        r"(?:(?<=ha sido )|(?<=fue )|(?<=será )|(?<=es )|(?<=era ))(?:mi|nuestra|nuestro|la|el) últim[oa] (?:compra|pedido|reserva|estancia|viaje|vuelo|visita|suscripción|alquiler|contrato|cita|encargo|año)(?: con (?:vosotros|ustedes|usted)| (?:aquí|en (?:vuestra|su) \w+)|[.!])",
        r"(?:(?<=war das )|(?<=war )|(?<=ist )|(?<=wird )|(?<=bleibt ))(?:meine|mein|meinen|unsere|unser|die|das|der) letzte[nrs]? (?:bestellung|buchung|kauf|einkauf|miete|anmietung|reise|flug|besuch|aufenthalt|lieferung|abo|vertrag|jahr)(?: bei (?:ihnen|euch|\w+)|[.!])",
        r"\b(?:tempted|inclined|planning|minded|thinking) (?:to|of) (?:switch\w*|leav\w*|mov\w* (?:to|elsewhere|provider|supplier)|go(?:ing)? elsewhere|tak\w+ (?:my|our) business)",
        r"\bhard to justify (?:staying|renewing|the renewal|continuing|keeping)\b",
        # class (session 23): whether to stay put in doubt, in the writer's own voice ("I'm wondering whether I want to give
        # £9,400 to a company that can't manage a phone call", "reviewing whether to remain a customer", "I'll have to reconsider
        # using you", "not comfortable carrying on with the application", "je me demande sérieusement si je vais continuer à
        # faire appel à vous", "à me demander si nous allons renouveler", "no sé si merece la pena seguir": nb-44-030, nb-65-046,
        # nb-60-093, nb-60-073, nb-60-089, nb-65-091, nb-67-095, five writers). What is doubted must be staying (continue,
        # renew, remain, keep using): "I'm not sure whether to wait" or "no sé si seguir esperando" is no leaving.
        r"\b(?:wonder(?:ing)?|ask(?:ing)? (?:myself|ourselves)|(?:not|no longer) sure|question(?:ing)?|reviewing|debating|"
        r"thinking (?:hard |seriously |long and hard )?about) (?:whether|if) (?:(?:i|we) (?:really )?(?:should|want to|wish to|will|'ll|would|can) |to )?"
        r"(?:be )?(?:stay(?:ing)?|remain(?:ing)?|continu(?:e|ing)|renew(?:ing)?|carry(?:ing)? on|keep(?:ing)? (?:using|ordering|paying|working)|"
        r"mov(?:e|ing) (?:\S+ ){1,3}?elsewhere|switch(?:ing)?|us(?:e|ing) you|order(?:ing)? from you|giv(?:e|ing) (?:you|\S+ to (?:a|your|this) (?:company|firm|business|outfit)))\b(?! (?:waiting|trying|chasing|on hold)\b)",
        r"\breconsider(?:ing)? (?:using|working with|ordering from|buying from|booking with|dealing with|renewing|staying|whether to (?:stay|renew|continue|remain)|"
        r"our (?:contract|relationship|account|subscription|membership|business)|my (?:membership|subscription|account|contract|business))\b(?! (?:details|settings|number)\b)|"
        r"\b(?:not|no longer) comfortable (?:carrying on|continuing|proceeding|staying)\b",
        r"\b(?:me demander|nous demander|je me demande|nous nous demandons|je m'interroge|on se demande|je ne sais (?:pas|plus))(?: sérieusement| vraiment| franchement)? "
        r"(?:si|s'il) (?:(?:je|nous|on) (?:vais|allons|va|dois|devons|veux|voulons) )?(?:continuer|rester|renouveler|poursuivre|(?:je |nous |on )?(?:garde|gardons|garder|conserve|conservons|conserver) (?:mon |notre |l'|cet |cette |le |la )?(?:abonnement|contrat|compte|adhésion|forfait))\b(?! (?:à |d')(?:attendre|essayer|relancer|appeler))",
        r"\b(?:no sé si|me pregunto si|me (?:estoy )?plante(?:o|ando) si)(?: de verdad| realmente)? (?:(?:me |nos )?(?:merece|vale) la pena (?:seguir|continuar|quedarme|renovar)|"
        r"(?:vamos a |voy a )?(?:seguir|continuar|renovar|quedarme|quedarnos)\b(?! (?:esperando|intentando|probando|insistiendo|llamando|con el (?:pedido|envío|trámite))\b))",
        r"\b(?:frage mich|fragen uns|frage ich mich|fragen wir uns|überlege|überlegen|weiß nicht|wissen nicht)(?: ich| wir)?(?: ernsthaft| wirklich| langsam| gerade)?,? ob (?:ich|wir) (?:\S+ ){0,4}?"
        r"(?:(?:kunde|kundin|kunden) bleiben|treu bleiben|(?:den vertrag|das abo|die mitgliedschaft) verlängern|weiter bei (?:ihnen|euch)|"
        # (session 24) the subscription kept, the verb last ("überlege ich gerade, ob ich das Abo überhaupt noch behalte", w73)
        r"(?:den vertrag|das abo|die mitgliedschaft|das konto|meinen vertrag|mein abo|meine mitgliedschaft)(?: \S+){0,3}? (?:behalte|behalten|verlängere|weiterlaufen lasse))\b",
        # es
        r"\b(?:si (?:esto )?sigue así[^.\n]{0,40}(?:me voy|me cambio|me doy de baja|cancelo)|(?:me voy|me marcho|nos vamos) (?:de aquí|a otra|con otra|a la competencia))\b",
        r"\b(?:(?:vais|van|va) a perder (?:un|a un|una) cliente|(?:estoy|estamos) (?:mirando|buscando|valorando|comparando) (?:otras?|otros) (?:\w+ )?"r"(?:compañías|ofertas|opciones|alternativas|operadores|empresas|bancos|proveedores)|no (?:pienso|voy a) renovar|me voy a la competencia)\b",
        r"\b(?:me (?:cambio|cambiaré|voy a cambiar|paso|pasaré)|nos (?:cambiamos|cambiaremos|vamos a cambiar)) (?:de |a )(?:compañía|operador|proveedor|banco|otra|otro|la competencia)",
        r"\b(?:no (?:vuelvo|volveré|volvemos) a (?:comprar|pedir|contratar|reservar)|nunca más(?! (?:recibir|me (?:llaméis|escribáis|mandéis|enviéis)|(?:un |ningún |otro )?(?:correo|email|mail|mensaje|sms|llamada)s?)\b)|olvidaos de mí|última vez que (?:compro|pido))\b",
        r"\b(?:buscar|busca|buscaremos|buscaré) (?:otro|otra|alternativas|otros) ?(?:proveedor|compañía|empresa|operador|banco)?",
        r"\b(?:me voy|nos vamos) (?:a|con) (?:otra|otro|la competencia)\b",
        r"\b(?:me planteo|estoy pensando en|estamos valorando|me estoy pensando) (?:cambiar|irme|darme de baja|cancelar|otras)\b",
        r"\b(?:voy a (?:cancelar|darme de baja|cambiarme)|cancelo mi|me doy de baja)\b",
        r"\b(?:me daré de baja|no pienso (?:volver|renovar|seguir(?! pagando (?:\S+ ){0,4}?(?:que no|lo que no|algo que no)\b))|me iré a|dejaré de (?:ser cliente|comprar)|no renovaré)\b",
        r"\bcambiar(?:me|nos)? de (?:compañía|operador|banco|proveedor|aseguradora|clínica|médico|dentista|gimnasio|colegio|guardería|academia|taller|concesionario|gestoría|seguro|compañía eléctrica|app|aplicación)\b",
        r"\bsi no[^.\n]{0,80}\b(?:me doy de baja|me daré de baja|cancelo|cancelaré|me cambio|me voy)\b"
        # class (round 14): "me voy directa a FACUA" goes to a consumer body or a court, a legal threat, not to a competitor
        r"(?! (?:direct[oa]s? |derech[oa]s? |corriendo )?(?:a|al|a la|a los|ante) (?:la )?(?:facua|ocu|omic|consumo|oficina|tribunal|juzgado|"
        r"abogad[oa]|polic[ií]a|guardia civil|banco de españa|aesa|aepd|defensor|junta arbitral|mi banco|el banco|mi abogad[oa])\w*)",
        # fr
        r"\b(?:voir ailleurs|partir à la concurrence|passer chez (?:un )?(?:concurrent|autre)|je (?:pars|partirai|passerai) chez)\b",
        r"\b(?:vous (?:allez|risquez de) perdre (?:un|une) client\w*|(?:nous )?(?:étudions|étudie|regardons|regarde|comparons|compare|cherchons|examinons) "r"(?:\w+ )?(?:d\'autres (?:offres|solutions|prestataires|fournisseurs|opérateurs)|la concurrence|des alternatives|ailleurs)|je ne (?:reviendrai|commanderai|réserverai) (?:plus )?jamais)\b",
        r"\b(?:aller (?:voir )?ailleurs|chez un concurrent|la concurrence|chang(?:er|e|erai|erons|eons) (?:d'opérateur|de fournisseur|de banque|de prestataire|d'assureur|de compagnie)|"
        r"plus jamais(?! (?:recevoir|de (?:mails?|courriels?|messages?|sms|appels?|pub\w*|newsletters?))\b)|je ne (?:commanderai|reviendrai|recommanderai) plus|d'autres solutions|une autre solution|"
        r"(?:chercher|trouver) un autre (?:prestataire|fournisseur|opérateur))\b",
        r"\b(?:sans|sinon|à défaut)[^.\n]{0,80}\b(?:résilier|résilierai|résilierons|partir|je pars|nous partirons|changerons|changerai)\b",
        r"\b(?:nous|je) (?:serons|serai) (?:contraints?|obligée?s?) de (?:résilier|partir|changer|chercher)\b",
        r"\b(?:j'envisage|nous envisageons|je pense) (?:sérieusement )?(?:de |à )?(?:résilier|partir|changer|aller)\b",
        r"\b(?:je vais|nous allons) (?:résilier|partir|changer d)\w*", r"\bje résilie\b", r"\bvous (?:perdez|avez perdu) un client\b",
        r"\b(?:je ne renouvellerai pas|nous ne renouvellerons pas|je vous quitte|je quitte \w+|je ne resterai pas)\b",
        # de
        r"\b(?:(?:kurz davor|überlege|überlegen),? (?:\w+ ){0,3}zu (?:kündigen|wechseln)|zur konkurrenz (?:gehen|wechseln))\b",
        r"\b(?:habt|haben sie|hat) (?:ihr |sie )?(?:mich|uns) (?:(?:gerade|soeben|endgültig|hiermit) )?als kund\w* verloren\b",
        r"\b(?:(?:verlieren|verliert) (?:mich|uns) als kund\w*|(?:schaue|schauen|sehe|sehen) (?:ich |wir )?(?:mich|uns) (?:\w+ ){0,2}(?:nach (?:einer?[mnr]? )?(?:anderen|alternativen|neuen)|bei der konkurrenz)|"r"(?:nicht|nie) mehr (?:bei (?:ihnen|euch) )?(?:bestellen|kaufen|buchen)|kündigen wir(?! (?:hiermit|den|das|die|unseren|unsere|unser|fristgerecht|zum|ordentlich|ordnungsgemäß)\b)|das letzte mal (?:bei|dass))\b",
        r"\b(?:zur konkurrenz|anbieter wechseln|wechsle (?:ich )?(?:den anbieter|zu)|nie wieder(?! (?:\S+ ){0,3}?(?:e-?mails?|mails?|werbung|newsletter\w*|nachrichten|anrufe?|sms)\b)|nicht verlängern|nicht (?:mehr )?zu verlängern|"
        r"alternativen (?:prüfen|ansehen|suchen)|anderen anbieter(?! (?:\S+ ){0,2}?(?:transferiert|übertragen|umgezogen|verschoben|portiert|gewechselt)\b))\b",
        r"\b(?:überlege|überlegen|erwäge|erwägen) (?:\w+,? ){0,3}(?:zu kündigen|den anbieter|zu wechseln)\b", r"\bwerde (?:\w+ ){0,3}kündigen\b",
        r"\bich kündige\b(?! (?:hiermit|meinen|meine|mein|unser|unseren|unsere|den|das|die|fristgerecht|zum|ab sofort|mit sofortiger))", r"\b(?:verlieren|verliert) (?:einen|eine) kund\w*\b",
        r"\b(?:werde (?:\w+ ){0,3}nicht verlängern|verlängere (?:ich )?nicht|(?:dann|sonst|bald|werde|wäre|bin ich|sind wir) (?:\w+ ){0,3}kein(?:e)? kund\w* mehr|ich bin weg(?! (?:von|bis|über|für|ab|in|im|nach|aus|am|zum|zur|heute|morgen)\b)|zu einem anderen anbieter(?! (?:\S+ ){0,2}?(?:transferiert|übertragen|umgezogen|verschoben|portiert|gewechselt)\b))\b",
        r"\b(?:wenn|falls|sonst|andernfalls)[^.\n]{0,80}\b(?:kündige ich|kündigen wir|werden wir (?:\w+ ){0,6}kündigen|"
        r"werde ich (?:\w+ ){0,9}kündigen|wechsle ich|wechseln wir)\b",
        # class: French "je passe chez un autre opérateur" in any tense
        r"\b(?:je|on|nous) (?:passe|passerai|passerons|passons|vais passer|allons passer|irai|irons|vais aller|pars|partirai) "
        r"(?:chez|à|vers) (?:un autre|une autre|un concurrent|la concurrence|l'un de vos concurrents)\b",
        # class: going elsewhere, in German ("bin ich weg", "woanders ein Konto eröffnen") and its en/es/fr forms
        r"\b(?:bin ich|sind wir|ich bin|wir sind) (?:dann |sofort |endgültig )?weg\b(?! (?:von|bis|über|für|ab|in|im|nach|aus|am|zum|zur|heute|morgen)\b)",
        r"\b(?:bestelle|bestellen|kaufe|kaufen|buche|buchen|eröffne|eröffnen|gehe|gehen|wechsle|wechseln)\b[^.\n]{0,25}\b(?:woanders|anderswo)\b",
        r"\b(?:woanders|anderswo) (?:\w+ ){0,2}(?:bestellen|kaufen|buchen|eröffnen|hingehen)\b",
        # class (session 23): ... whatever is done elsewhere, as a condition's outcome or from now on ("oder ich mache die restlichen
        # Stunden woanders", "wenn ich bis Freitag keinen Termin habe, ... lasse sie nächsten Herbst woanders einlagern": nb-65-062,
        # nb-63-002; the 3 read lines with "bestelle / eröffne woanders" were already found, none is labelled otherwise). Not
        # what was bought elsewhere ("die ich woanders gekauft habe"), not a question.
        r"\b(?:oder|sonst|andernfalls|ansonsten|wenn|falls|in zukunft|künftig|ab sofort|nächste[nsmr]?)\b[^.!?\n]{0,80}?\b(?:woanders|anderswo|andernorts)\b"
        r"(?! (?:\S+ )?(?:gekauft|bestellt|gebucht|gemacht|besorgt|geholt) (?:habe|hab|hatte|haben|hatten)\b)(?=[^.!?\n]{0,120}(?:[.!\n]|$))",
        r"\b(?:(?:i'm|i am|we're|we are|i'll be|we'll be) (?:out|gone|off)(?: of here)?) (?:as soon as|once|when) (?:the|my|our) (?:contract|term|plan|subscription|renewal)\b",
        r"\b(?:abrir|abriré|me llevo|llevaré) (?:\w+ ){0,2}(?:a otro sitio|a otra parte|a otro banco)\b",
        # class: will not renew / never again, conjugated (es), and the product they will never use again
        r"\bno (?:renovaré|renovaremos|vamos a renovar|voy a renovar|pensamos renovar|renovamos)\b",
        r"\bno (?:vuelvo|volveré|volvemos|volveremos|pienso volver|pensamos volver) a (?:comprar|pedir|contratar|reservar|alojarme|alojarnos|"
        r"volar|viajar|usar|utilizar|confiar|pisar|hospedarme)(?:os|les|le|te)?\b",
        r"\b(?:estoy|estamos) (?:ya )?(?:mirando|buscando|valorando|comparando|probando) (?:otras?|otros) (?:\w+ )?"
        r"(?:herramientas|plataformas|soluciones|servicios|aplicaciones|tiendas|aseguradoras|aerolíneas|marcas|programas)\b",
        # class: "that's it for me with you" (de "war es das für mich mit Ihrer Airline")
        r"\b(?:war(?:'s| es)? das|das war(?:'s| es)?) (?:dann )?(?:für (?:mich|uns) )?mit (?:ihnen|euch|ihrer|ihrem|ihren|eurer|eurem|dieser|diesem)\b",
        r"\bthat's it (?:for (?:me|us) )?with (?:you|your)\b", r"\b(?:i'm|i am|we're|we are) (?:finished|through) with (?:you|your)\b",
        r"\bc'est (?:fini|terminé) (?:pour moi |pour nous )?avec (?:vous|votre)\b",
        r"\bse (?:acabó|terminó) (?:para mí |para nosotros )?con (?:vosotros|ustedes|vuestra|vuestro|su)\b",
        # class: the renewal put in question, indirectly ("we'll be reviewing the contract at renewal", "revisaremos el contrato
        # antes de renovar", "nous réexaminerons le contrat à l'échéance", "den Vertrag vor der Verlängerung überprüfen")
        r"\b(?:review|reviewing|reconsider|reconsidering|rethink|rethinking|re-?evaluat(?:e|ing)|assess(?:ing)?) (?:the|our|my|this) "
        r"(?:contract|subscription|account|agreement|relationship|membership)s? (?:\w+ )?(?:at|before|ahead of|come|when it comes up for|on) "
        r"(?:the |our |its )?renewal\b",
        r"\b(?:revisar|revisaremos|revisaré|replantear|replantearemos|replantearé|reconsiderar|reconsideraremos) (?:el|nuestro|mi|la|nuestra) "
        r"(?:contrato|suscripción|relación|cuenta)\b[^.\n]{0,30}\b(?:renov\w+|vencimiento)\b",
        r"\b(?:réexaminer|réexaminerons|réexaminerai|reconsidérer|reconsidérerons|revoir|reverrons|reverrai|réévaluer|réévaluerons) "
        r"(?:le|notre|mon|la|notre) (?:contrat|abonnement|relation)\b[^.\n]{0,30}\b(?:renouvellement|échéance)\b",
        r"\b(?:vertrag|abo|abonnement|zusammenarbeit)\w* (?:\w+ ){0,3}(?:vor|bei|zur) (?:der )?verlängerung (?:\w+ ){0,2}(?:überprüfen|prüfen|überdenken|hinterfragen)\b",
        # class: someone on the customer's side weighing alternatives ("our procurement team is reviewing alternatives",
        # "the board is looking at other suppliers", "la dirección está valorando alternativas", "unser Einkauf prüft Alternativen")
        r"\b(?:board|procurement|purchasing|management|leadership|finance team|it team|cfo|ceo|boss|team|company) (?:\w+ ){0,2}"
        r"(?:is|are|has|have|'s|'re) (?:now |already |actively |currently )?(?:been )?(?:reviewing|evaluating|exploring|assessing|looking at|considering|weighing up|comparing) "
        r"(?:the )?(?:alternatives|(?:other|alternative) (?:vendors|providers|suppliers|options|platforms|tools|solutions)|competitors)\b",
        r"\b(?:dirección|junta|departamento de compras|compras|gerencia|empresa|jefe) (?:\w+ ){0,2}(?:está|están|ya está) (?:valorando|estudiando|evaluando|mirando|comparando) "
        r"(?:otras? |otros )?(?:alternativas|proveedores|opciones|ofertas)\b",
        r"\b(?:direction|service achats|comité|conseil|société|hiérarchie) (?:\w+ ){0,2}(?:étudie|examine|évalue|compare|regarde) (?:d'autres|les|des) "
        r"(?:alternatives|solutions|prestataires|offres|fournisseurs)\b",
        r"\b(?:geschäftsführung|einkauf|vorstand|chef|firma|unternehmen|leitung) (?:\w+ ){0,2}(?:prüft|prüfen|sucht|suchen|vergleicht|schaut sich) (?:\w+ ){0,2}"
        r"(?:alternativen|andere anbieter|nach alternativen|nach anderen anbietern)\b",
        # class: colloquial never ordering from you again, in German ("ich bestell bei euch nix mehr", "kauf da nie wieder")
        r"\b(?:bestell|bestelle|kauf|kaufe|buch|buche|bestellen|kaufen|buchen)(?: ich| wir)? (?:bei (?:euch|ihnen|dir) |da |hier )?(?:nix|nichts|nie|garantiert nichts|ganz sicher nichts) mehr\b",
        # class: gone, with what they will take away ("bin ich auch mit dem Backup-Abo weg", "I'm gone, and my other two lines with me")
        r"\b(?:bin ich|sind wir|ich bin|wir sind) (?:auch |dann )?mit (?:dem|der|meinem|meiner|unserem|unserer|allen|beiden) [\w-]+ (?:\w+ )?weg\b",
        # class: a competitor's offer or price in hand ("I've priced up the alternatives", "mi hermano me ha pasado la oferta de otra compañía")
        r"\b(?:started |been |i'm |we're |i am |we are )?pricing up (?:\w+ ){0,3}(?:instead|elsewhere|alternatives|other (?:providers|options|suppliers))\b",
        r"\b(?:oferta|tarifa|precio) (?:de|en) (?:otra compañía|otro operador|la competencia|otro banco|otra aseguradora)\b|\b(?:está|estoy|están) (?:en|con) otra compañía\b",
        r"\b(?:offre|tarif|devis) (?:d'un autre opérateur|d'un concurrent|de la concurrence|d'un autre fournisseur)\b",
        r"\b(?:angebot|preis) (?:von|bei) (?:einem anderen anbieter|der konkurrenz)\b",
        # class: an ultimatum ("either ... or", "otherwise", "o", "ou", "sinon", "sonst") whose other branch is leaving, said with
        # the leaving verbs people use: moving their stuff or money, uninstalling, deleting the app, going to a named rival
        # ("Either put it back or I'm moving my stuff to Big Box", "o me desinstalo esto", "sonst ... bin weg"). Uninstalling
        # alone is troubleshooting, so these verbs count only after the ultimatum's "or" (round 15: or after "if this goes on", "wenn das so weitergeht,
        # lösche ich die App", "si ça continue, je désinstalle l'appli", "si esto sigue así, borro la app").
        r"\b(?:or|otherwise|or else|else|failing (?:that|which)|if (?:this|it) (?:carries on|continues|keeps (?:on )?happening|goes on(?: like this)?|happens again))\b,? (?:i|we)(?:'ll| will| shall|'m| am|'re| are)? (?:just |simply )?(?:be )?(?:going to |gonna )?"
        r"(?:mov(?:e|ing) (?:my|our|all (?:my|our)|the) (?:\w+ )?(?:stuff|things|money|savings|account|accounts|business|custom|data|mortgage|pension|family|kids|unit|everything|bookings?) "
        r"(?:to|over to|elsewhere|somewhere)|tak(?:e|ing) (?:my|our) (?:\w+ )?(?:stuff|things|money|savings|business|custom|family) (?:to|elsewhere|somewhere)|"
        r"uninstall\w*|delet(?:e|ing) (?:the|this|your|my|our) (?:app|game|account|profile)|go(?:ing)? (?:to|with|over to) (?!(?:the|a|my|your|court|bed|work|sleep|have|be|call|ask|need|make|get|see|miss|lose|cry|die|fail|end|start|keep|wait|ring|phone|pay|run|do|try|put|give|stop|sit|spend|look|find|check|send|demand|contact|raise|take|hold|throw|"
        r"trading|small|citizens|ombudsman|ofcom|ofgem|police|press|media|bank|lawyer|solicitor|consumer|arbitration|tell|report|sue|complain|file|post|write)\b)\w+|"
        r"sign(?:ing)? up (?:with|to) (?:\w+ )?(?:someone else|another|a competitor|\w+ instead))",
        r"\b(?:o|si no|de lo contrario|sino|o bien|si (?:esto|la cosa) (?:sigue|continúa)(?: así)?|si vuelve a pasar)\b,? (?:\S+ ){0,6}?(?:me (?:des)?instalo|desinstalo|me desinstalo|voy a desinstalar|borro (?:la|el|vuestra|vuestro) (?:app|aplicación|juego|cuenta)|"
        r"me borro|(?:me paso|nos pasamos|me cambio) a (?!(?:recoger|buscar|ver|verte|veros|dejar|hablar|comprar|preguntar|pagar|firmar|llevar|traer|devolver|por)\b)|me llevo (?:mi|mis|el|nuestro) (?:\w+ )?(?:dinero|cuentas?|ahorros|negocio)|me voy (?:a|con) (?!(?:\w+(?:ar|er|ir)(?:l[oa]s?|me|se|nos|les?)?)\b)\w+|"
        r"dejo de (?:jugar|usar|comprar|pedir|ser cliente))",
        r"\b(?:ou|sinon|à défaut|faute de quoi|si)\b,? (?:\S+ ){0,8}?(?:je|nous|on) (?:passe|passerai|passerons|vais passer|pars|partirai|vais partir|irai|vais aller) "
        r"(?:chez|à la concurrence|ailleurs|voir ailleurs)(?! (?:vous|votre|toi|le médecin|mon|ma)\b)",
        r"\b(?:ou|sinon|à défaut|faute de quoi|si ça (?:continue|se reproduit|recommence)(?: comme ça)?)\b,? (?:\S+ ){0,6}?(?:je|nous|on) (?:désinstalle|désinstallerai|vais désinstaller|supprime|supprimerai|vais supprimer) (?:\w+ )?(?:l'appli|l'application|le jeu|mon compte|notre compte|l'app)\b",
        r"\b(?:sonst|andernfalls|ansonsten|oder|wenn (?:das|es) (?:so weitergeht|(?:noch ?mal|noch einmal|wieder) passiert))\b,? (?:\S+ ){0,8}?(?:(?:und )?bin (?:ich )?(?:\w+ )?weg|(?:gehe ich|geh ich|ich gehe) zu (?!(?:ihr\w*|eu\w+|dir|dein\w*)\b)|wechsle ich zu|ich wechsle zu|wechseln wir zu|"
        r"deinstalliere ich|lösche ich (?:die app|das spiel|mein konto|meinen account|den account)|trete ich (?:\w+ )?vom (?:vertrag|kaufvertrag|kauf|auftrag) zurück|bringe ich (?:mein|unser) geld)\b",
        # class: "... und bin weg" said as one's own going ("hol ich mir das Geld zurück und bin weg")
        r"\bund bin (?:dann |sofort |endgültig )?weg\b(?! (?:von|bis|über|für|ab|in|im|nach|aus|am|zum|zur|heute|morgen)\b)",
        # class: a deadline that runs out and then the customer withdraws from the contract ("nach fruchtlosem Ablauf trete ich vom
        # Vertrag zurück", "failing which we will terminate the contract", "à défaut, je résilierai le contrat", "en caso contrario resolveré el contrato")
        r"\b(?:nach fruchtlosem (?:frist)?ablauf|nach ablauf (?:der|dieser) frist|sollte (?:die|diese) frist (?:\w+ )?(?:fruchtlos|ergebnislos|ungenutzt) (?:verstreichen|ablaufen))\b[^.\n]{0,60}\b(?:trete ich|zurücktreten|kündige ich|kündigen wir|rücktritt)",
        r"\b(?:failing which|failing that|if (?:this|that|it) is not (?:resolved|fixed|done|sorted)[^.\n]{0,30}),? (?:i|we) (?:shall|will|'ll) (?:\w+ )?(?:terminate|cancel|rescind|withdraw from|end) (?:the|my|our|this) (?:contract|agreement|account|subscription|service)",
        r"\ben caso contrario[^.\n]{0,40}\b(?:resolveré|rescindiré|cancelaré|me daré de baja|daré de baja|me iré)\b",
        # class: money or an account moved to a named rival, announced ("I'm moving my money to Monzo", "we're taking our savings to
        # another bank", "je transfère mon épargne chez", "me llevo el dinero a otro banco", "ich bringe mein Geld zu einer anderen Bank")
        r"\b(?:i'm|i am|we're|we are|i'll be|we'll be|i will be|we will be|i'll|we'll) (?:\w+ )?(?:moving|taking|transferring|move|take|transfer) (?:my|our|all (?:my|our)) (?:\w+ )?(?:money|savings|account|accounts|mortgage|pension|isa|business|custom) (?:to|over to|elsewhere)\b",
        r"\b(?:je transfère|je vais transférer|nous transférons|je déplace) (?:mon|mes|notre|nos) (?:épargne|comptes?|argent|contrats?) (?:chez|vers|dans une autre)\b",
        r"\b(?:me llevo|me voy a llevar|nos llevamos|llevaré) (?:mi|mis|nuestro|nuestros|el) (?:\w+ )?(?:dinero|ahorros|cuentas?|nómina|hipoteca) (?:a|con)\b",
        r"\b(?:bringe|bringen|verlege|verlegen|übertrage|übertragen) (?:ich |wir )?(?:mein|meine|unser|unsere) (?:\w+ )?(?:geld|konten|konto|ersparnisse|depot) (?:zu|zur|an)\b",
        # class: never doing the thing again, with the verbs of games, restaurants and venues ("never play it again", "never eat here again")
        r"\bnever (?:\w+ )?(?:play|eat|visit|subscribe|rent|come|return|set foot|travel|install|download|recommend|go back|bank|shop|book|order) (?:\w+ ){0,3}(?:again|anymore|any more)\b",
        # class (session 10): the other branch of an ultimatum is that this was the last purchase, the brand named or not ("unless this is put
        # right it will be my last", "oder das war meine letzte Lavexa", "sinon ce sera ma dernière commande", "o será mi última compra");
        # "or this is my last email" is a last message, not a last purchase
        r"\b(?:or|otherwise|or else|unless)\b[^.\n]{0,60}?\b(?:that|this|it)(?:'s| was| is|'ll be| will be| would be) (?:my|our) (?:very )?(?:last|final)\b"
        r"(?! (?:e-?mails?|messages?|letters?|attempts?|chance|warning|reminder|call|contact|try|request|offer|word|patience|nerve|time (?:i|we) (?:write|ask|contact|call|email|chase)))",
        r"\b(?:oder|sonst|andernfalls|ansonsten)\b,? (?:das )?(?:war|ist|wird) (?:das )?(?:meine|mein|unsere|unser) letzte[nrs]? (?!(?:e-?mail|nachricht|mail|schreiben|versuch|chance|warnung|mahnung|geduld)\b)\w+",
        r"\b(?:sinon|ou|à défaut)\b,? (?:ce sera|c'était|c'est|ce fut) (?:ma|mon|notre) derni(?:er|ère) (?!(?:e-?mail|message|courrier|lettre|tentative|chance|avertissement|relance)\b)\w+",
        r"\b(?:o|si no|de lo contrario)\b,? (?:será|fue|es|ha sido) (?:mi|nuestr[oa]) últim[oa] (?!(?:correo|mensaje|email|carta|intento|oportunidad|aviso)\b)\w+",
        # class (session 10): bought or booked "for the last time" ("I've booked with you for the last time", "bestellt hab ich bei euch zum
        # letzten Mal", "j'ai commandé chez vous pour la dernière fois", "he comprado aquí por última vez"); asking for the last time is repeat contact
        r"\b(?:ordered|bought|booked|flown|flew|shopped|stayed|rented|hired)\b(?: \S+){0,4}? for the (?:very )?last time\b",
        r"\b(?:bestellt|gekauft|gebucht|geflogen|eingekauft|gemietet|bestelle|kaufe|buche)\b(?: \S+){0,4}? zum (?:aller)?letzten mal\b|\bzum (?:aller)?letzten mal (?:\S+ ){0,3}?(?:bestellt|gekauft|gebucht|eingekauft)\b",
        r"\b(?:commandé|acheté|réservé|voyagé|loué|commande|achète|réserve)\b(?: \S+){0,3}? pour la dernière fois\b",
        r"\b(?:comprado|pedido|reservado|volado|alquilado|compro|pido|reservo)\b(?: \S+){0,3}? por última vez\b",
        # class (session 10): switching weighed, in the infinitive, and rivals named as alternatives ("estamos valorando pasarnos a otra
        # herramienta", "nous envisageons de passer à un autre outil", "we've been asked to look at Asana and Monday as alternatives",
        # "wir prüfen Asana als Alternative"); "is there an app I can use as an alternative to the website?" is a question, not a rival
        r"\b(?:valorando|pensando en|planteando|planteándonos|planteándome|considerando|estudiando) (?:seriamente |en serio |muy en serio )?(?:pasarnos|pasarme|cambiarnos|cambiarme|irnos|irme|mudarnos|migrar) (?:a|con) (?:otr[oa]s?|la competencia)\b",
        r"\b(?:envisage|envisageons|réfléchis|réfléchissons|pensons|songe|songeons) (?:sérieusement )?(?:à |de )?(?:passer|migrer|basculer) (?:à|vers|chez|sur) (?:un autre|une autre|d'autres|la concurrence)\b",
        r"\b(?:look|looking|looked|evaluate|evaluating|trial|trialling|trialing|test|testing|consider|considering)\b(?: (?:at|into))? (?:[\w&.-]+ ){1,4}?as (?:an )?alternatives?\b(?! to (?:the|your|this) (?:website|site|app|form|portal|page|phone))",
        r"\b(?:mirando|valorando|evaluando|probando|estudiando)\b (?:\S+ ){1,4}?como alternativas?\b|\b(?:regardons|regarder|étudions|évaluons|testons|envisageons)\b (?:\S+ ){1,4}?comme alternatives?\b|"
        r"\b(?:prüfen|testen|evaluieren|schauen|sehen) (?:wir |ich )?(?:uns )?(?:\S+ ){1,4}?als alternative\w*\b",
        # class (session 10): off to a rival as the other branch of a condition, or going direct instead ("If it isn't fixed by May, I'm off
        # to PureGym down the road", "sort this out or I'll just go direct from now on", "or I'm moving to a different app", "j'irai acheter ailleurs")
        r"\b(?:if|unless|otherwise|or)\b[^.\n]{0,80}?\b(?:i'm|i am|we're|we are|i'll be|we'll be) off to (?!(?:bed|work|sleep|school|court|hospital|see|the|a|an|my|our|your)\b)\w+",
        r"\b(?:i'll|i will|we'll|we will) (?:just |simply )?(?:go|book|buy|order) direct(?:ly)?\b(?: (?:with|from|through) (?:the )?\w+)?(?: (?:from now on|in future|instead|next time))",
        r"\b(?:or|otherwise|or else)\b,? (?:i|we)(?:'ll| will|'m| am|'re| are)? (?:just )?(?:be )?(?:mov(?:e|ing)|switch(?:ing)?|go(?:ing)?) (?:over )?to (?:a different|another|a new|a better|a cheaper) "
        r"(?:app|bank|service|platform|provider|company|tool|site|website|shop|store|network|card)\b",
        r"\b(?:j'irai|nous irons|on ira|je vais aller|j'vais aller|je vais|nous allons|on va) (?:acheter|commander|voir|réserver|faire mes courses|me fournir) (?:\S+ ){0,2}?ailleurs\b|\b(?:j'irai|nous irons|on ira|je m'en irai|nous nous en irons) ailleurs\b|\b(?:je |j')(?:achèterai|commanderai|réserverai) (?:\w+ )?ailleurs\b",
        # class (session 24): the same wish with what is bought between, or after "envie d'" / "plutôt" ("ça me donne envie d'aller
        # acheter mes livres ailleurs", nb-59-008), the next order "chez quelqu'un d'autre" (nb-63-027), and the Spanish "a otro
        # sitio" after a verb of buying ("me voy a comprar a otro sitio", nb-60-081); "j'ai dû acheter du lait ailleurs" is a story
        r"\b(?:envie d'|je préfère |je préférerais |plutôt )aller (?:acheter|commander|réserver|faire mes courses|me fournir) (?:\S+ ){1,3}?ailleurs\b|"
        r"\b(?:ce sera|ça sera|ce serait|j'irai|je commanderai|j'achèterai|je passerai|nous passerons|on passera) chez quelqu'un d'autre\b",
        r"\b(?:me voy|nos vamos|voy|vamos|iré|iremos|me iré|nos iremos) a (?:comprar|pedir|reservar|contratar|encargar)(?:l[oa]s?)? (?:\S+ ){0,2}?a (?:otro sitio|otra parte|otro lado|otro lugar|otra tienda|otra empresa|la competencia)\b",
        # class (session 10, second batch): a customer lost, with an adverb or an adjective between ("you've just lost a loyal customer",
        # "vous venez de perdre une cliente fidèle", "acabáis de perder a un cliente", "Sie haben gerade einen treuen Kunden verloren");
        # "you lost a customer's parcel" is a parcel
        r"\byou(?:'ve| have)? (?:just |now |officially )?lost (?:a|an|one|my|our) (?:\w+ ){0,2}(?:customer|client|member|subscriber)\b(?!')",
        r"\bvous (?:venez de perdre|avez (?:définitivement |bel et bien )?perdu|allez perdre) (?:un|une) (?:\w+ )?cliente?\b",
        r"\b(?:acabáis de perder|acaban de perder|habéis perdido|han perdido|vais a perder|van a perder) (?:a )?(?:un|una) (?:\w+ )?client[ea]\b",
        r"\b(?:(?:haben|habt) (?:sie|ihr)|(?:sie|ihr) (?:haben|habt)) (?:gerade |soeben |eben |jetzt )?(?:einen|eine) (?:\w+ )?kund(?:en|in)\b (?:\w+ )?verloren\b",
        # class (session 10, second batch): leaving when the contract or the commitment ends ("I'm cancelling the moment my contract ends",
        # "cuando acabe la permanencia me voy", "dès la fin de mon engagement, je pars"; de "sobald ... bin ich weg" is above)
        r"\b(?:the moment|as soon as|once|when) (?:my|our|the) (?:contract|term|minimum term|tie-in|commitment) (?:ends|is up|runs out|expires|finishes)\b[^.\n]{0,30}?"
        r"\b(?:i'm|i am|we're|we are|i'll|we'll|i will|we will) (?:be )?(?:gone|out of here|off elsewhere|leaving(?! (?:the|for|to|my|our)\b)|cancell?ing|switching(?! (?:plans?|tariffs?)\b))",
        r"\b(?:i'm|i am|we're|we are|i'll|we'll|i will|we will) (?:be )?(?:gone|out of here|leaving|cancell?ing|switching)\b[^.\n]{0,20}?"
        r"\b(?:the moment|as soon as|once|when) (?:my|our|the) (?:contract|term|minimum term|tie-in|commitment) (?:ends|is up|runs out|expires|finishes)\b",
        r"\b(?:cuando|en cuanto|nada más) (?:acabe|termine|venza|se acabe|finalice) (?:la|mi|el) (?:permanencia|contrato|compromiso)\b[^.\n]{0,20}?"
        r"\b(?:me voy|me doy de baja|me marcho|me cambio|nos vamos|nos damos de baja)\b",
        r"\b(?:dès la fin|à la fin|dès l'échéance|à l'échéance) (?:de |du )?(?:mon |ma |notre |la )?(?:engagement|contrat|abonnement|période d'engagement)\b[^.\n]{0,20}?"
        r"\b(?:je pars|je résilie|je m'en vais|je change|nous partons|je quitte|nous résilions)\b",
        # class (session 10, second batch): the last purchase with an adverb between ("that was definitely my last order", "das war
        # definitiv meine letzte Bestellung", "c'était clairement ma dernière commande", "ha sido sin duda mi última compra")
        r"\b(?:was|is|will be|'s) (?:definitely|certainly|absolutely|officially|surely) (?:my|our) (?:last|final) (?:order|booking|purchase|rental|trip|visit|stay|flight|box|"
        r"delivery|meal|holiday|subscription|renewal|membership|policy|contract)\b",
        r"\b(?:war|ist|wird) (?:das )?(?:definitiv|garantiert|sicher|bestimmt|ganz sicher|mit sicherheit|endgültig) (?:meine|mein|unsere|unser) letzte[nrs]? "
        r"(?:bestellung|buchung|kauf|einkauf|reise|flug|besuch|aufenthalt|lieferung|abo|vertrag)\b",
        r"\b(?:c'était|c'est|ce sera) (?:définitivement|clairement|assurément|bien|sans doute|certainement) (?:ma|mon|notre) derni(?:er|ère) (?:achat|commande|location|réservation|"
        r"séjour|voyage|vol|visite|abonnement|contrat|repas|livraison)\b",
        r"\b(?:ha sido|fue|será|es) (?:sin duda|definitivamente|claramente|seguramente) (?:mi|nuestra|nuestro) últim[oa] (?:compra|pedido|reserva|estancia|viaje|vuelo|visita|"
        r"suscripción|alquiler|contrato|encargo)\b",
        # class (session 10, second batch): staying itself put in question ("we're seriously reconsidering whether to stay with you",
        # "nos estamos planteando si seguir con vosotros", "nous nous demandons si nous allons rester", "wir überlegen, ob wir verlängern")
        r"\b(?:reconsidering|rethinking|questioning|wondering) (?:whether|if) (?:we|i) (?:should |will |want to )?(?:stay|renew|continue|remain)\b|"
        r"\b(?:reconsidering|rethinking|questioning) whether to (?:stay|renew|continue|remain)\b",
        r"\b(?:planteando|pensando|dudando) si (?:seguir|renovar|continuar|quedarme|quedarnos)\b",
        r"\b(?:demandons|demande|interrogeons|interroge) si (?:nous allons|je vais|on va) (?:rester|renouveler|continuer)\b",
        r"\b(?:überlegen|überlege|fragen uns|frage mich)(?: wir| ich)?,? ob (?:wir|ich) (?:\S+ ){0,3}?(?:bleiben|verlängern|weitermachen)\b",
        # class (session 11): no further purchase, said as a fact about the future ("there won't be another booking with you", "eine
        # weitere Buchung bei Ihnen wird es nicht geben", "no habrá una próxima reserva", "il n'y aura pas de prochaine commande")
        r"\bthere (?:won't|will not|will never) be (?:another|a next|a second|any more|any further|a further) (?:order|booking|purchase|stay|trip|flight|renewal|visit|holiday|cruise|rental)s?\b|"
        r"\bthere will be no (?:more|further|next) (?:orders|bookings|purchases|stays|trips|flights|renewals|visits|holidays|cruises|rentals|order|booking|renewal)\b",
        r"\b(?:eine|keine) (?:weitere|nächste|zweite|erneute|neue) (?:buchung|bestellung|reise|kauf|verlängerung|fahrt|flug|kreuzfahrt|miete)\w* (?:\S+ ){0,4}?(?:wird es|gibt es) (?:\S+ ){0,3}?(?:nicht|nie) (?:mehr )?geben\b|"
        r"\bwird es (?:\S+ ){0,2}?keine (?:weitere|nächste|zweite|erneute|neue)[nrs]? (?:buchung|bestellung|reise|verlängerung|fahrt|flug|kreuzfahrt)\w* (?:\S+ ){0,3}?geben\b",
        r"\bno (?:habrá|tendréis|tendrán|va a haber) (?:una |un )?(?:próxim[oa]|otr[oa]|más|segund[oa]) (?:reservas?|compras?|pedidos?|viajes?|renovación|estancias?)\b",
        r"\bil n'y aura (?:pas|plus|jamais) de (?:prochaine?|nouvelle|nouvel|autre|seconde?) (?:commande|réservation|achat|voyage|séjour|croisière|renouvellement|location)\b",
        # class (session 11): the other options said to be plenty ("there are plenty of other banks out there", "Alternativen gibt es
        # genug", "alternativas hay muchas", "des alternatives, il y en a plein"); a question about alternatives to a feature is not
        r"\bthere are (?:plenty of|lots of|loads of|enough|so many) (?:other )?(?:providers|suppliers|companies|banks|airlines|gyms|alternatives|networks|firms|insurers|operators|lenders|shops|retailers|platforms) "
        r"(?:out there|around|about|on the market|who|that|happy to)\b|\balternatives,? there are plenty\b",
        r"\b(?:alternativen|andere anbieter|anbieter) gibt es (?:\S+ )?(?:genug|genügend|viele|reichlich|zuhauf|wie sand am meer)\b|\bes gibt (?:genug|genügend|reichlich) (?:andere )?(?:alternativen|anbieter|banken)\b",
        r"\b(?:alternativas|otras compañías|otros bancos|otras empresas|compañías) (?:hay|tengo) (?:muchas|muchos|de sobra|a montones|a patadas)\b|\bhay (?:muchas|muchísimas|de sobra) (?:otras )?(?:alternativas|compañías|empresas)\b(?= (?:que|dispuestas|en el mercado)|[.!,])",
        r"\bdes alternatives,? (?:il y en a|ce n'est pas ce qui manque)\b|\b(?:il y a|il existe) (?:plein|beaucoup|suffisamment) d'autres (?:opérateurs|banques|fournisseurs|prestataires|compagnies|enseignes)\b|\bla concurrence ne manque pas\b",
        # class (session 11): another option looked at "instead", and the coming trips taken elsewhere ("I'm looking at the train instead
        # now", "we'll take this holiday and the next ones elsewhere"); a cheaper plan weighed instead is a plan change
        # class (round 17): done buying through the company, registering or moving "elsewhere" considered, the money and the
        # custom taken somewhere else with words between, the subscription over "if it happens again" ("I'm done buying through
        # you", "seriously considering registering elsewhere", "I'm taking him and the rest of that money somewhere else", "war's
        # das mit meinem Abo", "c'en est fini de mon abonnement", "se acabó mi suscripción")
        r"\b(?:i'm|i am|we're|we are|i'll be|we'll be) (?:so |totally |completely )?done (?:buying|ordering|shopping|booking|dealing|renting) (?:\w+ )?(?:with|from|through|at) (?:you|your)\b",
        r"\b(?:considering|thinking (?:about|of)|looking (?:at|into)) (?:registering|switching|banking|shopping|booking|ordering|insuring|going) (?:(?:us|me|them|him|her|it) )?(?:elsewhere|somewhere else)\b",
        r"\btak(?:e|ing) (?:\S+ ){0,6}?(?:money|business|custom|spend|subscription|membership) (?:somewhere else|elsewhere|to (?:another|a different) (?:provider|company|school|firm|site|shop))\b",
        r"\b(?:war(?:'s| es)? das|das war(?:'s| es)?) (?:dann )?mit (?:meinem|unserem|dem|meiner|unserer|der) (?:\w*abo\w*|\w*vertrag|mitgliedschaft|\w*konto|bestellungen)\b|"
        r"\bc'en est (?:fini|terminé) (?:de|avec) (?:mon|notre|votre|cet|cette) (?:abonnement|contrat|compte|adhésion)\b|\bse acabó (?:mi|nuestra) (?:suscripción|membresía|cuenta|relación con vosotros)\b",
        r"\b(?:i'm|i am|we're|we are) (?:now |already |seriously |honestly )?(?:looking at|considering|thinking about|weighing up|pricing up) "
        r"(?!(?:the |a |an |your )?(?:\S+ )?(?:annual|monthly|yearly|basic|premium|pro|cheaper|smaller|bigger|larger|lower|higher|other|standard|lite) (?:plan|tier|package|bundle|option|version|model|size|subscription)\b)"
        r"(?:\S+ ){0,2}?\S+ instead\b(?! of\b)",
        # class (session 24): a rival or a local tradesman in the future, "instead" ("please just tell me so I can find a local
        # tuner instead", nb-59-028; "I'll be looking at the council lessons instead", nb-65-048), one already booked ("I've
        # already booked someone local", nb-56-041), and "one of the others" moved to ("I'll just move over to one of the
        # others", nb-70-010). What is found instead must be a firm or a person, not a refund, a browser or another day.
        r"\b(?:(?:i'll|we'll|i will|we will|i'm going to|we're going to|so i can|so we can|i can|we can) (?:just |simply |happily )?(?:be )?(?:find|finding|hire|hiring|look(?:ing)? (?:at|into)|go(?:ing)? with|sign(?:ing)? up (?:with|for)|book(?:ing)? with)) "
        r"(?:a (?:local|independent|proper|reliable|private|different) |an (?:independent|other) |the (?:council|local|village|independent|other) |someone |somebody )(?:\S+ ){0,2}?instead\b(?! of\b)",
        r"\b(?:i've|we've|i have|we have) (?:already |now )?(?:booked|found|hired|got|signed up with|gone with) (?:someone|somebody) (?:local|else|cheaper|new|reliable|better)\b",
        # class (session 24): the word of mouth taken back, the custom the writer brought in ("I've recommended you to half my
        # office. That stops today", nb-42-048; "I talked half my street into ordering from you ... next year I'll be pointing
        # them all at the farm shop", nb-62-003; "I've told three neighbours who were thinking of using you to hold off",
        # nb-65-025; "j'ai dit à mes voisins d'attendre", "les he dicho a mis vecinos que no os contraten"); a friend pointed to
        # the company ("I'll be pointing them to your site") is the opposite
        r"\b(?:i(?:'ve| have)?|we(?:'ve| have)?) recommended you\b[^.!?\n]{0,80}[.!]\s*(?:(?:that|this|those days)\b(?: \w+)? (?:stops|ends|is over|are over|has stopped|will stop)|not any ?more|no more|never again)\b",
        r"\b(?:told|telling|advised|advising|warned|warning|asked|asking) (?:\S+ ){1,8}?(?:to hold off(?=\s*(?:[.!,;\n]|$)| (?:on|from) (?:using|ordering|buying|booking|signing|joining|you)\b)|not to (?:use|order|buy|book|go with|sign up|bother)|to steer clear|to stay away)\b",
        r"(?:(?<='ll )|(?<=\bwill )|(?<='ll be )|(?<=will be ))(?:point|pointing|steer|steering|direct|directing) (?:them|people|everyone|friends|my friends|them all|all of them) (?:all )?(?:at|to|towards) (?!(?:you|your|this|the same)\b)",
        r"\b(?:j'ai|nous avons) (?:dit|conseillé|déconseillé) à (?:mes|nos|ma|mon) (?:\S+ ){1,3}?(?:d'attendre|de ne pas (?:commander|acheter|réserver|passer|signer|venir)|de vous éviter|d'aller ailleurs)\b|"
        r"\b(?:les|le|la) (?:he|hemos) (?:dicho|recomendado|aconsejado) a (?:mis|nuestros|mi) (?:\S+ ){1,3}?que no (?:os|les|le)? ?(?:contraten|compren|pidan|reserven|llamen)\b|"
        r"\b(?:habe|haben) (?:meinen|unseren|meiner|unserer) (?:\S+ ){1,3}?(?:abgeraten|geraten,? (?:es )?(?:zu warten|abzuwarten|die finger))",
        # ... and the supplier to be replaced at the next review ("right now you're top of the list to be replaced", nb-59-039;
        # "we'll be replacing you at renewal"); a part to be replaced is a repair
        r"\btop of (?:the|my|our) list to (?:be )?(?:replaced|dropped|cut|go)\b|"
        r"(?:(?<='ll )|(?<=\bwill )|(?<='ll be )|(?<=will be )|(?<=going to )|(?<=looking to )|(?<=planning to )|(?<=plan to ))(?:replac|drop|ditch|dump)\w* (?:you|your (?:company|firm|service|platform|agency))\b(?! (?:with|a|the)\b)",
        r"\b(?:mov(?:e|ing)|switch(?:ing)?|go(?:ing)?|jump(?:ing)?|head(?:ing)?) (?:over |across )?to one of the (?:others|other (?:providers|companies|services|apps|networks|banks|suppliers|platforms))\b",
        r"(?:(?<='ll )|(?<=\bwill )|(?<=going to )|(?<=gonna ))(?:\S+ ){0,5}?(?:from|to|with|at) (?:somewhere|companies|places|shops|stores|firms|retailers|"
        r"a (?:company|shop|store|firm|place|business|retailer|provider|supplier)) (?:else )?(?:that|which|who) (?:actually|really|can|will|does|do|knows?|bothers?|cares?|answers?|manages?|respects?|values?|backs?|treats?|delivers?)\b",
        r"(?:(?<='ll )|(?<=\bwill )|(?<=going to ))(?:take|book|spend|do) (?:\S+ ){1,6}?elsewhere\b",
        # class (session 12): gone when the contract ends, the time between ("bin ich zum Vertragsende weg", "je pars à la fin de mon
        # contrat", "me voy en cuanto acabe la permanencia", "I'm gone at the end of my contract")
        r"\b(?:bin ich|sind wir|ich bin|wir sind) (?:dann |eben |halt )?(?:zum|zur|mit|spätestens zum|nach) (?:vertragsende|laufzeitende|ende der (?:laufzeit|mindestlaufzeit|vertragslaufzeit)|"
        r"ablauf (?:des|meines|unseres) (?:vertrags|vertrages|abos))\s?weg\b",
        r"\b(?:je pars|je m'en vais|nous partons|je résilie|nous résilions) (?:dès|à) la fin (?:de mon|de ma|de notre|du|de la) (?:contrat|engagement|abonnement|période d'engagement)\b",
        r"\b(?:me voy|me doy de baja|me marcho|nos vamos|nos damos de baja) (?:en cuanto|cuando|nada más) (?:acabe|termine|venza|se acabe|finalice) (?:la|mi|el) (?:permanencia|contrato|compromiso)\b",
        r"\b(?:i'm|i am|we're|we are|i'll be|we'll be) (?:gone|out of here|off) (?:at|by|when|the moment|as soon as) (?:the end of )?(?:my|our|the) (?:contract|term|minimum term|tie-in|renewal)\b",
        # class (session 12): not seen again, as an idiom ("you won't see me again", "no me veis más el pelo", "vous ne me reverrez plus",
        # "ihr seht mich nie wieder"); "you won't see me at the counter" is a visit
        r"\byou(?:'ll| will)? (?:won't|will not|will never|'ll never|never) see (?:me|us|a penny|another penny|a cent|another cent|my money|our money) (?:\S+ ){0,3}?(?:again|any ?more|from (?:me|us))\b",
        r"\bno (?:me|nos) (?:veis|ven|vais a ver|van a ver|volvéis a ver|vuelven a ver|volveréis a ver|volverán a ver) (?:más )?(?:el pelo|nunca más|nunca|más por)\b",
        r"\bvous ne (?:me|nous) (?:reverrez|verrez|reverrez) (?:plus|jamais)\b",
        r"\b(?:ihr seht|sie sehen|seht ihr|sehen sie|ihr werdet|sie werden|werdet ihr|werden sie) (?:mich|uns) (?:hier |bei euch |bei ihnen )?(?:nie wieder|nie mehr|so schnell nicht wieder)\b",
        # class (session 12): the looking around begun, inside a condition ("If this isn't fixed, I'm going to start looking at other banks",
        # "empezaré a mirar otros bancos", "je vais commencer à regarder ailleurs", "dann sehe ich mich nach einem anderen Anbieter um")
        r"\b(?:if|unless|otherwise|or)\b[^.!?\n]{0,80}?\b(?:i'm|i am|we're|we are|i'll|we'll|i will|we will)(?: \w+)? (?:going to |gonna )?start (?:looking|shopping) "
        r"(?:around|elsewhere|for (?:a |an )?(?:new|different|other|another) (?:provider|supplier|bank|insurer|network|company|firm|gym|broker|lender|card|platform|host|energy supplier)s?\b|at (?!(?:the|my|your|our|it|this|that|how|what|why|whether|ways?|options? (?:on|in))\b)\w+)",
        r"\b(?:empezaré|empezaremos|voy a empezar|vamos a empezar|empiezo) a (?:mirar|buscar) (?:otr[oa]s?|alternativas|en otro sitio|la competencia)\b",
        r"\b(?:commencer|commencerai|commencerons) à (?:regarder|chercher|voir) (?:ailleurs|la concurrence|d'autres)\b",
        r"\b(?:sehe|schaue|sehen|schauen) (?:ich|wir) (?:mich|uns) (?:\S+ ){0,2}?(?:nach (?:einem anderen|einer anderen|anderen|alternativen)\b[^.!?\n]{0,30}?|woanders )um\b",
        # class (session 12): the renewal let run out, in the future or the present of intent ("I'll be letting it lapse", "I'm letting the
        # policy lapse", "je laisserai mon contrat expirer", "dejaré que venza la póliza", "lasse ich den Vertrag auslaufen"); "I let my
        # policy lapse by mistake" is a story
        r"(?:(?<='ll )|(?<=\bwill )|(?<=going to )|(?<='ll be )|(?<=will be )|(?<='m )|(?<=\bam )|(?<='re )|(?<=\bare ))(?:just |simply |happily )?let(?:ting)? "
        r"(?:it|the (?:policy|cover|contract|membership|subscription|plan|licen[cs]e|insurance|renewal)|my (?:policy|cover|contract|membership|subscription|plan|insurance)) (?:\w+ )?(?:lapse|run out|expire)\b",
        r"\b(?:laisserai|laisserons|vais laisser|allons laisser) (?:mon|ma|notre|le|la|l') ?(?:contrat|abonnement|assurance|adhésion|forfait|police|engagement) (?:\S+ )?(?:expirer|arriver à échéance|courir jusqu'à son terme)\b",
        r"\b(?:dejaré|dejaremos|voy a dejar|vamos a dejar) que (?:venza|caduque|expire) (?:la|el|mi|nuestr[oa]) (?:póliza|contrato|suscripción|seguro|membresía|abono|tarifa)\b|"
        r"\b(?:dejaré|dejaremos|voy a dejar|vamos a dejar) que (?:la|el|mi|nuestr[oa]) (?:póliza|contrato|suscripción|seguro|membresía|abono|tarifa) (?:venza|caduque|expire)\b",
        r"\b(?:lasse|lassen) (?:ich|wir) (?:\S+ ){0,3}?auslaufen\b(?![^.!\n]*\?)|\b(?:werde|werden) (?:ich |wir )?(?:\S+ ){0,3}?auslaufen lassen\b",
        # class (session 12): the spending or the banking moved to another firm ("if the fee stays, we'll move our banking to a bank that doesn't charge",
        # "we'll take our custom to a firm that answers"); the money classes above hold savings and accounts
        r"\b(?:i'll|we'll|i will|we will|i'm going to|we're going to|i'm|we're) (?:\w+ )?(?:moving|taking|move|take|switch|switching|shift|shifting) (?:my|our|all (?:my|our)) "
        r"(?:spending|banking|custom|salary|wages|everyday banking|day-to-day banking|card spending|shopping) (?:(?:over )?to(?= (?!(?:the|your|you|this|my|our|his|her)\b))|elsewhere\b)",
        # class (session 12): an account already opened elsewhere ("I've already opened an account with another bank", "j'ai déjà ouvert un
        # compte dans une banque en ligne", "ya he abierto una cuenta en otro banco", "ich habe schon ein Konto bei einer anderen Bank eröffnet")
        r"\b(?:i've|i have|we've|we have) (?:already |now |just )?opened (?:an? )?(?:\w+ )?account (?:with|at) (?:another|a different|a rival|an online|a competitor|one of your competitors)\b",
        r"\b(?:j'ai|nous avons) (?:déjà |d'ailleurs )?ouvert un compte (?:dans|chez|auprès d') ?(?:une autre|un autre|une banque|une néobanque|la concurrence)\b",
        r"\b(?:ya )?(?:he|hemos) abierto (?:ya )?una cuenta en (?:otro|otra|un banco|una entidad)\b",
        r"\b(?:habe|haben) (?:ich |wir )?(?:schon |bereits |längst )?(?:ein|ein neues) konto bei (?:einer anderen|einem anderen|der konkurrenz|einer online)\b",
        # class (session 12): buying elsewhere in the present of a decision ("ich bestell in Zukunft woanders", "désormais je commande
        # ailleurs", "a partir de ahora compro en otro sitio"); "kann ich das woanders bestellen?" is a question
        r"\b(?:ich|wir) (?:bestell|bestelle|bestellen|kauf|kaufe|kaufen|buch|buche|buchen) (?:\S+ ){0,3}?(?:woanders|anderswo|bei der konkurrenz)\b",
        r"\b(?:désormais|dorénavant|à l'avenir),? (?:je|nous) (?:commande|achète|réserve|commandons|achetons|réservons) (?:\S+ )?ailleurs\b",
        r"\b(?:a partir de ahora|de ahora en adelante|en adelante|desde ahora),? (?:\S+ ){0,2}?(?:compro|pido|reservo|compramos|pedimos|reservamos) en (?:otro sitio|otra parte|otro lado|otra tienda|la competencia)\b",
        # class (session 12): the last time, unless it is put right ("this is the last time unless someone makes this right", "es la
        # última vez, salvo que", "c'est la dernière fois, à moins que", "das ist das letzte Mal, es sei denn"); "the last time I
        # write" is a chaser
        r"\b(?:this|that|it)(?:'s| is| will be|'ll be| was) (?:the )?(?:very )?last time,? (?:unless|if (?:you|someone|somebody|nothing|this|it) )",
        r"\b(?:es|será|ha sido) la última vez,? (?:a menos que|salvo que|si no)\b|\b(?:c'est|ce sera) la dernière fois,? (?:à moins que|à moins qu'|sauf si|si vous ne)\b|"
        r"\b(?:das ist|das war|das wird) das letzte mal,? (?:es sei denn|außer|wenn (?:sie|ihr) nicht)\b",
        # class (session 12): a trial already running with a rival, said as a noun or in es/fr/de ("our accountant set us up with a trial
        # on another package", "we've started a free trial with another provider", "un essai avec un autre logiciel", "estamos probando
        # otro programa", "wir testen gerade eine andere Software"); another browser, cable or device tried is troubleshooting
        r"\btrial (?:with|on|of|at) (?:other|another|an alternative|a competing|a competitor'?s?|a rival|one of your competitors)\b(?! (?:\w+ )?(?:browsers?|devices?|phones?|cables?|routers?|laptops?|computers?|cards?|settings?|agents?)\b)",
        r"\b(?:un essai|une période d'essai|une version d'essai) (?:avec|chez|sur|de) (?:un autre|une autre|la concurrence|un concurrent)\b(?! (?:navigateur|câble|appareil|téléphone|ordinateur|routeur|box|conseiller)\b)",
        r"\b(?:una prueba|un periodo de prueba|una versión de prueba) (?:con|en|de) (?:otr[oa]|la competencia)\b(?! (?:navegador|cable|dispositivo|móvil|teléfono|ordenador|router|agente)\b)|"
        r"\b(?:estamos|estoy) (?:ya )?probando (?:con )?(?:otr[oa]|la competencia)\b(?! (?:navegador|cable|dispositivo|móvil|teléfono|ordenador|router|vez|forma|manera)\b)",
        r"\b(?:testen|teste|probieren|probiere) (?:wir |ich )?(?:gerade |bereits |schon )?(?:eine andere|einen anderen|ein anderes|die konkurrenz)\b(?! (?:browser|gerät|handy|rechner|kabel|router|laptop|computer|modus|weg|zugang|einstellung|karte)\w*)|"
        r"\btestphase (?:bei|mit) (?:einem anderen|einer anderen|der konkurrenz)\b",
        # class (session 13): buying from a named rival from now on ("ich bestelle ab jetzt wieder bei Rewe", "kaufe ich künftig bei
        # Hornbach", "I'll be ordering from Ocado from now on", "désormais je commande chez Picard", "a partir de ahora compro en Mercadona");
        # "ich bestelle wieder bei Ihnen" stays, and a plain "wieder" with no time word ("ich schaue wieder bei der Post") is no decision
        r"\b(?:(?:ich|wir) (?:bestell|kauf|buch|schau|guck|geh|hol|tank)\w*|(?:bestell|kauf|buch|schau|guck|geh|hol|tank)\w* (?:ich|wir)) (?:\S+ ){0,2}?"
        r"(?:ab jetzt|ab sofort|künftig|zukünftig|in zukunft|ab heute|von nun an|halt wieder|eben wieder|dann wieder|dann halt|nur noch) (?:\S+ ){0,2}?"
        r"bei (?!(?:ihnen|euch|dir|ihrer|eurer|ihrem|eurem|der|dem|den|die|das|einer|einem|uns|mir)\b)\w+",
        r"\b(?:i'll|we'll|i will|we will|i'm|we're|i am|we are) (?:just |simply )?(?:be )?(?:order|shop|buy|book|stream|bank|get (?:it|them|my \w+|our \w+))(?:ing)? "
        r"(?:\S+ ){0,2}?(?:from|at|with) (?!(?:you|your|the same|this|here)\b)(?:\S+ ){1,3}?(?:from now on|in future|in the future|instead|going forward)\b",
        r"\b(?:désormais|dorénavant|à l'avenir),? (?:je|nous|on) (?:commande|achète|réserve|commandons|achetons|réservons|commanderai|achèterai) (?:\S+ )?chez (?!vous\b)\w+",
        r"\b(?:a partir de ahora|de ahora en adelante|en adelante|desde ahora),? (?:\S+ ){0,2}?(?:compro|pido|reservo|compramos|pedimos|reservamos|compraré|pediré) "
        r"(?:en|a) (?!(?:vuestra|vuestro|su|vosotros|ustedes)\b)\w+",
        # class (session 13): the custom moved to a named rival, with what is moved ("One more and I'm taking our weekly shop to Ocado", "I've
        # already opened one with Monzo and I'll be moving my salary over", "ya he abierto una cuenta en Openbank")
        r"\b(?:i'll|we'll|i will|we will|i'm going to|we're going to|i'm|we're) (?:\w+ )?(?:moving|taking|move|take|switch|switching|shift|shifting) (?:my|our|all (?:my|our)) "
        r"(?:weekly |monthly |family |whole |grocery |food )?(?:shop|shopping|groceries|food shop|orders|bookings|salary|wages|pay) "
        r"(?:over to|to|elsewhere|over)\b(?! (?:the|your|you|this|my|our|his|her)\b)",
        r"\b(?:i've|i have|we've|we have) (?:already |now |just )?opened (?:one|an account|a (?:\w+ )?account|a current account) (?:with|at) (?!(?:you|your|the same|this)\b)\w+",
        r"\b(?:ya )?(?:he|hemos) abierto (?:ya )?una cuenta en (?!(?:vuestr[oa]|su|esta)\b)\w+",
        r"\b(?:j'ai|nous avons) (?:déjà |d'ailleurs )?ouvert un compte (?:chez|à la|au) (?!(?:vous|votre)\b)\w+",
        r"\b(?:habe|haben) (?:ich |wir )?(?:schon |bereits |längst )?(?:ein|ein neues) konto bei (?!(?:ihnen|euch|ihrer)\b)\S+ (?:eröffnet|aufgemacht)\b",
        # class (session 13): the number ported to a rival as a condition's outcome ("Si no está corregido, pido la portabilidad a Digi",
        # "sinon je demande la portabilité", "otherwise I'm requesting my PAC", "sonst beantrage ich die Rufnummernmitnahme")
        r"\b(?:si no|de lo contrario|o)\b[^.\n]{0,140}?\b(?:pido|pediré|solicito|solicitaré|haré|hago|me hago) la portabilidad\b",
        r"\b(?:sinon|à défaut|faute de quoi)\b[^.\n]{0,100}?\b(?:je demande|je demanderai|je ferai|je lance) (?:la|ma) portabilité\b",
        r"\b(?:otherwise|or|if not|unless|failing that)\b[^.\n]{0,80}?\b(?:i'll|i will|i'm|we'll|we will) (?:be )?(?:request|ask|get|tak|port)\w* (?:for )?(?:my|our|a|the) (?:pac|stac|porting|number)",
        r"\b(?:sonst|andernfalls|ansonsten)\b[^.\n]{0,100}?\b(?:beantrage|beantragen) (?:ich|wir) (?:die )?(?:rufnummernmitnahme|portierung)\b",
        # class (session 13): the purchase named as the last ("it's the last Kelmar anything we buy", "es lo último que os compro", "c'est la
        # dernière chose que j'achète chez vous", "das ist das Letzte, was ich bei euch kaufe"); "the last one I bought" is a story
        r"\bthe (?:very )?last (?:\S+ ){0,2}?(?:thing|anything|one|product|item|purchase)s? (?:i|we)(?:'ll| will)? (?:ever )?(?:buy|order|purchase)\b(?! (?:was|were|broke|arrived|had|lasted|came)\b)",
        r"\blo último que (?:os|le|les|te) (?:compro|pido|compraré|pediré|contrato|encargo)\b",
        r"\bla dernière chose que (?:j'achète|je commande|j'achèterai|je commanderai|nous achetons|nous commandons)\b",
        r"\bdas letzte,? was (?:ich|wir) (?:\S+ ){0,2}?(?:kaufe|kaufen|bestelle|bestellen|buche|buchen)\b",
        # class (session 13): that's it between us ("dann war's das mit uns", "war's das dann für mich", "c'en est fini entre nous", "se acabó
        # lo nuestro"); "das war's von mir" ends a message
        r"\b(?:(?:dann|sonst|und dann|ansonsten) war(?:'s| es) das|war(?:'s| es) das dann) (?:für (?:mich|uns)(?: mit (?:uns|euch|ihnen|(?:dem|der|eurem|eurer|ihrem|ihrer) \w+))?|"
        r"mit (?:uns|euch|ihnen|(?:dem|der|eurem|eurer|ihrem|ihrer|meinem|meiner|unserem|unserer) \w+))\b",
        # class (session 26): ... and not renewing with the verb put first ("Und verlängern werde ich die Karte nächstes Jahr sicher
        # nicht mehr", "bestellen werde ich da nie wieder", read nb-79-075); the leaving is told by the negation after it
        r"\b(?:verlängern|bestellen|buchen|kaufen|einkaufen|wiederkommen) (?:werde|werden|würde|würden) (?:ich|wir) (?:\S+ ){0,6}?(?:nicht mehr|nie wieder|nie mehr|sicher nicht|bestimmt nicht|garantiert nicht|ganz sicher nicht)\b",
        r"\b(?:c'en est|c'est) (?:fini|terminé) entre nous\b|\bse (?:acabó|terminó) lo nuestro\b",
        # class (session 13): the rivals' offers compared, and no intention to stay ("je compare actuellement les offres d'autres
        # établissements", "je n'ai aucune intention de rester client", "no tengo ninguna intención de seguir con vosotros",
        # "comparing offers from other banks", "ich habe keine Lust, weiter Kunde bei Ihnen zu bleiben")
        r"\b(?:compare|comparons|regarde|regardons|étudie|étudions) (?:actuellement |en ce moment |déjà )?les (?:offres|tarifs|propositions) (?:d'autres|de la concurrence|des concurrents)\b",
        r"\b(?:(?:plus )?aucune |pas l'|plus l')intention de (?:rester|demeurer) (?:client|cliente|abonnée?|chez vous|membre)\b",
        r"\b(?:ninguna|ni la más mínima) intención de (?:seguir|continuar|quedarme) (?:siendo cliente|con vosotros|con ustedes|con usted|aquí)\b",
        r"\bcompar(?:e|ing) (?:the )?(?:offers|deals|prices|rates|quotes) (?:from|of|at) (?:other|rival|competing|another)\b",
        r"\bkeine (?:lust|absicht),? (?:\S+ ){0,3}?(?:kunde|kundin) (?:\S+ ){0,2}?zu bleiben\b",
        # class (session 13): a trial running elsewhere, other options said to be plenty in German, the special right to terminate used
        # in the future ("I've got a trial running with another provider", "gibt es genug andere Kochboxen", "werde ich von meinem
        # Sonderkündigungsrecht Gebrauch machen", "j'exercerai mon droit de résiliation")
        r"\btrial (?:running|going|underway|set up) (?:with|on|at) (?:other|another|an alternative|a competing|a competitor'?s?|a rival|one of your competitors)\b",
        r"\b(?:gibt es|es gibt) (?:\S+ )?(?:genug|genügend|reichlich|zig) andere \w+",
        r"\b(?:werde|werden) (?:ich |wir )?(?:\S+ ){0,3}?(?:mein|unser) sonderkündigungsrecht (?:\S+ ){0,2}?(?:nutzen|ausüben|wahrnehmen)\b|"
        r"\b(?:werde|werden) (?:ich |wir )?(?:[^\s.!?]+ ){0,12}?von (?:meinem|unserem) sonderkündigungsrecht gebrauch\b",
        r"\b(?:j'exercerai|nous exercerons|je ferai valoir|nous ferons valoir) (?:mon|notre) droit (?:de|à la) résiliation\b",
        r"\b(?:ejerceré|ejerceremos) (?:mi|nuestro) derecho (?:de|a la) (?:rescisión|resolución|baja)\b",
        # class (round 16): leaving told by a group the writer belongs to ("most of us on the estate are moving to another network",
        # "la mitad del edificio nos estamos cambiando", "la moitié d'entre nous résilient", "die Hälfte von uns wechselt"); gone, after
        # "otherwise" ("otherwise we're gone by Friday", "sonst sind wir zum Quartal weg", "si no, nos vamos", "sinon on s'en va");
        # next year somewhere else, said elliptically ("next year it'll be someone else", "el año que viene, con otra", "l'an prochain,
        # ce sera ailleurs", "nächstes Jahr dann bei einem anderen"); going back to doing it oneself ("I'll go back to doing my
        # own books"); never using it again, in the gerund ("never booking with this site again"); and the last one with you, in the
        # future ("this will be our last holiday with you", "ce sera ma dernière commande chez vous", "será nuestro último viaje con
        # vosotros", "das wird unsere letzte Buchung bei Ihnen")
        r"\b(?:half|most|all|many|several|loads|plenty|dozens|lots|a lot|a few|the rest) of us(?: \S+){0,4}? (?:are|were|'re|have|will|will be|already)? ?"
        r"(?:switching|leaving|moving (?:to|over|away)|going elsewhere|looking elsewhere|jumping ship|cancell?ing|switched|left|moved (?:to|over|away))\b",
        r"\b(?:la mitad|muchos|varios|todos|casi todos|la mayoría) (?:de nosotros |del \w+ |de los \w+ )?(?:nos (?:vamos|estamos cambiando|cambiamos|cambiaremos|iremos|estamos yendo|damos de baja)|"
        r"se (?:van|están cambiando|cambian|han ido|han cambiado))\b",
        r"\b(?:la moitié|beaucoup|plusieurs|la plupart|tous) (?:d'entre nous|du \w+|des \w+ du \w+) (?:partent|changent|vont partir|résilient|vont résilier|sont partis|ont résilié|passent chez)\b",
        r"\b(?:die hälfte|viele|einige|die meisten|fast alle) (?:von uns|im \w+|bei uns im \w+) (?:wechseln|wechselt|gehen|geht|kündigen|kündigt|sind (?:schon )?weg|ist (?:schon )?weg|haben (?:schon )?gekündigt|haben (?:schon )?gewechselt)\b",
        r"\b(?:otherwise|or else|if not),? (?:i'm|we're|i am|we are|i'll be|we'll be) (?:\w+ )?(?:gone|out of here|off elsewhere)\b",
        r"\b(?:sonst|andernfalls|ansonsten) (?:sind wir|bin ich) (?:\S+ ){0,4}?weg\b(?! (?:von|bis|über|für|ab|in|im|nach|aus|am|zum|zur|heute|morgen)\b)",
        r"\b(?:si no|de lo contrario|o si no),? (?:nos vamos|me voy|me largo|nos largamos|me doy de baja|nos damos de baja)(?=\s*[.!,;]|\s*$|\s+(?:de aquí|a otr|con otr|a la competencia))|"
        r"\bsinon,? (?:on s'en va|je m'en vais|nous partons|on part|je pars|je résilie|nous résilions)(?=\s*[.!,;]|\s*$|\s+(?:ailleurs|chez (?:un autre|une autre|la concurrence)))",
        r"\b(?:next year|next time|from next (?:year|season|term)),? (?:\S+ ){0,2}?(?:with|it'll be|it will be|we'll use|i'll use|i'm using|we're using) (?:someone else|another (?:app|one|provider|company|firm|site|service))\b|"
        r"\b(?:el año que viene|el próximo año|la próxima vez|el curso que viene),? (?:\S+ ){0,2}?con (?:otr[oa]s?|la competencia)\b|"
        r"\b(?:l'an prochain|l'année prochaine|la prochaine fois),? (?:ce sera|c'est|j'irai|on ira|nous irons|je passe) (?:ailleurs|chez (?:un autre|une autre|la concurrence)|avec (?:un autre|une autre))\b|"
        r"\b(?:nächstes jahr|im nächsten jahr|nächstes mal),? (?:\S+ ){0,2}?(?:bei|mit) (?:einem anderen|einer anderen|der konkurrenz)\b",
        r"(?:(?<='ll )|(?<=\bwill )|(?<='m )|(?<='re )|(?<=\bam )|(?<=\bare )|(?<=going to ))(?:go|going) back to (?:doing|filing|booking|handling|managing|printing|using) "
        r"(?:it|them|my|our|everything|the|paper)(?: \w+)?(?: \w+)? ?(?:myself|ourselves|by hand|on paper|manually|on a spreadsheet|in excel)\b",
        r"\bnever (?:using|ordering|buying|booking|shopping|flying|staying|renting|banking|sailing|travelling|traveling) (?:with |from |at |on |through )?(?:this|your|you|these|that|the)\b(?: \S+){0,3}? again\b",
        # (one pattern a language, so the phrase index reaches each from its first word: as one alternation it had no
        # common word and was searched through every message)
        r"\b(?:will be|'ll be|this is going to be) (?:our|my) (?:last|final) (?:\w+ ){0,2}?(?:with|from|at) (?:you|your)\b",
        r"\bce sera (?:notre|ma|mon) derni(?:er|ère) (?:\w+ ){0,2}?(?:avec vous|chez vous)\b",
        r"\bser(?:á|án) (?:nuestr[oa]s?|mi|mis) últim[oa]s? (?:\w+ ){0,2}?con (?:vosotros|ustedes|usted)\b",
        r"\b(?:wird|ist) (?:das |dies )?(?:unsere?|meine?) letzte[rs]? (?:\w+ ){0,2}?(?:bei|mit) (?:ihnen|euch)\b(?! (?:gewesen|war))",
        r"\b(?:i'm|i am|we're|we are|i'll be|we'll be) (?:just |now |simply )?(?:deleting|uninstalling|removing) (?:the|this|your) app\b(?! (?:and|to) (?:re-?install|try|download|see|start)\w*)",
        r"\bif\b(?:[^.\n]|\.(?=\d)){0,80}?,? (?:i'm|we're|i am|we are) (?:switching|gone|cancell?ing|moving (?:provider|supplier|bank))(?=\s*[,.;!]|\s+(?:and|to another|elsewhere)\b)",
        # class (round 18): the thing itself bought elsewhere, with an article or a possessive ("I'll find a sofa elsewhere", "je
        # trouverai un canapé ailleurs", "compraré el sofá en otra tienda"), or from the other supplier ("I'll buy from the school's
        # other supplier"); "I had to find a sofa elsewhere" is a story
        r"(?:(?<='ll )|(?<=\bwill )|(?<=going to )|(?<=gonna )|(?<='ll just )|(?<=will just )|(?<='ll have to )|(?<=will have to ))(?:find|get|buy|order|source|book) "
        r"(?:a|an|my|our|some|the|their|his|her) (?:\S+ ){0,2}?(?:somewhere else|elsewhere|anywhere else)\b",
        r"(?:(?<='ll )|(?<=\bwill )|(?<=going to )|(?<=gonna )|(?<='ll just )|(?<=will just ))(?:buy|order|shop|get (?:it|them|one|the \w+)) (?:from|with|at) "
        r"(?:the |a |an |their |\S+'s )(?:\S+ )?other (?:supplier|shop|store|retailer|stockist|seller|provider|company|firm|outlet)s?\b",
        r"\b(?:j'achèterai|je prendrai|je trouverai|je commanderai|je vais (?:acheter|prendre|trouver|commander|chercher)|nous achèterons|nous prendrons|nous trouverons|"
        r"nous allons (?:acheter|prendre|trouver|commander|chercher)) (?:un|une|mon|ma|mes|le|la|les|l'|des|notre|nos) ?(?:\S+ ){0,2}?ailleurs\b",
        r"\b(?:compraré|buscaré|pediré|encargaré|voy a (?:comprar|buscar|pedir|encargar)|compraremos|buscaremos|pediremos|vamos a (?:comprar|buscar|pedir)) "
        r"(?:un|una|el|la|los|las|mi|mis|nuestr[oa]s?) (?:\S+ ){0,2}?en (?:otro sitio|otra parte|otro lado|otra tienda|otro lugar|la competencia)\b",
        # class (round 18): the subscription stopped as the other branch of a condition ("sinon j'arrête l'abonnement", "otherwise I'm
        # stopping the subscription", "si no, dejo la suscripción", "ansonsten beende ich mein Abo", "entweder ... oder ich kündige")
        r"\b(?:sinon|à défaut|faute de quoi|ou alors|ou bien)\b[^.\n]{0,80}?\b(?:j'arrête|j'arrêterai|je vais arrêter|je stoppe|je mets fin à|je suspends|nous arrêtons|nous arrêterons|on arrête) "
        r"(?:mon |ma |l'|le |la |cet |cette |notre |tout)(?:abonnement|contrat|adhésion|forfait|compte|box|\b)",
        r"\b(?:otherwise|or else|if not|failing that)\b[^.\n]{0,60}?\b(?:i'm|we're|i am|we are|i'll|we'll|i will|we will) (?:be )?(?:just |simply )?(?:stopping|stop|ending|end|dropping|drop|quitting|quit) "
        r"(?:my|our|the) (?:\w+ )?(?:subscription|membership|plan|contract|account|box|deliveries|policy)\b",
        r"\b(?:si no|de lo contrario|o si no)\b[^.\n]{0,80}?\b(?:dejo|dejaré|quito|quitaré|corto|cortaré|cancelo|cancelaré|anulo|anularé) (?:la|mi|el|nuestr[oa]) (?:\w+ )?(?:suscripción|membresía|abono|contrato|cuenta|plan|servicio|caja)\b",
        r"\b(?:sonst|andernfalls|ansonsten)\b[^.\n]{0,80}?\b(?:beende|beenden|stoppe|stoppen|storniere|stornieren) (?:ich |wir )?(?:mein|meinen|meine|unser|unseren|unsere|das|den|die) (?:\S+ )?(?:\w*abo\w*|\w*vertrag|mitgliedschaft|\w*konto)\b",
        r"\bentweder\b[^.\n]{0,120}?\boder (?:ich|wir) (?:\S+ ){0,8}?(?:kündige|kündigen|wechsle|wechseln|beende|beenden|storniere|stornieren)\b",
        # class (round 19): ... or a child taken out of the course, the camp or the club as that other branch ("or I'm withdrawing my son",
        # "soit je désinscris ma fille", "o doy de baja a mi hijo", "oder ich melde unseren Sohn ab"); the or-word is right before the
        # act, and the sentence is no question ("Do I email you or do I withdraw my son online?" asks how to leave)
        r"(?:(?<=\bor )|(?<=\botherwise )|(?<=\botherwise, )|(?<=\bor else ))(?:i'm|i am|i'll|i will|we're|we are|we'll|we will) (?:be )?"
        r"(?:(?:withdrawing|withdraw) (?:my|our) (?:son|daughter|child|children|kids?|boy|girl)|(?:pulling|pull|taking|take) (?:my|our) "
        r"(?:son|daughter|child|children|kids?|boy|girl) out)\b(?![^.!?\n]*\?)",
        r"(?:(?<=\bou )|(?<=\bsoit )|(?<=\bsinon )|(?<=\bsinon, ))(?:je|nous|on) (?:vais |allons )?(?:désinscris|désinscrirai|désinscrire|désinscrivons|retire|retirerai|retirer) "
        r"(?:mon|ma|mes|notre|nos) (?:fils|fille|filles|enfants?|petite?s?)\b(?![^.!?\n]*\?)",
        r"(?:(?<=\bo )|(?<=\bsi no )|(?<=\bsi no, )|(?<=de lo contrario )|(?<=de lo contrario, ))(?:doy|daré|damos|daremos|saco|sacaré|sacamos|sacaremos) (?:de baja )?"
        r"a (?:mi|mis|nuestr[oa]s?) (?:hij[oa]s?|niñ[oa]s?|pequeñ[oa]s?)\b(?![^.!?\n]*\?)",
        r"(?:(?<=\boder )|(?<=\bsonst )|(?<=\bandernfalls ))(?:ich|wir) (?:melde|melden) (?:\S+ ){1,4}?ab\b(?![^.!?\n]*\?)|"
        r"(?:(?<=\boder )|(?<=\bsonst )|(?<=\bandernfalls ))(?:melde|melden) (?:ich|wir) (?:\S+ ){1,4}?ab\b(?![^.!?\n]*\?)",
        # class (round 18): the purchase named as the last in the present ("c'est la dernière commande que je passe chez vous", "es el último
        # pedido que os hago", "das ist die letzte Bestellung, die ich bei euch aufgebe"); "la dernière commande que j'ai passée" is a story
        r"\b(?:la|ma) derni(?:ère|er) (?:commande|réservation|achat|location|box) (?:que|qu') ?(?:je |j'|nous |on )?(?:passe|passerai|fais|ferai|effectue|effectuerai|réserve|réserverai|achète|achèterai|commande|commanderai|prends|prendrai)\b",
        r"\b(?:el|la|mi) últim[oa] (?:pedido|compra|reserva|encargo) que (?:os |les |le |te )?(?:hago|haré|compro|compraré|pido|pediré|reservo|reservaré|encargo|encargaré)\b",
        r"\b(?:die|meine|unsere) letzte (?:bestellung|buchung),? die (?:ich|wir) (?:\S+ ){0,3}?(?:aufgebe|aufgeben|mache|machen|tätige|tätigen|buche|buchen|bestelle|bestellen)\b",
        # class (round 18): going back to the old way or an old supplier, in the future or the present of a decision ("I'm ripping it out
        # and going back to a dumb dial", "I'll go back to collecting from the chemist", "je retourne chez mon ancien opérateur", "vuelvo a
        # mi antigua compañía", "ich gehe zurück zu meinem alten Anbieter"); going back to the shop to collect is an errand
        r"(?:(?<='ll )|(?<=\bwill )|(?<='m )|(?<=\bam )|(?<='re )|(?<=\bare )|(?<=going to )|(?<= and ))(?:go|going) back to (?:(?:my|our|the) (?:old|previous|former) (?:provider|supplier|bank|network|company|firm|pharmacy|chemist|shop|store|insurer|garage|gym|dentist|vet|broker|airline|operator|one)\b|"
        r"a (?:plain|basic|dumb|normal|regular|simple|manual|standard|traditional|old-fashioned|cheap|paper) \w+|(?:collecting|buying|ordering|shopping|banking|booking) (?:\S+ ){0,3}?(?:from|at|with|in|through) )",
        r"\b(?:je retourne|je retournerai|je vais retourner|je reviens|je reviendrai|je vais revenir|nous retournons|nous retournerons|on retourne) (?:chez|à|vers) (?:mon|ma|notre|mes|nos) (?:ancien|ancienne|anciens|précédent|précédente)\b",
        r"\b(?:vuelvo|volveré|voy a volver|volvemos|volveremos|vamos a volver|me vuelvo) (?:a|con) (?:mi|nuestr[oa]|la|el) (?:antigu[oa]|anterior) (?!versión|app|aplicación|configuración|tarifa|plan|dirección)\w+",
        r"\b(?:gehe|wechsle|kehre|gehen|wechseln|kehren) (?:ich |wir )?(?:\S+ )?zurück zu (?:meinem|unserem|meiner|unserer|dem|der) (?:alten|früheren|vorherigen|bisherigen) (?!version|app|einstellung|tarif|adresse)\w+",
        # class (round 18): another way of travelling chosen from now on ("Ab nächsten Monat fahr ich mit dem Auto", "from next month I'll
        # drive", "dorénavant je prendrai la voiture", "a partir de ahora voy en coche")
        r"\b(?:ab (?:nächsten|nächster|nächstem|kommenden|kommender|kommendem) (?:monat|woche|jahr)|ab (?:jetzt|sofort|morgen)|künftig|in zukunft) (?:fahr|fahre|nehme|nehm) (?:ich|wir) (?:\S+ )?"
        r"(?:mit dem auto|das auto|den wagen|mit dem wagen|mit dem rad|mit dem fahrrad|den fernbus|mit dem fernbus|mit dem flixbus)\b",
        r"\b(?:from now on|from next (?:month|week|term)|in future|from tomorrow),? (?:i'll|i will|we'll|we will|i'm|we're) (?:just )?(?:be )?(?:driv(?:e|ing)|tak(?:e|ing) the car|cycl(?:e|ing)|"
        r"tak(?:e|ing) the (?:bus|coach)|get(?:ting)? the (?:bus|coach))\b",
        r"\b(?:désormais|dorénavant|à partir du mois prochain|à l'avenir),? (?:je|nous|on) (?:prends|prendrai|prendrons|prend|prendra) (?:la voiture|ma voiture|notre voiture|le bus|le car)\b",
        r"\b(?:a partir de ahora|desde ahora|a partir del mes que viene|el mes que viene),? (?:voy|iré|vamos|iremos) en (?:coche|mi coche|autobús|bus)\b",
        # class (round 18): the custom already moved elsewhere, said with "already" ("I've already moved my listings somewhere else",
        # "ya he llevado mis pedidos a otra tienda", "j'ai déjà transféré mes comptes ailleurs"); a switch once made and undone is a story
        r"\b(?:i've|i have|we've|we have) already (?:moved|transferred|taken|switched|shifted) (?:my|our|all (?:my|our)) (?:\S+ ){0,2}?(?:somewhere else|elsewhere|to (?:another|a different|a rival|a competitor))\b",
        r"\bya (?:he|hemos) (?:llevado|movido|pasado|trasladado) (?:mis|mi|nuestr[oa]s?) (?:\S+ ){0,2}?(?:a otr[oa]|a la competencia|en otro sitio)\b",
        r"\b(?:j'ai|nous avons) déjà (?:transféré|déplacé|porté|mis) (?:mes|mon|ma|nos|notre) (?:\S+ ){0,2}?(?:ailleurs|chez (?:un autre|une autre|la concurrence))\b",
    ],
    # Asks now to cancel or close the account, subscription or contract (calm or not).
    "cancel_request": [
        # class: asking for the code that moves the number or line to another provider is asking to leave now
        r"\b(?:my|the|a|our) (?:pac|stac|porting|port-?out|switching) codes?\b|\bcódigo de portabilidad\b|\bcode rio\b|"
        r"\b(?:rufnummernmitnahme|portierungscode|wechselcode)\b",
        r"\b(?<!asked you to )(?<!asked them to )(?<!i asked to )(?<!requested you )(?<!told you to )(?:please |pls |kindly |just |now )?(?:cancel|close|terminate|end|shut down|delete|kill|ditch|axe|scrap) (?:my|our|the|this|that) (?:[\w+-]+ ){0,3}?"
        r"(?:account|subscription|contract|membership|plan|service|policy|direct debit|package|broadband|line|tariff|box|auto-?ship\w*|"
        r"licen[cs]e|insurance|cover|renewal|auto-?renewal|trial|pass|agreement)s?\b(?! (?:unless|if|or|rather|myself|ourselves|through my bank|with my bank|via my bank)\b)",
        r"\b(?:cancell?ation|termination|closure) of (?:my|our|the) (?:\w+ )?(?:account|subscription|contract|membership|plan|policy|service)\b",
        r"\b(?:please |kindly |can you |could you )(?:cancel|close|terminate) (?:my|our) (?!order|booking|flight|appointment|reservation|delivery|"
        r"payment|card|transfer|direct debit|standing order|ticket|trip|visit|bank)\w+",
        r"\b(?:i|we) (?:no longer (?:need|want|require)) (?:the|my|our|this) (?:\w+ )?(?:account|subscription|service|plan|membership|contract|policy)\b",
        r"\bunsubscribe (?:me )?from (?:the|my|your|this) (?:\w+ )?(?:plan|subscription|service|membership)\b",
        r"\b(?:i want|i'd like|i would like|please|i wish) (?:to )?unsubscribe\b(?! (?:me )?from (?:your |the |all )?(?:e-?mails|newsletters?|mailing|marketing|texts))",
        r"\b(?:(?<!gave )(?<!given )(?<!sent )(?<!served )notice (?:to cancel|of cancell?ation|of termination)|(?:please|kindly) (?:cancel|close|terminate|end) (?:it|everything|all)"
        # (a transfer or a payment stopped before it leaves is no account: "could you please cancel it before it goes out?"; round 11)
        r"(?! before (?:it|they|the \w+|that) (?:goes|go|gets|get|is|are|leaves|leave|ships|ship|posts|clears|dispatches|hits|reaches))|"
        r"stop (?:my|the|our|his|her) (?:subscription|membership|direct debit|payments|policy|plan|contract|cover))\b",
        # (round 19: "Do I need to cancel with you, or does the PAC code sort that?" asks how leaving works; no request yet)
        r"(?<!\bdo )(?<!\bdid )(?<!\bwill )(?<!\bwould )(?<!\bshould )\b(?:i'd|i would|we'd|we would|i want|we want|i wish|i need|we need) (?:like )?to (?:cancel|close|terminate|end)\b",
        r"\b(?:i'm|i am|we're|we are) (?:writing|contacting you) to (?:cancel|close|terminate)\b",
        r"\b(?:i|we)(?: want| need| would like|\'d like) (?:my|our|the|this|his|her|their) (?:\w+ ){0,2}(?:account|subscription|contract|membership|plan|service|policy)s? (?:\([^)\n]{1,30}\) )?(?:cancell?ed|closed|terminated|ended|deleted|shut down)\b",
        # class (session 8): the request as a noun with words between ("Solicito por escrito, mediante este correo, la baja de mi contrato",
        # "I hereby request, by this letter, the closure of my account", "je demande par la présente la résiliation de mon contrat",
        # "beantrage ich hiermit die Kündigung meines Vertrags"), and asking how to cancel ("me diga cómo cancelar")
        r"\bsolicit(?:o|amos)\b[^.\n]{0,50}?\bla (?:baja|cancelación|rescisión) de (?:mi|nuestr[oa]|la|el|los)\b",
        r"\b(?:i|we) (?:hereby )?request\b[^.\n]{0,40}?\bthe (?:cancell?ation|closure|termination) of (?:my|our)\b",
        r"\b(?:je|nous) (?:vous )?demand(?:e|ons)\b[^.\n]{0,50}?\bla (?:résiliation|clôture) de (?:mon|ma|notre|nos|mes)\b",
        r"\bbeantrage[n]?\b[^.\n]{0,40}?\bdie kündigung (?:meines|meiner|unseres|unserer|des|der)\b",
        r"\bcómo (?:cancelar|anular|dar de baja|darme de baja|rescindir)\b(?! (?:el|mi|un|este) (?:pedido|envío|pago|cargo))",
        r"\b(?:do not|don\'t|please don\'t|please do not) (?:auto-?)?renew (?:my|our|the) (?:\w+ )?(?:plan|subscription|membership|contract|policy|licen[cs]e)\b",
        r"\b(?:cancel|close|terminate) (?:it|this|everything|the lot|all of it) (?:now|today|immediately|right away|with immediate effect)\b",
        r"\bturn off (?:the )?auto-?renew(?:al)?\b",
        r"\bhow (?:do|can|would|should) (?:i|we) (?:go about )?(?:cancel(?:l?ing)?|clos(?:e|ing)|terminat(?:e|ing)|end(?:ing)?|delet(?:e|ing)) (?:my|our|the) (?:\w+ )?(?:account|subscription|contract|membership|plan|policy)\b",
        r"\b(?:i\'m|i am|we\'re|we are) (?:hereby |now )?(?:cancell?ing|closing|terminating|ending) (?:my|our|the) (?:\w+ ){0,2}(?:account|subscription|contract|membership|plan|service|policy)\b(?! (?:unless|if))",
        r"\b(?:process|confirm|accept|action|arrange) (?:my|the|our) (?:cancell?ation|termination|notice to cancel)\b",
        r"\b(?:consider this|please take this as|treat this as|this email is|this letter is) (?:my|our) (?:\w+ )?(?:notice|cancell?ation|request to (?:cancel|close|terminate))\b",
        r"\b(?:consider|treat|take) this (?:email|letter|message|e-mail) as (?:my |our )?(?:formal |written |official )?(?:notice|cancell?ation|non-renewal)\b",
        # (round 17: a notice nearly given and then not is no request: "I was about to hand in my notice last month")
        r"\b(?<!about to )(?<!going to )(?<!nearly )(?<!almost )(?:giving|give|hand in|handing in) (?:you )?(?:my|our) (?:\d+ days\'? |\w+ months?\'? )?notice\b",
        r"\b(?:i want|we want|let me|get me) out of (?:this|the|my|our) (?:contract|subscription|plan|agreement|membership)\b",
        # (session 26: the customer's own plans they had to call off are the story of the loss: "we've had to cancel the whole
        # thing", read nb-79-057)
        r"(?<!had to )(?<!had to just )\bcancel (?:the whole thing|everything|the lot|it all|all of it)\b",
        r"\b(?:take|get) (?:me|us) off (?:the|this|my|your) (?:\w+ )?(?:plan|subscription|membership|contract|tariff)\b",
        # es
        r"\b(?:anulen|anulad|cancelad|den de baja) (?:mi|el|la|nuestr[oa]) (?:\w+ )?(?:contrato|cuenta|suscripción|línea|tarifa|póliza|abono|servicio|plan)\b",
        r"\b(?:cómo (?:me doy|puedo darme|doy|puedo dar|se da) de baja|(?:tramit(?:ar|en|ad)|gestion(?:ar|en|ad)|proces(?:ar|en|ad)|proced(?:er|an) (?:a|con)) (?:la|mi) (?:baja|cancelación)|cancelad mi|dadme de baja)\b",
        r"\b(?<!\bno )(?:quiero|quisiera|deseo|solicito|me gustaría|queremos|quería|queríamos|querría|querríamos) (?:dar(?:me|nos)? de baja|cancelar|cerrar|rescindir|anular) (?:mi|la|el|nuestr[oa]|de)?",
        r"\b(?<!después de )(?<!tras )(?<!antes de )(?<!no quiero )(?<!no quisiera )(?<!no deseo )(?<!no queremos )(?:darme de baja|dadme de baja|den de baja|cancelen mi|cierren mi|solicito la (?:baja|cancelación)|la baja del servicio|"
        r"(?<!\bno )(?:necesito|quiero|quisiera|deseo|solicito) (?:\w+ )?(?:dar de baja|la baja|cancelar|la cancelación|anular))\b",
        # fr
        r"\b(?:(?:pouvez-vous|pourriez-vous|merci de bien vouloir) (?:résilier|clôturer|fermer|annuler) (?:mon|ma|notre)|comment (?:résilier|clôturer|me désabonner|annuler mon abonnement))\b",
        r"\b(?:je (?:souhaite|voudrais|veux|voulais|souhaitais|souhaiterais|vous demande de)|nous (?:souhaitons|voudrions|voulions|souhaitions|souhaiterions)|merci de) (?:donc |par conséquent |ainsi |dès lors |aujourd'hui )?(?:résilier|clôturer|fermer|annuler) (?:mon|ma|notre|le|la|l'|cette|cet|ce)\b",
        r"(?:(?<=je veux )|(?<=je voudrais )|(?<=je souhaite )|(?<=je souhaiterais )|(?<=je voulais )|(?<=nous voulons )|(?<=nous souhaitons )|(?<=nous voudrions ))(?:résilier|me désabonner|me désinscrire|tout arrêter)(?= ?[,.;!?])",
        r"\b(?:résiliez|clôturez|fermez) (?:mon|ma|le|la)\b", r"\b(?:et )?(?:souhaitons|souhaiterions|voudrions) (?:donc )?(?:résilier|clôturer) (?:le|la|notre|nos|les|l\')", r"\b(?:cerradme|cerradnos|borradme|canceladme) (?:la|mi|el|nuestr[oa]) (?:\w+ )?(?:cuenta|contrato|suscripción|línea|tarifa|póliza|abono|membresía|plan)\b", r"\bannulez(?:-moi)? (?:mon|ma|notre) (?:\S+ )?(?:abonnement|contrat|compte|adhésion|forfait|souscription)\b", r"\b(?:demande de|procéder à la|je demande la) résiliation\b",
        r"\b(?:veuillez|merci de|je vous prie(?: donc| dès lors| par conséquent| en conséquence| ainsi| dès à présent| par la présente)? de) (?:bien vouloir )?(?:résilier|annuler|clôturer|fermer|mettre fin)\b"
        r"(?! (?:les |ces |la |le |cette |ce |ces |mes |ma |mon )?(?:frais|pénalités?|prélèvements?|factures?|majorations?|relances?|virements?|paiements?|débits?|intérêts|agios))",
        # (round 19) ... and the visits, the lessons or the deliveries ended ("mettre fin à nos passages hebdomadaires", "à mes séances")
        r"\bmettre fin à (?:mon|ma|notre|nos|mes) (?:\w+ )?(?:contrat|abonnement|adhésion|forfait|passages|interventions|prestations|inscription|séances|livraisons|cours)\b",
        r"\b(?:je souhaiterais|je désire|je vous informe (?:par la présente |par ce courrier |par ce (?:e-?)?mail |par ce message )?de ma décision de) (?:résilier|annuler|clôturer|mettre fin)\b", r"\brésiliation de (?:mon|ma|notre)\b",
        r"\b(?:me désabonner|me désinscrire|désabonnez-moi)\b",
        # de
        r"\b(?:wie kann ich (?:\w+ ){0,3}kündigen|kündigen sie (?:bitte )?(?:mein|meinen|meine|den|das)|ich möchte (?:\w+ ){0,3}(?:löschen|schließen) lassen)\b",
        r"\b(?:hiermit kündige ich|kündige ich hiermit|hiermit kündigen wir|kündigen wir hiermit|möchte (?:ich )?(?:(?!nicht\b|keinesfalls\b)\w+ ){0,4}kündigen|(?:ich will|ich möchte|wir wollen|wir möchten) (?:(?!nicht\b)\S+ ){1,6}?kündigen|bitte kündigen sie|ich kündige (?:meinen|meine|mein|unseren|unsere|unser|den|das|die|hiermit)|"
        r"kündigung (?:meines|meiner|des|der) (?:\w+ )?(?:vertrag|vertrags|abos?|abonnements?|mitgliedschaft|kontos?)|"
        r"(?:konto|vertrag|abo) (?:bitte )?(?:löschen|schließen|beenden|kündigen)|(?:löschen|schließen|kündigen|beenden) sie (?:bitte )?(?:mein|meinen|meine|unser\w*) (?:\w+ )?(?:konto|kundenkonto|vertrag|abo\w*|mitgliedschaft|account|zugang)|bestätigen sie (?:mir )?(?:bitte )?die kündigung|kündigung zum)\b",
        # class: closing the account of someone else (a bereavement, a parent's line): his/her/their, son/sa, su, sein/ihr
        r"\b(?:please |kindly |can you |could you |would you |(?:grateful|obliged) if you (?:would|could) |and (?:then )?|(?:i |we )?need to |i'd like to |i would like to )(?:cancel|close|terminate|end) "
        r"(?:his|her|their|my late \w+'s|the deceased's|(?:the late )?" + _TITLE + r"\.? [\w-]+(?: [\w-]+)?'s|"
        r"my (?:late )?(?:father|mother|husband|wife|mum|mom|dad|son|daughter|partner|brother|sister)'s) (?:\w+ ){0,2}"
        r"(?:account|subscription|contract|membership|plan|policy|line|service|direct debit)s?\b",
        r"\b(?:dar de baja|cancelar|cerrar|anular) (?:la|el|su) (?:\w+ )?(?:cuenta|línea|contrato|suscripción|póliza|abono|tarjeta) (?:(?:de mi|a nombre de mi) "
        r"(?:padre|madre|marido|mujer|esposo|esposa|hij[oa]|abuel[oa]|herman[oa])|del (?:difunto|fallecido|señor|sr\.)|de (?:la )?(?:difunta|fallecida|señora|sra\.)|de (?:don|doña))\b",
        r"\b(?:résilier|clôturer|fermer|annuler|résiliez|clôturez|fermez|annulez) (?:son|sa|ses|leur) (?:\w+ )?(?:contrat|ligne|compte|abonnement|forfait)\b",
        r"\b(?:résilier|clôturer|fermer|résiliez|clôturez|fermez) (?:le|les|la) (?:compte|comptes|contrat|contrats|abonnement|ligne|carte) (?:\w+ )?(?:de (?:feu |mon (?:défunt |regretté )?"
        r"(?:père|mari|époux|frère|fils|grand-père)|ma (?:défunte |regrettée )?(?:mère|femme|épouse|sœur|fille|grand-mère)|m\. |mme |monsieur |madame )|du défunt|de la défunte)",
        r"\b(?:kündigen|schließen|löschen) sie (?:bitte )?(?:seinen|seine|sein|ihren|ihre|ihr) (?:\w+ )?(?:vertrag|konto|abo\w*|anschluss|mitgliedschaft|zugang)\b",
        # class (session 12): the closing asked with "ich bitte Sie, ... zu kündigen" (a card, a late husband's contract)
        r"\b(?:bitte|bitten) (?:ich |wir )?(?:sie|euch),? (?:(?!nicht\b)\S+ ){0,6}?zu (?:kündigen|schließen|löschen|beenden|auflösen)\b",
        # class (session 9): the German imperative to several people ("Kündigt mein Abo bitte direkt", "bitte löscht meinen Account"),
        # and the polite past of wanting ("ich wollte mein Abo kündigen"), as "quería cancelar", "je voulais résilier"
        r"\b(?:kündigt|löscht|schließt|beendet|storniert) (?:ihr )?(?:(?:danach|dann|anschließend|sofort|umgehend|gleich|einfach|endlich) )?(?:bitte )?(?:mein|meinen|meine|unser|unseren|unsere) (?:\S+ ){0,2}?(?:abo|abonnement|vertrag|konto|account|kundenkonto|mitgliedschaft|zugang|tarif)\w*\b",
        r"\bwollte (?:ich |wir )?(?:gerne |gern |nur |eigentlich )?(?:mein|meinen|meine|unser|unseren|unsere) (?:\S+ ){0,4}?(?:kündigen|beenden|schließen lassen)\b",
        # class (session 9): the cancelling announced in the present with nothing or a contract after it ("I am cancelling, I expect the
        # full deposit back"); a condition before it makes it a threat to leave (core._conditional_cancel_as_churn)
        r"(?:(?<=\bi'm )|(?<=\bi am )|(?<=we're )|(?<=we are )|(?<='m hereby )|(?<=am hereby )|(?<='m now )|(?<=am now )|(?<='re now ))cancell?ing(?= ?[,.;!]| (?:the|my|our|this) (?:contract|agreement)\b| with immediate effect| effective)",
        # class (session 9): auto-renewal switched off, said any way round ("please switch off auto-renew for the domain", "turn the
        # auto-renewal off", "desactivad la renovación automática", "désactivez le renouvellement automatique", "die automatische
        # Verlängerung bitte deaktivieren"); "I switched it off and you still renewed" is a story
        # (read from the renewal, the rarer word, with the verb behind it)
        _after(("switch off", "turn off", "toggle off", "disable", "deactivate", "stop", "cancel", "remove"), ("", "the ", "my ", "our "))
        + r"(?:automatic renewal|auto-?renew(?:al|ing)?)\b",
        _after(("switch", "turn"), ("", "the ", "my ", "our ")) + r"(?:automatic renewal|auto-?renew(?:al)?) off\b",
        _after(("desactivar", "desactivad", "desactiven", "desactive", "quitar", "quitad", "quiten", "cancelar", "cancelad", "cancelen"),
               ("", "la ", "mi ")) + r"renovación automática\b",
        _after(("désactiver", "désactivez", "supprimer", "supprimez", "arrêter", "arrêtez", "annuler", "annulez", "couper", "coupez"),
               ("", "le ", "mon ")) + r"renouvellement automatique\b",
        r"\b(?:automatische|automatischen) verlängerung (?:\S+ ){0,2}?(?:deaktivieren|abschalten|ausschalten|abstellen|stoppen|beenden)\b|\b(?:deaktivieren|stoppen|beenden) sie (?:bitte )?die automatische verlängerung\b",
        # class (session 9): asking how to cancel, with nothing after ("How do I actually cancel?"), and wanting the named plan
        # cancelled ("I want my PawStride Premium cancelled today"); an order, a booking or a card cancelled is not the account
        r"\bhow (?:on earth |the hell )?(?:do|can) (?:i|we|you) (?:actually |even |just |finally |possibly )?(?:cancel|unsubscribe)(?= ?[?.!])",
        r"(?:(?<=\bi )|(?<=\bwe ))(?:want|need|would like) (?:my|our) (?:(?!order|orders|booking|bookings|flight|payment|payments|card|delivery|appointment|reservation|"
        r"tickets?|transfer|trip|visit|refund)[\w-]+ ){1,3}?(?:cancell?ed|closed|terminated|shut down)\b",
        r"\b(?:i|we)'d like (?:my|our) (?:(?!order|orders|booking|bookings|flight|payment|payments|card|delivery|appointment|reservation|"
        r"tickets?|transfer|trip|visit|refund)[\w-]+ ){1,3}?(?:cancell?ed|closed|terminated|shut down)\b",
        # class: a plain "just cancel it", fed up or not
        r"\b(?:just|so|then|please just) (?:cancel|close|terminate) (?:it|the (?:whole )?(?:thing|lot)|everything)\b",
        # (round 19) ... and the bare imperative opening a sentence ("Cancel it and refund the lot.", "Cancel it, now."); asked ("Cancel
        # it? No, keep it") it is not
        r"(?:^|(?<=[.!?] )|(?<=[.!?]  ))(?:please )?cancel it(?= and\b|\s*[,.!]|\s*$| (?:now|today|immediately|straight away|from (?:today|now)|please)\b)",
        # class: the request named as a noun after "to request" / "solicitar" / "demander" / "beantragen"
        r"\b(?:writing to|would like to|i'd like to|i wish to|want to) request (?:the )?(?:cancell?ation|closure|termination) of\b",
        r"\b(?:solicitar|pedir|tramitar|gestionar) (?:la )?(?:baja|cancelación|rescisión)\b",
        r"\b(?:demander|solliciter) la (?:résiliation|clôture|fermeture)\b",
        r"\bkündigung (?:\w+ ){0,3}(?:beantragen|einreichen)\b",
        # class: asking for the cancellation to be confirmed ("wir bitten um schriftliche Bestätigung der Kündigung", "please
        # confirm the cancellation", "confirmez-moi la résiliation", "confírmenme la baja")
        r"\b(?:bitte[nr]? (?:\w+ )?um (?:eine |die )?(?:schriftliche )?bestätigung (?:der|meiner|unserer) kündigung|kündigung (?:\w+ ){0,2}(?:bitte )?(?:schriftlich )?bestätigen)\b",
        r"\b(?:confírm\w*|confirmen|confirmad|confirmar(?:me|nos)?) (?:\w+ ){0,2}(?:la|mi|nuestra) baja\b",
        # class: German wish to cancel with a date or a product name between ("meinen Vertrag zum 30.06. kündigen")
        r"\b(?:möchte|möchten|würde gerne?|würden gerne?|will|wollen) (?:ich |wir )?(?:gerne? )?(?:(?!nicht\b)[\w.\-]+ ){0,5}kündigen\b",
        # class: deleting the account itself, in fr/es ("tu peux supprimer mon compte ?", "la suppression de mon compte client",
        # "eliminad mi cuenta", "quiero borrar mi cuenta"); en "delete my account" and de "Konto löschen" are above
        r"\b(?:supprimer|supprimez|supprime|suppression de|fermeture de|clôture de) (?:mon|ma|notre) (?:compte|profil|abonnement|espace client|adhésion|contrat)\b",
        r"\b(?:eliminar|borrar|eliminad|borrad|eliminen|borren|eliminación de|cierre de) (?:mi|la|nuestra) (?:cuenta|suscripción|perfil)\b",
        # class: the imperative with the thing and its reference and no "my" ("Cancel contract SUN-6K-1187", "terminate agreement
        # 88123", "cancel subscription #4411"), and a cancel timed to the end of the term ("please cancel at the end of the term")
        r"\b(?:cancel|terminate|close|end) (?:contract|agreement|subscription|membership|account|policy|plan|licen[cs]e|service|line|tariff) (?:no\.? |number |ref\.? |#)?[a-z]*[-/]?\d[\w/-]*\b",
        r"\b(?:please |kindly |can you |could you |i'd like you to |so )?(?:cancel|terminate|close|end) (?:it |this |everything |the (?:account|contract|service|subscription|plan|agreement|tariff) )?"
        r"(?:at|from|on|as of|effective|with effect from|when|after) (?:the )?(?:end|expiry|close|last day) of (?:the |my |our |this )?(?:term|contract|month|billing (?:period|cycle)|period|tariff|fix|notice period|minimum term|year)\b",
        # class: giving notice on a rental, a unit, a contract ("I'd like to give notice on unit 42", "I'm giving notice", "je donne mon
        # préavis", "le doy el preaviso", "ich kündige fristgerecht zum 30.09.")
        r"\b(?:i'd like to|i would like to|i wish to|i want to|i'm writing to|i am writing to|we'd like to|we would like to|we wish to|please accept (?:this as )?(?:my|our)) ?(?:give|serve|hand in)?(?: you)? ?(?:my |our |formal |written |the required |one month's |\d+ days'? )*notice\b(?! (?:period|of (?:a|the) (?:price|change|increase)))",
        r"\b(?:i'm|i am|we're|we are|i hereby|we hereby|hereby) (?:formally )?(?:giving|serving|handing in|give|serve) (?:you )?(?:my |our |formal |written |\w+ months?'? |\d+ days'? )*notice\b(?! (?:period|of (?:a|the) (?:price|change|increase)))",
        r"\b(?:je (?:vous )?(?:donne|adresse|envoie|transmets|notifie) (?:mon|notre|le) (?:préavis|congé)|(?:nous|je) (?:vous )?donnons (?:notre|le) préavis|(?:voici|ceci est) (?:mon|notre) préavis|"
        r"préavis de (?:départ|résiliation|sortie)|je (?:libère|quitte|rends) (?:le|mon|notre) (?:box|garde-meubles|logement|local|emplacement|appartement))\b",
        r"\b(?:le|les|os) (?:doy|damos|comunico|comunicamos) (?:el |mi |nuestro )?preaviso\b|\bpreaviso de (?:baja|salida|resolución)\b|\b(?:les|le) comunico (?:mi|nuestra) (?:baja|decisión de (?:no renovar|darme de baja|rescindir))\b",
        r"\b(?:kündige|kündigen) (?:ich |wir )?(?:hiermit |fristgerecht |ordentlich |fristlos )*(?:zum|fristgerecht|ordentlich|fristlos|per)\b",
        # class: asking to cancel a booking, stay or appointment now ("please cancel my booking RC-55810", "je dois annuler mon
        # rendez-vous", "anulen mi reserva", "bitte stornieren Sie meine Buchung") — an order is left out: "cancel my order" is
        # usually a delivery problem, and cancelling to rebook is rescheduling
        r"\b(?:please |kindly |can you |could you )?(?:cancel|call off) (?:my|our|the|this) (?:\w+ )?(?:booking|reservation|appointment|stay|tickets?|session|class|lesson|visit)\b(?! (?:unless|if|or))(?![^.\n]{0,60}\b(?:rebook|re-book|reschedul\w+|book (?:it|another|a new)))",
        r"\b(?:je dois|il faut que j'|je souhaiterais|nous devons) ?(?:annuler|annule|résilier|résilie) (?:mon|ma|notre|nos|le|la|l')",
        r"\b(?:tengo que|tenemos que|necesitamos|debo) (?:cancelar|anular|dar de baja)\b|\b(?:cancelen|anulen|cancelad|anulad) (?:mi|la|nuestra|el) (?:\w+ )?(?:reserva|cita|estancia)\b",
        r"\b(?:stornieren|annullieren) sie (?:bitte )?(?:meine|meinen|mein|unsere|unseren|die|den|das)\b(?! (?:\S+ )?(?:mahnung|mahngebühr|gebühr|lastschrift|abbuchung|belastung|rechnung|zahlung|überweisung|doppelbuchung|doppelte|zinsen|säumnis|strafgebühr)\w*)|\b(?:muss|müssen|möchte|möchten) (?:ich |wir )?(?:\S+ ){0,5}(?:stornieren|absagen)\b|"
        r"\b(?:trete|treten) (?:ich |wir )?hiermit (?:\w+ )?(?:vom|von dem) (?:vertrag|kaufvertrag|kauf|auftrag) zurück\b|\bhiermit (?:widerrufe|erkläre) ich (?:den|meinen|hiermit den|den rücktritt)\b",
        # class: "I've decided not to renew" / "I no longer wish to continue", with a request to stop ("please don't renew it")
        r"\b(?:please )?(?:do not|don't) (?:let (?:it|the \w+) )?(?:auto-?)?renew (?:it|this)\b|\bplease (?:stop|end) the (?:auto-?)?renewal\b",
        # class (session 10): the closing wished of the company, in the subjunctive or as the second of two things wanted ("quiero que
        # cierren mi cuenta", "I want the add-on refunded and my account closed", "danach möchte ich das Kartenkonto ganz schließen"),
        # and the card account closed ("close the card"; a lost card is blocked or frozen). French "je veux que vous fermiez mon compte"
        # was tried and cost a false cancel on an unread writer: left out.
        r"\b(?:quiero|quisiera|exijo|pido|solicito) que (?:me )?(?:cancelen|cierren|den de baja|anulen|eliminen|borren) (?:mi|la|el|nuestr[oa]) (?:\w+ )?(?:cuenta|contrato|suscripción|línea|tarifa|póliza|abono|servicio|plan|membresía)\b",
        r"\band (?:my|our) (?:\w+ )?(?:account|subscription|membership|contract|plan) (?:cancell?ed|closed|terminated|shut down|deleted)(?= ?[,.;!]|$)",
        r"\b(?:möchte|möchten|will|wollen|würde gerne?) (?:ich |wir )?(?:\S+ ){0,4}?(?:\w*konto|\w*vertrag|abo\w*|mitgliedschaft|account|zugang) (?:ganz |komplett |endgültig )?"
        r"(?:schließen|löschen|beenden|auflösen)\b",
        r"\bclose (?:my|the|this|our) (?:credit )?card(?: account)?(?= ?[,.;!]|$| (?:now|today|please|as well|too))",
        # class (round 17, det17c): the wish to cancel in German with a whole reference, a date and a reason between the verb and
        # "kündigen" / "stornieren" in one sentence ("möchte ich unsere zwei Stellplätze (Vertrag X-11) zum Ende des Quartals,
        # also zum 30.06., kündigen", "muss ich unsere Fahrt am 18. August (Buchung ..., 2 Erwachsene) stornieren"); not a question
        # whether or how ("möchte wissen, ob ich kündigen kann"), not a negation
        r"\b(?:möchte|möchten|muss|müssen|will|wollen|würde gerne?|würden gerne?) (?:ich |wir )?(?:gerne? |leider )?"
        r"(?:(?!(?:nicht|kein\w*|ob|wie|wann|wissen|erfahren|fragen|falls|wenn|bevor|ehe|eventuell|vielleicht)\b)"
        r"(?:\d{1,2}\.(?:\d{1,2}\.)?(?:\d{2,4})?|[^\s.!?]+|\(?[a-zäöü]{1,3}\.)[,;:)]* ){6,16}?(?:kündigen|stornieren)\b",
        # ... the notice given as news told to the firm, the formula and the verb apart ("je vous informe par la présente de ma
        # décision de résilier", "je vous prie en conséquence de bien vouloir résilier" above; "Hiermit teile ich Ihnen mit, dass ich
        # den Wartungsvertrag kündige")
        r"\b(?:teile|teilen) (?:ich |wir )?(?:ihnen |euch )?(?:hiermit |mit diesem schreiben |auf diesem wege )?mit,? dass (?:ich|wir) "
        r"(?:(?!nicht\b|kein\w*\b)\S+ ){0,6}?(?:hiermit )?(?:kündige|kündigen|storniere|stornieren)\b",
        # ... the deletion of the account as a noun ("die Löschung meines Kundenkontos", "the deletion of my account", "la supresión
        # de mi cuenta"); the deletion of their data alone is a privacy request, not a cancel
        r"\blöschung (?:meines|unseres|des) (?:\w+ )?(?:kontos|kundenkontos|accounts|benutzerkontos|nutzerkontos|mitgliedskontos|profils|zugangs)\b|"
        r"\b(?:deletion|closure) of (?:my|our) (?:\w+ )?(?:account|profile|membership)\b|\b(?:supresión|baja) de (?:mi|nuestra) (?:cuenta|suscripción|membresía)\b",
        # ... the account wanted closed as the second of two things asked for ("I want the charges refunded and the account closed
        # today", "je veux le remboursement et la fermeture de mon compte" is above); a story ("I paid and the account closed in May")
        # has no wish before it
        r"\b(?:i|we) (?:want|need|expect|would like|'d like) [^.!?\n]{0,80}? and (?:the|my|our|this) (?:\w+ )?(?:account|subscription|membership|contract|plan|policy) "
        r"(?:cancell?ed|closed|terminated|shut down|deleted)\b(?= ?[,.;!]|$| (?:today|now|immediately|straight away|right away|as well|too)\b)",
        # class (session 10, second batch): not wishing to go on with the service, said now ("I no longer wish to continue with the service",
        # "ya no quiero seguir con el gimnasio", "je ne souhaite plus continuer mon abonnement", "ich möchte das Abo nicht weiterführen"),
        # and "arrêter mon abonnement" beside "résilier"
        r"\b(?:i|we) (?:no longer|do not|don't) (?:wish|want) to (?:continue|carry on) (?:with )?(?:the|my|our|this) (?:\w+ )?(?:service|subscription|membership|contract|plan|account|policy)\b|"
        r"\b(?:i|we) no longer wish to (?:continue|carry on)(?= ?[,.;!])",
        r"\b(?:ya )?no (?:quiero|deseo|quisiera|queremos|deseamos) (?:seguir|continuar) (?:con|en) (?:el|la|mi|nuestr[oa]) (?:\w+ )?(?:servicio|suscripción|contrato|cuenta|plan|tarifa|abono|gimnasio|membresía)\b",
        r"\b(?:je ne souhaite plus|nous ne souhaitons plus|je ne veux plus|je ne désire plus) (?:continuer|poursuivre|garder|conserver) (?:mon|ma|notre|le|la|l') ?(?:\w+ )?(?:abonnement|contrat|compte|forfait|service|adhésion|offre)\b",
        r"\b(?:möchte|möchten|will|wollen) (?:ich |wir )?(?:das|den|die|mein|meinen|meine|unser|unseren|unsere) (?:\S+ )?(?:abo|abonnement|vertrag|mitgliedschaft|konto|tarif|service)\w* nicht (?:mehr )?(?:weiterführen|fortführen|fortsetzen|weiter nutzen|behalten)\b",
        r"\b(?:je (?:souhaite|voudrais|veux|souhaiterais)|nous (?:souhaitons|voudrions)) (?:arrêter|stopper|mettre un terme à) (?:mon|ma|notre) (?:abonnement|contrat|adhésion|forfait)\b",
        # class (session 11): the closing asked in the Spanish second person plural or the subjunctive after a first wish ("Devolvedme
        # el dinero y cerrad la cuenta", "quiero el reembolso y que me deis de baja", "cierren mi cuenta"), and the German performative
        # with "hiermit" after the verb or a second verb ("hiermit storniere ich die Reise", "ich storniere hiermit die Bestellung und
        # kündige das Konto"); a fee, a reminder or a payment cancelled is not the account (below)
        r"\b(?:cerrad|cierren|cierre|borrad|eliminad|dad de baja|cancele|cancelen|anule) (?:ya |del todo |de una vez )?(?:la|mi|el|nuestr[oa]) (?:\w+ )?(?:cuenta|contrato|suscripción|línea|tarifa|póliza|abono|membresía|plan)\b",
        r"\b(?:quiero|quisiera|pido|os pido|les pido|solicito|exijo|necesito|y) que (?:me|nos) (?:deis|den|dé|déis) de baja\b",
        r"\b(?:hiermit storniere ich|storniere ich hiermit|ich storniere hiermit)\b",
        r"\bund (?:kündige|storniere) (?:hiermit |auch |gleich |zugleich )?(?:das|den|die|mein|meinen|meine|unser|unseren|unsere) (?:\S+ )?(?:konto|kundenkonto|vertrag|abo|abonnement|mitgliedschaft|account|zugang|tarif)\w*\b",
        # class (round 16): the notice or the withdrawal told calmly, without "my" ("I need to give notice for Theo", "we'd like to give
        # four weeks' notice"; not notice given to a landlord), a child's place or enrolment given up ("Os escribo para cancelar la plaza
        # de mi hija", "je vous écris pour annuler l'inscription de mon fils", "wir möchten den Platz unserer Tochter kündigen")
        r"\b(?:need to|have to|must|would like to|want to|'d like to|writing to|wish to|hereby) give (?:you )?(?:our |my |formal |written |the |(?:\w+|\d+) (?:weeks?|months?|days?)'? )?notice\b"
        r"(?! (?:to|on) (?:our|my|the) (?:landlord|flat|house|job|employer|tenants?|lease))",
        r"\b(?:os|les|le|te) (?:escribo|escribimos|contacto|contactamos) para (?:cancelar|anular|dar de baja|darme de baja|darnos de baja|rescindir)\b|"
        r"\b(?:cancelar|anular|dar de baja) (?:la|su) (?:plaza|matrícula|inscripción) (?:de|del) (?:mi|nuestr[oa])\b|"
        r"\b(?:je vous écris|nous vous écrivons) pour (?:résilier|annuler|clôturer|mettre fin)\b|\b(?:annuler|résilier) (?:l'inscription|la place) de (?:mon|ma|notre|nos)\b|"
        r"\b(?:cancel|withdraw) (?:my|our) (?:son|daughter|child|kids?|children)(?:'s|s') (?:place|enrol?ment|registration|booking|spot)\b|"
        r"\b(?:den|seinen|ihren) (?:\w+)?platz (?:unseres|unserer|meines|meiner) (?:sohnes|tochter|kindes|kinder) (?:\w+ ){0,3}?(?:kündigen|stornieren|abmelden)\b",
        # class (round 18): an order cancelled now in Spanish and French with the politeness before it ("¿podéis cancelar mi pedido?",
        # "merci d'annuler ma commande"), as "quiero anular el pedido" and "pouvez-vous annuler ma commande" were already read. (The
        # English "please cancel my order" stays out: the corpus's annotator leaves it without the cue, tests/unit/test_detector_cue_classes.py.)
        r"\b(?:podéis|podrían|puede|pueden|podrías) (?:por favor )?(?:cancelar|anular)(?:me)? (?:el|mi) pedido\b|\b(?:merci d'|je vous prie d'|pourriez-vous |pouvez-vous )?annul(?:er|ez) (?:ma|la|notre) commande\b",
        # class (round 18): an application withdrawn, a seller's shop closed ("Please withdraw my mortgage application", "close my shop
        # (SanaStitches)", "retiren mi solicitud", "veuillez retirer ma demande de prêt", "ziehen Sie meinen Antrag zurück")
        r"\b(?:please |kindly )?withdraw (?:my|our) (?:\w+ ){0,2}?application\b|\bretir(?:en|ad|ar) (?:mi|nuestra) solicitud\b|\bretirer (?:ma|notre) (?:demande|candidature|dossier)\b|"
        r"\b(?:ziehen sie|zieht) (?:bitte )?(?:meinen|unseren) (?:\w+)?antrag (?:\S+ ){0,3}?zurück\b",
        r"(?:(?<=^)|(?<=[.!?:;] )|(?<=please )|(?<=and )|(?<=then )|(?<=you to )|(?<=like to ))(?:close|shut down|delete|deactivate) (?:my|our) (?:\w+ )?(?:shop|store|storefront|seller account)\b",
        # class (round 18): the closing asked in a subordinate clause ("que cerréis la cuenta entera", "que vous fermiez mon compte", "ich
        # fordere Sie auf, ... meinen Vertrag mit sofortiger Wirkung zu kündigen", "request that the account be closed")
        r"(?<!no quiero )(?<!no queremos )\bque (?:me |nos )?(?:cerréis|cierren|cierre|canceléis|cancelen|cancele|anuléis|anulen|anule|deis de baja|den de baja|rescindáis|rescindan) "
        r"(?:la|el|mi|nuestr[oa]|toda la|todo el) (?:\w+ )?(?:cuenta|suscripción|contrato|servicio|línea|membresía|póliza|abono|plan)\b",
        r"(?<!pas )\bque vous (?:fermiez|clôturiez|résiliiez|annuliez) (?:mon|ma|notre|le|la) (?:compte|contrat|abonnement|adhésion|forfait|ligne)\b",
        r"\b(?:fordere|fordern|ersuche|ersuchen)\b[^!?\n]{0,160}?\b(?:meinen|meine|mein|unseren|unsere|unser|den|das|die) (?:\S+ ){0,3}?(?:vertrag|abo|abonnement|mitgliedschaft|konto|tarif)\w* "
        r"(?:\([^)\n]{1,40}\) )?(?:\S+ ){0,4}?zu kündigen\b",
        r"\b(?:request|ask|asking|requesting) that (?:the|my|our|his|her) (?:\w+ )?(?:account|subscription|membership|contract|policy)s? (?:\w+ )?be (?:closed|cancell?ed|terminated)\b",
    ],
    # Says they already cancelled (and, typically, are still charged).
    "already_cancelled": [
        # class (round 14, read on round 13): a cancelling told with its date, whatever was cancelled ("I cancelled the 'Euro Roam
        # Plus' add-on on 20 February", "I deleted my account with you in November"), and with no subject at a sentence's start
        # ("Cancelled my Delivery Saver on 10 Feb"); an order or a booking cancelled is left to the pattern below, which wants the charge
        r"(?:\b(?:i|we)(?:'ve| have| had)? (?:already )?|(?:^|(?<=[.!?] )|(?<=\n)))(?:cancell?ed|deleted|closed|terminated) (?:my|our|the) "
        r"(?!(?:\S+ ){0,2}?(?:order|orders|booking|bookings|reservation|appointment|tickets?|flight|lesson|class|item|card|cards|cheque|payment|transfer)\b)(?:\S+ ){0,5}?"
        r"(?:on|in|back in|last) (?:the )?(?:\d{1,2}(?:st|nd|rd|th)?\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\w*\b|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year)\b)",
        # class (session 7): a booking or an order cancelled and money taken for it all the same ("I cancelled my booking on
        # the 2nd ... Yet a £300 deposit was still taken")
        # (round 19) the thing named by its reference in place of the article ("I cancelled order 55-A190 ... yet it was charged",
        # "I cancelled policy AMI-3310875 on 15 January": 5 of 7 read lines labelled so)
        rf"\b(?:i|we)(?:'ve| have| had)? (?:already )?cancell?ed (?:(?:my|our|the) |{_BY_REF})(?:\S+ ){{0,3}}?(?:booking|order|reservation|trip|stay|tickets?|appointment|lesson|class)\b"
        r"(?=[^\n]{0,200}?\b(?:still|anyway|yet|nevertheless|regardless|all the same)\b[^\n]{0,60}?\b(?:taken|charged|debited|billed|took|deducted|collected)\b)",
        rf"\b(?:i|we)(?:'ve| have| had)? (?:already )?(?:cancell?ed|closed|terminated|ended) (?:(?:my|our|the) |{_BY_REF})(?:\w+ ){{0,3}}"
        r"(?:account|subscription|contract|membership|plan|service|policy|permit|pass|licen[cs]e|direct debit|box|tariff|line)\b",
        r"\b(?:i|we)(?:'ve| have| had)? (?:already )?cancell?ed (?:it |(?:my|our) (?:subscription|membership|plan|account|trial|pass|permit) )?(?:through|via|in|on|using|from) (?:the )?(?:app store|google play|apple|itunes|website|app|online|portal|my account)\b",
        r"\b(?:after|since|despite|even though) (?:i|we)(?:'d| had)? (?:cancell?ed|closed|terminated)\b",
        r"\b(?:after|despite|since) (?:my |our )?cancell?(?:ing|ation)\b", r"\b(?:i|we) (?:already )?cancell?ed\b(?=(?: and| but| on| in| last| within| straight| right| immediately| the (?:same|next|day|very)| weeks| months| days| over| via| through| online| by (?:phone|email|letter|post))\b|\.|,|;| ?—)",
        # class: the cancelling told as the second half of a contact ("I phoned on 2 February and closed his contract"), or
        # the company's confirmation of it ("you confirmed my cancellation", "me confirmaron la baja", "vous m'avez confirmé
        # la résiliation", "Sie haben mir die Kündigung bestätigt")
        r"\band (?:cancell?ed|closed|terminated) (?:my|our|his|her|their|the) (?:late \w+'s )?(?:\w+ ){0,2}(?:account|subscription|contract|membership|plan|policy|line|direct debit)\b",
        r"\b(?:you|they) (?:have |had )?confirmed (?:my|our|the) cancell?ation\b|\bcancell?ation (?:was |had been |has been )?confirmed\b",
        # (session 23) ... or told as gone through with its date ("my cancellation went through on 2 March"), and a plan left in
        # the word of an unsubscribe ("I unsubscribed from the premium plan in June"); unsubscribing from emails is no plan left
        r"\b(?:my|our|the) cancell?ation (?:went through|was processed|was accepted|took effect|was effective|became effective) (?:on|in|at the end of|from|back in|last)\b|"
        r"\b(?:i|we)(?:'ve| have| had)? (?:already )?unsubscribed from (?:the|my|our|your) (?:\S+ ){0,2}?(?:plan|subscription|membership|tier|service|box)\b",
        # class (session 8): the company's confirmation thanked or pointed to, and the cancelling told in the passive ("Thank you
        # for confirming my cancellation", "as your own email confirms, my subscription was cancelled effective 30 June",
        # "gracias por confirmar la baja", "merci d'avoir confirmé la résiliation", "danke für die Bestätigung meiner Kündigung").
        # A plain "please confirm my cancellation" asks to cancel; an account closed "without warning" was closed by the company.
        r"\b(?:for|after|despite|since) (?:confirming|having confirmed|your confirmation of) (?:my|our|the) cancell?ation\b",
        # (read from the noun: "my", "our" and "the" open far too many words to try the pattern at each of them)
        r"\b(?:account|subscription|contract|membership|plan|policy|service|direct debit|tariff|line)s?(?: \([^)\n]{1,30}\))? "
        r"(?:was|were|had been|has been|have been) (?:cancell?ed|closed|terminated|ended)\b"
        r"(?= (?:effective|with effect|as of|from the|on (?:the )?\d+|in (?:january|february|march|april|may|june|july|august|september|october|november|december)|at the end of|back in|last (?:month|week|year)|(?:\d+|a|one|two|three|four|five|six|several|a few|a couple of) (?:days|weeks|months) ago|weeks ago|months ago))"
        r"(?![^.\n]{0,60}\b(?:without (?:my|our|any|warning|notice)|by mistake|in error|for no reason|against my)\b)",
        r"\b(?:gracias por|después de|tras) (?:confirmar(?:me|nos)?|habernos confirmado|haberme confirmado) (?:la|mi|nuestra) (?:baja|cancelación)\b",
        r"\b(?:mi|la|nuestra) (?:suscripción|cuenta|póliza|tarifa|línea|membresía) (?:quedó|fue|ha sido|había sido|quedaba|está|estaba) (?:cancelada|dada de baja|anulada|rescindida)"
        r"(?= (?:con fecha|el \d|desde|a partir|en (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)))"
        r"(?![^.\n]{0,60}\b(?:sin (?:previo aviso|aviso|mi|nuestro|motivo)|por error)\b)",
        r"\b(?:mi|el|nuestro) (?:contrato|abono|servicio|seguro|plan) (?:quedó|fue|ha sido|había sido|quedaba|está|estaba) (?:cancelado|dado de baja|anulado|rescindido)"
        r"(?= (?:con fecha|el \d|desde|a partir|en (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)))"
        r"(?![^.\n]{0,60}\b(?:sin (?:previo aviso|aviso|mi|nuestro|motivo)|por error)\b)",
        r"\b(?:merci (?:de|d')|après) (?:m'avoir |nous avoir |avoir )?confirmé (?:la|ma|notre) résiliation\b",
        r"\b(?:mon|ma|notre) (?:abonnement|contrat|compte|forfait|assurance|adhésion) (?:a été|avait été|est) (?:résiliée?|clôturée?|annulée?)"
        r"(?= (?:le \d|au \d|depuis|à compter|à partir|avec effet|en (?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)))"
        r"(?![^.\n]{0,60}\b(?:sans (?:préavis|prévenir|mon accord|raison|motif)|par erreur)\b)",
        r"\b(?:danke für|nach|trotz) (?:die|der|ihre|ihrer) (?:schriftliche[rn]? )?bestätigung (?:meiner|unserer|der) kündigung\b|\b(?:trotz|laut|nach) (?:ihrer |der )?kündigungsbestätigung\b",
        r"\b(?:mein|meine|unser|unsere) (?:vertrag|abo|abonnement|konto|mitgliedschaft|tarif|versicherung)\w* (?:wurde|ist|war) (?:bereits |schon )?"
        r"(?:zum|am|mit wirkung zum|seit dem|seit) (?:\S+ ){0,3}?(?:gekündigt|beendet|storniert)\b(?![^.\n]{0,40}\bohne\b)",
        # class (session 9): the service cancelled by its name, with when ("I cancelled FreshCrate on January 14th", "we cancelled the
        # Pro plan back in March"); an order, a booking or a card is another story
        r"(?:(?<=\bi )|(?<=\bwe )|(?<='ve )|(?<=\bhave )|(?<=\bhad )|(?<=already ))cancell?ed (?:(?!order|orders|booking|bookings|flight|reservation|appointment|delivery|card|payment|trip|tickets?|visit)[\w-]+ ){1,3}?"
        r"(?:on (?:the )?\d+|on (?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
        r"in (?:january|february|march|april|may|june|july|august|september|october|november|december)|back in|last (?:week|month|year)|at the end of|before the|weeks ago|months ago)\b",
        # class (round 15): the cancelling told without "I" at a sentence's start, dated by "ago" ("Cancelled my plan 3 weeks
        # ago.", "Cancelled ParkPal Plus a month ago", "Cancelada hace dos semanas", "Résilié il y a un mois", "Vor drei Wochen
        # gekündigt"); an order or a booking cancelled is the company's act or another story
        r"(?:^|(?<=[.!?] )|(?<=\n))cancell?ed (?:(?!order|orders|booking|bookings|flight|reservation|appointment|delivery|card|payment|trip|tickets?|visit|transfer)[\w-]+ ){1,4}?"
        r"(?:\d+|a|an|one|two|three|four|five|six|several|a few|a couple of) (?:days?|weeks?|months?) ago\b",
        r"(?:^|(?<=[.!?] )|(?<=\n))(?:cancelad[oa]|dad[oa] de baja|me di de baja|di de baja) (?:(?!pedido|reserva|vuelo|cita|entrega)[\w-]+ ){0,4}?hace (?:\d+|un|una|dos|tres|cuatro|unos|unas|varias|varios) \w+",
        r"(?:^|(?<=[.!?] )|(?<=\n))(?:résiliée?|clôturée?|désabonnée?) (?:(?!commande|réservation|vol|rendez-vous)[\w-]+ ){0,4}?(?:il y a|depuis) (?:\d+|un|une|deux|trois|quatre|quelques|plusieurs) \w+",
        r"(?:^|(?<=[.!?] )|(?<=\n))vor (?:\d+|einer?|zwei|drei|vier|fünf|sechs|einigen|mehreren) (?:tag|tagen|woche|wochen|monat|monaten) (?:\S+ ){0,3}?gekündigt\b",
        # class (session 9): the notice told as given ("gave the 30 days' notice in writing", "di el preaviso", "j'ai donné mon préavis");
        # "I'd like to give notice" asks to cancel (cancel_request's)
        r"(?:(?<=\bi )|(?<=\bwe )|(?<='ve )|(?<=have )|(?<=had )|(?<=, )|(?<=and ))(?:already )?(?:gave|given|handed in|served|sent) (?:you )?(?:(?:my|our|the|your) |(?=(?:\d+|one|two|three|four|thirty|sixty|ninety)[- ](?:days?|weeks?|months?)))(?:written |formal )?"
        r"(?:(?:\d+|one|two|three|four|thirty|sixty|ninety|full|required)[- ](?:days?|weeks?|months?)'?s?'? )?(?:written )?notice\b",
        # ... (session 23) and told bare with when or what for, then charged all the same ("I gave notice in January ... £845 went
        # out of my account on 1 April", nb-49-091; "I gave notice on my desk back in October ... December's invoice still has
        # the full £285", nb-63-087). Without a charge after it (round 16 tried the bare notice: a false hit on held-out lines).
        r"\b(?:i|we)(?:'d| had)? (?:gave|given|handed in|served) (?:you |them )?notice (?:in|on|back in|last|at the end of|before|for) (?!(?:the |a )?(?:fault|problem|issue|defect|leak|damage)\b)"
        r"(?=[\s\S]{0,400}?\b(?:went out|taken|took|charged|billed|invoiced?|debited|collected|still (?:has|shows|charging|billing))\b)",
        r"\b(?:di|dimos|he dado|hemos dado|entregué|envié) (?:el|mi|nuestro) preaviso\b|\b(?:j'ai|nous avons) (?:déjà )?(?:donné|envoyé|adressé|posé) (?:mon|notre|le) préavis\b",
        # class: a cancel asked for by phone or letter and said to be done ("I rang on the 5th to cancel her policy and the lady
        # said it was done", "llamé para dar de baja el seguro y me dijeron que ya estaba", "on m'a dit que c'était fait")
        # (session 23: ... or in the next sentence, "I phoned on 28 December to cancel her policy. The lady I spoke to was kind
        # and said it was done", round 24's nb-70-008)
        r"\bto (?:cancel|close|end|terminate)\b[^.\n]{0,80}?(?:\.\s+[^.\n]{0,60}?)?\b(?:said|told me|confirmed|assured me|promised)\b(?: (?:me|us))?(?: that)?(?: it| this| everything| the \w+)?"
        r"(?: was| had been| has been| would be)? (?:all )?(?:done|cancell?ed|sorted|processed|closed|dealt with|taken care of)\b",
        r"\bpara (?:cancelar|dar de baja|anular)\b[^.\n]{0,80}?\b(?:me dijeron|me confirmaron|me aseguraron)\b(?: que)?(?: ya)? (?:estaba|quedaba|había quedado)\b",
        r"\bpour (?:résilier|annuler|clôturer)\b[^.\n]{0,80}?\bon m'a (?:dit|confirmé|assuré) (?:que )?(?:c'était|c'est|tout était) (?:fait|réglé|bon)\b",
        r"\b(?:me|nos) (?:confirmaron|confirmasteis|confirmó|han confirmado|habéis confirmado|ha confirmado) (?:la|mi|nuestra) (?:baja|cancelación)\b",
        r"\b(?:vous )?m'(?:avez|aviez) confirmé (?:la|ma) résiliation\b|\brésiliation (?:a été |m'a été )?confirmée\b",
        r"\b(?:haben|hatten) (?:sie |ihr )?(?:mir |uns )?(?:die|meine|unsere) kündigung (?:\S+ ){0,4}bestätigt\b|\bkündigung (?:wurde |ist )(?:\S+ ){0,3}bestätigt\b",
        r"\bcharged (?:me |us )?(?:again )?after (?:i|we) (?:cancell?ed|closed)\b",
        r"\b(?:i|we) (?:had |have |'d |'ve )?(?:already |since )?(?:cancell?ed|closed|terminated) (?:it|that|this|them)\b",
        r"\b(?:my|our|the) (?:cancell?ed|closed|terminated) (?:account|subscription|membership|contract|plan|policy)\b",
        # es
        # (session 23) a newsletter or a mailing list left is no service cancelled ("Me di de baja de la newsletter hace un mes",
        # nb-44-068, labelled without it)
        r"\b(?:ya )?(?:me di de baja|cancelé|he cancelado|di de baja|me he dado de baja)\b(?! de (?:la |las |los |el |vuestr[oa]s? |sus? )?(?:newsletters?|boletin(?:es)?|boletín|"
        r"listas?|correos|emails|e-mails|mails|comunicaciones|publicidad|promociones|envíos publicitarios|mensajes)\b)", r"\b(?:aunque|pese a que|después de) (?:me di de baja|cancelé|haber cancelado)\b",
        # fr
        r"\bj'ai (?:déjà )?(?:résilié|annulé|clôturé)\b|\b(?:j'ai|nous avons) (?:déjà |bien )?mis fin à (?:mon|notre|ce) (?:contrat|abonnement|adhésion|compte|forfait)\b",
        # class (round 18): the account closed or the paid plan given up, told as done ("J'ai fermé mon compte le 10 janvier",
        # "cerré mi cuenta en enero", "ich habe mein Konto im Januar geschlossen", "I downgraded from Seller Plus to the free plan")
        r"\bj'ai (?:déjà )?(?:fermé|supprimé) (?:mon|notre) (?:compte|abonnement)\b|\b(?:ya )?(?:cerré|he cerrado|eliminé|he eliminado|borré|he borrado) (?:mi|nuestra) cuenta\b|"
        r"\b(?:habe|hatte|haben|hatten) (?:ich |wir )?(?:\S+ ){0,3}?(?:mein|meinen|unser|unseren) (?:\S+ ){0,2}?(?:konto|account|nutzerkonto|kundenkonto) (?:\S+ ){0,3}?(?:geschlossen|gelöscht|aufgelöst)\b",
        r"\b(?:i|we)(?:'ve| have| had)? (?:already )?downgraded (?:\S+ ){0,5}?to (?:the |a |our |my )?(?:free|basic|starter) (?:plan|tier|version|account|option|package)\b|"
        r"\b(?:me pasé|pasé|me cambié|cambié) (?:\S+ ){0,4}?al plan (?:gratuito|gratis|básico)\b|\bje suis (?:re)?passée? (?:\S+ ){0,4}?(?:à l'offre|au forfait|à la formule|à la version) gratuite?\b|"
        r"\b(?:auf|in) (?:den|das|die) (?:kostenlosen|kostenlose|gratis|basis-?) ?(?:tarif|plan|version|abo) (?:\S+ )?(?:gewechselt|heruntergestuft|downgegradet)\b", r"\b(?:après|malgré|depuis) (?:ma |la |notre )?résiliation\b",
        # de
        # (session 23: "wir haben unser Abonnement zum 30.11. ordnungsgemäß gekündigt", nb-67-023; "Sie haben mir gekündigt" is
        # the company's act, so "haben" only with "wir")
        r"\b(?:habe|hab|hatte|(?<=\bwir )haben|(?<=\bwir )hatten|haben wir|hatten wir) (?:(?!nicht\b|nie\b|kein\w*\b)[\w.-]+ (?:\((?:nr\.?|no\.?|kundennummer|vertragsnummer|mitgliedsnummer|ref\.?)?:? ?[\w./-]{2,20}\) )?){0,10}(?:bereits |schon )?gekündigt\b", r"\b(?:trotz|nach|seit) (?:meiner |der |unserer )?kündigung\b",
        r"\bich (?:(?!nicht\b|nie\b|kein\w*\b)[\w.-]+ ){0,6}gekündigt (?:habe|hab|hatte)\b",
        # class (round 14): no longer a customer since a date, said as leaving ("I left you as a customer on 31 December", "I stopped
        # being a customer in March", "dejé de ser cliente vuestro en enero", "je ne suis plus cliente depuis le 3 mars", "ich bin seit
        # dem 1. März kein Kunde mehr"); a wish to stop being one is a cancel request, not this
        r"\b(?:i|we)(?:'ve| have)? (?:left|stopped being|ceased to be|haven't been|have not been|am no longer|are no longer|'m no longer|'re no longer) "
        r"(?:you as (?:a )?|your |a )?(?:customers?|clients?|members?)(?: of yours)? (?:on|in|since|at the end of|from|last)\b",
        r"\b(?:dejé|dejamos) de ser (?:vuestr[oa]s? |su |sus )?clientes?(?: vuestr[oa]s?| suy[oa]s?)? (?:el|en|hace|desde|a finales de|a principios de)\b",
        r"\b(?:je ne suis|nous ne sommes) plus (?:votre |vos )?(?:cliente?s?|abonnée?s?|adhérente?s?) depuis\b",
        r"\b(?:bin|sind) (?:ich |wir )?(?:seit|bereits seit|schon seit) (?:\S+ ){1,3}?(?:kein(?:e)? (?:kunde|kundin|kunden|mitglied)|nicht mehr (?:ihr(?:e)? )?(?:kunde|kundin|kunden|mitglied))\b", r"\b(?:alors que|bien que|pourtant) j'ai résilié\b", r"\b(?:résilié|annulé) depuis\b",
        r"\b(?:aunque|pese a que|ya) (?:di de baja|cancelé|lo cancelé)\b",
        # class: having left, said as leaving rather than cancelling ("I switched supplier on 3 March", "I'm no longer a customer",
        # "my former account", "ya no soy cliente", "me pasé a otra compañía", "je ne suis plus client", "ich bin kein Kunde mehr")
        r"\b(?:i|we)(?:'ve| have| had)? (?:already )?(?:switched|moved) (?:\w+ )?(?:suppliers?|providers?|networks?|insurers?|energy (?:supplier|company)|broadband (?:provider|company)|away from you)\b(?! (?:over )?(?:to|with) (?:you|your|yourselves)\b)(?![^.\n]{0,40}\b(?:to you|to your company|with you)\b)",
        r"\b(?:i|we)(?:'ve| have| had)? (?:already )?(?:left you|switched away from you|moved away from you|left your (?:company|network|bank)) (?:for|in|on|last|back|months|years|weeks|a (?:month|year|while) ago|when|after|\d)\b",
        r"\b(?:i'm|i am|we're|we are) (?:no longer (?:a |your )?(?:customers?|members?|subscribers?|clients?)\b(?! (?:service|services|support|number|id|portal|account))|not (?:a |your )?(?:customers?|members?|subscribers?|clients?) (?:any ?more|any longer))|\b(?:i'm|i am|we're|we are) no longer with you\b",
        r"\b(?:my|our) (?:former|previous|old|closed) (?:\w+ )?(?:account|contract|subscription|membership|supplier|provider|tariff)\b(?= with you| (?:number|no|ref)| \d|,)",
        # ... "ya no soy cliente" is no longer one; a bare "No soy cliente vuestro, pero vivo en la calle" never was (nb-56-049)
        r"\bya no (?:soy|somos) (?:cliente|clientes|soci[oa]s?|abonad[oa]s?)\b|\bno (?:soy|somos) (?:cliente|clientes|soci[oa]s?|abonad[oa]s?)(?: vuestr[oa]s?| suy[oa]s?)? (?:desde|ya)\b|\b(?:dejé|dejamos) de ser clientes?\b|\b(?:me pasé|nos pasamos|me cambié|nos cambiamos|me fui) (?:a|de) (?:otra|otro) (?:compañía|operador|banco|proveedor|comercializadora)\b|\bme pasé a otra\b",
        r"\bje ne suis plus (?:votre )?(?:client|cliente|abonnée?|adhérente?)\b|\bnous ne sommes plus (?:vos )?(?:clients|abonnés)\b|\b(?:j'ai|nous avons) (?:quitté (?:votre|vos)|changé (?:d'opérateur|de fournisseur|de banque|d'assureur))\b|\b(?:ancien|ancienne) (?:client|cliente|abonnée?)\b",
        r"\b(?:bin|sind) (?!(?:ich |wir )?(?:dann|sonst|bald)\b)(?:\w+ ){0,3}(?:kein|keine) (?:kunde|kundin|kunden|mitglied) mehr\b|\b(?:bin|sind) (?:\w+ ){0,3}nicht mehr (?:ihr |ihre )?(?:kunde|kundin|kunden|mitglied)\b|\bhabe (?:\w+ ){0,3}(?:den anbieter|zu einem anderen anbieter|zu \w+) gewechselt\b|\behemalige[rn]? (?:kunde|kundin)\b",
        # class (session 12): a booking cancelled, told with its reference and when or how ("I cancelled booking HX-22190 (two rooms,
        # Porto) on 4 April", "cancelled my booking through the app within the free window", "cancelled the reservation 3 days before");
        # cancelling to rebook is not told so
        r"(?:(?<=\bi )|(?<=\bwe )|(?<='ve )|(?<=\bhave )|(?<=\bhad )|(?<=already ))cancell?ed (?:my |our |the )?(?:[\w-]+ )?(?:booking|reservation)(?: (?:no\.? |ref\.? |#)?[\w/-]*\d[\w/-]*)?(?: \([^)\n]{1,60}\))?,? "
        r"(?:on (?:the )?\d+|on (?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
        r"last (?:week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:well )?(?:within|inside) (?:the|your)|through (?:the|your) (?:app|website|site)|"
        r"(?:\d+|two|three|four|five|six|seven|ten) (?:days|weeks|hours) (?:before|ahead|in advance))\b",
        # class (session 12): a card closed, and leaving a provider told by its name with when ("I closed my Gold rewards card by phone
        # on 19 October", "I switched away from Nordpower on 12 January"); a card cancelled after a fraud is a block, not leaving, and
        # "switched away from the app to the website" is no provider
        r"\b(?:i|we)(?:'ve| have| had)? (?:already )?closed (?:my|our|the) (?:[\w-]+ ){0,3}?(?:credit |debit |store |charge )?card\b(?! (?:app|reader|terminal|machine|tab|window|details|number|slot))",
        r"\b(?:i|we)(?:'ve| have| had)? (?:already )?(?:switched|moved) away from (?!(?:the |your |this |that )?(?:app|website|site|plan|tariff|tier|page|browser|phone|laptop|version)\b)"
        r"(?:\S+ ){1,3}?(?:on (?:the )?\d+|on (?:january|february|march|april|may|june|july|august|september|october|november|december)|"
        r"in (?:january|february|march|april|may|june|july|august|september|october|november|december|\d{4})|back in|last (?:week|month|year)|weeks ago|months ago|years ago)\b",
        # class: the thing they cancelled, with the cancelling told after it ("a card plan I closed in December", "el contrato que ya
        # di de baja", "l'abonnement que j'ai résilié", "den Vertrag, den ich gekündigt habe") and a booking cancelled and still charged ("storniert ... trotzdem abgebucht")
        r"\b(?:account|subscription|contract|membership|plan|policy|service|line|direct debit|booking|reservation|tariff) (?:that |which )?(?:i|we)(?:'d| had| have|'ve)? (?:already )?(?:cancell?ed|closed|terminated|ended)\b",
        r"\b(?:contrato|cuenta|suscripción|servicio|línea|tarifa|reserva|póliza) que (?:ya )?(?:cancelé|di de baja|cerré|anulé|había cancelado|he cancelado)\b",
        r"\b(?:contrat|abonnement|compte|forfait|réservation|ligne) que j'(?:ai|avais) (?:déjà )?(?:résilié|clôturé|annulé)e?\b",
        r"\b(?:vertrag|abo|abonnement|konto|buchung|mitgliedschaft|tarif)\w*,? (?:den|die|das) ich (?:\w+ ){0,4}(?:gekündigt|storniert|geschlossen)\b",
        r"\b(?:habe|hatte|haben) (?:(?!nicht\b|noch\b|nie\b)\S+ ){0,7}(?:storniert|abbestellt)\b(?=[^\n]{0,120}\b(?:trotzdem|dennoch|weiterhin|erneut|nochmals) (?:\S+ ){0,5}(?:abgebucht|belastet|berechnet|abbuchen|eingezogen|in rechnung))",
        # class (session 8): a rental ended by handing the things back, and charged after ("I returned the hired equipment ... you've
        # charged me again", "devolví el sofá que tenía alquilado ... me habéis vuelto a cobrar", "j'ai rendu le matériel loué ... encore
        # prélevé", "die gemieteten Geräte zurückgegeben ... trotzdem abgebucht"). A return without a charge after is a return.
        r"\b(?:returned|handed back|sent back|gave back) (?:the|my|our|all the) [^.\n]{0,50}?\b(?:rental|rented|hired|leased|on hire)\b"
        r"(?=[^\n]{0,200}?\b(?:still|again|anyway|yet|nevertheless|since)\b)",
        r"\b(?:devolví|devolvimos|he devuelto|hemos devuelto|entregué|entregamos) (?:el|la|los|las|mi|mis) [^.\n]{0,60}?\b(?:alquilad[oa]s?|de alquiler|en alquiler|arrendad[oa]s?)\b"
        r"(?=[^\n]{0,200}?\b(?:vuelto a cobrar|seguís cobrando|siguen cobrando|seguido cobrando|otra vez|de nuevo|igualmente)\b)",
        r"\b(?:j'ai|nous avons) (?:rendu|restitué|retourné|renvoyé) (?:le|la|les|mon|ma|mes|nos|notre) [^.\n]{0,60}?\b(?:loués?|louées?|en location|de location)\b"
        r"(?=[^\n]{0,200}?\b(?:encore|toujours|quand même|de nouveau|à nouveau)\b)",
        r"\b(?:gemietete\w*|mietgerät\w*|leihgerät\w*|mietmöbel\w*|mietsache) [^!?\n]{0,60}?zurück(?:gegeben|geschickt|gebracht)\b"
        r"(?=[^\n]{0,200}?\b(?:trotzdem|dennoch|weiterhin|erneut|nochmals|wieder)\b)",
        # class (session 10): the cancel told as asked for and when ("Solicité la baja de mi línea el pasado 15 de enero", "j'ai demandé la
        # résiliation en janvier", "I submitted my cancellation on 3 March", "ich habe die Kündigung im Januar eingereicht"), and the
        # auto-renewal told as switched off ("j'avais désactivé le renouvellement automatique", "I had turned off auto-renew", "había
        # desactivado la renovación automática", "hatte die automatische Verlängerung deaktiviert")
        # (session 23) ... or signed for at the counter ("firmé en el mostrador la baja del servicio de almacenaje", nb-63-006)
        r"\b(?:solicité|pedí|tramité|gestioné|solicitamos|pedimos|tramitamos|firmé|firmamos|entregué|entregamos) (?:\S+ ){0,3}?la (?:baja|cancelación|rescisión) (?:de|del|en|el|hace|a principios|a finales|por (?:teléfono|escrito|correo|email))\b",
        r"\b(?:j'ai|j'avais|nous avons|nous avions) (?:déjà )?(?:demandé|envoyé|adressé|fait) (?:\S+ ){0,2}?(?:la|ma|notre) (?:demande de |lettre de |courrier de )?(?:résiliation|clôture)\b",
        # (session 23) ... or told in the words of leaving the subscription ("je me suis désabonnée en mars", "j'ai arrêté mon
        # abonnement le mois dernier"); a newsletter left is no subscription ended
        r"\b(?:je me suis|nous nous sommes) (?:déjà )?désabonnée?s? (?!de (?:la |vos |votre |des |les )?(?:newsletters?|lettres? d'information|e-?mails|mails|courriels|sms|listes?)\b)|"
        r"\b(?:j'ai|nous avons) (?:déjà )?arrêté (?:mon|notre) (?:abonnement|adhésion|contrat|forfait)\b",
        r"\b(?:i|we)(?:'ve| have| had)? (?:already )?(?:submitted|sent|put in|filed) (?:you )?(?:my|our|the|a) (?:written )?(?:cancell?ation|termination)(?: request| notice)?\b",
        r"\b(?:habe|hatte|haben|hatten) (?:(?!nicht\b|noch\b|nie\b)\S+ ){0,7}?(?:die|meine|unsere) kündigung (?:\S+ ){0,4}?(?:eingereicht|abgeschickt|geschickt|verschickt|eingeworfen|beantragt)\b",
        # ... but not switched off just now, after the charge ("I've turned off auto-renew now, I just need that money back"):
        # that stops the next renewal, the charge came before it
        r"\b(?:i|we)(?:'d| had|'ve| have)? (?:already )?(?:turned|switched|toggled) off (?:the )?(?:auto-?renew(?:al)?|automatic renewal)\b(?![^.!?\n]{0,12}\bnow\b)|"
        r"\b(?:i|we)(?:'d| had|'ve| have)? (?:already )?(?:disabled|deactivated|cancell?ed) (?:the )?(?:auto-?renew(?:al)?|automatic renewal)\b(?![^.!?\n]{0,12}\bnow\b)",
        r"\b(?:j'ai|j'avais|nous avons|nous avions) (?:déjà |bien )?(?:désactivé|supprimé|coupé|annulé) (?:le )?renouvellement automatique\b(?![^.!?\n]{0,12}\bmaintenant\b)",
        r"\b(?:había|habíamos|he|hemos|ya) (?:ya )?(?:desactivado|quitado|cancelado|desactivé|quité|cancelé) (?:la )?renovación automática\b(?![^.!?\n]{0,12}\bahora\b)",
        r"\b(?:habe|hatte|haben|hatten) (?:(?!nicht\b|noch\b|nie\b)\S+ ){0,3}?(?:die )?automatische verlängerung (?:\S+ ){0,2}?(?:deaktiviert|abgeschaltet|ausgeschaltet|gekündigt)\b",
        # class (session 21): the same switch told the other way round ("I switched auto-renew off back in October", "we'd turned the
        # automatic renewal off"), in the bare past ("Desactivé la renovación automática en octubre"), or as the state it was in when
        # the charge came ("renewed although auto-renew was off", "alors que le renouvellement automatique était désactivé", "aunque
        # la renovación automática estaba desactivada", "obwohl die automatische Verlängerung deaktiviert war"): nb-62-088, labelled
        # already cancelled. Not a belief ("Creía que la renovación automática estaba desactivada", nb-27-032, labelled without it),
        # not a question or a request ("how do I turn auto-renew off?", "please switch auto-renew off"), and not just now (above).
        r"\b(?:i|we)(?:'d| had|'ve| have)? (?:already )?(?:switched|turned|toggled|flipped) (?:the |my |our )?(?:auto-?renew(?:al)?|automatic renewal) off\b(?![^.!?\n]{0,12}\bnow\b)",
        r"\b(?:although|even though|though|despite|when|while|even with) (?:the |my |our )?(?:auto-?renew(?:al)?|automatic renewal) (?:was|had been|being) "
        r"(?:already |definitely |clearly )?(?:switched off|turned off|off|disabled|deactivated)\b|"
        r"\b(?:alors que|bien que|même si|pourtant) (?:le |mon )?renouvellement automatique (?:était|avait été|soit) (?:bien |déjà )?(?:désactivé|coupé)\b|"
        r"\b(?:aunque|a pesar de que|pese a que|si) (?:la |mi )?renovación automática (?:estaba|había sido|estuviera) (?:ya )?(?:desactivada|quitada)\b|"
        r"\b(?:obwohl|trotzdem|dabei) (?:die|meine|unsere) automatische verlängerung (?:\S+ ){0,4}?(?:deaktiviert|abgeschaltet|ausgeschaltet) (?:war|wurde)\b",
        r"(?<!\bcómo )(?<!\bno )\b(?:desactivé|desactivamos|quité|quitamos) (?:ya )?(?:la )?renovación automática\b(?![^.!?\n]{0,12}\bahora\b)",
        # class (session 11): the time since the cancelling ("the third charge since my cancellation", "desde mi baja", "depuis ma
        # résiliation", "seit meiner Kündigung"; en/fr/de above), the named service cancelled through a channel ("I cancelled Families in
        # the app"), and the notice sent with who and when between ("je vous ai envoyé ma résiliation par mail", "os envié la baja")
        r"\bdesde (?:mi|la|nuestra) (?:baja|cancelación)\b|\bdesde que (?:me di de baja|cancelé|di de baja|nos dimos de baja)\b",
        r"(?:(?<=\bi )|(?<=\bwe )|(?<='ve )|(?<=\bhave )|(?<=\bhad )|(?<=already ))cancell?ed (?:(?!order|orders|booking|bookings|flight|reservation|appointment|delivery|card|payment|trip|tickets?|visit|transfer)[\w-]+ ){1,3}?"
        r"(?:in|through|via|on|using|from) (?:the |your )?(?:app|website|site|portal|account settings|settings|online account|customer portal|app store|play store)\b",
        r"\b(?:je vous ai|nous vous avons|je leur ai) (?:déjà |bien )?(?:envoyé|adressé|transmis|fait parvenir) (?:\S+ ){0,3}?(?:ma|notre|la) (?:demande de |lettre de )?résiliation\b",
        r"\b(?:os|les|le) (?:envié|mandé|enviamos|mandamos|remití|hice llegar) (?:\S+ ){0,3}?(?:la|mi|nuestra) (?:solicitud de |petición de |carta de )?(?:baja|cancelación)\b",
        # class (round 16): a child or a member taken out of a camp, a club, a nursery or a course ("we withdrew Noor from the
        # swim club in May", "we took our son out of the academy", "nous avons désinscrit notre fille", "dimos de baja a nuestro
        # hijo", "wir haben unsere Tochter abgemeldet"); not money withdrawn ("withdrew 0.4 BTC"). (Tried: notice given told in
        # the past, "I gave notice in January": one more false hit on round 4's unread writers, not kept.)
        r"\b(?:i|we)(?:'ve| have| had)? (?:already )?(?:withdrew|withdrawn|unenrolled|unenroled|deregistered|disenrolled) (?!(?:\S+ ){0,2}?(?:money|funds|cash|£|\$|€|\d))(?:\S+ ){1,3}?from (?:the |our |his |her |their )?(?:\S+ )?(?:camp|club|nursery|school|class|classes|course|academy|programme|program|scheme|team|creche|crèche|lessons|session|squad|kindergarten|daycare)\b|"
        # class (round 17): a withdrawal in the cooling-off period told as done ("I withdrew from the certificate within the 14-day
        # cooling-off period", "j'ai exercé mon droit de rétractation", "ejercí mi derecho de desistimiento", "ich habe den Vertrag
        # fristgerecht widerrufen")
        r"\b(?:i|we)(?:'ve| have| had)? (?:already )?withdr(?:ew|awn) from (?:the|my|our|this) (?:\S+ ){0,3}?(?:course|certificate|programme|program|contract|"
        r"agreement|subscription|membership|plan|purchase|diploma|degree|bootcamp|module|policy)\b|"
        r"\b(?:j'ai|nous avons) (?:déjà )?exercé (?:mon|notre) droit de rétractation\b|\bje me suis (?:déjà )?rétractée?\b|"
        r"\b(?:ejercí|he ejercido|ejercimos|hemos ejercido) (?:mi|nuestro) derecho de desistimiento\b|"
        r"\b(?:habe|haben) (?:ich |wir )?(?:den|meinen|unseren|die) (?:\S+ ){0,2}?(?:fristgerecht |fristgemäß |rechtzeitig )?widerrufen\b",
        r"\b(?:i|we)(?:'ve| have| had)? (?:already )?(?:took|taken|pulled) (?:my|our|her|his) (?:son|daughter|child|children|kids?|boy|girl|twins) out of (?:the |her |his |their )?(?:\S+ )?(?:camp|club|nursery|school|class|classes|course|academy|programme|program|scheme|team|lessons|kindergarten|daycare)\b",
        r"\b(?:nous avons|j'ai|on a) (?:déjà )?(?:désinscrit|retiré) (?:notre|mon|ma|nos|mes) (?:fils|fille|enfants?|petite?|garçon) (?:\S+ ){0,3}?(?:en|le|depuis|de la|du|de l')\b|"
        r"\b(?:dimos|di|he dado|hemos dado) de baja a (?:nuestro|nuestra|mi|nuestros|mis) (?:hijo|hija|hijos|hijas|niño|niña|niños)\b|"
        r"\b(?:wir haben|ich habe) (?:unsere|unseren|meine|meinen) (?:sohn|tochter|kinder|kind|kleine[n]?) (?:\S+ ){0,4}?abgemeldet\b",
    ],
    # Not the first contact about this issue, said in words.
    "repeat_contact": [
        # class (round 14): the earlier contact said in ways the patterns below missed: with no subject, at a sentence's start
        # ("Emailed you about it Monday, nothing back", "Hab gestern schon im Chat gefragt"), numbered in es/fr/de ("Troisième
        # réclamation", "tercera reclamación", "dritte Beschwerde"), the same report made again on another channel ("and again by
        # email on Wednesday", "y otra vez por teléfono", "et encore par mail", "und nochmal per Mail"), an email bumped, what was
        # said to a colleague ("As I mentioned to your colleague", "comme je l'ai dit à votre collègue", "como le dije a su
        # compañera", "wie ich Ihrer Kollegin gesagt habe"), said to the company a number of times ("os lo he dicho dos veces")
        r"(?:^|(?<=[.!?] )|(?<=\n))(?:emailed|e-mailed|rang|called|phoned|messaged|chased|wrote to|contacted) (?:you|your (?:team|support|office|helpline))\b",
        r"\b(?:habe|hab|hatte) (?:ich |wir )?(?:\S+ ){0,2}?(?:bereits|schon) (?:\S+ ){0,4}?(?:gefragt|nachgefragt|angefragt)\b",
        r"\b(?:deuxième|troisième|quatrième|cinquième|énième|2e|3e|4e|5e) (?:réclamation|relance|demande|plainte|mail|e-mail|courriel|appel|courrier)\b|"
        r"\b(?:segunda|tercera|cuarta|quinta|enésima) (?:reclamación|queja|solicitud|llamada|carta|petición)\b|\b(?:segundo|tercer|cuarto|quinto|enésimo) (?:correo|email|e-mail|mensaje|aviso|escrito)\b|"
        r"\b(?:zweite|dritte|vierte|fünfte|x-te|zweiten|dritten|vierten) (?:reklamation|beschwerde|anfrage|nachricht|e-mail|mail|erinnerung)\b",
        r"\b(?:and|then) again (?:by|via|on|through|over|in) (?:e-?mail|phone|the phone|chat|webchat|live chat|the app|letter|post|twitter|dm|whatsapp)\b|"
        r"\by (?:otra vez|de nuevo) por (?:correo|email|teléfono|chat|carta|whatsapp)\b|\b(?:et|puis) (?:encore|à nouveau|de nouveau) par (?:mail|e-mail|téléphone|courrier|chat)\b|"
        r"\bund (?:nochmal|noch einmal|erneut) (?:per|über|am|im) (?:mail|e-mail|telefon|chat|brief|post)\b",
        r"\bbump(?:ing)? (?:my|our|this|the) (?:email|e-mail|message|ticket|request|query)\b",
        r"\bas (?:i|we) (?:mentioned|explained|said|told you|told your \w+) (?:to )?(?:your|the) (?:colleague|agent|advisor|adviser|rep|representative|team)\b|"
        r"\bcomme je l'ai (?:dit|expliqué|signalé) à votre (?:collègue|conseill\w+)\b|\bcomo (?:le|les) (?:dije|expliqué|comenté) a (?:su|tu|vuestr[oa]) compañer[oa]\b|"
        r"\bwie (?:ich|wir) (?:ihrem|ihrer|deinem|deiner|eurem|eurer) (?:kollegen|kollegin) (?:\S+ ){0,3}?(?:gesagt|erklärt|mitgeteilt)\b",
        r"\b(?:os|se|les|le|te) lo (?:he|hemos) (?:dicho|escrito|explicado|comentado|reclamado) (?:\S+ ){0,3}?(?:dos|tres|cuatro|varias|muchas|mil) veces\b",
        # class (session 7): the same papers sent again and again ("I have now sent the death certificate three times"), the
        # company's earlier answer quoted ("your reply said", "au téléphone on me dit"), told on the phone already ("bereits
        # am Telefon darauf hingewiesen"), put off or sent from one department to the next ("werde nur vertröstet", "man
        # verweist mich von einer Abteilung an die nächste"), a reminder already sent ("trotz Erinnerung am 10. April")
        r"\b(?:i|we)(?:'ve| have| had)? (?:now |already |also |since )?(?:sent|posted|emailed|e-mailed|uploaded|submitted|provided|resent|re-sent) (?:you |in )?(?:\S+ ){0,8}?(?:twice|three times|four times|"
        r"\d+ times|several times|multiple times|again and again)\b",
        # ... in fr/es (session 23: "J'ai envoyé mon permis deux fois", "j'ai déjà demandé deux fois la suppression", "ya he
        # subido el DNI dos veces"; 5 of 5 read lines with one are labelled repeat contact, 3 were missed: nb-57-088, nb-51-022,
        # nb-63-055); the customer's own "j'ai"/"he", so the company sending twice ("vous m'avez envoyé deux fois") stays out
        r"\b(?:j'ai|nous avons) (?:déjà |pourtant |bien |même )?(?:envoyé|renvoyé|transmis|fourni|téléversé|demandé|signalé|réclamé) "
        r"(?:\S+ ){0,6}?(?:deux|trois|quatre|cinq|plusieurs|\d+) fois\b|"
        r"\b(?:he|hemos|os he|les he|le he) (?:ya )?(?:solicitado|subido|aportado|reenviado|presentado) (?:\S+ ){0,6}?(?:dos|tres|cuatro|varias|\d+) veces\b",
        r"\byour (?:reply|email|e-mail|response|message|confirmation|agent|colleague|advisor|adviser|chat agent) (?:said|told me|stated|confirmed|promised)\b",
        r"\b(?:au téléphone|par téléphone|par mail|par courriel|par chat|au chat|en agence|au service client) on (?:me|nous) (?:dit|répond|a dit|a répondu|explique)\b",
        r"\b(?:habe|hatte) (?:ich |wir )?(?:bereits|schon) (?:\S+ ){0,4}?(?:hingewiesen|reklamiert|gemeldet|beschwert|angerufen|geschrieben|mitgeteilt)\b",
        r"\b(?:werde|wurde|werden|wurden) (?:ich |wir )?(?:\S+ ){0,2}?(?:nur |immer wieder |ständig |jedes mal )?vertröstet\b",
        r"\bverweist (?:mich|uns) von (?:einer|einem) \w+ (?:an|zu|zur|zum) (?:die|der|den|dem|einer|einem) (?:nächste|nächsten|anderen)\b|"
        r"\bvon einer abteilung (?:an|zur|zu) (?:der|die) (?:nächsten|nächste|anderen)\b|\bhin und her (?:geschickt|verwiesen|verbunden)\b",
        r"\btrotz (?:meiner |einer |mehrerer |mehrfacher |wiederholter |zweier |dreier )?(?:erinnerung|mahnung|nachfrage)\w*\b",
        # class (round 20): sent on from one to the next, or back to the first ("the hotline refers me to the ticket system, the
        # ticket system to the hotline", "le support me renvoie vers la scolarité, la scolarité me renvoie vers le tuteur", "Le
        # magasin me dit de commander en ligne, le site me renvoie au magasin", "der Händler verweist an Sie. Ihre Hotline
        # verweist an den Händler"): 6 of 6 read lines with it are labelled repeat contact (nb-44-087, nb-50-073, nb-51-023,
        # nb-56-032, nb-56-079, one more told with "von einer Abteilung an die nächste")
        rf"\b{_REFER} (?:back )?{_REFER_TO} {_REFER_ART}?{_NOT_A_PAGE}(?P<sent_to>\w+)(?: \w+)?[,;.] (?:and |but |et |mais |y |pero |und |aber )?{_REFER_ART}?"
        rf"(?P=sent_to)\b(?: \w+)?(?: {_REFER})? (?:back )?{_REFER_TO}\b",
        rf"\b{_REFER_ART}{_NOT_A_PAGE}(?P<referred_first>\w+) (?:\S+ ){{0,16}}?\S+[,;.] (?:and |et |y |und )?{_REFER_ART}?\w+(?: \w+)? {_REFER} "
        rf"(?:back |de nouveau |wieder )?{_REFER_TO} {_REFER_ART}?(?P=referred_first)\b",
        rf"\b{_NTH} (?:email|e-mail|message|call|phone call|request|ticket(?! on (?:the|my|this|our) (?:order|booking|basket))|complaint|chase|letter|chaser|attempt to|agent|person|"
        rf"correo|mensaje|llamada|reclamación|courriel|mail|appel|relance|conseiller)s?\b",
        # ... but not the problem recurring in a span of time ("es la cuarta vez esta semana", "third time this month")
        rf"\b(?:for the|zum|la|el) {_NTH} (?:time|mal|vez|fois)\b{_NOT_RECURRING}",
        # (session 21: and the contact told by its verb alone, "3rd time calling today", "Third time emailing about this", nb-63-008,
        # beside the read "Third time asking/writing" of nb-29-084, nb-30-004, nb-44-017, nb-50-031, nb-60-020; a tradesman called
        # out is a visit: "the second time calling the engineer out")
        rf"\b{_NTH} (?:time|vez|fois) (?:i'm|i am|i've|i have|we've|we have|i|we|that i|that we|writing|asking|calling(?! (?:(?:the|an?|your|him|her|them|someone) )?\w+ out\b)(?! (?:the |an? )?(?:engineer|plumber|technician|electrician|locksmith|mechanic|fitter)s?\b)|ringing|phoning|emailing|"
        rf"e-mailing|chasing|messaging|contacting|reaching out|getting in touch|lucky|que (?:escrib|llam|reclam|"
        rf"contact|pid|solicit|(?:os|les|le|me) (?:escrib|llam|reclam|contact|pid|solicit|dirij|pongo en contacto)|"
        rf"(?:j'|je |nous )(?:vous )?(?:écri|appel|contact|relanc|réclam|signal|téléphon|sollicit|demand))\w*)\b", rf"\b(?:a|an) {_NTH} time\b",
        rf"\b{_NTH} mal\b{_NOT_RECURRING}",
        # ... and the nth time in a span of time when what recurs is their contacting us ("es la cuarta vez este mes que
        # os llamo", "tercera vez esta semana que abro una incidencia", "the third time this week I've had to chase")
        rf"\b{_NTH} (?:time|vez|fois) {_SPAN}(?: that| que| où)? (?:(?:i've|i have|we've|we have|i|we) (?:had to |now )?"
        rf"(?:call|ring|phon|e-?mail|writ|contact|chas|complain)\w*|(?:i've|i have|we've|we have|i|we) (?:had to )?(?:open|raise|log)"
        rf"(?:ed)? an? (?:ticket|case|complaint)|(?:os |les |le |me )?(?:escrib|llam|reclam|contact)\w*"
        rf"|abr(?:o|imos) (?:una? )?(?:incidencia|ticket|reclamación|caso|queja)|(?:j'|je |nous )(?:écri|appel|contact|relanc|réclam)\w*"
        rf"|(?:j'ouvre|nous ouvrons) (?:un )?(?:ticket|dossier|signalement))",
        rf"\b(?:zum|das) {_NTH} mal {_ZEITRAUM},? (?:dass (?:ich|wir) (?:\w+ ){{0,4}}(?:anrufe|schreibe|melde|reklamiere)\w*"
        rf"|(?:rufe|schreibe|melde|reklamiere) (?:ich|wir))",
        rf"\b(?:i've|i have|we've|we have|i|we|i had|already|have) (?:already |now |since |then |also )?{_CONTACTED} (?:\w+ ){{0,5}}"
        rf"(?:twice|three times|four times|{_N} times|again|before|multiple times|several times|repeatedly|on \d|last week|yesterday|"
        rf"in (?:may|june|april|march)|on (?:monday|tuesday|wednesday|thursday|friday|the \d+|\d+))\b",
        rf"\b(?:i've|i have|we've|we have|i|we) already {_CONTACTED}\b(?! (?:to )?(?:a |an |my |our |the )?(?:solicitor|lawyer|attorney|police|action fraud|bank|card issuer|ombudsman|regulator|citizens advice|insurer|landlord|courier|seller|doctor|gp))",
        # class (session 25): the issue raised in person, at the firm's own desk, counter or shop ("When I asked at the desk the
        # lad just shrugged", nb-76-015; "When I pointed it out in the shop", nb-76-038; "We reported it at the desk at the
        # airport", hd-0213; "Cuando lo preguntamos en recepción", nb-76-028; "j'en ai parlé à l'accueil en octobre",
        # nb-63-061; "am Empfang in der Filiale nachgefragt", nb-50-005): 10 of the 11 read lines with one are labelled repeat
        # contact. The one that is not tells a mark shown at the counter when the hire began (nb-62-023). Not another's desk
        # ("at the desk of the hotel next door").
        r"\b(?:i|we) (?:asked|queried (?:it|this)|complained|mentioned (?:it|this)|raised (?:it|this)|pointed (?:it|this) out|reported (?:it|this)) "
        r"(?:at|in) (?:the |your )?(?:front desk|desk|reception|counter|till|shop|store|branch|showroom|office)\b(?! (?:of|next door)\b)|"
        r"\b(?:lo |le |se lo |les )?(?:pregunté|preguntamos|reclamé|reclamamos|comenté|comentamos|dije|dijimos) en (?:la )?"
        r"(?:recepción|el mostrador|la tienda|caja|la oficina|la sucursal)\b|"
        r"\b(?:j'en ai|nous en avons|j'ai|nous avons) (?:\S+ )?(?:parlé|demandé|réclamé|posé la question) (?:\S+ ){0,2}?"
        r"(?:à l'accueil|au comptoir|en boutique|au magasin|en agence|à la réception)\b|"
        r"\b(?:an der rezeption|am empfang|am schalter|im laden|in der filiale|an der kasse) (?:\S+ ){0,2}?"
        r"(?:nachgefragt|gefragt|gemeldet|angesprochen|reklamiert|beschwert)\b",
        rf"\b(?:as per|as (?:stated|said|mentioned|explained) in|in|since|per) (?:my|our) (?:last|previous|earlier|first|original|"
        rf"{_N}|last {_N}) (?:\w+ )?(?:emails?|messages?|tickets?|calls?|letters?|chats?|replies|requests?)\b",
        rf"(?<!for )(?<!buy )(?<!bought )(?<!of )(?<![£€$])\b(?:{_N}|\d+) (?:emails|e-mails|calls|phone calls|messages|tickets|chats|letters|complaints|requests|forms){SEAT_TICKETS} "
        rf"(?:later|now|and|in|so far|without|with no|zero|,|already|since)",
        # class (session 22): the earlier contacts counted as what the customer owns or went through ("All four emails I've sent
        # since get an auto-reply", nb-44-010; "my two earlier attempts to raise it", nb-63-071; "Auf meine zwei Nachfragen hin",
        # nb-60-034; "Nach drei telefonischen Nachfragen", nb-65-098; read beside "malgré deux relances", "después de dos
        # llamadas", "chacun de mes quatre appels", which fr/es already read: 15 of 15 read lines with one are labelled repeat
        # contact). Tickets are also seats ("my two tickets for the show"), and "my two requests" may be the ones this message makes.
        rf"\b(?:my|all|both|all my|all of my|none of my|each of my|after|despite|of my) (?:{_N}|\d+) (?:earlier |previous |separate |prior |other |"
        rf"follow-up |unanswered |written |phone )?(?:emails|e-mails|messages|calls|phone calls|follow-ups|chasers|complaints|reminders|"
        rf"attempts(?= to (?:raise|contact|reach|get|complain|report|chase|resolve|sort|have)\b))\b"
        # ... made to them, not to someone else ("After two calls to my plumber the leak was fixed")
        r"(?! (?:to|with|from) (?:my|the|a|an|our|his|her|their|this) )",
        rf"\b(?:meine[nr]?|nach|trotz|auf) (?:{_N}|mehreren|\d+) (?:\w+ )?(?:nachfragen|anfragen|anrufen|anrufe|e-mails|mails|erinnerungen|beschwerden)\b",
        rf"\b(?:{_N}) different (?:people|agents|advisors|advisers|reps|staff|colleagues|departments|teams)\b",
        rf"\b(?:spoken|talked|explained (?:this |it )?|been passed) to (?:{_N}) (?:people|agents|advisors|advisers|reps|members of staff)\b",
        r"\b(?:another|a different|the (?:second|third|next)) (?:agent|person|advisor|rep|representative|colleague|adviser)\b",
        r"\b(?:passed|bounced|pushed|shunted|transferred) (?:around|between|from (?:one|pillar))\b",
        r"\bhow many (?:more )?times\b",
        r"\b(?:each|every) time (?:i|we) (?:call|ring|phone|chat|email|write|contact|speak|get through|ask)\w*",
        # class (round 19): the same answer at every contact, the contact named by the noun ("Every call I'm told someone will reach
        # out", "each time I'm promised a callback"): 15 of 15 read lines with one are labelled repeat contact
        r"\b(?:each|every) (?:call|phone call|email|chat|visit|time),? (?:i'm|i am|i get|i got|i was|we're|we are|we get|we were) (?:told|promised|assured|fobbed off)\b",
        # ... the contact told diary-style, the subject left out at a sentence's start ("Rang on Tuesday and was told it'd be fixed",
        # "Called again Saturday, same story"); a time or a count after the verb, so "Called the number on the sign" is a first call
        r"(?:^|(?<=[.!?] )|(?<=[.!?]  ))(?:rang|phoned|called|emailed|e-mailed|chased|messaged) (?:you |support |them )?(?:again |back )?"
        r"(?:on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the \d{1,2}\w*|\d{1,2}\b)|last (?:week|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
        r"yesterday|this morning|again|twice|(?:two|three|four|five|\d+) times)\b",
        # ... or as visits to the branch counted ("I've been into the branch three times", "je suis retournée trois fois en magasin", "he ido
        # tres veces a la tienda", "Ich war inzwischen dreimal in der Filiale"): the customer came back in person
        r"\b(?:(?:i've|i have|we've|we have) been|(?:been|gone|went|come|came) back) (?:in|into|to) (?:the|your) (?:branch|store|shop|showroom|practice|office) "
        r"(?:twice|(?:three|four|five|several|\d+) times)\b|"
        r"\b(?:suis|sommes) (?:allée?s?|passée?s?|retournée?s?|revenue?s?) (?:deux|trois|quatre|plusieurs|\d+) fois (?:au|en|à la|à l'|dans (?:la|le|votre)) ?(?:magasin|boutique|agence|guichet|cabinet)\b|"
        r"\b(?:he ido|fui|he vuelto|volví|hemos ido|fuimos|he pasado|pasé) (?:dos|tres|cuatro|varias|\d+) veces (?:a|por) (?:la|el|su|vuestra|vuestro) (?:tienda|sucursal|oficina|óptica|local|taller)\b|"
        r"\b(?:war|bin|waren|sind) (?:\w+ )?(?:zweimal|dreimal|viermal|mehrmals|mehrfach) (?:in der filiale|im laden|im geschäft|in der werkstatt|beim händler|vor ort)\b",
        # "the same email you send my newsletters to" is an address
        r"\b(?:the )?same (?:answer|reply|response|paragraph|email|message|script|form|excuse|question|file|story)\b(?! (?:address|you send|i use|as (?:my|the|on)|account|that i))",
        r"\bhow many more (?:forms|emails|calls|times)\b",
        r"\b(?:still|yet) (?:waiting|no (?:reply|response|answer|word|update|news|call|callback)|nothing|haven't heard|not heard|no one)\b",
        r"\b(?:no|zero|without (?:a|any)) (?:reply|replies|response|responses|answer|answers|callback|call back)\b(?! (?:needed|required|necessary))",
        r"\b(?:nobody|no one|no-one|noone)(?: has| have|'s)? (?:\w+ )?(?:replied|responded|answered|got back|gotten back|called back|"
        r"rang back|come back to me|been in touch|replying|answers|responds|answering)\b"
        # a chat nobody answers is a channel tried, like a phone line ("Nobody answers the chat"), not an earlier contact
        r"(?! (?:the|your|their|my|our) (?:\w+ )?(?:phones?|lines?|helpline|hotline|number|calls?|door|chat|chatbot|live chat|webchat))",
        r"\bhaven'?t (?:heard|had) (?:back|anything|a (?:reply|response|word))\b",
        rf"\b(?:following up|follow-up on|follow up on|just following|{NOT_CHASED_YET}chas(?:ed|ing) (?:you|this|it|up|again|twice|for)|{NOT_CHASED_YET}chasing)\b",
        r"\b(?:hello|hi|hey) (?:again|once more)\b", r"\b(?:sorry to |hate to )?bother(?:ing)? you again\b",
        r"\b(?:gentle|friendly|quick|another) (?:reminder|nudge|chaser)\b", NOT_CHASED_YET + r"\bchase (?:you|this|it|up)\b",
        r"\b(?:ticket|case)s? #?\d+,? (?:#?\d+,? )*and (?:now )?this\b", r"#\d+,? (?:#?\d+,? )*and (?:now )?this (?:one|ticket)\b",
        # (session 24: the earlier tickets listed by number, "Tickets #40117, #40352 and #40698, all about the same deposit",
        # nb-42-079, as "tickets #558201 and #561877" already read: 5 of 5 read lines labelled repeat contact; a seat's number,
        # "tickets 12 and 13", is too short to be a ticket's)
        r"\b(?:tickets|cases) (?:#[a-z]*\d\w*|\d{4,}),? (?:(?:#[a-z]*\d\w*|\d{4,}),? )*(?:and|&) (?:#[a-z]*\d|\d{4})",
        r"\b(?:i was|i've been|i have been|we were|we've been|we have been) (?:\w+ )?(?:told|promised|assured) (?:on the phone|by (?:your|one of|the agent|an agent)|"
        r"in (?:the|your|a) (?:chat|email|call|branch|store)|over the phone|last (?:week|monday|tuesday|wednesday|thursday|friday|time)|twice|"
        r"three times|on \w+ (?:occasions|separate))",
        # (session 26: ... or for the call, the call back or the chat, "thanks for the call back yesterday", read nb-4-004)
        r"\bthanks? (?:you )?for (?:the|your) (?:reply|response|answer|email|call ?back|callback|phone call|call (?:yesterday|today|earlier|this morning|last \w+|on \w+)|"
        r"chat (?:yesterday|today|earlier|this morning|last \w+|on \w+)|(?:help|time) on the phone)\b",
        # class (session 26): the customer's earlier claim or message named by its date ("my claim submitted on 25 March", "meinen
        # Antrag vom 27.08. haben Sie abgelehnt", read nb-79-048; "ma demande du 12 avril", "mi reclamación del 3 de mayo"): 21 of 21
        # read lines that name one so are labelled repeat contact. An order or a booking of a date is no contact.
        r"\b(?:my|our) (?:claim|complaint|request|refund request|application|appeal|enquiry|inquiry|query|email|e-mail|letter|message|form) "
        r"(?:of|dated|from|submitted on|sent on|made on|raised on) (?:the )?\d{1,2}\b|"
        r"\b(?:meine[nmr]?|unsere[nmr]?) (?:antrag|widerspruch|reklamation|beschwerde|anfrage|e-mail|mail|schreiben|brief|nachricht|erstattungsantrag)(?:s|es|en)? vom \d|"
        r"\b(?:ma|notre|mon|mes|nos) (?:réclamation|demande|courrier|mail|e-mail|lettre|message|courriel)s? du \d|"
        r"\b(?:mi|nuestra|nuestro|mis|nuestras|nuestros) (?:reclamación|solicitud|correo|carta|mensaje|queja|petición|email)(?:es|s)? del? \d",
        # class (session 26): what the customer said in an earlier call or message, recalled ("As I said on the phone, the
        # readings look swapped", read nb-79-100; "as I mentioned to your colleague on the phone", "como le dije por teléfono",
        # "comme je vous l'ai expliqué au téléphone", "wie ich Ihnen bereits am Telefon gesagt habe")
        r"\bas (?:i|we) (?:said|mentioned|explained|told (?:you|your \w+|the \w+)|discussed)(?: (?:to|with) (?:your|the) (?:[\w-]+ ){0,2}?[\w-]+)? "
        r"(?:on the phone|over the phone|on the call|in the chat|on (?:the )?live chat|in (?:my|our) (?:last|previous|earlier|first) (?:\w+ )?(?:email|e-mail|message|call|letter|chat)|"
        r"when (?:i|we) (?:called|rang|phoned|spoke|wrote|emailed))\b|"
        r"\bcomo (?:le|les|os|te) (?:dije|comenté|expliqué|indiqué) (?:ya )?(?:por teléfono|en el chat|en mi (?:anterior|último) (?:correo|mensaje))\b|"
        r"\bcomme je (?:vous |te )?(?:l'ai |l'avais )?(?:dit|expliqué|indiqué|précisé|signalé) (?:déjà )?(?:au téléphone|par téléphone|dans le chat|dans mon (?:précédent|dernier) (?:mail|message|courriel))\b|"
        r"\bwie (?:ich|wir) (?:ihnen |dir |euch )?(?:bereits |schon )?(?:am telefon|telefonisch|im chat|in meiner (?:letzten|vorigen) (?:e-mail|mail|nachricht)) (?:\S+ )?(?:gesagt|erklärt|mitgeteilt|geschildert|erwähnt)\b",
        # class (session 26): the firm's own service answered or turned down the customer before ("Votre service client m'a
        # répondu le 12 septembre qu'il fallait patienter", read nb-79-098; "your claims team declined our claim", nb-70-043;
        # "your resolution centre has sided with the host", nb-79-013): the answer came to a contact of theirs. A person on
        # the spot who answered back ("le chef d'équipe m'a répondu ...") is the story of the failure, not a contact.
        r"\b(?:votre|le|ton) (?:service (?:client|clients|clientèle|réclamations|après-vente|consommateurs)|conseiller|conseillère|support|hotline|standard) "
        r"(?:m'a|nous a|m'avait|nous avait) (?:répondu|écrit|dit|assuré|promis|refusé)\b|"
        r"\byour (?:[\w-]+ ){0,2}?(?:team|service|department|centre|center|desk|support) (?:has |have |had )?(?:replied|responded|answered|rejected|refused|declined|turned down|sided with)\b",
        # class (session 26): the firm's chat or chatbot that answered them before, told in the past ("your chatbot told me", "el
        # chat me dijo", "Euer Chatbot hat mir gesagt", "votre chat m'a répondu"): 15 of 17 read lines with the chat's answer
        # are labelled repeat contact. A bot answering as they write ("the chat bot just keeps saying", "el chatbot me dice")
        # is this contact, not an earlier one (session 23, round 12)
        r"\b(?:your|the|euer|eure|ihr|ihre|votre|vuestro|su|el) (?:chat-?bot|bot|chat|live chat|virtual assistant|assistant virtuel|asistente virtual)\b (?:\S+ ){0,2}?"
        r"(?:said|told me|replied|sagte|antwortete|hat mir (?:\S+ )?(?:gesagt|geantwortet|geschrieben)|m'a dit|m'a répondu|m'a écrit|me dijo|me respondió|me contestó)\b",
        # ... and told by one agent, then another ("I have been told by one agent that ..., by another that ...", read nb-82-079)
        r"\b(?:told|promised|assured) by (?:one|an?|the first) (?:agent|advisor|adviser|person|rep|member of staff|colleague|operator)\b",
        # class (session 26): the fault reported to the firm itself, at its desk or in its app, whatever is named and with or
        # without "I" ("Reported it at reception Monday and on the app Tuesday", read nb-79-099; "I reported the brake in the
        # app straight after", nb-56-068): 11 of 11 read lines that report a fault through the firm's own channel are labelled
        # repeat contact. Reported to the police or a bank is not a contact with the firm (no channel of its own is named).
        r"(?:(?<=\bi )|(?<=\bwe )|(?<='ve )|(?<=\bhave )|(?<=\bhad )|(?<=already )|(?<=\balso )|(?<=\bfirst )|(?<=\bthen )|(?<=^)|(?<=\n)|(?<=\. ))"
        r"reported (?:it|this|that|them|the (?:[\w-]+ ){0,2}?[\w-]+)(?: (?:twice|again|immediately|straight away|straight after|right away|that (?:night|day|evening|morning)))? "
        r"(?:at|on|to|via|through|in|with) (?:the |your |our )?(?:[\w-]+ )?(?:reception|front desk|desk|app|portal|website|site|online form|form|chat|live chat|helpline|"
        r"office|branch|store|shop|depot|customer service|support team|maintenance team)\b",
        r"\bon hold (?:\w+ ){0,3}(?:twice|three times|again|\d+ times)\b", r"\b(?:once|yet|over|time and time|again and) again\b",
        r"\b(?:writing|asking|emailing|calling|contacting|chasing|explaining|reporting|telling you|messaging) (?:this |you |about this )?(?:again|once more)\b",
        r"\b(?:closed|marked) (?:this|my) (?:\w+ )?(?:ticket|case|complaint)\b", r"\breopen\b(?! (?:it|them|the (?:app|file|program|programme|software|browser|page|window|document|tab|laptop|form|return|project))\b)",
        r"\byour (?:reply|response|answer|email|message) (?:below|above|yesterday)\b", r"\b(?:your|the) (?:last|previous) (?:reply|response|answer)\b",
        r"\b(?:i've|i have|we've|we have) been (?:told|promised) (?:\w+ )?(?:twice|three times|four times|on \w+ (?:occasions|separate))\b",
        r"\b(?:on|for) (?:two|three|four|five|several|\d+) (?:separate )?(?:occasions|fridays|mondays|days in a row)\b",
        # (round 20: "the number rang out three times" is the line unanswered in the moment, not the writer's calls: read nb-26-053,
        # nb-46-050)
        r"\b(?:rang(?! out\b)|called|emailed|phoned|chased|tried (?:calling|ringing|to call|to ring|to get through|to reach you)) (?:\w+ )?(?:twice|\d+ times|three times|four times|several times)\b",
        r"\b(?:told|promised|assured) (?:me )?(?:twice|three times|four times)\b",
        # class (round 16): the calls or messages counted with more words between or a larger number ("I've rung the depot
        # eleven times", "Os he escrito por el chat dos veces", "J'ai envoyé deux messages via l'appli", "hab dreimal
        # angerufen"), the same automatic answer got back ("the chat bot just gives me the same reply", "me ha contestado un
        # robot con lo mismo", "le chat me renvoie toujours vers la FAQ", "nur dieselbe automatische Antwort"), and nobody
        # answering the writer's own mails or calls ("personne ne répond à mes mails", "nadie contesta mis correos")
        r"\b(?:rung(?! out\b)|rang(?! out\b)|called|phoned|emailed|e-mailed|messaged|chased|contacted|written to|wrote to) (?:\S+ ){0,3}?(?:" + _N + r"|eleven|twelve|fifteen|twenty|a dozen|countless|umpteen|so many) times\b",
        r"\b(?:he|hemos|os he|le he|les he|os hemos) (?:llamado|escrito|mandado|enviado|reclamado) (?:\S+ ){1,4}?(?:" + _N + r"|mil|un montón de|once|doce|diez) veces\b",
        r"\b(?:envoyé|écrit|laissé|adressé) (?:" + _N + r"|dix|onze|douze) (?:messages|mails|e-mails|courriels|réclamations|demandes)\b|"
        r"\b(?:appelé|téléphoné|écrit|relancé) (?:\S+ ){1,4}?(?:" + _N + r"|dix|onze|douze) fois\b",
        r"\b(?:\d+|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|x)(?:-| )?mal (?:\S+ ){0,2}?(?:angerufen|geschrieben|gemailt|nachgefragt|nachgehakt|reklamiert)\b|"
        r"\b(?:" + _N + r"|zehn|elf|zwölf) (?:nachrichten|mails|e-mails|anfragen) (?:\S+ ){0,3}?(?:geschrieben|geschickt|gesendet|hinterlassen)\b",
        r"\b(?:chat ?bot|bot|robot|chat|assistant|virtual assistant) (?:\S+ ){0,4}?(?:gives?|gave|sends?|sent|keeps? (?:giving|sending)) (?:me |us )?(?:back )?(?:the same|that same|only the same) (?:\S+ )?(?:reply|response|answer|message|link|faq|article)\b(?! (?:as|that) )|"
        r"\b(?:sends?|sent|keeps? sending|points?|pointed|redirects?|redirected) (?:me|us) (?:straight |right |just )?back to the (?:faq|help ?cent(?:re|er)|help pages?)\b",
        r"\b(?:me|nos) (?:ha|han) (?:contestado|respondido) (?:un|el) (?:robot|bot|asistente(?: virtual)?|contestador) (?:\S+ ){0,2}?(?:con )?(?:lo mismo|la misma respuesta)\b|"
        r"\b(?:el (?:chat|bot|robot|asistente)) (?:me )?(?:manda|envía|redirige|remite) (?:siempre |otra vez |de nuevo )?(?:a|al) (?:las )?(?:faq|preguntas frecuentes|centro de ayuda)\b",
        r"\b(?:le (?:chat|chatbot|robot|bot|assistant)) (?:me |nous )?(?:renvoie|redirige|ramène) (?:toujours |encore |sans cesse |systématiquement )?(?:vers|à|sur) (?:la |les )?(?:faq|foire aux questions|aide en ligne|centre d'aide)\b",
        r"\b(?:immer wieder |nur |wieder )?(?:dieselbe|die gleiche|dieselben|die gleichen) (?:automatische\w*|standard\w*|vorgefertigte\w*) (?:antwort|antworten|mail|nachricht)\b|"
        r"\b(?:der (?:chat|chatbot|bot)) (?:schickt|verweist|leitet) mich (?:immer |nur |ständig )?(?:wieder )?(?:auf|an|zu) (?:die )?(?:faq|hilfeseite\w*)\b",
        # (session 24: support not reached over days, which takes more than one try: "I have been trying to reach a human since 5
        # January", nb-70-097; "personne ne répond au chat depuis lundi", nb-49-056; "Llevo un mes sin que nadie me coja el
        # teléfono", nb-73-075 -- 3 of 3 read lines labelled repeat contact. A line that rings out for an hour, or since this
        # morning, is one try in the moment: "Llevo dos horas intentando llamar y nadie contesta" is labelled without it,
        # nb-15-058, nb-30-044)
        r"\b(?:been trying|have tried|i've tried|tried|trying) to (?:reach|contact|get through to|get hold of|speak to|talk to) "
        r"(?:you|your (?:\w+ )?(?:team|support|staff|helpline|office|department)|a human|a person|a real person|someone|anyone|an agent|support|customer service)\b"
        r"[^.\n]{0,30}?\b(?:since (?!this morning|earlier today|lunch)|for (?:days|weeks|a week|a fortnight|a month|(?:two|three|four|five|six|several|a few) (?:days|weeks)))",
        r"\b(?:nobody|no one|no-one|noone|personne|nadie|niemand) (?:\S+ ){0,2}?(?:answers|has answered|replies|has replied|responds|has responded|picks up|has picked up|"
        r"répond|a répondu|décroche|a décroché|contesta|ha contestado|responde|ha respondido|coge|ha cogido|antwortet|hat geantwortet|geht ran)\b"
        r"[^.\n]{0,30}?\b(?:since|depuis|desde|seit) (?!(?:\S+ )?(?:hours?|heures?|horas|stunden|mins?|minutes|minutos|minuten)\b|this morning|ce matin|esta mañana|heute)",
        r"\bllevo (?:un|una|dos|tres|cuatro|cinco|varios|varias|\d+) (?:días|semana|semanas|mes|meses) (?:\S+ ){0,2}?sin que nadie (?:\S+ ){0,5}?(?:coja|conteste|responda|llame|devuelva)\b|"
        r"\b(?:ça|cela) fait (?:une|deux|trois|quatre|plusieurs|\d+) (?:jours|semaine|semaines|mois) que (?:j'essaie|j'essaye|je tente|nous essayons) de (?:vous )?(?:joindre|contacter|avoir quelqu'un)\b",
        r"\b(?:nobody|no one|no-one|noone) (?:ever )?(?:answers|replies to|responds to|has answered|has replied to|has responded to) (?:any of )?(?:my|our) (?:emails|e-mails|calls|messages|chats|voicemails)\b|"
        r"\bpersonne ne (?:répond|repond|a répondu) (?:à|a|aux|à aucun de) (?:mes|nos) (?:mails|e-mails|courriels|messages|appels)\b|"
        r"\bnadie (?:contesta|responde|ha contestado|ha respondido) (?:a )?(?:mis|nuestros|nuestras) (?:correos|mensajes|llamadas|emails)\b|"
        r"\bniemand (?:antwortet|reagiert|hat geantwortet|hat reagiert) (?:auf|mir auf) (?:meine|unsere) (?:mails|e-mails|nachrichten|anrufe)\b",
        # ... only an automatic acknowledgement got back ("all I've had is an automatic receipt", "solo he recibido una
        # respuesta automática", "je n'ai eu qu'un accusé de réception", "kam nur eine automatische Antwort"), and another
        # canned reply refused ("please don't send me another template reply", "no me mandéis otra plantilla"); "another
        # automated email" stays out (round 8: it may be a notification, test_detector_round8_a.py)
        r"\b(?:nothing but|only|just|no more than|all (?:i|we)(?:'ve| have)? (?:had|got|received) (?:is|was)) (?:an?|the|one) (?:(?:automated|automatic|auto-?generated|auto|standard|generic) |auto-)"
        r"(?:acknowledge?ment|reply|response|email|e-mail|receipt|confirmation)\b|"
        r"\b(?:solo|sólo|únicamente) (?:he recibido |recibí |me (?:ha )?llegado |me llegó |tengo )?(?:una|la) (?:respuesta|contestación|confirmación) automática\b|"
        r"\b(?:eu|reçu|obtenu) (?:qu'une|qu'un|seulement une|seulement un|juste une|juste un|que l'|que la) ?(?:réponse automatique|accusé de réception|message automatique)\b|"
        r"\bnur (?:eine|die) automatische (?:antwort|eingangsbestätigung|bestätigung|mail|e-mail|nachricht)\b",
        r"\b(?:send|sending|sent|get|getting|got) (?:me |us )?(?:yet )?another (?:canned|generic|template|templated|copy-?pasted?|stock|scripted) "
        r"(?:email|e-mail|reply|response|answer|letter)\b|\banother (?:template|copy[- ]?paste)\b|"
        # (session 24: a stock reply quoted, one more of it, "Oh good, another 'we're experiencing high volumes' email", hd-0051,
        # "Not interested in another 'we've escalated this' email", nb-73-005, or counted, "I've had two 'it's with accounts'
        # replies", nb-73-007: 5 of 5 such lines labelled repeat contact)
        r"\b(?:yet )?another " + _STOCK_QUOTE + r"(?:email|e-mail|reply|response|answer|letter|message|text)s?\b|"
        r"\b(?:had|got|received|getting) (?:" + _N + r") " + _STOCK_QUOTE + r"(?:emails|e-mails|replies|responses|answers|messages)\b|"
        # (session 24: a canned answer refused again, "don't send me the FAQ link again", nb-70-006; "Don't send me another copy
        # paste", nb-62-035; asking for an expired link again is no refusal)
        r"\b(?:don'?t|do not|stop|never) (?:\w+ )?send(?:ing)? (?:me|us) (?:the|that|your|this) (?:same )?(?:\S+ )?(?:faq|link|article|page|template|script|checklist)s? again\b|"
        r"\b(?:don'?t|do not|stop|never) (?:\w+ )?send(?:ing)? (?:me|us) (?:another|yet another) copy[- ]?paste\b|"
        r"\b(?:mandéis|mandes|mande|manden|enviéis|envíen|envíes|envíe) (?:\S+ )?(?:otra plantilla|otra respuesta (?:de plantilla|genérica|copiada|enlatada)|otro correo (?:de plantilla|genérico))\b|"
        r"\b(?:envoyez|renvoyez|envoyer) (?:pas |plus )?(?:encore )?(?:une autre|un autre|encore une|encore un) (?:réponse type|réponse toute faite|mail type|message type|copier-coller)\b|"
        r"\b(?:schicken|senden|schickt|sendet) (?:sie |ihr )?mir (?:bitte )?(?:nicht )?(?:noch|wieder) (?:eine|einen) (?:standardantwort|textbaustein|mail|antwort|e-mail)\b",
        # ... and passed around between departments, said with the verb of the pushing ("your claims team keeps bouncing me
        # back and forth", "seitdem schiebt mich die Abteilung hin und her", "on me balade d'un service à l'autre", "me van
        # pasando de un departamento a otro")
        r"\b(?:passing|passed|bouncing|bounced|pushing|pushed|shuffling|shuffled|shunting|shunted|batting|batted) (?:me|us) (?:around|about|back and forth|from one (?:\w+ )?(?:department|team|person|agent|desk) to (?:another|the next)|between (?:departments|teams|agents|people|desks))\b|"
        r"\b(?:schiebt|schieben|schickt|schicken|reicht|reichen|verweist|verweisen) (?:mich|uns) (?:\S+ ){0,4}?(?:hin und her|von einer abteilung zur (?:nächsten|anderen))\b|"
        r"\b(?:on|vous) (?:me|nous) (?:renvoie|renvoyez|balade|baladez|ballotte|ballottez|transfère|transférez) (?:\S+ )?d'un (?:service|conseiller|interlocuteur|département) à l'autre\b|"
        r"\bme (?:pasan|pasáis|mandan|mandáis|van pasando|vais pasando|remiten|derivan) (?:\S+ )?de (?:un|una) (?:departamento|persona|agente|sección|área) (?:a|en) otr[oa]\b",
        r"\b(?:ticket|case|reference) #?\w*\d\w* (?:has been open|is still open|from last|opened on)\b",
        r"\bas requested\b",
        # a prior contact with the company about this issue, told in the past tense
        r"\b(?:i|we)(?:'ve| have| had)? (?:already |then |also )?(?:emailed|e-mailed|rang|called|phoned|wrote to|written to|messaged|contacted|"
        r"chatted|spoke to|spoken to|complained|raised (?:it|this)|mentioned (?:it|this)|reported (?:it|this)(?! to (?:the police|action fraud))|"
        r"tried (?:calling|to call|ringing|to ring|to get through)|sent you|asked you|told you|gave your)\b"
        r"(?! (?:to )?(?:the police|action fraud|my bank|my card issuer|the bank|(?:a|my|our) (?:solicitor|lawyer|attorney)|the (?:ombudsman|regulator)))",
        # (session 23: not a chat bot that keeps telling or saying the same inside one chat, nb-60-087; see "keep telling" below)
        r"\b(?!(?:your|the|an?) (?:\w+ )?(?:chat ?bot|bot|chat)s? (?:just )?keeps? (?:telling|saying)\b)"
        r"(?:your|the|an?|one of your|another) (?:\w+ )?(?:agent|advisor|adviser|rep|representative|staff|team|support|"
        r"call centre|call center|chat|bot|front desk|reception|operator|colleague|helpline|phone line|customer service|office)s? (?:\w+ )?"
        r"(?:told|said|promised|assured|offered|confirmed|keeps? telling|keeps? saying|says|asked|has asked|have asked|hung up|hangs up)\b",
        # (session 24: the role put in scare quotes, then what it said, "Your 'support' bot told me to wait 10 days", nb-67-007,
        # "Your 'agent' Darren just told me", hd-0099; "your 'help' page says" is no contact)
        r"\byour (?:so-called )?['\"‘“](?:agent|advisor|adviser|rep|support|customer service|customer care|care team|team|helpline|help ?desk|expert|specialist)s?['\"’”] "
        r"(?:\S+ ){0,2}?(?:told|said|promised|assured|hung up|closed)\b",
        r"\b(?:i was|i've been|i have been|we were|we've been|we have been|he was|she was) (?!never |not )(?:\w+ )?(?:told|promised|assured|offered|advised)\b"
        # advice to seek help elsewhere ("I've been advised to speak to a solicitor") is not an earlier contact with us; nor is
        # never being told (round 20: "I was never told it would roll into a yearly charge", read nb-49-033)
        r"(?! to (?:speak|talk|go|seek|get|contact|consult|take|see|call)\b[^.\n]{0,40}\b(?:solicitor|lawyer|attorney|police|ombudsman|citizens advice|doctor|gp|bank)\b)",
        r"\b(?:i'm|i am) not (?:explaining|repeating|writing|asking) (?:this|it|myself) (?:\w+ )?(?:again|a \w+ time)\b",
        # "le mandé 420 €" is a payment, not a message
        r"\b(?:os|les|le) (?:mandé|escribí|envié|llamé)\b(?! (?:\d|los \d|el dinero|el pago|el importe|dinero|un bizum|por bizum))",
        r"\b(?:llamé|escribí|reclamé|me dijeron|me dicen|me aseguraron|me prometieron)\b",
        r"\bon (?:m'a|nous a) (?:dit|promis|répondu|assuré)\b", r"\bj'ai (?:appelé|écrit|téléphoné|contacté|signalé)\b",
        # (session 24: and in the first person plural or the pluperfect, "Nous avons signalé l'anomalie dès le 28 février",
        # nb-51-068, "J'avais pourtant signalé son décès par e-mail", nb-68-046; a request dated back, "J'ai demandé il y a deux
        # mois la suppression", nb-57-055)
        r"\b(?:j'avais|nous avons|nous avions) (?:pourtant |déjà |bien |même )?(?:appelé|écrit|téléphoné|contacté|signalé)\b|"
        r"\bj'ai (?:déjà )?demandé (?:il y a|le \d|en (?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre))\b",
        r"\bvos (?:équipes|conseillers|services) (?:nous|me) (?:répondent|disent|ont dit)\b",
        r"\b(?:hieß es|wurde (?:mir|uns) (?:\w+ )?(?:gesagt|versprochen|zugesagt|mitgeteilt)|habe ich (?:\w+ ){0,3}(?:angerufen|geschrieben|gemeldet)|"
        r"ich habe (?:\w+ ){0,4}(?:angerufen|geschrieben|gemeldet|reklamiert))\b",
        r"\b(?:been|was|were) (?:on the phone|in touch|on (?:live )?chat|on hold|on to you|onto you) (?:\w+ ){0,4}(?:twice|" + _N + r" times|again|every day|daily|repeatedly)\b",
        r"\b(?:(?:i|we)(?:\'ve| have)? (?:already )?(?:told|explained (?:this |it )?to) (?:you|your \w+) (?:\w+ ){0,3}(?:twice|" + _N + r" times|before|already|last (?:week|time)))\b",
        r"\b(?:my|our) (?:previous|earlier|last|first|original|other) (?:\w+ )?(?:tickets?|cases?|complaints?|emails?|messages?|requests?|calls?|chats?) (?:about|regarding|on|for|were|was|got|went)\b",
        r"\bwaiting (?:\w+ ){0,4}for (?:a |your |the |any |someone to )?(?:reply|response|call ?back|answer|get back|call me back|ring me back|follow-up)\b",
        r"\byou (?:promised|said you(?:\'d| would)|told me you(?:\'d| would)|assured me|were supposed to)\b",
        r"\b(?:promised|supposed to get|meant to get|expecting|still expecting) (?:me )?(?:a )?call ?back\b",
        r"\b(?:despite|ignored|ignoring) (?:my |our |all my |all of my |several |numerous |repeated )?(?:\w+ )?(?:emails|calls|messages|chasers|complaints|reminders|requests|attempts to)\b",
        r"\b(?:i|we) (?:raised|opened|logged|submitted|filed|lodged) (?:a |the |this |my )?(?:ticket|case|complaint|request|claim|query)(?: (?:no\.? ?|number )?#?[\w-]*\d[\w-]*)? (?:\w+ ){0,3}(?:ago|on|last|in|back in|about this|yesterday)\b",
        r"\byou(?:\'ve| have)? asked (?:me |us )?(?:for|to)\b",
        r"\basked (?:me |us )?(?:for )?(?:\S+ ){0,4}(?:twice|" + _N + r" times|again)\b",
        r"\b(?:haven\'?t heard (?:anything |back |a thing )?since|heard nothing (?:back|since))\b",
        r"\b(?:i|we)(?:'ve| have| had)? (?:reported|logged|raised|flagged|mentioned) (?:the|this|my|our|it) (?:\w+ ){0,2}(?:on the \d|on \d|last|again|yesterday|already|twice|back in|\d+ (?:days|weeks|months) ago|a (?:week|month|fortnight) ago)",
        r"\b(?:every|each) (?:agent|person|advisor|adviser|rep|one|colleague|member of staff) (?:i|we) (?:speak|talk|chat|get through|deal)\w*",
        r"\b(?:complaint|ticket|case|claim)\b[^.\n]{0,40}\b(?:opened|raised|logged|submitted) (?:on|\w+ (?:days|weeks|months) ago|a (?:week|month|fortnight) ago|last)\b",
        r"\bi\'ve lost count of how many times\b",
        # es
        r"\b(?:nadie (?:me |nos )?(?:ha contestado|ha respondido|ha devuelto la llamada)|llevo (?:\w+ ){0,3}esperando (?:una |su |vuestra )?(?:respuesta|llamada|contestación)|me (?:habían|habéis|han) (?:dicho|prometido|asegurado))\b",
        r"\b(?:ya (?:se lo|os lo|les|os|se los) (?:he )?(?:dicho|dije|expliqué|explicado|comenté|comentado|escrito|mandado|enviado)|mi (?:anterior|último|primer) (?:correo|mensaje|reclamación|email)|"r"(?:segunda|tercera|cuarta|quinta) reclamación|no es la primera vez que (?:escribo|llamo|reclamo|os|les|lo))\b",
        r"\b(?:hola|buenas) (?:de nuevo|otra vez)\b", r"\b(?:ya|otra vez|de nuevo) (?:lo )?(?:comuniqué|llamé|escribí|reclamé|he (?:llamado|escrito|reclamado|enviado)|os escribí|les escribí)\b",
        r"\bvolví a (?:llamar|escribir|reclamar|enviar)\b", r"\b(?:seguimos|sigo) (?:sin (?:respuesta|noticias)|esperando)\b",
        r"\bhacer seguimiento\b", r"\bya van (?:\w+ )?(?:llamadas|correos|mensajes|semanas)\b", r"\bcada (?:persona|agente|vez que (?:llamo|llamamos|escribo|escribimos|pregunto|preguntamos|reclamo|reclamamos|contacto|contactamos|hablo|hablamos|insisto))\b",
        rf"\b(?:{_N}) (?:llamadas|correos|mensajes|reclamaciones)\b", rf"\b(?:llamado|escrito|reclamado|llamé|escribí) (?:\w+ )?(?:{_N}) veces\b", r"\bsin respuesta\b", r"\bgracias por (?:la|su|tu) respuesta\b",
        # fr
        r"\b(?:personne ne (?:m\'a|nous a) (?:répondu|rappelée?s?|recontactée?s?)|on m\'avait (?:dit|promis|assuré)|j\'attends (?:\w+ ){0,3}(?:votre|une) (?:réponse|rappel|retour)|malgré mes (?:relances|appels|messages|courriels|mails))\b",
        r"\b(?:sans (?:aucune )?réponse (?:à|de) (?:mon|ma|mes)|(?:mon|ma) (?:précédent|dernier|dernière|premier|première) (?:mail|courriel|message|demande|réclamation|appel)|"r"relancé (?:\w+ )?(?:deux|trois|plusieurs|\d+) fois|je vous ai (?:déjà )?(?:écrit|appelé|contacté|signalé|relancé|adressé))\b",
        # class (round 19): the earlier letter told in the pluperfect ("le mois dernier je vous avais écrit", "ya les había escrito")
        r"\bje vous avais (?:déjà )?(?:écrit|appelée?|contactée?s?|signalé|relancée?s?|envoyé un (?:mail|courriel|message))\b|"
        r"\b(?:les|os|le) había (?:escrito|llamado|avisado|reclamado|enviado un (?:correo|mensaje))\b",
        r"\bce n'est pas la première fois\b", r"\bdéjà (?:signalé|écrit|appelé|contacté|relancé|réclamé|envoyé|expliqué)\b",
        r"\b(?:vous ai|vous avons) déjà\b", r"\bj'ai déjà (?:écrit|appelé|signalé|contacté|envoyé|relancé|expliqué|téléphoné|fait une réclamation)\b", r"\bà (?:deux|trois|quatre|plusieurs|maintes) reprises\b", r"\bencore une fois\b",
        rf"(?<!for )(?<!pour )(?<!of )(?<![£€$])\b(?:{_N}) (?:courriels|mails|e-mails|appels|tickets|relances|conseillers)\b{SEAT_TICKETS}", r"\bj'attends toujours (?:une |votre )?(?:réponse|retour)\b", r"\btoujours (?:aucune|pas de) (?:réponse|retour|nouvelles)\b",
        r"\b(?:on|vous|ils) (?:me|nous) (?:répond|répondez|répondent|dit|dites|disent) (?:\w+ )?à chaque fois\b",
        r"\bà chaque (?:appel|fois que (?:j'appelle|je (?:vous )?(?:appelle|écris|contacte|relance)|je (?:vous )?ai (?:appelé|écrit|contacté)))\b", r"\bconseiller différent\b", r"\bmalgré (?:\w+ )?(?:tickets|relances|appels|courriels|mails)\b",
        r"\bje (?:vous )?relance\b",
        # de
        r"\b(?:ihr|ihre|euer|eure) (?:kollege|kollegin|mitarbeiter\w*|kundenservice|hotline|support) (?:hat|haben|hatte|sagte|meinte|versprach)\b",
        r"\b(?:(?:niemand|keiner) hat (?:mich |uns )?(?:zurückgerufen|geantwortet)|warte (?:\w+ ){0,3}auf (?:eine |ihre )?(?:antwort|rückmeldung|rückruf)|trotz (?:mehrerer|meiner|mehrfacher) (?:anrufe|e-mails|mails|nachfragen|erinnerungen))\b",
        r"\b(?:(?:meine|unsere) (?:zweite|dritte|vierte|fünfte|x-te) (?:anfrage|nachricht|e-mail|mail|beschwerde|reklamation|erinnerung|mahnung)|"r"(?:erneut|nochmals|wiederholt|zum wiederholten mal|immer wieder) (?:\w+ ){0,2}(?:anfrage|schreibe|melde|nachfrage|angerufen|geschrieben)|"r"(?:meine|unsere) (?:letzte|vorige|vorherige|erste) (?:anfrage|nachricht|e-mail|mail|beschwerde))\b",
        r"(?<!installiert hab ich )(?<!installiert habe ich )(?<!gestartet hab ich )(?<!gestartet habe ich )(?<!probiert hab ich )(?<!probiert habe ich )"
        r"\b(?:bereits|schon) (?:\w+ )?(?:zweimal|dreimal|viermal|mehrfach|mehrmals|mal|einmal)\b"
        r"(?! (?:\S+ ){0,3}?(?:neu )?(?:installiert|gestartet|probiert|versucht|bestellt|bezahlt|abgebucht|belastet|zurückgesetzt|aufgeladen|aktualisiert|geladen)\b)",
        # (session 26: ... with the line between, "zweimal mit Ihrer Hotline telefoniert", read nb-82-047)
        r"\b(?:zweimal|dreimal|viermal|mehrfach|mehrmals) (?:\w+ )?(?:angerufen|geschrieben|gemeldet|nachgefragt|reklamiert|telefoniert)\b|"
        r"\b(?:zweimal|dreimal|viermal|mehrfach|mehrmals) mit (?:ihrer|ihrem|eurer|eurem|der|dem) \w+ (?:telefoniert|gesprochen|gechattet)\b",
        r"\b(?:wie (?:bereits|schon)|bereits) (?:\w+ )?(?:geschrieben|erwähnt|mitgeteilt|gemeldet|geschildert)\b",
        r"\bin meiner (?:ersten|letzten|vorigen) (?:nachricht|mail|e-mail)\b", r"\b(?:wollte|wollten) (?:\w+ ){0,3}?nachfragen\b", r"\bnachhaken\b",
        r"\bkeine (?:inhaltliche |einzige )?antwort\b", r"\bimmer noch keine (?:antwort|rückmeldung)\b",
        # "jedes Mal" alone is a fault that recurs ("stürzt jedes Mal ab"); with a contact it is a repeat
        r"\bjedes mal,? (?:wenn|als) ich (?:\S+ ){0,4}?(?:anrufe|anrief|schreibe|schrieb|nachfrage|melde|frage|chatte)\b|"
        r"\b(?:sagt|sagen|sagte|antwortet|antworten|heißt es|bekomme ich|bekam ich|vertröstet|vertrösten) (?:\S+ ){0,2}?jedes mal\b",
        r"\b(?:ihrer|ihre|eurer|eure) (?:mail|e-mail|nachricht|antwort) unten\b",
        r"\bschon wieder (?:\w+ ){0,2}(?:schreiben|schreibe|melden|melde|anrufen|rufe|nachfragen|frage|nachhaken)\b",
        r"\b(?:tickets|anfragen) #?\d+ und\b",
        # class: a count of contacts followed by a comma or a count of answers ("Four calls, four different answers")
        rf"(?<!for )(?<!buy )(?<!bought )(?<!of )\b(?:{_N}) (?:emails|e-mails|calls|phone calls|messages|tickets|chats|letters|complaints){SEAT_TICKETS}(?=,)",
        rf"\b(?:{_N}) different (?:answers|stories|replies|explanations|excuses)\b",
        # class: on N occasions / N-mal, in es/de ("en dos ocasiones", "drei Mal wurde mir ... versprochen", "zweimal nachgehakt")
        rf"\b(?:escrito|llamado|reclamado|contactado|escribí|llamé|reclamé) (?:\w+ )?(?:en|por) (?:{_N}|\w+) ocasiones\b",
        r"\b(?:zwei|drei|vier|fünf|mehrere|\d+) ?mal (?:\w+ ){0,4}(?:versprochen|zugesagt|angerufen|geschrieben|gemeldet|nachgefragt|nachgehakt|vertröstet)\b",
        r"\b(?:zweimal|dreimal|viermal|mehrfach|mehrmals) (?:\w+ )?(?:nachgehakt|gemahnt|erinnert|nachgefasst|kontaktiert|gemailt)\b",
        # class: following up an earlier request, dated or not ("je reviens vers vous au sujet de ma demande du 12 avril", "ich hatte ... geschrieben")
        r"\b(?:je reviens vers vous|je me permets de (?:vous )?relancer|je relance ma)\b",
        r"\b(?:ma|mes|notre) (?:demande|réclamation|message|mail|courriel|requête|déclaration)s? du \d",
        r"\b(?:my|our) (?:request|email|message|complaint|ticket|query|claim|letter)s? (?:of|from|dated|sent on) (?:the )?\d",
        r"\b(?:mi|nuestra|la) (?:solicitud|petición|consulta|reclamación|correo|mensaje) del? (?:día )?\d",
        r"\b(?:meine|unsere|meiner|unserer) (?:anfrage|nachricht|e-mails?|mails?|beschwerde|reklamation|schadensmeldung|briefe?|schreiben) vom \d",
        r"\bich hatte (?:\S+ ){0,12}?(?:angerufen|geschrieben|gemeldet|reklamiert|nachgefragt)\b",
        r"\b(?:hatte|habe) (?:ihnen|euch) (?:\S+ ){0,12}?(?:geschickt|gesendet|zugeschickt|geschrieben|gemeldet)\b",
        r"\b(?:nochmal|noch einmal|erneut) (?:bei ihnen |bei euch )?melden\b",
        r"\b(?:une|ma|mes|plusieurs|deux|trois|\d+) relances?\b",
        # class: no answer to earlier letters ("keinerlei Antwort", "malgré mes deux courriers")
        r"\bkeinerlei (?:\w+ )?(?:antwort|rückmeldung|reaktion)\b",
        r"\bmalgré (?:mes|nos) (?:\w+ )?(?:courriers|lettres|relances|appels|messages|courriels|mails|e-mails|demandes|réclamations)\b",
        # class: passed between people or departments, in es/fr/de
        rf"\b(?:{_N}) (?:personas|agentes|operadores|teleoperadores|departamentos) (?:distint[oa]s|diferentes)\b",
        rf"\b(?:{_N}) (?:conseillers|conseillères|interlocuteurs|personnes|services) (?:différents|différentes)\b",
        r"\b(?:d'un service à l'autre|de service en service|on me balade|on nous balade|baladée? de)\b",
        rf"\b(?:{_N}) (?:verschiedene[n]?|unterschiedliche[n]?) (?:mitarbeiter\w*|personen|ansprechpartner\w*|abteilungen)\b",
        r"\bvon (?:einer abteilung|einem mitarbeiter|einer stelle) zu[rm]? (?:nächsten|anderen)\b",
        # class: "por tercera vez" (es), and "repeatedly" for support's failures
        rf"\bpor {_NTH} vez\b",
        r"\b(?:has|have) repeatedly (?:failed|ignored|promised|refused)\b",
        # class: the same stock answer again ("I keep being told it's processing", "the same canned reply", "vos réponses automatiques",
        # "respuestas automáticas", "die dritte Mitteilung, dass sich ein Kollege meldet")
        r"\bi keep (?:being told|(?:getting|receiving) (?:the same|another|these|more) (?:\w+ )?(?:reply|replies|answer|answers|response|responses|emails?|excuses?|scripts?|links?))\b",
        r"(?<!send me )(?<!send us )(?<!send )(?<!want )\b(?:same|another|yet another) (?:canned|automated|automatic|stock|generic|copy-?pasted?|scripted|template) (?:reply|response|answer|email|message)\b",
        r"\b(?:canned|automated|automatic|stock|generic|copy-?pasted|scripted) (?:replies|responses|answers|emails)\b|\bstop copy-?pasting\b",
        r"\b(?:respuestas automáticas|(?:otra|la misma) respuesta (?:automática|genérica|de siempre)|(?:me )?(?:seguís|siguen) (?:diciendo|respondiendo) lo mismo)\b",
        r"\b(?:vos|des|ces|les) réponses automatiques\b|\b(?:encore|une énième|la même) réponse (?:automatique|type|toute faite)\b|\bc'est la (?:deuxième|troisième|quatrième|cinquième|énième)(?= *[.!])",
        rf"\b{_NTH} (?:mitteilung|antwort|standardantwort|vertröstung|automatische antwort|nachricht von ihnen)\b|\b(?:gleiche|dieselbe|wieder eine) (?:standardantwort|automatische antwort|textbaustein\w*)\b",
        # class: the count of the contact itself ("beim sechsten Kontakt", "on my third call", "en mi tercera llamada", "à mon troisième appel")
        rf"\b(?:beim|nach dem|zum) (?:{_NTH}|sechste[nm]?|siebte[nm]?|x-te[nm]?) (?:kontakt|anruf|telefonat|chat|versuch)\b",
        rf"\bon (?:my|our|the) {_NTH} (?:call|attempt|email|chat|contact|try)\b",
        rf"\ben (?:mi|nuestra) {_NTH} (?:llamada|reclamación|consulta)\b|\bà (?:mon|ma|notre) {_NTH} (?:appel|relance|réclamation|demande)\b",
        # class: followed up after a first request ("eingereicht und am 2. Mai nachgefragt", "la reiteré el 4 de septiembre",
        # "je l'ai relancée", "we've been chasing since", "raised on the 29th and again on the 3rd")
        r"\b(?:nachgehakt|nachgefasst)\b|\b(?:habe|hatte|haben|hab)\b[^\n]{0,80}?\b(?:bei ihnen|bei euch|per e-?mail|per mail|telefonisch|schriftlich|im chat|erneut|nochmals|nochmal|mehrmals|wieder) nachgefragt\b",
        r"\bam [\w.]+ (?:\w+ )?und (?:erneut |nochmals |nochmal )?am [\w.]+ (?:\S+ ){0,14}?(?:gemeldet|geschrieben|angerufen|reklamiert|nachgefragt|kontaktiert|"
        r"eingereicht|geschickt|gesendet|zugeschickt|beantragt|mitgeteilt)\b",
        r"\b(?:la|lo|las|los) reiteré\b|\b(?:reiteré|he reiterado|volví a (?:reclamar|escribir|llamar|insistir)|he vuelto a (?:reclamar|escribir|llamar|insistir))\b",
        # ... and said in the present (session 23: "Vuelvo a escribir porque la respuesta del viernes no resuelve nada",
        # "Vuelvo a escribirles, y ya van tres veces", "Os vuelvo a adjuntar su DNI": 4 of 4 read lines labelled repeat
        # contact, nb-59-044 missed); not "no vuelvo a llamar a esta empresa" (never again), not "vuelvo a pedir" (a purchase)
        r"(?<!no )(?<!nunca )\b(?:(?:os|les|le|te) )?(?:vuelvo|volvemos) a (?:reclamar|escribir|llamar|insistir|contactar|adjuntar|enviar|mandar)\w*\b",
        r"\b(?:je l'ai|je les ai|nous l'avons|j'ai) relancé\w*\b", r"\brelance (?:le|du|en date du) (?:\d|premier|1er)",
        r"\bfait l'objet d'(?:un|une) (?:ticket|réclamation|signalement|demande)\b",
        # class: someone else's earlier contact, or the last one with an agent ("my son rang you last week", "the agent on chat this
        # morning told me", "the chat support closed the case twice")
        r"\b(?:my|our) (?:son|daughter|husband|wife|partner|mum|mom|dad|mother|father|colleague|assistant|neighbour|neighbor) (?:already )?"
        r"(?:rang|called|phoned|emailed|wrote to|contacted|spoke to|chatted with) (?:you|your)\b",
        r"\b(?:the|your|an|one of your) (?:agent|advisor|adviser|rep|representative|colleague|person|lady|guy) (?:on|in) (?:the )?(?:live )?(?:chat|phone|call) "
        r"(?:\w+ ){0,3}(?:told|said|promised|assured|closed|hung up)\b",
        r"\b(?:closed|marked) (?:my|the|our|this) (?:ticket|case|chat|complaint|request|query)s? (?:\w+ ){0,3}(?:twice|three times|again|without (?:a )?(?:reply|answer|fix))\b",
        r"\b(?:zweimal|dreimal|mehrfach|schon wieder) (?:\w+ ){0,1}geschlossen\b|\bfall (?:\w+ ){0,2}geschlossen, ohne\b",
        # class (round 20): what the chat or the bot did, counted ("el chat me ha cerrado la conversación dos veces", "el chat me ha
        # mandado dos veces el mismo mensaje", "the chat cut me off twice", "le chat m'a raccroché au nez deux fois", "der Chat hat
        # mich zweimal rausgeworfen"): 17 of 17 read lines with the chat and a count are labelled repeat contact (missed: nb-38-073,
        # nb-44-056)
        r"\b(?:live |in-app )?(?:chat|webchat|chatbot|chat bot|bot)\b(?! (?:option|button|icon|window|feature|widget)\b)[^.!?\n]{0,50}?"
        r"\b(?:twice|(?:two|three|four|\d) times|(?:dos|tres|cuatro|varias) veces|(?:deux|trois|quatre|plusieurs) fois|zweimal|dreimal|viermal|mehrmals)\b",
        r"\bgiven up (?:expecting|waiting for|hoping for) (?:a |an |any )?(?:reply|response|answer|callback|call back|refund)\b",
        # class: an earlier contact told as its outcome or its count ("I was told it would be added within 10 days", "your bot keeps
        # telling me", "I've tried the number 4 times", "I reported the first one too"; "me dijeron que", "on m'a dit que", "mir wurde
        # gesagt") -- a promise or an answer the customer already got from the company.
        r"\b(?:i was|we were|i've been|we've been|i have been|we have been) (?:told|promised|assured) (?:(?:by (?:your|one of your|the) (?:\w+ )?(?:agent|staff|team|colleague|advisor|adviser|rep|branch|"
        r"store|shop|support|driver|engineer|technician|manager|bot|chat|call centre)|on the (?:phone|chat)) )?(?:it|that|i|we|the|my|our|a|an)\b",
        # (session 23: a person, not the bot: what a chat bot "keeps telling me" inside one chat is the bot's script, no
        # earlier contact with support -- 6 of 7 read lines where a bot repeats itself are labelled no repeat contact
        # (nb-38-035, nb-54-030, nb-57-039, nb-60-087, nb-40-087, nb-59-099); the same answer sent again stays, above)
        r"\b(?:you|they|support|your (?:\w+ )?(?:agents?|staff|team|support|advisors?)|the (?:agent|advisor)) "
        r"(?:keep|keeps|kept) (?:telling|asking|sending) (?:me|us)\b",
        rf"\btried (?:calling|ringing|phoning|to call|the (?:number|helpline|hotline|chat|line)) (?:\w+ )?{_N} times\b",
        # ... or twice, and an attempt to cancel or reach support made twice ("I've tried the webchat twice today", "I have now tried
        # TWICE to cancel")
        rf"\btried (?:the |your )?(?:web ?chat|live chat|chat|number|helpline|hotline|phone line|line) (?:\w+ )?(?:twice|{_N} times)\b|"
        rf"\btried (?:twice|{_N} times) (?:now )?to (?:cancel|contact|reach|call|ring|get through|report|complain|close|sort)\b",
        r"\b(?:i|we|he|she|they)(?:'ve| have| has| had)? reported (?:it|this|that|the first one|the last one) (?:too|as well|already|at the time|the same day|that same day|that day|on the day|straight away|immediately)\b",
        # class (session 23): attempts to reach support counted in fr/es/de, and a wait on the chat or on hold counted in minutes
        # ("J'ai essayé d'appeler trois fois ce matin", hd-0065; "he intentado llamaros cuatro veces"; "dreimal versucht,
        # durchzukommen"; "been waiting 40 mins on chat", hd-0117), a fault reported N times ("je l'ai signalé deux fois", as
        # "I've logged it twice since", nb-65-025). Trying twice to log in is no contact.
        r"\b(?:j'ai|nous avons|on a) (?:déjà )?essayé (?:de (?:vous )?|d')(?:appeler|joindre|contacter|rappeler|téléphoner) (?:\w+ )?(?:deux|trois|quatre|cinq|plusieurs|\d+) fois\b|"
        r"\bhe intentado (?:llamar(?:os|les|le)?|contactar(?:os|les|le)?|comunicarme) (?:con (?:ustedes|vosotros) )?(?:\w+ )?(?:dos|tres|cuatro|cinco|varias|\d+) veces\b|"
        r"\b(?:zweimal|dreimal|viermal|fünfmal|mehrmals|mehrfach|\d+ ?mal) (?:\S+ )?versucht,? (?:sie |euch |jemanden )?(?:anzurufen|zu erreichen|durchzukommen|telefonisch zu erreichen)\b",
        r"\b(?:je l'ai|nous l'avons|je les ai|on l'a) (?:déjà )?(?:signalé|déclaré|remonté|réclamé|demandé)e?s? (?:\w+ )?(?:deux|trois|quatre|plusieurs|\d+) fois\b|"
        r"\b(?:lo|la|los|las) (?:he|hemos) (?:reportado|comunicado|notificado|reclamado|avisado)\w* (?:\w+ )?(?:dos|tres|cuatro|varias|\d+) veces\b",
        r"\b(?:been |was |were |after |i've been |i have been |we've been )?waiting (?:for )?(?:\d+|an|one|two|three|twenty|thirty|forty|fifty|ninety) ?(?:mins?|minutes|hours?)"
        r" (?:on|in) (?:the |your )?(?:live )?(?:chat|hold|phone|queue|line|web ?chat)\b",
        r"\b(?:me dijeron|me aseguraron|me prometieron|nos dijeron) que\b|\bon (?:m'a|nous a) (?:dit|assuré|promis) que\b|"
        r"\b(?:mir|uns) wurde (?:\w+ )?(?:gesagt|zugesagt|versprochen)\b",
        # class: an earlier contact named by the customer's own word for it ("my follow-up of 9 May was ignored", "ma relance",
        # "mi recordatorio", "meine Nachfrage"), and a document forwarded to support before.
        r"(?<=\bmy )(?:follow-?up|chaser|reminder)s? (?:of|on|from|sent|dated|email|was|were|has|have|went)\b|\bforwarded (?:it|this|them|the \w+) to you\b",
        r"\b(?:ma|mes) (?:relances?|précédente relance)\b|\b(?:mi|mis) recordatorios?\b|\bmeine (?:nachfrage|erinnerung|mahnung)(?:en)? (?:vom|von|blieb|ist|wurde)\b",
        # class (session 8): an earlier form, ticket or case with no answer since ("I submitted the form on Monday and have heard
        # nothing", "I've logged it through the portal", "He abierto la incidencia", "j'ai déposé une réclamation", "Das Ticket habe
        # ich bereits gestern angelegt – bisher keine Reaktion", "Am 10. April habe ich erinnert"), and time spent on the phone
        # with support ("three evenings on the phone with your technical line", "me han tenido 40 minutos en espera").
        r"\b(?:i|we)(?:'ve| have| had)? (?:already )?(?:submitted|sent|filled in|filled out|completed|returned|lodged|logged|raised|opened|filed) "
        r"(?:\S+ ){0,6}?(?:form|ticket|case|request|claim|complaint|application|query)\b[^.\n]{0,80}?\b(?:heard nothing|(?:have|has|had)n't heard|"
        r"not heard|no (?:reply|response|answer|word|update|decision|outcome|news|progress)|nothing (?:back|since))\b",
        r"\b(?:(?:i|we)(?:'ve| have| had)?|and (?:have|had)) heard nothing\b(?! from (?:the|my|our) (?:courier|bank|landlord|seller|insurer|police))",
        r"\b(?:i|we)(?:'ve| have| had)? (?:already )?(?:logged|raised|reported|submitted|opened|filed|entered) (?:it|this|the (?:issue|fault|problem)|"
        r"an? (?:ticket|case|fault|request)) (?:through|via|on|in|with|using) (?:the|your) (?:\w+ )?(?:portal|website|site|app|form|chat|system)\b",
        r"\b(?:i|we)(?:'ve| have| had)? (?:already )?(?:opened|raised|logged|submitted|filed) (?:a|an|the) (?:support )?(?:ticket|case)\b",
        r"\bhe (?:abierto|puesto|registrado|presentado|enviado|rellenado) (?:\w+ ){0,2}?(?:incidencia|ticket|reclamación|queja|formulario|solicitud|caso)\b",
        # (session 24: and in the preterite, "Abrí una incidencia con vosotros el 11", nb-51-065, "presenté una queja que nunca
        # fue respondida", nb-63-096; not one lodged with the consumer office, which is a legal step)
        r"\b(?:abrí|presenté|puse|registré|abrimos|presentamos|pusimos) (?:una|otra|la|mi) (?:incidencia|queja|reclamación)\b"
        r"(?![^.\n]{0,30}\b(?:consumo|omic|facua|ocu|juzgado|policía|banco)\b)",
        r"\b(?:j'ai|nous avons) (?:\w+ )?(?:ouvert|déposé|rempli|envoyé|créé|soumis) (?:\w+ ){0,2}?(?:ticket|réclamation|formulaire|dossier|signalement)\b",
        r"\b(?:ticket|anfrage|störungsmeldung|meldung|reklamation|beschwerde|formular)\w* (?:\S+ ){0,3}?(?:habe|hatte|haben|hatten) (?:ich|wir) "
        r"(?:\S+ ){0,3}?(?:angelegt|eröffnet|aufgemacht|erstellt|eingereicht|ausgefüllt|abgeschickt)\b",
        r"\b(?:ich|wir) (?:habe|hatte|haben|hatten) (?:\S+ ){0,4}?(?:ticket|störungsmeldung|reklamation|beschwerde|formular) (?:\S+ ){0,3}?"
        r"(?:angelegt|eröffnet|aufgemacht|erstellt|eingereicht|ausgefüllt|abgeschickt)\b",
        r"\b(?:bisher|bislang|noch) (?:keine|keinerlei) (?:reaktion|antwort|rückmeldung)\b",
        r"\b(?:habe|hatte|haben|hatten) (?:ich|wir) (?:sie |euch |nochmals |erneut |schriftlich |per (?:e-)?mail |telefonisch )*(?:daran )?erinnert\b|"
        r"\b(?:ich|wir) (?:habe|hatte|haben|hatten) (?:sie |euch |nochmals |erneut |schriftlich |per (?:e-)?mail |telefonisch )*(?:daran )?erinnert\b",
        r"\b(?:spent|wasted|lost) (?:\w+ ){0,3}?(?:hours?|evenings?|days?|mornings?|afternoons?|weeks?|minutes|lunch ?breaks?) (?:\w+ )?"
        r"(?:on the phone|on hold|on (?:live )?chat|in (?:live )?chat|in queues?|calling|ringing|phoning|chasing|emailing|trying to (?:get through|reach|contact|call))\b",
        r"\bme (?:han tenido|habéis tenido|tuvieron|tuvisteis|tienen|tenéis) (?:\w+ ){0,3}?(?:minutos|horas|min) (?:en espera|esperando)\b|"
        r"\bhe pasado (?:\w+ ){0,3}?(?:horas|tardes|días|mañanas) (?:al teléfono|llamando|en espera)\b|"
        r"\bhe (?:llamado|telefoneado|escrito|reclamado) (?:\w+ ){0,2}?(?:al (?:teléfono|número|servicio|centro)|a (?:atención|vuestro|vuestra|su) (?:\w+ )?"
        r"(?:cliente|servicio|teléfono|atención|centro)|el (?:lunes|martes|miércoles|jueves|viernes|sábado|domingo|día \d)|ayer|varias veces)\b",
        # ... and an earlier call or meeting referred to ("as discussed on the phone last week", "wie letzte Woche telefonisch
        # besprochen", "como hablamos ayer por teléfono", "comme convenu par téléphone")
        r"\bas (?:discussed|agreed|arranged) (?:\w+ ){0,2}?(?:on the phone|by phone|over the phone|on (?:the )?chat|yesterday|last week|with your)\b|"
        r"\bwie (?:\w+ ){0,3}?(?:telefonisch|am telefon|per (?:e-)?mail|im chat) (?:besprochen|vereinbart|mitgeteilt|gemeldet|angekündigt)\b|"
        r"\bcomo (?:hablamos|comentamos|acordamos|quedamos) (?:\w+ ){0,2}?(?:por teléfono|ayer|la semana pasada|por chat)\b|"
        r"\bcomme (?:convenu|discuté|évoqué|indiqué|vu) (?:\w+ ){0,2}?(?:par téléphone|au téléphone|hier|la semaine dernière|avec votre)\b",
        r"\bj'ai passé (?:\w+ ){0,3}?(?:heures|soirées|journées|minutes|matinées) (?:au téléphone|en attente|à (?:vous )?(?:appeler|relancer))\b|"
        r"\bon (?:m'a|nous a) (?:laissée?s? |mise? |mis )(?:\w+ ){0,3}?en attente\b",
        r"\b(?:stunden|abende|tage|minuten) (?:lang )?(?:in der warteschleife|am telefon mit ihre\w*)\b|\bin der warteschleife (?:\w+ ){0,3}?(?:verbracht|gehangen|gewartet)\b",
        # class (round 9): the earlier contacts counted with "my" ("both my emails", "mes deux mails", "mis dos correos", "auf meine
        # beiden E-Mails"); chased with the pronoun between ("je vous ai relancés deux fois"); reported already ("ya lo reporté desde
        # la app"); messages left ("three messages left", "trois messages laissés", "he dejado dos mensajes", "Nachrichten
        # hinterlassen"); back at the shop or the clinic more than once ("I've been back to the clinic twice", "je suis repassée
        # deux fois en magasin"); what their agent on the phone said ("Ihre Mitarbeiterin am Telefon behauptete", "votre conseillère
        # m'a affirmé", "su agente me aseguró"); asked them yesterday by chat ("os pedí ayer por chat").
        r"(?:\bboth (?:of )?my |(?<=\bmy )(?:two|three|four|several|many|repeated) )(?:emails|e-mails|messages|calls|letters|complaints|tickets|chats|requests)\b|"
        r"(?<=\bmes )(?:deux|trois|quatre|nombreux|multiples|précédents) (?:mails|e-mails|courriels|messages|appels|courriers|relances|réclamations)\b|"
        r"(?<=\bmis )(?:dos|tres|cuatro|varios|múltiples|anteriores) (?:correos|emails|mensajes|llamadas|reclamaciones|escritos)\b|"
        r"(?:(?<=\bmeine )|(?<=\bmeinen ))(?:beiden|zwei|drei|vier|mehreren|zahlreichen|bisherigen) "
        r"(?:e-mails|mails|nachrichten|anrufe|schreiben|briefe|beschwerden|anfragen)\b",
        r"(?:(?<=\bvous ai )|(?<=\bvous avons )|(?<=\bvous ai déjà )|(?<=\bvous avons déjà ))(?:relancée?s?|écrit|appelée?s?|contactée?s?|sollicitée?s?)\b",
        r"(?:(?<=\bya )|(?<=\bya lo )|(?<=\bya os lo )|(?<=\bya se lo )|(?<=\bya la )|(?<=\bya les )|(?<=\bya le ))"
        r"(?:reporté|informé|notifiqué|comuniqué|avisé|reclamé)\b",
        r"\b(?:left|leaving) (?:you |them )?(?:\w+ )?(?:messages|voicemails)\b|\bmessages laissés\b|\blaissé (?:\w+ ){0,2}messages\b|"
        r"\b(?:dejado|dejé) (?:\w+ ){0,2}mensajes\b|\bnachrichten hinterlassen\b",
        r"(?:(?<=\bbeen )|(?<=\bwent )|(?<=\bgone ))back (?:to (?:the |your )?(?:[\w-]+ ){1,2}?)?(?:twice|three times|\d+ times|several times)\b|"
        r"(?:(?<=\bsuis )|(?<=\bsommes )|(?<=\bsuis déjà )|(?<=\bsommes déjà ))(?:retournée?s?|repassée?s?) (?:\S+ ){0,4}?(?:deux|trois|plusieurs) fois\b|"
        r"(?:(?<=\bhe )|(?<=\bhemos ))vuelto (?:\w+ ){0,3}?(?:dos|tres|varias) veces\b|"
        r"\b(?:zweimal|dreimal|mehrmals) (?:wieder )?(?:in der filiale|im laden|beim händler|in der praxis|vor ort) gewesen\b",
        r"(?:(?<=\bihr )|(?<=\bihre ))(?:mitarbeiter|mitarbeiterin|kollege|kollegin|kundenberater|kundenberaterin|hotline|empfang|rezeption|kundendienst|kundenservice) (?:am telefon |im chat )?"
        r"(?:behauptete|sagte|meinte|erklärte|versprach|versicherte|hat (?:mir )?(?:gesagt|versprochen|versichert))\b|"
        # (session 24: the desk's word on the phone, its speaker named before, "Ihr Empfang erklärte mir am Telefon", nb-68-038, "Der
        # Typ an der Annahme meinte am Telefon nur", nb-54-080 -- not the courier's or the bank's -- and the hotline asked, told in
        # the preterite, "Als ich bei der Hotline nachfragte", nb-46-088)
        r"(?<!kurier )(?<!fahrer )(?<!zusteller )(?<!bote )(?<!vermieter )(?<!verkäufer )(?<!bank )(?<!händler )"
        r"\b(?:meinte|sagte|erklärte|behauptete|versicherte|versprach) (?:mir |uns )?(?:nur |dann |noch |sogar )?am telefon\b|"
        r"\bals (?:ich|wir) (?:\S+ ){0,2}?(?:bei (?:der|ihrer|eurer) hotline|bei ihnen|bei euch|im chat|telefonisch) (?:\S+ )?(?:nachfragte|nachfragten|anrief|anriefen|nachhakte|reklamierte)\b|"
        r"(?<=\bvotre )(?:conseiller|conseillère|collègue|agent) (?:au téléphone |par téléphone )?m'a (?:dit|affirmé|assuré|promis)\b|"
        r"(?<=\bsu )(?:agente|compañer[oa]|operador[a]?) (?:por teléfono |en el chat )?me (?:dijo|aseguró|prometió)\b",
        r"(?:(?<=\bos )|(?<=\bles )|(?<=\ble ))(?:pedí|escribí|llamé|dije|expliqué|avisé) (?:ayer|antes de ayer|el (?:" + _DIA + r")|la semana pasada|por (?:chat|teléfono|correo|email))\b",
        # (session 24: "Lo dije en el chat el sábado", nb-59-065: what was said, on our channel)
        r"(?<=\blo )(?:dije|comenté|expliqué|avisé|reclamé|pedí) (?:en|por) (?:el )?(?:chat|teléfono|correo|email|mail)\b",
        # class (round 10): the same request made over several channels ("I've asked on chat, by phone and by email", "lo he
        # pedido por chat y por teléfono", "j'ai demandé par téléphone et par mail", "ich habe per Telefon und per Mail gefragt");
        # earlier requests counted with how they ended ("Drei Anfragen beim Support blieben ergebnislos", "tres correos sin
        # respuesta", "trois mails restés sans réponse"); the answer to the earlier request ("auf meine Nachfrage letzte Woche
        # kam nur ...", "a mi reclamación solo me contestaron ..."); asking for weeks ("llevo dos meses pidiendo", "cela fait
        # trois semaines que je relance", "I've been asking for weeks"); on the chat a number of times ("on your chat twice")
        r"\b(?:asked|told|reported|raised|explained|chased|contacted|complained|requested|tried|written|called)\b (?:\w+ ){0,4}?(?:on|by|via|over|through) (?:the |your )?(?:chat|live chat|webchat|phone|telephone|email|e-mail|letter|post|twitter),? (?:and |or )?(?:(?:on|by|via|over|through|in) )?(?:the |your )?(?:chat|live chat|webchat|phone|telephone|email|e-mail|letter|post|twitter|person|store|branch)\b",
        r"\b(?:pedido|reclamado|llamado|escrito|preguntado|avisado|solicitado)\b (?:\w+ ){0,3}?por (?:chat|teléfono|correo|email|carta),? (?:y |por )+(?:chat|teléfono|correo|email|carta|en persona|en tienda)\b|"
        r"\b(?:demandé|signalé|écrit|appelé|relancé|réclamé)\b (?:\w+ ){0,3}?par (?:chat|téléphone|mail|e-mail|courrier|courriel),? (?:et |par )+(?:chat|téléphone|mail|e-mail|courrier|courriel|en agence|en magasin)\b|"
        r"\bper (?:chat|telefon|e-mail|mail|brief),? (?:und |per |oder )+(?:chat|telefon|e-mail|mail|brief|persönlich|in der filiale)\b",
        r"\b(?:zwei|drei|vier|fünf|mehrere|\d+) (?:anfragen|nachfragen|e-mails|mails|anrufe|nachrichten|reklamationen|beschwerden|tickets) (?:\w+ ){0,3}?(?:blieben|sind|wurden|waren) (?:\w+ )?(?:ergebnislos|unbeantwortet|ohne antwort|ohne ergebnis|ignoriert)\b|"
        r"\b(?:dos|tres|cuatro|varios|varias|\d+) (?:correos|emails|llamadas|mensajes|reclamaciones|consultas) (?:\w+ ){0,2}?(?:sin (?:respuesta|contestar)|ignorad[oa]s)\b|"
        r"\b(?:deux|trois|quatre|plusieurs|\d+) (?:mails|e-mails|messages|appels|courriers|réclamations|relances) (?:\w+ ){0,2}?(?:sans (?:réponse|suite)|ignorés)\b",
        r"\bauf (?:meine|unsere) (?:nachfrage|anfrage|nachricht|e-mail|mail|reklamation|beschwerde|erinnerung)(?: \w+){0,3}? (?:kam|kamen|gab es|erhielt ich|bekam ich) (?:nur|keine|nie|bis heute|nichts|nix)\b|"
        r"\ba (?:mi|nuestra) (?:reclamación|consulta|correo|mensaje|queja) (?:\w+ ){0,3}?(?:solo|nadie|nunca|no) (?:me |nos )?(?:han|ha|contestaron|respondieron|contestó|respondió|llegó)\b|"
        r"\bà (?:ma|notre) (?:réclamation|demande|relance|plainte) (?:\w+ ){0,3}?(?:on (?:m'a|nous a) (?:seulement |juste )?répondu|je n'ai eu|aucune réponse)\b",
        r"\bllevo (?:\w+ ){0,2}?(?:meses|semanas|días) (?:pidiendo|reclamando|llamando|escribiendo|pidiéndo\w*|reclamándo\w*)\b|"
        r"\b(?:cela|ça) fait (?:\w+ ){0,2}?(?:mois|semaines|jours) que je (?:demande|réclame|relance|appelle|écris)\b|"
        r"\b(?:i've|i have|we've|we have) been (?:asking|chasing|calling|emailing|ringing) (?:\w+ ){0,3}?for (?:\w+ )?(?:weeks|months|days)\b",
        r"\b(?:been|was|were) on (?:your|the) (?:live )?(?:chat|webchat|helpline|hotline|phone line) (?:\w+ ){0,2}?(?:twice|" + _N + r" times|again|already)\b",
        # class (round 18): the earlier contacts counted as the steps of the story ("after four emails to Guest Services I have
        # given up on them", "después de tres llamadas al servicio técnico", "après trois mails au service client", "nach drei
        # Anrufen bei der Hotline"), and as the times the writer asked ("el chat, las tres veces que he preguntado, me suelta la
        # misma frase", "the three times I've called", "les trois fois où j'ai appelé", "die drei Male, die ich angerufen habe")
        r"\bafter (?:" + _N + r"|two more|yet more) (?:e-?mails|calls|phone calls|messages|letters|chats|complaints) (?:to|with) (?:you\b|(?:your |the )?(?:\w+ ){0,2}?(?:services?|support|team|desk|department|care|helpline|hotline|office|centre|center)\b)|"
        r"\b(?:después de|tras) (?:" + _N + r") (?:correos|emails|llamadas|mensajes|cartas|reclamaciones) (?:a|al|con) (?:vuestro|vuestra|su|el|la|ustedes|vosotros|atención)\b|"
        r"\baprès (?:" + _N + r") (?:mails|e-mails|courriels|appels|messages|courriers|réclamations|relances) (?:à|au|auprès de|avec) (?:votre|vos|vous|le|la)\b|"
        r"\bnach (?:" + _N + r") (?:e-mails|mails|anrufen|nachrichten|briefen|beschwerden) (?:an|bei|mit) (?:ihre|ihren|ihrem|ihr|euren|eure|euer|den|die|der|dem|sie|euch)\b",
        r"\b(?:the|all) (?:" + _N + r") times (?:i've|i have|we've|we have|i|we) (?:asked|called|rung|phoned|written|emailed|messaged|chased|contacted|complained)\b|"
        r"\blas (?:" + _N + r") veces que (?:he|hemos|os he|les he|le he) (?:preguntado|llamado|escrito|reclamado|contactado|pedido)\b|"
        r"\bles (?:" + _N + r") fois où (?:j'ai|nous avons|je vous ai) (?:appelé|écrit|demandé|relancé|réclamé|contacté)\b|"
        r"\b(?:die|alle) (?:" + _N + r") male?,? (?:die|wo|als) (?:ich|wir) (?:\w+ )?(?:angerufen|geschrieben|nachgefragt|gefragt|reklamiert)\b",
        # class (round 11): the attempt counted ("Third attempt at this.", "tercer intento", "troisième tentative", "dritter Versuch");
        # writing again in es/fr/de ("Les escribo de nuevo", "Je me permets de revenir vers vous", "Ich melde mich noch einmal");
        # tries counted in a span of time ("Trois fois cette semaine que j'essaie", "three times this week I've tried to", "tres veces
        # esta semana que intento"); an earlier call or letter named by its date ("lors de mon appel du 20 mai", "my call on 3 May",
        # "mi llamada del 3 de mayo", "meinem Anruf vom 3. Mai", "par courriel du 3 janvier"); followed up ("I followed up on 24
        # February"); asked for something by letter before ("habe ich Sie um Auskunft gebeten")
        rf"(?:^|(?<=[.!?] ))(?:{_NTH}) attempt\b|\b{_NTH} attempt (?:at (?:this|getting|sorting|cancel\w*|contact\w*|reaching)|now)\b|"
        rf"\b(?:mi |este es mi |es mi )?(?:segundo|tercer|cuarto|quinto) intento\b|\b(?:ma |c'est ma )?(?:deuxième|troisième|quatrième|cinquième|énième) tentative\b|"
        rf"\b(?:mein |das ist mein |der )?(?:zweiter|dritter|vierter|fünfter) versuch\b",
        r"\b(?:les|os|le) (?:escribo|vuelvo a escribir|contacto|llamo) (?:de nuevo|otra vez|nuevamente)\b|\b(?:les|os|le) vuelvo a (?:escribir|contactar|llamar)\b|"
        r"(?<!manquerons pas de )(?<!manquerai pas de )(?<!n'hésiterons pas à )(?<!n'hésiterai pas à )\b(?:je me permets de |je dois )?revenir vers vous\b|\bje (?:vous )?(?:réécris|recontacte)\b|"
        r"\b(?:ich melde mich|wir melden uns) (?:\w+ )?(?:nochmal|noch einmal|nochmals|erneut|wieder)\b|\b(?:ich schreibe|wir schreiben) (?:ihnen|euch) (?:\w+ )?(?:nochmal|noch einmal|nochmals|erneut)\b",
        r"\b(?:deux|trois|quatre|cinq|plusieurs) fois (?:cette semaine |ce mois-ci |aujourd'hui |en \w+ jours )?que (?:j'essaie|j'essaye|je tente|j'appelle|j'écris|je vous écris|je relance|je contacte)\b|"
        r"\b(?:two|three|four|five|several) times (?:this week |this month |today |now )?(?:i've|i have|we've|we have) (?:(?:tried|had) to (?:call|reach|contact|ask|chase|get through|explain)|"
        r"(?:asked|called|rung|phoned|emailed|written to|chased|raised it with|reported it to|flagged it (?:to|with)|complained to))\b|"
        r"\b(?:dos|tres|cuatro|cinco|varias) veces (?:esta semana |este mes |hoy )?(?:que )?(?:intento|he intentado|llamo|escribo|os escribo|les escribo)\b|"
        r"\b(?:zweimal|dreimal|viermal|mehrmals) (?:diese woche |heute |in dieser woche )?(?:habe ich (?:\w+ )?versucht|versuche ich)\b",
        r"\b(?:mon|ma) (?:appel|coup de fil|échange téléphonique|courrier|lettre|courriel|mail) (?:du|en date du) \d|\bpar (?:courriel|mail|e-mail|lettre|courrier)(?: recommandée?)? du \d|"
        r"\bmy (?:phone |telephone )?(?:call|letter|chat) (?:of|on|dated) (?:the )?\d|\bmi (?:llamada|carta) del? (?:día )?\d|\b(?:meinem|meinen|mein) (?:anruf|telefonat|brief|schreiben) vom \d",
        r"\b(?:i|we) (?:then |also |later )?followed (?:it |this )?up (?:on|with|by|in|last|again|twice|a week|two weeks|\d)\b",
        r"\b(?:habe|hatte) (?:ich|wir) (?:sie|euch|ihnen) (?:\S+ ){0,14}?(?:gebeten|aufgefordert|angeschrieben)\b",
        # ... what their hotline or agent told them, in fr/de ("la hotline m'a seulement dit de", "le conseiller m'a répondu",
        # "die Hotline hat mir nur gesagt")
        r"\b(?:la hotline|le service client|le service clients|votre service|votre hotline|le conseiller|la conseillère|votre conseiller|votre conseillère|l'agent|le support) "
        r"(?:m'a|nous a|m'ont|nous ont) (?:\w+ )?(?:dit|répondu|assuré|promis|conseillé)\b|"
        r"\b(?:die hotline|der kundenservice|der kundendienst|der support|ihr mitarbeiter|ihre mitarbeiterin|ihr kollege|ihre kollegin) hat (?:mir|uns) (?:\w+ )?(?:gesagt|geraten|versprochen|geantwortet)\b",
        # class (round 12): what one person at support said, or the hotline's advice ("la hotline me conseille de", "Die Hotline
        # sagte", "Der Mitarbeiter vor Ort meinte", "la chica de recepción me dijo", "Your chatbot told me"): past, so not a
        # bot answering as the customer writes ("el chatbot me dice"), nor a promise at the counter ("me dijisteis que")
        r"\b(?:la hotline|le service client|le service clients|le support|le conseiller|la conseillère|votre hotline|votre service client|le standard|l'assistance) "
        r"(?:me|nous) (?:conseille|dit|répond|explique|propose|raconte|assure)\b",
        r"\b(?:die hotline|der kundenservice|der kundendienst|der support|der mitarbeiter|die mitarbeiterin|der berater|die beraterin|der kollege|die kollegin)"
        r"(?: (?:vor ort|am telefon|im chat|in der filiale|an der hotline|am schalter))? (?:sagte|meinte|behauptete|erklärte|versprach)\b",
        r"\b(?:la chica|el chico|la señora|el señor|el empleado|la empleada|el agente|la agente|el operador|la operadora|el comercial|el técnico|el chat|el chatbot|"
        r"la persona|el teleoperador|la teleoperadora)(?: (?:de|del|en)(?: \w+){1,2}?)? (?:me|nos) (?:dijo|contestó|respondió|aseguró|prometió)\b",
        r"\byour (?:\w+ )?(?:chatbot|chat bot|virtual assistant|helpline|hotline|live chat)s? (?:\w+ )?(?:told|said|promised|assured)\b",
        # ... the earlier contacts counted with their channel ("two phone calls with your customer care team", "zweimal den Chat
        # genutzt", "zweimal schriftlich angemahnt", "He ido tres veces", "Troisième demande de résiliation"), logged under a
        # reference ("I've logged this under #4471 and again under #4502"), chased ("euch hinterherzutelefonieren"), on hold
        # ("on hold for 50 minutes", "llevo 40 minutos en espera", "en attente depuis 40 minutes"), got through ("by the time I
        # got through to you")
        rf"(?<![£€$])\b(?:{_N}) (?:phone calls|calls|chats|emails|e-mails|conversations|letters) with (?:your|you|the)\b",
        r"\b(?:zweimal|dreimal|viermal|mehrmals|mehrfach) (?:den |die |das |ihren |ihre |euren |eure )?(?:chat|hotline|kontaktformular|support|kundenservice|service) "
        r"(?:genutzt|benutzt|kontaktiert|angeschrieben|bemüht|angerufen)\b|\b(?:zweimal|dreimal|viermal|mehrmals|mehrfach) (?:schriftlich|telefonisch|per (?:e-)?mail|per brief)\b|"
        r"\b(?:habe|hatte|hab|haben) (?:ich|wir)\b[^.\n]{0,80}?\bangemahnt\b|\b(?:ich|wir) (?:habe|hatte|hab|haben)\b[^.\n]{0,80}?\bangemahnt\b",
        r"\b(?:he|hemos) (?:ido|pasado|vuelto)(?: (?:a|al|a la|por|por la|por el) (?:\w+ ){0,3}?)? (?:dos|tres|cuatro|cinco|varias|muchas|\d+) veces"
        r"(?: (?:a|al|a la|por|por la|por el) (?:vuestra |su |la |el )?(?:tienda|oficina|sucursal|taller|local|mostrador|centro|agencia|concesionario|recepción)\w*|,? y (?:siempre|nadie|nada|me|nos|sigue|seguimos|no))|"
        r"\b(?:deuxième|troisième|quatrième|cinquième|énième) demande\b|\b(?:segunda|tercera|cuarta|quinta) (?:solicitud|petición)\b|"
        r"\b(?:zweite|dritte|vierte|fünfte)[nr]? (?:anfrage|nachfrage|aufforderung)\b",
        r"\b(?:logged|raised|reported|opened|filed|submitted) (?:this|it|the (?:issue|problem|fault|request)) (?:under|as) (?:ticket |case |ref(?:erence)? |number )?#?[a-z]*-?\d",
        r"\b(?:euch|ihnen|dir) (?:\w+ )?hinterher(?:zu)?(?:telefonier|schreib|lauf|renn)\w*|\bvous courir après\b|\b(?:ir|andar) detrás de (?:vosotros|ustedes)\b",
        r"\b(?:been|was|were|sat) on hold (?:for )?(?:over |nearly |almost |about )?(?:\d+|an?|two|three|forty|fifty|\w+ty) (?:minutes|mins|hours?)\b|"
        r"\bllevo (?:\w+ ){0,2}?(?:minutos|horas) (?:en espera|esperando al teléfono)\b|\ben attente depuis (?:\w+ ){0,2}?(?:minutes|heures?)\b",
        r"\b(?:i|we) (?:finally |eventually )?got through to (?:you|your|someone|somebody|an agent|a person|a human)\b|"
        r"\bquand j'ai (?:enfin )?réussi à vous (?:joindre|avoir)\b|\bcuando (?:por fin )?(?:conseguí|logré) (?:hablar con|contactar con) (?:vosotros|ustedes)\b|"
        r"\bals ich (?:sie|euch) (?:endlich )?erreicht\b",
        r"\band (?:then )?(?:emailed|e-mailed|rang|phoned|called|wrote|chased|messaged) (?:you |again |them )?(?:on (?:" + _DAY + r"|the \d)|last (?:week|" + _DAY + r")|yesterday|twice)\b",
        r"\bje vous ai (?:déjà )?demandé\b",
        r"\b(?:habe|hatte) ich (?:bereits |schon )?am (?:selben|gleichen) tag (?:\w+ )?(?:beantragt|angefordert|angefragt|reklamiert|gemeldet)\b|"
        r"\b(?:i|we) (?:requested|asked for|applied for|claimed) (?:a |an |the |my )?(?:\w+ ){0,4}?(?:refund|cancellation|callback|replacement|deletion|compensation)\b"
        r"[^.\n]{0,50}?\b(?:the same day|on the \d|weeks ago|days ago|months ago|last (?:week|month))",
        # class (round 13): a contact followed up, or made on two dates ("I submitted it by email and followed up by post", "I rang
        # on Monday and again on Thursday", "On 2 January and again on 30 January I asked", "j'ai envoyé les photos et relancé le 9",
        # "mon mari a appelé lundi et mercredi", "lo comuniqué ese mismo día y otra vez el lunes", "am 3., 6. und 11. März
        # telefonisch gemeldet"); a charge on two dates is no contact
        r"\b(?:i|we|and|then)(?: have| had|'ve)? (?:also |then |later )?followed (?:it |this |that |them )?up\b",
        r"\b(?:asked|wrote|emailed|e-mailed|called|rang|phoned|contacted|reported|requested|complained|messaged|chased)\b[^.!?\n]{0,60}?\band again (?:on|in|last|the|yesterday)\b|"
        r"\b(?:on|in) [^.!?\n]{1,25}? and again (?:on|in) [^.!?\n]{1,25}? (?:i|we) (?:asked|wrote|emailed|called|rang|phoned|contacted|reported|requested|complained|messaged)\b",
        r"\b(?:rang|called|phoned|emailed|wrote|chased|reported|contacted|messaged|complained|flagged|raised|mentioned)\b (?:\S+ ){0,4}?(?:on (?:the )?(?:\d{1,2}(?:st|nd|rd|th)?|" + _DAY + r")|"
        r"(?:the )?\d{1,2}(?:st|nd|rd|th)|" + _DAY + r")(?: \w+)? and (?:again )?(?:on )?(?:the )?(?:\d{1,2}(?:st|nd|rd|th)?|" + _DAY + r")\b",
        # (round 20: the days without "on", "I flagged it at reception Monday and Tuesday", read nb-42-015; a bare number
        # still needs "on" or "the 3rd": "reported that 2 bottles and 3 glasses" counts no contact)
        r"\b(?:et|puis|j'ai|nous avons|je vous ai) relancé\b|\brelancé (?:le \d|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|la semaine)\b|"
        r"\b(?:appelé|écrit|relancé|contacté|téléphoné|signalé|réclamé)\b (?:\S+ ){0,3}?(?:le )?(?:\d{1,2}|" + _JOUR + r")(?: \w+)? et (?:à nouveau )?(?:le )?(?:\d{1,2}|" + _JOUR + r")\b",
        r"\b(?:llamé|escribí|reclamé|comuniqué|avisé|contacté|notifiqué|pedí)\b (?:\S+ ){0,6}?(?:el )?(?:\d{1,2}|" + _DIA + r"|ese mismo día|ese día)(?: de \w+)? "
        r"y (?:otra vez|de nuevo|luego)(?: el)? ?(?:\d{1,2}|" + _DIA + r")?\b",
        r"\bam \d{1,2}\.(?:,? \d{1,2}\.)* und (?:am )?\d{1,2}\.(?: \w+)? (?:\S+ ){0,2}?(?:gemeldet|angerufen|geschrieben|reklamiert|kontaktiert|nachgefragt)\b|"
        r"\b(?:habe|hab|haben|hat) (?:\S+ ){0,3}?am (?:" + _TAG + r") und (?:am )?(?:" + _TAG + r")[^.!?\n]{0,40}?\b(?:gemeldet|angerufen|geschrieben|reklamiert|nachgefragt)\b",
    ],
    # Asks for a manager, supervisor, someone senior or an executive, or copies one in.
    "escalation_request": [
        # class (round 15): the person asked for as a bare request ("Manager, please.", "Un responsable, s'il vous plaît.", "Un
        # supervisor, por favor.", "Einen Vorgesetzten, bitte."), and an apology asked of someone above the agent ("an apology from
        # your manager", "eine Entschuldigung der Teamleitung", "des excuses de la direction", "una disculpa del responsable")
        r"(?:^|(?<=[.!?\n] )|(?<=[.!?\n]))(?:a |your |un |une |el |la |einen |eine |ihren |ihre )?(?:manager|supervisor|team ?leader|someone senior|"
        r"responsable|superviseur|supérieur|directeur|encargado|jefe|gerente|vorgesetzten|teamleiter|teamleitung)[,.]? "
        r"(?:please|s'il vous plaît|s'il vous plait|por favor|bitte)\b(?! (?:note|see|find|advise|be aware|beachten|beachte|notez|tenga en cuenta)\b)",
        r"\b(?:apology|apologies|entschuldigung|excuses|disculpas?)\b (?:from|von|der|des|de la|du|del|de) (?:your |the |ihrer |ihres |ihrem |la |le |su |vuestr[oa] )?"
        r"(?:manager|supervisor|team ?lead\w*|senior management|management|director|ceo|teamleitung|teamleiter\w*|geschäftsführ\w*|geschäftsleitung|"
        r"vorgesetzten|direction|directeur|directrice|responsable|gerente|encargad[oa]|director[a]?|dirección)\b",
        r"\b(?<!asked to )(?<!tried to )(?<!wanted to )(?<!had to )(?:speak|talk|speaking|talking|chat|discuss this|escalate (?:this|it|my \w+)|pass (?:this|me|it)|put me through|transfer me|"
        r"hand (?:this|me) over|connect me) (?:\w+ )?(?:to|with) (?:a|an|your|the|someone|somebody|whoever)(?: \w+)? (?:\w+ )?"
        r"(?:manager|supervisor|team ?lead(?:er)?|senior|boss|director|superior|higher up|in charge|executive|head of|management)\b",
        r"\bput me through to (?:a|your|the|someone)\b", r"\b(?:get|give) me (?:a|your|the) (?:manager|supervisor|boss)\b",
        # (session 24) ... and one asked onto the phone ("Put a manager on the phone", nb-15-015; "get me a real supervisor on the line")
        r"\b(?:put|get) (?:me )?(?:a|your|the) (?:real |proper |actual )?(?:manager|supervisor|boss|team leader|superior) on (?:the )?(?:phone|line)\b",
        r"\b(?:someone|somebody) (?:above (?:you|him|her|them)|(?:more )?senior|higher up|in charge|with (?:more |the |actual |real |proper |enough |some |genuine |any )?authority|"
        r"who can (?:actually |really )?(?:make|approve|authorise|authorize|decide) |"
        # (session 24) ... or at a level, or with the power ("I'd like someone at your level to take ownership", nb-73-050;
        # "someone with the power to sort this", nb-36-058, nb-41-085, nb-42-099, nb-59-048, nb-67-081: all labelled)
        r"(?:at|on) (?:your|a (?:more )?senior|a higher|management|director|executive|board) level\b|with (?:the |real |actual |enough )?power to )",
        r"\b(?:i want|i need|i demand|i'd like|i would like|we want|we need) (?:a|your|the|to see a) (?:\w+ )?(?:manager|supervisor|senior)\b",
        r"\b(?:the|your) (?:owner|founder|boss|director|managing director|ceo|(?:\w+ )?manager)(?: of [\w&'’ -]{2,30}?)? (?:to )?(?:personally )?(?:contact|call|ring|phone|email|get in touch with|write to) (?:me|us)\b",
        r"\b(?:can|could|would) (?:a|your|the) (?:supervisor|manager|team leader|senior (?:agent|colleague|member of staff))\b",
        r"\bpas(?:en|ad|e|ar|éis) (?:mi|el|este|nuestro) (?:caso|expediente|reclamación|queja|asunto) a (?:un|una|el|la|su|algún) (?:responsable|supervisor\w*|superior|gerente|director\w*|jef[ea])\b",
        r"\brückruf (?:von (?:einer|einem|ihrer|ihrem)|einer|eines|ihrer|ihres) (?:verantwortlichen|leitenden|vorgesetzten) \w+|\brückruf (?:einer|eines|ihrer|ihres) (?:\w+ )?(?:führungskraft|vorgesetzten|\w*leitung)\b|\bnicht (?:vom|von der|mit dem|mit der) (?:first-level|ersten|normalen|allgemeinen) (?:\S+ )?(?:support|kundenservice|hotline)\b",
        r"\b(?:your|a|the) (?:manager|supervisor|ceo|managing director)(?:'s)? (?:name|details|contact|email|number)\b",
        # (session 24) ... and the name asked for the other way round ("I want the name of his manager", nb-73-062; "le nom de
        # votre responsable", "el nombre de su superior", "den Namen Ihres Chefs")
        r"\b(?:the )?(?:name|contact details) of (?:your|his|her|their) (?:line )?(?:manager|supervisor|boss|superior)\b|"
        r"\ble nom de (?:votre|son|sa|leur) (?:responsable|supérieure?|manager|cheff?e?|directeur|directrice)\b|"
        r"\bel nombre de (?:su|tu|vuestro|vuestra) (?:responsable|superior|jef[ea]|supervisor\w*|encargad[oa]|gerente)\b|"
        r"\b(?:den )?namen (?:ihres|seines|ihrer|des|der) (?:chefs?|chefin|teamleiter\w*|filialleiter\w*|abteilungsleiter\w*)\b",
        r"\b(?:copying|cc'?ing|cc:|adding|looping in|i've copied|i have copied|copied in|on copy)(?:[^.\n]{0,60})"
        r"\b(?:ceo|cfo|cto|coo|chief \w+ officer|chief executive|general counsel|managing director|director|head of \w+|vp|vice president|president|founder|chairman|"
        r"(?<!\bmy )(?<!\bour )(?:regional|area|general|branch|site|store|district|operations|customer service) manager)\b"
        r"(?![^\n]{0,40}\bfor visibility)",
        r"\b(?:your|the) (?:ceo|managing director|chief executive)\b",
        r"\bwho(?:'s| is) in charge\b", r"\b(?:call|email|reply|response|contact|hear|callback|call back) from (?:a|your|the|someone) (?:\w+ )?"
        r"(?:manager|supervisor|boss|senior|team leader|head of|management)\b", r"(?<!dear )(?<!^)(?<!copy of your )(?<!copy of the )(?<!copies of your )\bcomplaints (?:team|department|manager)\b(?!,?\n)" + NOT_ITS_SUBJECT,
        r"\b(?:a|the) named escalation contact\b", r"(?<!dear )\bcomplaints manager\b(?!,?\n)" + NOT_ITS_SUBJECT,
        r"\bwho(?:'s| is) your (?:manager|supervisor|boss|superior|line manager)\b",
        r"\b(?:this|it) (?:to be )?escalated\b(?! to (?:the |your )?(?:tech|technical|engineering|dev|it|specialist))",
        r"\b(?:(?:want|asking) you to )?escalate (?:this|it|my (?:\w+ )?(?:complaint|case|ticket|issue))\b(?! to (?:the |your )?(?:tech|technical|engineering|dev|it|specialist|relevant|right|appropriate))",
        # "superior" alone is a room class ("a superior king") or the Spanish adjective ("altura superior a 1,85 m", nb-44-058)
        r"\b(?:your boss|(?:your|his|her|their|my) superiors?|superiors|upper management|senior management|head of customer (?:service|services|care|experience|support))\b",
        # class: the case asked to go to, or be reviewed by, a named senior role ("I'd like this to go to the area manager",
        # "I'd like this reviewed by your dealer principal"), and a cc: line copying someone in (round 13)
        r"\b(?:this|it|my (?:\w+ )?(?:complaint|case|letter|email)) (?:to )?(?:go|be (?:sent|passed|forwarded|referred|reviewed|looked at|handled|dealt with)|reviewed|looked at|handled) "
        r"(?:up )?(?:to|by) (?:the|your|a) (?:\w+ )?(?:manager|director|principal|ceo|chief executive|owner|head of \w+)\b",
        r"(?:^|(?<=\n)|(?<=\()|(?<=, ))cc ?: ?\S",
        # (session 25) ... and the sentence that copies someone in, whoever they are ("I'm copying in Mr Harbour as I've now been
        # passed between accounts and the conveyancing team", nb-76-040; "I'm copying Mr Delaney in", nb-36-083; "I am copying
        # in Ms Carver", nb-51-057; "I'm copying you in because", nb-41-085): all 19 read lines that copy someone in this way
        # are labelled escalation, most with a title named, some with only a name. Not a relative or a partner of theirs.
        r"\b(?:i'?m|i am|we'?re|we are|i'?ve|i have|we'?ve|we have|i'?ll be|i will be|i'?ll|i will) (?:now |also |hereby )?"
        r"(?:copying|copied|cc'?ing|cc'?d|cc'?ed) (?:in (?!(?:my|our) )|(?:you|" + _TITLE + r")\b)",
        # (session 23: handed over as well, "Give this to a supervisor, not another bot", round 24's nb-70-049; "hand my case to
        # your manager"; "I gave it to the manager at the till" is a story, so only the bare request's "give" and "hand")
        r"\b(?:escalat(?:e|ing)|escalated|raise|raising|refer|referring|passed?|forward(?:ing)?|give|hand) (?:this |it |my (?:\w+ )?(?:complaint|case|ticket) )?(?:to|with) (?:a |your |the )?(?:complaints?|management|senior|higher|executive|manager|supervisor|boss|team lead\w*|superiors?)\b",
        # es
        r"\b(?:páseme|pásame|pasadme|pásenme|pónganme|ponme|póngame|quiero) (?:con )?(?:su|tu|un|el|la|vuestro|vuestra) (?:superior|supervisor\w*|responsable|jef[ea]|encargad[oa]|gerente)\b",
        # (session 24) ... asked as a question ("¿Me puede pasar con su superior?")
        r"\b(?:me )?(?:puede|podría|pueden|podrían|podéis|puedes) (?:pasar|poner) con (?:su|tu|un|una|el|la|vuestro|vuestra|algún) (?:superior|supervisor\w*|responsable|jef[ea]|encargad[oa]|gerente)\b",
        r"\b(?:departamento|servicio|área) de (?:reclamaciones|quejas|atención al cliente de nivel superior)\b(?! del (?:banco de españa|cnmv)| de la (?:cnmv|dgs|dirección general))" + NOT_ITS_SUBJECT,
        r"\b(?:hablar|habl[ae]|comunicarme|contactar) con (?:el |la |un |una |algún |alguna |alguien (?:de |del )?(?:la )?)?(?:responsable|supervisor\w*|"
        r"encargad\w*|gerente|director\w*|jef[ea]\w*|dirección|superior)\b",
        r"\b(?:escal\w+) (?:\w+ ){0,3}(?:a|con) (?:un|una|el|la) (?:responsable|supervisor\w*|superior|gerente|director\w*)\b",
        r"\b(?:pongo|pone|ponemos) en copia\b", r"\bcon copia a\b",
        # fr
        r"\b(?:service|département) (?:des )?réclamations\b" + NOT_ITS_SUBJECT,
        r"\b(?:votre|un) supérieur hiérarchique\b",
        # (session 24) someone with the power, and the management told ("quelqu'un qui a le pouvoir de décider", "je veux que la
        # direction soit informée", "je saisis la direction")
        r"\bquelqu'un (?:qui a|ayant) (?:le pouvoir|l'autorité) de\b|\b(?:la|votre) direction (?:soit|sera) (?:informée|saisie|avertie|mise au courant)\b|"
        r"\b(?:je|j'en) (?:saisis|informe|alerte) (?:\S+ )?(?:la|votre) direction\b",
        r"\b(?:parler|m'adresser|échanger|m'entretenir|discuter) (?:à|avec) (?:un|une|votre|le|la|un de vos) (?:responsable|supérieur|manager|directeur|directrice|chef)\b",
        r"\b(?:je mets|nous mettons|mis|mets) en copie\b",
        r"\b(?:transmettre|transmise?|remonter|remontée?|escalader|escaladée?) (?:\S+ ){0,8}?(?:à|au|vers) (?:un|une|votre|le|la|vos) (?:responsable|supérieur|supérieure|superviseur|superviseuse|manager|direction|service réclamations)\b", r"\bvotre (?:directeur|directrice) général\w*\b",
        # de
        r"\b(?:beschwerdeabteilung|beschwerdemanagement|beschwerdestelle|geschäftsleitung)\b" + NOT_ITS_SUBJECT + r"|\b(?:chef sprechen|ihren chef|ihrem chef)\b",
        r"\b(?:mit|an) (?:einer|einem|ihrem|ihrer|ihren|den|die|der) (?:führungskraft|vorgesetzten|teamleit\w*|geschäftsführ\w*|"
        r"abteilungsleit\w*|verantwortlichen|leitung)\b",
        r"\bin kopie\b", r"\b(?:ihren|ihrem|ihr) geschäftsführer\b", r"\bvorgesetzt\w*\b",
        # class: asking to be served / called by someone in charge ("que me atienda un responsable", "have a manager call me")
        r"\b(?:que me (?:atienda|llame|conteste)|atiéndame|que nos atienda) (?:un|una|el|la|algún|alguna|su) (?:responsable|supervisor\w*|encargad[oa]|superior|jef[ea]|gerente)\b",
        r"\b(?:have|get) (?:a|your|the) (?:manager|supervisor|team leader|team lead|senior \w+) (?:to )?(?:call|ring|phone|contact|email) me\b",
        # (session 25) ... with the pronoun elided before a vowel ("J'exige qu'un responsable m'appelle aujourd'hui", nb-76-054)
        _FR_SENIOR_ASKED + r" (?:\S+ ){0,5}?(?:(?:me |nous )?(?:rappelle|contacte|recontacte|réponde|téléphone)|(?:me|nous) (?:appelle|écrive)|m'(?:appelle|écrive)|"
        r"intervienne|se charge|prenne en charge|examine|étudie|se penche|prenne|traite|reprenne|revoie|s'occupe|se saisisse)\b",
        r"\b(?:eine|ein|ihr|ihre) (?:teamleit\w*|verantwortliche\w*|führungskraft) (?:\w+ ){0,2}(?:zurückruf\w*|anruf\w*|melde\w*|kontaktier\w*)\b",
        # ... and the management of the site or branch asked to get in touch ("dass sich die Leitung des Hauses persönlich bei uns meldet")
        r"\bdass sich (?:(?:diesmal|endlich|jetzt|nun|bitte|umgehend|sofort|persönlich|heute|doch|noch|schnellstmöglich) ){0,2}(?:die|der|ihre|ihr|eine|ein) (?:\w*leitung|\w*leiter\w*|geschäftsführ\w*|chef\w*|vorgesetzte\w*|verantwortliche\w*|führungskraft)(?: (?:des|der) \w+)? (?:\S+ ){0,6}?"
        r"(?:meldet|melden|anruft|zurückruft|kontaktiert|kümmert|kümmern|annimmt|ansieht|befasst)\b",
        # class: copying a senior person in, with words between ("je mets notre directeur général en copie")
        r"\b(?:je|nous) (?:mets|mettons) (?:\w+ ){1,4}en copie\b", r"\b(?:pongo|ponemos) (?:\w+ ){1,4}en copia\b",
        r"\b(?:setze|setzen|nehme|nehmen) (?:\w+ ){1,4}in (?:kopie|cc)\b",
        # class: someone senior or responsible asked to review or take the case ("I'd like a senior member of staff to review",
        # "que un responsable revise lo sucedido", "qu'un responsable examine mon dossier", "dass sich eine verantwortliche Person kümmert")
        r"\b(?:a|someone|somebody) (?:more )?senior (?:member of (?:staff|the team)|person|colleague|manager|agent|person)?\s?(?:to )?"
        r"(?:review|look at|look into|handle|take over|investigate|check|go through|read)\b",
        # ... (session 22) or to contact the customer, said as a wish or an ultimatum ("I require a senior person to contact me
        # today", nb-65-076; "If nobody senior contacts me by tomorrow", nb-57-048); the owner asked for by name of role ("I'd
        # like to speak to the owner", nb-63-046, nb-59-092; "I would like the owner of the company to be made aware",
        # nb-65-083; not an owner who is a third party: "the owner told us it had been double-booked"); "una persona
        # responsable" asked for ("quiero hablar con la persona responsable del centro", nb-65-097, nb-41-017)
        r"\b(?:a|one) senior (?:member of (?:staff|the team)|person|colleague|manager)\s(?:to )?(?:contact|call|ring|phone|get in touch)\b|"
        r"\b(?:nobody|no one|no-one|someone|somebody|anyone) senior (?:contacts|calls|rings|phones|gets in touch|gets back)\b",
        r"\b(?:speak|talk|speaking|talking) (?:to|with) (?:the|your) (?:owner|owners|proprietor|founder|managing director)\b"
        r"(?! of (?:the |that |this )?(?:flat|apartment|property|house|villa|cottage|car|vehicle|dog|listing|room|boat))|"
        r"\b(?:the|your) (?:owner|owners|proprietor|founder)(?: of (?:the|your|this) (?:company|business|firm|shop|garage|practice|salon|restaurant|hotel|nursery|gym))? "
        r"(?:to be (?:made aware|told|informed)|to (?:call|ring|contact|see this|know|hear|look|review))\b",
        r"\b(?:hablar|habl[ae]|comunicarme|contactar|me (?:llame|atienda|conteste)) (?:con )?(?:una|la) persona (?:responsable|encargada|al cargo)\b",
        r"\b(?:loop|bring|pull) (?:in )?(?:your|a|the) (?:head of \w+|manager|supervisor|director|team lead\w*)\b|\b(?:loop|bring|pull) (?:your|a|the) (?:head of \w+|manager|supervisor|director) in\b",
        r"\b(?:que )?(?:un|una|el|la|algún|alguna) (?:responsable|supervisor\w*|superior|jef[ea]|gerente|director\w*) (?:\w+ )?(?:revise|examine|estudie|se ponga en contacto|"
        r"se encargue|se haga cargo|atienda|me llame|nos llame|me conteste|nos conteste|lo revise)\b",
        r"\btransmis\w* (?:\w+ ){0,2}(?:à (?:un|une|votre|vos|la|le|l'|son|sa)|au) ?(?:responsable|supérieur|supérieure|superviseur|superviseuse|manager|directeur|directrice|direction|hiérarchie)\b",
        r"\b(?:eine|einen|ein) (?:verantwortliche|zuständige|leitende) (?:person|stelle|mitarbeiter\w*|kraft)\b(?=[^.\n]{0,40}\b(?:kümmert|kümmern|prüft|prüfen|meldet|melden|übernimmt|ansieht|weiterzuleiten|weiterleiten|weitergeleitet|weitergeben|weiter))",
        r"\bjemand (?:verantwortliches|mit entscheidungsbefugnis|aus der leitung)\b",
        # (session 24) one in charge asked for by "sprechen" alone, and the case to be passed up ("Ich möchte einen
        # Verantwortlichen sprechen", "Leiten Sie das an Ihre Chefin weiter": nb-42-063, nb-44-093, labelled)
        r"\b(?:einen|eine|den|die) (?:verantwortliche[nr]?|zuständige[nr]? (?:leiter\w*|führungskraft)) (?:\w+ )?sprechen\b|"
        r"\ban (?:ihre|ihren|ihr|eure|euren|die|den) (?:chef|chefin|vorgesetzte\w*|teamleitung|teamleiter\w*|geschäftsführung|leitung) (?:\S+ )?weiter\b",
        # class: an elected representative copied in ("I am copying in Cllr Shaw", "with a copy to my MP", "copie à mon député")
        r"\b(?:copying|copied|cc'?ing|cc'?d|cc:|copy to) (?:in )?(?:my |our |local )?(?:mp|cllr|councillor|member of parliament|assembly member|msp|senator|congressman|congresswoman)\b",
        r"\bcopie (?:à|au) (?:mon|notre) (?:député|maire|sénateur)\b|\bcopia a (?:mi|nuestro) (?:diputad[oa]|alcalde|concejal)\b|\b(?:landtagsabgeordnete\w*|bundestagsabgeordnete\w*) in (?:kopie|cc)\b",
        # class: someone senior asked for as who should take it over ("I'd like this passed to the practice manager", "je demande à
        # être contacté par le directeur régional", "que me llame el director", "mit der Filialleitung sprechen").
        r"\b(?:passed|passed on|handed|referred|escalated|forwarded) to (?:the|a|your|his|her|their) (?:\w+ )?(?:manager|director|head of|supervisor|owner|team ?lead(?:er)?)\b",
        r"\b(?:contactée? par|appelée? par|parler (?:au|à la)|rappelée? par) (?:le |la |un |une |votre )?(?:directeur|directrice|responsable|gérante?|supérieur)\b",
        r"\b(?:que me (?:llame|atienda|conteste)|hablar con) (?:el|la|un|una|su) (?:director|directora|gerente|encargad[oa]|superior)\b",
        r"\bmit (?:der|dem|ihrer|ihrem) (?:filialleitung|geschäftsführung|geschäftsleitung|teamleitung|filialleiter(?:in)?|geschäftsführer(?:in)?|vorgesetzten)\b",
        # class (round 19): ... asked for with an adverb ("je demande à parler directement à la directrice", "hablar directamente con el
        # director", "speak directly to the manager" is read above), or named by what they run ("I want to speak to whoever manages
        # the Leeds area", "whoever is responsible for your drivers", "quien lleve la zona", "mit der Leiterin des Camps sprechen")
        # class (session 23): a letter sent straight to the one in charge because the front line failed ("I'm writing to you
        # directly because I don't know who else to go to", nb-49-097; "I'm writing directly to you because reception couldn't
        # help", nb-50-035; "je vous écris directement car le service client ne répond plus", "me dirijo directamente a usted
        # porque en la tienda nadie me ayuda", "ich wende mich direkt an Sie, weil die Hotline mich vertröstet"); writing direct
        # with news ("writing to you directly with my new address") goes past no one
        r"\b(?:i'm|i am|we're|we are|i've|i have) (?:now )?(?:writing|written|emailing|coming) (?:directly to you|to you directly|to you personally|personally to you)"
        r"(?:,? (?:as|because|since) [^.!?\n]{0,60}?\b(?:couldn't|can't|cannot|could not|won't|wouldn't|didn't|don't know|nobody|no one|no-one|not|never|failed|refused|ignored|keeps?))\b|"
        r"\bje vous écris directement,? (?:car|parce que|puisque) [^.!?\n]{0,60}?\b(?:ne|n'|personne|rien|jamais|refus\w*)\b|"
        r"\bme dirijo (?:directamente|personalmente) a (?:usted|ustedes|vosotros|ti),? (?:porque|ya que|pues) [^.!?\n]{0,60}?\b(?:no|nadie|nada|nunca|ningún|ninguna)\b|"
        r"\b(?:ich wende mich|wir wenden uns|ich schreibe ihnen|wir schreiben ihnen) (?:\S+ ){0,2}?(?:direkt|persönlich)(?: an sie)?,? (?:weil|da) [^.!?\n]{0,60}?\b(?:nicht|niemand|nichts|nie|kein\w*|vertröst\w*)\b",
        r"\b(?:speak|talk|speaking|talking) (?:directly |personally )?(?:to|with) (?:whoever|the person who|someone who) (?:actually |really )?"
        + _RUNS + r"\b",
        # (session 25) ... or asked to call back ("I need someone who actually runs the boutique to ring me today", nb-76-001;
        # "whoever runs the site to call me"); "whoever runs this circus should be embarrassed" is contempt, not a request
        r"\b(?:someone|somebody|whoever|the person) (?:who |that )?(?:actually |really )?" + _RUNS + r" (?:the|this|your) "
        r"(?:[\w&'’-]+ ){1,5}?to (?:ring|call|phone|contact|email|e-mail|get back to|get in touch with|call back) (?:me|us)\b",
        # (session 26) ... or asked as a question, with no "to" ("Could somebody who is accountable for the scheduling team
        # call me?"); "someone who runs the shop called me" tells, and asks nothing
        r"\b(?:could|can|would|will) (?:someone|somebody|the person) (?:who |that )?(?:actually |really )?" + _RUNS + r" (?:the|this|your) "
        r"(?:[\w&'’-]+ ){1,5}?(?:please )?(?:ring|call|phone|contact|email|e-mail|get back to|get in touch with|call back) (?:me|us)\b",
        r"\bparler (?:directement|personnellement) (?:au|à la|à|avec (?:le|la)) (?:directeur|directrice|responsable|gérante?|supérieure?)\b|"
        r"\bparler (?:directement )?(?:à|avec) (?:la personne|celui|celle) qui (?:gère|dirige|est responsable|s'occupe)\b",
        r"\bhablar (?:directamente|personalmente) con (?:el|la|su) (?:director|directora|gerente|encargad[oa]|responsable|superior)\b|"
        r"\bhablar (?:directamente )?con quien (?:lleve|dirija|gestione|sea (?:el )?responsable|esté a cargo)\b",
        r"\bmit (?:der|dem|ihrer|ihrem) (?:leiter(?:in)?|leitung|verantwortlichen)\b(?: \S+){0,4}? (?:sprechen|reden)\b|"
        r"\bmit (?:demjenigen|derjenigen|der person),? (?:der|die) (?:für (?:\S+ ){1,4}?verantwortlich|(?:\S+ ){1,3}?leitet)\b",
        # class (session 8): the matter sent up to a named senior ("I would like this matter escalated to the venue's general manager"),
        # past front-line support to whoever decides ("pass this to whoever handles security incidents rather than general support"),
        # and someone responsible asked to step in ("que me pongan en contacto con un responsable", "qu'un responsable intervienne",
        # "nicht an den allgemeinen Support")
        r"\b(?:this|the|my) (?:matter|complaint|case|issue|ticket|problem) (?:to be |be |being )?(?:escalated|passed|referred|forwarded) (?:on |up )?to (?:the |a |your )?"
        r"(?:\S+ ){0,2}?(?:manager|owner|director|supervisor|head of|management|ceo|senior)\b",
        r"\b(?:pass|forward|refer|send|hand|transfer|escalate|put me through)(?: this| it| me| my (?:\w+ )?(?:case|complaint|ticket|message|email|query|report))?(?: on| over)? to "
        r"(?:whoever|someone who|somebody who|the (?:person|people|team|department) (?:who|that)) (?:handles|deals with|is responsible for|are responsible for|is in charge of|"
        r"has the authority|can (?:actually )?(?:make|authori[sz]e|approve|decide|sign off|fix|resolve|sort)|can(?= ?[,.;!?]))\b",
        # class (session 9): "pass me to someone who can", in es/fr/de ("pásenme con alguien que pueda", "passez-moi quelqu'un qui
        # peut", "verbinden Sie mich mit jemandem, der das entscheiden kann")
        r"\b(?:pásenme|páseme|pasadme|pónganme|póngame|ponedme) con alguien que (?:pueda|sepa|tenga)\b",
        r"\b(?:passez-moi|transférez-moi|transmettez (?:mon dossier|ma demande) à) quelqu'un qui (?:peut|puisse|sait|sache|a)\b",
        r"\b(?:verbinden sie mich|leiten sie mich|geben sie mich|stellen sie mich) (?:\S+ ){0,2}?(?:an|mit|zu|weiter an) jemand(?:em|en)?,? (?:der|die) (?:\S+ ){0,4}?(?:kann|darf)\b",
        r"\b(?:rather than|instead of) (?:to )?(?:the )?(?:general|first-line|front-line|frontline|first line|front line|the usual|standard|level 1|tier 1|generic) (?:customer )?(?:support|service|customer service|helpdesk)\b",
        r"\b(?:pongan|ponga|pongáis|poned|poner)(?:me|nos)? en contacto con (?:un|una|el|la|algún|alguna|su) (?:responsable|supervisor\w*|superior|encargad[oa]|jef[ea]|gerente|director\w*)\b",
        r"\b(?:en lugar de|en vez de|y no) (?:a |al )?(?:la )?(?:atención al cliente|soporte|servicio) (?:general|habitual|de primer nivel)\b|"
        r"\b(?:plutôt qu'au|et non (?:pas )?au|pas au) (?:support|service client) (?:général|habituel|de niveau 1|de premier niveau)\b|"
        r"\bnicht (?:an|zu) (?:den|die|der) (?:allgemeinen|normalen|ersten) (?:\S+ )?(?:support|kundenservice|hotline)\b",
        # class (session 9): a head of department asked to act ("your Head of Security contact me in writing", "a reply from your
        # head of complaints"), and the case wanted reviewed by someone senior ("I would like this complaint to be reviewed by a
        # manager", "que lo revise un responsable" is above); "it was reviewed by a manager" is a story
        r"(?:(?<=\byour )|(?<=\bthe )|(?<=\ba ))head of (?:\w+ ){1,2}?(?:to )?(?:personally )?(?:contact|call|ring|phone|email|get in touch with|write to|review|look into|respond to|reply to|deal with) (?:me|us|this|my|it)\b",
        r"(?<!was )(?<!were )(?<!been )(?:reviewed|looked at|looked into|handled|dealt with|investigated|assessed|reconsidered|examined) (?:personally )?by (?:a|an|your|the|someone|somebody) "
        r"(?:more )?(?:senior|manager|supervisor|team leader|director|head of)",
        # (session 25) ... with an adverb between ("que ce dossier soit traité directement par le directeur de la concession", nb-76-032)
        r"\b(?:examinée?|traitée?|revue?|étudiée?|réexaminée?|suivie?|reprise?) (?:(?:directement|personnellement|désormais|dorénavant|enfin|"
        r"rapidement) )?par (?:un|une|votre|le|la) (?:responsable|supérieur|manager|directeur|directrice|chef)\b",
        r"\b(?:revisad[oa]|estudiad[oa]|tratad[oa]|atendid[oa]) por (?:un|una|el|la|su|algún) (?:responsable|supervisor\w*|superior|jef[ea]|gerente|director\w*)\b",
        # class (session 9): the matter forwarded to someone responsible or to the department above ("Ich bitte um Weiterleitung an eine
        # verantwortliche Person", "Bitte leiten Sie dies an Ihre Rechtsabteilung weiter", "pass this to your legal department",
        # "transmettez ce dossier à votre service juridique", "remitan mi queja a su departamento jurídico")
        r"\b(?:weiterleitung|weitergabe) an " + _ABOVE_DE,
        r"\bleiten sie (?:\S+ ){0,3}?an " + _ABOVE_DE,
        r"\b(?:pass|forward|refer|escalate)(?: this| it| my (?:\w+ )?(?:case|complaint|letter|email))?(?: on)? to (?:your|the) (?:legal (?:department|team)|complaints department|head office|executive office|executive team)\b",
        r"\b(?:transmettez|transmettre|transférez|faites suivre) (?:\S+ ){0,3}?(?:à|au) (?:votre |le )?(?:service juridique|direction|siège|service contentieux)\b",
        r"\b(?:remitan|remita|trasladen|traslade|deriven|derive) (?:\S+ ){0,3}?(?:a|al) (?:su |el |la )?(?:departamento (?:jurídico|legal)|asesoría jurídica|dirección(?! de (?:correo|envío|entrega|facturación|email))|responsable|superior)\b",
        # class (session 9): an apology or an answer asked of the management ("I expect a formal apology from the hotel's management",
        # "espero una disculpa formal de la dirección del hotel", "j'attends des excuses de la direction", "eine Entschuldigung der
        # Geschäftsleitung"); "la dirección de entrega" is an address
        r"\b(?:apology|apologies|explanation|answer|letter) (?:\w+ ){0,2}?from (?:the |your )?(?:\w+'s )?(?:management|general manager|hotel manager|store manager|owner|director|senior management|head of)\b",
        r"\b(?:disculpa|disculpas|explicación|respuesta|carta) (?:\w+ ){0,2}?(?:de|por parte de) (?:la dirección|la gerencia|el director|la directora|el gerente|la gerente)\b(?! de (?:correo|envío|entrega|facturación|email))",
        r"\b(?:excuses|explication|réponse|courrier|lettre) (?:\w+ ){0,2}?(?:de|par) (?:la direction|votre direction|le directeur|la directrice|votre directeur|votre directrice)\b",
        r"\b(?:entschuldigung|stellungnahme|erklärung|antwort|rückmeldung) (?:\w+ ){0,2}?(?:der|von der|ihrer|vom|von ihrem|des) (?:geschäftsleitung|geschäftsführung|hotelleitung|filialleitung|direktion|geschäftsführer\w*|hoteldirektor\w*)\b",
        # class (session 10): the case handed to someone in charge, said with the case first or the person as the subject ("que mi
        # expediente pase a un responsable", "que mi caso lo revise un responsable", "que mon dossier soit confié à un responsable",
        # "qu'un responsable nous rappelle", "dass der Werkstattleiter mich heute noch anruft", "looked at by someone above the refunds team")
        r"\b(?:mi|el|este|nuestro) (?:caso|expediente|reclamación|queja|asunto|siniestro) (?:lo |la )?(?:pase|pasen|revise|revisen|lleve|estudie|vea|examine) "
        r"(?:a )?(?:un|una|el|la|su|algún|alguna) (?:responsable|supervisor\w*|superior|gerente|director\w*|jef[ea])\b",
        r"\b(?:confiée?|remise?|attribuée?|réattribuée?|transférée?|passée?) (?:à|au) (?:un|une|votre) (?:responsable|supérieur|manager|directeur|directrice|chef de service)\b",
        r"\bdass (?:der|die|ihr|ihre|ein|eine) (?:zuständige |verantwortliche )?(?:(?:werkstatt|filial|team|abteilungs|bereichs|service|geschäfts|haus|hotel|niederlassungs|markt|"
        r"praxis|vertriebs|kundenservice)leit(?:er|erin|ung)|vorgesetzte\w*|geschäftsführer\w*|chef\w*) (?:\S+ ){0,3}?(?:mich|uns) (?:\S+ ){0,3}?(?:anruft|zurückruft|kontaktiert|anschreibt)\b",
        r"\bsomeone above (?:the|your) (?:\w+ )?(?:team|department|desk|agents?|staff|level|line)\b|\bwhoever is above (?:you|him|her|them)\b|"
        # (session 25) ... or above the service itself, with no article ("speak to someone above customer service", nb-76-095)
        r"\b(?:someone|somebody|whoever(?:'s| is)?) above (?:customer (?:service|services|care|support)|(?:the )?(?:support|helpdesk|help desk|call cent(?:re|er)s?|contact cent(?:re|er)))\b",
        # class (session 12): whoever is above a level of support, in the four languages ("a supervisor or whoever is above first-line
        # support", "alguien por encima de atención al cliente", "quelqu'un au-dessus du support", "jemand, der über Ihnen steht")
        r"\b(?:whoever|someone|somebody)(?:'s| is)? above (?:the |your )?(?:first[- ]line|front[- ]line|frontline|first-level|level (?:1|one)|tier (?:1|one)|basic)\b|"
        r"\b(?:alguien|algún responsable) por encima de (?:usted|ti|él|ella|ustedes|vosotros|este departamento|(?:la )?atención al cliente|(?:el )?soporte)\b|"
        r"\bquien (?:esté|está|estén|están) por encima\b|\b(?:celui|celle) qui est (?:au-dessus|au dessus)\b|"
        r"\bquelqu'un (?:au-dessus|au dessus) (?:de vous|de lui|d'elle|d'eux|de ce service|du support|du service client|de l'assistance)\b|"
        r"\bjemand(?:en|em)?(?: (?:zu )?(?:sprechen|reden))?,? (?:der|die) über (?:ihnen|dir|euch|ihm|ihr) steht\b",
        # class (session 10): a call or meeting asked of a manager by the role's name, calm or not ("speak with our account manager",
        # "discuss the terms with your service manager", "en discuter avec le chef d'atelier", "einen Gesprächstermin mit der zuständigen
        # Vertriebsleitung", "hablar con el jefe de taller")
        r"\b(?:speak|talk|meet|discuss (?:this|it|the \w+|my \w+|our \w+|terms|pricing)) (?:with|to) (?:our|your|the|a) "
        r"(?:account|sales|service|branch|store|site|regional|area|general|practice|hotel|fleet|workshop) manager\b",
        r"\b(?:en discuter|discuter|m'entretenir|échanger|parler) (?:de \S+ )?(?:avec|au|à) (?:le |la |l')?(?:chef d'atelier|chef de service|chef d'agence|chef de rayon|"
        r"directeur d'agence|directrice d'agence|responsable commercial|responsable de l'agence|responsable d'agence)\b",
        r"\b(?:gespräch\w*|termin|telefonat|rückruf) mit (?:der|dem|ihrer|ihrem) (?:zuständigen )?(?:werkstatt|filial|team|abteilungs|bereichs|service|niederlassungs|markt|"
        r"vertriebs|verkaufs|kundenservice)leit(?:er|erin|ung)\b",
        r"\b(?:hablar|reunirme|hablarlo) con (?:el|la|su|vuestro|vuestra) (?:jef[ea] de (?:taller|ventas|servicio|tienda|sucursal)|responsable (?:comercial|de ventas|de la cuenta|"
        r"de taller|de la tienda)|gestor de (?:cuenta|cuentas))\b",
        # class (session 10, second batch): the complaint sent up by direction, not by a title ("pass my complaint up the chain", "take this
        # further up"; a bare "higher" is a volume or a screen position, "alguien de más arriba", "que ma réclamation remonte à la
        # direction", "nach oben weitergeben"), and someone who may decide, in es/fr/de ("alguien con capacidad de decisión", "quelqu'un qui peut décider", "jemand, der das entscheiden darf")
        r"\b(?:pass|passed|take|taken|escalate|send|kick)\b (?:this |it |my (?:\w+ )?(?:complaint|case|ticket|claim) )?(?:up the (?:chain|ladder|line)|further up|higher up)\b(?! (?:the |on the |in the )?(?:page|screen|list|queue|menu)\b)",
        r"\b(?:alguien|algún responsable|algo) (?:de )?más arriba\b|\balguien (?:con capacidad de decisión|que pueda decidir|que tenga poder de decisión|que pueda tomar (?:una |la |las )?decisi(?:ón|ones))\b",
        r"\b(?:remonte|remontent|remonter|remontée?) (?:\S+ ){0,2}?(?:à|jusqu'à|vers) (?:la|votre) direction\b|\bquelqu'un qui (?:peut|puisse|a le pouvoir de) (?:décider|trancher|prendre (?:une |la |des )?décisions?)\b",
        r"\bjemand(?:em|en)?(?: zu sprechen| sprechen)?,? (?:der|die) (?:\S+ ){0,3}?(?:entscheiden|entscheidungen treffen) (?:kann|darf)\b|\bnach oben (?:weiterleiten|weitergeben|eskalieren|melden)\b|\b(?:leiten|geben|reichen) sie (?:\S+ ){0,3}?nach oben weiter\b",
        # class (session 12): whoever is over the agent, named by what they do ("I'd like whoever supervises him to listen to the call",
        # "forward this to whoever your installer reports to", "transmettez ma plainte à son supérieur"); the branch management or head office asked to get
        # in touch, with someone else as the other option ("dass sich die Geschäftsleitung oder jemand aus der Zentrale bei mir meldet",
        # "que me llame alguien de la oficina central", "quelqu'un du siège")
        r"\bwhoever " + _RUNS + r" (?:him|her|them|(?:that|this|the|your) (?:\w+ )?(?:agent|advisor|adviser|"
        r"team|driver|technician|engineer|fitter|branch|store|shop|depot|desk|call cent(?:re|er)|staff|rep|representative|employee|member of staff))\b|\bwhoever (?:\w+ ){1,2}reports to\b",
        r"\b(?:möchte|möchten|will|wollen|wünsche|erwarte|erwarten|verlange|verlangen|bitte|bitten|fordere|bestehe darauf)\b[^.!?\n]{0,20}?\bdass sich (?:\S+ ){0,6}?(?:filialleitung|geschäftsleitung|geschäftsführung|abteilungsleitung|teamleitung|marktleitung|hausleitung|niederlassungsleitung|"
        r"bereichsleitung|werkstattleitung|zentrale|hauptverwaltung|konzernzentrale)\b[^.!?\n]{0,60}?\b(?:meldet|melden|anruft|zurückruft|kontaktiert|kümmert)\b",
        r"\bque (?:me|nos) (?:llame|contacte|atienda|escriba|conteste) (?:\S+ ){0,2}?(?:alguien|algún responsable) (?:de|del|desde) (?:la )?(?:dirección|oficina central|sede central|central)\b|"
        r"\bque quelqu'un (?:de la direction|du siège|de la hiérarchie) (?:me|nous) (?:contacte|rappelle|appelle|réponde|recontacte)\b",
        # class (session 11): a manager wanted to act, named as who should do it ("I'd like a team lead or manager to look at my account",
        # "a named manager to call me", "a supervisor or whoever is above first-line support - to verify me", "Can this go to someone
        # in your IT team or a manager who can actually fix it"; "que me pasen con un responsable"); a manager who did something is a story
        r"\b(?:like|want|need|expect|ask for|asking for|requesting|demand|have|get|please) (?:a|an|the|your|his|her|their) (?:named |senior |duty |line |store |branch |regional |human )?(?:account )?"
        r"(?:manager|supervisor|team ?lead(?:er)?)(?: (?:or|and) [^.,\n]{0,45}?)? (?:-+ )?(?:to|who (?:can|will|could)) (?:actually |personally |please |properly )?"
        r"(?:look|call|ring|phone|contact|review|verify|fix|deal|handle|sort|get back|reply|respond|investigate|check|unlock|approve|sign|explain|take)\b",
        r"(?<!was )(?<!were )(?<!been )\b(?:go|goes|sent|send|pass|forward|escalate|hand|refer) (?:this |it |my \w+ )?(?:on |up )?to (?:someone|somebody) (?:in|from|at|on) [^.\n]{0,30}?\bor (?:a|an|the|your) (?:\w+ )?(?:manager|supervisor|team ?lead(?:er)?)\b",
        r"\bque (?:me|nos) (?:pasen|paséis|pase|pongan|pongáis|ponga) con (?:un|una|el|la|su|algún|alguna|vuestro|vuestra) (?:responsable|superior|supervisor\w*|jef[ea]|encargad[oa]|gerente|director\w*)\b",
        # class (round 16): a call or a reply demanded from the head of the place, named by their role ("I want a call from the camp
        # director this week", "quiero una llamada del director del centro", "j'attends un appel de la directrice", "Ich erwarte einen
        # Rückruf vom Serviceleiter"), and the message passed to whoever runs the place ("I'd like this passed to whoever runs the
        # camp"); a call that already came from the director is a story
        r"\b(?:want|need|expect|demand|request|like|insist on|asking for|ask for) (?:a |an )?(?:\w+ )?(?:call|callback|call back|phone call|meeting|response|reply|visit) from "
        r"(?:the|your) (?:\w+ )?(?:director|owner|managing director|ceo|headteacher|head teacher|general manager|proprietor|head of \w+)\b",
        # class (round 17): someone in charge asked to call or explain, with the department between ("que un responsable del
        # departamento de atención al cliente me dé una explicación", "que un responsable de la oficina me llame"), a call demanded from
        # the branch management or a responsible person ("einen Rückruf von der Niederlassungsleitung", "Rückruf durch eine
        # verantwortliche Person aus Ihrem Support-Management"), the case taken on by someone in charge ("une prise en charge
        # immédiate par un responsable technique", "Bearbeitung durch eine Führungskraft"), the message forwarded to a director by
        # role ("please forward this to the course director"), and someone above whoever answered
        r"\bque (?:un|una|el|la|algún|alguna) (?:responsable|supervisor\w*|superior|jef[ea]|gerente|director[a]?|encargad[oa]) (?:\S+ ){0,6}?(?:me|nos) "
        r"(?:llame|dé|de|explique|conteste|responda|atienda|escriba|contacte|reciba)\b",
        r"\b(?:erwarte|erwarten|will|wollen|möchte|möchten|verlange|verlangen|bitte um|bitten um|fordere|fordern|wünsche)\b[^.\n]{0,40}?\b(?:rückruf|anruf|antwort|stellungnahme|gespräch) "
        r"(?:von der|vom|durch (?:eine|einen|die|den|ihre|ihren)) (?:\S+ ){0,4}?(?:\w*leitung|verantwortliche\w* person|[\w-]*management|führungskraft)\b",
        r"\bprise en charge (?:\w+ ){0,2}?par (?:un|une|votre|le|la) (?:responsable|supérieur|manager|directeur|directrice|chef)\b|"
        r"\b(?:bearbeitung|prüfung) (?:\w+ ){0,2}?durch (?:eine|einen|ihre|ihren|die|den) (?:führungskraft|vorgesetzte\w*|verantwortliche\w* person|\w*leitung)\b",
        r"\b(?<!i'll )(?<!i will )(?<!we'll )(?:forward|pass|escalate|refer) (?:this|it|my (?:\w+ )?(?:email|complaint|message|case|request)) (?:on )?to (?:the|your) (?:\w+ ){0,2}?"
        r"(?:director|head of \w+|dean|principal|ceo|owner|general manager|practice manager|branch manager|store manager)\b",
        r"\b(?:someone|somebody) above whoever\b",
        r"\b(?:(?:pass(?:ed)?|forward(?:ed)?|escalat(?:e|ed)|sen[dt]|give|given|take|taken) (?:this|it|my (?:email|complaint|message|letter))|(?:this|it|my (?:email|complaint|message|letter)) (?:is |gets |be |being )?(?:passed|forwarded|escalated|sent|taken)) (?:on |up |straight )?to "
        r"(?:whoever " + _RUNS + r"|the (?:owner|owners|proprietor|person in charge|headteacher|head teacher|managing director))\b",
        r"\b(?:quiero|exijo|espero|solicito|pido) (?:una |un )?(?:llamada|respuesta|reunión|cita|contacto) (?:del|de la|de su|de vuestr[oa]) (?:\w+ )?(?:director[a]?|gerente|dueñ[oa]|responsable del centro|jef[ea])\b",
        r"\b(?:j'attends|je veux|je souhaite|j'exige|je demande) (?:un |une )?(?:appel|rappel|réponse|rendez-vous|entretien) (?:du|de la|de votre|d'un|d'une) (?:directeur|directrice|gérante?|patron|patronne|supérieure?|responsable de l'\w+)\b",
        r"\b(?:erwarte|will|möchte|verlange|bitte um|fordere)\b[^.\n]{0,30}?\b(?:rückruf|anruf|antwort|stellungnahme|gespräch) (?:vom|von der|von ihrem|von ihrer|von einem|von einer|des|der) "
        r"\w*(?:leiter|leiterin|geschäftsführer|geschäftsführerin|vorgesetzten|chef|chefin|inhaber|inhaberin)\b",
        # class (round 18): the head of a department or someone in charge asked for with more words between ("dass sich die Leiterin oder
        # der Leiter Ihrer Baufinanzierungsabteilung persönlich bei mir meldet", "qu'un responsable du service clientèle nous rappelle",
        # "speak to your hotel's general manager", "a supervisor, a team lead, I don't care who", "this to go to a senior engineer",
        # "whoever is in charge of data recovery"); a call that already came or a manager named in a story is not asked for
        r"\bdass sich (?:die|der|ihre|ihr) (?:\w*leiterin|\w*leiter) oder (?:die|der) (?:\w*leiterin|\w*leiter) (?:\S+ ){0,6}?(?:meldet|anruft|zurückruft|kontaktiert|kümmert|annimmt|ansieht)\b",
        r"\b(?:speak|talk|speaking|talking) (?:to|with) (?:your|the) (?:\S+'s |\S+’s )(?:general |duty |store |hotel |branch |site |area |regional )?(?:manager|director|owner|supervisor)\b",
        r"\b(?:a|your) (?:supervisor|team ?lead(?:er)?|manager), (?:or )?(?:a|your) (?:supervisor|team ?lead(?:er)?|manager|senior \w+|director)\b",
        r"\b(?:this|it|my (?:\w+ )?(?:case|complaint|ticket)) (?:to )?go (?:up )?to (?:a|your|the|someone) (?:more )?senior\b|\b(?:or|with) whoever(?:'s| is) in charge\b",
        # class (session 23): the same asks in the forms the other languages use for them, beside the ones above -- put through
        # to the person ("Passez-moi votre responsable", like "put me through to a manager" and "Páseme con su jefe"), the
        # head of a branch asked for in German without "mit" ("Ich möchte den Filialleiter sprechen"), the case escalated in
        # the German and Spanish verb ("Bitte eskalieren Sie das", "escalen mi caso", "que mi queja se eleve a un superior"),
        # someone higher placed or with authority ("quelqu'un de plus haut placé", "alguien con autoridad", "anyone above
        # you", "somebody who actually has authority", "a real decision maker"), sent up the hierarchy or put to a superior
        # ("faire remonter ma réclamation à votre hiérarchie", "soumettre mon dossier à votre supérieur", "l'intervention d'un
        # responsable"), and a supervisor asked for or told to call ("I'm asking for a supervisor", "the name of your team
        # leader", "get your manager on the phone", "your supervisor needs to call me today")
        r"\b(?:passez-moi|passe-moi|mettez-moi en relation avec|transférez-moi (?:à|au|vers)) (?:votre|un|une|le|la|au|à la|à un|à une|à votre)? ?(?:responsable|supérieure?|manager|chef|directeur|directrice|superviseur)\b",
        r"\b(?:ich möchte|ich will|ich verlange|ich bestehe darauf,?|wir möchten|wir wollen|ich würde gerne|ich hätte gerne) (?:jetzt |sofort |bitte |umgehend )?(?:den|die|ihren|ihre|einen|eine) "
        r"(?:\w*leiter(?:in)?|chef(?:in)?|vorgesetzten|geschäftsführer(?:in)?|inhaber(?:in)?|direktor(?:in)?) (?:zu )?sprechen\b",
        r"(?<!nicht )(?<!nie )\beskalier(?:en|t|e)\b(?![^.\n]{0,40}\b(?:verbraucherzentrale|schlichtungsstelle|bundesnetzagentur|bafin|ombudsmann)\b)|"
        r"\bescal(?:en|e|éis|ad|ar) (?:el|mi|este|nuestro|la|mi|esta) (?:caso|asunto|reclamación|queja|incidencia|expediente)\b|"
        r"\bse (?:eleve|eleven|elevara|traslade) (?:a|al) (?:un|una|su|el|la) (?:superior|responsable|supervisor\w*|dirección|gerente|director\w*)\b|"
        r"\belev(?:ar|en|e|éis) (?:\S+ ){0,3}?(?:a|al) (?:un|una|su|el|la) (?:superior|responsable|supervisor\w*|gerente|director\w*)\b",
        r"\bquelqu'un (?:de )?plus haut (?:placé|dans la hiérarchie)\b|\bun interlocuteur (?:plus haut placé|habilité|décisionnaire)\b|"
        r"\b(?:faire remonter|remonter|remonte|remontent|soumettre|soumettez|soumis|soumise) (?:\S+ ){0,3}?(?:à|au|vers) (?:votre|la|un|une|le) (?:hiérarchie|supérieure?|responsable|direction|manager)\b|"
        r"\bintervention (?:d'un|d'une|de votre|de la|du) (?:responsable|supérieure?|direction|manager|directeur|directrice)\b",
        r"\balguien (?:con (?:autoridad|poder|más autoridad|poder de decisión|rango)|de más rango|con un cargo superior)\b",
        r"\b(?:is there )?(?:anyone|anybody) (?:above you|more senior|higher up)\b|\b(?:someone|somebody|anyone|anybody) who (?:actually |really )?has (?:the |some |real |more |any )?authority\b|"
        r"\b(?:speak|talk|speaking|talking) (?:to|with) (?:a|the|your|an) (?:real |actual |proper )?decision[- ]?maker\b",
        r"\b(?:asking for|ask for|requesting|request|demanding|demand) (?:a|your|the) (?:supervisor|manager|team ?leader)(?!'s| (?:of|at|in|for|from|who (?:said|told)))\b|"
        r"\b(?:name|names|details|contact details) of (?:your|a) (?:manager|supervisor|team ?leader|line manager|superior)\b|\b(?:your|the) team ?leader'?s? (?:name|details|email|number)\b|"
        r"\bget (?:your|a|the) (?:manager|supervisor|team ?leader|boss) on the (?:phone|line)\b|"
        r"\b(?:your|a|the) (?:manager|supervisor|team ?leader|boss) (?:needs to|has to|must|should) (?:call|ring|phone|contact|email) me\b",
    ],
    # Reviews, social media, press.
    "public_exposure": [
        r"\b(?:trustpilot|tripadvisor|yelp|google reviews?|booking\.com|glassdoor|feefo|reviews\.io)\b",
        r"\breview (?:sites?|platforms?|pages?)\b|\breviews? on (?:google|booking|trustpilot|tripadvisor|yelp|amazon|the app store|facebook)\b|"
        r"\b(?:every|all the|all my) (?:\S+ )?(?:groups?|forums?|chats?) (?:i'm in|i am in|i belong to|i'm part of)\b",
        r"\b(?:honest|bad|negative|scathing|terrible|1-star|one-star|one star|1 star|detailed) reviews?\b"
        r"(?! (?:on|about|of|for) (?:our|my) (?:listing|page|profile|shop|store|restaurant|business|app|products?)\b)",
        r"\b(?:leave|leaving|write|writing|post|posting|put|putting) (?:a |an |my )?(?:\w+ )?(?:review|reviews)\b"
        r"(?! (?:on|about|of|for) (?:our|my) (?:listing|page|profile|shop|store|restaurant|business|app|products?)\b)",
        # the company's own page or account is where it published something, not where the customer will go public ("vous avez
        # publié sur votre page Facebook une photo de moi")
        r"\b(?<!your )(?<!your page on )(?<!votre page )(?<!votre compte )(?<!vuestra página de )(?<!su página de )(?<!vuestro )(?<!vuestra )"
        r"(?<!ihrer )(?<!ihre )(?<!eurer )(?<!off )(?<!nursery's )(?<!school's )(?<!club's )(?<!camp's )(?<!centre's )(?<!academy's )(?<!'s facebook or )(?<!'s facebook and )(?<!'s instagram or )(?<!'s instagram and )"
        r"(?:social media|twitter|facebook|tiktok|instagram|reddit|linkedin|youtube|x\.com)\b"
        # (round 16: the company's own account, where photos of a child are kept or taken down, is no threat: "the nursery's Facebook",
        # "le compte Instagram de la crèche", "keep the kids off social media")
        r"(?! (?:page |account |compte |feed )?(?:de (?:la|l'|votre) (?:crèche|école|garderie|halte-garderie|micro-crèche|colonie|centre de loisirs|club)|of the (?:nursery|school|club|camp))\b)",
        r"\b(?:the press|(?<!i'm a )(?<!i am a )(?<!work as a )(?<!as a )journalists?|newspapers?|(?<=to )the papers|(?<=in )the papers|(?<=tell )the papers|local paper|watchdog|the bbc|the news|chronicle|gazette|go viral)\b",
        # class (session 26): a paper named by its title, with the story it is running or keen on ("I've been in touch with the
        # Gloucestershire Echo, who are running a piece on holiday-let platforms", read nb-79-057; "the Evening Post are very
        # interested"); "my Echo Dot" is a speaker, and a title with no story in the sentence is not read (the pattern starts
        # at the title, a rarer word than "the")
        r"\b(?:echo|herald|gazette|chronicle|telegraph|argus|evening standard|evening news|evening post)\b(?! (?:dot|show|studio|pop|auto|buds|frames|hub|device|speaker)\b)"
        r"(?=[^.!?\n]{0,60}\b(?:(?:running|doing|writing|publishing|planning) (?:a|an|the) (?:piece|story|feature|article|report)|interested|a story|a piece|an article|a feature))",
        # class (session 9): the local press or television ("I will be sharing this with the local news", "la télé locale", "die
        # Lokalzeitung"); the customer's own trade ("I'm a journalist", "je suis journaliste", "soy periodista") is no threat
        r"\blocal (?:news|press|paper|papers|newspaper|newspapers|radio|tv|television|media)\b",
        r"\bon (?:the )?(?:photos|video)s? go (?:on|up)\b", r"\bphotos go on\b",
        # es
        r"\b(?:redes sociales|reseñas?|opiniones? en|la prensa|(?<!soy )periodistas?|lo cuento (?:todo )?en|publicar(?:é)? en|los periódicos)\b",
        r"\b(?:publicaré|publicaremos|voy a publicar|pienso publicar|contaré|subiré) (?:\S+ ){0,3}?en (?:google|internet|foros?|grupos?|facebook|twitter|instagram|tiktok)\b",
        # fr
        r"\b(?:réseaux sociaux|un avis (?:\w+ )?sur|publierai|la presse|(?<!suis )(?<!suis une )(?<!suis un )journalistes?|les médias)\b",
        # de
        r"\b(?:soziale(?:n)? medien|bewertung\w* (?:auf|bei|im)|die presse|öffentlich machen|zeitung|lokalzeitung|lokalpresse|tageszeitung|regionalzeitung|lokalfernsehen|das fernsehen)\b",
        # class (session 9, third batch): everyone on a forum or group told, the customer's own blog or channel, "las redes"
        # ("I'll make sure everyone on Mumsnet hears about this", "ce sera sur mon blog", "lo voy a contar en todas las redes")
        r"\b(?:everyone|everybody) (?:on|in) [\w.'-]+(?: [\w'-]+){0,3} (?:hears?|knows?|finds? out|sees?|will (?:hear|know|see|find out))\b",
        # class (session 21): a group or a review named as where the story will go, with no platform named ("I'll be posting the whole
        # thing, photos included, in our local dog owners' group", "all of it is going in a review", "je posterai tout dans le groupe
        # du quartier", "lo voy a contar en el grupo del barrio", "ich poste das in unserer Elterngruppe"): nb-62-086, nb-63-039
        # (siblings with the platform named, already read: nb-54-028, nb-42-012, nb-33-024, nb-53-016, nb-36-038). Only told as
        # what they will do: "another parent in our class group chat says", "a user in the practice group" are no threat.
        r"\b(?:i'll|i will|i'm going to|i am going to|i'm|i am|we'll|we will|we're going to|we are going to|we're|we are) (?:be |also |definitely )?"
        r"(?:post|posting|put|putting|share|sharing|write|writing) (?:about )?(?:it|this|that|everything|all of (?:it|this)|all this|the (?:whole|full) (?:thing|story|saga)|"
        r"my (?:experience|story)|our (?:experience|story)|the details|what happened|(?:the )?photos|(?:the )?screenshots|the receipts)\b[^.!?\n]{0,40}?\b(?:in|on|to|with) (?:our|the|my|a|every|all the|all my) "
        r"(?:[\w'-]+ ){0,3}?(?:group|groups|group chat|forum|forums)\b(?! (?:organi[sz]er|leader|booking|admin|rate|discount|tour|trip|lesson|class|session|ticket|policy))",
        r"\b(?:going|goes|go|will go|'ll go|is heading) (?:in|into|straight into|in to) (?:a|my|our) (?:\w+ )?reviews?\b(?! (?:queue|process|team|stage|period|panel|of (?:your|my|the) (?:account|case)))",
        r"\b(?:publierai|posterai|partagerai|raconterai|vais (?:tout )?(?:publier|poster|partager|raconter|mettre)) [^.!?\n]{0,40}?\bdans (?:le|un|notre|mon|les) groupes?\b|"
        r"\b(?:voy a (?:contar|publicar|compartir|subir|poner)(?:lo)?|contaré|compartiré|publicaré|pondré) [^.!?\n]{0,40}?\ben (?:el|un|nuestro|mi|los) grupos?\b|"
        r"\b(?:poste|teile|stelle|erzähle|werde (?:\S+ ){0,3}?(?:posten|teilen|stellen|erzählen)) [^.!?\n]{0,40}?\bin (?:unsere[rn]?|meine[rn]?|die|der|eine[rn]?) \w*gruppe\b",
        r"\b(?:on|sur|en|in|auf) (?:my|mon|ma|mi|meinem|meiner) (?:blog|channel|chaîne|canal|kanal|podcast|youtube channel|instagram|tiktok)\b",
        r"\b(?:en|por) (?:todas )?las redes\b(?! (?:wifi|wi-fi|disponibles|de|del|inalámbricas|móviles|5g|4g))",
        # class (session 9): a review written, the platform joined to the word ("Sonst schreib ich genau das in meine Google-Bewertung",
        # "schreibe eine entsprechende Bewertung", "eine Rezension verfassen")
        r"\b(?:google|trustpilot|yelp|tripadvisor|facebook|amazon|online|kunden)-?(?:bewertung|rezension)\w*",
        r"\b(?:schreib|schreibe|schreiben|hinterlasse|hinterlassen|verfasse|verfassen|poste|posten|gebe|geben)\b(?: (?!bewertung|rezension)\S+){0,5}? (?:[\w-]+ )?(?:bewertung|rezension)(?:en)?\b",
        r"\b(?:bewertung|rezension)(?:en)? (?:\S+ ){0,3}?(?:schreiben|hinterlassen|verfassen|abgeben|posten|veröffentlichen)\b",
        # class (session 8): the press said as "the media", and the experience told on Google or on a portal ("lo contaré a los medios",
        # "auf Google und bei Hochzeitsportalen schildern"); "los medios de pago" are payment methods
        r"\b(?:a|en) los medios\b(?! de (?:pago|transporte))|\b(?:an|bei|in) die medien\b|\bden medien\b",
        r"\b(?:auf|bei|in) (?:google|trustpilot|facebook|instagram|tiktok|tripadvisor|yelp|twitter|youtube|\w*portal\w*|\w*foren|\w*forum|sozialen netzwerken)\b"
        r"[^.\n]{0,60}?\b(?:schildern|schildere|berichten|berichte|bewerten|bewerte|schreiben|schreibe|posten|poste|veröffentlichen|veröffentliche|teilen|teile|erzählen|erzähle|öffentlich machen)\b",
        # class (session 10): the platform by its short name or as where the story is told, posted on X ("je raconte tout sur Insta et sur
        # Google avis", "I'm putting the photos on X and tagging you", "auf Check24 und in jeder Bewertung genau beschreiben"); "click on X" is a button
        r"\b(?:insta|snapchat|google avis|avis google|check24|mumsnet)\b",
        r"\b(?:post|posting|put|putting|share|sharing|tweet|tweeting|upload|uploading)\b(?: \S+){0,6}? on x\b(?!-)",
        r"\bje (?:raconte|raconterai|vais raconter|balance|balancerai|vais balancer|poste|posterai|vais poster) (?:tout |ça |l'histoire )?(?:sur|à) (?:insta\w*|facebook|twitter|x|tiktok|"
        r"google|les réseaux|internet|youtube)\b",
        r"\bin (?:jeder|allen|jede[rn]?) (?:\w+ )?(?:bewertung|rezension)\w*\b|\b(?:auf|bei) (?:check24|idealo|trusted shops|kununu)\b",
        # class (session 10, second batch): the experience shared in public ("I'm going to share my experience online", "je vais partager mon
        # expérience partout sur internet", "voy a contar mi experiencia en internet", "ich werde meine Erfahrungen im Internet teilen"),
        # and the consumer press by its kind ("a consumer programme", "MoneySavingExpert")
        r"\b(?:share|sharing|post|posting|write up|writing up|tell|telling) (?:my|our) (?:whole )?(?:experience|story)s? (?:\S+ ){0,2}?(?:online|publicly|everywhere|on (?:the )?(?:internet|web))\b",
        r"\b(?:partager|partagerai|raconter|raconterai|publier|publierai) (?:mon|ma|notre) (?:expérience|histoire|mésaventure) (?:\S+ ){0,2}?(?:sur internet|en ligne|partout|sur le web|publiquement)\b",
        r"\b(?:contar|contaré|compartir|compartiré|publicar|publicaré) (?:mi|nuestra) (?:experiencia|historia) (?:\S+ ){0,2}?(?:en|por) (?:internet|la red|todas partes)\b",
        r"\b(?:meine|unsere) (?:erfahrung|erfahrungen|geschichte) (?:\S+ ){0,2}?(?:im internet|online|öffentlich) (?:teilen|schildern|posten|veröffentlichen|machen)\b",
        r"\bconsumer (?:magazine|programme|program|show|column|journalist)s?\b|\bmoney ?saving ?expert\b|\brip ?off britain\b",
        # class (session 11): going public said plainly ("I'll be sharing the screenshots publicly", "make this public", "go public",
        # "lo haré público", "je vais rendre ça public", "ich mache das öffentlich"); a question about a public setting is not
        r"\b(?:i'll|i will|we'll|we will|i'm going to|i am going to|we're going to|i'll be|we'll be|will be|i'm|we're) (?:\S+ ){0,2}?(?:share|sharing|post|posting|publish|publishing|put|putting|air|airing) (?:\S+ ){0,4}?publicly\b",
        r"\b(?:go|going) public (?:with|about)\b|\b(?:make|making) (?:this|it|all (?:of )?this|the whole (?:thing|story)|everything) public\b",
        r"\b(?:lo |la )?(?:haré|haremos|voy a hacer|vamos a hacer)(?:lo)? públic[oa]\b|\bhacer(?:lo)? público (?:en|todo)\b",
        r"\b(?:je vais|je vais tout|nous allons|je compte) (?:le |la |tout )?rendre (?:\S+ )?publi(?:c|que)s?\b|\brendre (?:cette affaire|cette histoire|ça|cela) publi(?:c|que)\b",
        # class (session 11): the post put on the company's own page, and posted or tagged already ("I'm putting this on your Facebook
        # page", "I've tagged you", "I'll keep posting till someone responds", "je le publie sur votre page Facebook")
        r"\b(?:put|putting|post|posting|share|sharing|write|writing|comment|commenting|publish|publishing) (?:\S+ ){0,3}?on your (?:facebook|instagram|twitter|tiktok|linkedin|x|google|trustpilot)(?: page| wall| feed| account| profile| listing)?\b",
        r"\b(?:publie|publierai|poste|posterai|vais publier|vais poster|raconte|raconterai|vais raconter|vais tout raconter) (?:\S+ ){0,3}?sur votre (?:page|compte|mur) (?:facebook|instagram|twitter|x|tiktok)\b|\b(?:publicaré|publico|voy a publicar|pondré|pongo) (?:\S+ ){0,3}?en (?:vuestra|su) (?:página|cuenta|muro) de (?:facebook|instagram|twitter|x)\b",
        r"\b(?:i've|i have|i'll|i will|and) (?:already )?(?:tagged|tag) (?:you|your (?:company|account|page|ceo))\b|\bkeep posting (?:about|until|till|til|every)\b",
        # class (session 11): the review told as a future fact ("my review on Cruise Critic will say exactly why", "meine Bewertung wird
        # das deutlich sagen")
        r"\b(?:my|our) (?:\S+ )?reviews? (?:\S+ ){0,4}?will (?:say|tell|mention|reflect|describe|explain|state|make (?:it|that) clear|warn)\b",
        r"\b(?:meine|unsere) (?:\S+ )?(?:bewertung|rezension) (?:\S+ ){0,3}?wird (?:\S+ ){0,3}?(?:sagen|erwähnen|beschreiben|schildern|widerspiegeln|zeigen)\b",
        # class (session 12): the thread already running and the company tagged in it ("I've got a thread going on X and I'm tagging you
        # in every update", "os estoy etiquetando", "je vous tague", "ich markiere euch in jedem Post"), and the contents put in a
        # review ("I'll include every email you've sent me in a review", "dans un avis Google")
        r"\bthread (?:going|running|up|started) on\b|\b(?:i'm|i am|we're|we are|i'll be|we'll be|i will be|and i'm|and) tagging (?:you|your)\b",
        r"\b(?:os|les) (?:estoy etiquetando|etiqueto|etiquetaré|voy a etiquetar)\b|\bje vous (?:tague|taggue|taguerai|identifie|identifierai)\b|"
        r"\b(?:markiere|verlinke|tagge) (?:ich )?(?:euch|sie) (?:\S+ ){0,3}?(?:in|auf|bei|unter)\b",
        r"\b(?:put|putting|include|including|post|posting|show|showing)\b[^.!?\n]{0,60}?\bin (?:a|my) (?:\S+ )?reviews?\b(?! (?:request|process|meeting|call|period|form))|"
        r"\bdans un avis\b(?! (?:d'|de\b|du\b|des\b))|\bdans mon avis (?:google|en ligne|sur|public|trustpilot)\b",
        # class (round 13): the review or the comment put where the company's customers see it ("starting with a review on your
        # app store page", "je publie mon avis sur Google", "mi reseña en su página", "meine Bewertung auf Ihrer Seite"; the
        # customer's own listing is no threat), and the story told in the comments under the company's post ("I'll be posting in
        # the comments under it", "je raconterai tout dans les commentaires", "lo contaré en los comentarios", "schreibe das in
        # die Kommentare")
        r"\b(?:my|mon|mi|meine) (?:review|avis|reseña|opinión|bewertung|rezension) (?:on|sur|en|auf|bei) "
        r"(?:your |votre |vos |su |sus |vuestra |vuestro |ihrer |ihren |eurer |eure )?(?:app ?store|play store|google|page|site|website|profile|listing|"
        r"fiche|página|perfil|web|seite|profil|internetseite)\b|"
        r"\b(?:a|un|una|eine) (?:review|avis|reseña|opinión|bewertung|rezension) (?:on|sur|en|auf|bei) "
        r"(?:your|votre|vos|su|sus|vuestra|vuestro|ihrer|ihren|eurer|eure) (?:\S+ )?(?:app ?store|play store|google|page|site|website|profile|listing|"
        r"fiche|página|perfil|web|seite|profil|internetseite)\b",
        r"\b(?:post|posting|write|writing|comment|commenting|put|putting|share|sharing)\b (?:\S+ ){0,4}?in the comments\b|"
        r"\b(?:publie|publierai|écri|raconte|mettrai|poste|posterai)\w* (?:\S+ ){0,4}?dans les commentaires\b|"
        r"\b(?:escrib|public|pond|pong|cont|comentar)\w* (?:\S+ ){0,4}?en los comentarios\b|"
        r"\b(?:schreib|poste|post|kommentier|teile)\w* (?:\S+ ){0,4}?in (?:die|den) kommentare[n]?\b",
        # class (round 16): the experience shared with a community of fellow customers -- the parents' groups, the forums, the
        # neighbours ("I'll be sharing my experience with the other parents", "je partagerai mon expérience sur les groupes de parents",
        # "contaré mi experiencia en los grupos del cole", "ich werde meine Erfahrungen in den Elterngruppen teilen")
        r"\b(?:share|sharing|tell|telling) (?:my|our) (?:whole )?(?:experience|story)s? (?:with|in|on|to) (?:all )?(?:the |every |our |my )?(?:\w+ )?(?:groups?|forums?|parents|neighbours|neighbors|community|whatsapp groups?|chats?)\b",
        r"\b(?:partager|partagerai|partagerons|raconter|raconterai|raconterons) (?:mon|ma|notre) (?:expérience|histoire|mésaventure) (?:sur|dans|avec|auprès) (?:les|des|le|tous les|toutes les) (?:\w+ )?(?:groupes?|forums?|parents|voisins|communautés?)\b",
        r"\b(?:contar|contaré|contaremos|compartir|compartiré|compartiremos) (?:mi|nuestra) (?:experiencia|historia) (?:en|con) (?:los|las|todos los|el) (?:\w+ )?(?:grupos?|foros?|padres|vecinos|comunidad)\b",
        r"\b(?:meine|unsere) (?:erfahrung|erfahrungen|geschichte) (?:\S+ ){0,2}?(?:in|mit) (?:den|allen|der) (?:\w*gruppen|\w*foren|eltern|nachbarn|community)\b",
        # class (round 17): the photos or the story put up on a named platform, with words between the act and the place ("I'll be
        # putting photos of this mess up on your Instagram comments", "publico la grabación en redes", "lo cuento con fotos en
        # Forocoches", "je raconte tout ça sur X en vous taguant", "je raconterai tout ça sur Google", "un avis bien détaillé sur
        # Google", "eine Bewertung mit Fotos schreibe ich"); Google Maps or Drive is a tool, not a stage
        r"\b(?:put|putting|post|posting|share|sharing|upload|uploading|stick|sticking) (?:the |these |those |my |all the |all my )?(?:photos?|pictures?|pics|videos?|screenshots?|recordings?|footage)\b"
        r"(?: \S+){0,5}? (?:up )?on (?:your |the )?(?:facebook|instagram|insta|twitter|tiktok|x|google|reddit|trustpilot|youtube|social media|linkedin)\b(?! (?:maps|drive|photos|docs)\b)",
        r"\b(?:publico|publicaré|publicaremos|cuento|contaré|contaremos|subo|subiré|cuelgo|colgaré|voy a (?:contar|publicar|subir|colgar)|vamos a (?:contar|publicar|subir|colgar)) "
        r"(?:\S+ ){0,5}?en (?:redes|google|internet|foros?|forocoches|facebook|twitter|instagram|tiktok|x|reddit|youtube|todas partes)\b"
        r"(?! (?:maps|drive|fotos|docs|wifi|wi-fi|de|del|inalámbricas|móviles)\b)",
        r"\bje (?:raconte|raconterai|vais raconter|balance|balancerai|vais balancer|poste|posterai|vais poster|publie|publierai|vais publier|mets|mettrai|vais mettre) "
        r"(?:(?:tout|ça|cela|l'histoire|cette histoire|toute l'histoire|les photos|la vidéo) ){1,3}(?:sur|à) (?:insta\w*|facebook|twitter|x|tiktok|google|les réseaux|internet|youtube|reddit)\b(?! (?:maps|drive)\b)",
        r"\ben vous (?:taguant|taggant|identifiant|mentionnant)\b|\bun avis (?:(?:bien|très|détaillé|salé|négatif|cinglant|sévère|incendiaire) ){1,2}sur (?:google|trustpilot|internet|facebook|tripadvisor|les réseaux|votre page|votre fiche)\b",
        r"\b(?:bewertung|rezension)(?:en)? (?:\S+ ){0,3}?(?:schreibe|hinterlasse|verfasse|poste|veröffentliche|gebe) ich\b(?! (?:gerne?|sehr gerne?|auch gerne?|ihnen gerne?)\b)",
        # class (round 18): the fellow customers warned in their group or forum ("I will be telling every parent in the Year 7 WhatsApp
        # group exactly why", "publicaré lo sucedido en los foros de cruceristas", "je préviendrai tous les parents du groupe WhatsApp",
        # "ich werde es in der Elterngruppe erzählen"), and the story written up for a newspaper's column ("writing this up for the
        # Telegraph's travel problem column", "lo mandaré a la sección de consumo de El País", "j'écrirai à la rubrique consommation
        # du Parisien"); a group named with no telling, or a column written for a living, is not a threat
        r"\b(?:warn|warning) (?:every|all(?: the| of the)?|the other|everyone|everybody)\b[^.\n]{0,50}?\b(?:groups?|group chats?|chats|forums?)\b|"
        r"\b(?:tell|telling) (?:every|all(?: the| of the)?|the other|everyone|everybody)\b[^.\n]{0,50}?\b(?:groups?|group chats?|chats|forums?)\b[^.\n]{0,20}?"
        r"\b(?:why|what (?:happened|you did|you've done)|how you|about (?:this|you|your|it))\b",
        r"\b(?:publicaré|publicaremos|contaré|contaremos|avisaré|avisaremos|voy a (?:contar|publicar|avisar)|vamos a (?:contar|publicar|avisar)) (?:\S+ ){0,4}?en (?:los|las|el|un|unos) (?:foros?|grupos?|redes)\b",
        r"\b(?:je )?(?:préviendrai|vais prévenir|avertirai|vais avertir|raconterai|vais raconter|préviendrons|avertirons)\b[^.\n]{0,60}?\b(?:groupes? whatsapp|groupes? facebook|groupes? de parents|groupes? des parents|forums?)\b",
        r"\b(?:werde|werden)\b[^.\n]{0,40}?\bin (?:der|den|unserer|allen) (?:\S+ )?(?:\w*gruppe\w*|\w*forum|\w*foren)\b[^.\n]{0,30}?\b(?:erzählen|warnen|berichten|teilen|posten|schreiben)\b",
        r"\b(?:writ(?:e|ing)|send(?:ing)?|tak(?:e|ing)) (?:this|it|the (?:whole )?(?:story|saga|thing)) (?:all )?(?:up )?(?:to|for) (?:the|a) (?:\S+ ){0,4}?(?:column|newspaper|press|journalist|reporter|consumer desk)\b",
        r"\b(?:mandaré|enviaré|escribiré|llevaré|lo cuento|contaré)\b[^.\n]{0,40}?\b(?:la sección de consumo|el defensor del lector|un periódico|la prensa|los periódicos)\b|"
        r"\b(?:écrirai|enverrai|envoie|raconterai)\b[^.\n]{0,40}?\b(?:la rubrique (?:consommation|conso)|un journal|la presse|les journaux)\b",
        # class (session 23): the story or the pictures said to go onto a named platform, the thing as the subject ("die Bilder
        # kommen auf Google", "die Fotos gehen heute Abend auf Instagram", "el informe va a ir a Google, a Forocoches"), and the German
        # inverted "schreib ich das genau so bei Google" (nb-65-075, nb-29-062, nb-42-053, nb-59-013); Google Maps or Drive is a tool
        r"\b(?:kommt|kommen|geht|gehen|landet|landen) (?:[^\s,]+ ){0,4}?auf (?:google|facebook|instagram|insta|tiktok|twitter|youtube|trustpilot|reddit)\b(?! maps| drive)",
        r"\b(?:schreib|schreibe|poste|erzähle|teile) ich (?:[^\s,]+ ){0,4}?(?:auf|bei) (?:google|facebook|instagram|tiktok|twitter|youtube|trustpilot|reddit)\b(?! maps| drive)",
        r"\b(?:va a ir|van a ir|irá|irán|acabará|acabarán) (?:directamente |directo |derecho )?(?:a|en) (?:google|facebook|twitter|instagram|tiktok|forocoches|internet|reddit|youtube|trustpilot)\b(?! maps| drive)",
        # class (session 23): the review held back as the lever ("I haven't posted a review yet", "avant de laisser un avis", "je vais
        # laisser un avis"; nb-68-014, nb-65-067); a good review promised, or a question about
        # reviewing ("I haven't left a review yet, can I still?"), is no threat
        r"\b(?:i|we) (?:haven't|have not) (?:yet )?(?:posted|written|left|put up) (?:a|my|our|any) (?:\w+ )?reviews? (?:yet|so far)\b(?![^.!?\n]*\?)",
        r"\b(?:avant de (?:laisser|publier|poster|rédiger)|(?:je|on|nous) (?:vais|va|allons) (?:laisser|publier|poster|rédiger)|(?:je )?(?:laisserai|publierai|posterai|rédigerai)) (?:un|mon|notre) avis\b"
        r"(?! (?:positif|favorable|élogieux|excellent|5 étoiles|cinq étoiles))(?![^.!?\n]*\?)",
    ],
    # A real time pressure.
    "urgency": [
        # class (round 18): the departure counted in hours ("Train's in about 3 hours", "mi tren sale en tres horas", "mein Zug
        # fährt in drei Stunden"; fr "part dans 3 heures" was read), the time left said with "only" ("I've only got until
        # Sunday", "solo tengo hasta el domingo", "je n'ai que jusqu'à dimanche"; de "nur noch bis" was read), and the day's
        # event at a clock time ("hoy a las 13:00 es el entierro", "demain à 10h c'est l'enterrement", "heute um 13 Uhr ist die
        # Beerdigung", "Am Montag ist ihr erster Tag an der neuen Schule")
        r"\b(?:train|flight|bus|coach|ferry|plane|boat|departure)(?:'s| is| leaves| departs| goes| boards| sails)? in (?:about |around |roughly |just |just over |under |less than |barely )?(?:\d+|an|one|two|three|four|five|six|half an) (?:hours?|hrs?|minutes?|mins?)\b|"
        r"\b(?:tren|vuelo|avión|autobús|ferry|barco) (?:sale|despega|embarca|zarpa) en (?:unas? |menos de |poco más de |apenas )?(?:\d+|una|dos|tres|cuatro|cinco|media) (?:horas?|minutos)\b|"
        r"\b(?:zug|flug|flieger|bus|fähre|abflug|abfahrt)(?: (?:geht|fährt|startet|fliegt|ist))? in (?:etwa |ca\. |knapp |gut |weniger als |nur )?(?:\d+|einer|zwei|drei|vier|fünf|einer halben) (?:stunden?|minuten)\b",
        r"\bonly (?:(?:got|have|has|had) )?(?:until|till|til) (?:today|tonight|tomorrow|(?:this |next )?(?:" + _DAY + r"))\b|"
        r"\b(?:solo|sólo) (?:tengo|tenemos|me queda|nos queda|me quedan|nos quedan)(?: \w+){0,2}? hasta (?:hoy|mañana|esta noche|el (?:" + _DIA + r"))\b|"
        r"\b(?:je n'ai|nous n'avons|on n'a|il ne me reste|il ne nous reste)(?: \w+)? que jusqu'à (?:demain|ce soir|aujourd'hui|(?:" + _JOUR + r"))\b",
        r"\b(?:mañana|hoy|esta noche|el (?:" + _DIA + r")) a las \d{1,2}(?:[:.]\d{2})? (?:es|tengo|tenemos|empieza) (?:el |la |mi |un |una )?(?:vuelo|boda|examen|entrevista|cita|operación|juicio|funeral|entierro|parto)\b|"
        r"\b(?:demain|aujourd'hui|ce soir|(?:" + _JOUR + r")) (?:à \d{1,2} ?h(?:\d{2})? )?(?:c'est|a lieu|ont lieu|j'ai|nous avons) (?:l'|le |la |les |mon |ma |mes |son |sa )?(?:enterrement|obsèques|mariage|examen|entretien|opération|audience|rentrée)\b|"
        # class (session 26): the occasions of the English _EVENT list (a party, a match, a concert, a festival, the start of
        # term) on a near day in es/fr/de, said with a present or future verb ("die Party ist am Samstag", "Am Montag fängt mein
        # Semester an", "el partido es el sábado", "le concert est demain", read nb-79-088, nb-79-006); "die Feier am Samstag
        # war wunderschön" and a subject line "Konzert am Samstag" tell of one that is past, or name it
        r"\b(?:fiesta|partido|concierto|festival|espectáculo|graduación|semestre|cuatrimestre|curso) (?:\S+ ){0,2}?(?:es|empieza|comienza|será|arranca) "
        r"(?:el |este |esta )?(?:mañana|hoy|esta noche|(?:" + _DIA + r"))\b|"
        r"\b(?:fête|match|concert|spectacle|festival|remise des diplômes|semestre) (?:\S+ ){0,2}?(?:est|commence|a lieu|aura lieu|sera) "
        r"(?:ce |le )?(?:demain|ce soir|aujourd'hui|(?:" + _JOUR + r"))\b|"
        r"\b(?:party|feier|geburtstagsfeier|abschlussfeier|spiel|heimspiel|konzert|festival|vorstellung|semester|semesterbeginn|vorlesungsbeginn|studium) "
        r"(?:\S+ ){0,2}?(?:ist|beginnt|fängt|findet|steigt|startet) (?:\S+ ){0,2}?(?:am (?:" + _TAG + r")|morgen|heute|übermorgen|diesen (?:" + _TAG + r"))\b(?! (?:\S+ )?(?:war|statt gefunden|stattgefunden)\b)",
        r"\b(?:heute|morgen|am (?:" + _TAG + r")) (?:um \d{1,2}(?:[:.]\d{2})? uhr )?(?:ist|sind|habe ich|haben wir|findet|beginnt|fängt) (?:die |der |das |meine |mein |unsere |ihr |sein |ihre |seine )?(?:beerdigung|trauerfeier|beisetzung|hochzeit|prüfung|operation|verhandlung|vorstellungsgespräch|erste[rn]? (?:schul|arbeits)?tag|"
        r"semester|studium|vorlesungen?|party|feier)\b|"
        r"\bfirst day (?:at|of) (?:\w+ ){0,2}?(?:school|work|job|term|uni|university|college|nursery) (?:is )?(?:today|tomorrow|on (?:" + _DAY + r")|this (?:" + _DAY + r"))\b",
        r"(?<!['\"\u2018\u201c\u00ab\u201e])(?<!\u00ab )(?<!programa )(?<!programme )(?<!program )(?<!modo )(?<!mode )(?<!coursier )(?<!transporteur )\b(?:urgent(?:ly)?(?! (?:delivery|shipping|postage|courier) (?:option|service|fee|charge|upgrade|rate)\b)(?!-ish)|urgency|asap|a\.s\.a\.p|time[- ]sensitive|as soon as (?:possible|you can))\b",
        r"\b(?:need|needs|must have|have to have) (?:\w+ ){0,4}(?:before|by) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight)\b", r"(?<!new )\bemergency\b(?! (?:contact|number|(?:phone |telephone |help ?|hot ?|out-of-hours |24-?hour )?lines?|helpline|hotline|phone|exit|services?|repairs?|fund|brake|plumber|access|feature|kit|mode|button|credit|lighting|lights?|alerts?|setting|option|card|"
        # round 14: the emergency vet or room where someone is being treated is the place of a fear (distress), not a deadline;
        # round 20: nor are the staff or the treatment of one told in a thank-you ("the two nurses on the emergency shift were
        # calm and kind", "needed emergency surgery - £2,100 ... paid on Wednesday", read nb-50-025, nb-56-096)
        r"vets?|room|department|ward|dentist|clinic|shift|surgery|operation|nurses?|doctors?|staff|team|crew|treatment))",
        r"\b(?:please|need|needs|must|want|expect|demand|you to|have to|has to|can you|could you|should|block|freeze|stop|cancel|close|"
        r"refund|fix|call|help|reconnect|restore)\b(?![^.\n]{0,15}\b(?:notify|inform) (?:us|the sender)\b)[^.\n]{0,30}(?<!effective )(?<!with )\bimmediately\b",
        # ... and a longer thing needed ("I need this escalated to your security team immediately")
        r"\bneed (?:this|it|that|them|the \w+|my \w+|our \w+) (?:\w+ ){0,6}?(?:immediately|right away|urgently)\b",
        r"\b(?:need|needs|want|fix|sort|do|call|ring|help|refund|send|unblock|unlock|reconnect|rebook)\w* (?:\w+ ){0,3}(?:right away|right now)\b",
        r"\b(?:today|tonight|this (?:morning|afternoon|evening)|tomorrow(?: morning| night)?|in the next (?:half )?(?:hour|\d+ (?:minutes|hours))|"
        r"within (?:the hour|\d+ hours?|an hour))\b(?!'s)(?=[^.!?\n]{0,40}(?:please|if (?:someone|somebody|you) could|need|asap|that would|urgent))",
        r"\b(?:need|needs|must|have to|has to|before|by|due|runs|starts|leaves|closes|deadline|month[- ]end|close the month|we close)\b"
        r"(?![^.\n]{0,20}\b(?:move|reschedule|rebook|postpone|push back|bring forward|change) (?:my|our|the|this)\b)"
        r"[^.\n]{0,40}\b(?:today|tonight|tomorrow|this (?:afternoon|evening|morning)|in (?:\d+|a few|two|three) (?:hours|minutes)|"
        r"\d{1,2}(?::\d\d)? ?(?:am|pm)|\d{1,2}:\d\d)\b",
        r"\b(?:fly|flying|flight|exam|interview|wedding|funeral|surgery|operation|payroll|trip|check-in|appointment|film|movie|screening|concert|gig|kick-?off)\b[^.\n]{0,40}"
        r"\b(?:tomorrow|tonight|this (?:afternoon|evening)|in (?:\d+|a few|two|three) (?:hours|minutes)|starts at|leaves at|is at)\b",
        r"(?<!if the next )(?<!if the )(?<!if my )(?<!if another )(?<!if any )(?<!if a )\b(?:payroll|rent|mortgage|direct debit|payment|suspension|enrolment)"
        # (session 26: owed a refund is no deadline: "no further direct debits, and whether I'm due any refund", read nb-79-052)
        r"[^.\n]{0,30}\b(?:due(?! (?:a |any |an |some |the )?(?:partial |full )?(?:refund|credit|compensation|reimbursement|rebate|money back|payout))|"
        r"runs|(?:goes out|is taken) (?:today|tonight|tomorrow|on|this|next|that day|in \d)|on the \d)",
        r"\b(?:my|our|the) (?:flight|exam|wedding|surgery|interview|payroll|deadline|trip)\b[^.\n]{0,30}\b(?:today|tomorrow|tonight|in \d+ (?:hours|days))\b",
        # ... not the losses a compensation is asked for ("compensation for my lost wages", "refund for the lost bookings"; round 15)
        r"\b(?:losing|(?<!for my )(?<!for our )(?<!for the )(?<!for any )(?<!for all )lost|costing) (?:us |me )?(?:\w+ )?(?:money|sales|customers|business|revenue|work|bookings|orders|income|wages)\b",
        r"\b(?:money|work|business|customers|income|sales) (?:i've|we've|i have|we have) lost\b",
        # ... not a call received ("Call from your fraud team today", round 13)
        r"\b(?:reconnect|fix|restore|call|ring|rebook|unblock|unlock|sort|send|deliver|reply|respond|help|get)(?!e?d\b)\w*(?! from\b) (?:\w+ ){0,4}(?:today|tonight|asap)\b",
        r"\b(?:please|can|could),? (?:someone|somebody|anyone),? (?:please )?(?:call|ring|phone) me\b",
        r"\bi'm (?:literally )?(?:standing|stuck|stranded|sitting) (?:at|in|on)\b",
        r"\b(?:" + _EVENT + r")(?: \w+){0,3}? (?:is|\'s|are|starts?|leaves?|departs?|begins?|takes place|happens|arrive|arrives|closes?|goes) (?:\w+ ){0,2}?(?:" + _SOON + r")\b(?! (?:to|until|or)\b)",
        r"\b(?:i|we)(?:\'m|\'re| am| are)? (?:fly|flying|leave|leaving|travel|travelling|traveling|depart|departing|moving house|move house|start|starting|getting married|get married|emigrat\w+|relocat\w+|head off|heading off) (?:\w+ ){0,3}?(?:" + _SOON + r")\b",
        # ... but not an ultimatum's deadline ("I'll have to file a claim if it's not sorted by the end of the week")
        r"\b(?:need|needs|must|has to|have to|got to|require|requires)\b(?:(?!\b(?:if|unless|otherwise)\b)[^.\n]){0,50}?\b(?:by|before) (?:" + _DAY + r"|tomorrow|tonight|today|then|noon|midday|end of (?:the )?(?:day|week)|close of business|cob|eod|the (?:\d{1,2}(?:st|nd|rd|th)?|end(?! of (?:the )?month))|\d{1,2}(?::\d\d)? ?(?:am|pm))\b",
        r"\bbefore (?:my|our|the) (?:" + _EVENT + r")\b",
        r"\bneed (?:\w+ ){0,3}?for (?:a|an|the|our|my) (?:\w+ )?(?:" + _EVENT + r") (?:on |this |next )?(?:" + _DAY + r"|tomorrow|tonight)\b",
        r"\b(?:today|tonight|tomorrow) (?:i|we) (?:have|'ve got|fly|leave|travel|move|start|go live|launch)\b",
        r"\b(?:we|i) (?:go live|launch|open|close the (?:month|books|year)|complete|exchange contracts|present|submit) (?:\w+ ){0,3}?(?:today|tonight|tomorrow|first thing|(?:on |this )?(?:" + _DAY + r"))\b(?! (?:to|until)\b)",
        r"\b(?:deadline|cut-?off)\b[^.\n]{0,30}?\b(?:today|tonight|tomorrow|" + _DAY + r"|in (?:\d+|two|three|a few) (?:hours|days)|end of (?:the )?(?:day|week|month))\b",
        r"\b(?:(?:a|our|my) (?:hard |strict |tight |legal )?deadline (?:of|on|at|for|is)|time is running out|running out of time|against the clock|the clock is ticking)\b",
        # es
        r"(?<!cambiar mi )(?<!cancelar mi )(?<!anular mi )(?<!mover mi )(?<!aplazar mi )(?<!cambiar la )(?<!anular la )"
        r"\b(?:vuelo|viaje|boda|examen|entrevista|cita|operación|mudanza|plazo|funeral|entierro|juicio|evento|nómina|firma|notaría|exposición|inauguración|parto|presentación|reunión|demo|aniversario|cumpleaños|bautizo|comunión|homenaje) (?:(?!(?:fue|pasad[oa]|era|ayer|al)\b)[^.\n]){0,40}?"r"\b(?:mañana|hoy|esta (?:noche|tarde)|este (?:fin de semana|" + _DIA + r")|el (?:próximo )?(?:" + _DIA + r"))\b(?! (?:al|a|por|para)\b(?! las \d))",
        # session 24: "este viernes" as "el viernes", as "this Friday" is read beside "on Friday" ("me mudo este viernes", w73)
        r"\b(?:antes del? (?:" + _DIA + r"|mañana|día \d+|\d+)|para (?:mañana|hoy mismo|(?:el|este) (?:" + _DIA + r"))|(?:salgo|viajo|me voy|vuelo|me caso|me mudo|empiezo|salimos|viajamos|nos vamos|nos casamos|nos mudamos) (?:\w+ ){0,2}?(?:mañana|hoy|esta noche|(?:el|este) (?:" + _DIA + r")))\b",
        r"\b(?:mañana|hoy|esta noche|el (?:" + _DIA + r")) (?:tengo|tenemos|es|sale|empieza|me caso|vuelo|viajo) (?:el |la |mi |un |una )?(?:vuelo|viaje|boda|examen|entrevista|cita|operación|mudanza|juicio|funeral|plazo)\b",
        r"\b(?:(?:cierra|vence|termina|acaba|se acaba|expira) el plazo|el plazo (?:cierra|vence|termina|acaba|se acaba|expira))\b",
        r"(?<!['\"\u2018\u201c\u00ab\u201e])(?<!\u00ab )(?<!programa )(?<!programme )(?<!program )(?<!modo )(?<!mode )(?<!envío )(?<!envio )(?<!entrega )(?<!correo )(?<!mensajero )(?<!mensajería )(?<!transporte )(?<!servicio )(?<!teléfono de )(?<!número de )(?<!caso de )\b(?:urgente|urgencia|hoy mismo|cuanto antes|inmediatamente|de inmediato|lo antes posible|esta noche)\b",
        # fr
        r"(?<!annuler mon )(?<!annuler le )(?<!déplacer mon )(?<!décaler mon )(?<!reporter mon )(?<!modifier mon )(?<!changer mon )"
        r"\b(?:vol|train|avion|mariage|examen|entretien|rendez-vous|opération|déménagement|départ|enterrement|obsèques|audience|échéance|date limite|paie|signature|exposition|vernissage|accouchement|présentation|réunion|démo|cérémonie|baptême|hommage) (?:(?!(?:a été|était|dernier|hier|à|au)\b)[^.\n]){0,40}?"r"\b(?:demain|ce soir|aujourd\'hui|cet après-midi|ce (?:week-end|" + _JOUR + r")|(?:" + _JOUR + r")(?: prochain)?|dans (?:\d+|deux|trois|quelques) (?:heures|jours)|dans (?:une|deux|trois) semaines?)\b(?! (?:à|au|pour|vers|ou)\b(?! \d))",
        r"\b(?:avant (?:" + _JOUR + r"|demain|ce soir|la fin de (?:la )?(?:journée|semaine)|le \d+)|(?:je pars|nous partons|je prends l\'avion|je déménage|je me marie|on part|je voyage) (?:\w+ ){0,2}?(?:demain|ce soir|aujourd\'hui|" + _JOUR + r"|dans)|j\'en ai besoin (?:pour|avant|d\'ici))\b",
        r"(?<!envoi )(?<!livraison )(?<!colis )(?<!courrier )(?<!coursier )(?<!transporteur )(?<!numéro d')(?<!numéros d')(?<!service d')(?<!cas d')(?<!ligne d')"
        r"(?<!['\"\u2018\u201c\u00ab\u201e])(?<!\u00ab )(?<!programa )(?<!programme )(?<!program )(?<!modo )(?<!mode )\b(?:urgent(?!-ish)|urgence|immédiatement|au plus vite|dès que possible|aujourd'hui même|ce soir|d'ici (?:demain|ce soir)|"
        r"date de notre clôture)\b",
        # de
        r"\b(?:flug|hochzeit|prüfung|termin|umzug|abflug|beerdigung|operation|vorstellungsgespräch|frist|abgabe|reise|abreise|gehaltsabrechnung|lohnabrechnung|notartermin|beurkundung|ausstellung|vernissage|entbindung|geburtstermin|präsentation|kundentermin|besprechung|meeting|taufe|trauerfeier|jubiläum) (?:(?!(?:war|wurde|letzte\w*|gestern)\b)[^.\n]){0,40}?"r"\b(?:morgen|heute|übermorgen|(?:am|diesen|nächsten) (?:" + _TAG + r")|in (?:\d+|zwei|drei|wenigen) (?:stunden|tagen))\b(?! (?:auf|zu|nach|oder|verschieben|absagen|verlegen|stornieren)\b)"
        # round 14: an event told as already cancelled or moved ("Flug am Samstag gestrichen") is what happened, not a deadline
        r"(?! (?:\S+ )?(?:gestrichen|annulliert|storniert|ausgefallen|abgesagt|verschoben|gecancelt)\b)",
        r"\b(?:(?:brauche|brauchen|benötige|benötigen|muss|müssen)\b[^.\n]{0,50}?\b(?:bis|vor) (?:" + _TAG + r"|morgen|heute|übermorgen|ende(?! (?:des monats|monat|januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember)\b)|spätestens|dem \d)|(?:ich|wir) (?:fliege|fliegen|reise|reisen|ziehe|ziehen|heirate|heiraten|fahre|fahren) (?:\w+ ){0,2}?(?:morgen|heute|übermorgen|am (?:" + _TAG + r")))\b",
        r"(?<!['\"\u2018\u201c\u00ab\u201e])(?<!\u00ab )(?<!programa )(?<!programme )(?<!program )(?<!modo )(?<!mode )\b(?:frist (?:\w+ )?(?:läuft|endet)|(?:läuft|endet) (?:\w+ ){0,2}frist|dringend\w*|(?<!auch )(?<!dann )(?<!fast )(?<!quasi )(?<!nicht )(?<!ist )(?<!sind )(?<!wird )(?<!war )(?<!wurde )sofort(?! (?:ge\w+|(?:an|ab|auf|aus|ein|zurück|weg|um|zu|los|fest|mit|nach|vor)ge\w+)(?:t|en)\b(?:[.,;!]| und| habe| hat| haben| hatte| hatten))|umgehend|unverzüglich|so schnell wie möglich|bis morgen|bis spätestens|noch heute|heute noch|"
        r"müssen bis)\b",
        # class (round 13): the German compound of a deadline or an event ("meine Prüfungsfrist endet morgen um 18 Uhr", "die
        # Abgabefrist läuft heute ab", "die Abschlussprüfung ist am Freitag", "mein Rückflug geht morgen früh", "der Arzttermin ist
        # heute um 15 Uhr"): the word is not found alone, \b does not fall inside it
        r"\b(?:prüfungs|abgabe|bewerbungs|anmelde|einreichungs|zahlungs|antrags|einspruchs|widerspruchs|einschreibe|melde|rückmelde)frist\b"
        r"(?:(?!(?:war|wurde|letzte\w*|gestern)\b)[^.\n]){0,40}?\b(?:morgen|heute|übermorgen|(?:am|diesen|nächsten) (?:" + _TAG + r")|in (?:\d+|zwei|drei|wenigen) (?:stunden|tagen))\b",
        r"\b(?:(?:abschluss|zwischen|führerschein|fahr|aufnahme|staats|abitur|meister|sprach|eignungs)prüfung|(?:rück|hin|anschluss|heim|urlaubs)flug|"
        r"(?:arzt|zahnarzt|facharzt|gerichts|krankenhaus|op|klinik|impf|behörden|amts|botschafts|visum|visa)termin)"
        r"(?=\w*\b(?:(?!(?:war|wurde|letzte\w*|gestern)\b)[^.\n]){0,40}?\b(?:morgen|heute|übermorgen|(?:am|diesen|nächsten) (?:" + _TAG + r"))\b"
        r"(?! (?:auf|zu|nach|oder|verschieben|absagen|verlegen|stornieren)\b))",
        # class (round 9): the day before the weekend ("I need a delivery date before the weekend", "avant le week-end",
        # "antes del fin de semana", "vor dem Wochenende"); someone starting school or a job on a near day ("he starts at his
        # new school on Monday", "empieza el colegio el lunes", "la rentrée est mardi", "die Schule fängt am Montag an"); a
        # show at a clock time ("film starts at 8", "la película empieza a las 8", "le film commence à 20h", "der Film beginnt
        # um 20 Uhr"); a race with the dispatch ("cancel them before they ship", "antes de que salgan", "avant qu'ils partent",
        # "bevor sie verschickt werden", said with the act that stops it); a deadline a few days off ("expires in three days", "expire dans trois jours", "el plazo
        # es de cuatro días", "die Frist endet in drei Tagen"); a mortgage offer or a fixed rate that ends on a date.
        # class (round 10): a meeting with someone at a clock time today or tomorrow ("we're presenting to our client at 14:00
        # today", "a client pitch at 10am tomorrow", "una presentación con el cliente mañana a las 10", "réunion demain à 9h",
        # "Kundentermin morgen um 10 Uhr", the es/fr/de nouns are in the event lists above), and a stay that starts on a near day
        # ("our booking checks in on Saturday", "we're checking in tomorrow"; not "just checking in on my order")
        r"\b(?:pitch|presentation|presenting|demo|meeting|webinar|workshop|check-in|viewing)\b[^.\n]{0,40}?"
        r"\b(?:at \d{1,2}(?::\d\d|\.\d\d)? ?(?:am|pm|h)? (?:today|tomorrow|tonight|this (?:morning|afternoon|evening))|"
        r"(?:today|tomorrow|tonight|this (?:morning|afternoon|evening)) at \d{1,2}(?::\d\d|\.\d\d)? ?(?:am|pm|h)?)(?!\w)",
        r"\b(?:booking|reservation|stay|room|we|i|we're|i'm|we are|i am|guests?) (?:\w+ ){0,2}?(?:checking in|check in|checks in|arriving|arrive|arrives) "
        r"(?:on |this |next )?(?:" + _DAY + r"|tomorrow|tonight|today)\b(?!'s)",
        # class (session 22): guests coming on a near day, the thing needed for them ("We've got friends coming for dinner on
        # Saturday", "we've got the in-laws coming Saturday", "we have 14 people coming on Saturday": nb-44-031, nb-42-054,
        # nb-62-003; "tenemos invitados a cenar el sábado", "on reçoit toute la famille samedi", "wir bekommen am Samstag
        # Besuch"). Told as past ("had guests on Saturday") it is the story of a loss.
        r"\b(?:we've got|we have|i've got|i have|we're having|i'm having|we've|i've) (?:\S+ ){0,2}?(?:guests|friends|family|people|in-laws|relatives|"
        r"visitors|parents|grandparents|folks|everyone|the whole family) (?:coming|visiting|arriving|staying|round|over)"
        r"(?: (?:round|over|to stay|to visit|for (?:dinner|lunch|christmas|the weekend|a party|\w+)))? (?:on |this |next )?(?:" + _DAY + r"|tomorrow|tonight|this weekend)\b",
        r"\b(?:tengo|tenemos) (?:invitados|visita|gente|a la familia|a mis suegros|\d+ personas)(?: a (?:cenar|comer))?(?: en casa)? (?:el |este |esta )?(?:" + _DIA + r"|mañana|noche|fin de semana)\b",
        r"\b(?:on reçoit|nous recevons|je reçois|on a des invités|nous avons des invités|j'ai des invités) (?:\S+ ){0,3}?(?:demain|ce soir|ce week-end|(?:" + _JOUR + r"))\b",
        r"\b(?:bekommen|bekomme|kriegen|kriege|haben|habe) (?:wir |ich )?(?:am (?:" + _TAG + r")|morgen|heute abend|dieses wochenende|am wochenende) (?:\S+ )?(?:besuch|gäste)\b",
        r"\bbefore the weekend\b|\bavant (?:le|ce) week-end\b|\bantes del fin de semana\b|\bvor dem wochenende\b",
        r"\bstart(?:s|ing)? (?:at |in )?(?:a |his |her |my |their |our |the )?(?:new )?(?:school|job|college|university|uni|nursery|term|placement|apprenticeship) "
        r"(?:on |this |next )?(?:" + _DAY + r"|tomorrow)\b",
        r"\b(?:empieza|empiezo|empiezan|empezamos|comienza) (?:el |la |las |en el |en la )?(?:colegio|cole|escuela|instituto|guardería|universidad|curso|"
        r"trabajo|clases|a trabajar|a estudiar) (?:(?:el |este )(?:" + _DIA + r")|mañana)\b",
        # class (round 14): the writer's own train or flight at a clock time on a near day in French ("j'ai le train à 15h demain"),
        # and the exam the writer sits on a near day in German ("Am Montag schreibe ich meine Klausur"). (Tried: a French show on a
        # near day, "le concert c'est demain soir": one more false hit on round 4's unread writers, not kept.)
        r"\b(?:j'ai|nous avons|on a) (?:le|mon|notre|un) (?:train|vol|avion|bus|car|ferry|tgv) (?:à|de) \d{1,2} ?h(?:\d\d)? (?:demain|ce soir|aujourd'hui)\b",
        r"\b(?:morgen|heute|übermorgen|(?:am|diesen|nächsten) (?:" + _TAG + r")) (?:schreibe|schreiben|habe|hab|haben) (?:ich|wir) "
        r"(?:meine|eine|die|unsere|das|mein) \w*(?:klausur|prüfung|examen|vorstellungsgespräch)\b",
        r"\b(?:rentrée(?: scolaire)?|rentre à l'école|rentre au collège|rentre au lycée|rentre en crèche) (?:c'est |est |a lieu )?(?:ce |le )?(?:" + _JOUR + r"|demain)\b",
        r"\b(?:schule|schulbeginn|einschulung|kita|ausbildung|arbeitsbeginn)\b (?:(?!(?:war|wurde)\b)\w+ ){0,3}?(?:am |diesen |nächsten )?(?:" + _TAG + r"|morgen)\b",
        r"\b(?:película|peli|concierto|partido|función|sesión) (?:empieza|comienza|es) (?:hoy |esta noche )?a las \d|"
        r"\b(?:film|séance|concert|match|spectacle) (?:commence|débute|est) (?:ce soir )?à \d{1,2} ?h|"
        r"\b(?:film|vorstellung|konzert|spiel|vorführung) (?:beginnt|fängt|startet|ist) (?:heute )?um \d",
        r"\b(?:cancel|stop|block|intercept|hold|freeze)\w* (?:\w+ ){0,4}?before (?:it|they|the (?:orders?|parcels?|packages?|goods|items?)) "
        r"(?:ships?|(?:is|are|gets?) (?:shipped|dispatched|sent out)|goes? out|leaves?)\b|"
        r"\b(?:cancel|anul|paren|parad|parar|bloque|deten)\w* (?:\w+ ){0,4}?antes de que (?:salga|salgan|se envíe|se envíen|lo envíen|los envíen|se despache|se despachen)\b|"
        r"\b(?:annul|bloqu|arrêt|stopp)\w* (?:\S+ ){0,4}?avant qu'(?:il|ils|elle|elles) (?:ne )?(?:parte|partent|soit expédiée?|soient expédiée?s)\b|"
        r"\b(?:storn|stopp|sperr|halt)\w* (?:\S+ ){0,4}?bevor (?:sie|es|das paket|die bestellung|die ware) (?:\w+ )?(?:verschickt|versandt|rausgeht|rausgehen|rausgeschickt)\b",
        r"\b(?:expires?|lapses?) in (?:[1-5]|two|three|four|five|a few) (?:days|hours)\b|\b(?:expire|expirent) dans (?:[1-5]|deux|trois|quatre|cinq|quelques) (?:jours|heures)\b|"
        r"\b(?:vence|vencen|caduca|caducan|expira|expiran) en (?:[1-5]|dos|tres|cuatro|cinco|pocos) (?:días|horas)\b|\bläuft in (?:[1-5]|zwei|drei|vier|fünf|wenigen) (?:tagen|stunden) ab\b",
        r"\b(?:plazo|fecha límite)\b[^.\n]{0,30}?\b(?:en|de) (?:[1-5]|dos|tres|cuatro|cinco|pocos) (?:días|horas)\b|"
        r"\b(?:date limite|échéance|délai)\b[^.\n]{0,30}?\bdans (?:[1-5]|deux|trois|quatre|cinq|quelques) (?:jours|heures)\b|"
        r"\bfrist\b[^.\n]{0,30}?\b(?:in|noch) (?:[1-5]|zwei|drei|vier|fünf|wenigen) (?:tagen|tage|stunden)\b",
        r"\b(?:mortgage offer|fixed rate|fixed-rate deal|rate lock|visa|residence permit) (?:\w+ ){0,2}?(?:ends|expires|runs out|lapses) on\b",
        # class: a family occasion on a named day ("her birthday is on Saturday", "l'anniversaire de mon frère samedi")
        # class (round 20): ... on a day of the month or a few weeks off ("the wedding is on the 19th", "the memorial is in two
        # weeks", "shirts for my brother's memorial on Saturday"; read nb-22-072, nb-57-021; es/fr/de in the event lists above)
        r"\b(?:birthday|anniversary|wedding|christening|party|graduation|memorial|baptism) (?:(?:is |'s )(?:on |this |next )?|this |next )?(?:tomorrow|tonight)\b(?! (?:was|were|had|got)\b)|"
        r"\b(?:birthday|anniversary|wedding|christening|party|graduation|memorial|baptism) (?:(?:is |'s )(?:on |this |next )?|this |next )(?:" + _DAY + r")\b(?! (?:was|were|had|got)\b)|"
        r"\b(?:birthday|anniversary|wedding|christening|party|graduation|memorial|baptism) (?:is |'s )(?:on (?:the )?\d{1,2}(?:st|nd|rd|th)|in (?:a|one|two|three) weeks?)\b|"
        r"\bfor (?:my|our|her|his|their|the) (?:[\w'’-]+ )?(?:birthday|anniversary|wedding|christening|party|graduation|memorial|baptism) (?:on |this |next )?(?:" + _DAY + r")\b",
        # class (session 24): the thing is a gift, or is for an occasion, on a day of the month still ahead, in es/fr/de ("Es para
        # el cumpleaños de mi abuela el 30 de diciembre", "c'est un cadeau pour ma fille le 12", "Das sollte ein
        # Geburtstagsgeschenk für meinen Sohn am 9. Dezember sein"; read nb-68-099, nb-59-054, both labelled). Told in the past
        # ("era un regalo para ... el día 3", "c'était le cadeau pour ... le 24") it is a loss, not a deadline: the present tense
        # is required. (Tried: the English "It's a gift for my nephew on the 24th", read nb-62-012, nb-68-002: one more false
        # flag on the held-out sets and no gain there, not kept.)
        r"\b(?:es|son) (?:(?:un|el|mi|nuestro) regalo para|para (?:el|la|mi|su|nuestr[oa]) (?:cumpleaños|boda|aniversario|comunión|bautizo|santo|fiesta|graduación|cena))"
        r" (?:\w+ ){0,4}?el (?:día )?\d{1,2}\b(?! (?:de )?(?:veces|vez)\b)",
        r"\b(?:c'est|ce sont) (?:un |le |mon |notre )?(?:cadeau|cadeaux) pour (?:\S+ ){0,5}?le \d{1,2}\b",
        r"\b(?:ist|sind|sollte|soll|sollten) (?:\w+ ){0,2}?\w*geschenk\w* (?:für|zum|zur) (?:\S+ ){0,4}?am \d{1,2}\.",
        r"\bcumple(?:años)? (?:\w+ ){0,3}?(?:es )?(?:el |este )?(?:" + _DIA + r"|mañana|pasado mañana)\b",
        r"\banniversaire (?:\w+ |d'\w+ ){0,3}?(?:est )?(?:ce |le )?(?:" + _JOUR + r"|demain)\b",
        r"\bgeburtstag (?:\w+ ){0,3}?(?:ist )?(?:am |diesen |nächsten )?(?:" + _TAG + r"|morgen)\b",
        # class: a clock-time deadline today ("antes de las 14:00 de hoy", "avant midi", "bis 12 Uhr", "in the next hour", "by end of day")
        r"\bantes de las \d{1,2}(?:[:.h]\d\d)?\b", r"\bavant (?:midi|\d{1,2} ?h(?:\d\d)?)\b(?! (?:hier|la semaine dernière)\b)",
        r"\b(?:bis|vor) (?:\d{1,2}(?:[:.]\d\d)? uhr|mittag)(?: heute)?\b",
        r"\b(?:need|needs|must|have to|has to|due|due out)\b[^.\n]{0,40}\b(?:in the next (?:half )?(?:hour|\d+ minutes)|within the hour|by (?:the )?end of (?:the )?day|by eod|by close of business)\b",
        r"\b(?:an|one|two|\d+) hours? before (?:the |my |our )?\w+ (?:opens|starts|closes|leaves|departs|goes live)\b",
        # session 24: not "for tonight's show": it names what a purchase was for, told as often with the event spoilt ("Paid
        # for the add-on for tonight's cup final and the stream cut out", "we bought seats for tonight's performance and
        # arrived to find", "it was for tonight's dinner"; read nb-51-036, nb-63-044, nb-35-014, all unlabelled); the need
        # for the evening ("I only have enough for tonight", "I need two seats for tonight's show") is read where it is said
        r"\b(?:for|until) (?:\d{1,2}:\d\d )?tonight\b(?!['’]s)",
        # class: travelling on a named day without "I" ("flying Thursday morning", "driving to Cornwall on Saturday")
        r"\b(?<!was )(?<!were )(?:flying|travell?ing|departing|driving|sailing) (?:(?!or\b)\w+ ){0,3}?(?:on |this |next )?(?:" + _DAY + r"|tomorrow|tonight)(?: morning| evening| night| afternoon)?\b(?! (?:was|were|or not)\b)",
        # class: the time of a departure or a return tomorrow given as a clock time (fr/es: "demain à 8h", "mañana a las 8")
        r"\b(?:je dois|nous devons|il faut que je)\b[^.\n]{0,40}\b(?:demain|ce soir|aujourd'hui)\b",
        r"\b(?:tengo que|tenemos que|debo|debemos)\b[^.\n]{0,40}\b(?:mañana|hoy|esta noche)(?: por la (?:mañana|tarde))? (?:a las|antes de las|sobre las) \d",
        r"\b(?:part|pars|partons|décolle|arrive) (?:demain|ce soir|aujourd'hui) (?:à|vers) \d",
        r"\b(?:sale|salgo|salimos|despega|llega) (?:mañana|hoy|esta noche) a las \d",
        # class (session 24): water, power or heating gone since this morning with a vulnerable person named after it (a baby, a
        # pregnancy, oxygen, dialysis, someone in their eighties: "we've had no water since 6 this morning. I've got a 4 month
        # old", "Our power has been off since 6am ... My mother is 84 and uses an oxygen concentrator", "plus d'eau depuis ce
        # matin ... Ma mère de 88 ans"; read nb-65-079, nb-68-041, nb-65-032, all labelled): the corpus's "a vulnerable person
        # without power now". An outage of days (hd-0113, nb-22-001, unlabelled) is the damage told, not a pressure of today.
        r"\b(?:(?:no|without) (?:water|power|electricity|heating|heat|hot water|gas)|(?:power|electricity|water|heating|gas) (?:has been |is |went |has gone |'s been )?(?:off|out|cut off|down))\b"
        r"(?: \S+){0,6}? since (?:about |around |roughly )?(?:\d{1,2}(?:[:.]\d\d)? ?(?:am|pm|o'clock)?(?: this morning| today| last night)?|this morning|last night|lunchtime|early this morning)\b"
        r"(?=[^\n]{0,200}?\b(?:baby|newborn|toddler|\d+[- ](?:months?|weeks?)[- ]old|pregnant|oxygen|dialysis|wheelchair|bed-?bound|(?:is|she's|he's|aged) (?:[89]\d|1[01]\d)\b(?! ?(?:%|per|minutes|mins|pounds|quid|euros|kg|degrees|miles)))\b)",
        r"\b(?:plus d'(?:eau|électricité)|plus de (?:courant|chauffage|gaz)|sans (?:eau|électricité|courant|chauffage))\b(?: \S+){0,6}? depuis (?:ce matin|cette nuit|hier soir|\d{1,2} ?h)\b"
        r"(?=[^\n]{0,200}?\b(?:bébé|nourrisson|enceinte|oxygène|dialyse|fauteuil|alitée?|grabataire|de (?:[89]\d|1[01]\d) ans)\b)",
        r"\bsin (?:agua|luz|electricidad|calefacción|gas) desde (?:esta mañana|anoche|las \d{1,2})\b"
        r"(?=[^\n]{0,200}?\b(?:bebé|embarazada|oxígeno|diálisis|silla de ruedas|encamad[oa]|de (?:[89]\d|1[01]\d) años)\b)",
        r"\b(?:kein (?:wasser|strom|gas)|keine heizung|ohne (?:wasser|strom|heizung)) seit (?:heute (?:morgen|früh)|\d{1,2} uhr|gestern abend)\b"
        r"(?=[^\n]{0,200}?\b(?:baby|säugling|schwanger|sauerstoff|dialyse|rollstuhl|bettlägerig|[89]\d(?: jahre|-jährige))\w*)",
        # class: a supply that runs out ("he runs out tomorrow", "4 days' supply left", "nur noch eine Tablette für morgen")
        r"\b(?:runs?|running|ran) out (?:\w+ ){0,4}?(?:today|tonight|tomorrow|on (?:" + _DAY + r")|in (?:\d+|a few|two|three) days)\b",
        r"\b(?:\d+|a few|two|three|four|five) days'? (?:supply|worth|of (?:tablets|medication|medicine|pills)) left\b",
        r"\b(?:se me acaba|se le acaba|se (?:me |le )?acaban|solo me queda|solo me quedan|me queda solo|se (?:me |le |nos |les )?queda(?:n)? sin|me quedo sin|"
        r"nos quedamos sin)\b[^.\n]{0,40}\b(?:mañana|hoy|esta noche|\d+ días|(?:el |este )?(?:" + _DIA + r"))\b",
        r"\bil ne (?:me |nous |lui )?reste (?:que|qu'|plus que|plus qu')[^.\n]{0,40}\b(?:demain|ce soir|aujourd'hui|\d+ jours|(?:" + _JOUR + r"))\b",
        r"\bnur noch\b[^.\n]{0,40}\b(?:für|bis) (?:morgen|heute|\d+ tage|(?:" + _TAG + r"))\b",
        # class: help needed this instant ("ahora mismo", "ring me NOW")
        r"\b(?:necesito|necesitamos|pueden|podéis|podrían|bloqueen|bloquead|ayúdenme|ayudadme|llámenme|llamadme|ayude)\b[^.\n?]{0,40}\b(?:ahora mismo|ya mismo|ya(?= *[.!?]))",
        # class: the fix asked for today, in es/fr ("¿me lo pueden solucionar hoy?", "pouvez-vous débloquer mon compte aujourd'hui ?")
        r"\b(?:solucion|arregl|resolv|desbloque|reactiv|restablec)\w* (?:\w+ ){0,3}?(?:hoy|hoy mismo)\b",
        r"\b(?:régl|résoudr|résolv|débloqu|rétabl|répar|réactiv)\w* (?:\S+ ){0,3}?aujourd'hui\b",
        # (round 14: "my phone now" is the device, not a call asked for)
        # (session 25) ... not "for now", "by now", "just now", "until now": for the time being, already, a moment ago ("Please
        # could any contact be by email rather than phone for now", nb-76-026; 17 of 18 read lines with "for now" have no urgency)
        r"(?<!my )(?<!the )(?<!your )(?<!our )(?<!his )(?<!her )(?<!a )\b(?:call|ring|phone|fix|renew|restore|reconnect|unblock|unlock)\w* (?:\w+ ){0,3}"
        r"(?<!for )(?<!by )(?<!just )(?<!until )(?<!till )now(?= *[.!?]|$)",
        r"\b(?:get|send) (?:someone|somebody|an engineer|a technician|help) (?:\w+ ){0,3}now\b",
        # class: stop the damage this instant ("freeze everything NOW", "block the card now", "bloquez tout maintenant", "sperren Sie sofort")
        r"(?<!n't )(?<!not )(?<!to )(?<!it )\b(?:freeze|block|lock|stop|suspend|cancel|void|disable) (?:\w+ ){0,3}now(?= *[.!?]|$)",
        r"\b(?:bloquez|gelez|suspendez|arrêtez) (?:\w+ ){0,3}(?:maintenant|tout de suite)\b|\b(?:bloqueen|bloquead|congelen|congelad|paren|parad) (?:\w+ ){0,3}(?:ya|ahora)\b",
        # class: an event with a near day, said as what the customer does ("we're launching the collection Tuesday", "lanzamos el martes",
        # "nous lançons la boutique jeudi", "wir starten am Dienstag")
        r"\b(?:we're|we are|i'm|i am|we|i) (?:launching|going live|relaunching|opening|unveiling|releasing|shipping) (?:\w+ ){0,4}?(?:on |this |next )?(?:" + _DAY + r"|tomorrow|tonight)\b(?! (?:was|were)\b)",
        r"\b(?:lanzamos|lanzaremos|abrimos|inauguramos|estrenamos) (?:\w+ ){0,4}?(?:el |este )?(?:" + _DIA + r"|mañana|esta noche)\b",
        r"\b(?:nous lançons|on lance|nous ouvrons|on ouvre|nous inaugurons|je lance) (?:\w+ ){0,4}?(?:ce |le )?(?:" + _JOUR + r"|demain|ce soir)\b",
        r"\b(?:wir starten|wir launchen|wir eröffnen|wir gehen) (?:\w+ ){0,4}?(?:am |diesen |nächsten )?(?:" + _TAG + r"|morgen|heute abend)\b",
        # class: travel on a near date given as the day of the month ("we travel on the 14th", "nous partons le 14")
        r"\b(?:i|we)(?:'re| are)? (?:fly|flying|travel|travelling|traveling|leave|leaving|depart|departing|going away|go away|off on holiday) (?:\w+ ){0,2}?on the \d{1,2}(?:st|nd|rd|th)\b",
        r"(?:(?<=\bnos )vamos|(?<=\bme )voy|\bsalimos|\bviajamos) (?:de vacaciones |de viaje )?el \d{1,2}\b|"
        r"(?:(?<=\bnous )partons|(?<=\bon )part|(?<=\bje )pars) (?:en vacances |en voyage )?le \d{1,2}\b|"
        r"(?:(?<=\bwir )(?:fahren|fliegen)|(?<=\bich )(?:fahre|fliege)) am \d{1,2}\. (?:\w+ )?(?:in den urlaub|weg|los)\b",
        # class: the customer has to be somewhere on a near day ("get to the airport on Thursday", "llegar al aeropuerto el jueves",
        # "aller à l'aéroport demain", "zum Flughafen am Donnerstag")
        r"\b(?:get|be|go|make it|drive|travel|head)(?: back)? (?:to|at) the (?:airport|station|port|ferry terminal|embassy|consulate|court|hospital) (?:\w+ ){0,2}?(?:on |this |by )?(?:" + _DAY + r"|tomorrow|tonight)\b",
        r"\b(?:al|en el) (?:aeropuerto|puerto|consulado|juzgado|hospital) (?:\w+ ){0,2}?(?:el |este )?(?:" + _DIA + r"|mañana|esta noche)\b",
        r"\bà l'(?:aéroport|ambassade|hôpital) (?:\w+ ){0,2}?(?:" + _JOUR + r"|demain|ce soir)\b",
        r"\b(?:zum|am) (?:flughafen|bahnhof|konsulat|gericht) (?:\w+ ){0,2}?(?:am )?(?:" + _TAG + r"|morgen|heute abend)\b",
        # class: nowhere to sleep tonight ("we have nowhere to stay tonight", "no tenemos dónde dormir", "nulle part où dormir")
        r"\b(?:nowhere to (?:sleep|stay)|no (?:tenemos|tengo) (?:dónde|donde|a dónde ir a) dormir|nulle part où dormir|"
        r"(?:keine|kein) (?:unterkunft|schlafplatz|bleibe) für (?:heute|die) nacht)\b",
        # class: rent or lodging to pay on a near day ("pay the rent on Friday", "payer mon logement vendredi", "pagar el alquiler el viernes")
        r"\bpay (?:my|the|our) (?:rent|hotel|landlord|deposit|accommodation) (?:on |by |this )?(?:" + _DAY + r"|tomorrow|today)\b",
        r"\bpayer (?:mon|le|notre) (?:loyer|logement|hôtel|propriétaire) (?:" + _JOUR + r"|demain|aujourd'hui)\b",
        r"\bpagar (?:el|mi) (?:alquiler|hotel|alojamiento) (?:el |este )?(?:" + _DIA + r"|mañana|hoy)\b",
        r"\b(?:miete|hotel|unterkunft) (?:\w+ ){0,2}(?:am |bis )?(?:" + _TAG + r"|morgen|heute) (?:zahlen|bezahlen)\b",
        # class (session 8): a renewal or an expiry on a near date ("my domains renew on the 28th", "la oferta vence el viernes",
        # "le certificat expire demain", "die Domain läuft am 28. ab"), work or a departure in minutes ("tengo que entrar a trabajar en
        # 10 minutos", "je commence dans 20 minutes", "ich muss in 15 Minuten los"), harm going on right now ("someone is STILL
        # booking rides right now"), nowhere known to sleep tonight, and a loss if it is not done ("or we lose the print slot").
        r"\b(?:my|our) (?:[\w-]+ ){1,3}?(?:renews?|expires?|lapses?) (?:on (?:the )?\d{1,2}(?:st|nd|rd|th)\b|on (?:" + _DAY + r")|tomorrow|tonight|today|this (?:week|weekend)|"
        r"in (?:\d+|two|three|a few) (?:days|hours))",
        r"\b(?:vence|vencen|caduca|caducan|expira|expiran) (?:el (?:\d|día|" + _DIA + r")|mañana|hoy|este)|\b(?:expire|expirent|arrive à échéance|arrivent à échéance) "
        r"(?:le \d|demain|ce|cette|" + _JOUR + r")|\bläuft (?:\w+ ){0,2}(?:am \d+\.|morgen|heute|diese woche|am (?:" + _TAG + r")) (?:\w+ )?ab\b",
        r"\b(?:tengo que|tenemos que|debo|necesito|empiezo|entro|salgo|sale|cierra)\b[^.\n]{0,40}\ben (?:\d+|cinco|diez|quince|veinte|media) (?:minutos|horas?)\b",
        r"\b(?:je dois|nous devons|je commence|j'embauche|il part|je pars|ça ferme|départ)\b[^.\n]{0,40}\bdans (?:\d+|cinq|dix|quinze|vingt) (?:minutes|heures)\b",
        r"\b(?:muss|müssen|fängt|beginnt|fährt|startet|schließt)\b[^.\n]{0,40}\bin (?:\d+|fünf|zehn|fünfzehn|zwanzig) (?:minuten|stunden)\b",
        r"\b(?:someone|somebody|they|the (?:thief|thieves|fraudsters?|scammers?|hackers?)) (?:is|are|'s|'re) (?:still )?\w+ing\b[^.\n]{0,40}\b(?:right now|as we speak|as i (?:write|type))",
        r"\b(?:alguien|siguen|sigue) (?:\w+ ){0,4}?(?:ahora mismo|en este momento|mientras (?:escribo|os escribo))\b|\b(?:quelqu'un|ils) (?:\S+ ){0,4}?(?:en ce moment même|à l'instant même|pendant que je vous écris)\b|"
        r"\b(?:jemand|die betrüger) (?:\S+ ){0,4}?(?:gerade jetzt|in diesem moment|während ich schreibe)\b",
        r"\b(?:(?:don't|do not|no idea|can't tell us|cannot tell us) (?:know )?)?where (?:we|i)(?:'re| are|'m| am)? (?:supposed|meant|going) to (?:sleep|stay)\b|\bdónde (?:vamos a|podemos|voy a|puedo) dormir\b|"
        r"\boù (?:nous allons|on va|je vais|allons-nous|va-t-on) dormir\b|\bwo (?:wir|ich) (?:heute nacht )?(?:schlafen|übernachten) (?:soll|sollen)\b",
        r"\bby (?:" + _DAY + r"|tomorrow|tonight),? (?:i|we)(?:'ll| will)? (?:lose|miss|forfeit)\b|\b(?:se cobra|se carga|vence|sale)\b[^.\n]{0,20}?\bpasado mañana\b|"
        r"(?m:^)(?:standing|sitting|waiting|stuck|stranded) (?:\w+ ){0,6}?(?:right now|as we speak)\b",
        r"\bor (?:else )?(?:we|i)(?:'ll| will)? (?:lose|miss|forfeit) (?:the|our|my)\b|\bo (?:perdemos|pierdo) (?:el|la|nuestr[oa]|mi)\b|"
        r"\bsinon (?:nous perdons|je perds|on perd) (?:le|la|notre|mon|ma)\b|\bsonst (?:verlieren|verpassen) (?:wir|ich)\b",
        # class: a business's busiest hours under way now ("the lunch service is on", "das Mittagsgeschäft läuft gerade",
        # "en plein service du midi", "en plena hora de comidas")
        r"\b(?:lunch|dinner|breakfast) (?:service|rush) (?:is |has )?(?:on|going|started|now|underway|under way|in full swing)\b",
        r"\b(?:mittags|abend|weihnachts)geschäft läuft (?:gerade|jetzt|schon)\b",
        r"\ben plein (?:service|coup de feu|rush)\b", r"\ben plena (?:hora punta|hora de comidas|hora de cenas)\b",
        # class: anything possible today ("is there any way to void it today?", "hay alguna forma de hacerlo hoy", "gibt es heute noch eine Möglichkeit")
        r"\b(?:any way|a way|anything you can do) (?:to|you can|you could|that)\b[^.\n?]{0,60}?\b(?:today|tonight|right now)\b(?!'s)",
        r"\b(?:alguna forma|alguna manera) de\b[^.\n?]{0,60}?\b(?:hoy|esta noche|ahora mismo)\b",
        r"\b(?:un moyen de|possible de)\b[^.\n?]{0,60}?\b(?:aujourd'hui|ce soir|tout de suite)\b",
        r"\b(?:möglichkeit|weg)\b[^.\n?]{0,60}?\b(?:heute noch|noch heute|sofort)\b",
        # class: an appointment or a journey at a clock time ("I have an appointment in Leeds at 4pm", "j'ai un rendez-vous à 16 h",
        # "tengo una cita a las 10", "ich habe um 14 Uhr einen Termin"), and being stranded where the customer is right now.
        # (round 20: ... a pitch, a presentation or a demo too, "I have a client pitch on Zoom at 2pm", read nb-42-015, nb-50-065)
        r"\bi(?: have|'ve got|'ve| have got) (?:a|an|my) (?:\w+ )?(?:appointment|meeting|interview|flight|exam|hearing|train|ferry|surgery|operation|scan|"
        r"pitch|presentation|demo|webinar|workshop)\b"
        r"[^.!?\n]{0,40}\bat \d{1,2}(?:[:.]\d\d)? ?(?:am|pm|\b)",
        r"\bj'ai (?:un|une|mon|ma) (?:rendez-vous|rdv|entretien|examen|vol|train|audience|opération|réunion|présentation|démo|soutenance)\b[^.!?\n]{0,40}\bà \d{1,2} ?h",
        r"\b(?:tengo|tenemos) (?:una|un|mi|la|el) (?:cita|entrevista|examen|vuelo|tren|juicio|operación|reunión|comida|cena|boda|clase|turno|presentación|demo)\b[^.!?\n]{0,40}\ba las (?:\d|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce)\b",
        # ... or has to be somewhere at a clock time ("tengo que estar en Zaragoza a las 6")
        r"\b(?:tengo que|tenemos que|debo|debemos) (?:estar|llegar|entrar|coger|recoger|salir)\b[^.!?\n]{0,40}\ba las \d",
        r"\bich habe (?:\w+ ){0,3}um \d{1,2}(?:[:.]\d\d)? uhr (?:\w+ )?(?:einen|meinen|eine|meine) (?:termin|flug|zug|prüfung|vorstellungsgespräch|gerichtstermin|präsentation|pitch|demo)\b",
        r"(?:(?<='m )|(?<='re )|(?<=\bam )|(?<=\bare ))\b(?:standing|sitting|waiting)\b[^.!?\n]{0,50}\b(?:right now|as we speak)\b|"
        r"(?:(?<='m )|(?<='re )|(?<=\bam )|(?<=\bare )|(?<=\bbeen )|(?<=\bnow ))\bstranded\b",
        r"\b(?:estoy|estamos) (?:tirad[oa]s?|atrapad[oa]s?)\b|\b(?:je suis|nous sommes) (?:bloquée?s?|coincée?s?) (?:à|au|dans|sur|devant)\b|"
        r"\b(?:ich stehe|wir stehen|ich sitze|wir sitzen) (?:gerade|jetzt|hier) (?:\w+ ){0,3}(?:fest|vor|am|im)\b|\b(?:ich bin|wir sind) (?:hier )?gestrandet\b",
        # class (round 11): an answer or a settlement asked for by a near day ("would be great to know by Friday", "my landlord wants
        # it by Friday", "she's asked for it by 3 April", "wäre froh, wenn das bis Donnerstag geklärt wäre", "saberlo antes del
        # viernes", "savoir d'ici jeudi"); not a promise the company made ("you said it would be sorted by Friday")
        # (session 24: ... or done or ready by then, "can this be done by Wednesday?", w73 nb-73-072; not "fixed", which is
        # also the past told: "the engineer fixed it by Thursday")
        r"(?<!would be )(?<!will be )(?<!was )\b(?:to know|let me know|know|hear back|hear from you|an answer|a reply|confirmation|wants? (?:it|them|this|the money)|"
        r"asked for (?:it|them|this)|expects? (?:it|them|this)|sorted|resolved|settled|done|ready) (?:\w+ ){0,2}?by (?:" + _DAY + r"|tomorrow|tonight|"
        r"\d{1,2}(?:st|nd|rd|th)? (?:january|february|march|april|may|june|july|august|september|october|november|december)|"
        r"(?:january|february|march|april|may|june|july|august|september|october|november|december) \d{1,2})\b",
        r"\bbis (?:" + _TAG + r"|morgen|übermorgen|zum \d{1,2}\.) (?:\w+ ){0,2}?(?:geklärt|erledigt|gelöst|bescheid|wissen|zurück)\b",
        r"\b(?:saberlo|saber algo|saber|tenerlo|resuelto|solucionado|arreglado) (?:\w+ ){0,2}?(?:antes del|para el) (?:" + _DIA + r")\b",
        r"\b(?:le savoir|savoir|l'avoir|réglé|résolu|confirmé) (?:\w+ ){0,2}?d'ici (?:" + _JOUR + r"|demain)\b",
        # class (round 11): tomorrow at a clock time the customer takes a flight or a train ("Mañana a las 7 cojo un vuelo",
        # "tomorrow at 7 I catch a flight", "demain à 7h je prends l'avion", "morgen um 7 Uhr fliege ich")
        r"\b(?:mañana|hoy|esta noche) a las \d{1,2}(?:[:.]\d\d)? (?:cojo|cogemos|tomo|tomamos|tengo|tenemos|sale|salgo|salimos|vuelo|volamos)\b",
        r"\b(?:tomorrow|tonight|today) at \d{1,2}(?:[:.]\d\d)? ?(?:am|pm)? (?:i|we) (?:catch|take|have|fly|leave|board)\b",
        r"\b(?:demain|ce soir) à \d{1,2} ?h(?:\d\d)? (?:je|nous|on) (?:prends|prenons|prend|pars|partons|part|décolle|décollons|ai|avons)\b",
        r"\b(?:morgen|heute abend) um \d{1,2}(?:[:.]\d\d)?(?: uhr)? (?:fliege|fliegen|fahre|fahren|habe|haben|geht)\b",
        # class (round 11): the customer's own shop or stall opens, or they go, on a near day ("J'ouvre samedi matin", "Abro la
        # tienda el sábado 14", "I open the shop on Saturday", "ich eröffne am Samstag", "I'm going this Saturday"); and a market
        # or a fair they have on a near day ("we've got a craft market this Saturday")
        r"\b(?:i open|i'm opening|i am opening|i reopen) (?:the |my |our )?(?:\w+ )?(?:on |this |next )?(?:" + _DAY + r"|tomorrow)\b",
        r"\b(?:abro|reabro|inauguro) (?:la |el |mi )?(?:\w+ )?(?:el |este )?(?:" + _DIA + r"|mañana)\b",
        r"\b(?:j'ouvre|je rouvre|j'inaugure) (?:la |le |ma |mon )?(?:\w+ )?(?:ce |le )?(?:" + _JOUR + r"|demain)\b",
        r"\b(?:ich eröffne|ich öffne|wir öffnen) (?:\w+ ){0,2}?(?:am |diesen |nächsten )?(?:" + _TAG + r"|morgen)\b",
        r"\b(?:i'm|i am|we're|we are) going (?:on |this |next )?(?:" + _DAY + r"|tomorrow)\b",
        r"\b(?:i|we)(?:'ve got| have got| have) (?:a|an|my|our) (?:\w+ ){0,2}?(?:market|fair|stall|pop-?up|show|event|gig|festival|wedding) "
        r"(?:on |this |next )?(?:" + _DAY + r"|tomorrow|tonight)\b",
        # class (round 11): doors, gates or check-in closing at a clock time ("doors close at 8", "las puertas cierran a las 8",
        # "les portes ferment à 20h", "der Einlass endet um 20 Uhr"), and the customer at the gate or the door right now
        r"\b(?:doors|gates?|check-in|boarding|entry|box office) (?:close|closes|shut|shuts|ends?) at \d{1,2}(?:[:.]\d\d)?\b",
        r"\b(?:las puertas|el embarque|la entrada|la facturación) (?:cierran?|termina) a las \d",
        r"\b(?:les portes|l'embarquement|l'enregistrement|l'entrée) (?:ferment|ferme|se ferment|se termine) à \d",
        r"\b(?:einlass|boarding|check-in) (?:endet|schließt|ist) (?:\w+ )?um \d",
        r"\b(?:i'm|im|i am|we're|we are) (?:literally |currently |now )?(?:at|outside) the (?:gate|door|doors|entrance|venue|box office|check-in|counter|airport|station)\b"
        r"[^.!?\n]{0,60}\b(?:right now|as we speak|now)\b",
        # class (round 11): travel told with the verb last in German ("da wir schon am Samstag fliegen", "weil ich morgen abreise")
        r"\b(?:wir|ich) (?:\w+ ){0,2}?(?:am (?:" + _TAG + r")|morgen|übermorgen|heute) (?:\w+ )?(?:fliegen|fliege|abreisen|abreise|losfahren|losfahre|anreisen|anreise|umziehen|umziehe)\b",
        # class (round 11): a submission or a deadline on a date of the month ("My submission is 3 April", "la entrega es el 3 de
        # abril", "mon rendu est le 3 avril", "die Abgabe ist am 3. April"), points or miles that expire on a date
        r"\b(?:submission|deadline|dissertation|thesis|exam|hearing|flight|wedding|surgery|interview|court date) (?:is|'s) (?:on )?(?:the )?\d{1,2}(?:st|nd|rd|th)? "
        r"(?:january|february|march|april|may|june|july|august|september|october|november|december)\b",
        r"\b(?:entrega|examen|juicio|boda|defensa|bautizo|festival|concierto) (?:es|será) el \d{1,2} de\b|\b(?:rendu|soutenance|examen|audience|mariage|baptême|festival|concert) (?:est|sera) le \d{1,2}\b|"
        r"\b(?:abgabe|prüfung|verhandlung|hochzeit|festival|konzert|taufe|trauerfeier) ist (?:schon |bereits |ja )?am \d{1,2}\.",
        r"\b(?:miles|points|vouchers?|credits?|credit|balance) (?:\w+ )?(?:expir(?:e|es|ing)|laps(?:e|es|ing)|run(?:s|ning)? out) on\b|"
        r"\b(?:puntos|millas|bonos?) (?:caducan|vencen|expiran) el\b|\b(?:points|miles|bons?) (?:expirent|expire) le\b|\b(?:punkte|meilen|gutscheine?) verfallen am\b",
        # class (round 10 read): money the customer must pay on a near day ("die Kaution, die ich Freitag zahlen muss", "que tengo que
        # pagar el viernes", "que je dois payer vendredi", "which I have to pay on Friday"), and a thing needed back this instant
        # ("I need my number back NOW"; money back stays impatience, core._MONEY_BACK)
        r"\b(?:(?:am |diesen |bis )?(?:" + _TAG + r")|morgen|übermorgen|heute) (?:\w+ )?(?:zahlen|bezahlen|überweisen) (?:muss|müssen)\b|"
        r"\b(?:tengo|tenemos) que pagar (?:\w+ ){0,3}?(?:el (?:" + _DIA + r")|mañana|hoy)\b|\b(?:je dois|nous devons) (?:payer|verser|régler) (?:\S+ ){0,3}?(?:" + _JOUR + r"|demain|aujourd'hui)\b|"
        r"\b(?:i|we) (?:have|need|has|needs) to pay (?:\w+ ){0,3}?(?:on |by |this )?(?:" + _DAY + r"|tomorrow|today)\b",
        r"\bneed (?:my|our|the) (?:\w+ ){0,2}?back (?:right )?now\b(?! that)",
        # class (round 11): the customer's demand for today ("J'exige un relogement aujourd'hui", "I want it reversed today", "exijo
        # una solución hoy", "ich erwarte noch heute einen Anruf"); money back "today" stays impatience (core._MONEY_BACK)
        # (session 24: ... or for tonight, "I want either a different caravan tonight", w73 nb-73-082)
        r"\b(?:i want|i expect|i demand|i insist on) (?:\w+ ){0,4}?(?:today|tonight)\b(?!'s)|\b(?:exijo|quiero|espero) (?:\w+ ){0,4}?hoy(?: mismo)?\b|"
        r"\b(?:j'exige|je veux|j'attends|je demande) (?:\S+ ){0,4}?aujourd'hui\b|\b(?:ich erwarte|ich will|ich verlange|ich fordere) (?:\w+ ){0,4}?(?:noch heute|heute noch|heute)\b",
        # class (round 12): the last doses counted or said to last until a near day ("I have two tablets left, which takes me to
        # tomorrow morning", "il lui reste de quoi tenir jusqu'à samedi", "me quedan dos pastillas", "die Tabletten reichen nur noch
        # bis Freitag"); guests due at a clock time ("twelve kids are arriving at 4", "los invitados llegan a las 5", "les invités
        # arrivent à 16h", "die Gäste kommen um 16 Uhr"); the customer due somewhere at a clock time, summoned or said as need
        # ("Ich bin um 9 Uhr am Amtsgericht als Zeuge geladen", "je dois être à Grenoble pour 14h", "no sé cómo voy a estar en la
        # ceremonia a las 12", "I need to be in Leeds by 3pm"); papers to file by a near day ("three VAT returns to file by
        # Tuesday night"); the rent leaving on a day of the month ("mon loyer doit partir le 5", "el alquiler se cobra el día 1")
        r"\b(?:i|we|he|she|they|my (?:son|daughter|husband|wife|mum|mom|dad|mother|father|partner|child|baby|kid))(?: have| have got|'ve got|'ve| has| has got|'s got)? (?:only |just )?(?:\d+|one|two|three|four|a couple of|a few) "
        r"(?:tablets?|pills?|doses?|capsules?|injections?|insulin pens?|vials?|nappies|bottles of formula|days of (?:medication|tablets|insulin)) left\b",
        r"\b(?:takes|lasts|gets|will last|will take|should last) (?:me|us|him|her|them) (?:to|till|until|through) (?:tomorrow|tonight|tuesday|(?:this |on )?(?:" + _DAY + r"))\b",
        r"\b(?:de quoi tenir|assez pour tenir|de quoi aller) jusqu'(?:à|au) (?:demain|ce soir|(?:" + _JOUR + r"))\b|"
        r"\bil (?:me|lui|nous|leur) reste (?:\w+ ){0,2}?(?:\d+|deux|trois|quatre) (?:comprimés|cachets|doses|gélules|jours de traitement)\b",
        r"\b(?:me|le|nos|les) (?:quedan|queda) (?:solo |sólo )?(?:\d+|dos|tres|cuatro|un par de) (?:pastillas|comprimidos|dosis|cápsulas|pañales|días de (?:tratamiento|medicación))\b|"
        r"\b(?:me|le|nos|les) (?:llega|llegan|alcanza|alcanzan|da|dan) (?:\w+ ){0,2}?(?:hasta|para) (?:mañana|esta noche|el (?:" + _DIA + r"))\b",
        r"\b(?:reichen|reicht) (?:\w+ ){0,3}?(?:nur )?(?:noch )?bis (?:morgen|heute abend|(?:" + _TAG + r"))\b|"
        r"\b(?:noch|nur noch) (?:zwei|drei|vier|\d+) (?:tabletten|pillen|dosen|spritzen|kapseln|windeln)\b",
        r"\b(?:guests|kids|children|people|family|visitors|relatives|clients|customers|twelve|ten|\d+ (?:kids|guests|people)) (?:are |will be )?(?:arriving|coming|due) (?:at|by|in) "
        r"(?:\d|an hour|half an hour|two hours)|\b(?:los invitados|los niños|la familia|los clientes) (?:llegan|vienen|están citados) a las \d|"
        r"\b(?:les invités|les enfants|la famille|les clients) (?:arrivent|viennent|sont attendus) (?:à|vers) \d|\b(?:die gäste|die kinder|die familie|die kunden) kommen (?:\w+ )?um \d",
        r"\bich bin (?:\w+ ){0,2}?um \d{1,2}(?:[:.]\d\d)? uhr (?:\S+ ){0,5}?(?:geladen|vorgeladen|eingeladen|angemeldet|eingeteilt|verabredet)\b|\bals zeug(?:e|in) (?:\w+ ){0,2}?(?:geladen|vorgeladen)\b|"
        r"\b(?:je suis|nous sommes) (?:convoquée?s?|attendue?s?) (?:\S+ ){0,4}?(?:à|pour) \d{1,2} ?h|\b(?:je dois|nous devons) être (?:\S+ ){0,3}?(?:à|pour|avant) \d{1,2} ?h|"
        r"\b(?:estoy|estamos) citad[oa]s? (?:\S+ ){0,4}?a las \d|\b(?:voy a|vamos a|necesito|necesitamos) (?:estar|llegar) (?:\S+ ){0,5}?a las (?:\d+|una|dos|doce)\b|"
        r"\b(?:i|we) (?:need|have|must|'ve got|have got) to be (?:at|in) (?:\S+ ){0,3}?(?:by|for|at|before) \d{1,2}(?:[:.]\d\d)? ?(?:am|pm|o'clock)",
        r"\bto (?:file|submit|send in|hand in) (?:\w+ ){0,2}?by (?:tomorrow|tonight|(?:this |next )?(?:" + _DAY + r"))\b",
        r"\b(?:mon|le) loyer (?:\S+ ){0,4}?(?:doit partir|part|est prélevé|tombe|passe|est dû|est due|est à payer|doit être payé) le \d|\b(?:el|mi) alquiler (?:se cobra|se paga|sale|me lo cobran|se carga) el (?:día )?\d|"
        # session 24: ... said with the customer paying or the landlord waiting ("con el que pago el alquiler el día 1", "qué le voy
        # a decir al casero el día 5", "mon loyer est dû le 10", "rent goes out Friday"; read nb-40-075, nb-42-011, nb-65-036, nb-56-033)
        r"\b(?:pago|pagar|pagamos|pagarle|pague) (?:el |mi )?(?:alquiler|hipoteca) el (?:día )?\d|\bal casero el día \d|"
        r"\b(?:(?:my|the|our) )?rent (?:goes out|comes out|is taken|leaves|gets taken) (?:on the \d|(?:on |this )?(?:" + _DAY + r")\b|tomorrow\b)|\b(?:die|meine) miete (?:geht|wird) (?:\w+ ){0,2}?am \d{1,2}\. (?:raus|abgebucht|fällig)",
        # class (round 16): a time pressure told as an event with its time. The writer's own event on a near day ("we have a
        # product launch on Thursday", "I'm competing in Manchester on Sunday", "le baptême est ce dimanche", "el bautizo es el
        # sábado"); someone due at the door at a clock time (the landlord, the buyers, the new tenants: "the buyers arrive at
        # 11"); the writer's departure at a clock time ("I'm flying to Oslo at 7pm", "we leave for the station at 3"); a birth
        # close ("I'm due in three weeks", "j'accouche dans deux semaines", "doy a luz en tres semanas", "ich entbinde in zwei
        # Wochen"); a trip or an event a few days away ("a tres días de llegar", "à deux jours du départ", "two days before we
        # fly", "drei Tage vor der Abreise"); a penalty that falls if late ("if this goes in late I'll get a £100 fine",
        # "sonst gibt es einen Verspätungszuschlag", "sinon j'ai une pénalité de retard", "si llega tarde me ponen un recargo");
        # a ticket or a parking time running out at a clock time ("el tique se me acaba a las 11", "mein Parkschein läuft um 12 ab")
        r"\b(?:i|we)(?:'ve got| have| have got|'ve) (?:a|an|the|my|our) (?:[\w-]+ ){0,2}?(?:" + _EVENT + r"|competition|race|tournament|open day|fair|photo ?shoot|shoot|pitch|demo|recital|court date|baptism) "
        r"(?:on |this |next )?(?:" + _DAY + r"|tomorrow|tonight)\b(?! (?:was|were)\b)",
        # session 24: ... or the exam, the interview or the operation of someone close ("My son has an online exam on Friday",
        # "she has mocks on Monday", "Mein Sohn schreibt am Donnerstag seine Abitur-Vorprüfung"; read nb-73-064, nb-57-008,
        # nb-57-068, all labelled; es/fr "mi hija tiene un examen el lunes", "ma fille passe un examen jeudi" are read by the
        # event lists above)
        r"\b(?:he|she|they|(?:my|our) (?:son|daughter|wife|husband|partner|mum|mom|mother|dad|father|kids?|children|boy|girl|brother|sister|"
        r"grandmother|grandfather|nan|gran|grandad))(?:'s got| has| has got| have| have got) (?:(?:a|an|the|his|her|their) )?(?:[\w-]+ ){0,2}?"
        r"(?:exams?|mocks?|tests?|interview|surgery|operation|hearing|appointment|audition|recital|competition|tournament|race) "
        r"(?:(?!(?:was|were|last)\b)\S+ ){0,2}?(?:on |this |next )?(?:" + _DAY + r"|tomorrow|tonight)\b(?! (?:was|were)\b)",
        r"\b(?:mein|meine|unser|unsere) (?:sohn|tochter|frau|mann|kind|partner|partnerin|mutter|vater) (?:schreibt|hat) "
        r"(?:am (?:" + _TAG + r")|diesen (?:" + _TAG + r")|morgen|übermorgen|heute) (?:\S+ ){0,2}?\S*?(?:klausur|prüfung|examen|vorstellungsgespräch|operation)\b",
        r"\b(?:i'm|i am|we're|we are|i|we) (?:competing|performing|racing|speaking|presenting|exhibiting|playing|step(?:ping)? on stage|on stage|getting married|graduating|giving birth) "
        r"(?:(?!(?:was|were|last)\b)\S+ ){0,3}?(?:on |this |next )?(?:" + _DAY + r"|tomorrow|tonight)\b(?! (?:was|were)\b)",
        r"\b(?:landlord|landlady|letting agent|estate agent|new tenants?|new owners?|buyers?|inspector|bailiffs?|removal (?:men|team|crew)|guests?) "
        r"(?:comes?|arrives?|is coming|are coming|is due|are due|turns? up|will be here|gets? here|is here) (?:at \d{1,2}(?:[:.]\d\d)? ?(?:am|pm)?|in (?:an|one|two|\d+) hours?|(?:first thing )?(?:tomorrow|this (?:morning|afternoon|evening)))\b",
        # session 23: family, friends or fitters due at the customer's home on a near day ("my parents arrive on Saturday for
        # Easter", "we've got friends coming for dinner on Saturday", "the fitters are booked for Monday 12 May", "mis padres
        # llegan el sábado", "mes beaux-parents arrivent samedi", "meine Eltern kommen am Samstag"; read nb-46-001, nb-44-031,
        # nb-51-033, all labelled)
        r"\b(?:(?:my|our|the) (?:parents|in-laws|family|grandparents|relatives|guests|visitors|fitters|builders|installers)|friends|family) "
        r"(?:arrive|arrives|are arriving|is arriving|coming|are coming|is coming|are due|is due|are booked (?:in )?(?:for|on)|are landing|will be here)"
        r"(?: (?:for|to) (?:dinner|lunch|christmas|easter|the weekend|stay))? (?:on |this |next )?(?:" + _DAY + r"|tomorrow)\b|"
        r"\b(?:mis|nuestros) (?:padres|suegros|invitados|abuelos|amigos) (?:llegan|vienen) (?:a (?:cenar|comer|casa) )?(?:el |este )?(?:" + _DIA + r"|mañana)\b|"
        r"\b(?:mes|nos) (?:parents|beaux-parents|invités|grands-parents|amis) (?:arrivent|viennent|débarquent) (?:dîner |déjeuner )?(?:ce )?(?:" + _JOUR + r"|demain)\b|"
        r"\b(?:meine|unsere) (?:eltern|schwiegereltern|gäste|großeltern|freunde) (?:kommen|reisen) (?:schon )?(?:(?:am|diesen) (?:" + _TAG + r")|morgen)\b",
        r"\b(?:i'm|i am|we're|we are|i|we) (?:fly|flying|depart|departing|sail|sailing) (?:(?!(?:was|were|last|every|each)\b)\S+ ){0,3}?at \d{1,2}(?:[:.]\d\d)? ?(?:am|pm|h)?(?! (?:every|each|on (?:weekdays|weekends)))\b|"
        r"\b(?:i|we)(?:'m|'re| am| are)? (?:leave|leaving|head|heading|set off|setting off) for the (?:airport|station|port|ferry|hospital|church|venue|registry office) "
        r"(?:at \d|in (?:an|one|two|\d+) hours?|today|tonight|tomorrow|this (?:morning|afternoon|evening)|on (?:" + _DAY + r"))",
        r"\b(?:i'm|i am|she's|she is|my wife is|my partner is) due (?:to give birth )?(?:in (?:\d+|two|three|four|a few|less than \w+) (?:weeks|days)|(?:on |this |next )(?:" + _DAY + r"))\b|"
        r"\bj'accouche (?:dans|le|ce|la semaine)\b|\b(?:je dois|elle doit) accoucher (?:dans|le|ce|la semaine)\b|"
        r"\b(?:doy|daré|va a dar|voy a dar) a luz (?:en|el|este|la (?:semana|próxima))\b|\bsalgo de cuentas (?:en|el|este|la)\b|"
        r"\b(?:ich entbinde|ich bekomme (?:\w+ )?(?:baby|kind)|mein (?:geburts|entbindungs)termin ist) (?:in|am|nächste)\b",
        r"\ba (?:\d+|dos|tres|cuatro|cinco|pocos|un par de) (?:días|horas) de (?:llegar|salir|viajar|volar|la boda|la mudanza|mi boda|nuestra boda|el viaje|nuestro viaje|mi viaje|la salida|la llegada)\b|"
        r"\bà (?:\d+|deux|trois|quatre|cinq|quelques) (?:jours|heures) (?:du|de (?:notre|mon|la)|de l') ?(?:départ|arrivée|mariage|voyage|déménagement|vol|baptême|opération)\b|"
        r"\b(?:\d+|two|three|four|five|a few) (?:days|hours) (?:before|out from) (?:we|i) (?:arrive|leave|fly|travel|move|sail|check in)\b|"
        r"\b(?:\d+|zwei|drei|vier|fünf|wenige) (?:tage|stunden) vor (?:der|dem|unserer|unserem|meiner|meinem) (?:abreise|anreise|hochzeit|umzug|flug|reise|abflug|taufe)\b",
        r"\bif (?:this|it|the (?:return|form|filing|application|payment|claim)) (?:goes in|is (?:filed|submitted|sent|paid)|gets (?:filed|submitted|there)|arrives|is) late\b|"
        r"\b(?:or|otherwise|else),? (?:i'll|i will|we'll|we will|i'm|we're) (?:get|getting|be fined|be charged|face|facing|pay|paying) (?:a |an )?(?:[£$€]\d+ )?(?:late[- ])?(?:penalty|fine|surcharge|late fee)\b",
        r"\bsonst (?:gibt es|droht|drohen|kommt|kommen|zahle ich|zahlen wir|kriege ich|bekomme ich) (?:\w+ )?(?:einen |eine |ein )?(?:verspätungszuschlag|säumniszuschlag|versäumniszuschlag|strafe|bußgeld|strafzettel|knöllchen|vertragsstrafe)\b|"
        r"\bsinon (?:j'ai|j'aurai|je vais avoir|je paie|je paierai|nous aurons|il y a|on a) (?:une |des |la )?(?:pénalités?|majoration|amende|frais de retard)\b|"
        r"\b(?:si (?:llega|se presenta|se paga|lo presento|lo pago) tarde|si no (?:\S+ ){0,4}?a tiempo),? (?:me |nos )?(?:ponen|cae|caerá|cobran|multan|toca pagar)\b",
        r"\b(?:se (?:me |nos )?acaba|caduca|vence|expira) (?:\S+ )?a las \d|\b(?:ticket|parking|parkschein|tique|ticket de stationnement) (?:\S+ ){0,3}?(?:läuft|expire|se termine|runs out|expires) (?:um|à|at) \d",
        r"\b(?:bautizo|comunión|boda|fiesta|jornada|feria|inauguración|competición|carrera|lanzamiento|evento) (?:\S+ ){0,4}?(?:es|será|son) (?:este|el|mañana|hoy)(?: (?:" + _DIA + r"))?\b(?! (?:pasado|que viene a)\b)|"
        r"\b(?:baptême|communion|fête|salon|lancement|compétition|course|spectacle|concert|kermesse) (?:\S+ ){0,3}?(?:est|a lieu|c'est) (?:ce|demain|aujourd'hui|samedi|dimanche|(?:" + _JOUR + r"))\b|"
        r"\b(?:taufe|kommunion|konfirmation|feier|messe|eröffnung|wettkampf|turnier|launch|auftritt) (?:\S+ ){0,3}?(?:ist|findet) (?:am|diesen|morgen|heute|schon am)\b",
        # ... and the business losing money by the hour ("every hour offline is costing us thousands", "wir verlieren jede Stunde
        # Umsatz", "estamos perdiendo ventas cada hora", "nous perdons des commandes chaque heure")
        r"\b(?:every|each) (?:hour|minute)\b[^.\n]{0,30}?\b(?:costs?|costing|los(?:e|es|ing)) (?:us|me)\b|\bcosting (?:us|me) (?:thousands|hundreds|a fortune|[£$€]\d[\d,.]*k? (?:an?|per) (?:hour|minute))\b|"
        r"\b(?:verlieren|verliere|kostet uns|kostet mich) (?:\S+ ){0,3}?(?:jede|jeder|pro|mit jeder) (?:stunde|minute)\b|\b(?:jede|pro|mit jeder) (?:stunde|minute) (?:\S+ ){0,3}?(?:verlieren|verliere|kostet)\b|"
        r"\b(?:perdiendo|perdemos|pierdo|nos cuesta|me cuesta) (?:\S+ ){0,3}?(?:cada|por) (?:hora|minuto)\b|\b(?:cada|por) (?:hora|minuto) (?:que pasa )?(?:\S+ ){0,3}?(?:perdemos|pierdo|nos cuesta|perdiendo)\b|"
        r"\b(?:perdons|perd|perds|coûte) (?:\S+ ){0,3}?(?:chaque|par) (?:heure|minute)\b|\b(?:chaque|par) (?:heure|minute) (?:\S+ ){0,3}?(?:nous perdons|on perd|je perds|nous coûte)\b",
    ],
    # Fear, grief, vulnerability.
    "distress": [
        # class (round 12): worry as an idiom of the body ("je suis morte d'inquiétude", "estoy muerta de preocupación", "ich bin
        # krank vor Sorge", "sick with worry"), and not knowing how to get home, out or through, stranded or short of money ("Ich
        # weiß gerade wirklich nicht, wie wir hier wegkommen sollen", "I don't know how we're going to get home", "no sé cómo
        # vamos a volver", "je ne sais pas comment on va rentrer")
        r"\b(?:morte?s? d'inquiétude|malade d'inquiétude|morte?s? de peur|folle? d'inquiétude|fou d'inquiétude|muert[oa]s? de (?:miedo|preocupación|angustia)|"
        r"(?:loc[oa]|enferm[oa]) de preocupación|krank vor sorge|außer mir vor sorge|verrückt vor sorge|sterbe vor angst|sick with worry|frantic with worry|"
        r"out of my mind with worry|beside myself)\b",
        r"\b(?:don't|do not|honestly don't|really don't) know how (?:we're|we are|i'm|i am|we'll|i'll|we|i) (?:going to |supposed to |meant to |gonna )?"
        r"(?:get home|get back|get out of here|get there|pay (?:the|my|our|for)|feed|cope|manage|survive)\b|"
        r"\bno sé cómo (?:vamos|voy) a (?:volver|salir de aquí|pagar|llegar a fin de mes|comer|regresar)\b|"
        r"\bje ne sais (?:pas|plus) comment (?:nous allons|on va|je vais) (?:rentrer|payer|m'en sortir|nous en sortir|partir d'ici|tenir)\b|"
        # round 17: ... and not knowing where to sleep ("no sé dónde vamos a dormir", "I don't know where we'll sleep tonight", "je ne
        # sais pas où nous allons dormir", "wir wissen nicht, wo wir heute Nacht schlafen sollen"); despair as a state ("Ich bin echt
        # am Verzweifeln")
        r"\b(?:don't|do not|honestly don't|really don't|no) (?:know|idea) where (?:we're|we are|i'm|i am|we'll|i'll|we|i) (?:going to |gonna |will |supposed to )?(?:sleep|stay|spend the night)\b|"
        r"\bno (?:sé|sabemos) (?:dónde|donde) (?:vamos a|voy a|va(?:n)? a|podemos|puedo) (?:dormir|pasar la noche|quedarnos)\b|"
        r"\bje ne sais (?:pas|plus) où (?:nous allons|on va|je vais|nous pourrons|dormir)(?: dormir| passer la nuit)?\b|"
        r"\b(?:weiß|wissen) (?:\w+ ){0,3}?nicht,? wo (?:wir|ich) (?:\w+ ){0,2}?(?:schlafen|übernachten|unterkommen) (?:soll|sollen|können|kann)\b|"
        r"\b(?:bin|sind) (?:\w+ ){0,2}?am verzweifeln\b",
        r"\b(?:weiß|wissen) (?:\w+ ){0,3}?nicht,? wie (?:wir|ich) (?:hier )?(?:wegkommen|nach hause kommen|heimkommen|zurückkommen|über die runden kommen|das bezahlen) (?:soll|sollen)\b",
        r"\b(?:scared|frightened|terrified|panicking|panicked|in a (?:complete |total |blind )?panic|panic attacks?|anxious(?! to)|anxiety|distraught|"
        r"desperate(?! for)|devastated|heartbroken|in tears|crying|(?:i|we|she|he|my \w+) (?:honestly |actually |just |literally )?(?:cried|sobbed|wept)|and (?:just )?(?:cried|sobbed|wept)|in floods of tears|sick with worry|worried sick|can't sleep|haven't slept|"
        r"hasn't slept|beside myself|at my wits'? end|don't know what (?:else )?to do|losing (?:her|it|my mind))\b",
        # class (round 15): distress told as a fact of money, strength or medicine: a surprise debit that puts the account in the red,
        # money borrowed from family to cover it, no strength left, stressed enough already, a medicine one cannot be without ("this
        # puts me in the red", "I've had to borrow from my sister", "je n'ai pas la force de gérer ça", "I'm already stressed
        # enough", "I cannot travel without this medication", "me deja en números rojos", "ich habe keine Kraft mehr dafür")
        r"\b(?:me|nous) (?:met|mettent|a mis|ont mis|mettra|mettrait) dans le rouge\b|\bme (?:deja|dejan|ha dejado|han dejado|dejó) en (?:números rojos|descubierto)\b|"
        r"\b(?:bringt|bringen|hat|haben) mich (?:\w+ )?ins minus\b|\b(?:puts|put|left|leaves) (?:me|us) (?:\w+ )?(?:in the red|overdrawn)\b",
        r"\b(?:had|have) to borrow (?:(?:the |some |that )?money |it |cash |the rent |[£$€]?\d[\d,.]* (?:pounds |euros |dollars )?)?(?:off|from) (?:my|our) (?:sister|brother|parents|mum|mom|dad|mother|father|friends?|family|son|daughter|neighbou?r|gran|nan)\b|"
        r"\b(?:tuve|he tenido|tuvimos|hemos tenido) que pedir (?:\S+ ){0,2}?prestado a (?:mi|mis|nuestros?)\b|"
        r"\b(?:j'ai|nous avons) dû emprunter (?:\S+ ){0,3}?à (?:ma|mon|mes|nos)\b|\b(?:musste|mussten) (?:\S+ ){0,4}?(?:von|bei) (?:meiner|meinem|meinen|unseren?) (?:\S+ ){0,2}?(?:leihen|borgen)\b",
        r"\b(?:i(?:'m| am)|we(?:'re| are)) (?:already )?(?:stressed|anxious|worried|upset) enough\b|\bje n'ai (?:pas|plus) la force\b|\bno tengo (?:fuerzas|fuerza) (?:para|de)\b|"
        r"\bich habe (?:keine kraft|nicht die kraft|nicht mehr die kraft)\b",
        r"\b(?:can't|cannot|can not) (?:travel|go|leave|manage|cope|survive|last|be) without (?:this|my|the|her|his) (?:medication|medicine|tablets|pills|insulin|inhaler)\b|"
        r"\bno (?:puedo|puede) (?:viajar|estar|quedarme|quedarse) sin (?:esta|este|mi|su|la|el) (?:medicación|medicina|medicamento|insulina|tratamiento)\b|"
        r"\bje ne peux pas (?:voyager|partir|rester|me passer) (?:\S+ )?(?:de|sans) (?:ce|mon|mes|ma|son|sa) (?:médicament|traitement|insuline)s?\b|"
        r"\bohne (?:dieses|diese|mein|meine|ihr|ihre|das|die) (?:medikament\w*|insulin|tabletten) (?:kann|könnte) (?:ich|sie|er) nicht\b",
        r"\b(?:passed away|death certificate|bereave\w*|funeral|widow\w*|late (?:husband|wife|father|mother|dad|mum|son|daughter))\b",
        r"\b(?:husband|wife|mother|father|mum|mom|dad|son|daughter|partner|brother|sister|grandmother|grandfather|gran|nan|grandad|"
        # (session 26: ... with the name between commas, "My father, Brian Walsh, died in July", read nb-79-093)
        r"baby|friend|he|she)(?: \w+ | |, [^,.;!?\n]{2,40}?, )(?:died|has died|passed)\b"
        r"(?! (?:his|her|their|the|a|an|all|its|my|your|our|first|with|through|on(?! (?:\d|christmas|new year|boxing day|easter|"
        r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)|over|by|out|it|them|me|us|this|that|both|every)\b)",
        r"\b(?:that|this|it)(?:'s| is| was) (?:all )?(?:my|our|the) (?:\w+ )?(?:rent|mortgage|food|bills?|house deposit|savings|life savings|pension)\b",
        r"\b(?:my|our) (?:life savings|house deposit)\b", r"\ball (?:the money )?(?:i|we) (?:had|have)\b",
        # class (session 23): the money at stake told as large for the writer's thin means, on a charge or a refund: "£145 is a lot
        # of money for me", "I'm a student and that was my Christmas train money", "I need that money back" (read nb-44-010,
        # nb-62-037, nb-70-022; nb-12-010, nb-18-010, nb-47-075, nb-53-036, nb-60-095, nb-68-001; nb-15-005, nb-49-033,
        # nb-54-034, nb-67-025: all labelled distress). "for us" is left out (nb-42-021, labelled without), and so is a
        # student who names no money ("I'm a student at Leeds, is there a discount?").
        r"\b(?:is|was|'s) (?:a lot of|a huge amount of|serious|real) money (?:for|to) me\b|\bes mucho dinero para mí\b|"
        r"\bc'est beaucoup d'argent pour moi\b|\b(?:ist|war) (?:sehr )?viel geld für mich\b",
        r"\bi(?:'m| am) an? (?:\w+ )?student(?:,| and| so|\.| -| —) (?:that|this|it|the|[£$€]\d)",
        r"\b(?:i|we) (?:really |just |honestly |badly )?need (?:that|this|the) money\b",
        # ... and money run out told in Spanish and French as in English ("no money left"): "ya no nos queda dinero para otra
        # noche de hotel" (read nb-70-079, labelled distress)
        r"\bno (?:me|nos) queda(?:n)? (?:\w+ )?dinero\b|\b(?:je n'ai|on n'a|nous n'avons) plus d'argent\b",
        r"\b(?:(?:so|really|very|extremely|incredibly) (?:worried|stressed|anxious|upset)|distressed|overwhelmed|shaking|"
        r"traumati[sz]ed|frightening|nervous wreck|in bits|grieving|grief|dementia|hospice|chemotherapy|mental health|"
        r"depression|suicidal|can't afford|cannot afford|can't feed|no money (?:left|for)|overdrawn|bailiffs|"
        r"debt collect\w*|evict\w*|homeless|harass\w*)\b",
        r"\blost my (?:husband|wife|mother|father|mum|mom|dad|son|daughter|partner|job|home)\b",
        r"\b(?:rent|food|electricity bill|bills|mortgage) money\b", r"\bmoney for (?:the |my |our )?(?:rent|food|bills|electricity)\b",
        # (session 24) ... and the shock the writer is still in, said as their own state ("I'm still in shock", "je suis encore sous
        # le choc", "ich bin noch immer ganz aufgewühlt", "sigo en estado de shock": read nb-54-051, nb-62-064, nb-65-087, all
        # labelled distress, none without). A shock at a price or a reply ("shocked by the bill") is not this state.
        r"\b(?:(?:i'm|i am|we're|we are) (?:still )?in (?:a state of )?shock(?! (?:at|over|about|by|from) (?:the|your|this|that) (?:price|bill|charge|invoice|cost|fee|quote|reply|response|answer))|(?:je suis|nous sommes) (?:encore |toujours )?(?:sous le choc|sonnée?s?|bouleversée?s?)|"
        r"(?:ich bin|wir sind) (?:noch )?(?:immer )?(?:ganz |völlig |total )?(?:aufgewühlt|unter schock)|"
        r"(?:estoy|sigo|seguimos|estamos) (?:todavía |aún )?(?:en (?:estado de )?(?:shock|choque)|consternad[oa]s?))\b",
        r"\b(?:food|rent) for (?:a|the) (?:fortnight|week|month)\b",
        r"\b(?:[7-9]\d|1[01]\d|eighty|ninety)[- ]year[- ]old\b", r"\bi(?:'m| am) (?:8\d|9\d|7\d)\b",
        r"\b(?:i(?:'m| am)|(?:she|he)(?:'s| is)|a) vulnerable\b", r"\b(?:wheelchair|"
        r"tumou?r|cancer|cáncer|krebs\w*|quimio\w*|chemo\w*|terminal(?:ly)? ill|dying|newborn|\d+ (?:month|week) old (?:baby|son|daughter))\b",
        r"\bi(?:'m| am) (?:all )?(?:on my own|alone)\b",
        # (session 24) a pregnancy told by its months or weeks ("I'm 7 months pregnant", "my wife is 36 weeks pregnant": read
        # nb-63-014, nb-47-023, nb-49-008, all upset and labelled), as "embarazada", "enceinte", "schwanger" already are
        r"\b(?:\d+|[a-z]+(?:[- ][a-z]+)?) (?:weeks|months) pregnant\b",
        r"\b(?:scam(?:med)?|defrauded|conned) out of\b", r"\bmy visa depends\b",
        # "I can't pay my rent" is money for living; "I can't pay the supplier invoice" or "can't pay by card" is not, and
        # neither (session 24) is a payment the writer is blocked from making, to anyone or for a stay or a debt ("I can't pay
        # anyone", "now I can't pay for the hotel", "I can't pay what I owe until it goes through": read nb-15-004, hd-0207,
        # nb-70-097, all labelled without; "I can't pay my bills", "I cannot pay £9,250" stay, nb-2-043, hd-0042)
        r"\bi can(?:'t|not) pay\b(?! (?:any(?:one|body|thing)|what (?:i|we) owe|for (?:the|my|our|a) (?:hotel|room|taxi|meal|tickets?|parking|fuel|petrol|"
        r"flight|car)|by|with|via|using|through|online|in|it|this|that|them|the (?:supplier|invoice|vendor|contractor|"
        r"staff|team)|(?:my|our) (?:suppliers?|invoices?|staff|team|contractors?|vendors?|employees)|(?:suppliers?|invoices?|staff|employees)\b))", r"\bi(?:'m| am) going to fail\b",
        r"\b(?:hospital(?! (?:administrator|staff|trust|appointment|parking|worker|porter|doctor|nurse|website|app))|intensive care|(?:i\'m|i am|she\'s|he\'s|she is|he is) (?:\w+ )?(?:disabled|pregnant|housebound|registered blind)|"r"disabled (?:son|daughter|husband|wife|mother|father|mum|dad|child|person|customer)|struggling (?:to cope|financially|to pay|to make ends meet)|"r"single (?:mum|mom|parent|father|mother)|autism|autistic|special needs|(?<!work at a )(?<!works at a )(?<!working at a )(?<!shifts at a )(?<!job at a )(?<!nurse at a )care home|alzheimer's|palliative|(?:worried|scared) (?:sick|to death|out of my mind)|at breaking point|falling apart)\b",
        # struggling said bare, as the writer's state ("I'm really struggling here", "I'm honestly struggling, that £280 is my
        # food": read nb-65-079, nb-51-059, both labelled distress); struggling with something ("struggling to log in") is not
        r"\b(?:i'm|i am|we're|we are) (?:really |honestly |genuinely |so |just )?struggling(?: here| now| at the moment| right now)?(?=[.,;!\n]|$)",
        r"\b(?:nowhere (?:else )?to (?:go|turn|sleep|live)|can\'t stop crying|breaking down|(?:affecting|ruining|destroying) my (?:mental health|health|sleep))\b",
        # (session 23) a stay in hospital told as admitted, not by the word hospital ("My mum's just been admitted to St James's",
        # "Mi madre está ingresada en Lisboa": read nb-62-029, nb-29-089, nb-15-058, nb-5-067, 5 of 5 upset lines labelled);
        # admitted to a venue, a course or a club is not
        r"\b(?:been|was|were|got|is) (?:just |rushed |urgently )?admitted(?: to (?:hospital|a&e|the ward|intensive care|st\.? [\w']+|"
        r"the [\w']+ (?:hospital|infirmary))| (?:last night|this morning|yesterday|overnight|today))\b",
        r"\b(?:está|están|estuvo|estoy|ha sido|fue) ingresad[oa]s?\b",
        # es
        r"\b(?:en el hospital|hospitalizad\w*|embarazada|discapacidad|no llego a fin de mes|sin dinero para|agobiad[oa]|no puedo más)\b",
        r"\b(?:angustiad(?:ísim)?[oa]|desesperad(?:ísim)?[oa]|asustad(?:ísim)?[oa]|aterrad[oa]|miedo|pánico|falleci\w*|operarse|operación del corazón|"
        r"no puedo pagar(?! (?:con|por|en línea|online|mediante|la factura del proveedor|a nadie|nada|el hotel|la habitación|lo que (?:debo|debemos)))|(?:para|pagar) el alquiler|sin dormir|preocupad[oa]|llorando|no sé qué hacer|nerviosísim[oa])\b",
        # fr
        r"\b(?:à l\'hôpital|hospitalisée?|(?<!une )(?<!l')(?<!mon )(?<!ma )(?<!cette )(?<!votre )(?<!son )(?<!des )(?<!les )(?<!d')enceinte(?! (?:bluetooth|connectée|portable|sans fil))|handicap\w*|plus un (?:sou|centime)|je n\'en peux plus|je n\'arrive plus à payer)\b",
        r"\b(?:paniqué\w*|angoiss\w*|désespér(?!ant)\w*|j'ai peur|terrifié\w*|décéd\w*|décès|(?:pour|payer) (?:mon|le) loyer|seule? avec (?:mes|mon|ma)|"
        r"je ne dors plus|vient d'avoir un bébé|inquièt\w*|inquiet\w*|je pleure|(?:suis|étais) en (?:larmes|pleurs)|je ne sais plus quoi faire|à bout|effondrée?)\b",
        # de
        r"\b(?:im krankenhaus|schwanger|behindert\w*|pflegefall|kein geld mehr|existenz\w*|ich kann nicht mehr|mit den nerven am ende)\b",
        r"\b(?:verzweifelt|panik|angst|verstorben|todesfall|geld für die miete|(?:die|meine) miete (?:nicht )?(?:zahlen|bezahlen)|"
        r"schlaflos|weiß nicht mehr weiter|sorgen|weine|weiß nicht, was ich tun soll|(?:ich bin|bin ich|wir sind|sind wir) (?:\w+ ){0,2}?am ende)\b",
        # class: old age stated in es/fr/de ("ich bin 78", "mi madre de 82 años", "j'ai 80 ans")
        r"\b(?:ich bin|bin|er ist|sie ist|mein vater ist|meine mutter ist) (?:[7-9]\d|1[01]\d)(?: jahre alt)?\b(?! ?(?:euro|€|prozent|%|minuten|tage|stunden|kilometer|km))",
        r"\b(?:tengo|tiene|de|con) (?:[7-9]\d|1[01]\d) años\b", r"\b(?:j'ai|il a|elle a|âgée? de) (?:[7-9]\d|1[01]\d) ans\b",
        # class: a medicine or device someone depends on, missing or running out
        r"\b(?:insulin|sauerstoff\w*)\b[^.\n]{0,60}\b(?:ausgeht|geht (?:\w+ )?aus|das strom braucht|im paket|verloren)\b",
        r"\b(?:without|no|needs?|depends? on|relies on|out of) (?:his|her|my|their|our|any|an|a )?(?:insulin|oxygen|inhaler|epipen|dialysis)\b",
        r"\b(?:ist|bin|sind) (?:\S+ ){0,2}auf (?:ein |einen |eine |sein |ihr |mein |ihren |seinen )?(?:\w+ )?(?:sauerstoff\w*|beatmungsgerät|dialyse|insulin|"
        r"rollstuhl|medikamente|treppenlift) angewiesen\b|\bangewiesen auf (?:ein |einen |eine )?(?:\w+ )?(?:sauerstoff\w*|beatmungsgerät|dialyse|insulin|rollstuhl)\b",
        r"\b(?:insulina|oxígeno|diálisis)\b[^.\n]{0,60}\b(?:se (?:le |me )?acaba|se agota|falta|perdid[oa]|necesita|mañana|hoy|sin luz)\b",
        r"\b(?:insuline|oxygène|dialyse)\b[^.\n]{0,60}\b(?:manque|perdue?|besoin|demain|ce soir|aujourd'hui|sans électricité)\b",
        r"\b(?:needs?|depends? on|relies on|ran out of|runs? out of|running out of|without) (?:his|her|my|their|our) (?:\w+ ){0,2}?(?:medication|medicine|meds|tablets|pills|prescription)\b",
        r"\b(?:necesita|depende de|se queda sin|me quedo sin|sin) (?:su|mi) (?:medicación|medicina|medicamentos?|tratamiento|pastillas)\b",
        r"\b(?:a besoin de|dépend de|sans) (?:son|sa|ses|mon|ma|mes) (?:médicaments?|traitement|cachets)\b",
        r"\b(?:blutdruck|herz|schmerz)?tabletten?\b[^.\n]{0,40}\b(?:nur noch|keine mehr|aufgebraucht|fehlen)\b|\bnur noch (?:eine|zwei|\w+) (?:tablette|tabletten|dosis)\b",
        # class (round 14): vulnerability told as plain facts: a dependant's great age ("He is 84"), a baby days or weeks old ("a
        # ten-day-old baby", "un bebé de diez días", "un bébé de 10 jours", "ein zehn Tage altes Baby"), a body kept going by a device
        # ("he's on oxygen at night", "has a catheter"), the rent overdue and a few pounds left ("I have £63 to my name", "noch 23 €
        # auf dem Konto", "il me reste 40 €", "me quedan 40 €"), the account overdrawn, the job lost, sleep lost over it in French
        r"\b(?:he|she|dad|mum|mom|my (?:dad|mum|mom|father|mother|gran|nan|grandad|grandfather|grandmother))(?:'s| is) (?:[7-9]\d|1[01]\d)\b(?! ?%)(?! ?(?:percent|minutes|mins|pounds|quid|euros|dollars|miles|km|kg|days|hours|times|of|on|out|in|at)\b)(?![.,]\d)",
        r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[- ](?:day|week)s?[- ]old (?:baby|babies|son|daughter|twins|child|grandson|granddaughter)\b|\b(?:premature baby|preemie)\b",
        r"\b(?:bebé|recién nacido) de (?:\d+|un[oa]?|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez) (?:días|semanas)\b|\bbébé de (?:\d+|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix) (?:jours|semaines)\b|"
        r"\b(?:\d+|ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn) (?:tage|wochen) alte[sn]? (?:baby|säugling|kind)\b|\bneugeboren\w*\b|\bnouveau-né\w*\b",
        r"\b(?:on (?:oxygen|dialysis|a ventilator)|(?:has|with) a catheter|oxygen concentrator|home oxygen|stair ?lift)\b",
        r"\b(?:rent|mortgage)(?: payment)? (?:is|was) (?:now )?(?:overdue|late|in arrears)\b|\b(?:miete|kreditrate) (?:ist|war) (?:\w+ )?(?:überfällig|nicht bezahlt)\b|"
        r"\b(?:le )?loyer (?:est|était) (?:\w+ )?(?:en retard|impayé)\b|\b(?:el )?alquiler (?:está|lleva) (?:\w+ )?(?:atrasado|sin pagar)\b",
        # (in four patterns, not one: a pattern that can begin with "£" has no word start to be found from, so it was
        # searched through every message; now only the one that begins with the sign is, and only when a sign is there)
        r"[£$€]\d+(?: ?(?:€|euros?|pounds|dollars))? (?:left )?to (?:my|our) names?\b",
        r"(?<![£$€])\b\d+(?: ?(?:€|euros?|pounds|dollars))? (?:left )?to (?:my|our) names?\b",
        r"\b(?:habe|hab|haben) (?:\w+ )?(?:nur )?noch \d+ ?(?:€|euro) (?:auf dem konto|übrig)\b",
        r"\bil (?:ne )?me reste (?:plus que |seulement |à peine )?\d+ ?(?:€|euros\b)|\bme queda(?:n)? (?:solo |sólo |apenas )?\d+ ?(?:€|euros\b)",
        r"\b(?:mon compte est|je suis) (?:\w+ )?à découvert\b|\b(?:estoy|mi cuenta está) en números rojos\b|\b(?:mein konto ist|ich bin) (?:\w+ )?(?:im minus|überzogen)\b",
        r"\bj'ai perdu mon (?:emploi|travail|boulot)\b|\b(?:perdí|he perdido) (?:mi|el) (?:trabajo|empleo)\b|\bme he quedado sin (?:trabajo|empleo)\b|"
        r"\b(?:habe|hab) (?:meinen|meine) (?:job|arbeit|stelle|arbeitsplatz) verloren\b|\bje n'en dors plus\b",
        # class: a livelihood or home at stake ("I could lose my job", "mon poste est fragile", "if this falls through I don't know what we'll do")
        r"\b(?:could|might|will|going to|gonna|about to|risk) (?:\w+ )?los(?:e|ing) (?:my|this|the|our) (?:job|home|house|flat|place|tenancy)\b",
        r"\b(?:don't|do not) know what (?:i'll|we'll|i will|we will|i'd|we'd|i would|we would) do\b", r"\b(?:close to|on the verge of|near) tears\b",
        r"\b(?:perder|pierda|puedo perder) (?:mi|el) (?:trabajo|empleo|casa|piso)\b",
        r"\b(?:perdre|risque de perdre) mon (?:emploi|poste|travail|logement)\b", r"\bmon poste est (?:\w+ )?(?:fragile|menacé|en jeu)\b",
        r"\b(?:job|arbeitsplatz|stelle|wohnung) (?:\w+ ){0,2}verlieren\b", r"\bden tränen nahe\b",
        # class: a single parent, and sleep lost over it, in es/fr/de
        r"\b(?:alleinerziehend\w*|madre soltera|padre soltero|mère célibataire|père célibataire|maman solo)\b",
        r"\b(?:schlafe (?:\w+ ){0,3}(?:kaum|nicht mehr|schlecht)|kann (?:\w+ ){0,4}(?:kaum|nicht) (?:mehr )?schlafen|no (?:duermo|he dormido)|apenas (?:duermo|he dormido)|je dors (?:à peine|très mal)|barely slept|hardly slept)\b",
        # class: stranded with children or elderly dependants ("I'm stood at the station with my 7 year old, it's freezing")
        r"\b(?:stranded|stuck|broken down|in a lay-?by)\b[^.\n]{0,80}\b(?:kids|children|baby|toddler|newborn)\b",
        r"\b(?:kids|children|baby|toddler|(?:[1-9]|1[0-2])[- ]year[- ]old)\b[^.\n]{0,60}\b(?:getting dark|stranded|no food|no water|freezing)\b",
        # class (round 15): somewhere, right now, with one's children ("I am standing in the lobby with my two children. It is
        # 11:15pm", "I'm at the hub right now with 11% battery and my two kids in the back", "nous sommes bloqués à la gare avec nos
        # deux enfants", "estamos en el aeropuerto con nuestros hijos", "wir stehen am Bahnhof mit zwei Kindern"); a trip told in
        # the past ("viajábamos con nuestros tres hijos") is not.
        # Round 20: ... the children counted without "my" ("with my wife and two kids under five", "con dos niños pequeños", "avec deux
        # enfants"), the arrival just made ("We've just arrived in Porto with two small kids"), and a child asleep on the bags, the
        # floor or a shoulder ("my youngest is asleep on a suitcase", "two kids under five sleeping on coats on the floor"): read
        # nb-12-061, nb-27-056, nb-30-034, nb-38-035, nb-53-070, all labelled distress
        r"\b(?:(?:i'm|i am|we're|we are) (?:standing|sitting|waiting|stuck|stranded|here|at|in|on|outside|now)|(?:i've|we've|i have|we have) (?:just )?(?:arrived|landed))\b"
        r"[^.\n]{0,70}? with (?:[^.\n]{0,25}? and )?"
        r"(?:(?:my|our) (?:(?:two|three|four|\d) )?|(?:two|three|four|\d) )(?:young |little |small )?(?:kids|children|baby|toddler|newborn)\b",
        r"\b(?:kids|children|baby|toddler|youngest|little one|daughter|son)\b[^.\n]{0,25}? (?:is |are )?(?:asleep|sleeping) on (?:the |a |my |our |their |his |her )?"
        r"(?:floor|coats?|bags?|suitcases?|luggage|shoulder|benches?|chairs?)\b",
        r"\b(?:je suis|nous sommes|on est|je me retrouve|nous nous retrouvons)\b[^.\n]{0,70}? avec (?:(?:mes|nos) (?:deux |trois |\d )?|(?:deux|trois|\d) )(?:jeunes |petits )?(?:enfants|bébé|petits)\b",
        r"\b(?:estoy|estamos|me encuentro|nos encontramos)\b[^.\n]{0,70}? con (?:(?:mis|nuestros|nuestras|mi|nuestro) (?:dos |tres |\d )?|(?:dos|tres|\d) )(?:hijos|hijas|niños|niñas|bebé|peques)\b",
        r"\b(?:ich (?:stehe|sitze|bin|warte|hänge)|wir (?:stehen|sitzen|sind|warten|hängen))\b[^.\n]{0,70}? mit (?:meinen|unseren|meinem|unserem|zwei|drei) (?:\w+ )?(?:kindern|kleinen|baby|säugling)\b",
        # class: a child taken ill ("my 9 year old was sick all night", "our baby has been ill since")
        r"\b(?:my|our) (?:(?:[1-9]|1[0-7])[- ]year[- ]old|son|daughter|baby|toddler|kids|children|little one)\b (?:\S+ ){0,3}?"
        r"(?:(?:was|were|has been|have been|got|became|fell) (?:\S+ ){0,2}?(?:sick|ill|poorly|vomiting)\b(?= all night| for (?:two|three|four|\d+) days| after| from| because)|"
        r"(?:ended up|was rushed|was taken|is|was) (?:\S+ ){0,1}?(?:in|to) (?:hospital|a&e|the er)\b)",
        # class: shaken, and worried for a named person ("it has shaken me badly", "I'm genuinely worried about her",
        # "she has a heart condition")
        r"\bshaken\b(?! (?:off|out|not stirred|before|well))|\bshook (?:me|us)\b",
        r"\b(?:genuinely|truly|seriously|deeply|properly|really|honestly) (?:worried|scared|frightened|afraid)\b|\bworried (?:about|for) (?:her|him|them|"
        r"my (?:mum|mom|dad|mother|father|son|daughter|kids|children|baby|wife|husband|partner|gran|nan|grandmother|grandfather))\b",
        r"\b(?:a|her|his|my) (?:heart|lung|kidney|serious|chronic) (?:condition|disease|problem)s?\b|\bheart attack\b|\bcopd\b",
        # class: nervous or shaken, intensified, in es/fr/de
        r"\b(?:muy|súper|tan|super) nervios[oa]\b", r"\b(?:très|tellement) (?:stressée?|angoissée?|nerveu(?:x|se))\b",
        r"\b(?:total|sehr|völlig|so) (?:nervös|aufgelöst|fertig)\b",
        # class: grief for a pet or a person, told plainly in any language ("my dog died last month", "notre chienne est morte",
        # "se murió mi gato", "unser Hund ist gestorben")
        r"\b(?:dog|cat|puppy|kitten|pet|horse|pony)\b (?:\w+ )?(?:died|has died|passed|had to be put down|was put to sleep)\b",
        r"\b(?:chien|chienne|chat|chatte|cheval|mère|père|mari|femme|fils|fille|frère|sœur|grand-mère|grand-père)(?: \w+)? (?:est|sont) (?:mort|morte|morts|partie?)\b",
        r"\b(?:murió|ha muerto|se (?:nos |me )?murió|se (?:nos |me )?ha muerto) (?:mi|nuestr[oa]) (?:perr[oa]|gat[oa]|caballo|madre|padre|marido|mujer|hij[oa]|herman[oa]|abuel[oa])\b|"
        r"\b(?:perr[oa]|gat[oa]|madre|padre|marido|mujer|hij[oa]|herman[oa]|abuel[oa]) (?:\w+ )?(?:murió|ha muerto|falleció)\b",
        r"\b(?:hund|hündin|katze|kater|pferd|mutter|vater|mann|frau|sohn|tochter|bruder|schwester)(?: \w+)? ist (?:\w+ ){0,3}(?:gestorben|eingeschläfert worden)\b",
        # class: hardly coping, said quietly ("it's hard enough as it is", "j'ai du mal à faire quoi que ce soit", "me cuesta hacer
        # cualquier cosa", "ich schaffe gerade gar nichts")
        r"\b(?:hard|difficult|tough) enough (?:as it is|already|without this)\b|\bstruggling to (?:do anything|function|get through)\b",
        r"\bj'ai du mal à (?:faire quoi que ce soit|tenir|m'en sortir|faire face|gérer quoi que ce soit)\b",
        r"\bme cuesta (?:hacer )?(?:cualquier cosa|nada|todo|levantarme)\b|\bno tengo fuerzas\b",
        r"\b(?:ich schaffe (?:gerade |im moment |momentan )?(?:gar )?nichts|mir fehlt (?:gerade |im moment )?die kraft)\b",
        # class: fear felt in the body ("I feel sick", "sick to my stomach", "j'en suis malade", "me tiemblan las manos", "mir ist ganz schlecht")
        r"\bi (?:honestly |really |just |actually )?(?:feel|felt) (?:physically |actually |genuinely |honestly |really )?sick\b(?! (?:of|and tired|with (?:a|the) (?:cold|flu)))|\bsick to my stomach\b|\bmy hands are shaking\b",
        r"\bj'en (?:suis|étais) malade\b|\bj'ai la boule au ventre\b|\bme (?:tiemblan|temblaban) las manos\b|\bmir ist (?:ganz |richtig )?(?:schlecht|übel)\b(?= vor|[.,])",
        # class: alone and exposed ("I live alone with my daughter", "je suis seule ici", "mi madre vive sola", "meine Mutter (84) lebt allein")
        r"\b(?:she|he|mum|mom|dad|my (?:mother|father|mum|mom|dad|gran|nan)) lives (?:alone|on (?:her|his) own)\b",
        r"\bje suis seule?(?: ici| à l'étranger| avec (?:mes|mon|ma))\b|\bvit seule?\b",
        # class (round 11): not knowing what to do, with words between ("Ich weiß gerade echt nicht, was wir machen sollen", "I don't
        # know what we're supposed to do", "je ne sais pas quoi faire", "no sé qué vamos a hacer")
        r"\bweiß (?:\w+ ){0,3}?nicht(?: mehr)?,? was (?:ich|wir) (?:jetzt |nun |noch )?(?:machen|tun) (?:soll|sollen)\b|"
        r"\b(?:don't|do not) (?:\w+ )?know what (?:we|i)(?:'re| are|'m| am) (?:supposed|meant|going) to do\b|"
        r"\bje ne sais (?:pas|plus) (?:quoi faire|ce que (?:je|nous|on) (?:vais|allons|va|dois|devons) faire)\b|\bno sé qué (?:voy a|vamos a|puedo|podemos) hacer\b",
        # class (round 11): a child's or a dependant's illness named ("our son has asthma", "my daughter is diabetic", "who has a severe
        # nut allergy", "unser Sohn hat Asthma", "mi hija es diabética", "mon fils est asthmatique")
        r"\b(?:son|daughter|child|kid|baby|boy|girl|husband|wife|mum|mom|dad|mother|father|he|she|who) (?:\w+ )?(?:has|is|suffers from) (?:a |an )?(?:severe |serious |bad |life-threatening )?"
        r"(?:asthma|asthmatic|diabetes|diabetic|epilepsy|epileptic|type 1|(?:\w+ )?allergy|anaphylaxis|anaphylactic)\b",
        r"\b(?:sohn|tochter|kind|mann|frau|mutter|vater) (?:hat|ist) (?:\w+ )?(?:asthma|asthmatiker\w*|diabetes|diabetiker\w*|epilepsie|epileptiker\w*|allergiker\w*)\b|"
        r"\b(?:hij[oa]|niñ[oa]|bebé|marido|mujer|madre|padre) (?:es|tiene) (?:\w+ )?(?:asma|asmátic[oa]|diabetes|diabétic[oa]|epilepsia|epiléptic[oa]|alergia grave|alérgic[oa])\b|"
        r"\b(?:fils|fille|enfant|bébé|mari|femme|mère|père) (?:est |a |fait de l'|souffre d'|souffre de |a de l')(?:\w+ )?(?:asthme|asthmatique|diabète|diabétique|épilepsie|épileptique|allergie grave|allergique)\b",
        r"\b(?:vive|vivo) sol[oa]\b|\b(?:estoy|me encuentro) sol[oa] (?:aquí|en el extranjero|con (?:mis|mi))\b",
        r"\b(?:lebt|lebe|wohnt|wohne) (?:ganz )?allein\b",
        # ... but not living alone said of a flat, as the reason a bill is wrong ("a studio where I live alone", "où je vis seul")
        r"\b(?:live|living) (?:alone|on my own|by myself)\b(?! in (?:a|an|my|the|this) )|(?<!où je )(?<=\bje )vis seule?\b(?! dans (?:un|une|mon|ma|le|la|ce|cet|cette) )",
        # class (round 9): medicine a life depends on, named as what went missing ("It's insulin.", "c'était de l'insuline", "my son's insulin");
        # begging ("I'm begging you", "je vous en supplie", "se lo suplico", "ich flehe Sie an"); the money lost was for the rent
        # ("that money was for rent", "c'était l'argent de notre mensualité de prêt", "era el dinero del alquiler", "das Geld war
        # für die Miete"); panic beginning ("je commence à paniquer", "empiezo a entrar en pánico", "ich bekomme langsam Panik")
        r"\b(?:insulin|insuline|insulina)\b(?! (?:cool|cooler|pen needle|travel|storage) (?:bags?|boxe?s?|cases?|wallets?))",
        # (round 19) begging said bare, as the cry it is ("Please, I'm begging, someone help", "I am begging here"); not "begging for a discount"
        r"(?:(?<=\bi'm )|(?<=\bi am ))begging(?=\s*[,.!]| (?:here|now|please)\b)|"
        r"\bbegging you\b|(?<=\bi )beg you\b|\bsupplie\b|(?:(?<=\bse lo )|(?<=\bos lo )|(?<=\bte lo )|(?<=\ble ))suplico\b|\bflehe (?:sie|euch|dich) an\b",
        r"(?:(?<=was for )|(?<=was for the )|(?<=was for my )|(?<=was for our )|(?<=was meant for )|(?<=was meant for the ))"
        r"(?:rent|mortgage|food|bills|groceries|(?:electricity|gas|energy|heating|water) bill)\b|"
        r"\bc'était l'argent (?:de|du|pour) (?:notre |mon |ma |nos |le |la |les )?(?:loyer|mensualité|courses|factures|prêt)|"
        r"(?<=\bera el )dinero (?:del|para el|de la|para la) (?:alquiler|hipoteca|comida|compra)\b|"
        r"(?:(?<=\bgeld war für die )|(?<=\bgeld war für meine )|(?<=\bgeld war für unsere ))(?:miete|rate|lebensmittel|stromrechnung|einkäufe)\b",
        # (session 24) ... with the bill named ("That money was for our electricity bill", hd-0169) and the money said first in
        # Spanish and French ("ese dinero era para la compra", "cet argent était pour les courses"; read nb-40-031, nb-46-022,
        # nb-51-032, all labelled, none without)
        r"\b(?:ese|este) dinero (?:era|es) para (?:el |la |los )?(?:alquiler|hipoteca|comida|compra|luz|facturas)\b|"
        r"\b(?:cet argent|cette somme),? (?:c')?(?:était|est) pour (?:le |la |les )?(?:loyer|courses|factures|électricité|mensualité)\b",
        r"\b(?:commence|commencé) (?:vraiment )?à paniquer\b|\b(?:i'm|i am|we're|we are) (?:\w+ )?(?:starting|beginning) to panic\b|\b(?:empiezo|empezando) a (?:entrar en pánico|agobiarme)\b|\b(?:bekomme|kriege) (?:langsam |echt )?panik\b",
        r"\b(?:mother|father|mum|mom|dad|gran|nan|mutter|vater|oma|opa|madre|padre|abuel[oa]|mère|père|grand-mère|grand-père) \((?:[7-9]\d|1[01]\d)\)",
        # class: not knowing how to pay for the roof over their head, or a bill they cannot pay ("je ne sais pas comment je vais
        # payer mon logement", "kann das nicht bezahlen", "no sé cómo voy a pagar el alquiler")
        r"\b(?:don't|do not) know how (?:i'm going to|i will|i'll|we'll|we're going to|we will) pay\b",
        r"\bje ne sais pas comment (?:je vais|nous allons|on va) payer\b", r"\bno sé cómo (?:voy a|vamos a) pagar\b",
        r"\b(?:weiß|wissen) (?:nicht|nicht mehr),? wie (?:ich|wir) (?:\w+ ){0,3}(?:bezahlen|zahlen)\b|\b(?:kann|können) (?:ich |wir )?(?:das|diese summe|diesen betrag) (?:gar |einfach )?nicht (?:be)?zahlen\b(?! (?:weil|da|wegen|per|mit|über)\b)",
        # class (session 7): hurt by the failure ("ich bin gestürzt und habe mir das Handgelenk verstaucht", "I fell and broke my
        # wrist", "je suis tombée", "me caí"), and a baby of a few months at home ("un bébé de trois mois", "un bebé de 4 meses")
        r"\b(?:i|he|she|my (?:son|daughter|husband|wife|mum|mom|dad|child)) (?:fell|was injured|got hurt|was hurt)\b|\b(?:broke|sprained|fractured|cut) (?:my|his|her) "
        r"(?:wrist|arm|leg|ankle|hand|finger|collarbone|hip|knee|nose)\b",
        r"\b(?:ich bin|er ist|sie ist|wir sind) (?:\S+ )?gestürzt\b|\bhabe mir (?:\S+ ){0,3}(?:verstaucht|gebrochen|verletzt|geprellt)\b|\b(?:je suis|il est|elle est) tombée?\b(?! (?:sur|par|d'accord|en panne|amoureu\w*|dessus|juste|pile|malade)\b)|"
        r"\bje me suis (?:\S+ )?(?:blessée?|fait mal|cassé|foulé)\b|\b(?:me caí|se cayó|me he hecho daño|me lesioné|me rompí|me torcí)\b",
        r"\bbébé de (?:\d+|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze) (?:mois|semaines)\b|\bbebé de (?:\d+|un|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once) (?:meses|semanas)\b|"
        r"\b(?:\d+|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf) (?:monate|wochen) alte\w* (?:baby|tochter|sohn|kind)\b|\bsäugling\w*\b|\bneugeboren\w*\b",
        # class: a sensory disability stated ("I'm blind", "je suis malvoyante", "soy sorda", "ich bin gehörlos")
        r"\b(?:i'm|i am) (?:blind|deaf|partially sighted|visually impaired|hard of hearing)\b",
        r"\bje suis (?:aveugle|malvoyante?|sourde?|non-voyante?)\b|\bsoy (?:ciega|ciego|sorda|sordo|invidente)\b|\bich bin (?:blind|gehörlos|sehbehindert|taub)\b",
        # class: a baby, young children or an old person left in the cold, without power or water, or nowhere to sleep ("I have a 6 month
        # old. It was 12 degrees in her room", "con dos niños pequeños ... ningún hotel", "avec un bébé sans chauffage", "mit Baby ohne Heizung")
        r"\b(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven)[- ](?:month|week|day)[- ]olds?|baby|babies|newborn|toddlers?|young (?:kids|children)|small (?:kids|children)|little ones|elderly (?:mother|father|mum|dad|parents?|neighbour))\b(?! (?:monitor|clothes|seat|wipes|shampoo|bath|food|formula|gate|shower))"
        r"[^\n]{0,100}\b(?:(?:so|very|too|bitterly|freezing) cold|cold (?:house|home|flat|room|nights?)|freezing|no heat(?:ing)?|without heat(?:ing)?|\d+ degrees|no hot water|no water|no power|no electricity|without (?:power|electricity|water)|nowhere to (?:sleep|stay|go)|no hotel)\b",
        r"\b(?:freezing|no heat(?:ing)?|without heat(?:ing)?|no hot water|no power|no electricity|nowhere to (?:sleep|stay|go))\b[^\n]{0,80}\b(?:(?:\d+|six|nine)[- ](?:month|week)[- ]old|baby|newborn|toddler|young (?:kids|children))\b",
        r"\b(?:bebé|bebés|niños pequeños|niñas pequeñas|hijos pequeños|críos|recién nacid[oa]|mis hijos|dos niños|tres niños)\b[^\n]{0,120}\b(?:frío|sin calefacción|sin luz|sin agua|ningún hotel|sin hotel|sin alojamiento|dónde dormir|dormimos|en la calle|tirados|varados)\b",
        r"\b(?:bébé|nourrisson|jeunes enfants|enfants en bas âge|petits|mes enfants|deux enfants|trois enfants)\b[^\n]{0,120}\b(?:froid|sans chauffage|sans électricité|sans eau|où dormir|aucun hôtel|bloqués|à la rue)\b",
        # round 17: ... the lack told first, the children after ("trois semaines sans évier ni plaque de cuisson, avec deux enfants en
        # bas âge", "sin cocina ni agua caliente con dos niños pequeños", "ohne Küche und Heizung, mit zwei kleinen Kindern")
        r"\b(?:sans|sin|ohne) (?:\w+ ){0,2}?(?:évier|cuisine|plaques?|chauffage|eau|électricité|cocina|fregadero|calefacción|agua|luz|küche|spüle|herd|heizung|wasser|strom)\b"
        r"[^\n]{0,80}\b(?:bébé|nourrisson|jeunes enfants|enfants en bas âge|petits enfants|bebé|niños pequeños|hijos pequeños|kleinkind\w*|baby|kleinen kindern|kleine kinder)\b",
        r"\b(?:baby|säugling|kleinkind|kleine[n]? kinder[n]?|meine[n]? kinder[n]?|zwei kinder[n]?|drei kinder[n]?)\b[^\n]{0,120}\b(?:kalt|frieren|friert|ohne heizung|keine heizung|ohne strom|kein strom|ohne wasser|kein hotel|gestrandet|festsitzen|sitzen fest)\b",
        # class: someone close who is ill, told as the stake ("Mi madre nos espera, está enferma", "ma mère est gravement malade",
        # "my dad is seriously ill", "meine Mutter ist schwer krank")
        r"\b(?:mother|father|mum|mom|dad|husband|wife|son|daughter|child|partner|gran|nan|grandmother|grandfather)(?:'s| is| has been| became| fell| got)? (?:\w+ )?(?:seriously|very|terminally|critically|gravely|really|so) (?:ill|sick|unwell)\b(?! (?:of|and tired))",
        r"\b(?:madre|padre|marido|mujer|hij[oa]|abuel[oa]|pareja)\b[^.\n]{0,40}\b(?:está|esta) (?:muy (?:enferm[oa]|grave|mal)|grave(?:mente enferm[oa])?|ingresad[oa] en la uci)\b",
        r"\b(?:mère|père|mari|femme|fils|fille|grand-mère|grand-père|conjoint)\b[^.\n]{0,30}\best (?:très|gravement|sérieusement) (?:malade|souffrante)\b",
        r"\b(?:mutter|vater|mann|frau|sohn|tochter|oma|opa|kind)\b[^.\n]{0,30}\bist (?:schwerkrank|(?:schwer|sehr|ernsthaft|todkrank) (?:krank|erkrankt)|im sterben)\b",
        # class: retired and unable to pay, and lost sleep ("je suis retraité, je ne peux pas payer", "a pensioner", "kann diese Nachzahlung
        # nicht stemmen", "cela m'empêche de dormir", "it's keeping me up at night", "no me deja dormir", "raubt mir den Schlaf")
        r"\b(?:i'm|i am|we're|we are) (?:a )?(?:pensioners?|retired|on a (?:state |small )?pension|on benefits|on universal credit)\b[^\n]{0,80}\b(?:can't|cannot|afford|pay|money|savings)\b",
        r"\bje (?:ne )?(?:peux|pourrai) pas payer\b|\bje n'ai pas les moyens\b|\bje suis (?:retraitée?|au rsa|au chômage)\b[^\n]{0,80}\b(?:payer|moyens|somme)\b",
        r"\b(?:kann|können) (?:ich |wir )?(?:\S+ ){0,3}nicht (?:stemmen|aufbringen|leisten)\b|\b(?:bin|sind) (?:\w+ )?(?:rentner|rentnerin|rentner)\b[^\n]{0,80}\b(?:zahlen|bezahlen|stemmen|leisten|geld)\b",
        r"\b(?:soy|somos) (?:jubilad[oa]s?|pensionistas?)\b[^\n]{0,80}\b(?:pagar|dinero|permitir)\b",
        r"\b(?:m'empêche|empêche|nous empêche) de dormir\b|\b(?:keeping|keeps|kept) (?:me|us) (?:up|awake) at night\b|\b(?:losing|lost) (?:sleep|my sleep)\b|"
        r"\bno me deja dormir\b|\bme quita el sueño\b|\b(?:raubt|raubte) (?:mir|uns) (?:den|jeden) schlaf\b",
        # class: medicine someone depends on, lost in a delivery or running out ("my husband's insulin was in that parcel ... he runs
        # out tomorrow", "son insuline était dans le colis", "su insulina iba en el paquete", "seine Medikamente waren im Paket")
        r"\b(?:insulin|inhaler|epipen|medication|medicine|meds|tablets|oxygen)\b[^.\n]{0,60}\b(?:runs? out|ran out|running out|in (?:that|the|this) (?:parcel|package|box|delivery|order))\b",
        r"\b(?:runs?|ran|running) out of (?:his|her|my|their|our) (?:insulin|medication|medicine|meds|tablets|inhaler|oxygen)\b",
        r"\b(?:insuline|médicaments?|traitement)\b[^.\n]{0,50}\b(?:dans (?:le|ce) colis|plus que|épuisé)\b|\b(?:insulina|medicación|medicamentos?|medicinas?)\b[^.\n]{0,50}\b(?:en el paquete|iba en|se (?:le |me )?acaba)\b|"
        r"\b(?:insulin|medikamente?|tabletten)\b[^.\n]{0,50}\b(?:im paket|waren in|gehen (?:\w+ )?aus|sind (?:\w+ )?alle)\b",
        # class: afraid for their safety or their data ("I don't feel safe", "I don't know what has been exposed", "j'ai des sources à
        # protéger", "no me siento segura", "ich fühle mich nicht sicher"), and a person stalking or abusing them
        r"\b(?:i|we) (?:don't|do not|no longer) feel safe\b|\b(?:don't|do not) know (?:what|who) (?:has been|was|else has been|might have been) (?:exposed|leaked|accessed|seen|shared|taken)\b|\b(?:my|our) (?:safety|life) (?:is|could be) at risk\b|\bstalk(?:er|ed|ing)\b|\bdomestic (?:abuse|violence)\b|\bmy (?:abusive )?ex (?:has|knows|found|is)\b",
        r"\bje ne sais pas ce qui a été (?:exposé|divulgué|consulté|volé)\b|\bdes sources à protéger\b|\bje ne me sens (?:plus )?pas en sécurité\b|\bviolences? conjugales?\b|\bharcel\w+\b",
        r"\bno (?:me siento|nos sentimos) segur[oa]s?\b|\bno sé (?:qué|quién) (?:se ha|han) (?:expuesto|filtrado|visto)\b|\bviolencia de género\b|\bacos\w+\b",
        r"\b(?:ich fühle|wir fühlen) (?:mich|uns) (?:nicht mehr |nicht )sicher\b|\bweiß nicht, was (?:alles )?(?:offengelegt|abgeflossen|gesehen) wurde\b|\bhäusliche[rn]? gewalt\b|\bstalk\w+\b",
        # class: a fraud victim's loss told as having been scammed ("I've been scammed", "someone emptied my account", "me han estafado",
        # "j'ai été victime d'une arnaque", "ich wurde betrogen")
        r"\b(?:i've|i have|i was|we were|we've|we have|i've just|i have just) (?:been )?(?:scammed|defrauded|conned)\b|\bsomeone (?:has )?(?:emptied|drained|cleared out) (?:my|our)\b",
        r"\bme han (?:estafado|timado|vaciado la cuenta)\b|\b(?:j'ai|nous avons) été victimes? d'une (?:arnaque|escroquerie|fraude)\b|\b(?:ich wurde|wir wurden|bin) (?:\w+ )?(?:betrogen|abgezockt) worden\b|\bich wurde betrogen\b",
        # class (session 8): fear or lost sleep said plainly ("I'm lying awake wondering if someone's in my house", "I'm not
        # sleeping", "no pego ojo", "je ne ferme pas l'œil", "ich liege nachts wach"), feeling unsafe or low ("I feel really
        # uncomfortable and frankly unsafe", "me siento engañada y muy mal", "je me sens en danger", "ich fühle mich bedroht"),
        # dreading what could have happened ("I dread to think", "no quiero ni pensar", "je n'ose pas imaginer", "nicht
        # auszudenken"), "extremely concerned", "am Boden zerstört", and an account taken over ("someone changed the bank
        # details on my account").
        r"\b(?:lying awake|lie awake|lay awake|awake at night|up all night (?:worrying|wondering|panicking)|(?:i'm|i am|we're|we are) not sleeping|"
        r"not sleeping (?:at night|properly))\b|\b(?:en vela|no pego ojo|sin pegar ojo|no consigo dormir)\b|"
        r"\b(?:nuits? blanches?|je ne ferme (?:plus )?pas l'œil|je n'arrive plus à dormir)\b|\b(?:(?:liege|lag|liegen) (?:\w+ ){0,2}?wach|kein auge zu\w*|schlaflose nächte)\b",
        r"\b(?:i|we) (?:feel|felt) (?:\w+ ){0,4}?(?:unsafe|threatened|violated|intimidated)\b|"
        r"\bme siento (?:\w+ ){0,2}?(?:insegur[oa]|amenazad[oa]|vulnerable|acosad[oa]|muy mal|fatal|hundid[oa]|impotente|desamparad[oa])\b|"
        r"\bje me sens (?:\w+ ){0,2}?(?:en danger|menacée?|vulnérable|en insécurité|très mal|impuissante?)\b|"
        r"\bich fühle mich (?:\w+ ){0,2}?(?:bedroht|unsicher|verletzlich|belästigt|hilflos|ohnmächtig)\b",
        r"\b(?:dread to think|dread thinking|shudder to think|(?:don't|do not) (?:even )?want to think (?:about )?what (?:could|would|might) have happened)\b|"
        r"\b(?:no quiero ni (?:pensar|imaginar)|me da miedo pensar)\b|\b(?:je n'ose (?:même )?pas imaginer|j'ose à peine imaginer|je frémis à l'idée)\b|"
        r"\b(?:(?:mag|will) (?:mir )?(?:gar )?nicht (?:aus)?denken|nicht auszudenken|am boden zerstört)\b",
        r"\b(?:i'm|i am|we're|we are) (?:extremely|gravely|seriously) (?:concerned|worried)\b",
        # (session 9, found beside the public-exposure class: a stranger posting the customer's door and street number) unease
        # said as what it does to them ("it makes me really uncomfortable", "ça me met très mal à l'aise", "me hace sentir muy
        # incómoda", "das ist mir sehr unheimlich")
        r"\b(?:makes|made|making) me (?:feel )?(?:very |really |extremely |deeply |so |incredibly )?(?:uncomfortable|uneasy|unsafe)\b|"
        r"\b(?:me met|m'a mis|me mettent) (?:\w+ )?(?:très |vraiment |tellement |profondément )?mal à l'aise\b|"
        r"\bme (?:hace|hacen|hizo) sentir (?:muy |realmente |tan )?(?:incómod[oa]|insegur[oa]|vulnerable)\b|"
        r"\b(?:ist|war) (?:mir|uns) (?:\w+ )?(?:sehr |wirklich |extrem |total )?(?:unheimlich|nicht geheuer)\b",
        # ... and said as what the situation is (round 15: "Frankly it's creepy. Someone I don't know has my kids' ages"; "c'est
        # franchement flippant", "da muy mal rollo", "das ist echt gruselig")
        r"\b(?:it's|it is|that's|that is|this is|it feels|feels) (?:\w+ )?(?:really |so |deeply |genuinely |quite |very )?(?:creepy|unsettling|unnerving|sinister)\b|"
        r"\b(?:c'est|ça (?:me )?(?:fait|paraît)) (?:\w+ )?(?:vraiment |franchement |très |trop )?(?:flippant|glauque|effrayant)\b|"
        r"\b(?:da|me da|es) (?:\w+ )?(?:muy |bastante |mucho )?(?:mal rollo|escalofriante|espeluznante)\b|"
        r"\b(?:das ist|das war|es ist|ist das) (?:\w+ )?(?:echt |wirklich |total |ziemlich |sehr )?(?:gruselig|beängstigend|unheimlich)\b",
        # ... a break-in asked about rather than told ("could you check whether someone has got into my account?", "I'd like to know if
        # someone accessed my account") is a question: 2 of 2 read lines with one are calm
        r"(?<!whether )(?<!\bif )\bsomeone (?:has |had )?(?:got into|gotten into|logged into|accessed|hacked(?: into)?|changed|taken over) (?:my|our|the) (?:[\w-]+ ){0,3}?"
        r"(?:account|bank details|payment details|password|email address)\b",
        # class (round 10): fear felt in the body ("mir zittern die Hände", "ich zittere am ganzen Körper", "j'en tremble encore",
        # "my hands are still shaking"; es "me tiemblan las manos" was already read) and its superlative ("angustiadísima")
        r"\bmir zittern (?:\w+ )?(?:die hände|die knie|die beine)\b|\bich zittere\b|\bje (?:tremble|tremblais)\b|\bj'en tremble\b|"
        r"\b(?:my )?(?:hands|legs|knees) (?:are|were|keep|won't stop) (?:still )?(?:shaking|trembling)\b",
        # class (round 18): the same fear with the words the other way round or as a state ("Trotzdem zittere ich", "j'en ai encore
        # les mains qui tremblent", "Estoy temblando, no puedo ni pensar", "it's really freaking me out"); a machine that shakes
        # ("la lavadora está temblando") has no first person
        r"\bzittere ich\b|\b(?:zittern|zittert) mir\b|\b(?:les|mes) (?:mains|jambes|genoux) (?:qui )?tremblent\b|"
        r"\b(?:estoy|sigo|estaba|estamos|seguimos) (?:\w+ )?temblando\b|"
        r"\b(?:freaking|freaked) (?:me|us) out\b|\b(?:i'm|i am|i was|we're|we are) (?:\w+ )?freaking out\b",
        # ... a family member who has not slept since, or who is afraid to be alone in the house ("Meine Frau schläft seitdem
        # kaum noch, unsere Tochter will nicht mehr allein im Haus sein", "ma femme ne dort plus", "mi hija ya no duerme", "the
        # kids are scared to be alone at home")
        r"\b(?:schläft|schlafen) (?:\w+ ){0,3}?(?:kaum|nicht mehr|schlecht)\b|\bne (?:dort|dorment) plus\b|\bya no (?:duerme|duermen)\b|"
        r"\b(?:will|wollen|traut sich|trauen sich|möchte) (?:\w+ ){0,2}?nicht mehr allein\b|\b(?:scared|afraid|frightened|terrified) (?:to be|of being) (?:\w+ )?alone\b|"
        r"\bn'ose(?:nt)? plus (?:rester|dormir|sortir)\b|\bmiedo (?:a|de) (?:quedarse|estar) sol[oa]s?\b",
        # ... the money lost was all the writer had ("cet argent c'était tout ce que j'avais", "ese dinero era todo lo que
        # tenía", "das Geld war alles, was ich hatte"); "all I had to say" stays out
        r"\b(?:c'était|c'est|c'étaient) tout ce que (?:j'avais|nous avions|j'ai|nous avons|il me restait|il nous restait)\b(?! (?:à|de) )|"
        r"\b(?:era|es) todo lo que (?:tenía|teníamos|tengo|tenemos|me quedaba|nos quedaba)\b(?! (?:que|para) (?:decir|contar))|"
        r"\bwar alles,? was (?:ich|wir) (?:hatte|hatten|habe|haben)\b(?! zu sagen)",
        # class (round 16): distress told through facts and feeling: the money lost was what the writer had for food or the
        # month ("that was most of what I had for food this week", "£150 is my food budget for a month", "c'était tout ce qu'il me
        # restait pour manger", "era lo que tenía para la compra del mes", "das war mein Geld für Lebensmittel"), living on
        # benefits or a carer's allowance ("I'm on universal credit", "je touche le RSA", "vivo de una pensión mínima", "ich lebe
        # von Bürgergeld"), being worn down ("it's really getting me down", "ça me mine", "me está hundiendo", "das zermürbt
        # mich"), loneliness ("the only place I talk to anyone", "le seul endroit où je parle à quelqu'un"), a death told as
        # what life has been since ("since my wife died", "depuis la mort de ma femme", "desde que murió mi marido", "seit dem
        # Tod meines Mannes"; the estate's paperwork beside it stays out, core.py)
        r"\b(?:that|this|it|which)(?:'s| is| was) (?:most|all|nearly all|almost all|half|the rest) of (?:what|the money) (?:i|we) (?:had|have|had left|have left) (?:left )?(?:for (?:food|groceries|the week|the month|bills|gas|heating|electric|rent)|"
        # (round 19) ... or to last until the next money comes ("that was most of what I had until next month", "until payday")
        r"(?:to last )?(?:until|till) (?:next (?:week|month|friday)|payday|pay day|the end of the month|my (?:next )?(?:pension|wages|salary|pay|benefits)))\b|"
        r"\b(?:is|was|that's) (?:my|our) (?:whole |entire )?(?:food shop|food budget|grocery money|grocery budget|weekly shop|shopping budget|food money) (?:for|this)\b",
        r"\b(?:i'm|i am|we're|we are|i live|we live|living|i'm living|surviving|i survive|we survive) on (?:carer'?s allowance|universal credit|benefits|disability benefits?|pip|jobseeker'?s allowance|(?:a |my )?(?:small|tiny|basic) (?:state )?pension)\b",
        r"\b(?:c'était|c'est|c'étaient) (?:presque |quasiment )?(?:tout )?ce (?:qu'il me restait|qu'il nous restait|que j'avais|que nous avions) pour (?:manger|les courses|le mois|la semaine|vivre)\b|"
        r"\b(?:je touche|je suis au|je vis (?:avec|du)|nous vivons (?:avec|du)) (?:le |l')?(?:rsa|aah|minimum vieillesse|allocation adulte handicapé|petite retraite)\b",
        r"\b(?:era|es) (?:casi )?(?:todo )?lo que (?:tenía|teníamos|me quedaba|nos quedaba) para (?:comer|la compra|el mes|la semana|vivir)\b|"
        r"\b(?:vivo|vivimos|cobro|cobramos) (?:de |con )?(?:una pensión (?:mínima|no contributiva)|el ingreso mínimo|la ayuda social|el paro)\b",
        r"\bdas war (?:fast |beinahe )?(?:alles,? was ich|mein (?:ganzes )?geld) für (?:lebensmittel|essen|den monat|die woche)\b|"
        r"\b(?:ich lebe|wir leben|ich komme|wir kommen) (?:nur )?(?:von|mit) (?:bürgergeld|hartz iv|grundsicherung|sozialhilfe|einer kleinen rente|pflegegeld)\b",
        r"\b(?:it's|it is|this is|this has been|it has been|it's been) (?:really |honestly |seriously )?(?:getting|wearing|grinding) (?:me|us) down\b|"
        r"\bça me (?:mine|ronge|bouffe|démolit)\b|\bme (?:está|tiene) (?:hundiendo|consumiendo|destrozando|hundid[oa])\b|"
        r"\bdas (?:zermürbt|macht) mich (?:\w+ )?(?:fertig|kaputt)\b|\bdas zermürbt mich\b|\bdas zieht mich (?:\w+ )?runter\b",
        r"\b(?:the only (?:place|time|way|contact|people)|only place) (?:where )?(?:i|we) (?:talk|speak|chat) to (?:anyone|anybody|someone|people)\b|"
        r"\ble seul (?:endroit|moment|lien) (?:où|avec lequel) je (?:parle|discute) (?:à|avec) (?:quelqu'un|des gens)\b|"
        r"\b(?:el único (?:sitio|lugar|momento)|lo único) (?:donde|en que|en el que) (?:hablo|charlo) con (?:alguien|gente)\b|"
        r"\b(?:der einzige (?:ort|platz)|die einzige (?:zeit|stelle)),? (?:wo|an dem|an der) ich (?:mit )?(?:jemandem|menschen|leuten) (?:rede|spreche)\b",
        r"\bsince (?:my|our) (?:wife|husband|partner|son|daughter|mum|mom|mother|dad|father|child|baby|brother|sister) (?:died|passed(?: away)?)\b|"
        r"\bdepuis (?:la mort|le décès) de (?:ma|mon|notre) (?:femme|mari|épouse|époux|compagne|compagnon|fils|fille|mère|père|enfant|bébé)\b|"
        r"\bdesde que (?:murió|falleció) (?:mi|nuestro|nuestra) (?:mujer|esposa|marido|esposo|pareja|hijo|hija|madre|padre|bebé)\b|"
        r"\bseit dem tod (?:meiner|meines|unserer|unseres) (?:frau|mannes|partners|partnerin|sohnes|tochter|mutter|vaters|kindes)\b",
    ],
}

# Marks of an upset writer that are not cues: exasperation, sarcasm, rhetorical questions, demands, contempt.
UPSET_PATTERNS = [
    r"\b(?:unacceptable|inexcusable|outrageous|disgrace(?:ful)?|disgusting|appalling|appalled|shambles|shambolic|ridiculous|"
    r"absurd|joke|farce|pathetic|useless|incompetence|unbelievable|insult(?:ing)?|fed up|sick of|sick and tired|furious|"
    r"livid|fuming|angry|annoyed|frustrat\w+|disappointed(?!,? (?:but|though))|(?<!a little )(?<!a bit )(?<!slightly )(?<!a tad )(?<!somewhat )disappointed|infuriat\w+|end of my (?:rope|tether)|had enough|that's it\.|"
    r"not good enough|(?:is|was|are|were)n't good enough|(?:is|was)n't acceptable|nightmare|horrendous|atrocious|abysmal|terrible|awful|worst|beyond a joke|laughable|seriously\?|"
    r"really\?|bold\.|fantastic system|good to know\.|thanks for nothing|as usual|of course it|cool cool|"
    r"five stars for|inspires confidence|not (?:\w+ )?happy|i'm done|can't believe|cannot believe|how hard can it be|"
    r"how hard is it|how is (?:this|that|it) (?:acceptable|possible|fair|ok)|is anyone|anyone there|hello\?|"
    r"what does that even mean|do you (?:just )?(?:hope|expect|think)|so let me get this straight|i expect|i demand|"
    r"sort it(?: out)?|fix (?:it|this)|for your mistake|your mistake|your error|your fault|your incompetence|"
    r"don't (?:even )?(?:tell me|think about)|not paying|i refuse|wasted|waste of|lost wages|out of pocket|"
    r"am i supposed to|why (?:do|should) i (?:have|need) to|why is it so|why can't you|why won't you|why on earth|"
    r"no apology|nothing\.|no one cares|nobody cares|don't care|didn't care|shrugged|hung up|cut off|"
    r"please just|actually (?:test|fix|read|help|pick up|do)|someone to actually|an actual|a date that actually|"
    r"what's the point|what is the point|is this a joke|are you serious|are you kidding|do you even|what am i paying|"
    r"why should i|i've had it|enough is enough|i'm tired of|getting tired|at this point|no excuse|nobody seems to care|"
    r"no one seems to care|not acceptable|totally unacceptable|shocking|shocked|poor service|not impressed|unimpressed|"
    r"let down|let me down|lied to|ignored|ignoring (?:me|us|my)|fobbed off|run-?around|hoops|hopeless|waste of (?:my )?time|"
    r"rubbish|a (?:complete |total )?mess|disaster|chaos|embarrassing|treated like|no respect|insulted|appalled|"
    r"how dare|pull your finger out|sort yourselves out|get your act together|beyond frustrat\w+|beggars belief|"
    r"oh (?:good|great|wonderful|brilliant|fantastic)|love (?:that|how) (?:your|you)|great job,|well done,)",
    r"\b(?:inaceptable|indignante|vergonzoso|vergüenza|hart[oa]s?|furios[oa]|enfadad[oa]|estafa|pésim[oa]|"
    r"es increíble|no puede ser|no es aceptable|ridícul[oa]|decepcionad[oa]s?(?!,? (?:pero|aunque))|(?<!un poco )(?<!algo )(?<!ligeramente )decepcionad[oa]|mirad|no sé ya|nada\.|y nada|hola\?|"
    r"hay alguien|error suyo|vuestro error|devolvedme|ni un rasguño|no es normal|una tomadura|cansad[oa] de|"
    r"estoy hasta|no hay derecho|de risa|un desastre|lamentable|basta ya|qué vergüenza|no es serio|pasotismo|"
    r"me tienen harto|me tenéis harto|increíble que|sin solución)",
    r"\b(?:inacceptable|inadmissible|honteu(?:x|se)|scandaleu(?:x|se)|ras le bol|j'en ai (?:marre|assez)|furieu(?:x|se)|"
    r"arnaque|lamentable|ridicule|sérieusement|bravo|super la|on nous a ri au nez|c'est (?:une )?blague|"
    r"rendu ridicule|n'importe quoi|excuses bidon|inadmissible|c'est pas normal|ça suffit|galère|déçue?s?(?!,? (?:mais|même si))|(?<!un peu )(?<!un petit peu )(?<!légèrement )(?<!un brin )déçue?|pour ça \?|"
    r"c'est une honte|foutage de gueule|vous (?:vous )?moquez|hallucinant|un comble|intolérable|déplorable|"
    r"catastrophique|excédée?|exaspérée?|agacée?|à bout|inconcevable|à chaque fois «)",
    r"\b(?:inakzeptabel|unverschämt|frechheit|skandal\w*|es reicht|nase voll|wütend|betrug|abzocke|zumutung|"
    r"ärgerlich|frustrierend|enttäuscht(?!,? (?:aber|doch))|(?<!etwas )(?<!ein bisschen )(?<!ein wenig )(?<!leicht )enttäuscht|lächerlich|katastroph\w*|unmöglich|na super|danke auch|ehrlich gesagt nicht|"
    r"keiner ruft|niemand (?:ruft|antwortet|meldet)|verstehe (?:\w+ )?nicht, warum|keine option|fristlos|"
    r"sauer|verärgert|stinksauer|unfassbar|unglaublich(?! (?:\w+ )?(?:geduldig|freundlich|nett|hilfsbereit|kompetent|schnell|gut|toll|lieb|"
    r"hilfreich|zuvorkommend|professionell|aufmerksam|herzlich|engagiert|kulant))|eine katastrophe|nervt|genervt|reicht mir|mir reicht|reicht (?:es|das) (?:mir|uns)|reicht's|"
    r"was soll das|unzumutbar|das darf (?:doch )?nicht wahr sein|schon wieder)",
    # class: sarcasm — praise or thanks for a failure, said flat ("great, another week without heating", "thanks for the
    # third automated reply", "I'm sure it's a top priority", "Fantastic packaging, really.", "a whole £2 voucher"), in
    # en/es/fr/de. Praise on its own stays a calm mark; these need the failure's shape around it.
    r"\b(?:great|brilliant|wonderful|fantastic|perfect|lovely|excellent|marvellous|superb|terrific|splendid|amazing|super),"
    r" (?:yet )?another(?! (?:question|quick|thing|one|small|request|idea|tip|order|booking))\b",
    r"\b(?:thanks|thank you)(?: so much| a lot| very much)? for (?:nothing|wasting|ruining|leaving me|ignoring|the runaround|"
    rf"(?:the|another|yet another|your)(?: {_NTH})? (?:\w+ )?(?:automated|automatic|canned|generic|copy-?paste[d]?|template[d]?|scripted) "
    r"(?:reply|replies|response|responses|answer|email|message))\b",
    rf"\b(?:thanks|thank you)(?: so much| a lot| very much)? for (?:the|your) {_NTH} (?:\w+ )?(?:reply|response|answer|email|message|update|"
    r"voucher|apology|promise|callback|ticket number)\b",
    r"\bi'm sure (?:it's|this is|that's|i'm|my \w+ is) (?:\w+ )?(?:a |your |the )?(?:top|high|highest|number one) priority\b",
    r"\bi'm sure (?:you're|you are|everyone is|you're all|you are all) (?:all )?(?:very |incredibly |terribly |extremely |so |really |frightfully )*"
    r"busy\b",
    r"\b(?:fantastic|brilliant|great|excellent|superb|lovely|wonderful|amazing|impressive|stellar|top-notch|first-class|outstanding)"
    r" (?:\w+ ){0,2}?\w+, really[.!?]",
    r"\b(?:surprise,? surprise|what a surprise|big surprise|colou?r me (?:surprised|shocked)|who would have (?:thought|guessed)|"
    r"go figure|how convenient|which is of course (?:exactly )?what|very funny|a (?:whole|whopping|massive|generous) [£€$]\d)",
    r"\b(?:genial|estupendo|perfecto|fantástico|maravilloso|qué bien),? (?:otra|otro|otra vez|de nuevo)\b",
    r"\b(?:gracias|muchas gracias) por (?:nada|(?:la|el|otra|otro) (?:\w+ )?(?:respuesta automática|mensaje automático|correo automático))\b",
    r"\b(?:en serio ?\?|¿en serio|de verdad (?:os|les|le|te) parece|vaya (?:servicio|atención|empresa|broma)|menud[oa] (?:servicio|atención|empresa|broma|chiste)|muy gracioso)",
    r"\b(?:génial|super|parfait|formidable|magnifique|bravo),? (?:encore|un autre|une autre|de nouveau)\b",
    rf"\bmerci (?:pour|de) (?:rien|(?:la|le|votre|cette|ce)(?: {_NTH})? (?:\w+ )?(?:réponse automatique|message automatique|mail automatique|"
    rf"courriel automatique)|la {_NTH} (?:réponse|relance|promesse|excuse)|le {_NTH} (?:message|mail|courriel|rappel|numéro de ticket))|\bmerci du cadeau\b|\bquel professionnalisme\b|\bencore bravo\b",
    r"\b(?:sérieux ?\?|vous êtes sérieux|très drôle|c'est drôle|trop drôle|vraiment très (?:classe|pro))",
    rf"\b(?:danke|vielen dank|besten dank) (?:auch )?für (?:nichts|die {_NTH} \w*(?:antwort|nachricht|mail|erinnerung|mitteilung|vertröstung|entschuldigung|zusage)|"
    rf"den {_NTH} (?:anruf|rückruf|hinweis)|das {_NTH} (?:mal|schreiben|ticket)|"
    r"(?:die|diese|ihre|eure) (?:\w+ )?(?:automatische|automatisierte|standard)\w* (?:antwort|nachricht|e-mail|mail))\b",
    r"\b(?:vielen dank auch|besten dank auch|na toll|ganz toll|toll gemacht|klasse gemacht|sehr witzig|wie witzig|echt witzig|im ernst ?\?|ernsthaft ?\?)",
    r"^toll\.",
    # class: resignation and fatigue — giving up, worn out, out of patience or of things to say ("I give up", "honestly
    # I'm done", "I'm exhausted by this", "je n'en peux plus", "ich bin es leid"). Giving up on finding a setting is a
    # question, not resignation (a calm mark below).
    r"\bi give up(?! (?:trying to |on )?(?:find|finding|look|looking|search|searching|locat\w*|figur\w*|work(?:ing)? out))\b",
    r"\bi(?:'ve| have) (?:all but |pretty much |just about )?given up (?:on (?:you|your|this|getting|ever|it)|hope|trying|waiting)\b",
    r"\bi(?:'m| am) (?:so |utterly |completely |absolutely |honestly |just |really |frankly )?(?:exhausted|drained|worn out|worn down|weary)"
    r" (?:by|with|from|of)\b",
    r"\b(?:this is|it's|it is|this has been) (?:so |utterly |completely |absolutely |just )?(?:exhausting|draining|soul-destroying)\b",
    r"\bi(?:'ve| have| had) (?:(?:completely |totally |now |just )?(?:run|ran) out of |lost (?:all )?(?:my )?)(?:patience|faith|hope|trust|energy|ways to explain|excuses to give)\b",
    r"\bi (?:don't|do not|no longer) know what (?:else|more) (?:to (?:say|do|try)|i can (?:say|do))\b",
    r"\bi can(?:'t|not) (?:do|take|deal with|face) (?:this|it|any of this) any ?more\b|\bi can(?:'t|not) keep (?:doing|chasing|calling|ringing|emailing|writing|explaining)\b",
    r"\b(?:why do i (?:even )?bother|i'm past caring|i'm beyond caring|i no longer care|lost the will)\b",
    r"\b(?:me rindo|tiro la toalla|estoy (?:muy |tan |totalmente |ya )?agotad[oa]|es agotador|ya no sé qué (?:más )?(?:hacer|decir|deciros|decirles)|"
    r"he perdido (?:la|toda la) (?:paciencia|esperanza|confianza)|ya no me quedan (?:fuerzas|ganas))\b",
    r"\b(?:j'abandonne(?! (?:le|la|les|mon|ma|mes|l'))|je baisse les bras|je jette l'éponge|je n'en peux plus|ça m'épuise|c'est épuisant|"
    r"je suis (?:\w+ )?(?:épuisée?|lasse|las|découragée?)(?= par| de |[.!,])|je ne sais (?:vraiment )?plus quoi (?:faire|vous dire|dire)|"
    r"je n'ai plus (?:la force|l'énergie|de patience)|j'ai perdu (?:toute )?(?:patience|confiance|espoir)|je n'y crois plus)",
    r"\b(?:ich bin es (?:\w+ ){0,3}?leid|ich bin (?:\w+ )?(?:erschöpft|zermürbt|entnervt|mürbe)|zermürbend|"
    r"ich habe (?:es )?aufgegeben|ich weiß (?:wirklich |echt )?nicht mehr, was ich (?:noch )?(?:tun|machen|sagen|schreiben) soll|"
    r"ich habe keine (?:kraft|geduld|nerven) mehr|(?:langsam )?verliere ich (?:langsam )?(?:die geduld|den glauben))\b",
    r"\bich gebe (?:es )?auf(?=[.!,;]|\s*$)",
    # class (session 23): patience running out, said as it happens ("I'm starting to lose patience", "my patience is wearing
    # thin", "me está empezando a hartar", "ya me estoy cansando", "ça commence à bien faire", "je commence à perdre
    # patience": nb-70-065, nb-60-063, nb-40-047, nb-32-035, nb-27-047, nb-29-100); being made to do the firm's work ("je n'ai
    # pas à faire le travail à votre place", nb-70-075); a brush-off with a canned text ("bekomme nur Textbausteine", "Ihre
    # Antwort hilft mir null weiter": nb-70-054, nb-59-080 and ten read lines with "Textbaustein", every one upset); and "c'est
    # un peu fort" (nb-70-004). A template asked about ("Wie lege ich Textbausteine an?") or help that did not help with a
    # setting ("die Anleitung hilft mir nicht weiter") is no brush-off: the canned text needs a reply, the unhelpful help
    # the firm's answer.
    r"\b(?:(?:i'm|i am) (?:starting|beginning) to (?:lose (?:my )?patience|get (?:really |a bit |quite )?(?:fed up|annoyed|irritated|cross|angry))|"
    r"(?:i'm|i am) (?:fast |quickly |rapidly )?(?:losing|running out of) (?:my )?patience|(?:my )?patience is (?:wearing|running) (?:thin|out))\b",
    r"\b(?:me (?:está|están|estáis|empieza|empiezan) (?:empezando a )?(?:hartar|cansar)|(?:ya )?me (?:estoy|voy) (?:empezando a )?(?:hartar|cansar|cansando|hartando)|"
    r"(?:estoy|voy|vais|están) (?:\w+ )?(?:perdiendo|agotando) (?:la|mi) paciencia|empiezo a perder la paciencia|se me (?:está )?(?:acabando|agotando) la paciencia)\b",
    r"\b(?:ça commence à (?:bien faire|faire beaucoup|m'agacer|m'énerver|me fatiguer|me lasser)|je commence à (?:perdre patience|en avoir (?:assez|marre)|me lasser|"
    r"être (?:agacée?|excédée?|lassée?|à bout))|je (?:suis en train de )?perds? patience|c'est (?:quand même|tout de même) fort|c'est un peu fort(?! (?:pour|en|de goût))|"
    r"fort de café|(?:je n'ai|ce n'est) pas à (?:moi de )?faire (?:le|votre|leur) (?:travail|boulot))\b",
    r"\b(?:(?:antwort\w*|antwortet|bekomme|bekam|erhalte|erhalten|abgespeist|kommt|kamen|kommen|schicken|schickt) (?:\S+ ){0,4}?(?:mit |nur |lediglich |wieder |immer )?"
    r"(?:einem |einen |eine |dem |den |die |dieselben? |denselben |die gleichen? |de[nm] gleichen )?textbaustein\w*|textbaustein(?:e|en)?-antwort\w*|"
    r"(?:mit|von) textbausteinen (?:\S+ ){0,2}?(?:antworten|antwortet|abspeisen|abgespeist|beantworten|beantwortet)|"
    r"hilft (?:mir|uns) (?:\S+ ){0,2}?(?:null|überhaupt nicht|gar nicht|kein(?:en)? (?:bisschen|stück|schritt)) weiter|"
    r"(?:ihre|eure|deine|die|diese) antwort (?:\S+ )?hilft (?:mir|uns) (?:\S+ ){0,2}?nicht weiter)\b",
    # class (resignation, continued): expecting nothing any more, not even bothering to ask ("I don't expect much from
    # you any more", "if by some miracle", "je n'attends plus grand-chose", "ya ni me molesto", "ich erwarte nichts mehr").
    r"\b(?:i (?:don't|no longer|do not) (?:even )?expect (?:much|anything)|i(?:'ve| have) stopped (?:expecting|hoping|believing)|i won't (?:even )?bother|(?:if|by) some miracle|"
    r"not that (?:i expect|anyone (?:cares|reads|listens))|(?:really|truly|you've|you have) outdone yourselves)\b",
    r"\b(?:ya ni me molesto|ya no espero (?:nada|mucho)|por (?:algún )?milagro|pues nada,)",
    r"\b(?:je n'attends plus (?:rien|grand-chose)|par miracle|je ne me fais plus (?:d'illusions|aucune illusion)|je ne prends (?:même )?plus la peine)",
    r"\b(?:ich erwarte (?:mir )?(?:eh |ohnehin |sowieso |auch )?nichts mehr|wie durch ein wunder|ich mache mir keine hoffnungen? mehr|"
    r"(?:das )?spare ich mir)\b",
    # class: quiet distress in the customer's own words — fear, panic, lost sleep, begging — not only its circumstances (a
    # bereavement or a hospital stay told calmly stays a distress cue on a calm message).
    r"\bi(?:'m| am) (?:really |so |completely |absolutely |honestly |just |totally )?(?:panicking|panicked|terrified(?! of)|scared(?! of)|frightened(?! of)|"
    r"distraught|devastated|heartbroken|beside myself|in tears|desperate(?! for)|sick with worry|worried sick)\b",
    r"\b(?:i (?:can't|cannot) sleep|i haven't slept|i'm not sleeping|i've barely slept|i can(?:'t|not) lose (?:these|this|them|it|everything)|"
    r"i'm begging you|i beg you|please,? i (?:really )?need (?:your )?help(?=[.!]))",
    r"\bje suis (?:vraiment |complètement |totalement |tellement |très )(?:paniquée?|perdue?|désemparée?|désespérée?|effondrée?|angoissée?|"
    r"terrifiée?)\b|\bje suis (?:paniquée?|désemparée?|désespérée?|effondrée?|terrifiée?|en larmes)\b",
    r"\b(?:je ne dors plus|je n'en dors plus|je vous en supplie|j'ai (?:tellement |très |vraiment )peur)\b",
    r"\bestoy (?:muy |tan |totalmente |completamente |realmente )?(?:desesperad[oa]|angustiad[oa]|aterrad[oa]|desbordad[oa]|destrozad[oa]|"
    r"hundid[oa])\b|\b(?:no (?:duermo|he dormido|puedo dormir)|se lo (?:ruego|suplico)|os lo (?:ruego|suplico)|tengo (?:mucho )?miedo)\b",
    r"\bich bin (?:\w+ )?(?:verzweifelt|panisch|aufgelöst|am boden zerstört)\b|\bich bin (?:total|völlig|komplett|echt|so) (?:fertig|durch den wind)\b|\b(?:ich habe (?:solche |große |riesige |furchtbare )?angst|"
    r"ich flehe sie an|ich bitte sie inständig|bitte helfen sie mir(?=[.!]))",
    # class (resignation, continued): patience running out, said as a process ("I'm losing patience", "je commence à
    # perdre patience", "se me acaba la paciencia", "meine Geduld ist am Ende").
    r"\b(?:(?:i'm|i am) (?:\w+ )?(?:losing|running out of) (?:my |all )?patience|my patience is (?:wearing thin|running out|exhausted|at an end))\b",
    r"\b(?:(?:je commence à |je suis en train de )?perdre patience|ma patience a des limites|(?:se me |me )?(?:acaba|agota|está acabando) la paciencia|"
    r"(?:estoy|voy) perdiendo la paciencia|meine geduld ist (?:\w+ )?(?:am ende|erschöpft|aufgebraucht))\b",
    # class (quiet distress, continued): crying or shaking told as what the customer is doing.
    r"\b(?:i've been|i have been|i was|i'm|i am|i keep) (?:\w+ )?(?:crying|sobbing|shaking)\b|\bstruggling to hold (?:it|myself) together\b",
    r"\b(?:j'ai (?:\w+ )?pleuré|je n'arrête pas de pleurer|he estado llorando|no paro de llorar|ich habe (?:\w+ )?geweint|ich zittere)\b",
    # class (formal complaint, continued): the letter's verdict and its demand ("I consider this a serious failure of
    # service", "j'exige", "sans délai", "exijo", "ich erwarte eine verbindliche Zusage"). A formal request is not one.
    r"\bi consider (?:this|it|that|your \w+) (?:to be )?(?:a |an )?(?:wholly |entirely |completely |totally |quite )?(?:serious|unacceptable|"
    r"inexcusable|unreasonable|breach|failure|disgrace|negligent|negligence)\b|\bfailure of (?:service|customer service|your service)\b",
    r"\b(?:j'exige|j'attends (?:des|vos|une) explications?|sans (?:plus de )?délai|je me vois (?:donc )?contrainte?|exijo|"
    r"espero una (?:solución|respuesta|explicación) (?:inmediata|urgente|ya)|ich erwarte (?:nun|jetzt|umgehend|unverzüglich|(?:eine|die) (?:verbindliche|umgehende|schriftliche|sofortige|vollständige))|"
    r"ich fordere sie (?:hiermit )?auf)\b",
    # class: a formal complaint, whose upset is in its register ("I wish to register a formal complaint", "I find this
    # wholly unacceptable", "je vous fais part de mon profond mécontentement", "hiermit lege ich Beschwerde ein"). A
    # formal request for an invoice is not a complaint, and neither is "I'd like to make a (formal) complaint" on its own: the
    # authored writers label a complaint made in a level voice calm, so only the letter's register verbs and its verdicts count.
    r"\b(?:register|lodge) (?:a|my|this|an) (?:formal |official |strong |serious )?complaint\b",
    r"\b(?:writing|wish|want|would like) to (?:formally )?complain\b|\bi (?:strongly|formally) (?:object|protest|complain)\b",
    r"\b(?:dissatisf\w+|unsatisfactory|wholly (?:unacceptable|inadequate)|deeply (?:disappointed|unhappy|concerned|dissatisfied|upset|frustrated)|"
    r"extremely (?:disappointed|unhappy|dissatisfied|concerned))\b",
    r"\b(?:falls? (?:well |far |significantly )?(?:short of|below) (?:the|what|any|an|acceptable|reasonable)|"
    r"(?:left|leaves) me (?:with )?no (?:choice|option|alternative)|i have no (?:choice|option|alternative) but|failing (?:which|that),? i|"
    r"i must insist|i must (?:now )?ask that)\b",
    r"\b(?:mécontent\w*|insatisf\w+|réclamation (?:formelle|officielle)|profondément (?:déçue?|mécontente?|choquée?|indignée?)|"
    r"(?:fais|faire) part de (?:mon|ma) (?:\w+ )?(?:insatisfaction|exaspération|indignation|déception|colère|agacement)|"
    r"je déplore|je proteste|je suis (?:\w+ )?(?:choquée?|indignée?|scandalisée?|outrée?)|tenir (?:parole|vos engagements|votre parole|vos promesses)|"
    r"respecter vos engagements|faute de quoi|à défaut de quoi|toute la patience)",
    r"\b(?:(?:presentar|poner|interponer|formular|hacer) una (?:queja|reclamación)|queja formal|quiero quejarme|les escribo para quejarme|"
    r"(?:mi|nuestro) (?:más )?(?:profundo |enorme |total |absoluto )?(?:malestar|descontento|disgusto|disconformidad|indignación)|"
    r"descontent[oa]s?|insatisfech[oa]s?|profundamente (?:decepcionad|molest|insatisfech|disgustad)[oa]s?|intolerable|falta de respeto)\b",
    r"\b(?:hiermit (?:lege|reiche|erhebe) ich (?:\w+ ){0,3}?(?:beschwerde|einspruch)|(?:förmliche|formelle|offizielle) beschwerde|"
    r"(?:möchte|will|muss) (?:ich )?mich (?:\w+ ){0,6}?(?<!nicht )beschweren|ich beschwere mich(?! nicht)|unzufrieden|"
    r"(?:zutiefst|äußerst|maßlos) (?:enttäuscht|verärgert|unzufrieden|empört|befremdet)|empört|entsetzt|fassungslos|"
    r"nicht (?:länger )?(?:hinnehmbar|akzeptabel|tragbar)|befremd\w+)\b",
]

# class: a complaint letter's opening act, in its register ("I wish to register a formal complaint", "je souhaite déposer une
# réclamation", "por la presente presento una queja", "hiermit lege ich Beschwerde ein"). They are upset marks (some are in
# the list above too: the list keeps one match per place); FORMAL_COMPLAINT also tells the detector that the letter's
# salutation and closing are the letter's form, not warmth.
FORMAL_COMPLAINT_PATTERNS = [
    # "I'd like to make a formal complaint" on its own is not here: the authored writers label a level one calm.
    r"\b(?:register|lodge) (?:a|my|this|an) (?:formal |official |strong |serious )?complaint\b",
    r"\b(?:writing|wish|want) to (?:formally )?complain\b|\bi (?:strongly|formally) (?:object|protest|complain)\b",
    r"\b(?:je (?:souhaite|tiens à|viens) (?:vous )?(?:déposer|adresser|formuler|porter) (?:une )?(?:réclamation|plainte)(?: formelle| officielle)?|"
    r"réclamation (?:formelle|officielle)|je vous fais part de (?:mon|ma) (?:\w+ )?(?:mécontentement|insatisfaction|indignation))\b",
    r"\b(?:por (?:medio de )?la presente (?:\w+ ){0,2}?(?:presento|interpongo|formulo|manifiesto|quiero presentar)|(?:presentar|interponer|formular) una (?:queja|reclamación) formal|"
    r"queja formal|les escribo para (?:quejarme|presentar una queja|manifestar))\b",
    r"\b(?:hiermit (?:lege|reiche|erhebe) ich (?:\w+ ){0,3}?(?:beschwerde|einspruch)|(?:förmliche|formelle|offizielle) beschwerde|"
    r"(?:möchte|will) (?:ich )?mich (?:hiermit )?(?:\w+ ){0,4}?(?:offiziell|förmlich|ausdrücklich) (?:(?!nicht\b)\w+ ){0,4}?beschweren)\b",
]
FORMAL_COMPLAINT = re.compile("|".join(FORMAL_COMPLAINT_PATTERNS))
UPSET_PATTERNS += FORMAL_COMPLAINT_PATTERNS

# class: upset named as what the situation is ("this is so stressful", "c'est lassant", "me parece fatal", "das ist
# ärgerlich"), or the company's conduct as past understanding ("I don't understand how you can charge", "no entiendo cómo
# pueden", "je ne comprends pas comment vous pouvez", "ich verstehe nicht, wie Sie").
UPSET_PATTERNS += [
    r"\bi (?:don't|do not|can't|cannot|fail to|really don't) (?:understand|see|get) how (?:you|your|a company|anyone|they|this company)\b",
    r"\b(?:me parece (?:una |un )?(?:vergüenza|fatal|indignante|intolerable|lamentable|increíble)|no entiendo cómo (?:pueden|podéis|puede|es posible|se puede))\b",
    r"\b(?:c'est|c'était|ça devient) (?:vraiment |très |tellement |franchement |assez |super )?(?:décevant|navrant|stressant)\b|"
    r"\bje ne comprends pas comment (?:vous|on|une entreprise)\b",
    r"\b(?:enttäuschend|verstehe nicht, wie (?:sie|man|ihr))\b",
]

# class: exasperation said as a verdict on the situation or as the writer's nerves ("esto es inadmisible", "roza lo absurdo",
# "no puedo más", "ça frise le ridicule", "das grenzt an Hohn", "it borders on the absurd"), and sarcasm's set phrase
# "for the privilege" ("Paying £42 a month for the privilege") and "love that for me".
UPSET_PATTERNS += [
    r"\b(?:borders on|bordering on|verging on|verges on) (?:the )?(?:absurd|ridiculous|farcical|insulting|comical)\b|\bfor the privilege\b|"
    r"\blove (?:that|this) for (?:me|us)\b|"
    r"\b(?:driving|drives) me (?:mad|crazy|insane|up the wall|round the bend)\b|\bmy nerves are (?:shot|frayed|in tatters)\b",
    r"\b(?:inadmisible|roza (?:lo|el) (?:absurdo|ridículo|surrealista)|(?:es|esto es) (?:absurdo|surrealista|un despropósito|de locos)|"
    r"no puedo (?:más|con esto|con todo esto)|me (?:saca|sacáis|sacan) de quicio|me (?:están|estáis) volviendo loc[oa])",
    r"\b(?:frise (?:le ridicule|l'absurde|l'indécence|le foutage)|(?:c'est|c'était|ça devient) (?:\w+ )?(?:absurde|ubuesque|kafkaïen|surréaliste)|"
    r"ça me rend (?:fou|folle|dingue|malade)|(?:je suis )?à bout de nerfs|j'ai les nerfs)",
    r"\b(?:grenzt (?:schon |wirklich )?an (?:eine[n]? )?(?:frechheit|unverschämtheit|hohn|absurdität|betrug|witz|zumutung)|"
    r"(?:das ist|es ist|ist doch|völlig|einfach) (?:\w+ )?(?:absurd|kafkaesk|grotesk)|macht mich (?:noch )?(?:wahnsinnig|verrückt|fertig)|"
    r"nervenaufreibend|ich werde (?:noch )?wahnsinnig)",
]

# class (round 12): the writer fed up, said as an idiom ("ich hab echt keinen Nerv mehr", "keine Lust mehr", "ça commence à bien
# faire", "trop c'est trop", "vaya tela", "manda narices", "esto es el colmo"), and loyalty repaid as sarcasm ("voilà comment on
# est remerciée", "is this how you treat loyal customers?", "así tratáis a los clientes de toda la vida", "so dankt man es
# treuen Kunden").
UPSET_PATTERNS += [
    r"\b(?:keinen nerv mehr|keine nerven mehr|keine lust mehr)\b|\b(?:ça|cela) commence à (?:bien |vraiment )?faire\b|\btrop c'est trop\b|"
    r"\b(?:vaya tela|manda narices|tiene narices|(?:esto )?es el colmo)\b",
    r"\b(?:this|that) is how you (?:treat|thank|reward|repay) (?:[\w-]+ ){0,2}?customers\b|\bis (?:this|that) how you (?:treat|thank|reward|repay) (?:[\w-]+ ){0,2}?customers\b|"
    r"\b(?:voilà|c'est) (?:comme ça|comment) (?:qu'on|que vous|on est|vous) (?:\w+ )?(?:remerci|trait)\w*|"
    r"\basí (?:es como )?(?:tratáis|tratan|agradecéis|agradecen|pagáis|pagan) a (?:los|sus|vuestros|tus) (?:\w+ )?clientes\b|"
    r"\bso (?:dankt|behandelt|belohnt) (?:man|ihr|sie) (?:es )?(?:\w+ )?(?:kunden|kundinnen)\b|\bso dankt man es\b",
]

# class (round 13): the outrage idiom and the accusation of doing it on purpose ("geht's noch?", "c'est quand même incroyable",
# "¿esto es a propósito o qué?", "vous le faites exprès ?", "are you doing this on purpose?", "macht ihr das mit Absicht?"), and the
# writer feeling conned ("Honestly I feel a bit conned", "je me sens arnaquée", "me siento estafada", "ich fühle mich abgezockt").
# A calm question whether a setting is deliberate ("is this on purpose?" alone) is not one.
UPSET_PATTERNS += [
    r"\b(?:geht's|gehts|geht es) (?:eigentlich |denn |bei euch |bei ihnen )?noch\b(?=\s*[?!])|"
    r"\bc'est quand même (?:incroyable|fou|dingue|hallucinant|inouï) (?:de (?:ne|devoir|payer|attendre|ne pas)|qu'(?:on|il|elle) (?:ne|n')|que (?:vous|personne|rien) )|"
    r"\ba propósito o qué\b|\b(?:lo )?(?:hacéis|hacen|hace) a propósito\b|\bvous le faites exprès\b|\bc'est fait exprès ou\b|"
    r"\bare you (?:lot |people |guys )?doing (?:this|it) on purpose\b|\bon purpose or what\b|\b(?:macht|machen) (?:ihr|sie) das (?:mit absicht|absichtlich)\b",
    r"\bi (?:feel|felt) (?:a bit |a little |quite |really |totally |completely |rather |so |pretty )?(?:conned|cheated|ripped off|mugged off|scammed|swindled)\b|"
    r"\bje me sens (?:un peu |vraiment |complètement )?(?:arnaqué|escroqué|volé|flouée?)e?\b|\bme siento (?:un poco |bastante |muy )?(?:estafad|engañad|timad)[oa]\b|"
    r"\bich fühle mich (?:etwas |ziemlich |total |richtig |echt )?(?:abgezockt|betrogen|verarscht|über den tisch gezogen)\b",
]

# class: the writer declares their own anger, upset or stress, in the first person and the present ("I'm really upset",
# "estoy muy molesta", "je suis très énervée", "ich ärgere mich"). Upset by the schema's own definition, however polite
# the rest: the detector makes such a message upset, as it does an insult. Denied or hedged feelings ("I'm not upset",
# "I'm a bit annoyed") do not match: the adverb slot holds no negation and no softener; "disappointed" is left to the
# upset marks (the authored writers use it in calm reports).
_INTENSE = (r"(?:so |really |very |extremely |quite |incredibly |genuinely |honestly |utterly |absolutely |beyond |now |getting |"
            r"muy |bastante |tan |realmente |francamente |super |súper |vraiment |très |tellement |franchement |assez |"
            r"sehr |echt |total |wirklich |richtig |langsam )?")
DECLARED_PATTERNS = [
    rf"\b(?:i'm|i am|i feel|we're|we are) {_INTENSE}(?:upset|angry|furious|livid|fuming|fed up|frustrated|annoyed|irritated|exasperated|"
    r"disgusted|outraged|incensed|stressed(?: out)?|cross|gutted)\b",
    rf"\b(?:estoy|me siento|estamos) {_INTENSE}(?:molest|enfadad|indignad|cabread|furios|hart|disgustad|agobiad|estresad|frustrad|enojad|"
    r"quemad)[oa]s?\b",
    rf"\b(?:je suis|nous sommes|je me sens) {_INTENSE}(?:énervée?s?|fâchée?s?|en colère|furieu(?:x|se|ses)|excédée?s?|agacée?s?|exaspérée?s?|"
    r"contrariée?s?|dégoûtée?s?|stressée?s?|remontée?s?|outrée?s?|indignée?s?)\b|\b(?:j'en ai marre|ça m'(?:énerve|agace|exaspère))\b",
    rf"\b(?:ich bin|wir sind) {_INTENSE}(?:verärgert|wütend|sauer|stinksauer|genervt|frustriert|gestresst|empört)\b|\bich ärgere mich\b",
    # ... or as what the situation does to them ("this is infuriating", "c'est lassant", "das ist ärgerlich")
    # (these start at the adjective, the rare word; the French and German ones read "c'est" / "das ist" or an adverb behind it)
    r"\b(?:maddening|infuriating|exasperating|unbearable|insoportable|desesperante|exasperante|unerträglich|zum verzweifeln)\b",
    r"(?:(?<=c'est )|(?<=vraiment )|(?<=très )|(?<=tellement )|(?<=franchement )|(?<=assez )|(?<=devient ))"
    r"\b(?:lassant|usant|pénible|insupportable|agaçant|énervant|révoltant|exaspérant|désespérant)\b",
    r"(?:(?<=das ist )|(?<=es ist )|(?<=wirklich )|(?<=sehr )|(?<=echt )|(?<=einfach ))\b(?:ärgerlich|nervig|eine frechheit)\b",
    # ... or as their nerves, or the situation's absurdity said with "doch" ("estoy de los nervios", "das ist doch lächerlich")
    r"\b(?:estoy|me tiene[ns]?|me tenéis|me está[ns]? poniendo|me estáis poniendo|me pone[ns]?|me ponéis) de los nervios\b",
    r"(?<=das ist doch )\b(?:lächerlich|absurd|ein witz|nicht (?:ihr|euer|dein) ernst)\b",
    # class (round 19): the situation called ridiculous as a flat verdict closing a sentence ("This is ridiculous.", "That's
    # getting ridiculous!", "Das ist lächerlich.", "C'est vraiment ridicule !", "Esto es ridículo."): 17 of 17 read lines with one
    # in the writer's own words are upset. Not asked ("Is that ridiculous?"), not self-mockery ("this may sound ridiculous, but").
    r"(?:(?<=this is )|(?<=that is )|(?<=that's )|(?<=it's )|(?<=it is )|(?<=getting )|(?<=absolutely )|(?<=bloody )|(?<=frankly )|"
    r"(?<=das ist )|(?<=es ist )|(?<=einfach )|(?<=wirklich )|(?<=c'est )|(?<=vraiment )|(?<=complètement )|(?<=esto es )|(?<=eso es )|"
    r"(?<=es )|(?<=totalmente ))\b(?:ridiculous|lächerlich|ridicule|ridícul[oa])(?=\s*(?:[.!]|$))",
    # class (round 11): how it sat with them, told in the past ("me ha sentado fatal", "ça m'a vraiment énervée", "das hat mich
    # sehr geärgert", "that really upset me"); not a hedge ("it slightly annoyed me" has no slot) and not a denial
    r"\bme (?:ha sentado|sentó|sienta) (?:fatal|muy mal|como una patada)\b|\b(?:ça|cela) m'a (?:vraiment |beaucoup |profondément |franchement )?"
    r"(?:énervée?|agacée?|contrariée?|blessée?|révoltée?|mise? en colère)\b",
    r"\b(?:das|es|dies) hat mich (?:sehr |echt |wirklich |richtig |total |extrem )(?:geärgert|verärgert|wütend gemacht|aufgeregt)\b|"
    r"\b(?:that|this|it) (?:really |genuinely |honestly |seriously )(?:upset|annoyed|angered|infuriated) (?:me|us)\b",
]

# Marks of a calm writer: patience, benefit of the doubt, a factual request.
CALM_PATTERNS = [
    r"\b(?:no rush|no hurry|no stress|no worries|no problem|not urgent|nothing urgent|not an emergency|nothing is urgent|"
    r"not a (?:big )?problem|no complaints|no big deal|whenever you (?:can|get a chance)|when you get a chance|"
    r"i'm sure it's|i'm sure it is|i assume|i think (?:it|the|there|i|this)|probably|my (?:fault|mistake|bad)|by mistake|"
    r"happy to|i'd be grateful|would be great|would be ideal|much appreciated|really appreciated|thanks so much|"
    r"thank you so much|great service|great job|well done|brilliant|"
    r"excellent|perfect|lovely|helpful|all good|works (?:fine|perfectly|now)|sorted|resolved|just (?:wanted|checking|"
    r"a heads-up|to let you know|wondering|fyi|following up|a quick|a gentle)|heads-up|quick (?:one|q|question)|sorry (?:for|to)|i appreciate|"
    r"is fine|works (?:fine )?for me|that's fine|it's fine|not a problem|fine by me|fyi|unfortunately|i understand|"
    r"i realise|i realize|if that helps|if it helps|let me know if you need|letting you know|for your information|in case (?:the|it|you|that)|"
    r"no worries if not|we can work around it|small thing|minor thing|minor issue|small issue|not a big deal|"
    r"how (?:do|can|would|should) (?:i|we) (?:claim|get|request|apply|change|reset|update|return|book|submit|report|make|"
    r"add|remove|download|find|set|transfer|move|pay|give|leave|send|provide)|where (?:can|do|would) (?:i|we) find|what do (?:i|we) need to|is there a way to|what(?:'s| is) the process|is (?:it|this|that) (?:covered|a known|normal|expected|possible)|(?:can|may|do) (?:i|we) (?:claim|get|request|return|exchange|apply|be refunded|be reimbursed)|what are (?:my|the|our) options|is there a (?:workaround|fix|known|way))",
    r"\b(?:no hay prisa|sin prisa|(?:puedo|podría|podemos) (?:reclamar|pedir|solicitar|cambiar|devolver)|es normal|no pasa nada|perfecto|todo bien|entiendo que|desafortunadamente|lamentablemente)",
    r"\b(?:pas urgent|ce n'est pas grave|est-ce (?:normal|couvert|possible)|(?:puis-je|pourrais-je) (?:demander|obtenir|être remboursée?)|pas de souci|aucun souci|je comprends|parfait|c'est réglé|malheureusement)",
    r"\b(?:kein drama|keine eile|ist das (?:normal|bekannt|ein bekanntes)|(?:kann|könnte) ich (?:\w+ )?(?:erstatten|zurückgeben|umtauschen|beantragen)|es eilt (?:also )?nicht|kein problem|ich verstehe|top service|alles gut|leider)",
]

# class: a thank-you said as the message's purpose ("I just wanted to say a huge thank you", "ich möchte mich herzlich bei
# Frau Kaya bedanken", "je tiens à remercier", "quiero agradecer"): a calm mark, so praise with a strong adverb
# ("unglaublich geduldig") stays praise.
CALM_PATTERNS.append(
    r"\b(?:(?:i|we)(?:'d| would) like to (?:say )?thank|wanted to (?:say )?(?:a )?(?:huge |big |massive |quick )?thank|(?:a )?(?:huge|big|massive) thank(?:s| you)|"
    r"please pass (?:on )?(?:my|our) (?:thanks|gratitude)|(?:quiero|quería|queremos|queríamos) (?:\w+ )?agradecer|mil gracias|muchísimas gracias|"
    r"(?:je tiens|nous tenons|je tenais|nous tenions) à (?:\w+ )?remercier|je (?:voudrais|souhaite|souhaitais) (?:\w+ )?remercier|un (?:très )?grand merci|mille mercis|"
    r"merci infiniment|(?:möchte|wollte|möchten|wollten) (?:mich|uns) (?:\w+ ){0,4}?bedanken|herzlichen dank|tausend dank)")

# class (round 14): the writer says the message is no complaint or reproach ("I'm not complaining", "je ne me plains pas", "no me
# quejo", "ich beschwere mich nicht", "ce n'est pas un reproche", "kein Vorwurf"): a polite chase, not upset.
CALM_PATTERNS.append(
    r"\b(?:i'm not complaining|i am not complaining|not (?:a|meant as a) (?:complaint|criticism|moan)|this isn't a (?:complaint|moan)|"
    r"no me quejo|no es (?:una|ninguna) (?:queja|crítica|reclamación)|no es un reproche|"
    r"je ne me plains pas|(?:ce n'est|c'est) pas (?:une (?:plainte|réclamation|critique)|un reproche)|"
    r"ich (?:will mich|möchte mich|beschwere mich) nicht (?:\w+ )?beschweren|ich beschwere mich nicht|(?:das ist |es ist |soll )?(?:keine beschwerde|kein vorwurf|keine kritik)(?! (?:mehr|bei|an|über)))\b")

# class (round 18): feedback sent expressly as no complaint ("ausdrücklich nicht als Beschwerde", "not as a complaint", "pas comme une
# réclamation", "no como una queja"), the feeling named as mild rather than angry ("I'm disappointed rather than cross", "more
# disappointed than angry", "plus déçue qu'en colère", "más decepcionada que enfadada", "eher enttäuscht als verärgert"), and the
# mishap forgiven ("these things happen", "ce sont des choses qui arrivent", "son cosas que pasan", "so etwas kann passieren").
CALM_PATTERNS.append(
    r"\b(?:(?:ausdrücklich |ausdruecklich )?nicht als (?:beschwerde|vorwurf|kritik)|not as a (?:complaint|criticism|moan)|pas (?:comme|en tant que) (?:une )?(?:réclamation|plainte|reproche)|"
    r"no como (?:una )?(?:queja|reclamación|crítica)|disappointed rather than (?:cross|angry|annoyed|upset)|more disappointed than (?:cross|angry|annoyed|upset)|"
    r"plus (?:déçue?s?|attristée?s?) qu'(?:en colère|énervée?s?|fâchée?s?)|más (?:decepcionad[oa]s?|triste) que (?:enfadad[oa]s?|molest[oa]s?|enojad[oa]s?)|"
    r"eher enttäuscht als (?:verärgert|wütend|sauer)|these things happen|(?:ce sont des|c'est des) choses qui arrivent|son cosas que pasan|so etwas kann (?:schon )?passieren)\b")

# Giving up on finding a setting or a page is a question about where it is, not resignation ("I give up trying to find
# the export button, where is it?", "je n'arrive pas à trouver", "ich finde ... nicht").
CALM_PATTERNS.append(r"\b(?:i give up|i've given up|i gave up) (?:trying to |on )?(?:find|finding|look|looking|search|searching|locat\w*|"
                     r"figur\w*|work(?:ing)? out)\b")

# A polite request: common in calm reports, but also in complaints ("can you help, my flight was cancelled").
POLITE_PATTERNS = [
    r"\b(?:could you|would you|can you|could someone|can someone|is it possible|is there|do you|how do i|how can i|"
    r"thanks in advance|thanks again|many thanks|thank you|thanks|cheers|kind regards|hi|hello|dear)",
    r"\b(?:gracias|muchas gracias|podéis|pueden|me (?:lo )?pueden|podrían|quisiera|hola|buenos días|buenas)",
    r"\b(?:merci|pourriez-vous|pouvez-vous|auriez-vous|je vous remercie|bonne journée|bonjour|cordialement)",
    r"\b(?:danke|vielen dank|könnten sie|können sie|würden sie|hallo|guten tag|grüße)",
    # round 17: the hours or the number the writer can be reached on, offered for a call back ("I'm on the number below
    # until 6pm", "Ich bin heute bis 17 Uhr telefonisch erreichbar", "je suis joignable jusqu'à 18h", "estoy localizable")
    r"\b(?:(?:i'm|i am|i'll be) (?:\w+ ){0,2}?(?:on (?:the|my|this) (?:number|mobile|phone)|reachable|contactable)|"
    r"ich bin (?:\w+ ){0,5}?(?:erreichbar|zu erreichen)|je (?:suis|reste|serai) (?:\w+ ){0,3}?joignable|(?:estoy|estaré) (?:\w+ ){0,3}?localizable)\b",
]



def _alternatives(pattern: str) -> list[str]:
    """r"\\b(?:a|b|c)" -> [r"\\ba", r"\\bb", r"\\bc"]: one pattern per word, so each is tried only at words it can start."""
    if not pattern.startswith("\\b(?:") or not pattern.endswith(")"):
        return [pattern]
    body, depth, parts, current = pattern[5:-1], 0, [], ""
    for i, char in enumerate(body):
        escaped = i > 0 and body[i - 1] == "\\"
        if char == "(" and not escaped:
            depth += 1
        elif char == ")" and not escaped:
            depth -= 1
        if char == "|" and depth == 0 and not escaped:
            parts.append(current)
            current = ""
        else:
            current += char
    parts.append(current)
    # Each ends where a word ends: "hi" is not "his", "do you" is not "do your".
    return ["\\b" + part + "(?!\\w)" for part in parts]


UPSET_PATTERNS = [alt for p in UPSET_PATTERNS for alt in _alternatives(p)]
CALM_PATTERNS = [alt for p in CALM_PATTERNS for alt in _alternatives(p)]
POLITE_PATTERNS = [alt for p in POLITE_PATTERNS for alt in _alternatives(p)]
_CUE_NAMES = [cue for cue, patterns in CUE_PATTERNS.items() for _ in patterns]
_PATTERNS = ([p for patterns in CUE_PATTERNS.values() for p in patterns] + UPSET_PATTERNS + CALM_PATTERNS + POLITE_PATTERNS
             + DECLARED_PATTERNS)
_GROUPS = (_CUE_NAMES + ["upset"] * len(UPSET_PATTERNS) + ["calm"] * len(CALM_PATTERNS) + ["polite"] * len(POLITE_PATTERNS)
           + ["declared"] * len(DECLARED_PATTERNS))
SIGNALS = PhraseSet(_PATTERNS, groups=_GROUPS, flags=re.MULTILINE)


def find_signals(lower: str, word_starts: list[int]) -> list[tuple[str, int, int]]:
    """(cue or "upset", "calm", "polite", start, end) for every match in the lower-cased own text."""
    groups = SIGNALS.groups or []
    return [(groups[i], start, end) for i, start, end in SIGNALS.find(lower, word_starts)]
