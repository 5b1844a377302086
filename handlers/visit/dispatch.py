"""The dispatcher with visit mode's commands: 「民生委員登録 CODE」 from anyone, and for a
registered 民生委員 「訪問相談を始める」「訪問記録」「続きの訪問」 in every state. A crisis
still comes first.

A registered 民生委員's 「同意を取り消す」 and 「データの削除」 would act on the consents and
sheets of every resident they visited at once: they are answered with where the
resident's own wish goes (the city's staff) instead."""

from __future__ import annotations

from handlers.context import Outcome, TurnContext
from handlers.data_rights import ACTION as DATA_ACTION
from handlers.effects import ListVisits, RedeemInvite, VisitConsent
from handlers.flow import Flow
from handlers.handoff.withdrawal import ConsentAwareDispatcher, is_withdrawal
from handlers.messages import Inbound, PostbackIn, Reply, Text
from handlers.postback import parse_payload
from handlers.session import Session
from handlers.visit import wording as say
from handlers.visit.answers import not_registered_reply, registration_reply
from handlers.visit.commands import HELPER_MENU, Command, command_of
from handlers.visit.consent import Method
from handlers.visit.flow import VisitFlow
from nlu.types import Understanding

# The buttons of a visit still waiting for consent (「訪問記録」).
LATER_CONSENT: dict[str, Method] = {"reissue": "page", "verbal": "verbal", "declined": "declined"}


class VisitAwareDispatcher(ConsentAwareDispatcher):
    def __init__(
        self, flows: dict[str, Flow], visits: VisitFlow, after_handoff: Flow | None = None
    ) -> None:
        super().__init__({**flows, visits.name: visits}, after_handoff)
        self.visits = visits

    def handle(
        self,
        session: Session,
        message: Inbound,
        understanding: Understanding | None,
        ctx: TurnContext,
    ) -> Outcome:
        crisis = understanding is not None and understanding.crisis
        if not crisis and ctx.helper is not None and touches_visited_data(message):
            return self._residents_data(session, ctx)
        command = None if crisis else command_of(message)
        if command is None:
            return super().handle(session, message, understanding, ctx)
        return self._command(session, command, ctx)

    def _residents_data(self, session: Session, ctx: TurnContext) -> Outcome:
        said = Reply((Text(say.RESIDENTS_DATA),), quick_replies=HELPER_MENU)
        if session.flow == "idle":
            return Outcome(session, said)
        resume = self.flow(session.flow).prompt(session, ctx)
        return Outcome(resume.session, said + resume.reply, resume.effects)

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


def touches_visited_data(message: Inbound) -> bool:
    """「同意を取り消す」, the 「同意・データのこと」 menu or its 「データの削除」 buttons."""
    if is_withdrawal(message):
        return True
    if not isinstance(message, PostbackIn):
        return False
    fields = parse_payload(message.data)
    menu_data = fields.get("a") == "menu" and fields.get("v") == "data"
    return fields.get("a") == DATA_ACTION or menu_data
