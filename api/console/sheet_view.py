"""The つなぐシート as the paper lays it out (seed 001, ver.2018.10.1): the words of each
box, filled from the stored sheet. The case page and the PDF both draw from this."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

import phonenumbers

from cases.casework.consent import person_consent_state
from cases.casework.vocabulary import (
    BASIS_LABELS,
    CONSENT_CHANNEL_LABELS,
    CONSENT_METHOD_LABELS,
    CONSENT_STATUS_LABELS,
    GRANTOR_LABELS,
    PERSON_GRANTORS,
    REPRESENTATIVE,
    STAFF_TEXT_VERSION,
)
from cases.models import (
    CaseAgency,
    Consent,
    ProtectionBasis,
    StaffRecordedBasis,
    SupportMeetingBasis,
)
from nlu.categories import CATEGORY_IDS, CATEGORY_LABELS
from nlu.extract.dates import era_date_text, is_age_alone

TITLE = "つなぐシート ver.2018.10.1"
CONSENT_SENTENCE = (
    "■円滑な相談支援につなぐため、私の相談内容を必要となる関係機関(者)と情報共有し、"
    "併せて同意します。"
)
# Above the box: the basis the sharing actually stands on, the person's consent first
# (`consent_sentence`). The paper's own sentence is printed only where the person agreed.
REPRESENTATIVE_SENTENCE = (
    "■ご本人の法定代理人が、ご本人に代わり、相談内容を必要となる関係機関(者)と"
    "情報共有することに同意しています。"
)
MEETING_SENTENCE = (
    "■ご本人の同意はありません。支援会議（社会福祉法 第106条の6）の決定により、"
    "下の機関と情報を共有しています。"
)
PROTECTION_SENTENCE = (
    "■ご本人の同意はありません。ご本人の生命・身体を守るために必要で、同意を得ることが"
    "難しいため（個人情報保護法 第27条第1項第2号）、下の機関と情報を共有しています。"
)
UNCONFIRMED_SENTENCE = (
    "■本人の同意：未確認。ご家族など、ご本人以外の方の同意だけでは、関係機関と情報を共有しません。"
)
NO_CONSENT_SENTENCE = "■ご本人の同意はありません。関係機関と情報を共有していません。"
GENDER_LABELS = {"male": "男性", "female": "女性", "other_or_unsaid": "その他・答えない"}
RECEIVED_BY_LABELS = {"bot": "LINE（つなぐ）", "minsei_iin": "民生委員", "staff": "職員"}
CONSULTER_LABELS = {
    "self": "本人",
    "family": "家族",
    "neighbor": "近所の人",
    "agency": "相談機関",
    "minsei_iin": "民生委員",
}
# A case opened before any sheet, by someone not yet known (not 「本人」 by default).
WRITER_NOT_YET_KNOWN = "まだ確認していません（つなぐシートの前の書き込み）"
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
        written = _text(person.get("birth_date_text"))
        # An age alone (「82歳」) is the age column's: not shown twice (「82歳（82歳）」).
        return BLANK if written and is_age_alone(written) else written
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


def _who_agreed(consent: Consent) -> str:
    who = GRANTOR_LABELS.get(consent.grantor, consent.grantor)
    if consent.grantor_name:
        who += f" {consent.grantor_name}"
    if consent.grantor not in (*PERSON_GRANTORS, REPRESENTATIVE):
        who += "・本人の同意ではありません"
    return who


def _how(consent: Consent) -> str:
    parts = [CONSENT_CHANNEL_LABELS.get(consent.channel, consent.channel)]
    if method := CONSENT_METHOD_LABELS.get(consent.method or ""):
        parts.append(method)
    if consent.recorded_by_name:
        parts.append(f"記録 {consent.recorded_by_name}")
    if consent.text_version != STAFF_TEXT_VERSION:
        parts.append(f"文面 {consent.text_version}")
    return "・".join(parts)


def _staff_basis_line(basis: StaffRecordedBasis, label: str, day: datetime | None) -> str:
    names = "、".join(str(a.get("name", a.get("id"))) for a in basis.agencies or ())
    revoked = f"（{japanese_date(basis.revoked_at)} 取り消し）" if basis.revoked_at else ""
    return (
        f"{japanese_date(day or basis.recorded_at)} {label}による共有（同意ではありません）"
        f"{names}: {basis.reason}{revoked}"
    )


def consent_lines(
    consents: Sequence[Consent],
    meetings: Sequence[SupportMeetingBasis],
    protections: Sequence[ProtectionBasis] = (),
) -> tuple[str, ...]:
    """The 同意 box: each decision with who made it (the person, a 法定代理人, a relative…),
    then any 支援会議 or 生命・身体の保護 basis, each named as what it is."""
    lines = []
    for consent in consents:
        names = "、".join(str(g.get("name", g.get("id"))) for g in consent.grantees or ())
        status = CONSENT_STATUS_LABELS.get(consent.status, consent.status)
        lines.append(
            f"{japanese_date(consent.decided_at)} {status}（{_who_agreed(consent)}・"
            f"{_how(consent)}）{names}"
        )
        if consent.withdrawn_at is not None:
            lines.append(f"{japanese_date(consent.withdrawn_at)} 同意を取り消し")
    for meeting in meetings:
        label = BASIS_LABELS["support_meeting"]
        lines.append(_staff_basis_line(meeting, label, meeting.meeting_date))
    for protection in protections:
        lines.append(_staff_basis_line(protection, BASIS_LABELS["protection"], None))
    return tuple(lines) or ("（同意の記録はありません）",)


def consent_sentence(
    consents: Sequence[Consent],
    meetings: Sequence[SupportMeetingBasis],
    protections: Sequence[ProtectionBasis] = (),
) -> str:
    """The sentence above the box, from the basis that stands: the person's consent (the
    paper's own words), a 法定代理人's, a 支援会議, 生命・身体の保護; with none, that the
    person's consent is unconfirmed (only someone else agreed) or absent. A sheet with no
    record at all prints the paper's blank form."""
    state = person_consent_state(consents)
    if state == "given":
        return CONSENT_SENTENCE
    if state == "representative":
        return REPRESENTATIVE_SENTENCE
    if any(m.revoked_at is None for m in meetings):
        return MEETING_SENTENCE
    if any(p.revoked_at is None for p in protections):
        return PROTECTION_SENTENCE
    if not consents:
        return CONSENT_SENTENCE
    return UNCONFIRMED_SENTENCE if state == "unconfirmed" else NO_CONSENT_SENTENCE


def sheet_layout(
    sheet: dict[str, Any] | None,
    agencies: Sequence[CaseAgency] = (),
    consents: Sequence[Consent] = (),
    meetings: Sequence[SupportMeetingBasis] = (),
    categories: Sequence[str] = (),
    protections: Sequence[ProtectionBasis] = (),
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
        consent_lines=consent_lines(consents, meetings, protections),
        anonymous=bool(data.get("anonymous")),
        consent_sentence=consent_sentence(consents, meetings, protections),
    )
