"""consents, team invites, role invites, invite attempts

Revision ID: 0003
Revises: 0004
Create Date: 2026-11-22
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import storage.types

revision: str = "0003"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "consents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.String(length=32), nullable=False),
        sa.Column("accepted_at", storage.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_consents_participant_id_participants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consents")),
    )
    with op.batch_alter_table("consents", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_consents_participant_id"), ["participant_id"], unique=False
        )

    op.create_table(
        "invite_attempts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("attempted_at", storage.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_invite_attempts_participant_id_participants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_invite_attempts")),
    )
    with op.batch_alter_table("invite_attempts", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_invite_attempts_participant_id"), ["participant_id"], unique=False
        )

    op.create_table(
        "role_invites",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column("role", sa.String(length=32), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.Column("created_at", storage.types.UTCDateTime(), nullable=False),
        sa.Column("expires_at", storage.types.UTCDateTime(), nullable=False),
        sa.Column("used_by", sa.Integer(), nullable=True),
        sa.Column("used_at", storage.types.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["created_by"],
            ["participants.id"],
            name=op.f("fk_role_invites_created_by_participants"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["used_by"],
            ["participants.id"],
            name=op.f("fk_role_invites_used_by_participants"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_role_invites")),
        sa.UniqueConstraint("code", name=op.f("uq_role_invites_code")),
    )
    op.create_table(
        "team_invites",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column("team_id", sa.Integer(), nullable=False),
        sa.Column("created_at", storage.types.UTCDateTime(), nullable=False),
        sa.Column("revoked_at", storage.types.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["team_id"],
            ["teams.id"],
            name=op.f("fk_team_invites_team_id_teams"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_team_invites")),
        sa.UniqueConstraint("code", name=op.f("uq_team_invites_code")),
    )
    with op.batch_alter_table("team_invites", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_team_invites_team_id"), ["team_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("team_invites", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_team_invites_team_id"))

    op.drop_table("team_invites")
    op.drop_table("role_invites")
    with op.batch_alter_table("invite_attempts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_invite_attempts_participant_id"))

    op.drop_table("invite_attempts")
    with op.batch_alter_table("consents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_consents_participant_id"))

    op.drop_table("consents")
