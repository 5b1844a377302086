"""What the NLU says about one message."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Engine = Literal["rasa", "fallback", "baseline", "rules"]
# `bubbles`: the rules on the person's last short messages read together (`crisis.raised_across`).
CrisisSource = Literal["rules", "model", "bubbles"]
CrisisDecision = Literal["flag", "unsure", "none"]


@dataclass(frozen=True, slots=True)
class Understanding:
    """Categories (multi-label), the main one, crisis flags, the conversation act.

    `act` is None when the message states a trouble; `primary` is None when it states
    none. `crisis` comes from the deterministic rules first; a model may only add to it.
    `crisis_sources` says, for each flag, which signal raised it (``rules``, ``model``,
    ``bubbles``).
    """

    text: str
    categories: tuple[str, ...] = ()
    primary: str | None = None
    crisis: tuple[str, ...] = ()
    act: str | None = None
    confidence: float = 0.0
    engine: Engine = "rules"
    scores: dict[str, float] = field(default_factory=dict)
    crisis_sources: dict[str, tuple[CrisisSource, ...]] = field(default_factory=dict)
    # Flags in the crisis model's middle band when none is raised: the bot asks.
    crisis_unsure: tuple[str, ...] = ()

    @property
    def is_crisis(self) -> bool:
        return bool(self.crisis)

    @property
    def crisis_decision(self) -> CrisisDecision:
        """``flag`` (hotlines and a staff alert), ``unsure`` (hotlines and a question), or
        ``none``."""
        if self.crisis:
            return "flag"
        return "unsure" if self.crisis_unsure else "none"

    @property
    def crisis_by_model_alone(self) -> tuple[str, ...]:
        """Flags the model raised where no rule matched: a likely crisis, not a certain one."""
        return tuple(f for f in self.crisis if self.crisis_sources.get(f) == ("model",))
