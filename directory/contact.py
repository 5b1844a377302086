"""How a resident reaches a person at an agency, from the pack alone.

In order: the agency's own number (or its first other number); the number of the body
responsible for it (`parent_id`, e.g. the 社協 running a programme); the city's main
number, said to be the main number with the words to ask for the right desk; the city
hall's window (its address) when the pack has no main number either. Every
resident-facing card therefore has a contact line; `tsunagu directory validate` counts the
agencies that rely on the last two, so a city sees what to fill in."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from directory.models import Agency, CityPack
from directory.wording import joined_short

ContactKind = Literal["direct", "responsible", "city_main", "city_window"]


@dataclass(frozen=True, slots=True)
class Contact:
    kind: ContactKind
    phone: str | None
    note: str | None  # shown with the number: whose number it is and what to say

    @property
    def direct(self) -> bool:
        return self.kind == "direct"


def resident_facing(agency: Agency) -> bool:
    return agency.takes_direct_citizen_contact is not False


def direct_phone(agency: Agency) -> str | None:
    if agency.phone:
        return agency.phone
    return agency.phone_alt[0].number if agency.phone_alt else None


def _ask_for(categories: Sequence[str]) -> str:
    return f"『{joined_short(categories)}の相談』とお伝えください"


def agency_contact(pack: CityPack, agency: Agency, categories: Sequence[str]) -> Contact:
    """The line a card shows for `agency`, asked about `categories`."""
    own = direct_phone(agency)
    if own:
        return Contact("direct", own, None)
    parents = {a.id: a for a in pack.agencies}
    parent = parents.get(agency.parent_id or "")
    parent_phone = direct_phone(parent) if parent is not None else None
    if parent is not None and parent_phone:
        return Contact(
            "responsible", parent_phone, f"{parent.name}の番号です。{_ask_for(categories)}"
        )
    city = pack.municipality
    if city.city_hall.phone:
        note = f"{city.name}役所の代表番号です。{_ask_for(categories)}"
        return Contact("city_main", city.city_hall.phone, note)
    window = f"{city.name}役所（{city.city_hall.address}）" if city.city_hall.address else ""
    return Contact("city_window", None, f"{window or city.name + '役所'}の窓口でおたずねください")


def agencies_without_direct_contact(pack: CityPack) -> tuple[Agency, ...]:
    """Resident-facing agencies whose card has to borrow another body's number."""
    return tuple(a for a in pack.agencies if resident_facing(a) and not direct_phone(a))
