"""The command-line contract: a `Suggestion` as plain JSON-ready data."""

from __future__ import annotations

from typing import Any

from directory.router import SuggestedAgency, Suggestion


def door_json(door: SuggestedAgency) -> dict[str, Any]:
    return {
        "id": door.id,
        "name": door.name,
        "reason": door.reason,
        "phone": door.phone,
        "tel_uri": door.tel_uri,
        "phone_note": door.phone_note,
        "open_now": door.opening.open_now,
        "next_open": door.opening.next_open.isoformat() if door.opening.next_open else None,
        "closes_at": door.opening.closes_at.isoformat() if door.opening.closes_at else None,
        "hours": door.hours_text,
        "hours_status": door.opening.text,
        "categories": list(door.categories),
        "basis": door.basis,
        "address": door.address,
        "is_hotline": door.is_hotline,
    }


def suggestion_json(suggestion: Suggestion) -> dict[str, Any]:
    return {
        "agencies": [door_json(door) for door in suggestion.agencies],
        "complex_case": suggestion.complex_case,
        "complex_reasons": list(suggestion.complex_reasons),
        "coordinator": suggestion.coordinator,
        "categories": list(suggestion.categories),
        "ward": suggestion.place.ward,
        "welfare_district": suggestion.place.welfare_district,
    }
