"""One turn of the conversation: crisis first, then the commands that work in every
state, then the flow the session is in."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from handlers import catalog, languages
from handlers.context import Outcome, TurnContext
from handlers.crisis import (
    CRISIS_CHECK_ACTION,
    crisis_check_reply,
    crisis_reply,
    emergency_contacts,
)
from handlers.effects import AddToCase, AlertStaff, ChooseLanguage
from handlers.flow import Flow, HoldsDraft, Navigable, OpensWithStory, TakesOwnWords
from handlers.handoff.checkin import handle_check_in, is_check_in
from handlers.idle import IDLE, welcome
from handlers.intake.catalog import (
    BACK_WORDS,
    CONTINUE_WORDS,
    GO_ON,
    PAUSE_WORDS,
    RESTART_WORDS,
)
from handlers.intake.steps import NAMES_AND_NUMBERS, split_key
from handlers.messages import (
    Choice,
    Confirm,
    FollowIn,
    Inbound,
    MediaIn,
    PostbackIn,
    Reply,
    Text,
    TextIn,
)
from handlers.postback import parse_payload, payload
from handlers.session import Session
from nlu.types import Understanding

HUMAN_WORDS = ("担当者と話したい", "担当者", "人と話したい", "職員と話したい")
EMERGENCY_WORDS = ("緊急のとき", "緊急")


class Dispatcher:
    """Routes a message to the right flow. Flows register by name."""

    def __init__(
        self, flows: dict[str, Flow] | None = None, after_handoff: Flow | None = None
    ) -> None:
        self.flows: dict[str, Flow] = {"idle": IDLE, **(flows or {})}
        # Answers at the main menu while a handed-off case is open (`TurnContext.case`);
        # the session stays at the main menu, so it is not one of the flows.
        self.after_handoff = after_handoff

    def _free_words(self, session: Session) -> bool:
        """Whether the open question is not one for a name, a reading, a date, a number or
        a place: the middle band asks only there (「くらしき」 as a reading is no sign of
        danger). A crisis the rules or the model flag is answered everywhere."""
        if not self._asking(session) or session.step is None:
            return True
        return split_key(session.step)[0] not in NAMES_AND_NUMBERS

    def _asking(self, session: Session) -> bool:
        """Whether a flow of several questions (the sheet, a visit) has one open."""
        return session.flow != "idle" and isinstance(self.flow(session.flow), Navigable)

    def flow(self, name: str) -> Flow:
        return self.flows.get(name, IDLE)

    def handle(
        self,
        session: Session,
        message: Inbound,
        understanding: Understanding | None,
        ctx: TurnContext,
    ) -> Outcome:
        if isinstance(message, FollowIn):
            greeted = welcome(replace(session, staff_active=False))
            if languages.offered_at_the_door(ctx):
                return Outcome(greeted.session, greeted.reply + languages.picker(ctx))
            return greeted

        # Read where a person writes freely — at the menu, or words of crisis anywhere —
        # never from an answer to the sheet's questions (an address, a name, an e-mail).
        free = session.flow == "idle" or (understanding is not None and bool(understanding.crisis))
        written_in = languages.spotted(ctx) if free else None
        if written_in is not None and not session.staff_active:
            return self._in_their_language(session, message, understanding, ctx, written_in)

        if understanding is not None and understanding.crisis:
            settled = _without(session, CRISIS_CHECK)
            return self._crisis(settled, message, understanding, ctx)
        if CRISIS_CHECK in session.data:
            answer = _crisis_check_answer(message, understanding)
            asked = [str(flag) for flag in session.data[CRISIS_CHECK]]
            session = _without(session, CRISIS_CHECK)
            if answer == "yes":
                confirmed = Understanding(text="", crisis=tuple(asked))
                return self._crisis(session, message, confirmed, ctx, keep_words=False)
            if answer == "no":
                return self._not_in_danger(session, ctx)
        if understanding is not None and understanding.crisis_unsure and self._free_words(session):
            # The message is taken as it would be (a story is kept, an answer recorded),
            # and only the question is sent: after 「いいえ」 the conversation goes on from
            # there, and nothing they wrote has to be written again.
            taken = self.handle(session, message, replace(understanding, crisis_unsure=()), ctx)
            asked = list(understanding.crisis_unsure)
            reply = crisis_check_reply(understanding.crisis_unsure, ctx)
            return Outcome(taken.session.with_data(**{CRISIS_CHECK: asked}), reply, taken.effects)

        if is_check_in(message):
            # The follow-up's buttons, tapped whenever: to the case, in every state.
            noted = handle_check_in(session, message, ctx)
            if session.staff_active:
                return Outcome(session, Reply(), noted.effects)
            resume = (
                self.flow(session.flow).prompt(session, ctx) if session.flow != "idle" else None
            )
            if resume is None:
                return noted
            return Outcome(resume.session, noted.reply + resume.reply, noted.effects)

        language = languages.command(message)
        if language is not None:
            return self._language(session, language, ctx)

        if session.staff_active:
            # A person from the city has taken over: the bot keeps quiet.
            return Outcome(session, Reply())

        if isinstance(message, MediaIn) and message.detail in catalog.PHOTO_ANSWERS:
            # A photo is kept (or refused) whatever the question: say so, then go on —
            # after the hand-off, as an addition to the case under its 受付番号.
            said = Reply((Text(catalog.PHOTO_ANSWERS[message.detail]),))
            case_open = self._case_open(session, ctx)
            if case_open is not None and message.detail == "kept":
                added = case_open.handle(session, message, understanding, ctx)
                return Outcome(added.session, said + added.reply, added.effects)
            # Else the open question again, or the case's own buttons after the hand-off.
            resume = (case_open or self.flow(session.flow)).prompt(session, ctx)
            return Outcome(resume.session, said + resume.reply, resume.effects)

        command = _global_command(message, understanding, mid_questions=self._asking(session))
        if command == "human":
            alert = AlertStaff(kind="human_requested", urgency="high")
            return Outcome(session, Reply((Text(catalog.HUMAN_REQUESTED),)), (alert,))
        if command == "emergency":
            resume = self.flow(session.flow).prompt(session, ctx)
            return Outcome(session, emergency_contacts(ctx) + resume.reply)
        if command == "menu":
            return self._menu(session, parse_payload(_data(message)).get("v"), ctx)
        typed_menu = _typed_menu(session, message)
        if typed_menu is not None:
            return self._menu(session, typed_menu, ctx)

        case_open = self._case_open(session, ctx)
        if case_open is not None:
            # After the hand-off the case is the conversation: no sheet starts by itself.
            return case_open.handle(session, message, understanding, ctx)
        told = _tells_a_trouble(message, understanding)
        if session.flow == "idle" and (told or languages.in_another_language(message, ctx)):
            consultation = self.flows.get("intake")
            if isinstance(consultation, OpensWithStory):
                return consultation.open_with_story(session, message, understanding, ctx)

        current = self.flow(session.flow)
        move = _navigation(message)
        if move == "stay":  # 「続ける」 instead of starting over: the open question again
            return current.prompt(_settled(session), ctx)
        if move is not None and isinstance(current, Navigable):
            return _navigate(current, move, session, ctx)
        return current.handle(_settled(session), message, understanding, ctx)

    def _case_open(self, session: Session, ctx: TurnContext) -> Flow | None:
        """At the main menu with a handed-off case open, the flow that adds what they
        write to it; else None."""
        if session.flow == "idle" and ctx.case is not None:
            return self.after_handoff
        return None

    def _language(self, session: Session, asked: str, ctx: TurnContext) -> Outcome:
        """「ことば / Language」: the choice; a language tapped: kept, then the open question
        again (in that language)."""
        if asked == "pick":
            return Outcome(session, languages.picker(ctx))
        said, effects = languages.choose(asked, ctx)
        if not effects or session.staff_active:
            return Outcome(session, said, effects)
        then = self.flow(session.flow).prompt(session, ctx)
        return Outcome(then.session, said + then.reply, (*effects, *then.effects))

    def _in_their_language(
        self,
        session: Session,
        message: Inbound,
        understanding: Understanding | None,
        ctx: TurnContext,
        code: str,
    ) -> Outcome:
        """A first message written in another language the bot speaks (「I can't pay my
        rent」, 「Tôi muốn chết」): the turn as ever, said in that language, which is kept
        as theirs; the choice of language is offered with it."""
        theirs = replace(ctx, language=code, chosen=True, written=None)
        taken = self.handle(session, message, understanding, theirs)
        crisis = understanding is not None and bool(understanding.crisis)
        reply = languages.answered_in(code, taken.reply, theirs, lead=not crisis)
        return Outcome(taken.session, reply, (ChooseLanguage(code), *taken.effects))

    def _not_in_danger(self, session: Session, ctx: TurnContext) -> Outcome:
        """「いいえ」 to the middle band's question: the conversation goes on where it was."""
        thanks = Reply((Text(catalog.CRISIS_CHECK_NOT_NOW),))
        if session.staff_active:
            return Outcome(session, thanks)
        then = self.flow(session.flow).prompt(session, ctx)
        return Outcome(then.session, thanks + then.reply, then.effects)

    def _crisis(
        self,
        session: Session,
        message: Inbound,
        understanding: Understanding,
        ctx: TurnContext,
        keep_words: bool = True,
    ) -> Outcome:
        flags = understanding.crisis
        reply, alert = crisis_reply(flags, ctx, understanding.crisis_by_model_alone)
        # Kept with the conversation, so a sheet in progress records them.
        known = list(session.data.get("crisis_flags") or [])
        session = session.with_data(crisis_flags=list(dict.fromkeys([*known, *flags])))
        if session.staff_active:
            return Outcome(session, reply, (alert,))
        if session.flow == "idle":
            # After a hand-off it is counted on the case too; the crisis alert tells staff.
            noted = (AddToCase(alert=False),) if ctx.case is not None else ()
            return Outcome(session, reply, (alert, *noted))
        current = self.flow(session.flow)
        if (
            keep_words
            and isinstance(message, TextIn)
            and isinstance(current, TakesOwnWords)
            and current.takes_own_words(session)
        ):
            # Their story, told with words of crisis: the hotlines first, and the story kept.
            then = current.handle(session, message, understanding, ctx)
        else:
            then = current.prompt(session, ctx)
        return Outcome(then.session, reply + then.reply, (alert, *then.effects))

    def _menu(self, session: Session, choice: str | None, ctx: TurnContext) -> Outcome:
        consultation = self.flows.get("intake")
        paused = isinstance(consultation, HoldsDraft) and consultation.holds_draft(session)
        to_case = choice in ("consult", "resume") and not paused
        if to_case and ctx.case is not None and self.after_handoff is not None:
            # 「相談する」 or 「続きから」 with a case open and no sheet paused: the case,
            # and 「新しい相談をする」 for a new consultation on purpose.
            return self.after_handoff.start(session, ctx)
        chosen = MENU_TARGETS.get(choice or "")
        if chosen and chosen in self.flows:
            return self.flows[chosen].start(session, ctx)
        if choice == "resume" and isinstance(consultation, Navigable):
            return consultation.resume(session, ctx)
        return IDLE.start(session, ctx)


