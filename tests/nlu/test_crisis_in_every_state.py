"""A crisis message is answered with the hotlines in the same turn, and raises a staff
alert, in every state a conversation can be in — each state reached for real through the
webhook: the menu, every step of the つなぐシート (for oneself and for a relative, typed
and by buttons, and 「前回の続きから」), its summary, the consent, a person from the city
in the chat, 相談窓口を探す, 同意・データのこと, and a 民生委員's visit to its consent.

After the crisis answer the conversation stays where it was: the question is asked again
— except where the question asks for the person's own words (the story, a visit note):
there the words are kept as the answer after the hotlines, and the conversation goes on.
(The unit-level counterpart is `tests/foundation/test_dispatch.py`.)"""

from __future__ import annotations

import asyncio
import json
import time
import uuid
from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from dataclasses import dataclass, field

import pytest
from sqlalchemy import func, select

from bot.staff_chat import hand_back, take_over
from cases.conversations import load_state
from cases.models import Case, StaffAlert
from handlers import catalog
from handlers.intake.steps import RESUME, SUMMARY, TABLE
from handlers.postback import payload
from handlers.registry import registered_flows
from handlers.session import Session
from nlu.classifier_loader import ClassifierLoader
from tests.harness import Stack, running_stack
from tests.intake.conversation import Resident
from tests.visit.conftest import NOTE, issue

CRISIS = "もう死にたい"
# Questions answered in one's own words (`Step.own_words`, the visit note): a crisis told
# there is the answer too.
OWN_WORDS_STEPS = {step.key for step in TABLE if step.own_words} | {"note"}
SECRET_KEY = "crisis-test-signing-key"

State = tuple[str, str | None, bool]  # (flow, step without its round, staff in the chat)


@dataclass(frozen=True)
class Tap:
    label: str


@dataclass(frozen=True)
class Say:
    text: str


Action = Tap | Say
SKIPS = ("答えたくない", "わからない", "特になし", "この質問をとばす", "ない")

# A resident writing about herself: the story typed, named, the 〒 found, a household of
# two, one supporting agency.
FOR_ONESELF: Mapping[str, Sequence[Action]] = {
    "story": [Say("母の介護で仕事を辞めて、家賃が払えなくなりそうです")],
    # 介護 among the troubles read from the story, or else chosen by button
    "troubles_confirm": [Tap("介護|ほかにもある・ちがう")],
    "categories": [Tap("介護"), Tap("これで決定")],
    "primary": [Tap("介護")],
    "consulter": [Tap("自分のこと")],
    "name": [Say("山田 花子")],
    "kana": [Say("やまだ はなこ")],
    "gender": [Tap("女性")],
    "birth": [Say("昭和30年5月3日")],
    "postal": [Say("7000014")],
    "address_rest": [Say("1-2-3")],
    "phone": [Say("090-1234-5678")],
    "household_size": [Tap("2人")],
    "member_relation": [Tap("夫・妻")],
    "supporters": [Tap("ある")],
    "supporter_agency": [Say("地域包括支援センター")],
    "supporter_more": [Tap("ない")],
}

# A daughter writing about her father: by buttons (with 「その他」), the 〒 unknown, the 区
# chosen.
FOR_A_RELATIVE: Mapping[str, Sequence[Action]] = {
    "story": [Tap("ボタンで選ぶ")],
    "categories": [Tap("介護"), Tap("住まい"), Tap("その他"), Tap("これで決定")],
    "primary": [Tap("介護")],
    "other_detail": [Say("近所の人とのことです")],
    "consulter": [Tap("家族・親族のこと")],
    "consulter_detail": [Say("娘です")],
    "name": [Say("山田 一郎")],
    "gender": [Tap("男性")],
    "ward": [Tap("北区")],
    "consulter_phone": [Say("086-234-5678")],
    "household_size": [Tap("ひとり暮らし")],
}

VISIT_NOTES: Mapping[str, Sequence[Action]] = {
    "note": [Say(NOTE)],
    "hints": [Tap("入れる")],
    "troubles_confirm": [Tap("介護|ほかにもある・ちがう")],
    "categories": [Tap("介護"), Tap("これで決定")],
    "primary": [Tap("介護")],
    "name": [Say("佐藤ハナ")],
    "ward": [Tap("北区")],
}


