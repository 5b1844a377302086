"""Tables of the city's database. Consultation data lives here, never on LINE."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from cases.encryption import EncryptedJSON, EncryptedText
from cases.timestamps import UtcDateTime


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, list[Any]: JSON}


class Resident(Base):
    """A LINE user who wrote to the account (a resident, a relative, a 民生委員…)."""

    __tablename__ = "residents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    line_user_id: Mapped[str] = mapped_column(String(64), unique=True)
    follow_state: Mapped[str] = mapped_column(String(16), default="unknown")
    # The language they chose (`handlers/i18n.py`); None: not chosen (Japanese, or
    # their phone's language when the bot speaks it).
    language: Mapped[str | None] = mapped_column(String(16), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, onupdate=utcnow)


class ReceivedEvent(Base):
    """Every webhook event, recorded before the webhook answers and de-duplicated on
    LINE's `webhookEventId`. `status` walks received → processed → sending → sent
    (or → ignored for events that need no answer); an event not shaped as LINE sends
    them is recorded `rejected`, with the reason in `last_error`, and never queued."""

    __tablename__ = "received_events"

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    webhook_event_id: Mapped[str] = mapped_column(String(64), unique=True)
    source_key: Mapped[str] = mapped_column(String(80))
    event_type: Mapped[str] = mapped_column(String(40))
    payload: Mapped[dict[str, Any]] = mapped_column(EncryptedJSON)
    status: Mapped[str] = mapped_column(String(16), default="received")
    outbound: Mapped[list[Any] | None] = mapped_column(EncryptedJSON, nullable=True)
    sent_via: Mapped[str | None] = mapped_column(String(16), nullable=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(String(200), nullable=True)
    received_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    processed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)

    __table_args__ = (
        Index("ix_received_events_status", "status", "received_at"),
        Index("ix_received_events_source", "source_key", "id"),
    )


class DeliveryAttempt(Base):
    """One call to LINE that carries part of an event's stored answer, and what came of it.

    Written before the call (`outcome` NULL: in flight, or the worker died waiting) and
    completed after it, each in its own commit, so a resumed delivery knows what an earlier
    one did. Proof that a batch reached LINE is a `delivered` reply or push (LINE answered
    200) or an `accepted_before` push (LINE answered 409 to its retry key); a refusal never
    is. `batch` numbers the answer's groups of at most five messages; `unrecorded` rows
    stand for deliveries begun before attempts were recorded."""

    __tablename__ = "delivery_attempts"

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    event_id: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"),
        ForeignKey("received_events.id", ondelete="CASCADE"),
    )
    batch: Mapped[int] = mapped_column(Integer, default=0)
    method: Mapped[str] = mapped_column(String(12))  # reply | push | unrecorded
    retry_key: Mapped[str | None] = mapped_column(String(36), nullable=True)
    outcome: Mapped[str | None] = mapped_column(String(16), nullable=True)
    status_code: Mapped[int | None] = mapped_column(Integer, nullable=True)
    line_request_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    started_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)

    __table_args__ = (Index("ix_delivery_attempts_event", "event_id", "batch"),)


class TranscriptEntry(Base):
    """One message in or out, in the order of the conversation."""

    __tablename__ = "transcript"

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("residents.id", ondelete="CASCADE"))
    event_id: Mapped[int | None] = mapped_column(
        ForeignKey("received_events.id", ondelete="SET NULL"), nullable=True
    )
    direction: Mapped[str] = mapped_column(String(3))  # "in" | "out"
    author: Mapped[str] = mapped_column(String(16))  # resident | bot | staff
    kind: Mapped[str] = mapped_column(String(24))
    text: Mapped[str] = mapped_column(EncryptedText, default="")
    content: Mapped[dict[str, Any]] = mapped_column(EncryptedJSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    # The 民生委員's visit (its sheet's ref) the message belongs to; None outside visits.
    visit_ref: Mapped[str | None] = mapped_column(String(40), nullable=True)

    __table_args__ = (Index("ix_transcript_resident", "resident_id", "id"),)


class ConversationState(Base):
    """The conversation's state for one resident (the step of the sheet, answers so far)."""

    __tablename__ = "conversation_states"

    resident_id: Mapped[int] = mapped_column(
        ForeignKey("residents.id", ondelete="CASCADE"), primary_key=True
    )
    state: Mapped[dict[str, Any]] = mapped_column(EncryptedJSON, default=dict)
    version: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, onupdate=utcnow)


