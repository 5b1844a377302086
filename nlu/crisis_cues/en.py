"""Crisis words in English (en): for each flag, the patterns `nlu.crisis_languages`
looks for in a text lower-cased, without accents and composed again (NFC); `NOT_BEFORE`, the
denials that take a cue back when they come just before it."""

from __future__ import annotations

from typing import Final

from nlu.crisis_cues.fil import OVER as _TAGLISH_OVER
from nlu.crisis_cues.shapes import all_of

# A child: 「my son」「the baby」「my 4yo」「her 7 year old」.
_KIN: Final = (
    r"(child|children|kids?|sons?|daughters?|bab(y|ies)|toddlers?|infants?|newborns?|boy|girl|"
    r"grand(child|children|son|daughter|kids?)|step(son|daughter|kids?)|niece|nephew|little (one|"
    r"brother|sister)|([1-9]|1[0-7]) ?(yo|y/o|years? old|yrs? old)|\d+ ?months? old)"
)
# Words a person says when they are going, about to end it.
_ENDING: Final = (
    r"(jump\w*|goodbye|bye|last (time|message|text)|end (it|this|everything)|can'?t (do this|"
    r"take (it|this)|go on)|anymore|forgive me|let go|one step|step off|over the edge|looking down|"
    r"never see|tell (my|them|mom|mum|dad)|sorry for everything|love you all|no way out|better off|"
    r"want (it|this|everything|it all) (all )?to (end|stop)|tired of (everything|it all|life))"
)
# A place to fall from, or a train to step in front of.
_HIGH_PLACE: Final = (
    r"(roof|rooftop|bridge|platform|ledge|edge|cliff|railing|balcony|veranda|tracks|top floor)"
)
# Someone who does not answer any more (after a goodbye).
_UNREACHABLE: Final = (
    r"(not (answering|picking up|replying|responding)|isn'?t (answering|picking up|replying|"
    r"responding)|won'?t (answer|pick up|reply|respond)|doesn'?t (answer|pick up|reply)|"
    r"hasn'?t (answered|replied|responded|picked up)|(phone|line|cell)('s| is)? (off|dead|"
    r"switched off|turned off)|can'?t (reach|contact|get (hold of|through to)) (him|her|them)|"
    r"no (answer|reply|response)|unreachable)"
)
_GOODBYE: Final = (
    r"(goodbye|good-bye|farewell|sorry for everything|forgive me|(last|final) (message|text)|"
    r"suicide note|(left|wrote) (a|me a|us a) note|love you all|thank(s| you) for everything|"
    r"this is the end)"
)
# A figure of speech after 「kill me」: 「my boss will kill me if I'm late」.
_JOKING_KILL: Final = (
    r"(?! (if|when|cuz|cause|because|'?cos) [^.!?\n]{0,30}\b(late|finds? out|found out|sees? |"
    r"forget|forgot|mess(ed)? up|grades?|tests?|exam|scores?|spent|broke|lose|lost|miss|deadline|"
    r"report|homework|fail)| for (being late|this|that|forgetting))"
)
# Who waits or follows with menace: 「some men」「the loan sharks」「my ex」.
_WHO_MENACING: Final = (
    r"(someone|somebody|a (man|guy|stranger)|some (men|guys|people)|men|guys|strangers|my ex|"
    r"his (friends|guys|men)|the (man|guy|men|guys|collectors?|loan sharks?|yakuza)|"
    r"debt collectors?|loan sharks?|yakuza)"
)
# Next door, upstairs, the flat below.
_NEAR: Final = (
    r"(next door|neighbou?rs?'?s?|upstairs|downstairs|the (room|unit|apartment|flat|"
    r"house) (next (door|to (ours|mine|me))|above|below|across))"
)
# A line of noise complaint, not of danger: 「so noisy every night」.
_NOT_NOISE: Final = (
    r"(?m)^(?![^\n]*\b(nois\w*|loud(ly)?|every (night|day|evening|weekend)|each night|all the time|"
    r"can'?t sleep|complain\w*|part(y|ies)|music|games?|tv|playing)\b)[^\n]*?"
)
# What a child may swallow that needs 119 at once.
_HARMFUL: Final = (
    r"(button batter(y|ies)|batter(y|ies)|coins?|magnets?|bleach|detergent|(laundry|detergent|tide|"
    r"dishwasher) (pods?|capsules?|tablets?|gel)|cleaners?|cleaning (fluid|liquid|products?|spray)|"
    r"toilet cleaner|(kitchen )?haiter|cigarettes?|cigarette butts?|tobacco|nicotine|poison\w*|"
    r"rat poison|insecticide|pesticide|weed ?killer|chemicals?|kerosene|lamp oil|antifreeze|"
    r"paint thinner|nail polish remover|moth ?balls?|fabric softener|lighter fluid)"
)
_MEDS: Final = (
    r"((my|mom'?s|mum'?s|dad'?s|grandma'?s|grandpa'?s|grandmother'?s|grandfather'?s|the whole|"
    r"all (the|my|of)|a (bunch|handful|lot|few|bottle|pack|sheet) of|some of (my|her|his|the|"
    r"grandma'?s|grandpa'?s)|adult|too many|\d{2,}) (pills|tablets|meds|medicine|medication|"
    r"sleeping pills|painkillers|vitamins|iron (pills|tablets)))"
)
_SWALLOWED: Final = (
    r"(swallow(ed|s|ing)?|drank|drunk|drinking|ate|eaten|eating|ingested|chewed|chewing|licked)"
)
_CHEST: Final = (
    r"(chest (pains?|hurts?|hurting|is (hurting|tight|heavy|crushing|pounding)|tight\w*|pressure|"
    r"feels (tight|heavy|crushed))|pain in (his|her|my|the|their) chest|crushing pain)"
)
_BREATH: Final = (
    r"(short(ness)? of breath|(can'?t|can ?not) (breathe|catch (his|her|my|their) breath)|"
    r"hard to breathe|struggling to breathe|trouble breathing|difficulty breathing|breathless|"
    r"out of breath|gasping|cold sweat\w*|sweating|sweaty|clammy|pale|dizzy|faint\w*|"
    r"pain (in|down) (his|her|my|their) (left )?(arm|jaw)|(left )?(arm|jaw) (hurts|pain)|"
    r"throw\w* up|threw up|vomit\w*|nause\w*)"
)
# A chest pain of long standing is for a clinic: 「sometimes」「for months」「check-up」.
_NOT_CHRONIC: Final = (
    r"(?m)^(?![^\n]*\b(sometimes|for (weeks|months|years)|every (day|morning|night)|check-?ups?|"
    r"appointment|referral|clinic)\b)[^\n]*?"
)
_CONFUSED: Final = (
    r"(confused|confusion|disoriented|not making (any )?sense|talking nonsense|doesn'?t (know|"
    r"recogni[sz]e) (me|us|where)|incoherent|out of it|acting (strange|weird|drunk))"
)
_SUGAR: Final = (
    r"(sweat\w*|clammy|shaky|shaking|trembl\w*|diabet\w*|insulin|blood sugar|glucose|"
    r"sugar (is )?(low|high))"
)

