"""Japanese typed in Latin letters (「shinitai」「tasukete. otto ni naguraremasu」), as a
phone without a Japanese keyboard types it: told apart from other languages' words, and
read as hiragana so the Japanese rules read it too."""

from __future__ import annotations

import re
import unicodedata
from typing import Final

import jaconv

# A word made of kana syllables — Filipino and the others end words in consonants
# Japanese does not (「Yamada Hanako」「watashi wa komatte imasu」).
ROMAJI_WORD: Final = re.compile(
    r"(?:(?:[kgsztdnhbpmr]y|sh|ch|ts|j|f|w|[kgsztdnhbpmyr])?[aiueoāīūēō]|n(?![aiueoy])"
    r"|([kgsztdhbpmrjfc])(?=\1))+",
    re.IGNORECASE,
)
_WORD: Final = re.compile(r"[^\W\d_]+")
_LATIN_ONLY: Final = re.compile(r"^[\x00-\x7fāīūēō\s]+$")
# Words whose 「n」 before 「y」 is ん, which the syllables alone would read as にゃ.
_N_BEFORE_Y: Final = {"konya": "kon'ya", "konnya": "kon'ya", "kinyoubi": "kin'youbi"}


def all_romaji(words: list[str]) -> bool:
    """Every word one of kana syllables."""
    return bool(words) and all(ROMAJI_WORD.fullmatch(word) for word in words)


def as_kana(text: str) -> str | None:
    """`text` in hiragana when it is written in Latin letters of kana syllables only
    (「mou shinitai」 → 「もう しにたい」); None for anything else."""
    folded = unicodedata.normalize("NFKC", text).lower()
    if not _LATIN_ONLY.match(folded):
        return None
    words = _WORD.findall(folded)
    if not all_romaji(words):
        return None
    spelled = _WORD.sub(lambda word: _N_BEFORE_Y.get(word[0], word[0]), folded)
    return str(jaconv.alphabet2kana(spelled))


def read_as_japanese(text: str) -> str:
    """`text` as the Japanese it is: in hiragana when typed in Latin letters of kana
    syllables (「kodomo ga hitori de」), else as it came."""
    return as_kana(text) or text
