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

from nlu.crisis_cues import CUES, NOT_BEFORE, OVER, WORRY
from nlu.text_normal import visible

_WINDOW = 12
_SENTENCE_ENDS = ".!?。！？"
# Laughter, in any language: 「haha」「kkkk」「jajaja」「rsrs」「wkwk」「哈哈」「ㅋㅋ」「🤣」.
_LAUGHTER = re.compile(
    r"\b((ha){2,}h?|he(he)+|hi(hi)+|k{3,}|lol|lmao|rofl|ja(ja)+|je(je)+|rs(rs)+|wk(wk)+)\b"
    r"|哈哈|呵呵|嘻嘻|ㅋㅋ|ㅎㅎ|[\U0001f602\U0001f923\U0001f606\U0001f605\U0001f639]"
)
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


_Compiled = dict[str, dict[str, tuple[re.Pattern[str], ...]]]


def _compile(words: dict[str, dict[str, tuple[str, ...]]]) -> _Compiled:
    return {
        language: {flag: tuple(re.compile(p) for p in patterns) for flag, patterns in cues.items()}
        for language, cues in words.items()
    }


@functools.cache
def _compiled() -> _Compiled:
    return _compile(CUES)


@functools.cache
def _compiled_worry() -> _Compiled:
    return _compile(WORRY)


def _stands(view: str, match: re.Match[str], language: str) -> bool:
    """A cue stands unless a denial of its language comes just before it — or an English
    one, written in Latin letters: 「I'm not suicidal」 takes back Portuguese 「suicid」
    too. Other languages' denials are not borrowed (Vietnamese 「nó」 reads as 「no」)."""
    said = view[max(0, match.start() - _PRONOUN_REACH) : match.end()]
    if language.startswith("zh") and KANA.search(view) and not _plainly_chinese(said):
        return False
    if _told_as_over(_script(language), _sentence_of(view, match, sentences=2)):
        return False
    before = view[max(0, match.start() - _WINDOW) : match.start()]
    denials = [NOT_BEFORE[language]]
    if language != "en" and _script(language) == "latin":
        denials.append(NOT_BEFORE["en"])
    return not any(re.search(denial, before) for denial in denials)


@functools.lru_cache(maxsize=512)
def _told_as_over(script: str, sentences: str) -> bool:
    """Whether a language written in `script` tells these sentences as long past and over
    (「Three years ago I attempted suicide, now I'm happy」 is over in English, whichever
    language's word 「suicid」 was). Read once, however many cues stand in them."""
    return any(
        re.search(over, sentences) is not None
        for language, over in OVER.items()
        if _script(language) == script
    )


@functools.lru_cache(maxsize=512)
def _laughs(sentence: str) -> bool:
    return _LAUGHTER.search(sentence) is not None


def _sentence_of(view: str, match: re.Match[str], sentences: int = 1) -> str:
    """The sentence the cue stands in (between . ! ? 。 ！ ？), and as many after it as
    `sentences` asks for (「Two years ago I tried to kill myself. Now I'm fine.」)."""
    start = max(view.rfind(mark, 0, match.start()) for mark in _SENTENCE_ENDS) + 1
    end = match.end()
    for _ in range(sentences):
        ends = [at for mark in _SENTENCE_ENDS if (at := view.find(mark, end)) >= 0]
        end = min(ends, default=len(view)) + 1
    return view[start : min(end, len(view))]


@functools.lru_cache(maxsize=128)
def _cue_hits(text: str) -> frozenset[tuple[str, str, bool]]:
    """The crisis words' hits, read once per text: the crisis rules, the middle band and
    the language a message is written in all ask for them in the same turn."""
    return frozenset(_hits(text, _compiled()))


@functools.lru_cache(maxsize=128)
def _worry_hits(text: str) -> frozenset[tuple[str, str, bool]]:
    return frozenset(_hits(text, _compiled_worry()))


def _hits(text: str, words: _Compiled) -> set[tuple[str, str, bool]]:
    """(language, flag, laughed) for every language whose `words` stand in `text`;
    `laughed`: only in a sentence that laughs (「…会杀了我哈哈」「vai me matar kkkk」)."""
    view = plain(text)
    found: set[tuple[str, str, bool]] = set()
    for language, flags in words.items():
        if not written_in(view, language):
            continue
        for flag, patterns in flags.items():
            laughed = _flag_stands(view, patterns, language)
            if laughed is not None:
                found.add((language, flag, laughed))
    return found


def _flag_stands(view: str, patterns: tuple[re.Pattern[str], ...], language: str) -> bool | None:
    """None when no pattern stands; False when one stands in a sentence that does not
    laugh (enough: the rest are not read), True when each stands only in one that does."""
    laughed: bool | None = None
    for pattern in patterns:
        for match in pattern.finditer(view):
            if _stands(view, match, language):
                if not _laughs(_sentence_of(view, match)):
                    return False
                laughed = True
    return laughed


def detect_in_languages(text: str) -> frozenset[str]:
    """Crisis flags the other languages' words raise in `text` (empty for Japanese). Words
    of crisis in a sentence that laughs raise none: they are asked about
    (`worried_in_languages`)."""
    return frozenset(flag for _, flag, laughed in _cue_hits(text) if not laughed)


def worried_in_languages(text: str) -> frozenset[str]:
    """The flags whose words near a danger stand in `text`, written in another language
    than Japanese, or whose words of crisis stand in a sentence that laughs: the middle
    band, where the bot asks 「いま、危ない状況ですか？」. A text with kana is Japanese,
    read by the Japanese rules and model."""
    if KANA.search(text):
        return frozenset()
    laughed = {flag for _, flag, laughed in _cue_hits(text) if laughed}
    return frozenset(laughed | {flag for _, flag, _ in _worry_hits(text)})


def languages_of_cues(text: str) -> frozenset[str]:
    """The languages whose crisis words stand in `text` (empty for Japanese)."""
    return frozenset(language for language, _, _ in _cue_hits(text))


def languages_of_worry(text: str) -> frozenset[str]:
    """The languages whose words near a danger stand in `text` (「kms」「socorro」)."""
    return frozenset(language for language, _, _ in _worry_hits(text))


def _script(language: str) -> str:
    return "hangul" if language == "ko" else "han" if language.startswith("zh") else "latin"
