"""Effects: what a turn asks the runtime to do besides answering. Applied by `bot/`
in the same transaction that saves the session."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

Urgency = Literal["crisis", "high", "normal"]


@dataclass(frozen=True, slots=True)
class AlertStaff:
    """Tell staff at once. Carries no personal data: the runtime knows which resident."""

    kind: Literal["crisis", "human_requested", "handoff", "consent_withdrawn"]
    urgency: Urgency
    flags: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    # Of `flags`, those only the model raised (no rule matched): staff read them as likely.
    model_only_flags: tuple[str, ...] = ()
    # The message tells of a danger to someone other than its writer (a neighbour, a
    # parent, the person a 民生委員 visits): the one in danger may not be the one on LINE.
    danger_to_another: bool = False
    # The writer's life is in danger too (「家内を道連れに」: a wish to die taking another
    # along): the one on LINE is not out of danger.
    danger_to_writer_too: bool = False


@dataclass(frozen=True, slots=True)
class SaveSheet:
    """Save the つなぐシート named `ref` (created on first save) with its whole record;
    `complete` marks it confirmed by the person (status draft → complete)."""

    ref: str
    data: dict[str, Any]
    complete: bool = False


@dataclass(frozen=True, slots=True)
class AgencyChoice:
    """An agency as the resident saw it: directory id and name."""

    id: str
    name: str


@dataclass(frozen=True, slots=True)
class RecordConsent:
    """The person's answer to the consent question: given (`active`) or declined
    (`rejected`), with the agencies named, the purpose, the data, and the exact text shown
    (version and SHA-256). `grantor`/`subject` say who decided for whom."""

    status: Literal["active", "rejected"]
    agencies: tuple[AgencyChoice, ...]
    purpose: str
    data_scope: tuple[str, ...]
    text_version: str
    text_hash: str
    sheet_id: int | None = None
    sheet_ref: str | None = None
    grantor: str = "self"
    subject: str | None = None
    channel: str = "line"
    language: str = "ja"  # the language the text was shown in


@dataclass(frozen=True, slots=True)
class OpenCase:
    """Hand the consultation to the city: a case with the sheet, categories (main one
    first), urgency, the suggested agencies and the 複合課題 flag. Applied after the
    turn's `RecordConsent`: the case is shared with the agencies the consent names, and
    staff are notified (with no personal data)."""

    urgency: Urgency
    categories: tuple[str, ...]
    primary: str | None
    agencies: tuple[AgencyChoice, ...]
    is_complex: bool
    crisis_flags: tuple[str, ...] = ()
    ward: str | None = None
    consulted_for: str = "self"
    consulter: str | None = None  # who wrote the sheet: self | family | neighbor | …
    sheet_id: int | None = None
    sheet_ref: str | None = None
    # Ask, after the 受付番号, whether the city may check in after this many days
    # (`handlers/handoff/checkin.py`); None: not asked (a visit's hand-off).
    checkin_days: int | None = None


@dataclass(frozen=True, slots=True)
class ChooseCheckIn:
    """The answer to 「○日後に…おたずねしてもいいですか？」: `bot/` records it on the
    person's open case and, when agreed, schedules the check-in `days` on."""

    agreed: bool
    days: int = 14


@dataclass(frozen=True, slots=True)
class AnswerCheckIn:
    """An answer to the check-in (`reached` / `waiting` / `again`): recorded on the case;
    `alert` tells staff (no personal data) that help has not arrived or trouble is back."""

    answer: str
    alert: bool = False


@dataclass(frozen=True, slots=True)
class AddToCase:
    """A message after the hand-off goes to the open case: staff see it unread and are
    alerted (at most once per quiet period; not when the turn raised a crisis alert).
    A phone number or a new trouble in it is offered to staff as a proposed change:
    `phone` (E.164, `mobile` says which line) and `categories` (ids)."""

    alert: bool = True
    phone: str | None = None
    mobile: bool = False
    categories: tuple[str, ...] = ()
    # Whose number the words say it is (「父の携帯は…」: the person's; 「私の番号」: the
    # writer's); None when they do not say.
    phone_of: Literal["person", "writer"] | None = None


@dataclass(frozen=True, slots=True)
class WithdrawConsent:
    """「同意を取り消す」: every active consent of the person ends, nothing more is shared,
    staff are told, and the person is sent the list of what was already shared."""

    channel: str = "line"


@dataclass(frozen=True, slots=True)
class ShowSharing:
    """「共有の記録」: `bot/` sends the person the list of what was shared, with whom, when
    and on which basis — the same basis the console and the sheet's PDF name."""

    channel: str = "line"


@dataclass(frozen=True, slots=True)
class EraseData:
    """「データの削除」, confirmed: delete what the person told the city, keeping only the
    record of what was provided to whom, and record that the request was done."""

    channel: str = "line"


@dataclass(frozen=True, slots=True)
class RedeemInvite:
    """「民生委員登録 CODE」: `bot/` checks the code, registers the person as a 民生委員 and
    changes their rich menu, and answers (registered, already used, revoked, unknown)."""

    code: str


@dataclass(frozen=True, slots=True)
class VisitConsent:
    """The consent of the resident a 民生委員 visited, for the sheet `sheet_ref`:
    `page` — `bot/` issues a one-time consent page and answers with its link; the hand-off
    completes when the resident answers there. `verbal` — the 民生委員 witnessed a spoken
    yes: the consent is recorded with them as witness and the case opens now.
    `declined` — recorded, nothing is shared. `consent`/`case` say what the hand-off does;
    None continues a visit whose page was issued before (`bot/` takes them from it)."""

    sheet_ref: str
    method: Literal["page", "verbal", "declined"]
    consent: RecordConsent | None = None
    case: OpenCase | None = None


@dataclass(frozen=True, slots=True)
class FileWithVisit:
    """A 民生委員's words about a resident (「先日の佐藤さん、また…」), kept until they said
    whose they were: `bot/` files those messages (their webhook event ids) under the
    visit `ref`. When that visit's case is open they count there as a follow-up: unread,
    and staff alerted as for any."""

    ref: str
    events: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ListVisits:
    """「訪問記録」: `bot/` answers with the 民生委員's own referrals and their status only."""


@dataclass(frozen=True, slots=True)
class ChooseLanguage:
    """The person chose the language the bot speaks with them (`handlers/i18n.py`):
    kept on the resident, and this turn's reply is already in it. `keep` False: this turn
    only (a crisis written in another language than the one they chose)."""

    code: str
    keep: bool = True


Effect = (
    AlertStaff
    | ChooseLanguage
    | SaveSheet
    | RecordConsent
    | OpenCase
    | AddToCase
    | ChooseCheckIn
    | AnswerCheckIn
    | WithdrawConsent
    | ShowSharing
    | EraseData
    | RedeemInvite
    | VisitConsent
    | ListVisits
    | FileWithVisit
)
