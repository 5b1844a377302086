"""Every effect a handler can return has exactly one place that applies it: the table of
`bot/apply.py`. An effect without one would be dropped silently at the end of a turn."""

from __future__ import annotations

import asyncio
from typing import Any, cast

import pytest

from bot.apply import EFFECT_TYPES, EffectApplier, NoApplier, TurnScope
from bot.notify.routing import AlertRouting
from bot.visit.desk import VisitDesk
from bot.visit.links import ConsentLinks
from handlers.effects import ChooseLanguage

ROUTING = AlertRouting(("line_group",), "https://city.example")


def test_every_effect_type_has_an_applier() -> None:
    visits = VisitDesk(ROUTING, ConsentLinks("https://city.example", b"k" * 32))
    table = EffectApplier(ROUTING, visits=visits).table
    assert sorted(t.__name__ for t in EFFECT_TYPES if t not in table) == []
    assert set(table) == set(EFFECT_TYPES)


def test_an_effect_nobody_applies_is_an_error_not_a_silence() -> None:
    applier = EffectApplier(ROUTING)
    del applier.table[ChooseLanguage]
    scope = TurnScope(cast(Any, None), 1, None)
    with pytest.raises(NoApplier, match="ChooseLanguage"):
        asyncio.run(applier.apply(scope, ChooseLanguage("en")))
