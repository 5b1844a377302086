"""The shape of a city pack (`okayama.yaml`, `fujisawa.yaml`, `iga.yaml`); see data/README.md."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from directory.schema_common import CategoryId, OtherSource, Strict, WeeklySlot

AgencyKind = Literal["行政", "社協", "委託", "国", "専門職団体", "NPO"]
Verification = Literal["seed", "verified", "partial", "inferred", "unverified"]


class CityHall(Strict):
    address: str | None = None
    postal_code: str | None = None
    phone: str | None = None
    source: str | None = None
    phone_source: str | None = None
    note: str | None = None


class Ward(Strict):
    name: str
    welfare_districts: tuple[str, ...] = ()


class WelfareDistrict(Strict):
    id: str
    name: str
    ward: str
    offices: tuple[str, ...] = ()


class Municipality(Strict):
    code: str
    code_note: str | None = None
    code_source: str | None = None
    name: str
    name_kana: str | None = None
    prefecture: str
    designated_city: bool = False
    area_code: str | None = None
    city_hall: CityHall
    wards: tuple[Ward, ...] = ()
    welfare_districts: tuple[WelfareDistrict, ...] = ()
    structure_note: str | None = None
    structure_source: str | None = None
    districts_note: str | None = None
    districts_source: str | None = None


class AbuseFallbacks(Strict):
    """The first window for DV・虐待, by who is harmed."""

    child: str | None = None
    elderly: str | None = None
    disabled: str | None = None
    partner: str | None = None


class SuggestedFallbacks(Strict):
    """A provisional first window per category where the seed has no ★ (`hotline:<id>` allowed)."""

    note: str | None = None
    medical: str | None = None
    mental: str | None = None
    care: str | None = None
    disability: str | None = None
    childcare: str | None = None
    income: str | None = None
    debt: str | None = None
    housing: str | None = None
    abuse: str | AbuseFallbacks | None = None
    rights: str | None = None
    health: str | None = None
    other: str | None = None


class ComplexCaseCoordinator(Strict):
    agency_id: str | None = None
    takes_direct_citizen_contact: bool | None = None
    referral_from: str | None = None
    decision_owner: str | None = None
    tool: str | None = None
    source: str | None = None
    note: str | None = None


class SeedRow(Strict):
    category_label: str
    category_ids: tuple[CategoryId, ...]
    no: int | None = None
    star: bool = False
    content: str | None = None
    agency_name_as_printed: str | None = None
    address: str | None = None
    phone: str | None = None
    extension: str | None = None
    hours: str | None = None
    details_in_appendix: bool = False
    mapped_agency_ids: tuple[str, ...] = ()
    transcription_note: str | None = None


class SeedTable(Strict):
    title: str
    source: str | None = None
    source_date: str | None = None
    note: str | None = None
    rows: tuple[SeedRow, ...] = ()


class Service(Strict):
    no: int | None = None
    description: str
    categories: tuple[CategoryId, ...] = ()
    star: bool = False
    basis: str | None = None
    phone: str | None = None
    extension: str | None = None


class PhoneAlt(Strict):
    number: str
    label: str | None = None
    extension: str | None = None


class AgencyHours(Strict):
    text: str | None = None
    weekly: tuple[WeeklySlot, ...] | None = None
    closed_on_holidays: bool | None = None
    closed_year_end: bool | None = None
    note: str | None = None


class ServiceArea(Strict):
    whole_city: bool = False
    wards: tuple[str, ...] = ()
    welfare_districts: tuple[str, ...] = ()
    note: str | None = None

    @property
    def local(self) -> bool:
        """Serves part of the city only (a 区 or 福祉区 office)."""
        return not self.whole_city and bool(self.wards or self.welfare_districts)


class VerificationLevels(Strict):
    name: Verification | None = None
    address: Verification | None = None
    phone: Verification | None = None
    hours: Verification | None = None


class Agency(Strict):
    id: str
    name: str
    kana: str | None = None
    alias: str | None = None
    kind: AgencyKind
    parent_id: str | None = None
    role: Literal["complex_case_coordinator"] | None = None
    categories: tuple[CategoryId, ...]
    fallback_for: tuple[CategoryId, ...] = ()
    services: tuple[Service, ...] = ()
    address: str | None = None
    postal_code: str | None = None
    phone: str | None = None
    phone_alt: tuple[PhoneAlt, ...] = ()
    fax: str | None = None
    extension: str | None = None
    hours: AgencyHours
    service_area: ServiceArea
    takes_direct_citizen_contact: bool | None = None
    url: str | None = None
    source: str | None = None
    source_date: str | None = None
    other_sources: tuple[OtherSource, ...] = ()
    verification: VerificationLevels = VerificationLevels()
    notes: str | None = None


PlaceKind = Literal["通いの場", "サロン", "居場所", "就労支援", "体操"]


class PlaceToBelong(Strict):
    """参加支援: a place to belong (a 通いの場, a サロン, a 居場所, 就労支援, a 体操 group),
    offered to a person who is isolated — an offer, never a referral: nothing is shared
    with it. `source` (a seed or a public page) is required; `contact_agency_id` names the
    agency in this pack that gives the details or the list (a 社協, a centre)."""

    id: str
    name: str
    kind: PlaceKind
    description: str
    for_whom: str | None = None
    how_to_join: str | None = None
    contact_agency_id: str | None = None
    phone: str | None = None
    hours_text: str | None = None
    service_area: ServiceArea = ServiceArea(whole_city=True)
    source: str = Field(min_length=1)
    source_date: str | None = None
    other_sources: tuple[OtherSource, ...] = ()
    notes: str | None = None


class Gap(Strict):
    item: str
    note: str | None = None
    status: str | None = None


class CityPack(Strict):
    schema_version: str
    generated: str | None = None
    municipality: Municipality
    fallback_rule: str | None = None
    suggested_fallbacks: SuggestedFallbacks | None = None
    complex_case_coordinator: ComplexCaseCoordinator | None = None
    seed_table: SeedTable | None = None
    agencies: tuple[Agency, ...]
    places_to_belong: tuple[PlaceToBelong, ...] = ()
    gaps: tuple[Gap, ...] = ()
