"""Which visit a 民生委員's turn is filed under while the visit's sheet waits at the
consent question: the visit in hand, read from the confirmed sheet the intake left."""

from __future__ import annotations

from handlers.session import Session
from handlers.sheet import ConfirmedSheet
from handlers.visit.consent import NAME as HANDOFF_FLOW
from handlers.visit.in_hand import visit_in_hand, visit_of_turn

AT_CONSENT = Session(
    flow=HANDOFF_FLOW,
    step="consent",
    data=ConfirmedSheet("visit-7", ("care",), "北区", "minsei_iin", 84, ()).to_session(),
    welcomed=True,
)


def test_a_turn_at_the_consent_question_is_filed_under_its_visit() -> None:
    assert visit_in_hand(AT_CONSENT) == "visit-7"
    # A crisis raised there, or the answer that ends the visit, is the same visit's.
    assert visit_of_turn(AT_CONSENT, AT_CONSENT, ()) == "visit-7"
    assert visit_of_turn(AT_CONSENT, Session(welcomed=True), ()) == "visit-7"
