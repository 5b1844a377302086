"""Reading the typed answers of the つなぐシート that are about words, not values: a name
(titles, a correction, a polite or dialect ending left out), ふりがな (katakana into
hiragana by jaconv), 「ない」 as an answer, and whether an answer says anything at all.
Dates, ages, counts, phone numbers and 〒 are read by `nlu/extract/`.

Each parser returns the parsed value, or None when the text is not an answer of that kind."""

from __future__ import annotations

import re
import unicodedata

import jaconv

from nlu.extract.phrasing import latest_said, without_polite_ending
from nlu.extract.text import normalise as normalise

MAX_NAME = 40


# 岡山弁・関西弁 endings after a name (only there: in other answers they are words kept).
DIALECT_ENDING = re.compile(r"(?<=\S)(?:じゃ|やで|だよ)[\s。.!！]*$")


KANA = re.compile(r"^[ぁ-ゖー・\s]+$")


# A name in Latin letters, accents allowed: 「Wang Li」「José da Silva」「O'Brien」.
_LATIN = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff"


LATIN_NAME = re.compile(rf"^[{_LATIN}][{_LATIN} .'-]*$")


EMOJI_OR_SYMBOLS = re.compile(r"^[\W_]+$")


def to_hiragana(text: str) -> str:
    return str(jaconv.kata2hira(text))


def parse_kana(text: str) -> str | None:
    """ふりがな: hiragana (katakana is turned into hiragana); 「です」 after it is left out.
    A name read in Latin letters (「Wang Li」「Nguyen Van An」) is taken as written: that
    is how a foreign resident reads their own name."""
    said = without_polite_ending(normalise(text))
    value = to_hiragana(unicodedata.normalize("NFKC", said.replace("ｰ", "ー"))).replace("-", "ー")
    if KANA.match(value) and len(value) <= MAX_NAME * 2:
        return value
    latin = re.sub(r"\s+", " ", unicodedata.normalize("NFKC", said)).strip()
    return latin if LATIN_NAME.match(latin) and len(latin) <= MAX_NAME * 2 else None


def is_meaningful(text: str) -> bool:
    """Not empty, not only emoji or punctuation."""
    value = normalise(text)
    return bool(value) and not EMOJI_OR_SYMBOLS.match(value)


# Titles people put after a name (a relative's, or their own out of habit).
HONORIFIC = re.compile(r"\s*(?:さん|様|さま|サマ|ちゃん|くん|君|殿|氏)$")


NAME_LEAD = re.compile(r"^(?:(?:私|わたし|僕|ぼく|本人)の)?(?:お?名前|なまえ|氏名)(?:は|:)\s*")


def without_honorific(name: str) -> str:
    """「高橋 一郎さん」 → 「高橋 一郎」, 「ゆいちゃん」 → 「ゆい」: the title at the end only,
    never the whole name."""
    stripped = HONORIFIC.sub("", name)
    return stripped if stripped.strip() else name


def parse_name(text: str) -> str | None:
    """「山田　花子」 → 「山田 花子」; 「山田 ハナです」「山田ハナと申します」「名前は山田です」
    「高橋 一郎さん」「山田、いや山本です」 → the name alone."""
    value = re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip()
    value = without_polite_ending(latest_said(value))
    value = DIALECT_ENDING.sub("", value)  # 「名前は倉敷一郎じゃ」
    value = without_honorific(NAME_LEAD.sub("", value)).strip(" 、。,.")
    if not is_meaningful(value) or len(value) > MAX_NAME or re.search(r"\d", value):
        return None
    return value


# 「ない」 as the answer (no phone, nothing to add), said in the ways people say it.
NONE_SAID = re.compile(
    r"^(?:(?:自宅の|家の|うちの|固定|携帯|けいたい|ケータイ|スマホ)?(?:電話|でんわ)?(?:番号)?(?:は|も))?"
    r"(?:特に|とくに|何も|なにも|今は|いまは)?(?:持って|もって)?"
    r"(?:ない|無い|なし|無し|ありません|いません|ないです|ないよ|ないんです|おらん|ねえ)$"
)


def says_none(text: str) -> bool:
    """「ない」「なし」「電話はない」「持ってない」「特にありません」 → True."""
    value = without_polite_ending(normalise(text)).replace(" ", "").strip("。、,.!！")
    return bool(NONE_SAID.match(value))
