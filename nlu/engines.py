"""Runs a batch of texts through one engine (for predict, evaluate and the benchmark)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator, Sequence
from contextlib import asynccontextmanager, contextmanager
from typing import Literal

from nlu.rasa_client import RasaClient
from nlu.rasa_interpreter import RasaInterpreter, scored_by
from nlu.types import Understanding

EngineName = Literal["rasa", "fallback", "baseline"]
ENGINE_NAMES: tuple[EngineName, ...] = ("rasa", "fallback", "baseline")
BATCH_TIMEOUT_SECONDS = 30.0


@contextmanager
def rasa_url(nlu_url: str | None) -> Iterator[str]:
    """`nlu_url`, or a Rasa server started from the trained model for the duration."""
    if nlu_url:
        yield nlu_url
        return
    from nlu.server import RasaServer, ensure_model, free_port

    with RasaServer(ensure_model(), free_port()) as server:
        yield server.url


@asynccontextmanager
async def _rasa_interpreter(url: str) -> AsyncIterator[RasaInterpreter]:
    """Rasa as the bot reads with it: blended with the in-process classifier."""
    from nlu.classifier_loader import load_installed_classifier

    client = RasaClient(url, BATCH_TIMEOUT_SECONDS)
    try:
        yield RasaInterpreter(client, in_process=scored_by(load_installed_classifier()))
    finally:
        await client.aclose()


async def _understand_with_rasa(url: str, texts: Sequence[str]) -> list[Understanding]:
    async with _rasa_interpreter(url) as interpreter:
        return [await interpreter.understand(text) for text in texts]


def understand_all(
    texts: Sequence[str], engine: EngineName, nlu_url: str | None
) -> list[Understanding]:
    """Understandings of `texts` in order. The Rasa engine never falls back silently."""
    if engine == "fallback":
        # Imported here: scikit-learn would cost every `tsunagu nlu …` command seconds.
        from nlu.fallback import FallbackClassifier

        classifier = FallbackClassifier.from_directory()
        return [classifier.understand_now(text) for text in texts]
    if engine == "baseline":
        from nlu.baseline import BaselineClassifier

        baseline = BaselineClassifier.from_directory()
        return [baseline.understand_now(text) for text in texts]
    with rasa_url(nlu_url) as url:
        return asyncio.run(_understand_with_rasa(url, texts))
