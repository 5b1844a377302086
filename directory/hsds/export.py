"""Write a city pack as HSDS 3.0 CSV tables plus a `datapackage.json`.

One organization and one service per agency. The twelve categories are taxonomy terms
linked to services through `attributes` (`link_type` "category", or "fallback_for" for the
seed's ★); properties HSDS has no column for (our agency id, kind, referral-only, holiday
closing) are attributes too, so that `import` gives the pack back."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from directory.hsds.tables import (
    AREA_WARD,
    AREA_WELFARE_DISTRICT,
    AREA_WHOLE_CITY,
    BYDAY,
    CATEGORY_TAXONOMY,
    JST_OFFSET_HOURS,
    JST_SUFFIX,
    LINK_CATEGORY,
    LINK_FALLBACK,
    MAIN_PHONE,
    PROPERTIES,
    PROPERTY_TAXONOMY,
    TABLES,
    stable_id,
)
from directory.models import Agency, CityPack
from nlu.categories import CATEGORY_IDS, CATEGORY_LABELS

Row = dict[str, Any]


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _taxonomy_rows() -> tuple[list[Row], list[Row]]:
    taxonomies = [
        {
            "id": stable_id("taxonomy", CATEGORY_TAXONOMY),
            "name": CATEGORY_TAXONOMY,
            "description": "つなぐシートの12のお困りごと（spec/categories.md）",
            "version": "1.0",
        },
        {
            "id": stable_id("taxonomy", PROPERTY_TAXONOMY),
            "name": PROPERTY_TAXONOMY,
            "description": "HSDS に列のない機関の属性（値は attributes.value）",
            "version": "1.0",
        },
    ]
    terms = [
        {
            "id": stable_id("term", CATEGORY_TAXONOMY, category),
            "code": category,
            "name": CATEGORY_LABELS[category],
            "description": CATEGORY_LABELS[category],
            "taxonomy": CATEGORY_TAXONOMY,
            "language": "ja",
            "taxonomy_id": taxonomies[0]["id"],
        }
        for category in CATEGORY_IDS
    ] + [
        {
            "id": stable_id("term", PROPERTY_TAXONOMY, name),
            "code": name,
            "name": name,
            "description": name,
            "taxonomy": PROPERTY_TAXONOMY,
            "language": "ja",
            "taxonomy_id": taxonomies[1]["id"],
        }
        for name in PROPERTIES
    ]
    return taxonomies, terms


def _attribute(service_id: str, taxonomy: str, code: str, link_type: str, value: object) -> Row:
    return {
        "id": stable_id("attribute", service_id, link_type, code),
        "link_id": service_id,
        "taxonomy_term_id": stable_id("term", taxonomy, code),
        "link_type": link_type,
        "link_entity": "service",
        "value": _text(value),
        "label": code,
    }


def _agency_attributes(agency: Agency, service_id: str) -> list[Row]:
    rows = [
        _attribute(service_id, CATEGORY_TAXONOMY, c, LINK_CATEGORY, "") for c in agency.categories
    ]
    rows += [
        _attribute(service_id, CATEGORY_TAXONOMY, c, LINK_FALLBACK, "") for c in agency.fallback_for
    ]
    properties = {
        "agency_id": agency.id,
        "kind": agency.kind,
        "role": agency.role,
        "takes_direct_citizen_contact": agency.takes_direct_citizen_contact,
        "closed_on_holidays": agency.hours.closed_on_holidays,
        "closed_year_end": agency.hours.closed_year_end,
        "hours_note": agency.hours.note,
    }
    rows += [
        _attribute(service_id, PROPERTY_TAXONOMY, name, "property", value)
        for name, value in properties.items()
        if value is not None
    ]
    return rows


def _phone_rows(agency: Agency, service_id: str, org_id: str) -> list[Row]:
    phones: list[tuple[str, str | None, str, str | None]] = []
    if agency.phone:
        phones.append((agency.phone, agency.extension, "voice", MAIN_PHONE))
    phones += [(p.number, p.extension, "voice", p.label) for p in agency.phone_alt]
    if agency.fax:
        phones.append((agency.fax, None, "fax", None))
    return [
        {
            "id": stable_id("phone", agency.id, str(index)),
            "service_id": service_id,
            "organization_id": org_id,
            "number": number,
            "extension": _text(extension),
            "type": kind,
            "description": _text(label),
        }
        for index, (number, extension, kind, label) in enumerate(phones)
    ]


def _schedule_rows(agency: Agency, service_id: str) -> list[Row]:
    hours = agency.hours
    base = {"service_id": service_id, "description": _text(hours.text)}
    if not hours.weekly:
        if hours.text is None:
            return []
        return [{"id": stable_id("schedule", agency.id, "text"), **base}]
    return [
        {
            "id": stable_id("schedule", agency.id, str(index)),
            **base,
            "freq": "WEEKLY",
            "byday": ",".join(BYDAY[day] for day in slot.days),
            "opens_at": slot.open + JST_SUFFIX,
            "closes_at": slot.close + JST_SUFFIX,
            "timezone": JST_OFFSET_HOURS,
            "notes": _text(slot.label),
        }
        for index, slot in enumerate(hours.weekly)
    ]


def _area_rows(agency: Agency, service_id: str, city: str) -> list[Row]:
    area = agency.service_area
    named = [(city, AREA_WHOLE_CITY)] if area.whole_city else []
    named += [(ward, AREA_WARD) for ward in area.wards]
    named += [(district, AREA_WELFARE_DISTRICT) for district in area.welfare_districts]
    return [
        {
            "id": stable_id("service_area", agency.id, kind, name),
            "service_id": service_id,
            "name": name,
            "description": kind,
            "extent_type": "text",
        }
        for name, kind in named
    ]


def hsds_tables(pack: CityPack) -> dict[str, list[Row]]:
    tables: dict[str, list[Row]] = {name: [] for name in TABLES}
    tables["taxonomies"], tables["taxonomy_terms"] = _taxonomy_rows()
    municipality = pack.municipality
    for agency in pack.agencies:
        org_id = stable_id("organization", agency.id)
        service_id = stable_id("service", agency.id)
        tables["organizations"].append(
            {
                "id": org_id,
                "name": agency.name,
                "alternate_name": _text(agency.alias),
                "description": _text(agency.notes) or agency.name,
                "website": _text(agency.url),
                "parent_organization_id": (
                    stable_id("organization", agency.parent_id) if agency.parent_id else ""
                ),
            }
        )
        tables["services"].append(
            {
                "id": service_id,
                "organization_id": org_id,
                "name": agency.name,
                "alternate_name": _text(agency.alias),
                "description": "／".join(s.description for s in agency.services),
                "url": _text(agency.url),
                "status": "active",
            }
        )
        if agency.address:
            location_id = stable_id("location", agency.id)
            tables["locations"].append(
                {
                    "id": location_id,
                    "location_type": "physical",
                    "organization_id": org_id,
                    "name": agency.name,
                }
            )
            tables["addresses"].append(
                {
                    "id": stable_id("address", agency.id),
                    "location_id": location_id,
                    "address_1": agency.address,
                    "city": municipality.name,
                    "state_province": municipality.prefecture,
                    "postal_code": _text(agency.postal_code),
                    "country": "JP",
                    "address_type": "physical",
                }
            )
            tables["service_at_locations"].append(
                {
                    "id": stable_id("service_at_location", agency.id),
                    "service_id": service_id,
                    "location_id": location_id,
                }
            )
        tables["phones"] += _phone_rows(agency, service_id, org_id)
        tables["schedules"] += _schedule_rows(agency, service_id)
        tables["service_areas"] += _area_rows(agency, service_id, municipality.name)
        tables["attributes"] += _agency_attributes(agency, service_id)
    return tables


def _write_csv(path: Path, columns: Iterable[str], rows: list[Row]) -> None:
    names = list(columns)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=names, extrasaction="raise")
        writer.writeheader()
        for row in rows:
            writer.writerow({name: _text(row.get(name)) for name in names})


def export_hsds(pack: CityPack, out_dir: Path) -> dict[str, int]:
    """Write the tables and `datapackage.json` into `out_dir`; returns rows per table."""
    out_dir.mkdir(parents=True, exist_ok=True)
    tables = hsds_tables(pack)
    for name, rows in tables.items():
        _write_csv(out_dir / f"{name}.csv", TABLES[name], rows)
    package = {
        "name": f"tsunagu-{pack.municipality.code}",
        "profile": "tabular-data-package",
        "resources": [{"name": name, "path": f"{name}.csv"} for name in TABLES],
        # What HSDS does not describe: the city itself, its 区 and 福祉区.
        "tsunagu": {
            "schema_version": pack.schema_version,
            "municipality": pack.municipality.model_dump(mode="json", exclude_none=True),
            "complex_case_coordinator": (
                pack.complex_case_coordinator.model_dump(mode="json", exclude_none=True)
                if pack.complex_case_coordinator
                else None
            ),
            "suggested_fallbacks": (
                pack.suggested_fallbacks.model_dump(mode="json", exclude_none=True)
                if pack.suggested_fallbacks
                else None
            ),
        },
    }
    (out_dir / "datapackage.json").write_text(
        json.dumps(package, ensure_ascii=False, indent=2), encoding="utf-8"
    )
    return {name: len(rows) for name, rows in tables.items()}
