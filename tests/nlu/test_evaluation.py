"""The Done-means figures on the dev set (`spec/examples.jsonl`, never trained on), for
the Rasa engine and the fallback classifier: a regression in either fails the run."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from nlu.engines import EngineName, understand_all
from nlu.evaluation import Report, evaluate, format_report
from nlu.records import prediction_record
from nlu.server import RasaServer
from nlu.text_normal import normalize
from nlu.training_data import read_examples
from tests.nlu.conftest import EXAMPLES, labelled_examples
from tests.nlu.test_heldout import heldout_rows

FIXTURES = Path(__file__).parent / "fixtures"
MIN_MACRO_F1 = 0.90
MIN_MAIN_ACCURACY = 0.85
MIN_ACT_ACCURACY = 0.95
MAX_FALSE_ALARMS = 2


def scored(
    engine: EngineName, url: str | None, labelled: list[dict[str, Any]] | None = None
) -> Report:
    gold = labelled_examples() if labelled is None else labelled
    understandings = understand_all([record["text"] for record in gold], engine, url)
    predicted = [
        prediction_record(record["id"], understanding)
        for record, understanding in zip(gold, understandings, strict=True)
    ]
    report = evaluate(gold, predicted)
    print(
        f"\n{engine}: macro-F1 {report.macro_f1:.3f}, micro-F1 {report.micro_f1:.3f},"
        f" main {report.main_accuracy:.3f}, act {report.act_accuracy:.3f},"
        f" crisis recall {report.crisis_recall:.2f} ({report.crisis_count}),"
        f" false alarms {report.false_alarms}"
    )
    return report


def assert_meets_the_targets(report: Report) -> None:
    assert report.count >= 100
    assert report.macro_f1 >= MIN_MACRO_F1
    assert report.main_accuracy >= MIN_MAIN_ACCURACY
    assert report.act_accuracy >= MIN_ACT_ACCURACY
    assert report.crisis_count > 0
    assert report.crisis_recall == 1.0, report.missed_crisis_ids
    assert report.false_alarms <= MAX_FALSE_ALARMS, report.false_alarm_ids


def test_the_dev_set_is_not_in_the_training_data() -> None:
    trained_on = {normalize(example.text) for example in read_examples()}
    leaked = [r["id"] for r in labelled_examples() if normalize(r["text"]) in trained_on]
    assert leaked == []


@pytest.mark.rasa
def test_the_rasa_engine_meets_the_targets_on_the_dev_set(running_rasa: RasaServer) -> None:
    assert_meets_the_targets(scored("rasa", running_rasa.url))


def test_the_fallback_classifier_meets_the_targets_on_the_dev_set() -> None:
    assert_meets_the_targets(scored("fallback", None))


# The margin the in-process engine keeps over the plain yardstick on every held-out round
# together: 0.074 when measured with corpus t1–t12 (3,195 messages), 0.064 with t1–t18 and
# 0.057 with t1–t21 (4,786 messages: the fallback gained 0.006, the yardstick 0.013), under
# the goal of 0.10 (see nlu/README.md). As the corpus grows the yardstick gains more
# from it than the engine does; this guards the margin that stands, so that a change to the
# engine that loses it fails.
MIN_MARGIN_OVER_BASELINE = 0.05


def test_the_fallback_classifier_beats_the_baseline_yardstick_on_words_it_never_saw() -> None:
    """The yardstick (TF-IDF + logistic regression, nothing else) trained on the same data:
    an engine that does not beat it by a clear margin is not earning its features. Measured
    on every held-out round at once (one round alone moves by a few points from round to
    round: 0.07–0.14 for rounds 8–10)."""
    gold = heldout_rows()
    margin = scored("fallback", None, gold).macro_f1 - scored("baseline", None, gold).macro_f1
    assert margin >= MIN_MARGIN_OVER_BASELINE, f"margin {margin:.3f}"


def test_evaluate_command_prints_the_scores_and_draws_the_heat_map(tmp_path: Path) -> None:
    heatmap = tmp_path / "confusion.png"
    predictions = tmp_path / "predicted.jsonl"
    command = Path(sys.executable).with_name("tsunagu")
    result = subprocess.run(
        [
            *(str(command), "nlu", "evaluate", str(EXAMPLES), "--engine", "fallback"),
            *("--heatmap", str(heatmap), "--predictions", str(predictions)),
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "MPLBACKEND": "Agg"},
        timeout=180,
        check=True,
    )
    printed: dict[str, Any] = {}
    for line in result.stdout.splitlines():
        name, _, value = line.rpartition(" ")
        printed[name.strip()] = value
    for category in ("medical", "care", "debt", "housing", "abuse", "other"):
        assert any(line.startswith(category) for line in result.stdout.splitlines())
    for figure in ("micro F1", "macro F1", "crisis false alarms"):
        assert figure in printed, result.stdout
    assert float(printed["macro F1"]) >= MIN_MACRO_F1
    assert "main accuracy" in result.stdout and "act accuracy" in result.stdout
    assert "crisis recall" in result.stdout
    assert heatmap.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert len(predictions.read_text(encoding="utf-8").splitlines()) == len(labelled_examples())


def test_the_report_tells_flags_middle_band_asks_and_false_alarms_apart() -> None:
    """Four crises (one flagged, two asked about, one missed) and four calm messages (one
    false alarm, one question asked): each figure counted on its own."""
    rows = [
        json.loads(line)
        for line in (FIXTURES / "crisis_band.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    predicted = [{**row, "crisis": [], **row["predicted"]} for row in rows]
    report = evaluate(rows, predicted)
    assert report.crisis_recall == 0.25
    assert report.crisis_recall_with_band == 0.75
    assert report.missed_crisis_ids == ("c4",)
    assert report.false_alarms == 1 and report.false_alarm_ids == ("q1",)
    assert (report.band_asks_on_calm, report.calm_count) == (1, 4)
    printed = format_report(report)
    assert "crisis recall       0.250" in printed
    assert "crisis recall, band 0.750" in printed
    assert "middle-band asks    1  (of 4 calm)" in printed
