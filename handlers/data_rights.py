"""「同意・データのこと」 (rich menu): the person's rights over what they told the city.

Three choices: 共有の記録 (what was shared, with whom and on which basis: `ShowSharing`),
同意を取り消す (handled everywhere by `handlers/handoff/withdrawal.py`) and データの削除,
which asks for an explicit confirmation and then asks the runtime to delete
(`EraseData`). The record of what was already provided to whom stays, as the law asks;
the person is told so before they confirm."""

from __future__ import annotations

from typing import Final

from handlers.context import Outcome, TurnContext
from handlers.effects import EraseData, ShowSharing
from handlers.handoff import wording
from handlers.idle import IDLE
from handlers.menu import MAIN_MENU
from handlers.messages import Choice, Inbound, PostbackIn, Reply, Text
from handlers.postback import payload
from handlers.session import Session
from nlu.types import Understanding

NAME: Final = "data_rights"
ACTION: Final = "data"

MENU_LABEL: Final = "同意・データのこと"
# The rich menu's area (postback): enters this flow from any state, like the main menu.
RICH_MENU_DATA: Final = payload("menu", v="data")

LEAD: Final = (
    "同意とデータについて、できることです。\n"
    "・共有の記録：どこに・いつ・どんな根拠で共有したかをお送りします。\n"
    "・同意を取り消す：これから先、相談内容を新しく共有しなくなります。\n"
    "・データの削除：このLINEでお話しいただいた内容を、市のデータから消します。"
)
CONFIRM: Final = (
    "データを削除すると、このLINEでのやりとり、つなぐシート、相談の記録が消え、"
    "元に戻せません。市の担当者も見られなくなり、進んでいる相談も終わります。\n"
    "ただし、どの相談機関にいつ共有したかの記録だけは、法律で残すことになっています"
    "（お話の内容は残りません）。\n本当に削除しますか？"
)
ERASED: Final = "データを削除しました。また相談したくなったら、いつでも最初からお話しください。"
# Under ERASED when a case was kept whole (`cases.retention.held_from_erasure`).
ERASURE_HELD: Final = (
    "ただし、命や体に関わるご相談と、ご本人が担当者に同意されたご相談は、記録を残して"
    "担当者が対応を続けます。削除のご希望は担当者に伝えました。"
)
KEPT: Final = "削除はしていません。このままお使いいただけます。"
SHARING_COMING: Final = "これまでに共有した先を、続けてお送りします。"

SHARED: Final = Choice("共有の記録", payload(ACTION, v="shared"))
WITHDRAW: Final = Choice("同意を取り消す", payload("withdraw"))
ERASE: Final = Choice("データの削除", payload(ACTION, v="erase"))
ERASE_YES: Final = Choice("削除する", payload(ACTION, v="erase_confirmed"))
CANCEL: Final = Choice("やめる", payload(ACTION, v="cancel"))
BUTTONS: Final = (SHARED, WITHDRAW, ERASE, ERASE_YES, CANCEL)


class DataRightsFlow:
    name = NAME

    def start(self, session: Session, ctx: TurnContext) -> Outcome:
        return self.prompt(session.at(NAME, "choose"), ctx)

    def prompt(self, session: Session, ctx: TurnContext) -> Outcome:
        if session.step == "confirm":
            return Outcome(session, Reply((Text(CONFIRM),), quick_replies=(ERASE_YES, CANCEL)))
        lead = LEAD
        if ctx.case is not None:
            lead += "\n" + wording.DATA_CASE_LINE.format(number=ctx.case.number)
        return Outcome(
            session, Reply((Text(lead),), quick_replies=(SHARED, WITHDRAW, ERASE, CANCEL))
        )

    def handle(
        self,
        session: Session,
        message: Inbound,
        understanding: Understanding | None,
        ctx: TurnContext,
    ) -> Outcome:
        choice = _choice(message)
        if choice == "cancel":
            menu = IDLE.start(session, ctx)
            return Outcome(menu.session, Reply((Text(KEPT),)) + menu.reply)
        if choice == "shared":
            said = Reply((Text(SHARING_COMING),), quick_replies=MAIN_MENU)
            return Outcome(session.at("idle", None), said, (ShowSharing(),))
        if choice == "erase":
            return self.prompt(session.at(NAME, "confirm"), ctx)
        if choice == "erase_confirmed" and session.step == "confirm":
            fresh = Session(welcomed=True, staff_active=session.staff_active)
            reply = Reply((Text(ERASED),), quick_replies=MAIN_MENU)
            return Outcome(fresh, reply, (EraseData(),))
        # Anything else (typed text, an old button): ask again, deleting nothing.
        return self.prompt(session.missed(), ctx)


def _choice(message: Inbound) -> str | None:
    if not isinstance(message, PostbackIn):
        return None
    return message.tap.value if message.tap.is_(ACTION) else None
