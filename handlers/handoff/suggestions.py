"""The agencies to suggest and to name in the consent: what the flow needs from the
directory, in the flow's own terms."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from handlers.context import TurnContext
from handlers.effects import AgencyChoice
from handlers.handoff.intake_view import SheetView
from handlers.handoff.next_steps import Hours
from handlers.messages import AgencyCards


@dataclass(frozen=True, slots=True)
class Suggestions:
    """Cards to show (contacts), the agencies the consent names (the coordinator added
    for a 複合課題), and their opening hours."""

    cards: AgencyCards | None
    grantees: tuple[AgencyChoice, ...]
    hours: tuple[Hours, ...]


Suggester = Callable[[SheetView, TurnContext], Suggestions]
