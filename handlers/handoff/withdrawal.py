"""「同意を取り消す」, tapped or typed: the command (`handlers/commands.py`, `Withdrawal`)
works in every state of the conversation, even while staff have taken over. It is asked
once more before anything is withdrawn (a tap by mistake ends what is shared). Its
buttons carry the answer, so the question holds in any state; 「はい」 or 「取り消す」 typed
soon after it answers it too."""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime, timedelta
from typing import Final, Literal

from handlers.handoff import wording
from handlers.handoff.consent_text import WITHDRAW_WORDS
from handlers.messages import Choice, Confirm, Inbound, PostbackIn, TextIn
from handlers.postback import payload
from handlers.typed_yes_no import typed_yes_or_no

ACTION: Final = "withdraw"
WITHDRAW_YES: Final = Choice(wording.WITHDRAW_YES, payload(ACTION, v="yes"))
WITHDRAW_NO: Final = Choice(wording.WITHDRAW_NO, payload(ACTION, v="no"))
ASKED: Final = Confirm(wording.WITHDRAW_ASK, WITHDRAW_YES, WITHDRAW_NO)
# When the question was asked (ISO text in the session's data): a typed answer counts
# for a while after it, and only then.
ASKED_AT: Final = "withdraw_asked_at"
TYPED_ANSWER_FOR: Final = timedelta(minutes=10)
TYPED_YES: Final = frozenset({"はい", "取り消す", "取り消します", "とりけす", "とりけします"})
TYPED_NO: Final = frozenset(
    {"いいえ", "取り消さない", "取り消しません", "とりけさない", "やめる", "やめます"}
)

# 「やっぱり同意をとりけしたいです」「同意の撤回をお願いします」: the wish in other words, in a
# short message (a long one that mentions it is a story, asked about by staff).
_WITHDRAWAL_SAID: Final = re.compile(r"(同意|どうい)(を|の|は)?(取り?消|とりけ|取消|撤回|てっかい)")
_SAID_SHORT: Final = 40

Withdrawing = Literal["ask", "confirmed", "kept"]


def withdrawal_step(message: Inbound, asked_at: datetime | None = None) -> Withdrawing | None:
    """「同意を取り消す」 asks; its 「取り消す」 withdraws, 「取り消さない」 keeps — tapped,
    or typed while the question is fresh (`asked_at`, within `TYPED_ANSWER_FOR` of the
    message)."""
    if isinstance(message, PostbackIn) and message.tap.is_(ACTION):
        answered: dict[str | None, Withdrawing] = {"yes": "confirmed", "no": "kept"}
        return answered.get(message.tap.value, "ask")  # an older button without one asks
    if not isinstance(message, TextIn):
        return None
    text = message.text.strip()
    if text in WITHDRAW_WORDS or (len(text) <= _SAID_SHORT and _WITHDRAWAL_SAID.search(text)):
        return "ask"
    if asked_at is None:
        return None
    return _typed_answer(message.text)


def _typed_answer(text: str) -> Withdrawing | None:
    said = unicodedata.normalize("NFKC", text).strip(" 　。、.!！?？")
    if said in TYPED_YES or said == wording.WITHDRAW_YES:
        return "confirmed"
    if said in TYPED_NO or said == wording.WITHDRAW_NO:
        return "kept"
    typed = typed_yes_or_no(said)  # 「Yes」「Có」 / 「No」; 「ok」 is neither here
    if typed == "yes":
        return "confirmed"
    return "kept" if typed == "no" else None


def asked_recently(asked: datetime | None, now: datetime) -> datetime | None:
    """When the question was asked, if a typed answer now still answers it."""
    if asked is None:
        return None
    return asked if timedelta(0) <= now - asked <= TYPED_ANSWER_FOR else None


def is_withdrawal(message: Inbound) -> bool:
    return withdrawal_step(message) is not None
