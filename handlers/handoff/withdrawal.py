"""「同意を取り消す」, tapped or typed: the command (`handlers/commands.py`, `Withdrawal`)
works in every state of the conversation, even while staff have taken over. It is asked
once more before anything is withdrawn (a tap by mistake ends what is shared), with its
buttons carrying the answer, so the question holds in any state."""

from __future__ import annotations

from typing import Final, Literal

from handlers.handoff import wording
from handlers.handoff.consent_text import WITHDRAW_WORDS
from handlers.messages import Choice, Confirm, Inbound, PostbackIn, TextIn
from handlers.postback import payload

ACTION: Final = "withdraw"
WITHDRAW_YES: Final = Choice(wording.WITHDRAW_YES, payload(ACTION, v="yes"))
WITHDRAW_NO: Final = Choice(wording.WITHDRAW_NO, payload(ACTION, v="no"))
ASKED: Final = Confirm(wording.WITHDRAW_ASK, WITHDRAW_YES, WITHDRAW_NO)

Withdrawing = Literal["ask", "confirmed", "kept"]


def withdrawal_step(message: Inbound) -> Withdrawing | None:
    """「同意を取り消す」 asks; its 「取り消す」 withdraws, 「取り消さない」 keeps."""
    if isinstance(message, PostbackIn) and message.tap.is_(ACTION):
        answered: dict[str | None, Withdrawing] = {"yes": "confirmed", "no": "kept"}
        return answered.get(message.tap.value, "ask")  # an older button without one asks
    if isinstance(message, TextIn) and message.text.strip() in WITHDRAW_WORDS:
        return "ask"
    return None


def is_withdrawal(message: Inbound) -> bool:
    return withdrawal_step(message) is not None
