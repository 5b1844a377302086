"""The city the bot serves, as the sheet needs it: its name (to tell whether a 〒 is
inside it) and its 区 (to ask for one when the address does not give it)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from directory.loader import load_directory, pack_names


@dataclass(frozen=True, slots=True)
class City:
    name: str
    prefecture: str | None
    wards: tuple[str, ...] = ()


def ward_in_letters(typed: str, wards: tuple[str, ...]) -> str | None:
    """The 区 of `wards` that `typed` names in Latin letters (「Minami-ku」「kita」「Chūō
    ward」), typed by someone who reads no kanji; else None."""
    letters = in_letters(typed)
    return _ward_letters(wards).get(letters) if letters else None


def ward_in_address_letters(address: str, wards: tuple[str, ...]) -> str | None:
    """The 区 of `wards` an address in Latin letters names with its 「ku」 or 「ward」
    (「Kita-ku, Okayama」「1-2 Tsushima, Kita Ward」); else None."""
    words = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)?", unicodedata.normalize("NFKC", address))
    for index, first in enumerate(words):
        after = words[index + 1] if index + 1 < len(words) else ""
        for said in (first, first + after):
            if in_letters(said).endswith("ku") and (ward := ward_in_letters(said, wards)):
                return ward
    return None


def in_letters(text: str) -> str:
    """「Chūō-ku」「chuuou ku」「ＫＩＴＡ－ＫＵ」 → 「chuoku」「kitaku」: Latin letters only, lower
    case, no accents, long vowels as one; 「ward」 said as 「ku」."""
    folded = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text).lower())
    letters = re.sub(r"[^a-z]", "", folded).replace("ward", "ku")
    return re.sub(r"(ou|oo|uu|aa|ii|ee)", lambda m: m.group(0)[0], letters)


@lru_cache(maxsize=8)
def _ward_letters(wards: tuple[str, ...]) -> dict[str, str]:
    import pykakasi  # its dictionaries load on the first 区 typed in Latin letters

    reading = pykakasi.kakasi()  # type: ignore[no-untyped-call]
    found: dict[str, str] = {}
    for ward in wards:
        letters = in_letters("".join(part["hepburn"] for part in reading.convert(ward)))
        found[letters] = ward
        found.setdefault(letters.removesuffix("ku"), ward)
    return found


@lru_cache(maxsize=8)
def city_of(municipality: str) -> City:
    """`okayama` → 岡山市 with its 区. An unknown id is taken as the city's own name."""
    if municipality not in pack_names():
        return City(municipality, None)
    found = load_directory(municipality).municipality
    return City(found.name, found.prefecture, tuple(w.name for w in found.wards))
