"""hardening: the inbox of webhook events acknowledged before handling; a broadcast's
organizer may be erased (/delete_me)

Revision ID: 0017
Revises: 0011
Create Date: 2027-01-10
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import storage.types

revision: str = "0017"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BROADCAST_ORGANIZER_FK = "fk_broadcasts_organizer_id_participants"


def upgrade() -> None:
    op.create_table(
        "inbox_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("sender_id", sa.String(length=128), nullable=False),
        sa.Column("event_key", sa.String(length=255), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("received_at", storage.types.UTCDateTime(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("lease_owner", sa.String(length=64), nullable=True),
        sa.Column("lease_until", storage.types.UTCDateTime(), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inbox_events")),
        sa.UniqueConstraint("channel", "event_key", name=op.f("uq_inbox_events_channel")),
    )
    with op.batch_alter_table("inbox_events", schema=None) as batch_op:
        batch_op.create_index("ix_inbox_events_status_id", ["status", "id"], unique=False)
        batch_op.create_index(
            "ix_inbox_events_channel_sender_id", ["channel", "sender_id"], unique=False
        )
    with op.batch_alter_table("broadcasts", schema=None) as batch_op:
        batch_op.drop_constraint(BROADCAST_ORGANIZER_FK, type_="foreignkey")
        batch_op.alter_column("organizer_id", existing_type=sa.Integer(), nullable=True)
        batch_op.create_foreign_key(
            BROADCAST_ORGANIZER_FK, "participants", ["organizer_id"], ["id"], ondelete="SET NULL"
        )


def downgrade() -> None:
    op.drop_table("inbox_events")
    op.execute("DELETE FROM broadcasts WHERE organizer_id IS NULL")
    with op.batch_alter_table("broadcasts", schema=None) as batch_op:
        batch_op.drop_constraint(BROADCAST_ORGANIZER_FK, type_="foreignkey")
        batch_op.alter_column("organizer_id", existing_type=sa.Integer(), nullable=False)
        batch_op.create_foreign_key(
            BROADCAST_ORGANIZER_FK, "participants", ["organizer_id"], ["id"], ondelete="CASCADE"
        )
