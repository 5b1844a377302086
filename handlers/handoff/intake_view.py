"""What the finished つなぐシート conversation left in the session, as the hand-off needs
it. The one place that knows the intake flow's keys."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from nlu.categories import CATEGORY_IDS, CRISIS_FLAGS

HIGH_URGENCY_CATEGORIES = frozenset({"abuse"})


@dataclass(frozen=True, slots=True)
class SheetView:
    sheet_id: int | None
    sheet_ref: str | None  # the sheet's name while its row id is not known to handlers
    categories: tuple[str, ...]  # main one first
    primary: str | None
    ward: str | None
    crisis_flags: tuple[str, ...]
    for_someone_else: bool
    subject: str | None
    age: int | None
    # What shows the person isolated (`handlers/intake/isolation.py`): a place to belong
    # is offered.
    isolation: tuple[str, ...] = ()

    @property
    def grantor(self) -> str:
        """Who answers the consent question, in relation to the person: the person
        (`self`), a family member (`family`), or someone else (`other`: a neighbour, an
        agency, a 民生委員 in their own chat). Only the person's answer is their consent."""
        if not self.for_someone_else:
            return "self"
        return "family" if self.subject == "family" else "other"

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


def _known(values: Iterable[Any], vocabulary: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(str(v) for v in values if str(v) in vocabulary))


def sheet_view(data: dict[str, Any]) -> SheetView:
    """The hand-off's view of the sheet, from the keys the intake flow writes into the
    session when the person confirms it (`IntakeFlow._handoff_view`) and `sheet_id` once
    the sheet is saved — those keys and no others."""
    primary = data.get("primary")
    categories = _known([primary or "", *(data.get("categories") or [])], CATEGORY_IDS)
    relation = data.get("consulter")
    for_someone_else = relation not in (None, "self")
    age = data.get("age")
    sheet_id = data.get("sheet_id")
    sheet_ref = data.get("sheet_ref")
    ward = data.get("ward")
    return SheetView(
        sheet_id=int(sheet_id) if sheet_id is not None else None,
        sheet_ref=str(sheet_ref) if sheet_ref is not None else None,
        categories=categories,
        primary=categories[0] if categories else None,
        ward=str(ward) if ward else None,
        crisis_flags=_known(data.get("crisis_flags") or [], CRISIS_FLAGS),
        for_someone_else=for_someone_else,
        subject=str(relation) if for_someone_else and relation else None,
        age=int(age) if isinstance(age, int | str) and str(age).isdigit() else None,
        isolation=tuple(str(s) for s in (data.get("isolation") or [])),
    )
