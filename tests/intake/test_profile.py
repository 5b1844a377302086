"""The step table reused with another profile, as the 民生委員 visit mode does: who is
writing is fixed, the questions speak of 「ご本人」, and the sheet records who received it.
Pure: the flow alone, no server."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from handlers.context import TurnContext
from handlers.effects import SaveSheet
from handlers.intake import catalog
from handlers.intake.flow import IntakeFlow
from handlers.intake.steps import IntakeProfile
from handlers.messages import ChoiceGrid, PostbackIn, Reply, Text, TextIn
from handlers.session import Session

CTX = TurnContext(
    now=datetime(2026, 11, 23, 10, 0, tzinfo=ZoneInfo("Asia/Tokyo")),
    municipality="okayama",
    prefecture="岡山県",
    event_ref="visit-1",
)
VISIT = IntakeProfile(
    flow_name="visit_sheet",
    received_by="minsei_iin",
    received_by_name="岡山 一郎",
    consulter="minsei_iin",
    wording=catalog.HELPER_ASK,
)
SKIPS = (catalog.NO_ANSWER, catalog.DONT_KNOW, catalog.NOTHING, catalog.SKIP)


def texts(reply: Reply) -> str:
    return "\n".join(m.text for m in reply.messages if isinstance(m, Text))


def tap(flow: IntakeFlow, session: Session, reply: Reply, label: str) -> tuple[Session, Reply]:
    on_cards = [c for m in reply.messages if isinstance(m, ChoiceGrid) for c in m.choices]
    [choice] = [c for c in (*reply.quick_replies, *on_cards) if c.label == label]
    outcome = flow.handle(session, PostbackIn(choice.data), None, CTX)
    return outcome.session, outcome.reply


def test_a_fixed_consulter_skips_the_question_and_helper_wording_is_used() -> None:
    flow = IntakeFlow(profile=VISIT)
    started = flow.start(Session(), CTX)
    session, reply = tap(flow, started.session, started.reply, catalog.BY_BUTTONS)
    session, reply = tap(flow, session, reply, "介護")
    session, reply = tap(flow, session, reply, catalog.DONE)
    assert session.flow == "visit_sheet" and session.step == "name"
    assert "ご本人のお名前" in texts(reply)
    outcome = flow.handle(session, TextIn("岡山 花子"), None, CTX)
    saved = [e for e in outcome.effects if isinstance(e, SaveSheet)]
    assert saved and saved[-1].data["received_by"] == {"kind": "minsei_iin", "name": "岡山 一郎"}
    assert saved[-1].data["consulter"] == {"relation": "minsei_iin"}
    # A 民生委員 never gives their own name or phone in the person's sheet.
    steps = []
    session, reply = outcome.session, outcome.reply
    while session.step != "summary":
        steps.append(session.step)
        skip = [c for c in reply.quick_replies if c.label in SKIPS]
        message = PostbackIn(skip[0].data) if skip else TextIn("1")
        outcome = flow.handle(session, message, None, CTX)
        session, reply = outcome.session, outcome.reply
    assert not {"consulter_detail", "consulter_name", "consulter_phone"} & set(steps)


def test_the_resident_profile_asks_who_is_writing() -> None:
    flow = IntakeFlow()
    started = flow.start(Session(), CTX)
    session, reply = tap(flow, started.session, started.reply, catalog.BY_BUTTONS)
    session, reply = tap(flow, session, reply, "介護")
    session, reply = tap(flow, session, reply, catalog.DONE)
    assert session.step == "consulter" and "どなたのこと" in texts(reply)
