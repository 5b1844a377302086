"""Postback payloads: short query strings such as `a=menu&v=search`, written on a button
by `payload` and read once, when the tap comes in, as a `Tap`."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from urllib.parse import parse_qsl, urlencode


def payload(action: str, **values: str) -> str:
    return urlencode({"a": action, **values})


def parse_payload(data: str) -> dict[str, str]:
    return dict(parse_qsl(data, keep_blank_values=True))


@dataclass(frozen=True, slots=True)
class Tap:
    """A button's payload as read: its `action` (`a`), its `value` (`v`) and the other
    fields a flow put on it (`ref`, `s`, `c`…)."""

    fields: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))

    @classmethod
    def read(cls, data: str) -> Tap:
        return cls(MappingProxyType(parse_payload(data)))

    @property
    def action(self) -> str | None:
        return self.fields.get("a")

    @property
    def value(self) -> str | None:
        return self.fields.get("v")

    def get(self, name: str) -> str | None:
        return self.fields.get(name)

    def is_(self, action: str) -> bool:
        return self.action == action


# What a message that is no tap (typed words, a photo) reads as.
NO_TAP: Tap = Tap()
