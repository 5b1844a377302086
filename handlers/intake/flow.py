"""The つなぐシート as a conversation: runs the step table of `handlers/intake/steps.py`.

One question at a time; every answer is saved when given (`SaveSheet`); anything we
cannot read is asked again kindly, and after two tries the person may skip or talk to a
person; 「戻る」「やり直す」「中断」 work in every step; someone who comes back after a
while is offered 「前回の続きから」 or 「最初から」; the summary card lets any answer be
changed; once confirmed, the sheet goes to the hand-off flow (suggestions and consent)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta
from typing import Any, Final

from handlers.commands import bare, said_as_command
from handlers.context import Outcome, TurnContext
from handlers.effects import Effect, SaveSheet
from handlers.flow import Flow
from handlers.idle import tells_a_trouble
from handlers.intake import catalog as say
from handlers.intake import parsing
from handlers.intake import steps as table
from handlers.intake.answers import (
    EASY,
    NOT_A_NAME,
    Given,
    Situation,
    Stay,
    Taken,
    Unread,
    forget,
    match_option,
    read_birth_put_right,
    read_name_corrected,
    read_name_put_right,
    says_dont_know,
    story_told_on,
    told_on,
)
from handlers.intake.isolation import isolation_signs
from handlers.intake.outside import outside_city_reply
from handlers.intake.places import city_of
from handlers.intake.state import SESSION_KEY, IntakeState, blank_record, sheet_ref
from handlers.intake.summary import summary_card
from handlers.menu import HUMAN, MAIN_MENU
from handlers.messages import (
    Choice,
    ChoiceGrid,
    DateChoice,
    Inbound,
    MediaIn,
    Outbound,
    PostbackIn,
    QuickReply,
    Reply,
    Text,
    TextIn,
    tap_of,
)
from handlers.postback import Tap, payload
from handlers.session import Session
from handlers.sheet import CONFIRMED_KEY, EARLIER_HANDOFF_KEYS, SheetPath
from nlu.extract import dates, postal_codes
from nlu.types import Understanding

RESUME_AFTER = timedelta(hours=6)
MISSES_BEFORE_HELP = 2
SKIP_VALUE = "__skip"
DATE_VALUE = "__date"
SEND_VALUE = "send"
EDITING = "editing"  # the step a 「変更」 from the summary went back to
SEND_WORDS = (say.SEND, "送る", "送信", "はい", "OK", "ok", "大丈夫", "これでいい")
# 「これでおくります」「送ってください」「この内容でお願いします」: sent, in other words
# (the seventeenth tester's: only 「はい」 and the button sent the card).
_SEND: Final = re.compile(
    r"^(これで|この内容で|このないようで|このまま)?[、,\s]*"
    r"((送|おく)(る|ります|って(ください|くれ|ちょうだい|いい|ええ|大丈夫)?|ってほしい|信(する|します)?)"
    r"|(お願い|おねがい)(します)?|(いい|ええ|よい|大丈夫|だいじょうぶ)(です|よ|じゃ|や)?)$"
)


def says_send(typed: str) -> bool:
    """Whether words typed at the card send it (never a correction: those name a field)."""
    said = bare(typed)
    return said in SEND_WORDS or _SEND.match(said) is not None


HANDOFF_KEYS = (CONFIRMED_KEY, *EARLIER_HANDOFF_KEYS)
# The questions after the story that ask for the person's own words, and where they go:
# a bubble sent in a row after one is more of it.
OWN_WORDS_FIELDS: dict[str, SheetPath] = {
    "living": "living_situation",
    "other_detail": "troubles.other_detail",
}
# Questions a name answers: there 「名前は…」 is the answer, not a correction.
NAME_QUESTIONS = frozenset({"name", "consulter_name", "member_name"})
# Short words typed at the summary card that name what they put right are read as an
# answer put right; other words as more of the story.
CARD_CORRECTION_CHARS = 40
CARD_FIELD_SAID = re.compile(
    r"名前|なまえ|氏名|年齢|ねんれい|歳|才|さい|生年月日|誕生日|たんじょうび|生まれ|うまれ"
    r"|電話|でんわ|携帯|けいたい|ケータイ|番号|ばんごう|郵便|ゆうびん|〒"
)
# A correction of the age or birth date names one: a number with 歳 or 年 (or a date's
# marks), or an era.
BIRTH_SAID = re.compile(
    r"[0-9０-９〇一二三四五六七八九十百]\s*(?:歳|才|さい|年|ねん|月|がつ|/|／)"
    r"|昭和|平成|令和|大正|しょうわ|へいせい|れいわ|たいしょう|[SHRTshrt]\s*[0-9０-９]"
)


class IntakeFlow:
    """The sheet flow. `profile` words and frames it (the resident, or a 民生委員 on a
    visit); `then` is the flow that takes the confirmed sheet (the hand-off)."""

    def __init__(
        self,
        then: Flow | None = None,
        profile: table.IntakeProfile = table.RESIDENT,
        resume_after: timedelta = RESUME_AFTER,
    ) -> None:
        self.name = profile.flow_name
        self.then = then
        self.profile = profile
        self.resume_after = resume_after

    # ------------------------------------------------------------ Flow protocol

    def start(self, session: Session, ctx: TurnContext) -> Outcome:
        state = load(session)
        if state is not None and state.started:
            return self._offer_resume(session, state, ctx)
        return self._fresh(session, ctx, lead=())

    def open_with_story(
        self,
        session: Session,
        message: Inbound,
        understanding: Understanding | None,
        ctx: TurnContext,
    ) -> Outcome:
        """A trouble written at the main menu opens a sheet with it as the story; a sheet
        left unfinished is offered first, so no answers are lost (the message stays in
        the conversation record for staff)."""
        state = load(session)
        if state is not None and state.started:
            return self._offer_resume(session, state, ctx)
        opened = self._fresh(session, ctx, lead=())
        told = self.handle(opened.session, message, understanding, ctx)
        if told.session.step == table.FIRST:  # not taken as a story: ask for it as usual
            return opened
        thanks = Reply((Text(say.STORY_TAKEN),))
        return Outcome(told.session, thanks + told.reply, (*opened.effects, *told.effects))

    def prompt(self, session: Session, ctx: TurnContext) -> Outcome:
        state = load(session)
        if state is None:
            return self.start(session, ctx)
        if session.step == table.RESUME:
            return Outcome(session, self._resume_question())
        state = self._touch(state, ctx)
        session = self._store(session, state)
        return Outcome(session, self._ask(session, state, ctx), self._save(session, state))

    def handle(
        self,
        session: Session,
        message: Inbound,
        understanding: Understanding | None,
        ctx: TurnContext,
    ) -> Outcome:
        state = load(session)
        if state is None:
            return self.start(session, ctx)
        if session.step == table.RESUME:
            return self._take_resume(session, state, message, ctx)
        last = state.last_touched()
        if last is not None and ctx.now - last > self.resume_after:
            return self._offer_resume(session, state, ctx)
        if isinstance(message, TextIn) and ctx.sent_before(state.last_touched()):
            added = self._added_to_the_last_answer(session, state, message, understanding, ctx)
            if added is not None:
                return added
        tap = tap_of(message)
        edit = tap.get("edit") if tap.is_("intake") else None
        if edit is not None:
            return self._edit(session, state, edit, ctx)
        if session.step == table.SUMMARY:
            return self._take_summary(session, state, message, understanding, ctx)
        message = _located(message, session.step)
        if isinstance(message, MediaIn):
            note = say.MEDIA.get(message.kind, say.MEDIA["other"])
            return self._again(session, state, ctx, note, easy=False)
        if isinstance(message, TextIn) and parsing.is_thinking(message.text):
            # A bubble of 「えっと」 before the answer: the question's buttons stay, and the
            # answer that follows is the one read.
            asked = self._ask(session, state, ctx)
            return Outcome(session, Reply((Text(say.TAKE_YOUR_TIME),), asked.quick_replies))
        given = _given(message, understanding, session.step, tap)
        if given is None:
            return self._again(session, state, ctx, say.AGAIN["choice"])
        name, index = table.split_key(session.step or table.FIRST)
        step = table.BY_KEY[name]
        state = self._followed_up(state, session.step or table.FIRST)
        sit = self._situation(state, ctx)
        skipping = _is_skip(given) and match_option(given, step.options(sit, index)) is None
        skipping = skipping and not step.none_said(given)
        if skipping and (step.optional or session.misses >= MISSES_BEFORE_HELP):
            # A skip takes back what this step had answered; a step never answered keeps
            # what came from elsewhere (the 区 a visit note gave stays when the 〒 is skipped).
            key = session.step or name
            taken_back = forget(state, step.forgets, index) if key in state.answered else state
            return self._advance(session, taken_back.skipped(session.step or name), ctx, ())
        # Where the person's own words are asked (the story), they are the answer.
        corrected = None if step.own_words else self._corrected(session, given, sit, ctx)
        if corrected is not None:
            return corrected
        result = table.read_answer(step, given, sit, index)
        if isinstance(result, Unread):
            told = self._story_goes_on(session, state, given, understanding, ctx)
            if told is not None:
                return told
            act = understanding.act if understanding is not None else None
            if act in say.COURTESY_BACK:  # 「よろしくお願いします」 as a bubble of its own
                return self._show(session, state, ctx, (say.COURTESY_BACK[act],))
            return self._again(session, state, ctx, _unread_note(result.reason, name))
        if isinstance(result, Stay):
            return self._show(session.at(self.name, session.step), result.state, ctx)
        return self._taken(session, result, ctx)

    def _corrected(
        self,
        session: Session,
        given: Given,
        sit: Situation,
        ctx: TurnContext,
        in_a_row: bool = False,
    ) -> Outcome | None:
        """「いや、83歳です」 while another question is open: an earlier answer put right
        (an age or birth date, a phone number, a 〒 — each unmistakable), said so, and the
        open question asked again. 「それは私の名前でした。父は佐藤正男です」: the name
        given was the writer's, and the person's is the one now said (or asked now). None
        when it is no such correction."""
        renamed = read_name_put_right(given, sit)
        if renamed is not None:
            state = table.answered("name", renamed)
            if state.section("person").get("name") is None:  # asked now, then back here
                state = state.unmark("name")
                history = (*session.history, session.step or table.FIRST)
                session = session.at(self.name, "name", history=history)
            return self._show(session, state, ctx, renamed.notes)
        correction = say.correction(given.text or "")
        at_card = session.step == table.SUMMARY or in_a_row  # or words meant for the card
        typed = given.text or ""
        if correction is None and at_card and len(typed) <= CARD_CORRECTION_CHARS:
            # 「名前は岡山トメ子です」「年齢は83歳です」 typed at the card: words naming what
            # they put right (not 「一番困ってるのは家賃です」, no age in it)
            correction = typed if CARD_FIELD_SAID.search(typed) else None
        open_question = table.split_key(session.step or table.FIRST)[0]
        if open_question not in NAME_QUESTIONS:
            named = read_name_corrected(given, sit, correction)
            if named is not None:
                return self._put_right(session, table.answered("name", named), ctx, named.notes)
        owned = given.value is None and say.owns_a_mistake(given.text or "")
        if correction is None and not owned:
            return None
        for key, same_kind in table.CORRECTABLE.items():
            if correction is None:
                break
            if open_question in same_kind or key not in sit.state.answered:
                continue
            if key == "postal" and postal_codes.find_postal_code(correction) is None:
                continue  # the 〒 question also keeps an address: here only a 〒 will do
            if key == "birth" and not BIRTH_SAID.search(correction):
                continue  # 「一番…」 is no age: a number with 歳, 年 or an era only
            said = Given(text=correction)
            if key == "birth":
                result = read_birth_put_right(said, sit)
            else:
                result = table.BY_KEY[key].read(said, sit, 0)
            if isinstance(result, Taken):
                state = table.answered(key, result).unskipped(key)
                return self._put_right(session, state, ctx, (say.CORRECTED[key],))
        if owned:
            # 「住所まちがえました」 with nothing readable after: not the open question's
            # answer; where to put it right, and the question again.
            return self._show(session, sit.state, ctx, (say.CORRECTION_HOW,))
        return None

    def _added_to_the_last_answer(
        self,
        session: Session,
        state: IntakeState,
        message: TextIn,
        understanding: Understanding | None,
        ctx: TurnContext,
    ) -> Outcome | None:
        """A bubble sent before the open question was asked (the story in two bubbles,
        sent in a row) is no answer to it: where the question before asked for the
        person's own words, the bubble goes on with them, and the open question is asked
        again. None where the question before took something else."""
        if not session.history or session.step == table.SUMMARY:
            return None
        before_key = session.history[-1]
        before = table.split_key(before_key)[0]
        categories = understanding.categories if understanding is not None else ()
        if before == table.SUMMARY:  # words for the card, sent before this question
            return self._card_words(session, state, message.text, understanding, ctx)
        if before == "story":
            told = story_told_on(state, message.text, categories)
        elif before in OWN_WORDS_FIELDS:
            told = told_on(state, OWN_WORDS_FIELDS[before], message.text)
        else:
            return self._answered_again(session, state, before_key, message, ctx)
        if told is None:
            return None
        return self._show(session, told, ctx, (say.STORY_ADDED,))

    def _answered_again(
        self, session: Session, state: IntakeState, key: str, message: TextIn, ctx: TurnContext
    ) -> Outcome | None:
        """A bubble sent right after an answer, before the next question was asked: the
        answer put right or added to (「あ、ちがう、次男です」「携帯もあります 090-…」「あ、
        まちがえた 700-0915です」), read by the question it follows; the open question is
        then asked again. None when that question cannot read it."""
        name, index = table.split_key(key)
        step = table.BY_KEY.get(name)
        if step is None or step.own_words:
            return None
        text = say.correction(message.text) or message.text
        result = table.read_answer(step, Given(text=text), self._situation(state, ctx), index)
        if not isinstance(result, Taken):
            return None
        fixed = table.answered(key, result).unskipped(key)
        note = say.CORRECTED.get(name, say.ANSWER_PUT_RIGHT)
        return self._show(session, fixed, ctx, (*result.notes, note))

    def _story_goes_on(
        self,
        session: Session,
        state: IntakeState,
        given: Given,
        understanding: Understanding | None,
        ctx: TurnContext,
    ) -> Outcome | None:
        """Words of a trouble that answer nothing asked (a second bubble of the story,
        sent before the next question was read): the story goes on with them, and the
        open question is asked again, with no miss counted. None for anything else."""
        if given.text is None or not tells_a_trouble(TextIn(given.text), understanding):
            return None
        if not parsing.reads_as_a_sentence(given.text):  # 「2月30日」: a wrong answer
            return None
        if "story" not in state.answered:
            return None
        told = story_told_on(state, given.text, understanding.categories if understanding else ())
        if told is None:
            return None
        return self._show(session, told, ctx, (say.STORY_ADDED,))

    def _put_right(
        self, session: Session, state: IntakeState, ctx: TurnContext, notes: tuple[str, ...]
    ) -> Outcome:
        """After an earlier answer was put right: the open question again — or, when the
        correction answered it (a name that is its own reading, at the ふりがな question),
        the next one; on the summary card, a question it opened again (the new name's
        reading) before the card."""
        at = session.step or table.FIRST
        if at == table.SUMMARY:
            target = table.next_key(self._situation(state, ctx))
            if target != table.SUMMARY:
                history = (*session.history, table.SUMMARY)
                return self._show(session.at(self.name, target, history=history), state, ctx, notes)
        elif at in state.answered:
            return self._advance(session, state, ctx, notes)
        return self._show(session, state, ctx, notes)

    def takes_own_words(self, session: Session) -> bool:
        if session.flow != self.name or session.step in (table.SUMMARY, table.RESUME):
            return False
        step = table.BY_KEY.get(table.split_key(session.step or table.FIRST)[0])
        return step is not None and step.own_words

    # ------------------------------------------------------------ navigation

    def back(self, session: Session, ctx: TurnContext) -> Outcome:
        state = load(session)
        if state is None:
            return self.start(session, ctx)
        if not session.history:
            return self._show(session, state, ctx, (say.NOTHING_BEFORE,))
        previous = session.history[-1]
        moved = session.at(self.name, previous, history=session.history[:-1])
        return self._show(moved, state, ctx)

    def restart(self, session: Session, ctx: TurnContext) -> Outcome:
        state = load(session)
        ref = state.ref if state is not None else None
        return self._fresh(session, ctx, lead=(say.RESTARTED,), ref=ref)

    def pause(self, session: Session, ctx: TurnContext) -> Outcome:
        state = load(session)
        if state is None:
            return Outcome(session.at("idle", None), Reply(quick_replies=MAIN_MENU))
        paused = replace(state, paused_at=session.step)
        rested = self._store(session, self._touch(paused, ctx)).at("idle", None)
        go_on = Choice(say.GO_ON, payload("menu", v="resume"))
        reply = Reply((Text(say.SAVED_AND_PAUSED),), quick_replies=(go_on, *MAIN_MENU))
        return Outcome(rested, reply)

    def holds_draft(self, session: Session) -> bool:
        state = load(session)
        return state is not None and state.started and not state.extra.get("complete")

    def writes_for_another(self, session: Session) -> bool:
        state = load(session)
        return state is not None and state.relation != "self"

    def resume(self, session: Session, ctx: TurnContext) -> Outcome:
        """「続きから」: straight back to the open question, or a new sheet when none."""
        state = load(session)
        if state is None or not state.started:
            return self._fresh(session, ctx, lead=())
        return self._continue(session, state, ctx)

    # ------------------------------------------------------------ moving on

    def _situation(self, state: IntakeState, ctx: TurnContext) -> Situation:
        city = city_of(ctx.municipality)
        return Situation(
            state=state,
            today=ctx.now.date(),
            city=city.name,
            wards=city.wards,
            fixed_consulter=self.profile.consulter,
        )

    def _fresh(
        self, session: Session, ctx: TurnContext, lead: tuple[str, ...], ref: str | None = None
    ) -> Outcome:
        """A new sheet; given the `ref` of a draft, that draft is emptied and saved so."""
        blank = blank_record(self.profile.received_by, self.profile.consulter, ctx.now.date())
        if self.profile.received_by_name:
            blank = blank.with_value("received_by.name", self.profile.received_by_name)
        state = self._touch(IntakeState(ref=ref or sheet_ref(ctx, self.name), sheet=blank), ctx)
        kept = {k: v for k, v in session.data.items() if k not in HANDOFF_KEYS}
        fresh = replace(session, data={**kept, SESSION_KEY: state.to_json()})
        moved = fresh.at(self.name, table.FIRST, history=())
        shown = self._show(moved, state, ctx, (*lead, say.NAV_HINT))
        if ref is None:
            return shown
        emptied = SaveSheet(state.ref, record(shown.session, state))
        return Outcome(shown.session, shown.reply, (emptied,))

    def _taken(self, session: Session, result: Taken, ctx: TurnContext) -> Outcome:
        key = session.step or table.FIRST
        state = table.answered(key, result).unskipped(key)
        notes = result.notes
        extra = None
        if result.place is not None and not result.place.inside(self._situation(state, ctx).city):
            extra = outside_city_reply(result.place, self._situation(state, ctx).city, state)
        return self._advance(session, state, ctx, notes, extra)

    def _advance(
        self,
        session: Session,
        state: IntakeState,
        ctx: TurnContext,
        notes: tuple[str, ...],
        extra: Reply | None = None,
    ) -> Outcome:
        history = (*session.history, session.step or table.FIRST)
        target = table.next_key(self._situation(state, ctx))
        moved = session.at(self.name, target, history=history)
        shown = self._show(moved, state, ctx, notes)
        reply = extra + shown.reply if extra is not None else shown.reply
        return Outcome(shown.session, reply, shown.effects)

    def _edit(self, session: Session, state: IntakeState, key: str, ctx: TurnContext) -> Outcome:
        """「変更」 on the summary card: that question again; once it is answered, the
        questions after it on the same row are asked again too."""
        if table.split_key(key)[0] not in table.BY_KEY:
            return self._show(session, state, ctx)
        editing = replace(state, extra={**state.extra, EDITING: key})
        from_card = session.step == table.SUMMARY  # 「戻る」 then returns to the card
        history = (*session.history, table.SUMMARY) if from_card else session.history
        return self._show(session.at(self.name, key, history=history), editing, ctx)

    def _followed_up(self, state: IntakeState, key: str) -> IntakeState:
        """An answer to the question 「変更」 went back to: the ones after it on its row
        are asked again (what the reader marks itself stays answered)."""
        if state.extra.get(EDITING) != key:
            return state
        extra = {k: v for k, v in state.extra.items() if k != EDITING}
        return replace(state, extra=extra).unmark(*table.followers(state.answered, key))

    def _again(
        self, session: Session, state: IntakeState, ctx: TurnContext, note: str, easy: bool = True
    ) -> Outcome:
        """Asked again after an answer we could not use; a text we could not read brings
        the やさしい日本語 wording, and the second miss offers to skip or talk to a person."""
        missed = session.missed()
        notes: tuple[str, ...] = (note,)
        if missed.misses >= MISSES_BEFORE_HELP:
            notes = (note, say.STUCK)
        return self._show(missed, state, ctx, notes, easy=easy)

    def _show(
        self,
        session: Session,
        state: IntakeState,
        ctx: TurnContext,
        notes: tuple[str, ...] = (),
        easy: bool = False,
    ) -> Outcome:
        state = self._touch(state, ctx)
        stored = self._store(session, state)
        lead = Reply(tuple(Text(n) for n in notes))
        return Outcome(
            stored, lead + self._ask(stored, state, ctx, easy), self._save(stored, state)
        )

    # ------------------------------------------------------------ asking

    def _ask(
        self, session: Session, state: IntakeState, ctx: TurnContext, easy: bool = False
    ) -> Reply:
        sit = self._situation(state, ctx)
        easy = easy or bool(state.extra.get(EASY))
        if session.step == table.SUMMARY:
            applicable = _applicable(sit)
            card = summary_card(state, lambda key: table.split_key(key)[0] in applicable)
            send = Choice(say.SEND, payload("intake", s=table.SUMMARY, v=SEND_VALUE))
            return Reply((Text(say.ASK["summary"]), card), (send, _nav("back"), _nav("pause")))
        name, index = table.split_key(session.step or table.FIRST)
        step = table.BY_KEY[name]
        key = session.step or name
        text = table.ask_text(step, sit, index, self.profile, easy)
        if name == "categories":
            text = _with_chosen(text, state)
        on_card: list[Choice] = []
        choices: list[QuickReply] = []
        for value, label in step.options(sit, index):
            choice = Choice(label, payload("intake", s=key, v=value))
            (on_card if step.grid and value not in step.quick else choices).append(choice)
        if step.picker:
            choices.insert(0, _date_picker(key, ctx, state))
        stuck = session.misses >= MISSES_BEFORE_HELP
        if step.optional or stuck:
            label = say.SKIP if stuck and not step.optional else step.skip_label
            skip = Choice(label, payload("intake", s=key, v=SKIP_VALUE))
            # After two misses the way out comes first (LINE shows at most 13 buttons).
            choices = [skip, HUMAN, *choices] if stuck else [*choices, skip]
        if session.history:
            choices.append(_nav("back"))
        question: Outbound = ChoiceGrid(text, tuple(on_card)) if on_card else Text(text)
        return Reply((question,), tuple(choices))

    # ------------------------------------------------------------ summary and resume

    def _take_summary(
        self,
        session: Session,
        state: IntakeState,
        message: Inbound,
        understanding: Understanding | None,
        ctx: TurnContext,
    ) -> Outcome:
        tapped = tap_of(message).value
        typed = message.text.strip() if isinstance(message, TextIn) else ""
        if tapped != SEND_VALUE and not says_send(typed):
            return self._summary_words(session, state, typed, understanding, ctx)
        state = self._touch(state, ctx)
        done = self._store(session, replace(state, extra={**state.extra, "complete": True}))
        flags = done.data.get("crisis_flags") or ()
        confirmed = state.sheet.confirmed(state.ref, flags, isolation_signs(state))
        handed = done.with_data(**confirmed.to_session())
        saving = SaveSheet(state.ref, record(done, state), complete=True)
        thanks = Reply((Text(say.SENT_TO_HANDOFF),))
        if self.then is None:
            return Outcome(
                handed.at("idle", None), thanks + Reply(quick_replies=MAIN_MENU), (saving,)
            )
        after = self.then.start(handed, ctx)
        return Outcome(after.session, thanks + after.reply, (saving, *after.effects))

    def _summary_words(
        self,
        session: Session,
        state: IntakeState,
        typed: str,
        understanding: Understanding | None,
        ctx: TurnContext,
    ) -> Outcome:
        """Words typed at the card instead of a tap: an answer put right in words
        (「なまえが ちごうとる 岡山トメじゃ」「いや、83歳です」), or more of the story, is
        taken there and the card shown again; anything else asks for a tap."""
        told = self._card_words(session, state, typed, understanding, ctx) if typed else None
        return told or self._show(session, state, ctx, (say.AGAIN["summary"],))

    def _card_words(
        self,
        session: Session,
        state: IntakeState,
        typed: str,
        understanding: Understanding | None,
        ctx: TurnContext,
    ) -> Outcome | None:
        """Words for the summary card — typed at it, or sent right after it: an answer
        put right, or more of the story. None for anything else."""
        categories = understanding.categories if understanding else ()
        given = Given(text=typed, categories=categories)
        sit = self._situation(state, ctx)
        corrected = self._corrected(session, given, sit, ctx, in_a_row=True)
        return corrected or self._story_goes_on(session, state, given, understanding, ctx)

    def _offer_resume(self, session: Session, state: IntakeState, ctx: TurnContext) -> Outcome:
        if state.extra.get("complete"):
            return self._fresh(session, ctx, lead=())
        paused_at = session.step if session.flow == self.name else state.paused_at
        kept = replace(state, paused_at=paused_at or state.paused_at)
        stored = self._store(session, kept).at(self.name, table.RESUME)
        reply = Reply((Text(say.WELCOME_BACK),)) + self._resume_question()
        return Outcome(stored, reply)

    def _resume_question(self) -> Reply:
        go_on = Choice(say.CONTINUE, payload("intake", s=table.RESUME, v="continue"))
        again = Choice(say.FROM_START, payload("intake", s=table.RESUME, v="restart"))
        return Reply((Text(say.ASK["resume"]),), (go_on, again))

    def _take_resume(
        self, session: Session, state: IntakeState, message: Inbound, ctx: TurnContext
    ) -> Outcome:
        tapped = tap_of(message).value
        typed = said_as_command(message.text) if isinstance(message, TextIn) else ""
        if tapped == "restart" or typed in say.RESTART_WORDS:
            return self._fresh(session, ctx, lead=(say.RESTARTED,), ref=state.ref)
        if tapped == "continue" or typed in say.CONTINUE_WORDS:
            return self._continue(session, state, ctx)
        again = Reply((Text(say.AGAIN["choice"]),)) + self._resume_question()
        return Outcome(session.missed(), again)

    def _continue(self, session: Session, state: IntakeState, ctx: TurnContext) -> Outcome:
        at = state.paused_at
        if at is None or at == table.RESUME:
            at = table.next_key(self._situation(state, ctx))
        return self._show(session.at(self.name, at), replace(state, paused_at=None), ctx)

    # ------------------------------------------------------------ storage

    def _touch(self, state: IntakeState, ctx: TurnContext) -> IntakeState:
        return replace(state, updated=ctx.now.isoformat())

    def _store(self, session: Session, state: IntakeState) -> Session:
        return session.with_data(**{SESSION_KEY: state.to_json()})

    def _save(self, session: Session, state: IntakeState) -> tuple[Effect, ...]:
        if not state.started:
            return ()
        return (SaveSheet(state.ref, record(session, state)),)


# ---------------------------------------------------------------- helpers


def load(session: Session) -> IntakeState | None:
    raw = session.data.get(SESSION_KEY)
    return IntakeState.from_json(raw) if isinstance(raw, dict) and raw.get("ref") else None


def record(session: Session, state: IntakeState) -> dict[str, Any]:
    """The sheet as stored: the draft, the crisis flags of the conversation, and the
    本人 row of the household kept in step with the person's answers."""
    sheet = state.sheet
    flags = session.data.get("crisis_flags") or []
    if flags:
        sheet = sheet.with_value("crisis_flags", list(dict.fromkeys(flags)))
    members = state.members()
    if members:
        person = sheet.person
        members[0] = {**members[0], "name": person.name, "age": person.age}
        sheet = sheet.with_section("household", {"members": members})
    return sheet.record()


