"""A registered 民生委員 writes at the main menu about someone (「先日の佐藤さん、また電気を
止められたそうです」). Their one LINE chat carries their own consultations and the visits of
many residents, so the words are not taken as a new sheet of their own: they are kept, and
the bot asks whose they are — a visit they handed over whose case is still open (the words
then go to that case, unread, and staff are alerted as for any follow-up), a new visit
(the words are its note), or their own consultation (the words are its story)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any, Final

from handlers.commands import Conversation
from handlers.context import Helper, Outcome, TurnContext
from handlers.effects import FileWithVisit
from handlers.flow import OpensWithStory
from handlers.idle import tells_a_trouble
from handlers.messages import Choice, Inbound, PostbackIn, Reply, Text, TextIn
from handlers.postback import payload
from handlers.session import Session
from handlers.visit import wording as say
from handlers.visit.commands import HELPER_MENU, command_of
from handlers.visit.flow import VisitFlow
from handlers.visit.in_hand import visit_in_hand
from nlu.types import Understanding

ACTION: Final = "visitfollow"
ASKED: Final = "whose"  # the main menu's step while the question is open
KEPT: Final = "visit_followup"  # session data: the words kept until it is answered
MAX_KEPT: Final = 10
MAX_VISITS_OFFERED: Final = 3  # LINE shows at most 13 quick replies; three visits fit a phone


def _kept(session: Session) -> list[dict[str, Any]]:
    if session.step != ASKED:
        return []  # words kept before another turn moved on are not this question's
    return [dict(m) for m in session.data.get(KEPT) or [] if isinstance(m, dict)]


def _forgotten(session: Session) -> Session:
    data = {k: v for k, v in session.data.items() if k != KEPT}
    return replace(session, data=data).at("idle", None)


def whose_question(helper: Helper) -> Reply:
    visits = helper.visits[:MAX_VISITS_OFFERED]
    buttons = [
        Choice(
            say.FOLLOWUP_VISIT.format(day=f"{v.received.month}/{v.received.day}", number=v.number),
            payload(ACTION, v="visit", ref=v.ref),
        )
        for v in visits
    ]
    buttons += [
        Choice(say.FOLLOWUP_NEW, payload(ACTION, v="new")),
        Choice(say.FOLLOWUP_OWN, payload(ACTION, v="own")),
    ]
    lead = say.FOLLOWUP_ASK if visits else say.FOLLOWUP_ASK_NO_VISITS
    return Reply((Text(lead),), quick_replies=tuple(buttons))


# 「先日訪問した木村トメさんのことです」「前回の佐藤さんの件で」: words about someone visited,
# with no trouble in them yet (the next bubble tells it).
_SOMEONE_VISITED: Final = re.compile(
    r"訪問|先日の|この前の|このまえの|前回の|(?:さん|様|氏)(?:の(?:こと|件|ことで|件で)|が|は|から|に)"
)


def _about_someone(text: str, helper: Helper) -> bool:
    return bool(helper.visits) and _SOMEONE_VISITED.search(text) is not None


def _understood(kept: list[dict[str, Any]]) -> tuple[str, Understanding]:
    """The kept words as one message, with the troubles read in them."""
    text = "\n".join(str(m.get("text") or "") for m in kept)
    categories = tuple(dict.fromkeys(c for m in kept for c in m.get("categories") or ()))
    primary = next((m["primary"] for m in kept if m.get("primary")), None)
    return text, Understanding(text=text, categories=categories, primary=primary)


class VisitFollowUps:
    """Ahead of the other visit commands: a registered 民生委員's words of a trouble at the
    main menu, and their answer to whose they are."""

    while_staff_active = False

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
        helper = ctx.helper
        if helper is None:
            return None
        if isinstance(message, PostbackIn) and message.tap.is_(ACTION):
            return self._whose(conversation, session, message, ctx, helper)
        if session.flow != "idle" or not isinstance(message, TextIn):
            return None
        if command_of(message) is not None:
            return None  # 「訪問記録」「続きの訪問」: the commands after this one
        about_someone = understanding is not None and _about_someone(message.text, helper)
        if not (tells_a_trouble(message, understanding) or about_someone):
            return None
        assert understanding is not None
        return self._ask_whose(session, message, understanding, ctx, helper)

    def after_crisis(
        self, session: Session, message: Inbound, understanding: Understanding, ctx: TurnContext
    ) -> Outcome | None:
        """Words of crisis at the main menu from a 民生委員 with visits open (「山本さんが
        『もう生きていたくない』と」): after the hotlines, whose they are — a visit's, and
        the words and the alert go to that resident's case."""
        helper = ctx.helper
        if helper is None or not helper.visits or session.flow != "idle":
            return None
        if not isinstance(message, TextIn):
            return None
        return self._ask_whose(session, message, understanding, ctx, helper)

    def _ask_whose(
        self,
        session: Session,
        message: TextIn,
        understanding: Understanding,
        ctx: TurnContext,
        helper: Helper,
    ) -> Outcome:
        said = {
            "event": ctx.event_ref,
            "text": message.text,
            "categories": list(understanding.categories),
            "primary": understanding.primary,
        }
        kept = [*_kept(session), said][-MAX_KEPT:]
        asking = session.with_data(**{KEPT: kept}).at("idle", ASKED)
        return Outcome(asking, whose_question(helper))

    def _whose(
        self,
        conversation: Conversation,
        session: Session,
        message: PostbackIn,
        ctx: TurnContext,
        helper: Helper,
    ) -> Outcome:
        kept = _kept(session)
        rest = _forgotten(session)
        if not kept:  # an old button: the words it was about were already placed
            return Outcome(rest, Reply((Text(say.FOLLOWUP_GONE),), quick_replies=HELPER_MENU))
        text, understanding = _understood(kept)
        choice = message.tap.value
        events = tuple(str(m["event"]) for m in kept if m.get("event"))
        if choice == "new":  # the words are the new visit's note, and filed under it
            started = self.visits.start(rest, ctx)
            noted = self.visits.handle(started.session, TextIn(text), understanding, ctx)
            ref = visit_in_hand(noted.session)
            filed = (FileWithVisit(ref, events),) if ref else ()
            return replace(noted, effects=(*noted.effects, *filed))
        if choice == "own":
            consultation = conversation.flows.get("intake")
            if isinstance(consultation, OpensWithStory):
                return consultation.open_with_story(rest, TextIn(text), understanding, ctx)
        visit = next((v for v in helper.visits if v.ref == message.tap.get("ref")), None)
        if visit is None:  # closed meanwhile, or not theirs: asked again
            return Outcome(session, whose_question(helper))
        said = Text(say.FOLLOWUP_FILED.format(number=visit.number))
        return Outcome(
            rest, Reply((said,), quick_replies=HELPER_MENU), (FileWithVisit(visit.ref, events),)
        )
