"""Scores of predictions against a labelled set (the format of ``spec/examples.jsonl``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from nlu.categories import ACTS, CATEGORY_IDS


@dataclass(frozen=True, slots=True)
class CategoryScore:
    category: str
    precision: float
    recall: float
    f1: float
    support: int


@dataclass(frozen=True, slots=True)
class Report:
    count: int
    per_category: tuple[CategoryScore, ...]
    micro_f1: float
    macro_f1: float
    main_accuracy: float
    main_count: int
    act_accuracy: float
    crisis_recall: float  # `flag` alone
    crisis_count: int
    false_alarms: int  # `flag` on a calm message
    crisis_recall_with_band: float  # `flag` or `unsure` counted as caught
    band_asks_on_calm: int  # `unsure` on a calm message: the question, no alarm
    calm_count: int
    missed_crisis_ids: tuple[str, ...]
    false_alarm_ids: tuple[str, ...]
    head_pairs: tuple[tuple[str, str], ...]


def _ratio(numerator: int, denominator: int) -> float:
    return numerator / denominator if denominator else 0.0


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def head_of(record: Mapping[str, Any]) -> str:
    """The act, or the primary category, or ``unknown``: one name per message."""
    if record.get("act"):
        return str(record["act"])
    return str(record.get("primary") or "unknown")


def evaluate(gold: Sequence[Mapping[str, Any]], predicted: Sequence[Mapping[str, Any]]) -> Report:
    """Compare `predicted` to `gold`, line by line (same order, same length)."""
    if len(gold) != len(predicted):
        raise ValueError(f"{len(gold)} gold lines but {len(predicted)} predictions")
    true_pos = dict.fromkeys(CATEGORY_IDS, 0)
    false_pos = dict.fromkeys(CATEGORY_IDS, 0)
    false_neg = dict.fromkeys(CATEGORY_IDS, 0)
    main_hits = main_count = act_hits = 0
    crisis_count = crisis_hits = band_hits = band_asks = 0
    missed: list[str] = []
    alarms: list[str] = []
    pairs: list[tuple[str, str]] = []
    for index, (expected, got) in enumerate(zip(gold, predicted, strict=True)):
        identifier = str(expected.get("id") or index)
        wanted = set(expected.get("categories") or ())
        found = set(got.get("categories") or ())
        for category in CATEGORY_IDS:
            if category in wanted and category in found:
                true_pos[category] += 1
            elif category in found:
                false_pos[category] += 1
            elif category in wanted:
                false_neg[category] += 1
        if expected.get("primary"):
            main_count += 1
            main_hits += expected["primary"] == got.get("primary")
        act_hits += (expected.get("act") or None) == (got.get("act") or None)
        if expected.get("crisis"):
            crisis_count += 1
            crisis_hits += bool(got.get("crisis"))
            band_hits += bool(got.get("crisis") or got.get("crisis_unsure"))
            if not got.get("crisis") and not got.get("crisis_unsure"):
                missed.append(identifier)
        elif got.get("crisis"):
            alarms.append(identifier)
        elif got.get("crisis_unsure"):
            band_asks += 1
        pairs.append((head_of(expected), head_of(got)))
    per_category = []
    for category in CATEGORY_IDS:
        precision = _ratio(true_pos[category], true_pos[category] + false_pos[category])
        recall = _ratio(true_pos[category], true_pos[category] + false_neg[category])
        per_category.append(
            CategoryScore(
                category,
                precision,
                recall,
                _f1(precision, recall),
                true_pos[category] + false_neg[category],
            )
        )
    all_tp, all_fp, all_fn = (sum(d.values()) for d in (true_pos, false_pos, false_neg))
    micro_p = _ratio(all_tp, all_tp + all_fp)
    micro_r = _ratio(all_tp, all_tp + all_fn)
    scored = [score for score in per_category if score.support or false_pos[score.category]]
    scored = scored or per_category
    return Report(
        count=len(gold),
        per_category=tuple(per_category),
        micro_f1=_f1(micro_p, micro_r),
        macro_f1=sum(score.f1 for score in scored) / len(scored),
        main_accuracy=_ratio(main_hits, main_count),
        main_count=main_count,
        act_accuracy=_ratio(act_hits, len(gold)),
        crisis_recall=_ratio(crisis_hits, crisis_count) if crisis_count else 1.0,
        crisis_count=crisis_count,
        false_alarms=len(alarms),
        crisis_recall_with_band=_ratio(band_hits, crisis_count) if crisis_count else 1.0,
        band_asks_on_calm=band_asks,
        calm_count=len(gold) - crisis_count,
        missed_crisis_ids=tuple(missed),
        false_alarm_ids=tuple(alarms),
        head_pairs=tuple(pairs),
    )


def format_report(report: Report) -> str:
    """A plain-text table for the terminal."""
    lines = [f"{'category':<12} {'prec':>6} {'rec':>6} {'f1':>6} {'n':>4}"]
    for score in report.per_category:
        lines.append(
            f"{score.category:<12} {score.precision:6.3f} {score.recall:6.3f} "
            f"{score.f1:6.3f} {score.support:4d}"
        )
    lines += [
        "",
        f"messages            {report.count}",
        f"micro F1            {report.micro_f1:.3f}",
        f"macro F1            {report.macro_f1:.3f}",
        f"main accuracy       {report.main_accuracy:.3f}  (of {report.main_count})",
        f"act accuracy        {report.act_accuracy:.3f}",
        f"crisis recall       {report.crisis_recall:.3f}  (of {report.crisis_count})",
        f"crisis false alarms {report.false_alarms}",
        f"crisis recall, band {report.crisis_recall_with_band:.3f}  (unsure counted as caught)",
        f"middle-band asks    {report.band_asks_on_calm}  (of {report.calm_count} calm)",
    ]
    if report.missed_crisis_ids:
        lines.append("missed crisis       " + ", ".join(report.missed_crisis_ids))
    if report.false_alarm_ids:
        lines.append("false alarm ids     " + ", ".join(report.false_alarm_ids))
    return "\n".join(lines)


def head_names() -> tuple[str, ...]:
    """Rows and columns of the confusion heat-map."""
    return (*CATEGORY_IDS, *ACTS)
