"""A son writes about his mother and agrees to share: that is his agreement, not hers.
Through the real webhook and LINE emulator, on SQLite and PostgreSQL: the case reaches
staff marked 「本人の同意：未確認」, no agency sees it, and each lawful basis staff record
(her own consent by phone or in person, her 法定代理人's, a 支援会議, protection of life or
body) provides exactly the agencies it names — and the console, the sheet's PDF and the
son's own list of what was shared all name that basis."""

from __future__ import annotations

import asyncio
import re
import time
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select

from cases.casework.vocabulary import BASIS_LABELS
from cases.conversations import save_state
from cases.models import Case, CaseAgency, Consent, Provision, Resident
from cases.sheets import blank_sheet, upsert_sheet
from cases.staff import add_staff
from handlers.data_rights import RICH_MENU_DATA
from handlers.handoff.consent_text import NOT_THE_PERSON_VERSION
from handlers.sheet import ConfirmedSheet
from tests.conftest import truncate_all
from tests.console.conftest import PASSWORD, sign_in
from tests.console.test_sheet_pdf import pdf_text
from tests.handoff.conversation import PERSONAL, STAFF_GROUP, all_text, group_messages
from tests.harness import Stack, quick_reply_data, running_stack

SON = "山田一郎"
MOTHER = {
    "name": "山田ハル",
    "kana": "やまだ はる",
    "ward": "北区",
    "address": "岡山市北区鹿田町一丁目1-1",
}
CONFIRMED = ConfirmedSheet(None, ("care", "debt"), "北区", "family", None, ())
UNCONFIRMED = "本人の同意：未確認"


def sons_sheet() -> dict[str, object]:
    sheet = blank_sheet(consulter="family", today=date(2026, 12, 1))
    sheet["consulter"] = {"relation": "family", "relation_detail": "長男", "name": SON}
    sheet["person"] = dict(MOTHER)
    sheet["troubles"] = {"categories": ["care", "debt"], "primary": "care"}
    sheet["story"] = "母の物忘れがひどくなり、お金の管理ができなくなっています。"
    return sheet


@pytest.fixture(params=["sqlite", "postgresql"])
async def stack(request: pytest.FixtureRequest) -> AsyncIterator[Stack]:
    if request.param == "sqlite":
        url = request.getfixturevalue("sqlite_url")
    else:
        url = request.getfixturevalue("postgres_database")
        await truncate_all(url)
    async with running_stack(url, STAFF_LINE_GROUP_ID=STAFF_GROUP, OUTBOX_POLL_SECONDS=0.1) as s:
        yield s


@dataclass(frozen=True)
class Handed:
    user: str
    case_id: int
    named: tuple[str, str]  # (agency id, name) the basis will name
    unnamed: tuple[str, str]  # another suggested agency, never named


async def son_agrees(stack: Stack) -> Handed:
    """The son has told the sheet about his mother and taps 「同意して相談をつなぐ」."""
    user = "U" + uuid.uuid4().hex
    await stack.follow(user)
    await stack.settle()
    async with stack.services.session_factory() as db:
        resident = await db.scalar(select(Resident).where(Resident.line_user_id == user))
        assert resident is not None
        ref = "sheet-" + user[-12:]
        await upsert_sheet(db, resident.id, ref, sons_sheet())
        data = replace(CONFIRMED, sheet_ref=ref).to_session()
        await save_state(db, resident.id, {"flow": "handoff", "step": "start", "data": data})
        await db.commit()
    await stack.say(user, "おねがいします")
    await stack.settle()
    # Before he answers, he is told his yes does not share his mother's data yet.
    assert "市の担当者がご本人の同意を確かめてから" in all_text(stack.delivered(user))
    await stack.tap(user, quick_reply_data(stack.delivered(user)[-1], "同意して相談をつなぐ"))
    await stack.settle()
    async with stack.services.session_factory() as db:
        case = await db.scalar(select(Case))
        assert case is not None
        agencies = list(
            await db.scalars(
                select(CaseAgency).where(CaseAgency.case_id == case.id).order_by(CaseAgency.id)
            )
        )
        assert len(agencies) >= 2, "the suggestions name two agencies or more"
        first, second = agencies[0], agencies[1]
        await add_staff(db, "coordinator", PASSWORD, "coordinator", None)
        await add_staff(db, "named", PASSWORD, "agency", first.agency_id)
        await add_staff(db, "unnamed", PASSWORD, "agency", second.agency_id)
        await db.commit()
        return Handed(
            user,
            case.id,
            (first.agency_id, first.agency_name),
            (second.agency_id, second.agency_name),
        )


