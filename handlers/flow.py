"""A flow is one conversation the bot can hold (the main menu, the つなぐシート, the
agency search…). The dispatcher in `handlers/turn.py` hands each message to the flow the
session is in."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from handlers.context import Outcome, TurnContext
from handlers.messages import Inbound
from handlers.session import Session
from nlu.types import Understanding


class Flow(Protocol):
    name: str

    def start(self, session: Session, ctx: TurnContext) -> Outcome:
        """Enter the flow and ask its first question."""
        ...

    def handle(
        self,
        session: Session,
        message: Inbound,
        understanding: Understanding | None,
        ctx: TurnContext,
    ) -> Outcome:
        """Take one message inside the flow."""
        ...

    def prompt(self, session: Session, ctx: TurnContext) -> Outcome:
        """Ask again where the flow is (after a crisis answer, or when resuming)."""
        ...


@runtime_checkable
class Navigable(Protocol):
    """A flow of several questions: 「戻る」「やり直す」「中断」 and 「続きから」 work in it."""

    def back(self, session: Session, ctx: TurnContext) -> Outcome:
        """Ask the previous question again."""
        ...

    def restart(self, session: Session, ctx: TurnContext) -> Outcome:
        """Start over from the first question."""
        ...

    def pause(self, session: Session, ctx: TurnContext) -> Outcome:
        """Keep the answers and rest at the main menu."""
        ...

    def resume(self, session: Session, ctx: TurnContext) -> Outcome:
        """Go back to the open question of a paused conversation."""
        ...


@runtime_checkable
class TakesOwnWords(Protocol):
    """A flow whose open question may be answered in the person's own words (a story, a
    visit note). A message there that also calls for the crisis answer is kept as the
    answer after the hotlines, so nobody is asked to tell it twice."""

    def takes_own_words(self, session: Session) -> bool:
        """Whether the open question is one of those."""
        ...


@runtime_checkable
class OpensWithStory(Protocol):
    """A consultation that can open with a message the person wrote unasked at the main
    menu: that message is taken as their story instead of asking for it."""

    def open_with_story(
        self,
        session: Session,
        message: Inbound,
        understanding: Understanding | None,
        ctx: TurnContext,
    ) -> Outcome:
        """Start the consultation with `message` as the answer to its first question."""
        ...


@runtime_checkable
class WritesForAnother(Protocol):
    """A consultation that knows whether its writer writes for someone else (a relative,
    a neighbour, an agency): words of crisis there are most likely that person's."""

    def writes_for_another(self, session: Session) -> bool:
        """Whether the writer said they write about someone else."""
        ...


@runtime_checkable
class HoldsDraft(Protocol):
    """A consultation that can tell whether a sheet is paused unfinished (「続きから」
    goes back to it) or there is none (a finished sheet is not taken up again)."""

    def holds_draft(self, session: Session) -> bool:
        """Whether the session holds an unfinished sheet."""
        ...