class StaffAlert(Base):
    """An alert raised for staff (a crisis, a request for a person, a hand-off, a
    withdrawal…), kept so it always reaches a person: the console's alerts view shows it
    until someone acknowledges it, whatever channel carried it. No personal data: the
    resident is referred to by id only, the case by its id.

    `next_realert_at`: when an unacknowledged crisis is alerted again on every channel
    (None: never — every other kind, and alerts raised before re-alerting existed).
    `danger_to_another`: the message told of a danger to someone other than its writer;
    `danger_to_writer_too`: the writer is in danger too (a wish to die taking another along);
    `model_only_flags`: of `flags`, those only the model raised (no rule matched)."""

    __tablename__ = "staff_alerts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    resident_id: Mapped[int | None] = mapped_column(
        ForeignKey("residents.id", ondelete="SET NULL"), nullable=True
    )
    event_id: Mapped[int | None] = mapped_column(
        ForeignKey("received_events.id", ondelete="SET NULL"), nullable=True
    )
    case_id: Mapped[int | None] = mapped_column(
        ForeignKey("cases.id", ondelete="SET NULL"), nullable=True
    )
    kind: Mapped[str] = mapped_column(String(24))
    urgency: Mapped[str] = mapped_column(String(12))
    flags: Mapped[list[Any]] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    acknowledged_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    acknowledged_by: Mapped[str | None] = mapped_column(String(40), nullable=True)  # actor
    next_realert_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    realert_count: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))
    danger_to_another: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    danger_to_writer_too: Mapped[bool] = mapped_column(
        Boolean, default=False, server_default=false()
    )
    model_only_flags: Mapped[list[Any] | None] = mapped_column(JSON, nullable=True)

    __table_args__ = (
        Index("uq_staff_alerts_event_kind", "event_id", "kind", unique=True),
        Index("ix_staff_alerts_open", "acknowledged_at", "next_realert_at"),
        Index("ix_staff_alerts_case", "case_id"),
    )


class GroupJoin(Base):
    """A LINE group or room the bot was added to (so an admin can set STAFF_LINE_GROUP_ID)."""

    __tablename__ = "group_joins"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    group_id: Mapped[str] = mapped_column(String(64), unique=True)
    joined_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    left_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)


class IntakeSheet(Base):
    """One つなぐシート being filled or filled (`cases/schemas/tsunagu_sheet.v1.json`).
    `resident_id` is the LINE user who wrote it (a 民生委員 may hold several drafts);
    `status` walks draft → complete → sent, or → abandoned."""

    __tablename__ = "intake_sheets"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # A name the pure handlers can give a sheet before it has a row (e.g. a UUID5 of the
    # event that opened it); effects find the row by it.
    ref: Mapped[str] = mapped_column(String(40), unique=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("residents.id", ondelete="CASCADE"))
    status: Mapped[str] = mapped_column(String(16), default="draft")
    schema_version: Mapped[str] = mapped_column(String(8), default="1")
    data: Mapped[dict[str, Any]] = mapped_column(EncryptedJSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, onupdate=utcnow)
    completed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)

    __table_args__ = (Index("ix_intake_sheets_resident", "resident_id", "status"),)


# ---------------------------------------------------------------- cases, consent, outbox
#
# Status and kind values are ASCII ids; `cases/casework/vocabulary.py` gives their Japanese
# labels. Staff are referred to by an actor string ("staff:<id>", "bot", "system") so these
# tables do not depend on the console's user table.


