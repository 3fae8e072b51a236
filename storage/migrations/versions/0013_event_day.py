"""event day: RSVPs with a waiting list, check-in codes, check-ins, feedback, the organizers'
settings and live updates per event; an event may ask for RSVPs, with a capacity, a closing
time and an online part

Revision ID: 0013
Revises: 0016
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import storage.types

revision: str = "0013"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "event_checkins",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("checked_in_at", storage.types.UTCDateTime(), nullable=False),
        sa.Column("checked_in_by", sa.Integer(), nullable=True),
        sa.Column("method", sa.String(length=16), nullable=False),
        sa.ForeignKeyConstraint(
            ["checked_in_by"],
            ["participants.id"],
            name=op.f("fk_event_checkins_checked_in_by_participants"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["events.id"],
            name=op.f("fk_event_checkins_event_id_events"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_event_checkins_participant_id_participants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event_checkins")),
        sa.UniqueConstraint("event_id", "participant_id", name=op.f("uq_event_checkins_event_id")),
    )
    with op.batch_alter_table("event_checkins", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_event_checkins_participant_id"), ["participant_id"], unique=False
        )

    op.create_table(
        "event_day_settings",
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("reminders_to", sa.String(length=16), nullable=False),
        sa.Column("updated_at", storage.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["events.id"],
            name=op.f("fk_event_day_settings_event_id_events"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("event_id", name=op.f("pk_event_day_settings")),
    )
    op.create_table(
        "event_feedback",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("rating", sa.Integer(), nullable=False),
        sa.Column("comment", sa.String(length=1000), nullable=False),
        sa.Column("answered_at", storage.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["events.id"],
            name=op.f("fk_event_feedback_event_id_events"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_event_feedback_participant_id_participants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event_feedback")),
        sa.UniqueConstraint("event_id", "participant_id", name=op.f("uq_event_feedback_event_id")),
    )
    with op.batch_alter_table("event_feedback", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_event_feedback_participant_id"), ["participant_id"], unique=False
        )

    op.create_table(
        "event_news",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("organizer_id", sa.Integer(), nullable=True),
        sa.Column("audience", sa.String(length=16), nullable=False),
        sa.Column("texts", sa.JSON(), nullable=False),
        sa.Column("recipients", sa.Integer(), nullable=False),
        sa.Column("created_at", storage.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["events.id"],
            name=op.f("fk_event_news_event_id_events"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organizer_id"],
            ["participants.id"],
            name=op.f("fk_event_news_organizer_id_participants"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event_news")),
    )
    with op.batch_alter_table("event_news", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_event_news_event_id"), ["event_id"], unique=False)

    op.create_table(
        "event_rsvps",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("queued_at", storage.types.UTCDateTime(), nullable=True),
        sa.Column("offer_expires_at", storage.types.UTCDateTime(), nullable=True),
        sa.Column("answered_at", storage.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", storage.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["events.id"],
            name=op.f("fk_event_rsvps_event_id_events"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_event_rsvps_participant_id_participants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event_rsvps")),
        sa.UniqueConstraint("event_id", "participant_id", name=op.f("uq_event_rsvps_event_id")),
    )
    with op.batch_alter_table("event_rsvps", schema=None) as batch_op:
        batch_op.create_index("ix_event_rsvps_event_id_state", ["event_id", "state"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_event_rsvps_participant_id"), ["participant_id"], unique=False
        )

    op.create_table(
        "event_tickets",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column("created_at", storage.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"],
            ["events.id"],
            name=op.f("fk_event_tickets_event_id_events"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_event_tickets_participant_id_participants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event_tickets")),
        sa.UniqueConstraint("code", name=op.f("uq_event_tickets_code")),
        sa.UniqueConstraint("event_id", "participant_id", name=op.f("uq_event_tickets_event_id")),
    )
    with op.batch_alter_table("event_tickets", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_event_tickets_participant_id"), ["participant_id"], unique=False
        )

    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("rsvp", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
        batch_op.add_column(sa.Column("capacity", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("rsvp_closes_at", storage.types.UTCDateTime(), nullable=True))
        batch_op.add_column(
            sa.Column("online", sa.Boolean(), server_default=sa.false(), nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_column("online")
        batch_op.drop_column("rsvp_closes_at")
        batch_op.drop_column("capacity")
        batch_op.drop_column("rsvp")

    with op.batch_alter_table("event_tickets", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_tickets_participant_id"))

    op.drop_table("event_tickets")
    with op.batch_alter_table("event_rsvps", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_rsvps_participant_id"))
        batch_op.drop_index("ix_event_rsvps_event_id_state")

    op.drop_table("event_rsvps")
    with op.batch_alter_table("event_news", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_news_event_id"))

    op.drop_table("event_news")
    with op.batch_alter_table("event_feedback", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_feedback_participant_id"))

    op.drop_table("event_feedback")
    op.drop_table("event_day_settings")
    with op.batch_alter_table("event_checkins", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_checkins_participant_id"))

    op.drop_table("event_checkins")
