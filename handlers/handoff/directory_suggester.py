"""Suggestions from the city's directory through its router (`directory/router.suggest`:
categories × 福祉区/区 × age × time of day → ranked agencies with a reason each), shown
as agency cards (`handlers/cards.agency_cards`). The consent names the agencies shown,
and the 複合課題 coordinator when there is more than one trouble."""

from __future__ import annotations

from dataclasses import replace
from datetime import time

from directory.belonging import places_to_offer
from directory.loader import Directory, load_directory
from directory.models import Agency
from directory.router import SuggestedAgency, suggest
from directory.schema_common import WeeklySlot
from handlers.cards import agency_cards
from handlers.context import TurnContext
from handlers.effects import AgencyChoice
from handlers.handoff.next_steps import Hours, Opening
from handlers.handoff.suggestions import PlaceOffer, Suggestions
from handlers.sheet import ConfirmedSheet

MAX_AGENCIES = 3


def clock(value: str) -> time:
    hours, minutes = (int(part) for part in value.split(":"))
    return time(23, 59, 59) if hours == 24 else time(hours, minutes)


def hours_of(agency: Agency) -> Hours | None:
    """The agency's weekly hours as the next-steps wording needs them."""
    slots: tuple[WeeklySlot, ...] = agency.hours.weekly or ()
    openings = tuple(
        Opening(tuple(s.days), clock(s.open), clock(s.close)) for s in slots if not s.overnight
    )
    if not openings:
        return None
    return Hours(
        openings,
        closed_on_holidays=agency.hours.closed_on_holidays is not False,
        closed_year_end=agency.hours.closed_year_end is not False,
    )


def _coordinator(directory: Directory) -> Agency | None:
    info = directory.pack.complex_case_coordinator
    if info is None or info.agency_id is None:
        return None
    return directory.agencies_by_id.get(info.agency_id)


def suggest_from_directory(sheet: ConfirmedSheet, ctx: TurnContext) -> Suggestions:
    directory = load_directory(ctx.municipality)
    found = suggest(directory, sheet.categories, sheet.primary, sheet.age, sheet.ward, ctx.now)
    # Hotlines are contacts, not agencies a case is shared with.
    doors: tuple[SuggestedAgency, ...] = tuple(
        door for door in found.agencies if not door.is_hotline
    )[:MAX_AGENCIES]
    grantees = [AgencyChoice(door.id, door.name) for door in doors]
    coordinator = _coordinator(directory)
    wanted = sheet.is_complex or found.complex_case or not doors
    if wanted and coordinator is not None and coordinator.id not in {g.id for g in grantees}:
        grantees.append(AgencyChoice(coordinator.id, coordinator.name))
    agencies = [directory.agencies_by_id[door.id] for door in doors]
    return Suggestions(
        cards=agency_cards(replace(found, agencies=doors), ctx.municipality) if doors else None,
        grantees=tuple(grantees),
        hours=tuple(h for h in map(hours_of, agencies) if h is not None),
        places=places_for(directory, sheet),
    )


def places_for(directory: Directory, sheet: ConfirmedSheet) -> tuple[PlaceOffer, ...]:
    """Places to belong for a person the sheet shows isolated (参加支援), each with whom
    to ask; () otherwise."""
    offers = []
    for place in places_to_offer(directory, sheet.isolation, sheet.ward, sheet.age):
        agency = directory.agencies_by_id.get(place.contact_agency_id or "")
        phone = (agency.phone if agency is not None else None) or place.phone
        ask = None
        if agency is not None:
            ask = f"{agency.name}（{phone}）" if phone else agency.name
        offers.append(PlaceOffer(place.name, place.kind, place.description, ask))
    return tuple(offers)


def hours_of_agencies(agency_ids: tuple[str, ...], municipality: str) -> tuple[Hours, ...]:
    """The opening hours of the agencies working a case (the 複合課題 coordinator's when
    none of theirs is known): when staff will answer what the person adds to it."""
    directory = load_directory(municipality)
    agencies = [directory.agencies_by_id[i] for i in agency_ids if i in directory.agencies_by_id]
    found = tuple(h for h in map(hours_of, agencies) if h is not None)
    coordinator = _coordinator(directory)
    if found or coordinator is None:
        return found
    fallback = hours_of(coordinator)
    return (fallback,) if fallback is not None else ()
