"""Routing: the seed's ★ rules, 福祉区 locality, referral-only bodies, age, 複合課題."""

from __future__ import annotations

from datetime import datetime

from directory.calendar_jp import JST
from directory.loader import load_directory
from directory.router import Suggestion, suggest

WEDNESDAY_10 = datetime(2026, 11, 25, 10, 0, tzinfo=JST)


def route(
    municipality: str,
    categories: list[str],
    *,
    primary: str | None = None,
    age: int | None = None,
    district: str | None = None,
) -> Suggestion:
    return suggest(load_directory(municipality), categories, primary, age, district, WEDNESDAY_10)


def ids(suggestion: Suggestion) -> list[str]:
    return [door.id for door in suggestion.agencies]


def test_star_agency_when_nothing_more_specific_fits() -> None:
    # 病気・医療: the seed's ★1 is 地域ケア総合推進センター
    first = route("okayama", ["medical"]).agencies[0]
    assert first.id == "okayama-chiiki-care-sogo-suishin-center"
    assert first.reason == "病気・医療のことで迷ったときの窓口です"
    # 介護 with no 区 given: the ★ 地域包括支援センター itself
    assert ids(route("okayama", ["care"], age=80))[0] == "okayama-houkatsu"


def test_local_office_of_the_welfare_district_comes_before_the_city_wide_star() -> None:
    care = route("okayama", ["care"], age=82, district="北区中央")
    assert ids(care)[0] == "okayama-houkatsu-kita-chuo"
    assert care.agencies[0].reason == "介護のことで迷ったときの窓口で、北区中央を担当しています"
    # the branch replaces the umbrella; no office of another 福祉区 appears
    assert "okayama-houkatsu" not in ids(care)
    assert not [i for i in ids(care) if i.endswith(("-kita-kita", "-naka", "-higashi"))]


def test_ward_only_offers_the_offices_inside_that_ward() -> None:
    minami = ids(route("okayama", ["mental"], district="南区"))
    assert set(minami[:2]) == {
        "okayama-hoken-center-minami-nishi",
        "okayama-hoken-center-minami-minami",
    }


def test_district_accepts_ids_and_short_ward_names() -> None:
    assert route("okayama", ["care"], district="kita-chuo").place.welfare_district == "北区中央"
    assert route("okayama", ["care"], district="中").place.welfare_district == "中区"


def test_suggested_fallback_fills_fields_without_a_star() -> None:
    income = route("okayama", ["income"], age=45)
    assert "okayama-yorisoi-support-center" in ids(income)
    door = next(d for d in income.agencies if d.id == "okayama-yorisoi-support-center")
    # not called a ★: it is the directory's provisional first window
    assert door.reason == "収入・仕事のことの最初の相談先です"


def test_abuse_is_split_by_who_is_harmed() -> None:
    child = route("okayama", ["abuse"], age=6)
    assert ids(child)[0] == "okayama-kodomo-sogo-soudansho"
    elderly = route("okayama", ["abuse"], age=84, district="東区")
    assert ids(elderly)[0] == "okayama-houkatsu-higashi"
    partner = route("okayama", ["abuse"], age=34)
    assert ids(partner) == ["dv-navi-8008"]
    assert partner.agencies[0].is_hotline and partner.agencies[0].tel_uri == "tel:%238008"


def test_referral_only_coordinator_is_never_a_door() -> None:
    every = [c for c in ("medical", "mental", "care", "debt", "other", "rights")]
    for district in (None, "北区中央", "南区西"):
        got = ids(route("okayama", every, age=70, district=district))
        assert "okayama-soudanshien-houkatsuka-suishinin" not in got


def test_age_keeps_elderly_and_child_services_to_their_people() -> None:
    young = ids(route("fujisawa", ["rights"], age=30))
    assert "fujisawa-ikiiki-support-center" not in young
    # the same field for an older person: the 地域包括 (いきいきサポートセンター)
    assert ids(route("fujisawa", ["rights"], age=75))[0] == "fujisawa-ikiiki-support-center"
    adult_disability = ids(route("okayama", ["disability"], age=40))
    assert "okayama-kodomo-sogo-soudansho" not in adult_disability
    assert "okayama-kodomo-sogo-soudansho" in ids(route("okayama", ["disability"], age=8))


def test_primary_category_leads() -> None:
    got = route("okayama", ["income", "care"], primary="care", age=82, district="北区中央")
    assert got.agencies[0].categories[0] == "care"
    assert got.categories == ("care", "income")


def test_agency_serving_two_troubles_says_so() -> None:
    got = route("okayama", ["debt", "housing"], age=40, district="東区")
    door = got.agencies[0]
    assert door.id == "okayama-yorisoi-support-center"
    assert door.categories == ("debt", "housing")
    assert "借金・滞納のことと住まいのこと" in door.reason


def test_8050_is_a_complex_case_for_the_coordinator() -> None:
    got = route("okayama", ["care", "mental"], age=82, district="北区中央")
    assert got.complex_case
    assert any(reason.startswith("8050") for reason in got.complex_reasons)
    assert got.coordinator == "okayama-soudanshien-houkatsuka-suishinin"


def test_troubles_needing_different_agencies_are_complex() -> None:
    got = route("okayama", ["care", "income"], age=82, district="北区中央")
    assert got.complex_case and "複数の窓口にまたがるご相談" in got.complex_reasons


def test_one_trouble_is_not_complex() -> None:
    got = route("okayama", ["care"], age=82, district="北区中央")
    assert not got.complex_case and got.coordinator is None


def test_city_without_a_named_coordinator_still_flags() -> None:
    got = route("fujisawa", ["care", "mental"], age=80)
    assert got.complex_case and got.coordinator is None


def test_iga_first_line_window_takes_every_field() -> None:
    for category in ("income", "housing", "rights"):
        assert ids(route("iga", [category], age=50))[0] == "iga-houkatsu"


def test_unknown_categories_are_ignored_not_fatal() -> None:
    assert route("okayama", ["nonsense"]).agencies == ()


def test_hours_shown_to_residents_leave_out_the_packs_source_notes() -> None:
    got = route("okayama", ["health"], age=50, district="北区中央")
    door = next(a for a in got.agencies if a.id == "okayama-hoken-center-kita-chuo")
    assert door.hours_text == "平日 8:30~17:15"
