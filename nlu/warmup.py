"""What is left to do before Rasa answers here, and how long that usually takes.

Each step (building ``.venv-rasa``, training the model, starting the server) records how
long it took on this machine; until a step has been timed here, the figure measured on two
shared cores stands in for it. The demo's banner says what is still warming up with it.
"""

from __future__ import annotations

import contextlib
import json
import os
from typing import Literal

from nlu.environment import PROJECT_ROOT, environment_is_current
from nlu.model_store import current_model

Step = Literal["environment", "model", "server"]

DURATIONS_FILE = PROJECT_ROOT / "var" / "cache" / "nlu" / "rasa-durations.json"
# Measured on two shared cores under a load of 10-14: uv building the environment (31-82 s),
# `rasa train nlu` (347-428 s), `rasa run` until the model answers (82-210 s).
TYPICAL_SECONDS: dict[Step, float] = {"environment": 60.0, "model": 390.0, "server": 150.0}
STEP_NAMES: dict[Step, str] = {
    "environment": "building its environment",
    "model": "training its model",
    "server": "starting",
}


def last_durations() -> dict[str, float]:
    try:
        recorded = json.loads(DURATIONS_FILE.read_text())
    except (OSError, ValueError):
        return {}
    return {str(k): float(v) for k, v in recorded.items()} if isinstance(recorded, dict) else {}


def record_duration(step: Step, seconds: float) -> None:
    """Remember how long `step` took (a file that cannot be written only loses the figure)."""
    durations = {**last_durations(), step: round(seconds, 1)}
    with contextlib.suppress(OSError):
        DURATIONS_FILE.parent.mkdir(parents=True, exist_ok=True)
        partial = DURATIONS_FILE.with_suffix(f".{os.getpid()}.part")
        partial.write_text(json.dumps(durations, indent=1) + "\n")
        partial.replace(DURATIONS_FILE)


def steps_to_ready() -> list[Step]:
    steps: list[Step] = []
    if not environment_is_current():
        steps.append("environment")
    if not environment_is_current() or current_model() is None:
        steps.append("model")
    steps.append("server")
    return steps


def expected_seconds(steps: list[Step]) -> float:
    durations = last_durations()
    return sum(durations.get(step, TYPICAL_SECONDS[step]) for step in steps)


def human_duration(seconds: float) -> str:
    if seconds < 90:
        return f"{max(seconds, 1):.0f} s"
    return f"{seconds / 60:.0f} min"


def warmup_summary(steps: list[Step]) -> str:
    """E.g. "training its model, starting — usually about 5 min here"."""
    what = ", ".join(STEP_NAMES[step] for step in steps)
    return f"{what} — usually about {human_duration(expected_seconds(steps))}"
