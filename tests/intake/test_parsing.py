"""Typed answers in every natural form: 和暦 and 西暦, ages, 全角 digits, dashes of every
kind, phone numbers and postal codes."""

from __future__ import annotations

from datetime import date

import pytest

from handlers.intake.parsing import parse_kana, parse_name
from nlu.extract.counts import parse_count
from nlu.extract.dates import era_date_text, parse_birth
from nlu.extract.phones import parse_phone, parse_phones
from nlu.extract.places import address_place, lookup_postal
from nlu.extract.postal_codes import address_after, find_postal_code, parse_postal_code

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
        ("S30年5月3日", date(1955, 5, 3), 71),
        ("昭和30.5.3", date(1955, 5, 3), 71),
        ("昭和三十年五月三日", date(1955, 5, 3), 71),
        ("平成元年十二月三十一日", date(1989, 12, 31), 36),
        ("一九五五年五月三日", date(1955, 5, 3), 71),
        ("1955年5月3日生まれ", date(1955, 5, 3), 71),
        ("昭和30年5月3日生まれです", date(1955, 5, 3), 71),
        ("1955年", None, 71),
        ("1955年生まれ", None, 71),
        ("70歳です", None, 70),
    ],
)
def test_birth_dates_and_ages(written: str, born: date | None, age: int) -> None:
    parsed = parse_birth(written, TODAY)
    assert parsed is not None and (parsed.birth_date, parsed.age) == (born, age)


@pytest.mark.parametrize(
    "written",
    [
        "昭和70年1月1日",
        "平成31年2月30日",
        "2030/1/1",
        "200歳",
        "きのう",
        "5月3日",
        "2030年",
        "1850年",
    ],
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
        ("080.1234.5678", "+818012345678", True),
        ("090-1234-5678です", "+819012345678", True),
        ("携帯は090-1234-5678です", "+819012345678", True),
        ("電話番号は086-234-5678です。", "+81862345678", False),
        # The letter O for zero (an independent tester's finding: the number was lost).
        ("O9O-1234-5678", "+819012345678", True),
        ("ｏ９ｏ－１２３４－５６７８", "+819012345678", True),
        ("０８６－２３４－５６７〇", "+81862345670", False),
    ],
)
def test_phone_numbers(written: str, e164: str, mobile: bool) -> None:
    phone = parse_phone(written)
    assert phone is not None and (phone.e164, phone.mobile) == (e164, mobile)


@pytest.mark.parametrize(
    "written", ["12345", "090ｘｘｘｘｘｘｘｘ", "0000000000", "電話なし", "OOOOOOOOOO", "TOKYO"]
)
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
        "自宅は086-234-5678、携帯は090-1111-2222です",
        "自宅 O86-234-5678 携帯 O9O-1111-2222",
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


@pytest.mark.parametrize(
    "written", ["090-1234-5678、12345", "0862345678 0000", "電話なし", "090-1234-5678 内線12"]
)
def test_two_numbers_need_both_to_be_numbers(written: str) -> None:
    assert parse_phones(written) is None


@pytest.mark.parametrize(
    "written", ["700-0914", "7000914", "〒７００ー０９１４", "〒700−0914", "７００－０９１４"]
)
def test_postal_codes_with_or_without_hyphen(written: str) -> None:
    assert parse_postal_code(written) == "700-0914"


@pytest.mark.parametrize(
    ("written", "code", "rest"),
    [
        ("郵便番号700-0914", "700-0914", ""),
        ("郵便番号は７００－０９１４です", "700-0914", ""),
        ("〒700-0914 岡山市北区鹿田町", "700-0914", "岡山市北区鹿田町"),
        ("〒７００ー０９１４　岡山市北区鹿田町２－５－１です", "700-0914", "岡山市北区鹿田町2-5-1"),
        ("700 0914", "700-0914", ""),
    ],
)
def test_a_postal_code_is_found_among_other_words(written: str, code: str, rest: str) -> None:
    assert find_postal_code(written) == (code, rest)