@dataclass
class CrisisProbe:
    """Sends the crisis message once in each state it has not tried yet."""

    stack: Stack
    reached: list[State] = field(default_factory=list)

    async def where(self, person: Resident) -> State:
        async with self.stack.services.session_factory() as db:
            session = Session.from_json(await load_state(db, await person.resident_id()))
        step = session.step.split(":")[0] if session.step else None
        return session.flow, step, session.staff_active

    async def crisis_alerts(self) -> int:
        async with self.stack.services.session_factory() as db:
            query = select(func.count()).where(StaffAlert.kind == "crisis")
            return int(await db.scalar(query) or 0)

    async def check(self, person: Resident, own_words: str = "") -> None:
        before = await self.where(person)
        if before in self.reached:
            return
        alerts = await self.crisis_alerts()
        asked_before = person.last[-1]
        kept = before[1] in OWN_WORDS_STEPS and not before[2]
        await person.say(f"{own_words}{CRISIS}" if kept else CRISIS)
        first = person.last[0]
        assert first["type"] == "flex" and "tel:" in json.dumps(first), before
        # A registered 民生委員 tells of the people they visit: the lead says so.
        visits = before[0].startswith("visit")
        lead = catalog.CRISIS_LEAD_FOR_ANOTHER if visits else catalog.CRISIS_LEAD["suicide"]
        assert person.asked("いのちの電話") and person.asked(lead), before
        assert await self.crisis_alerts() == alerts + 1, before
        self.reached.append(before)
        if kept:
            # their words are the answer: the conversation goes on to the next question
            assert await self.where(person) != before, f"{before}: the words were not kept"
            return
        assert await self.where(person) == before, "the crisis moved the conversation"
        if before[0] != "idle" and not before[2]:
            # after the hotlines, the open question is asked again as it was
            assert person.last[-1] == asked_before, before

    async def walk(
        self,
        person: Resident,
        answers: Mapping[str, Sequence[Action]],
        until: Callable[[State], bool],
        turns: int = 60,
    ) -> None:
        """Answer question after question (a crisis first in each new state) until
        `until` holds; a step without an answer is skipped by its skip button."""
        for _ in range(turns):
            state = await self.where(person)
            if until(state):
                return
            actions = answers.get(state[1] or "") or [skip_of(person, state)]
            typed = "".join(a.text for a in actions if isinstance(a, Say))
            await self.check(person, own_words=f"{typed}。" if typed else "")
            if await self.where(person) != state:
                continue  # the crisis message answered the question (own words)
            for action in actions:
                if isinstance(action, Tap):
                    await tap(person, action.label)
                else:
                    await person.say(action.text)
        raise AssertionError(f"still not there after {turns} turns: {await self.where(person)}")


def skip_of(person: Resident, state: State) -> Action:
    label = next((label for label in SKIPS if label in person.buttons()), None)
    assert label is not None, f"no answer for {state}: {person.said()[-300:]}"
    return Tap(label)


async def tap(person: Resident, label: str) -> None:
    """Tap a quick reply or card button, or a button of a template message; of
    「A|B」, the first that is there."""
    if "|" in label:
        shown = person.buttons()
        label = next((one for one in label.split("|") if one in shown), label.split("|")[-1])
    for message in reversed(person.last):
        for button in (message.get("template") or {}).get("actions") or []:
            if button.get("label") == label:
                await postback(person, button["data"])
                return
    await person.tap(label)


async def postback(person: Resident, data: str) -> None:
    """A postback that is not on the last message (the rich menu, a typed command)."""
    await person.send(person.stack.events.postback(person.user, data))


async def pushed(person: Resident, text: str, timeout: float = 10.0) -> None:
    """Wait for a push from the outbox (staff joined or left) so it is not read as part
    of the next turn's answer."""
    deadline = time.monotonic() + timeout
    while not any(
        text in json.dumps(m, ensure_ascii=False)
        for m in person.stack.delivered(person.user)[person.seen :]
    ):
        assert time.monotonic() < deadline, f"never pushed: {text}"
        await asyncio.sleep(0.05)
    person.seen = len(person.stack.delivered(person.user))


def in_flow(name: str) -> Callable[[State], bool]:
    return lambda state: state[0] == name


