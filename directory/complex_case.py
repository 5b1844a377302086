"""複合課題: troubles that need more than one agency, or a known pattern of them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final


@dataclass(frozen=True, slots=True)
class Pattern:
    categories: frozenset[str]
    name: str


KNOWN_PATTERNS: Final[tuple[Pattern, ...]] = (
    Pattern(frozenset({"care", "mental"}), "8050（親の介護とひきこもり・こころの不調）"),
    Pattern(frozenset({"debt", "housing"}), "家計と住まい（家賃の滞納など）"),
    Pattern(frozenset({"care", "disability"}), "介護と障害（老障介護）"),
    Pattern(frozenset({"abuse", "care"}), "介護の中での虐待"),
    Pattern(frozenset({"abuse", "childcare"}), "子育ての中での虐待"),
)


def known_patterns(categories: Sequence[str]) -> tuple[str, ...]:
    present = set(categories)
    return tuple(p.name for p in KNOWN_PATTERNS if p.categories <= present)


def complex_reasons(categories: Sequence[str], lead_agencies: Sequence[str]) -> tuple[str, ...]:
    """Why this is a 複合課題 (empty when it is not).

    `lead_agencies` holds the first agency chosen for each category."""
    reasons = list(known_patterns(categories))
    if len(set(categories)) > 1 and len(set(lead_agencies)) > 1:
        reasons.append("複数の窓口にまたがるご相談")
    return tuple(reasons)
