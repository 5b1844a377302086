"""Dates of birth and ages as the other languages the bot speaks write them.

A month by its name, as Babel writes it in English, Português, Español and Filipino
(wide or abbreviated, in any case, with or without accents): 「May 3, 1950」「Mar 3 1950」
「3 May 1950」「3 de maio de 1950」「3 de marco de 1950」「3 de mayo de 1950」
「Mayo 3, 1950」; the month as a number in Tiếng Việt and 한국어: 「ngày 3 tháng 5 năm
1950」「3 thang 5 nam 1950」「1950년 5월 3일」 (中文 「1950年5月3日」 is read as Japanese);
day and month in numbers before the year: 「25/12/1950」「25.12.1950」「12-25-1950」; an
age with its word: 「82 years old」「82 tuổi」「82 anos」「82 años」「82 taon」「82살」
「82세」「82岁」.

Day and month in numbers are read only when their order is plain: one of them is over
12 (「25/12/1950」 and 「12/25/1950」 are both 25 December) or both are the same
(「3/3/1950」). 「03/05/1950」 is 3 May in Europe and Latin America and 5 March in the
United States and the Philippines, and the answer alone does not tell which: it is not
read, so the question is asked again, with its example 「1955/5/3」 and the calendar,
which leave no doubt. A reading guessed here would be shown back only on the summary
card, after every other question."""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from itertools import product
from typing import Literal

from babel.dates import get_month_names

from nlu.extract.phrasing import with_arabic_numerals
from nlu.extract.text import normalise
from nlu.text_normal import without_accents

# The languages the bot speaks that write a month by its name.
MONTHS_IN_LETTERS = ("en", "pt", "es", "fil")


Width = Literal["wide", "abbreviated"]
Context = Literal["format", "stand-alone"]


# 「ngày 3 tháng 5 năm 1950」「3 thg 5, 1950」, folded (no accents).
VIETNAMESE_DATE = re.compile(
    r"(?<!\d)(\d{1,2})\s*(?:thang|thg)\s*(\d{1,2})[\s,./-]*(?:nam\s*)?(\d{4})(?!\d)"
)


# 「1950년 5월 3일」
KOREAN_DATE = re.compile(r"(?<!\d)(\d{4})\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})(?!\d)")


# 「25/12/1950」「3.3.1950」「12-25-1950」: the same mark twice, the year last.
NUMBERS_DATE = re.compile(r"(?<![\d./-])(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?!\d)")


# An age with its word, folded (no accents): 「82 years old」「82 tuoi」「82 anos」
# 「82 taong gulang」「82살」「82세」「82岁」.
AGE_SAID = re.compile(
    r"(?<!\d)(\d{1,3})\s*"
    r"(?:years?(?:\s*old)?|yrs?(?:\s*old)?|y/o|y\.o\.?"  # English
    r"|tuoi|anos?"  # Tiếng Việt; Português and Español (año, años)
    r"|(?:na\s+)?taong?(?:\s*gulang)?"  # Filipino
    r"|살|세|岁|歲)"  # 한국어, 中文
    r"(?![a-z]|\s*ago)"
)


def folded(text: str) -> str:
    """NFKC, lower case, without accents: 「3 de Março」 → 「3 de marco」, 「ngày」 → 「ngay」
    (Hangul is left whole)."""
    return without_accents(normalise(text))


@cache
def month_names() -> dict[str, int]:
    """Every name of each month in `MONTHS_IN_LETTERS`, folded and without its dot:
    「may」「mayo」「maio」「mai」 → 5."""
    names: dict[str, int] = {}
    widths: tuple[Width, ...] = ("wide", "abbreviated")
    contexts: tuple[Context, ...] = ("format", "stand-alone")
    for locale, width, context in product(MONTHS_IN_LETTERS, widths, contexts):
        for number, name in get_month_names(width, context, locale).items():
            names[folded(name).rstrip(".")] = number
    return names


@cache
def _month_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The month first (「may 3, 1950」「mayo 3 1950」) and the day first (「3 may 1950」
    「3rd of may, 1950」「3 de maio de 1950」「ika-3 ng mayo 1950」)."""
    longest_first = sorted(month_names(), key=len, reverse=True)
    month = rf"(?<![a-z])({'|'.join(map(re.escape, longest_first))})(?![a-z])\.?"
    day = r"(\d{1,2})(?:st|nd|rd|th|o)?"
    month_first = re.compile(rf"{month}[\s,/-]*{day}[\s,./-]+(\d{{4}})(?!\d)")
    day_first = re.compile(
        rf"(?<!\d){day}[\s,./-]*(?:(?:de|of|ng)\s+)?{month}[\s,./-]*(?:(?:de|del)\s+)?"
        rf"(\d{{4}})(?!\d)"
    )
    return month_first, day_first


def _day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _in_numbers(first: int, second: int, year: int) -> date | None:
    """Day and month in numbers, in the order their values make plain; None when either
    order would do (see the module's docstring)."""
    if first != second and first <= 12 and second <= 12:
        return None
    day, month = (first, second) if first > 12 else (second, first)
    return _day(year, month, day)


def written_date(text: str) -> date | None:
    """The date a sentence names in one of the ways above, anywhere in it: 「She was born
    on May 3, 1950」 → 1950-05-03; None when there is none, it is no real day
    (「May 32, 1950」), or day and month could be either way round (「03/05/1950」)."""
    value = folded(text)
    month_first, day_first = _month_patterns()
    if found := month_first.search(value):
        return _day(int(found[3]), month_names()[found[1]], int(found[2]))
    if found := day_first.search(value):
        return _day(int(found[3]), month_names()[found[2]], int(found[1]))
    if found := VIETNAMESE_DATE.search(value):
        return _day(int(found[3]), int(found[2]), int(found[1]))
    if found := KOREAN_DATE.search(value):
        return _day(int(found[1]), int(found[2]), int(found[3]))
    if found := NUMBERS_DATE.search(value):
        return _in_numbers(int(found[1]), int(found[3]), int(found[4]))
    return None


def says_a_date(text: str) -> bool:
    """Whether the words hold a date in one of the ways above, read or not (「03/05/1950」
    names a day, though not which)."""
    value = folded(text)
    patterns = (*_month_patterns(), VIETNAMESE_DATE, KOREAN_DATE, NUMBERS_DATE)
    return any(pattern.search(value) for pattern in patterns)


def ages_said(text: str) -> list[int]:
    """Each age told with its word, in order: 「82 years and 3 months」 → [82], 「만 82세」
    → [82], 「八十二岁」 → [82]."""
    return [int(age) for age in AGE_SAID.findall(with_arabic_numerals(folded(text)))]
