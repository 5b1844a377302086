"""The agencies to suggest and to name in the consent: what the flow needs from the
directory, in the flow's own terms."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from handlers.context import TurnContext
from handlers.effects import AgencyChoice
from handlers.handoff.next_steps import Hours
from handlers.messages import AgencyCards
from handlers.sheet import ConfirmedSheet


@dataclass(frozen=True, slots=True)
class PlaceOffer:
    """A place to belong (参加支援), offered to a person who is isolated: what it is and
    whom to ask. Never shared with, never named in the consent."""

    name: str
    kind: str
    description: str
    ask: str | None = None  # whom to ask: an agency's name (and phone)


@dataclass(frozen=True, slots=True)
class Suggestions:
    """Cards to show (contacts), the agencies the consent names (the coordinator added
    for a 複合課題), their opening hours, and places to belong to offer."""

    cards: AgencyCards | None
    grantees: tuple[AgencyChoice, ...]
    hours: tuple[Hours, ...]
    places: tuple[PlaceOffer, ...] = ()


Suggester = Callable[[ConfirmedSheet, TurnContext], Suggestions]
