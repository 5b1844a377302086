"""When Rasa answers, its reading is blended with the in-process classifier's (the pair
reads unseen words better than either, nlu/README.md): a trouble the in-process classifier
is sure of and Rasa only suspects is read, and Rasa's crisis model keeps its say."""

from __future__ import annotations

from typing import Any, cast

from nlu.rasa_client import RasaClient
from nlu.rasa_interpreter import RasaInterpreter
from nlu.scores import Scores

DEBT_STORY = "カードの支払いが三か月たまっていて、督促の電話がくる"


class RasaAnswering:
    """Rasa's parse payload, fixed: debt suspected, housing not."""

    async def parse(self, text: str) -> dict[str, Any]:
        return {
            "text": text,
            "intent_ranking": [
                {"name": "debt", "confidence": 0.6},
                {"name": "ask_human", "confidence": 0.4},
            ],
            "categories": [
                {"name": "debt", "confidence": 0.9},
                {"name": "income", "confidence": 0.3},
            ],
            "crisis_scores": [],
        }


async def sure_of_income(text: str) -> Scores:
    return Scores(heads={"debt": 0.8, "income": 0.2}, categories={"debt": 0.9, "income": 0.8})


async def not_loaded(text: str) -> Scores | None:
    return None


async def test_a_trouble_the_in_process_classifier_is_sure_of_is_read() -> None:
    rasa = cast(RasaClient, RasaAnswering())
    alone = await RasaInterpreter(rasa).understand(DEBT_STORY)
    together = await RasaInterpreter(rasa, in_process=sure_of_income).understand(DEBT_STORY)
    assert alone.categories == ("debt",)
    assert together.primary == "debt"
    assert set(together.categories) == {"debt", "income"}


async def test_rasa_alone_reads_while_the_in_process_classifier_loads() -> None:
    rasa = cast(RasaClient, RasaAnswering())
    reading = await RasaInterpreter(rasa, in_process=not_loaded).understand(DEBT_STORY)
    assert reading.categories == ("debt",)
    assert reading.engine == "rasa"
