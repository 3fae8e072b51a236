"""mentor profiles, mentor assignments and mentoring sessions

Revision ID: 0008
Revises: 0002
Create Date: 2026-11-22
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import storage.types

revision: str = "0008"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "mentor_profiles",
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("organization", sa.String(length=200), nullable=False),
        sa.Column("expertise", sa.String(length=500), nullable=False),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("time_zone", sa.String(length=64), nullable=False),
        sa.Column("created_at", storage.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_mentor_profiles_participant_id_participants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("participant_id", name=op.f("pk_mentor_profiles")),
    )
    op.create_table(
        "mentor_assignments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.Integer(), nullable=False),
        sa.Column("mentor_id", sa.Integer(), nullable=False),
        sa.Column("assigned_at", storage.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["mentor_id"],
            ["participants.id"],
            name=op.f("fk_mentor_assignments_mentor_id_participants"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["team_id"],
            ["teams.id"],
            name=op.f("fk_mentor_assignments_team_id_teams"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mentor_assignments")),
        sa.UniqueConstraint("team_id", "mentor_id", name=op.f("uq_mentor_assignments_team_id")),
    )
    op.create_index(
        op.f("ix_mentor_assignments_team_id"), "mentor_assignments", ["team_id"], unique=False
    )
    op.create_table(
        "mentoring_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.Integer(), nullable=False),
        sa.Column("mentor_id", sa.Integer(), nullable=False),
        sa.Column("requested_by", sa.Integer(), nullable=True),
        sa.Column("topic", sa.String(length=300), nullable=False),
        sa.Column("proposals", sa.JSON(), nullable=False),
        sa.Column("length_minutes", sa.Integer(), nullable=False),
        sa.Column("mode", sa.String(length=16), nullable=False),
        sa.Column("place", sa.String(length=500), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("awaiting", sa.String(length=16), nullable=False),
        sa.Column("starts_at", storage.types.UTCDateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=500), nullable=False),
        sa.Column("mentor_note", sa.String(length=2000), nullable=False),
        sa.Column("rating", sa.Integer(), nullable=True),
        sa.Column("created_at", storage.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", storage.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["mentor_id"],
            ["participants.id"],
            name=op.f("fk_mentoring_sessions_mentor_id_participants"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["requested_by"],
            ["participants.id"],
            name=op.f("fk_mentoring_sessions_requested_by_participants"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["team_id"],
            ["teams.id"],
            name=op.f("fk_mentoring_sessions_team_id_teams"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mentoring_sessions")),
    )
    op.create_index(
        "ix_mentoring_sessions_mentor_state",
        "mentoring_sessions",
        ["mentor_id", "state"],
        unique=False,
    )
    op.create_index(
        op.f("ix_mentoring_sessions_team_id"), "mentoring_sessions", ["team_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_mentoring_sessions_team_id"), table_name="mentoring_sessions")
    op.drop_index("ix_mentoring_sessions_mentor_state", table_name="mentoring_sessions")
    op.drop_table("mentoring_sessions")
    op.drop_index(op.f("ix_mentor_assignments_team_id"), table_name="mentor_assignments")
    op.drop_table("mentor_assignments")
    op.drop_table("mentor_profiles")
