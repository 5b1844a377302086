"""The conversation's ground rules, whatever flow a person is in."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from handlers import catalog
from handlers.context import TurnContext
from handlers.effects import AlertStaff
from handlers.menu import MAIN_MENU
from handlers.messages import Confirm, FollowIn, Hotlines, MediaIn, PostbackIn, Text, TextIn
from handlers.registry import build_dispatcher
from handlers.session import Session
from nlu.types import Understanding

CTX = TurnContext(
    now=datetime(2026, 11, 24, 10, 0, tzinfo=ZoneInfo("Asia/Tokyo")),
    municipality="okayama",
    prefecture="岡山県",
)


def understood(text: str, **fields: object) -> Understanding:
    return Understanding(text=text, **fields)  # type: ignore[arg-type]


def test_follow_gets_the_welcome_with_the_main_menu() -> None:
    outcome = build_dispatcher().handle(Session(), FollowIn(), None, CTX)
    assert isinstance(outcome.reply.messages[0], Text)
    assert "友だち追加ありがとうございます" in outcome.reply.messages[0].text
    labels = [c.label for c in outcome.reply.quick_replies]
    assert labels[:3] == ["相談する", "相談窓口を探す", "担当者と話したい"]
    assert outcome.session.welcomed


def test_crisis_answers_with_hotlines_and_alerts_staff_in_every_state() -> None:
    dispatcher = build_dispatcher()
    states = [Session(), Session(staff_active=True)] + [
        Session().at(name, "anything") for name in dispatcher.flows
    ]
    message = "もう死にたい"
    for session in states:
        outcome = dispatcher.handle(
            session, TextIn(message), understood(message, crisis=("suicide",)), CTX
        )
        first = outcome.reply.messages[0]
        assert isinstance(first, Hotlines), session
        numbers = [h.number for h in first.hotlines]
        assert numbers, session
        assert all(h.tel_uri.startswith("tel:") for h in first.hotlines)
        alerts = [e for e in outcome.effects if isinstance(e, AlertStaff)]
        assert alerts and alerts[0].urgency == "crisis" and alerts[0].flags == ("suicide",)


def test_a_farewell_after_a_crisis_answer_brings_the_hotlines_again_with_worry() -> None:
    """The sixteenth tester's: 「さようなら」 after the crisis answer, at a question of the
    sheet, was read as a failed answer to it. Within two hours it is a farewell: the
    hotlines again under a worried line, and staff alerted again; later, or without a
    crisis before, it is what it would be."""
    dispatcher = build_dispatcher()
    asked = Session().at("intake", "birth")
    crisis = dispatcher.handle(
        asked, TextIn("死にたい"), understood("死にたい", crisis=("suicide",)), CTX
    )
    later = replace(CTX, now=CTX.now + timedelta(minutes=40))
    for farewell in ("さようなら", "今までありがとう。さよなら…", "ばいばい"):
        outcome = dispatcher.handle(crisis.session, TextIn(farewell), understood(farewell), later)
        first, card = outcome.reply.messages[:2]
        assert isinstance(first, Text) and first.text == catalog.FAREWELL_AFTER_CRISIS
        assert isinstance(card, Hotlines) and card.hotlines
        alerts = [e for e in outcome.effects if isinstance(e, AlertStaff)]
        assert alerts and alerts[0].urgency == "crisis" and alerts[0].flags == ("suicide",)
    next_day = replace(CTX, now=CTX.now + timedelta(hours=3))
    for session, ctx in ((crisis.session, next_day), (asked, later)):
        calm = dispatcher.handle(session, TextIn("さようなら"), understood("さようなら"), ctx)
        assert not any(isinstance(e, AlertStaff) for e in calm.effects)
    said = dispatcher.handle(crisis.session, TextIn("さようならの意味"), understood("x"), later)
    assert not any(isinstance(e, AlertStaff) for e in said.effects)


def test_the_crisis_answer_never_carries_the_message_text_into_the_alert() -> None:
    message = "山田花子です。もう死にたい 090-1234-5678"
    outcome = build_dispatcher().handle(
        Session(), TextIn(message), understood(message, crisis=("suicide",)), CTX
    )
    (alert,) = [e for e in outcome.effects if isinstance(e, AlertStaff)]
    assert "山田" not in repr(alert) and "090" not in repr(alert)


def test_asking_for_a_person_alerts_staff_from_any_state() -> None:
    outcome = build_dispatcher().handle(Session(), PostbackIn("a=human"), None, CTX)
    assert [e.kind for e in outcome.effects if isinstance(e, AlertStaff)] == ["human_requested"]
    text_outcome = build_dispatcher().handle(
        Session(), TextIn("人と話したい"), understood("人と話したい", act="ask_human"), CTX
    )
    assert [e.kind for e in text_outcome.effects if isinstance(e, AlertStaff)] == [
        "human_requested"
    ]


def test_wanting_to_consult_starts_the_sheet_even_when_read_as_asking_for_a_person() -> None:
    """「相談したいです」 at the menu is a consultation to start (the tester's finding: the
    model reads it as `ask_human`, and staff were called instead)."""
    at_menu = Session(welcomed=True)
    for words in ("相談したいです", "相談があります。", "相談させてください"):
        outcome = build_dispatcher().handle(
            at_menu, TextIn(words), understood(words, act="ask_human", confidence=0.8), CTX
        )
        assert not [e for e in outcome.effects if isinstance(e, AlertStaff)], words
        assert outcome.session.flow == "intake", words


def test_talking_refused_is_never_a_person_called_even_when_read_as_asking_for_one() -> None:
    """The sixteenth tester: after the hotlines, 「電話はしとうない。誰とも話しとうない」 was
    read as asking for staff, who were alerted, and the person was told to wait for a
    weekday."""
    at_menu = Session(flow="idle", welcomed=True)
    for words in ("電話はしとうない。誰とも話しとうない", "ほっといて"):
        outcome = build_dispatcher().handle(
            at_menu, TextIn(words), understood(words, act="ask_human", confidence=0.8), CTX
        )
        assert not [e for e in outcome.effects if isinstance(e, AlertStaff)], words


def test_bot_stays_quiet_while_staff_have_taken_over() -> None:
    session = Session(staff_active=True)
    outcome = build_dispatcher().handle(
        session, TextIn("こんにちは"), understood("こんにちは", act="greet"), CTX
    )
    assert outcome.reply.messages == () and outcome.effects == ()


def test_a_sticker_gets_a_friendly_answer_with_buttons() -> None:
    outcome = build_dispatcher().handle(Session(), MediaIn("sticker"), None, CTX)
    assert outcome.reply.messages and outcome.reply.quick_replies == MAIN_MENU


def test_unclear_text_is_never_a_dead_end() -> None:
    outcome = build_dispatcher().handle(
        Session(), TextIn("ほげ"), understood("ほげ", act="unknown"), CTX
    )
    assert outcome.reply.messages and outcome.reply.quick_replies


def test_a_story_told_with_words_of_crisis_is_kept_after_the_hotlines() -> None:
    dispatcher = build_dispatcher()
    started = dispatcher.flow("intake").start(Session(), CTX).session
    assert started.step == "story"
    story = "母の介護に疲れてしまって、もう死にたいと思うことがあります"
    outcome = dispatcher.handle(
        started, TextIn(story), understood(story, crisis=("suicide",), categories=("care",)), CTX
    )
    assert isinstance(outcome.reply.messages[0], Hotlines)
    assert any(isinstance(e, AlertStaff) for e in outcome.effects)
    assert outcome.session.step != "story", "the story is not asked for again"
    assert story in repr(outcome.session.data)


def test_unsure_words_ask_in_every_state_and_only_yes_alerts_staff() -> None:
    """The crisis middle band: the hotlines and 「いま、危ない状況ですか？」 wherever the open
    question is not one for a name, a date or a number, no alert; 「はい」 typed there gives
    the crisis answer and the alert, and 「いいえ」 goes on from where the words, taken as
    written, led."""
    dispatcher = build_dispatcher()
    states = [Session(), Session(staff_active=True)] + [
        Session().at(name, "anything") for name in dispatcher.flows
    ]
    message = "なんかもう、ぜんぶどうでもよくなってきた"
    for session in states:
        asked = dispatcher.handle(
            session, TextIn(message), understood(message, crisis_unsure=("suicide",)), CTX
        )
        hotlines, question = asked.reply.messages[:2]
        assert isinstance(hotlines, Hotlines) and hotlines.hotlines, session
        assert isinstance(question, Confirm) and question.text == catalog.CRISIS_CHECK_QUESTION
        assert not [e for e in asked.effects if isinstance(e, AlertStaff)], session
        yes = dispatcher.handle(asked.session, TextIn("はい"), understood("はい", act="yes"), CTX)
        alerts = [e for e in yes.effects if isinstance(e, AlertStaff)]
        assert alerts and alerts[0].urgency == "crisis" and alerts[0].flags == ("suicide",)
        no = dispatcher.handle(asked.session, TextIn("いいえ"), understood("いいえ", act="no"), CTX)
        assert not [e for e in no.effects if isinstance(e, AlertStaff)], session
        # The words were taken as they would have been without the doubt (a story kept, an
        # answer read); 「いいえ」 goes on from there.
        taken = dispatcher.handle(session, TextIn(message), understood(message), CTX)
        assert (no.session.flow, no.session.step) == (taken.session.flow, taken.session.step)
        if not session.staff_active:
            again = dispatcher.flow(taken.session.flow).prompt(taken.session, CTX)
            assert no.reply.messages[1:] == again.reply.messages, session


def test_unsure_words_at_a_question_of_names_or_numbers_do_not_ask() -> None:
    """「くらしき いちろう」 as a reading is no sign of danger: at a question that wants a
    name, a reading, a date or a number the band does not ask (a flagged crisis still gets
    the hotlines), and a typed answer to the open question is not taken for 「はい」."""
    dispatcher = build_dispatcher()
    kana = Session().at("intake", "kana")
    reading = "くらしき いちろう"
    outcome = dispatcher.handle(
        kana, TextIn(reading), understood(reading, crisis_unsure=("suicide",)), CTX
    )
    assert not any(isinstance(m, Hotlines | Confirm) for m in outcome.reply.messages)
    flagged = dispatcher.handle(
        kana, TextIn("死にたい"), understood("死にたい", crisis=("suicide",)), CTX
    )
    assert isinstance(flagged.reply.messages[0], Hotlines)
    asked = dispatcher.handle(
        Session(),
        TextIn("もうどうでもいい"),
        understood("もうどうでもいい", crisis_unsure=("suicide",)),
        CTX,
    )
    for typed in ("男じゃ", "男です", "女性"):
        answer = dispatcher.handle(asked.session, TextIn(typed), understood(typed, act="yes"), CTX)
        assert not [e for e in answer.effects if isinstance(e, AlertStaff)], typed
    for typed in ("はい", "うん", "たすけて", "大丈夫じゃない"):
        answer = dispatcher.handle(asked.session, TextIn(typed), understood(typed), CTX)
        assert [e for e in answer.effects if isinstance(e, AlertStaff)], typed


def test_words_that_say_neither_ask_once_more_then_tell_staff() -> None:
    """To 「いま、危ない状況ですか？」, words that are neither yes nor no: the question once
    more (no alert), then the hotlines and an alert; while staff have the chat, nothing —
    they read it."""
    dispatcher = build_dispatcher()
    words = "もうどうでもいい"
    for staff_active in (False, True):
        asked = dispatcher.handle(
            Session(staff_active=staff_active),
            TextIn(words),
            understood(words, crisis_unsure=("suicide",)),
            CTX,
        )
        first = dispatcher.handle(asked.session, TextIn("え？"), understood("え？"), CTX)
        second = dispatcher.handle(first.session, TextIn("なんで"), understood("なんで"), CTX)
        alerts = [e for e in (*first.effects, *second.effects) if isinstance(e, AlertStaff)]
        if staff_active:
            assert first.reply.messages == () and alerts == []
            continue
        texts = [m.text for m in first.reply.messages if isinstance(m, Text | Confirm)]
        assert texts == [catalog.CRISIS_CHECK_AGAIN, catalog.CRISIS_CHECK_QUESTION]
        assert not [e for e in first.effects if isinstance(e, AlertStaff)]
        assert isinstance(second.reply.messages[0], Hotlines)
        assert second.reply.messages[0].lead == catalog.CRISIS_CHECK_UNANSWERED
        assert len(alerts) == 1 and alerts[0].flags == ("suicide",)
        third = dispatcher.handle(second.session, TextIn("うん"), understood("うん"), CTX)
        assert not [e for e in third.effects if isinstance(e, AlertStaff)]


def test_a_fear_typed_as_the_yes_is_a_danger_from_a_person() -> None:
    """A sixth tester's: 「tengo miedo」 to the question asked about a story the bot could
    not read brought the suicide wording and 「自殺のおそれ」 for staff."""
    dispatcher = build_dispatcher()
    words = "no puedo más con esto"
    asked = dispatcher.handle(
        Session(), TextIn(words), understood(words, crisis_unsure=("suicide", "violence")), CTX
    )
    yes = dispatcher.handle(asked.session, TextIn("no sé, tengo miedo"), understood(""), CTX)
    alerts = [e for e in yes.effects if isinstance(e, AlertStaff)]
    assert alerts and alerts[0].flags == ("violence",)


def test_a_sentence_with_no_sign_where_a_name_was_asked_is_asked_about_without_hotlines() -> None:
    """A sixth tester's: 「mañana tengo que ir al banco」 typed for the reading brought the
    hotlines. The question alone, now (a yes brings them)."""
    dispatcher = build_dispatcher()
    spanish = replace(CTX, language="es", chosen=True)
    started = dispatcher.flow("intake").start(Session(), spanish).session
    said = "mañana tengo que ir al banco con mi hija"
    asked = dispatcher.handle(started.at("intake", "kana"), TextIn(said), understood(said), spanish)
    assert not any(isinstance(m, Hotlines) for m in asked.reply.messages)
    assert any(isinstance(m, Confirm) for m in asked.reply.messages)


def test_troubles_the_nlu_finds_in_another_language_are_asked_with_buttons() -> None:
    """A sixth tester's: 「I lost my job last month and I can't pay my rent or my credit
    card」 was read as 「支出・借金、その他」 by the Japanese NLU."""
    dispatcher = build_dispatcher()
    english = replace(CTX, language="en", chosen=True)
    said = "I lost my job last month and I can't pay my rent or my credit card"
    opened = dispatcher.handle(
        Session(), TextIn(said), understood(said, categories=("debt", "other")), english
    )
    asked = dispatcher.handle(opened.session, TextIn("No"), understood("No", act="no"), english)
    assert opened.session.flow == "intake"
    assert asked.session.data["intake"]["proposed"] == []
