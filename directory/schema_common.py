"""Types shared by the city packs and the hotline list: times, days, weekly slots, sources."""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict

from nlu.categories import CATEGORY_IDS, CRISIS_FLAGS

WEEKDAYS: tuple[str, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
Weekday = Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

_HH_MM = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$|^24:00$")


def _check_hh_mm(value: str) -> str:
    if not _HH_MM.match(value):
        raise ValueError(f"時刻は HH:MM（00:00〜24:00）で書いてください: {value!r}")
    return value


ClockTime = Annotated[str, AfterValidator(_check_hh_mm)]


def _check_category(value: str) -> str:
    if value not in CATEGORY_IDS:
        raise ValueError(
            f"未知のカテゴリ {value!r}（使えるのは nlu/categories.py の {', '.join(CATEGORY_IDS)}）"
        )
    return value


def _check_flag(value: str) -> str:
    if value not in CRISIS_FLAGS:
        raise ValueError(f"未知の crisis flag {value!r}（使えるのは {', '.join(CRISIS_FLAGS)}）")
    return value


CategoryId = Annotated[str, AfterValidator(_check_category)]
CrisisFlag = Annotated[str, AfterValidator(_check_flag)]


def minutes_of(clock: str) -> int:
    """Minutes since midnight of an "HH:MM" value (24:00 gives 1440)."""
    hours, minutes = clock.split(":")
    return int(hours) * 60 + int(minutes)


class Strict(BaseModel):
    """Unknown keys are an error: a typo in a city's YAML is caught by `validate`."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class OtherSource(Strict):
    ref: str
    date: str | None = None
    note: str | None = None


class WeeklySlot(Strict):
    days: tuple[Weekday, ...]
    open: ClockTime
    close: ClockTime
    label: str | None = None
    channel: str | None = None
    overnight: bool = False


class TimeSpan(Strict):
    open: ClockTime
    close: ClockTime
    overnight: bool = False
