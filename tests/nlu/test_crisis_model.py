"""The crisis model, a second signal beside the rules: it adds flags for crisis wordings
the lexicon does not know, never takes a rule flag away, stays quiet on everyday
messages that merely mention a sensitive word, and says which signal raised each flag.

The paraphrases below were written for these tests: none is in the training data or the
crisis cases, and the rules alone miss every one of them."""

from __future__ import annotations

import asyncio
import time
import uuid

import numpy as np
import pytest

from bot.transcript import describe_inbound
from cases.casework.vocabulary import MODEL_ONLY_MARK
from handlers.messages import TextIn
from nlu.crisis import detect_crisis
from nlu.engines import EngineName, understand_all
from nlu.rasa_components.crisis_heads import (
    CRISIS_FLAGS,
    choose_threshold,
    crisis_view,
    read_crisis_cases,
)
from nlu.scores import Scores, decode
from nlu.server import RasaServer
from nlu.training_data import CRISIS_CASES, WRITTEN_CRISES, read_all_crisis_cases, read_examples
from tests.harness import Stack, running_stack
from tests.intake.conversation import Resident

# Held-out crisis wordings the lexicon has no cue for, with the flag they need.
MISSED_BY_THE_RULES: dict[str, str] = {
    "彼が包丁を手にして怒鳴っている": "violence",
    "元夫がドアをガンガン叩いて開けろと叫んでいる": "violence",
    "おじいちゃんが風呂場でぐったりしていて目を開けない": "medical_emergency",
}

# Everyday messages with a word a crisis could use.
SENSITIVE_BUT_CALM: tuple[str, ...] = (
    "死ぬほど疲れた",
    "自殺予防の研修に参加したい",
    "包丁を研いでもらえる店を探している",
    "父が倒れたのは去年のことで今は元気です",
    "母の葬式が終わって相続の手続きを知りたい",
    "熱中症にならない方法を教えて",
    "救急車を呼ぶほどではないけど頭が痛い",
    "夫と口げんかが絶えない。暴力はありません",
    "首が痛くて病院に通っている",
    "睡眠薬を処方されているが飲み忘れが多い",
    "子どもの夜泣きがひどくて眠れない",
    "刑務所から出てきたばかりで仕事を探している",
    # Short answers to the sheet's questions (who lives with you, what is it about).
    "子ども",
    "子どもが2人います",
    "子どもが不登校です",
    "子どもが熱を出しました",
)


# A message long enough for the model to judge (a word or two is left to the rules).
SENTENCE = "夫のことで相談したいことがあります"


def _rasa_url(request: pytest.FixtureRequest, engine: EngineName) -> str | None:
    if engine == "fallback":
        return None
    server: RasaServer = request.getfixturevalue("running_rasa")
    return server.url


ENGINES = [pytest.param("fallback"), pytest.param("rasa", marks=pytest.mark.rasa)]


def test_the_paraphrases_are_held_out_and_the_rules_miss_them() -> None:
    seen = {crisis_view(example.text) for example in read_examples()}
    seen |= {crisis_view(case.text) for case in read_all_crisis_cases()}
    for text in MISSED_BY_THE_RULES:
        assert crisis_view(text) not in seen, text
        assert detect_crisis(text) == (), text


@pytest.mark.parametrize("engine", ENGINES)
def test_the_model_raises_the_flags_the_rules_miss(
    engine: EngineName, request: pytest.FixtureRequest
) -> None:
    texts = list(MISSED_BY_THE_RULES)
    for understanding in understand_all(texts, engine, _rasa_url(request, engine)):
        flag = MISSED_BY_THE_RULES[understanding.text]
        assert flag in understanding.crisis, understanding.text
        assert understanding.crisis_sources[flag] == ("model",)


@pytest.mark.parametrize("engine", ENGINES)
def test_a_sensitive_word_alone_raises_no_alarm(
    engine: EngineName, request: pytest.FixtureRequest
) -> None:
    understandings = understand_all(list(SENSITIVE_BUT_CALM), engine, _rasa_url(request, engine))
    alarmed = [u.text for u in understandings if u.crisis]
    assert alarmed == []


@pytest.mark.parametrize("engine", ENGINES)
def test_a_rule_flag_is_told_as_the_rules(
    engine: EngineName, request: pytest.FixtureRequest
) -> None:
    (understanding,) = understand_all(["死にたい"], engine, _rasa_url(request, engine))
    assert understanding.crisis == ("suicide",)
    assert "rules" in understanding.crisis_sources["suicide"]