class Case(Base):
    """One consultation handed to the city: the sheet, what it is about, how urgent, and
    where it stands. `is_complex` (複合課題) puts it in the coordinator's queue."""

    __tablename__ = "cases"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("residents.id", ondelete="CASCADE"))
    sheet_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    origin: Mapped[str] = mapped_column(String(24))  # handoff | crisis | human_requested
    status: Mapped[str] = mapped_column(String(16), default="new")
    categories: Mapped[list[Any]] = mapped_column(JSON, default=list)  # main one first
    primary_category: Mapped[str | None] = mapped_column(String(24), nullable=True)
    urgency: Mapped[str] = mapped_column(String(12), default="normal")  # crisis|high|normal
    crisis_flags: Mapped[list[Any]] = mapped_column(JSON, default=list)
    ward: Mapped[str | None] = mapped_column(String(24), nullable=True)  # 区
    is_complex: Mapped[bool] = mapped_column(default=False)
    consulted_for: Mapped[str] = mapped_column(String(16), default="self")  # self | other
    # Who wrote the sheet (`vocabulary.CONSULTERS`; None: no sheet, or it does not say):
    # a kind of writer, never a name; the reports' channel.
    consulter: Mapped[str | None] = mapped_column(String(16), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, onupdate=utcnow)
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    # Set when the retention policy or an erasure request emptied the case down to the
    # record of what was provided to whom (`cases/retention.py`).
    purged_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    # The visit sheet (its ref) a case from a 民生委員's chat is about: that chat carries
    # many residents, and the case is this visit's only.
    visit_ref: Mapped[str | None] = mapped_column(String(40), nullable=True)
    # What the resident wrote after the hand-off and no staff user has opened the case
    # since; when the last such message came, and when staff were last alerted of one.
    unread_followups: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))
    last_followup_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    followup_alerted_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    # The staff user who has the case on their desk (「担当にする」); None: nobody yet.
    assignee_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff_users.id", ondelete="SET NULL"), nullable=True
    )
    # モニタリング: the day of the next review (the coordinator's list of reviews due).
    next_review_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    # Why the case was closed (終結), an id of `vocabulary.CLOSING_REASONS`.
    closing_reason: Mapped[str | None] = mapped_column(String(24), nullable=True)
    # When staff first answered the case (a reply, taking the chat over, a status, an
    # assignee: `status.RESPONSE_ACTIONS`); the reports' time to a first response.
    first_response_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)

    __table_args__ = (
        Index("ix_cases_status", "status", "urgency"),
        Index("ix_cases_review", "status", "next_review_on"),
        Index("ix_cases_assignee", "assignee_id"),
        Index("ix_cases_created", "created_at"),
        Index("ix_cases_ward_created", "ward", "created_at"),
        Index("ix_cases_resident", "resident_id", "id"),
        Index("ix_cases_visit_ref", "resident_id", "visit_ref"),
    )

    @property
    def number(self) -> str:
        """The case number staff quote (alerts, console, PDF)."""
        return f"{self.id:06d}"


class CasePhoto(Base):
    """A photo the resident sent (a 督促状, a letter from the city), kept for staff:
    encrypted at rest, checked to be a photo by its bytes. `case_id` is the case open
    when it came; a photo sent while the sheet was being filled has none and belongs to
    the resident's cases (`cases/photos.py`)."""

    __tablename__ = "case_photos"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("residents.id", ondelete="CASCADE"))
    case_id: Mapped[int | None] = mapped_column(
        ForeignKey("cases.id", ondelete="CASCADE"), nullable=True
    )
    event_id: Mapped[int | None] = mapped_column(
        ForeignKey("received_events.id", ondelete="SET NULL"), nullable=True
    )
    line_message_id: Mapped[str] = mapped_column(String(64), unique=True)
    media_type: Mapped[str] = mapped_column(String(24))
    size: Mapped[int] = mapped_column(Integer)
    body: Mapped[str] = mapped_column(EncryptedText)  # base64 of the bytes
    received_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    __table_args__ = (Index("ix_case_photos_resident", "resident_id", "id"),)


