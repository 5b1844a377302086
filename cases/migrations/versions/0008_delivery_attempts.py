"""delivery attempts: what each call to LINE for an answer did

`delivery_attempts` records every reply and push that carries part of an event's stored
answer, before the call and again with its outcome, so a resumed delivery acts on proof
(LINE's 200, or 409 to a push's retry key) and never on a refusal.

Events still being delivered when this runs (`status = 'sending'`) get one `unrecorded`
attempt with no outcome: an earlier delivery began and what it did is unknown, so the
resumed delivery pushes with its retry key and does not try the reply token again.
Finished events are left as they are.

Revision ID: 0008
Revises: 0009
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "delivery_attempts",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            primary_key=True,
            autoincrement=True,
        ),
        sa.Column(
            "event_id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            sa.ForeignKey("received_events.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("batch", sa.Integer(), nullable=False),
        sa.Column("method", sa.String(length=12), nullable=False),
        sa.Column("retry_key", sa.String(length=36), nullable=True),
        sa.Column("outcome", sa.String(length=16), nullable=True),
        sa.Column("status_code", sa.Integer(), nullable=True),
        sa.Column("line_request_id", sa.String(length=64), nullable=True),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
    )
    op.create_index("ix_delivery_attempts_event", "delivery_attempts", ["event_id", "batch"])
    op.get_bind().execute(
        sa.text(
            "INSERT INTO delivery_attempts (event_id, batch, method, started_at) "
            "SELECT id, 0, 'unrecorded', COALESCE(processed_at, received_at) "
            "FROM received_events WHERE status = 'sending'"
        )
    )


def downgrade() -> None:
    op.drop_index("ix_delivery_attempts_event", table_name="delivery_attempts")
    op.drop_table("delivery_attempts")
