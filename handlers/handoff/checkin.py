"""The follow-up with the resident: asked at the hand-off as a separate, optional choice
(「○日後に、その後のようすを LINE でおたずねしてもいいですか？」), and, when they said yes,
the check-in `bot/` sends after those days (「その後いかがですか」) with three buttons.

The buttons work in any state (an answer may come days later, mid-sheet, or while staff
have the chat): the choice and the answer go to the case (`ChooseCheckIn`,
`AnswerCheckIn`); 「まだ連絡がない」 and 「また困っている」 alert staff (`bot/`)."""

from __future__ import annotations

from typing import Final

from handlers.catalog import NONE_TYPED
from handlers.context import Outcome, TurnContext
from handlers.effects import AnswerCheckIn, ChooseCheckIn
from handlers.menu import CASE_MENU, MAIN_MENU
from handlers.messages import Buttons, Choice, Inbound, PostbackIn, Reply, Text, TextIn, tap_of
from handlers.postback import payload
from handlers.session import Session
from handlers.typed_yes_no import typed_yes_or_no

CHOOSE_ACTION: Final = "checkin_ok"
ANSWER_ACTION: Final = "checkin"

ASK: Final = "{days}日後に、その後のようすを LINE でおたずねしてもいいですか？"
ASK_YES: Final = "はい"
ASK_NO: Final = "いいえ"
CHOSE_YES: Final = "わかりました。{days}日後に、このトークでおたずねします。"
CHOSE_NO: Final = "わかりました。こちらからはおたずねしません。"
# The question answered after the case was closed (終結): there is nothing to ask about.
CASE_GONE: Final = "このご相談は、すでに終わっています。また困ったときは、いつでも書いてください。"

CHECK_IN: Final = (
    "その後いかがですか。\nつないだ相談先と、お話しできましたか。下のボタンから教えてください。"
)
CHECK_IN_ALT: Final = "その後いかがですか"
# answer id → the button's words
ANSWERS: Final[dict[str, str]] = {
    "reached": "相談できた",
    "waiting": "まだ連絡がない",
    "again": "また困っている",
}
# Answers that tell staff help has not arrived, or that the person is in trouble again.
ALERTING: Final = frozenset({"waiting", "again"})
THANKS: Final[dict[str, str]] = {
    "reached": "お知らせいただき、ありがとうございます。安心しました。"
    "また困ったときは、いつでもこのトークに書いてください。",
    "waiting": "お知らせいただき、ありがとうございます。担当者に伝えました。"
    "担当者から、このトークか電話でご連絡します。",
    "again": "お知らせいただき、ありがとうございます。担当者に伝えました。"
    "よかったら、いまの困りごとをこのトークに書いてください。担当者に届けます。",
}


def ask_reply(days: int) -> Reply:
    """The optional question after the 受付番号: may we ask how it went after `days`?"""
    yes = Choice(ASK_YES, payload(CHOOSE_ACTION, v="yes"))
    no = Choice(ASK_NO, payload(CHOOSE_ACTION, v="no"))
    text = ASK.format(days=days)
    return Reply((Buttons(text=text, buttons=(yes, no), alt_text=text),), quick_replies=(yes, no))


def check_in_reply() -> Reply:
    """The check-in `bot/` sends when it falls due."""
    buttons = tuple(Choice(label, payload(ANSWER_ACTION, v=key)) for key, label in ANSWERS.items())
    return Reply((Buttons(text=CHECK_IN, buttons=buttons, alt_text=CHECK_IN_ALT),))


# Typed instead of tapped, while the question's buttons are the last shown (a language's
# 「Có」「Yes」 comes here as 「はい」: `handlers.languages.in_source_words`).
_TYPED_CHOICE: Final[dict[str, str]] = {
    ASK_YES: "yes",
    "うん": "yes",
    "ええ": "yes",
    "はい、お願いします": "yes",
    ASK_NO: "no",
    "いや": "no",
    "いいえ、けっこうです": "no",
}


def as_tap(message: Inbound, session: Session) -> Inbound:
    """The follow-up question answered by typing (「はい」) while its buttons were the last
    shown: as the tap; any other message as it came."""
    if not isinstance(message, TextIn) or not {ASK_YES, ASK_NO} <= set(session.offered):
        return message
    typed = message.text.strip().rstrip("。！!")
    value = _TYPED_CHOICE.get(typed)
    if value is None and typed in NONE_TYPED:
        value = "no"
    if value is None:
        # 「Yes please」「ok」「Sure」「是」「Không cần」「아니요」, in any language.
        meant = typed_yes_or_no(typed)
        value = None if meant is None else "no" if meant == "no" else "yes"
    return PostbackIn(payload(CHOOSE_ACTION, v=value)) if value else message


def is_check_in(message: Inbound) -> bool:
    """A tap on the follow-up question's or the check-in's buttons (a payload of neither
    goes the usual way, and is asked again there)."""
    if not isinstance(message, PostbackIn):
        return False
    action, value = message.tap.action, message.tap.value or ""
    return (action == CHOOSE_ACTION and value in ("yes", "no")) or (
        action == ANSWER_ACTION and value in ANSWERS
    )


def handle_check_in(session: Session, message: Inbound, ctx: TurnContext) -> Outcome:
    """The choice or the answer, recorded on the case, and thanks. The dispatcher keeps
    the bot quiet while staff have the chat, and asks a flow's open question again."""
    tap = tap_of(message)
    value = tap.value or ""
    effect: ChooseCheckIn | AnswerCheckIn
    if tap.is_(ANSWER_ACTION):
        effect = AnswerCheckIn(answer=value, alert=value in ALERTING)
        said = THANKS[value]
    elif ctx.case is None:
        return Outcome(session, Reply((Text(CASE_GONE),), quick_replies=MAIN_MENU))
    else:
        effect = ChooseCheckIn(agreed=value == "yes", days=ctx.checkin_days)
        said = CHOSE_YES.format(days=ctx.checkin_days) if value == "yes" else CHOSE_NO
    menu = (CASE_MENU if ctx.case is not None else MAIN_MENU) if session.flow == "idle" else ()
    return Outcome(session, Reply((Text(said),), quick_replies=menu), (effect,))
