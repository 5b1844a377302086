"""Trains the Rasa model when config, domain or data change (cached by their hash)."""

from __future__ import annotations

import hashlib
import logging
import os
import subprocess
from pathlib import Path

from nlu.environment import NLU_DIR, PROJECT_ROOT, require_env, requirements_hash

log = logging.getLogger(__name__)

MODELS_DIR = NLU_DIR / "models"
CONFIG = NLU_DIR / "config.yml"
DOMAIN = NLU_DIR / "domain.yml"
TRAINING_DIR = NLU_DIR / "data" / "nlu"
CRISIS_CASES = NLU_DIR / "data" / "crisis_cases.yml"
WRITTEN_CRISES = NLU_DIR / "data" / "crisis_written.yml"
COMPONENTS_DIR = NLU_DIR / "rasa_components"
MODEL_PREFIX = "nlu-"
TRAIN_LOG = PROJECT_ROOT / "var" / "log" / "rasa-train.log"


class TrainingError(RuntimeError):
    """``rasa train nlu`` failed."""


def _training_inputs() -> list[Path]:
    return [
        CONFIG,
        DOMAIN,
        *sorted(TRAINING_DIR.glob("*.yml")),
        CRISIS_CASES,
        WRITTEN_CRISES,
        *sorted(COMPONENTS_DIR.glob("*.py")),
    ]


def data_fingerprint() -> str:
    """A hash of config, domain, training files, custom components and the Rasa pins."""
    digest = hashlib.sha256()
    for path in _training_inputs():
        digest.update(path.relative_to(NLU_DIR).as_posix().encode())
        digest.update(b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    digest.update(requirements_hash().encode())
    return digest.hexdigest()[:20]


def model_path(fingerprint: str | None = None) -> Path:
    return MODELS_DIR / f"{MODEL_PREFIX}{fingerprint or data_fingerprint()}.tar.gz"


def current_model() -> Path | None:
    path = model_path()
    return path if path.exists() else None


def _remove_stale_models(keep: Path) -> None:
    for old in MODELS_DIR.glob(f"{MODEL_PREFIX}*.tar.gz"):
        if old != keep:
            old.unlink()


def train(force: bool = False, log_file: Path = TRAIN_LOG) -> Path:
    """The model for the current data: the cached one, or a freshly trained one (Rasa's
    own output goes to `log_file`)."""
    target = model_path()
    if target.exists() and not force:
        return target
    rasa = require_env()
    MODELS_DIR.mkdir(parents=True, exist_ok=True)
    command = [
        str(rasa),
        "train",
        "nlu",
        "--config",
        str(CONFIG),
        "--nlu",
        str(TRAINING_DIR),
        "--out",
        str(MODELS_DIR),
        "--fixed-model-name",
        target.name.removesuffix(".tar.gz"),
    ]
    log.info("training the Rasa model %s", target.name)
    # Rasa's own training cache keys a component on its config and the NLU data only; the
    # crisis cases the component reads from a path would not count. Our model name is the
    # hash of everything, so a model is trained only when something changed: train afresh.
    environment = {**os.environ, "RASA_MAX_CACHE_SIZE": "0"}
    log_file.parent.mkdir(parents=True, exist_ok=True)
    with log_file.open("wb") as out:
        result = subprocess.run(
            command,
            cwd=NLU_DIR,
            check=False,
            env=environment,
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )
    if result.returncode != 0 or not target.exists():
        raise TrainingError(f"rasa train nlu failed (exit {result.returncode}); see {log_file}")
    _remove_stale_models(keep=target)
    return target


def ensure_model() -> Path:
    return train(force=False)
