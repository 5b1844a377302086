"""Typed answers in every natural form: 和暦 and 西暦, ages, 全角 digits, dashes of every
kind, phone numbers and postal codes."""

from __future__ import annotations

from datetime import date

import pytest

from handlers.intake.parsing import (
    era_date_text,
    lookup_postal,
    parse_birth,
    parse_count,
    parse_kana,
    parse_name,
    parse_phone,
    parse_phones,
    parse_postal_code,
)

TODAY = date(2026, 11, 23)


@pytest.mark.parametrize(
    ("written", "born", "age"),
    [
        ("昭和30年5月3日", date(1955, 5, 3), 71),
        ("S30.5.3", date(1955, 5, 3), 71),
        ("ｓ３０．５．３", date(1955, 5, 3), 71),
        ("1955/5/3", date(1955, 5, 3), 71),
        ("１９５５年５月３日", date(1955, 5, 3), 71),
        ("1955-05-03", date(1955, 5, 3), 71),
        ("大正15年12月1日", date(1926, 12, 1), 99),
        ("平成元年1月8日", date(1989, 1, 8), 37),
        ("R1.5.1", date(2019, 5, 1), 7),
        ("７０歳", None, 70),
        ("70さい", None, 70),
        ("昭和30年", None, 71),
    ],
)
def test_birth_dates_and_ages(written: str, born: date | None, age: int) -> None:
    parsed = parse_birth(written, TODAY)
    assert parsed is not None and (parsed.birth_date, parsed.age) == (born, age)


@pytest.mark.parametrize(
    "written", ["昭和70年1月1日", "平成31年2月30日", "2030/1/1", "200歳", "きのう", "5月3日"]
)
def test_impossible_or_unreadable_dates_are_refused(written: str) -> None:
    assert parse_birth(written, TODAY) is None


def test_dates_are_shown_in_wareki() -> None:
    assert era_date_text(date(1955, 5, 3)) == "昭和30年5月3日"
    assert era_date_text(date(2019, 5, 1)) == "令和元年5月1日"


@pytest.mark.parametrize(
    ("written", "e164", "mobile"),
    [
        ("090-1234-5678", "+819012345678", True),
        ("０９０ー１２３４ー５６７８", "+819012345678", True),
        ("０９０１２３４５６７８", "+819012345678", True),
        ("090−1234−5678", "+819012345678", True),
        ("086(234)5678", "+81862345678", False),
        ("+81 86 234 5678", "+81862345678", False),
    ],
)
def test_phone_numbers(written: str, e164: str, mobile: bool) -> None:
    phone = parse_phone(written)
    assert phone is not None and (phone.e164, phone.mobile) == (e164, mobile)


@pytest.mark.parametrize("written", ["12345", "090ｘｘｘｘｘｘｘｘ", "0000000000", "電話なし"])
def test_not_phone_numbers(written: str) -> None:
    assert parse_phone(written) is None


@pytest.mark.parametrize(
    "written",
    [
        "086-234-5678、090-1111-2222",
        "自宅 0862345678 携帯 09011112222",
        "自宅：０８６－２３４－５６７８　携帯：０９０－１１１１－２２２２",
        "086 234 5678 090 1111 2222",
        "086-234-5678と090-1111-2222",
    ],
)
def test_home_and_mobile_in_one_answer(written: str) -> None:
    phones = parse_phones(written)
    assert phones is not None
    assert [(p.e164, p.mobile) for p in phones] == [
        ("+81862345678", False),
        ("+819011112222", True),
    ]


@pytest.mark.parametrize(
    "written", ["090 1234 5678", "携帯 090-1234-5678", "０９０ー１２３４ー５６７８"]
)
def test_one_number_with_spaces_or_a_label_stays_one(written: str) -> None:
    phones = parse_phones(written)
    assert phones is not None and [p.e164 for p in phones] == ["+819012345678"]


@pytest.mark.parametrize("written", ["090-1234-5678、12345", "0862345678 0000", "電話なし"])
def test_two_numbers_need_both_to_be_numbers(written: str) -> None:
    assert parse_phones(written) is None


@pytest.mark.parametrize(
    "written", ["700-0914", "7000914", "〒７００ー０９１４", "〒700−0914", "７００－０９１４"]
)
def test_postal_codes_with_or_without_hyphen(written: str) -> None:
    assert parse_postal_code(written) == "700-0914"


def test_postal_codes_are_looked_up_offline() -> None:
    okayama = lookup_postal("700-0914")
    assert okayama is not None and okayama.address == "岡山県岡山市北区鹿田町"
    assert okayama.ward_in("岡山市") == "北区" and okayama.inside("岡山市")
    fujisawa = lookup_postal("251-0052")
    assert fujisawa is not None and not fujisawa.inside("岡山市")
    assert fujisawa.ward_in("岡山市") is None
    assert lookup_postal("000-0000") is None


def test_names_kana_and_counts() -> None:
    assert parse_kana("ヤマダ ハナコ") == "やまだ はなこ"
    assert parse_kana("ゆーこ") == "ゆーこ"
    assert parse_kana("山田") is None
    assert parse_name("山田　花子") == "山田 花子" and parse_name("😀") is None
    assert parse_count("３人") == 3 and parse_count("5人家族") == 5 and parse_count("0") is None


def test_a_postal_code_is_found_from_any_thread() -> None:
    """The server may read a 〒 in a thread other than the one that loaded the data
    (`tsunagu chat` runs its server in one)."""
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=2) as pool:
        places = list(pool.map(lookup_postal, ["700-0914", "251-0052"]))
    assert [p.city if p else None for p in places] == ["岡山市北区", "藤沢市"]
