"""The conversation's state for one person: which flow and step, and what was said."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from datetime import datetime
from typing import Any


@dataclass(frozen=True, slots=True)
class Session:
    """Plain data, saved as JSON after every turn.

    `flow`/`step` say where the conversation is; `data` holds the flow's answers (the
    sheet draft); `history` lists the steps visited so 「戻る」 can go back; `misses` counts
    answers the current step could not understand; `staff_active` is true while a person
    from the city has taken over the chat (the bot then stays quiet, but for crises);
    `offered` holds the labels of the buttons the last reply showed (in Japanese), so the
    words of one typed in another language are read as that button.
    """

    flow: str = "idle"
    step: str | None = None
    data: dict[str, Any] = field(default_factory=dict)
    history: tuple[str, ...] = ()
    misses: int = 0
    staff_active: bool = False
    welcomed: bool = False
    last_active: str | None = None
    offered: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        as_dict = asdict(self)
        as_dict["history"] = list(self.history)
        as_dict["offered"] = list(self.offered)
        return as_dict

    @classmethod
    def from_json(cls, raw: dict[str, Any] | None) -> Session:
        if not raw:
            return cls()
        known = {name: raw[name] for name in cls.__dataclass_fields__ if name in raw}
        for name in ("history", "offered"):
            if name in known:
                known[name] = tuple(known[name])
        return cls(**known)

    def at(self, flow: str, step: str | None, **changes: Any) -> Session:
        """The same session moved to `flow`/`step` (a fresh step: no misses yet)."""
        return replace(self, flow=flow, step=step, misses=0, **changes)

    def with_data(self, **values: Any) -> Session:
        return replace(self, data={**self.data, **values})

    def without(self, *keys: str) -> Session:
        """The same session, `keys` taken out of its data."""
        if not any(key in self.data for key in keys):
            return self
        return replace(self, data={k: v for k, v in self.data.items() if k not in keys})

    def moment(self, key: str) -> datetime | None:
        """A moment kept in the data as ISO text; None when there is none."""
        stored = self.data.get(key)
        if not isinstance(stored, str):
            return None
        try:
            return datetime.fromisoformat(stored)
        except ValueError:
            return None

    def missed(self) -> Session:
        return replace(self, misses=self.misses + 1)
