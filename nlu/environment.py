"""Rasa's own Python 3.10 environment, ``.venv-rasa``, built from pinned requirements."""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import subprocess
from pathlib import Path

log = logging.getLogger(__name__)

NLU_DIR = Path(__file__).resolve().parent
PROJECT_ROOT = NLU_DIR.parent
REQUIREMENTS = NLU_DIR / "requirements-rasa.txt"
RASA_PYTHON_VERSION = "3.10"
STAMP_NAME = ".tsunagu-requirements.sha256"


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


def _run(command: list[str]) -> str | None:
    try:
        result = subprocess.run(command, capture_output=True, text=True, check=True, timeout=60)
    except (OSError, subprocess.SubprocessError):
        return None
    return result.stdout.strip() or None


def find_python310() -> Path:
    """A Python 3.10: $TSUNAGU_PYTHON310, pyenv's, ``python3.10`` on PATH, or uv's."""
    candidates: list[str | None] = [os.environ.get("TSUNAGU_PYTHON310")]
    prefix = _run(["pyenv", "prefix", RASA_PYTHON_VERSION]) if shutil.which("pyenv") else None
    if prefix:
        candidates.append(str(Path(prefix.splitlines()[0]) / "bin" / "python"))
    candidates.append(shutil.which(f"python{RASA_PYTHON_VERSION}"))
    if shutil.which("uv"):
        candidates.append(_run(["uv", "python", "find", RASA_PYTHON_VERSION]))
    for candidate in candidates:
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
        and stamp.read_text().strip() == requirements_hash()
    )


def _pip_install(python: Path) -> None:
    command = [str(python), "-m", "pip", "install", "--disable-pip-version-check", "-q"]
    subprocess.run([*command, "--upgrade", "pip", "setuptools<71", "wheel"], check=True)
    subprocess.run([*command, "-r", str(REQUIREMENTS)], check=True)


def ensure_env(force: bool = False) -> Path:
    """Create or update ``.venv-rasa`` unless its requirements hash is unchanged."""
    if environment_is_current() and not force:
        return rasa_python()
    if not rasa_python().exists():
        base = find_python310()
        log.info("creating %s with %s", venv_dir(), base)
        subprocess.run([str(base), "-m", "venv", str(venv_dir())], check=True)
    try:
        _pip_install(rasa_python())
    except subprocess.CalledProcessError as error:
        raise RasaEnvironmentError(f"pip install into {venv_dir()} failed") from error
    (venv_dir() / STAMP_NAME).write_text(requirements_hash() + "\n")
    return rasa_python()


def require_env() -> Path:
    """The Rasa executable, or a clear error telling how to build the environment."""
    if not rasa_executable().exists():
        raise RasaEnvironmentError(f"{venv_dir()} is missing: run `uv run tsunagu nlu setup` first")
    return rasa_executable()
