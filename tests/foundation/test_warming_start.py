"""A server that has just started answers before its fallback classifier is loaded:
`/health` says the NLU is warming, a crisis gets its answer from the rules at once, and a
story sent meanwhile is answered, as the loaded classifier reads it, once it is ready —
through the real webhook, on the demo's parts and production's."""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections.abc import AsyncIterator
from typing import Any

import pytest

from nlu.classifier_loader import ClassifierLoader, load_installed_classifier
from nlu.fallback import FallbackClassifier
from tests.harness import Stack, quick_reply_data, running_stack
from tests.timing import budget

CARE_STORY = "母の介護で仕事を辞めて、家賃が払えなくなりそうです"
CRISIS = "もう死にたい"


class HeldLoad:
    """The installed classifier, loaded only once the test lets it (as a slow start)."""

    def __init__(self) -> None:
        self.released = threading.Event()

    def __call__(self) -> FallbackClassifier:
        self.released.wait(timeout=budget(300))
        return load_installed_classifier()


@pytest.fixture
def held() -> HeldLoad:
    return HeldLoad()


@pytest.fixture
async def warming_stack(parts: tuple[str, str | None], held: HeldLoad) -> AsyncIterator[Stack]:
    try:
        async with running_stack(*parts, classifier=ClassifierLoader(held)) as running:
            yield running
    finally:
        held.released.set()


def as_text(messages: list[dict[str, Any]]) -> str:
    return json.dumps(messages, ensure_ascii=False)


async def nlu_health(stack: Stack) -> tuple[int, str, str]:
    """(HTTP status, overall status, what reads messages in this process)."""
    response = await stack.http.get("/health")
    body = response.json()
    return response.status_code, body["status"], body["components"]["nlu"]["here"]


async def settled_health(stack: Stack) -> tuple[int, str, str]:
    """`nlu_health` once it reads the same twice, the cache's time apart."""
    deadline = time.monotonic() + budget(15)
    seen = await nlu_health(stack)
    while time.monotonic() < deadline:
        await asyncio.sleep(stack.settings.TSUNAGU_HEALTH_CACHE_SECONDS + 0.1)
        now = await nlu_health(stack)
        if now == seen:
            return now
        seen = now
    return seen


async def test_a_fresh_server_answers_while_its_classifier_loads_and_loses_nothing(
    warming_stack: Stack, held: HeldLoad
) -> None:
    stack = warming_stack
    assert await nlu_health(stack) == (200, "degraded", "warming")

    storyteller = "U-warming-story"
    await stack.follow(storyteller)
    welcome = await stack.replies(storyteller)
    await stack.tap(storyteller, quick_reply_data(welcome[-1], "相談する"))
    asked = await stack.replies(storyteller)
    assert "どんなことでお困りですか" in as_text(asked)
    await stack.say(storyteller, CARE_STORY)
    await stack.say("U-warming-crisis", CRISIS)

    crisis_answer = as_text(await stack.replies("U-warming-crisis"))
    assert "いのちの電話" in crisis_answer, "the crisis waited for the classifier"
    # The story came first and is still unanswered: it waits for the classifier.
    assert len(stack.delivered(storyteller)) == len(welcome) + len(asked)
    assert (await nlu_health(stack))[2] == "warming"

    held.released.set()
    story_answer = as_text(await stack.replies(storyteller))
    assert "でお困りなんですね" in story_answer and "介護" in story_answer
    # Loaded; no Rasa here. The health read just as the model loads may have timed its
    # database probe out (the load holds the interpreter for seconds on a busy machine,
    # and one reading is kept for TSUNAGU_HEALTH_CACHE_SECONDS): the state it settles in.
    assert await settled_health(stack) == (200, "degraded", "degraded")


async def test_a_classifier_that_cannot_load_leaves_the_crisis_rules_answering(
    parts: tuple[str, str | None],
) -> None:
    def broken() -> FallbackClassifier:
        raise OSError("the model file is unreadable")

    async with running_stack(*parts, classifier=ClassifierLoader(broken)) as stack:
        await stack.say("U-broken-crisis", CRISIS)
        crisis_answer = as_text(await stack.replies("U-broken-crisis"))
        assert "いのちの電話" in crisis_answer
        assert (await nlu_health(stack))[2] == "rules-only"


async def test_a_turn_given_up_while_the_classifier_loads_leaves_it_loading_for_the_rest(
    held: HeldLoad,
) -> None:
    """A turn cancelled while it waits (a worker stopping, a timeout) does not cancel the
    one load every other turn of the process waits for."""
    loader = ClassifierLoader(held)
    first = asyncio.create_task(loader.classifier())
    await asyncio.sleep(0.05)
    first.cancel()
    with pytest.raises(asyncio.CancelledError):
        await first
    assert loader.state() == "warming"
    held.released.set()
    classifier = await asyncio.wait_for(loader.classifier(), timeout=budget(120))
    assert isinstance(classifier, FallbackClassifier)
    assert loader.state() == "ready"


async def test_an_api_whose_workers_run_apart_loads_no_classifier_until_one_is_needed() -> None:
    """The api beside its workers runs no turns: it kept 40 MB of model and its objects
    (RSS 365 MB, goal 250; `bench/webhook_ack.py` prints it). It now loads nothing; a
    message that comes to need the classifier there loads it then."""
    from tsunagu.container import TurnParts

    calls: list[int] = []

    def counted() -> FallbackClassifier:
        calls.append(1)
        return load_installed_classifier()

    parts = TurnParts(ClassifierLoader(counted), "okayama")
    parts.start(turns_here=False)
    await asyncio.wait_for(parts.ready(), timeout=budget(60))
    await asyncio.sleep(0.5)
    assert parts.classifier.state() == "idle" and calls == []
    classifier = await asyncio.wait_for(parts.classifier.classifier(), timeout=budget(120))
    assert isinstance(classifier, FallbackClassifier) and calls == [1]
    assert parts.classifier.state() == "ready"