@pytest.fixture(params=["fallback", pytest.param("rasa", marks=pytest.mark.rasa)])
async def stack(
    request: pytest.FixtureRequest, postgres_url: str, redis_url: str
) -> AsyncIterator[Stack]:
    """The bot with the fallback classifier alone, and with the real Rasa server."""
    nlu_url = request.getfixturevalue("running_rasa").url if request.param == "rasa" else None
    # The classifier loaded before the first message: a crisis does not wait for it (the
    # rules answer alone meanwhile), and this walk expects the troubles read from a story.
    loaded = ClassifierLoader()
    await loaded.classifier()
    async with running_stack(
        postgres_url,
        redis_url,
        classifier=loaded,
        NLU_URL=nlu_url,
        NLU_TIMEOUT_SECONDS=10.0,
        TSUNAGU_SECRET_KEY=SECRET_KEY,
        TSUNAGU_USER_RATE_LIMIT=1000,
    ) as running:
        yield running


async def test_a_crisis_gets_the_hotlines_in_the_same_turn_in_every_state(stack: Stack) -> None:
    probe = CrisisProbe(stack)
    resident = Resident(stack, "U" + uuid.uuid4().hex)
    await resident.follow()

    # The menu, then the whole sheet for oneself, its summary and the consent.
    await probe.check(resident)
    await postback(resident, payload("menu", v="consult"))
    await probe.walk(resident, FOR_ONESELF, until=lambda state: state[1] == SUMMARY)
    story = FOR_ONESELF["story"][0]
    assert isinstance(story, Say) and resident.asked(f"{story.text}。{CRISIS}"), "story kept"
    await probe.check(resident)
    # 「変更」 of one household member asks first which answer to change.
    await resident.tap("いっしょに住む方（2人目）を変更")
    fix_one = {"member_fix": [Tap("年齢")]}
    await probe.walk(resident, fix_one, until=lambda state: state[1] == SUMMARY)
    await resident.tap("この内容で送る")
    await probe.check(resident)  # the consent question
    assert await probe.where(resident) == ("handoff", "consent", False)
    await resident.tap("同意して相談をつなぐ")

    # A person from the city takes over the chat: the bot keeps quiet but for a crisis.
    async with stack.services.session_factory() as db:
        case_id = await db.scalar(select(Case.id).where(Case.origin == "handoff"))
        assert case_id is not None and await take_over(db, case_id, "staff:1")
        await db.commit()
    await pushed(resident, catalog.STAFF_JOINED)
    await probe.check(resident)
    async with stack.services.session_factory() as db:
        assert await hand_back(db, case_id, "staff:1")
        await db.commit()
    await pushed(resident, catalog.STAFF_LEFT)

    # 相談窓口を探す: the field, then the area.
    await postback(resident, payload("menu", v="search"))
    await probe.walk(resident, {"field": [Tap("介護")]}, until=lambda s: s[1] == "area")
    await probe.check(resident)

    # 同意・データのこと: the choice, then the confirmation of the deletion.
    await postback(resident, payload("menu", v="data"))
    await probe.check(resident)
    await resident.tap("データの削除")
    await probe.check(resident)
    await resident.tap("やめる")

    # A sheet for a relative, paused and taken up again (「前回の続きから」). The first
    # case is open: a new consultation is started on purpose.
    await postback(resident, payload("menu", v="new"))
    await probe.walk(resident, FOR_A_RELATIVE, until=lambda state: state[1] == "name")
    await resident.say("中断")
    await postback(resident, payload("menu", v="consult"))
    assert await probe.where(resident) == ("intake", RESUME, False)
    await probe.check(resident)
    await resident.tap("前回の続きから")
    await probe.walk(resident, FOR_A_RELATIVE, until=lambda state: state[1] == SUMMARY)

    # A 民生委員's visit: the note, the hints read from it, the sheet, the consent.
    helper = Resident(stack, "U" + uuid.uuid4().hex)
    _, code = await issue(stack)
    await helper.follow()
    await helper.say(f"民生委員登録 {code}")
    assert helper.asked("民生委員として登録しました")
    await postback(helper, "a=visit&v=start")
    visit_answers = {**VISIT_NOTES, SUMMARY: [Tap("この内容で送る")]}
    await probe.walk(helper, visit_answers, until=in_flow("visit_handoff"))
    await probe.check(helper)

    reached = {(flow, step) for flow, step, _ in probe.reached}
    flows = {flow for flow, _ in reached}
    assert flows == {"idle", "visit", *registered_flows()}
    assert any(staff for _, _, staff in probe.reached)
    intake_steps = {step for flow, step in reached if flow == "intake"}
    assert intake_steps == {step.key for step in TABLE} | {SUMMARY, RESUME}
    print(f"\ncrisis answered with hotlines in {len(probe.reached)} states")
    expected_state = "ok" if stack.settings.NLU_URL else "degraded"
    assert (await stack.http.get("/health")).json()["nlu"] == expected_state
