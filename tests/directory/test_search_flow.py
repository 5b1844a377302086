"""「相談窓口を探す」: field → area → cards, by buttons or by words; LINE output validates."""

from __future__ import annotations

from datetime import datetime

from bot.render import render_reply
from directory.calendar_jp import JST
from handlers.context import Outcome, TurnContext
from handlers.messages import AgencyCards, PostbackIn, Reply, Text, TextIn
from handlers.postback import payload
from handlers.search import SearchFlow
from handlers.session import Session
from tests.directory.line_schema import validate_message

FLOW = SearchFlow()
OKAYAMA = TurnContext(datetime(2026, 11, 25, 10, 0, tzinfo=JST), "okayama", "岡山県")
IGA = TurnContext(datetime(2026, 11, 25, 10, 0, tzinfo=JST), "iga", "三重県")


def line_valid(reply: Reply) -> None:
    for message in render_reply(reply):
        validate_message(message)


def cards_of(outcome: Outcome) -> AgencyCards:
    return next(m for m in outcome.reply.messages if isinstance(m, AgencyCards))


def texts(outcome: Outcome) -> str:
    return "\n".join(m.text for m in outcome.reply.messages if isinstance(m, Text))


def test_buttons_all_the_way_to_local_cards() -> None:
    asked = FLOW.start(Session(), OKAYAMA)
    assert asked.session.step == "field"
    assert len(asked.reply.quick_replies) == 12
    line_valid(asked.reply)

    care = PostbackIn(payload("search", c="care"))
    area = FLOW.handle(asked.session, care, None, OKAYAMA)
    assert area.session.step == "area"
    labels = [choice.label for choice in area.reply.quick_replies]
    assert labels == ["北区", "中区", "東区", "南区", "近く", "わからない"]
    line_valid(area.reply)

    shown = FLOW.handle(area.session, PostbackIn(payload("search", d="北区")), None, OKAYAMA)
    first = cards_of(shown).cards[0]
    assert first.agency_id in ("okayama-houkatsu-kita-chuo", "okayama-houkatsu-kita-kita")
    assert first.open_now is True
    assert shown.session.flow == "idle"
    line_valid(shown.reply)


def test_typed_words_find_the_field() -> None:
    asked = FLOW.start(Session(), OKAYAMA)
    area = FLOW.handle(asked.session, TextIn("親の認知症が心配"), None, OKAYAMA)
    assert area.session.data["search"]["categories"] == ["care"]
    shown = FLOW.handle(area.session, TextIn("わからない"), None, OKAYAMA)
    assert cards_of(shown).cards[0].agency_id == "okayama-houkatsu"


def test_rent_words_give_housing_and_debt_with_the_complex_note() -> None:
    asked = FLOW.start(Session(), OKAYAMA)
    area = FLOW.handle(asked.session, TextIn("家賃が払えない"), None, OKAYAMA)
    assert set(area.session.data["search"]["categories"]) == {"housing", "debt"}
    shown = FLOW.handle(area.session, TextIn("東区"), None, OKAYAMA)
    assert cards_of(shown).cards[0].agency_id == "okayama-yorisoi-support-center"
    assert "窓口どうしで連携" in texts(shown)
    line_valid(shown.reply)


def test_city_without_wards_skips_the_area_question() -> None:
    asked = FLOW.start(Session(), IGA)
    shown = FLOW.handle(asked.session, PostbackIn(payload("search", c="income")), None, IGA)
    assert cards_of(shown).cards[0].agency_id == "iga-houkatsu"
    line_valid(shown.reply)


def test_words_that_say_nothing_are_asked_again_then_the_menu() -> None:
    session = FLOW.start(Session(), OKAYAMA).session
    again = FLOW.handle(session, TextIn("ええと"), None, OKAYAMA)
    assert again.session.step == "field" and "読み取れません" in texts(again)
    assert len(again.reply.quick_replies) == 12
    later = FLOW.handle(again.session, TextIn("うーん"), None, OKAYAMA)
    last = FLOW.handle(later.session, TextIn("さあ"), None, OKAYAMA)
    assert last.session.flow == "idle"


def test_unknown_area_text_is_asked_again() -> None:
    session = FLOW.start(Session(), OKAYAMA).session
    area = FLOW.handle(session, PostbackIn(payload("search", c="mental")), None, OKAYAMA)
    again = FLOW.handle(area.session, TextIn("大阪"), None, OKAYAMA)
    assert again.session.step == "area" and "場所が読み取れません" in texts(again)
    resumed = FLOW.prompt(again.session, OKAYAMA)
    assert resumed.reply.quick_replies[-1].label == "わからない"


def test_a_search_midway_through_the_sheet_keeps_the_draft_and_the_crisis_flags() -> None:
    """「窓口をさがす」 tapped while a sheet is half answered: the search's questions and
    results come and go, and the draft (to resume), the crisis flags and anything else the
    conversation holds are still there after it."""
    held = {"intake": {"ref": "draft-1", "sheet": {}}, "crisis_flags": ["suicide"]}
    midway = Session(flow="intake", step="phone", data=held, welcomed=True)
    asked = FLOW.start(midway, OKAYAMA)
    area = FLOW.handle(asked.session, PostbackIn(payload("search", c="care")), None, OKAYAMA)
    shown = FLOW.handle(area.session, PostbackIn(payload("search", d="北区")), None, OKAYAMA)
    for session in (asked.session, area.session, shown.session):
        assert {k: session.data[k] for k in held} == held
    assert "search" not in shown.session.data
