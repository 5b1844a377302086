"""The city the bot serves, as the sheet needs it: its name (to tell whether a 〒 is
inside it) and its 区 (to ask for one when the address does not give it)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from directory.loader import load_directory, pack_names


@dataclass(frozen=True, slots=True)
class City:
    name: str
    prefecture: str | None
    wards: tuple[str, ...] = ()


@lru_cache(maxsize=8)
def city_of(municipality: str) -> City:
    """`okayama` → 岡山市 with its 区. An unknown id is taken as the city's own name."""
    if municipality not in pack_names():
        return City(municipality, None)
    found = load_directory(municipality).municipality
    return City(found.name, found.prefecture, tuple(w.name for w in found.wards))
