"""The crisis words of each language, on the wordings written for them
(`test_crisis_words_en_fil`, `_pt_es`, `_vi_ko_zh`): a danger now raises its flag, words
near a danger ask without an alarm, everyday troubles and figures of speech raise no
alarm, and a danger long past and over raises neither."""

from __future__ import annotations

import pytest

from nlu.crisis import detect_crisis
from nlu.crisis_languages import worried_in_languages
from tests.languages import test_crisis_words_en_fil as en_fil
from tests.languages import test_crisis_words_pt_es as pt_es
from tests.languages import test_crisis_words_vi_ko_zh as vi_ko_zh

ALARM = {**en_fil.ALARM, **pt_es.ALARMS, **vi_ko_zh.ALARMED}
ASKED = {**en_fil.ASKED, **pt_es.ASKED, **vi_ko_zh.ASKED}
CALM = {**en_fil.CALM, **pt_es.CALM, **vi_ko_zh.CALM}
OVER = {**en_fil.OVER, **pt_es.OVER, **vi_ko_zh.OVER}


@pytest.mark.parametrize(
    ("language", "text", "flag"),
    [(language, text, flag) for language, said in ALARM.items() for text, flag in said],
)
def test_a_danger_now_raises_its_flag(language: str, text: str, flag: str) -> None:
    assert flag in detect_crisis(text), (language, text)


@pytest.mark.parametrize(
    ("language", "text", "flag"),
    [(language, text, flag) for language, said in ASKED.items() for text, flag in said],
)
def test_words_near_a_danger_ask_without_an_alarm(language: str, text: str, flag: str) -> None:
    assert detect_crisis(text) == (), (language, text)
    assert flag in worried_in_languages(text), (language, text)


@pytest.mark.parametrize(
    ("language", "text"), [(language, text) for language, said in CALM.items() for text in said]
)
def test_everyday_troubles_and_figures_of_speech_raise_no_alarm(language: str, text: str) -> None:
    assert detect_crisis(text) == (), (language, text)


@pytest.mark.parametrize(
    ("language", "text"), [(language, text) for language, said in OVER.items() for text in said]
)
def test_a_danger_long_past_and_over_raises_nothing(language: str, text: str) -> None:
    assert detect_crisis(text) == (), (language, text)
    assert worried_in_languages(text) == frozenset(), (language, text)
