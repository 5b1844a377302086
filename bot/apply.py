"""Applying a turn's effects: one table from each effect's type to what applies it, all
in the turn's transaction (the runtime commits once, after the turn). An applier may
answer with more to say (the 受付番号 of a case just opened, a 民生委員's visit list); what
the handlers decided is never changed here."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, get_args

from sqlalchemy.ext.asyncio import AsyncSession

from bot.alerts import raise_alert
from bot.case_desk import CaseDesk
from bot.data_rights import apply_erasure
from bot.handoff_effects import apply_record_consent, apply_show_sharing, apply_withdrawal
from bot.menu_links import queue_menu_change
from bot.notify.routing import AlertRouting
from bot.sheet_effects import apply_save_sheet, with_sheet_id
from bot.visit.desk import VisitDesk
from cases.models import Resident
from handlers.effects import (
    AddToCase,
    AlertStaff,
    AnswerCheckIn,
    ChooseCheckIn,
    ChooseLanguage,
    Effect,
    EraseData,
    FileWithVisit,
    ListVisits,
    OpenCase,
    RecordConsent,
    RedeemInvite,
    SaveSheet,
    ShowSharing,
    VisitConsent,
    WithdrawConsent,
)
from handlers.messages import Reply

log = logging.getLogger(__name__)

EFFECT_TYPES: tuple[type, ...] = get_args(Effect)


@dataclass(frozen=True, slots=True)
class TurnScope:
    """What every effect of one turn is applied in: the transaction, the person, the
    event, and the 民生委員's visit the turn belongs to (if any)."""

    db: AsyncSession
    resident_id: int
    event_id: int | None
    visit: str | None = None


Applier = Callable[[TurnScope, Any], Awaitable[Reply | None]]


class NoApplier(LookupError):
    """An effect with no entry in the table (a wiring mistake, not a resident's input)."""


class EffectApplier:
    """`apply(scope, effect)`: the entry for the effect's type does the work."""

    def __init__(
        self,
        routing: AlertRouting,
        cases: CaseDesk | None = None,
        visits: VisitDesk | None = None,
    ) -> None:
        self.routing = routing
        desk = cases or CaseDesk(routing)
        self.table: dict[type, Applier] = {
            AlertStaff: self._alert,
            ChooseLanguage: _choose_language,
            SaveSheet: _save_sheet,
            RecordConsent: self._record_consent,
            WithdrawConsent: self._withdraw,
            ShowSharing: _show_sharing,
            EraseData: self._erase,
            OpenCase: on_resident(desk.hand_off),
            AddToCase: on_resident(desk.add),
            FileWithVisit: on_resident(desk.add_to_visit),
            ChooseCheckIn: on_resident(desk.choose_check_in),
            AnswerCheckIn: on_resident(desk.answer_check_in),
        }
        if visits is not None:  # the 民生委員's desk needs the consent page's signing key
            self.table |= {
                RedeemInvite: on_resident(visits.redeem),
                ListVisits: on_resident(visits.list_visits),
                VisitConsent: on_resident(visits.consent),
            }

    async def apply(self, scope: TurnScope, effect: Effect) -> Reply:
        applier = self.table.get(type(effect))
        if applier is None:
            raise NoApplier(f"no applier for {type(effect).__name__}")
        return await applier(scope, effect) or Reply()

    async def _alert(self, scope: TurnScope, alert: AlertStaff) -> None:
        await raise_alert(
            scope.db, self.routing, scope.resident_id, scope.event_id, alert, scope.visit
        )

    async def _record_consent(self, scope: TurnScope, effect: RecordConsent) -> None:
        effect = await with_sheet_id(scope.db, scope.resident_id, effect)
        await apply_record_consent(scope.db, scope.resident_id, scope.event_id, effect)
        log.info("consent %s recorded for resident #%s", effect.status, scope.resident_id)

    async def _withdraw(self, scope: TurnScope, effect: WithdrawConsent) -> None:
        await apply_withdrawal(scope.db, self.routing, scope.resident_id, scope.event_id, effect)
        log.info("consent withdrawn by resident #%s", scope.resident_id)

    async def _erase(self, scope: TurnScope, effect: EraseData) -> Reply | None:
        return await apply_erasure(
            scope.db, self.routing, scope.resident_id, scope.event_id, effect
        )


def on_resident(
    method: Callable[[AsyncSession, int, int | None, Any], Awaitable[Reply | None]],
) -> Applier:
    """A desk's method, called with the scope's transaction, person and event."""

    async def applier(scope: TurnScope, effect: Any) -> Reply | None:
        return await method(scope.db, scope.resident_id, scope.event_id, effect)

    return applier


async def _choose_language(scope: TurnScope, effect: ChooseLanguage) -> None:
    """Kept on the resident; their rich menu follows (`bot/menu_links.py`)."""
    if not effect.keep:
        return
    resident = await scope.db.get(Resident, scope.resident_id)
    if resident is not None and resident.language != effect.code:
        resident.language = effect.code
        queue_menu_change(scope.db, scope.resident_id, "language")


async def _save_sheet(scope: TurnScope, effect: SaveSheet) -> None:
    await apply_save_sheet(scope.db, scope.resident_id, effect)


async def _show_sharing(scope: TurnScope, effect: ShowSharing) -> None:
    await apply_show_sharing(scope.db, scope.resident_id, scope.event_id, effect)
