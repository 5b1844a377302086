"""The consent conversation as the dispatcher runs it, with the city's real directory."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from handlers.context import TurnContext
from handlers.effects import AlertStaff, OpenCase, RecordConsent, WithdrawConsent
from handlers.handoff.consent_text import consent_text
from handlers.messages import AgencyCards, Buttons, Confirm, PostbackIn, Text, TextIn
from handlers.registry import build_dispatcher
from handlers.session import Session
from handlers.sheet import ConfirmedSheet
from nlu.types import Understanding

CTX = TurnContext(
    now=datetime(2026, 11, 24, 10, 0, tzinfo=ZoneInfo("Asia/Tokyo")), municipality="okayama"
)
CONFIRMED = ConfirmedSheet("sheet-4", ("care", "debt"), "北区", "self", None, ())
SHEET = CONFIRMED.to_session()
DISPATCHER = build_dispatcher()
AT_END = Session(flow="handoff", step="start", data=SHEET, welcomed=True)


def texts(outcome_reply: object) -> str:
    return "\n".join(getattr(m, "text", "") for m in getattr(outcome_reply, "messages", ()))


def asked() -> Session:
    return DISPATCHER.flow("handoff").start(AT_END, CTX).session


def test_the_question_names_what_whom_and_why_with_two_buttons() -> None:
    outcome = DISPATCHER.flow("handoff").start(AT_END, CTX)
    said = texts(outcome.reply)
    assert "共有するもの" in said and "共有する先" in said and "目的" in said
    assert "岡山市地域包括支援センター" in said and "相談支援包括化推進員" in said
    buttons = next(m for m in outcome.reply.messages if isinstance(m, Buttons))
    assert [b.label for b in buttons.buttons] == ["同意して相談をつなぐ", "同意しない"]
    assert any(isinstance(m, AgencyCards) for m in outcome.reply.messages)
    assert outcome.effects == ()


def test_agreeing_records_the_exact_text_and_opens_a_complex_case() -> None:
    outcome = DISPATCHER.handle(asked(), PostbackIn("a=consent&v=yes"), None, CTX)
    consent, case = outcome.effects
    assert isinstance(consent, RecordConsent) and isinstance(case, OpenCase)
    names = [a.name for a in consent.agencies]
    assert consent.status == "active" and consent.text_hash == consent_text(names).sha256
    assert case.is_complex and case.categories == ("care", "debt") and case.sheet_ref == "sheet-4"
    assert "受付時間内" in texts(outcome.reply)  # Tuesday 10:00
    assert outcome.session.flow == "idle"


def test_declining_records_the_refusal_shares_nothing_and_gives_contacts() -> None:
    outcome = DISPATCHER.handle(asked(), TextIn("同意しない"), None, CTX)
    [consent] = outcome.effects
    assert isinstance(consent, RecordConsent) and consent.status == "rejected"
    assert any(isinstance(m, AgencyCards) for m in outcome.reply.messages)
    assert "どこにも共有しません" in texts(outcome.reply)


def test_agreeing_after_declining_shares_the_same_sheet_not_a_blank_one() -> None:
    """The seventeenth tester's: after 「同意しない」, the earlier 「同意して相談をつなぐ」
    was unread and 「やっぱり相談したいです」 began a blank sheet."""
    declined = DISPATCHER.handle(asked(), TextIn("同意しない"), None, CTX)
    for change in (PostbackIn("a=consent&v=yes"), TextIn("やっぱり相談したいです")):
        outcome = DISPATCHER.handle(declined.session, change, None, CTX)
        consent, case = outcome.effects
        assert isinstance(consent, RecordConsent) and consent.status == "active"
        assert isinstance(case, OpenCase) and case.sheet_ref == "sheet-4"
        again = DISPATCHER.handle(outcome.session, PostbackIn("a=consent&v=yes"), None, CTX)
        assert not any(isinstance(e, OpenCase) for e in again.effects)  # one case only
    consulted = DISPATCHER.handle(
        Session(welcomed=True), TextIn("やっぱり相談したいです"), None, CTX
    )
    assert consulted.effects == () or not any(isinstance(e, OpenCase) for e in consulted.effects)


def test_a_relative_telling_the_person_agrees_is_their_yes_and_told_what_staff_do() -> None:
    """The seventeenth tester's: 「母本人も横にいて、共有してよいと言っています」 at the
    question was met with the whole consent text again and nothing said of the mother."""
    relative = ConfirmedSheet("sheet-5", ("care",), "北区", "family", 82, ())
    at_end = Session(flow="handoff", step="start", data=relative.to_session(), welcomed=True)
    asking = DISPATCHER.flow("handoff").start(at_end, CTX).session
    words = "母本人も横にいて、共有してよいと言っています"
    outcome = DISPATCHER.handle(asking, TextIn(words), None, CTX)
    consent, case = outcome.effects
    assert isinstance(consent, RecordConsent) and consent.status == "active"
    assert consent.grantor != "self" and isinstance(case, OpenCase)
    assert "ご本人の同意を担当者が確かめます" in texts(outcome.reply)
    refused = DISPATCHER.handle(asking, TextIn("母は嫌だと言っています"), None, CTX)
    assert refused.effects == ()


def test_an_unclear_answer_asks_again_with_the_buttons() -> None:
    outcome = DISPATCHER.handle(asked(), TextIn("うーん"), None, CTX)
    assert outcome.effects == () and outcome.session.step == "consent"
    assert any(isinstance(m, Buttons) for m in outcome.reply.messages)


def test_withdrawal_is_asked_once_more_and_works_even_while_staff_have_taken_over() -> None:
    quiet = Session(flow="idle", staff_active=True)
    asked = DISPATCHER.handle(quiet, TextIn("同意を取り消す"), None, CTX)
    assert asked.effects == () and asked.session.flow == quiet.flow
    [question] = asked.reply.messages
    assert isinstance(question, Confirm) and question.text.startswith("同意を取り消しますか")
    assert "命や体の安全" in question.text  # what goes on whatever is withdrawn
    outcome = DISPATCHER.handle(quiet, PostbackIn(question.yes.data), None, CTX)
    assert outcome.effects == (WithdrawConsent(),)
    assert any(isinstance(m, Text) and "受け付けました" in m.text for m in outcome.reply.messages)


def test_the_wish_to_withdraw_in_other_words_brings_the_same_question() -> None:
    for words in ("やっぱり同意をとりけしたいです", "同意の撤回をお願いします"):
        asked = DISPATCHER.handle(Session(flow="idle"), TextIn(words), None, CTX)
        assert isinstance(asked.reply.messages[0], Confirm), words


def test_a_typed_yes_soon_after_the_question_withdraws_and_not_later() -> None:
    """An older resident types 「はい」 instead of tapping; an hour later 「はい」 is the
    answer to whatever else was asked, not a withdrawal."""
    at_story = Session(flow="intake", step="story", welcomed=True)
    asked = DISPATCHER.handle(at_story, TextIn("同意を取り消す"), None, CTX)
    soon = DISPATCHER.handle(asked.session, TextIn("はい"), None, CTX)
    assert soon.effects[0] == WithdrawConsent()
    no_thanks = DISPATCHER.handle(asked.session, TextIn("取り消さない"), None, CTX)
    assert WithdrawConsent() not in no_thanks.effects
    assert no_thanks.reply.messages[0] == Text("同意はそのままです。取り消してはいません。")
    later = replace(CTX, now=CTX.now + timedelta(hours=1))
    late = DISPATCHER.handle(asked.session, TextIn("はい"), None, later)
    assert WithdrawConsent() not in late.effects
    again = DISPATCHER.handle(soon.session, TextIn("はい"), None, CTX)  # answered already
    assert WithdrawConsent() not in again.effects


def test_withdrawal_not_confirmed_withdraws_nothing_and_asks_the_open_question_again() -> None:
    at_story = Session(flow="intake", step="story", welcomed=True)
    asked = DISPATCHER.handle(at_story, TextIn("同意を取り消す"), None, CTX)
    [question] = asked.reply.messages
    assert isinstance(question, Confirm)
    kept = DISPATCHER.handle(at_story, PostbackIn(question.no.data), None, CTX)
    assert kept.effects == ()
    assert isinstance(kept.reply.messages[0], Text)
    assert kept.reply.messages[0].text == "同意はそのままです。取り消してはいません。"
    assert kept.session.step == "story" and len(kept.reply.messages) > 1  # asked again


def test_a_crisis_outranks_withdrawal() -> None:
    crisis = Understanding(text="同意を取り消す", crisis=("suicide",))
    outcome = DISPATCHER.handle(Session(), TextIn("同意を取り消す"), crisis, CTX)
    assert any(isinstance(e, AlertStaff) and e.kind == "crisis" for e in outcome.effects)
    assert not any(isinstance(e, WithdrawConsent) for e in outcome.effects)


def test_a_neighbours_or_relatives_yes_is_theirs_and_waits_for_the_persons_own() -> None:
    """Whoever writes about someone else agrees as who they are (a family member, or
    someone else), is told before answering that their yes does not share yet, and is
    thanked without being told it was passed to the agencies."""
    for writer, grantor in (("family", "family"), ("neighbor", "other"), ("self", "self")):
        at_end = Session(
            flow="handoff",
            step="start",
            data=replace(CONFIRMED, relation=writer).to_session(),
            welcomed=True,
        )
        question = DISPATCHER.flow("handoff").start(at_end, CTX)
        waits = "ご本人の同意を確かめてから" in texts(question.reply)
        outcome = DISPATCHER.handle(question.session, PostbackIn("a=consent&v=yes"), None, CTX)
        consent, case = outcome.effects
        assert isinstance(consent, RecordConsent) and consent.grantor == grantor
        assert isinstance(case, OpenCase) and case.consulter == writer  # the reports' channel
        assert waits == (grantor != "self")
        thanked = texts(outcome.reply)
        assert ("ご本人の同意を担当者が確かめます" in thanked) == (grantor != "self")
        assert ("相談をつなぎました。同意をいただき" in thanked) == (grantor == "self")


def test_a_yes_to_what_was_not_understood_is_no_consent() -> None:
    """The thirteenth tester's: 「ようわからんけど ええよ」 was recorded as consent. Words
    that say they did not understand are no answer: nothing is recorded, and the question
    — with what is shared, with whom and why — is shown again."""
    yes = Understanding(text="", act="yes")
    for typed in ("ようわからんけど ええよ", "よくわからないけど、はい", "意味わからんけどいいよ"):
        outcome = DISPATCHER.handle(asked(), TextIn(typed), yes, CTX)
        assert outcome.effects == () and outcome.session.step == "consent", typed
        assert "共有するもの" in texts(outcome.reply)
    agreed = DISPATCHER.handle(asked(), TextIn("ええよ"), yes, CTX)
    assert any(isinstance(e, RecordConsent) for e in agreed.effects)
