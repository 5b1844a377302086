"""visits kept apart, 支援会議 bases name their agencies, events by chat

A 民生委員's LINE chat carries the visits of many residents. `cases.visit_ref` names the
visit sheet a case is about and `transcript.visit_ref` the visit a message belongs to, so
a visit case shows its own visit's messages only and a crisis during one visit never
lands on another resident's case. Visit cases of earlier revisions get their sheet's ref;
their older messages carry none and so are shown with no visit case.

`support_meeting_bases.agencies` lists the agencies a 支援会議 decided to share with;
bases recorded before name the agencies that were provided the case under them.

`received_events` are indexed by chat, for the turn's check that no later message of the
same chat was answered first.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_received_events_source", "received_events", ["source_key", "id"])
    with op.batch_alter_table("cases", schema=None, recreate="never") as batch_op:
        batch_op.add_column(sa.Column("visit_ref", sa.String(length=40), nullable=True))
    op.create_index("ix_cases_visit_ref", "cases", ["resident_id", "visit_ref"])
    with op.batch_alter_table("transcript", schema=None, recreate="never") as batch_op:
        batch_op.add_column(sa.Column("visit_ref", sa.String(length=40), nullable=True))
    with op.batch_alter_table("support_meeting_bases", schema=None, recreate="never") as batch_op:
        batch_op.add_column(
            sa.Column("agencies", sa.JSON(), nullable=False, server_default=sa.text("'[]'"))
        )
    bind = op.get_bind()
    bind.execute(
        sa.text(
            "UPDATE cases SET visit_ref = "
            "(SELECT ref FROM intake_sheets WHERE intake_sheets.id = cases.sheet_id) "
            "WHERE origin = 'visit'"
        )
    )
    covered: dict[int, dict[str, dict[str, str]]] = {}
    for basis_id, agency_id, agency_name in bind.execute(
        sa.text(
            "SELECT support_meeting_id, agency_id, agency_name FROM provisions "
            "WHERE support_meeting_id IS NOT NULL ORDER BY id"
        )
    ):
        named = {"id": str(agency_id), "name": str(agency_name)}
        covered.setdefault(int(basis_id), {}).setdefault(str(agency_id), named)
    table = sa.table(
        "support_meeting_bases", sa.column("id", sa.Integer()), sa.column("agencies", sa.JSON())
    )
    for basis_id, agencies in covered.items():
        rows = list(agencies.values())
        bind.execute(table.update().where(table.c.id == basis_id).values(agencies=rows))


def downgrade() -> None:
    op.drop_index("ix_received_events_source", table_name="received_events")
    with op.batch_alter_table("support_meeting_bases", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("agencies")
    with op.batch_alter_table("transcript", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("visit_ref")
    op.drop_index("ix_cases_visit_ref", table_name="cases")
    with op.batch_alter_table("cases", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("visit_ref")
