"""Where a process spends its CPU, by phase of a turn: sampled with py-spy (on-CPU stacks
only, `--format raw`), each stack given to the phase of its innermost frame that names one.

Used by `bench/turns.py --profile DIR`, which also writes a flame graph per worker.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Final

PY_SPY: Final = Path(sys.executable).with_name("py-spy")
SAMPLES_PER_SECOND: Final = 250

# Innermost first wins: a stack in the database driver under a handler is database time.
PHASES: Final[tuple[tuple[str, tuple[str, ...]], ...]] = (
    ("database", ("/sqlalchemy/", "/asyncpg/", "cases/", "/alembic/")),
    ("LINE call", ("bot/line_api.py", "/linebot/", "/aiohttp/", "bot/delivery.py")),
    ("rendering", ("bot/render.py", "bot/said_in.py", "/pydantic/", "handlers/i18n.py")),
    ("NLU (client and rules)", ("nlu/", "/httpx/", "/httpcore/", "/sklearn/", "/numpy/")),
    ("queue and Redis", ("bot/queue.py", "/redis/", "bot/turn_lock.py")),
    ("conversation (handlers)", ("handlers/",)),
    ("logging", ("/logging/", "tsunagu/log")),
    ("worker loop", ("bot/",)),
)
OTHER: Final = "other (event loop, interpreter)"
# A thread waiting, sampled as if running: not CPU (an idle pool thread, the loop's poll).
WAITING: Final = ("concurrent/futures/thread.py:81", "selectors.py", "Condition.wait (")


def start(pid: int, seconds: float, out: Path, *, flame: bool) -> subprocess.Popen[bytes]:
    """py-spy sampling `pid` for `seconds` into `out` (raw stacks, or an SVG flame graph)."""
    return subprocess.Popen(
        [
            str(PY_SPY),
            "record",
            "--pid",
            str(pid),
            "--duration",
            str(max(1, round(seconds))),
            "--rate",
            str(SAMPLES_PER_SECOND),
            "--nonblocking",
            "--full-filenames",
            "--format",
            "flamegraph" if flame else "raw",
            "--output",
            str(out),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def tidy(svg: Path) -> None:
    """The flame graph's file names without this machine's folders (the checkout, the
    virtual environment, the Python installation)."""
    root = Path(__file__).resolve().parents[1]
    prefixes = sorted(
        {f"{site}/" for site in sys.path if site.endswith("site-packages")}
        | {f"{Path(os.__file__).parent}/", f"{root}/"},
        key=len,
        reverse=True,
    )
    text = svg.read_text(errors="replace")
    for prefix in prefixes:
        text = text.replace(prefix, "")
    svg.write_text(text)


def phase_of(stack: str) -> str:
    """The phase of one collapsed stack (`outer;…;inner`)."""
    for frame in reversed(stack.split(";")):
        for phase, marks in PHASES:
            if any(mark in frame for mark in marks):
                return phase
    return OTHER


def waiting(stack: str) -> bool:
    """The innermost frame is a wait, not work."""
    inner = stack.rsplit(";", 1)[-1]
    return any(mark in inner for mark in WAITING)


def phases(raw_files: Iterable[Path]) -> Counter[str]:
    """Samples per phase over py-spy raw files (`stack count` per line)."""
    counted: Counter[str] = Counter()
    for path in raw_files:
        if not path.exists():
            continue
        for line in path.read_text(errors="replace").splitlines():
            stack, _, count = line.rpartition(" ")
            if stack and count.isdigit() and not waiting(stack):
                counted[phase_of(stack)] += int(count)
    return counted
