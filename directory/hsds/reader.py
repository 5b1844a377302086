"""Read HSDS 3.0 CSV tables (as written by `export`) back into a city pack."""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from pathlib import Path
from typing import Any

from directory.hsds.tables import (
    AREA_WARD,
    AREA_WELFARE_DISTRICT,
    AREA_WHOLE_CITY,
    BYDAY,
    CATEGORY_TAXONOMY,
    LINK_CATEGORY,
    LINK_FALLBACK,
    MAIN_PHONE,
    TABLES,
)
from directory.models import CityPack

Row = dict[str, str]
DAY_OF_BYDAY = {code: day for day, code in BYDAY.items()}


def _read(folder: Path, table: str) -> list[Row]:
    path = folder / f"{table}.csv"
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _by(rows: list[Row], key: str) -> dict[str, list[Row]]:
    grouped: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        grouped[row.get(key, "")].append(row)
    return grouped


def _or_none(value: str | None) -> str | None:
    return value if value else None


def _flag(value: str | None) -> bool | None:
    return {"true": True, "false": False}.get(value or "")


def _clock(value: str) -> str:
    return value[:5]


def _hours(schedules: list[Row], properties: dict[str, str]) -> dict[str, Any]:
    weekly = [
        {
            "days": [DAY_OF_BYDAY[code] for code in row["byday"].split(",") if code],
            "open": _clock(row["opens_at"]),
            "close": _clock(row["closes_at"]),
            **({"label": row["notes"]} if row.get("notes") else {}),
        }
        for row in schedules
        if row.get("freq") == "WEEKLY"
    ]
    text = next((row["description"] for row in schedules if row.get("description")), None)
    return {
        "text": text,
        "weekly": weekly or None,
        "closed_on_holidays": _flag(properties.get("closed_on_holidays")),
        "closed_year_end": _flag(properties.get("closed_year_end")),
        "note": properties.get("hours_note"),
    }


def _phones(rows: list[Row]) -> dict[str, Any]:
    main = next((r for r in rows if r["type"] == "voice" and r["description"] == MAIN_PHONE), None)
    alt = [r for r in rows if r["type"] == "voice" and r is not main]
    fax = next((r for r in rows if r["type"] == "fax"), None)
    return {
        "phone": main["number"] if main else None,
        "extension": _or_none(main["extension"]) if main else None,
        "phone_alt": [
            {
                "number": r["number"],
                "label": _or_none(r["description"]),
                **({"extension": r["extension"]} if r["extension"] else {}),
            }
            for r in alt
        ],
        "fax": fax["number"] if fax else None,
    }


def _area(rows: list[Row]) -> dict[str, Any]:
    return {
        "whole_city": any(r["description"] == AREA_WHOLE_CITY for r in rows),
        "wards": [r["name"] for r in rows if r["description"] == AREA_WARD],
        "welfare_districts": [r["name"] for r in rows if r["description"] == AREA_WELFARE_DISTRICT],
    }


def read_hsds(folder: Path) -> CityPack:
    """The city pack described by the tables in `folder` (validated)."""
    package = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    extra = package.get("tsunagu", {})
    tables = {name: _read(folder, name) for name in TABLES}
    terms = {row["id"]: row for row in tables["taxonomy_terms"]}
    organizations = {row["id"]: row for row in tables["organizations"]}
    attributes = _by(tables["attributes"], "link_id")
    phones = _by(tables["phones"], "service_id")
    schedules = _by(tables["schedules"], "service_id")
    areas = _by(tables["service_areas"], "service_id")
    locations = {row["id"]: row for row in tables["locations"]}
    addresses = {row["location_id"]: row for row in tables["addresses"]}
    located = {row["service_id"]: row["location_id"] for row in tables["service_at_locations"]}
    agency_of_org: dict[str, str] = {}
    records = []
    for service in tables["services"]:
        links = attributes.get(service["id"], [])
        properties = {
            terms[a["taxonomy_term_id"]]["code"]: a["value"]
            for a in links
            if a["link_type"] == "property"
        }

        def codes(link_type: str, links: list[Row] = links) -> list[str]:
            return [
                terms[a["taxonomy_term_id"]]["code"]
                for a in links
                if a["link_type"] == link_type
                and terms[a["taxonomy_term_id"]]["taxonomy"] == CATEGORY_TAXONOMY
            ]

        organization = organizations[service["organization_id"]]
        agency_of_org[organization["id"]] = properties["agency_id"]
        location_id = located.get(service["id"])
        address = addresses.get(location_id or "") if location_id in locations else None
        records.append(
            (
                organization,
                {
                    "id": properties["agency_id"],
                    "name": service["name"],
                    "alias": _or_none(service["alternate_name"]),
                    "kind": properties.get("kind"),
                    "role": properties.get("role"),
                    "categories": codes(LINK_CATEGORY),
                    "fallback_for": codes(LINK_FALLBACK),
                    "services": [
                        {"description": part} for part in service["description"].split("／") if part
                    ],
                    "address": address["address_1"] if address else None,
                    "postal_code": _or_none(address["postal_code"]) if address else None,
                    **_phones(phones.get(service["id"], [])),
                    "hours": _hours(schedules.get(service["id"], []), properties),
                    "service_area": _area(areas.get(service["id"], [])),
                    "takes_direct_citizen_contact": _flag(
                        properties.get("takes_direct_citizen_contact")
                    ),
                    "url": _or_none(service["url"]),
                },
            )
        )
    agencies = []
    for organization, agency in records:
        parent = organization.get("parent_organization_id")
        agencies.append({**agency, "parent_id": agency_of_org.get(parent) if parent else None})
    pack = {
        "schema_version": extra.get("schema_version", "1.0"),
        "municipality": extra["municipality"],
        "complex_case_coordinator": extra.get("complex_case_coordinator"),
        "suggested_fallbacks": extra.get("suggested_fallbacks"),
        "agencies": agencies,
    }
    return CityPack.model_validate(pack)
