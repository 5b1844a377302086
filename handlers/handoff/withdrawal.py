"""「同意を取り消す」 in every state of the conversation, even while staff have taken over:
withdrawing consent is the person's right at any moment. A crisis still comes first."""

from __future__ import annotations

from handlers.context import Outcome, TurnContext
from handlers.effects import WithdrawConsent
from handlers.handoff import wording
from handlers.handoff.consent_text import WITHDRAW_WORDS
from handlers.messages import Inbound, PostbackIn, Reply, Text, TextIn
from handlers.postback import parse_payload
from handlers.session import Session
from handlers.turn import Dispatcher
from nlu.types import Understanding


def is_withdrawal(message: Inbound) -> bool:
    if isinstance(message, PostbackIn):
        return parse_payload(message.data).get("a") == "withdraw"
    return isinstance(message, TextIn) and message.text.strip() in WITHDRAW_WORDS


class ConsentAwareDispatcher(Dispatcher):
    """The dispatcher, with the withdrawal command ahead of everything but a crisis."""

    def handle(
        self,
        session: Session,
        message: Inbound,
        understanding: Understanding | None,
        ctx: TurnContext,
    ) -> Outcome:
        crisis = understanding is not None and understanding.crisis
        if crisis or not is_withdrawal(message):
            return super().handle(session, message, understanding, ctx)
        said = Reply((Text(wording.WITHDRAW_RECEIVED),))
        if session.staff_active or session.flow == "idle":
            return Outcome(session, said, (WithdrawConsent(),))
        resume = self.flow(session.flow).prompt(session, ctx)
        return Outcome(resume.session, said + resume.reply, (WithdrawConsent(), *resume.effects))
