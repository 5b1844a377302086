"""After the hand-off, the bot's side: which open case a person's words go to
(`TurnContext.case`), the 受付番号 told at the hand-off, and each follow-up recorded on
the case — unread for staff, an alert (no personal data) at most once per case in a
quiet period, and the changes it proposes."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from bot.handoff_effects import apply_open_case
from bot.notify.routing import AlertRouting, queue_staff_alert
from bot.sheet_effects import with_sheet_id
from cases.casework.followups import (
    CATEGORY_FIELD,
    CONSULTER_PHONE_FIELD,
    agency_ids_of,
    handed_off_case,
    note_followup,
    open_visit_case,
    propose,
    staff_last_wrote,
)
from cases.checkins import answered, choose
from cases.conversations import file_under_visit, move_alerts_to
from cases.models import Case, utcnow
from handlers.context import CaseInHand
from handlers.effects import AddToCase, AnswerCheckIn, ChooseCheckIn, FileWithVisit, OpenCase
from handlers.handoff import wording
from handlers.handoff.checkin import ask_reply
from handlers.menu import CASE_MENU
from handlers.messages import Reply, Text

log = logging.getLogger(__name__)

FOLLOWUP_ALERT = "followup"
CHECKIN_ALERT = "checkin"  # checkin_waiting / checkin_again


def phone_field(case: Case, effect: AddToCase) -> str:
    """Which number a follow-up's phone number is proposed as: the person's (携帯 or
    自宅) or, when someone writes for the person, the writer's. Their words decide
    (`AddToCase.phone_of`: 「父の携帯は…」); when they do not, the writer most likely gives
    their own."""
    for_someone_else = case.consulter not in (None, "self")
    if for_someone_else and effect.phone_of != "person":
        return CONSULTER_PHONE_FIELD
    return "phone_mobile" if effect.mobile else "phone_home"


@dataclass
class CaseDesk:
    routing: AlertRouting = field(default_factory=AlertRouting)
    quiet: timedelta = timedelta(minutes=30)

    async def in_hand(self, db: AsyncSession, resident_id: int) -> CaseInHand | None:
        case = await handed_off_case(db, resident_id)
        if case is None:
            return None
        agencies = await agency_ids_of(db, case.id)
        wrote = await staff_last_wrote(db, resident_id)
        return CaseInHand(case.number, tuple(case.categories), agencies, wrote)

    async def hand_off(
        self, db: AsyncSession, resident_id: int, event_id: int | None, effect: OpenCase
    ) -> Reply:
        effect = await with_sheet_id(db, resident_id, effect)
        case = await apply_open_case(db, self.routing, resident_id, event_id, effect)
        log.info("case %s handed off (urgency=%s)", case.number, case.urgency)
        said = Text(wording.CASE_NUMBER.format(number=case.number))
        told = Reply((said,), quick_replies=CASE_MENU)
        return told if effect.checkin_days is None else told + ask_reply(effect.checkin_days)

    async def add_to_visit(
        self, db: AsyncSession, resident_id: int, event_id: int | None, effect: FileWithVisit
    ) -> None:
        """A 民生委員's words about a visited resident: filed under that visit, and a
        follow-up on its case while the case is open."""
        filed = await file_under_visit(db, resident_id, effect.events, effect.ref)
        case = await open_visit_case(db, resident_id, effect.ref)
        if case is None:
            return
        moved = await move_alerts_to(db, case, effect.events)
        if note_followup(case, utcnow(), self.quiet, alert=not moved):
            queue_staff_alert(db, self.routing, FOLLOWUP_ALERT, case)
        log.info(
            "%s message(s) of a visit added to case %s (%s alert(s) moved)",
            filed,
            case.number,
            moved,
        )

    async def choose_check_in(
        self, db: AsyncSession, resident_id: int, event_id: int | None, effect: ChooseCheckIn
    ) -> None:
        case = await handed_off_case(db, resident_id)
        if case is None:
            return
        await choose(db, case, effect.agreed, utcnow(), effect.days)
        log.info("check-in %s for case %s", "agreed" if effect.agreed else "declined", case.number)

    async def answer_check_in(
        self, db: AsyncSession, resident_id: int, event_id: int | None, effect: AnswerCheckIn
    ) -> None:
        found = await answered(db, resident_id, effect.answer, utcnow())
        if found is None:
            return
        _, case = found
        if effect.alert:
            queue_staff_alert(db, self.routing, f"{CHECKIN_ALERT}_{effect.answer}", case)
        log.info("check-in answered for case %s (%s)", case.number, effect.answer)

    async def add(
        self, db: AsyncSession, resident_id: int, event_id: int | None, effect: AddToCase
    ) -> None:
        case = await handed_off_case(db, resident_id)
        if case is None:
            return
        if note_followup(case, utcnow(), self.quiet, alert=effect.alert):
            queue_staff_alert(db, self.routing, FOLLOWUP_ALERT, case)
        if effect.phone:
            await propose(db, case, phone_field(case, effect), effect.phone, event_id)
        for category in effect.categories:
            await propose(db, case, CATEGORY_FIELD, category, event_id)
        log.info("follow-up added to case %s (%s unread)", case.number, case.unread_followups)
