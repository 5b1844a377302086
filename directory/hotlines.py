"""Emergency numbers and hotlines for the crisis answer and the 「緊急のとき」 menu.

`crisis_hotlines` follows `crisis_answer_order` of `hotlines.yaml` for each flag, merges
them without repeats, puts the emergency numbers (110 / 119, display_priority 1) first,
and drops numbers that only connect inside an area the resident's city is not in."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Final

from directory.hotline_models import HotlineArea, HotlineFile, HotlineRecord
from directory.problems import DirectoryError
from directory.yaml_source import DATA_DIR, read_model

HOTLINES_FILE = DATA_DIR / "hotlines.yaml"
log = logging.getLogger(__name__)
EMERGENCY_PRIORITY = 1


ALL_WEEK: Final = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
WEEKDAYS: Final = ALL_WEEK[:5]


@dataclass(frozen=True, slots=True)
class RegularHours:
    """Hours the same on every day they apply to: `every_day`, or only on weekdays."""

    every_day: bool
    open: str  # 10:00
    close: str  # 22:00


@dataclass(frozen=True, slots=True)
class HotlineEntry:
    id: str
    name: str
    number: str
    tel_uri: str
    hours_text: str | None
    is_24h: bool | None
    purpose: str | None
    display_priority: int
    crisis_flags: tuple[str, ...]
    categories: tuple[str, ...]
    languages: tuple[str, ...] = ()
    language_key: str | None = None
    regular_hours: RegularHours | None = None


def regular_hours(record: HotlineRecord) -> RegularHours | None:
    """The line's hours when one slot covers every day or every weekday, else None (hours
    that differ from day to day are said by the Japanese text alone)."""
    slots = record.hours.weekly or ()
    if len(slots) != 1 or slots[0].overnight:
        return None
    slot = slots[0]
    if slot.label or slot.channel:  # one service of several (「夜間対応」): not the line's hours
        return None
    days = tuple(slot.days)
    if days not in (ALL_WEEK, WEEKDAYS):
        return None
    return RegularHours(days == ALL_WEEK, str(slot.open), str(slot.close))


@lru_cache(maxsize=4)
def load_hotline_file(path: Path = HOTLINES_FILE) -> HotlineFile:
    return read_model(path, HotlineFile)


def _entry(record: HotlineRecord) -> HotlineEntry:
    return HotlineEntry(
        id=record.id,
        name=record.name,
        number=record.number,
        tel_uri=record.tel_uri,
        hours_text=record.hours.text,
        is_24h=record.hours.is_24h,
        purpose=record.purpose,
        display_priority=record.display_priority,
        crisis_flags=record.crisis_flags,
        categories=record.categories,
        languages=record.languages,
        language_key=record.language_key,
        regular_hours=regular_hours(record),
    )


def _municipality_name(municipality: str | None) -> str | None:
    """A city pack id (`okayama`) becomes the city's name (岡山市); a name stays as it is."""
    if municipality is None or not municipality.isascii():
        return municipality
    from directory.loader import load_directory, pack_names

    if municipality in pack_names():
        return load_directory(municipality).municipality.name
    return municipality


def reachable(area: HotlineArea | None, prefecture: str | None, municipality: str | None) -> bool:
    """Whether a number with this area connects for a resident of the given place.

    Unknown place → only numbers without an area limit, never a number that may not
    connect."""
    if area is None:
        return True
    if prefecture != area.prefecture:
        return False
    if area.municipalities is None:
        return True
    return municipality is not None and municipality in area.municipalities


def _reachable_records(
    prefecture: str | None, municipality: str | None, path: Path
) -> dict[str, HotlineRecord]:
    name = _municipality_name(municipality)
    return {
        record.id: record
        for record in load_hotline_file(path).hotlines
        if reachable(record.area, prefecture, name)
    }