@pytest.mark.parametrize("written", ["086-234-5678", "0862345678", "岡山市北区大供1-1-1", "12-34"])
def test_other_digits_are_not_a_postal_code(written: str) -> None:
    assert find_postal_code(written) is None


@pytest.mark.parametrize(
    ("written", "street"),
    [
        ("岡山市北区鹿田町2-5-1", "2-5-1"),
        ("岡山県岡山市北区鹿田町2-5-1", "2-5-1"),
        ("鹿田町2-5-1", "2-5-1"),
        ("2-5-1", "2-5-1"),
        ("岡山市北区鹿田町", ""),
    ],
)
def test_what_an_address_adds_to_its_postal_code(written: str, street: str) -> None:
    place = lookup_postal("700-0914")
    assert place is not None and address_after(place, written) == street


@pytest.mark.parametrize(
    ("written", "prefecture", "city"),
    [
        ("倉敷市中央1-1-1", "岡山県", "倉敷市"),
        ("岡山市北区大供1-1-1", "岡山県", "岡山市北区"),
        ("北区大供1-1-1", "岡山県", "岡山市北区"),  # the city's own 区, not 東京都北区
        ("岡山市1-1", "岡山県", "岡山市"),
        ("東京都北区赤羽1-1-1", "東京都", "北区"),
        ("都窪郡早島町前潟1", "岡山県", "都窪郡早島町"),
        ("岡山県早島町前潟1", "岡山県", "都窪郡早島町"),
        ("袖ヶ浦市1-1", "千葉県", "袖ケ浦市"),
        ("府中市1-1", "", "府中市"),  # 東京都 and 広島県 both have one
        ("広島県あいうえお1", "広島県", ""),
    ],
)
def test_the_place_a_typed_address_names(written: str, prefecture: str, city: str) -> None:
    place = address_place(written, "岡山市")
    assert place is not None and (place.prefecture, place.city) == (prefecture, city)


@pytest.mark.parametrize("written", ["大供1-1-1", "昭和町1-1", "早島町1-1", "岡山県あいう"])
def test_an_address_naming_no_place_we_can_tell(written: str) -> None:
    """A 町名 of the city (岡山市北区昭和町) is not the 町 of that name elsewhere."""
    assert address_place(written, "岡山市") is None


def test_a_town_of_the_city_is_not_a_municipality_of_the_same_name() -> None:
    assert address_place("大島町1-2", "太田市") is None  # 群馬県太田市大島町, not 東京都大島町
    assert address_place("東京都大島町1-2", "太田市") is not None


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


@pytest.mark.parametrize(
    ("written", "count"),
    [
        ("ふたり", 2),
        ("二人", 2),
        ("夫婦2人", 2),
        ("母とふたり暮らし", 2),
        ("十一人", 11),
        ("12人", 12),
        ("3人です", 3),
        # The sixteenth tester: a dialect's copula, and who they are said after the count.
        ("ふたりじゃ", 2),
        ("二人だべ", 2),
        ("ふたり。家内とわしだけ", 2),
        ("2人。でも来月から3人", None),
        ("子ども2人", None),  # the children, not the whole household
        ("子どもの2人", None),
        ("母と弟の2人くらし", 2),
        ("31人", None),
    ],
)
def test_household_counts_in_words(written: str, count: int | None) -> None:
    assert parse_count(written) == count


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("山田 ハナです", "山田 ハナ"),
        ("山田ハナと申します。", "山田ハナ"),
        ("山田でございます", "山田"),
        ("山田 ハナ といいます", "山田 ハナ"),
        ("泉 です子", "泉 です子"),
        ("です", "です"),  # never the whole answer
    ],
)
def test_names_without_polite_endings(written: str, name: str) -> None:
    assert parse_name(written) == name
    assert parse_kana("やまだ はなこです") == "やまだ はなこ"


def test_a_postal_code_is_found_from_any_thread() -> None:
    """The server may read a 〒 in a thread other than the one that loaded the data
    (`tsunagu chat` runs its server in one)."""
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=2) as pool:
        places = list(pool.map(lookup_postal, ["700-0914", "251-0052"]))
    assert [p.city if p else None for p in places] == ["岡山市北区", "藤沢市"]
