"""What a handler gets besides the session and the message, and what it gives back."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from handlers.effects import Effect
from handlers.i18n import SOURCE, Catalogue
from handlers.messages import Reply
from handlers.session import Session


@dataclass(frozen=True, slots=True)
class VisitSent:
    """A visit the 民生委員 handed over whose case is still open: the visit's sheet ref,
    the case's 受付番号, and the day it was received."""

    ref: str
    number: str
    received: date


@dataclass(frozen=True, slots=True)
class Helper:
    """The writer is a registered 民生委員 (the runtime looks it up): name and 担当地区,
    and their visits still open, newest first."""

    name: str
    district: str
    visits: tuple[VisitSent, ...] = ()


@dataclass(frozen=True, slots=True)
class CaseInHand:
    """The person's open case after a hand-off (the runtime looks it up): its 受付番号,
    its troubles and the agencies working it. What they write goes there."""

    number: str
    categories: tuple[str, ...] = ()
    agency_ids: tuple[str, ...] = ()
    staff_wrote_at: datetime | None = None  # staff's last reply in the chat


@dataclass(frozen=True, slots=True)
class TurnContext:
    """The world as a handler may see it: the time and the city. Pure data.

    `event_ref` is the LINE webhook event id of the message being handled: a handler that
    starts a record names it after this (stable when the event is handled again).
    `helper` is set when the writer is a registered 民生委員 (visit mode); `case` when
    the person's consultation was handed off and its case is still open.
    `checkin_days`: after how many days the city offers to ask how it went.

    `language` is the resident's (`handlers/i18n.py`), `chosen` whether they chose it,
    `profile_language` what LINE's profile says at a follow; `written` the language a
    message is plainly written in when it is not Japanese (`nlu/written.py`; read while
    none is kept, and surely — a whole sentence or words of crisis — while another
    language than Japanese is); `catalogue` holds every language's sentences, read at start."""

    now: datetime
    municipality: str
    prefecture: str | None = None
    event_ref: str | None = None
    helper: Helper | None = None
    case: CaseInHand | None = None
    checkin_days: int = 14
    language: str = SOURCE
    chosen: bool = False
    profile_language: str | None = None
    written: str | None = None
    # When the person sent the message (LINE's timestamp); None when unknown. Sent before
    # the open question was asked, it cannot be its answer (bubbles sent in a row).
    sent_at: datetime | None = None
    catalogue: Catalogue = field(default_factory=Catalogue)

    def sent_before(self, moment: datetime | None) -> bool:
        """Whether the message was sent (LINE's timestamp) before `moment` — a question
        asked after it was sent cannot be what it answers."""
        return self.sent_at is not None and moment is not None and self.sent_at < moment


@dataclass(frozen=True, slots=True)
class Outcome:
    """A turn's result: the new session, what to say, and what to do."""

    session: Session
    reply: Reply
    effects: tuple[Effect, ...] = ()