# The numbers given when `hotlines.yaml` cannot be read (a broken edit, a file replaced
# under a running server): the crisis answer must never fail for want of the directory.
# The same numbers and hours as its entries police-110, fire-ambulance-119,
# yorisoi-hotline-foreign-languages and inochi-no-denwa-freedial (their sources there).
BUILT_IN: Final[tuple[HotlineEntry, ...]] = (
    HotlineEntry(
        "police-110", "警察（110番）", "110", "tel:110", "24時間", True, None, 1, ("violence",), ()
    ),
    HotlineEntry(
        "fire-ambulance-119",
        "消防・救急（119番）",
        "119",
        "tel:119",
        "24時間",
        True,
        None,
        1,
        ("medical_emergency", "child_danger"),
        (),
    ),
    HotlineEntry(
        "yorisoi-hotline",
        "よりそいホットライン",
        "0120-279-338",
        "tel:0120279338",
        "24時間年中無休",
        True,
        None,
        4,
        ("suicide", "violence"),
        (),
        ("en", "pt", "es", "fil", "zh-Hans", "ko", "vi"),
        "2",
    ),
    HotlineEntry(
        "inochi-no-denwa-freedial",
        "自殺予防いのちの電話（フリーダイヤル）",
        "0120-783-556",
        "tel:0120783556",
        "毎日16時~21時",
        False,
        None,
        2,
        ("suicide",),
        (),
        regular_hours=RegularHours(True, "16:00", "21:00"),
    ),
)


def _built_in(error: Exception) -> list[HotlineEntry]:
    log.error(
        "hotlines.yaml could not be read (%s): the built-in numbers are given", type(error).__name__
    )
    return list(BUILT_IN)


def crisis_hotlines(
    flags: Sequence[str],
    prefecture: str | None,
    municipality: str | None = None,
    *,
    language: str | None = None,
    path: Path = HOTLINES_FILE,
) -> list[HotlineEntry]:
    """Hotlines for the crisis flags, in the directory's order, each flag's in turn:
    110/119 first, no repeats.

    `municipality` is the city pack id (`okayama`) or its name (岡山市); without it,
    numbers limited to some municipalities (#7119) are left out. With a `language`
    other than Japanese, the lines that answer in it for these flags come right after
    110/119. When the file cannot be read, the built-in numbers (`BUILT_IN`)."""
    try:
        records = _reachable_records(prefecture, municipality, path)
        order = load_hotline_file(path).crisis_answer_order
    except (DirectoryError, OSError, ValueError) as error:
        return _built_in(error)
    # Each flag's lines taken in turn (the first of each, then the second of each…): with
    # two flags, the first lines of the second (189 for a child beside a wish to die) are
    # not pushed past what a reply shows by the many lines of the first.
    per_flag = [[i for i in order.for_flag(flag) if i in records] for flag in flags]
    merged: list[str] = []
    for rank in range(max((len(lines) for lines in per_flag), default=0)):
        for lines in per_flag:
            if rank < len(lines) and lines[rank] not in merged:
                merged.append(lines[rank])
    emergency = [i for i in merged if records[i].display_priority == EMERGENCY_PRIORITY]
    spoken = [
        i
        for i, record in records.items()
        if language in record.languages and set(flags) & set(record.crisis_flags)
    ]
    rest = [i for i in merged if i not in emergency and i not in spoken]
    return _each_number_once([_entry(records[i]) for i in emergency + spoken + rest])


def all_hotlines(
    prefecture: str | None,
    municipality: str | None = None,
    *,
    language: str | None = None,
    path: Path = HOTLINES_FILE,
) -> list[HotlineEntry]:
    """Every reachable number, most urgent first (display_priority, then file order);
    with a `language`, the lines that answer in it right after 110/119; the built-in
    numbers when the file cannot be read."""
    try:
        records = _reachable_records(prefecture, municipality, path)
    except (DirectoryError, OSError, ValueError) as error:
        return _built_in(error)

    def rank(record: HotlineRecord) -> tuple[int, int]:
        if record.display_priority == EMERGENCY_PRIORITY:
            return (0, 0)
        return (0 if language in record.languages else 1, record.display_priority)

    return _each_number_once([_entry(record) for record in sorted(records.values(), key=rank)])


def _each_number_once(entries: list[HotlineEntry]) -> list[HotlineEntry]:
    """The first entry of each number: a line listed twice (よりそいホットライン, in
    Japanese and, after 「2」, in other languages) is shown as the one that speaks the
    resident's language, which the order puts first — not once more as Japanese only."""
    seen: set[str] = set()
    kept = []
    for entry in entries:
        if entry.number not in seen:
            seen.add(entry.number)
            kept.append(entry)
    return kept
