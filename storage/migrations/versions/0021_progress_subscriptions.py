"""progress reports: members who receive the report requests too, and the helpdesk thread a
"help needed" answer opened

Revision ID: 0021
Revises: 0020
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import storage.types

revision: str = "0021"
down_revision: str | None = "0020"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "progress_subscriptions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("program_id", sa.String(length=64), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("created_at", storage.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_progress_subscriptions_participant_id_participants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_progress_subscriptions")),
        sa.UniqueConstraint(
            "participant_id", "program_id", name=op.f("uq_progress_subscriptions_participant_id")
        ),
    )
    with op.batch_alter_table("progress_subscriptions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_progress_subscriptions_program_id"), ["program_id"], unique=False
        )
    with op.batch_alter_table("progress_reports", schema=None) as batch_op:
        batch_op.add_column(sa.Column("help_thread_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_progress_reports_help_thread_id_helpdesk_threads"),
            "helpdesk_threads",
            ["help_thread_id"],
            ["id"],
            ondelete="SET NULL",
        )


def downgrade() -> None:
    with op.batch_alter_table("progress_reports", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_progress_reports_help_thread_id_helpdesk_threads"), type_="foreignkey"
        )
        batch_op.drop_column("help_thread_id")
    with op.batch_alter_table("progress_subscriptions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_progress_subscriptions_program_id"))
    op.drop_table("progress_subscriptions")
