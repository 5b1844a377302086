"""Answers `bot/` gives after looking something up (the code, the consent page, the
visits): worded here so every sentence of visit mode lives in `handlers/visit/`."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from handlers.messages import Buttons, LinkChoice, Reply, Text
from handlers.visit import wording as say
from handlers.visit.commands import HELPER_MENU, about_visit

REGISTRATION_WORDS = {
    "already_registered": say.ALREADY_REGISTERED,
    "used": say.CODE_USED,
    "revoked": say.CODE_REVOKED,
    "unknown": say.CODE_UNKNOWN,
    "missing": say.CODE_MISSING,
    "too_many": say.CODE_TOO_MANY,
}


@dataclass(frozen=True, slots=True)
class SentVisit:
    """A visit handed to the city, as its 民生委員 may see it: the day, the case number
    and where it stands — nothing of the sheet, no staff notes."""

    day: date
    number: str
    status: str


@dataclass(frozen=True, slots=True)
class AwaitingVisit:
    """A visit whose consent page was issued but not answered yet."""

    ref: str
    day: date


def registration_reply(outcome: str, name: str = "", district: str = "") -> Reply:
    if outcome == "registered":
        text = say.REGISTERED.format(name=name, district=district)
        return Reply((Text(text),), quick_replies=HELPER_MENU)
    menu = HELPER_MENU if outcome == "already_registered" else ()
    return Reply((Text(REGISTRATION_WORDS.get(outcome, say.CODE_UNKNOWN)),), quick_replies=menu)


def not_registered_reply() -> Reply:
    return Reply((Text(say.NOT_REGISTERED),))


def page_reply(url: str) -> Reply:
    button = Buttons(
        text=say.PAGE_LEAD[:160],
        buttons=(LinkChoice(say.PAGE_BUTTON, url),),
        alt_text=say.PAGE_ALT,
    )
    return Reply((button,), quick_replies=HELPER_MENU)


def sent_reply(number: str) -> Reply:
    return Reply((Text(say.VISIT_SENT.format(number=number)),), quick_replies=HELPER_MENU)


def declined_reply() -> Reply:
    return Reply((Text(say.VISIT_DECLINED),), quick_replies=HELPER_MENU)


def gone_reply() -> Reply:
    return Reply((Text(say.VISIT_GONE),), quick_replies=HELPER_MENU)


def _day(value: date) -> str:
    return f"{value.month}月{value.day}日"


def visits_reply(sent: Sequence[SentVisit], awaiting: Sequence[AwaitingVisit]) -> Reply:
    """「訪問記録」: the visits this 民生委員 sent, status only, and those awaiting consent
    with a button to finish each."""
    if not sent and not awaiting:
        return Reply((Text(say.VISITS_NONE),), quick_replies=HELPER_MENU)
    messages: list[Text | Buttons] = []
    if sent:
        rows = [
            say.VISIT_ROW.format(
                day=_day(v.day),
                number=v.number,
                status=say.CASE_STATUS_FOR_HELPER.get(v.status, v.status),
            )
            for v in sent
        ]
        messages.append(Text("\n".join((say.VISITS_LEAD, *rows))))
    for visit in awaiting[:3]:
        messages.append(
            Buttons(
                text=say.AWAITING_ROW.format(day=_day(visit.day)),
                buttons=(
                    about_visit("reissue", visit.ref, say.REISSUE),
                    about_visit("verbal", visit.ref, say.BY_VOICE),
                    about_visit("declined", visit.ref, say.NOT_GIVEN),
                ),
                alt_text=say.AWAITING_ROW.format(day=_day(visit.day)),
            )
        )
    if awaiting:
        lead = Text(say.AWAITING_LEAD.format(count=len(awaiting)))
        messages.insert(1 if sent else 0, lead)
    return Reply(tuple(messages[:5]), quick_replies=HELPER_MENU)
