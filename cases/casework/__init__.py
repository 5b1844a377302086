"""Casework: cases, consent, provisions, notes, audit and the outbox.

Models (`cases/models.py`): Case, CaseAgency, Consent, SupportMeetingBasis,
ProtectionBasis, Provision, CaseNote, AuditEvent, OutboxMessage, SupportPlan,
CaseConference, ProgressNote. Ids of statuses/urgency/bases are ASCII; labels are in
`cases.casework.vocabulary` (STATUS_LABELS, URGENCY_LABELS, BASIS_LABELS, ROLE_LABELS,
CLOSING_REASONS, CONSENT_STATUS_LABELS, GRANTOR_LABELS, PERSON_CONSENT_LABELS,
ORIGIN_LABELS, CRISIS_FLAG_LABELS).

Every function works in the caller's `AsyncSession` and does not commit; the console
commits after a successful action. `actor` is a short string such as "staff:12".

For the staff console:
- list and count: `queries.list_cases(db, CaseFilter(status=, category=, ward=,
  urgency=, is_complex=, case_ids=, limit=, offset=))` (most urgent first) and
  `queries.count_cases(db, CaseFilter(...))` → CaseCounts(total, by_status, by_urgency,
  complex).
- one case: `queries.case_detail(db, case_id)` → CaseDetail(case, agencies, consents,
  provisions, support_meetings, notes, audit, transcript, staff_active, sheet).
- status: `status.change_status(db, case_id, to, actor, reason=None)` (raises
  InvalidTransition; closing early / reopening needs a reason) and
  `status.allowed_next(status)` for the buttons.
- agencies: `staff_actions.assign_agency(db, case_id, AgencyRef(id, name), actor)` →
  Provision (raises sharing.SharingNotAllowed without a consent or a 支援会議 basis
  naming the agency).
- notes: `staff_actions.add_note(db, case_id, text, actor)`.
- 支援会議: `sharing.record_support_meeting(db, case_id, reason, actor, agencies,
  meeting_date=None)` — the basis covers the agencies it names and provides them the
  case; provisions made under it carry basis "support_meeting" (shown as
  BASIS_LABELS["support_meeting"], never as consent).
- the person's own answer, asked by staff by phone or in person (or their 法定代理人's):
  `staff_actions.record_persons_answer(db, case_id, ConsentTerms(..., grantor="self" |
  "representative", channel="phone" | "in_person", recorded_by=, recorded_by_name=,
  note=), given, decided_at, actor)` — a yes provides the agencies it names.
- 生命・身体の保護 (個人情報保護法 第27条第1項第2号): `sharing.record_protection(db,
  case_id, reason, actor, agencies)`; provisions under it carry basis "protection".
- where the person's own consent stands: `consent.person_consent_state(consents)` (given,
  representative, unconfirmed, declined, withdrawn); `CaseDetail.person_consent`.
- who may see a case: `sharing.agency_may_view(db, case_id, agency_id)` and
  `sharing.cases_visible_to_agency(db, agency_id)` (provided, and a basis still stands).
- audit: `audit.audit(db, actor, action, case_id=..., **detail)` (no personal data in
  detail), e.g. action "case.viewed" / "case.pdf_exported".
- 支援プラン (`plans.py`): `save_plan(db, case_id, PlanDraft(goals, roles=(PlanRole(
  AgencyRef, "lead" | "support" | "informed", member),), actions=(PlanAction(what, due,
  by),)), actor)` → the next version (raises NoBasisForRole for an agency no consent or
  支援会議 covers); `current_plan`, `plan_history`, `agency_part(plan, agency_id)`.
- ケース検討会 (`conferences.py`): `record_conference(db, case_id, ConferenceRecord(held_on,
  attendees, decisions, support_meeting_reason=""), actor, Decided(roles, actions,
  goals))` — a 支援会議 basis through `sharing.record_support_meeting` when a reason is
  given, then the decisions as the plan's next version.
- モニタリング (`monitoring.py`): `reviews(db, today, case_ids)`, `count_due`,
  `set_review`, `add_progress_note`, `progress_notes(db, case_id, agency_id=None)`;
  `change_status(..., review_on=)` to モニタリング, `change_status(..., closing=)` to 終結.
- the household (`household.py`): `household(sheet, categories, roles)` → members with
  generation, sex, age, living together, troubles and the agencies holding them.
- dead letters: `outbox.dead_letters(db)` and `outbox.retry_dead_letter(db, id, actor)`.
- talking to the resident (in `bot/staff_chat.py`, as the words and LINE rendering live
  in the bot): `take_over(db, case_id, actor)`, `hand_back(db, case_id, actor)`,
  `staff_reply(db, case_id, actor, text)`.

For the bot (effects of a turn, applied by `bot/alerts.py`): `opening.open_case`,
`consent.record_consent` / `withdraw_consents`, `sharing.share_case`,
`outbox.enqueue`; `bot/notify/` delivers the outbox.
"""
