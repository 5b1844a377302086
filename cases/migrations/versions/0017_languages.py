"""the resident's language, and the language a consent text was shown in

`residents.language` is the language the resident chose (None: not chosen).
`consents.language` is the language of the consent text they read; consents of earlier
revisions were shown in Japanese.

Revision ID: 0017
Revises: 0013
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("residents", schema=None, recreate="never") as batch_op:
        batch_op.add_column(sa.Column("language", sa.String(length=16), nullable=True))
    with op.batch_alter_table("consents", schema=None, recreate="never") as batch_op:
        batch_op.add_column(
            sa.Column("language", sa.String(length=16), nullable=False, server_default="ja")
        )


def downgrade() -> None:
    with op.batch_alter_table("consents", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("language")
    with op.batch_alter_table("residents", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("language")
