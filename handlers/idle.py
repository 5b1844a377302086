"""The main menu flow: where a conversation rests between consultations."""

from __future__ import annotations

from handlers import catalog, languages
from handlers.context import Outcome, TurnContext
from handlers.menu import MAIN_MENU
from handlers.messages import FollowIn, Inbound, MediaIn, Reply, Text, TextIn
from handlers.session import Session
from nlu.types import Understanding

ACT_REPLIES = {
    "greet": "こんにちは。" + catalog.HELP_REPLY,
    "thanks": catalog.THANKS_REPLY,
    "ask_hours": catalog.HOURS_REPLY,
    "help": catalog.HELP_REPLY,
    "stop": catalog.STOPPED,
}


THANKS_WORDS = ("ありがとう", "有難う", "有り難う", "感謝", "お世話になりました")
THANKS_OVER = (None, "greet", "stop", "unknown")  # acts a word of thanks outweighs


def _thanks(text: str) -> bool:
    return any(word in text for word in THANKS_WORDS)


def welcome(session: Session) -> Outcome:
    text = catalog.WELCOME if not session.welcomed else catalog.WELCOME_BACK
    reply = Reply((Text(text), Text(catalog.MENU_PROMPT)), quick_replies=MAIN_MENU)
    return Outcome(session.at("idle", None, welcomed=True), reply)


class IdleFlow:
    name = "idle"

    def start(self, session: Session, ctx: TurnContext) -> Outcome:
        return self.prompt(session.at("idle", None), ctx)

    def prompt(self, session: Session, ctx: TurnContext) -> Outcome:
        return Outcome(session, Reply((Text(catalog.MENU_PROMPT),), quick_replies=MAIN_MENU))

    def handle(
        self,
        session: Session,
        message: Inbound,
        understanding: Understanding | None,
        ctx: TurnContext,
    ) -> Outcome:
        if isinstance(message, FollowIn):
            return welcome(session)
        if isinstance(message, MediaIn):
            reply = Reply((Text(catalog.MEDIA_RECEIVED), Text(catalog.MENU_PROMPT)), MAIN_MENU)
            return Outcome(session, reply)
        act = understanding.act if understanding else None
        if isinstance(message, TextIn) and act in THANKS_OVER and _thanks(message.text):
            act = "thanks"  # 「ありがとうございます。よろしくお願いします。」 is thanks
        with_choice = (*MAIN_MENU, languages.pick_button())
        if act in ACT_REPLIES:
            # 「Hello」「Xin chào」 from someone with no language kept: answered, and the
            # choice of language one tap away.
            foreign = not ctx.chosen and languages.not_japanese(message)
            return Outcome(
                session, Reply((Text(ACT_REPLIES[act]),), with_choice if foreign else MAIN_MENU)
            )
        # Unread words from someone with no language kept may be a language the bot
        # cannot read yet (「Ajuda」「Cần giúp」): the choice of language is one tap away.
        buttons = MAIN_MENU if ctx.chosen else with_choice
        return Outcome(session.missed(), Reply((Text(catalog.NOT_UNDERSTOOD),), buttons))


IDLE = IdleFlow()


def tells_a_trouble(message: Inbound, understanding: Understanding | None) -> bool:
    """Words of a trouble, not a greeting, thanks or a question about the service."""
    return (
        isinstance(message, TextIn)
        and understanding is not None
        and understanding.act is None
        and bool(understanding.categories)
    )
