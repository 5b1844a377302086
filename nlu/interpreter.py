"""The port the runtime uses to understand a message, and the crisis rules' floor under
every interpreter. Which interpreter a worker gets: `nlu.interpreters`."""

from __future__ import annotations

from typing import Literal, Protocol

from nlu.types import Understanding

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
