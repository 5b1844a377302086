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


def without_accents(text: str) -> str:
    """NFKC (全角/半角), lower case, Latin letters without their accents (đ as d):
    「Tiếng Việt」 → 「tieng viet」, 「Não」 → 「nao」, 「ＹＥＳ」 → 「yes」. Kana keep their
    dakuten and Hangul its syllables: only letters before U+2000 lose their marks."""
    folded = unicodedata.normalize("NFKC", text).lower().replace("đ", "d")
    return "".join(_bare(char) if ord(char) < _LATIN_END else char for char in folded)


_LATIN_END = 0x2000


def _bare(char: str) -> str:
    decomposed = unicodedata.normalize("NFD", char)
    return "".join(part for part in decomposed if not unicodedata.combining(part))


def normalize(text: str) -> str:
    """NFKC (全角/半角), lower case, no spaces, runs of marks collapsed to one."""
    folded = unicodedata.normalize("NFKC", visible(text)).lower()
    folded = _SPACES.sub("", folded)
    return _REPEATED_MARKS.sub(r"\1", folded)


# Five digits or more, however they are broken up (「080-1111-3333」「〒700-0913」
# 「０８６（２３４）５６７８」): a phone number, a postal code, a case number.
_LONG_NUMBER = re.compile(r"\d(?:[\s\-－ー‐−ｰ〜~_().（）・]{0,2}\d){4,}")
NUMBER_MARK = "#"


def without_long_numbers(text: str, mark: str = NUMBER_MARK) -> str:
    """The text as the models read it: each long number one mark. Its digits say nothing
    of the trouble, and a model trained on 「110」「119」 read danger in 「080-1111-3333」.
    The rules and the extractors still read the text as written."""
    return _LONG_NUMBER.sub(mark, text)
