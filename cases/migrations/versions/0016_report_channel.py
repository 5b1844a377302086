"""who brought the consultation, as a plain column the reports can group by

`cases.consulter` is the sheet's `consulter.relation` — self, family, neighbor, agency or
minsei_iin — kept beside the encrypted sheet so the reports count consultations by
channel (本人 / 家族 / 民生委員 / 機関) in SQL. It is a kind of writer, never a name.
Cases of earlier revisions get theirs from their sheets as the installed keyring opens
them; a case without a sheet, or a sheet that does not say, keeps NULL. An index on
(ward, created_at) serves the reports' month and 区 filters.

Revision ID: 0016
Revises: 0013
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from cases.casework.vocabulary import CONSULTERS
from cases.sheet_writers import sheet_writers

revision = "0016"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cases", schema=None, recreate="never") as batch_op:
        batch_op.add_column(sa.Column("consulter", sa.String(length=16), nullable=True))
    op.create_index("ix_cases_ward_created", "cases", ["ward", "created_at"])
    bind = op.get_bind()
    writers = sheet_writers(bind)
    cases = sa.table(
        "cases",
        sa.column("id", sa.Integer()),
        sa.column("sheet_id", sa.Integer()),
        sa.column("consulter", sa.String()),
    )
    placed: dict[str, list[int]] = {}
    for case_id, sheet_id in bind.execute(sa.select(cases.c.id, cases.c.sheet_id)):
        relation = writers.get(int(sheet_id)) if sheet_id is not None else None
        if relation in CONSULTERS:
            placed.setdefault(str(relation), []).append(int(case_id))
    for relation, ids in placed.items():
        bind.execute(cases.update().where(cases.c.id.in_(ids)).values(consulter=relation))


def downgrade() -> None:
    op.drop_index("ix_cases_ward_created", table_name="cases")
    with op.batch_alter_table("cases", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("consulter")
