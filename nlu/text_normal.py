"""Text normalisation shared by the crisis rules and the fallback classifier."""

from __future__ import annotations

import re
import unicodedata

_KATAKANA_START = ord("ァ")
_KATAKANA_END = ord("ヶ")
_KANA_SHIFT = ord("ぁ") - ord("ァ")
_SPACES = re.compile(r"\s+")
_REPEATED_MARKS = re.compile(r"([ーっ〜~!?…・.。、,])\1+")


def katakana_to_hiragana(text: str) -> str:
    return "".join(
        chr(ord(char) + _KANA_SHIFT) if _KATAKANA_START <= ord(char) <= _KATAKANA_END else char
        for char in text
    )


def normalize(text: str) -> str:
    """NFKC (全角/半角), lower case, no spaces, runs of marks collapsed to one."""
    folded = unicodedata.normalize("NFKC", text).lower()
    folded = _SPACES.sub("", folded)
    return _REPEATED_MARKS.sub(r"\1", folded)
