"""Phrases that show how a customer feels about a problem, beyond single words: complaint idioms, sarcasm,
profanity (masked or not), and the marks of a calm problem report.

All phrases are matched in one pass over lower-cased text (see matching.py). Weights are in VADER's
valence units (a strongly negative word is about -3).
"""

from __future__ import annotations

import re

from worker.detector.matching import PhraseSet

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
SAD_EMOTICONS = r"[:;=>](?<![\w:].)(?:(?<=[:;=])['’]?-?[(\[/\\|]|(?<=:)-?c\b|(?<=>):-?\()(?![\w)])|[😠😡🤬😤😞😒🙄😩😫👎💩]"
HASHTAGS = r"#(?:\w*fail\w*|neveragain|worst\w*|notimpressed|nothappy|disappointed|unacceptable|ridiculous|shame\w*)"

FRUSTRATION_MILD = [
    r"no one (?:has|is|will|ever|can|could|answer|repl|respond|call|got|get)\w*",
    r"nobody (?:has|is|will|ever|can|could|answer|repl|respond|call|got|get)\w*",
    r"not a single (?:reply|response|word|email|call|answer)", r"still (?:no|not|nothing|haven'?t|hasn'?t|can'?t|won'?t|doesn'?t|isn'?t|waiting|broken|wrong)",
    r"(?:keep|keeps|kept) (?:getting|being|having to|telling|sending|asking|promising|breaking|failing|crashing|dropping)",
    r"every (?:single )?(?:time|day|evening|night|week)", r"nothing (?:works|has (?:been done|happened|changed))",
    r"(?:on hold|holding) for", r"hung up on", r"no (?:response|reply|answer|help|update|explanation|information|info|apology|compensation|resolution)",
    r"(?:for|over|after|almost|nearly|more than) (?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|several|many) (?:\w+ )?(?:hours|days|weeks|months)",
    r"(?:hours|days|weeks|months) (?:later|now|and still)", r"i expect (?:a|an|my|this|it|to)", r"i want (?:a|an|my|this|it)\b", r"no excuses",
    r"(?:why|how come) (?:is|are|does|do|did|can'?t|won'?t|isn'?t|aren'?t|doesn'?t|don'?t|hasn'?t|haven'?t|wasn'?t|would|should|is there|has nobody|has no one)\b[^.?!\n]*\?",
    r"what'?s the point", r"(?:is|does) anyone (?:actually|even|ever)", r"(?:you|they) (?:never|always) ",
    r"(?:don'?t|doesn'?t|didn'?t) (?:even|care)", r"(?:i|we)'?(?:ve| have) been (?:waiting|trying|chasing|calling|emailing|sitting|stuck|on hold)",
    r"of all (?:time|the)", r"i'?m (?:starting to|beginning to) (?:worry|lose|think)", r"real problems?",
    r"lost (?:my|our) (?:bag|luggage|luggages|bags|parcel|package|order|money)", r"customer (?:service|care|support) (?:is|was|has been) (?:\w+ )?(?:bad|poor|terrible|awful|horrible|non-?existent)",
]

# Grievance: the customer's own loss or inconvenience, blame aimed at the company, rhetorical questions. A calm
# report describes a system's state; a grievance says what the company's failure did to the writer.
_N = r"(?:\d+(?:\.\d+)?\+?|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|many|multiple|few|couple of)"
_TIME = r"(?:hours?|hrs?|hr|h|minutes|mins?|days?|nights?|weeks?|months?)"
_EVENT = (r"(?:delayed|cancell?ed|cancel|lost|missed|misplaced|damaged|broken|stuck|late|overbooked|oversold|diverted|"
          r"rebooked|denied|refused|stranded|left|gone|missing|ruined|wrong|destroyed|bumped|downgraded|charged|overcharged)")
_OURS = (r"(?:flight|flights|connection|connecting flight|bag|bags|luggage|suitcase|baggage|order|parcel|package|"
         r"delivery|refund|trip|reservation|booking|seat|seats|money|ticket|tickets|vacation|holiday|day|weekend|"
         r"plans|meeting|time|kids?|family|car seat|stroller|account|payment|card|points|miles|upgrade)")
