"""Rasa when it answers, the in-process fallback when it does not; crisis rules always.

The interpreter remembers whether Rasa was reachable. While Rasa is down it asks again
at most every `recheck_seconds` (on the next message, or when `state()` is read inside a
running event loop, e.g. by ``/health``), and switches back by itself once it answers.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable

from nlu.classifier_loader import ClassifierLoader
from nlu.crisis import detect_crisis
from nlu.interpreter import NluState
from nlu.rasa_client import RasaUnavailableError
from nlu.rasa_interpreter import RasaInterpreter
from nlu.types import Understanding

log = logging.getLogger(__name__)

DEFAULT_RECHECK_SECONDS = 5.0


class HybridInterpreter:
    def __init__(
        self,
        rasa: RasaInterpreter,
        fallback: ClassifierLoader,
        recheck_seconds: float = DEFAULT_RECHECK_SECONDS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._rasa = rasa
        self._fallback = fallback
        self._recheck_seconds = recheck_seconds
        self._clock = clock
        self._rasa_up = True
        self._last_failure = -float("inf")
        self._probe: asyncio.Task[None] | None = None

    def _retry_due(self) -> bool:
        return self._clock() - self._last_failure >= self._recheck_seconds

    def _mark_down(self, reason: str) -> None:
        if self._rasa_up:
            log.warning("rasa unreachable (%s): the fallback classifier answers", reason)
        self._rasa_up = False
        self._last_failure = self._clock()

    def _mark_up(self) -> None:
        if not self._rasa_up:
            log.info("rasa answers again: switching back from the fallback classifier")
        self._rasa_up = True

    async def understand(self, text: str) -> Understanding:
        crisis = detect_crisis(text)
        if self._rasa_up or self._retry_due():
            try:
                understanding = await self._rasa.understand(text)
            except RasaUnavailableError as error:
                self._mark_down(str(error))
            else:
                self._mark_up()
                return understanding
        return await self._fallback.understand(text, crisis)

    async def check(self) -> NluState:
        """Ask Rasa now whether it has a model loaded; update and return the state."""
        if await self._rasa.client.model_loaded():
            self._mark_up()
        else:
            self._mark_down("status check failed")
        return self.state()

    async def _run_probe(self) -> None:
        await self.check()

    def _schedule_probe(self) -> None:
        if self._probe is not None and not self._probe.done():
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return
        self._last_failure = self._clock()
        self._probe = loop.create_task(self._run_probe())

    def state(self) -> NluState:
        if not self._rasa_up and self._retry_due():
            self._schedule_probe()
        return "ok" if self._rasa_up else self._fallback.nlu_state(once_loaded="degraded")

    async def aclose(self) -> None:
        if self._probe is not None:
            self._probe.cancel()
        await self._rasa.client.aclose()
