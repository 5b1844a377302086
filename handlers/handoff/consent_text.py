"""The consent wording: what is shared, with whom, why. Versioned; the SHA-256 of the
exact text shown is stored with the answer."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from handlers.i18n import SOURCE, Catalogue

TEXT_VERSION: Final = "2026.11-1"
# The text a visited resident reads: they may have no LINE, so it says how to withdraw
# without it (version of its own, as its wording differs).
VISIT_TEXT_VERSION: Final = "2026.12-visit-1"
# The LINE text for someone writing about another person: it says that agreeing does not yet
# share; the person's own consent is asked for first.
NOT_THE_PERSON_VERSION: Final = "2026.12-1"
NOT_THE_PERSON: Final = (
    "■ご本人の同意\n"
    "ご本人のことなので、あなたが同意しても、すぐには共有しません。"
    "市の担当者がご本人の同意を確かめてから、相談先に共有します。"
)
PURPOSE: Final = "相談内容に合った支援機関に、たらい回しにせずつなぐため"
DATA_SCOPE: Final[tuple[str, ...]] = ("sheet", "conversation")

AGREE_LABEL: Final = "同意して相談をつなぐ"
DECLINE_LABEL: Final = "同意しない"
WITHDRAW_WORDS: Final[tuple[str, ...]] = ("同意を取り消す", "同意を取り消したい", "同意の取り消し")


@dataclass(frozen=True, slots=True)
class ConsentText:
    version: str
    text: str
    language: str = SOURCE

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


LINE_WITHDRAWAL: Final = "同意は、いつでも「同意を取り消す」と送れば取り消せます。"


def visit_withdrawal(city_phone: str | None) -> str:
    """How a visited resident withdraws without LINE: their 民生委員, the city's phone
    (from the city's pack), or in writing at the city's window."""
    call = f"市役所（電話 {city_phone}）" if city_phone else "市役所"
    return (
        "同意は、いつでも取り消せます。民生委員さんに伝えるか、"
        f"{call}にお電話ください。市の窓口で、書面でも取り消せます。"
    )


def consent_text(
    agency_names: Sequence[str], for_someone_else: bool = False, not_the_person: bool = False
) -> ConsentText:
    """The question exactly as shown, with the agencies named. `not_the_person`: the
    writer is not the person the sheet is about, and is told their yes waits for the
    person's own."""
    text = _text(agency_names, for_someone_else, LINE_WITHDRAWAL)
    if not_the_person:
        return ConsentText(NOT_THE_PERSON_VERSION, text + "\n\n" + NOT_THE_PERSON)
    return ConsentText(TEXT_VERSION, text)


def visit_consent_text(agency_names: Sequence[str], city_phone: str | None) -> ConsentText:
    """The question a 民生委員 shows or reads to the resident they visit."""
    return ConsentText(VISIT_TEXT_VERSION, _text(agency_names, True, visit_withdrawal(city_phone)))


# The lines of the question, each a key of the message catalogue (`handlers/locale_keys.py`).
TITLE: Final = "【相談をつなぐための同意のお願い】"
WHAT_HEAD: Final = "■共有するもの"
WHAT: Final = (
    "いまお聞きした「つなぐシート」の内容（お困りごと、{whose}のお名前・連絡先など）と、"
    "このトークでのやりとり"
)
WHOSE_SELF: Final = "あなた"
WHOSE_OTHER: Final = "ご相談の方（ご本人）"
TO_HEAD: Final = "■共有する先"
PURPOSE_HEAD: Final = "■目的"
NO_SHARING: Final = "同意しなくても、相談先の連絡先はお伝えします。どこにも共有はしません。"
LINE_PARTS: Final = (
    TITLE,
    WHAT_HEAD,
    WHAT,
    WHOSE_SELF,
    WHOSE_OTHER,
    TO_HEAD,
    PURPOSE_HEAD,
    NO_SHARING,
)


def _text(agency_names: Sequence[str], for_someone_else: bool, withdrawal: str) -> str:
    whose = WHOSE_OTHER if for_someone_else else WHOSE_SELF
    lines = [
        TITLE,
        "",
        WHAT_HEAD,
        WHAT.format(whose=whose),
        "",
        TO_HEAD,
        *[f"・{name}" for name in agency_names],
        "",
        PURPOSE_HEAD,
        PURPOSE,
        "",
        withdrawal,
        NO_SHARING,
    ]
    return "\n".join(lines)


def in_language(text: ConsentText, language: str, catalogue: Catalogue) -> ConsentText:
    """The consent question in the resident's language, versioned per language: the
    record keeps the version and the hash of exactly what they read."""
    if language == SOURCE or not catalogue.complete(language):
        return text
    return ConsentText(f"{text.version}+{language}", catalogue.text(text.text, language), language)