GRIEVANCE = [
    # what happened to me / mine
    rf"(?:my|our) (?:\w+ )?{_OURS} (?:\w+ )?(?:was|is|got|has been|have been|were|are|just got|just been|keeps? getting|still)? ?(?:being |now |again |just )?{_EVENT}",
    r"(?:i|we) (?:was|were|got|get|have been|'ve been|am|'m|are|'re|just got) (?:now |just |still |then )?(?:delayed|stranded|stuck|bumped|left|downgraded|denied|forced|kicked|dumped|abandoned)\b",
    r"(?:i|we)(?:'ve| have)? been (?:waiting|sitting|stuck|on hold|trying|calling|standing|stranded)\b", r"(?:i|we)(?:'m| am|'re| are) (?:still |now )?(?:stuck|stranded|waiting|sitting|on hold|trapped)\b",
    r"(?:missed|miss|missing|will miss|going to miss|gonna miss|made me miss|make me miss|cost me) (?:my|our|the|a|an) (?:\w+ )?(?:connection|connecting|flight|meeting|wedding|event|appointment|deadline|funeral|interview|game|party|class|shift|day|night|birthday|holiday|vacation|trip|sale|launch)",
    rf"{_N} ?{_TIME} (?:late|delay|delayed|behind|wait|waiting|of waiting|on hold|on the (?:phone|tarmac|plane|runway)|in (?:line|a queue|the queue)|sitting|stuck|and counting|and still|later)",
    rf"(?:waiting|waited|wait|sat|sitting|stuck|on hold|held|delayed|stranded|queued|queuing|hold time (?:of|is)) (?:here |there |now |again )?(?:for |over |almost |nearly |more than |about |another )*{_N} ?{_TIME}",
    r"(?:been )?on hold\b", r"(?:stuck|stranded|trapped|sitting) (?:in|at|on) (?:the |an? )?(?:\w+ )?(?:airport|gate|tarmac|plane|runway|terminal|hotel|line|queue|phone|hold|loop)",
    r"(?:can'?t|cannot|couldn'?t|unable to|impossible to) (?:get|reach|speak to|talk to) (?:through|anyone|anybody|a (?:human|person|real person|live person|rep|representative|agent)|ahold|a hold|hold of)",
    r"(?:nobody|no one|no-one) (?:\w+ )?(?:answers|answered|answering|picks? up|picked up|picking up|helps?|helped|helping|knows|knew|cares|there|at the|to help|came|showed|responds|responded|responding|called|calls|will help|wants)",
    r"(?:never|still haven'?t|still hasn'?t|still didn'?t) (?:\w+ )?(?:received|got|gotten|arrived|showed up|came|called back|heard back|got back|responded|answered|delivered|refunded|honou?red)",
    r"(?:yet another|once again|again\?|again!|again\.\.|still not|still no|still nothing|still waiting|still stuck|still haven'?t|still hasn'?t|still can'?t|still don'?t)",
    r"(?:lost|ruined|wasted|destroyed|broke|damaged|cost) (?:my|our|us|me) ",
    r"(?:now )?(?:i|we) (?:have|had|need|needed) to (?:pay|buy|spend|wait|drive|rent|find|sleep|stay|rebook|call|go|take)",
    r"(?:forced|made) (?:me|us) (?:to )?(?:pay|wait|buy|check|sleep|stay|miss|take|sit|leave|gate check|rebook)",
    r"no (?:one|body) (?:to|at)", r"(?:no|zero|little) (?:info|information|communication|updates?|explanation|options?|compensation|help|assistance|apology|notice|warning)\b",
    # blame aimed at the company
    r"(?:you|u|you guys|you people|you all|y'?all|they) (?:just |really |have |'ve |had |also |then |completely |totally )?(?:cancell?ed|lost|broke|damaged|delayed|ruined|stranded|left|ignored|refused|denied|messed|screwed|failed|forgot|lied|overbooked|oversold|bumped|charged|overcharged|kept|changed|moved|hung up|put me|sent me|misplaced)\b",
    r"(?:your|ur) (?:\w+ )?(?:agents?|staff|crew|employees?|people|reps?|representatives?|gate agents?|pilots?|attendants?|customer (?:service|care|support)|phone (?:lines?|system)|hold times?|policy|policies|incompetence|fault|mistake|error|system|systems|website|site|app) (?:\w+ )?(?:is|are|was|were|has|have|won'?t|can'?t|couldn'?t|didn'?t|don'?t|doesn'?t|refused|told|said|keeps?|hung|lost|broke|sucks?|fail\w*)",
    r"(?:your|ur) (?:fault|mistake|error|incompetence|problem|screw ?up)",
    # rhetorical questions and exasperation markers
    r"why (?:is|are|does|do|did|can'?t|won'?t|isn'?t|aren'?t|doesn'?t|don'?t|didn'?t|hasn'?t|haven'?t|wasn'?t|would|should|has|have|must|am i|the hell|on earth|in the world)\b",
    r"how (?:is|are|can|could|does|do|did) (?:this|that|it|you|a company|an airline|anyone|they)\b[^.?!\n]{0,40}\?", r"really\?", r"seriously\b", r"are you serious",
    r"what (?:is|was) (?:going on|the point|happening)\b", r"what (?:the (?:hell|heck|f)|is wrong with|happened to)\b",
    r"(?<!thank you )(?<!thanks )so much for\b(?! (?:your|the|all|sorting|fixing|helping|getting|looking))", r"(?:ugh+|argh+|grr+|smh|sigh|wtf|omg|ffs|meh|boo+)\b",
    r"(?:not|never) (?:even )?(?:a|one|any) (?:single )?(?:apology|sorry|word|update|call|email|response|explanation)",
    r"(?:worst|terrible|horrible|awful|poor|bad|lousy|pathetic|ridiculous|unacceptable|disappointing) (?:\w+ )?(?:service|experience|airline|company|customer service|communication|handling|treatment|support)",
    r"(?:bad|poor|terrible|awful|worst|horrible|lousy) (?:\w+ )?(?:service|experience|flight|trip|day|weekend|handling)",
    # a bad state that goes on, and time spent by the customer
    r"still (?:\w+ing|here|there|at the|on the|in the|no\b|not\b|nothing|nowhere)", r"gave up\b", r"(?:i'?m|i am|we'?re|we are|was|were) supposed to",
    r"(?:over|almost|nearly|more than) (?:an|one|two|three|\d+) (?:\w+ )?(?:hours?|hrs?)", r"(?<!à )(?<!a )(?<!vers )(?<!avant )(?<!après )(?<!dès )(?<!entre )(?<!et )(?<!de )(?<!jusqu'à )(?<!bis )(?<!um )(?<!ab )(?<!las )(?<!until )(?<!till )(?<!at )(?<!\d)\d+\+? ?(?:hours?|hrs?|hr|h)\b(?! (?:ago|a day|support|service|before))",
    # what the company should do: an accusation in the imperative
    r"(?:you|u|you guys|y'?all) (?:really |seriously |clearly )?(?:need|needs|should|could|must|have|ought) (?:to )?(?:\w+ )?(?:learn|try|work|fix|do better|get your|hire|train|answer|pick up|be honest|stop|start|figure|communicate|apologi[sz]e|own|step up|invest|reimburse|compensate|refund)",
    r"(?:do|try) (?:the right thing|better|harder)", r"(?:pick|picking) up the (?:phone|damn phone)", r"answer (?:the|your) (?:phone|phones|calls)",
    r"how about (?:you|u)\b", r"when will (?:you|u)", r"what will (?:change|you do)", r"would have been (?:nice|great|good|helpful)", r"(?:wasn'?t|weren'?t|not) (?:even )?(?:offered|told|informed|notified|given|allowed)",
    r"(?:could|can|will|would) (?:someone|somebody|anyone|you) (?:please )?actually\b", r"read (?:what i|my (?:original |previous |last )?(?:message|email|ticket))",
    r"(?:n'?t|not) \w+(?: \w+){0,4} at all\b", r"(?:you|they) (?:don'?t|do not|doesn'?t) (?:seem|appear) (?:to be )?(?:able|to (?:care|understand|know|read|listen))",
    r"costing (?:us|me) ", r"(?:lost|wasted|took|taken|losing) (?:a|an|the|my|our|half a|half the) (?:whole |full |entire )?(?:day|morning|afternoon|evening|week|weekend)(?:'s| off)?\b",
    r"(?:stayed|waited|sat|stuck) (?:in|at home|home|around) (?:all|the whole|the entire) (?:day|morning|afternoon|evening|week)", r"(?:been|left|am|are|is|was|were) without (?:a |any |my |our )?(?:working )?\w+",
    r"ended up (?:paying|having to|waiting|missing|sleeping|buying|spending|losing|driving|stuck)", r"(?:nobody|no one|no-one) (?:\w+ )?(?:turned up|showed up|bothered|got back)", r"(?:can'?t|couldn'?t|didn'?t|won'?t|wouldn'?t) even\b", r"(?:for|over|almost|nearly|more than) (?:an|one|a full|a whole) (?:hour|day)\b",
    r"(?:flight|flights|bag|bags|luggage|baggage|suitcase|connection|trip|reservation|booking|order|parcel|package|delivery|seat)(?: \w+){0,3} (?:was|were|got|has been|have been|is|are|being|had been|had) (?:been |now |just |also |then |already )?(?:delayed|cancell?ed|lost|misplaced|damaged|broken|overbooked|oversold|diverted|missing|left behind|bumped)",
    # terse complaint situations: a phone line that drops the caller, waiting that goes on, nobody there, nothing done
    r"(?:hung up|hangs? up on|hanging up on)", r"(?:call|line|phone|i|we|got|get|getting|been|was|keeps?) (?:\w+ )?disconnected",
    r"(?:hold|wait|delay|line|queue) (?:\w+ )?and counting", r"\d+ ?(?:min|mins|minutes?|hours?|hrs?|hr) (?:hold|phone hold|wait|queue|line)\b",
    r"(?:been |tried |trying |waiting |calling )(?:\w+ ){0,3}(?:for (?:hours|days|weeks|months|ages|the (?:past|last) \w+ (?:hours|days|weeks))|since (?:yesterday|last|this morning|breakfast|\d))",
    r"(?:way |far |much )?too (?:long|often)\b", r"how (?:much longer|many (?:more )?times)\b",
    r"(?:dropped|dropping|drop|drops) the ball", r"too little,? too late", r"(?:cop out|bush league|comedy of errors)", r"no excuse\b",
    r"(?:can'?t|couldn'?t|won'?t|wouldn'?t|didn'?t|don'?t|not|aren'?t) (?:doing |do |done )(?:anything|a thing|a damn thing|nothing)", r"nothing (?:they|you|he|she|anyone) (?:can|could) do",
    r"(?:lied|lying|lie) (?:to|about)\b", r"(?:they|you|agents?|staff|nobody|no one|nobody here) (?:\w+ )?(?:have|has|had) (?:no|zero) (?:idea|clue)",
    r"where (?:is|are|was|were|the heck are|the hell are|the heck is|the hell is) (?:our|my|the) (?:pilot|crew|captain|bags?|luggage|baggage|plane|gate agent|agents?|staff)\b",
    r"(?:only|just) (?:\d+|one|two|three) (?:\w+ )?(?:agents?|people|persons?|staff|employees?|reps?|attendants?|counters?) (?:working|at|on|for|helping|to)\b",
    r"(?:never|not|won'?t|will not) (?:\w+ ){0,2}(?:fly|flying|book|booking|use|choose) (?:@?\w+ ){0,3}(?:again|anymore)\b",
    r"(?:did it|at it|happening|happened|delayed|late|cancell?ed|lost|stuck) again\b",
    r"(?:2nd|3rd|4th|5th|second|third|fourth|fifth) (?:\w+ ){0,2}(?:late|delay\w*|cancel\w*|incident|plane of|issue|problem)\b", r"(?:not|wouldn'?t be|isn'?t) the first time\b",
    r"(?:reason for (?:the|this|our|my) (?:delay|cancell?ation|wait)|what'?s the hold ?up|real (?:reason|deal))\b", r"(?:back|returned|return) to the gate\b",
    r"waited (?:\w+ )?long enough\b", r"not (?:\w+ )?(?:fair|worth (?:it|the)|cool)\b",
    r"need (?:my|our|it|them|this) (?:\w+ )?(?:before|by|today|tonight|tomorrow|asap)\b", r"(?:keeps|kept|keep) (?:on )?happening", r"(?:days?|weeks?|months?|times?|nights?) in a row", r"(?:i|we) (?:paid|spent|pay) (?:\$|£|€|\d|you|for|good money|extra)", r"(?:no|not|never) (?:refund|voucher|compensation|hotel|food|meal|water|wifi|wi-fi|crew|gate|pilot|agents?|staff|seats?|room|power|bags?|luggage|baggage|tag|offers?|vouchers?|catering|outlets?|wheelchairs?|call ?back|callback|contact|answers?|luck|avail|recourse|notification|word on|sign of|gate (?:agent|attendant)|one (?:came|called|answered|showed))\b",
]
# Hashtags built from negative parts ("#NoFunAtAll", "#badbusiness", "#wantmymoneyback"): a complaint in one word.
HASHTAG_NEGATIVE = (r"#\w*(?:not|never|tired|nofun|noth|fail|suck|bad|worst|disgrunt|miss|lost|stuck|delay|cancel|angry|"
                    r"why|howis|poor|ruin|broke|fix|fml|cluster|mess|joke|shame|sad|hate|unfriend|want\w*back|money|"
                    r"fault|frustrat|annoy|disappoint|terribl|horribl|awful|ugh|smh|wtf|rude|unaccept|ridicul|nightmare|stranded|"
                    r"overbook|neveragain|epic|rip|help)\w*")


