"""The words of casework: statuses and how a case may move between them, urgency, the
bases for sharing. Ids are ASCII; labels are what staff read."""

from __future__ import annotations

from typing import Final, Literal

Status = Literal["new", "accepted", "in_progress", "monitoring", "closed"]
Urgency = Literal["crisis", "high", "normal"]

STATUS_LABELS: Final[dict[str, str]] = {
    "new": "新規",
    "accepted": "受付",
    "in_progress": "対応中",
    "monitoring": "モニタリング",
    "closed": "終結",
}
STATUSES: Final[tuple[str, ...]] = tuple(STATUS_LABELS)
OPEN_STATUSES: Final[tuple[str, ...]] = ("new", "accepted", "in_progress", "monitoring")

# Forward one step at a time; monitoring may go back to 対応中 when a new trouble appears
# (支援体制の組み直し); a closed case may be reopened. Closing early needs a reason.
TRANSITIONS: Final[dict[str, tuple[str, ...]]] = {
    "new": ("accepted", "closed"),
    "accepted": ("in_progress", "closed"),
    "in_progress": ("monitoring", "closed"),
    "monitoring": ("closed", "in_progress"),
    "closed": ("in_progress",),
}
NEEDS_REASON: Final[frozenset[tuple[str, str]]] = frozenset(
    {
        ("new", "closed"),
        ("accepted", "closed"),
        ("in_progress", "closed"),
        ("closed", "in_progress"),
    }
)

URGENCY_LABELS: Final[dict[str, str]] = {"crisis": "緊急", "high": "高", "normal": "通常"}
URGENCY_RANK: Final[dict[str, int]] = {"crisis": 0, "high": 1, "normal": 2}

# A case handed over by a 民生委員 from a visit (`bot/visit/completion.py`), and the
# channel of the visited resident's consent given there.
VISIT_ORIGIN: Final = "visit"

# Who wrote the sheet (`consulter.relation`), kept on the case as `consulter`.
CONSULTERS: Final[tuple[str, ...]] = ("self", "family", "neighbor", "agency", "minsei_iin")
# The channels the reports count by: a visit's case is the 民生委員's; a neighbour's, or a
# case whose sheet does not say, is その他・不明.
CHANNEL_LABELS: Final[dict[str, str]] = {
    "self": "本人",
    "family": "家族",
    "minsei_iin": "民生委員",
    "agency": "機関",
    "other": "その他・不明",
}

ORIGIN_LABELS: Final[dict[str, str]] = {
    "handoff": "つなぐシートから",
    "visit": "民生委員の訪問から",
    "crisis": "緊急の書き込み",
    "human_requested": "担当者を希望",
}

# How a visited resident said yes (visit mode), with the 民生委員 as witness.
CONSENT_METHOD_LABELS: Final[dict[str, str]] = {
    "signature": "画面で署名",
    "tap": "画面で「同意します」",
    "verbal": "口頭（民生委員が確認）",
}

# A consent staff asked for and wrote down: no text was shown.
STAFF_TEXT_VERSION: Final = "staff-record"
# The consent table's 文面 column: a text's version, or why there was none.
CONSENT_TEXT_LABELS: Final[dict[str, str]] = {
    STAFF_TEXT_VERSION: "（文面なし：職員が聞き取って記録）",
}

CONSENT_STATUS_LABELS: Final[dict[str, str]] = {
    "active": "同意あり",
    "inactive": "同意取り消し",
    "rejected": "同意しない",
}

# Who agreed, in relation to the person the sheet is about. Only the person's own word
# (`self`, `self_with_minsei`) and a 法定代理人 staff confirmed (`representative`) are a
# basis for sharing; a relative's or anyone else's agreement is recorded as what it is.
GRANTOR_LABELS: Final[dict[str, str]] = {
    "self": "本人",
    "self_with_minsei": "本人（民生委員立会い）",
    "representative": "法定代理人",
    "family": "家族",
    "other": "本人以外の方",
    "unknown": "不明",
}
PERSON_GRANTORS: Final[tuple[str, ...]] = ("self", "self_with_minsei")
REPRESENTATIVE: Final = "representative"

