"""After the hand-off the case is the conversation.

Until the case is closed or the person starts a new consultation on purpose
(「新しい相談をする」), what they write at the main menu — words, a photo, a sticker — goes
to their open case (`TurnContext.case`): one line says it was added, under which 受付番号,
and when staff answer (the hours of the agencies working the case, holidays and 年末年始
counted). Staff see it unread and are alerted (`AddToCase`, throttled in `bot/`). A phone
number or a clearly new trouble in it is offered to staff as a proposed change, never
applied to the sheet alone. No new sheet starts by itself."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Final, Literal

from handlers.context import CaseInHand, Outcome, TurnContext
from handlers.effects import AddToCase
from handlers.handoff import wording
from handlers.handoff.next_steps import Hours, when_staff_answer
from handlers.idle import IDLE
from handlers.menu import CASE_MENU
from handlers.messages import Inbound, MediaIn, Reply, Text, TextIn
from handlers.session import Session
from nlu.extract.phones import phone_in_words
from nlu.types import Understanding

NAME = "after_handoff"
# A trouble read with at least this confidence, and not yet on the case, is proposed.
NEW_TROUBLE_CONFIDENCE = 0.5
# Signs of abuse (「むすこが おかねを もっていくんよ」) are put to staff at a lower one: a
# proposal staff turn down costs little, a sign of harm missed costs much.
SIGNS_OF_HARM = frozenset({"abuse"})
SIGN_OF_HARM_CONFIDENCE = 0.3
# How long after staff's reply in the chat the person is told it reaches that person.
STAFF_STILL_THERE: Final = timedelta(hours=1)

HoursOf = Callable[[tuple[str, ...], str], tuple[Hours, ...]]
"""The opening hours of the agencies (ids) of a city (municipality id)."""


class CaseFollowUps:
    """Answers at the main menu while a handed-off case is open. The session stays at
    the main menu: whether a case is open is the database's to say, every turn."""

    name = NAME

    def __init__(self, hours_of: HoursOf) -> None:
        self.hours_of = hours_of

    def start(self, session: Session, ctx: TurnContext) -> Outcome:
        return self.prompt(session.at("idle", None), ctx)

    def prompt(self, session: Session, ctx: TurnContext) -> Outcome:
        """Where things stand: the open case, and how to start another consultation."""
        if ctx.case is None:
            return IDLE.prompt(session, ctx)
        said = Text(wording.CASE_OPEN.format(number=ctx.case.number))
        return Outcome(session, Reply((said,), quick_replies=CASE_MENU))

    def handle(
        self,
        session: Session,
        message: Inbound,
        understanding: Understanding | None,
        ctx: TurnContext,
    ) -> Outcome:
        case = ctx.case
        if case is None:
            return IDLE.handle(session, message, understanding, ctx)
        if not isinstance(message, TextIn | MediaIn):
            return self.prompt(session, ctx)  # an old button: nothing to add
        if _only_thanks(message, understanding):
            # 「ありがとうございました」 after staff answered: kept on the case, no staff
            # alert at night, and no 「担当者がお返事します」 for words that ask nothing.
            said = Text(wording.THANKED.format(number=case.number))
            kept = adding(message, understanding, case, alert=False)
            return Outcome(
                session.at("idle", None), Reply((said,), quick_replies=CASE_MENU), (kept,)
            )
        when = (
            wording.WHEN_STAFF_JUST_WROTE
            if staff_just_wrote(case, ctx.now)
            else when_staff_answer(ctx.now, self.hours_of(case.agency_ids, ctx.municipality))
        )
        said = Text(wording.ADDED.format(number=case.number, when=when))
        added = adding(message, understanding, case)
        return Outcome(session.at("idle", None), Reply((said,), quick_replies=CASE_MENU), (added,))


def staff_just_wrote(case: CaseInHand, now: datetime) -> bool:
    """Staff replied in the chat a little while ago: what the person writes now answers
    them, and 「いまは受付時間外です」 would say the one who just wrote is gone."""
    wrote = case.staff_wrote_at
    return wrote is not None and timedelta(0) <= now - wrote <= STAFF_STILL_THERE


def _only_thanks(message: Inbound, understanding: Understanding | None) -> bool:
    return (
        isinstance(message, TextIn)
        and understanding is not None
        and understanding.act == "thanks"
        and not understanding.categories
        and not understanding.crisis
        and phone_in_words(message.text) is None
    )


def adding(
    message: Inbound, understanding: Understanding | None, case: CaseInHand, alert: bool = True
) -> AddToCase:
    """The message as an addition to the case, with the changes it proposes."""
    text = message.text if isinstance(message, TextIn) else ""
    phone = phone_in_words(text) if text else None
    return AddToCase(
        alert=alert,
        phone=phone.e164 if phone is not None else None,
        mobile=phone.mobile if phone is not None else False,
        categories=new_troubles(understanding, case),
        phone_of=whose_number(text) if phone is not None else None,
    )


# 「父の携帯は…」「母さんの番号」: the person's; 「私の携帯」「自分の番号」: the writer's.
_NUMBER: Final = r"(携帯|けいたい|ケータイ|電話|でんわ|番号|ばんごう|スマホ)"
_PERSONS_NUMBER: Final = re.compile(
    r"(父|母|夫|妻|主人|家内|息子|娘|祖父|祖母|兄|弟|姉|妹|本人|親|おとう|おかあ|じいちゃん|ばあちゃん"
    r"|じいさん|ばあさん|おやじ|おふくろ)(さん|さま|様|ちゃん)?の" + _NUMBER
)
_WRITERS_NUMBER: Final = re.compile(r"(私|わたし|自分|僕|ぼく|俺|おれ|あたし)の" + _NUMBER)


def whose_number(text: str) -> Literal["person", "writer"] | None:
    """Whose phone number a follow-up gives, as its words say; None when they do not."""
    if _PERSONS_NUMBER.search(text):
        return "person"
    if _WRITERS_NUMBER.search(text):
        return "writer"
    return None


def new_troubles(understanding: Understanding | None, case: CaseInHand) -> tuple[str, ...]:
    """Troubles the message clearly states that the case does not have yet."""
    if understanding is None or understanding.act is not None:
        return ()
    new = [c for c in understanding.categories if c not in case.categories and c != "other"]
    if understanding.confidence >= NEW_TROUBLE_CONFIDENCE:
        return tuple(new)
    if understanding.confidence >= SIGN_OF_HARM_CONFIDENCE:
        return tuple(c for c in new if c in SIGNS_OF_HARM)
    return ()
