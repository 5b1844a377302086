"""The consent wording: what is shared, with whom, why. Versioned; the SHA-256 of the
exact text shown is stored with the answer."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

TEXT_VERSION: Final = "2026.11-1"
PURPOSE: Final = "相談内容に合った支援機関に、たらい回しにせずつなぐため"
DATA_SCOPE: Final[tuple[str, ...]] = ("sheet", "conversation")

AGREE_LABEL: Final = "同意して相談をつなぐ"
DECLINE_LABEL: Final = "同意しない"
WITHDRAW_WORDS: Final[tuple[str, ...]] = ("同意を取り消す", "同意を取り消したい", "同意の取り消し")


@dataclass(frozen=True, slots=True)
class ConsentText:
    version: str
    text: str

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


def consent_text(agency_names: Sequence[str], for_someone_else: bool = False) -> ConsentText:
    """The question exactly as shown, with the agencies named."""
    whose = "ご相談の方（ご本人）" if for_someone_else else "あなた"
    lines = [
        "【相談をつなぐための同意のお願い】",
        "",
        "■共有するもの",
        f"いまお聞きした「つなぐシート」の内容（お困りごと、{whose}のお名前・連絡先など）と、"
        "このトークでのやりとり",
        "",
        "■共有する先",
        *[f"・{name}" for name in agency_names],
        "",
        "■目的",
        PURPOSE,
        "",
        "同意は、いつでも「同意を取り消す」と送れば取り消せます。",
        "同意しなくても、相談先の連絡先はお伝えします。どこにも共有はしません。",
    ]
    return ConsentText(TEXT_VERSION, "\n".join(lines))
