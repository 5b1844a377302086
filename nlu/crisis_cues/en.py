"""Crisis words in English (en): for each flag, the patterns `nlu.crisis_languages`
looks for in a text lower-cased, without accents and composed again (NFC); `NOT_BEFORE`, the
denials that take a cue back when they come just before it."""

from __future__ import annotations

from typing import Final

CUES: Final[dict[str, tuple[str, ...]]] = {
    "suicide": (
        r"\b(took|taken|swallowed) (all|a lot|a bunch|too many|the whole (bottle|box|pack))"
        r" (of )?(my )?(pills|tablets|meds|medicine|medication|sleeping pills)\b",
        r"\boverdos(e|ed|ing) on\b|\b(i|i've|i have|just) overdosed\b",
        r"\bcut(ting)? my (wrists?|arms?)\b",
        r"\bi cut myself (again|on purpose)\b|\b(i'?m|i am|been|keep) cutting myself\b",
        r"\b(going to|gonna|will|want to) jump (off|from) (a|the|this) "
        r"(bridge|building|roof|cliff|platform)\b",
        r"\b(have|got|bought) (a|the) rope\b",
        r"\b(want|wanna) (2|to) die\b|\biwant(to|2)die\b",
        r"\b(kill(ing)?|hurt(ing)?) myself\b",
        r"\bend(ing)? (my (own )?life|it all)\b",
        r"\btake my (own )?life\b",
        r"\bsuicid(e|al)\b",
        r"\b(want(ed)?|wanna|going) (to )?die\b",
        r"\b(don'?t|do not) want to (live|be alive|wake up)\b",
        r"\bbetter off dead\b",
        r"\bno reason (for me )?to (live|go on)\b",
        r"\bhang myself\b",
    ),
    "violence": (
        r"\b(hits?|hitting|beats?|beating|kicks?|kicked|chokes?|choked|punch(es|ed)?) me\b",
        r"\bthreaten(s|ed)? to kill\b",
        r"\b(going|wants?|tried) to kill (me|us)\b",
        r"\bdomestic violence\b",
        r"\b(abuses|abused|abusing) me\b",
        # happening now: 「He is hurting me right now」「My husband is beating me」
        r"\b(he|she|they|someone|somebody|my (husband|wife|partner|boyfriend|girlfriend|father|"
        r"dad|mother|mom|son|brother|ex))('s| is| are|'re) (hitting|beating|hurting|kicking|"
        r"choking|strangling|attacking) (me|us)\b",
        r"\b(hitting|beating|kicking|attacking|choking) (me|us) (right )?now\b",
        # to someone else, now: 「My dad is beating my mom」「Someone is hurting my mom right now」
        r"\b(is|are|'s|'re) (hitting|beating|hurting|kicking|choking|strangling|attacking|"
        r"stabbing) (my|our|his|her) (mom|mum|mother|dad|father|wife|husband|sister|brother|"
        r"grandma|grandmother|grandpa|grandfather|friend|neighbou?r|roommate)\b",
    ),
    "child_danger": (
        r"\bi (hit|hurt|beat|slapped|shook|kicked) (my )?(son|daughter|child|kid|baby|toddler)\b",
        r"\b(hits?|beats?|beat|kicks?|hurts?|hurt|burn(s|ed)?) (my|the|our|his|her) "
        r"(child|children|son|daughter|baby|kids?)\b",
        r"\bchild abuse\b",
        r"\b(is|are|'s|'re) (hitting|beating|hurting|kicking|choking|burning|abusing) "
        r"(my|the|our|his|her) (child|children|son|daughter|baby|kids?|little (brother|sister))\b",
        r"\b(hits?|beats?|hurts?|kicks?) (my|the|our|his|her) (little (brother|sister))\b",
        r"\b(son|daughter|child|baby|kid|brother|sister) (is|was) being (abused|beaten|hit|hurt)\b",
        r"\b(baby|child|kid) (is|was) (not breathing|left alone|in danger)\b",
        r"\b(my|our|his|her) (son|daughter|children|kids|little (brother|sister)) (is|are) "
        r"in danger\b",
    ),
    "medical_emergency": (
        r"\bnot breathing\b",
        r"(?<!\bi )\b(stopped|has stopped|is not|isn'?t) breathing\b(?!\s+(through|heavily|hard|so|"
        r"as|like|in|out|deeply|loudly|fast|normally))|\bno (longer|more) breathing\b",
        r"\bcan'?t breathe\b",
        r"\bunconscious\b",
        r"\bcollapsed\b",
        r"\bheart attack\b",
        r"\bhaving a stroke\b",
        r"\bbleeding (a lot|heavily|badly)\b",
        r"\bpassed out\b",
        r"\bwon'?t wake up\b",
        r"\bseizure\b",
    ),
}
NOT_BEFORE: Final[str] = r"\b(don'?t|do not|never|not|no longer)\s*$"
# A sentence that tells the danger as long past and over: 「Last year I wanted to die, but I
# am better now」 (and not 「…and it is happening again」).
OVER: Final[str] = (
    r"^(?=.*\b(last (year|month|winter|summer)|(years|months) ago|when i was (young|a kid|a child|"
    r"little|a teenager|in school)|used to)\b)(?=.*\b((i'?m|i am) (better|fine|ok|okay|safe)"
    r"|not anymore|it'?s over|(i'?m|i am) getting help)\b)(?!.*\b(again|still|right now)\b)"
)
