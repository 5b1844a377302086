"""Whom an agency is for (children, older people, disabled people) and whom the person is.

An agency for one group is offered for its own field (a children's office for 子育て),
otherwise only when the person belongs to that group — a 30-year-old's DV case does not
go to the 地域包括支援センター. The groups are read from agency names."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final, Literal

from directory.models import Agency

Audience = Literal["child", "elderly", "disabled"]

CHILD_AGE_LIMIT = 18
ELDERLY_AGE = 65

NAME_MARKS: Final[dict[Audience, tuple[str, ...]]] = {
    "child": ("こども", "子ども", "子供", "児童", "子育て"),
    "elderly": ("地域包括", "いきいきサポート", "高齢"),
    "disabled": ("障害", "障がい"),
}

OWN_FIELD: Final[dict[Audience, str]] = {
    "child": "childcare",
    "elderly": "care",
    "disabled": "disability",
}


def agency_audience(agency: Agency) -> Audience | None:
    text = agency.name + (agency.alias or "")
    for audience, marks in NAME_MARKS.items():
        if any(mark in text for mark in marks):
            return audience
    return None


def person_audiences(age: int | None, categories: Sequence[str]) -> tuple[Audience, ...]:
    """Groups the person (or the one they worry about) belongs to, from age and fields."""
    found: list[Audience] = []
    if (age is not None and age < CHILD_AGE_LIMIT) or "childcare" in categories:
        found.append("child")
    if (age is not None and age >= ELDERLY_AGE) or "care" in categories:
        found.append("elderly")
    if "disability" in categories:
        found.append("disabled")
    return tuple(found)


def suits(agency: Agency, category: str, people: Sequence[Audience]) -> bool:
    audience = agency_audience(agency)
    return audience is None or OWN_FIELD[audience] == category or audience in people
