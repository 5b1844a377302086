"""How people say a value in a few typed words: a polite ending or a greeting after it,
a correction (「70歳、いや72歳」), a hedge (「たしか」「〜くらい」), numerals in kanji. The
extractors of dates, counts and phones read the value left when these are set aside."""

from __future__ import annotations

import re
import unicodedata

from nlu.extract.text import normalise

POLITE_ENDING = re.compile(
    r"\s*(?:でございます|と申します|ともうします|といいます|と言います|です)[\s。.!！?？]*$"
    # 「息子じゃ」「長男や」「娘だよ」: a dialect's copula after a word in kanji (not
    # after kana, where it may be a name's last letter: 「みや」).
    r"|(?<=[\u3400-\u9fff々])(?:じゃけぇ|じゃけん|じゃよ|じゃ|やで|やん|だよ|だ|や)[\s。.!！?？]*$"
)


# A greeting after the answer: 「…と申します。よろしくお願いします」.
GREETING_AFTER = re.compile(
    r"[\s。、.!！]+(?:どうぞ)?(?:よろしく|宜しく)(?:お願い|おねがい)?(?:します|いたします|致します)?"
    r"[\s。.!！]*$"
)


def without_polite_ending(text: str) -> str:
    """「山田 ハナです。」 → 「山田 ハナ」, 「長女です」 → 「長女」: a whole ending at the very
    end only (never inside a name), and never the whole answer."""
    stripped = POLITE_ENDING.sub("", GREETING_AFTER.sub("", text))
    return stripped if stripped.strip() else text


KANJI_NUMERAL = re.compile(r"[〇一二三四五六七八九十百千]+")


def kanji_number(numeral: str) -> int:
    """「三十」 → 30, 「十二」 → 12, 「一九五五」 and 「千九百五十五」 → 1955 (each numeral's
    value from unicodedata)."""
    total = current = 0
    for char in numeral:
        value = int(unicodedata.numeric(char))
        if value >= 10:  # 十 百 千 multiply what stands before them (nothing: one)
            total += (current or 1) * value
            current = 0
        else:
            current = current * 10 + value
    return total + current


def with_arabic_numerals(text: str) -> str:
    """「昭和三十年五月三日」 → 「昭和30年5月3日」, 「二人」 → 「2人」."""
    return KANJI_NUMERAL.sub(lambda found: str(kanji_number(found[0])), text)


# A correction: what comes after it is the answer (「70歳、いや72歳」「やっぱり母のこと」).
# 「いや」「いえ」 only when a pause follows (「いえなが」 is a name).
CORRECTION = re.compile(
    r"(?:やっぱり|やっぱ|やはり|じゃなくて|ではなくて|じゃなく|ではなく|訂正して|訂正|"
    r"まちがえました|間違えました|(?<=[、。,.\s])(?:いや|いえ)|^(?:いや|いえ)(?=[、。,.\s]))[、。,.\s]*"
)


# Words that soften a value (たしか, だいたい, 〜くらい) and say nothing about it.
HEDGE = re.compile(
    r"たしか|確か|多分|たぶん|だいたい|大体|おおよそ|およそ|約|ほぼ|"
    r"(?<=[\d歳才人])\s*(?:くらい|ぐらい|位|ほど|前後)|"
    r"(?:だったと|だと|かと)?思います$|(?:だったと|だと)?思う$|(?:だった)?かな$|かも$"
)


def latest_said(text: str) -> str:
    """What the person settled on: the words after their last correction
    (「山田、いや山本です」 → 「山本です」); the whole text when none follows."""
    parts = CORRECTION.split(text)
    last = parts[-1].strip(" 、。,.")
    return last if last else text


def without_hedges(text: str) -> str:
    """「たしか48」 → 「48」, 「80歳くらいだと思います」 → 「80歳」."""
    previous = None
    while previous != text:
        previous, text = text, HEDGE.sub("", without_polite_ending(text)).strip(" 、。,.")
    return text or previous


def numbers_said(text: str) -> str:
    """A short answer about a number, compact: NFKC, the last correction only, no hedge,
    no spaces, no polite ending, numerals in digits."""
    value = with_arabic_numerals(latest_said(normalise(text)).replace(" ", ""))
    return without_hedges(without_polite_ending(value))


def lone_number(value: str) -> int | None:
    """The one number a sentence holds (「母は48」), None when there are none or several."""
    numbers = re.findall(r"\d+", value)
    if re.search(r"[年月日]", value):  # 「昭和50年」 is no age
        return None
    return int(numbers[0]) if len(numbers) == 1 and len(numbers[0]) <= 3 else None
