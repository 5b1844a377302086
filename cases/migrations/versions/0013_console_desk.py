"""the console as the staff's desk: who has a case, and a blind index to find it

`cases.assignee_id` names the staff user who has the case on their desk (None: nobody
yet). `case_lookup_keys` holds keyed digests (HMAC-SHA256 under a key derived from the
current data key) of the names and phone numbers on each case's sheet, so staff find a
case by an exact name or number without decrypting every sheet
(`cases/casework/lookup.py`). Cases of earlier revisions get theirs here, from their
sheets as the installed keyring opens them; a case emptied by retention has none.

Revision ID: 0013
Revises: 0012
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from cases.casework.lookup import rebuild_lookup
from cases.encryption import installed_keyring

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cases", schema=None, recreate="never") as batch_op:
        batch_op.add_column(sa.Column("assignee_id", sa.Integer(), nullable=True))
    if op.get_bind().dialect.name == "postgresql":
        op.create_foreign_key(
            "fk_cases_assignee",
            "cases",
            "staff_users",
            ["assignee_id"],
            ["id"],
            ondelete="SET NULL",
        )
    op.create_index("ix_cases_assignee", "cases", ["assignee_id"])
    op.create_index("ix_cases_created", "cases", ["created_at"])
    op.create_table(
        "case_lookup_keys",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "case_id", sa.Integer(), sa.ForeignKey("cases.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("field", sa.String(length=8), nullable=False),
        sa.Column("digest", sa.String(length=100), nullable=False),
    )
    op.create_index("ix_case_lookup_keys_digest", "case_lookup_keys", ["field", "digest"])
    op.create_index("ix_case_lookup_keys_case", "case_lookup_keys", ["case_id"])
    rebuild_lookup(op.get_bind(), installed_keyring())


def downgrade() -> None:
    op.drop_index("ix_case_lookup_keys_case", table_name="case_lookup_keys")
    op.drop_index("ix_case_lookup_keys_digest", table_name="case_lookup_keys")
    op.drop_table("case_lookup_keys")
    op.drop_index("ix_cases_created", table_name="cases")
    op.drop_index("ix_cases_assignee", table_name="cases")
    if op.get_bind().dialect.name == "postgresql":
        op.drop_constraint("fk_cases_assignee", "cases", type_="foreignkey")
    with op.batch_alter_table("cases", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("assignee_id")
