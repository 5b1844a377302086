"""参加支援: each city's pack lists places to belong, each with its source, and the
hand-off offers one to a person the sheet shows isolated — as an offer (「よかったら、
こんな場所もあります」), never in the consent, never to someone who is not isolated."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from directory.loader import load_directory, pack_names, validate_packs
from handlers.context import TurnContext
from handlers.effects import Effect, OpenCase, RecordConsent
from handlers.intake.isolation import isolation_signs
from handlers.intake.state import IntakeState
from handlers.messages import PostbackIn, Text
from handlers.registry import registered_flows
from handlers.session import Session
from handlers.sheet import ConfirmedSheet
from tests.intake.drafts import draft

OFFER = "よかったら、こんな場所もあります"
NOON = datetime(2026, 12, 2, 12, 0, tzinfo=ZoneInfo("Asia/Tokyo"))  # a Wednesday


def test_every_pack_validates_with_places_each_with_its_source() -> None:
    assert validate_packs() == []
    for name in pack_names():
        places = load_directory(name).pack.places_to_belong
        assert places, name
        assert all(p.source.startswith(("seeds/", "http")) for p in places)


def sheet(extra: dict[str, Any] | None = None, **answers: Any) -> IntakeState:
    return IntakeState(ref="s", sheet=draft(answers), extra=dict(extra or {}))


def test_the_sheet_shows_isolation_in_the_persons_words_or_answers() -> None:
    assert isolation_signs(sheet(story="息子が10年ひきこもっていて心配です")) == ("hikikomori",)
    assert "no_one_to_talk" in isolation_signs(sheet(story="夫を亡くして、話し相手がいない"))
    alone = sheet(household={"size": 1}, extra={"supporters": "no"}, story="腰が痛い")
    assert isolation_signs(alone) == ("alone_no_one",)
    # Living alone with people around, or a trouble with family at home: not isolated.
    assert isolation_signs(sheet(household={"size": 1}, extra={"supporters": "yes"})) == ()
    assert isolation_signs(sheet(household={"size": 3}, story="家賃が払えない")) == ()


def consent_answer(
    municipality: str, isolation: list[str], yes: bool = True
) -> tuple[str, tuple[Effect, ...]]:
    flow = registered_flows()["handoff"]
    ctx = TurnContext(now=NOON, municipality=municipality)
    confirmed = ConfirmedSheet("ref", ("care",), None, "self", 78, (), tuple(isolation))
    data = confirmed.to_session()
    session = Session(flow="handoff", step="consent", data=data)
    tap = PostbackIn("a=consent&v=" + ("yes" if yes else "no"))
    outcome = flow.handle(session, tap, None, ctx)
    said = "\n".join(m.text for m in outcome.reply.messages if isinstance(m, Text))
    return said, outcome.effects


@pytest.mark.parametrize("municipality", ["okayama", "fujisawa", "iga"])
def test_an_isolated_person_is_offered_a_place_that_is_not_shared_with(municipality: str) -> None:
    said, effects = consent_answer(municipality, ["alone_no_one"])
    assert OFFER in said and "何も伝えていません" in said
    places = load_directory(municipality).pack.places_to_belong
    offered = [p for p in places if p.name in said]
    assert offered
    for effect in effects:
        if isinstance(effect, RecordConsent | OpenCase):
            named = {a.id for a in effect.agencies}
            assert not named & {p.id for p in places}
    declined, _ = consent_answer(municipality, ["hikikomori"], yes=False)
    assert OFFER in declined


def test_someone_who_is_not_isolated_is_offered_no_place() -> None:
    said, _ = consent_answer("okayama", [])
    assert OFFER not in said
    assert not any(p.name in said for p in load_directory("okayama").pack.places_to_belong)


def test_an_older_person_is_offered_a_taiso_group_first_and_hikikomori_a_free_space() -> None:
    older, _ = consent_answer("okayama", ["alone_no_one"])
    assert "もも太郎体操" in older
    young, _ = consent_answer("iga", ["hikikomori"])
    assert "フリースペース nest" in young.split("\n・")[1]
