"""The birth date and the ages of the つなぐシート answered the way a resident writes them
in their own language: 「May 3, 1950」「3 de maio de 1950」「ngày 3 tháng 5 năm 1950」
「1950년 5월 3일」, day and month in numbers, 「82 years old」「82 tuổi」「82살」. Day and
month in numbers that could be either way round are asked again; an address typed at an
age question is never taken for an age."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from babel.dates import format_date

from handlers.i18n import date_in
from handlers.intake import answers as a
from handlers.intake import steps
from handlers.intake.places import city_of
from handlers.intake.state import IntakeState
from nlu.extract.dates import parse_birth
from tests.intake.drafts import draft_state

TODAY = date(2026, 11, 23)
OKAYAMA = city_of("okayama")
MAY_3 = date(1950, 5, 3)


def _household() -> IntakeState:
    """A resident writing for themselves, living with one other person."""
    blank = {"name": None, "age": None, "relation": None, "note": None}
    members = [{**blank, "relation": "本人"}, {**blank, "relation": "配偶者"}]
    return draft_state({"household": {"size": 2, "members": members}})


def _read(key: str, typed: str) -> a.Result:
    name, index = steps.split_key(key)
    sit = a.Situation(_household(), TODAY, OKAYAMA.name, OKAYAMA.wards)
    return steps.read_answer(steps.BY_KEY[name], a.Given(text=typed), sit, index)


def _person(typed: str) -> dict[str, Any]:
    """What the sheet keeps about the person after the birth question is answered."""
    taken = _read("birth", typed)
    assert isinstance(taken, a.Taken), f"{typed!r} was not read"
    return taken.state.section("person")


def _member_age(typed: str) -> Any:
    taken = _read("member_age:1", typed)
    assert isinstance(taken, a.Taken), f"{typed!r} was not read"
    return taken.state.members()[1]["age"]


@pytest.mark.parametrize(
    ("typed", "born"),
    [
        ("May 3, 1950", MAY_3),
        ("may 3 1950", MAY_3),
        ("3 May 1950", MAY_3),
        ("3rd of May, 1950", MAY_3),
        ("Mar 3 1950", date(1950, 3, 3)),
        ("She was born on May 3, 1950", MAY_3),
        ("ＭＡＹ ３, １９５０", MAY_3),
        ("3 de maio de 1950", MAY_3),
        ("3 de março de 1950", date(1950, 3, 3)),
        ("3 de marco de 1950", date(1950, 3, 3)),
        ("1º de maio de 1950", date(1950, 5, 1)),
        ("3 de mayo de 1950", MAY_3),
        ("3 de Septiembre de 1950", date(1950, 9, 3)),
        ("Mayo 3, 1950", MAY_3),
        ("ika-3 ng Mayo, 1950", MAY_3),
        ("ngày 3 tháng 5 năm 1950", MAY_3),
        ("Ngày 03 tháng 05 năm 1950", MAY_3),
        ("3 thang 5 nam 1950", MAY_3),
        ("1950년 5월 3일", MAY_3),
        ("１９５０년 ５월 ３일", MAY_3),
    ],
)
def test_a_date_written_the_way_their_language_writes_it_is_kept(typed: str, born: date) -> None:
    person = _person(typed)
    age = TODAY.year - born.year
    assert (person["birth_date"], person["age"]) == (born.isoformat(), age)
    assert person["birth_date_text"] == typed  # the words as written, for staff


# 中文 writes a date as Japanese does (「1950年5月3日」): read with the Japanese forms.
@pytest.mark.parametrize("language", ["en", "vi", "pt", "es", "fil", "ko"])
def test_the_date_as_the_summary_shows_it_to_them_is_read_back(language: str) -> None:
    """The summary card shows the birth date as their language writes it (「3 de maio de
    1950」): written that way, or in the language's other common forms, it is read."""
    shown = date_in(MAY_3, language)
    forms = [shown] + [format_date(MAY_3, form, locale=language) for form in ("full", "medium")]
    assert [_person(form)["birth_date"] for form in forms] == [MAY_3.isoformat()] * 3


@pytest.mark.parametrize(
    ("typed", "born"),
    [
        ("13/05/1950", date(1950, 5, 13)),
        ("05/13/1950", date(1950, 5, 13)),
        ("25.12.1950", date(1950, 12, 25)),
        ("12-25-1950", date(1950, 12, 25)),
        ("3/3/1950", date(1950, 3, 3)),
        ("３．３．１９５０", date(1950, 3, 3)),
    ],
)
def test_day_and_month_in_numbers_are_read_when_their_order_is_plain(
    typed: str, born: date
) -> None:
    assert _person(typed)["birth_date"] == born.isoformat()


