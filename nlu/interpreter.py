"""The port the runtime uses to understand a message."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Protocol

from nlu.crisis import detect_crisis
from nlu.types import Understanding

if TYPE_CHECKING:
    from nlu.classifier_loader import ClassifierLoader

# "warming": the fallback classifier is still loading after the start (messages wait for
# it; a crisis does not).
NluState = Literal["ok", "degraded", "warming", "rules-only"]


class Interpreter(Protocol):
    async def understand(self, text: str) -> Understanding: ...

    def state(self) -> NluState:
        """What answers now, as last seen (no I/O)."""
        ...

    async def check(self) -> NluState:
        """Ask the model server now (a cheap status call), and say what answers."""
        ...


def rules_understanding(text: str, crisis: tuple[str, ...]) -> Understanding:
    """What the crisis rules alone make of `text` (`crisis`: the flags they found)."""
    return Understanding(
        text=text,
        crisis=crisis,
        crisis_sources={flag: ("rules",) for flag in crisis},
        confidence=1.0 if crisis else 0.0,
    )


class RulesInterpreter:
    """Crisis rules only: the floor every other interpreter stands on."""

    async def understand(self, text: str) -> Understanding:
        return rules_understanding(text, detect_crisis(text))

    def state(self) -> NluState:
        return "rules-only"

    async def check(self) -> NluState:
        return self.state()


def build_interpreter(
    nlu_url: str | None, timeout: float, loader: ClassifierLoader | None = None
) -> Interpreter:
    """Rasa at `nlu_url` backed by the fallback classifier; without a URL, the fallback
    alone (state "degraded"). Crisis rules run first in every case. The classifier comes
    from `loader` (by default the installed one), which loads it beside the server."""
    from nlu.classifier_loader import ClassifierLoader, FallbackInterpreter

    loader = loader or ClassifierLoader()
    if not nlu_url:
        return FallbackInterpreter(loader)
    from nlu.hybrid import HybridInterpreter
    from nlu.rasa_client import RasaClient
    from nlu.rasa_interpreter import RasaInterpreter

    rasa = RasaInterpreter(RasaClient(nlu_url, timeout), in_process=loader.scores_if_loaded)
    return HybridInterpreter(rasa, loader)
