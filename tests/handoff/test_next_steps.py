"""What the resident is told about when staff will answer."""

from __future__ import annotations

from datetime import datetime, time
from zoneinfo import ZoneInfo

from handlers.handoff.next_steps import Hours, Opening, next_opening, what_happens_next

JST = ZoneInfo("Asia/Tokyo")
WEEKDAYS = Hours((Opening(("mon", "tue", "wed", "thu", "fri"), time(8, 30), time(17, 15)),))


def test_open_now_says_staff_will_answer_now() -> None:
    tuesday_noon = datetime(2026, 11, 24, 12, 0, tzinfo=JST)
    assert next_opening(tuesday_noon, WEEKDAYS) == tuesday_noon
    assert "受付時間内" in what_happens_next(tuesday_noon, "normal", [WEEKDAYS])


def test_friday_night_before_a_holiday_monday_points_to_tuesday() -> None:
    # 2026-11-23 (Mon) is 勤労感謝の日
    friday_night = datetime(2026, 11, 20, 20, 0, tzinfo=JST)
    said = what_happens_next(friday_night, "normal", [WEEKDAYS])
    assert "11月24日(火) 8時30分" in said and "受付時間外" in said


def test_year_end_closure_is_skipped() -> None:
    new_years_eve = datetime(2026, 12, 31, 10, 0, tzinfo=JST)
    assert next_opening(new_years_eve, WEEKDAYS) == datetime(2027, 1, 4, 8, 30, tzinfo=JST)


def test_a_crisis_overrides_business_hours() -> None:
    sunday = datetime(2026, 11, 22, 3, 0, tzinfo=JST)
    said = what_happens_next(sunday, "crisis", [WEEKDAYS])
    assert "すぐ知らせました" in said and "110" in said


def test_unknown_hours_still_say_something_true() -> None:
    said = what_happens_next(datetime(2026, 11, 22, 3, 0, tzinfo=JST), "normal", [])
    assert "平日の昼間" in said
