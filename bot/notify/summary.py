"""A staff alert's content. By construction it holds no personal data: the case number,
categories, 区, urgency and a console link — nothing the resident wrote, no name, no
phone, no address."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Final

from cases.casework.vocabulary import (
    ALERT_KIND_LABELS,
    CRISIS_FLAG_LABELS,
    DANGER_TO_ANOTHER,
    DANGER_TO_BOTH,
    MODEL_ONLY_MARK,
    PERSON_CONSENT_LABELS,
    URGENCY_LABELS,
)
from cases.checkins import ALERT_LABELS as CHECKIN_ALERT_LABELS
from cases.models import Case
from nlu.categories import CATEGORY_LABELS

KIND_LABELS: Final[dict[str, str]] = {**ALERT_KIND_LABELS, **CHECKIN_ALERT_LABELS}


@dataclass(frozen=True, slots=True)
class AlertNotes:
    """What an alert tells staff beside its case's facts."""

    # Of the alert's crisis flags, those only the model raised (no rule matched).
    model_only_flags: tuple[str, ...] = ()
    # Only someone other than the person agreed: no agency sees the case yet.
    person_consent_unconfirmed: bool = False
    # The message told of a danger to someone other than its writer.
    danger_to_another: bool = False
    # ...and to the writer too (a wish to die taking another along).
    danger_to_writer_too: bool = False


NO_NOTES: Final = AlertNotes()


def whose_danger(notes: AlertNotes) -> str:
    """Whom the danger is to, when it is not the writer alone."""
    return DANGER_TO_BOTH if notes.danger_to_writer_too else DANGER_TO_ANOTHER


@dataclass(frozen=True, slots=True)
class AlertSummary:
    kind: str
    case_id: int
    case_number: str
    urgency: str
    categories: tuple[str, ...]
    crisis_flags: tuple[str, ...]
    ward: str | None
    is_complex: bool
    link: str
    notes: AlertNotes = NO_NOTES

    @classmethod
    def of(
        cls, kind: str, case: Case, public_base_url: str, notes: AlertNotes = NO_NOTES
    ) -> AlertSummary:
        return cls(
            kind=kind,
            case_id=case.id,
            case_number=case.number,
            urgency=case.urgency,
            categories=tuple(case.categories),
            crisis_flags=tuple(case.crisis_flags),
            ward=case.ward,
            is_complex=case.is_complex,
            link=f"{public_base_url.rstrip('/')}/console/cases/{case.id}",
            notes=notes,
        )

    @classmethod
    def from_payload(cls, payload: dict[str, Any]) -> AlertSummary:
        """From the outbox's JSON, where the notes stand beside the facts."""
        known = {k: payload[k] for k in cls.__dataclass_fields__ if k in payload}
        known["categories"] = tuple(known.get("categories", ()))
        known["crisis_flags"] = tuple(known.get("crisis_flags", ()))
        notes = {k: payload[k] for k in AlertNotes.__dataclass_fields__ if k in payload}
        notes["model_only_flags"] = tuple(notes.get("model_only_flags", ()))
        known["notes"] = AlertNotes(**notes)
        return cls(**known)

    def to_payload(self) -> dict[str, Any]:
        data = asdict(self)
        del data["notes"]
        data["categories"] = list(self.categories)
        data["crisis_flags"] = list(self.crisis_flags)
        return {**data, **asdict(self.notes), "model_only_flags": list(self.notes.model_only_flags)}

    @property
    def headline(self) -> str:
        mark = "【緊急】" if self.urgency == "crisis" or self.kind == "crisis_realert" else ""
        return f"{mark}つなぐ {KIND_LABELS.get(self.kind, self.kind)} ケース{self.case_number}"

    def text(self) -> str:
        labels = [CATEGORY_LABELS.get(c, c) for c in self.categories]
        if labels:
            labels[0] = "◎" + labels[0]
        urgency = URGENCY_LABELS.get(self.urgency, self.urgency)
        flags = "、".join(
            CRISIS_FLAG_LABELS.get(f, f)
            + (MODEL_ONLY_MARK if f in self.notes.model_only_flags else "")
            for f in self.crisis_flags
        )
        lines = [
            self.headline,
            f"緊急度: {urgency}" + (f"（{flags}）" if flags else ""),
            *([whose_danger(self.notes)] if self.notes.danger_to_another else []),
            f"お困りごと: {'、'.join(labels) or '未確認'}",
            f"区: {self.ward or '未確認'}",
        ]
        if self.notes.person_consent_unconfirmed:
            lines.append(
                f"{PERSON_CONSENT_LABELS['unconfirmed']}（相談機関にはまだ共有していません）"
            )
        if self.is_complex:
            lines.append("複合課題: 相談支援包括化推進員の確認が必要です")
        lines.append(f"管理画面: {self.link}")
        return "\n".join(lines)
