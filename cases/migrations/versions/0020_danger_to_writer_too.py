"""whose danger an alert tells of: the writer's too

`staff_alerts.danger_to_writer_too`: beside a danger to someone other than the writer, the
writer's own life is in danger (a wish to die that takes another along: 「家内を道連れに」).
Alerts of earlier revisions said only that the danger was to another.

Revision ID: 0020
Revises: 0019
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("staff_alerts", schema=None, recreate="never") as batch_op:
        batch_op.add_column(
            sa.Column(
                "danger_to_writer_too", sa.Boolean(), nullable=False, server_default=sa.false()
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("staff_alerts", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("danger_to_writer_too")