class CaseLookupKey(Base):
    """A keyed digest of a name or phone number on a case's sheet, for exact look-up
    without decrypting sheets (`cases/casework/lookup.py`). `digest` is
    "<key id>:<HMAC-SHA256 hex>"; `field` is name | phone."""

    __tablename__ = "case_lookup_keys"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    field: Mapped[str] = mapped_column(String(8))
    digest: Mapped[str] = mapped_column(String(100))

    __table_args__ = (
        Index("ix_case_lookup_keys_digest", "field", "digest"),
        Index("ix_case_lookup_keys_case", "case_id"),
    )


class CaseAgency(Base):
    """An agency on a case: suggested by the bot, or assigned by staff."""

    __tablename__ = "case_agencies"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    agency_id: Mapped[str] = mapped_column(String(80))  # directory id
    agency_name: Mapped[str] = mapped_column(String(120))
    source: Mapped[str] = mapped_column(String(16))  # suggested | assigned
    added_by: Mapped[str] = mapped_column(String(40))
    added_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    __table_args__ = (Index("uq_case_agencies", "case_id", "agency_id", unique=True),)


class Consent(Base):
    """A decision about sharing, shaped like FHIR Consent: `status` active / inactive
    (withdrawn) / rejected (declined); `grantees` the agencies; `purpose`, `data`, the
    `period`; who decided, in relation to the person the sheet is about (`grantor`, see
    `vocabulary.GRANTOR_LABELS`; `grantor_name` when known) and for whom; the channel
    (line | visit | phone | in_person), who recorded it (the bot, or staff by name), and
    the exact text shown (version and SHA-256). Witness fields serve visit mode. Only the
    person's own decision, or a 法定代理人's that staff confirmed, is a basis for sharing."""

    __tablename__ = "consents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("residents.id", ondelete="CASCADE"))
    case_id: Mapped[int | None] = mapped_column(
        ForeignKey("cases.id", ondelete="SET NULL"), nullable=True
    )
    sheet_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    event_id: Mapped[int | None] = mapped_column(
        ForeignKey("received_events.id", ondelete="SET NULL"), nullable=True
    )
    status: Mapped[str] = mapped_column(String(12))  # active | inactive | rejected
    grantees: Mapped[list[Any]] = mapped_column(JSON, default=list)  # [{"id", "name"}]
    purpose: Mapped[str] = mapped_column(String(200))
    data_scope: Mapped[list[Any]] = mapped_column(JSON, default=list)  # ["sheet", ...]
    grantor: Mapped[str] = mapped_column(String(16), default="self")
    subject: Mapped[str | None] = mapped_column(EncryptedText, nullable=True)  # for whom
    channel: Mapped[str] = mapped_column(String(16), default="line")  # line | visit
    text_version: Mapped[str] = mapped_column(String(40))
    text_hash: Mapped[str] = mapped_column(String(64))
    # The language the text was shown in (`ja`, `en`, `vi`…): its version says the same.
    language: Mapped[str] = mapped_column(String(16), default="ja", server_default="ja")
    witness_role: Mapped[str | None] = mapped_column(String(24), nullable=True)
    witness_ref: Mapped[str | None] = mapped_column(EncryptedText, nullable=True)
    decided_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    period_end: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    withdrawn_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    withdrawn_via: Mapped[str | None] = mapped_column(String(16), nullable=True)
    # Visit mode: how the person said yes (signature | tap | verbal) and, for a
    # signature, the drawing as a PNG data URL.
    method: Mapped[str | None] = mapped_column(String(16), nullable=True)
    signature: Mapped[str | None] = mapped_column(EncryptedText, nullable=True)
    # Who agreed, by name, when it is not the person (a relative, a 法定代理人).
    grantor_name: Mapped[str | None] = mapped_column(EncryptedText, nullable=True)
    # "bot", or "staff:<id>" with the staff member's name as it was then.
    recorded_by: Mapped[str] = mapped_column(String(40), default="bot", server_default="bot")
    recorded_by_name: Mapped[str | None] = mapped_column(String(80), nullable=True)
    # What staff noted: how a 法定代理人's authority was checked, how the call went.
    note: Mapped[str | None] = mapped_column(EncryptedText, nullable=True)

    __table_args__ = (Index("ix_consents_resident", "resident_id", "status"),)


