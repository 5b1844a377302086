"""A registered 民生委員 writes at the main menu about a resident they visited before
(「先日の佐藤さん、また…」). The words are not a new sheet of their own: the bot asks
whose they are, and the words go to that visit's case — unread, staff alerted without
personal data, shown on that case and on no other — or become a new visit's note, or
the 民生委員's own consultation."""

from __future__ import annotations

from sqlalchemy import select

from cases.models import Case, IntakeSheet, TranscriptEntry
from tests.harness import Stack, quick_reply_data, quick_reply_labels
from tests.visit.conftest import (
    registered,
    resident_id,
    signed_in_staff,
    staff_group_messages,
    start_visit,
    text_of,
    visit_cases,
)

TARO = "U" + "7" * 32
FOLLOW_UP = "先日訪問した佐藤さん、今朝また電気を止められたと言って困っていました。"
SECOND = "それと、家賃の督促の電話が毎日かかってくるそうです。"


async def visit_handed_over(stack: Stack) -> Case:
    await registered(stack, TARO)
    await start_visit(stack, TARO)
    await stack.tap(TARO, "a=visitconsent&v=verbal")
    await stack.replies(TARO)
    await stack.settle()
    [(case, _)] = await visit_cases(stack, TARO)
    await staff_group_messages(stack, 1)  # the hand-off's own alert
    return case


async def test_words_about_a_visited_resident_go_to_that_visits_case(stack: Stack) -> None:
    case = await visit_handed_over(stack)
    await stack.say(TARO, FOLLOW_UP)
    await stack.settle()
    asked = await stack.replies(TARO)
    shown = text_of(asked)
    assert "どなたのこと" in shown and f"の訪問 {case.number}" in shown
    assert "自分のこと" in shown and "新しい訪問として" in shown
    assert "お困りごと" not in shown, "a sheet of the 民生委員's own was started"
    await stack.say(TARO, SECOND)  # a second bubble before choosing: kept with the first
    await stack.settle()
    asked = await stack.replies(TARO)
    [visit] = [label for label in quick_reply_labels(asked[-1]) if case.number in label]
    await stack.tap(TARO, quick_reply_data(asked[-1], visit))
    await stack.settle()
    told = text_of(await stack.replies(TARO))
    assert f"受付番号 {case.number} の方の記録に加えて" in told

    async with stack.services.session_factory() as db:
        kept = await db.get(Case, case.id)
        assert kept is not None and kept.unread_followups == 1
        sheets = list(await db.scalars(select(IntakeSheet.ref)))
        filed = list(
            await db.scalars(
                select(TranscriptEntry.text).where(
                    TranscriptEntry.resident_id == await resident_id(stack, TARO),
                    TranscriptEntry.visit_ref == case.visit_ref,
                    TranscriptEntry.direction == "in",
                )
            )
        )
    assert len(sheets) == 1, "no new sheet: the words went to the visit"
    assert FOLLOW_UP in filed and SECOND in filed

    alerts = await staff_group_messages(stack, 2)
    assert alerts.count(f"ケース{case.number}") == 2
    for personal in ("佐藤", "電気", "督促", "民生 太郎"):
        assert personal not in alerts, personal
    async with signed_in_staff(stack, "coordinator") as staff:
        transcript = (await staff.get(f"/console/cases/{case.id}/transcript")).text
    assert "電気を止められた" in transcript and "督促の電話" in transcript
    assert "どなたのこと" not in transcript, "the question lists other visits: not on a case"


async def test_words_about_someone_can_be_the_helpers_own_consultation(stack: Stack) -> None:
    case = await visit_handed_over(stack)
    await stack.say(TARO, "最近、自分も眠れなくて仕事が手につきません。")
    await stack.settle()
    asked = await stack.replies(TARO)
    await stack.tap(TARO, quick_reply_data(asked[-1], "自分のこと"))
    await stack.settle()
    assert "ご相談として受け取りました" in text_of(await stack.replies(TARO))
    async with stack.services.session_factory() as db:
        kept = await db.get(Case, case.id)
    assert kept is not None and kept.unread_followups == 0, "added to a visited resident's case"


