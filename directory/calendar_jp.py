"""Japanese calendar facts for opening hours: public holidays and 年末年始 (12/29–1/3)."""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

import jpholiday

JST = ZoneInfo("Asia/Tokyo")


def is_public_holiday(day: date) -> bool:
    """祝日・振替休日・国民の休日."""
    return bool(jpholiday.is_holiday(day))


def is_year_end(day: date) -> bool:
    """12月29日から1月3日まで: the year-end closing of Japanese public offices."""
    return (day.month == 12 and day.day >= 29) or (day.month == 1 and day.day <= 3)
