"""Plain Japanese phrases for reasons and cards, one per category."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from nlu.categories import CATEGORY_SHORT

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


def joined_short(categories: Sequence[str]) -> str:
    """「介護」, 「介護・収入・仕事」: the words a resident can say on the phone."""
    return "・".join(CATEGORY_SHORT.get(c, c) for c in categories)


# The packs keep notes for the people who maintain them inside brackets: where a value
# came from (「（シードNo.6の受付時間）」) or how sure it is (「（障害欄の記載・崩れの可能性）」).
# A resident needs only the value.
PACK_NOTE_MARKS: Final[tuple[str, ...]] = (
    "シード",
    "崩れ",
    "推定",
    "未確認",
    "記載",
    "可能性",
    "相談機関一覧",
    "欄",
    "出典",
)
_PACK_NOTE = re.compile(r"[（(][^（）()]*(?:" + "|".join(PACK_NOTE_MARKS) + r")[^（）()]*[）)]")


def for_residents(text: str | None) -> str | None:
    """A pack's text as a resident reads it: without the pack's notes to its maintainers."""
    if text is None:
        return None
    sentences = re.split(r"(?<=。)", _PACK_NOTE.sub("", text))
    kept = "".join(s for s in sentences if not any(mark in s for mark in _NOTE_SENTENCE_MARKS))
    return kept.strip().removesuffix("。").strip() or None


# A whole sentence that is such a note (「チャットの時間は本出典に記載なし」).
_NOTE_SENTENCE_MARKS: Final[tuple[str, ...]] = ("出典",)
