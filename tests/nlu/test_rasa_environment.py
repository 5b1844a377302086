"""`.venv-rasa` is built by uv, kept while its pins are unchanged, and rebuilt from scratch
when they change; the installers' output goes to a log file. A stand-in `uv` records what
it is asked to do (the real build is `make rasa`'s, which the Rasa tests then use)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from nlu import environment
from nlu.environment import RasaEnvironmentError, ensure_env, environment_is_current

FAKE_UV = """#!/usr/bin/env bash
echo "$*" >> "{calls}"
echo "uv output that belongs in the log"
case "$1 $2" in
  "venv --no-project")
    target="${{@: -1}}"
    mkdir -p "$target/bin"
    ln -sf "{python}" "$target/bin/python" ;;
  "pip install")
    [ -e "{fail}" ] && {{ echo "no matching distribution" ; exit 1 ; }}
    printf '#!/bin/sh\\necho "Rasa Version 3.6.21"\\n' > "$VIRTUAL_ENV/bin/rasa"
    chmod +x "$VIRTUAL_ENV/bin/rasa" ;;
esac
"""


@pytest.fixture
def stand_in(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    paths = {
        "calls": tmp_path / "uv-calls.txt",
        "fail": tmp_path / "fail-the-install",
        "venv": tmp_path / "venv-rasa",
        "log": tmp_path / "rasa-setup.log",
    }
    uv = tmp_path / "uv"
    uv.write_text(FAKE_UV.format(calls=paths["calls"], python=sys.executable, fail=paths["fail"]))
    uv.chmod(0o755)
    monkeypatch.setenv("TSUNAGU_UV", str(uv))
    monkeypatch.setenv("TSUNAGU_PYTHON310", sys.executable)
    monkeypatch.setenv("TSUNAGU_RASA_VENV", str(paths["venv"]))
    return paths


def uv_calls(paths: dict[str, Path]) -> list[str]:
    calls = paths["calls"]
    return calls.read_text().splitlines() if calls.exists() else []


def test_a_first_build_installs_the_pins_with_uv_and_logs_its_output(
    stand_in: dict[str, Path], capfd: pytest.CaptureFixture[str]
) -> None:
    ensure_env(log_file=stand_in["log"])
    calls = uv_calls(stand_in)
    assert calls[0].startswith("venv --no-project --python ")
    assert calls[1].startswith("pip install ") and calls[1].endswith(
        f"-r {environment.REQUIREMENTS}"
    )
    assert environment_is_current()
    log = stand_in["log"].read_text()
    assert "uv output that belongs in the log" in log and "Rasa Version 3.6.21" in log
    assert capfd.readouterr().out == ""


def test_an_unchanged_environment_is_not_built_again(stand_in: dict[str, Path]) -> None:
    ensure_env(log_file=stand_in["log"])
    calls = uv_calls(stand_in)
    ensure_env(log_file=stand_in["log"])
    assert uv_calls(stand_in) == calls


def test_new_pins_rebuild_the_environment_from_scratch(
    stand_in: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ensure_env(log_file=stand_in["log"])
    leftover = stand_in["venv"] / "lib" / "left-by-the-old-pins"
    leftover.parent.mkdir(parents=True)
    leftover.touch()
    newer = tmp_path / "requirements-rasa.txt"
    newer.write_text(environment.REQUIREMENTS.read_text() + "tzdata==2026.1\n")
    monkeypatch.setattr(environment, "REQUIREMENTS", newer)
    assert not environment_is_current()
    ensure_env(log_file=stand_in["log"])
    assert environment_is_current() and not leftover.exists()
    assert len(uv_calls(stand_in)) == 4


def test_a_failed_install_names_the_log_and_is_tried_again_next_time(
    stand_in: dict[str, Path],
) -> None:
    stand_in["fail"].touch()
    with pytest.raises(RasaEnvironmentError, match=r"rasa-setup\.log"):
        ensure_env(log_file=stand_in["log"])
    assert "no matching distribution" in stand_in["log"].read_text()
    assert not environment_is_current()
    stand_in["fail"].unlink()
    ensure_env(log_file=stand_in["log"])
    assert environment_is_current()
