"""Failures a test can ask for: the next N calls of an operation answer 500 or 429, or
every answer comes late."""

from __future__ import annotations

import threading
from collections import defaultdict, deque

ERROR_BODIES = {
    429: "The API rate limit has been exceeded. Try again later.",
    500: "An error occurred on the server. Try again later.",
    503: "The service is temporarily unavailable.",
}


class Faults:
    def __init__(self) -> None:
        self._planned: dict[str, deque[int]] = defaultdict(deque)
        self._delays: dict[str | None, float] = {}
        self._lock = threading.Lock()

    def fail_next(self, operation: str, count: int = 1, status: int = 500) -> None:
        """The next `count` calls of `operation` (an operationId, e.g. `pushMessage`)
        answer `status` and deliver nothing."""
        with self._lock:
            self._planned[operation].extend([status] * count)

    def take_failure(self, operation: str) -> int | None:
        with self._lock:
            planned = self._planned.get(operation)
            return planned.popleft() if planned else None

    def delay(self, seconds: float, operation: str | None = None) -> None:
        """Answer `operation` (or every operation when None) `seconds` late; 0 undoes."""
        with self._lock:
            if seconds > 0:
                self._delays[operation] = seconds
            else:
                self._delays.pop(operation, None)

    def delay_for(self, operation: str | None) -> float:
        with self._lock:
            return self._delays.get(operation, self._delays.get(None, 0.0))

    def clear(self) -> None:
        with self._lock:
            self._planned.clear()
            self._delays.clear()
