"""One turn of the conversation: crisis first, then the commands that work in every
state (`handlers/commands.py`), then the flow the session is in."""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from datetime import timedelta

from handlers import catalog, languages
from handlers.commands import AHEAD, ALWAYS, AfterCrisis, Command, bare, said_as_command
from handlers.context import Outcome, TurnContext
from handlers.crisis import (
    CRISIS_CHECK_ACTION,
    crisis_check_again,
    crisis_check_reply,
    crisis_check_unanswered,
    crisis_reply,
    says_farewell,
)
from handlers.effects import AddToCase, ChooseLanguage
from handlers.flow import Flow, Navigable, OpensWithStory, TakesOwnWords, WritesForAnother
from handlers.handoff.after import adding
from handlers.idle import IDLE, tells_a_trouble, welcome
from handlers.intake.catalog import (
    BACK_WORDS,
    PAUSE_WORDS,
    RESTART_WORDS,
)
from handlers.intake.parsing import reads_as_a_sentence
from handlers.intake.steps import NAMES_AND_NUMBERS, PLACES, answers_a_name, split_key
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
from handlers.postback import payload
from handlers.session import Session
from handlers.typed_yes_no import says_danger, says_fear, says_no_danger, typed_yes_or_no
from nlu.categories import CRISIS_FLAGS
from nlu.types import Understanding


