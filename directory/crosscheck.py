"""Checks that span entries or files: references exist, ids are unique, areas are known."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from directory.hotline_models import HotlineFile
from directory.models import AbuseFallbacks, CityPack
from directory.problems import Problem

HOTLINE_PREFIX = "hotline:"


def duplicate_ids(ids_by_file: Mapping[str, Iterable[tuple[str, str]]]) -> list[Problem]:
    """Every id must be unique across all files (agencies and hotlines share one space).

    `ids_by_file` maps a file name to its (path, id) pairs, e.g. ("agencies[3].id", "…")."""
    first_seen: dict[str, str] = {}
    problems = []
    for file, entries in ids_by_file.items():
        for path, item_id in entries:
            where = first_seen.get(item_id)
            if where is None:
                first_seen[item_id] = f"{file}: {path}"
                continue
            problems.append(
                Problem(file, f"{path} ({item_id})", f"id が重複しています（{where} と同じ）")
            )
    return problems


def _fallback_targets(pack: CityPack) -> list[tuple[str, str]]:
    fallbacks = pack.suggested_fallbacks
    if fallbacks is None:
        return []
    targets = []
    for category in type(fallbacks).model_fields:
        value = getattr(fallbacks, category)
        if category == "note" or value is None:
            continue
        if isinstance(value, AbuseFallbacks):
            for victim, target in value.model_dump().items():
                if target is not None:
                    targets.append((f"suggested_fallbacks.{category}.{victim}", target))
        else:
            targets.append((f"suggested_fallbacks.{category}", value))
    return targets


def _missing(
    file: str, path: str, values: Iterable[str | None], known: set[str], what: str
) -> list[Problem]:
    """One problem per value that is not among `known` (e.g. 「'x' の機関がありません」)."""
    return [
        Problem(file, path, f"{what} {value!r} がありません")
        for value in values
        if value is not None and value not in known
    ]


def _reference_problems(file: str, pack: CityPack, hotline_ids: set[str]) -> list[Problem]:
    agency_ids = {agency.id for agency in pack.agencies}
    problems = []
    for index, agency in enumerate(pack.agencies):
        path = f"agencies[{index}].parent_id ({agency.id})"
        problems += _missing(file, path, [agency.parent_id], agency_ids, "parent_id の機関")
    for index, row in enumerate(pack.seed_table.rows if pack.seed_table else ()):
        path = f"seed_table.rows[{index}].mapped_agency_ids"
        problems += _missing(file, path, row.mapped_agency_ids, agency_ids, "機関")
    hotline_refs = {HOTLINE_PREFIX + hotline for hotline in hotline_ids}
    for path, target in _fallback_targets(pack):
        problems += _missing(file, path, [target], agency_ids | hotline_refs, "参照先")
    for index, place in enumerate(pack.places_to_belong):
        path = f"places_to_belong[{index}].contact_agency_id ({place.id})"
        problems += _missing(file, path, [place.contact_agency_id], agency_ids, "機関")
    if pack.complex_case_coordinator is not None:
        coordinator = pack.complex_case_coordinator.agency_id
        path = "complex_case_coordinator.agency_id"
        problems += _missing(file, path, [coordinator], agency_ids, "機関")
    return problems


def _area_problems(file: str, pack: CityPack) -> list[Problem]:
    municipality = pack.municipality
    wards = {ward.name for ward in municipality.wards}
    districts = {district.name for district in municipality.welfare_districts}
    problems = []
    for index, district in enumerate(municipality.welfare_districts):
        path = f"municipality.welfare_districts[{index}].ward"
        problems += _missing(file, path, [district.ward], wards, "区")
    for index, ward in enumerate(municipality.wards):
        path = f"municipality.wards[{index}].welfare_districts"
        problems += _missing(file, path, ward.welfare_districts, districts, "福祉区")
    areas = [(f"agencies[{i}]", a.id, a.service_area) for i, a in enumerate(pack.agencies)]
    areas += [
        (f"places_to_belong[{i}]", p.id, p.service_area)
        for i, p in enumerate(pack.places_to_belong)
    ]
    for owner, item_id, area in areas:
        where = f"{owner}.service_area"
        problems += _missing(file, f"{where}.wards ({item_id})", area.wards, wards, "区")
        problems += _missing(
            file,
            f"{where}.welfare_districts ({item_id})",
            area.welfare_districts,
            districts,
            "福祉区",
        )
    return problems


def _fallback_problems(file: str, pack: CityPack) -> list[Problem]:
    problems = []
    for index, agency in enumerate(pack.agencies):
        outside = [c for c in agency.fallback_for if c not in agency.categories]
        if outside:
            problems.append(
                Problem(
                    file,
                    f"agencies[{index}].fallback_for ({agency.id})",
                    f"categories にない分野の★です: {', '.join(outside)}",
                )
            )
    return problems


def check_pack(file: str, pack: CityPack, hotline_ids: set[str]) -> list[Problem]:
    return (
        _reference_problems(file, pack, hotline_ids)
        + _area_problems(file, pack)
        + _fallback_problems(file, pack)
    )


def check_hotlines(file: str, hotlines: HotlineFile) -> list[Problem]:
    known = {record.id for record in hotlines.hotlines}
    order = hotlines.crisis_answer_order
    return [
        problem
        for flag in hotlines.crisis_flags
        for problem in _missing(
            file, f"crisis_answer_order.{flag}", order.for_flag(flag), known, "番号"
        )
    ]
