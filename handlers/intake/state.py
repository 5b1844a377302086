"""The つなぐシート draft as the conversation holds it: the sheet record itself (always
valid against `cases/schemas/tsunagu_sheet.v1.json`) and a little bookkeeping (which
steps were answered, the categories the NLU proposed…). Kept in `Session.data["intake"]`.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

from handlers.context import TurnContext

SESSION_KEY = "intake"
SHEET_REF_NAMESPACE = uuid.UUID("2b7c61d4-5f0e-4c57-9b8e-0e3f1c6a9d42")


def sheet_ref(ctx: TurnContext, salt: str = "") -> str:
    """A stable name for a new sheet: UUID5 of the event that opened it."""
    opening = ctx.event_ref or ctx.now.isoformat()
    return str(uuid.uuid5(SHEET_REF_NAMESPACE, f"{opening}:{salt}"))


def blank_record(received_by: str, consulter: str | None, today: date) -> dict[str, Any]:
    """A new sheet record (the same envelope as `cases.sheets.blank_sheet`)."""
    return {
        "schema_version": "1",
        "received_on": today.isoformat(),
        "received_by": {"kind": received_by},
        "consulter": {"relation": consulter or "self"},
        "person": {},
        "troubles": {"categories": [], "primary": None},
    }


@dataclass(frozen=True, slots=True)
class IntakeState:
    ref: str
    sheet: dict[str, Any]
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
            "sheet": self.sheet,
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
            sheet=dict(raw["sheet"]),
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

    def section(self, name: str) -> dict[str, Any]:
        value = self.sheet.get(name)
        return dict(value) if isinstance(value, dict) else {}

    def get(self, path: str) -> Any:
        head, _, rest = path.partition(".")
        return self.section(head).get(rest) if rest else self.sheet.get(head)

    def set(self, path: str, value: Any) -> IntakeState:
        head, _, rest = path.partition(".")
        if not rest:
            return replace(self, sheet={**self.sheet, head: value})
        return replace(self, sheet={**self.sheet, head: {**self.section(head), rest: value}})

    def forget(self, path: str) -> IntakeState:
        """An answer taken back: a field becomes null, a whole section goes away."""
        head, _, rest = path.partition(".")
        if rest:
            return self.set_many(head, {rest: None})
        return replace(self, sheet={k: v for k, v in self.sheet.items() if k != head})

    def set_many(self, path: str, values: Mapping[str, Any]) -> IntakeState:
        return replace(self, sheet={**self.sheet, path: {**self.section(path), **values}})

    def mark(self, *keys: str) -> IntakeState:
        return replace(self, answered=tuple(dict.fromkeys((*self.answered, *keys))))

    def unmark(self, *keys: str) -> IntakeState:
        return replace(self, answered=tuple(k for k in self.answered if k not in keys))

    def skipped(self, key: str) -> IntakeState:
        skipped = [k for k in self.sheet.get("skipped", []) if k != key]
        return replace(self, sheet={**self.sheet, "skipped": [*skipped, key]}).mark(key)

    def unskipped(self, key: str) -> IntakeState:
        if key not in self.sheet.get("skipped", []):
            return self
        skipped = [k for k in self.sheet["skipped"] if k != key]
        return replace(self, sheet={**self.sheet, "skipped": skipped})

    # ------------------------------------------------------------ derived

    @property
    def categories(self) -> tuple[str, ...]:
        return tuple(self.section("troubles").get("categories") or ())

    @property
    def primary(self) -> str | None:
        primary = self.section("troubles").get("primary")
        return str(primary) if primary else None

    @property
    def anonymous(self) -> bool:
        return bool(self.sheet.get("anonymous"))

    @property
    def relation(self) -> str:
        return str(self.section("consulter").get("relation") or "self")

    def members(self) -> list[dict[str, Any]]:
        return [dict(m) for m in self.section("household").get("members") or []]

    def supporters(self) -> list[dict[str, Any]]:
        return [dict(s) for s in self.sheet.get("current_supporters") or []]
