"""Dates of birth and ages as people write them: 和暦 by japanera (「昭和30年5月3日」
「S30.5.3」「昭和三十年五月三日」), 西暦, a year alone, an age, or one standing in a sentence
(「母は昭和21年生まれの80歳です」); as the other languages the bot speaks write them
(「May 3, 1950」「82 tuổi」) by `dates_in_languages`. A number that is part of an address
(「5-12 Minami-ku」「5丁目」) is no age."""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from datetime import date
from typing import Final

from japanera import EraDate

from nlu.extract import dates_in_languages as in_languages
from nlu.extract.phrasing import lone_number, numbers_said, with_arabic_numerals
from nlu.extract.text import normalise

ERA_HEADS = {"M": "明治", "T": "大正", "S": "昭和", "H": "平成", "R": "令和"}


MAX_AGE = 130


ERA_DATE = re.compile(
    r"^(明治|大正|昭和|平成|令和)(元|\d{1,2})(?:年の?|[.\-/]|$)"  # 「昭和18年の3月3日」「S60」
    r"(?:(\d{1,2})(?:月の?|[.\-/])(?:(\d{1,2})日?)?)?"
)


ERA_HEAD = re.compile(r"^([MTSHR])(?=元|\d)", re.IGNORECASE)  # S30.5.3, S30年5月3日


WESTERN_DATE = re.compile(r"^(\d{4})[./\-年](\d{1,2})[./\-月](\d{1,2})日?$")


WESTERN_YEAR = re.compile(r"^(\d{4})年$")


BORN = re.compile(r"(?:生まれ|うまれ|生)$")


AGE = re.compile(r"^(?:満)?(\d{1,3})(?:歳|才|さい)?(?:くらい|ぐらい|位)?$")


AGE_INSIDE = re.compile(r"(?<!\d)(\d{1,3})(?:歳|才|さい)")


ERA_DATE_INSIDE = re.compile(
    r"(?:明治|大正|昭和|平成|令和)(?:元|\d{1,2})年の?(?:\d{1,2}月の?(?:\d{1,2}日)?)?"
)


WESTERN_DATE_INSIDE = re.compile(r"(?<!\d)\d{4}[./\-年]\d{1,2}[./\-月]\d{1,2}日?")


WESTERN_YEAR_INSIDE = re.compile(r"(?<!\d)(?:19|20)\d{2}年")


# What an address has and an age never does: digits joined by a hyphen (「5-12」
# 「2-3-5」), a 区, 丁目, 番地 or 号室, or their words in letters (「Minami-ku」「Kita ward」
# 「5 chome」), a street, an apartment or a room.
ADDRESS = re.compile(
    r"\d\s*-\s*\d|[区〒]|丁目|番地|号室|ku(?![a-z])|"
    r"(?<![a-z])(?:ward|chome|choume|banchi|street|st|avenue|ave|road|rd|apt|apartment|"
    r"room|bldg|building|rua|calle|đuong|duong|quan|phuong)(?![a-z])"
)


@dataclass(frozen=True, slots=True)
class Birth:
    """A 生年月日 (when the day is known) and the age it gives, or an age alone."""

    age: int
    birth_date: date | None = None


def age_on(birth: date, today: date) -> int:
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))


def _era_date(era: str, year: str, month: int, day: int) -> date | None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            found = EraDate.strptime(f"{era}{year}年{month}月{day}日", "%-K%-y年%m月%d日")
        except ValueError:
            return None
    return found[0].to_date() if found else None


def parse_birth(text: str, today: date) -> Birth | None:
    """「昭和30年5月3日」「S30.5.3」「S30年5月3日」「昭和三十年五月三日」「1955/5/3」
    「1955年5月3日生まれ」「70歳」 → Birth; 「昭和30年」「1955年」 alone give the age."""
    value = ERA_HEAD.sub(
        lambda head: ERA_HEADS[head[1].upper()], numbers_said(_in_kanji(text, today))
    )
    return (
        _birth_of(BORN.sub("", value), today)
        or _birth_on(in_languages.written_date(text), today)
        or _birth_inside(value, today, text)
    )


# Eras and the words of a date in hiragana (「しょうわ60ねん5がつ3にち」), and the year of
# birth as Korean says it (「85년생」「1985년생」), as the dates below read them.
_KANA_ERAS: Final = {"めいじ": "明治", "たいしょう": "大正", "しょうわ": "昭和", "へいせい": "平成",
                     "れいわ": "令和"}  # fmt: skip
_KANA_ERA = re.compile("|".join(_KANA_ERAS))
_KANA_UNITS = re.compile(r"(?<=[\d０-９])\s*(ねん|がつ|にち)")
_UNITS = {"ねん": "年", "がつ": "月", "にち": "日"}
_BORN_IN_KOREAN = re.compile(r"^\s*(\d{2}|\d{4})\s*년생(?:이에요|입니다|이요)?[.!]?\s*$")
# A date as Korean writes it (「1985년 5월 3일」「85년 5월 3일생」), in the units of kanji.
_KOREAN_UNITS = re.compile(r"(?<=\d)\s*(년|월|일)(?:생(?:이에요|입니다|이요)?)?")
_HANGUL_UNITS = {"년": "年", "월": "月", "일": "日"}
# A year of two digits before a month and a day (「85年5月3日」, as Chinese and Korean write
# it): the year of the last hundred.
_SHORT_YEAR_DATE = re.compile(r"^\s*(\d{2})年(?=\s*\d{1,2}月\s*\d{1,2}日)")


