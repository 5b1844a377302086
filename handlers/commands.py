"""The commands that work in every state of the conversation, in the order they are tried.

A crisis comes before every one of them: the dispatcher (`handlers/turn.py`) answers it
first, and tries no command on a message that raised one. Then:

- `AHEAD` — commands that are the person's right at any moment, even mid-question and
  while staff have the chat, and come before the danger question's 「はい／いいえ」 and
  before the language a message is written in is read: 「同意を取り消す」 (and, in visit
  mode, what a 民生委員 may and may not do: `handlers/visit/dispatch.py`, which puts its
  own in front);
- `ALWAYS` — the rest, after the danger question: the check-in's buttons, 「ことば」,
  a photo, 「担当者と話したい」, 「緊急のとき」, the main menu's buttons and their words
  typed. While staff have the chat only those marked `while_staff_active` answer; the bot
  keeps quiet for everything else.

A command answers a message that is it, and returns None for any other."""

from __future__ import annotations

import re
from typing import Final, Protocol, runtime_checkable

from handlers import catalog, languages
from handlers.context import Outcome, TurnContext
from handlers.crisis import emergency_contacts, hotlines_while_waiting
from handlers.effects import AlertStaff, Effect, WithdrawConsent
from handlers.flow import Flow, HoldsDraft, Navigable
from handlers.handoff import wording
from handlers.handoff.after import adding
from handlers.handoff.checkin import as_tap, handle_check_in, is_check_in
from handlers.handoff.directory_suggester import hours_of_agencies
from handlers.handoff.flow import ConsentAfterAll
from handlers.handoff.next_steps import unless_open_now
from handlers.handoff.withdrawal import ASKED, ASKED_AT, asked_recently, withdrawal_step
from handlers.idle import IDLE
from handlers.intake.catalog import CONTINUE_WORDS, GO_ON
from handlers.messages import Inbound, MediaIn, Outbound, PostbackIn, Reply, Text, TextIn
from handlers.session import Session
from nlu.extract.phrasing import without_polite_ending
from nlu.types import Understanding

HUMAN_WORDS: Final = ("担当者と話したい", "担当者", "人と話したい", "職員と話したい")
# 「担当の人と話したい」「たんとうのひとと はなしがしたいんじゃ」「職員さんに電話してほしい」:
# a person asked for in the person's own words, whoever reads them.
_A_PERSON_ASKED: Final = re.compile(
    r"^(あの|すみません|すいません)?[、,]?((市|し)の(人|ひと|方|かた)|(市の|しの)?(担当|たんとう|職員"
    r"|しょくいん|人間|にんげん|誰か|だれか|係|かかり)(の人|のひと|の方|のかた|者|しゃ|さん)?)"
    r"(と|に|で)(直接|ちょくせつ)?(話|はな|相談|そうだん|電話|でんわ|代わ|かわ)"
    r"(し|す|が|を|せ){0,3}(たい|て(ほし|もらい|ください|くれ)|られ|でき|させて|ますか|る(の|ん)?(です)?か)"
)


# 「電話はしとうない。誰とも話しとうない」「ほっといて」: talking refused, which the model
# can read as asking for a person (it holds 話 and 電話).
_TALKING_REFUSED: Final = re.compile(
    r"(話|はな)(し|さ)?(とう|たく|と|とぉ)(な|ね)|(話|はな)(し|さ)(ない|ん|へん|ません)(で|から|よ|。|$)"
    r"|電話(は|も)?(し)?(とう|たく|と)(な|ね)|(ほ|放)っ(とい|ておい)て|かまわ(ない|んといて)で|構わないで"
)


def refuses_to_talk(text: str) -> bool:
    """Talking refused in the person's words (「誰とも話したくない」), never a call asked for."""
    return _TALKING_REFUSED.search(re.sub(r"\s+", "", text)) is not None


def asks_for_a_person(text: str) -> bool:
    """A person asked for in the person's own words, not the button's."""
    said = re.sub(r"\s+", "", without_polite_ending(text.strip()))
    return _A_PERSON_ASKED.search(said) is not None


