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


def _first(data: dict[str, Any], *keys: str) -> Any:
    for key in keys:
        if data.get(key) not in (None, "", [], {}):
            return data[key]
    return None


def sheet_view(data: dict[str, Any]) -> SheetView:
    nested = data.get("sheet")
    merged = {**(nested if isinstance(nested, dict) else {}), **data}
    primary = _first(merged, "primary", "primary_category", "main_category")
    categories = _known([primary or "", *(_first(merged, "categories") or [])], CATEGORY_IDS)
    relation = _first(merged, "consulter", "relation", "for_whom", "who")
    for_someone_else = relation not in (None, "self", "本人")
    age = _first(merged, "age")
    sheet_id = _first(merged, "sheet_id")
    sheet_ref = _first(merged, "sheet_ref")
    return SheetView(
        sheet_id=int(sheet_id) if sheet_id is not None else None,
        sheet_ref=str(sheet_ref) if sheet_ref is not None else None,
        categories=categories,
        primary=categories[0] if categories else None,
        ward=_first(merged, "ward", "ku"),
        crisis_flags=_known(_first(merged, "crisis_flags", "crisis") or [], CRISIS_FLAGS),
        for_someone_else=for_someone_else,
        subject=str(relation) if for_someone_else and relation else None,
        age=int(age) if isinstance(age, int | str) and str(age).isdigit() else None,
        isolation=tuple(str(s) for s in (_first(merged, "isolation") or [])),
    )
