"""After a delivery's first call to LINE its bookkeeping is written row by row, in
autocommit on PostgreSQL (`cases.delivery_attempts`). The connection it used must go back
to the pool as it came: the next session's writes are a transaction again, so a turn that
fails after them leaves nothing half written."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select

from cases.db import PoolSize, make_engine, make_session_factory
from cases.delivery_attempts import DELIVERED, begin_attempt, delivery_record, finish_attempt
from cases.models import ReceivedEvent, Resident


async def test_the_connection_a_delivery_wrote_on_is_transactional_again(
    postgres_url: str,
) -> None:
    engine = make_engine(postgres_url, PoolSize(size=1, overflow=0))  # one connection
    sessions = make_session_factory(engine)
    try:
        async with sessions() as db:
            event = ReceivedEvent(
                webhook_event_id=uuid.uuid4().hex,
                source_key="user:U1",
                event_type="message",
                payload={"type": "message"},
            )
            db.add(event)
            await db.flush()
            attempt = await begin_attempt(db, event.id, 0, "push", str(uuid.uuid4()))
            finish_attempt(attempt, DELIVERED, 200, "request-1")
            event.status = "sent"
            await db.commit()
            assert (await delivery_record(db, event.id)).proven(0) is not None

        async with sessions() as db:  # the same connection, from the pool
            db.add(Resident(line_user_id=f"U{uuid.uuid4().hex}", follow_state="unknown"))
            await db.flush()
            await db.rollback()
            assert await db.scalar(select(func.count()).select_from(Resident)) == 0
    finally:
        await engine.dispose()