# Where the agreement was given: in LINE, on a 民生委員's visit, or to staff.
CONSENT_CHANNEL_LABELS: Final[dict[str, str]] = {
    "line": "LINE",
    "visit": "民生委員の訪問",
    "phone": "電話（職員が確認）",
    "in_person": "面談・訪問（職員が確認）",
}
STAFF_CONSENT_CHANNELS: Final[tuple[str, ...]] = ("phone", "in_person")

# Where the person's own consent stands on a case (`consent.person_consent_state`).
PERSON_CONSENT_LABELS: Final[dict[str, str]] = {
    "given": "本人の同意：あり",
    "representative": "本人の同意：法定代理人が同意",
    "unconfirmed": "本人の同意：未確認",
    "declined": "本人の同意：なし（同意しない）",
    "withdrawn": "本人の同意：取り消し",
}

BASIS_LABELS: Final[dict[str, str]] = {
    "consent": "本人の同意",
    "representative": "法定代理人の同意",
    "support_meeting": "支援会議（社会福祉法 第106条の6）",
    "protection": "生命・身体の保護（個人情報保護法 第27条第1項第2号）",
    # Provisions made before 0010 on a relative's agreement alone: a record, never a basis.
    "relative_agreement": "本人以外の同意のみ（本人の同意は未確認）",
}
SUPPORT_MEETING_LAW: Final = "社会福祉法 第106条の6"
PROTECTION_LAW: Final = "個人情報保護法 第27条第1項第2号"

# Staff alerts, as the console, the LINE group and e-mail name them.
ALERT_KIND_LABELS: Final[dict[str, str]] = {
    "crisis": "緊急の書き込み",
    "crisis_realert": "緊急の書き込み・まだ誰も確認していません（再通知）",
    "human_requested": "担当者と話したい",
    "handoff": "新しい相談",
    "consent_withdrawn": "同意の取り消し",
    "followup": "相談者から追加のメッセージ",
    "data_erased": "相談者の依頼によりデータを削除（ケース終結）",
    "data_erasure_held": (
        "相談者がデータの削除を希望（命・体の危険、または本人の同意があるため、このケースは残しています）"
    ),
}

CRISIS_FLAG_LABELS: Final[dict[str, str]] = {
    "suicide": "自殺のおそれ",
    "violence": "暴力の危険",
    "child_danger": "子どもの危険",
    "medical_emergency": "救急の必要",
}
# A flag no rule raised, only the model: a likely crisis, for staff to weigh.
MODEL_ONLY_MARK: Final = "〔文面からの推定〕"
# Staff call the writer to find the one in danger, not to ask after the writer alone.
DANGER_TO_ANOTHER: Final = "危険があるのは書いた人以外の人です（家族・近所の人・訪問先など）"
# A wish to die that takes another along: both lives.
DANGER_TO_BOTH: Final = "危険があるのは書いた人と、ほかの人（家族など）の両方です"


def more_urgent(a: str, b: str) -> str:
    return a if URGENCY_RANK.get(a, 2) <= URGENCY_RANK.get(b, 2) else b


def alert_priority(urgency: str) -> int:
    """Outbox priority: 0 for a crisis, so it goes out first."""
    return URGENCY_RANK.get(urgency, 2)


# 支援プラン: each agency's role on the case (seed 001 §3: the ケース検討会 decides them).
ROLE_LABELS: Final[dict[str, str]] = {
    "lead": "主担当",
    "support": "副担当",
    "informed": "情報共有のみ",
}
# The bases on which an agency may be given a role: the person's (or their 法定代理人's)
# consent naming it, or a 支援会議 naming it. 生命・身体の保護 answers an emergency and is
# no footing for a plan.
PLAN_BASES: Final[tuple[str, ...]] = ("consent", "representative", "support_meeting")
# Who does an action that is not an agency's: the 相談支援包括化推進員 themself.
COORDINATOR: Final = "coordinator"
COORDINATOR_LABEL: Final = "相談支援包括化推進員"

# Why a case was closed (終結); "other" needs the words.
CLOSING_REASONS: Final[dict[str, str]] = {
    "support_in_place": "支援がつながり、安定した",
    "resolved": "課題が解決した",
    "handed_to_agency": "担当機関の通常の支援に移った",
    "declined": "本人が支援を望まなくなった",
    "moved": "転居した",
    "deceased": "亡くなった",
    "no_contact": "連絡がとれなくなった",
    "other": "その他",
}
