"""the coordinator's casework: 支援プラン, ケース検討会, monitoring

`support_plans` keeps every saved version of a case's 支援プラン (goals in the person's
words, each agency's role, the next actions with their due dates); `case_conferences`
records each ケース検討会 (date, attending agencies, decisions, and the 支援会議 basis
decided there, by id); `case_progress_notes` holds the short notes an agency posts from
its own view. `cases.next_review_on` is the next モニタリング review, and
`cases.closing_reason` why a case was closed (終結).

Revision ID: 0014
Revises: 0013
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def _case_id() -> sa.Column[int]:
    return sa.Column(
        "case_id", sa.Integer(), sa.ForeignKey("cases.id", ondelete="CASCADE"), nullable=False
    )


def upgrade() -> None:
    with op.batch_alter_table("cases", schema=None, recreate="never") as batch_op:
        batch_op.add_column(sa.Column("next_review_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("closing_reason", sa.String(length=24), nullable=True))
    op.create_index("ix_cases_review", "cases", ["status", "next_review_on"])
    op.create_table(
        "case_conferences",
        sa.Column("id", sa.Integer(), primary_key=True),
        _case_id(),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("attendees", sa.JSON(), nullable=False),
        sa.Column("decisions", sa.Text(), nullable=False),
        sa.Column(
            "support_meeting_id",
            sa.Integer(),
            sa.ForeignKey("support_meeting_bases.id", ondelete="SET NULL"),
            nullable=True,
        ),
        sa.Column("recorded_by", sa.String(length=40), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_case_conferences_case", "case_conferences", ["case_id", "id"])
    op.create_table(
        "support_plans",
        sa.Column("id", sa.Integer(), primary_key=True),
        _case_id(),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("goals", sa.Text(), nullable=False),
        sa.Column("roles", sa.JSON(), nullable=False),
        sa.Column("actions", sa.Text(), nullable=False),
        sa.Column(
            "conference_id",
            sa.Integer(),
            sa.ForeignKey("case_conferences.id", ondelete="SET NULL"),
            nullable=True,
        ),
        sa.Column("saved_by", sa.String(length=40), nullable=False),
        sa.Column("saved_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("case_id", "version", name="uq_support_plans_version"),
    )
    op.create_table(
        "case_progress_notes",
        sa.Column("id", sa.Integer(), primary_key=True),
        _case_id(),
        sa.Column("agency_id", sa.String(length=80), nullable=False),
        sa.Column("author", sa.String(length=40), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_case_progress_notes_case", "case_progress_notes", ["case_id", "agency_id"])


def downgrade() -> None:
    op.drop_index("ix_case_progress_notes_case", table_name="case_progress_notes")
    op.drop_table("case_progress_notes")
    op.drop_table("support_plans")
    op.drop_index("ix_case_conferences_case", table_name="case_conferences")
    op.drop_table("case_conferences")
    op.drop_index("ix_cases_review", table_name="cases")
    with op.batch_alter_table("cases", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("closing_reason")
        batch_op.drop_column("next_review_on")
