"""The tables of the bot. Times are stored in UTC; texts shown to people live in ``locales/``."""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from storage.types import UTCDateTime

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UTCDateTime(),
        dict[str, Any]: JSON,
        list[Any]: JSON,
    }


class Program(Base):
    """One program (MICS 2024, MONJA, DXCUP…) as loaded from its TOML file."""

    __tablename__ = "programs"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    names: Mapped[dict[str, Any]]
    time_zone: Mapped[str] = mapped_column(String(64))
    team_min_size: Mapped[int] = mapped_column(Integer, default=1)
    team_max_size: Mapped[int] = mapped_column(Integer, default=6)
    settings: Mapped[dict[str, Any]]
    source_sha256: Mapped[str] = mapped_column(String(64))
    loaded_at: Mapped[datetime]

    stages: Mapped[list[Stage]] = relationship(
        back_populates="program", order_by="Stage.position", cascade="all, delete-orphan"
    )
    events: Mapped[list[Event]] = relationship(
        back_populates="program", order_by="Event.starts_at", cascade="all, delete-orphan"
    )


class Stage(Base):
    """A submission stage with its window and rules (proposal, interim deck, final deck)."""

    __tablename__ = "stages"
    __table_args__ = (UniqueConstraint("program_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[str] = mapped_column(ForeignKey("programs.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(64))
    position: Mapped[int]
    names: Mapped[dict[str, Any]]
    opens_at: Mapped[datetime]
    deadline_at: Mapped[datetime]
    accepts: Mapped[list[Any]]
    max_size_mb: Mapped[int]
    late_policy: Mapped[str] = mapped_column(String(16))
    reminder_hours: Mapped[list[Any]]

    program: Mapped[Program] = relationship(back_populates="stages")


class Event(Base):
    """An event of a program: a kick-off, a pitch day, a forum."""

    __tablename__ = "events"
    __table_args__ = (UniqueConstraint("program_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[str] = mapped_column(ForeignKey("programs.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(64))
    names: Mapped[dict[str, Any]]
    venue: Mapped[dict[str, Any]]
    languages: Mapped[list[Any]]
    time_zone: Mapped[str] = mapped_column(String(64))
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime | None]
    all_day: Mapped[bool] = mapped_column(Boolean, default=False)
    rsvp: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    """People say whether they come (event day: ``handlers/eventday``)."""
    capacity: Mapped[int | None] = mapped_column(Integer)
    """Seats on site; beyond them a waiting list. ``None``: no limit."""
    rsvp_closes_at: Mapped[datetime | None]
    """After this, no one can say they come; ``None``: when the event starts."""
    online: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    """The event has an online part: people may attend online instead of on site."""

    program: Mapped[Program] = relationship(back_populates="events")
    agenda: Mapped[list[AgendaItem]] = relationship(
        back_populates="event", order_by="AgendaItem.position", cascade="all, delete-orphan"
    )


class AgendaItem(Base):
    __tablename__ = "agenda_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"))
    position: Mapped[int]
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime | None]
    titles: Mapped[dict[str, Any]]

    event: Mapped[Event] = relationship(back_populates="agenda")


