"""The stored ids of the case page's records (who did it, what was done, what was shared)
in the words staff read: 「つなぐシート、会話の記録」, not `sheet、conversation`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

from cases.casework import vocabulary
from cases.staff import STAFF_ACTOR_PREFIX
from nlu.categories import CATEGORY_LABELS

DATA_SCOPE_LABELS: Final[dict[str, str]] = {
    "sheet": "つなぐシート",
    "conversation": "会話の記録",
    "visit_note": "訪問の記録",
}

ACTOR_LABELS: Final[dict[str, str]] = {
    "bot": "つなぐ（自動）",
    "system": "つなぐ（自動）",
    "anonymous": "ログイン前の利用者",
    "resident": "相談者",
    "resident:line": "相談者（LINEから）",
    "resident:console": "相談者（職員が受付）",
}

AUDIT_ACTION_LABELS: Final[dict[str, str]] = {
    "case.opened": "ケースを作成",
    "case.updated": "ケースに追記",
    "case.viewed": "ケースを閲覧",
    "case.pdf_exported": "PDFを保存",
    "case.status": "状況を変更",
    "case.note_added": "メモを追加",
    "case.agency_assigned": "担当機関に追加",
    "case.shared": "機関に共有",
    "case.followups_read": "新着メッセージを既読に",
    "case.change_proposed": "変更の提案",
    "case.proposal_accepted": "提案を反映",
    "case.proposal_rejected": "提案を反映しない",
    "case.assigned": "担当者を設定",
    "case.purged": "保存期間の終了・削除",
    "consent.given": "同意を記録",
    "consent.declined": "同意しないを記録",
    "consent.withdrawn": "同意の取り消し",
    "support_meeting.recorded": "支援会議の決定を記録",
    "protection.recorded": "生命・身体の保護を記録",
    "chat.taken_over": "会話を引き継ぎ",
    "chat.handed_back": "ボットに戻す",
    "chat.staff_replied": "職員が返信",
    "alert.acknowledged": "通知を確認",
    "outbox.retry": "送信をやり直し",
    "resident.data_erased": "本人の依頼でデータを削除",
    "plan.saved": "支援プランを保存",
    "plan.viewed": "支援プランを閲覧",
    "plan.pdf_exported": "支援プランのPDFを保存",
    "conference.recorded": "ケース検討会を記録",
    "case.review_set": "見直し日を設定",
    "case.progress_noted": "経過の報告",
}
UNNAMED_ACTION: Final = "その他の操作"

# What each detail says, and how its value reads.
DETAIL_LABELS: Final[dict[str, str]] = {
    "previous": "変更前",
    "to": "変更後",
    "count": "件数",
    "urgency": "緊急度",
    "categories": "お困りごと",
    "complex": "複合課題",
    "origin": "きっかけ",
    "basis": "根拠",
    "channel": "経路",
    "grantor": "決めた人",
    "field": "項目",
    "text_version": "文面",
    "law": "法令",
    "assignee": "担当者",
    "version": "版",
    "closing": "終結の理由",
    "review_on": "見直し日",
}
FIELD_LABELS: Final[dict[str, str]] = {
    "phone_mobile": "携帯電話",
    "consulter_phone": "相談した人の電話",
    "phone_home": "自宅電話",
    "category": "お困りごと",
}
VALUE_LABELS: Final[dict[str, Mapping[str, str]]] = {
    "previous": vocabulary.STATUS_LABELS,
    "to": vocabulary.STATUS_LABELS,
    "urgency": vocabulary.URGENCY_LABELS,
    "origin": vocabulary.ORIGIN_LABELS,
    "basis": vocabulary.BASIS_LABELS,
    "channel": vocabulary.CONSENT_CHANNEL_LABELS,
    "text_version": vocabulary.CONSENT_TEXT_LABELS,
    "grantor": vocabulary.GRANTOR_LABELS,
    "field": FIELD_LABELS,
    "categories": CATEGORY_LABELS,
    "closing": vocabulary.CLOSING_REASONS,
}


def scope_words(scope: list[Any] | None) -> str:
    return "、".join(DATA_SCOPE_LABELS.get(str(s), "その他の記録") for s in scope or [])


def actor_words(actor: str | None, names: Mapping[str, str]) -> str:
    """A staff member by name; the bot, a resident or the system in words."""
    if not actor:
        return ""
    if actor in names:
        return names[actor]
    if actor.startswith(STAFF_ACTOR_PREFIX):
        return "職員"
    return ACTOR_LABELS.get(actor, "つなぐ（自動）")


def action_words(action: str) -> str:
    return AUDIT_ACTION_LABELS.get(action, UNNAMED_ACTION)


def _value_words(key: str, value: Any) -> str:
    labels = VALUE_LABELS.get(key, {})
    if isinstance(value, bool):
        return "はい" if value else "いいえ"
    if isinstance(value, list):
        return "・".join(labels.get(str(v), str(v)) for v in value)
    return labels.get(str(value), str(value))


def detail_words(detail: Mapping[str, Any] | None, names: Mapping[str, str]) -> str:
    """The details staff can read; ids of other records and English keys are left out."""
    parts = []
    for key, value in (detail or {}).items():
        if key not in DETAIL_LABELS or value in (None, "", []):
            continue
        shown = actor_words(value, names) if key == "assignee" else _value_words(key, value)
        parts.append(f"{DETAIL_LABELS[key]}：{shown}")
    return "、".join(parts)
