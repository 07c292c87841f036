"""lint_reply(text, language): what in a reply to an upset customer will make things worse, and what to say instead.

Rules are phrase patterns per language. They are advice for the agent, so they lean towards flagging:
a false alarm costs a glance, a "calm down" sent to an angry customer costs the customer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from calmdesk.languages import DEFAULT, QUOTED_SPAN, SUPPORTED


@dataclass(frozen=True)
class Finding:
    code: str  # calm-down, blame, policy, double-talk, over-promise, register, no-next-step, no-follow-up-time
    quote: str  # the offending words as written ("" when something is missing rather than wrong)
    start: int
    end: int
    suggestion: str

    def __str__(self) -> str:
        where = f'"{self.quote}"' if self.quote else "(missing)"
        return f"{self.code}: {where} -> {self.suggestion}"


@dataclass(frozen=True)
class _Rule:
    code: str
    pattern: re.Pattern
    suggestion: str


def _rules(*rows: tuple[str, str, str]) -> tuple[_Rule, ...]:
    return tuple(_Rule(code, re.compile(pattern, re.IGNORECASE), suggestion) for code, pattern, suggestion in rows)


_RULES = {
    "en": _rules(
        ("calm-down", r"\b(?:calm down|settle down|relax\b|chill out|don'?t panic|take a deep breath"
                      r"|(?:there'?s )?no need to (?:shout|get (?:upset|angry|worked up)))",
         "Name the feeling instead: \"I can see why this is so frustrating.\""),
        ("blame", r"\byou (?:should|could) have\b|\byou (?:failed|forgot|neglected) to\b|\byour (?:own )?fault\b"
                  r"|\byou were supposed to\b|\bas I (?:already|previously) (?:said|told you|explained)\b"
                  r"|\byou(?:'re| are) (?:wrong|mistaken)\b|\byou didn'?t (?:read|follow|check)\b",
         "Describe what happened without a culprit: \"Here's what happened, and here's how we fix it.\""),
        ("policy", r"\b(?:as per|per|according to|in line with) (?:our|the|company) polic(?:y|ies)\b"
                   r"|\b(?:company|our) policy (?:states|says|is clear)\b",
         "Give the reason in plain words and what you can do: \"We can't do X, but I can do Y.\""),
        ("double-talk", r"\bmistakes were made\b|\bwe apologi[sz]e for any inconvenience(?: (?:this|that) may have caused)?"
                        r"|\bsorry for any inconvenience\b|\bwe regret any inconvenience\b"
                        r"|\bany inconvenience (?:this|that) may have caused\b|\bat this (?:point|moment) in time\b"
                        r"|\brest assured\b|\byour (?:call|business|satisfaction) is (?:very )?important to us\b"
                        r"|\bwe take (?:this|these matters|your concerns) (?:very )?seriously\b"
                        r"|\bit (?:appears|would appear|seems) that there (?:may|might) have been\b",
         "Say what went wrong and own it: \"I'm sorry your order was late.\""),
        ("over-promise", r"\bguarantee[sd]?\b|\bguaranteeing\b|\b(?:will )?never happen again\b|\bI promise\b"
                         r"|\b100 ?%\b|\bwe(?:'ll| will) (?:definitely|certainly) \w+|\bwe(?:'ll| will) refund\b"
                         r"|\byou(?:'ll| will) (?:get|receive) a (?:full )?refund\b",
         "Promise only what you control: \"I'll check it myself and update you by [when].\""),
    ),
    "es": _rules(
        ("calm-down", r"\b(?:cálm(?:ese|ate)|tranquilí[cz](?:ese|ate)|relájese|relájate|no (?:se|te) (?:altere|alteres|ponga así|pongas así)"
                      r"|no hace falta (?:ponerse así|gritar|enfadarse))",
         "Nombre lo que siente: «Entiendo que esto le tenga tan molesto»."),
        ("blame", r"\b(?:usted )?debería haber\b|\bes (?:culpa suya|su culpa)\b|\bpor su culpa\b"
                  r"|\bcomo ya le (?:dije|expliqué|indiqué)\b|\b(?:usted )?(?:se equivoca|está equivocad[oa])\b"
                  r"|\busted no (?:leyó|siguió|revisó)\b|\busted (?:se )?olvidó\b|\bse le olvidó\b"
                  r"|\bdeberías haber\b|\bes (?:culpa tuya|tu culpa)\b|\bpor tu culpa\b|\bcomo ya te (?:dije|expliqué|indiqué)\b"
                  r"|\b(?:te equivocas|estás equivocad[oa])\b|\bno (?:leíste|seguiste|revisaste)\b|\bse te olvidó\b|\bte olvidaste\b",
         "Cuente lo ocurrido sin buscar culpables: «Esto es lo que pasó y así lo resolvemos»."),
        ("policy", r"\b(?:según|de acuerdo con|conforme a) (?:nuestra|la) política\b|\bpolítica de (?:la )?empresa\b",
         "Explique el motivo con palabras sencillas y lo que sí puede hacer."),
        ("double-talk", r"\bdisculp[ea]? (?:las|cualquier) molestias?(?: que (?:esto )?(?:le )?(?:haya|hayan|pueda haber) \w+)?"
                        r"|\blamentamos (?:cualquier|los posibles) (?:inconveniente|molestia)s?\b"
                        r"|\bse (?:cometieron|han cometido) errores\b|\btenga la (?:total )?seguridad de que\b"
                        r"|\bsu satisfacción es (?:muy )?importante para nosotros\b",
         "Diga qué falló y asúmalo: «Siento que su pedido llegara tarde»."),
        ("over-promise", r"\bgarantiz\w+|\bgarantía\b|\bnunca (?:más )?volverá a (?:pasar|ocurrir)\b|\ble prometo\b"
                         r"|\b100 ?%|\b(?:le|te) (?:reembolsaremos|devolveremos el dinero)\b|\bte (?:lo )?prometo\b",
         "Prometa solo lo que dependa de usted: «Lo reviso yo mismo y le escribo [cuándo]»."),
    ),
    "fr": _rules(
        ("calm-down", r"\b(?:calmez-vous|calme-toi|du calme|restez calme|reste calme|détendez-vous|détends-toi"
                      r"|pas (?:la peine|besoin) de (?:vous énerver|t['’]énerver|crier))",
         "Nommez ce que ressent le client : « Je comprends que ce soit très agaçant. »"),
        ("blame", r"\bvous auriez dû\b|\b(?:c'est )?(?:de )?votre faute\b|\bcomme je vous l'ai (?:déjà )?(?:dit|expliqué)\b"
                  r"|\bvous (?:avez tort|vous trompez)\b|\bvous avez oublié\b|\bvous n'avez pas (?:lu|suivi|vérifié)\b"
                  r"|\btu aurais dû\b|\b(?:c'est )?(?:de )?ta faute\b|\bcomme je te l'ai (?:déjà )?(?:dit|expliqué)\b"
                  r"|\btu (?:as tort|te trompes)\b|\btu as oublié\b|\btu n'as pas (?:lu|suivi|vérifié)\b",
         "Décrivez ce qui s'est passé sans chercher de coupable : « Voici ce qui s'est passé, et voici la suite. »"),
        ("policy", r"\b(?:conformément à|selon|d'après) (?:notre|la) politique\b|\bpolitique de (?:l'entreprise|la société)\b",
         "Donnez la raison simplement et ce que vous pouvez faire à la place."),
        ("double-talk", r"\b(?:nous nous excusons|veuillez nous excuser|toutes nos excuses) pour (?:la gêne|le désagrément|les désagréments|tout désagrément)(?: occasionnée?s?)?"
                        r"|\bdes erreurs ont été commises\b|\bsoyez assurée?s? que\b"
                        r"|\bvotre satisfaction est (?:très )?importante (?:pour nous|à nos yeux)\b",
         "Dites ce qui n'a pas marché et assumez-le : « Je suis désolé que votre commande soit arrivée en retard. »"),
        ("over-promise", r"\bgaranti(?:e|s|r|ssons)?\b|\bne se reproduira (?:plus|jamais)\b|\bje (?:vous|te) (?:le )?promets\b"
                         r"|\b100 ?%|\bnous (?:allons (?:vous|te) rembourser|(?:vous|te) rembourserons)\b",
         "Ne promettez que ce qui dépend de vous : « Je vérifie moi-même et je reviens vers vous [quand]. »"),
    ),
    "de": _rules(
        ("calm-down", r"\b(?:beruhigen Sie sich|bleiben Sie (?:bitte )?ruhig|regen Sie sich nicht auf"
                      r"|beruhig(?:e)? dich|bleib (?:bitte )?ruhig|reg dich nicht auf|entspann dich"
                      r"|kein Grund (?:zur Aufregung|sich aufzuregen)|entspannen Sie sich)",
         "Sprechen Sie das Gefühl an: „Ich verstehe, dass Sie das sehr ärgert.“"),
        ("blame", r"\bSie hätten (?:\w+ ){0,3}(?:müssen|sollen)\b|\b(?:Ihr|Ihre) (?:eigener? )?(?:Fehler|Schuld)\b"
                  r"|\bwie (?:ich )?(?:bereits|schon) (?:gesagt|erwähnt|erklärt)\b|\bSie (?:irren sich|liegen falsch)\b"
                  r"|\bSie haben (?:es )?versäumt\b|\bSie haben (?:\w+ )?(?:vergessen|nicht gelesen)\b"
                  r"|\bdu hättest (?:\w+ ){0,3}(?:müssen|sollen)\b|\bdein(?:e)? (?:eigener? )?(?:Fehler|Schuld)\b"
                  r"|\bdu (?:irrst dich|liegst falsch)\b|\bdu hast (?:es )?versäumt\b|\bdu hast (?:\w+ )?(?:vergessen|nicht gelesen)\b",
         "Beschreiben Sie, was passiert ist, ohne Schuldige: „Das ist passiert, und so lösen wir es.“"),
        ("policy", r"\b(?:gemäß|laut|entsprechend) (?:unseren?|unserer|den|der) (?:Richtlinien?|Firmenrichtlinien?|Unternehmensrichtlinien?)\b",
         "Nennen Sie den Grund in einfachen Worten und was Sie stattdessen tun können."),
        ("double-talk", r"\b(?:wir entschuldigen uns|bitte entschuldigen Sie) (?:für )?(?:etwaige|eventuelle|die entstandenen) Unannehmlichkeiten\b"
                        r"|\bFehler wurden gemacht\b|\bseien Sie versichert\b|\bsei (?:dir )?versichert\b|\bIhre Zufriedenheit (?:ist|liegt) uns (?:sehr )?(?:wichtig|am Herzen)\b",
         "Sagen Sie klar, was schiefging, und stehen Sie dazu: „Es tut mir leid, dass Ihre Bestellung zu spät kam.“"),
        ("over-promise", r"\bgarantier\w*|\bGarantie\b|\b(?:wird|kommt) (?:so etwas |das )?nie wieder (?:passieren|vorkommen)\b"
                         r"|\bich verspreche\b|\b100 ?%|\bwir erstatten (?:Ihnen|dir)\b",
         "Versprechen Sie nur, was Sie in der Hand haben: „Ich prüfe das selbst und melde mich [wann].“"),
    ),
}

# A reply must say what happens next, and when. A [next step] placeholder counts: the agent fills it.
_NEXT_STEP = {
    "en": r"\bI(?:'ll| will| am going to|'m going to)\b|\bwe(?:'ll| will| are going to)\b|\bnext step\b|\bwhat happens next\b|\[(?:the )?next step",
    "es": r"\bvoy a\b|\bvamos a\b|\b(?:le|te) (?:escribiré|escribo|llamaré|informaré|contactaré|confirmaré)\b|\bpróximo paso\b|\bsiguiente paso\b|\[(?:el )?(?:siguiente|próximo) paso",
    "fr": r"\bje vais\b|\bnous allons\b|\bva maintenant\b|\bje reviens vers (?:vous|toi)\b|\bje (?:vous|te) (?:tiens|confirme)\b|\bje (?:vous |t['’])?(?:écrirai|reviendrai|recontacterai|tiendrai|confirmerai)\b|\bprochaine étape\b|\[(?:la )?prochaine étape",
    "de": r"\bich werde\b|\bwerde ich\b|\bmelde ich mich\b|\bwir werden\b|\bwird unser Team\b|\bich melde mich\b|\bich (?:schreibe|kümmere)\b|\bnächste[nr]? Schritt\b|\bals Nächstes\b|\[(?:der )?nächste",
}
_WHEN = {
    "en": r"\bwithin\b|\bby (?:\w+day|tomorrow|tonight|the end|\d)|\btoday\b|\btomorrow\b|\bon \w+day\b|\b\d{1,2}:\d{2}\b|\[when",
    "es": r"\ben menos de una hora\b|\bantes del?\b|\ben (?:las próximas )?\d+ horas\b|\bhoy\b|\bmañana\b|\bel (?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)\b|\b\d{1,2}:\d{2}\b|\[cuándo",
    "fr": r"\bdans l'heure\b|\bd'ici\b|\bavant\b|\bdans les \d+|\bsous \d+|\baujourd'hui\b|\bdemain\b|\b\d{1,2}[:h] ?\d{2}\b|\[quand",
    "de": r"\bbis\b|\bspätestens\b|\binnerhalb\b|\bheute\b|\bmorgen\b|\bam (?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)\b|\b\d{1,2}:\d{2}\b|\[wann",
}
_MISSING = {
    "en": ("Say what you will do next: \"Next, I'll [next step].\"",
           "Say when they will hear from you: \"I'll update you by [when], even if there's no news yet.\""),
    "es": ("Diga qué hará ahora: «Ahora voy a [siguiente paso]».",
           "Diga cuándo volverá a escribir: «Le escribo antes de [cuándo], aunque aún no haya novedades»."),
    "fr": ("Dites ce que vous allez faire : « Je vais maintenant [prochaine étape]. »",
           "Dites quand vous reviendrez vers le client : « Je reviens vers vous d'ici [quand], même sans nouvelle. »"),
    "de": ("Sagen Sie, was Sie als Nächstes tun: „Als Nächstes werde ich [nächster Schritt].“",
           "Sagen Sie, wann Sie sich melden: „Ich melde mich bis [wann], auch wenn es noch nichts Neues gibt.“"),
}


# How a reply says "you" in each register. A draft holds the customer's register throughout, so a word of the other one
# (a "Sie" left in a du-draft, a "tu" in a vous-draft) is a sentence whose other form was missed or half edited.
_ADDRESS = {
    "es": {"formal": re.compile(r"\b(?:usted(?:es)?|su|sus|suy[oa]s?|le|les)\b", re.IGNORECASE),
           "informal": re.compile(r"\b(?:tú|tu|tus|tuy[oa]s?|te|ti|contigo)\b", re.IGNORECASE)},
    "fr": {"formal": re.compile(r"\b(?:vous|votre|vos)\b", re.IGNORECASE),
           "informal": re.compile(r"\b(?:tu|te|toi|ton|ta|tes)\b|\bt'(?=\w)", re.IGNORECASE)},
    "de": {"formal": re.compile(r"\b(?:Sie|Ihnen|Ihr|Ihre[mnrs]?)\b"),  # lower-case "sie", "ihr" are they, her
           "informal": re.compile(r"\b(?:du|dich|dir|dein\w*)\b", re.IGNORECASE)},
}
# The customer's own words, quoted back ("Nos dices: «…»"), are theirs and may say "you" any way they like.
_KEEP_REGISTER = {  # what to say, by the register the draft should hold
    "es": {"informal": "Este cliente escribe de tú: háblale de tú en todo el borrador (tú, te, tu).",
           "formal": "Este borrador va de usted: manténgalo en todo el texto (usted, le, su)."},
    "fr": {"informal": "Ce client tutoie : tutoie-le dans tout le brouillon (tu, te, ton).",
           "formal": "Ce brouillon vouvoie : gardez le vouvoiement dans tout le texte (vous, votre)."},
    "de": {"informal": "Diese Person duzt: bleib im ganzen Entwurf beim Du (du, dich, dein).",
           "formal": "Dieser Entwurf siezt: bleiben Sie im ganzen Text beim Sie (Sie, Ihnen, Ihr)."},
}


def register_of(text: str, language: str) -> str:
    """The register a reply mostly speaks in, outside quotes: "informal", "formal", or "" (English, or no "you")."""
    if language not in _ADDRESS:
        return ""
    ours = QUOTED_SPAN.sub(" ", text.replace("\u2019", "'"))
    formal, informal = (len(_ADDRESS[language][r].findall(ours)) for r in ("formal", "informal"))
    return "informal" if informal > formal else "formal" if formal else ""


def lint_reply(text: str, language: str = DEFAULT, register: str = "") -> list[Finding]:
    """`register` is the customer's ("formal", "informal", "neutral"; "" when unknown): in es/fr/de a word of the
    other register is a finding. A neutral customer gets the formal forms, as the shipped drafts give them."""
    language = language if language in SUPPORTED else DEFAULT
    text = text.replace("\u2019", "'")  # typographic apostrophes; same length, so spans stay right
    findings = [
        Finding(rule.code, m.group(0), m.start(), m.end(), rule.suggestion)
        for rule in _RULES[language]
        for m in rule.pattern.finditer(text)
    ]
    if register and language in _ADDRESS:
        keep = "informal" if register == "informal" else "formal"
        wrong = _ADDRESS[language]["formal" if keep == "informal" else "informal"]
        ours = QUOTED_SPAN.sub(lambda m: " " * len(m.group(0)), text)  # same length, so spans stay right
        findings += [Finding("register", m.group(0), m.start(), m.end(), _KEEP_REGISTER[language][keep])
                     for m in wrong.finditer(ours)]
    no_step, no_when = _MISSING[language]
    if not re.search(_NEXT_STEP[language], text, re.IGNORECASE):
        findings.append(Finding("no-next-step", "", len(text), len(text), no_step))
    elif not re.search(_WHEN[language], text, re.IGNORECASE):
        findings.append(Finding("no-follow-up-time", "", len(text), len(text), no_when))
    return sorted(findings, key=lambda f: (f.start, f.code))
