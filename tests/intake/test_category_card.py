"""The twelve troubles do not fit LINE's quick-reply bar beside 「これで決定」 and 「戻る」
(13 at most): they come as a card of buttons, and the bar keeps the way on and back —
also after two misses, when 「とばす」 and 「担当者と話したい」 join it."""

from __future__ import annotations

from typing import Any

from bot import limits
from bot.render import render_reply
from handlers.intake import catalog
from handlers.intake.flow import IntakeFlow
from handlers.messages import ChoiceGrid, Reply, TextIn
from handlers.session import Session
from nlu.categories import CATEGORY_IDS, CATEGORY_SHORT
from tests.directory.line_schema import validate_message
from tests.intake.test_profile import CTX, tap


def at_categories() -> tuple[IntakeFlow, Session, Reply]:
    flow = IntakeFlow()
    started = flow.start(Session(), CTX)
    session, reply = tap(flow, started.session, started.reply, catalog.BY_BUTTONS)
    assert session.step == "categories"
    return flow, session, reply


def bar_labels(message: dict[str, Any]) -> list[str]:
    items = (message.get("quickReply") or {}).get("items") or []
    return [item["action"]["label"] for item in items]


def card_labels(message: dict[str, Any]) -> list[str]:
    body = message["contents"]["body"]["contents"]
    return [b["action"]["label"] for row in body[1:] for b in row["contents"]]


def test_the_troubles_come_on_a_card_and_the_bar_keeps_back() -> None:
    _, _, reply = at_categories()
    [card] = [m for m in reply.messages if isinstance(m, ChoiceGrid)]
    assert [c.label for c in card.choices] == [CATEGORY_SHORT[c] for c in CATEGORY_IDS]
    [message] = render_reply(reply)
    validate_message(message)
    assert card_labels(message) == [CATEGORY_SHORT[c] for c in CATEGORY_IDS]
    assert bar_labels(message) == [catalog.DONE, "戻る"]


def test_a_tapped_trouble_is_marked_on_the_next_card() -> None:
    flow, session, reply = at_categories()
    session, reply = tap(flow, session, reply, CATEGORY_SHORT["care"])
    [message] = render_reply(reply)
    assert "○" + CATEGORY_SHORT["care"] in card_labels(message)
    assert session.step == "categories"


def test_after_two_misses_every_way_out_still_fits() -> None:
    flow, session, _ = at_categories()
    for _ in range(2):
        outcome = flow.handle(session, TextIn("あいうえお"), None, CTX)
        session = outcome.session
    messages = render_reply(outcome.reply)
    labels = bar_labels(messages[-1])
    assert len(labels) <= limits.MAX_QUICK_REPLY_ITEMS
    assert "戻る" in labels and catalog.DONE in labels and any("担当者" in x for x in labels)
    assert len(card_labels(messages[-1])) == len(CATEGORY_IDS)
    for message in messages:
        validate_message(message)


def test_a_trouble_typed_by_its_reading_is_marked() -> None:
    """「けんこう」 typed at the card had not been understood (an independent tester's
    finding): the troubles are read by their readings and plain words too."""
    for typed, category in (
        ("けんこう", "health"),
        ("かいご", "care"),
        ("しごとのこと", "income"),
        ("しゃっきん", "debt"),
    ):
        flow, session, _ = at_categories()
        outcome = flow.handle(session, TextIn(typed), None, CTX)
        assert outcome.session.step == "categories", typed
        [message] = [m for m in render_reply(outcome.reply) if m["type"] == "flex"]
        assert "○" + CATEGORY_SHORT[category] in card_labels(message), typed
