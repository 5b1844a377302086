"""data protection: encryption keys, retention, deletion requests

Personal data columns become text holding AES-GCM envelopes (`cases/encryption.py`);
rows stored before are encrypted here with the installed keyring. Cases get `purged_at`
(the retention policy), and `erasure_requests` records residents' deletion requests.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

from cases.encryption import installed_keyring
from cases.rekey import SealedColumn, reseal, seal_with, unseal_with

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# (column, type before) — the columns as this revision found them.
SEALED: tuple[tuple[SealedColumn, sa.types.TypeEngine[Any]], ...] = (
    (SealedColumn("received_events", "id", "payload"), sa.JSON()),
    (SealedColumn("received_events", "id", "outbound"), sa.JSON()),
    (SealedColumn("transcript", "id", "text"), sa.Text()),
    (SealedColumn("transcript", "id", "content"), sa.JSON()),
    (SealedColumn("conversation_states", "resident_id", "state"), sa.JSON()),
    (SealedColumn("intake_sheets", "id", "data"), sa.JSON()),
    (SealedColumn("consents", "id", "subject"), sa.String(length=40)),
    (SealedColumn("consents", "id", "witness_ref"), sa.String(length=80)),
    (SealedColumn("support_meeting_bases", "id", "reason"), sa.Text()),
    (SealedColumn("case_notes", "id", "text"), sa.Text()),
    (SealedColumn("outbox", "id", "payload"), sa.JSON()),
)


def _postgres() -> bool:
    return op.get_bind().dialect.name == "postgresql"


def upgrade() -> None:
    for column, before in SEALED:
        # SQLite keeps any text in any column: only PostgreSQL needs the type changed.
        if _postgres() and not isinstance(before, sa.Text):
            op.alter_column(
                column.table,
                column.column,
                type_=sa.Text(),
                existing_type=before,
                postgresql_using=f"{column.column}::text",
            )
        reseal(op.get_bind(), column, seal_with(installed_keyring))

    with op.batch_alter_table("cases", schema=None) as batch_op:
        batch_op.add_column(sa.Column("purged_at", sa.DateTime(timezone=True), nullable=True))
    op.create_table(
        "erasure_requests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("resident_id", sa.Integer(), nullable=True),
        sa.Column("via", sa.String(length=16), nullable=False),
        sa.Column("requested_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("completed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("removed", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["resident_id"], ["residents.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade() -> None:
    op.drop_table("erasure_requests")
    # No table copy on SQLite: dropping the old `cases` would cascade to its children.
    with op.batch_alter_table("cases", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("purged_at")
    for column, before in SEALED:
        reseal(op.get_bind(), column, unseal_with(installed_keyring))
        if _postgres() and not isinstance(before, sa.Text):
            cast = "json" if isinstance(before, sa.JSON) else "varchar"
            op.alter_column(
                column.table,
                column.column,
                type_=before,
                existing_type=sa.Text(),
                postgresql_using=f"{column.column}::{cast}",
            )
