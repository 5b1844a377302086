"""what an alert tells staff beside its case's facts, kept on the alert

`staff_alerts.danger_to_another`: the message told of a danger to someone other than its
writer (staff call the writer to find the one in danger). `staff_alerts.model_only_flags`:
of the alert's crisis flags, those only the model raised. They had gone out on the alert
channels only; the console's alerts view, the case page and a crisis alerted again now
say them too. Alerts of earlier revisions have neither.

Revision ID: 0019
Revises: 0018
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("staff_alerts", schema=None, recreate="never") as batch_op:
        batch_op.add_column(
            sa.Column("danger_to_another", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.add_column(sa.Column("model_only_flags", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("staff_alerts", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("model_only_flags")
        batch_op.drop_column("danger_to_another")
