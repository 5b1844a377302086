"""Plain Japanese phrases for reasons and cards, one per category."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

# "…の窓口です" reads naturally after each of these.
CATEGORY_PHRASE: Final[dict[str, str]] = {
    "medical": "病気・医療のこと",
    "mental": "こころのこと",
    "care": "介護のこと",
    "disability": "障害のこと",
    "childcare": "子育てのこと",
    "income": "収入・仕事のこと",
    "debt": "借金・滞納のこと",
    "housing": "住まいのこと",
    "abuse": "DV・虐待のこと",
    "rights": "後見などの権利を守ること",
    "health": "健康のこと",
    "other": "暮らしの困りごと",
}


def phrase(category: str) -> str:
    return CATEGORY_PHRASE.get(category, category)


def joined(categories: Sequence[str]) -> str:
    """「介護のこと」, 「介護のことと収入・仕事のこと」, 「A、BとC」."""
    names = [phrase(c) for c in categories]
    if len(names) <= 1:
        return "".join(names)
    return "、".join(names[:-1]) + "と" + names[-1]


# The packs keep where a value came from (「（シードNo.6の受付時間）」) for the people who
# maintain them; a resident reading the hours needs only the hours.
_SOURCE_NOTE = re.compile(r"[（(][^（）()]*シード[^（）()]*[）)]")


def hours_for_residents(text: str | None) -> str | None:
    """The hours as a resident reads them: without the pack's notes on its sources."""
    if text is None:
        return None
    return _SOURCE_NOTE.sub("", text).strip() or None
