"""Crisis words in the other languages the bot speaks (English, Tiếng Việt, Português),
read by rules before any model, like the Japanese lexicon (`nlu.crisis_lexicon`).

The text is read lower-cased and without accents (「muốn chết」 and 「muon chet」 are the
same; so are 「não」 and 「nao」), so every pattern is written without them. A cue that a
denial right before it takes back (「I don't want to die」「não quero morrer」) is not
a cue. やさしい日本語 is Japanese: the Japanese rules read it."""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Final

# language → flag → patterns; `NOT_BEFORE` holds the denials that take a cue back.
CUES: Final[dict[str, dict[str, tuple[str, ...]]]] = {
    "en": {
        "suicide": (
            r"\b(kill(ing)?|hurt(ing)?) myself\b",
            r"\bend(ing)? (my (own )?life|it all)\b",
            r"\btake my (own )?life\b",
            r"\bsuicid(e|al)\b",
            r"\b(want(ed)?|wanna|going) (to )?die\b",
            r"\b(don'?t|do not) want to (live|be alive|wake up)\b",
            r"\bbetter off dead\b",
            r"\bno reason to live\b",
            r"\bhang myself\b",
        ),
        "violence": (
            r"\b(hits?|hitting|beats?|beating|kicks?|kicked|chokes?|choked|punch(es|ed)?) me\b",
            r"\bthreaten(s|ed)? to kill\b",
            r"\b(going|wants?|tried) to kill (me|us)\b",
            r"\bdomestic violence\b",
            r"\b(abuses|abused|abusing) me\b",
        ),
        "child_danger": (
            r"\b(hits?|beats?|beat|kicks?|hurts?|hurt|burn(s|ed)?) (my|the|our|his|her) "
            r"(child|children|son|daughter|baby|kids?)\b",
            r"\bchild abuse\b",
            r"\b(baby|child|kid) (is|was) (not breathing|left alone|in danger)\b",
        ),
        "medical_emergency": (
            r"\bnot breathing\b",
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
    },
    "vi": {
        "suicide": (
            r"\bmuon chet\b",
            r"\btu tu\b",
            r"\btu sat\b",
            r"\bket thuc cuoc (doi|song)\b",
            r"\bkhong muon song\b",
            r"\bchet (di|quach) cho xong\b",
            r"\bkhong con ly do (de )?song\b",
        ),
        "violence": (
            r"\b(danh|dam|da|bop co) (toi|em|minh)\b",
            r"\bbi (chong |vo )?danh\b",
            r"\bbao luc gia dinh\b",
            r"\bdoa (se )?giet\b",
            r"\b(se|muon) giet (toi|em|chung toi)\b",
        ),
        "child_danger": (
            r"\b(danh|dam|da|bao hanh|nguoc dai) (con|be|tre|dua tre)\b",
            r"\bcon (toi |em )?bi (danh|bao hanh|nguoc dai)\b",
            r"\bbao hanh tre em\b",
        ),
        "medical_emergency": (
            r"\bkhong tho (duoc)?\b",
            r"\bkho tho\b",
            r"\bbat tinh\b",
            r"\bngat xiu\b",
            r"\bdot quy\b",
            r"\bdau tim\b",
            r"\bchay mau (nhieu|khong ngung)\b",
            r"\bco giat\b",
        ),
    },
    "pt": {
        "suicide": (
            r"\bquero morrer\b",
            r"\b(vou|quero) me matar\b",
            r"\bsuicid",
            r"\b(tirar|acabar com) (a )?minha (propria )?vida\b",
            r"\bnao quero mais viver\b",
            r"\bsem (motivo|razao) para viver\b",
        ),
        "violence": (
            r"\bme (bate|bateu|agride|agrediu|espanca|espancou|enforca)\b",
            r"\bviolencia domestica\b",
            r"\bameac(a|ou) (de )?me matar\b",
            r"\bvai me matar\b",
        ),
        "child_danger": (
            r"\b(bate|bateu|espanca|espancou|machuca) (no|na|nos|nas|o|a) "
            r"(meu |minha |nosso |nossa )?(filho|filha|filhos|crianca|criancas|bebe)\b",
            r"\bmaus[- ]tratos\b",
            r"\babuso infantil\b",
            r"\bcrianca (esta )?em perigo\b",
        ),
        "medical_emergency": (
            r"\bnao (esta |consegue )?respira(r)?\b",
            r"\bdesmai(ou|ado|ada)\b",
            r"\binconsciente\b",
            r"\binfarto\b",
            r"\bderrame\b",
            r"\bsangrando muito\b",
            r"\bconvuls",
        ),
    },
}
# Denials just before a cue (same language): the cue is not taken.
NOT_BEFORE: Final[dict[str, str]] = {
    "en": r"\b(don'?t|do not|never|not|no longer)\s*$",
    "vi": r"\bkhong\s*$",
    "pt": r"\b(nao|nunca)\s*$",
}
_WINDOW = 12
# The script a language is written in: its rules read only a text written in it. Chinese
# shares its characters with Japanese, so a text with kana (Japanese) is left to the
# Japanese lexicon.
_LATIN = re.compile(r"[a-z]")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_KANA = re.compile(r"[\u3041-\u30ff]")


def written_in(view: str, language: str) -> bool:
    if language == "ko":
        return bool(_HANGUL.search(view))
    if language.startswith("zh"):
        return bool(_HAN.search(view)) and not _KANA.search(view)
    return bool(_LATIN.search(view))


def plain(text: str) -> str:
    """Lower case, without accents (đ as d), spaces collapsed; Hangul and Chinese stay
    whole (the marks are taken off, then what is left is composed again)."""
    folded = unicodedata.normalize("NFKD", text.lower().replace("đ", "d"))
    bare = "".join(char for char in folded if not unicodedata.combining(char))
    bare = unicodedata.normalize("NFC", bare)
    return re.sub(r"\s+", " ", bare.replace("’", "'"))


@functools.cache
def _compiled() -> dict[str, dict[str, tuple[re.Pattern[str], ...]]]:
    return {
        language: {flag: tuple(re.compile(p) for p in patterns) for flag, patterns in cues.items()}
        for language, cues in CUES.items()
    }


def _stands(view: str, match: re.Match[str], language: str) -> bool:
    before = view[max(0, match.start() - _WINDOW) : match.start()]
    return not re.search(NOT_BEFORE[language], before)


def detect_in_languages(text: str) -> frozenset[str]:
    """Crisis flags the other languages' words raise in `text` (empty for Japanese)."""
    view = plain(text)
    found: set[str] = set()
    for language, flags in _compiled().items():
        if not written_in(view, language):
            continue
        for flag, patterns in flags.items():
            if any(
                _stands(view, match, language)
                for pattern in patterns
                for match in pattern.finditer(view)
            ):
                found.add(flag)
    return frozenset(found)
