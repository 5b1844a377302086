"""A 〒 as people type it, alone or inside an address, and what an address typed with a
〒 adds to the place the 〒 names (the place itself: `nlu/extract/places.py`)."""

from __future__ import annotations

import re

from nlu.extract.phrasing import POLITE_ENDING
from nlu.extract.places import PostalPlace
from nlu.extract.text import normalise

POSTAL = re.compile(r"^(?:〒)?\s*(\d{3})-?(\d{4})$")


# Three and four digits standing alone (a phone number's 234-5678 is not a 〒).
POSTAL_INSIDE = re.compile(r"(?<![\d-])(?<![\d-] )(\d{3}) ?-? ?(\d{4})(?! ?[\d-])")


# What may stand before a 〒 and say only that it is one: 「郵便番号は」「〒は」「住所は〒」.
POSTAL_LABEL = re.compile(
    r"^(?:(?:郵便番号|ゆうびんばんごう|ゆうびん番号|住所|じゅうしょ)\s*(?:は|:)?)?"
    r"\s*〒?\s*(?:は|:)?\s*$"
)


def parse_postal_code(text: str) -> str | None:
    """「700-0914」「7000914」「〒７００ー０９１４」 → 700-0914 (shape only)."""
    match = POSTAL.match(normalise(text).replace(" ", ""))
    return f"{match[1]}-{match[2]}" if match else None


def find_postal_code(text: str) -> tuple[str, str] | None:
    """A 〒 inside the answer and what else was written: 「郵便番号700-0914」 →
    (700-0914, ""), 「〒700-0914 岡山市北区鹿田町」 → (700-0914, 「岡山市北区鹿田町」).
    Digits of a phone number (086-234-5678) are not a 〒."""
    value = normalise(text)
    found = POSTAL_INSIDE.search(value)
    if found is None:
        return None
    before = value[: found.start()]
    before = "" if POSTAL_LABEL.match(before) else before.strip()
    after = POLITE_ENDING.sub("", value[found.end() :]).strip(" 。、,.")
    rest = " ".join(part for part in (before, after) if part)
    return f"{found[1]}-{found[2]}", rest


def address_after(place: PostalPlace, written: str) -> str:
    """What `written` (the address typed with a 〒) adds to the 〒's place: the part of
    the place it repeats (「岡山市北区鹿田町」) is left out, so 「岡山市北区鹿田町2-5-1」 gives
    「2-5-1」."""
    written = written.replace(" ", "")
    known = place.address
    repeated = next((known[i:] for i in range(len(known) - 1) if written.startswith(known[i:])), "")
    return written[len(repeated) :]
