"""Crisis words in the other languages the bot speaks (English, Tiếng Việt, Português,
Español, Filipino, 한국어, 中文), read by rules before any model, like the Japanese lexicon
(`nlu.crisis_lexicon`); the words of each language are in `nlu/crisis_cues/`.

The text is read lower-cased and without accents (「muốn chết」 and 「muon chet」 are the
same; so are 「não」 and 「nao」), so every pattern is written without them. A cue that a
denial right before it takes back (「I don't want to die」「não quero morrer」) is not
a cue. やさしい日本語 is Japanese: the Japanese rules read it."""

from __future__ import annotations

import functools
import re
import unicodedata

from nlu.crisis_cues import CUES, NOT_BEFORE, OVER
from nlu.text_normal import visible

_WINDOW = 12
# Cyrillic letters that look like Latin ones (「I wаnt to diе」 with Cyrillic а and е).
_LOOK_ALIKES = str.maketrans("аеорсухкмтві", "aeopcyxkmtbi")
# The script a language is written in: its rules read only a text written in it. Chinese
# shares its characters with Japanese, so a text with kana (Japanese) is left to the
# Japanese lexicon.
_LATIN = re.compile(r"[a-z]")
HANGUL = re.compile(r"[\uac00-\ud7a3]")
HAN = re.compile(r"[\u4e00-\u9fff]")
KANA = re.compile(r"[\u3041-\u30ff]")
_SCRIPTS = {"latin": _LATIN, "hangul": HANGUL, "han": HAN}


def written_in(view: str, language: str) -> bool:
    return bool(_SCRIPTS[_script(language)].search(view))


# In a text with kana (Japanese, or Chinese with a Japanese word in it: 「我想死。たすけて」),
# a Chinese cue stands only when it is plainly Chinese: a pronoun Japanese does not write,
# or a character Japanese does not use (杀, 让…). Japanese 「自殺未遂」 is left to the
# Japanese lexicon, which knows a past event from a present danger.
_CHINESE_PRONOUNS = frozenset("我你她")
_PRONOUN_REACH = 3  # 「我不想活」: the pronoun just before the cue counts


def _plainly_chinese(found: str) -> bool:
    return any(char in _CHINESE_PRONOUNS or not japanese_writes(char) for char in found)


def japanese_writes(char: str) -> bool:
    """Whether Japanese writes this character (Shift_JIS holds it): 帮 and 们 it does not."""
    try:
        char.encode("cp932")
    except UnicodeEncodeError:
        return False
    return True


def plain(text: str) -> str:
    """Lower case, without accents (đ as d), spaces collapsed; Hangul and Chinese stay
    whole (the marks are taken off, then what is left is composed again)."""
    folded = unicodedata.normalize("NFKD", visible(text).lower().replace("đ", "d"))
    folded = folded.translate(_LOOK_ALIKES)
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
    """A cue stands unless a denial of its language comes just before it — or an English
    one, written in Latin letters: 「I'm not suicidal」 takes back Portuguese 「suicid」
    too. Other languages' denials are not borrowed (Vietnamese 「nó」 reads as 「no」)."""
    said = view[max(0, match.start() - _PRONOUN_REACH) : match.end()]
    if language.startswith("zh") and KANA.search(view) and not _plainly_chinese(said):
        return False
    if language in OVER and re.search(OVER[language], _sentence_of(view, match)):
        return False
    before = view[max(0, match.start() - _WINDOW) : match.start()]
    denials = [NOT_BEFORE[language]]
    if language != "en" and _script(language) == "latin":
        denials.append(NOT_BEFORE["en"])
    return not any(re.search(denial, before) for denial in denials)


def _sentence_of(view: str, match: re.Match[str]) -> str:
    """The sentence the cue stands in (between . ! ? or line ends)."""
    start = max(view.rfind(mark, 0, match.start()) for mark in ".!?\n") + 1
    ends = [at for mark in ".!?\n" if (at := view.find(mark, match.end())) >= 0]
    return view[start : min(ends, default=len(view))]


def _hits(text: str) -> set[tuple[str, str]]:
    """(language, flag) for every language whose crisis words stand in `text`."""
    view = plain(text)
    found: set[tuple[str, str]] = set()
    for language, flags in _compiled().items():
        if not written_in(view, language):
            continue
        for flag, patterns in flags.items():
            if any(
                _stands(view, match, language)
                for pattern in patterns
                for match in pattern.finditer(view)
            ):
                found.add((language, flag))
    return found


def detect_in_languages(text: str) -> frozenset[str]:
    """Crisis flags the other languages' words raise in `text` (empty for Japanese)."""
    return frozenset(flag for _, flag in _hits(text))


def languages_of_cues(text: str) -> frozenset[str]:
    """The languages whose crisis words stand in `text` (empty for Japanese)."""
    return frozenset(language for language, _ in _hits(text))


def _script(language: str) -> str:
    return "hangul" if language == "ko" else "han" if language.startswith("zh") else "latin"
