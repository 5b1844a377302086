"""Which visit a 民生委員's turn belongs to. Their one LINE chat carries the visits of many
residents; `bot/` files each message, alert and case under its visit so that staff see
one resident's visit on that resident's case and nothing of the others."""

from __future__ import annotations

from collections.abc import Iterable

from handlers.effects import Effect, FileWithVisit, VisitConsent
from handlers.intake.state import SESSION_KEY
from handlers.session import Session
from handlers.sheet import ConfirmedSheet
from handlers.visit.consent import NAME as HANDOFF_FLOW
from handlers.visit.flow import NAME as VISIT_FLOW


def visit_in_hand(session: Session) -> str | None:
    """The ref of the visit sheet being filled or handed off, if any."""
    if session.flow == VISIT_FLOW:
        draft = session.data.get(SESSION_KEY)
        ref = draft.get("ref") if isinstance(draft, dict) else None
    elif session.flow == HANDOFF_FLOW:
        ref = ConfirmedSheet.from_session(session.data).sheet_ref
    else:
        return None
    return str(ref) if ref else None


def visit_of_turn(before: Session, after: Session, effects: Iterable[Effect]) -> str | None:
    """The visit a turn was about: the one in hand after it (a visit just started or
    picked up), else the one in hand before it (a visit just handed off), else the visit
    a later consent from 「訪問記録」 names, else the visit words about a resident were
    just added to."""
    for effect in effects:
        if isinstance(effect, VisitConsent):
            return effect.sheet_ref
        if isinstance(effect, FileWithVisit):
            return effect.ref
    return visit_in_hand(after) or visit_in_hand(before)
