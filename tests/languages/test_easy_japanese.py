"""やさしい日本語 as a language of its own: short sentences, a reading in parentheses for
every kanji a second-grader has not learnt, and no double negatives."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from handlers.i18n import EASY
from handlers.locale_keys import source_messages
from tsunagu.languages import LOCALES, load_catalogue

KANJI_FILE = LOCALES / "kanji_grade_1_2.txt"
# A sentence, as the reader reads it (readings and spaces between words not counted; a
# value put in, 「{number}」, counts as one character).
MAX_SENTENCE = 40
_KANJI = re.compile(r"[\u3400-\u9fff々]")
_KANJI_RUN = re.compile(r"[\u3400-\u9fff々]+")
_READING = re.compile(r"\([ぁ-ゖー]+\)")
_PLACEHOLDER = re.compile(r"\{\w+\}")
_SENTENCES = re.compile(r"(?<=[。？！\n])")
_DOUBLE_NEGATIVE = re.compile(
    r"(なくはない|ないわけではない|なくもない|ないことはない|ないではない)"
)


def _grade_1_2() -> frozenset[str]:
    lines = Path(KANJI_FILE).read_text(encoding="utf-8").splitlines()
    return frozenset("".join(line for line in lines if not line.startswith("#")).strip())


def _easy() -> dict[str, str]:
    catalogue = load_catalogue()
    return {key: catalogue.messages[EASY][key] for key in source_messages()}


def test_the_kanji_list_is_the_first_and_second_grade_of_the_table() -> None:
    known = _grade_1_2()
    assert len(known) == 80 + 160
    assert {"一", "右", "六", "話", "理", "引"} <= known
    assert not {"相", "談", "同", "意"} - {"同"} & known  # 3rd grade and later are not in it
    assert "同" in known  # 同 is 2nd grade; 意 is 3rd


@pytest.mark.parametrize("key", list(source_messages()))
def test_each_easy_sentence_is_short(key: str) -> None:
    text = _easy()[key]
    for sentence in _SENTENCES.split(text):
        read = _PLACEHOLDER.sub("〇", _READING.sub("", sentence)).replace(" ", "").strip()
        assert len(read) <= MAX_SENTENCE, (read, len(read))


@pytest.mark.parametrize("key", list(source_messages()))
def test_every_kanji_past_second_grade_has_its_reading(key: str) -> None:
    known = _grade_1_2()
    text = _easy()[key]
    for run in _KANJI_RUN.finditer(text):
        hard = [char for char in run.group() if char not in known]
        if hard:
            after = text[run.end() :]
            assert _READING.match(after), f"「{run.group()}」 needs a reading: {text!r}"


def test_no_double_negatives() -> None:
    for key, text in _easy().items():
        assert not _DOUBLE_NEGATIVE.search(text), (key, text)


def test_the_checks_catch_what_they_are_for() -> None:
    """The same checks find a long sentence and a kanji with no reading."""
    known = _grade_1_2()
    unread = "相談して ください。"
    run = _KANJI_RUN.search(unread)
    assert run is not None and any(c not in known for c in run.group())
    assert not _READING.match(unread[run.end() :])
    read = "相談(そうだん)して ください。"
    run = _KANJI_RUN.search(read)
    assert run is not None and _READING.match(read[run.end() :])
    assert _KANJI.search("あいうえお") is None