EMERGENCY_WORDS: Final = ("緊急のとき", "緊急")
MENU_TARGETS: Final = {
    "consult": "intake",
    "new": "intake",
    "search": "search",
    "data": "data_rights",
}
# The main menu's buttons, typed instead of tapped (「相談する」 starts a consultation).
TYPED_MENU: Final = {
    catalog.MENU_CONSULT: "consult",
    **dict.fromkeys(
        (
            "相談したい",
            "相談したいんですが",
            "相談があります",
            "相談させてください",
            "相談お願いします",
            "相談をお願いします",
            "相談に乗ってください",
        ),
        "consult",
    ),
    catalog.MENU_SEARCH: "search",
    catalog.MENU_NEW_CONSULTATION: "new",
    **dict.fromkeys((*CONTINUE_WORDS, GO_ON), "resume"),
}


class Conversation(Protocol):
    """What a command may ask of the dispatcher."""

    flows: dict[str, Flow]
    after_handoff: Flow | None

    def flow(self, name: str) -> Flow: ...

    def asking(self, session: Session) -> bool:
        """Whether a flow of several questions has one open."""
        ...

    def case_open(self, session: Session, ctx: TurnContext) -> Flow | None:
        """At the main menu with a handed-off case open, the flow that adds to it."""
        ...


@runtime_checkable
class AfterCrisis(Protocol):
    """A command with something to ask after a crisis answered at the main menu."""

    def after_crisis(
        self, session: Session, message: Inbound, understanding: Understanding, ctx: TurnContext
    ) -> Outcome | None: ...


class Command(Protocol):
    # Whether it answers while staff have the chat.
    while_staff_active: bool

    def answer(
        self,
        conversation: Conversation,
        session: Session,
        message: Inbound,
        understanding: Understanding | None,
        ctx: TurnContext,
    ) -> Outcome | None:
        """The answer when `message` is this command; None when it is not."""
        ...


class Withdrawal:
    """「同意を取り消す」, tapped or typed: withdrawing consent is the person's right at any
    moment, even while staff have taken over. Asked once more; then the open question
    again."""

    while_staff_active = True

    def answer(
        self,
        conversation: Conversation,
        session: Session,
        message: Inbound,
        understanding: Understanding | None,
        ctx: TurnContext,
    ) -> Outcome | None:
        asked_at = asked_recently(session.moment(ASKED_AT), ctx.now)
        step = withdrawal_step(message, asked_at)
        if step is None:
            return None
        if step == "ask":  # the question waits beside the open one: nothing else moves
            return Outcome(session.with_data(**{ASKED_AT: ctx.now.isoformat()}), Reply((ASKED,)))
        session = session.without(ASKED_AT)
        said = Reply((Text(wording.WITHDRAW_RECEIVED),))
        withdraw: tuple[Effect, ...] = (WithdrawConsent(),)
        if step == "kept":
            said, withdraw = Reply((Text(wording.WITHDRAW_KEPT),)), ()
        if session.staff_active or session.flow == "idle":
            return Outcome(session, said, withdraw)
        then = conversation.flow(session.flow).prompt(session, ctx)
        return Outcome(then.session, said + then.reply, (*withdraw, *then.effects))


class CheckIn:
    """The follow-up's buttons, tapped whenever: to the case, in every state. Its
    question answered in words (「はい」) only while the bot holds the chat: while staff
    do, a typed 「はい」 answers them."""

    while_staff_active = True

    def answer(
        self,
        conversation: Conversation,
        session: Session,
        message: Inbound,
        understanding: Understanding | None,
        ctx: TurnContext,
    ) -> Outcome | None:
        if not session.staff_active:  # while staff hold the chat, words are for them
            message = as_tap(message, session)
        if not is_check_in(message):
            return None
        noted = handle_check_in(session, message, ctx)
        if session.staff_active:
            return Outcome(session, Reply(), noted.effects)
        if session.flow == "idle":
            return noted
        resume = conversation.flow(session.flow).prompt(session, ctx)
        return Outcome(resume.session, noted.reply + resume.reply, noted.effects)


class ChooseLanguage:
    """「ことば / Language」: the choice; a language tapped: kept, then the open question
    again (in that language)."""

    while_staff_active = True

    def answer(
        self,
        conversation: Conversation,
        session: Session,
        message: Inbound,
        understanding: Understanding | None,
        ctx: TurnContext,
    ) -> Outcome | None:
        asked = languages.command(message)
        if asked is None:
            return None
        if asked == "pick":
            return Outcome(session, languages.picker(ctx))
        said, effects = languages.choose(asked, ctx)
        if not effects or session.staff_active:
            return Outcome(session, said, effects)
        then = conversation.flow(session.flow).prompt(session, ctx)
        return Outcome(then.session, said + then.reply, (*effects, *then.effects))


