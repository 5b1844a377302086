"""Visit mode: a registered 民生委員 fills the つなぐシート FOR the resident they visit.

The sheet is the intake flow's (`handlers/intake/`), framed by `VISIT_PROFILE`: the
consulter and 受付者 are the 民生委員, the questions speak of 「ご本人」. A visit opens
with one whole visit note; what it tells (categories, age, 区, gender, household) is
proposed back and, once confirmed, fills the sheet. Several visits may be open at once:
the one in hand lives where the intake flow keeps its draft, the others wait in
`Session.data["visits"]` (each its own sheet draft) until picked again."""

from __future__ import annotations

from dataclasses import asdict, replace
from typing import Any

from handlers.context import Helper, Outcome, TurnContext
from handlers.effects import SaveSheet
from handlers.flow import Flow
from handlers.intake.answers import Given, Situation
from handlers.intake.flow import IntakeFlow, load, record
from handlers.intake.places import city_of
from handlers.intake.state import SESSION_KEY, IntakeState, blank_record, sheet_ref
from handlers.intake.steps import IntakeProfile
from handlers.messages import Choice, Confirm, Inbound, PostbackIn, Reply, Text, TextIn
from handlers.postback import payload
from handlers.session import Session
from handlers.visit import wording as say
from handlers.visit.answers import not_registered_reply
from handlers.visit.commands import HELPER_MENU, about_visit
from handlers.visit.note import NoteHints, answer_step, apply_hints, read_note
from nlu.types import Understanding

NAME = "visit"
NOTE = "note"
HINTS = "hints"
PARKED = "visits"
HINTS_KEY = "visit_hints"
NOTE_ACTION = "visitnote"
MAX_OPEN_VISITS = 10

VISIT_PROFILE = IntakeProfile(
    flow_name=NAME,
    received_by="minsei_iin",
    consulter="minsei_iin",
    wording={"story": "ご本人のお困りごとを書いてください。ボタンで選ぶこともできます。"},
    then="visit_handoff",
)
BY_QUESTIONS = Choice(say.BY_QUESTIONS, payload(NOTE_ACTION, v="questions"))
HINTS_YES = Choice(say.HINTS_YES, payload(NOTE_ACTION, v="yes"))
HINTS_NO = Choice(say.HINTS_NO, payload(NOTE_ACTION, v="no"))


def fresh_visit(ctx: TurnContext, helper: Helper) -> IntakeState:
    """A new sheet for the resident: the 民生委員 is the consulter and the 受付者."""
    record = (
        blank_record("minsei_iin", "minsei_iin", ctx.now.date())
        .with_section(
            "received_by",
            {"name": helper.name, "organisation": f"民生委員（{helper.district}）"},
        )
        .with_section("consulter", {"name": helper.name, "relation_detail": "担当地区の民生委員"})
    )
    return IntakeState(ref=sheet_ref(ctx, NAME), sheet=record).mark("consulter_detail")


def visit_label(state: IntakeState) -> str:
    name = state.get("person.name")
    story = state.get("story")
    return str(name or (story[:12] if isinstance(story, str) else "") or say.NO_LABEL)


def parked_visits(session: Session) -> list[dict[str, Any]]:
    return [dict(v) for v in session.data.get(PARKED) or [] if isinstance(v, dict)]


