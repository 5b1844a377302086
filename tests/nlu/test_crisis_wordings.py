"""The crisis rules on held-out wordings (`crisis_wordings.py`): every crisis raises its
flags at once, every calm message with a sensitive word raises none, and the wordings the
rules still miss are listed as such."""

from __future__ import annotations

import json

import pytest

from nlu.crisis import crisis_view, detect_crisis
from nlu.training_data import read_all_crisis_cases, read_examples
from tests.nlu.conftest import EXAMPLES
from tests.nlu.crisis_wordings import CALM, CRISES, STILL_MISSED, Wording

FLAGS = ("suicide", "violence", "child_danger", "medical_emergency")


def _ids(wordings: tuple[Wording, ...]) -> list[str]:
    return [f"{'+'.join(w.flags) or 'calm'}:{w.slug}" for w in wordings]


@pytest.mark.parametrize("wording", CRISES, ids=_ids(CRISES))
def test_a_crisis_wording_raises_its_flags(wording: Wording) -> None:
    raised = detect_crisis(wording.text)
    assert set(wording.flags) <= set(raised), (wording.text, raised)


@pytest.mark.parametrize("wording", CALM, ids=_ids(CALM))
def test_a_calm_wording_raises_no_flag(wording: Wording) -> None:
    assert detect_crisis(wording.text) == (), wording.text


@pytest.mark.parametrize("wording", STILL_MISSED, ids=_ids(STILL_MISSED))
def test_a_wording_still_missed_by_the_rules_is_missed(wording: Wording) -> None:
    """When a cue catches one of these, move it to the crises."""
    assert not set(wording.flags) & set(detect_crisis(wording.text)), wording.text


def test_the_set_is_large_and_covers_every_flag() -> None:
    assert len(CRISES) >= 80 and len(CALM) >= 80
    for flag in FLAGS:
        assert sum(1 for w in CRISES if flag in w.flags) >= 20, flag
    assert not any(w.flags for w in CALM)
    assert all(w.flags for w in CRISES + STILL_MISSED)


def test_slugs_and_texts_are_unique() -> None:
    wordings = CRISES + CALM + STILL_MISSED
    assert len({w.slug for w in wordings}) == len(wordings)
    assert len({crisis_view(w.text) for w in wordings}) == len(wordings)


def test_no_wording_is_a_dev_example_a_case_or_a_training_example() -> None:
    with EXAMPLES.open(encoding="utf-8") as lines:
        seen = {crisis_view(json.loads(line)["text"]) for line in lines if line.strip()}
    seen |= {crisis_view(case.text) for case in read_all_crisis_cases()}
    seen |= {crisis_view(example.text) for example in read_examples()}
    copied = [w.text for w in CRISES + CALM + STILL_MISSED if crisis_view(w.text) in seen]
    assert copied == []
