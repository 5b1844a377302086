"""Failures a test can ask for: the next N calls of an operation answer 500 or 429, or
every call for the next N seconds does; every answer comes late (before LINE acts on the
call), or LINE acts at once and its answer is held back (the caller hears nothing while
the work is done)."""

from __future__ import annotations

import threading
import time
from collections import defaultdict, deque
from collections.abc import Callable

ERROR_BODIES = {
    429: "The API rate limit has been exceeded. Try again later.",
    500: "An error occurred on the server. Try again later.",
    503: "The service is temporarily unavailable.",
}


class Faults:
    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._planned: dict[str, deque[int]] = defaultdict(deque)
        self._failing: dict[str, tuple[float, int]] = {}
        self._delays: dict[str | None, float] = {}
        self._held: dict[str, float] = {}
        self._lock = threading.Lock()

    def fail_next(self, operation: str, count: int = 1, status: int = 500) -> None:
        """The next `count` calls of `operation` (an operationId, e.g. `pushMessage`)
        answer `status` and deliver nothing."""
        with self._lock:
            self._planned[operation].extend([status] * count)

    def fail_for(self, operation: str, seconds: float, status: int = 500) -> None:
        """Every call of `operation` in the next `seconds` answers `status` and delivers
        nothing; 0 undoes."""
        with self._lock:
            if seconds > 0:
                self._failing[operation] = (self._clock() + seconds, status)
            else:
                self._failing.pop(operation, None)

    def take_failure(self, operation: str) -> int | None:
        with self._lock:
            planned = self._planned.get(operation)
            if planned:
                return planned.popleft()
            until, status = self._failing.get(operation, (0.0, 0))
            return status if self._clock() < until else None

    def delay(self, seconds: float, operation: str | None = None) -> None:
        """Answer `operation` (or every operation when None) `seconds` late, acting on the
        call only then; 0 undoes."""
        with self._lock:
            if seconds > 0:
                self._delays[operation] = seconds
            else:
                self._delays.pop(operation, None)

    def delay_for(self, operation: str | None) -> float:
        with self._lock:
            return self._delays.get(operation, self._delays.get(None, 0.0))

    def hold_answers(self, seconds: float, operation: str) -> None:
        """Act on each call of `operation` at once but send its answer `seconds` later:
        a push is delivered while its caller still waits; 0 undoes and lets the answers
        held so far go."""
        with self._lock:
            if seconds > 0:
                self._held[operation] = seconds
            else:
                self._held.pop(operation, None)

    def held_for(self, operation: str | None) -> float:
        with self._lock:
            return self._held.get(operation or "", 0.0)

    def clear(self) -> None:
        with self._lock:
            self._planned.clear()
            self._failing.clear()
            self._delays.clear()
            self._held.clear()
