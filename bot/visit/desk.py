"""Visit mode's side of the turn: who is writing (a registered 民生委員, for the
handlers' `TurnContext.helper`), and the effects whose answer depends on what the
database holds — an invite code, a visit's consent, the list of visits."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.menu_links import queue_menu_change
from bot.notify.routing import AlertRouting
from bot.visit.completion import (
    Agreement,
    Handoff,
    complete_visit,
    latest_handoff,
    record_decision,
    spend,
)
from bot.visit.links import ConsentLinks
from cases.casework.followups import open_visit_cases
from cases.casework.vocabulary import VISIT_ORIGIN
from cases.minsei import active_minsei, redeem_invite
from cases.models import Case, IntakeSheet, MinseiIin, VisitConsentToken
from cases.sheets import sheet_by_ref
from cases.visit_consent import issue_token
from handlers.context import Helper, VisitSent
from handlers.effects import ListVisits, RedeemInvite, VisitConsent
from handlers.messages import Reply
from handlers.visit import answers

log = logging.getLogger(__name__)
JST = ZoneInfo("Asia/Tokyo")
OPEN_VISITS_TOLD = 3  # the newest open visits a 民生委員's words may be added to


@dataclass
class VisitDesk:
    routing: AlertRouting
    links: ConsentLinks

    async def helper_of(self, db: AsyncSession, resident_id: int) -> Helper | None:
        minsei = await active_minsei(db, resident_id)
        if minsei is None:
            return None
        cases = await open_visit_cases(db, resident_id, OPEN_VISITS_TOLD)
        visits = tuple(
            VisitSent(str(c.visit_ref), c.number, c.created_at.astimezone(JST).date())
            for c in cases
        )
        return Helper(minsei.name, minsei.district, visits)

    async def redeem(
        self, db: AsyncSession, resident_id: int, event_id: int | None, effect: RedeemInvite
    ) -> Reply:
        result = await redeem_invite(db, resident_id, effect.code)
        log.info("registration by code: %s (resident #%s)", result.outcome, resident_id)
        if result.outcome == "registered":
            queue_menu_change(db, resident_id, "link")
        name = result.minsei.name if result.minsei else ""
        district = result.minsei.district if result.minsei else ""
        return answers.registration_reply(result.outcome, name, district)

    async def list_visits(
        self, db: AsyncSession, resident_id: int, event_id: int | None, effect: ListVisits
    ) -> Reply:
        minsei = await active_minsei(db, resident_id)
        if minsei is None:
            return answers.not_registered_reply()
        return await visits_of(db, minsei)

    async def consent(
        self, db: AsyncSession, resident_id: int, event_id: int | None, effect: VisitConsent
    ) -> Reply:
        minsei = await active_minsei(db, resident_id)
        if minsei is None:
            return answers.not_registered_reply()
        return await self._consent(db, minsei, event_id, effect)

    async def _consent(
        self, db: AsyncSession, minsei: MinseiIin, event_id: int | None, effect: VisitConsent
    ) -> Reply:
        sheet = await sheet_by_ref(db, effect.sheet_ref, minsei.resident_id)
        kept = await latest_handoff(db, minsei.id, effect.sheet_ref)
        if effect.consent is not None and effect.case is not None:
            handoff = Handoff(effect.consent, effect.case)
        elif kept is not None:
            handoff = kept[0]
        else:
            return answers.gone_reply()
        if sheet is None or sheet.status not in ("draft", "complete"):
            return answers.gone_reply()
        if kept is not None:
            spend(kept[1], None)  # an earlier page of this visit no longer opens
        token = await issue_token(db, minsei.id, effect.sheet_ref, handoff.to_json())
        if effect.method == "page":
            return answers.page_reply(self.links.url(token.nonce))
        if effect.method == "declined":
            consent = await record_decision(
                db, minsei, handoff, Agreement("verbal"), False, event_id
            )
            spend(token, consent)
            return answers.declined_reply()
        case, consent = await complete_visit(
            db, self.routing, minsei, handoff, Agreement("verbal"), event_id
        )
        spend(token, consent)
        log.info("visit handed off as case %s (verbal consent)", case.number)
        return answers.sent_reply(case.number)


async def visits_of(db: AsyncSession, minsei: MinseiIin) -> Reply:
    """「訪問記録」: the cases this 民生委員 handed off (status only) and the visits whose
    consent is still to come. Only their own: cases of their LINE user, opened by a visit."""
    cases = await db.scalars(
        select(Case)
        .where(Case.resident_id == minsei.resident_id, Case.origin == VISIT_ORIGIN)
        .order_by(Case.id.desc())
        .limit(20)
    )
    sent = [
        answers.SentVisit(c.created_at.astimezone(JST).date(), c.number, c.status) for c in cases
    ]
    waiting = await db.execute(
        select(VisitConsentToken.sheet_ref, VisitConsentToken.issued_at)
        .join(IntakeSheet, IntakeSheet.ref == VisitConsentToken.sheet_ref)
        .where(
            VisitConsentToken.minsei_id == minsei.id,
            IntakeSheet.resident_id == minsei.resident_id,
            IntakeSheet.status == "complete",
        )
        .order_by(VisitConsentToken.id.desc())
    )
    awaiting: dict[str, answers.AwaitingVisit] = {}
    for ref, issued in waiting:
        awaiting.setdefault(ref, answers.AwaitingVisit(ref, issued.astimezone(JST).date()))
    return answers.visits_reply(sent, list(awaiting.values()))
