"""flows as people use them (issue 16): one rating per person and session (the session's
single rating column goes, its value kept as an unattributed rating); when a delivery was
read (Messenger read events)

Revision ID: 0018
Revises: 0016
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import storage.types

revision: str = "0018"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "session_ratings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=True),
        sa.Column("stars", sa.Integer(), nullable=False),
        sa.Column("rated_at", storage.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_session_ratings_participant_id_participants"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["mentoring_sessions.id"],
            name=op.f("fk_session_ratings_session_id_mentoring_sessions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_session_ratings")),
        sa.UniqueConstraint(
            "session_id", "participant_id", name=op.f("uq_session_ratings_session_id")
        ),
    )
    op.create_index(
        op.f("ix_session_ratings_session_id"), "session_ratings", ["session_id"], unique=False
    )
    op.execute(
        "INSERT INTO session_ratings (session_id, participant_id, stars, rated_at) "
        "SELECT id, NULL, rating, updated_at FROM mentoring_sessions WHERE rating IS NOT NULL"
    )
    with op.batch_alter_table("mentoring_sessions", schema=None) as batch_op:
        batch_op.drop_column("rating")
    with op.batch_alter_table("deliveries", schema=None) as batch_op:
        batch_op.add_column(sa.Column("read_at", storage.types.UTCDateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("deliveries", schema=None) as batch_op:
        batch_op.drop_column("read_at")
    with op.batch_alter_table("mentoring_sessions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("rating", sa.Integer(), nullable=True))
    op.execute(
        "UPDATE mentoring_sessions SET rating = (SELECT MAX(stars) FROM session_ratings "
        "WHERE session_ratings.session_id = mentoring_sessions.id)"
    )
    op.drop_index(op.f("ix_session_ratings_session_id"), table_name="session_ratings")
    op.drop_table("session_ratings")
