"""Rasa as an `Interpreter`: rules first, then the model's ranking through the decoder."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Protocol

from nlu.crisis import detect_crisis
from nlu.interpreter import NluState
from nlu.rasa_client import RasaClient
from nlu.rasa_reading import scores_from_parse
from nlu.romaji import read_as_japanese
from nlu.scores import Scores, blended, decode
from nlu.text_normal import without_long_numbers
from nlu.types import Understanding

# Rasa's probabilities for a category run higher than the fallback's: from 0.5 a category
# is read (chosen on the dev set and the rounds already read, 1–11: macro-F1 on round 11
# 0.808 at 0.4, 0.824 at 0.5; see nlu/README.md "Round 12").
RASA_CATEGORY_THRESHOLD = 0.5


# The in-process classifier's scores for a text, when it is loaded (None: not yet).
InProcessScores = Callable[[str], Awaitable[Scores | None]]


class Scoring(Protocol):
    def scores(self, text: str) -> Scores: ...


def scored_by(classifier: Scoring) -> InProcessScores:
    """A classifier already loaded (a command, a benchmark), as Rasa's in-process half."""

    async def scores(text: str) -> Scores | None:
        return classifier.scores(text)

    return scores


class RasaInterpreter:
    """Raises `RasaUnavailableError` when the server does not answer: no silent fallback.
    With `in_process`, Rasa's reading is blended with the in-process classifier's
    (`nlu.scores.blended`): together they read unseen words better than either."""

    def __init__(
        self,
        client: RasaClient,
        threshold: float = RASA_CATEGORY_THRESHOLD,
        in_process: InProcessScores | None = None,
    ) -> None:
        self.client = client
        self.threshold = threshold
        self.in_process = in_process

    async def understand(self, text: str) -> Understanding:
        text = read_as_japanese(text)
        crisis = detect_crisis(text)
        payload = await self.client.parse(without_long_numbers(text))
        scores = scores_from_parse(payload)
        also = await self.in_process(text) if self.in_process is not None else None
        if also is not None:
            scores = blended(scores, also)
        return decode(text, scores, crisis, "rasa", self.threshold)

    def state(self) -> NluState:
        return "ok"

    async def check(self) -> NluState:
        return "ok" if await self.client.model_loaded() else "degraded"
