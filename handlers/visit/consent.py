"""After a visit's sheet: the agencies, the consent text, and how the resident says yes —
on a one-time page shown on the 民生委員's phone (signature or 「同意します」), by voice
with the 民生委員 as witness, or not at all. `bot/` records it and answers."""

from __future__ import annotations

from dataclasses import replace
from typing import Literal

from directory.loader import city_hall_phone
from handlers.context import Outcome, TurnContext
from handlers.effects import VisitConsent
from handlers.handoff import wording as handoff_wording
from handlers.handoff.consent_text import ConsentText, visit_consent_text
from handlers.handoff.flow import case_to_open, consent_decision
from handlers.handoff.suggestions import Suggester, Suggestions
from handlers.intake.flow import HANDOFF_KEYS, load
from handlers.intake.state import SESSION_KEY
from handlers.messages import Buttons, Choice, Inbound, PostbackIn, Reply, Text, TextIn
from handlers.postback import payload
from handlers.session import Session
from handlers.sheet import ConfirmedSheet
from handlers.visit import wording as say
from nlu.types import Understanding

NAME = "visit_handoff"
ACTION = "visitconsent"
Method = Literal["page", "verbal", "declined"]
METHODS: dict[str, Method] = {"page": "page", "verbal": "verbal", "declined": "declined"}
BY_PAGE = Choice(say.BY_PAGE, payload(ACTION, v="page"))
BY_VOICE = Choice(say.BY_VOICE, payload(ACTION, v="verbal"))
NOT_GIVEN = Choice(say.NOT_GIVEN, payload(ACTION, v="declined"))
TYPED = {say.BY_PAGE: "page", say.BY_VOICE: "verbal", say.NOT_GIVEN: "declined"}
RESIDENT = "ご本人"
# The visited resident answers for themself, with their 民生委員 present.
PERSON_WITH_MINSEI = "self_with_minsei"


class VisitHandoffFlow:
    name = NAME

    def __init__(self, suggest: Suggester) -> None:
        self.suggest = suggest

    def _prepare(
        self, session: Session, ctx: TurnContext
    ) -> tuple[ConfirmedSheet, Suggestions, ConsentText]:
        sheet = ConfirmedSheet.from_session(session.data)
        found = self.suggest(sheet, ctx)
        names = [g.name for g in found.grantees]
        return sheet, found, visit_consent_text(names, city_hall_phone(ctx.municipality))

    def _question(self) -> Reply:
        ask = Buttons(say.HOW_ASK, (BY_PAGE, BY_VOICE, NOT_GIVEN), alt_text=say.HOW_ASK[:100])
        return Reply((ask,), quick_replies=(BY_PAGE, BY_VOICE, NOT_GIVEN))

    def start(self, session: Session, ctx: TurnContext) -> Outcome:
        _, found, text = self._prepare(session, ctx)
        lead = handoff_wording.SUGGESTIONS_LEAD if found.cards else handoff_wording.NO_SUGGESTIONS
        cards = Reply((found.cards,)) if found.cards else Reply()
        reply = Reply((Text(lead),)) + cards + Reply((Text(text.text),)) + self._question()
        return Outcome(session.at(NAME, "how"), reply)

    def prompt(self, session: Session, ctx: TurnContext) -> Outcome:
        return Outcome(session, self._question())

    def handle(
        self,
        session: Session,
        message: Inbound,
        understanding: Understanding | None,
        ctx: TurnContext,
    ) -> Outcome:
        method = _method(message)
        if method is None:
            return Outcome(session.missed(), Reply((Text(say.HOW_AGAIN),)) + self._question())
        sheet, found, text = self._prepare(session, ctx)
        if sheet.sheet_ref is None:
            return Outcome(finished(session), Reply((Text(say.VISIT_GONE),)))
        state = load(session)
        person = state.get("person.name") if state is not None else None
        consent = consent_decision(
            sheet,
            found,
            text,
            given=method != "declined",
            grantor=PERSON_WITH_MINSEI,
            subject=str(person or RESIDENT),
            channel="visit",
        )
        effect = VisitConsent(sheet.sheet_ref, method, consent, case_to_open(sheet, found))
        # `bot/` answers: the page's link, the case number, or that nothing was shared.
        return Outcome(finished(session), Reply(), (effect,))


def finished(session: Session) -> Session:
    """The visit is out of hand: its draft and hand-off view leave the conversation."""
    gone = (SESSION_KEY, *HANDOFF_KEYS, "crisis_flags")
    kept = {k: v for k, v in session.data.items() if k not in gone}
    return replace(session, data=kept).at("idle", None)


def _method(message: Inbound) -> Method | None:
    if isinstance(message, PostbackIn):
        tap = message.tap
        return METHODS.get(tap.value or "") if tap.is_(ACTION) else None
    if isinstance(message, TextIn):
        return METHODS.get(TYPED.get(message.text.strip(), ""))
    return None
