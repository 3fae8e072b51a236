"""the helpdesk: questions to the organizers as threads of messages

Revision ID: 0014
Revises: 0016
Create Date: 2026-12-02
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import storage.types

revision: str = "0014"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "helpdesk_threads",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("program_id", sa.String(length=64), nullable=False),
        sa.Column("asker_id", sa.Integer(), nullable=True),
        sa.Column("team_id", sa.Integer(), nullable=True),
        sa.Column("about", sa.String(length=16), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("origin", sa.String(length=32), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("claimed_by", sa.Integer(), nullable=True),
        sa.Column("claimed_at", storage.types.UTCDateTime(), nullable=True),
        sa.Column("created_at", storage.types.UTCDateTime(), nullable=False),
        sa.Column("last_asker_at", storage.types.UTCDateTime(), nullable=False),
        sa.Column("first_answer_at", storage.types.UTCDateTime(), nullable=True),
        sa.Column("last_answer_at", storage.types.UTCDateTime(), nullable=True),
        sa.Column("closed_at", storage.types.UTCDateTime(), nullable=True),
        sa.Column("closed_by", sa.Integer(), nullable=True),
        sa.Column("erased_at", storage.types.UTCDateTime(), nullable=True),
        sa.Column("turn", sa.String(length=16), nullable=False),
        sa.ForeignKeyConstraint(
            ["asker_id"],
            ["participants.id"],
            name=op.f("fk_helpdesk_threads_asker_id_participants"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["claimed_by"],
            ["participants.id"],
            name=op.f("fk_helpdesk_threads_claimed_by_participants"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["closed_by"],
            ["participants.id"],
            name=op.f("fk_helpdesk_threads_closed_by_participants"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["program_id"],
            ["programs.id"],
            name=op.f("fk_helpdesk_threads_program_id_programs"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["team_id"],
            ["teams.id"],
            name=op.f("fk_helpdesk_threads_team_id_teams"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_helpdesk_threads")),
    )
    op.create_index(
        op.f("ix_helpdesk_threads_asker_id"), "helpdesk_threads", ["asker_id"], unique=False
    )
    op.create_index(
        op.f("ix_helpdesk_threads_program_id"), "helpdesk_threads", ["program_id"], unique=False
    )
    op.create_index(op.f("ix_helpdesk_threads_state"), "helpdesk_threads", ["state"], unique=False)
    op.create_table(
        "helpdesk_messages",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("thread_id", sa.Integer(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=True),
        sa.Column("side", sa.String(length=16), nullable=False),
        sa.Column("text", sa.String(length=2000), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=True),
        sa.Column("file_name", sa.String(length=255), nullable=True),
        sa.Column("file_mime", sa.String(length=127), nullable=True),
        sa.Column("file_photo", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("created_at", storage.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["author_id"],
            ["participants.id"],
            name=op.f("fk_helpdesk_messages_author_id_participants"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["thread_id"],
            ["helpdesk_threads.id"],
            name=op.f("fk_helpdesk_messages_thread_id_helpdesk_threads"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_helpdesk_messages")),
    )
    op.create_index(
        op.f("ix_helpdesk_messages_author_id"), "helpdesk_messages", ["author_id"], unique=False
    )
    op.create_index(
        op.f("ix_helpdesk_messages_thread_id"), "helpdesk_messages", ["thread_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_helpdesk_messages_thread_id"), table_name="helpdesk_messages")
    op.drop_index(op.f("ix_helpdesk_messages_author_id"), table_name="helpdesk_messages")
    op.drop_table("helpdesk_messages")
    op.drop_index(op.f("ix_helpdesk_threads_state"), table_name="helpdesk_threads")
    op.drop_index(op.f("ix_helpdesk_threads_program_id"), table_name="helpdesk_threads")
    op.drop_index(op.f("ix_helpdesk_threads_asker_id"), table_name="helpdesk_threads")
    op.drop_table("helpdesk_threads")
