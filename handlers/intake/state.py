"""The つなぐシート draft as the conversation holds it: the typed sheet (`handlers/sheet.py`,
valid against `cases/schemas/tsunagu_sheet.v1.json` at every answer) and a little bookkeeping (which
steps were answered, the categories the NLU proposed…). Kept in `Session.data["intake"]`.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

from handlers.context import TurnContext
from handlers.sheet import ReceiverKind, Relation, SectionName, Sheet, SheetPath

SESSION_KEY = "intake"
SHEET_REF_NAMESPACE = uuid.UUID("2b7c61d4-5f0e-4c57-9b8e-0e3f1c6a9d42")


def sheet_ref(ctx: TurnContext, salt: str = "") -> str:
    """A stable name for a new sheet: UUID5 of the event that opened it."""
    opening = ctx.event_ref or ctx.now.isoformat()
    return str(uuid.uuid5(SHEET_REF_NAMESPACE, f"{opening}:{salt}"))


def blank_record(received_by: ReceiverKind, consulter: Relation | None, today: date) -> Sheet:
    """A new sheet (the same envelope as `cases.sheets.blank_sheet`)."""
    return Sheet.blank(received_by, consulter or "self", today)


@dataclass(frozen=True, slots=True)
class IntakeState:
    ref: str
    sheet: Sheet
    answered: tuple[str, ...] = ()
    proposed: tuple[str, ...] = ()
    more: tuple[int, ...] = ()  # supporter indexes after which the person said ほかにもある
    anonymous_explained: bool = False
    paused_at: str | None = None
    updated: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    # ------------------------------------------------------------ storage

    def to_json(self) -> dict[str, Any]:
        return {
            "ref": self.ref,
            "sheet": self.sheet.record(),
            "answered": list(self.answered),
            "proposed": list(self.proposed),
            "more": list(self.more),
            "anonymous_explained": self.anonymous_explained,
            "paused_at": self.paused_at,
            "updated": self.updated,
            "extra": self.extra,
        }

    @classmethod
    def from_json(cls, raw: Mapping[str, Any]) -> IntakeState:
        return cls(
            ref=str(raw["ref"]),
            sheet=Sheet.of(raw["sheet"]),
            answered=tuple(raw.get("answered") or ()),
            proposed=tuple(raw.get("proposed") or ()),
            more=tuple(raw.get("more") or ()),
            anonymous_explained=bool(raw.get("anonymous_explained")),
            paused_at=raw.get("paused_at"),
            updated=raw.get("updated"),
            extra=dict(raw.get("extra") or {}),
        )

    @property
    def started(self) -> bool:
        return bool(self.answered)

    def last_touched(self) -> datetime | None:
        return datetime.fromisoformat(self.updated) if self.updated else None

    # ------------------------------------------------------------ answers

    def section(self, name: SectionName) -> dict[str, Any]:
        return self.sheet.section(name)

    def get(self, path: SheetPath) -> Any:
        return self.sheet.value(path)

    def set(self, path: SheetPath, value: Any) -> IntakeState:
        return replace(self, sheet=self.sheet.with_value(path, value))

    def forget(self, path: SheetPath) -> IntakeState:
        """An answer taken back: a field becomes null, a whole section goes away."""
        return replace(self, sheet=self.sheet.without(path))

    def set_many(self, section: SectionName, values: Mapping[str, Any]) -> IntakeState:
        return replace(self, sheet=self.sheet.with_section(section, values))

    def mark(self, *keys: str) -> IntakeState:
        return replace(self, answered=tuple(dict.fromkeys((*self.answered, *keys))))

    def unmark(self, *keys: str) -> IntakeState:
        return replace(self, answered=tuple(k for k in self.answered if k not in keys))

    def skipped(self, key: str) -> IntakeState:
        skipped = [k for k in self.sheet.skipped if k != key]
        return self.set("skipped", [*skipped, key]).mark(key)

    def unskipped(self, key: str) -> IntakeState:
        if key not in self.sheet.skipped:
            return self
        return self.set("skipped", [k for k in self.sheet.skipped if k != key])

    # ------------------------------------------------------------ derived

    @property
    def categories(self) -> tuple[str, ...]:
        return self.sheet.troubles.categories

    @property
    def primary(self) -> str | None:
        return self.sheet.troubles.primary

    @property
    def anonymous(self) -> bool:
        return self.sheet.anonymous

    @property
    def relation(self) -> str:
        return self.sheet.consulter.relation

    def members(self) -> list[dict[str, Any]]:
        return [dict(m) for m in self.section("household").get("members") or []]

    def supporters(self) -> list[dict[str, Any]]:
        return [dict(s) for s in self.sheet.value("current_supporters") or []]
