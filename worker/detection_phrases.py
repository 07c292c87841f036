"""Phrases that show how a customer feels about a problem, beyond single words: complaint idioms, sarcasm,
profanity (masked or not), and the marks of a calm problem report.

All phrases are matched in one pass over lower-cased text (see detection_matching). Weights are in VADER's
valence units (a strongly negative word is about -3).
"""

from __future__ import annotations

import re

from .detection_matching import PhraseSet

# Profanity, including the masked spellings customers use (f***, f*ck, sh!t, $hit, a**hole).
PROFANITY_STRONG = (
    r"(?<![\w*])(?:f+u+c*k+\w*|f[*#@%!$]{1,4}(?:c?k|ing|in|ed|er)?\w*|f\*ck\w*|fck\w*|fkn|fking|fcking|"
    r"(?:bull)?sh[i!1*]t\w*|s[*#]{2}t|s\*it|b[u*]lls[h*][i!1*]t|a(?:ss|\*\*|\$\$|s\*)holes?|"
    r"wtf|ffs|stfu|goddamn\w*|motherf\w*)"
)
PROFANITY_DOLLAR = r"\$h[i!1*]t\w*"
PROFANITY_MILD = r"\b(?:damn\w*|crap\w*|bloody|hell|freaking|frigging|friggin|effing|frickin\w*|pissed|piss\w*|sucks?)\b"

# Complaint idioms: what people write when they are upset rather than reporting.
FRUSTRATION_STRONG = [
    r"how hard (?:is it|can it be)", r"what a (?:joke|farce|shambles|mess|disgrace)", r"(?:this|it) is a joke",
    r"is this a joke", r"waste of (?:my |our |your )?(?:time|money)", r"fed up", r"sick (?:and tired )?of",
    r"tired of", r"had enough", r"never again", r"not good enough", r"not acceptable", r"not ok(?:ay)?\b",
    r"(?:not|never) (?:been )?(?:happy|impressed|satisfied|pleased)", r"beyond (?:annoyed|frustrated|a joke|ridiculous|angry)",
    r"can'?t believe", r"cannot believe", r"unbelievable", r"are you (?:kidding|serious|joking)", r"shame on you",
    r"rip[- ]?off", r"nobody (?:cares|seems to care|bothered)", r"no one (?:cares|seems to care|bothered)",
    r"(?:i|we) (?:demand|insist)", r"(?:want|need) (?:my|our) money back", r"left (?:me|us) (?:stranded|with nothing)",
    r"how (?:dare|is this (?:acceptable|ok|possible))", r"treat(?:ed|ing)? (?:me|us|customers) like",
    r"this is how you treat", r"gone on (?:far )?too long", r"enough is enough", r"at the end of my tether",
    r"losing (?:my )?patience", r"lost (?:all )?(?:faith|trust|patience)", r"(?:i'?m|i am) (?:done|finished) with",
    r"(?:i'?m|i am) done\b", r"last straw", r"piss(?:ed)? off", r"so angry", r"really angry", r"seriously\?",
    r"epic fail", r"fail(?:ed)? (?:miserably|big time)",
]
SAD_EMOTICONS = r"(?<![\w:])(?:[:;=]['’]?-?[(\[/\\|]|:-?c\b|>:-?\(|d:)(?![\w)])|[😠😡🤬😤😞😒🙄😩😫👎💩]"
HASHTAGS = r"#(?:\w*fail\w*|neveragain|worst\w*|notimpressed|nothappy|disappointed|unacceptable|ridiculous|shame\w*)"

FRUSTRATION_MILD = [
    r"no one (?:has|is|will|ever|can|could|answer|repl|respond|call|got|get)\w*",
    r"nobody (?:has|is|will|ever|can|could|answer|repl|respond|call|got|get)\w*",
    r"not a single (?:reply|response|word|email|call|answer)", r"still (?:no|not|nothing|haven'?t|hasn'?t|can'?t|won'?t|doesn'?t|isn'?t|waiting|broken|wrong)",
    r"(?:keep|keeps|kept) (?:getting|being|having to|telling|sending|asking|promising|breaking|failing|crashing|dropping)",
    r"every (?:single )?(?:time|day|evening|night|week)", r"nothing (?:works|has (?:been done|happened|changed))",
    r"(?:on hold|holding) for", r"hung up on", r"no (?:response|reply|answer|help|update|explanation|information|info|apology|compensation|resolution)",
    r"(?:for|over|after|almost|nearly|more than) (?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|several|many) (?:\w+ )?(?:hours|days|weeks|months)",
    r"(?:hours|days|weeks|months) (?:later|now|and still)", r"i (?:expect|want) (?:a|an|my|this|it|to)", r"no excuses",
    r"(?:why|how come) (?:is|are|does|do|did|can'?t|won'?t|isn'?t|aren'?t|doesn'?t|don'?t|hasn'?t|haven'?t|wasn'?t|would|should|is there|has nobody|has no one)\b[^.?!\n]*\?",
    r"what'?s the point", r"(?:is|does) anyone (?:actually|even|ever)", r"(?:you|they) (?:never|always) ",
    r"(?:don'?t|doesn'?t|didn'?t) (?:even|care)", r"(?:i|we)'?(?:ve| have) been (?:waiting|trying|chasing|calling|emailing|sitting|stuck|on hold)",
    r"of all (?:time|the)", r"i'?m (?:starting to|beginning to) (?:worry|lose|think)", r"real problems?",
    r"lost (?:my|our) (?:bag|luggage|luggages|bags|parcel|package|order|money)", r"customer (?:service|care|support) (?:is|was|has been) (?:\w+ )?(?:bad|poor|terrible|awful|horrible|non-?existent)",
]