def console(stack: Stack) -> httpx.AsyncClient:
    return httpx.AsyncClient(base_url=stack.base_url, timeout=30)


async def agency_sees(stack: Stack, login: str, case_id: int) -> bool:
    async with console(stack) as client:
        await sign_in(client, login)
        page = await client.get(f"/console/cases/{case_id}")
        pdf = await client.get(f"/console/cases/{case_id}/sheet.pdf")
        listing = (await client.get("/console/cases")).text
        listed = f'href="/console/cases/{case_id}"' in listing
    assert page.status_code in (200, 403) and pdf.status_code == page.status_code
    assert listed == (page.status_code == 200)
    return page.status_code == 200


async def staff_pdf(stack: Stack, case_id: int, tmp_path: Path) -> str:
    async with console(stack) as client:
        await sign_in(client, "coordinator")
        response = await client.get(f"/console/cases/{case_id}/sheet.pdf")
    assert response.status_code == 200
    return "".join(pdf_text(response.content, tmp_path).split())


async def sons_list(stack: Stack, user: str) -> str:
    """The son opens 「同意・データのこと」 → 「共有の記録」; the list comes as a push."""
    await stack.tap(user, RICH_MENU_DATA)
    await stack.settle()
    before = len(stack.delivered(user))
    await stack.tap(user, quick_reply_data(stack.delivered(user)[-1], "共有の記録"))
    await stack.settle()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        said = all_text(stack.delivered(user)[before:])
        if "これまでに、あなたの相談内容を" in said:
            return said
        await asyncio.sleep(0.05)
    raise AssertionError("the list of what was shared never reached the son")


async def test_a_relatives_yes_reaches_staff_unconfirmed_and_no_agency(
    stack: Stack, tmp_path: Path
) -> None:
    handed = await son_agrees(stack)
    assert "ご本人の同意を担当者が確かめます" in all_text(stack.delivered(handed.user)[-4:])
    async with stack.services.session_factory() as db:
        [consent] = list(await db.scalars(select(Consent)))
        assert (consent.grantor, consent.grantor_name) == ("family", SON)
        assert consent.text_version == NOT_THE_PERSON_VERSION
        assert list(await db.scalars(select(Provision))) == []
    [alert] = await group_messages(stack, 1)
    assert UNCONFIRMED in alert["text"]
    assert SON not in alert["text"] and not any(p in alert["text"] for p in PERSONAL)

    async with console(stack) as client:
        await sign_in(client, "coordinator")
        page = (await client.get(f"/console/cases/{handed.case_id}")).text
        alerts = (await client.get("/console/alerts")).text
    assert f"<strong>{UNCONFIRMED}</strong>" in page
    # The alerts page says it beside the hand-off, as the LINE alert does.
    row = alerts.split(f'href="/console/cases/{handed.case_id}"', 1)[1].split("</tr>", 1)[0]
    assert UNCONFIRMED in row
    assert f'class="grantor grantor-family">家族 {SON}（本人の同意ではありません）' in page
    # his agreement is not the person's: the row says so (a tester read 「同意あり」)
    assert "<td>同意あり（本人以外）</td>" in page
    assert not await agency_sees(stack, "named", handed.case_id)
    assert not await agency_sees(stack, "unnamed", handed.case_id)

    printed = await staff_pdf(stack, handed.case_id, tmp_path)
    assert UNCONFIRMED in printed and "私の相談内容" not in printed
    assert "家族山田一郎・本人の同意ではありません" in printed

    listed = await sons_list(stack, handed.user)
    assert "共有したことはありません" in listed
    assert "ご本人の同意が確かめられるまで、相談機関には共有していません" in listed