def _applicable(sit: Situation) -> set[str]:
    return {table.split_key(k)[0] for k in table.plan(sit)}


def _nav(action: str) -> Choice:
    label = {"back": say.BACK, "pause": say.PAUSE, "restart": say.RESTART}[action]
    return Choice(label, payload("nav", v=action))


def _date_picker(key: str, ctx: TurnContext, state: IntakeState) -> DateChoice:
    """The calendar opens near the person's year of birth: from the age already given
    (an answer being changed, or the one age the story names), else 70 years back."""
    today = ctx.now.date()
    age = state.get("person.age")
    if not isinstance(age, int):
        age = dates.age_in_story(state.sheet.story or "")
    return DateChoice(
        say.PICK_DATE,
        payload("intake", s=key, v=DATE_VALUE),
        initial=f"{today.year - (age if age is not None else 70)}-01-01",
        min="1900-01-01",
        max=today.isoformat(),
    )


def _with_chosen(text: str, state: IntakeState) -> str:
    from nlu.categories import CATEGORY_SHORT

    if not state.categories:
        return text
    labels = "、".join(CATEGORY_SHORT[c] for c in state.categories)
    return text + "\n" + say.CATEGORIES_CHOSEN.format(labels=labels)


def _given(
    message: Inbound,
    understanding: Understanding | None,
    step: str | None,
    tap: Tap,
) -> Given | None:
    if isinstance(message, TextIn):
        categories = understanding.categories if understanding else ()
        primary = understanding.primary if understanding else None
        return Given(text=message.text, categories=categories, primary=primary)
    if isinstance(message, PostbackIn) and tap.is_("intake"):
        if tap.get("s") != step:
            return None  # a button of an earlier question
        if tap.value == DATE_VALUE:
            return Given(date=message.params.get("date", ""))
        return Given(value=tap.value or "")
    return None


