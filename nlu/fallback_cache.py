"""The trained fallback classifier kept on disk, keyed by its training data and code.

`make install` fills it (`tsunagu nlu fallback`), so a server or worker loads it in a
moment at start-up instead of training."""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Callable
from importlib.metadata import version
from pathlib import Path
from typing import Any, TypeVar

from nlu.training_data import DATA_DIR, crisis_case_files, training_files

log = logging.getLogger(__name__)

CACHE_DIR = Path(__file__).resolve().parent.parent / "var" / "cache" / "nlu"
TRAINING_CODE = (
    Path(__file__).with_name("fallback.py"),
    Path(__file__).with_name("scores.py"),
    Path(__file__).with_name("linear.py"),
    Path(__file__).parent / "rasa_components" / "crisis_heads.py",
)

Model = TypeVar("Model")
# The models this process has read, by the path their data's fingerprint names: a model is
# only read from (predictions), so one copy serves every service built in the process
# (tens of test stacks; a server builds one). A new fingerprint is a new path.
_LOADED: dict[Path, Any] = {}


def fingerprint(data_dir: Path) -> str:
    """A hash of the training files (names and bytes), the crisis case files beside them, the
    training code and sklearn."""
    # The installed version, read without importing scikit-learn (seconds on a busy machine).
    digest = hashlib.sha256(version("scikit-learn").encode())
    for path in [*training_files(data_dir), *crisis_case_files(data_dir), *TRAINING_CODE]:
        digest.update(path.name.encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()[:20]


def cache_path(data_dir: Path = DATA_DIR, cache_dir: Path = CACHE_DIR) -> Path:
    """Where the model trained on `data_dir` is kept."""
    return cache_dir / f"fallback-{fingerprint(data_dir)}.joblib"


def cached(data_dir: Path, train: Callable[[], Model], cache_dir: Path = CACHE_DIR) -> Model:
    """The model trained on `data_dir`: from the cache when it holds this data's model,
    else freshly trained (and cached; a cache that cannot be written is only logged)."""
    import joblib

    path = cache_path(data_dir, cache_dir)
    if path in _LOADED:  # loaded once per process: every service built here shares it
        return _LOADED[path]  # type: ignore[no-any-return]
    if path.exists():
        try:
            model: Model = joblib.load(path)
            _LOADED[path] = model
            return model
        except Exception as error:
            log.warning("fallback classifier cache unreadable (%s); training", type(error).__name__)
    model = train()
    try:
        cache_dir.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.part")
        joblib.dump(model, partial)
        partial.replace(path)
        _remove_stale(cache_dir, keep=path)
    except OSError as error:
        log.warning("fallback classifier not cached (%s)", type(error).__name__)
    return model


def _remove_stale(cache_dir: Path, keep: Path) -> None:
    for old in cache_dir.glob("fallback-*.joblib"):
        if old != keep:
            old.unlink(missing_ok=True)
