"""Readable validation problems: which file, where in it, and what is wrong."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError


@dataclass(frozen=True, slots=True)
class Problem:
    file: str
    path: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}: {self.path}" if self.path else self.file
        return f"{where}: {self.message}"


class DirectoryError(ValueError):
    """One or more problems in the directory data; `str()` lists them one per line."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


def dotted_path(loc: Iterable[int | str]) -> str:
    """('agencies', 12, 'hours', 'weekly', 0, 'open') → agencies[12].hours.weekly[0].open"""
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text


def _item_id(raw: Any, loc: Sequence[int | str]) -> str | None:
    """The `id` of the list item a location points into, to make the message findable."""
    node, found = raw, None
    for part in loc:
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            break
        if isinstance(part, int) and isinstance(node, dict) and isinstance(node.get("id"), str):
            found = node["id"]
    return found


def _message(error: Any) -> str:
    kind = error["type"]
    if kind == "extra_forbidden":
        return "このキーはスキーマにありません（綴りを確認してください）"
    if kind == "missing":
        return "必須の項目がありません"
    text = str(error["msg"])
    return text.removeprefix("Value error, ")


def problems_from_validation(file: str, raw: Any, error: ValidationError) -> list[Problem]:
    problems = []
    for item in error.errors():
        loc = tuple(item["loc"])
        path = dotted_path(loc)
        owner = _item_id(raw, loc)
        if owner:
            path = f"{path} ({owner})"
        problems.append(Problem(file, path, _message(item)))
    return problems
