"""The resident's answer on the one-time consent page: recorded with the 民生委員 as
witness, the case handed off on a yes, the page spent, and the 民生委員 told in LINE
(through the outbox, in the same transaction)."""

from __future__ import annotations

import logging
from dataclasses import replace

from sqlalchemy.ext.asyncio import AsyncSession

from bot.notify.routing import AlertRouting
from bot.notify.text_messages import text_messages
from bot.visit.completion import Agreement, Handoff, complete_visit, record_decision, spend
from cases.casework.staff_chat import queue_resident_push, record_outgoing
from cases.models import MinseiIin, VisitConsentToken
from handlers.handoff.consent_text import ConsentText
from handlers.visit import wording as say

log = logging.getLogger(__name__)


class PageClosed(Exception):
    """The 民生委員 who issued the page is no longer registered."""


def agency_names(handoff: Handoff) -> list[str]:
    return [agency.name for agency in handoff.consent.agencies]


async def answer_on_page(
    db: AsyncSession,
    routing: AlertRouting,
    token: VisitConsentToken,
    shown: ConsentText,
    agreement: Agreement | None,
) -> str | None:
    """Record the answer (`agreement` None: declined). Returns the case number on a yes."""
    minsei = await db.get(MinseiIin, token.minsei_id)
    if minsei is None or minsei.status != "active":
        raise PageClosed(token.minsei_id)
    handoff = Handoff.from_json(token.handoff)
    consent_shown = replace(handoff.consent, text_version=shown.version, text_hash=shown.sha256)
    handoff = Handoff(consent_shown, handoff.case)
    number: str | None = None
    if agreement is None:
        consent = await record_decision(db, minsei, handoff, Agreement("tap"), False, None)
        text = say.PAGE_DECLINED_PUSH
    else:
        case, consent = await complete_visit(db, routing, minsei, handoff, agreement, None)
        number = case.number
        text = say.PAGE_DONE_PUSH.format(number=number)
        log.info("visit handed off as case %s (%s on the page)", number, agreement.method)
    spend(token, consent)
    messages = text_messages(text)
    record_outgoing(db, minsei.resident_id, "bot", messages, token.sheet_ref)
    queue_resident_push(db, minsei.resident_id, messages, "visit_consent", priority=1)
    return number
