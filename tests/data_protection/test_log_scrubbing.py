"""Log lines carry no personal data: the scrubber masks it whoever logs it, and the
session's log scan (tests/data_protection/session_guard.py) would catch what slips by."""

from __future__ import annotations

import logging
import uuid

import pytest

from tests.data_protection import fake_people as fake
from tests.data_protection.session_guard import findings, session_log_lines
from tests.harness import Stack
from tsunagu.logs import configure_logging, scrub


@pytest.mark.parametrize(
    ("said", "kept"),
    [
        (f"phone {fake.PHONE}", "phone [phone]"),
        ("phone 08043219876", "phone [phone]"),
        ("phone ０８０－４３２１－９８７６", "phone [phone]"),
        ("phone +81 80 4321 9876", "phone [phone]"),
        ("phone (086)803-1109", "phone ([phone]"),
        (f"zip {fake.POSTAL} and 〒7010221", "zip [postal] and [postal]"),
        (f"mail {fake.EMAIL}", "mail [email]"),
        (f"user U{'ab' * 16}", "user U[line-user]"),
        (f"said {fake.STORY}", "said [text]"),
        (f"name {fake.NAME} at {fake.ADDRESS}", "name [text] at [text]3-14"),
        (
            '"GET /console/cases?name=%E5%B1%B1%E7%94%B0&phone=%EF%BC%90%EF%BC%99 HTTP/1.1" 200',
            '"GET /console/cases?[query] HTTP/1.1" 200',
        ),
        ("GET /nothing/%E5%B1%B1%E7%94%B0 404", "GET /nothing/[encoded] 404"),
    ],
)
def test_personal_data_is_masked(said: str, kept: str) -> None:
    assert scrub(said) == kept


def test_ids_counts_and_times_are_left_alone() -> None:
    line = "case 000123 event 17 took 12.5 ms at 2026-11-23T09:30:00 (3 retries)"
    assert scrub(line) == line


def test_a_configured_process_masks_every_logger_and_traceback(
    caplog: pytest.LogCaptureFixture,
) -> None:
    configure_logging("INFO")
    library = logging.getLogger("some.library")
    with caplog.at_level(logging.INFO):
        library.info("sending %s to %s", fake.STORY, f"U{'c' * 32}")
        try:
            raise ValueError(f"bad phone {fake.PHONE}")
        except ValueError:
            library.exception("request failed")
    text = "\n".join(r.getMessage() + (r.exc_text or "") for r in caplog.records)
    assert "request failed" in text and "ValueError: bad phone [phone]" in text
    assert fake.STORY not in text and fake.PHONE not in text and "c" * 32 not in text


def test_the_log_scan_finds_what_a_careless_line_would_leak() -> None:
    lines = [
        "INFO bot.runtime: event 12 processed",
        f"INFO bot.x: resident typed {fake.PHONE}",
        f"WARNING api.y: {fake.NAME}",
        "INFO bot.z: reply to U" + "d" * 32,
    ]
    assert [line.split(" (")[0] for line in findings(lines)] == ["line 2", "line 3", "line 4"]


async def test_a_conversation_full_of_personal_data_logs_none_of_it(pg_stack: Stack) -> None:
    from tests.data_protection.resident_story import tell_everything

    before = len(session_log_lines())
    await tell_everything(pg_stack, "U" + uuid.uuid4().hex)
    lines = session_log_lines()[before:]
    assert any("handed off" in line for line in lines)  # the run did log, at INFO
    assert findings(lines) == []


def test_a_long_field_is_cut_and_no_piece_of_a_phone_stays_at_the_cut(
    caplog: pytest.LogCaptureFixture,
) -> None:
    configure_logging("INFO")
    # A phone number straddles the 400th character: the cut must not leave its head.
    path = "/console/" + "x" * 380 + "/" + fake.PHONE + "/" + "a" * 1_000_000
    with caplog.at_level(logging.INFO):
        logging.getLogger("some.server").info('%s - "GET %s HTTP/1.1" %d', "1.2.3.4", path, 404)
    (line,) = [m for m in (r.getMessage() for r in caplog.records) if "1.2.3.4" in m]
    assert len(line) < 600, len(line)
    assert line.startswith('1.2.3.4 - "GET /console/xxx') and "more characters]" in line
    assert fake.PHONE[:4] not in line.split("/")[-1]
