"""The JSON-lines contract of ``tsunagu nlu predict``: one object per input line."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any, TextIO

from nlu.types import Understanding


class BadInputLineError(ValueError):
    """An input line that is not a JSON object with a string ``text``."""


def read_inputs(lines: Iterable[str]) -> Iterator[dict[str, Any]]:
    """Objects with a ``text`` (and maybe an ``id``); blank lines are skipped."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise BadInputLineError(f"line {number}: not JSON ({error.msg})") from error
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise BadInputLineError(f'line {number}: needs a string "text"')
        yield record


def prediction_record(identifier: Any, understanding: Understanding) -> dict[str, Any]:
    return {
        "id": identifier,
        "text": understanding.text,
        "categories": list(understanding.categories),
        "primary": understanding.primary,
        "crisis": list(understanding.crisis),
        "crisis_unsure": list(understanding.crisis_unsure),
        "act": understanding.act,
        "confidence": understanding.confidence,
    }


def write_records(records: Iterable[dict[str, Any]], out: TextIO) -> None:
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
