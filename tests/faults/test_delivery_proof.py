"""An answer counts as delivered only on LINE's proof (a 200, or a 409 to the push's retry
key), never on a refused reply token: every failure point of docs/architecture.md's
"Delivery you can prove" that a test can reach through the webhook and the emulator, on
the demo's parts (SQLite) and production's (PostgreSQL, Redis)."""

from __future__ import annotations

import asyncio
import contextlib
import uuid
from collections.abc import AsyncIterator
from typing import Any

import pytest
from sqlalchemy import select

from cases.models import DeliveryAttempt, ReceivedEvent
from tests.conftest import available_redis_url, truncate_all
from tests.harness import Stack, running_stack

pytestmark = [pytest.mark.faults]

WELCOME = 2  # messages in the answer to a follow
QUICK_SWEEP = {"TSUNAGU_SWEEP_SECONDS": 1, "TSUNAGU_SWEEP_STALE_SECONDS": 2}
# Most rows of the table are about the reply token, so most tests here run `reply-first`;
# the default, `push-only`, has its own fixture below.
REPLY_FIRST = {"LINE_ANSWER_DELIVERY": "reply-first"}


@contextlib.asynccontextmanager
async def _stack(request: pytest.FixtureRequest, **overrides: Any) -> AsyncIterator[Stack]:
    if request.param == "embedded":
        async with running_stack(request.getfixturevalue("sqlite_url"), **overrides) as stack:
            yield stack
    else:
        pg = request.getfixturevalue("postgres_database")
        await truncate_all(pg)
        async with running_stack(pg, available_redis_url(), **overrides) as stack:
            yield stack


@pytest.fixture(params=["embedded", "production"])
async def stack(request: pytest.FixtureRequest) -> AsyncIterator[Stack]:
    """A running tsunagu whose sweep resumes an unfinished delivery within seconds."""
    async with _stack(request, **QUICK_SWEEP, **REPLY_FIRST) as running:
        yield running


@pytest.fixture(params=["embedded", "production"])
async def idle_stack(request: pytest.FixtureRequest) -> AsyncIterator[Stack]:
    """A running tsunagu with no worker: the test runs each delivery itself."""
    async with _stack(request, TSUNAGU_EMBEDDED_WORKER=False, **REPLY_FIRST) as running:
        yield running


def _calls(stack: Stack, operation: str) -> list[int]:
    return [r["status"] for r in stack.emulator.requests if r["operation"] == operation]


async def _answered_once(stack: Stack, user: str) -> None:
    """The welcome arrives, everything settles, and nothing more comes."""
    await stack.replies(user, WELCOME, timeout=60)
    await stack.settle(timeout=30)
    await asyncio.sleep(1.0)
    assert len(stack.delivered(user)) == WELCOME, "the resident got the answer twice"


async def test_an_old_token_and_pushes_failing_for_12_s_still_answer_once(stack: Stack) -> None:
    """The event comes 70 s late (its reply token is dead) and LINE fails every push for
    12 s: the first delivery gives up after five pushes, the resumed one pushes again
    under the same retry key instead of taking the dead token's refusal as delivery."""
    user = "U" + uuid.uuid4().hex
    stack.emulator.fail_for("pushMessage", 12, 500)
    await stack.post_events([stack.events.delivered_late(stack.events.follow(user), 70)])
    await _answered_once(stack, user)
    assert _calls(stack, "pushMessage").count(500) >= 5, "the pushes never failed"
    assert 200 not in _calls(stack, "replyMessage")


async def test_a_refused_young_token_and_pushes_failing_for_12_s_still_answer_once(
    stack: Stack,
) -> None:
    """LINE refuses a token we hold young (its clock and ours disagree), then fails pushes
    for 12 s: the resumed delivery pushes; the token's second refusal is not taken for
    an answer delivered."""
    user = "U" + uuid.uuid4().hex
    stack.emulator.reply_tokens.force_expired = True
    stack.emulator.fail_for("pushMessage", 12, 500)
    await stack.post_events([stack.events.follow(user)])
    await _answered_once(stack, user)
    assert _calls(stack, "pushMessage").count(500) >= 5, "the pushes never failed"
    assert 400 in _calls(stack, "replyMessage"), "the token was never tried"


async def test_a_push_taken_by_line_then_the_worker_killed_is_not_answered_again(
    idle_stack: Stack,
) -> None:
    """The first delivery pushes (the token is past our margin, still good for LINE for
    some seconds); LINE delivers it, and the worker dies before it hears back. The
    resumed delivery pushes again under the same key (LINE: 409, taken already) and does
    not spend the still-valid token on a second answer."""
    stack = idle_stack
    user = "U" + uuid.uuid4().hex
    stack.emulator.hold_answers(30, "pushMessage")
    await stack.post_events([stack.events.delivered_late(stack.events.follow(user), 51)])
    async with stack.services.session_factory() as db:
        event_id = await db.scalar(select(ReceivedEvent.id))
    assert event_id is not None
    runtime = stack.services.runtime
    first = asyncio.create_task(runtime.process(event_id))
    await stack.replies(user, WELCOME)  # LINE delivered it; the worker still waits
    first.cancel()  # killed: nothing after the call runs
    with contextlib.suppress(asyncio.CancelledError):
        await first
    stack.emulator.hold_answers(0, "pushMessage")

    await runtime.process(event_id)  # the recovery sweep's resumed delivery

    assert len(stack.delivered(user)) == WELCOME, "the resident got the answer twice"
    assert _calls(stack, "pushMessage")[-1] == 409
    async with stack.services.session_factory() as db:
        event = await db.get(ReceivedEvent, event_id)
        outcomes = list(
            await db.scalars(
                select(DeliveryAttempt.outcome)
                .where(DeliveryAttempt.event_id == event_id)
                .order_by(DeliveryAttempt.id)
            )
        )
    assert event is not None and event.status == "sent"
    assert outcomes == [None, "accepted_before"]


@pytest.fixture(params=["embedded", "production"])
async def push_only_idle_stack(request: pytest.FixtureRequest) -> AsyncIterator[Stack]:
    """As `idle_stack`, with the default delivery, `push-only`."""
    async with _stack(request, TSUNAGU_EMBEDDED_WORKER=False) as running:
        yield running


async def test_push_only_a_worker_killed_while_line_holds_the_answer_answers_once(
    push_only_idle_stack: Stack,
) -> None:
    """The one double `reply-first` admits — a worker killed while LINE holds its call —
    cannot happen with `push-only`: a young token is never spent, the first call is a
    push, and the resumed delivery's push under the same key is answered 409."""
    stack = push_only_idle_stack
    user = "U" + uuid.uuid4().hex
    stack.emulator.hold_answers(30, "pushMessage")
    await stack.post_events([stack.events.follow(user)])  # a young token
    async with stack.services.session_factory() as db:
        event_id = await db.scalar(select(ReceivedEvent.id))
    assert event_id is not None
    runtime = stack.services.runtime
    first = asyncio.create_task(runtime.process(event_id))
    await stack.replies(user, WELCOME)  # LINE delivered it; the worker still waits
    first.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await first
    stack.emulator.hold_answers(0, "pushMessage")

    await runtime.process(event_id)

    assert len(stack.delivered(user)) == WELCOME, "the resident got the answer twice"
    assert _calls(stack, "replyMessage") == [], "a reply was tried"
    assert _calls(stack, "pushMessage")[-1] == 409
