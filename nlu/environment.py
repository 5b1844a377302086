"""Rasa's own Python 3.10 environment, ``.venv-rasa``, built by uv from pinned requirements.

The environment carries a stamp of what it was built from (the requirements' hash and the
recipe below). While the stamp matches, nothing is installed again; when it does not, the
environment is rebuilt from scratch with ``uv venv`` + ``uv pip install``, which takes the
packages from uv's cache, so a rebuild after the first is a matter of seconds. The
installers' own output goes to ``var/log/rasa-setup.log``, never to the terminal.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

log = logging.getLogger(__name__)

NLU_DIR = Path(__file__).resolve().parent
PROJECT_ROOT = NLU_DIR.parent
REQUIREMENTS = NLU_DIR / "requirements-rasa.txt"
RASA_PYTHON_VERSION = "3.10"
STAMP_NAME = ".tsunagu-requirements.sha256"
# Part of the stamp: a change to how the environment is built rebuilds it once.
BUILD_RECIPE = "uv venv + uv pip install"
SETUP_LOG = PROJECT_ROOT / "var" / "log" / "rasa-setup.log"
INSTALL_TIMEOUT_SECONDS = 3600
SMOKE_TIMEOUT_SECONDS = 300


class RasaEnvironmentError(RuntimeError):
    """``.venv-rasa`` is missing or could not be built."""


def venv_dir() -> Path:
    return Path(os.environ.get("TSUNAGU_RASA_VENV", PROJECT_ROOT / ".venv-rasa"))


def rasa_python() -> Path:
    return venv_dir() / "bin" / "python"


def rasa_executable() -> Path:
    return venv_dir() / "bin" / "rasa"


def requirements_hash() -> str:
    return hashlib.sha256(REQUIREMENTS.read_bytes()).hexdigest()


def environment_stamp() -> str:
    """What a current environment's stamp says: the requirements' hash and the recipe."""
    return f"{requirements_hash()} {BUILD_RECIPE}"


def _run(command: list[str]) -> str | None:
    try:
        result = subprocess.run(command, capture_output=True, text=True, check=True, timeout=60)
    except (OSError, subprocess.SubprocessError):
        return None
    return result.stdout.strip() or None


def find_uv() -> Path:
    """uv: $TSUNAGU_UV (the Makefile sets it), ``uv`` on PATH, or scripts/ensure-uv.sh's."""
    candidates = [os.environ.get("TSUNAGU_UV"), shutil.which("uv")]
    ensure_uv = PROJECT_ROOT / "scripts" / "ensure-uv.sh"
    if not any(candidates) and ensure_uv.exists():
        candidates.append(_run([str(ensure_uv)]))
    for candidate in candidates:
        if candidate and Path(candidate).exists():
            return Path(candidate)
    raise RasaEnvironmentError("uv not found: set $TSUNAGU_UV or run scripts/ensure-uv.sh")


def _python310_candidates() -> Iterator[str | None]:
    yield os.environ.get("TSUNAGU_PYTHON310")
    prefix = _run(["pyenv", "prefix", RASA_PYTHON_VERSION]) if shutil.which("pyenv") else None
    if prefix:
        yield str(Path(prefix.splitlines()[0]) / "bin" / "python")
    yield shutil.which(f"python{RASA_PYTHON_VERSION}")
    if shutil.which("uv"):
        yield _run(["uv", "python", "find", RASA_PYTHON_VERSION])


def find_python310() -> Path:
    """A Python 3.10: $TSUNAGU_PYTHON310, pyenv's, ``python3.10`` on PATH, or uv's."""
    for candidate in _python310_candidates():
        if candidate and Path(candidate).exists():
            return Path(candidate)
    raise RasaEnvironmentError(
        "Python 3.10 not found (tried $TSUNAGU_PYTHON310, pyenv, python3.10, uv python find);"
        " install one, e.g. `uv python install 3.10`"
    )


def environment_is_current() -> bool:
    stamp = venv_dir() / STAMP_NAME
    return (
        rasa_executable().exists()
        and stamp.exists()
        and stamp.read_text().strip() == environment_stamp()
    )


def _logged(command: list[str], log_file: Path, timeout: float) -> None:
    """Run `command` with its output appended to `log_file`; a failure names the log."""
    with log_file.open("ab") as out:
        out.write(f"\n$ {' '.join(command)}\n".encode())
        out.flush()
        try:
            subprocess.run(
                command,
                stdout=out,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                check=True,
                timeout=timeout,
                cwd=PROJECT_ROOT,
                env={**os.environ, "VIRTUAL_ENV": str(venv_dir())},
            )
        except (OSError, subprocess.SubprocessError) as error:
            raise RasaEnvironmentError(
                f"`{Path(command[0]).name} {command[1]}` failed; see {log_file}"
            ) from error


def _build(uv: Path, python: Path, log_file: Path) -> None:
    target = venv_dir()
    if target.exists():
        shutil.rmtree(target)
    # --no-project: the project's own `requires-python` (>= 3.11) is not this environment's.
    _logged([str(uv), "venv", "--no-project", "--python", str(python), str(target)], log_file, 300)
    _logged(
        [str(uv), "pip", "install", "--python", str(rasa_python()), "-r", str(REQUIREMENTS)],
        log_file,
        INSTALL_TIMEOUT_SECONDS,
    )
    # The environment must really start Rasa (imports TensorFlow, spaCy, SQLAlchemy …).
    _logged([str(rasa_executable()), "--version"], log_file, SMOKE_TIMEOUT_SECONDS)


def ensure_env(force: bool = False, log_file: Path = SETUP_LOG) -> Path:
    """Build ``.venv-rasa`` unless its stamp says it holds these requirements already."""
    if environment_is_current() and not force:
        return rasa_python()
    log_file.parent.mkdir(parents=True, exist_ok=True)
    uv, python = find_uv(), find_python310()
    log.info("building %s with %s (log: %s)", venv_dir(), python, log_file)
    _build(uv, python, log_file)
    (venv_dir() / STAMP_NAME).write_text(environment_stamp() + "\n")
    return rasa_python()


def require_env() -> Path:
    """The Rasa executable, or a clear error telling how to build the environment."""
    if not rasa_executable().exists():
        raise RasaEnvironmentError(f"{venv_dir()} is missing: run `uv run tsunagu nlu setup` first")
    return rasa_executable()
