"""The fallback classifier into its on-disk cache, importing nothing beyond the NLU.

``tsunagu nlu fallback`` (run by ``make install``) calls `build`; the demo runs
``python -m nlu.build_fallback`` beside its own start-up, so the two overlap.
"""

from __future__ import annotations

import time
from pathlib import Path


def build() -> tuple[Path, float | None]:
    """(where the classifier is kept, seconds spent training it — None when it was kept)."""
    from nlu.fallback_cache import cache_path

    path = cache_path()
    if path.exists():
        return path, None
    from nlu.fallback import FallbackClassifier

    started = time.monotonic()
    FallbackClassifier.from_directory()
    return path, time.monotonic() - started


def describe(path: Path, seconds: float | None) -> str:
    if seconds is None:
        return f"fallback classifier is up to date: {path}"
    return f"trained the fallback classifier in {seconds:.0f} s: {path}"


if __name__ == "__main__":
    print(describe(*build()), flush=True)
