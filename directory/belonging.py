"""参加支援: the places to belong a person who is isolated may like to know of (通いの場,
サロン, 居場所, 就労支援, 体操 groups), from the city's pack. An offer, never a referral:
nothing about the person reaches the place, so no consent is asked.

`signs` say what the sheet showed: `hikikomori` (ひきこもり), `no_one_to_talk`
(「話し相手がいない」), `alone_no_one` (一人暮らし with no one to talk to or rely on).
The places are ranked for them: a 居場所 first for ひきこもり, a 体操 group or a サロン
first for an older person; those of another 区 are left out."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from directory.loader import Directory
from directory.models import PlaceKind, PlaceToBelong

MAX_PLACES: Final = 2
OLDER_FROM_AGE: Final = 65
ISOLATION_SIGNS: Final = ("hikikomori", "no_one_to_talk", "alone_no_one")

_FOR_HIKIKOMORI: Final[tuple[PlaceKind, ...]] = ("居場所", "就労支援", "サロン", "通いの場", "体操")
_FOR_OLDER: Final[tuple[PlaceKind, ...]] = ("体操", "サロン", "通いの場", "居場所", "就労支援")
_FOR_OTHERS: Final[tuple[PlaceKind, ...]] = ("居場所", "サロン", "就労支援", "通いの場", "体操")


def _order(signs: Sequence[str], age: int | None) -> tuple[PlaceKind, ...]:
    if "hikikomori" in signs:
        return _FOR_HIKIKOMORI
    if age is not None and age >= OLDER_FROM_AGE:
        return _FOR_OLDER
    return _FOR_OTHERS


def _serves(place: PlaceToBelong, ward: str | None) -> bool:
    area = place.service_area
    if area.whole_city or not area.local:
        return True
    return ward is not None and ward in area.wards


def places_to_offer(
    directory: Directory,
    signs: Sequence[str],
    ward: str | None = None,
    age: int | None = None,
    limit: int = MAX_PLACES,
) -> tuple[PlaceToBelong, ...]:
    """Up to `limit` places for a person the sheet shows isolated; () when it does not."""
    if not any(sign in ISOLATION_SIGNS for sign in signs):
        return ()
    order = _order(signs, age)
    places = [p for p in directory.pack.places_to_belong if _serves(p, ward)]
    places.sort(key=lambda p: (order.index(p.kind), not p.service_area.local))
    chosen: list[PlaceToBelong] = []
    for place in places:  # one of a kind first, so the offer is a choice
        if place.kind not in {c.kind for c in chosen}:
            chosen.append(place)
    chosen += [p for p in places if p not in chosen]
    return tuple(chosen[:limit])