async def test_words_about_someone_new_become_a_new_visits_note(stack: Stack) -> None:
    await visit_handed_over(stack)
    note = "南区の70歳の男性、鈴木さん。息子と二人暮らしで、生活が苦しいそうです。"
    await stack.say(TARO, note)
    await stack.settle()
    asked = await stack.replies(TARO)
    await stack.tap(TARO, quick_reply_data(asked[-1], "新しい訪問として"))
    await stack.settle()
    hints = text_of(await stack.replies(TARO))
    assert "メモから" in hints and "年齢：70歳" in hints and "南区" in hints
    async with stack.services.session_factory() as db:
        rows = await db.execute(select(TranscriptEntry.text, TranscriptEntry.visit_ref))
        refs = {ref for text, ref in rows if text == note}
        sheet = await db.scalar(select(IntakeSheet).order_by(IntakeSheet.id.desc()).limit(1))
    assert sheet is not None and refs == {sheet.ref}, "the note is filed under its new visit"


async def test_words_of_crisis_about_a_visited_resident_alert_that_residents_case(
    stack: Stack,
) -> None:
    """The thirteenth tester's finding: a 民生委員's 「…『もう生きていたくない』と泣いて
    いました」 at the menu got the hotlines, but its alert went to a new case with no sheet.
    After the hotlines the bot asks whose the words are; chosen, the words and the alert go
    to that resident's case, which becomes a crisis."""
    from cases.models import StaffAlert

    case = await visit_handed_over(stack)
    words = "訪問した方の件、今日電話したら『もう生きていたくない』と泣いていました"
    await stack.say(TARO, words)
    await stack.settle()
    asked = await stack.replies(TARO, 2)
    shown = text_of(asked)
    assert "いのちの電話" in shown or "よりそいホットライン" in shown, "no hotlines"
    assert "どなたのこと" in shown
    [visit] = [label for label in quick_reply_labels(asked[-1]) if case.number in label]
    await stack.tap(TARO, quick_reply_data(asked[-1], visit))
    await stack.settle()
    await stack.replies(TARO)
    async with stack.services.session_factory() as db:
        kept = await db.get(Case, case.id)
        alerts = list(await db.scalars(select(StaffAlert).where(StaffAlert.kind == "crisis")))
        rows = await db.execute(select(TranscriptEntry.text, TranscriptEntry.visit_ref))
        refs = {ref for text, ref in rows if text == words}
        others = list(await db.scalars(select(Case).where(Case.id != case.id)))
    assert kept is not None and kept.urgency == "crisis" and "suicide" in kept.crisis_flags
    assert alerts and all(alert.case_id == case.id for alert in alerts)
    assert refs == {case.visit_ref}
    # The case opened for the alert is left empty: closed, saying where it went (the
    # thirteenth tester saw it wait in the console).
    assert [other.status for other in others if other.origin == "crisis"] == ["closed"]


async def test_a_first_bubble_naming_whom_with_no_trouble_yet_is_kept_for_the_visit(
    stack: Stack,
) -> None:
    """The fourteenth tester's: 「先日訪問した木村トメさんのことです。」 alone got 「読み取れ
    ませんでした」 with the residents' menu, and never reached the visit's case when the
    next bubble told the trouble. It is kept, whose it is asked, and filed with the next."""
    case = await visit_handed_over(stack)
    first = "先日訪問した木村トメさんのことです。"
    await stack.say(TARO, first)
    await stack.settle()
    shown = text_of(await stack.replies(TARO))
    assert "読み取れません" not in shown and "どなたのこと" in shown
    await stack.say(TARO, SECOND)
    await stack.settle()
    asked = await stack.replies(TARO)
    [visit] = [label for label in quick_reply_labels(asked[-1]) if case.number in label]
    await stack.tap(TARO, quick_reply_data(asked[-1], visit))
    await stack.settle()
    async with stack.services.session_factory() as db:
        filed = list(
            await db.scalars(
                select(TranscriptEntry.text).where(
                    TranscriptEntry.visit_ref == case.visit_ref,
                    TranscriptEntry.direction == "in",
                )
            )
        )
    assert first in filed and SECOND in filed