# Sarcasm: praise for a bad situation. Matched phrases invert the praise around them.
SARCASM = [
    r"\b(?:great|perfect|wonderful|brilliant|fantastic|lovely|awesome|super|marvellous|marvelous)[,.!]+\s*(?:just|really|absolutely|simply)\s+(?:great|perfect|wonderful|brilliant|fantastic|lovely|awesome)\b",
    r"\bthanks? (?:you )?(?:a lot |so much |very much )?for (?:nothing|ruining|cancell?ing|wasting|losing|ignoring|breaking|making me|charging|leaving|the standard|the generic|the canned|the copy)",
    r"\boh (?:great|wonderful|perfect|joy|brilliant|fantastic|good|lovely|wow|how nice|goody|super)\b",
    r"\b(?:just |really |absolutely |i |gotta |got to )love (?:waiting|being|getting|having|paying|spending|sitting)",
    r"\b(?:so|really|very) (?:glad|happy) (?:i|we) (?:paid|chose|picked|bought|signed up|upgraded|went with)",
    r"\b(?:great|fantastic|amazing|excellent|stellar|wonderful|top|brilliant|superb|outstanding|awesome|impressive|fabulous) (?:customer )?(?:service|support|care|job|work|communication)\b[^.!?\n]{0,20}\b(?:as (?:always|usual)|again)",
    r"\bslow clap\b",
    r"\bi'?m sure (?:my|your|our|the) \w+ (?:is|are) (?:very )?(?:important|valued)",

    r"\byeah,? right\b", r"\bsure,? because\b",
    r"\bwhat (?:great|excellent|wonderful|amazing|fantastic) (?:service|support|customer service)\b",

    r"[\"'‘“](?:help|support|priority|priority support|instant|express|guaranteed|premium|customer (?:service|care)|service|scheduled maintenance|next[- ]day|quick|fast|solution|fix|answer|care)[\"'’”]",
]

