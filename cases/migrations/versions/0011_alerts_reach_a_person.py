"""staff alerts are kept until a person acknowledges them

Every staff alert (crisis, a request for a person, a hand-off, a withdrawal, an erasure)
is a `staff_alerts` row that the console's alerts view shows until someone acknowledges
it (`acknowledged_at`, `acknowledged_by`); an unacknowledged crisis is alerted again at
`next_realert_at` (`realert_count` times so far).

Rows of earlier revisions: each gets its case — the resident's newest case opened no
later than a minute after the alert (crisis and 担当者と話したい alerts opened or joined
their case in the alert's own transaction). Nobody acknowledged them, so they stay
unacknowledged; they were sent on the channels of their day and are not re-alerted.

Revision ID: 0011
Revises: 0007
"""

from __future__ import annotations

from datetime import timedelta

import sqlalchemy as sa
from alembic import op

from cases.timestamps import UtcDateTime

revision = "0011"
down_revision = "0007"
branch_labels = None
depends_on = None

# How long after an alert its case may have been written (the same transaction).
SAME_TURN = timedelta(minutes=1)


def upgrade() -> None:
    with op.batch_alter_table("staff_alerts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("case_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("acknowledged_at", sa.DateTime(timezone=True)))
        batch_op.add_column(sa.Column("acknowledged_by", sa.String(length=40)))
        batch_op.add_column(sa.Column("next_realert_at", sa.DateTime(timezone=True)))
        batch_op.add_column(
            sa.Column("realert_count", sa.Integer(), nullable=False, server_default=sa.text("0"))
        )
        batch_op.create_foreign_key(
            "fk_staff_alerts_case_id_cases", "cases", ["case_id"], ["id"], ondelete="SET NULL"
        )
        batch_op.create_index("ix_staff_alerts_open", ["acknowledged_at", "next_realert_at"])
        batch_op.create_index("ix_staff_alerts_case", ["case_id"])
    _link_cases(op.get_bind())


def _link_cases(bind: sa.Connection) -> None:
    alerts = sa.table(
        "staff_alerts",
        sa.column("id", sa.Integer()),
        sa.column("resident_id", sa.Integer()),
        sa.column("case_id", sa.Integer()),
        sa.column("created_at", UtcDateTime()),
    )
    cases = sa.table(
        "cases",
        sa.column("id", sa.Integer()),
        sa.column("resident_id", sa.Integer()),
        sa.column("created_at", UtcDateTime()),
    )
    rows = bind.execute(
        sa.select(alerts.c.id, alerts.c.resident_id, alerts.c.created_at).where(
            alerts.c.resident_id.is_not(None)
        )
    ).all()
    for alert_id, resident_id, raised_at in rows:
        case_id = bind.execute(
            sa.select(sa.func.max(cases.c.id)).where(
                cases.c.resident_id == resident_id,
                cases.c.created_at <= raised_at + SAME_TURN,
            )
        ).scalar()
        if case_id is not None:
            bind.execute(alerts.update().where(alerts.c.id == alert_id).values(case_id=case_id))


def downgrade() -> None:
    with op.batch_alter_table("staff_alerts", schema=None) as batch_op:
        batch_op.drop_index("ix_staff_alerts_case")
        batch_op.drop_index("ix_staff_alerts_open")
        batch_op.drop_constraint("fk_staff_alerts_case_id_cases", type_="foreignkey")
        batch_op.drop_column("realert_count")
        batch_op.drop_column("next_realert_at")
        batch_op.drop_column("acknowledged_by")
        batch_op.drop_column("acknowledged_at")
        batch_op.drop_column("case_id")
