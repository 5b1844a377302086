"""The vocabulary of `spec/categories.md`: the twelve お困りごと, crisis flags and
conversation acts. Every room of the house uses these ids; this module is pure data."""

from __future__ import annotations

from typing import Final

CATEGORY_LABELS: Final[dict[str, str]] = {
    "medical": "病気・医療のこと",
    "mental": "こころの問題(メンタルヘルス)",
    "care": "介護のこと",
    "disability": "障害のこと",
    "childcare": "子育てのこと",
    "income": "収入・仕事のこと",
    "debt": "支出・滞納・借金",
    "housing": "住まいのこと",
    "abuse": "DV・虐待のこと",
    "rights": "権利擁護(後見制度など)",
    "health": "健康のこと",
    "other": "その他",
}

# Short labels for buttons (LINE quick-reply labels are at most 20 characters).
CATEGORY_SHORT: Final[dict[str, str]] = {
    "medical": "病気・医療",
    "mental": "こころ",
    "care": "介護",
    "disability": "障害",
    "childcare": "子育て",
    "income": "収入・仕事",
    "debt": "支出・借金・滞納",
    "housing": "住まい",
    "abuse": "DV・虐待",
    "rights": "権利擁護・後見",
    "health": "健康",
    "other": "その他",
}

CATEGORY_IDS: Final[tuple[str, ...]] = tuple(CATEGORY_LABELS)

CRISIS_FLAGS: Final[tuple[str, ...]] = ("suicide", "violence", "child_danger", "medical_emergency")

ACTS: Final[tuple[str, ...]] = (
    "greet",
    "thanks",
    "ask_hours",
    "ask_human",
    "stop",
    "help",
    "yes",
    "no",
    "unknown",
)
