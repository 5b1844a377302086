"""The command-line contract of `tsunagu directory suggest` (used by evaluation scripts)."""

from __future__ import annotations

import json
from typing import Any

from typer.testing import CliRunner

from directory.cli import app

runner = CliRunner()


def suggest_json(*args: str) -> dict[str, Any]:
    result = runner.invoke(app, ["suggest", "--json", *args])
    assert result.exit_code == 0, result.output
    answer: dict[str, Any] = json.loads(result.output)
    return answer


def test_contract_shape_and_values() -> None:
    got = suggest_json(
        "--municipality", "okayama", "--categories", "care,income",
        "--district", "北区中央", "--age", "82", "--at", "2026-11-24T19:00",
    )  # fmt: skip
    assert set(got) >= {"agencies", "complex_case", "coordinator"}
    first = got["agencies"][0]
    assert set(first) >= {"id", "name", "reason", "phone", "open_now", "next_open"}
    assert first["id"] == "okayama-houkatsu-kita-chuo"
    assert first["open_now"] is False
    assert first["next_open"] == "2026-11-25T08:30:00+09:00"
    assert got["complex_case"] is True
    assert got["coordinator"] == "okayama-soudanshien-houkatsuka-suishinin"


def test_primary_option_and_open_now() -> None:
    got = suggest_json(
        "--municipality", "okayama", "--categories", "care,mental", "--primary", "mental",
        "--district", "南区南", "--at", "2026-11-25T10:00+09:00",
    )  # fmt: skip
    assert got["agencies"][0]["id"] == "okayama-hoken-center-minami-minami"
    assert got["agencies"][0]["open_now"] is True
    assert got["agencies"][0]["next_open"] is None


def test_readable_table_without_json() -> None:
    result = runner.invoke(
        app,
        ["suggest", "--municipality", "iga", "--categories", "care", "--at", "2026-11-25T10:00"],
    )
    assert result.exit_code == 0
    assert "1. 伊賀市地域包括支援センター" in result.output
