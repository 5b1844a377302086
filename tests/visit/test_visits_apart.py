"""One 民生委員's LINE chat carries the visits of many residents. Each visit's case shows
that visit's messages only; a crisis during one visit opens or joins that visit's case,
never another resident's; and once the 民生委員 is no longer registered, their own
「同意を取り消す」 and 「データの削除」 still cannot touch what the residents they visited
consented to."""

from __future__ import annotations

from sqlalchemy import select

from cases.models import Consent, IntakeSheet, MinseiInvite, Provision, TranscriptEntry
from tests.harness import Stack, quick_reply_data
from tests.visit.conftest import (
    NOTE,
    RESIDENT_NAME,
    answer_until_consent,
    registered,
    resident_id,
    revoke,
    signed_in_staff,
    start_visit,
    visit_cases,
)

TARO = "U" + "8" * 32
SECOND_NAME = "鈴木一郎"
SECOND_NOTE = f"南区の70歳の男性、{SECOND_NAME}さん。息子と二人暮らしで、生活が苦しいそうです。"
FIRST_NOTE_WORDS = "督促の手紙"  # of the first visit's note (not of the bot's example)
CRISIS_NOTE = f"南区の70歳の男性、{SECOND_NAME}さん。もう死にたいと何度も言っている。"


async def first_visit_sent(stack: Stack) -> None:
    """A registered 民生委員 hands over the visit of 佐藤ハナ with a spoken yes."""
    await registered(stack, TARO)
    await start_visit(stack, TARO)
    await stack.tap(TARO, "a=visitconsent&v=verbal")
    await stack.replies(TARO)
    await stack.settle()


async def second_visit_begun(stack: Stack, note: str) -> None:
    await stack.tap(TARO, "a=visit&v=start")
    await stack.replies(TARO)
    await stack.say(TARO, note)
    await stack.settle()
    await stack.replies(TARO, 1)


async def conversations_on_the_cases(stack: Stack, *case_ids: int) -> list[tuple[str, str]]:
    """Each case's page and its live transcript, as a coordinator sees them."""
    shown = []
    async with signed_in_staff(stack, "coordinator") as staff:
        for case_id in case_ids:
            page = await staff.get(f"/console/cases/{case_id}")
            transcript = await staff.get(f"/console/cases/{case_id}/transcript")
            assert page.status_code == 200 and transcript.status_code == 200
            shown.append((page.text, transcript.text))
    return shown


async def test_a_visits_case_shows_that_visit_and_no_other_residents(stack: Stack) -> None:
    await first_visit_sent(stack)
    await second_visit_begun(stack, SECOND_NOTE)

    [(first, sheet)] = await visit_cases(stack, TARO)
    assert sheet is not None and first.visit_ref == sheet.ref
    [(page, transcript)] = await conversations_on_the_cases(stack, first.id)
    assert FIRST_NOTE_WORDS in transcript, "the visit's own note is not on its case"
    for shown in (page, transcript):
        assert SECOND_NAME not in shown and "息子と二人暮らし" not in shown
    # Every message of the chat is filed: the second visit's under its own draft.
    async with stack.services.session_factory() as db:
        filed = list(
            await db.scalars(
                select(TranscriptEntry.visit_ref).where(
                    TranscriptEntry.resident_id == await resident_id(stack, TARO),
                    TranscriptEntry.text.is_not(None),
                )
            )
        )
    assert first.visit_ref in filed and len({ref for ref in filed if ref}) == 2


async def test_a_crisis_in_a_new_visit_opens_that_residents_own_case(stack: Stack) -> None:
    await first_visit_sent(stack)
    await stack.tap(TARO, "a=visit&v=start")
    await stack.replies(TARO)
    await stack.say(TARO, CRISIS_NOTE)
    await stack.settle()
    crisis_answer = await stack.replies(TARO, 1)
    assert any("tel:" in str(message) for message in crisis_answer), "no hotlines"

    [(first, _), (second, second_sheet)] = await visit_cases(stack, TARO)
    assert first.urgency != "crisis" and not first.crisis_flags, "the crisis hit 佐藤ハナ's case"
    assert second.urgency == "crisis" and "suicide" in second.crisis_flags
    assert second.visit_ref is not None and second.visit_ref != first.visit_ref
    assert second_sheet is None  # no sheet is shown before the resident consents
    (_, of_second), (_, of_first) = await conversations_on_the_cases(stack, second.id, first.id)
    assert "もう死にたい" in of_second and FIRST_NOTE_WORDS not in of_second
    assert "もう死にたい" not in of_first


async def test_a_crisis_visit_handed_over_later_stays_one_case(stack: Stack) -> None:
    """The visit that began with a crisis, once its sheet is sent with consent, is the
    same case: staff see the crisis and the sheet together."""
    await registered(stack, TARO)
    await stack.tap(TARO, "a=visit&v=start")
    await stack.replies(TARO)
    await stack.say(TARO, NOTE + "「もう死にたい」と言っていました。")
    await stack.settle()
    messages = await stack.replies(TARO, 1)
    hints = next(m for m in messages if m.get("type") == "template")
    await stack.tap(TARO, hints["template"]["actions"][0]["data"])
    await stack.settle()
    await answer_until_consent(stack, TARO, (await stack.replies(TARO, 1))[-1])
    await stack.tap(TARO, "a=visitconsent&v=verbal")
    await stack.replies(TARO)
    await stack.settle()
    [(case, sheet)] = await visit_cases(stack, TARO)
    assert case.urgency == "crisis" and case.origin == "visit"
    assert sheet is not None and sheet.ref == case.visit_ref


async def test_a_revoked_helpers_withdrawal_and_erasure_leave_the_visits_alone(
    stack: Stack,
) -> None:
    await first_visit_sent(stack)
    async with stack.services.session_factory() as db:
        invite_id = await db.scalar(select(MinseiInvite.id))
    assert invite_id is not None and await revoke(stack, invite_id)

    await stack.caught_up(TARO)
    await stack.withdraw(TARO)
    await stack.settle()
    answer = " ".join(str(m.get("text", "")) for m in await stack.replies(TARO, 2))
    assert "いま有効な同意はありませんでした" in answer
    assert "共有したことはありません" in answer, "the visit's sharing was listed as theirs"
    async with stack.services.session_factory() as db:
        statuses = list(await db.scalars(select(Consent.status)))
    assert statuses == ["active"], "the resident's consent was withdrawn by the ex-helper"

    await stack.tap(TARO, "a=menu&v=data")
    await stack.settle()
    menu = (await stack.replies(TARO, 1))[-1]
    await stack.tap(TARO, quick_reply_data(menu, "データの削除"))
    await stack.settle()
    confirm = (await stack.replies(TARO, 1))[-1]
    await stack.tap(TARO, quick_reply_data(confirm, "削除する"))
    await stack.settle()
    await stack.replies(TARO, 1)

    [(case, sheet)] = await visit_cases(stack, TARO)
    assert case.status != "closed" and case.purged_at is None
    assert sheet is not None and sheet.data["person"]["name"] == RESIDENT_NAME
    [(_, transcript)] = await conversations_on_the_cases(stack, case.id)
    assert FIRST_NOTE_WORDS in transcript
    async with stack.services.session_factory() as db:
        assert list(await db.scalars(select(Consent.status))) == ["active"]
        assert await db.scalar(select(Provision.id)) is not None
        kept_sheets = list(await db.scalars(select(IntakeSheet.ref)))
    assert kept_sheets == [case.visit_ref]
