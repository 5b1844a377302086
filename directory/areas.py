"""Where a resident lives, as they say it, → the 区 / 福祉区 the directory routes by.

A city's area table (`data/areas/<pack>.csv`, built by `scripts/build_area_table.py`)
maps each 〒 and 町 to its 区 and, where known, its 福祉区; its reference points
(`data/areas/<pack>-points.csv`) place a LINE location with no address in the nearest
区. A city without a table is read from 区 / 福祉区 names alone. Lines starting with `#`
are the table's header: its sources and what it lacks."""

from __future__ import annotations

import csv
import math
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from directory.models import Municipality
from directory.places import Place
from directory.yaml_source import DATA_DIR

EARTH_RADIUS_KM = 6371.0
# Farther than this from every reference point, a location is taken to be outside the city.
MAX_DISTANCE_KM = 30.0
MIN_TOWN_LENGTH = 2


@dataclass(frozen=True, slots=True)
class TownRow:
    postal_code: str
    town: str
    ward: str
    welfare_district: str | None


@dataclass(frozen=True, slots=True)
class Point:
    ward: str
    latitude: float
    longitude: float


@dataclass(frozen=True)
class AreaTable:
    rows: tuple[TownRow, ...]
    points: tuple[Point, ...]

    @cached_property
    def by_postal(self) -> dict[str, tuple[TownRow, ...]]:
        return _index(self.rows, lambda row: row.postal_code)

    @cached_property
    def by_town(self) -> dict[str, tuple[TownRow, ...]]:
        return _index((r for r in self.rows if len(r.town) >= MIN_TOWN_LENGTH), lambda r: r.town)


def _index(
    rows: Iterable[TownRow], key: Callable[[TownRow], str]
) -> dict[str, tuple[TownRow, ...]]:
    found: defaultdict[str, list[TownRow]] = defaultdict(list)
    for row in rows:
        found[key(row)].append(row)
    return {name: tuple(group) for name, group in found.items()}


def _records(path: Path) -> Iterator[dict[str, str]]:
    if not path.exists():
        return iter(())
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line[:1] != "#"]
    return iter(csv.DictReader(lines))


@lru_cache(maxsize=8)
def area_table(pack_id: str, data_dir: Path = DATA_DIR) -> AreaTable:
    folder = data_dir / "areas"
    rows = tuple(
        TownRow(r["postal_code"], r["town"], r["ward"], r["welfare_district"] or None)
        for r in _records(folder / f"{pack_id}.csv")
    )
    points = tuple(
        Point(r["ward"], float(r["latitude"]), float(r["longitude"]))
        for r in _records(folder / f"{pack_id}-points.csv")
    )
    return AreaTable(rows, points)


def _one_place(rows: tuple[TownRow, ...]) -> Place | None:
    """The place all rows agree on, as far as they agree (a 〒 shared by two 区: none)."""
    wards = {row.ward for row in rows}
    if len(wards) != 1:
        return None
    districts = {row.welfare_district for row in rows}
    return Place(wards.pop(), districts.pop() if len(districts) == 1 else None)


def _named_area(municipality: Municipality, text: str) -> Place:
    """A 福祉区 or 区 named anywhere in the text (the longest name wins)."""
    for welfare in sorted(municipality.welfare_districts, key=lambda d: -len(d.name)):
        if welfare.name in text and welfare.name != welfare.ward:
            return Place(welfare.ward, welfare.name)
    for ward in municipality.wards:
        if ward.name in text:
            only = ward.welfare_districts[0] if len(ward.welfare_districts) == 1 else None
            return Place(ward.name, only)
    return Place()


def place_for_postal(table: AreaTable, postal_code: str) -> Place | None:
    """The place of a 〒 (「700-0914」); None when the table does not know it."""
    return _one_place(table.by_postal.get(postal_code, ()))


def place_for_words(table: AreaTable, municipality: Municipality, text: str) -> Place | None:
    """「北区」「北区の鹿田町です」「鹿田町」 → Place; None when no area is named."""
    written = unicodedata.normalize("NFKC", text).replace(" ", "")
    named = _named_area(municipality, written)
    towns = table.by_town
    found = [town for town in towns if town in written]
    for town in sorted(found, key=len, reverse=True):
        rows = tuple(r for r in towns[town] if named.ward in (None, r.ward))
        place = _one_place(rows)
        if place is not None:
            return place if place.welfare_district or not named.welfare_district else named
    return named if named.known else None


def _distance_km(point: Point, latitude: float, longitude: float) -> float:
    lat1, lat2 = math.radians(point.latitude), math.radians(latitude)
    dlat = lat2 - lat1
    dlon = math.radians(longitude - point.longitude)
    a = math.sin(dlat / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(dlon / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(a))


def place_near(
    table: AreaTable, municipality: Municipality, latitude: float, longitude: float
) -> Place | None:
    """The 区 of the nearest reference point; None when every point is far away."""
    if not table.points:
        return None
    nearest = min(table.points, key=lambda p: _distance_km(p, latitude, longitude))
    if _distance_km(nearest, latitude, longitude) > MAX_DISTANCE_KM:
        return None
    return _named_area(municipality, nearest.ward)
