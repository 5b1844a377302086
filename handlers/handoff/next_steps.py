"""When staff will answer: from the agencies' opening hours, with holidays and the
year-end closure; a crisis overrides."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

import jpholiday

from handlers.handoff import wording

DAY_IDS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
WEEKDAY_JA = "月火水木金土日"
LOOKAHEAD_DAYS = 14


@dataclass(frozen=True, slots=True)
class Opening:
    """One weekly opening: days (mon..sun), from `opens` to `closes` (local time)."""

    days: tuple[str, ...]
    opens: time
    closes: time


@dataclass(frozen=True, slots=True)
class Hours:
    openings: tuple[Opening, ...]
    closed_on_holidays: bool = True
    closed_year_end: bool = True


def _closed_day(day: date, hours: Hours) -> bool:
    if hours.closed_on_holidays and jpholiday.is_holiday(day):
        return True
    year_end = (day.month == 12 and day.day >= 29) or (day.month == 1 and day.day <= 3)
    return hours.closed_year_end and year_end


def next_opening(now: datetime, hours: Hours) -> datetime | None:
    """`now` if open now, else when it next opens (within two weeks), else None."""
    for offset in range(LOOKAHEAD_DAYS):
        day = (now + timedelta(days=offset)).date()
        if _closed_day(day, hours):
            continue
        day_id = DAY_IDS[day.weekday()]
        starts = []
        for opening in hours.openings:
            if day_id not in opening.days:
                continue
            opens = datetime.combine(day, opening.opens, tzinfo=now.tzinfo)
            closes = datetime.combine(day, opening.closes, tzinfo=now.tzinfo)
            if opens <= now < closes:
                return now
            if now < opens:
                starts.append(opens)
        if starts:
            return min(starts)
    return None


def earliest_opening(now: datetime, all_hours: Sequence[Hours]) -> datetime | None:
    found = [t for t in (next_opening(now, h) for h in all_hours) if t is not None]
    return min(found) if found else None


def when_text(moment: datetime) -> str:
    """e.g. 「11月24日(月) 8時30分」."""
    minutes = f"{moment.minute}分" if moment.minute else ""
    weekday = WEEKDAY_JA[moment.weekday()]
    return f"{moment.month}月{moment.day}日({weekday}) {moment.hour}時{minutes}"


def what_happens_next(now: datetime, urgency: str, all_hours: Sequence[Hours]) -> str:
    if urgency == "crisis":
        return wording.NEXT_CRISIS
    opening = earliest_opening(now, all_hours)
    if opening is None:
        return wording.NEXT_UNKNOWN
    if opening == now:
        return wording.NEXT_OPEN
    return wording.NEXT_CLOSED.format(when=when_text(opening))


def hours_text(hours: Hours) -> str:
    """The weekly hours in one short line: 「平日8:30〜17:15」「月・水・金 9:00〜16:00」."""
    parts = []
    for opening in hours.openings:
        days = opening.days
        if tuple(days) == DAY_IDS[:5] and hours.closed_on_holidays:
            named = "平日"
        else:
            named = "・".join(WEEKDAY_JA[DAY_IDS.index(d)] for d in days if d in DAY_IDS) + " "
        parts.append(f"{named}{_clock(opening.opens)}〜{_clock(opening.closes)}")
    return "、".join(parts)


def _clock(moment: time) -> str:
    return f"{moment.hour}:{moment.minute:02d}"


def unless_open_now(now: datetime, all_hours: Sequence[Hours]) -> str | None:
    """When staff answer, unless a desk is open now (None): 「いまは受付時間外です。…以降に…」,
    or 「平日の昼間に」 when no hours are known."""
    opening = earliest_opening(now, all_hours)
    return None if opening == now else when_staff_answer(now, all_hours)


def when_staff_answer(now: datetime, all_hours: Sequence[Hours]) -> str:
    """When staff answer a message added to the case: now (within the hours), from the
    next opening, or on weekdays when the hours are unknown."""
    opening = earliest_opening(now, all_hours)
    if opening is None:
        return wording.WHEN_UNKNOWN
    hours = next(h for h in all_hours if next_opening(now, h) == opening)
    if opening == now:
        return wording.WHEN_OPEN.format(hours=hours_text(hours))
    return wording.WHEN_CLOSED.format(when=when_text(opening), hours=hours_text(hours))