# Sarcasm: praise for a bad situation. Matched phrases invert the praise around them.
SARCASM = [
    r"\b(?:great|perfect|wonderful|brilliant|fantastic|lovely|awesome|super|marvellous|marvelous)[,.!]+\s*(?:just|really|absolutely|simply)\s+(?:great|perfect|wonderful|brilliant|fantastic|lovely|awesome)\b",
    r"\bthanks? (?:you )?(?:a lot |so much |very much )?for (?:nothing|ruining|cancell?ing|wasting|losing|ignoring|breaking|making me|charging|leaving|the standard|the generic|the canned|the copy)",
    r"\boh (?:great|wonderful|perfect|joy|brilliant|fantastic|good|lovely|wow|how nice|goody|super)\b",
    r"\b(?:just |really |absolutely |i |gotta |got to )love (?:waiting|being|getting|having|how|paying|it when|that|spending|sitting|the)",
    r"\b(?:so|really|very) (?:glad|happy) (?:i|we) (?:paid|chose|picked|bought|signed up|upgraded|went with)",
    r"\b(?:great|fantastic|amazing|excellent|stellar|wonderful|top|brilliant|superb|outstanding|awesome|impressive|fabulous) (?:customer )?(?:service|support|care|job|work|communication)\b[^.!?\n]{0,20}\b(?:as (?:always|usual)|again)",
    r"\bas (?:always|usual)[,:]", r"\b(?:well|nice) (?:done|job|work)\b", r"\bbravo\b", r"\bkudos\b", r"\bslow clap\b",
    r"\b(?:exactly|just) what (?:i|we) (?:needed|wanted)", r"\bi'?m sure (?:my|your|our|the) \w+ (?:is|are) (?:very )?(?:important|valued)",
    r"\b(?:love|great|nice|good) (?:to see )?how (?:accurate|quick|fast|helpful|easy|reliable)",
    r"\bvery (?:instant|helpful|useful|reassuring|professional)\.", r"\byeah,? right\b", r"\bsure,? because\b",
    r"\bwhat (?:great|excellent|wonderful|amazing|fantastic) (?:service|support|customer service)\b",
    r"\bimpressive\.", r"\breally (?:top|great|quality) (?:quality )?(?:work|job|service)\b",
    r"[\"'‘“](?:help|support|priority|priority support|instant|express|guaranteed|premium|customer (?:service|care)|service|scheduled maintenance|next[- ]day|quick|fast|solution|fix|answer|care)[\"'’”]",
]

# Marks of a calm problem report: reproduction steps, versions, polite open questions, no hurry.
CALM_REPORT = [
    r"\bsteps(?: to reproduce)?:", r"^\s*\d+[.)] ", r"\bexpected(?: result| behaviou?r)?:", r"\bversion\b", r"\bv?\d+\.\d+(?:\.\d+)?\b",
    r"\b(?:chrome|firefox|safari|edge|android|ios|macos|windows|linux|ubuntu)\b", r"\berror code\b", r"\bscreenshots? (?:attached|below)\b",
    r"\b(?:i'?ve|i have) attached\b", r"\b(?:could|can|would) (?:you|someone) (?:please )?(?:check|look|confirm|tell|explain|advise|send|unlock|update|run|change|add)\b",
    r"\bis (?:there|it) (?:a|any) (?:way|plan|limit|known)", r"\bis it possible\b", r"\bhow (?:do|can|long|would|should) (?:i|we)\b",
    r"\bany idea\b", r"\blet me know\b", r"\bwhen you (?:have|get) a (?:moment|chance|minute)\b", r"\bthanks in advance\b",
    r"\bno (?:rush|worries|hurry|problem)\b", r"\bnot (?:urgent|a big deal|a problem)\b", r"\bjust (?:wanted to|letting you know)\b",
    r"\bi was wondering\b", r"\bwhat (?:are|should|is) (?:the next steps|my options|i do)\b", r"\bwhat should i (?:try|do)\b",
    r"\bfeature request\b", r"\bsuggestion\b", r"\bit would be (?:great|nice|good)\b", r"\bwould it be possible\b",
    r"\bworks? fine\b", r"\bworks? (?:normally|as expected)\b", r"\bfor now\b", r"\bmay be on our side\b",
]

# (family, weight per match) of each phrase list; calm-report marks weigh nothing here, they are counted.
_FAMILIES = (
    ("profanity", -2.2, [PROFANITY_STRONG, PROFANITY_DOLLAR]),
    ("profanity", -1.2, [PROFANITY_MILD]),
    ("frustration", -2.4, [r"\b" + p for p in FRUSTRATION_STRONG] + [HASHTAGS]),
    ("frustration", -1.0, [r"\b" + p for p in FRUSTRATION_MILD]),
    ("sarcasm", -2.0, SARCASM),
    ("emoticon", -1.6, [SAD_EMOTICONS]),
    ("calm_report", 0.0, CALM_REPORT),
)
PHRASE_FAMILY = [family for family, _, patterns in _FAMILIES for _ in patterns]
PHRASE_WEIGHT = [weight for _, weight, patterns in _FAMILIES for _ in patterns]
# Affect phrases may overlap each other but not themselves; calm marks are a group of their own.
PHRASES = PhraseSet([p for _, _, patterns in _FAMILIES for p in patterns],
                    groups=["calm" if f == "calm_report" else "affect" for f in PHRASE_FAMILY], flags=re.MULTILINE)
