"""What a 民生委員 keeps and can touch after a visit: the sheet leaves their conversation
once sent, their 「同意を取り消す」 and 「データの削除」 cannot undo the residents' own
decisions (staff withdraw one visit's consent on the resident's word), and the
retention policy empties a visit's signature and consent pages."""

from __future__ import annotations

import json
from datetime import timedelta

import httpx
from sqlalchemy import select, update

from cases.conversations import load_state
from cases.models import Case, Consent, MinseiInvite, VisitConsentToken, utcnow
from cases.retention import RetentionPolicy, purge_expired
from handlers.visit import wording as say
from tests.console.conftest import form_token
from tests.harness import Stack
from tests.visit.conftest import (
    RESIDENT_NAME,
    STAFF_GROUP,
    registered,
    resident_id,
    revoke,
    signed_in_staff,
    staff_group_messages,
    start_visit,
    text_of,
    visit_at_consent_page,
    visit_cases,
)

TARO = "U" + "7" * 32
SIGNATURE = (
    "data:image/png;base64,"
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg=="
)


async def consents(stack: Stack) -> list[Consent]:
    async with stack.services.session_factory() as db:
        return list(await db.scalars(select(Consent).order_by(Consent.id)))


async def test_a_sent_visit_leaves_the_helpers_conversation(stack: Stack) -> None:
    await registered(stack, TARO)
    await start_visit(stack, TARO)
    await stack.tap(TARO, "a=visitconsent&v=verbal")
    await stack.replies(TARO)
    await stack.settle()

    async with stack.services.session_factory() as db:
        state = await load_state(db, await resident_id(stack, TARO))
    kept = json.dumps(state, ensure_ascii=False)
    assert RESIDENT_NAME not in kept and "家賃" not in kept
    await stack.tap(TARO, "a=visit&v=switch")
    (answer,) = await stack.replies(TARO)
    assert answer["text"] == say.NOTHING_OPEN


async def test_a_residents_withdrawal_goes_through_staff_one_visit_at_a_time(
    stack: Stack,
) -> None:
    await registered(stack, TARO)
    for _ in range(2):
        await start_visit(stack, TARO)
        await stack.tap(TARO, "a=visitconsent&v=verbal")
        await stack.replies(TARO)

    await stack.say(TARO, "同意を取り消す")
    (said,) = await stack.replies(TARO)
    assert "市の担当者にお伝えください" in said["text"]
    for button in ("a=menu&v=data", "a=data&v=erase", "a=data&v=erase_confirmed"):
        await stack.tap(TARO, button)
        (said,) = await stack.replies(TARO)
        assert said["text"] == say.RESIDENTS_DATA, button
    await stack.settle()
    (first, _), (second, _) = await visit_cases(stack, TARO)
    assert [c.status for c in await consents(stack)] == ["active", "active"]
    assert (first.status, second.status) == ("new", "new")

    async with signed_in_staff(stack, "coordinator") as staff:
        page = await staff.get(f"/console/cases/{first.id}")
        done = await staff.post(
            f"/console/cases/{first.id}/consents/withdraw",
            data={"csrf_token": form_token(page.text)},
        )
        assert done.status_code == 303
        assert "同意取り消し" in (await staff.get(f"/console/cases/{first.id}")).text
    by_case = {c.case_id: c for c in await consents(stack)}
    assert (by_case[first.id].status, by_case[first.id].withdrawn_via) == ("inactive", "staff")
    assert by_case[second.id].status == "active", "the other visit's consent stands"
    # The staff group hears of it (two hand-offs, then the withdrawal), with no name.
    await stack.settle()
    told = await staff_group_messages(stack, 3)
    last = text_of(stack.delivered(STAFF_GROUP)[-1])
    assert first.number in last and "取り消" in last
    assert RESIDENT_NAME not in told


async def test_retention_empties_a_closed_visit_and_old_consent_pages(stack: Stack) -> None:
    url = await visit_at_consent_page(stack, TARO)
    async with httpx.AsyncClient() as phone:
        await phone.post(url, data={"choice": "agree", "signature": SIGNATURE})
    ((case, _),) = await visit_cases(stack, TARO)

    long_ago = utcnow() - timedelta(days=400)
    policy = RetentionPolicy(closed_case_days=365, draft_days=90)
    async with stack.services.session_factory() as db:
        await db.execute(
            update(Case).where(Case.id == case.id).values(status="closed", closed_at=long_ago)
        )
        await db.execute(update(VisitConsentToken).values(expires_at=long_ago))
        removed = await purge_expired(db, policy)
        await db.commit()
    assert removed["visit_consent_tokens"] == 1 and removed["cases_purged"] == 1

    (consent,) = await consents(stack)
    assert (consent.status, consent.method) == ("active", "signature"), "the decision stays"
    assert (consent.signature, consent.subject, consent.witness_ref) == (None, None, None)
    async with stack.services.session_factory() as db:
        assert list(await db.scalars(select(VisitConsentToken))) == []


async def test_a_consent_page_no_longer_opens_once_its_helper_is_revoked(stack: Stack) -> None:
    url = await visit_at_consent_page(stack, TARO)
    async with httpx.AsyncClient() as phone:
        assert (await phone.get(url)).status_code == 200
        async with stack.services.session_factory() as db:
            invite_id = await db.scalar(select(MinseiInvite.id))
        assert invite_id is not None and await revoke(stack, invite_id)
        shown = await phone.get(url)
        assert shown.status_code == 404 and RESIDENT_NAME not in shown.text
        assert (await phone.post(url, data={"choice": "agree"})).status_code == 404
    assert [c.status for c in await consents(stack)] == []
