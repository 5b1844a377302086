"""Time budgets for tests that wait, scaled for slow machines.

A test that waits for something (a process to listen, a reply to arrive) waits for the
thing itself and keeps a budget only as a backstop against a hang. On a slow or shared
machine set ``TSUNAGU_TEST_TIME_FACTOR`` (e.g. ``3``): every budget, and pytest-timeout's
limit per test, is multiplied by it.
"""

from __future__ import annotations

import os

TIME_FACTOR_VARIABLE = "TSUNAGU_TEST_TIME_FACTOR"


def time_factor() -> float:
    raw = os.environ.get(TIME_FACTOR_VARIABLE, "").strip()
    if not raw:
        return 1.0
    try:
        factor = float(raw)
    except ValueError as error:
        raise ValueError(f"{TIME_FACTOR_VARIABLE} must be a number, not {raw!r}") from error
    if factor < 1:
        raise ValueError(f"{TIME_FACTOR_VARIABLE} must be at least 1, not {factor}")
    return factor


def budget(seconds: float) -> float:
    """`seconds` on a quiet machine, scaled by ``TSUNAGU_TEST_TIME_FACTOR``."""
    return seconds * time_factor()


def budget_ms(milliseconds: float) -> float:
    """`budget` for Playwright's timeouts, which are in milliseconds."""
    return milliseconds * time_factor()
