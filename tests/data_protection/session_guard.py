"""Test-session set-up for data protection, used by `tests/conftest.py`:

- personal data is encrypted at rest in every test, with a fixed test key;
- every log line the suite produces (at DEBUG for the project's own loggers) is written
  to one file, and at the end of the session that file (with the logs of the processes
  the tests started, see `watch_log_dir`) is scanned for the personal data
  the tests typed (`fake_people.KNOWN_PII`) and for anything shaped like a phone number,
  an e-mail address, a LINE user id or Japanese text. A finding fails the run."""

from __future__ import annotations

import base64
import logging
import os
import re
import tempfile
from pathlib import Path
from typing import Any

import pytest

from cases.encryption import install_keyring, parse_keyring
from tests.data_protection.fake_people import KNOWN_PII

TEST_DATA_KEYS = "test1:" + base64.b64encode(bytes(range(32))).decode()
PROJECT_LOGGERS = ("api", "bot", "cases", "directory", "handlers", "nlu", "tsunagu")
LOG_FILE = Path(tempfile.gettempdir()) / f"tsunagu-test-logs-{os.getpid()}.log"
PROCESS_LOG_DIRS: list[Path] = []
_SCAN_KEY = "tsunagu_log_scan"

SHAPES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("phone", re.compile(r"(?<!\d)0\d{1,4}-\d{1,4}-\d{4}(?!\d)|(?<!\d)0[789]0\d{8}(?!\d)")),
    ("e-mail", re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")),
    ("LINE user id", re.compile(r"U[0-9a-f]{32}")),
    ("Japanese text", re.compile(r"[ぁ-んァ-ヶ一-龯]")),
)


class _SessionLog(logging.FileHandler):
    """Writes every record with its traceback; reopens if logging set-up closed it."""

    def __init__(self) -> None:
        super().__init__(LOG_FILE, mode="a", encoding="utf-8", delay=True)
        self.setLevel(logging.DEBUG)
        self.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))


def prepare_session() -> None:
    os.environ.setdefault("TSUNAGU_DATA_KEYS", TEST_DATA_KEYS)
    install_keyring(parse_keyring(os.environ["TSUNAGU_DATA_KEYS"]))
    LOG_FILE.unlink(missing_ok=True)
    root = logging.getLogger()
    if not any(isinstance(h, _SessionLog) for h in root.handlers):
        root.addHandler(_SessionLog())
    for name in PROJECT_LOGGERS:
        logging.getLogger(name).setLevel(logging.DEBUG)


def findings(lines: list[str]) -> list[str]:
    """Each line that carries personal data, with what was found."""
    found = []
    for number, line in enumerate(lines, start=1):
        hits = [piece for piece in KNOWN_PII if piece in line]
        hits += [what for what, shape in SHAPES if shape.search(line)]
        if hits:
            found.append(f"line {number} ({', '.join(hits)}): {line[:200]}")
    return found


def session_log_lines() -> list[str]:
    for handler in logging.getLogger().handlers:
        if isinstance(handler, _SessionLog):
            handler.flush()
    if not LOG_FILE.exists():
        return []
    return LOG_FILE.read_text(encoding="utf-8").splitlines()


def watch_log_dir(directory: Path) -> None:
    """Scan the logs of processes a test started (`tsunagu serve`, `tsunagu worker`…)
    in `directory` at the end of the session too."""
    PROCESS_LOG_DIRS.append(directory)


def process_log_lines() -> list[str]:
    lines: list[str] = []
    for directory in PROCESS_LOG_DIRS:
        for log in sorted(directory.glob("*.log")):
            lines += log.read_text(encoding="utf-8", errors="replace").splitlines()
    return lines


def _scan() -> dict[str, Any]:
    lines = session_log_lines()
    process_lines = process_log_lines()
    found = findings(lines) + [f"process log {f}" for f in findings(process_lines)]
    if not found:
        LOG_FILE.unlink(missing_ok=True)
    return {
        "lines": len(lines),
        "process_lines": len(process_lines),
        "found": found,
        "file": str(LOG_FILE),
    }


_WORKER_SCANS: list[dict[str, Any]] = []


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node: Any, error: Any) -> None:
    """Under pytest-xdist each worker process scans its own log and sends the result
    here; the run fails on the controller if any worker found personal data."""
    scan = getattr(node, "workeroutput", {}).get(_SCAN_KEY)
    if scan is not None:
        _WORKER_SCANS.append(scan)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    config = session.config
    scan = _scan()
    if hasattr(config, "workeroutput"):  # an xdist worker: the controller reports
        config.workeroutput[_SCAN_KEY] = scan
        return
    scans = [scan, *_WORKER_SCANS]
    found = [finding for each in scans for finding in each["found"]]
    reporter = config.pluginmanager.get_plugin("terminalreporter")
    if reporter is not None:
        lines = sum(each["lines"] for each in scans)
        process_lines = sum(each["process_lines"] for each in scans)
        files = ", ".join(each["file"] for each in scans if each["found"]) or "none kept"
        reporter.write_line(
            f"log scan: {lines} log line(s) of this run ({len(scans)} process(es)) and "
            f"{process_lines} of the processes it started checked for personal data, "
            f"{len(found)} finding(s) (logs kept: {files})"
        )
        for finding in found[:50]:
            reporter.write_line("  " + finding, red=True)
    if found:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
