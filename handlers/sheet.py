"""The つなぐシート as typed values.

`Sheet` is the record of one consultation sheet: the same fields, types and limits as its
stored JSON schema (`cases/schemas/tsunagu_sheet.v1.json`, held to it field for field by
`tests/intake/test_sheet_types.py`). Parsing a record checks it; `record()` gives back the
JSON exactly as given (a field never answered stays absent, one taken back stays null).

The intake conversation names the fields it asks by `SheetPath` («person.ward»,
«story»), so a step table can say which answer it writes and takes back; a path that is
not a field of the sheet is a type error.

`ConfirmedSheet` is what the hand-off reads: the sheet the person confirmed, reduced to
what suggestions, consent and the case need. It is the only thing the intake leaves in
the conversation for the hand-off (`to_session`, `from_session`)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Annotated, Any, Final, Literal, get_args

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator

from nlu.categories import CATEGORY_IDS, CRISIS_FLAGS

SCHEMA_VERSION: Final = "1"

Category = Literal[
    "medical",
    "mental",
    "care",
    "disability",
    "childcare",
    "income",
    "debt",
    "housing",
    "abuse",
    "rights",
    "health",
    "other",
]
CrisisFlag = Literal["suicide", "violence", "child_danger", "medical_emergency"]
Relation = Literal["self", "family", "neighbor", "agency", "minsei_iin"]
ReceiverKind = Literal["bot", "minsei_iin", "staff"]
Gender = Literal["male", "female", "other_or_unsaid"]

Words = Annotated[str | None, Field(max_length=5000)]
# E.164 digits as normalised by phonenumbers (+819012345678), or なし when there is none.
Phone = Annotated[str | None, Field(pattern=r"^(\+?[0-9]{9,15}|なし)$")]
Age = Annotated[int | None, Field(ge=0, le=130)]


def _a_date(value: str | None) -> str | None:
    """A day of the calendar written YYYY-MM-DD (the schema's `format: date`)."""
    if value is not None:
        date.fromisoformat(value)  # ValueError: not a day
    return value


Day = Annotated[str | None, Field(pattern=r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"), AfterValidator(_a_date)]


class _Part(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", strict=True)


class ReceivedBy(_Part):
    """受付機関 / 受付者: the bot, or the 民生委員 in visit mode."""

    kind: ReceiverKind
    name: Words = None
    organisation: Words = None


class Consulter(_Part):
    """Who is writing; when not the person themself, `Person` is the person concerned."""

    relation: Relation
    name: Words = None
    relation_detail: Words = None  # 長女, 隣人, 地域包括の職員…
    phone: Phone = None


class Person(_Part):
    """相談者 on the paper sheet: the person the consultation is about."""

    kana: Words = None
    name: Words = None
    gender: Gender | None = None
    birth_date: Day = None
    birth_date_text: Words = None  # as written: 昭和30年5月3日
    age: Age = None
    postal_code: Annotated[str | None, Field(pattern=r"^[0-9]{3}-[0-9]{4}$")] = None
    address: Words = None
    ward: Words = None  # 区 / 福祉区 of the municipality pack
    outside_municipality: bool | None = None
    phone_home: Phone = None
    phone_mobile: Phone = None


class Troubles(_Part):
    """お困りごと: ○ every one that applies, ◎ the main one."""

    categories: tuple[Category, ...]
    primary: Category | None = None

    @field_validator("categories")
    @classmethod
    def _each_once(cls, categories: tuple[str, ...]) -> tuple[str, ...]:
        if len(set(categories)) != len(categories):
            raise ValueError("a category is listed twice")
        return categories

    other_detail: Words = None


class Member(_Part):
    """One row of 世帯構成; the first is the person (本人)."""

    name: Words = None
    age: Age = None
    relation: Words = None  # 続柄 from the person: 妻, 長男, 母…
    note: Words = None  # 備考


class Household(_Part):
    size: Annotated[int | None, Field(ge=1, le=30)] = None
    members: Annotated[tuple[Member, ...], Field(max_length=30)] = ()


class Supporter(_Part):
    """An agency already supporting the household, with what it does."""

    agency: str
    support: Words = None


class Sheet(_Part):
    schema_version: Literal["1"]
    received_on: Annotated[
        str, Field(pattern=r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"), AfterValidator(_a_date)
    ]
    received_by: ReceivedBy
    consulter: Consulter
    person: Person
    anonymous: bool = False  # the person chose not to give name and phone
    story: Words = None  # the trouble in the person's own words
    troubles: Troubles
    household: Household = Household()
    living_situation: Words = None  # 世帯の生活状況
    current_supporters: tuple[Supporter, ...] = ()
    crisis_flags: tuple[CrisisFlag, ...] = ()
    skipped: tuple[str, ...] = ()  # the steps the person chose to skip
    completed_at: str | None = None

    # ------------------------------------------------------------ the record

    @classmethod
    def blank(cls, received_by: ReceiverKind, consulter: Relation, today: date) -> Sheet:
        """A new sheet: the envelope filled, every answer still open."""
        return cls.of(
            {
                "schema_version": SCHEMA_VERSION,
                "received_on": today.isoformat(),
                "received_by": {"kind": received_by},
                "consulter": {"relation": consulter},
                "person": {},
                "troubles": {"categories": [], "primary": None},
            }
        )

    @classmethod
    def of(cls, record: Mapping[str, Any]) -> Sheet:
        """The sheet a stored record holds (pydantic's ValidationError when it breaks
        the schema). JSON arrays are read as the tuples the fields hold."""
        return cls.model_validate(_tuples(record))

    def record(self) -> dict[str, Any]:
        """The JSON record: the fields given, as given."""
        return self.model_dump(mode="json", exclude_unset=True)

    # ------------------------------------------------------------ by path

    def value(self, path: SheetPath) -> Any:
        """The answer at `path` as the record holds it (a section as a dict)."""
        head, _, rest = path.partition(".")
        part = self.record().get(head)
        if not rest:
            return part
        return part.get(rest) if isinstance(part, dict) else None

    def section(self, name: SectionName) -> dict[str, Any]:
        part = self.record().get(name)
        return dict(part) if isinstance(part, dict) else {}

    def with_value(self, path: SheetPath, value: Any) -> Sheet:
        """The sheet with `path` answered (`None`: answered, then taken back)."""
        head, _, rest = path.partition(".")
        if not rest:
            return self._with({head: value})
        return self._with({head: {**self._section_any(head), rest: value}})

    def with_section(self, name: SectionName, values: Mapping[str, Any]) -> Sheet:
        """The sheet with some fields of section `name` answered at once."""
        return self._with({name: {**self._section_any(name), **values}})

    def without(self, path: SheetPath) -> Sheet:
        """An answer taken back: a field becomes null, a whole section goes away."""
        head, _, rest = path.partition(".")
        if rest:
            return self.with_value(path, None)
        return Sheet.of({k: v for k, v in self.record().items() if k != head})

    def _section_any(self, name: str) -> dict[str, Any]:
        part = self.record().get(name)
        return dict(part) if isinstance(part, dict) else {}

    def _with(self, changes: Mapping[str, Any]) -> Sheet:
        return Sheet.of({**self.record(), **changes})

    # ------------------------------------------------------------ the hand-off

    def confirmed(
        self,
        ref: str,
        crisis_flags: Iterable[str] = (),
        isolation: Iterable[str] = (),
    ) -> ConfirmedSheet:
        """What the hand-off reads once the person has confirmed this sheet: its
        troubles (◎ first), ward, who is writing, the age, the crisis flags of the
        conversation and the signs of isolation (`handlers/intake/isolation.py`)."""
        primary = self.troubles.primary
        categories = tuple(dict.fromkeys(c for c in (primary, *self.troubles.categories) if c))
        return ConfirmedSheet(
            sheet_ref=ref,
            categories=categories,
            ward=self.person.ward or None,
            relation=self.consulter.relation,
            age=self.person.age,
            crisis_flags=_known(crisis_flags, CRISIS_FLAGS),
            isolation=tuple(dict.fromkeys(str(s) for s in isolation)),
        )


def _tuples(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {str(k): _tuples(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return tuple(_tuples(v) for v in value)
    return value


SectionName = Literal["received_by", "consulter", "person", "troubles", "household"]
SheetPath = Literal[
    "received_by.name",
    "received_by.organisation",
    "consulter",
    "consulter.relation",
    "consulter.name",
    "consulter.relation_detail",
    "consulter.phone",
    "person",
    "person.kana",
    "person.name",
    "person.gender",
    "person.birth_date",
    "person.birth_date_text",
    "person.age",
    "person.postal_code",
    "person.address",
    "person.ward",
    "person.outside_municipality",
    "person.phone_home",
    "person.phone_mobile",
    "anonymous",
    "story",
    "troubles",
    "troubles.categories",
    "troubles.primary",
    "troubles.other_detail",
    "household",
    "household.size",
    "household.members",
    "living_situation",
    "current_supporters",
    "crisis_flags",
    "skipped",
    "completed_at",
]
SHEET_PATHS: Final[tuple[str, ...]] = get_args(SheetPath)


# ---------------------------------------------------------------- the confirmed sheet

HIGH_URGENCY_CATEGORIES: Final = frozenset({"abuse"})
CONFIRMED_KEY: Final = "confirmed_sheet"
# Where a conversation confirmed before `CONFIRMED_KEY` holds its sheet, read once more
# so that a hand-off under way when the service is updated goes on.
EARLIER_HANDOFF_KEYS: Final = (
    "sheet_ref",
    "sheet_id",
    "categories",
    "primary",
    "ward",
    "consulter",
    "age",
)


@dataclass(frozen=True, slots=True)
class ConfirmedSheet:
    sheet_ref: str | None  # the sheet's name (its row id is not known to handlers)
    categories: tuple[str, ...]  # the main one first
    ward: str | None
    relation: str  # who is writing: self, family, neighbor, agency, minsei_iin
    age: int | None
    crisis_flags: tuple[str, ...]
    # What shows the person isolated: a place to belong is offered.
    isolation: tuple[str, ...] = ()

    @property
    def primary(self) -> str | None:
        return self.categories[0] if self.categories else None

    @property
    def for_someone_else(self) -> bool:
        return self.relation != "self"

    @property
    def subject(self) -> str | None:
        """The writer's relation to the person, when they write for someone else."""
        return self.relation if self.for_someone_else else None

    @property
    def grantor(self) -> str:
        """Who answers the consent question, in relation to the person: the person
        (`self`), a family member (`family`), or someone else (`other`: a neighbour, an
        agency, a 民生委員 in their own chat). Only the person's answer is their consent."""
        if not self.for_someone_else:
            return "self"
        return "family" if self.relation == "family" else "other"

    @property
    def urgency(self) -> str:
        if self.crisis_flags:
            return "crisis"
        if HIGH_URGENCY_CATEGORIES.intersection(self.categories):
            return "high"
        return "normal"

    @property
    def is_complex(self) -> bool:
        """複合課題: more than one trouble (Point 1 of the sheet: the whole household)."""
        return len(self.categories) >= 2

    def to_session(self) -> dict[str, Any]:
        """The conversation's copy, under `CONFIRMED_KEY`."""
        return {
            CONFIRMED_KEY: {
                "sheet_ref": self.sheet_ref,
                "categories": list(self.categories),
                "ward": self.ward,
                "relation": self.relation,
                "age": self.age,
                "crisis_flags": list(self.crisis_flags),
                "isolation": list(self.isolation),
            }
        }

    @classmethod
    def from_session(cls, data: Mapping[str, Any]) -> ConfirmedSheet:
        """The confirmed sheet the conversation holds, with any crisis flag raised since
        (a crisis during the hand-off still makes the case a crisis). A conversation that
        holds none gives an empty sheet: no troubles, the person writing."""
        kept = data.get(CONFIRMED_KEY)
        raw: Mapping[str, Any] = kept if isinstance(kept, Mapping) else _earlier(data)
        age = raw.get("age")
        ref = raw.get("sheet_ref")
        ward = raw.get("ward")
        flags = [*(raw.get("crisis_flags") or ()), *(data.get("crisis_flags") or ())]
        return cls(
            sheet_ref=str(ref) if ref else None,
            categories=_known(raw.get("categories") or (), CATEGORY_IDS),
            ward=str(ward) if ward else None,
            relation=str(raw.get("relation") or "self"),
            age=age if isinstance(age, int) else None,
            crisis_flags=_known(flags, CRISIS_FLAGS),
            isolation=tuple(str(s) for s in (raw.get("isolation") or ())),
        )


def _earlier(data: Mapping[str, Any]) -> Mapping[str, Any]:
    """A confirmed sheet kept under `EARLIER_HANDOFF_KEYS`, in the layout of today."""
    if not data.get("sheet_ref"):
        return {}
    primary = data.get("primary")
    return {
        "sheet_ref": data.get("sheet_ref"),
        "categories": [primary, *(data.get("categories") or ())]
        if primary
        else data.get("categories"),
        "ward": data.get("ward"),
        "relation": data.get("consulter"),
        "age": data.get("age"),
        "isolation": data.get("isolation"),
    }


def _known(values: Iterable[Any], vocabulary: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(str(v) for v in values if str(v) in vocabulary))
