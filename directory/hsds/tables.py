"""HSDS 3.0 table names and the columns written (a subset of each table's fields)."""

from __future__ import annotations

import uuid
from typing import Final

TABLES: Final[dict[str, tuple[str, ...]]] = {
    "organizations": (
        "id",
        "name",
        "alternate_name",
        "description",
        "email",
        "website",
        "parent_organization_id",
    ),
    "services": (
        "id",
        "organization_id",
        "name",
        "alternate_name",
        "description",
        "url",
        "status",
        "eligibility_description",
    ),
    "locations": ("id", "location_type", "organization_id", "name"),
    "addresses": (
        "id",
        "location_id",
        "address_1",
        "city",
        "state_province",
        "postal_code",
        "country",
        "address_type",
    ),
    "service_at_locations": ("id", "service_id", "location_id"),
    "phones": ("id", "service_id", "organization_id", "number", "extension", "type", "description"),
    "schedules": (
        "id",
        "service_id",
        "freq",
        "byday",
        "opens_at",
        "closes_at",
        "timezone",
        "description",
        "notes",
    ),
    "service_areas": ("id", "service_id", "name", "description", "extent_type"),
    "taxonomies": ("id", "name", "description", "uri", "version"),
    "taxonomy_terms": (
        "id",
        "code",
        "name",
        "description",
        "parent_id",
        "taxonomy",
        "language",
        "taxonomy_id",
    ),
    "attributes": (
        "id",
        "link_id",
        "taxonomy_term_id",
        "link_type",
        "link_entity",
        "value",
        "label",
    ),
}

CATEGORY_TAXONOMY = "tsunagu-categories"
PROPERTY_TAXONOMY = "tsunagu-agency-properties"
MAIN_PHONE = "代表"
JST_SUFFIX = "+09:00"
JST_OFFSET_HOURS = "9"

# Service attributes carrying what HSDS has no column for.
LINK_CATEGORY = "category"
LINK_FALLBACK = "fallback_for"
PROPERTIES: Final[tuple[str, ...]] = (
    "agency_id",
    "kind",
    "role",
    "takes_direct_citizen_contact",
    "closed_on_holidays",
    "closed_year_end",
    "hours_note",
)

AREA_WHOLE_CITY = "市全域"
AREA_WARD = "区"
AREA_WELFARE_DISTRICT = "福祉区"

BYDAY: Final[dict[str, str]] = {
    "mon": "MO",
    "tue": "TU",
    "wed": "WE",
    "thu": "TH",
    "fri": "FR",
    "sat": "SA",
    "sun": "SU",
}

_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://github.com/tsunagu/directory")


def stable_id(*parts: str) -> str:
    """A UUID that is the same for the same parts on every export (HSDS ids are UUIDs)."""
    return str(uuid.uuid5(_NAMESPACE, "/".join(parts)))