class VisitFlow:
    """The visit's sheet. `then` takes the confirmed sheet (the resident's consent)."""

    name = NAME

    def __init__(self, then: Flow) -> None:
        self.then = then

    def intake(self, ctx: TurnContext) -> IntakeFlow:
        name = ctx.helper.name if ctx.helper else None
        return IntakeFlow(then=self.then, profile=replace(VISIT_PROFILE, received_by_name=name))

    # ------------------------------------------------------------ Flow protocol

    def start(self, session: Session, ctx: TurnContext) -> Outcome:
        """「訪問相談を始める」: the visit in hand waits, a new one begins with the note."""
        if ctx.helper is None:
            return Outcome(session.at("idle", None), not_registered_reply())
        session, lead = park_current(session)
        state = fresh_visit(ctx, ctx.helper)
        moved = _store(session, state).at(NAME, NOTE, history=())
        return Outcome(moved, lead + self._note_question())

    def prompt(self, session: Session, ctx: TurnContext) -> Outcome:
        if session.step == NOTE:
            return Outcome(session, self._note_question())
        if session.step == HINTS:
            return Outcome(session, _hints_question(_hints(session)))
        return self.intake(ctx).prompt(session, ctx)

    def handle(
        self,
        session: Session,
        message: Inbound,
        understanding: Understanding | None,
        ctx: TurnContext,
    ) -> Outcome:
        if ctx.helper is None:
            return Outcome(session.at("idle", None), not_registered_reply())
        state = load(session)
        if state is None:
            return self.start(session, ctx)
        if session.step == NOTE:
            return self._take_note(session, state, message, understanding, ctx)
        if session.step == HINTS:
            return self._take_hints(session, state, message, ctx)
        return self.intake(ctx).handle(session, message, understanding, ctx)

    def takes_own_words(self, session: Session) -> bool:
        """The visit note, and the sheet's story-like questions."""
        if session.step == NOTE:
            return True
        return session.step != HINTS and IntakeFlow(profile=VISIT_PROFILE).takes_own_words(session)

    # ------------------------------------------------------------ navigation (Navigable)

    def back(self, session: Session, ctx: TurnContext) -> Outcome:
        if session.step == HINTS:
            return Outcome(session.at(NAME, NOTE), self._note_question())
        if session.step == NOTE:
            return self.prompt(session, ctx)
        return self.intake(ctx).back(session, ctx)

    def restart(self, session: Session, ctx: TurnContext) -> Outcome:
        if ctx.helper is None:
            return Outcome(session.at("idle", None), not_registered_reply())
        state = load(session)
        fresh = fresh_visit(ctx, ctx.helper)
        if state is not None:
            fresh = replace(fresh, ref=state.ref)
        moved = _store(session, fresh).at(NAME, NOTE, history=())
        return Outcome(moved, self._note_question())

    def pause(self, session: Session, ctx: TurnContext) -> Outcome:
        """「中断」: the visit waits with the others, for 「続きの訪問」."""
        parked, _ = park_current(session)
        kept = len(parked_visits(parked)) > len(parked_visits(session))
        said = say.PAUSED if kept else say.PAUSED_BEFORE_THE_NOTE
        return Outcome(parked.at("idle", None), Reply((Text(said),), quick_replies=HELPER_MENU))

    def resume(self, session: Session, ctx: TurnContext) -> Outcome:
        return self.intake(ctx).resume(session, ctx)

    # ------------------------------------------------------------ several visits

    def choose(self, session: Session, ctx: TurnContext) -> Outcome:
        """「続きの訪問」: the open visits, one button each."""
        session, lead = park_current(session)
        waiting = parked_visits(session)
        if not waiting:
            reply = lead + Reply((Text(say.NOTHING_OPEN),), quick_replies=HELPER_MENU)
            return Outcome(session.at("idle", None), reply)
        buttons = tuple(
            about_visit("resume", v["ref"], v.get("label") or say.NO_LABEL) for v in waiting
        )
        reply = lead + Reply((Text(say.SWITCH_ASK),), quick_replies=buttons[:13])
        return Outcome(session.at("idle", None), reply)

    def take_up(self, session: Session, ref: str, ctx: TurnContext) -> Outcome:
        """Go back to the open visit `ref` (the one in hand waits in its place)."""
        waiting = parked_visits(session)
        chosen = next((v for v in waiting if v.get("ref") == ref), None)
        if chosen is None:
            return self.choose(session, ctx)
        session, lead = park_current(session)
        rest = [v for v in parked_visits(session) if v.get("ref") != ref]
        restored = session.with_data(
            **{SESSION_KEY: chosen["intake"], PARKED: rest, HINTS_KEY: chosen.get("hints")}
        )
        moved = restored.at(NAME, chosen.get("step"), history=tuple(chosen.get("history") or ()))
        again = self.prompt(moved, ctx)
        return Outcome(again.session, lead + again.reply, again.effects)

    # ------------------------------------------------------------ the visit note

    def _note_question(self) -> Reply:
        return Reply((Text(say.NOTE_ASK),), quick_replies=(BY_QUESTIONS,))

    def _take_note(
        self,
        session: Session,
        state: IntakeState,
        message: Inbound,
        understanding: Understanding | None,
        ctx: TurnContext,
    ) -> Outcome:
        if _note_choice(message) == "questions":
            return self.intake(ctx).resume(session, ctx)
        if not isinstance(message, TextIn):
            return Outcome(session.missed(), self._note_question())
        sit = _situation(state, ctx)
        categories = understanding.categories if understanding else ()
        read = answer_step(state, sit, "story", Given(text=message.text, categories=categories))
        if read is None:
            return Outcome(session.missed(), self._note_question())
        hints = read_note(message.text, sit.wards)
        noted = _store(session, read)
        if not hints.any:
            return self.intake(ctx).resume(noted, ctx)
        asking = noted.with_data(**{HINTS_KEY: asdict(hints)}).at(NAME, HINTS)
        # The note is saved as it is given, before the hints are confirmed.
        return Outcome(asking, _hints_question(hints), (SaveSheet(read.ref, record(asking, read)),))

    def _take_hints(
        self, session: Session, state: IntakeState, message: Inbound, ctx: TurnContext
    ) -> Outcome:
        choice = _note_choice(message)
        if choice not in ("yes", "no"):
            return Outcome(session.missed(), _hints_question(_hints(session)))
        if choice == "yes":
            state = apply_hints(state, _situation(state, ctx), _hints(session))
        kept = {k: v for k, v in session.data.items() if k != HINTS_KEY}
        return self.intake(ctx).resume(_store(replace(session, data=kept), state), ctx)


