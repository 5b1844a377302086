"""The dispatcher with visit mode's commands: 「民生委員登録 CODE」 from anyone, and for a
registered 民生委員 「訪問相談を始める」「訪問記録」「続きの訪問」 in every state. A crisis
still comes first."""

from __future__ import annotations

from handlers.context import Outcome, TurnContext
from handlers.effects import ListVisits, RedeemInvite, VisitConsent
from handlers.flow import Flow
from handlers.handoff.withdrawal import ConsentAwareDispatcher
from handlers.messages import Inbound, Reply
from handlers.session import Session
from handlers.visit.answers import not_registered_reply, registration_reply
from handlers.visit.commands import Command, command_of
from handlers.visit.consent import Method
from handlers.visit.flow import VisitFlow
from nlu.types import Understanding

# The buttons of a visit still waiting for consent (「訪問記録」).
LATER_CONSENT: dict[str, Method] = {"reissue": "page", "verbal": "verbal", "declined": "declined"}


class VisitAwareDispatcher(ConsentAwareDispatcher):
    def __init__(self, flows: dict[str, Flow], visits: VisitFlow) -> None:
        super().__init__({**flows, visits.name: visits})
        self.visits = visits

    def handle(
        self,
        session: Session,
        message: Inbound,
        understanding: Understanding | None,
        ctx: TurnContext,
    ) -> Outcome:
        crisis = understanding is not None and understanding.crisis
        command = None if crisis else command_of(message)
        if command is None:
            return super().handle(session, message, understanding, ctx)
        return self._command(session, command, ctx)

    def _command(self, session: Session, command: Command, ctx: TurnContext) -> Outcome:
        if command.verb == "register":
            if not command.arg:
                return Outcome(session, registration_reply("missing"))
            # `bot/` checks the code and answers.
            return Outcome(session, Reply(), (RedeemInvite(command.arg),))
        if ctx.helper is None:
            return Outcome(session, not_registered_reply())
        if command.verb == "start":
            return self.visits.start(session, ctx)
        if command.verb == "switch":
            return self.visits.choose(session, ctx)
        if command.verb == "resume":
            return self.visits.take_up(session, command.arg, ctx)
        if command.verb == "list":
            return Outcome(session, Reply(), (ListVisits(),))
        method = LATER_CONSENT.get(command.verb)
        if method is not None and command.arg:
            return Outcome(session, Reply(), (VisitConsent(command.arg, method),))
        return self.flow(session.flow).prompt(session, ctx)