@dataclass(frozen=True)
class Basis:
    """A lawful basis as staff record it, and how every view names it."""

    path: str
    form: dict[str, str]
    provision: str  # Provision.basis
    person: str  # where the person's own consent stands, atop the case page
    pdf: str  # above the PDF's 同意 box
    resident: str  # in the son's list

    @property
    def label(self) -> str:
        """The basis as the provision record on the case page names it."""
        return BASIS_LABELS[self.provision]

    @property
    def id(self) -> str:
        return self.form.get("channel") or self.provision


ON_THE_PHONE = Basis(
    "consents/person",
    {"grantor": "self", "channel": "phone", "decided_at": "2026-12-02T10:30"},
    "consent",
    "本人の同意：あり",
    "私の相談内容を必要となる関係機関(者)と情報共有し、併せて同意します。",
    "（ご本人の同意による共有）",
)
BASES = (
    ON_THE_PHONE,
    Basis(
        "consents/person",
        {"grantor": "self", "channel": "in_person", "decided_at": "2026-12-02T14:00"},
        "consent",
        "本人の同意：あり",
        "私の相談内容を必要となる関係機関(者)と情報共有し、併せて同意します。",
        "（ご本人の同意による共有）",
    ),
    Basis(
        "consents/person",
        {
            "grantor": "representative",
            "channel": "in_person",
            "decided_at": "2026-12-02T15:00",
            "grantor_name": "成年後見人 岡山太郎",
            "note": "登記事項証明書で後見人であることを確認",
        },
        "representative",
        "本人の同意：法定代理人が同意",
        "ご本人の法定代理人が、ご本人に代わり、",
        "（法定代理人の同意による共有）",
    ),
    Basis(
        "support-meetings",
        {"reason": "支援会議で、母子の生活の立て直しのため共有を決定"},
        "support_meeting",
        UNCONFIRMED,
        "支援会議（社会福祉法第106条の6）の決定により",
        "（支援会議での共有）",
    ),
    Basis(
        "protections",
        {"reason": "食事がとれず衰弱。本人は判断が難しく同意を得られない"},
        "protection",
        UNCONFIRMED,
        "（個人情報保護法第27条第1項第2号）",
        "（命や体を守るための共有。ご本人の同意はありません）",
    ),
)


@pytest.mark.parametrize("basis", BASES, ids=lambda b: b.id)
async def test_each_lawful_basis_provides_the_agencies_it_names_and_every_view_says_so(
    stack: Stack, basis: Basis, tmp_path: Path
) -> None:
    handed = await son_agrees(stack)
    agency_id, agency_name = handed.named
    async with console(stack) as client:
        token = await sign_in(client, "coordinator")
        form = {**basis.form, "agency_id": agency_id, "csrf_token": token}
        recorded = await client.post(f"/console/cases/{handed.case_id}/{basis.path}", data=form)
        assert recorded.status_code == 303, recorded.text
        page = (await client.get(f"/console/cases/{handed.case_id}")).text

    async with stack.services.session_factory() as db:
        provisions = list(await db.scalars(select(Provision)))
    assert [(p.agency_id, p.basis) for p in provisions] == [(agency_id, basis.provision)]
    assert await agency_sees(stack, "named", handed.case_id)
    assert not await agency_sees(stack, "unnamed", handed.case_id)

    row = re.search(rf'<tr class="basis-{basis.provision}"><td>(.*?)</tr>', page, re.S)
    assert row is not None and agency_name in row.group(1) and basis.label in row.group(1)
    assert f"<strong>{basis.person}</strong>" in page
    printed = await staff_pdf(stack, handed.case_id, tmp_path)
    assert "".join(basis.pdf.split()) in printed
    if basis.provision != "consent":
        assert "私の相談内容" not in printed
    listed = await sons_list(stack, handed.user)
    assert f"・{agency_name}" in listed and basis.resident in listed
    assert handed.unnamed[1] not in listed