class StaffRecordedBasis:
    """A basis for sharing without the person's consent, recorded by staff: the case,
    why, the agencies it covers (these only), who recorded it and when."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    reason: Mapped[str] = mapped_column(EncryptedText)
    agencies: Mapped[list[Any]] = mapped_column(JSON, default=list, server_default=text("'[]'"))
    recorded_by: Mapped[str] = mapped_column(String(40))
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    revoked_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)


class SupportMeetingBasis(StaffRecordedBasis, Base):
    """Staff record that a 支援会議 (社会福祉法 第106条の6) decided to share without
    consent, and why. Never shown as consent."""

    __tablename__ = "support_meeting_bases"

    meeting_date: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)


class ProtectionBasis(StaffRecordedBasis, Base):
    """Staff record that sharing is needed to protect the person's life or body and their
    consent cannot be had (個人情報保護法 第27条第1項第2号), and why. Never shown as
    consent."""

    __tablename__ = "protection_bases"


class Provision(Base):
    """One provision of a resident's data to an agency: who, what, to whom, when, and on
    which basis (`consent` or `representative` with the consent's id, `support_meeting`
    or `protection` with the basis's id; `relative_agreement` for provisions made before
    a relative's agreement stopped counting as one)."""

    __tablename__ = "provisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    agency_id: Mapped[str] = mapped_column(String(80))
    agency_name: Mapped[str] = mapped_column(String(120))
    data_scope: Mapped[list[Any]] = mapped_column(JSON, default=list)
    basis: Mapped[str] = mapped_column(String(24))
    consent_id: Mapped[int | None] = mapped_column(
        ForeignKey("consents.id", ondelete="SET NULL"), nullable=True
    )
    support_meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("support_meeting_bases.id", ondelete="SET NULL"), nullable=True
    )
    protection_id: Mapped[int | None] = mapped_column(
        ForeignKey("protection_bases.id", ondelete="SET NULL"), nullable=True
    )
    provided_by: Mapped[str] = mapped_column(String(40))
    provided_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    __table_args__ = (Index("ix_provisions_case", "case_id", "agency_id"),)


class CaseProposal(Base):
    """A change to the case that a message after the hand-off suggests (a new phone
    number, a new trouble), offered to staff to accept or reject, never applied alone.
    `field`: phone_mobile | phone_home | category; `value` the E.164 number or the
    category id."""

    __tablename__ = "case_proposals"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    event_id: Mapped[int | None] = mapped_column(
        ForeignKey("received_events.id", ondelete="SET NULL"), nullable=True
    )
    field: Mapped[str] = mapped_column(String(16))
    value: Mapped[str] = mapped_column(EncryptedText)
    status: Mapped[str] = mapped_column(String(12), default="proposed")  # accepted | rejected
    proposed_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    decided_by: Mapped[str | None] = mapped_column(String(40), nullable=True)
    decided_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)

    __table_args__ = (Index("ix_case_proposals_case", "case_id", "status"),)


class CaseNote(Base):
    """A staff note on a case."""

    __tablename__ = "case_notes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    author: Mapped[str] = mapped_column(String(40))
    text: Mapped[str] = mapped_column(EncryptedText)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class CaseConference(Base):
    """A 複合課題ケース検討会 on the case: when, the agencies that attended, what was
    decided (the decisions feed the 支援プラン), and the 支援会議 basis decided there, if
    any (a row of `support_meeting_bases`, recorded the one way such bases are)."""

    __tablename__ = "case_conferences"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    held_on: Mapped[date] = mapped_column(Date)
    attendees: Mapped[list[Any]] = mapped_column(JSON, default=list)  # [{"id", "name"}]
    decisions: Mapped[str] = mapped_column(EncryptedText)
    support_meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("support_meeting_bases.id", ondelete="SET NULL"), nullable=True
    )
    recorded_by: Mapped[str] = mapped_column(String(40))
    recorded_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    __table_args__ = (Index("ix_case_conferences_case", "case_id", "id"),)


