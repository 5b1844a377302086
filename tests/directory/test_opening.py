"""Open now / next opening: weekday evening, Saturday, public holiday, 12/31, unknown hours."""

from __future__ import annotations

from datetime import datetime

import pytest

from directory.calendar_jp import JST
from directory.loader import load_directory
from directory.opening import Opening, opening


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=JST)


def status(agency_id: str, moment: str) -> Opening:
    agency = load_directory("okayama").agency(agency_id)
    return opening(agency.hours, agency.kind, at(moment))


KAIGO = "okayama-kaigo-hoken-ka"  # 行政, 平日 8:30~17:15
HOUKATSU = "okayama-houkatsu-kita-chuo"  # 委託, 平日 8:30~17:00
SHAKYO = "okayama-shakyo-kita-chuo"  # 社協, 「土・日・祝・年末年始はお休み」
HIKIKOMORI = "okayama-hikikomori-center"  # 水・金 9:30~12:00, 13:00~15:00


def test_open_on_a_weekday_morning_with_closing_time() -> None:
    got = status(KAIGO, "2026-11-25T10:00")
    assert got.open_now is True
    assert got.closes_at == at("2026-11-25T17:15")
    assert got.text == "受付中（17:15まで）"


def test_weekday_evening_is_closed_until_next_morning() -> None:
    got = status(KAIGO, "2026-11-25T18:30")
    assert got.open_now is False
    assert got.next_open == at("2026-11-26T08:30")
    assert got.text.endswith("次はあす(木) 8:30から")


def test_saturday_points_to_monday() -> None:
    got = status(HOUKATSU, "2026-11-28T11:00")
    assert (got.open_now, got.next_open) == (False, at("2026-11-30T08:30"))


def test_public_holiday_closes_a_weekday_office() -> None:
    # 2026-11-23 (Mon) is 勤労感謝の日
    got = status(KAIGO, "2026-11-23T10:00")
    assert got.open_now is False
    assert got.next_open == at("2026-11-24T08:30")


def test_year_end_closes_city_offices_and_says_when_they_reopen() -> None:
    for agency_id in (KAIGO, SHAKYO):
        got = status(agency_id, "2026-12-31T10:00")
        assert got.open_now is False
        assert got.next_open == at("2027-01-04T08:30")


def test_year_end_unknown_for_a_contracted_office_is_not_guessed() -> None:
    got = status(HOUKATSU, "2026-12-31T10:00")
    assert got.open_now is None
    assert "年末年始の受付は確認できていません" in got.text


def test_lunch_break_and_later_opening_the_same_day() -> None:
    got = status(HIKIKOMORI, "2026-11-25T12:30")
    assert got.open_now is False
    assert got.next_open == at("2026-11-25T13:00")
    assert "きょう 13:00" in got.text


@pytest.mark.parametrize("agency_id", ["okayama-hattatsu-shogai-center", "okayama-hellowork"])
def test_unknown_hours_say_so_helpfully(agency_id: str) -> None:
    got = status(agency_id, "2026-11-25T10:00")
    assert got.open_now is None and got.next_open is None
    assert "お電話でお確かめください" in got.text


def test_time_zone_is_tokyo_whatever_the_input() -> None:
    utc_evening = datetime.fromisoformat("2026-11-25T00:30+00:00")  # 09:30 in Tokyo
    agency = load_directory("okayama").agency(KAIGO)
    assert opening(agency.hours, agency.kind, utc_evening).open_now is True
