"""Which doors to suggest, in order, each with a short reason in plain Japanese.

For each of the person's categories (the main one first):
1. only agencies a resident may contact (never `takes_direct_citizen_contact: false`),
   that serve the person's 福祉区 / 区 or the whole city, and that suit the person's age
   (see `audience`; a seed ★ is exempt, and when nothing suits, any door is kept);
2. ranked: an office serving the person's 福祉区 (then 区) before a city-wide one; the
   field's first window — the seed's ★ (`fallback_for`) or, where the field has no ★, the
   directory's `suggested_fallbacks` (abuse split by who is harmed) — before other
   agencies; a branch inherits its parent's ★ and replaces the parent;
3. a `hotline:<id>` first window becomes a hotline door.
Doors are interleaved by category (each field gets its first door before any field gets a
second). Several fields led by different agencies, or a known pattern such as 8050, make a
複合課題, flagged with the city's coordinator."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from directory.audience import Audience, agency_audience, person_audiences, suits
from directory.complex_case import complex_reasons
from directory.contact import agency_contact
from directory.crosscheck import HOTLINE_PREFIX
from directory.hotline_models import HotlineRecord
from directory.loader import Directory
from directory.models import AbuseFallbacks, Agency, AgencyHours
from directory.opening import Opening, opening
from directory.places import Place, resolve_place
from directory.wording import for_residents, joined
from nlu.categories import CATEGORY_IDS

PER_CATEGORY = 2
AGE_GROUPS: tuple[Audience, ...] = ("child", "elderly")
MAX_DOORS = 8
ABUSE_VICTIM_ORDER: tuple[str, ...] = ("child", "elderly", "disabled")

Basis = Literal["local", "first_window", "specific", "hotline", "area_unknown"]


@dataclass(frozen=True, slots=True)
class SuggestedAgency:
    """One door: an agency of the city or a hotline."""

    id: str
    name: str
    categories: tuple[str, ...]
    reason: str
    basis: Basis
    phone: str | None
    tel_uri: str | None
    address: str | None
    hours_text: str | None
    opening: Opening
    is_hotline: bool = False
    phone_note: str | None = None  # whose number it is when not the agency's own


@dataclass(frozen=True, slots=True)
class Suggestion:
    agencies: tuple[SuggestedAgency, ...]
    complex_case: bool
    complex_reasons: tuple[str, ...]
    coordinator: str | None
    place: Place
    categories: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Candidate:
    agency: Agency
    locality: int  # 2: serves the 福祉区, 1: the 区, 0: whole city, -1: area not known
    first_window: bool
    star: bool
    age_focus: bool
    covers: int
    order: int

    def key(self) -> tuple[int, ...]:
        return (
            -self.locality,
            -self.first_window,
            -self.age_focus,
            -(self.agency.takes_direct_citizen_contact is True),
            -self.covers,
            len(self.agency.categories),
            self.order,
        )


def tel_uri(number: str | None) -> str | None:
    if not number:
        return None
    return "tel:" + number.replace("-", "").replace("#", "%23")


def _locality(agency: Agency, place: Place) -> int | None:
    """How closely the agency serves the place; None when it does not serve it."""
    area = agency.service_area
    if area.whole_city:
        return 0
    if not area.local:
        return -1
    if place.welfare_district and area.welfare_districts:
        return 2 if place.welfare_district in area.welfare_districts else None
    if place.ward and place.ward in area.wards:
        return 1
    return None


def _abuse_victims(people: Sequence[Audience]) -> tuple[str, ...]:
    victims = tuple(v for v in ABUSE_VICTIM_ORDER if v in people)
    return victims or ("partner",)


def _suggested_targets(
    directory: Directory, category: str, people: Sequence[Audience]
) -> list[str]:
    fallbacks = directory.pack.suggested_fallbacks
    if fallbacks is None or category not in CATEGORY_IDS:
        return []
    value = getattr(fallbacks, category)
    if isinstance(value, AbuseFallbacks):
        targets = [getattr(value, victim) for victim in _abuse_victims(people)]
        return [t for t in targets if t]
    return [value] if value else []


def _has_star(directory: Directory, category: str) -> bool:
    return any(category in agency.fallback_for for agency in directory.agencies)


def _first_windows(directory: Directory, category: str, people: Sequence[Audience]) -> set[str]:
    if _has_star(directory, category):
        return {a.id for a in directory.agencies if category in a.fallback_for}
    return set(_suggested_targets(directory, category, people))


def _candidates(
    directory: Directory,
    category: str,
    categories: Sequence[str],
    place: Place,
    people: Sequence[Audience],
    by_audience: bool = True,
) -> list[_Candidate]:
    windows = _first_windows(directory, category, people)
    starred = _has_star(directory, category)
    found = []
    for order, agency in enumerate(directory.agencies):
        if category not in agency.categories or agency.takes_direct_citizen_contact is False:
            continue
        locality = _locality(agency, place)
        is_window = agency.id in windows or agency.parent_id in windows
        seed_star = is_window and starred
        fits = seed_star or not by_audience or suits(agency, category, people)
        if locality is None or not fits:
            continue
        found.append(
            _Candidate(
                agency=agency,
                locality=locality,
                first_window=is_window,
                star=starred,
                age_focus=agency_audience(agency) in AGE_GROUPS
                and agency_audience(agency) in people,
                covers=sum(c in agency.categories for c in categories),
                order=order,
            )
        )
    return sorted(found, key=_Candidate.key)


def _picks(candidates: list[_Candidate]) -> list[_Candidate]:
    """The best few, a branch replacing its parent (the parent adds nothing then)."""
    picked: list[_Candidate] = []
    for candidate in candidates:
        if any(p.agency.parent_id == candidate.agency.id for p in picked):
            continue
        picked.append(candidate)
        if len(picked) == PER_CATEGORY:
            break
    return picked


def _area_words(agency: Agency) -> str:
    area = agency.service_area
    return "・".join(area.welfare_districts or area.wards)


def _basis(candidate: _Candidate) -> Basis:
    if candidate.locality > 0:
        return "local"
    if candidate.first_window:
        return "first_window"
    return "area_unknown" if candidate.locality < 0 else "specific"


def _agency_reason(candidate: _Candidate, for_categories: Sequence[str]) -> str:
    fields = joined(for_categories)
    lead = f"{fields}の窓口"
    if candidate.first_window:
        lead = f"{fields}で迷ったときの窓口" if candidate.star else f"{fields}の最初の相談先"
    if candidate.locality > 0:
        return f"{lead}で、{_area_words(candidate.agency)}を担当しています"
    if candidate.locality < 0:
        return f"{lead}です（担当の地域はお問い合わせください）"
    return f"{lead}です"


def _agency_door(
    directory: Directory, candidate: _Candidate, for_categories: Sequence[str], at: datetime
) -> SuggestedAgency:
    agency = candidate.agency
    contact = agency_contact(directory.pack, agency, for_categories)
    return SuggestedAgency(
        id=agency.id,
        name=for_residents(agency.name) or agency.name,
        categories=tuple(for_categories),
        reason=_agency_reason(candidate, for_categories),
        basis=_basis(candidate),
        phone=contact.phone,
        tel_uri=tel_uri(contact.phone),
        phone_note=contact.note,
        address=for_residents(agency.address),
        hours_text=for_residents(agency.hours.text),
        opening=opening(agency.hours, agency.kind, at),
    )


def _hotline_opening(record: HotlineRecord, at: datetime) -> Opening:
    if record.hours.is_24h:
        return Opening(True, None, None, "24時間受付")
    hours = AgencyHours(
        text=record.hours.text,
        weekly=record.hours.weekly,
        closed_on_holidays=None,
        closed_year_end=record.hours.closed_year_end,
    )
    return opening(hours, "相談", at)


def _hotline_door(
    record: HotlineRecord, for_categories: Sequence[str], at: datetime
) -> SuggestedAgency:
    return SuggestedAgency(
        id=record.id,
        name=record.name,
        categories=tuple(for_categories),
        reason=f"{joined(for_categories)}の相談先につながる電話です",
        basis="hotline",
        phone=record.number,
        tel_uri=record.tel_uri,
        address=None,
        hours_text=for_residents(record.hours.text),
        opening=_hotline_opening(record, at),
        is_hotline=True,
    )


def _ordered_categories(categories: Sequence[str], primary: str | None) -> tuple[str, ...]:
    unique = tuple(dict.fromkeys(c for c in categories if c in CATEGORY_IDS))
    if primary in unique:
        return (primary, *(c for c in unique if c != primary))
    return unique


@dataclass
class _Door:
    kind: Literal["agency", "hotline"]
    candidate: _Candidate | None
    hotline: HotlineRecord | None
    categories: list[str]


def _doors_for(
    directory: Directory,
    category: str,
    categories: Sequence[str],
    place: Place,
    people: Sequence[Audience],
) -> list[_Door]:
    hotlines = {record.id: record for record in directory.hotlines.hotlines}
    targets = (
        [] if _has_star(directory, category) else _suggested_targets(directory, category, people)
    )
    hotline_doors = [
        _Door("hotline", None, hotlines[t.removeprefix(HOTLINE_PREFIX)], [category])
        for t in targets
        if t.startswith(HOTLINE_PREFIX) and t.removeprefix(HOTLINE_PREFIX) in hotlines
    ]
    candidates = _candidates(directory, category, categories, place, people)
    if not candidates and not hotline_doors:  # nothing meant for this person: any door
        candidates = _candidates(directory, category, categories, place, people, False)
    doors = [_Door("agency", pick, None, [category]) for pick in _picks(candidates)]
    if any(door.candidate and door.candidate.first_window for door in doors):
        return doors + hotline_doors
    return hotline_doors + doors


def _door_id(door: _Door) -> str:
    if door.candidate is not None:
        return door.candidate.agency.id
    assert door.hotline is not None
    return door.hotline.id


def suggest(
    directory: Directory,
    categories: Sequence[str],
    primary: str | None,
    age: int | None,
    district: str | None,
    at: datetime,
) -> Suggestion:
    """Ranked doors for the person's troubles, with a reason each and the 複合課題 flag."""
    ordered = _ordered_categories(categories, primary)
    place = resolve_place(directory.municipality, district)
    people = person_audiences(age, ordered)
    per_category = [_doors_for(directory, c, ordered, place, people) for c in ordered]
    merged: dict[str, _Door] = {}
    for round_index in range(PER_CATEGORY + 1):
        for doors in per_category:
            if round_index >= len(doors):
                continue
            door = doors[round_index]
            key = _door_id(door)
            if key in merged:
                merged[key].categories.extend(
                    c for c in door.categories if c not in merged[key].categories
                )
            elif len(merged) < MAX_DOORS:
                merged[key] = door
    leads = [_door_id(doors[0]) for doors in per_category if doors]
    reasons = complex_reasons(ordered, leads)
    coordinator_info = directory.pack.complex_case_coordinator
    coordinator = coordinator_info.agency_id if (reasons and coordinator_info) else None
    return Suggestion(
        agencies=tuple(_render(directory, door, at) for door in merged.values()),
        complex_case=bool(reasons),
        complex_reasons=reasons,
        coordinator=coordinator,
        place=place,
        categories=ordered,
    )


def _render(directory: Directory, door: _Door, at: datetime) -> SuggestedAgency:
    if door.candidate is not None:
        return _agency_door(directory, door.candidate, door.categories, at)
    assert door.hotline is not None
    return _hotline_door(door.hotline, door.categories, at)
