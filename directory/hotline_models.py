"""The shape of `hotlines.yaml`: national and prefectural numbers, and the crisis order."""

from __future__ import annotations

from pydantic import Field, field_validator

from directory.schema_common import (
    CategoryId,
    CrisisFlag,
    OtherSource,
    Strict,
    TimeSpan,
    WeeklySlot,
)
from nlu.categories import CRISIS_FLAGS


class MonthlySpan(TimeSpan):
    day_of_month: int = Field(ge=1, le=31)


class HotlineHours(Strict):
    text: str | None = None
    is_24h: bool | None = None
    weekly: tuple[WeeklySlot, ...] | None = None
    monthly: tuple[MonthlySpan, ...] | None = None
    holidays: TimeSpan | None = None
    closed_year_end: bool | None = None
    note: str | None = None
    chat_note: str | None = None


class AltNumber(Strict):
    number: str
    label: str | None = None


class HotlineArea(Strict):
    """Where a region-limited number connects: a prefecture, optionally some municipalities."""

    prefecture: str
    municipalities: tuple[str, ...] | None = None


class HotlineRecord(Strict):
    id: str
    name: str
    number: str
    tel_uri: str
    alt_numbers: tuple[AltNumber, ...] = ()
    operator: str | None = None
    kind: str | None = None
    scope: str | None = None
    area: HotlineArea | None = None
    purpose: str | None = None
    # The languages besides Japanese the line answers in (codes of `handlers/i18n.py`).
    languages: tuple[str, ...] = ()
    # The key to press after the recorded guidance to reach those languages (「2」).
    language_key: str | None = None
    crisis_flags: tuple[CrisisFlag, ...] = ()
    categories: tuple[CategoryId, ...] = ()
    display_priority: int = Field(ge=1, le=9)
    hours: HotlineHours
    cost: str | None = None
    caveats: tuple[str, ...] = ()
    url: str | None = None
    source: str | None = None
    source_date: str | None = None
    other_sources: tuple[OtherSource, ...] = ()
    verification: str | None = None
    notes: str | None = None

    @field_validator("tel_uri")
    @classmethod
    def _tel(cls, value: str) -> str:
        if not value.startswith("tel:") or "#" in value:
            raise ValueError("tel_uri は tel: で始め、# は %23 と書いてください")
        return value


class CrisisAnswerOrder(Strict):
    note: str | None = None
    suicide: tuple[str, ...] = ()
    violence: tuple[str, ...] = ()
    child_danger: tuple[str, ...] = ()
    medical_emergency: tuple[str, ...] = ()

    def for_flag(self, flag: str) -> tuple[str, ...]:
        order: tuple[str, ...] = getattr(self, flag, ()) if flag in CRISIS_FLAGS else ()
        return order


class HotlineFile(Strict):
    schema_version: str
    generated: str | None = None
    crisis_flags: tuple[str, ...]
    crisis_answer_order: CrisisAnswerOrder
    hotlines: tuple[HotlineRecord, ...]
