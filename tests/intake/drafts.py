"""Sheets partway through, for tests of single answers: the envelope of a new sheet with
some answers already given."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from handlers.intake.state import IntakeState
from handlers.sheet import Sheet

RECEIVED = date(2026, 11, 23)


def draft(answers: Mapping[str, Any] | None = None) -> Sheet:
    """A sheet received by the bot from the person, with `answers` given."""
    return Sheet.of({**Sheet.blank("bot", "self", RECEIVED).record(), **(answers or {})})


def draft_state(answers: Mapping[str, Any] | None = None, **kept: Any) -> IntakeState:
    return IntakeState("ref", draft(answers), **kept)