MENU_TARGETS = {"consult": "intake", "new": "intake", "search": "search", "data": "data_rights"}
NAVIGATION = {"back": BACK_WORDS, "restart": RESTART_WORDS, "pause": PAUSE_WORDS, "stay": ()}
# Flags of the middle band's open question (「いま、危ない状況ですか？」).
CRISIS_CHECK = "crisis_check"
# 「やり直す」 asked to be confirmed, at this step: a second 「やり直す」 there starts over.
RESTART_ASKED = "restart_asked"


def _navigation(message: Inbound) -> str | None:
    """「戻る」「やり直す」「中断」 typed or tapped: the Navigable method to call."""
    if isinstance(message, PostbackIn):
        fields = parse_payload(message.data)
        move = fields.get("v") if fields.get("a") == "nav" else None
        return move if move in NAVIGATION else None
    if isinstance(message, TextIn):
        text = bare(message.text)
        return next((move for move, words in NAVIGATION.items() if text in words), None)
    return None


def bare(text: str) -> str:
    """A short typed command without its spaces and closing marks: 「やめます。」 → 「やめます」."""
    return TRAILING_MARKS.sub("", text.strip())


TRAILING_MARKS = re.compile(r"[\s。、.,!！?？…~〜ー]+$")
# The main menu's buttons, typed instead of tapped (「相談する」 starts a consultation).
TYPED_MENU = {
    catalog.MENU_CONSULT: "consult",
    "相談したい": "consult",
    catalog.MENU_SEARCH: "search",
    catalog.MENU_NEW_CONSULTATION: "new",
    **dict.fromkeys((*CONTINUE_WORDS, GO_ON), "resume"),
}


