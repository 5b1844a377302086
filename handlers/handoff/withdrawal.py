"""「同意を取り消す」, tapped or typed: the command (`handlers/commands.py`, `Withdrawal`)
works in every state of the conversation, even while staff have taken over."""

from __future__ import annotations

from handlers.handoff.consent_text import WITHDRAW_WORDS
from handlers.messages import Inbound, PostbackIn, TextIn


def is_withdrawal(message: Inbound) -> bool:
    if isinstance(message, PostbackIn):
        return message.tap.is_("withdraw")
    return isinstance(message, TextIn) and message.text.strip() in WITHDRAW_WORDS
