"""The city the bot serves, as the sheet needs it: its name (to tell whether a 〒 is
inside it) and its 区 (to ask for one when the address does not give it)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from directory.loader import load_directory, pack_names
from nlu.text_normal import katakana_to_hiragana


@dataclass(frozen=True, slots=True)
class City:
    name: str
    prefecture: str | None
    wards: tuple[str, ...] = ()


def ward_in_letters(typed: str, wards: tuple[str, ...]) -> str | None:
    """The 区 of `wards` that `typed` names in Latin letters or in kana (「Minami-ku」
    「kita」「Chūō ward」「きたく」「ナカク」), typed by someone who reads or writes no
    kanji; else None."""
    kana = _KANA_ONLY.fullmatch(typed.strip())
    if kana is not None:
        typed = _hepburn(kana.group(1))
    letters = in_letters(typed)
    return _ward_letters(wards).get(letters) if letters else None


_KANA_ONLY = re.compile(r"([\u3041-\u309f\u30a1-\u30ffー\s]+?)(?:です|じゃ|や|だ|よ)?")


@lru_cache(maxsize=1)
def _reader() -> Any:
    import pykakasi  # its dictionaries load on the first 区 typed without kanji

    return pykakasi.kakasi()  # type: ignore[no-untyped-call]


def _hepburn(text: str) -> str:
    return "".join(part["hepburn"] for part in _reader().convert(text))


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


def ward_in_kana(address: str, wards: tuple[str, ...]) -> str | None:
    """The one 区 of `wards` an address written in kana names, as a word of its own
    (「おかやまし きたく だいく 1-1-1」「岡山市キタク大供」, not 「なかくら町」); else None."""
    folded = katakana_to_hiragana(unicodedata.normalize("NFKC", address))
    named = {
        ward
        for reading, ward in _ward_kana(wards).items()
        if re.search(r"(?:^|[\sし市、,])" + reading + r"(?![\u3041-\u309f])", folded)
    }
    return named.pop() if len(named) == 1 else None


@lru_cache(maxsize=8)
def _ward_kana(wards: tuple[str, ...]) -> dict[str, str]:
    return {"".join(part["hira"] for part in _reader().convert(ward)): ward for ward in wards}


def in_letters(text: str) -> str:
    """「Chūō-ku」「chuuou ku」「ＫＩＴＡ－ＫＵ」 → 「chuoku」「kitaku」: Latin letters only, lower
    case, no accents, long vowels as one; 「ward」 said as 「ku」."""
    folded = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text).lower())
    letters = re.sub(r"[^a-z]", "", folded).replace("ward", "ku")
    return re.sub(r"(ou|oo|uu|aa|ii|ee)", lambda m: m.group(0)[0], letters)


@lru_cache(maxsize=8)
def _ward_letters(wards: tuple[str, ...]) -> dict[str, str]:
    found: dict[str, str] = {}
    for ward in wards:
        letters = in_letters(_hepburn(ward))
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