class SupportPlan(Base):
    """One version of a case's 支援プラン; a save adds a version, the old ones stay.
    `goals`: in the person's words. `roles`: [{"agency_id", "agency_name", "role"
    (lead | support | informed), "member" (whose trouble: "person" or "m<i>", the
    sheet's household member)}]. `actions`: [{"what", "due" (ISO day), "by" (an
    agency id, or "coordinator"), "by_name"}]."""

    __tablename__ = "support_plans"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    version: Mapped[int] = mapped_column(Integer)
    goals: Mapped[str] = mapped_column(EncryptedText)
    roles: Mapped[list[Any]] = mapped_column(JSON, default=list)
    actions: Mapped[list[Any]] = mapped_column(EncryptedJSON, default=list)
    conference_id: Mapped[int | None] = mapped_column(
        ForeignKey("case_conferences.id", ondelete="SET NULL"), nullable=True
    )
    saved_by: Mapped[str] = mapped_column(String(40))
    saved_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    __table_args__ = (UniqueConstraint("case_id", "version", name="uq_support_plans_version"),)


class ProgressNote(Base):
    """A short note an agency posts on its part of the case (モニタリング); the
    coordinator reads them all, an agency its own."""

    __tablename__ = "case_progress_notes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"))
    agency_id: Mapped[str] = mapped_column(String(80))
    author: Mapped[str] = mapped_column(String(40))
    text: Mapped[str] = mapped_column(EncryptedText)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    __table_args__ = (Index("ix_case_progress_notes_case", "case_id", "agency_id"),)


class AuditEvent(Base):
    """Who did what to which case, and when. `detail` never holds personal data."""

    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(40))
    action: Mapped[str] = mapped_column(String(40))
    case_id: Mapped[int | None] = mapped_column(
        ForeignKey("cases.id", ondelete="SET NULL"), nullable=True
    )
    resident_id: Mapped[int | None] = mapped_column(
        ForeignKey("residents.id", ondelete="SET NULL"), nullable=True
    )
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)

    __table_args__ = (Index("ix_audit_events_case", "case_id", "id"),)


class OutboxMessage(Base):
    """A notification or push waiting to go out, written in the transaction that caused
    it. `status` pending → sent, or → dead after the last attempt; `priority` 0 goes
    first (crisis). `after_event_id`: hold until that turn's own reply has gone out."""

    __tablename__ = "outbox"

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    channel: Mapped[str] = mapped_column(String(16))  # line_group | email | webhook | resident
    kind: Mapped[str] = mapped_column(String(24))
    priority: Mapped[int] = mapped_column(Integer, default=2)
    payload: Mapped[dict[str, Any]] = mapped_column(EncryptedJSON)
    case_id: Mapped[int | None] = mapped_column(
        ForeignKey("cases.id", ondelete="SET NULL"), nullable=True
    )
    after_event_id: Mapped[int | None] = mapped_column(
        ForeignKey("received_events.id", ondelete="SET NULL"), nullable=True
    )
    status: Mapped[str] = mapped_column(String(8), default="pending")  # pending | sent | dead
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    last_error: Mapped[str | None] = mapped_column(String(200), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)

    __table_args__ = (Index("ix_outbox_due", "status", "channel", "priority", "next_attempt_at"),)


class ErasureRequest(Base):
    """A resident's request to delete their data, and what was done: counts only, never
    the data itself. Kept as the record that the request was honoured."""

    __tablename__ = "erasure_requests"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    resident_id: Mapped[int | None] = mapped_column(
        ForeignKey("residents.id", ondelete="SET NULL"), nullable=True
    )
    via: Mapped[str] = mapped_column(String(16), default="line")  # line | console
    requested_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    completed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    removed: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # table → rows