def _is_skip(given: Given) -> bool:
    if given.value == SKIP_VALUE:
        return True
    return given.text is not None and says_dont_know(given.text)


def _unread_note(reason: str, step: str) -> str:
    if reason == "too_long":
        return say.TOO_LONG
    if reason == "symbols":
        return say.ONLY_SYMBOLS
    if reason == "postal_unknown":
        return say.POSTAL_NOT_FOUND
    if reason == "no_category":
        return say.CATEGORIES_NONE
    if reason == "size_more":
        return say.SIZE_MORE
    if reason == NOT_A_NAME:
        return say.NOT_A_NAME
    return say.AGAIN.get(step) or say.AGAIN.get(reason) or say.AGAIN["default"]


# Where LINE's location message answers the sheet: 「お住まいの郵便番号」 and the address.
LOCATION_STEPS = ("postal", "address")
LINE_COUNTRY_PREFIX = "日本、"


def _located(message: Inbound, step: str | None) -> Inbound:
    """A location sent where the sheet asks where the person lives, read as the address
    LINE's map gave it (「〒700-0914 岡山県岡山市北区鹿田町…」)."""
    if not isinstance(message, MediaIn) or message.kind != "location" or not message.address:
        return message
    if step not in LOCATION_STEPS:
        return message
    return TextIn(message.address.removeprefix(LINE_COUNTRY_PREFIX).strip())
