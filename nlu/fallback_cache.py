"""The trained fallback classifier kept on disk, keyed by its training data and code, so a
restarted worker is ready in a moment instead of training again."""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import joblib
import sklearn

from nlu.training_data import CRISIS_CASES, training_files

log = logging.getLogger(__name__)

CACHE_DIR = Path(__file__).resolve().parent.parent / "var" / "cache" / "nlu"
TRAINING_CODE = (
    Path(__file__).with_name("fallback.py"),
    Path(__file__).with_name("scores.py"),
    Path(__file__).parent / "rasa_components" / "crisis_heads.py",
)

Model = TypeVar("Model")


def fingerprint(data_dir: Path) -> str:
    """A hash of the training files (names and bytes), the crisis cases beside them, the
    training code and sklearn."""
    digest = hashlib.sha256(sklearn.__version__.encode())
    cases = data_dir.parent / CRISIS_CASES.name
    for path in [*training_files(data_dir), *([cases] if cases.exists() else []), *TRAINING_CODE]:
        digest.update(path.name.encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()[:20]


def cached(data_dir: Path, train: Callable[[], Model], cache_dir: Path = CACHE_DIR) -> Model:
    """The model trained on `data_dir`: from the cache when it holds this data's model,
    else freshly trained (and cached; a cache that cannot be written is only logged)."""
    path = cache_dir / f"fallback-{fingerprint(data_dir)}.joblib"
    if path.exists():
        try:
            model: Model = joblib.load(path)
            return model
        except Exception as error:
            log.warning("fallback classifier cache unreadable (%s); training", type(error).__name__)
    model = train()
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.part")
        joblib.dump(model, partial)
        partial.replace(path)
    except OSError as error:
        log.warning("fallback classifier not cached (%s)", type(error).__name__)
    return model