def _navigate(flow: Navigable, move: str, session: Session, ctx: TurnContext) -> Outcome:
    """「やり直す」 erases every answer given: past the first question it is asked once
    more first."""
    asked = session.data.get(RESTART_ASKED) == (session.step or "")
    session = _settled(session)
    if move == "back":
        return flow.back(session, ctx)
    if move == "restart" and not asked and session.history:
        return _confirm_restart(session)
    if move == "restart":
        return flow.restart(session, ctx)
    return flow.pause(session, ctx)


def _confirm_restart(session: Session) -> Outcome:
    sure = Choice(catalog.RESTART_YES, payload("nav", v="restart"))
    keep = Choice(catalog.RESTART_NO, payload("nav", v="stay"))
    question = Confirm(catalog.RESTART_CONFIRM, sure, keep)
    return Outcome(session.with_data(**{RESTART_ASKED: session.step or ""}), Reply((question,)))


def _settled(session: Session) -> Session:
    """The session without a pending 「やり直す」 question."""
    return _without(session, RESTART_ASKED)


def _without(session: Session, key: str) -> Session:
    if key not in session.data:
        return session
    return replace(session, data={k: v for k, v in session.data.items() if k != key})


def _crisis_check_answer(message: Inbound, understanding: Understanding | None) -> str | None:
    """「はい」 or 「いいえ」 to 「いま、危ない状況ですか？」, tapped or typed; else None."""
    if isinstance(message, PostbackIn):
        fields = parse_payload(message.data)
        return fields.get("v") if fields.get("a") == CRISIS_CHECK_ACTION else None
    if isinstance(message, TextIn):
        text = message.text.strip()
        if text == catalog.CRISIS_CHECK_YES:
            return "yes"
        if text == catalog.CRISIS_CHECK_NO:
            return "no"
        return _typed_yes_or_no(text)
    return None


