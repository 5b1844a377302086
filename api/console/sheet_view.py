"""The つなぐシート as the paper lays it out (seed 001, ver.2018.10.1): the words of each
box, filled from the stored sheet. The case page and the PDF both draw from this."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

import phonenumbers

from cases.casework.vocabulary import (
    BASIS_LABELS,
    CONSENT_METHOD_LABELS,
    CONSENT_STATUS_LABELS,
)
from cases.models import CaseAgency, Consent, SupportMeetingBasis
from handlers.intake.parsing import era_date_text
from nlu.categories import CATEGORY_IDS, CATEGORY_LABELS

TITLE = "つなぐシート ver.2018.10.1"
CONSENT_SENTENCE = (
    "■円滑な相談支援につなぐため、私の相談内容を必要となる関係機関(者)と情報共有し、"
    "併せて同意します。"
)
# Above the box when the sharing stands on a 支援会議 decision, not on a consent.
MEETING_SENTENCE = (
    "■ご本人の同意はありません。支援会議（社会福祉法 第106条の6）の決定により、"
    "下の機関と情報を共有しています。"
)
GENDER_LABELS = {"male": "男性", "female": "女性", "other_or_unsaid": "その他・答えない"}
RECEIVED_BY_LABELS = {"bot": "LINE（つなぐ）", "minsei_iin": "民生委員", "staff": "職員"}
CONSULTER_LABELS = {
    "self": "本人",
    "family": "家族",
    "neighbor": "近所の人",
    "agency": "相談機関",
    "minsei_iin": "民生委員",
}
SOURCE_LABELS = {"suggested": "つなぐの提案", "assigned": "職員が割り当て"}
BLANK = ""
JST = ZoneInfo("Asia/Tokyo")


@dataclass(frozen=True, slots=True)
class TroubleMark:
    category: str
    label: str
    mark: str  # "◎" main, "○" applies, "" not


@dataclass(frozen=True, slots=True)
class MemberRow:
    name: str
    age: str
    relation: str
    note: str


@dataclass(frozen=True, slots=True)
class ReferralRow:
    agency: str
    reason: str


@dataclass(frozen=True, slots=True)
class SheetLayout:
    received_on: str
    received_by: str
    consulter: str
    kana: str
    name: str
    gender: str
    birth: str
    age: str
    postal_code: str
    address: str
    phone_home: str
    phone_mobile: str
    troubles: tuple[TroubleMark, ...]
    other_detail: str
    story: str
    household_size: str
    members: tuple[MemberRow, ...]
    living_situation: str
    supporters: tuple[ReferralRow, ...]
    referrals: tuple[ReferralRow, ...]
    consent_lines: tuple[str, ...]
    anonymous: bool
    consent_sentence: str = CONSENT_SENTENCE


def japanese_date(value: str | date | datetime | None) -> str:
    if value is None or value == "":
        return BLANK
    if isinstance(value, str):
        try:
            day = date.fromisoformat(value[:10])
        except ValueError:
            return value
    elif isinstance(value, datetime):
        moment = value if value.tzinfo else value.replace(tzinfo=UTC)
        day = moment.astimezone(JST).date()
    else:
        day = value
    return f"{day.year}年{day.month}月{day.day}日"


def phone_text(value: str | None) -> str:
    if not value:
        return BLANK
    try:
        number = phonenumbers.parse(value, "JP")
    except phonenumbers.NumberParseException:
        return value
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)


def _text(value: Any) -> str:
    return BLANK if value is None else str(value)


def _troubles(troubles: dict[str, Any]) -> tuple[TroubleMark, ...]:
    chosen = set(troubles.get("categories") or ())
    primary = troubles.get("primary")
    return tuple(
        TroubleMark(c, CATEGORY_LABELS[c], "◎" if c == primary else ("○" if c in chosen else BLANK))
        for c in CATEGORY_IDS
    )


def _birth(person: dict[str, Any]) -> str:
    """和暦 as the paper asks (大正/昭和/平成 年 月 日), from the stored date when known."""
    try:
        born = date.fromisoformat(str(person.get("birth_date")))
    except ValueError:
        return _text(person.get("birth_date_text"))
    return era_date_text(born)


def _address(person: dict[str, Any]) -> str:
    ward, address = _text(person.get("ward")), _text(person.get("address"))
    return address if ward in address else f"{ward} {address}".strip()


def _received_by(data: dict[str, Any]) -> str:
    """受付機関: the bot, or the 民生委員 by name and 担当地区 (visit mode)."""
    received = data.get("received_by") or {}
    label = RECEIVED_BY_LABELS.get(str(received.get("kind")), BLANK)
    who = _text(received.get("organisation")) or label
    return " ".join(part for part in (who, _text(received.get("name"))) if part)


def _consulter(data: dict[str, Any]) -> str:
    consulter = data.get("consulter") or {}
    relation = CONSULTER_LABELS.get(consulter.get("relation", "self"), BLANK)
    detail = consulter.get("relation_detail")
    who = f"{relation}（{detail}）" if detail else relation
    contact = (_text(consulter.get("name")), phone_text(consulter.get("phone")))
    return " ".join(part for part in (who, *contact) if part)


def consent_lines(
    consents: Sequence[Consent], meetings: Sequence[SupportMeetingBasis]
) -> tuple[str, ...]:
    """The 同意 box: the person's own decisions, then any 支援会議 basis, each named as
    what it is."""
    lines = []
    for consent in consents:
        names = "、".join(str(g.get("name", g.get("id"))) for g in consent.grantees or ())
        status = CONSENT_STATUS_LABELS.get(consent.status, consent.status)
        method = CONSENT_METHOD_LABELS.get(consent.method or "")
        how = f"{consent.channel}・{method}" if method else consent.channel
        lines.append(
            f"{japanese_date(consent.decided_at)} {status}（{how}・"
            f"文面 {consent.text_version}）{names}"
        )
        if consent.withdrawn_at is not None:
            lines.append(f"{japanese_date(consent.withdrawn_at)} 同意を取り消し")
    for meeting in meetings:
        names = "、".join(str(a.get("name", a.get("id"))) for a in meeting.agencies or ())
        lines.append(
            f"{japanese_date(meeting.meeting_date or meeting.recorded_at)} "
            f"{BASIS_LABELS['support_meeting']}による共有（同意ではありません）{names}: "
            f"{meeting.reason}"
        )
    return tuple(lines) or ("（同意の記録はありません）",)


def sheet_layout(
    sheet: dict[str, Any] | None,
    agencies: Sequence[CaseAgency] = (),
    consents: Sequence[Consent] = (),
    meetings: Sequence[SupportMeetingBasis] = (),
    categories: Sequence[str] = (),
) -> SheetLayout:
    data: dict[str, Any] = (sheet or {}).get("data") or {}
    person: dict[str, Any] = data.get("person") or {}
    household: dict[str, Any] = data.get("household") or {}
    troubles: dict[str, Any] = data.get("troubles") or {}
    topics = "・".join(CATEGORY_LABELS.get(c, c) for c in categories)
    return SheetLayout(
        received_on=japanese_date(data.get("received_on")),
        received_by=_received_by(data),
        consulter=_consulter(data),
        kana=_text(person.get("kana")),
        name=_text(person.get("name")),
        gender=GENDER_LABELS.get(person.get("gender") or "", BLANK),
        birth=_birth(person),
        age=_text(person.get("age")),
        postal_code=_text(person.get("postal_code")),
        address=_address(person),
        phone_home=phone_text(person.get("phone_home")),
        phone_mobile=phone_text(person.get("phone_mobile")),
        troubles=_troubles(troubles),
        other_detail=_text(troubles.get("other_detail")),
        story=_text(data.get("story")),
        household_size=_text(household.get("size")),
        members=tuple(
            MemberRow(
                _text(m.get("name")),
                _text(m.get("age")),
                _text(m.get("relation")),
                _text(m.get("note")),
            )
            for m in household.get("members") or ()
        ),
        living_situation=_text(data.get("living_situation")),
        supporters=tuple(
            ReferralRow(str(s.get("agency", "")), _text(s.get("support")))
            for s in data.get("current_supporters") or ()
        ),
        referrals=tuple(
            ReferralRow(a.agency_name, f"{SOURCE_LABELS.get(a.source, a.source)}: {topics}")
            for a in agencies
        ),
        consent_lines=consent_lines(consents, meetings),
        anonymous=bool(data.get("anonymous")),
        consent_sentence=(
            MEETING_SENTENCE
            if any(m.revoked_at is None for m in meetings)
            and not any(c.status == "active" for c in consents)
            else CONSENT_SENTENCE
        ),
    )
