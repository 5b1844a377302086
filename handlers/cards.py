"""A directory suggestion as agency cards, with missing data worded helpfully."""

from __future__ import annotations

from urllib.parse import quote

from directory.loader import Directory, load_directory
from directory.opening import UNKNOWN_HOURS_TEXT
from directory.router import SuggestedAgency, Suggestion
from directory.wording import for_residents, joined
from handlers.messages import AgencyCard, AgencyCards

MAX_CARDS = 12
MAX_HELPS = 2
MAP_SEARCH = "https://www.google.com/maps/search/?api=1&query="
BADGE_WORDS = {True: "受付中", False: "時間外", None: "受付時間を確認中"}


def map_search_uri(address: str, prefecture: str) -> str:
    place = address if address.startswith(prefecture) else prefecture + address
    return MAP_SEARCH + quote(place)


UNKNOWN_HOURS_VISIT = "受付時間は確認できていません。窓口でお確かめください"


def _helps_with(door: SuggestedAgency, directory: Directory) -> str:
    if door.is_hotline:
        record = next(h for h in directory.hotlines.hotlines if h.id == door.id)
        return record.purpose or joined(door.categories)
    agency = directory.agencies_by_id[door.id]
    # Only what the agency does for the fields asked about: a 収入・仕事 card does not
    # offer 介護保険.
    described = dict.fromkeys(
        text
        for service in agency.services
        if set(service.categories) & set(door.categories)
        and (text := for_residents(service.description))
    )
    return "／".join(list(described)[:MAX_HELPS]) or joined(door.categories)


def _hours(door: SuggestedAgency) -> str:
    if door.hours_text and door.opening.open_now is not None:
        return f"{door.hours_text}\n{door.opening.text}"
    status = door.opening.text
    if status == UNKNOWN_HOURS_TEXT and not door.phone:
        status = UNKNOWN_HOURS_VISIT
    return door.hours_text or status


def agency_card(door: SuggestedAgency, directory: Directory) -> AgencyCard:
    url = None if door.is_hotline else directory.agencies_by_id[door.id].url
    prefecture = directory.municipality.prefecture
    return AgencyCard(
        agency_id=door.id,
        name=door.name,
        helps_with=_helps_with(door, directory),
        hours=_hours(door),
        open_now=door.opening.open_now,
        reason=door.reason,
        phone=door.phone,
        tel_uri=door.tel_uri,
        phone_note=door.phone_note,
        address=door.address,
        map_uri=map_search_uri(door.address, prefecture) if door.address else None,
        url=url,
        status=BADGE_WORDS[door.opening.open_now],
    )


def agency_cards(suggestion: Suggestion, municipality: str) -> AgencyCards:
    directory = load_directory(municipality)
    cards = tuple(agency_card(door, directory) for door in suggestion.agencies[:MAX_CARDS])
    return AgencyCards(alt_text="相談先のご案内", cards=cards)