def _in_kanji(text: str, today: date) -> str:
    value = _KANA_ERA.sub(lambda era: _KANA_ERAS[era[0]], text)
    value = _KANA_UNITS.sub(lambda unit: _UNITS[unit[1]], value)
    if korean := _BORN_IN_KOREAN.match(value):
        year = int(korean[1])
        if year < 100:  # 「85년생」: the year of the last hundred
            year = _of_the_last_hundred(year, today)
        return f"{year}年"
    value = _KOREAN_UNITS.sub(lambda unit: _HANGUL_UNITS[unit[1]], value)
    if short := _SHORT_YEAR_DATE.match(value):
        year = _of_the_last_hundred(int(short[1]), today)
        return f"{year}年{value[short.end() :]}"
    return value


def _of_the_last_hundred(year: int, today: date) -> int:
    """「85」 as 1985, 「05」 as 2005: the year of the last hundred."""
    return year + (2000 if 2000 + year <= today.year else 1900)


def _birth_inside(value: str, today: date, text: str) -> Birth | None:
    """A date or an age standing in a sentence: 「母は昭和21年生まれの80歳です」 → the
    date; 「たぶん80歳です」 → 80; 「母は48」 → 48."""
    for pattern in (ERA_DATE_INSIDE, WESTERN_DATE_INSIDE, WESTERN_YEAR_INSIDE):
        if found := pattern.search(value):
            return _birth_of(found[0], today)
    age = _age_inside(value, text)
    return Birth(age) if age is not None else None


def _age_inside(value: str, text: str) -> int | None:
    """The last age told with its word (「80歳」「80 years old」), else the one number of
    an answer that is no address (`text` as typed, its spaces kept: 「Minami ku 5」)."""
    found = [int(age) for age in AGE_INSIDE.findall(value)] or in_languages.ages_said(text)
    if found:
        age: int | None = found[-1]
    else:
        age = None if ADDRESS.search(in_languages.folded(text)) else lone_number(value)
    return age if age is not None and 0 <= age <= MAX_AGE else None


def age_in_story(story: str) -> int | None:
    """The one age a story names (「80歳の母が…」), None when it names none or several."""
    ages = set(AGE_INSIDE.findall(with_arabic_numerals(normalise(story))))
    age = int(ages.pop()) if len(ages) == 1 else None
    return age if age is not None and age <= MAX_AGE else None


def _birth_of(value: str, today: date) -> Birth | None:
    """The whole `value` as a date, a year or an age."""
    born: date | None = None
    if match := ERA_DATE.match(value):
        era, year, month, day = match.groups()
        if month is None or day is None:
            return _year_only(era, year, today)
        born = _era_date(era, year, int(month), int(day))
    elif match := WESTERN_DATE.match(value):
        try:
            born = date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            return None
    elif match := WESTERN_YEAR.match(value):
        return _born_in(int(match[1]), today)
    elif match := AGE.match(value):
        age = int(match[1])
        return Birth(age) if 0 <= age <= MAX_AGE else None
    return _birth_on(born, today)


def _birth_on(born: date | None, today: date) -> Birth | None:
    """A day of birth and the age it gives; None for a day to come, or too long ago."""
    if born is None or born > today or age_on(born, today) > MAX_AGE:
        return None
    return Birth(age_on(born, today), born)


def _year_only(era: str, year: str, today: date) -> Birth | None:
    """「昭和30年」 alone: the age in years, without a day."""
    born = _era_date(era, year, 12, 31) or _era_date(era, year, 1, 1)
    return None if born is None else _born_in(born.year, today)


def _born_in(year: int, today: date) -> Birth | None:
    """Born in `year`, the day unknown: the age reached this year."""
    age = today.year - year
    return Birth(age) if 0 <= age <= MAX_AGE else None


def era_date_text(born: date) -> str:
    """1955-05-03 → 「昭和30年5月3日」, 2019-05-03 → 「令和元年5月3日」."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        era = EraDate.from_date(born).era
    if era.kanji not in ERA_HEADS.values():
        return f"{born.year}年{born.month}月{born.day}日"
    year = born.year - era.since.year + 1
    return f"{era.kanji}{'元' if year == 1 else year}年{born.month}月{born.day}日"


def parse_picked_date(value: str, today: date) -> Birth | None:
    """The datetime picker's `YYYY-MM-DD`."""
    try:
        born = date.fromisoformat(value)
    except ValueError:
        return None
    return _birth_on(born, today)


def is_age_alone(text: str) -> bool:
    """An answer that gives an age and no date or year of birth: 「82歳」「たしか82」
    「82 years old」."""
    value = numbers_said(text)
    dated = any(p.search(value) for p in (ERA_DATE_INSIDE, WESTERN_YEAR_INSIDE))
    return not dated and not in_languages.says_a_date(text) and parse_age(text) is not None


def parse_age(text: str) -> int | None:
    """「48」「４８歳」「八十二歳」「たしか48」「48くらい」「いや、50です」「弟は50歳です」
    「48 years old」「48살」 → the age in years; None for an address (「5 Minami-ku」)."""
    value = numbers_said(text)
    match = AGE.match(value)
    if match is None:
        return _age_inside(value, text)
    age = int(match[1])
    return age if age <= MAX_AGE else None
