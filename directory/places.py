"""Where the person lives, as the directory knows it: a 区 and, if known, a 福祉区."""

from __future__ import annotations

from dataclasses import dataclass

from directory.models import Municipality


@dataclass(frozen=True, slots=True)
class Place:
    ward: str | None = None
    welfare_district: str | None = None

    @property
    def known(self) -> bool:
        return self.ward is not None

    @property
    def label(self) -> str | None:
        return self.welfare_district or self.ward


def resolve_place(municipality: Municipality, district: str | None) -> Place:
    """A 福祉区 name or id (北区中央, kita-chuo) or a 区 name (北区, 北) → Place.

    A 区 with a single 福祉区 of the same name (中区) resolves to both. Unknown → Place()."""
    if not district:
        return Place()
    wanted = district.strip()
    for welfare in municipality.welfare_districts:
        if wanted in (welfare.name, welfare.id):
            return Place(welfare.ward, welfare.name)
    for ward in municipality.wards:
        if wanted in (ward.name, ward.name.removesuffix("区")):
            only = ward.welfare_districts[0] if len(ward.welfare_districts) == 1 else None
            return Place(ward.name, only)
    return Place()
