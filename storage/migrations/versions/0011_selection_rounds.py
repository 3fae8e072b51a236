"""selection rounds, judges, assignments, scores and decisions

Revision ID: 0011
Revises: 0018
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import storage.types

revision: str = "0011"
down_revision: str | None = "0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "selection_rounds",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("program_id", sa.String(length=64), nullable=False),
        sa.Column("key", sa.String(length=32), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("names", sa.JSON(), nullable=False),
        sa.Column("stage_key", sa.String(length=64), nullable=True),
        sa.Column("event_key", sa.String(length=64), nullable=True),
        sa.Column("opens_at", storage.types.UTCDateTime(), nullable=False),
        sa.Column("closes_at", storage.types.UTCDateTime(), nullable=False),
        sa.Column("judges_per_team", sa.Integer(), nullable=False),
        sa.Column("blind", sa.Boolean(), nullable=False),
        sa.Column("select_target", sa.Integer(), nullable=True),
        sa.Column("share_feedback", sa.Boolean(), nullable=False),
        sa.Column("criteria", sa.JSON(), nullable=False),
        sa.Column("opened_at", storage.types.UTCDateTime(), nullable=True),
        sa.Column("closed_at", storage.types.UTCDateTime(), nullable=True),
        sa.Column("published_at", storage.types.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["program_id"],
            ["programs.id"],
            name=op.f("fk_selection_rounds_program_id_programs"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_selection_rounds")),
        sa.UniqueConstraint("program_id", "key", name=op.f("uq_selection_rounds_program_id")),
    )
    op.create_table(
        "judge_assignments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.Integer(), nullable=False),
        sa.Column("judge_id", sa.Integer(), nullable=False),
        sa.Column("assigned_at", storage.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["judge_id"],
            ["participants.id"],
            name=op.f("fk_judge_assignments_judge_id_participants"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["round_id"],
            ["selection_rounds.id"],
            name=op.f("fk_judge_assignments_round_id_selection_rounds"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["team_id"],
            ["teams.id"],
            name=op.f("fk_judge_assignments_team_id_teams"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_judge_assignments")),
        sa.UniqueConstraint(
            "round_id", "team_id", "judge_id", name=op.f("uq_judge_assignments_round_id")
        ),
    )
    op.create_index(
        op.f("ix_judge_assignments_judge_id"), "judge_assignments", ["judge_id"], unique=False
    )
    op.create_table(
        "judge_conflicts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("judge_id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.Integer(), nullable=False),
        sa.Column("declared_at", storage.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["judge_id"],
            ["participants.id"],
            name=op.f("fk_judge_conflicts_judge_id_participants"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["team_id"],
            ["teams.id"],
            name=op.f("fk_judge_conflicts_team_id_teams"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_judge_conflicts")),
        sa.UniqueConstraint("judge_id", "team_id", name=op.f("uq_judge_conflicts_judge_id")),
    )
    op.create_index(
        op.f("ix_judge_conflicts_team_id"), "judge_conflicts", ["team_id"], unique=False
    )
    op.create_table(
        "judge_profiles",
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("organizations", sa.JSON(), nullable=False),
        sa.Column("updated_at", storage.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_judge_profiles_participant_id_participants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("participant_id", name=op.f("pk_judge_profiles")),
    )
    op.create_table(
        "judge_reviews",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.Integer(), nullable=False),
        sa.Column("judge_id", sa.Integer(), nullable=False),
        sa.Column("scores", sa.JSON(), nullable=False),
        sa.Column("comment", sa.String(length=1000), nullable=False),
        sa.Column("feedback", sa.String(length=300), nullable=False),
        sa.Column("scored_at", storage.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["judge_id"],
            ["participants.id"],
            name=op.f("fk_judge_reviews_judge_id_participants"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["round_id"],
            ["selection_rounds.id"],
            name=op.f("fk_judge_reviews_round_id_selection_rounds"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["team_id"],
            ["teams.id"],
            name=op.f("fk_judge_reviews_team_id_teams"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_judge_reviews")),
        sa.UniqueConstraint(
            "round_id", "team_id", "judge_id", name=op.f("uq_judge_reviews_round_id")
        ),
    )
    op.create_index(op.f("ix_judge_reviews_judge_id"), "judge_reviews", ["judge_id"], unique=False)
    op.create_table(
        "selection_decisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.Integer(), nullable=False),
        sa.Column("outcome", sa.String(length=16), nullable=False),
        sa.Column("award", sa.String(length=120), nullable=False),
        sa.Column("decided_by", sa.Integer(), nullable=True),
        sa.Column("decided_at", storage.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["decided_by"],
            ["participants.id"],
            name=op.f("fk_selection_decisions_decided_by_participants"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["round_id"],
            ["selection_rounds.id"],
            name=op.f("fk_selection_decisions_round_id_selection_rounds"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["team_id"],
            ["teams.id"],
            name=op.f("fk_selection_decisions_team_id_teams"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_selection_decisions")),
        sa.UniqueConstraint("round_id", "team_id", name=op.f("uq_selection_decisions_round_id")),
    )
    op.create_index(
        op.f("ix_selection_decisions_team_id"), "selection_decisions", ["team_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_selection_decisions_team_id"), table_name="selection_decisions")
    op.drop_table("selection_decisions")
    op.drop_index(op.f("ix_judge_reviews_judge_id"), table_name="judge_reviews")
    op.drop_table("judge_reviews")
    op.drop_table("judge_profiles")
    op.drop_index(op.f("ix_judge_conflicts_team_id"), table_name="judge_conflicts")
    op.drop_table("judge_conflicts")
    op.drop_index(op.f("ix_judge_assignments_judge_id"), table_name="judge_assignments")
    op.drop_table("judge_assignments")
    op.drop_table("selection_rounds")
