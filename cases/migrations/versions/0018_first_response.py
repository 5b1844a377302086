"""when staff first answered a case, as a column the reports read

`cases.first_response_at`: the first reply, take-over, status change or assignment by a
staff user (`cases.casework.status.RESPONSE_ACTIONS`). The reports had looked it up in
the audit trail once per case, which grows with every view of the case. Cases of earlier
revisions get theirs from that trail.

Revision ID: 0018
Revises: 0017
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None

# As they were when this revision was written.
RESPONSE_ACTIONS = ("chat.staff_replied", "chat.taken_over", "case.status", "case.assigned")


def upgrade() -> None:
    with op.batch_alter_table("cases", schema=None, recreate="never") as batch_op:
        batch_op.add_column(
            sa.Column("first_response_at", sa.DateTime(timezone=True), nullable=True)
        )
    cases = sa.table("cases", sa.column("id", sa.Integer()), sa.column("first_response_at"))
    trail = sa.table(
        "audit_events",
        sa.column("case_id", sa.Integer()),
        sa.column("actor", sa.String()),
        sa.column("action", sa.String()),
        sa.column("at"),
    )
    first = (
        sa.select(sa.func.min(trail.c.at))
        .where(
            trail.c.case_id == cases.c.id,
            trail.c.actor.like("staff:%"),
            trail.c.action.in_(RESPONSE_ACTIONS),
        )
        .scalar_subquery()
    )
    op.get_bind().execute(cases.update().values(first_response_at=first))


def downgrade() -> None:
    with op.batch_alter_table("cases", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("first_response_at")