# Let-down statements: a service that did not do what it should, what the customer was told, what they tried.
# Weaker than a grievance; in a calm report the report's own marks outweigh them.
LETDOWN = [
    r"(?:can'?t|cannot|couldn'?t|won'?t|wouldn'?t|doesn'?t|didn'?t|isn'?t|wasn'?t|aren'?t|weren'?t|not) (?:even |be |been |being |able to |get |getting |seem to |let me |allow me to )?"
    r"(?:work|working|worked|let|allow|load|help|helping|helpful|answer|answering|respond|responding|call|calling|get through|find|receive|received|accept|show|arrive|arrived|board|book|rebook|"
    r"reach|make it|honou?r|refund|fix|fixed|care|available|open|there|on time|ready|enough|possible|an option|told|informed|notified|offered|given|allowed|listening|explain|explained)\b",
    r"(?:was|were|been|being|get|got) told\b", r"told (?:me|us)\b", r"(?:they|she|he|agent|rep|staff|website|app|system) (?:said|says|claimed|claims|told)\b",
    r"(?:should|shouldn'?t|would|could) (?:have|'ve|of) (?:been|had|told|let|called|offered|known|given|waited|done)", r"shouldn'?t (?:have to|be)", r"should be (?:able|ashamed|on|here|fixed)",
    r"(?:trying|tried|try|attempting|attempted|been trying) (?:\w+ )?to (?:call|reach|get|rebook|book|change|contact|check in|speak|talk|find|use|log|cancel)",
    r"(?:your|the|other|treat(?:ing)?|about (?:your|its)) customers\b", r"\d+ ?(?:min|mins|minutes)\b(?! (?:ago|before|early))", r"(?:any|no) (?:\w+ )?(?:longer|more)\b",
    r"(?:the|your|this) (?:whole )?(?:system|process|policy|phone line|hold music)\b(?= (?:is|was|has|keeps|won'?t|doesn'?t|can'?t))", r"half (?:an hour|the|a day|my)",
    r"(?:hotel|voucher|meal)s? (?:\w+ )?(?:because|since|after|due)", r"why\b(?=[^.!\n]{0,80}\?)",
]

