"""The fallback classifier, loaded beside a running server instead of before it.

Importing scikit-learn and reading the trained model from `var/cache/nlu` take seconds of
CPU. A server starts loading it in a thread once it runs, so `/health` and the webhook
answer from the first second; a message that needs the classifier before then waits for
it (nothing is lost or answered worse), and a crisis, which the rules find without any
model, is answered at once. Importing this module imports no scikit-learn.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import TYPE_CHECKING, Literal

from nlu.crisis import detect_crisis
from nlu.interpreter import NluState, rules_understanding
from nlu.romaji import read_as_japanese
from nlu.scores import Scores, decode
from nlu.types import Understanding

if TYPE_CHECKING:
    from nlu.fallback import FallbackClassifier

log = logging.getLogger(__name__)

# `idle`: not loaded, and not to be unless a message needs it (a process that runs no
# turns: the api beside its workers).
LoadState = Literal["warming", "ready", "failed", "idle"]


def load_installed_classifier() -> FallbackClassifier:
    """The classifier `make install` trained (trained here if the cache lacks it)."""
    from nlu.fallback import FallbackClassifier

    return FallbackClassifier.from_directory()


class ClassifierLoader:
    """Loads the classifier once, in its own thread; `classifier()` awaits it."""

    def __init__(self, load: Callable[[], FallbackClassifier] = load_installed_classifier):
        self._load = load
        self._future: Future[FallbackClassifier] = Future()
        self._started = False
        self._needed = True
        self._lock = threading.Lock()

    def not_needed_here(self) -> None:
        """This process runs no turns: do not load it unless a message comes to need it
        (some 40 MB of model and its objects kept out of the process)."""
        self._needed = False

    def start(self) -> None:
        """Begin loading (once; later calls do nothing)."""
        with self._lock:
            if self._started:
                return
            self._started = True
        threading.Thread(target=self._run, name="classifier-loader", daemon=True).start()

    def _run(self) -> None:
        if self._future.cancelled():
            return
        try:
            classifier = self._load()
        except BaseException as error:
            log.error("the fallback classifier could not be loaded (%s)", type(error).__name__)
            if not self._future.cancelled():
                self._future.set_exception(error)
        else:
            if not self._future.cancelled():
                self._future.set_result(classifier)

    def when_loaded(self, then: Callable[[], None]) -> None:
        """Call `then` (in the loading thread) once the load has ended, loaded or not."""
        self._future.add_done_callback(lambda _: then())

    def state(self) -> LoadState:
        if not self._needed and not self._started:
            return "idle"
        if not self._future.done():
            return "warming"
        return "failed" if self._future.exception() is not None else "ready"

    async def scores_if_loaded(self, text: str) -> Scores | None:
        """The classifier's scores for `text`, or None while it is not loaded (a reading
        that can do without them does not wait: `nlu.rasa_interpreter`)."""
        if self.state() != "ready":
            self.start()
            return None
        return (await self.classifier()).scores(text)

    async def classifier(self) -> FallbackClassifier:
        """The classifier, once loaded (loading starts now if it had not)."""
        self.start()
        # Shielded: a turn cancelled while it waits must not cancel the load every other
        # turn of the process waits for.
        return await asyncio.shield(asyncio.wrap_future(self._future))

    async def understand(self, text: str, crisis: tuple[str, ...]) -> Understanding:
        """The classifier's reading of `text`, waiting for it to load. A crisis the rules
        found (`crisis`) does not wait: the rules answer it while the classifier loads,
        and answer everything if it cannot be loaded."""
        text = read_as_japanese(text)
        if crisis and self.state() != "ready":
            return rules_understanding(text, crisis)
        try:
            classifier = await self.classifier()
        except Exception:
            return rules_understanding(text, crisis)
        return decode(text, classifier.scores(text), crisis, "fallback", classifier.threshold)

    def nlu_state(self, once_loaded: NluState) -> NluState:
        """What answers when the classifier does: `once_loaded` when it is loaded."""
        state = self.state()
        if state == "warming":
            return "warming"
        return "rules-only" if state == "failed" else once_loaded


class FallbackInterpreter:
    """The fallback classifier alone, as an `Interpreter` (state: degraded, "warming"
    while it loads)."""

    def __init__(self, loader: ClassifierLoader) -> None:
        self._loader = loader

    async def understand(self, text: str) -> Understanding:
        return await self._loader.understand(text, detect_crisis(text))

    def state(self) -> NluState:
        return self._loader.nlu_state(once_loaded="degraded")

    async def check(self) -> NluState:
        return self.state()
