"""Visit mode's commands, ahead of every other (`handlers/commands.py`): 「民生委員登録
CODE」 from anyone, and for a registered 民生委員 「訪問相談を始める」「訪問記録」「続きの訪問」
in every state. A crisis still comes first.

A registered 民生委員's 「同意を取り消す」 and 「データの削除」 would act on the consents and
sheets of every resident they visited at once: they are answered with where the
resident's own wish goes (the city's staff) instead."""

from __future__ import annotations

from typing import Final

from handlers.commands import Command, Conversation
from handlers.context import Outcome, TurnContext
from handlers.data_rights import ACTION as DATA_ACTION
from handlers.effects import ListVisits, RedeemInvite, VisitConsent
from handlers.handoff.withdrawal import is_withdrawal
from handlers.messages import Inbound, PostbackIn, Reply, Text
from handlers.session import Session
from handlers.visit import wording as say
from handlers.visit.answers import not_registered_reply, registration_reply
from handlers.visit.commands import HELPER_MENU, command_of
from handlers.visit.consent import Method
from handlers.visit.flow import VisitFlow
from handlers.visit.followup import VisitFollowUps
from nlu.types import Understanding

# The buttons of a visit still waiting for consent (「訪問記録」).
LATER_CONSENT: Final[dict[str, Method]] = {
    "reissue": "page",
    "verbal": "verbal",
    "declined": "declined",
}


class VisitedResidentsData:
    """A registered 民生委員's 「同意を取り消す」 or 「データの削除」: where the resident's own
    wish goes instead, then the open question again."""

    while_staff_active = True

    def answer(
        self,
        conversation: Conversation,
        session: Session,
        message: Inbound,
        understanding: Understanding | None,
        ctx: TurnContext,
    ) -> Outcome | None:
        if ctx.helper is None or not touches_visited_data(message):
            return None
        said = Reply((Text(say.RESIDENTS_DATA),), quick_replies=HELPER_MENU)
        if session.flow == "idle":
            return Outcome(session, said)
        resume = conversation.flow(session.flow).prompt(session, ctx)
        return Outcome(resume.session, said + resume.reply, resume.effects)


class VisitCommands:
    """「民生委員登録 CODE」, and a registered 民生委員's visit commands."""

    while_staff_active = True

    def __init__(self, visits: VisitFlow) -> None:
        self.visits = visits

    def answer(
        self,
        conversation: Conversation,
        session: Session,
        message: Inbound,
        understanding: Understanding | None,
        ctx: TurnContext,
    ) -> Outcome | None:
        command = command_of(message)
        if command is None:
            return None
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
        return conversation.flow(session.flow).prompt(session, ctx)


def visit_commands(visits: VisitFlow) -> tuple[Command, ...]:
    """Visit mode's commands, in the order tried (before 「同意を取り消す」)."""
    return (VisitedResidentsData(), VisitCommands(visits), VisitFollowUps(visits))


def touches_visited_data(message: Inbound) -> bool:
    """「同意を取り消す」, the 「同意・データのこと」 menu or its 「データの削除」 buttons."""
    if is_withdrawal(message):
        return True
    if not isinstance(message, PostbackIn):
        return False
    tap = message.tap
    return tap.is_(DATA_ACTION) or (tap.is_("menu") and tap.value == "data")
