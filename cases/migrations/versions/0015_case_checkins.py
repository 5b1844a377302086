"""the follow-up with the resident: a check-in after some days, consented at the hand-off

`case_checkins`: one row per case whose resident was asked at the hand-off whether the
city may ask how it went after N days — the choice, when it falls due, when it was sent
(the marker set with the push in one transaction), why it was called off, and the answer.

Revision ID: 0015
Revises: 0013
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "case_checkins",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "case_id",
            sa.Integer(),
            sa.ForeignKey("cases.id", ondelete="CASCADE"),
            nullable=False,
            unique=True,
        ),
        sa.Column("agreed", sa.Boolean(), nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("due_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("cancelled", sa.String(length=16), nullable=True),
        sa.Column("answer", sa.String(length=12), nullable=True),
        sa.Column("answered_at", sa.DateTime(timezone=True), nullable=True),
    )
    op.create_index("ix_case_checkins_due", "case_checkins", ["sent_at", "due_at"])


def downgrade() -> None:
    op.drop_index("ix_case_checkins_due", table_name="case_checkins")
    op.drop_table("case_checkins")
