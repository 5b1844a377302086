"""「I don't know」 typed in the resident's language, at a question that may be left
unanswered, leaves it unanswered (「몰라요」 is never kept as an address)."""

from __future__ import annotations

import json

import pytest

from handlers.messages import TextIn
from handlers.registry import build_dispatcher
from handlers.session import Session
from tests.foundation.test_dispatch import CTX, understood


@pytest.mark.parametrize(
    "typed", ["몰라요", "Không biết", "khong biet", "I don't know", "Não sei", "No sé", "不知道"]
)
def test_i_dont_know_leaves_the_address_unanswered(typed: str) -> None:
    dispatcher = build_dispatcher()
    started = dispatcher.flow("intake").start(Session(), CTX).session
    at_address = started.at("intake", "address")
    outcome = dispatcher.handle(at_address, TextIn(typed), understood(typed), CTX)
    assert outcome.session.step != "address"
    assert typed not in json.dumps(outcome.session.data, ensure_ascii=False)
