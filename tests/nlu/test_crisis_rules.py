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
