"""after the hand-off: follow-up messages on the case, and the changes they propose

What a resident writes after the hand-off goes to their open case. `cases` counts the
messages no staff user has read yet (`unread_followups`), when the last one came, and
when staff were last alerted of one (alerts are throttled per case). `case_proposals`
holds the changes a follow-up suggests (a phone number, a new trouble) until staff
accept or reject them. Cases of earlier revisions had no follow-ups recorded: none
unread, never alerted.

Revision ID: 0009
Revises: 0010
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cases", schema=None, recreate="never") as batch_op:
        batch_op.add_column(
            sa.Column("unread_followups", sa.Integer(), nullable=False, server_default=sa.text("0"))
        )
        batch_op.add_column(
            sa.Column("last_followup_at", sa.DateTime(timezone=True), nullable=True)
        )
        batch_op.add_column(
            sa.Column("followup_alerted_at", sa.DateTime(timezone=True), nullable=True)
        )
    op.create_table(
        "case_proposals",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "case_id", sa.Integer(), sa.ForeignKey("cases.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column(
            "event_id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            sa.ForeignKey("received_events.id", ondelete="SET NULL"),
            nullable=True,
        ),
        sa.Column("field", sa.String(length=16), nullable=False),
        # `value` is sealed by the model (EncryptedText).
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("proposed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("decided_by", sa.String(length=40), nullable=True),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
    )
    op.create_index("ix_case_proposals_case", "case_proposals", ["case_id", "status"])


def downgrade() -> None:
    op.drop_index("ix_case_proposals_case", table_name="case_proposals")
    op.drop_table("case_proposals")
    with op.batch_alter_table("cases", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("followup_alerted_at")
        batch_op.drop_column("last_followup_at")
        batch_op.drop_column("unread_followups")