async def test_staff_record_who_asked_and_when_and_a_no_shares_nothing(
    stack: Stack, tmp_path: Path
) -> None:
    """The mother said no on the phone: recorded with the date and the staff member's
    name; nothing is shared, and the PDF does not print her agreement."""
    handed = await son_agrees(stack)
    async with console(stack) as client:
        token = await sign_in(client, "coordinator")
        form = {**ON_THE_PHONE.form, "answer": "no", "agency_id": handed.named[0]}
        recorded = await client.post(
            f"/console/cases/{handed.case_id}/consents/person", data={**form, "csrf_token": token}
        )
        assert recorded.status_code == 303, recorded.text
        page = (await client.get(f"/console/cases/{handed.case_id}")).text
    assert "本人の同意：なし（同意しない）" in page
    assert "電話（職員が確認）・記録 coordinator" in page
    # No text was shown: the 文面 column says so in words, not the record's code.
    assert "文面なし：職員が聞き取って記録" in page and "staff-record" not in page
    async with stack.services.session_factory() as db:
        assert list(await db.scalars(select(Provision))) == []
        mothers = await db.scalar(select(Consent).where(Consent.grantor == "self"))
        assert mothers is not None and mothers.status == "rejected"
        assert mothers.recorded_by == "staff:1"
    assert not await agency_sees(stack, "named", handed.case_id)
    printed = await staff_pdf(stack, handed.case_id, tmp_path)
    assert "私の相談内容" not in printed and "2026年12月2日同意しない" in printed


async def test_a_representatives_word_needs_how_it_was_checked_and_no_answer_comes_from_the_future(
    stack: Stack,
) -> None:
    """Staff are told what is missing, in Japanese, and nothing is recorded or shared."""
    handed = await son_agrees(stack)
    unchecked = {
        "grantor": "representative",
        "channel": "phone",
        "decided_at": "2026-12-02T09:00",
        "grantor_name": "成年後見人 岡山太郎",
    }
    tomorrow = {**ON_THE_PHONE.form, "decided_at": "2099-01-01T09:00"}
    async with console(stack) as client:
        token = await sign_in(client, "coordinator")
        answers = [
            await client.post(
                f"/console/cases/{handed.case_id}/consents/person",
                data={**form, "agency_id": handed.named[0], "csrf_token": token},
            )
            for form in (unchecked, tomorrow)
        ]
    assert [a.status_code for a in answers] == [400, 400]
    assert "法定代理人であることをどう確かめたか" in answers[0].text
    assert "同意を確かめた日時が未来になっています" in answers[1].text
    async with stack.services.session_factory() as db:
        assert [c.grantor for c in await db.scalars(select(Consent))] == ["family"]
        assert list(await db.scalars(select(Provision))) == []


async def test_a_relatives_withdrawal_says_the_persons_own_consent_stands(
    stack: Stack,
) -> None:
    """The fourteenth tester's: the mother's consent taken by phone, the son's 「同意を取り
    消す」 told him 「これから先、あなたの相談内容を新しく共有することはありません」 — but
    what he writes still reaches the agency through her consent. He is now told so; her
    consent and its provision stand."""
    handed = await son_agrees(stack)
    agency_id, _name = handed.named
    async with console(stack) as client:
        token = await sign_in(client, "coordinator")
        form = {**ON_THE_PHONE.form, "agency_id": agency_id, "csrf_token": token}
        recorded = await client.post(f"/console/cases/{handed.case_id}/consents/person", data=form)
        assert recorded.status_code == 303, recorded.text
    await stack.caught_up(handed.user)
    before = len(stack.delivered(handed.user)) + 1  # after the question
    await stack.withdraw(handed.user)
    await stack.settle()
    deadline = time.monotonic() + 10
    said = ""
    while time.monotonic() < deadline and "同意を取り消しました" not in said:
        await asyncio.sleep(0.05)
        said = all_text(stack.delivered(handed.user)[before:])
    assert "同意を取り消しました" in said and "ご本人が担当者に伝えた同意は続いています" in said
    assert "新しく共有することはありません" not in said
    assert await agency_sees(stack, "named", handed.case_id)
