"""roles per program: a role (and a role invite) may be for one program; existing ones stay
for every program

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("participant_roles", schema=None) as batch_op:
        batch_op.add_column(sa.Column("program_id", sa.String(length=64), nullable=True))
        batch_op.drop_constraint("uq_participant_roles_participant_id", type_="unique")
        batch_op.create_unique_constraint(
            "uq_participant_roles_participant_id", ["participant_id", "role", "program_id"]
        )
        batch_op.create_index("ix_participant_roles_program_id", ["program_id"], unique=False)
        batch_op.create_foreign_key(
            "fk_participant_roles_program_id_programs",
            "programs",
            ["program_id"],
            ["id"],
            ondelete="CASCADE",
        )
    with op.batch_alter_table("role_invites", schema=None) as batch_op:
        batch_op.add_column(sa.Column("program_id", sa.String(length=64), nullable=True))
        batch_op.create_foreign_key(
            "fk_role_invites_program_id_programs",
            "programs",
            ["program_id"],
            ["id"],
            ondelete="CASCADE",
        )


def downgrade() -> None:
    with op.batch_alter_table("role_invites", schema=None) as batch_op:
        batch_op.drop_constraint("fk_role_invites_program_id_programs", type_="foreignkey")
        batch_op.drop_column("program_id")
    op.execute("DELETE FROM participant_roles WHERE program_id IS NOT NULL")
    with op.batch_alter_table("participant_roles", schema=None) as batch_op:
        batch_op.drop_constraint("fk_participant_roles_program_id_programs", type_="foreignkey")
        batch_op.drop_index("ix_participant_roles_program_id")
        batch_op.drop_constraint("uq_participant_roles_participant_id", type_="unique")
        batch_op.create_unique_constraint(
            "uq_participant_roles_participant_id", ["participant_id", "role"]
        )
        batch_op.drop_column("program_id")