def _typed_yes_or_no(text: str) -> str | None:
    """A typed 「はい」 or 「いいえ」 in plain words; anything else (「男じゃ」 typed for the
    open question) is no answer to it, and goes on as usual."""
    said = unicodedata.normalize("NFKC", text).strip(" 　。、.!！?？")
    if said in catalog.CRISIS_CHECK_YES_WORDS or any(
        word in said for word in catalog.CRISIS_CHECK_DANGER_WORDS
    ):
        return "yes"  # danger first: 「大丈夫じゃない、たすけて」 is a yes
    if any(word in said for word in catalog.CRISIS_CHECK_NO_WORDS):
        return "no"
    return None


def _tells_a_trouble(message: Inbound, understanding: Understanding | None) -> bool:
    """Words of a trouble, not a greeting, thanks or a question about the service."""
    return (
        isinstance(message, TextIn)
        and understanding is not None
        and understanding.act is None
        and bool(understanding.categories)
    )


def _data(message: Inbound) -> str:
    return message.data if isinstance(message, PostbackIn) else ""


def _typed_menu(session: Session, message: Inbound) -> str | None:
    """A main-menu button's words typed at the main menu: that button."""
    if session.flow != "idle" or not isinstance(message, TextIn):
        return None
    return TYPED_MENU.get(bare(message.text))


def _global_command(
    message: Inbound, understanding: Understanding | None, *, mid_questions: bool
) -> str | None:
    """A button or words that mean the same wherever they come. Amid a flow's questions
    only the words themselves call a person: there the model's reading of `ask_human`
    is too often an answer (「電話はない」 at the phone question), and the button and
    the rich menu's 「担当者と話したい」 are always there."""
    if isinstance(message, PostbackIn):
        action = parse_payload(message.data).get("a")
        return action if action in ("human", "emergency", "menu") else None
    if isinstance(message, TextIn):
        text = message.text.strip()
        read_as_asking = understanding is not None and understanding.act == "ask_human"
        if text in HUMAN_WORDS or (read_as_asking and not mid_questions):
            return "human"
        if text in EMERGENCY_WORDS:
            return "emergency"
    return None
