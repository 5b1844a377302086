"""Open now, and the next opening, from an agency's weekly hours (Asia/Tokyo).

Closed days:
* a public holiday when `closed_on_holidays` is true, or when the hours say 「平日」
  (the directory reads 平日 as Monday–Friday without holidays);
* 年末年始 (12/29–1/3) when `closed_year_end` is true, when the hours text says the
  office rests then, or — an assumption, stated here and in the README — for a 行政
  office whose hours say 「平日」: Japanese public offices close over 年末年始.
Where the data cannot tell (a holiday or 年末年始 for a body that did not say), the
answer is "unknown" (`open_now=None`), never a guess."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import Enum

from directory.calendar_jp import JST, is_public_holiday, is_year_end
from directory.models import AgencyHours
from directory.schema_common import WEEKDAYS, WeeklySlot, minutes_of

LOOKAHEAD_DAYS = 21
WEEKDAY_JA = ("月", "火", "水", "木", "金", "土", "日")
UNKNOWN_HOURS_TEXT = "受付時間は確認できていません。お電話でお確かめください"


class DayState(Enum):
    OPEN = "open"
    CLOSED = "closed"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class Opening:
    """`open_now` is None when the hours cannot tell; `text` is a short Japanese line."""

    open_now: bool | None
    next_open: datetime | None
    closes_at: datetime | None
    text: str


def _says_weekdays(hours: AgencyHours) -> bool:
    return "平日" in (hours.text or "")


def _says_year_end_closed(hours: AgencyHours) -> bool:
    text = hours.text or ""
    return "年末年始" in text and ("休" in text or "除" in text)


def day_state(hours: AgencyHours, kind: str, day: date) -> DayState:
    if is_year_end(day):
        closed = hours.closed_year_end
        if closed is None and (
            _says_year_end_closed(hours) or (kind == "行政" and _says_weekdays(hours))
        ):
            closed = True
        if closed is None:
            return DayState.UNKNOWN
        if closed:
            return DayState.CLOSED
    if is_public_holiday(day):
        closed = hours.closed_on_holidays
        if closed is None and _says_weekdays(hours):
            closed = True
        if closed is None:
            return DayState.UNKNOWN
        if closed:
            return DayState.CLOSED
    return DayState.OPEN


def _interval(day: date, slot: WeeklySlot) -> tuple[datetime, datetime]:
    start = datetime.combine(day, time(0), JST) + timedelta(minutes=minutes_of(slot.open))
    end_minutes = minutes_of(slot.close)
    end_day = day
    if slot.overnight or end_minutes <= minutes_of(slot.open):
        end_day = day + timedelta(days=1)
    end = datetime.combine(end_day, time(0), JST) + timedelta(minutes=end_minutes)
    return start, end


def _intervals(
    hours: AgencyHours, kind: str, first: date, days: int
) -> list[tuple[datetime, datetime, DayState]]:
    found = []
    for offset in range(days):
        day = first + timedelta(days=offset)
        weekday = WEEKDAYS[day.weekday()]
        state = day_state(hours, kind, day)
        for slot in hours.weekly or ():
            if weekday in slot.days:
                start, end = _interval(day, slot)
                found.append((start, end, state))
    return sorted(found, key=lambda item: item[0])


def _clock(moment: datetime) -> str:
    return f"{moment.hour}:{moment.minute:02d}"


def when_text(moment: datetime, now: datetime) -> str:
    """「きょう 13:00」「あす(火) 8:30」「1月4日(月) 8:30」."""
    days = (moment.date() - now.date()).days
    weekday = WEEKDAY_JA[moment.weekday()]
    if days == 0:
        return f"きょう {_clock(moment)}"
    if days == 1:
        return f"あす({weekday}) {_clock(moment)}"
    return f"{moment.month}月{moment.day}日({weekday}) {_clock(moment)}"


def opening(hours: AgencyHours, kind: str, at: datetime) -> Opening:
    """Whether the agency takes calls at `at`, and when it next opens."""
    if not hours.weekly:
        return Opening(None, None, None, UNKNOWN_HOURS_TEXT)
    now = at.astimezone(JST)
    intervals = _intervals(hours, kind, now.date() - timedelta(days=1), LOOKAHEAD_DAYS)
    current = [item for item in intervals if item[0] <= now < item[1]]
    upcoming = next(
        (start for start, _, state in intervals if start > now and state is DayState.OPEN), None
    )
    next_text = f"次は{when_text(upcoming, now)}から" if upcoming else "次の受付日は確認中です"
    if any(state is DayState.OPEN for _, _, state in current):
        closes = max(end for _, end, state in current if state is DayState.OPEN)
        return Opening(True, None, closes, f"受付中（{_clock(closes)}まで）")
    if any(state is DayState.UNKNOWN for _, _, state in current):
        reason = "年末年始" if is_year_end(now.date()) else "祝日"
        return Opening(None, upcoming, None, f"{reason}の受付は確認できていません。{next_text}")
    return Opening(False, upcoming, None, f"いまは受付時間外です。{next_text}")
