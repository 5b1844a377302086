"""Text normalisation shared by the crisis rules and the fallback classifier."""

from __future__ import annotations

import re
import unicodedata

import jaconv

_SPACES = re.compile(r"\s+")
_REPEATED_MARKS = re.compile(r"([ーっ〜~!?…・.。、,])\1+")


def katakana_to_hiragana(text: str) -> str:
    return str(jaconv.kata2hira(text))


def visible(text: str) -> str:
    """Without the characters that show nothing (zero-width spaces and joiners, direction
    marks, the BOM): 「I want\u200b to die」 reads as 「I want to die」."""
    return "".join(char for char in text if unicodedata.category(char) != "Cf")


def normalize(text: str) -> str:
    """NFKC (全角/半角), lower case, no spaces, runs of marks collapsed to one."""
    folded = unicodedata.normalize("NFKC", visible(text)).lower()
    folded = _SPACES.sub("", folded)
    return _REPEATED_MARKS.sub(r"\1", folded)
