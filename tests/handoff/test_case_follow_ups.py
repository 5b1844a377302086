"""The conversation after the hand-off as the dispatcher runs it (no I/O): what is written
goes to the open case, with when staff answer from the city's real directory."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from bot.case_desk import phone_field
from cases.casework.followups import mark_read, note_followup
from cases.models import Case
from handlers.context import CaseInHand, TurnContext
from handlers.effects import AddToCase, AlertStaff
from handlers.messages import Hotlines, PostbackIn, TextIn
from handlers.registry import build_dispatcher
from handlers.session import Session
from nlu.types import Understanding

JST = ZoneInfo("Asia/Tokyo")
CASE = CaseInHand("000042", ("care", "debt"), ("okayama-houkatsu-kita-chuo",))
DISPATCHER = build_dispatcher()
AT_MENU = Session(welcomed=True)


def at(moment: datetime) -> TurnContext:
    return TurnContext(now=moment, municipality="okayama", case=CASE)


def said(outcome: object) -> str:
    messages = getattr(getattr(outcome, "reply", None), "messages", ())
    return "\n".join(getattr(m, "text", "") for m in messages)


def test_a_follow_up_in_office_hours_says_staff_will_answer_in_this_chat() -> None:
    tuesday_morning = at(datetime(2026, 11, 24, 10, 0, tzinfo=JST))
    told = Understanding(text="母は耳が遠いです", categories=("care",))
    outcome = DISPATCHER.handle(AT_MENU, TextIn("母は耳が遠いです"), told, tuesday_morning)
    assert said(outcome) == (
        "受付番号 000042 に追加しました。"
        "担当者が確認して、このトークでお返事します（受付 平日8:30〜17:00）。"
    )
    assert outcome.effects == (AddToCase(),) and outcome.session.flow == "idle"


def test_thanks_alone_is_kept_on_the_case_with_no_alert_and_no_promise_of_an_answer() -> None:
    """The fourteenth tester's: 「ありがとうございました」 after staff handed the chat back
    was told 「いまは受付時間外です…お返事します」."""
    night = at(datetime(2026, 11, 24, 2, 0, tzinfo=JST))
    thanks = Understanding(text="ありがとうございました", act="thanks")
    outcome = DISPATCHER.handle(AT_MENU, TextIn("ありがとうございました"), thanks, night)
    assert said(outcome) == (
        "こちらこそ、ありがとうございます。受付番号 000042 のご相談は、担当者が続けて対応します。"
    )
    assert outcome.effects == (AddToCase(alert=False),)


def test_over_the_new_year_the_answer_waits_for_the_first_working_day() -> None:
    year_end = at(datetime(2026, 12, 28, 18, 0, tzinfo=JST))  # Monday evening
    outcome = DISPATCHER.handle(AT_MENU, TextIn("それと、言い忘れましたが"), None, year_end)
    assert "いまは受付時間外です。1月4日(月) 8時30分以降に" in said(outcome)


def test_answering_staff_who_just_wrote_at_night_says_it_reaches_them_not_the_hours() -> None:
    """The sixteenth tester's: staff replied from the console at 21:10, the person
    answered, and was told 「いまは受付時間外です…以降に」. Within the hour after staff
    wrote it reaches them; later the hours are said again."""
    night = datetime(2026, 11, 24, 21, 30, tzinfo=JST)
    wrote = CaseInHand(CASE.number, CASE.categories, CASE.agency_ids, night - timedelta(minutes=20))
    answer = TextIn("わかりました。明日なら家におります")
    just_now = TurnContext(now=night, municipality="okayama", case=wrote)
    outcome = DISPATCHER.handle(AT_MENU, answer, None, just_now)
    assert said(outcome) == "受付番号 000042 に追加しました。さきほどお返事した担当者に届けます。"
    assert outcome.effects == (AddToCase(),)  # staff are alerted as for any follow-up
    later = TurnContext(now=night + timedelta(hours=1), municipality="okayama", case=wrote)
    assert "いまは受付時間外です" in said(DISPATCHER.handle(AT_MENU, answer, None, later))


def test_a_phone_number_and_a_new_trouble_are_proposed_not_applied() -> None:
    ctx = at(datetime(2026, 11, 24, 10, 0, tzinfo=JST))
    phone = DISPATCHER.handle(AT_MENU, TextIn("電話が変わりました。086-234-5678です"), None, ctx)
    assert phone.effects == (AddToCase(phone="+81862345678", mobile=False),)
    # Beside other digits, in the person's words (an independent tester's messages).
    for words, number in (
        ("家賃も３か月たまっとる。携帯は 080-2222-9999 です", "+818022229999"),
        ("あと、連絡先は 090-5555-6666 です。家賃は2か月たまってます", "+819055556666"),
    ):
        (added,) = DISPATCHER.handle(AT_MENU, TextIn(words), None, ctx).effects
        assert added == AddToCase(phone=number, mobile=True), words
    school = Understanding(
        text="子どもが学校に行けません",
        categories=("childcare",),
        primary="childcare",
        confidence=0.8,
    )
    trouble = DISPATCHER.handle(AT_MENU, TextIn(school.text), school, ctx)
    assert trouble.effects == (AddToCase(categories=("childcare",)),)
    known = Understanding(text="介護が大変で", categories=("care",), primary="care", confidence=0.9)
    same = DISPATCHER.handle(AT_MENU, TextIn(known.text), known, ctx)
    assert same.effects == (AddToCase(),)  # the case has it already


def test_a_crisis_goes_to_the_case_behind_the_hotlines_and_its_own_alert() -> None:
    ctx = at(datetime(2026, 11, 24, 10, 0, tzinfo=JST))
    crisis = Understanding(text="死にたい", crisis=("suicide",))
    outcome = DISPATCHER.handle(AT_MENU, TextIn("死にたい"), crisis, ctx)
    alert, added = outcome.effects
    assert isinstance(alert, AlertStaff) and alert.kind == "crisis"
    assert added == AddToCase(alert=False)


def test_while_staff_have_taken_over_the_bot_stays_quiet() -> None:
    ctx = at(datetime(2026, 11, 24, 10, 0, tzinfo=JST))
    outcome = DISPATCHER.handle(Session(staff_active=True), TextIn("はい"), None, ctx)
    assert outcome.reply.messages == ()  # and the message counts on the case (below)
    assert outcome.effects == (AddToCase(),)


def test_consult_shows_the_case_and_a_new_consultation_only_on_purpose() -> None:
    ctx = at(datetime(2026, 11, 24, 10, 0, tzinfo=JST))
    consult = DISPATCHER.handle(AT_MENU, PostbackIn("a=menu&v=consult"), None, ctx)
    assert "受付番号 000042 のご相談" in said(consult) and consult.session.flow == "idle"
    assert "新しい相談をする" in [c.label for c in consult.reply.quick_replies]
    fresh = DISPATCHER.handle(AT_MENU, PostbackIn("a=menu&v=new"), None, ctx)
    assert fresh.session.flow == "intake" and "どんなことでお困りですか" in said(fresh)


def test_resume_takes_up_a_paused_sheet_even_with_a_case_open() -> None:
    ctx = at(datetime(2026, 11, 24, 10, 0, tzinfo=JST))
    started = DISPATCHER.handle(AT_MENU, PostbackIn("a=menu&v=new"), None, ctx).session
    story = DISPATCHER.handle(started, TextIn("母の介護のことで相談したいです"), None, ctx)
    paused = DISPATCHER.handle(story.session, TextIn("中断"), None, ctx).session
    assert paused.flow == "idle"
    resumed = DISPATCHER.handle(paused, PostbackIn("a=menu&v=resume"), None, ctx)
    assert resumed.session.flow == "intake" and "受付番号" not in said(resumed)


def test_staff_are_alerted_once_per_quiet_period_and_see_every_message_unread() -> None:
    case = Case(unread_followups=0)
    start = datetime(2026, 11, 24, 10, 0, tzinfo=JST)
    quiet = timedelta(minutes=30)
    alerted = [
        note_followup(case, start + timedelta(minutes=minutes), quiet)
        for minutes in (0, 5, 29, 31, 40)
    ]
    assert alerted == [True, False, False, True, False]
    assert case.unread_followups == 5
    assert mark_read(case) and case.unread_followups == 0 and not mark_read(case)
    # A crisis already alerted staff on its own: it is counted, and starts no quiet period.
    assert not note_followup(case, start + timedelta(hours=2), quiet, alert=False)
    assert note_followup(case, start + timedelta(hours=2, minutes=1), quiet)


def test_arranging_the_call_goes_to_the_case_not_to_a_new_request_for_a_person() -> None:
    """Staff have the case: a reply read as `ask_human` (arranging when to call) is added
    to it like any follow-up; only the words 「担当者と話したい」 still call a person."""
    ctx = at(datetime(2026, 11, 24, 10, 0, tzinfo=JST))
    words = "はい、よろしくお願いします。10時ごろなら家にいます"
    arranging = Understanding(text=words, act="ask_human", confidence=0.8)
    outcome = DISPATCHER.handle(AT_MENU, TextIn(words), arranging, ctx)
    assert outcome.effects == (AddToCase(),)
    assert "受付番号 000042 に追加しました。" in said(outcome)
    asking = Understanding(text="担当者と話したい", act="ask_human", confidence=0.9)
    called = DISPATCHER.handle(AT_MENU, TextIn("担当者と話したい"), asking, ctx)
    assert any(isinstance(e, AlertStaff) and e.kind == "human_requested" for e in called.effects)
    # and on the open case: unread, its last activity now, no second alert (a tester found
    # the inbox unchanged after 「担当者と話したい」)
    assert AddToCase(alert=False) in called.effects


def test_whose_number_a_relative_gives_is_read_from_their_words() -> None:
    """A daughter's 「父の携帯は…」 is her father's number; 「私の番号…」 her own; with no
    word of whose, someone writing for the person most likely gives their own."""
    ctx = at(datetime(2026, 11, 24, 10, 0, tzinfo=JST))
    fathers = DISPATCHER.handle(AT_MENU, TextIn("父の携帯は070-1234-9876です"), None, ctx)
    mine = DISPATCHER.handle(AT_MENU, TextIn("私の番号が変わりました。080-5555-7777"), None, ctx)
    unsaid = DISPATCHER.handle(AT_MENU, TextIn("090-2222-3333 に変わりました"), None, ctx)
    by_daughter = Case(consulter="family")
    by_the_person = Case(consulter="self")
    for outcome, daughter_field, own_field in (
        (fathers, "phone_mobile", "phone_mobile"),
        (mine, "consulter_phone", "phone_mobile"),
        (unsaid, "consulter_phone", "phone_mobile"),
    ):
        (added,) = outcome.effects
        assert isinstance(added, AddToCase)
        assert phone_field(by_daughter, added) == daughter_field
        assert phone_field(by_the_person, added) == own_field


def test_what_the_person_writes_while_staff_have_taken_over_counts_on_the_case() -> None:
    """An independent tester's finding: during a take-over the bot keeps quiet, and the
    messages were neither unread nor their number proposed — with the staff member gone
    from the page, nobody saw them."""
    ctx = at(datetime(2026, 11, 24, 10, 0, tzinfo=JST))
    taken_over = Session(welcomed=True, staff_active=True)
    asked = DISPATCHER.handle(taken_over, TextIn("今日はどうしたらいいですか"), None, ctx)
    number = DISPATCHER.handle(
        taken_over, TextIn("電話番号が変わりました 080-9999-8888"), None, ctx
    )
    assert asked.reply.messages == () and number.reply.messages == ()  # the bot keeps quiet
    assert asked.effects == (AddToCase(),)
    (added,) = number.effects
    assert isinstance(added, AddToCase) and added.phone == "+818099998888"


def test_asking_for_a_person_out_of_hours_says_when_staff_answer() -> None:
    """「担当者と話したい」 on a Saturday night: staff are told at once, and the person is
    told when they will answer — by the hours of the agencies on the case; with no case
    and no hours known for the city's coordinator, 「平日の昼間に」. In the hours, with a
    case, no such line."""
    saturday_night = datetime(2026, 11, 28, 21, 0, tzinfo=JST)
    expected = {CASE: "いまは受付時間外です。11月30日(月) 8時30分以降に", None: "平日の昼間に"}
    for case, when in expected.items():
        ctx = TurnContext(now=saturday_night, municipality="okayama", case=case)
        called = DISPATCHER.handle(AT_MENU, TextIn("担当者と話したい"), None, ctx)
        alerts = [e for e in called.effects if isinstance(e, AlertStaff)]
        assert [a.kind for a in alerts] == ["human_requested"]
        assert "担当者におつなぎします" in said(called) and when in said(called), said(called)
    in_hours = DISPATCHER.handle(
        AT_MENU, TextIn("担当者と話したい"), None, at(datetime(2026, 11, 24, 10, 0, tzinfo=JST))
    )
    assert "担当者におつなぎします" in said(in_hours)
    assert "受付時間外" not in said(in_hours) and "平日の昼間に" not in said(in_hours)


def test_asking_for_a_person_after_a_crisis_out_of_hours_gives_the_lines_open_now() -> None:
    """The twelfth tester's: a crisis told mid-sheet, then 「担当者と話したい」 on a
    Saturday night — told only 「平日の昼間に」. The lines open now come with it."""
    saturday_night = datetime(2026, 11, 28, 21, 0, tzinfo=JST)
    ctx = TurnContext(now=saturday_night, municipality="okayama")
    after_crisis = Session(welcomed=True, data={"crisis_flags": ["suicide"]})
    called = DISPATCHER.handle(after_crisis, TextIn("担当者と話したい"), None, ctx)
    cards = [m for m in called.reply.messages if isinstance(m, Hotlines)]
    assert cards and cards[0].hotlines, said(called)
    calm = DISPATCHER.handle(AT_MENU, TextIn("担当者と話したい"), None, ctx)
    assert not [m for m in calm.reply.messages if isinstance(m, Hotlines)]


def test_a_person_asked_for_in_own_words_after_the_hand_off_is_called() -> None:
    """The thirteenth tester's: with a case open, 「たんとうのひとと はなしがしたいんじゃ」
    and 「担当の人と話したい」 were only added to the case. Words that ask for a person call
    one; words that merely arrange a call (「10時ごろなら家にいます」) still go to the case."""
    ctx = at(datetime(2026, 11, 24, 10, 0, tzinfo=JST))
    ctx = TurnContext(now=ctx.now, municipality="okayama", case=CASE)
    for typed in (
        "たんとうのひとと はなしがしたいんじゃ",
        "担当の人と話したい",
        "市の人と直接話せますか",
    ):
        called = DISPATCHER.handle(AT_MENU, TextIn(typed), None, ctx)
        kinds = [e.kind for e in called.effects if isinstance(e, AlertStaff)]
        assert kinds == ["human_requested"] and "担当者におつなぎします" in said(called), typed
    arranged = DISPATCHER.handle(AT_MENU, TextIn("10時ごろなら家にいます"), None, ctx)
    assert not [e for e in arranged.effects if isinstance(e, AlertStaff)]