@pytest.mark.parametrize(
    ("either_way", "plain"),
    [
        ("03/05/1950", "13/05/1950"),
        ("3.5.1950", "3.15.1950"),
        ("ngày 3/5/1950", "ngày 30/5/1950"),
    ],
)
def test_day_and_month_that_could_be_either_way_are_asked_again(
    either_way: str, plain: str
) -> None:
    """3 May in Europe and Latin America, 5 March in the United States and the
    Philippines: no reading is guessed, the question is asked again (its example
    「1955/5/3」 and the calendar leave no doubt). The plain order is read."""
    assert _read("birth", either_way) == a.Unread("birth")
    assert isinstance(_read("birth", plain), a.Taken)


@pytest.mark.parametrize(
    ("refused", "kept"),
    [
        ("May 3, 2030", "May 3, 1950"),
        ("30 de febrero de 1950", "28 de febrero de 1950"),
        ("3 de maio de 1850", "3 de maio de 1930"),
    ],
)
def test_a_day_to_come_or_no_real_day_is_refused_as_in_japanese(refused: str, kept: str) -> None:
    assert _read("birth", refused) == a.Unread("birth")
    assert _person(kept)["birth_date"] is not None


@pytest.mark.parametrize(
    ("alone", "with_more"),
    [
        ("82 years old", "82 years and 3 months"),
        ("82 tuổi", "82 tuổi 3 tháng"),
        ("82 anos", "82 anos e 6 meses"),
        ("82 años", "82 años y 5 meses"),
        ("82 taon", "82 taon at 3 buwan"),
        ("82 taong gulang", "82 taong gulang, 5-12 Minami-ku"),
        ("82살", "82살 3개월"),
        ("82세", "만 82세 (1944년생)"),
        ("82岁", "82岁3个月"),
    ],
)
def test_an_age_with_its_word_is_read_alone_or_with_more_said(alone: str, with_more: str) -> None:
    """At the birth question and at a household member's age; an age alone is not kept
    a second time as the words written (「82歳（82歳）」)."""
    for typed in (alone, with_more):
        assert _member_age(typed) == 82
        assert _person(typed)["age"] == 82
    assert _person(alone)["birth_date_text"] is None


# The 番地 as it is written, digits joined by hyphens.
WITH_ITS_NUMBERS = ("5-12 Minami-ku", "2-3-5 Higashi, Okayama", "2-3-5 Higashi")


@pytest.mark.parametrize(
    "one_number",
    [
        "5 Minami-ku",
        "Minami ku 5",
        "Kita ward 5",
        "Higashi 2-chome",
        "5丁目",
        "北区5",
        "5番地",
        "apt 5",
    ],
)
def test_an_address_is_never_taken_for_an_age(one_number: str) -> None:
    """Written with its numbers or only one of them, at a household member's age or at
    the birth question: the question is asked again, and nothing is kept."""
    for typed in (*WITH_ITS_NUMBERS, one_number):
        assert _read("member_age:1", typed) == a.Unread("member_age")
        assert _read("birth", typed) == a.Unread("birth")


@pytest.mark.parametrize(
    ("typed", "age", "born"),
    [
        # The year of birth as Korean says it, two digits or four.
        ("85년생", 41, None),
        ("1985년생이에요", 41, None),
        ("05년생", 21, None),
        # A date as Korean and Chinese write it (a ninth tester's).
        ("1985년 5월 3일", 41, date(1985, 5, 3)),
        ("85년 5월 3일생", 41, date(1985, 5, 3)),
        ("85年5月3日", 41, date(1985, 5, 3)),
        # Eras and a date's words in hiragana, and an era's letter alone.
        ("しょうわ60ねん", 41, None),
        ("しょうわ 60ねん 5がつ 3にち", 41, date(1985, 5, 3)),
        ("へいせい3ねん", 35, None),
        ("Ｓ60", 41, None),
        # An age is still an age.
        ("85歳", 85, None),
        ("60", 60, None),
    ],
)
def test_a_year_of_birth_said_in_korean_or_hiragana_is_no_age(
    typed: str, age: int, born: date | None
) -> None:
    birth = parse_birth(typed, TODAY)
    assert birth is not None and (birth.age, birth.birth_date) == (age, born)