def test_every_crisis_among_the_training_examples_is_a_written_case() -> None:
    """Otherwise the model would learn a crisis wording as an ordinary message. A corpus
    message the rules flag is a case too, with the flags its two labellers gave it."""
    written = {crisis_view(case.text): case.flags for case in read_crisis_cases(CRISIS_CASES)}
    labelled = {crisis_view(case.text) for case in read_crisis_cases(WRITTEN_CRISES)}
    for example in read_examples():
        flags = detect_crisis(example.text)
        view = crisis_view(example.text)
        if flags and view not in labelled:
            assert sorted(written.get(view, ())) == sorted(flags), example.text


def test_the_model_adds_to_the_rules_and_never_takes_away() -> None:
    thresholds = dict.fromkeys(CRISIS_FLAGS, 0.7)
    heads = {"income": 1.0}
    quiet = Scores(heads, crisis=dict.fromkeys(CRISIS_FLAGS, 0.0), crisis_thresholds=thresholds)
    loud = Scores(heads, crisis={"violence": 0.71}, crisis_thresholds=thresholds)
    kept = decode(SENTENCE, quiet, ("suicide",), "fallback")
    assert kept.crisis == ("suicide",) and kept.crisis_sources == {"suicide": ("rules",)}
    both = decode(SENTENCE, loud, ("suicide",), "fallback")
    assert both.crisis == ("suicide", "violence")
    assert both.crisis_sources == {"suicide": ("rules",), "violence": ("model",)}
    below = Scores(heads, crisis={"violence": 0.69}, crisis_thresholds=thresholds)
    assert decode(SENTENCE, below, (), "fallback").crisis == ()


def test_a_word_or_two_is_read_by_the_rules_alone() -> None:
    """「子ども」 answering 「どなたのことですか」 is no statement of danger, whatever the
    model's score for three characters; the rules still answer 「死にたい」 there."""
    thresholds = dict.fromkeys(CRISIS_FLAGS, 0.7)
    loud = Scores({"childcare": 1.0}, crisis={"child_danger": 0.96}, crisis_thresholds=thresholds)
    assert decode("子ども", loud, (), "fallback").crisis == ()
    assert decode("子ども", loud, ("suicide",), "fallback").crisis == ("suicide",)
    assert decode("子どもがずっと泣いている", loud, (), "fallback").crisis == ("child_danger",)


def test_the_threshold_is_the_lowest_that_keeps_false_alarms_rare() -> None:
    """Two alarms in a thousand messages without the flag are allowed, three are not."""
    positives = np.linspace(0.5, 0.99, 20)
    target = np.concatenate([np.ones(20, bool), np.zeros(1000, bool)])
    two_loud = np.concatenate([np.full(998, 0.05), [0.6, 0.8]])
    assert choose_threshold(np.concatenate([positives, two_loud]), target) == positives[0]
    three_loud = np.concatenate([np.full(997, 0.05), [0.6, 0.8, 0.85]])
    threshold = choose_threshold(np.concatenate([positives, three_loud]), target)
    assert threshold > 0.85 and threshold in positives


def test_the_transcript_says_which_signal_raised_each_flag() -> None:
    thresholds = dict.fromkeys(CRISIS_FLAGS, 0.5)
    scores = Scores({"abuse": 1.0}, crisis={"violence": 0.9}, crisis_thresholds=thresholds)
    understanding = decode(SENTENCE, scores, ("suicide",), "rasa")
    _, _, content = describe_inbound(TextIn(SENTENCE), understanding)
    assert content["nlu"]["crisis_sources"] == {"suicide": ["rules"], "violence": ["model"]}


STAFF_GROUP = "C" + "2" * 32


async def group_alert(stack: Stack, after: int, timeout: float = 5.0) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for entry in stack.emulator.messages_for(STAFF_GROUP, since=after):
            if "【緊急】" in str(entry["message"].get("text", "")):
                return str(entry["message"]["text"])
        await asyncio.sleep(0.05)
    raise AssertionError("no crisis alert reached the staff group")


async def test_staff_are_told_which_crisis_only_the_model_saw(postgres_url: str) -> None:
    async with running_stack(
        postgres_url, STAFF_LINE_GROUP_ID=STAFF_GROUP, OUTBOX_POLL_SECONDS=0.1
    ) as stack:
        guessed = Resident(stack, "U" + uuid.uuid4().hex)
        mark = stack.emulator.last_seq()
        await guessed.say("彼が包丁を手にして怒鳴っている")
        assert guessed.asked("tel:"), "the hotlines come at once"
        alert = await group_alert(stack, mark)
        assert MODEL_ONLY_MARK in alert and "包丁" not in alert, alert

        certain = Resident(stack, "U" + uuid.uuid4().hex)
        mark = stack.emulator.last_seq()
        await certain.say("もう死にたい")
        alert = await group_alert(stack, mark)
        assert MODEL_ONLY_MARK not in alert, alert
