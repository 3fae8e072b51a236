"""hardening: a broadcast's organizer may be erased (/delete_me)

Revision ID: 0017
Revises: 0010
Create Date: 2027-01-10
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BROADCAST_ORGANIZER_FK = "fk_broadcasts_organizer_id_participants"


def upgrade() -> None:
    with op.batch_alter_table("broadcasts", schema=None) as batch_op:
        batch_op.drop_constraint(BROADCAST_ORGANIZER_FK, type_="foreignkey")
        batch_op.alter_column("organizer_id", existing_type=sa.Integer(), nullable=True)
        batch_op.create_foreign_key(
            BROADCAST_ORGANIZER_FK, "participants", ["organizer_id"], ["id"], ondelete="SET NULL"
        )


def downgrade() -> None:
    op.execute("DELETE FROM broadcasts WHERE organizer_id IS NULL")
    with op.batch_alter_table("broadcasts", schema=None) as batch_op:
        batch_op.drop_constraint(BROADCAST_ORGANIZER_FK, type_="foreignkey")
        batch_op.alter_column("organizer_id", existing_type=sa.Integer(), nullable=False)
        batch_op.create_foreign_key(
            BROADCAST_ORGANIZER_FK, "participants", ["organizer_id"], ["id"], ondelete="CASCADE"
        )
