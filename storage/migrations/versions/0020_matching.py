"""co-creation matching: showcased projects, visitors and introductions

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-02 05:14:15.311091
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import storage.types

revision: str = "0020"
down_revision: str | None = "0019"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "matching_visitors",
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("organization", sa.String(length=200), nullable=False),
        sa.Column("country", sa.String(length=8), nullable=False),
        sa.Column("offers", sa.JSON(), nullable=False),
        sa.Column("contact_kind", sa.String(length=16), nullable=False),
        sa.Column("contact", sa.String(length=320), nullable=False),
        sa.Column("consented_at", storage.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_matching_visitors_participant_id_participants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("participant_id", name=op.f("pk_matching_visitors")),
    )
    op.create_table(
        "showcase_projects",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.Integer(), nullable=False),
        sa.Column("program_id", sa.String(length=64), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("pitches", sa.JSON(), nullable=False),
        sa.Column("sdgs", sa.JSON(), nullable=False),
        sa.Column("needs", sa.JSON(), nullable=False),
        sa.Column("need_note", sa.String(length=200), nullable=False),
        sa.Column("deck_public", sa.Boolean(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("confirmed_at", storage.types.UTCDateTime(), nullable=False),
        sa.Column("published_at", storage.types.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["program_id"],
            ["programs.id"],
            name=op.f("fk_showcase_projects_program_id_programs"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["team_id"],
            ["teams.id"],
            name=op.f("fk_showcase_projects_team_id_teams"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_showcase_projects")),
        sa.UniqueConstraint("team_id", name=op.f("uq_showcase_projects_team_id")),
    )
    with op.batch_alter_table("showcase_projects", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_showcase_projects_program_id"), ["program_id"], unique=False
        )

    op.create_table(
        "introductions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("program_id", sa.String(length=64), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.Integer(), nullable=False),
        sa.Column("visitor_id", sa.Integer(), nullable=False),
        sa.Column("organization", sa.String(length=200), nullable=False),
        sa.Column("message", sa.String(length=500), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("created_at", storage.types.UTCDateTime(), nullable=False),
        sa.Column("expires_at", storage.types.UTCDateTime(), nullable=False),
        sa.Column("answered_at", storage.types.UTCDateTime(), nullable=True),
        sa.Column("answered_by", sa.Integer(), nullable=True),
        sa.Column("note", sa.String(length=500), nullable=False),
        sa.Column("lead_contact_kind", sa.String(length=16), nullable=False),
        sa.Column("proposals", sa.JSON(), nullable=False),
        sa.Column("meeting_at", storage.types.UTCDateTime(), nullable=True),
        sa.Column("meeting_minutes", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["answered_by"],
            ["participants.id"],
            name=op.f("fk_introductions_answered_by_participants"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["program_id"],
            ["programs.id"],
            name=op.f("fk_introductions_program_id_programs"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["showcase_projects.id"],
            name=op.f("fk_introductions_project_id_showcase_projects"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["team_id"],
            ["teams.id"],
            name=op.f("fk_introductions_team_id_teams"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["visitor_id"],
            ["participants.id"],
            name=op.f("fk_introductions_visitor_id_participants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_introductions")),
    )
    with op.batch_alter_table("introductions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_introductions_program_id"), ["program_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_introductions_project_id"), ["project_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_introductions_team_id"), ["team_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_introductions_visitor_id"), ["visitor_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("introductions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_introductions_visitor_id"))
        batch_op.drop_index(batch_op.f("ix_introductions_team_id"))
        batch_op.drop_index(batch_op.f("ix_introductions_project_id"))
        batch_op.drop_index(batch_op.f("ix_introductions_program_id"))

    op.drop_table("introductions")
    with op.batch_alter_table("showcase_projects", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_showcase_projects_program_id"))

    op.drop_table("showcase_projects")
    op.drop_table("matching_visitors")