class Photo:
    """A photo is kept (or refused) whatever the question: say so, then go on — after the
    hand-off, as an addition to the case under its 受付番号."""

    while_staff_active = False

    def answer(
        self,
        conversation: Conversation,
        session: Session,
        message: Inbound,
        understanding: Understanding | None,
        ctx: TurnContext,
    ) -> Outcome | None:
        if not isinstance(message, MediaIn) or message.detail not in catalog.PHOTO_ANSWERS:
            return None
        said = Reply((Text(catalog.PHOTO_ANSWERS[message.detail]),))
        case_open = conversation.case_open(session, ctx)
        if case_open is not None and message.detail == "kept":
            added = case_open.handle(session, message, understanding, ctx)
            return Outcome(added.session, said + added.reply, added.effects)
        # Else the open question again, or the case's own buttons after the hand-off.
        resume = (case_open or conversation.flow(session.flow)).prompt(session, ctx)
        return Outcome(resume.session, said + resume.reply, resume.effects)


class CallAPerson:
    """「担当者と話したい」, tapped or typed, or a person asked for in other words
    (「担当の人と話したい」「たんとうのひとと はなしがしたいんじゃ」, `asks_for_a_person`).
    Amid a flow's questions, and with a case open, only the words themselves call a
    person: there the model's reading of `ask_human` is too often an answer (「電話は
    ない」 at the phone question), and the button and the rich menu's 「担当者と話したい」
    are always there. With a case open, staff already have the
    person: a message read as asking for one (「10時ごろなら家にいます」, arranging their
    call) goes to the case, unread and alerted, like any other. Unless a desk is open, it
    says when staff will answer (the hours of the case's agencies, else the coordinator's;
    「平日の昼間に」 when none are known)."""

    while_staff_active = False

    def answer(
        self,
        conversation: Conversation,
        session: Session,
        message: Inbound,
        understanding: Understanding | None,
        ctx: TurnContext,
    ) -> Outcome | None:
        if isinstance(message, PostbackIn):
            asked = message.tap.is_("human")
        elif isinstance(message, TextIn):
            read_as_asking = understanding is not None and understanding.act == "ask_human"
            mid_questions = conversation.asking(session)
            text = message.text.strip()
            by_the_model = read_as_asking and not mid_questions and ctx.case is None
            # 「相談したいです」: a consultation to start, not a person to call.
            by_the_model = by_the_model and typed_menu_choice(text) is None
            by_the_model = by_the_model and not refuses_to_talk(text)
            asked = text in HUMAN_WORDS or asks_for_a_person(text) or by_the_model
        else:
            asked = False
        if not asked:
            return None
        alert = AlertStaff(kind="human_requested", urgency="high")
        effects: tuple[Effect, ...] = (alert,)
        if ctx.case is not None:  # on the open case too: unread, its last activity now
            effects += (adding(message, understanding, ctx.case, alert=False),)
        agencies = ctx.case.agency_ids if ctx.case is not None else ()
        when = unless_open_now(ctx.now, hours_of_agencies(agencies, ctx.municipality))
        said: tuple[Outbound, ...] = (
            Text(catalog.HUMAN_REQUESTED),
            *([Text(when)] if when else []),
        )
        # A crisis told earlier in this conversation, and nobody at the desk now: the
        # lines open at this hour, while they wait.
        told = tuple(session.data.get("crisis_flags") or ())
        if when and told:
            said += (hotlines_while_waiting(told, ctx),)
        return Outcome(session, Reply(said), effects)


class Emergency:
    """「緊急のとき」: the numbers to call, then the open question again."""

    while_staff_active = False

    def answer(
        self,
        conversation: Conversation,
        session: Session,
        message: Inbound,
        understanding: Understanding | None,
        ctx: TurnContext,
    ) -> Outcome | None:
        tapped = isinstance(message, PostbackIn) and message.tap.is_("emergency")
        typed = isinstance(message, TextIn) and message.text.strip() in EMERGENCY_WORDS
        if not (tapped or typed):
            return None
        resume = conversation.flow(session.flow).prompt(session, ctx)
        return Outcome(session, emergency_contacts(ctx) + resume.reply)


class MainMenu:
    """A main-menu button, tapped anywhere or its words typed at the main menu."""

    while_staff_active = False

    def answer(
        self,
        conversation: Conversation,
        session: Session,
        message: Inbound,
        understanding: Understanding | None,
        ctx: TurnContext,
    ) -> Outcome | None:
        if isinstance(message, PostbackIn):
            if not message.tap.is_("menu"):
                return None
            return open_menu(conversation, session, message.tap.value, ctx)
        typed = _typed_menu(session, message)
        if typed is None:
            return None
        return open_menu(conversation, session, typed, ctx)