# ---------------------------------------------------------------- staff console


class StaffUser(Base):
    """A person who works cases in the console. `role`: admin | coordinator (every
    case, the 複合課題 queue) | agency (only cases shared with `agency_id`)."""

    __tablename__ = "staff_users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    login: Mapped[str] = mapped_column(String(64), unique=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16))
    agency_id: Mapped[str | None] = mapped_column(String(80), nullable=True)
    display_name: Mapped[str] = mapped_column(String(80), default="")
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    last_login_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)


class ConsoleSession(Base):
    """A signed-in console session. The cookie holds a random token; only its SHA-256
    is stored. `csrf_token` is echoed in every form the session posts."""

    __tablename__ = "console_sessions"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id", ondelete="CASCADE"))
    csrf_token: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime)

    __table_args__ = (Index("ix_console_sessions_staff", "staff_id"),)


# ---------------------------------------------------------------- 民生委員 visit mode


class MinseiInvite(Base):
    """A one-time code staff issue to a 民生委員 (named, with their 担当地区). Only the
    code's SHA-256 is kept; it is used once (`used_at`) or revoked (`revoked_at`)."""

    __tablename__ = "minsei_invites"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code_hash: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(EncryptedText)
    district: Mapped[str] = mapped_column(String(80))
    issued_by: Mapped[str] = mapped_column(String(40))
    issued_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    used_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    revoked_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    revoked_by: Mapped[str | None] = mapped_column(String(40), nullable=True)


class MinseiIin(Base):
    """A registered 民生委員: the LINE user who redeemed an invite. `status` active or
    revoked; a 民生委員 sees only the visits they sent themselves."""

    __tablename__ = "minsei_iin"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("residents.id", ondelete="CASCADE"))
    invite_id: Mapped[int] = mapped_column(
        ForeignKey("minsei_invites.id", ondelete="CASCADE"), unique=True
    )
    name: Mapped[str] = mapped_column(EncryptedText)
    district: Mapped[str] = mapped_column(String(80))
    status: Mapped[str] = mapped_column(String(12), default="active")  # active | revoked
    registered_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    revoked_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)

    __table_args__ = (Index("ix_minsei_iin_resident", "resident_id", "status"),)


class VisitConsentToken(Base):
    """A one-time consent page for the resident a 民生委員 is visiting: the page's link
    carries `nonce` signed with the server's key; it expires 30 minutes after issue and
    is spent when the resident answers. `handoff` holds what the hand-off will do (the
    agencies, the case facts), so the page can finish it."""

    __tablename__ = "visit_consent_tokens"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    nonce: Mapped[str] = mapped_column(String(64), unique=True)
    minsei_id: Mapped[int] = mapped_column(ForeignKey("minsei_iin.id", ondelete="CASCADE"))
    sheet_ref: Mapped[str] = mapped_column(String(40))
    handoff: Mapped[dict[str, Any]] = mapped_column(EncryptedJSON, default=dict)
    issued_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime)
    used_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    consent_id: Mapped[int | None] = mapped_column(
        ForeignKey("consents.id", ondelete="SET NULL"), nullable=True
    )


class CaseCheckIn(Base):
    """The follow-up with the resident, one per case: whether they agreed at the hand-off
    (`agreed`, `decided_at`), when the check-in falls due (`due_at`), when it was queued to
    them (`sent_at`, set in the transaction that queues the push: never twice) or why it
    never will be (`cancelled`: withdrawn, closed, erased, blocked), and their answer
    (`answer`: reached / waiting / again, `answered_at`)."""

    __tablename__ = "case_checkins"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), unique=True)
    agreed: Mapped[bool] = mapped_column(default=False)
    decided_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    due_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    cancelled: Mapped[str | None] = mapped_column(String(16), nullable=True)
    answer: Mapped[str | None] = mapped_column(String(12), nullable=True)
    answered_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)

    __table_args__ = (Index("ix_case_checkins_due", "sent_at", "due_at"),)
