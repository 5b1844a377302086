"""An address outside the city: explained kindly, with the national and prefectural
contacts that still reach the person (from the directory's hotlines)."""

from __future__ import annotations

from directory.hotlines import EMERGENCY_PRIORITY, HotlineEntry, all_hotlines
from directory.wording import for_residents
from handlers.intake import catalog as say
from handlers.intake.state import IntakeState
from handlers.messages import Hotline, Hotlines, Reply, Text
from nlu.extract.places import PostalPlace

MAX_CONTACTS = 5


def _fits(entry: HotlineEntry, categories: tuple[str, ...]) -> int:
    return 0 if set(entry.categories) & set(categories) else 1


def outside_contacts(prefecture: str, categories: tuple[str, ...]) -> list[HotlineEntry]:
    """Reachable numbers of the person's prefecture and the whole country, those for the
    person's troubles first; 110/119 are left to the 「緊急のとき」 menu."""
    entries = [e for e in all_hotlines(prefecture) if e.display_priority != EMERGENCY_PRIORITY]
    return sorted(entries, key=lambda e: _fits(e, categories))[:MAX_CONTACTS]


def outside_city_reply(place: PostalPlace, city: str, state: IntakeState) -> Reply:
    lead = say.OUTSIDE_CITY.format(address=place.address, city=city)
    hotlines = tuple(
        Hotline(
            name=e.name, number=e.number, tel_uri=e.tel_uri, note=for_residents(e.hours_text) or ""
        )
        for e in outside_contacts(place.prefecture, state.categories)
    )
    if not hotlines:
        return Reply((Text(lead),))
    return Reply((Text(lead), Hotlines(lead=say.OUTSIDE_CITY_CONTACTS, hotlines=hotlines)))
