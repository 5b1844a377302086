"""The agency search (「相談先をさがす」) in each language the bot offers: its questions,
its re-asks and the lead of its results are said in the resident's language; the names of
places and agencies stay as written."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from handlers import search
from handlers.context import TurnContext
from handlers.i18n import LANGUAGES, SOURCE, Catalogue
from handlers.messages import PostbackIn, Reply, Text, TextIn
from handlers.registry import build_dispatcher
from handlers.session import Session

CTX = TurnContext(
    now=datetime(2026, 11, 24, 10, 0, tzinfo=ZoneInfo("Asia/Tokyo")), municipality="okayama"
)
SEARCH_SENTENCES = (
    search.ASK_FIELD,
    search.ASK_AREA,
    search.FIELD_AGAIN,
    search.RESULTS_LEAD,
    search.PLACE_RESULTS_LEAD.format(place="北区"),
)


def said(reply: Reply) -> list[str]:
    return [m.text for m in reply.messages if isinstance(m, Text)]


@pytest.mark.parametrize("language", [lang.code for lang in LANGUAGES if lang.code != SOURCE])
def test_the_search_speaks_the_residents_language(words: Catalogue, language: str) -> None:
    dispatcher = build_dispatcher()
    session = Session(flow="idle", step=None, data={}, welcomed=True)
    heard: list[str] = []
    for message in (
        PostbackIn("a=menu&v=search"),
        TextIn("🙏"),  # not a field: asked again
        PostbackIn("a=search&c=care"),
        PostbackIn("a=search&d=北区"),
    ):
        outcome = dispatcher.handle(session, message, None, CTX)
        session = outcome.session
        heard += said(words.reply(outcome.reply, language))
    for sentence in SEARCH_SENTENCES:
        assert sentence not in heard, (language, sentence)
    # The results' lead keeps the place's name inside the resident's words.
    assert any("北区" in line for line in heard), (language, heard)