# Praise that is sarcasm only in a message that also complains ("Kudos. Three hours on the tarmac."); in a message
# without complaint it is praise, and the word valences count it as such.
PRAISE_MARKERS = [
    r"\bas (?:always|usual)[,:]", r"\b(?:well|nice|good|great) (?:done|job|work)\b", r"\bbravo\b", r"\bkudos\b", r"\bway to go\b",
    r"\b(?:exactly|just) what (?:i|we) (?:needed|wanted)", r"\b(?:really|just|absolutely|so|totally) (?:loving|enjoying) \w+ing\b", r"\bimpressive\.", r"\breally (?:top|great|quality) (?:quality )?(?:work|job|service)\b",
    r"\bvery (?:instant|helpful|useful|reassuring|professional)\.", r"\b(?:i |just |gotta )?love (?:how|it when|that)\b",
    r"\b(?:love|great|nice|good) (?:to see )?how (?:accurate|quick|fast|helpful|easy|reliable)", r"\bwhat a way\b", r"\bi feel (?:so )?safe\b",
    r"\b(?:good|best of) luck with\b", r"\bthanks (?:a lot|so much|again)\b(?! for (?:your|the|all|sorting|fixing|helping|getting|looking))",
]

# Marks of a calm problem report: reproduction steps, versions, polite open questions, no hurry.
CALM_REPORT = [
    r"\bsteps(?: to reproduce)?:", r"(?<![^\n])[ \t]*\d{1,2}[.)] ", r"\bexpected(?: result| behaviou?r)?:", r"\bversion\b", r"\bv?\d+\.\d+(?:\.\d+)?\b",
    r"\b(?:chrome|firefox|safari|edge|android|ios|macos|windows|linux|ubuntu)\b", r"\berror code\b", r"\bscreenshots? (?:attached|below)\b",
    r"\b(?:i'?ve|i have) attached\b", r"\b(?:could|can|would) (?:you|someone) (?:please )?(?:check|look|confirm|tell|explain|advise|send|unlock|update|run|change|add)\b",
    r"\bis (?:there|it) (?:a|any) (?:way|plan|limit|known)", r"\bis it possible\b", r"\bhow (?:do|can|long|would|should) (?:i|we)\b", r"\bhow long (?:does|will|would|should) (?:it|this|that) (?:\w+ )?take\b",
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
    ("frustration", -1.3, [r"\b" + p for p in FRUSTRATION_MILD]),
    ("sarcasm", -2.0, SARCASM),
    ("praise_marker", -2.0, PRAISE_MARKERS),
    ("letdown", -0.9, [r"\b" + p for p in LETDOWN]),
    ("grievance", -1.3, [r"\b" + p for p in GRIEVANCE] + [HASHTAG_NEGATIVE]),
    ("emoticon", -1.6, [SAD_EMOTICONS]),
    ("calm_report", 0.0, CALM_REPORT),
)
PHRASE_FAMILY = [family for family, _, patterns in _FAMILIES for _ in patterns]
PHRASE_WEIGHT = [weight for _, weight, patterns in _FAMILIES for _ in patterns]
# Affect phrases may overlap each other but not themselves; calm marks are a group of their own.
PHRASES = PhraseSet([p for _, _, patterns in _FAMILIES for p in patterns],
                    groups=["calm" if f == "calm_report" else "affect" for f in PHRASE_FAMILY], flags=re.MULTILINE)
