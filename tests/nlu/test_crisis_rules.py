"""The crisis rules on their written cases (`nlu/data/crisis_cases.yml`): every crisis
raises exactly its flags, and no hard negative (idiom, denial, past event, course, news)
raises any — with the model engines too, since the rules run before any model."""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from nlu.crisis import detect_crisis
from nlu.environment import NLU_DIR
from nlu.fallback import FallbackClassifier

CASES: list[dict[str, Any]] = yaml.safe_load(
    (NLU_DIR / "data" / "crisis_cases.yml").read_text(encoding="utf-8")
)["cases"]


def test_the_cases_hold_crises_of_every_flag_and_hard_negatives() -> None:
    flags = {flag for case in CASES for flag in case["flags"]}
    assert flags == {"suicide", "violence", "child_danger", "medical_emergency"}
    assert sum(1 for case in CASES if not case["flags"]) >= 30


@pytest.mark.parametrize("case", CASES, ids=[str(i) for i in range(len(CASES))])
def test_each_written_case_raises_exactly_its_flags(case: dict[str, Any]) -> None:
    assert sorted(detect_crisis(case["text"])) == sorted(case["flags"]), case["text"]


def test_the_fallback_engine_keeps_the_rules_answer() -> None:
    classifier = FallbackClassifier.from_directory()
    for case in CASES:
        understanding = classifier.understand_now(case["text"])
        assert sorted(understanding.crisis) == sorted(case["flags"]), case["text"]


def test_whole_text_conditions_are_tried_once_and_find_what_a_search_finds() -> None:
    """A cue's `needs` made of lookaheads over the whole text is tried at the start only
    (a search would try it at each of 5,000 places: seconds per long message). It must
    find exactly what a search finds, on every calibration example and on a long story."""
    import json
    from pathlib import Path

    from nlu.crisis import _needs_met, compiled_rules, crisis_view

    examples = Path(__file__).resolve().parents[2].parent / "shared" / "spec" / "examples.jsonl"
    texts = [json.loads(line)["text"] for line in examples.read_text(encoding="utf-8").splitlines()]
    texts.append(
        "夫が倒れてから、母の介護と仕事で毎日がいっぱいです。" * 40 + "隣で子どもが泣いている"
    )
    needs = [
        cue.needs
        for cues in compiled_rules().cues.values()
        for cue in cues
        if cue.needs is not None and cue.needs.pattern.startswith("(?s)(?=")
    ]
    assert len(needs) >= 5
    for text in texts:
        view = crisis_view(text)
        for pattern in needs:
            assert _needs_met(pattern, view) == (pattern.search(view) is not None), text[:30]
