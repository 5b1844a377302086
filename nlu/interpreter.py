"""The port the runtime uses to understand a message."""

from __future__ import annotations

from typing import Literal, Protocol

from nlu.crisis import detect_crisis
from nlu.types import Understanding

NluState = Literal["ok", "degraded", "rules-only"]


class Interpreter(Protocol):
    async def understand(self, text: str) -> Understanding: ...

    def state(self) -> NluState:
        """What answers now, as last seen (no I/O)."""
        ...

    async def check(self) -> NluState:
        """Ask the model server now (a cheap status call), and say what answers."""
        ...


class RulesInterpreter:
    """Crisis rules only: the floor every other interpreter stands on."""

    async def understand(self, text: str) -> Understanding:
        crisis = detect_crisis(text)
        return Understanding(
            text=text,
            crisis=crisis,
            crisis_sources={flag: ("rules",) for flag in crisis},
            confidence=1.0 if crisis else 0.0,
        )

    def state(self) -> NluState:
        return "rules-only"

    async def check(self) -> NluState:
        return self.state()


def build_interpreter(nlu_url: str | None, timeout: float) -> Interpreter:
    """Rasa at `nlu_url` backed by the fallback classifier; without a URL, the fallback
    alone (state "degraded"). Crisis rules run first in every case."""
    from nlu.fallback import FallbackClassifier, FallbackInterpreter

    classifier = FallbackClassifier.from_directory()
    if not nlu_url:
        return FallbackInterpreter(classifier)
    from nlu.hybrid import HybridInterpreter
    from nlu.rasa_client import RasaClient
    from nlu.rasa_interpreter import RasaInterpreter

    return HybridInterpreter(RasaInterpreter(RasaClient(nlu_url, timeout)), classifier)
