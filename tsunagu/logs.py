"""Logging set-up. Log lines carry ids, counts and states — never a name, phone, address
or what a resident wrote.

Every record made in the process passes the scrubber when it is created (a record
factory, so the records of libraries and of uvicorn's own handlers are covered too):
phone numbers, postal codes, e-mail addresses and LINE user ids are masked, and
Japanese text — what residents write, names and addresses — is replaced by `[text]`.
Log messages themselves are written in English by the code.

Scrubbing takes time in proportion to the text (every pattern is linear: no pattern can
backtrack over a run it has already read), and a field longer than `FIELD_LIMIT`
characters is cut first, so a 1 MB URL in an access log line costs what 400 characters
cost."""

from __future__ import annotations

import logging
import re
import traceback
from pathlib import Path
from typing import Any

# What one field of a record (the template, an argument) may carry into the log; the
# message they make, and a traceback, may carry more.
FIELD_LIMIT = 400
MESSAGE_LIMIT = 2_000
TRACEBACK_LIMIT = 20_000
DIGIT = "[0-9０-９]"
SEPARATOR = r"(?:[-‐－―ー−()（）]|\s)"
PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    # A request's query (a console search: ?name=…&phone=…) and any percent-encoded text:
    # what a person typed, in a form the patterns below cannot read.
    (re.compile(r"(?<=[\w/])\?[^\s\"']+"), "?[query]"),
    (re.compile(r"(?:%[0-9A-Fa-f]{2})++"), "[encoded]"),
    # Starts only where a run of address characters starts, and never gives back what a
    # run took (possessive `++`): `[\w.+-]+@` alone retried every start of a long word.
    (re.compile(r"(?<![\w.+-])[\w.+-]++@[\w-]++(?:\.[\w-]++)+"), "[email]"),
    (re.compile(r"\bU[0-9a-f]{32}\b"), "U[line-user]"),
    (re.compile(rf"〒\s*{DIGIT}{{3}}{SEPARATOR}?{DIGIT}{{4}}"), "[postal]"),
    # A phone: grouped by separators (03-1234-5678, (086)803-1109, +81 90 1234 5678), or
    # 10–11 digits in a row starting with 0.
    (
        re.compile(
            rf"(?<![0-9０-９])(?:(?:\+81{SEPARATOR}|[0０]){DIGIT}{{1,4}}{SEPARATOR}"
            rf"{DIGIT}{{1,4}}{SEPARATOR}{DIGIT}{{3,4}}|[0０]{DIGIT}{{9,10}})(?![0-9０-９])"
        ),
        "[phone]",
    ),
    (
        re.compile(rf"(?<![0-9０-９]){DIGIT}{{3}}[-‐－]{DIGIT}{{4}}(?![0-9０-９-])"),
        "[postal]",
    ),
    # Hiragana, katakana, kanji and full-width forms: what people write, their names,
    # their addresses.
    (
        re.compile(r"[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uffef々〆〇]+"),
        "[text]",
    ),
)


# What may be part of a phone number, postal code, e-mail address or id: a cut inside
# one would leave a piece too short for its pattern to mask.
TOKEN_PUNCTUATION = frozenset(".+-@_‐－―ー−()（）〒")


def cut(text: str, limit: int = FIELD_LIMIT) -> str:
    """`text` up to `limit` characters; past that, the head without the token the cut went
    through (so no half a phone number stays unmasked), and how much was left out."""
    if len(text) <= limit:
        return text
    end = limit
    while end and (text[end - 1].isalnum() or text[end - 1] in TOKEN_PUNCTUATION):
        end -= 1
    return f"{text[:end]}…[{len(text) - end} more characters]"


def scrub(text: str, limit: int = FIELD_LIMIT) -> str:
    """`text`, cut to `limit` characters, with personal data masked."""
    text = cut(text, limit)
    for pattern, mask in PATTERNS:
        text = pattern.sub(mask, text)
    return text


def scrub_record(record: logging.LogRecord) -> logging.LogRecord:
    """Mask the message's template and arguments (keeping their shape, which some
    formatters rely on), then the resolved message, and the traceback text."""
    record.msg = scrub(record.msg) if isinstance(record.msg, str) else scrub(str(record.msg))
    if isinstance(record.args, tuple):
        record.args = tuple(_scrub_argument(argument) for argument in record.args)
    elif isinstance(record.args, dict):
        record.args = {key: _scrub_argument(value) for key, value in record.args.items()}
    try:
        message = record.getMessage()
    except Exception:  # a malformed call: keep the template, drop the arguments
        message, record.args = record.msg, None
    masked = scrub(message, MESSAGE_LIMIT)
    if masked != message:  # personal data only appeared once the arguments were joined
        record.msg, record.args = masked, None
    if record.exc_info and not record.exc_text:
        record.exc_text = "".join(traceback.format_exception(*record.exc_info)).rstrip("\n")
    if record.exc_text:
        record.exc_text = scrub(record.exc_text, TRACEBACK_LIMIT)
    return record


def _scrub_argument(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | float):
        return value
    text = str(value)
    masked = scrub(text)
    return value if masked == text and not isinstance(value, str) else masked


class PiiScrubber(logging.Filter):
    """A filter doing the same, for handlers configured elsewhere."""

    def filter(self, record: logging.LogRecord) -> bool:
        scrub_record(record)
        return True


def install_scrubber() -> None:
    """Make every log record of the process scrubbed at creation (idempotent)."""
    current = logging.getLogRecordFactory()
    if getattr(current, "_tsunagu_scrubs", False):
        return

    def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        return scrub_record(current(*args, **kwargs))

    factory._tsunagu_scrubs = True  # type: ignore[attr-defined]
    logging.setLogRecordFactory(factory)


def configure_logging(level: str = "INFO") -> None:
    install_scrubber()
    root = logging.getLogger()
    if not any(getattr(h, "_tsunagu", False) for h in root.handlers):
        handler: logging.Handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        handler.addFilter(PiiScrubber())
        handler._tsunagu = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    for handler in root.handlers:
        if getattr(handler, "_tsunagu", False):
            handler.setLevel(level)
    root.setLevel(level)
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)


class _AtLeast(logging.Filter):
    def __init__(self, level: int) -> None:
        super().__init__()
        self.level = level

    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno >= self.level


def divert_to_file(path: Path, terminal_level: int = logging.WARNING) -> None:
    """Keep every record in `path` (scrubbed like the terminal's) and show only
    `terminal_level` and above on the terminal: `tsunagu demo`'s terminal stays readable.
    Call after `configure_logging`; a later call of it leaves this in place."""
    root = logging.getLogger()
    for handler in root.handlers:
        if getattr(handler, "_tsunagu", False):
            handler.addFilter(_AtLeast(terminal_level))
    path.parent.mkdir(parents=True, exist_ok=True)
    to_file = logging.FileHandler(path, encoding="utf-8")
    to_file.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    to_file.addFilter(PiiScrubber())
    root.addHandler(to_file)
