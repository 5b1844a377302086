"""Data rights in the database: the retention policy's purge, and a resident's request to
delete their data.

What always stays is the record the law asks for — which data was provided to which
agency, when, by whom and on which basis (`provisions`, the consent decisions without
who-it-was-for, the 支援会議 basis without its reasons) — with the case row as its
anchor, emptied of categories, 区 and the sheet. The audit trail (ids and counts only)
stays too, and the erasure request is recorded with what was removed."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql.elements import ColumnElement

from cases.casework.audit import audit
from cases.casework.consent import LINE_CHANNEL, consents_of_case, withdraw_consents
from cases.casework.vocabulary import OPEN_STATUSES
from cases.conversations import save_state
from cases.models import (
    Case,
    CaseAgency,
    CaseConference,
    CaseLookupKey,
    CaseNote,
    CasePhoto,
    CaseProposal,
    Consent,
    ConversationState,
    ErasureRequest,
    IntakeSheet,
    MinseiIin,
    OutboxMessage,
    ProgressNote,
    ProtectionBasis,
    ReceivedEvent,
    Resident,
    SupportMeetingBasis,
    SupportPlan,
    TranscriptEntry,
    VisitConsentToken,
    utcnow,
)

FINISHED_EVENT_STATUSES = ("sent", "ignored", "rejected")
UNFINISHED_SHEET_STATUSES = ("draft", "abandoned")


@dataclass(frozen=True, slots=True)
class RetentionPolicy:
    """How many days each kind of data is kept (0 keeps it forever)."""

    closed_case_days: int = 1825
    draft_days: int = 90
    transcript_days: int = 365
    event_days: int = 30


async def _delete(db: AsyncSession, model: type[Any], *where: ColumnElement[bool]) -> int:
    result = await db.execute(delete(model).where(*where))
    return int(getattr(result, "rowcount", 0) or 0)


def _open_case_residents() -> Any:
    return select(Case.resident_id).where(Case.status.in_(OPEN_STATUSES))


# ------------------------------------------------------------------ one case


async def empty_case(db: AsyncSession, case: Case, actor: str, now: datetime) -> Counter[str]:
    """Reduce a case to its provision record: notes, agencies, proposed changes, the sheet,
    the 支援プラン, ケース検討会 and progress notes, and the outbox rows go; consents keep
    their decision and who agreed (本人, 家族…) but not the names; 支援会議 and
    生命・身体の保護 bases keep the date and who recorded them but not the reasons."""
    removed: Counter[str] = Counter()
    removed["case_notes"] += await _delete(db, CaseNote, CaseNote.case_id == case.id)
    removed["support_plans"] += await _delete(db, SupportPlan, SupportPlan.case_id == case.id)
    removed["case_conferences"] += await _delete(
        db, CaseConference, CaseConference.case_id == case.id
    )
    removed["case_progress_notes"] += await _delete(
        db, ProgressNote, ProgressNote.case_id == case.id
    )
    removed["case_agencies"] += await _delete(db, CaseAgency, CaseAgency.case_id == case.id)
    removed["case_proposals"] += await _delete(db, CaseProposal, CaseProposal.case_id == case.id)
    removed["case_photos"] += await _delete(db, CasePhoto, CasePhoto.case_id == case.id)
    removed["case_lookup_keys"] += await _delete(
        db, CaseLookupKey, CaseLookupKey.case_id == case.id
    )
    removed["outbox"] += await _delete(
        db, OutboxMessage, OutboxMessage.case_id == case.id, OutboxMessage.status != "pending"
    )
    if case.sheet_id is not None:
        removed["intake_sheets"] += await _delete(db, IntakeSheet, IntakeSheet.id == case.sheet_id)
    for consent in await db.scalars(select(Consent).where(Consent.case_id == case.id)):
        consent.subject = None
        consent.witness_ref = None
        consent.signature = None
        consent.grantor_name = None
        consent.note = None
    meetings = await db.scalars(
        select(SupportMeetingBasis).where(SupportMeetingBasis.case_id == case.id)
    )
    protections = await db.scalars(
        select(ProtectionBasis).where(ProtectionBasis.case_id == case.id)
    )
    for basis in [*meetings, *protections]:
        basis.reason = ""
    case.categories = []
    case.primary_category = None
    case.crisis_flags = []
    case.ward = None
    case.sheet_id = None
    case.unread_followups = 0
    case.purged_at = now
    audit(db, actor, "case.purged", case_id=case.id, removed=dict(removed))
    return removed


# ------------------------------------------------------------------ the retention policy


async def purge_expired(
    db: AsyncSession, policy: RetentionPolicy, now: datetime | None = None
) -> dict[str, int]:
    """Apply the retention policy once (the caller commits); rows removed per table."""
    now = now or utcnow()
    removed: Counter[str] = Counter()
    if policy.closed_case_days:
        cutoff = now - timedelta(days=policy.closed_case_days)
        expired = await db.scalars(
            select(Case).where(
                Case.status == "closed", Case.closed_at < cutoff, Case.purged_at.is_(None)
            )
        )
        for case in list(expired):
            removed.update(await empty_case(db, case, "system:retention", now))
            removed["cases_purged"] += 1
    if policy.draft_days:
        cutoff = now - timedelta(days=policy.draft_days)
        in_use = select(Case.sheet_id).where(Case.sheet_id.is_not(None))
        removed["intake_sheets"] += await _delete(
            db,
            IntakeSheet,
            IntakeSheet.status.in_(UNFINISHED_SHEET_STATUSES),
            IntakeSheet.updated_at < cutoff,
            IntakeSheet.id.not_in(in_use),
        )
        removed["conversation_states"] += await _delete(
            db,
            ConversationState,
            ConversationState.updated_at < cutoff,
            ConversationState.resident_id.not_in(_open_case_residents()),
        )
        # Visit consent pages (each holds its hand-off, the resident's name with it).
        removed["visit_consent_tokens"] += await _delete(
            db, VisitConsentToken, VisitConsentToken.expires_at < cutoff
        )
    if policy.transcript_days:
        cutoff = now - timedelta(days=policy.transcript_days)
        removed["transcript"] += await _delete(
            db,
            TranscriptEntry,
            TranscriptEntry.created_at < cutoff,
            TranscriptEntry.resident_id.not_in(_open_case_residents()),
        )
    if policy.event_days:
        cutoff = now - timedelta(days=policy.event_days)
        removed["received_events"] += await _delete(
            db,
            ReceivedEvent,
            ReceivedEvent.status.in_(FINISHED_EVENT_STATUSES),
            ReceivedEvent.received_at < cutoff,
        )
        removed["outbox"] += await _delete(
            db, OutboxMessage, OutboxMessage.status == "sent", OutboxMessage.created_at < cutoff
        )
    return {table: count for table, count in removed.items() if count}


# ------------------------------------------------------------------ a resident's request


@dataclass(frozen=True, slots=True)
class Erasure:
    request: ErasureRequest
    closed_cases: tuple[Case, ...]  # cases that were still open: staff should know
    # Open cases kept whole: a danger to life or body, or the person's own consent that
    # staff recorded (the writer was a relative): staff decide, and are told.
    held_cases: tuple[Case, ...] = ()


async def held_from_erasure(db: AsyncSession, case: Case) -> bool:
    """Whether a writer's erasure leaves this case whole: it is open, and it is for a
    danger to life or body, or the person it is about gave their own consent to staff
    (what the person said is theirs, not the writer's to erase)."""
    if case.status not in OPEN_STATUSES or case.visit_ref is not None:
        return False
    if case.crisis_flags or case.urgency == "crisis":
        return True
    consents = await consents_of_case(db, case.id)
    return any(c.status == "active" and c.channel != LINE_CHANNEL for c in consents)


async def erase_resident(
    db: AsyncSession,
    resident_id: int,
    *,
    via: str = "line",
    keep_event_id: int | None = None,
) -> Erasure:
    """Delete what the resident told the city (the caller commits): transcript, sheets,
    the conversation's state, the copies kept of their webhook events, and their cases
    down to the provision record (open cases are closed). `keep_event_id` is the event
    being answered, whose reply still has to go out. Records the request as done.

    What a 民生委員 handed over from a visit is the visited resident's, not theirs: those
    cases, their sheets, their visit's messages and the resident's consent stay (drafts of
    visits never handed over go)."""
    now = utcnow()
    closed: list[Case] = []
    request = ErasureRequest(resident_id=resident_id, via=via, requested_at=now)
    db.add(request)
    removed: Counter[str] = Counter()
    # Nothing more is shared: the consents end (their record stays, as decided).
    removed["consents_withdrawn"] += len(
        await withdraw_consents(db, resident_id, via=via, actor=f"resident:{via}")
    )
    own_cases = select(Case).where(Case.resident_id == resident_id, Case.visit_ref.is_(None))
    held: list[Case] = []
    for case in list(await db.scalars(own_cases)):
        if await held_from_erasure(db, case):
            held.append(case)
            continue
        if case.status != "closed":
            case.status = "closed"
            case.closed_at = now
            closed.append(case)
        removed.update(await empty_case(db, case, f"resident:{via}", now))
        removed["cases_purged"] += 1
    handed_over = select(Case.visit_ref).where(
        Case.resident_id == resident_id, Case.visit_ref.is_not(None)
    )
    if not held:  # a held case keeps the words behind it
        removed["transcript"] += await _delete(
            db,
            TranscriptEntry,
            TranscriptEntry.resident_id == resident_id,
            TranscriptEntry.visit_ref.is_(None) | TranscriptEntry.visit_ref.not_in(handed_over),
        )
    held_sheets = [case.sheet_id for case in held if case.sheet_id is not None]
    removed["intake_sheets"] += await _delete(
        db,
        IntakeSheet,
        IntakeSheet.resident_id == resident_id,
        IntakeSheet.ref.not_in(handed_over),
        IntakeSheet.id.not_in(held_sheets),
    )
    removed["case_photos"] += await _delete(
        db, CasePhoto, CasePhoto.resident_id == resident_id, CasePhoto.case_id.is_(None)
    )
    removed["visit_consent_tokens"] += await _delete(
        db,
        VisitConsentToken,
        VisitConsentToken.minsei_id.in_(
            select(MinseiIin.id).where(MinseiIin.resident_id == resident_id)
        ),
    )
    removed["received_events_redacted"] += await _redact_events(db, resident_id, keep_event_id)
    await save_state(db, resident_id, {"welcomed": True})
    request.completed_at = utcnow()
    request.removed = {table: count for table, count in removed.items() if count}
    audit(db, f"resident:{via}", "resident.data_erased", resident_id=resident_id, **request.removed)
    await db.flush()
    return Erasure(request, tuple(closed), tuple(held))


async def _redact_events(db: AsyncSession, resident_id: int, keep_event_id: int | None) -> int:
    """Empty the stored copies of the resident's answered events, keeping their ids so a
    late redelivery from LINE is still recognised as already handled."""
    resident = await db.get(Resident, resident_id)
    if resident is None:
        return 0
    events = await db.scalars(
        select(ReceivedEvent).where(
            ReceivedEvent.source_key == f"user:{resident.line_user_id}",
            ReceivedEvent.status.in_(FINISHED_EVENT_STATUSES),
            ReceivedEvent.id != (keep_event_id or 0),
        )
    )
    count = 0
    for event in events:
        event.payload = {"type": event.event_type, "redacted": True}
        event.outbound = None
        count += 1
    return count
