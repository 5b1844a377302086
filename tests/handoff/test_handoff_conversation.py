"""Consent and hand-off through the LINE webhook, against the LINE emulator."""

from __future__ import annotations

import time
import uuid
from collections.abc import AsyncIterator

import pytest
from sqlalchemy import func, select

from cases.models import Case, Consent, OutboxMessage, Provision
from tests.handoff.conversation import (
    PERSONAL,
    STAFF_GROUP,
    all_text,
    at_end_of_sheet,
    group_messages,
    wait_for_text,
)
from tests.harness import Stack, quick_reply_data, running_stack


@pytest.fixture
async def stack(sqlite_url: str) -> AsyncIterator[Stack]:
    async with running_stack(
        sqlite_url, STAFF_LINE_GROUP_ID=STAFF_GROUP, OUTBOX_POLL_SECONDS=0.1
    ) as running:
        yield running


async def ask_consent(stack: Stack, user: str) -> None:
    await at_end_of_sheet(stack, user)
    await stack.say(user, "おねがいします")
    await stack.settle()


async def test_consent_hands_off_and_staff_group_gets_an_alert_without_personal_data(
    stack: Stack,
) -> None:
    user = "U" + uuid.uuid4().hex
    await ask_consent(stack, user)
    shown = all_text(stack.delivered(user))
    assert "同意して相談をつなぐ" in shown and "同意しない" in shown
    assert "共有するもの" in shown and "共有する先" in shown and "目的" in shown
    started = time.monotonic()
    await stack.tap(user, quick_reply_data(stack.delivered(user)[-1], "同意して相談をつなぐ"))
    await stack.settle()
    assert "相談をつなぎました" in all_text(stack.delivered(user)[-4:])

    [alert] = await group_messages(stack, 1)
    assert time.monotonic() - started < 5
    text = alert["text"]
    assert "ケース" in text and "北区" in text and "/console/cases/" in text
    assert not any(piece in text for piece in PERSONAL)
    async with stack.services.session_factory() as db:
        case = await db.scalar(select(Case))
        assert case is not None and case.is_complex
        provisions = list(await db.scalars(select(Provision)))
        assert provisions and all(p.basis == "consent" for p in provisions)


async def test_declining_gives_contacts_and_shares_nothing(stack: Stack) -> None:
    user = "U" + uuid.uuid4().hex
    await ask_consent(stack, user)
    before = len(stack.delivered(user))
    await stack.tap(user, quick_reply_data(stack.delivered(user)[-1], "同意しない"))
    await stack.settle()
    answer = stack.delivered(user)[before:]
    assert "どこにも共有しません" in all_text(answer)
    assert any(m["type"] == "flex" for m in answer)  # the agencies' contacts
    async with stack.services.session_factory() as db:
        assert await db.scalar(select(func.count()).select_from(Case)) == 0
        assert await db.scalar(select(func.count()).select_from(Provision)) == 0
        assert await db.scalar(select(func.count()).select_from(OutboxMessage)) == 0
        [consent] = list(await db.scalars(select(Consent)))
        assert consent.status == "rejected"
    assert stack.delivered(STAFF_GROUP) == []


async def test_withdrawal_tells_staff_and_lists_what_was_shared(stack: Stack) -> None:
    user = "U" + uuid.uuid4().hex
    await ask_consent(stack, user)
    await stack.tap(user, quick_reply_data(stack.delivered(user)[-1], "同意して相談をつなぐ"))
    await stack.settle()
    await group_messages(stack, 1)

    await stack.caught_up(user)
    before = len(stack.delivered(user)) + 1  # after the question
    await stack.withdraw(user)
    await stack.settle()
    withdrawn = await group_messages(stack, 2)
    assert "同意の取り消し" in withdrawn[1]["text"]
    assert not any(piece in withdrawn[1]["text"] for piece in PERSONAL)
    after = await wait_for_text(stack, user, before, "同意を取り消しました")
    assert "受け付けました" in after[0]["text"]  # the turn's own reply comes first
    assert "同意を取り消しました" in all_text(after[1:])
    async with stack.services.session_factory() as db:
        consent = await db.scalar(select(Consent))
        assert consent is not None and consent.status == "inactive"
        names = [p.agency_name for p in await db.scalars(select(Provision))]
    assert all(name in all_text(after) for name in names)
