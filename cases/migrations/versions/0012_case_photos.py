"""photos residents send are kept, encrypted, for staff

`case_photos`: one row per photo a resident sent (JPEG, PNG, HEIC or WebP by its bytes,
at most 10 MB), its bytes sealed like every other personal value, tied to the resident
and to the case open when it came (none while the sheet was being filled).

Revision ID: 0012
Revises: 0008
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "case_photos",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "resident_id",
            sa.Integer(),
            sa.ForeignKey("residents.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column(
            "case_id", sa.Integer(), sa.ForeignKey("cases.id", ondelete="CASCADE"), nullable=True
        ),
        sa.Column(
            "event_id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            sa.ForeignKey("received_events.id", ondelete="SET NULL"),
            nullable=True,
        ),
        sa.Column("line_message_id", sa.String(length=64), nullable=False, unique=True),
        sa.Column("media_type", sa.String(length=24), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_case_photos_resident", "case_photos", ["resident_id", "id"])


def downgrade() -> None:
    op.drop_index("ix_case_photos_resident", table_name="case_photos")
    op.drop_table("case_photos")