class Participant(Base):
    """A person on one channel. The same human on two channels is two participants."""

    __tablename__ = "participants"
    __table_args__ = (UniqueConstraint("channel", "external_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    channel: Mapped[str] = mapped_column(String(16))
    external_id: Mapped[str] = mapped_column(String(128))
    display_name: Mapped[str | None] = mapped_column(String(256))
    language: Mapped[str | None] = mapped_column(String(8))
    """The person's explicit choice; ``None`` until they chose."""
    time_zone: Mapped[str | None] = mapped_column(String(64))
    """An explicit choice; ``None`` means the default of their language."""
    program_id: Mapped[str | None] = mapped_column(
        ForeignKey("programs.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[datetime]
    last_seen_at: Mapped[datetime]
    """When the person last wrote, pressed a button or sent a file (any inbound message)."""
    blocked_at: Mapped[datetime | None]
    """Set when a platform says the person blocked the bot or cannot be reached; cleared when
    they write again or unblock."""

    roles: Mapped[list[ParticipantRole]] = relationship(
        back_populates="participant", cascade="all, delete-orphan", lazy="selectin"
    )

    def roles_in(self, program_id: str | None) -> frozenset[str]:
        """The roles held in ``program_id``, and those held for every program."""
        return frozenset(held.role for held in self.roles if held.program_id in (None, program_id))


class ParticipantRole(Base):
    """A role a person holds (organizer, mentor, judge, staff) in one program, or in every
    program when ``program_id`` is empty (``BOT_ORGANIZERS``). Team roles live with teams."""

    __tablename__ = "participant_roles"
    __table_args__ = (UniqueConstraint("participant_id", "role", "program_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(ForeignKey("participants.id", ondelete="CASCADE"))
    role: Mapped[str] = mapped_column(String(32))
    program_id: Mapped[str | None] = mapped_column(
        ForeignKey("programs.id", ondelete="CASCADE"), index=True
    )
    granted_at: Mapped[datetime]

    participant: Mapped[Participant] = relationship(back_populates="roles")


class ConversationState(Base):
    """Where a person is in a multi-step flow, so a restart or another worker can continue."""

    __tablename__ = "conversation_states"

    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"), primary_key=True
    )
    flow: Mapped[str] = mapped_column(String(32))
    step: Mapped[str] = mapped_column(String(32))
    data: Mapped[dict[str, Any]]
    history: Mapped[list[Any]]
    updated_at: Mapped[datetime]


class Team(Base):
    """A project team of a program. Its name is unique in the program, ignoring case."""

    __tablename__ = "teams"
    __table_args__ = (UniqueConstraint("program_id", "name_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[str] = mapped_column(ForeignKey("programs.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(120))
    name_key: Mapped[str] = mapped_column(String(120))
    """The name NFC-normalized, whitespace collapsed and case-folded: what uniqueness compares."""
    project_title: Mapped[str] = mapped_column(String(300), default="")
    description: Mapped[str] = mapped_column(String(2000), default="")
    sdgs: Mapped[list[Any]]
    organizations: Mapped[list[Any]]
    """``[{"name": …, "country": "MN" | "JP" | "other"}, …]``"""
    contact_email: Mapped[str] = mapped_column(String(320), default="")
    contact_phone: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[datetime]
    archived_at: Mapped[datetime | None]

    members: Mapped[list[TeamMember]] = relationship(
        back_populates="team", cascade="all, delete-orphan", order_by="TeamMember.id"
    )


class TeamMember(Base):
    """A person in a team: ``lead`` or ``member``. One team per person and program."""

    __tablename__ = "team_members"
    __table_args__ = (UniqueConstraint("program_id", "participant_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"), index=True)
    program_id: Mapped[str] = mapped_column(ForeignKey("programs.id", ondelete="CASCADE"))
    participant_id: Mapped[int] = mapped_column(ForeignKey("participants.id", ondelete="CASCADE"))
    role: Mapped[str] = mapped_column(String(16))
    joined_at: Mapped[datetime]

    team: Mapped[Team] = relationship(back_populates="members")
    participant: Mapped[Participant] = relationship(lazy="joined")


class ProcessedMessage(Base):
    """A platform message id already handled: a redelivered webhook event is dropped."""

    __tablename__ = "processed_messages"
    __table_args__ = (UniqueConstraint("channel", "platform_message_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    channel: Mapped[str] = mapped_column(String(16))
    platform_message_id: Mapped[str] = mapped_column(String(255))
    seen_at: Mapped[datetime]


class Submission(Base):
    """One accepted version of a team's file for a stage. Versions are never changed or removed;
    the bytes live in the content-addressed file store under ``sha256``."""

    __tablename__ = "submissions"
    __table_args__ = (UniqueConstraint("team_id", "stage_id", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"), index=True)
    stage_id: Mapped[int] = mapped_column(ForeignKey("stages.id", ondelete="CASCADE"), index=True)
    version: Mapped[int]
    kind: Mapped[str] = mapped_column(String(16))
    """What the content is (``pdf``, ``pptx``), found from the bytes, not the name; or ``link``."""
    sha256: Mapped[str] = mapped_column(String(64))
    """Of the file's bytes; of the URL's UTF-8 bytes for a link (nothing is in the file store)."""
    url: Mapped[str | None] = mapped_column(String(2000))
    """Set for a link (``kind == "link"``)."""
    size: Mapped[int]
    file_name: Mapped[str] = mapped_column(String(255))
    """The sender's file name, sanitized."""
    caption: Mapped[str] = mapped_column(String(1000), default="")
    uploader_id: Mapped[int | None] = mapped_column(
        ForeignKey("participants.id", ondelete="SET NULL")
    )
    channel: Mapped[str] = mapped_column(String(16))
    received_at: Mapped[datetime]
    late: Mapped[bool] = mapped_column(Boolean, default=False)


class StageExtension(Base):
    """An organizer's later deadline for one team and stage; it replaces the stage's deadline."""

    __tablename__ = "stage_extensions"
    __table_args__ = (UniqueConstraint("team_id", "stage_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"))
    stage_id: Mapped[int] = mapped_column(ForeignKey("stages.id", ondelete="CASCADE"))
    deadline_at: Mapped[datetime]
    granted_by: Mapped[int | None] = mapped_column(
        ForeignKey("participants.id", ondelete="SET NULL")
    )
    granted_at: Mapped[datetime]


class SubmissionNoticeMute(Base):
    """An organizer who asked not to be told about each new submission."""

    __tablename__ = "submission_notice_mutes"

    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"), primary_key=True
    )
    muted_at: Mapped[datetime]


class Consent(Base):
    """A person's consent to the processing of their personal data, per version of the text."""

    __tablename__ = "consents"

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"), index=True
    )
    version: Mapped[str] = mapped_column(String(32))
    accepted_at: Mapped[datetime]


class TeamInvite(Base):
    """The short code that lets people join a team; the lead can replace it with a new one."""

    __tablename__ = "team_invites"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime]
    revoked_at: Mapped[datetime | None]


class RoleInvite(Base):
    """A single-use invitation to a role in a program, valid until it expires."""

    __tablename__ = "role_invites"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    role: Mapped[str] = mapped_column(String(32))
    program_id: Mapped[str | None] = mapped_column(ForeignKey("programs.id", ondelete="CASCADE"))
    """The program the role is for; empty for every program."""
    created_by: Mapped[int | None] = mapped_column(
        ForeignKey("participants.id", ondelete="SET NULL")
    )
    created_at: Mapped[datetime]
    expires_at: Mapped[datetime]
    used_by: Mapped[int | None] = mapped_column(ForeignKey("participants.id", ondelete="SET NULL"))
    used_at: Mapped[datetime | None]


class InviteAttempt(Base):
    """A wrong invite code someone typed: counted to slow down guessing."""

    __tablename__ = "invite_attempts"

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"), index=True
    )
    attempted_at: Mapped[datetime]


class Delivery(Base):
    """One message the bot promised to send: a row of the outbox (see ``storage/outbox.py``).

    ``status``: pending → sending → sent | failed | blocked | deferred | cancelled | skipped.
    The text is not stored: ``renderer`` and ``params`` name what to render at send time, in the
    recipient's language and time zone of that moment.
    """

    __tablename__ = "deliveries"
    __table_args__ = (
        Index("ix_deliveries_status_due_at", "status", "due_at"),
        Index("ix_deliveries_participant_id_status", "participant_id", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    dedup_key: Mapped[str] = mapped_column(String(200), unique=True)
    participant_id: Mapped[int] = mapped_column(ForeignKey("participants.id", ondelete="CASCADE"))
    due_at: Mapped[datetime]
    expires_at: Mapped[datetime | None]
    """After this instant the message means nothing any more: it is skipped, never sent."""
    purpose: Mapped[str] = mapped_column(String(16))
    category: Mapped[str] = mapped_column(String(32))
    group_key: Mapped[str | None] = mapped_column(String(128), index=True)
    renderer: Mapped[str] = mapped_column(String(64))
    params: Mapped[dict[str, Any]]
    status: Mapped[str] = mapped_column(String(16))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    lease_owner: Mapped[str | None] = mapped_column(String(64))
    lease_until: Mapped[datetime | None]
    platform_message_id: Mapped[str | None] = mapped_column(String(128))
    error: Mapped[str | None] = mapped_column(String(500))
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    sent_at: Mapped[datetime | None]
    read_at: Mapped[datetime | None]
    """When the platform said the person read it (Messenger's read watermark)."""


class ReminderMute(Base):
    """A category of reminders (deadline, event, agenda…) a person asked not to receive."""

    __tablename__ = "reminder_mutes"
    __table_args__ = (UniqueConstraint("participant_id", "category"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(ForeignKey("participants.id", ondelete="CASCADE"))
    category: Mapped[str] = mapped_column(String(32))
    muted_at: Mapped[datetime]


class MentorProfile(Base):
    """What a mentor told about themselves when they joined: shown to organizers and teams."""

    __tablename__ = "mentor_profiles"

    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"), primary_key=True
    )
    name: Mapped[str] = mapped_column(String(120))
    organization: Mapped[str] = mapped_column(String(200))
    expertise: Mapped[str] = mapped_column(String(500))
    languages: Mapped[list[Any]]
    time_zone: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime]


class MentorAssignment(Base):
    """A mentor assigned to a team by an organizer; a team may have several mentors."""

    __tablename__ = "mentor_assignments"
    __table_args__ = (UniqueConstraint("team_id", "mentor_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"), index=True)
    mentor_id: Mapped[int] = mapped_column(ForeignKey("participants.id", ondelete="CASCADE"))
    assigned_at: Mapped[datetime]


class MentoringSession(Base):
    """A session between a team and its mentor, from the request to held / no-show.

    ``state``: requested, confirmed, held, no_show, cancelled, declined. While requested,
    ``awaiting`` says which side must answer (``mentor`` or ``team``) the ``proposals`` (UTC
    ISO times).
    ``version`` grows on every change: buttons and outbox rows carry it, so an old button or
    a reminder of a moved session is recognised as stale.
    """

    __tablename__ = "mentoring_sessions"
    __table_args__ = (Index("ix_mentoring_sessions_mentor_state", "mentor_id", "state"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"), index=True)
    mentor_id: Mapped[int] = mapped_column(ForeignKey("participants.id", ondelete="CASCADE"))
    requested_by: Mapped[int | None] = mapped_column(
        ForeignKey("participants.id", ondelete="SET NULL")
    )
    topic: Mapped[str] = mapped_column(String(300))
    proposals: Mapped[list[Any]]
    length_minutes: Mapped[int] = mapped_column(Integer)
    mode: Mapped[str] = mapped_column(String(16))
    place: Mapped[str] = mapped_column(String(500))
    state: Mapped[str] = mapped_column(String(16))
    awaiting: Mapped[str] = mapped_column(String(16))
    starts_at: Mapped[datetime | None]
    version: Mapped[int] = mapped_column(Integer, default=1)
    reason: Mapped[str] = mapped_column(String(500), default="")
    mentor_note: Mapped[str] = mapped_column(String(2000), default="")
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class Broadcast(Base):
    """An organizer's announcement: the texts as written (one per language, never parsed), an
    optional file sent with each of them, who receives it, when, and how far it got. Each
    recipient is one outbox row (``Delivery``) whose ``group_key`` is ``broadcast:{id}``.

    ``state``: scheduled → sending → done | cancelled.
    """

    __tablename__ = "broadcasts"

    id: Mapped[int] = mapped_column(primary_key=True)
    program_id: Mapped[str | None] = mapped_column(String(64))
    organizer_id: Mapped[int] = mapped_column(ForeignKey("participants.id", ondelete="CASCADE"))
    audience: Mapped[str] = mapped_column(String(32))
    audience_arg: Mapped[str | None] = mapped_column(String(128))
    texts: Mapped[dict[str, Any]]
    attachment: Mapped[str | None] = mapped_column(String(255))
    """The attached file's SHA-256, its key in the file store; ``None`` without an attachment."""
    attachment_name: Mapped[str | None] = mapped_column(String(255))
    attachment_mime: Mapped[str | None] = mapped_column(String(127))
    attachment_photo: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    """Sent as a photo (Telegram ``sendPhoto``, a Messenger image) rather than as a document."""
    state: Mapped[str] = mapped_column(String(16), index=True)
    recipients: Mapped[int] = mapped_column(Integer, default=0)
    scheduled_at: Mapped[datetime]
    created_at: Mapped[datetime]
    progress_at: Mapped[datetime | None]
    """When the organizer's progress message was last updated (at most every few seconds)."""
    finished_at: Mapped[datetime | None]
