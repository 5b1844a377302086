"""The bot's NLU client against the real Rasa server (`rasa run --enable-api`)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from nlu.environment import NLU_DIR
from nlu.interpreters import build_interpreter
from nlu.server import RasaServer
from nlu.training_data import read_examples_file

pytestmark = pytest.mark.rasa

TIMEOUT_SECONDS = 10.0
HELD_OUT = NLU_DIR / "tests" / "test_nlu.yml"
MAX_HELD_OUT_MISSES = 3
EVICTED = "アパートを追い出されそうで、住むところがなくなります"
CARE_FIRST = "母の介護で仕事を辞めて家賃が払えない。一番つらいのは介護です"

EITHER = "either a trouble or unknown"
# (message, categories that must be read, main category, act, crisis flags)
RESIDENT_MESSAGES = [
    # The trouble said to weigh most is the main one (the guide's primary).
    (CARE_FIRST, {"care", "income", "housing"}, "care", None, ()),
    ("借金の返済で生活費が足りない", {"debt", "income"}, "debt", None, ()),
    ("こんにちは", set(), None, "greet", ()),
    ("人と話したいです", set(), None, "ask_human", ()),
    ("窓口は何時までやってますか", set(), None, "ask_hours", ()),
    ("もう死にたい", set(), None, None, ("suicide",)),
    # An idiom of tiredness: no flag. The guide leaves open whether it tells a trouble of
    # the mind or none (act 「unknown」), so either reading is taken (`EITHER`).
    ("死ぬほど疲れた", set(), None, EITHER, ()),
]


async def test_rasa_serves_the_trained_model_and_its_multi_label_answer(
    running_rasa: RasaServer,
) -> None:
    async with httpx.AsyncClient(base_url=running_rasa.url, timeout=TIMEOUT_SECONDS) as http:
        status = (await http.get("/status")).json()
        parsed = (await http.post("/model/parse", json={"text": EVICTED})).json()
    assert status["model_file"] == running_rasa.model_path.name
    assert parsed["intent"]["name"] == "housing"
    category_names = {entry["name"] for entry in parsed["categories"]}
    assert {"housing", "care", "debt"} <= category_names  # one probability per category


@pytest.mark.parametrize(("text", "categories", "primary", "act", "crisis"), RESIDENT_MESSAGES)
async def test_the_bots_client_reads_troubles_main_act_and_crisis_from_rasa(
    running_rasa: RasaServer,
    text: str,
    categories: set[str],
    primary: str | None,
    act: str | None,
    crisis: tuple[str, ...],
) -> None:
    interpreter = build_interpreter(running_rasa.url, TIMEOUT_SECONDS)
    try:
        understanding = await interpreter.understand(text)
        assert interpreter.state() == "ok"
    finally:
        await interpreter.aclose()  # type: ignore[attr-defined]
    assert understanding.engine == "rasa"
    assert categories <= set(understanding.categories)
    if primary is not None:
        assert understanding.primary == primary
        assert understanding.categories[0] == primary
    if act == EITHER:
        assert understanding.act in (None, "unknown")
    else:
        assert understanding.act == act
    assert understanding.crisis == crisis
    if act is not None and understanding.act is not None:
        assert understanding.categories == ()
    assert 0.0 < understanding.confidence <= 1.0


async def test_rasa_reads_the_held_out_check_examples_of_the_rasa_project(
    running_rasa: RasaServer,
) -> None:
    """`nlu/tests/test_nlu.yml` (Rasa's format, never trained on): the act or main
    category of each, and every trouble it names."""
    examples = read_examples_file(HELD_OUT)
    assert len({example.intent for example in examples}) >= 20
    interpreter = build_interpreter(running_rasa.url, TIMEOUT_SECONDS)
    misses = []
    try:
        for example in examples:
            got = await interpreter.understand(example.text)
            wanted = example.label
            head_ok = (got.act or got.primary) == (wanted.act or wanted.primary)
            if not head_ok or not set(wanted.categories) <= set(got.categories):
                misses.append((example.text, example.intent, got.act or got.categories))
    finally:
        await interpreter.aclose()  # type: ignore[attr-defined]
    assert len(misses) <= MAX_HELD_OUT_MISSES, misses


def test_predict_command_answers_json_lines_from_the_rasa_server(
    running_rasa: RasaServer,
) -> None:
    lines = [
        {"id": "m1", "text": CARE_FIRST},
        {"text": "ありがとうございました"},
        {"id": "m3", "text": "もう死にたい"},
    ]
    command = Path(sys.executable).with_name("tsunagu")
    result = subprocess.run(
        [str(command), "nlu", "predict", "--engine", "rasa"],
        input="".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines),
        capture_output=True,
        text=True,
        env={**os.environ, "NLU_URL": running_rasa.url},
        timeout=120,
        check=True,
    )
    answers = [json.loads(line) for line in result.stdout.splitlines()]
    keys = {"id", "text", "categories", "primary", "crisis", "crisis_unsure", "act", "confidence"}
    assert [set(answer) for answer in answers] == [keys] * 3
    assert [answer["id"] for answer in answers] == ["m1", None, "m3"]
    assert answers[0]["primary"] == "care" and "housing" in answers[0]["categories"]
    assert answers[1]["act"] == "thanks" and answers[1]["categories"] == []
    assert answers[2]["crisis"] == ["suicide"]
