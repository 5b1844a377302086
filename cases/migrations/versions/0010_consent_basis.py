"""consent names who agreed for whom; 生命・身体の保護 as a basis

`consents` say who agreed in relation to the person the sheet is about (`grantor`: self,
self_with_minsei, representative, family, other, unknown), by name when known
(`grantor_name`), who recorded it (`recorded_by`, `recorded_by_name`) and what staff noted
(`note`). `protection_bases` hold staff-recorded sharing to protect the person's life or
body where their consent cannot be had (個人情報保護法 第27条第1項第2号);
`provisions.protection_id` points at one.

Consents stored before are placed from what their sheet says of its writer
(`consulter.relation`): a family member's yes becomes `family`; a neighbour's, an
agency's, or a 民生委員's in their own chat `other` (as does a relative's whose sheet is
gone); a visit's consent (the resident on the page or by voice, the 民生委員 present)
`self_with_minsei`. Only a sheet whose writer was the person — or, the sheet gone, a
consent and a case that both said so — makes `self`; what the rows cannot place is
`unknown`, never the person. Provisions made on a consent that is not the person's are
marked `relative_agreement`: they no longer let an agency see the case until staff record
a basis that stands.

Revision ID: 0010
Revises: 0011
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from cases.sheet_writers import sheet_writers

revision = "0010"
down_revision = "0011"
branch_labels = None
depends_on = None

PERSON = ("self", "self_with_minsei")
WRITER_GRANTOR = {"self": "self", "family": "family"}  # any other writer: "other"


def _postgres() -> bool:
    return op.get_bind().dialect.name == "postgresql"


def grantor_of(
    channel: str, writer: str | None, consulted_for: str | None, grantor: str | None
) -> str:
    """Who agreed, from what the stored rows say; never the person unless they do."""
    if channel == "visit":
        return "self_with_minsei"
    if writer is not None:
        return WRITER_GRANTOR.get(writer, "other")
    if grantor in ("relative", "other") or consulted_for == "other":
        return "other"  # not the person; whether family, the rows no longer say
    if grantor == "self" and consulted_for == "self":
        return "self"  # the hand-off wrote both from the sheet, which said so
    return "unknown"


def upgrade() -> None:
    with op.batch_alter_table("consents", schema=None, recreate="never") as batch_op:
        batch_op.add_column(sa.Column("grantor_name", sa.Text(), nullable=True))
        batch_op.add_column(
            sa.Column("recorded_by", sa.String(length=40), nullable=False, server_default="bot")
        )
        batch_op.add_column(sa.Column("recorded_by_name", sa.String(length=80), nullable=True))
        batch_op.add_column(sa.Column("note", sa.Text(), nullable=True))
    op.create_table(
        "protection_bases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("agencies", sa.JSON(), nullable=False, server_default=sa.text("'[]'")),
        sa.Column("recorded_by", sa.String(length=40), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["case_id"], ["cases.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    if _postgres():  # SQLite keeps any length; "relative_agreement" needs more than 16
        op.alter_column(
            "provisions", "basis", type_=sa.String(length=24), existing_type=sa.String(16)
        )
    with op.batch_alter_table("provisions", schema=None, recreate="never") as batch_op:
        batch_op.add_column(sa.Column("protection_id", sa.Integer(), nullable=True))
    if _postgres():  # SQLite cannot add a constraint without copying the table
        op.create_foreign_key(
            "fk_provisions_protection_id",
            "provisions",
            "protection_bases",
            ["protection_id"],
            ["id"],
            ondelete="SET NULL",
        )
    _place_grantors(op.get_bind())


def _place_grantors(bind: sa.engine.Connection) -> None:
    writers = sheet_writers(bind)
    rows = bind.execute(
        sa.text(
            "SELECT consents.id, consents.channel, consents.sheet_id, consents.grantor, "
            "cases.consulted_for, cases.sheet_id FROM consents "
            "LEFT JOIN cases ON cases.id = consents.case_id"
        )
    ).all()
    placed: dict[str, list[int]] = {}
    for consent_id, channel, sheet_id, grantor, consulted_for, case_sheet_id in rows:
        sheet = sheet_id if sheet_id is not None else case_sheet_id
        writer = writers.get(int(sheet)) if sheet is not None else None
        who = grantor_of(str(channel), writer, consulted_for, grantor)
        placed.setdefault(who, []).append(int(consent_id))
    consents = sa.table("consents", sa.column("id", sa.Integer()), sa.column("grantor"))
    for who, ids in placed.items():
        bind.execute(consents.update().where(consents.c.id.in_(ids)).values(grantor=who))
    not_person = [i for who, ids in placed.items() if who not in PERSON for i in ids]
    provisions = sa.table(
        "provisions", sa.column("consent_id", sa.Integer()), sa.column("basis", sa.String())
    )
    if not_person:
        bind.execute(
            provisions.update()
            .where(provisions.c.basis == "consent", provisions.c.consent_id.in_(not_person))
            .values(basis="relative_agreement")
        )


def downgrade() -> None:
    bind = op.get_bind()
    bind.execute(sa.text("UPDATE provisions SET basis = 'consent' WHERE basis IN "
                         "('relative_agreement', 'representative')"))  # fmt: skip
    bind.execute(sa.text("DELETE FROM provisions WHERE basis = 'protection'"))
    bind.execute(
        sa.text(
            "UPDATE consents SET grantor = CASE WHEN grantor IN ('family', 'representative') "
            "THEN 'relative' WHEN grantor IN ('self', 'self_with_minsei', 'unknown') "
            "THEN 'self' ELSE grantor END"
        )
    )
    if _postgres():
        op.drop_constraint("fk_provisions_protection_id", "provisions", type_="foreignkey")
    with op.batch_alter_table("provisions", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("protection_id")
    if _postgres():
        op.alter_column(
            "provisions", "basis", type_=sa.String(length=16), existing_type=sa.String(24)
        )
    op.drop_table("protection_bases")
    with op.batch_alter_table("consents", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("note")
        batch_op.drop_column("recorded_by_name")
        batch_op.drop_column("recorded_by")
        batch_op.drop_column("grantor_name")
