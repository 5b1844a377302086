"""Rasa stopped in the middle of a conversation through the real webhook: the bot keeps
answering with the fallback classifier and `/health` says degraded; Rasa started again:
the same running bot goes back to Rasa by itself. The transcript records which engine
read each message."""

from __future__ import annotations

import asyncio
import time
import uuid

import pytest
from sqlalchemy import select

from cases.models import TranscriptEntry
from nlu.server import RasaServer
from tests.harness import Stack, running_stack
from tests.intake.conversation import Resident

pytestmark = pytest.mark.rasa

CARE_STORY = "母の介護で仕事を辞めて、家賃が払えなくなりそうです"
DEBT_STORY = "借金の返済で生活費が足りません"
HOUSING_STORY = "アパートを追い出されそうで、住むところがなくなります"
SWITCH_BACK_SECONDS = 30.0


async def health(stack: Stack) -> tuple[str, str]:
    body = (await stack.http.get("/health")).json()
    return body["status"], body["nlu"]


async def engines_so_far(resident: Resident) -> list[tuple[str, str]]:
    """(typed text, engine that read it) for every text the resident sent, in order."""
    resident_id = await resident.resident_id()
    async with resident.stack.services.session_factory() as db:
        rows = await db.scalars(
            select(TranscriptEntry)
            .where(
                TranscriptEntry.resident_id == resident_id,
                TranscriptEntry.direction == "in",
                TranscriptEntry.kind == "text",
            )
            .order_by(TranscriptEntry.id)
        )
        return [(row.text, row.content["nlu"]["engine"]) for row in rows]


async def tell_a_story(resident: Resident, story: str, trouble: str) -> None:
    await resident.say("やり直す")
    await resident.tap("やり直す")  # yes, the answers so far may go
    assert resident.asked("どんなことでお困りですか")
    await resident.say(story)
    assert resident.asked("でお困りなんですね") and resident.asked(trouble)


async def test_rasa_stopped_mid_conversation_then_back_without_restarting_the_bot(
    running_rasa: RasaServer, postgres_url: str, redis_url: str
) -> None:
    # A generous parse timeout: only the stopped server may send the bot to the fallback,
    # not a slow answer on a busy CI machine.
    async with running_stack(
        postgres_url, redis_url, NLU_URL=running_rasa.url, NLU_TIMEOUT_SECONDS=10.0
    ) as stack:
        resident = Resident(stack, "U" + uuid.uuid4().hex)
        await resident.follow()
        assert await health(stack) == ("ok", "ok")
        await resident.say("こんにちは")
        assert resident.asked("こんにちは。")
        await resident.tap("相談する")
        await resident.say(CARE_STORY)
        assert resident.asked("介護") and resident.asked("でお困りなんですね")

        await asyncio.to_thread(running_rasa.stop)
        started = time.monotonic()
        await tell_a_story(resident, DEBT_STORY, "支出・借金・滞納")
        print(f"\ntwo turns answered without Rasa in {time.monotonic() - started:.2f} s")
        assert await health(stack) == ("degraded", "degraded")

        await asyncio.to_thread(running_rasa.start)
        deadline = time.monotonic() + SWITCH_BACK_SECONDS
        while await health(stack) != ("ok", "ok"):
            assert time.monotonic() < deadline, "the bot did not go back to Rasa"
            await asyncio.sleep(0.5)
        await tell_a_story(resident, HOUSING_STORY, "住まい")

        assert await engines_so_far(resident) == [
            ("こんにちは", "rasa"),
            (CARE_STORY, "rasa"),
            ("やり直す", "fallback"),
            (DEBT_STORY, "fallback"),
            ("やり直す", "rasa"),
            (HOUSING_STORY, "rasa"),
        ]