CUES: Final[dict[str, tuple[str, ...]]] = {
    "suicide": (
        r"\b(took|taken|swallowed) (all|a lot|a bunch|too many|the whole (bottle|box|"
        r"pack)) (of )?(my )?(pills|tablets|meds|medicine|medication|sleeping pills)\b",
        # 「took like 30 pills」「swallowed a handful of sleeping pills」
        r"\b(took|taken|swallowed|downed|ate|popped) (like |about |around |over |maybe )?(\d{2,}|"
        r"twenty|thirty|forty|fifty|a handful of|handfuls of|the whole (bottle|box|pack|sheet) of|"
        r"a whole (bottle|box|pack) of|everything in)\b[^.!?\n]{0,25}\b(pills|tablets|meds|"
        r"medicine|sleeping pills|painkillers|paracetamol|tylenol)\b",
        r"\boverdos(e|ed|ing) on\b|\b(i|i've|i have|just) overdosed\b",
        r"\bcut(ting)? my (wrists?|arms?)\b",
        r"\bi cut myself (again|on purpose)\b|\b(i'?m|i am|been|keep) cutting myself\b",
        # self-harm said in passing: 「cutting again」「been cutting since may」
        r"\b(i'?m|i am|i was|been|started|start|back to|went back to|relapsed( and started)?|keep|"
        r"kept|began) (cutting|self[- ]?harming)( myself)?\b(?=\s*(again|$|[.!?,;]|and\b|but\b|"
        r"since\b|for\b|every\b|lately\b|at night\b|tonight\b|last night\b))",
        r"(^|[.!?\n] ?)(cutting|self[- ]?harming)( myself)? again\b",
        r"\bself[- ]?harm(ed|ing)? again\b|\bi cut (myself )?again\b",
        r"\b(going to|gonna|will|want to) jump (off|from) (a|the|this) (bridge|building|roof|cliff|"
        r"platform)\b",
        # 「jump off the 10th floor」「throw myself in front of a train」
        r"\b(jump|jumping|throw myself|throwing myself|leap|leaping) (off|from|in front of|"
        r"onto) (the |a |this |my |our |an )?([\w-]+ )?(bridge|building|roof|rooftop|cliff|"
        r"platform|balcony|window|tower|train|tracks|station|danchi|mansion|apartment|veranda|"
        r"floor)\b",
        r"\b(jump|step|walk|throw myself|lie down|lay down)( out)? (in front of|under|onto) (a|the|"
        r"an oncoming) (train|truck|tracks|bus)\b",
        r"\b(have|got|bought) (a|the) rope\b",
        r"\b(bought|buying|got|has|have|had|hid|hiding|found|tied|tying|made|making)( a| the|"
        r" some)? (rope|noose)\b|\bnoose\b",
        r"\b(charcoal|briquettes?|burner)\b[^\n]{0,60}\b(tape|taped|taping|seal(ed|ing)?)\b",
        r"\b(want|wanna|wants?) (2|to) die\b|\biwant(to|2)die\b",
        r"\bkill(ing)? myself\b",
        r"\b(want to|wanna|going to|gonna|will|i'?ll|urges? to|keep|kept|been|started|i'?m|i am|"
        r"thinking (of|about)|might) (hurt(ing)?|harm(ing)?) myself\b",
        r"\bhurt(ing)? myself (again|on purpose)\b",
        # someone else: 「he says he'll kill himself」「she's talking about ending her life」
        r"\b(kill(ed|ing|s)?|hang(ed|ing|s)?|harm(ed|ing|s)?) (him|her|them)sel(f|ves)\b",
        r"\b(end|ending|take|taking|took) (his|her|their) (own )?life\b",
        r"\btalk(s|ed|ing)? about (dying|killing (him|her|them)self|ending (it|his life|her life|"
        r"their life)|suicide)\b",
        r"\bend(ing)? (my (own )?life|it all)\b",
        r"\btake my (own )?life\b",
        r"\bsuicid(e|al)\b",
        r"\b(want(ed)?|wanna|going) (to )?die\b(?! (of|from) (embarrassment|shame|boredom|laughter|"
        r"laughing|cringe|hunger|the heat|heat|excitement|happiness|jealousy|curiosity|cuteness)|"
        r" laughing)",
        r"\b(don'?t|do not) want to (live|be alive|wake up|exist|go on living)\b",
        r"\bbetter off dead\b",
        r"\bno reason (for me )?to (live|go on)\b",
        r"\bhang myself\b",
        # the others' lives without one: 「they'd all be happier without me」
        r"\b(would|'d|will|are|be|is) (all )?(be )?(so much |much |a lot |way )?(better|happier|"
        r"easier)( off)? without me\b",
        r"\b(family|everyone|everybody|kids|children|wife|husband|parents|world|"
        r"all)\b[^.!?\n]{0,25}\b(better|happier|easier)( off)? without (him|her)\b",
        r"\b(said|says|saying|thinks|told (me|us|mom|my mom|my mum))\b[^.!?\n]{0,30}\b(better|"
        r"happier)( off)? without (him|her)\b",
        r"\b(better|happier|easier)( off)? (if|when) i('?m| am| was| were| wasn'?t|"
        r" weren'?t)( not)? (around|here|gone|dead|alive)( any ?more)?\b",
        # words of ending, and a goodbye (either order)
        r"\b(can'?t (keep going|go on|do this)|i'?m done|"
        r"no way out)\b[^\n]{0,60}\b(sorry (everyone|for everything)|goodbye|love you all|"
        r"forgive me|bye (everyone|all))\b",
        r"\b(sorry|forgive me)\b[^\n]{0,60}\blove you\b[^\n]{0,60}\b(goodbye|bye)\b",
        r"\blove you (all|guys|so much)\b[^\n]{0,60}\bsorry\b[^\n]{0,60}\b(goodbye|bye)\b",
        r"\b(pointless|no point|hopeless|what'?s the point|burden|can'?t (go on|do this|"
        r"take it))\b[^\n]{0,60}\b(sleep forever|never wake up|disappear forever)\b",
        r"\b(sleep forever|never wake up|disappear forever)\b[^\n]{0,60}\b(pointless|no point|"
        r"hopeless|what'?s the point|burden|can'?t (go on|do this|take it))\b",
        r"\b(burn(ing|ed|t)?) myself (with|on purpose|again)\b",
        r"\b(i'?m|i am) (going to|gonna|about to|ready to) jump\b(?! (on|in|into|at|ship|the queue|"
        r"rope|through|to|up|for|over|around|with|start))",
        r"\b(on|at|over) the (edge|ledge|railing|top|other side of the (railing|fence)) of (the |"
        r"a |this |my )?([\w-]+ )?(bridge|roof|rooftop|building|cliff|platform|balcony|tower)\b",
        # sleeping for good: 「I just want to go to sleep and not wake up」
        r"\b(sleep|fall asleep|close my eyes|go to sleep)( forever)? and (never|not) (wake|"
        r"waking)( up)?\b",
        r"\b(wish|hope|pray)( that)? i (never|don'?t|won'?t|wouldn'?t|didn'?t|do not|"
        r"will not) wake( up)?\b(?! (late|early|too|in time|on time|at|before|until|till|the|my|"
        r"him|her))",
        r"\bnever (to )?wake up again\b",
        r"\b(what'?s|whats|what is|wats) the (point|use) (of|in) (living|being alive|going on|life|"
        r"staying alive|existing|even living|me living)\b(?! insurance)",
        r"\bno (point|reason|use) (in |of )?(living|being alive|going on|staying alive|existing)\b",
        r"\b(tired|sick) of (living|being alive|existing)\b(?! (in|here|with|at|on|paycheck))",
        r"\b(don'?t|do not|can'?t|cannot) see (the|any) point (in|of) (living|being alive|going on|"
        r"life|staying alive)\b|\bsee no point (in|of) (living|being alive|going on)\b",
        r"\brelapsed( and)? (cut|cutting|self[- ]?harm\w*)\b|\bi cut (myself )?(last night|"
        r"yesterday|tonight)\b",
        r"\bthis is (goodbye|my goodbye)\b",
        r"\b(want to|wanna|going to|gonna|will|i'?ll|ready to|plan(ning)? to|"
        r"decided to) end it\b(?! (with|for))",
        r"\b(please|pls|plz) (take care of|look after|feed)\b[^.!?\n]{0,40}\b(after|when|"
        r"once) i'?m (gone|dead|not here)\b",
        r"\bdone (with )?(living|being alive)\b",
        r"\bwish (that )?i (was|were|had|'d|could be|could just be) (dead|never been born|not born|"
        r"gone for good|gone forever)\b",
        r"\b(no ?one|nobody) (would|will|'d)( even)? (miss me|notice (if|when) i'?m gone|"
        r"care if i (die|died|was gone|disappeared))",
        r"\b(can'?t|cannot) (go on|keep) living\b|\bunalive\b",
        # asking how: 「which floor is high enough」「how many of these pills would it take」
        r"\b(lethal|fatal|deadly|overdose) (dose|amount|dosage)\b",
        r"\bhow many (pills|tablets|sleeping pills|paracetamol|tylenol|panadol|aspirin|insulin|"
        r"of (these|my|the|her|his) (sleeping )?(pills|meds|tablets))\b[^.!?\n]{0,40}\b(die|dying|"
        r"kill|lethal|fatal|overdose|never wake|not wake|enough to)\b",
        r"\b((which|what) floor|how many floors)\b[^.!?\n]{0,30}\b(enough|die|survive|jump|fall)\b",
        r"\bhigh enough (to|so) (die|kill|not survive|that i (die|won'?t survive))\b",
        r"\bhow (high|far)\b[^.!?\n]{0,30}\b(to (die|not survive)|survive (a|the) (fall|jump)|"
        r"kill (you|me))\b",
        r"\b(painless|easiest|easy|quickest|quick|fastest|best|surest|sure) (way|ways|method|"
        r"methods) (to|of) (die|dying|kill (myself|yourself|oneself|me)|end (it|my life|your life|"
        r"things)|suicide|commit suicide|overdose|od|hang (myself|yourself))\b",
        r"\bhow (to|do i|can i|do you|would i|could i|should i|do people) (kill (myself|yourself)|"
        r"die|end (it all|my life)|commit suicide|hang (myself|yourself)|overdose)\b(?! (my|your|"
        r"her|the) (hair|clothes|shirt))",
        r"\bhow long (does it|would it|will it) take (to|for (me|someone|a person) to) (die|"
        r"bleed out|drown|suffocate)\b",
        # at a high place, with words of ending (either order)
        r"\b(i'?m|i am|im|standing|sitting|here|now|currently)\b[^.!?\n]{0,15}\b(on|at|by|near|"
        r"up on) (the |a |this |my )?([\w-]+ )?"
        + _HIGH_PLACE
        + r"\b(?=[^\n]{0,100}\b"
        + _ENDING
        + r"\b)",
        r"\b" + _ENDING + r"\b[^\n]{0,100}\b(i'?m|i am|im|standing|sitting)\b[^.!?\n]{0,15}\b(on|"
        r"at|by|near|up on) (the |a |this |my )?" + _HIGH_PLACE + r"\b",
        # a farewell: 「this is my last message」「by the time you read this」
        r"\b(this is|this will be|this'?ll be|here'?s|these are) (my )?(last|final) (message|text|"
        r"words|goodbye|post)\b",
        r"\b(goodbye|farewell|bye) (forever|world|cruel world|for good|for the last time)\b",
        r"\bby the time (you|anyone|someone|u) (read|reads|see|sees|find|finds) (this|my)\b",
        r"\b(sorry for everything|forgive me)\b[^\n]{0,80}\b(goodbye|farewell|bye|love you all|"
        r"take care of|won'?t be (here|around)|last)\b",
        r"\b(goodbye|farewell|love you all)\b[^\n]{0,80}\b(sorry for everything|forgive me)\b",
        r"\b(gave|given|giving|give) (away )?(all )?(my|of my|his|her|their) (things|stuff|"
        r"belongings|pets?|cat|dog)( away)?\b[^\n]{0,80}\b(won'?t need|goodbye|last|sorry for|"
        r"forgive|after i'?m gone|when i'?m gone)\b",
        # a goodbye sent, and no answer since (either order)
        r"\b" + _GOODBYE + r"\b[^\n]{0,120}\b" + _UNREACHABLE + r"\b",
        r"\b" + _UNREACHABLE + r"\b[^\n]{0,120}\b" + _GOODBYE + r"\b",
    ),
    "violence": (
        r"(?<!\bit )(?<!\bthat )(?<!\bwhat )\b(hits?|hitting|beats?|beating|kicks?|kicked|chokes?|"
        r"choked|punch(es|ed)?) me\b(?! (up|out|off|to it|at|why|how|what|where|who|when|in (chess|"
        r"the (game|race|exam|test|election|match)|a (game|race|match))))",
        r"(?<!\bit )\b(push(ed|es)?|shov(ed|es)|slap(ped|s)|strangl(ed|es|ing)|stab(bed|s)|"
        r"attack(ed|s)|pinned|slammed|dragged|throttl(ed|es|ing)) me\b(?! (to|too|for|hard(er)? to|"
        r"around|with|into \w+ing)\b)",
        r"\bgrab(bed|s)? me by (the|my)\b|\bthrew (a |the |his |her |my |their )?\w+( \w+)? at"
        r" me\b",
        r"\bthreaten(s|ed)? to kill\b",
        r"\bthreaten(s|ed|ing)? (me|us|her|him) with (a |his |her |the )?(knife|gun|bat|hammer|"
        r"weapon|blade)\b",
        r"\bthreaten(s|ed|ing)? (me |us )?(to |that (he|she|they)('d|'ll| would| will) )(hurt|beat|"
        r"stab|kill|rape|shoot|hit|strangle|burn (me|us|down|my|our|the)|break (my|our))\b",
        r"\b(going|wants?|tried) to kill (me|us)\b" + _JOKING_KILL,
        r"\b(said|says|told me|swore|swears|warned( me)?|texted|wrote)( that)? (he|she|they)('d|"
        r"'ll|'s| would| will| is| was| are| were)?( going to| gonna)? (kill|hurt|beat|stab|shoot|"
        r"strangle|burn|finish( off)?) (me|us|my (family|kids?|children|son|daughter|wife|husband|"
        r"mom|mum|mother|dad|father))\b" + _JOKING_KILL,
        # 「he'll break my legs if I don't pay」: not 「I'll break my leg」
        r"(?<!\bi)(?<!\bi )(?<!\bi'm )(?<!\bi am )\b(will|'ll|gonna|going to|would|'d) (break|"
        r"smash|cut off|burn) (my|our) (legs?|arms?|fingers?|hands?|face|bones|kneecaps|knees?|"
        r"neck)\b",
        r"\b(if|unless) (i|we) (don'?t|do not|can'?t|cannot) pay\b[^.!?\n]{0,50}\b(kill|hurt|beat|"
        r"break|burn|stab|cut off|smash|come for)\b",
        r"\b(kill|hurt|beat|break (my|our)|burn|stab|smash)\b[^.!?\n]{0,50}\b(if|unless) (i|"
        r"we) (don'?t|do not|can'?t|cannot) pay\b",
        r"\b(loan sharks?|yami-?kin|yakuza|debt collectors?|moneylenders?)\b[^\n]{0,100}\b(kill|"
        r"hurt|beat|break|burn|stab|cut off|find (me|my|us)|know where (i|we|my)|come (for|"
        r"after) (me|us|my))\b",
        # coming back to finish it: 「he's coming back tonight to finish me」
        r"\b(com(e|es|ing)|be) (back |over |here |home |after (me|us) )?(tonight|tomorrow|later|"
        r"again|soon|now)? ?(to|and) (kill|hurt|beat|finish|punish) (me|us|you|this|what (he|she|"
        r"they) started)\b(?![^.!?\n]*\b(repair|paint\w*|install\w*|fix\w*|work|job|renovat\w*|"
        r"plumb\w*|construction|cleaning|moving)\b)",
        r"\bdomestic violence\b",
        r"\b(abuses|abused|abusing) me\b",
        # happening now: 「He is hurting me right now」「My husband is beating me」
        r"\b(he|she|they|someone|somebody|my (husband|wife|partner|boyfriend|girlfriend|father|dad|"
        r"mother|mom|son|brother|ex))('s| is| are|'re) (hitting|beating|hurting|kicking|choking|"
        r"strangling|attacking) (me|us)\b",
        r"\b(hitting|beating|kicking|attacking|choking) (me|us) (right )?now\b",
        # to someone else, now: 「My dad is beating my mom」「Someone is hurting my mom right now」
        r"\b(is|are|'s|'re) (hitting|beating|hurting|kicking|choking|strangling|attacking|killing|"
        r"stabbing) (my|our|his|her) (mom|mum|mother|dad|father|wife|husband|sister|brother|"
        r"grandma|grandmother|grandpa|grandfather|friend|neighbou?r|roommate)\b",
        # followed, at the door, trying the handle
        r"\b(" + _WHO_MENACING + r"|(he|she|they)('s| is|'re| are| has been| have been| keeps?|"
        r" kept))( is| are| has been| have been| keeps?| kept| was| were)? (following|stalking|"
        r"chasing) (me|us)\b(?! (on|around the office))",
        r"\b(followed|chased|stalked) (me|us) (home|here|to (my|the|our)|from|again|everywhere|"
        r"all the way)\b",
        r"\b" + _WHO_MENACING + r"('s| is|'re| are|'ve been| has been| have been)? (waiting|"
        r"standing|lurking|hiding|hanging around)\b[^.!?\n]{0,30}\b(outside|in front of|at|by|near|"
        r"around) (my|our|the) (door|dorm|apartment|flat|house|home|room|building|gate|workplace|"
        r"work|office|school|company|danchi)\b",
        r"\b(someone|somebody|he|she|they|a (man|guy|stranger)|my ex|the (man|guy))('s| is|'re|"
        r" are| keeps?| kept)? (trying|tried|tries) (to (open|force|break( down)?|unlock|get (in|"
        r"through)|pick) |the )(my |the |our )?(door|doorknob|door knob|door handle|handle|lock|"
        r"window)s?\b",
        r"\b(trying|tried|tries|going) to (break|get|force (his|her|their|a) way) (in|into (my|our|"
        r"the))\b|\b(is|are|'s|'re) breaking (in|into|down (my|our|the))\b",
        r"\b(banging|pounding|kicking|hammering|smashing|punching) (on |at )?(my|our|the) (door|"
        r"window)s?\b",
        r"\b(he|she|they|someone|my ex|a man)('s| is|'re| are)? (at|outside) (my|our|the) (door|"
        r"window|room|apartment|house|place)\b[^.!?\n]{0,60}\b(won'?t (leave|go away|stop)|drunk|"
        r"knife|screaming|yelling|threat\w*|banging|kill|hurt|scared|afraid|help)\b",
        r"\b(afraid|scared|terrified|fear(ing|ful)?) for (my|our|her|his|their) (life|lives)\b",
        r"\b(he|she|they)('ll| will| are going to|'re going to| is going to|'s going to| gonna|"
        r"'s gonna|'re gonna) (hurt|beat|stab|shoot|strangle|hit|break) (me|us|my (family|kids?|"
        r"children|son|daughter|wife|husband|mom|mum|mother|dad|father))\b(?! (feelings|"
        r"chances|reputation|credit|career))" + _JOKING_KILL,
        r"\b(if|when) (i|we) (leave|tell|call the police|go to the police|report|divorce|"
        r"try to leave|run)\b[^.!?\n]{0,30}\b(he|she|they)('ll| will| would|'d| is going to|"
        r"'s going to| gonna) (kill|hurt|beat|stab|find and kill) (me|us)\b",
        r"\b(he|she|they)('ll| will| would|'d|'s going to| is going to| gonna|'s gonna) (kill|hurt|"
        r"beat|stab) (me|us) (if|when) (i|we) (leave|tell|call|go to the police|report|divorce|"
        r"try to leave|run)\b",
        r"(?<!\bit)(?<!\bit )(?<!\bthat)(?<!\bthat )\b(is|'s|are|'re) (going to|gonna) (hit|beat|"
        r"hurt) (me|us)\b(?! (up|hard|with))",
        r"\b(has|had|holding|grabbed|pulled( out)?|waving|pointing|got) (a |his |her |the )?(knife|"
        r"gun|bat|hammer|weapon|blade)\b[^.!?\n]{0,40}\b(at me|at us|scream\w*|yell\w*|threaten\w*|"
        r"coming|kill|hurt|drunk|angry)\b",
        r"\b(scream\w*|yell\w*|threaten\w*|drunk|angry)\b[^.!?\n]{0,40}\b(has|had|holding|grabbed|"
        r"pulled( out)?|waving|pointing|got) (a |his |her |the )?(knife|gun|bat|hammer|weapon|"
        r"blade)\b",
        r"\b(i'?m|i am|we'?re|we are|my (kids|children) are) not safe (at home|here|right now|now|"
        r"tonight|with (him|her|them|my)|in (my|our|this) (house|home|apartment))\b",
        # fled tonight, hiding from him
        r"\b(ran|run|running|escaped|fled|fleeing|flee|snuck out|got away)( away)?( out)?( of|"
        r" from)? (home|the house|the apartment|my (house|home|apartment|place|husband|wife|"
        r"partner|boyfriend|girlfriend|ex|father|dad|stepdad|mother|mom)|him|her|"
        r"them)\b[^.!?\n]{0,40}\b(tonight|just now|right now|an hour ago|this (evening|morning|"
        r"afternoon)|hiding|nowhere to (go|stay|sleep)|with (my|the) (kids|children|baby))\b",
        r"\b(tonight|just now|an hour ago)\b[^.!?\n]{0,20}\b(ran|escaped|fled|snuck out|got"
        r" away)\b",
        r"\b(hiding|hid|hide) from (him|her|them|my (husband|wife|partner|boyfriend|girlfriend|ex|"
        r"father|dad|stepdad|mother|mom|family))\b",
        r"\b(hiding|locked myself|locked ourselves) in (the|a|my) (bathroom|toilet|closet|room|car|"
        r"bedroom)\b[^.!?\n]{0,40}\b(he|she|they|him|her|them|my \w+)\b",
        # sexual violence
        r"\b(molest\w*|rap(e|ed|es|ing)|sexually (abus\w*|assault\w*))\b",
        r"\b(touch(es|ed|ing)|grop(es|ed|ing)) me (there|down there|inappropriately|without|"
        r"against|at night|under)\b|\b(feel(s|ing)?|felt) me up\b",
        # heard next door: screams for help, blows
        r"(?<!want to )(?<!wanna )\b(scream\w*|yell\w*|shout\w*|cry\w*|crie[sd]|begg\w*) (for help|"
        r"help|\"help\"|'help'|please stop|no no|\"stop\"|'stop')",
        r"\b(sounds?|sounded|sounding) (like|as if) (someone|somebody|he|she|they|a (woman|man|"
        r"child|kid|baby|girl|boy)|the (woman|man|wife|husband|mother|mom|father|dad|child|kid|"
        r"baby|girl|boy))('s| is|'re| are| was| were)? (being )?(hit|beaten|hurt|killed|strangled|"
        r"choked|attacked|thrown|hitting|beating|hurting|killing|strangling|choking|attacking)\b",
        _NOT_NOISE + r"\b" + _NEAR + r"\b[^\n]{0,80}\b(scream\w*|crying)\b[^\n]{0,60}\b(crash\w*|"
        r"smash\w*|thud\w*|bang\w*|breaking|glass|hitting|slap\w*)\b",
        _NOT_NOISE + r"\b" + _NEAR + r"\b[^\n]{0,80}\b(crash\w*|smash\w*|thud\w*|bang\w*|breaking|"
        r"hitting|slap\w*)\b[^\n]{0,60}\b(scream\w*|crying)\b",
    ),
    "child_danger": (
        # A young child alone now, into the night or with no adult (「My 3 year old is home
        # alone tonight」): a small child, not a parent alone at night with one.
        all_of(
            r"\b([0-6]|one|two|three|four|five|six)[ -]?(years?|yrs?)[ -]?old\b|\b[0-6] ?(yo|y/o|"
            r"yrs?)\b|\b(toddler|baby|"
            r"infant|preschooler)\b",
            r"\b(home alone|alone at home|left alone|leave (him|her|them) alone|(stays?|staying|"
            r"be|is|are|was|been) (home )?alone|by (him|her|them)sel(f|ves)|on (his|her|their) "
            r"own)\b",
            r"\b(tonight|tonite|2nite|all night|overnight|night shift|at night|right now|rn|"
            r"no adults?|nobody (is )?(home|there)|no one (is )?(home|there)|"
            r"(until|till|til) (the )?morning|won'?t be back|can'?t (get|go|come) (back|home))\b",
        ),
        r"\bi (hit|hurt|beat|slapped|shook|kicked) (my )?(son|daughter|child|kid|baby|toddler)\b",
        r"\b(hits?|beats?|beat|kicks?|hurts?|hurt|burn(s|ed)?) (my|the|our|his|her) (child|"
        r"children|son|daughter|baby|kids?)\b",
        r"\bchild abuse\b",
        r"\b(is|are|'s|'re) (hitting|beating|hurting|kicking|choking|burning|abusing) (my|the|our|"
        r"his|her) (child|children|son|daughter|baby|kids?|little (brother|sister))\b",
        r"\b(hits?|beats?|hurts?|kicks?) (my|the|our|his|her) (little (brother|sister))\b",
        r"\b(son|daughter|child|baby|kid|brother|sister) (is|was) being (abused|beaten|hit|hurt)\b",
        r"\b(baby|child|kid) (is|was) (not breathing|left alone|in danger)\b",
        r"\b(my|our|his|her) (son|daughter|children|kids|little (brother|sister)) (is|"
        r"are) in danger\b",
        # alone with the one who hurts, now (either order)
        r"\b" + _KIN + r"\b[^.!?\n]{0,40}\b(alone|left|stuck|home) with (him|her|them|that (man|"
        r"woman|guy)|my ex|(her|his|their|my) (step-?(dad|father|mom|mother)|mom'?s boyfriend|"
        r"mother'?s boyfriend|uncle|boyfriend))\b[^\n]{0,80}\b(drunk|angry|violent|hits|hit|"
        r"hurt\w*|abus\w*|touch\w*|rage|raging|knife|scared|afraid|dangerous|again)\b",
        r"\b(drunk|angry|violent|raging|knife)\b[^\n]{0,80}\b" + _KIN + r"\b[^.!?\n]{0,40}\b(alone|"
        r"left|stuck|home) with (him|her|them)\b",
        # sexual abuse told by a child, or of a child
        r"\b" + _KIN + r"\b[^\n]{0,80}\b(molest\w*|rap(e|ed|ing)|sexually (abus\w*|assault\w*)|"
        r"touch(es|ed|ing) (her|him|them) (down there|there|in (her|his|their) private|private|"
        r"at night|under|in bed|in the bath))\b",
        r"\b(my |her |his )?(uncle|step-?(dad|father|brother|mom)|mom'?s boyfriend|"
        r"mother'?s boyfriend|cousin|grandpa|grandfather|coach|teacher|tutor|father|dad|"
        r"brother)\b[^.!?\n]{0,40}\b(touch(es|ed)? (me|her|him)|comes? into (my|her|his) (room|"
        r"bed)|makes? (me|her|him) (touch|take off|undress|keep (it|this|secrets|a secret)|"
        r"sleep with)|molest\w*|rap(ed|es)? (me|her|him))\b(?! (deeply|so|a lot|very|with|on the|"
        r"forehead|hand|shoulder|arm|head|hair|heart))",
        r"\b(is|'s|keeps|kept|has been|was) touching (my|his|her|the|our) (little |"
        r"younger )?(sister|brother|daughter|son|kids?|child|niece|nephew|stepdaughter|"
        r"stepson)\b(?!'s)",
        # missing, not home tonight
        r"\b" + _KIN + r"(?!'s)\b[^.!?\n]{0,25}\b(has been|'s been|is|"
        r"went) gone\b[^\n]{0,40}\b(hours|since|nobody|no one|can'?t find|police)\b",
        r"\b"
        + _KIN
        + r"(?!'s)\b[^.!?\n]{0,25}\b(is|are|went|has gone|have gone|has been|have been|"
        r"'s|still) missing\b(?! (school|class\w*|(his|her|their|my|the) \w+|out|home|you))",
        r"\b" + _KIN + r"(?!'s)\b[^.!?\n]{0,25}\b(disappeared|vanished|can'?t be found|"
        r"nowhere to be found)\b",
        r"\b" + _KIN + r"(?!'s)\b[^.!?\n]{0,40}\b((hasn'?t|has not|didn'?t|did not|never|"
        r"still hasn'?t|haven'?t) (come|came|gotten|got|returned|made it|been) (home|back)|(not|"
        r"isn'?t|still not|aren'?t|still isn'?t) (home|back)( yet)?)\b(?=[^\n]{0,80}\b(midnight|"
        r"\d{1,2} ?(pm|am|o'?clock)|tonight|all night|hours|since|last night|yesterday|"
        r"not answering|phone|police|dark|late|night|evening)\b)",
        r"\b(can'?t|cannot|couldn'?t) find (my|our|the|his|her) " + _KIN + r"\b",
        r"\b(lost|lose) (my|our) " + _KIN + r" (at|in|on)\b",
        # a baby shaken
        r"\b(shook|shaken|shakes|shaking|shake) (my |the |our |his |her |a )?(baby|infant|newborn|"
        r"toddler)\b(?!'s| bottle| formula| rattle)",
        r"\b(baby|infant|newborn)\b[^.!?\n]{0,15}\b(was|got|been|being) shaken\b",
        # swallowed something
        r"\b"
        + _KIN
        + r"\b[^.!?\n]{0,50}\b"
        + _SWALLOWED
        + r"\b[^.!?\n]{0,25}\b("
        + _HARMFUL
        + r"|"
        + _MEDS
        + r")\b",
        # locked out, left alone for days, left in a car
        r"\b" + _KIN + r"\b[^\n]{0,80}\b(alone|by (him|her|them)sel(f|ves)|home alone|"
        r"without (food|an adult|anyone|their (mom|mother|parents?|dad)))\b[^.!?\n]{0,30}\b(for|"
        r"since) (days|(two|three|four|five|several|a few|\d+) (days|nights)|the (whole )?(weekend|"
        r"week)|friday|saturday|sunday|monday|tuesday|wednesday|thursday|last week|yesterday)\b",
        r"\b(mom|mother|parents?|dad|father)\b[^.!?\n]{0,20}\b(hasn'?t|haven'?t|has not|"
        r"didn'?t) (come|been) (home|back)\b[^.!?\n]{0,15}\b(for|in|since) (days|(two|three|four|"
        r"five|several|a few|\d+) days)\b",
        r"\b" + _KIN + r"\b[^.!?\n]{0,40}\b(locked|shut|kept|put|left|standing|been|sitting|"
        r"stood)\b[^.!?\n]{0,15}\b(out(side)?|on the (balcony|veranda|verandah|porch|"
        r"street))\b[^\n]{0,60}\b(cold|rain|snow|barefoot|pajamas|pyjamas|freezing|heat|for hours|"
        r"all night|midnight|\d{1,2} ?(pm|am))\b",
        r"\b" + _KIN + r"\b[^.!?\n]{0,20}\b(left|locked|alone|sleeping) in (the|a) (hot )?car\b",
        r"\b" + _KIN + r"\b[^.!?\n]{0,30}\b(locked|shut|kept) (in|inside) (a |the |her |his |"
        r"their )?(room|closet|cupboard|bathroom|toilet|cage|box|car)\b[^\n]{0,60}\b(no food|"
        r"for (hours|days)|since|all (day|night)|won'?t let (her|him|them) out|hungry|crying)\b",
        # beaten by someone: 「my son ran away after his dad beat him」
        r"\b" + _KIN + r"\b[^.!?\n]{0,60}\b(beat|beats|kicked|punched|burned|strangled|choked|"
        r"slapped|whipped) (him|her|them)\b(?! (at|in) (chess|the game|a game|cards))",
        r"\b" + _KIN + r"\b[^.!?\n]{0,30}\bgot into (the|my|her|his|grandma'?s|"
        r"grandpa'?s) ([\w-]+ )?(" + _HARMFUL + r"|pills|tablets|meds|medicine)\b",
        # a parent who fears what they may do
        r"\b(afraid|scared|worried|terrified|fear|urges? to|can'?t stop|can'?t control|tempted to|"
        r"close to|almost|nearly)\b[^.!?\n]{0,25}\b(hurt(ing)?|hit(ting)?|shak(e|ing)|kill(ing)?|"
        r"throw(ing)?|smother(ing)?|strangl(e|ing)|chok(e|ing)|drown(ing)?|slap(ping)?|"
        r"harm(ing)?) (my|the|our) " + _KIN + r"(?!'s)\b",
        r"\b(might|may|could|going to|gonna|want to|wanna|feel like)\b[^.!?\n]{0,20}\b(hurt|hit|"
        r"throwing|shaking|hitting|smothering|drowning|shake|throw|smother|strangle|choke|drown|"
        r"slap|harm) (my|the|our) " + _KIN + r"(?!'s)\b",
        r"\b" + _KIN + r"\b[^\n]{0,100}\b(afraid|scared|terrified|urges? to|feel like|might|"
        r"going to|gonna)\b[^.!?\n]{0,20}\b(hurt|hit|shake|throw|smother|strangle|choke|drown|slap|"
        r"harm) (him|her|them)\b",
        # a child next door crying, and blows
        r"\b" + _KIN + r"\b[^.!?\n]{0,40}\b(scream\w*|cry\w*|crie[sd]|"
        r"wail\w*)\b[^\n]{0,60}\b(hit(ting)?|slap\w*|smack\w*|beat\w*|thud\w*|begging|"
        r"apologi[sz]\w*|saying sorry|locked out|outside in the (cold|rain))\b",
    ),
    "medical_emergency": (
        r"\bnot breathing\b",
        r"(?<!\bi )\b(stopped|has stopped|is not|isn'?t) breathing\b(?!\s+(through|heavily|hard|so|"
        r"as|like|in|out|deeply|loudly|fast|normally))|\bno (longer|more) breathing\b",
        r"\b(can'?t|can ?not|could ?n'?t) breathe\b(?! (through|with|in|out))",
        r"\bunconscious\b",
        r"\bcollapsed\b",
        r"(?<!almost had a )(?<!nearly had a )(?<!gave me a )(?<!give me a )(?<!have a )\bheart"
        r" attack\b(?! (in (19|20)\d\d|last (year|month)|(\w+ )?(years|months) ago|when i was|"
        r"before))",
        r"\bhaving a stroke\b",
        r"\bbleeding (a lot|heavily|badly)\b",
        r"\bpassed out\b",
        r"\bwon'?t wake up\b",
        r"\bseizure\b",
        # stroke signs: 「her face is drooping」「slurring his words」「can't lift his arm」
        r"\b(face|mouth|smile|lips?|eyelid)\b[^.!?\n]{0,25}\b(droop\w*|sagg\w*|lopsided)\b",
        r"\bdroop\w* (face|mouth|on one side)\b",
        r"\bone side of (his|her|my|their|the) (face|body|mouth)\b[^.!?\n]{0,30}\b(numb|weak|"
        r"droop\w*|not moving|won'?t move|can'?t move|paralyz\w*|limp|heavy|dead|fallen)\b",
        r"\b(numb|weak|paralyz\w*|limp|heavy|no feeling)\b[^.!?\n]{0,15}\b(on|down) (one|the (left|"
        r"right)|his (left|right)|her (left|right)|my (left|right)) side\b",
        r"\bslurr?(ed|ing|s)?\b[^.!?\n]{0,20}\b(speech|words|talk\w*|"
        r"speak\w*)\b(?![^.!?\n]*\b(drunk|drinking|beer|sake|alcohol|wine)\b)",
        r"\b(speech|talking|words|voice)\b[^.!?\n]{0,20}\b(weird|strange|funny|garbled|slurred|off|"
        r"jumbled)\b[^\n]{0,60}\b(arm|leg|face|side|hand)\b[^.!?\n]{0,20}\b(weak|numb|droop\w*|"
        r"limp|heavy|dead)\b",
        r"\b(arm|leg|face|side|hand)\b[^.!?\n]{0,20}\b(weak|numb|droop\w*|limp|heavy|"
        r"dead)\b[^\n]{0,60}\b(speech|talking|words|voice)\b[^.!?\n]{0,20}\b(weird|strange|funny|"
        r"garbled|slurred|off|jumbled)\b",
        r"\b(suddenly|all of a sudden|out of nowhere)\b[^.!?\n]{0,30}\b(can'?t|cannot|"
        r"unable to) (speak|talk|say (a|any) words?)\b(?! (japanese|english|nihongo|well))",
        r"\b(hard|difficult|impossible) to (wake|rouse)( (him|her|them))?( up)?\b",
        r"\b(suddenly|all of a sudden|just now|out of nowhere)\b[^.!?\n]{0,40}\b(can'?t|cannot|"
        r"couldn'?t|unable to) (lift|raise|move|feel|hold)\b[^.!?\n]{0,20}\b(arm|leg|hand|side)\b",
        r"\b(can'?t|cannot|couldn'?t|unable to) (lift|raise|move) (his|her|my|their) (left |"
        r"right )?(arm|leg|hand)\b[^.!?\n]{0,40}\b(suddenly|all of a sudden|just now|slurr\w*|face|"
        r"droop\w*|speech|talk\w* (funny|strange|weird))\b",
        r"\b(think|might be|may be|could be|looks like|seems like|i think it'?s|is it|"
        r"is this)\b[^.!?\n]{0,15}\bstroke\b",
        # chest pain with breath, sweat or the arm (either order), not of long standing
        _NOT_CHRONIC + r"\b" + _CHEST + r"\b[^\n]{0,80}\b" + _BREATH + r"\b",
        _NOT_CHRONIC + r"\b" + _BREATH + r"\b[^\n]{0,80}\b" + _CHEST + r"\b",
        # confused and sweating, a diabetic (either order)
        r"\b" + _CONFUSED + r"\b[^\n]{0,80}\b" + _SUGAR + r"\b",
        r"\b" + _SUGAR + r"\b[^\n]{0,80}\b" + _CONFUSED + r"\b",
        # not waking, only sounds, not responding
        r"\b(can'?t|cannot|couldn'?t|unable to) (wake|rouse) (him|her|them|(my|our|"
        r"the) \w+)( up)?\b(?![^.!?\n]{0,30}\b(for (school|work|class)|in the morning|early|"
        r"on time|lazy)\b)",
        r"\b(is not|isn'?t|'s not|not) waking( up)?\b(?! (early|on time|in time|at|for))",
        r"\b(only|just) (making|makes|made) (sounds|noises|groaning|moaning)\b",
        r"\b(groan\w*|moan\w*|mumbl\w*|gurgl\w*)\b[^.!?\n]{0,30}\b(can'?t|won'?t|doesn'?t|does not|"
        r"not|isn'?t|unable to) (talk|speak|answer|respond|open|wake|get up|stand|make sense)\b",
        r"\bunresponsive\b",
        r"\b(not|isn'?t|won'?t|doesn'?t|does not|stopped|no longer) (respond\w*|react\w*) (at all|"
        r"to (his|her|their|my) (name|voice)|to (touch|pain|anything|me|us|shaking|calling)|"
        r"when (i|we) (call|shake|touch|tap|pinch|talk|say))\b",
        r"\beyes (are )?(rolled|rolling) back\b|\b(won'?t|can'?t) open (his|her|their) eyes\b",
        r"\b(is|'s|went|gone|going|so|completely|all|body is|body went|very) (limp|floppy)\b",
        r"\bbarely (breathing|conscious|responsive|responding)\b",
        r"\b(fever|temperature)\b[^\n]{0,80}\b(delirious|hallucinat\w*|stiff neck|rash that|"
        r"not (responding|waking( up)?|moving)|won'?t wake|can'?t wake)\b",
        # fell and cannot get up, lying there, a blow to the head
        r"\b(fell|fallen|slipped|tripped|collapsed|fainted|falls)\b[^.!?\n]{0,60}\b(can'?t|cannot|"
        r"couldn'?t|won'?t|unable to|not able to|isn'?t able to) (get up|stand( up)?|move(?! on)|"
        r"get (him|her|them) up|lift (him|her|them))\b",
        r"\b(lying|laying|lies|lay) on the (floor|ground|street|road|"
        r"stairs)\b[^.!?\n]{0,40}\b(not moving|won'?t move|can'?t move|can'?t get up|"
        r"not responding|bleeding|unconscious)\b",
        r"\b(fell|fallen|collapsed|lying|laying)\b[^.!?\n]{0,50}\b(not moving|isn'?t moving|"
        r"won'?t move|stopped moving)\b",
        r"\bhit (his|her|my|their|the baby'?s) head\b[^\n]{0,80}\b(vomit\w*|throw\w* up|threw up|"
        r"confus\w*|sleepy|drowsy|bleed\w*|not (waking|responding|moving|making sense)|unconscious|"
        r"blacked out|seiz\w*|slurr\w*)\b",
        # bleeding that does not stop
        r"\b(won'?t|doesn'?t|does not|isn'?t|not|can'?t|cannot) stop(ping)? (the )?bleed\w*\b",
        r"\bbleed\w* (won'?t|doesn'?t|does not|isn'?t|will not) stop\w*\b",
        r"\b(blood everywhere|pool of blood|so much blood|lots of blood|a lot of blood|"
        r"losing (so much |a lot of )?blood|soaked (in|with) blood|blood (is )?(gushing|pouring|"
        r"spurting|squirting)|gushing blood)\b(?! (tests?|work|pressure|sugar|type|donation|drive|"
        r"bank))",
        r"\b(cough\w*|vomit\w*|throw\w* up|threw up|spit\w*) (up )?(a lot of |lots of )?blood\b",
        r"\bbleeding (so much|a ton|nonstop|non-stop|profusely|like crazy|everywhere)\b",
        # seizures, poison, choking, turning blue
        r"\b(seizing|convulsing|convulsions?|having (a )?convulsion|foaming at the mouth|"
        r"epileptic (fit|attack))\b",
        r"\b"
        + _SWALLOWED
        + r"\b[^.!?\n]{0,25}\b(poison\w*|bleach|detergent|(laundry|detergent|tide)"
        r" (pods?|capsules?)|button batter(y|ies)|batter(y|ies)|cleaning (fluid|liquid|products?)|"
        r"toilet cleaner|(kitchen )?haiter|kerosene|lamp oil|antifreeze|paint thinner|insecticide|"
        r"pesticide|rat poison|weed ?killer)\b",
        r"\btook (some |the |a )?(poison|pesticide|rat poison|weed ?killer)\b",
        r"\b(is|'s|are|'re|started|keeps?|was) choking\b(?! (me|us|her|him|the|on (his|her|"
        r"my) (words|tears)|up))",
        r"\bchoking on (a |an |the |some |his |her |my |their )?(\w+ )?(food|piece|bone|candy|"
        r"sweet|grape|mochi|rice cake|toy|coin|button|peanut|nut|popcorn|meat|bread|something|"
        r"apple|sausage|gum|lego)\b",
        r"\b(mochi|rice cake|food|candy|grape|toy|coin|something)\b[^.!?\n]{0,20}\bstuck in (his|"
        r"her|my|their|the baby'?s|the) (throat|windpipe|airway)\b",
        r"\b(lips?|face|skin|baby|infant|newborn|he|she|he'?s|she'?s)\b[^.!?\n]{0,20}\b(turn(ing|"
        r"ed|s)?|going|gone|went|are|is|look(s|ing)?|getting) (blue|purple|grey|gray|bluish|"
        r"dusky)\b",
        r"\bblue (lips|face)\b",
        r"\b(throat is (closing|swelling)|tongue is swelling|anaphyla\w*)\b",
        r"\b(stung|sting|allergic|allergy|peanuts?|shellfish|bee)\b[^\n]{0,60}\b(throat|tongue|"
        r"lips?|face)\b[^.!?\n]{0,15}\b(swell\w*|swollen|closing)\b",
    ),
}
NOT_BEFORE: Final[str] = r"\b(don'?t|do not|never|not|no longer)\s*$"
# A sentence that tells the danger as long past and over: 「Last year I wanted to die, but I
# am better now」「Five years ago my ex hit me, now we are divorced and I'm safe」 (and not
# 「…and it is happening again」).
_PAST: Final = (
    r"(last (year|month|winter|summer|spring|fall|autumn)|(\d+|a few|few|several|many|a couple of|"
    r"couple of|two|three|four|five|six|seven|eight|nine|ten) (years?|months?|yrs?) ago|(years|"
    r"months|a long time|long time|ages|decades) ago|when (i|he|she|we|they) (was|"
    r"were) (\w+ )?(young|a kid|a child|little|a teenager|a teen|in (high |middle )?school|"
    r"in college|\d+|in (my|his|her|their) (teens|twenties|20s))|used to|back (then|in (\d{4}|"
    r"the day|(high )?school|college|my (country|home country|hometown)))|in (19|20)\d\d|as a (kid|"
    r"child|teen|teenager)|in the past|growing up|before i (came|moved) to japan)"
)
_RECOVERED: Final = (
    r"((i'?m|i am|im|she'?s|he'?s|she is|he is|they'?re|they are|we'?re|we are|everything'?s|"
    r"everything is|life is|things are)( now)?( (all|both|totally|completely|much|a lot|so much|"
    r"really|doing|way|so|feeling))* (better|fine|ok|okay|good|safe|happy|stable|well|great|"
    r"healthy|recovered|fully recovered)|(doing|feeling) (well|good|fine|better|great)( now)?|"
    r"not anymore|no longer|it'?s (all )?over|(got|are|is|were|was|am|we|they|she|he|'s|"
    r"'re) divorced|(separated|moved out|left him|left her|got out)|(getting|got) help|in therapy|"
    r"counsel(l)?ing|recovered|since then|in a (good|better|much better|safe) place|(over|"
    r"behind me|behind us|behind her|behind him) now|(want|'d like|would like) to (volunteer|help))"
)
# English words in a Filipino sentence (Taglish: 「nag-overdose ako noong 2019, okay na ako」)
# are told as past by the Filipino words.
OVER: Final[str] = (
    r"(^(?=.*\b" + _PAST + r"\b)(?=.*\b" + _RECOVERED + r"\b)(?!.*\b(again|still|right now|tonight|"
    r"lately|recently|this (week|morning|evening))\b))|(" + _TAGLISH_OVER + r")"
)
# The middle band: words near a danger, with no cue above. The bot asks 「いま、危ない状況
# ですか？」 in their language, with the hotlines, and goes on where it was after a no.
WORRY: Final[dict[str, tuple[str, ...]]] = {
    "suicide": (
        r"\b(die|dying(?! (to|for) )|dead|death|suicid\w*|kill (myself|me)|overdos\w*|pills|rope|"
        r"noose|self[- ]?harm|cut(ting)? (myself|me)|hurt(ing)? myself|hang (myself|me))\b",
        r"\b(end it|end everything|give up|gave up|can'?t (go on|take (it|this)|keep going|"
        r"do this anymore)|no point|no reason to|disappear(ing)?|vanish(ing)?|not be here|be gone|"
        r"goodbye (forever|everyone)|last message|worthless|a burden|tired of (living|life|"
        r"everything)|jump off)\b",
        r"\b(better off without|burden|pointless|what'?s the point|sleep forever|never wak(e|ing)|"
        r"not wak(e|ing) up|hopeless|no way out|no future|nothing left|empty inside|numb inside|"
        r"hate (my life|myself|being alive)|don'?t want to (exist|be here|be alive|live|go on)|"
        r"(want|wanna|wish)( to)? (disappear|vanish|not exist|stop existing|be gone|sleep forever|"
        r"never wake)|can'?t (anymore|cope|handle (it|this|life))|be here any ?more|"
        r"done with (life|everything|it all)|kms|unalive|cutting (myself|again|my \w+)|scars|"
        r"razors?|blades?|lethal|painless|how many pills|high enough|jump (off|from|in front)|"
        r"goodbye (to|all|my|world|message|text|letter|note)|saying goodbye|said (his|her|"
        r"their) goodbyes?|farewell|giv(e|ing) away|gave away|when i'?m gone|after i'?m gone|"
        r"won'?t (be here|be around|need (it|them|these|this) any ?more)|sorry for everything|"
        r"forgive me|take care of (my|the) (cat|dog|kids|pets?)|kill (him|her|them)sel(f|ves)|"
        r"charcoal)\b",
        r"\b(i'?m|i am|im|standing|sitting|we'?re|he'?s|she'?s)\b[^.!?\n]{0,10}\b(on|at|by|up on|"
        r"near) (the |a |this |my )?(roof|rooftop|bridge|ledge|edge|cliff|railing|tracks|"
        r"top floor)\b",
        r"\b" + _UNREACHABLE + r"\b[^\n]{0,100}\b(worried|scared|afraid|strange|weird|depress\w*|"
        r"sad|rope|pills|message|goodbye|sorry)\b",
    ),
    "violence": (
        # a bare cry for help (「help me pls」)
        r"^\W*(please |pls |plz )?help( me| us)?( please| pls| plz)?\W*$",
        r"\b(hits?|hitting|beat(s|ing|en)?|punch\w*|slap\w*|kick(s|ed|ing)|chok(e|es|ed|ing)|"
        r"strangl\w*|attack\w*|threat\w*|knife|gun|weapon|abus\w*|violen\w*|stalk\w*|scream\w*|"
        r"yell(s|ed|ing)|smash\w*|hiding|escap\w*|ran away|police)\b",
        r"\b(afraid|scared|terrified) of (him|her|them|my)\b|\block(ed)? (me|us) in\b",
        r"\b(kill (me|us|you|him|her|them)|gonna kill|will kill|'ll kill|finish (me|us|you)( off)?|"
        r"follow(ing|ed|s)? (me|us)|watching (me|us|my|our)|outside (my|our|the) (door|house|home|"
        r"apartment|flat|room|dorm|work|office|building|school|gate|danchi)|at (my|our|the) door|"
        r"(bang|pound|knock|kick)\w* on (my|our|the) (door|window)|trying the (door|handle)|"
        r"break(ing)? (in|into|down)|broke (in|into|down|my|the|our)|loan sharks?|yami-?kin|yakuza|"
        r"debt collectors?|push(ed|ing|es)? (me|us|her|him)|shov\w*|grabb?(ed|ing|s)? (me|us|my|"
        r"her|him)|dragg(ed|ing) (me|us|her|him)|bruis\w*|black eye|restraining order|(dv|women'?s|"
        r"domestic violence) shelter|shelter (from|for women|for victims)|safe place|not safe|"
        r"unsafe|(afraid|scared|fear) for|hurt (me|us)|(hurt|harm) (my|our) (family|kids?|children|"
        r"wife|husband|mom|mother|dad|father)|or else|rap(e|ed|ing)|molest\w*|grop\w*|fled|flee\w*|"
        r"run away from|hid(e|ing)? from|nowhere to go|threw \w+( \w+)? at|regret it|doorbell|"
        r"throw(ing|s)? (things|stuff|plates|bottles)|drunk and (angry|violent|yelling|screaming|"
        r"mad)|rage|come after (me|us)|knows? where (i|we) live|waiting (outside|for me|for us))\b",
        r"\b" + _NEAR + r"\b[^\n]{0,80}\b(scream\w*|crash\w*|thud\w*|smash\w*|bang\w*|cry\w*|"
        r"crie[sd]|hitting|fight\w*|yell\w*)\b",
    ),
    "child_danger": (
        r"\b" + _KIN + r"\b[^.!?\n]{0,50}\b(missing|not (home|back)|(didn'?t|hasn'?t|"
        r"never) come (home|back)|alone|hurt|hit|beat\w*|bruis\w*|burn\w*|abus\w*|not breathing|"
        r"starv\w*|locked|ran away|run away|danger|crying|screaming|swallow\w*|ate|drank|shak(en|"
        r"ing|e)|fell|touch\w*|secret|scared of|afraid of|won'?t (come|go) home|marks|outside|"
        r"balcony|no food|hungry|days)\b",
        r"\b(hit|hits|hurt|hurts|beat|beats|kick|kicks|shak(e|es|ing)|slap\w*) (my|the|our|his|"
        r"her) " + _KIN + r"\b",
        r"\b(shaken baby|button batter\w*|bleach|detergent|laundry pods?|home alone|left alone|"
        r"alone at home|neglect\w*|(might|could|will|going to|gonna|want to|wanna|afraid i'?ll|"
        r"scared i'?ll) (hurt|hit|shake|slap|harm) ((my|the|our) "
        + _KIN
        + r"|him|her|them)|lose (my )?(temper|"
        r"control) (with|at) (my|the|our)|(kid|child|boy|girl|baby) next door|molest\w*|"
        r"inappropriate\w* touch\w*)\b",
    ),
    "medical_emergency": (
        r"\b(ambulance|breath\w*|unconscious|faint\w*|collaps\w*|bleed\w*|blood|chest pain|stroke|"
        r"seizure|convuls\w*|not moving|can'?t move|won'?t wake|can'?t wake|passed out|overdos\w*|"
        r"emergency|heart (attack|pain|stopped)|fell (down|over|off|from|and)|has fallen|(isn'?t|"
        r"is not|not) (moving|responding|waking)|turning (blue|pale))\b",
        r"\b(droop\w*|slurr?(ed|ing|s)|numb\w*|one side|chest (hurts|tight\w*|pressure|heavy)|"
        r"short(ness)? of breath|cold sweat|disoriented|delirious|confused and|not making sense|"
        r"diabet\w*|blood sugar|insulin|high fever|fever (for|over|since) \w+|limp|floppy|chok(e|"
        r"es|ed|ing)|swallow(ed)?|poison\w*|bleach|can'?t get up|hit (his|her|my|their) head|"
        r"vomit\w* blood|blue lips|lips (are |look |turned |turning )?(blue|purple)|turn(ed|"
        r"ing)? (blue|purple|grey|gray)|not respond\w*|unresponsive|groan\w*|moan\w*|dizzy|"
        r"allergic reaction|swell\w* (face|throat|tongue)|throat (is )?(closing|swelling)|"
        r"anaphyla\w*|epipen|heat ?stroke|drown\w*|paraly\w*|can'?t (lift|raise) (his|her|my|"
        r"their) (arm|leg)|hallucinat\w*)\b",
    ),
}
