"""No question's reader writes another question's place in the flow: which steps are
answered is the flow's to mark. A reader names what its answer also settles or sends back
(`Taken.settles`, `Taken.reopens`) and its step declares those — so reading the step
table tells every way one answer moves the sheet on."""

from __future__ import annotations

from datetime import date

import pytest

from handlers.intake import answers as a
from handlers.intake import catalog as say
from handlers.intake import steps
from handlers.intake.places import city_of
from handlers.intake.state import IntakeState
from tests.intake.drafts import draft_state

TODAY = date(2026, 11, 23)
OKAYAMA = city_of("okayama")

# Typed answers of every kind the sheet takes, said where they fit and where they do not.
TYPED = (
    "はい",
    "いいえ",
    "それだけです",
    "ほかにもあります",
    say.DONE,
    "母の介護と借金のことで困っています",
    "家族",
    "長男です",
    "山田 花子です",
    "匿名でお願いします",
    "やまだ はなこ",
    "女性",
    "昭和18年3月3日",
    "82歳",
    "700-0914",
    "〒700-0914 岡山市北区鹿田町2-5-1",
    "岡山市北区鹿田町2-5-1",
    "大供1-1-1",
    "大阪市北区梅田1-1",
    "北区",
    "2-5-1",
    "086-234-5678",
    "090-1234-5678、086-234-5678",
    "電話はない",
    "3人",
    "妻",
    "私の弟",
    "ない",
    "地域包括支援センター",
    "ケアマネさんに相談しています",
    "わからない",
    "🙏",
)


def mid_sheet() -> IntakeState:
    """A relative writing about a mother, partway through: two troubles, a household of
    two, one supporting agency, most questions answered."""
    state = draft_state(
        {
            "consulter": {"relation": "family", "relation_detail": "長男"},
            "person": {"name": "山田 花子", "ward": "北区", "address": "岡山県岡山市北区"},
            "troubles": {"categories": ["care", "debt"], "primary": "care"},
            "household": {"size": 2, "members": [{"relation": "子", "name": "一郎"}]},
            "current_supporters": [{"agency": "地域包括支援センター"}],
        },
        proposed=("care", "debt"),
    )
    answered = [s.key for s in steps.TABLE if not s.group]
    answered += [f"{s.key}:0" for s in steps.TABLE if s.group]
    return state.mark(*answered)


def answers_for(step: steps.Step, sit: a.Situation) -> list[a.Given]:
    buttons = [a.Given(value=value) for value, _ in step.options(sit, 0)]
    return [*buttons, *(a.Given(text=text) for text in TYPED)]


def readings() -> list[tuple[steps.Step, a.Given, a.Result]]:
    sit = a.Situation(mid_sheet(), TODAY, OKAYAMA.name, OKAYAMA.wards)
    return [
        (step, given, step.read(given, sit, 0))
        for step in steps.TABLE
        for given in answers_for(step, sit)
    ]


READINGS = readings()


def test_the_walk_reads_answers_at_every_step() -> None:
    taken = {step.key for step, _, result in READINGS if isinstance(result, a.Taken)}
    assert taken == {step.key for step in steps.TABLE}


@pytest.mark.parametrize("step", steps.TABLE, ids=lambda step: step.key)
def test_no_reader_marks_or_unmarks_a_step(step: steps.Step) -> None:
    before = mid_sheet().answered
    moved = [
        given
        for read_step, given, result in READINGS
        if read_step is step
        and not isinstance(result, a.Unread)
        and result.state.answered != before
    ]
    assert moved == []


@pytest.mark.parametrize("step", steps.TABLE, ids=lambda step: step.key)
def test_what_an_answer_settles_or_reopens_its_step_declares(step: steps.Step) -> None:
    for read_step, given, result in READINGS:
        if read_step is step and isinstance(result, a.Taken):
            key = steps.step_key(step, 0)
            after = steps.answered(key, result)  # raises on an undeclared mark
            assert key in after.answered, given


def test_declared_marks_name_steps_of_the_table() -> None:
    named = {k for step in steps.TABLE for k in (*step.settles, *step.resets)}
    assert named <= set(steps.BY_KEY)


def test_an_undeclared_mark_is_refused() -> None:
    taken = a.Taken(mid_sheet(), reopens=("consulter",))
    with pytest.raises(steps.UndeclaredMark):
        steps.answered("gender", taken)


def test_a_name_withheld_sends_the_reading_and_phone_questions_back() -> None:
    sit = a.Situation(mid_sheet(), TODAY, OKAYAMA.name, OKAYAMA.wards)
    result = steps.BY_KEY["name"].read(a.Given(value="anonymous"), sit, 0)
    assert isinstance(result, a.Taken)
    after = steps.answered("name", result)
    assert "name" in after.answered
    assert not {"kana", "phone"} & set(after.answered)