class Dispatcher:
    """Routes a message to the right flow. Flows register by name."""

    def __init__(
        self,
        flows: dict[str, Flow] | None = None,
        after_handoff: Flow | None = None,
        ahead: tuple[Command, ...] = AHEAD,
        commands: tuple[Command, ...] = ALWAYS,
    ) -> None:
        self.flows: dict[str, Flow] = {"idle": IDLE, **(flows or {})}
        # Answers at the main menu while a handed-off case is open (`TurnContext.case`);
        # the session stays at the main menu, so it is not one of the flows.
        self.after_handoff = after_handoff
        # The commands of every state (`handlers/commands.py`), in the order tried.
        self.ahead = ahead
        self.commands = commands

    def _free_words(self, session: Session, message: Inbound) -> bool:
        """Whether the open question is not one for a name, a reading, a date, a number or
        a place, or the message is a sentence instead of its answer: the middle band asks
        only there (「くらしき」 as a reading is no sign of danger; 「ちちが きゅうに
        しゃべれなく なった」 typed for a name is). A crisis the rules or the model flag is
        answered everywhere."""
        if not self._at_a_name_or_number(session):
            return True
        return split_key(session.step or "")[0] not in PLACES and _a_sentence(message)

    def _at_a_name_or_number(self, session: Session) -> bool:
        """Whether the open question is one for a name, a reading, a date or a number."""
        return (
            self.asking(session)
            and session.step is not None
            and split_key(session.step)[0] in NAMES_AND_NUMBERS
        )

    def _unread(self, session: Session, message: Inbound, ctx: TurnContext) -> str | None:
        """Words in the resident's language the NLU cannot read, to ask about: the story
        that opens a consultation (`STORY`, once: not asked again when they have answered),
        or a sentence typed where a name was asked (`INSTEAD_OF_A_NAME`, 「toi vua uong het
        ca lo thuoc ngu」, each time); else None."""
        if ctx.case is not None or session.staff_active:
            return None
        if not languages.in_another_language(message, ctx):
            return None
        if self.asking(session) and answers_a_name(session.step) and _a_sentence(message):
            return INSTEAD_OF_A_NAME
        opening = session.flow == "idle" or (session.flow == "intake" and session.step == "story")
        return STORY if opening and not session.data.get(SAFETY_ASKED) else None

    def asking(self, session: Session) -> bool:
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
        if (
            understanding is not None
            and understanding.categories
            and languages.in_another_language(message, ctx)
        ):
            # The NLU reads Japanese: troubles it finds in 「I lost my job…」 are noise
            # (「支出・借金、その他」). They are asked with buttons in their language.
            understanding = replace(understanding, categories=())
        return self._handle(session, message, understanding, ctx)

    def _handle(
        self,
        session: Session,
        message: Inbound,
        understanding: Understanding | None,
        ctx: TurnContext,
        ask_unread: bool = True,
    ) -> Outcome:
        """`ask_unread`: whether words the NLU cannot read may be asked about (not when
        the turn is taken again under that very question)."""
        if isinstance(message, FollowIn):
            greeted = welcome(replace(session, staff_active=False))
            if languages.offered_at_the_door(ctx):
                return Outcome(greeted.session, greeted.reply + languages.picker(ctx))
            return greeted

        crisis = understanding is not None and bool(understanding.crisis)
        if not crisis:
            ahead = self._command(self.ahead, session, message, understanding, ctx)
            if ahead is not None:
                return ahead

        # Read where a person writes freely — at the menu, or words of crisis anywhere —
        # never from an answer to the sheet's questions (an address, a name, an e-mail).
        # 「언어」「idioma」 asks for the choice of language: it is not read as written in one.
        free = (session.flow == "idle" or crisis) and languages.command(message) is None
        written_in = languages.spotted(ctx) if free else None
        if written_in is not None and not session.staff_active:
            return self._in_their_language(session, message, understanding, ctx, written_in)

        if understanding is not None and crisis:
            settled = session.without(CRISIS_CHECK)
            return self._crisis(settled, message, understanding, ctx)
        farewell = self._farewell_after_crisis(session, message, ctx)
        if farewell is not None:
            return farewell
        late = _late_yes(message) if CRISIS_CHECK not in session.data else None
        if late is not None:
            # 「はい、いまあぶない」 tapped on an earlier question, answered or left since:
            # a danger now all the same.
            confirmed = Understanding(text="", crisis=late)
            return self._crisis(session, message, confirmed, ctx, keep_words=False)
        if CRISIS_CHECK in session.data:
            answer = _crisis_check_answer(message, understanding)
            asked = [str(flag) for flag in session.data[CRISIS_CHECK]]
            unanswered = bool(session.data.get(CRISIS_CHECK_UNANSWERED))
            asked_at = session.data.get(CRISIS_CHECK_AT)
            asked_moment = session.moment(CRISIS_CHECK_AT)
            session = session.without(CRISIS_CHECK, CRISIS_CHECK_UNANSWERED)
            session = session.without(CRISIS_CHECK_AT)
            if answer == "yes":
                confirmed = Understanding(text="", crisis=_flags_told(asked, message))
                return self._crisis(session, message, confirmed, ctx, keep_words=False)
            if answer == "no":
                return self._not_in_danger(session, ctx)
            if isinstance(message, TextIn) and ctx.sent_before(asked_moment):
                # A bubble sent before the danger question was asked (a visit note in two
                # bubbles): the rest of what was being written, taken as it would be; the
                # question stays open and is asked again.
                sure = replace(understanding, crisis_unsure=()) if understanding else None
                taken = self._handle(session, message, sure, ctx, ask_unread=False)
                waiting = {CRISIS_CHECK: asked, CRISIS_CHECK_AT: asked_at}
                still = taken.session.with_data(**waiting)
                return Outcome(still, taken.reply + crisis_check_again(asked), taken.effects)
            if isinstance(message, TextIn):
                return self._not_answered(session, message, understanding, ctx, asked, unanswered)
        unsure = understanding.crisis_unsure if understanding is not None else ()
        unread = None
        if understanding is not None and not unsure and ask_unread:
            unread = self._unread(session, message, ctx)
        if unread is not None:
            # Words in a language the NLU cannot read: whether it is a danger now is
            # asked, as a crisis line asks — no reading of them can tell.
            unsure = UNREAD_STORY_FLAGS
            session = session.with_data(**{SAFETY_ASKED: True})
        if understanding is not None and unsure and self._free_words(session, message):
            # The message is taken as it would be (a story is kept, an answer recorded),
            # and only the question is sent: after 「いいえ」 the conversation goes on from
            # there, and nothing they wrote has to be written again. A story with no sign
            # at all is asked without the hotlines: a yes brings them.
            sure = replace(understanding, crisis_unsure=())
            if self._at_a_name_or_number(session):
                # A sentence where a name, a date or a number was asked is no answer to it
                # (「he'll come by at 9 tonight…」 is no age of 9): after 「いいえ」 the
                # question is asked again.
                taken = Outcome(session, Reply())
            else:
                taken = self._handle(session, message, sure, ctx, ask_unread=False)
            # Words with no sign of danger in them are asked without the hotlines: a yes
            # brings them.
            reply = crisis_check_reply(unsure, ctx, hotlines=unread is None)
            asked_now = {CRISIS_CHECK: list(unsure), CRISIS_CHECK_AT: ctx.now.isoformat()}
            return Outcome(taken.session.with_data(**asked_now), reply, taken.effects)

        answered = self._command(self.commands, session, message, understanding, ctx)
        if answered is not None:
            return answered
        if session.staff_active:
            # A person from the city has taken over: the bot keeps quiet. What the person
            # writes still counts on their case (unread, its last activity, a number
            # proposed, staff alerted as for any follow-up): the one who took over may
            # have left the page.
            noted: tuple[AddToCase, ...] = ()
            if ctx.case is not None and isinstance(message, TextIn | MediaIn):
                noted = (adding(message, understanding, ctx.case),)
            return Outcome(session, Reply(), noted)

        case_open = self.case_open(session, ctx)
        if case_open is not None:
            # After the hand-off the case is the conversation: no sheet starts by itself.
            return case_open.handle(session, message, understanding, ctx)
        told = tells_a_trouble(message, understanding)
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

    def _command(
        self,
        commands: tuple[Command, ...],
        session: Session,
        message: Inbound,
        understanding: Understanding | None,
        ctx: TurnContext,
    ) -> Outcome | None:
        """The answer of the first of `commands` the message is (while staff have the
        chat, only of those that answer then); None when it is none of them."""
        for command in commands:
            if session.staff_active and not command.while_staff_active:
                continue
            answer = command.answer(self, session, message, understanding, ctx)
            if answer is not None:
                return answer
        return None

    def case_open(self, session: Session, ctx: TurnContext) -> Flow | None:
        """At the main menu with a handed-off case open, the flow that adds what they
        write to it; else None."""
        if session.flow == "idle" and ctx.case is not None:
            return self.after_handoff
        return None

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
        as theirs; the choice of language is offered with it. Words of crisis in another
        language than the one they chose are answered in it, this turn only."""
        theirs = replace(ctx, language=code, chosen=True, written=None)
        taken = self.handle(session, message, understanding, theirs)
        crisis = understanding is not None and bool(understanding.crisis)
        # A crisis answer is the hotlines alone: no 「…にしました」, no choice of language.
        reply = taken.reply if crisis else languages.answered_in(code, taken.reply, theirs)
        kept = not (crisis and ctx.chosen)
        return Outcome(taken.session, reply, (ChooseLanguage(code, keep=kept), *taken.effects))

    def _not_answered(
        self,
        session: Session,
        message: TextIn,
        understanding: Understanding | None,
        ctx: TurnContext,
        asked: list[str],
        unanswered: bool,
    ) -> Outcome:
        """Words typed after 「いま、危ない状況ですか？」 that say neither yes nor no
        (「khong biet」「maybe」「男じゃ」): the question asked once more; a second time, the
        city's staff are told, so a person looks (no sign of danger is dropped because it
        was answered in words the bot cannot read), and the open question is asked again.
        Only the danger question was on their screen: the words are no answer to the
        sheet's question (「maybe」 is never kept as a name), and stay in the transcript. A
        command (「担当者と話したい」) is done as asked."""
        if session.staff_active:
            return self.handle(session, message, understanding, ctx)
        command = self._command(self.commands, session, message, understanding, ctx)
        if command is not None:
            return command
        # After the hand-off, they count on the case as any message does.
        noted = (adding(message, understanding, ctx.case),) if ctx.case is not None else ()
        if unanswered:
            told, alert = crisis_check_unanswered(asked, ctx)
            then = self.flow(session.flow).prompt(session, ctx)
            return Outcome(then.session, told + then.reply, (alert, *noted, *then.effects))
        waiting = {CRISIS_CHECK: asked, CRISIS_CHECK_UNANSWERED: True}
        return Outcome(session.with_data(**waiting), crisis_check_again(asked), noted)

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
        current = self.flow(session.flow)
        for_another = isinstance(current, WritesForAnother) and current.writes_for_another(session)
        reply, alert = crisis_reply(
            flags,
            ctx,
            understanding.crisis_by_model_alone,
            said=understanding.text,
            for_another=for_another,
        )
        # Kept with the conversation, so a sheet in progress records them.
        known = list(session.data.get("crisis_flags") or [])
        session = session.with_data(
            crisis_flags=list(dict.fromkeys([*known, *flags])), **{CRISIS_AT: ctx.now.isoformat()}
        )
        if session.staff_active:
            return Outcome(session, reply, (alert,))
        if session.flow == "idle":
            # After a hand-off it is counted on the case too; the crisis alert tells staff.
            noted = (AddToCase(alert=False),) if ctx.case is not None else ()
            then = self._after_crisis(session, message, understanding, ctx)
            if then is not None:  # whose the words were (a 民生委員's visits)
                return Outcome(then.session, reply + then.reply, (alert, *noted, *then.effects))
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

    def _farewell_after_crisis(
        self, session: Session, message: Inbound, ctx: TurnContext
    ) -> Outcome | None:
        """「さようなら」 a little while after a crisis answer: a farewell, not an answer to
        the question open — the hotlines again, said with worry, and staff alerted again."""
        flags = tuple(str(flag) for flag in session.data.get("crisis_flags") or ())
        then = session.moment(CRISIS_AT)
        if not flags or then is None or not isinstance(message, TextIn):
            return None
        watched = timedelta(0) <= ctx.now - then <= FAREWELL_WATCH
        if not watched or not says_farewell(message.text):
            return None
        told = Understanding(text=message.text, crisis=flags)
        again = self._crisis(session.without(CRISIS_CHECK), message, told, ctx, keep_words=False)
        worried = Reply((Text(catalog.FAREWELL_AFTER_CRISIS),))
        return Outcome(again.session, worried + again.reply, again.effects)

    def _after_crisis(
        self, session: Session, message: Inbound, understanding: Understanding, ctx: TurnContext
    ) -> Outcome | None:
        """What a command ahead of the others asks after a crisis answer at the menu."""
        for command in self.ahead:
            if isinstance(command, AfterCrisis):
                then = command.after_crisis(session, message, understanding, ctx)
                if then is not None:
                    return then
        return None


NAVIGATION = {"back": BACK_WORDS, "restart": RESTART_WORDS, "pause": PAUSE_WORDS, "stay": ()}
# Flags of the middle band's open question (「いま、危ない状況ですか？」), and that it was
# answered once in words that said neither yes nor no.
CRISIS_CHECK = "crisis_check"
CRISIS_CHECK_UNANSWERED = "crisis_check_unanswered"
CRISIS_CHECK_AT = "crisis_check_at"  # when the danger question was asked
CRISIS_AT = "crisis_at"  # when the last crisis answer was given
# How long after a crisis answer a farewell (「さようなら」) brings the hotlines again.
FAREWELL_WATCH = timedelta(hours=2)
# The flags a story the NLU cannot read is asked about, and that it was asked.
UNREAD_STORY_FLAGS: tuple[str, ...] = ("suicide", "violence")
STORY = "story"
INSTEAD_OF_A_NAME = "instead_of_a_name"
SAFETY_ASKED = "safety_asked"
# 「やり直す」 asked to be confirmed, at this step: a second 「やり直す」 there starts over.
RESTART_ASKED = "restart_asked"


def _navigation(message: Inbound) -> str | None:
    """「戻る」「やり直す」「中断」 typed or tapped: the Navigable method to call."""
    if isinstance(message, PostbackIn):
        move = message.tap.value if message.tap.is_("nav") else None
        return move if move in NAVIGATION else None
    if isinstance(message, TextIn):
        typed = bare(message.text)
        for text in dict.fromkeys((typed, said_as_command(typed))):
            move = next((move for move, words in NAVIGATION.items() if text in words), None)
            if move is not None:
                return move
        return None
    return None


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
    return session.without(RESTART_ASKED)


def _crisis_check_answer(message: Inbound, understanding: Understanding | None) -> str | None:
    """「はい」 or 「いいえ」 to 「いま、危ない状況ですか？」, tapped or typed; else None."""
    if isinstance(message, PostbackIn):
        return message.tap.value if message.tap.is_(CRISIS_CHECK_ACTION) else None
    if isinstance(message, TextIn):
        text = message.text.strip()
        if text == catalog.CRISIS_CHECK_YES:
            return "yes"
        if text == catalog.CRISIS_CHECK_NO:
            return "no"
        return _typed_yes_or_no(text)
    return None


def _late_yes(message: Inbound) -> tuple[str, ...] | None:
    """The flags of a 「はい、いまあぶない」 tapped on a question no longer open; None for
    anything else."""
    if not isinstance(message, PostbackIn) or not message.tap.is_(CRISIS_CHECK_ACTION):
        return None
    if message.tap.value != "yes":
        return None
    told = tuple(f for f in (message.tap.get("f") or "").split(",") if f in CRISIS_FLAGS)
    return told or UNREAD_STORY_FLAGS


def _typed_yes_or_no(text: str) -> str | None:
    """A typed 「はい」 or 「いいえ」 in plain words, in any language; anything else
    (「男じゃ」 typed for the open question) is no answer to it, and goes on as usual."""
    said = unicodedata.normalize("NFKC", text).strip(" 　。、.!！?？")
    if says_no_danger(said):
        return "no"  # 「no estoy bien pero no hay peligro」: the question is answered
    if (
        said in catalog.CRISIS_CHECK_YES_WORDS
        or any(word in said for word in catalog.CRISIS_CHECK_DANGER_WORDS)
        or says_danger(said)
    ):
        return "yes"  # danger first: 「大丈夫じゃない、たすけて」「Not ok, help」 is a yes
    if any(word in said for word in catalog.CRISIS_CHECK_NO_WORDS) or said in catalog.NONE_TYPED:
        return "no"
    # In any language: 「Yes」「Có」 is a yes; 「No」「I'm fine」「Tôi ổn」「괜찮아요」 a no.
    typed = typed_yes_or_no(said)
    return None if typed is None else "yes" if typed == "yes" else "no"


def _flags_told(asked: list[str], message: Inbound) -> tuple[str, ...]:
    """The flags a yes confirms: those asked about; a fear typed as the yes (「tengo miedo」)
    is of a person — of the flags asked, violence alone, when it is one, and violence
    besides them when it is not (「Não aguento mais」, then 「tenho medo dele」)."""
    afraid = isinstance(message, TextIn) and says_fear(message.text)
    if not afraid:
        return tuple(asked)
    if "violence" in asked:
        return ("violence",)
    return tuple(flag for flag in CRISIS_FLAGS if flag in (*asked, "violence"))


def _a_sentence(message: Inbound) -> bool:
    """A typed sentence, not a name or a number (`reads_as_a_sentence`)."""
    return isinstance(message, TextIn) and reads_as_a_sentence(message.text)
