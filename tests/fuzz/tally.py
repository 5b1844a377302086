"""Drawing fuzz cases with Hypothesis, and the tally of cases sent and 5xx answers that
`tests/fuzz/conftest.py` prints at the end of the run (kept here, in a module the tests
and the conftest both import under one name)."""

from __future__ import annotations

import os
from collections import Counter
from typing import TypeVar

import httpx
from hypothesis import HealthCheck, given, settings
from hypothesis.strategies import SearchStrategy

# Cases per test scale with TSUNAGU_FUZZ_SCALE (1.0: the ≥ 20,000 cases of a full run).
SCALE = float(os.environ.get("TSUNAGU_FUZZ_SCALE", "1.0"))
CASES: Counter[str] = Counter()
SERVER_ERRORS: Counter[str] = Counter()
T = TypeVar("T")


def drawn(strategy: SearchStrategy[T], count: int) -> list[T]:
    """`count` (scaled) values Hypothesis draws from `strategy`, edge cases included. They
    are drawn first and sent afterwards, so a test can send them on its own event loop
    and check the state of the app when all were sent."""
    values: list[T] = []

    @settings(
        max_examples=max(1, int(count * SCALE)),
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(strategy)
    def collect(value: T) -> None:
        values.append(value)

    collect()
    return values


def assert_no_server_errors(target: str, answers: list[tuple[int, object]]) -> None:
    """Every answer below 500; else the first few cases that got one."""
    failures = [(status, repr(case)[:300]) for status, case in answers if status >= 500]
    assert not failures, f"{len(failures)} {target} case(s) answered 5xx: {failures[:3]}"


def counted(target: str, response: httpx.Response) -> httpx.Response:
    """Count the case; remember a 5xx (the test asserts on the response itself)."""
    CASES[target] += 1
    if response.status_code >= 500:
        SERVER_ERRORS[target] += 1
    return response
