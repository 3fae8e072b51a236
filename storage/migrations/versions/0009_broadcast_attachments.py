"""broadcast attachments: the file's name, MIME type and whether it goes as a photo (its SHA-256,
the file store's key, is the existing ``attachment`` column)

Revision ID: 0009
Revises: 0007
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("broadcasts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("attachment_name", sa.String(length=255), nullable=True))
        batch_op.add_column(sa.Column("attachment_mime", sa.String(length=127), nullable=True))
        batch_op.add_column(
            sa.Column("attachment_photo", sa.Boolean(), server_default=sa.false(), nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("broadcasts", schema=None) as batch_op:
        batch_op.drop_column("attachment_photo")
        batch_op.drop_column("attachment_mime")
        batch_op.drop_column("attachment_name")
