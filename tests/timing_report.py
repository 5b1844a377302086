"""pytest hooks: at the end of a run, the time spent in each test directory (set-up, call
and tear-down of its tests, shared fixtures counted where they were first set up) and the
run's wall time, so a slow part of the suite shows; and pytest-timeout's limit per test
scaled by ``TSUNAGU_TEST_TIME_FACTOR`` (`tests/timing.py`)."""

from __future__ import annotations

import time
from collections import defaultdict

import pytest

from tests.timing import time_factor

_seconds: dict[str, float] = defaultdict(float)
_tests: dict[str, int] = defaultdict(int)
_started = time.monotonic()


def directory_of(nodeid: str) -> str:
    """ "tests/nlu/test_x.py::test_y" → "tests/nlu"."""
    path = nodeid.split("::", 1)[0]
    return path.rsplit("/", 1)[0] if "/" in path else path


def scale_timeouts(config: pytest.Config, items: list[pytest.Item]) -> None:
    factor = time_factor()
    limit = config.getoption("timeout", None) or config.getini("timeout")
    if factor == 1 or not limit:
        return
    for item in items:
        marker = item.get_closest_marker("timeout")
        seconds = float(marker.args[0]) if marker and marker.args else float(limit)
        item.add_marker(pytest.mark.timeout(seconds * factor), append=False)


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    directory = directory_of(report.nodeid)
    _seconds[directory] += report.duration
    if report.when == "call" or (report.when == "setup" and report.outcome != "passed"):
        _tests[directory] += 1


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not _seconds:
        return
    total = sum(_seconds.values())
    terminalreporter.write_sep("-", "time per test directory")
    for directory, seconds in sorted(_seconds.items(), key=lambda item: -item[1]):
        share = seconds / total if total else 0.0
        terminalreporter.write_line(
            f"{seconds:8.1f} s {share:6.1%} {_tests[directory]:5d} tests  {directory}"
        )
    wall = time.monotonic() - _started
    factor = time_factor()
    terminalreporter.write_line(
        f"{total:8.1f} s in tests, {wall:.1f} s wall"
        + (f" (TSUNAGU_TEST_TIME_FACTOR={factor:g})" if factor != 1 else "")
    )