def open_menu(
    conversation: Conversation, session: Session, choice: str | None, ctx: TurnContext
) -> Outcome:
    consultation = conversation.flows.get("intake")
    paused = isinstance(consultation, HoldsDraft) and consultation.holds_draft(session)
    to_case = choice in ("consult", "resume") and not paused
    if to_case and ctx.case is not None and conversation.after_handoff is not None:
        # 「相談する」 or 「続きから」 with a case open and no sheet paused: the case,
        # and 「新しい相談をする」 for a new consultation on purpose.
        return conversation.after_handoff.start(session, ctx)
    chosen = MENU_TARGETS.get(choice or "")
    if chosen and chosen in conversation.flows:
        return conversation.flows[chosen].start(session, ctx)
    if choice == "resume" and isinstance(consultation, Navigable):
        return consultation.resume(session, ctx)
    return IDLE.start(session, ctx)


def _typed_menu(session: Session, message: Inbound) -> str | None:
    if session.flow != "idle" or not isinstance(message, TextIn):
        return None
    return typed_menu_choice(message.text)


def typed_menu_choice(text: str) -> str | None:
    """The main-menu button a short message types (「相談したいです」 → consult)."""
    said = bare(text)
    return (
        TYPED_MENU.get(said)
        or TYPED_MENU.get(without_polite_ending(said))
        or TYPED_MENU.get(said_as_command(said))
    )


TRAILING_MARKS: Final = re.compile(r"[\s。、.,!！?？…~〜ー]+$")


def bare(text: str) -> str:
    """A short typed command without its spaces and closing marks: 「やめます。」 → 「やめます」."""
    return TRAILING_MARKS.sub("", text.strip())


# A command said with the words around it: 「ちょっと中断させて」「やっぱり続きからおねがい」
# 「いったん中断します」 are 「中断」 and 「続きから」.
_COMMAND_LEAD: Final = re.compile(
    r"^(ちょっと|やっぱり|やっぱ|いったん|一旦|じゃあ|では|すみません|あの)[、,\s]*"
)
_COMMAND_TAIL: Final = re.compile(
    r"(に?させて(ください|ほしい|もらえますか|くれ|や)?|して(ください|ほしい)?|に?します|したい"
    r"|で?(おねがい|お願い)(します|いたします)?|で)$"
)
_COMMAND_MAX_LETTERS: Final = 20


def said_as_command(text: str) -> str:
    """A short message as the command it types: `bare`, with a leading 「ちょっと」「やっぱり」
    and a closing 「させて」「おねがい」 set aside. A longer message is left as it is."""
    said = bare(text)
    if len(said) > _COMMAND_MAX_LETTERS:
        return said
    return _COMMAND_TAIL.sub("", _COMMAND_LEAD.sub("", said)) or said


class DataRightsWhileStaff:
    """「同意・データのこと」 and its buttons while staff have the chat: a person's rights
    over their data do not wait for staff to hand the chat back (the seventeenth tester's:
    the rich menu's tap went unanswered)."""

    while_staff_active = True

    def answer(
        self,
        conversation: Conversation,
        session: Session,
        message: Inbound,
        understanding: Understanding | None,
        ctx: TurnContext,
    ) -> Outcome | None:
        rights = conversation.flows.get(DATA_RIGHTS)
        if not session.staff_active or rights is None or not isinstance(message, PostbackIn):
            return None
        if message.tap.is_("menu") and message.tap.value == "data":
            return rights.start(session, ctx)
        if message.tap.is_(DATA_ACTION):
            at = session if session.flow == DATA_RIGHTS else session.at(DATA_RIGHTS, "choose")
            return rights.handle(at, message, understanding, ctx)
        return None


DATA_RIGHTS: Final = "data_rights"
DATA_ACTION: Final = "data"  # the flow's buttons (`handlers/data_rights.py`)

AHEAD: Final[tuple[Command, ...]] = (Withdrawal(),)
ALWAYS: Final[tuple[Command, ...]] = (
    DataRightsWhileStaff(),
    ConsentAfterAll(),
    CheckIn(),
    ChooseLanguage(),
    Photo(),
    CallAPerson(),
    Emergency(),
    MainMenu(),
)