# ---------------------------------------------------------------- helpers


def park_current(session: Session) -> tuple[Session, Reply]:
    """Put the visit in hand (if its note was given and it was not sent) with the
    waiting ones."""
    state = load(session)
    kept = {k: v for k, v in session.data.items() if k not in (SESSION_KEY, HINTS_KEY)}
    cleared = replace(session, data=kept)
    begun = state is not None and "story" in state.answered
    if state is None or not begun or state.extra.get("complete") or session.flow != NAME:
        return cleared, Reply()  # nothing was told yet: nothing to keep
    entry = {
        "ref": state.ref,
        "intake": state.to_json(),
        "step": session.step,
        "history": list(session.history),
        "label": visit_label(state),
        "hints": session.data.get(HINTS_KEY),
    }
    others = [v for v in parked_visits(session) if v.get("ref") != state.ref]
    waiting = [entry, *others][:MAX_OPEN_VISITS]
    lead = Reply((Text(say.PARKED),))
    return cleared.with_data(**{PARKED: waiting}), lead


def _store(session: Session, state: IntakeState) -> Session:
    return session.with_data(**{SESSION_KEY: state.to_json()})


def _situation(state: IntakeState, ctx: TurnContext) -> Situation:
    city = city_of(ctx.municipality)
    return Situation(state, ctx.now.date(), city.name, city.wards, fixed_consulter="minsei_iin")


def _note_choice(message: Inbound) -> str | None:
    if isinstance(message, PostbackIn):
        return message.tap.value if message.tap.is_(NOTE_ACTION) else None
    if isinstance(message, TextIn):
        text = message.text.strip()
        words = {say.BY_QUESTIONS: "questions", say.HINTS_YES: "yes", say.HINTS_NO: "no"}
        return words.get(text, {"はい": "yes", "いいえ": "no"}.get(text))
    return None


def _hints(session: Session) -> NoteHints:
    raw = session.data.get(HINTS_KEY) or {}
    return NoteHints(
        age=raw.get("age"),
        name=raw.get("name"),
        ward=raw.get("ward"),
        gender=raw.get("gender"),
        size=raw.get("size"),
        relations=tuple(raw.get("relations") or ()),
        member_ages=tuple(raw.get("member_ages") or ()),
    )


def _hints_question(hints: NoteHints) -> Reply:
    text = "\n".join((say.HINTS_LEAD, *hints.lines()))
    return Reply((Confirm(text[:240], HINTS_YES, HINTS_NO),))
