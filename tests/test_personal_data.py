"""Every table with personal data is registered, shown by /privacy and cleared by /delete_me
(issue 15, defect 10: /delete_me left the mentor profile).

A column holding personal data is marked ``info=PERSONAL`` in its model; every table with such
a column must be named by some feature's ``PersonalData``. The second test gives one person
data in every such table, through the chat where a flow exists, deletes it, and then finds
none of it in any personal column."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import Column, Integer, MetaData, String, Table, select

from bot.core.feature import build_router
from handlers import FEATURES
from storage.dashboard import DashboardRepository
from storage.models import (
    PERSONAL,
    Base,
    Broadcast,
    MentoringSession,
    Participant,
    StageExtension,
    Submission,
    Team,
)
from storage.uow import UnitOfWork
from tests.mentoring_support import mentor_joins, participant_id
from tests.support import Chat
from tests.team_support import register_team, role_codes


def unregistered(metadata: MetaData, registered: set[str]) -> list[str]:
    """Tables with a personal column that no feature registered."""
    return sorted(
        table.name
        for table in metadata.tables.values()
        if any(column.info.get("personal") for column in table.columns)
        and table.name not in registered
    )


def registered_tables() -> set[str]:
    return {table for data in build_router(FEATURES).personal_data for table in data.tables}


def test_every_table_with_a_personal_column_is_registered() -> None:
    assert unregistered(Base.metadata, registered_tables()) == []


def test_a_new_personal_column_without_a_registration_is_found() -> None:
    metadata = MetaData()
    for table in Base.metadata.tables.values():
        table.to_metadata(metadata)
    Table(
        "lost_and_found",
        metadata,
        Column("id", Integer, primary_key=True),
        Column("question", String(2000), info=PERSONAL),
    )
    assert unregistered(metadata, registered_tables()) == ["lost_and_found"]


def test_every_registered_table_exists_and_has_a_personal_column() -> None:
    personal = {
        table.name
        for table in Base.metadata.tables.values()
        if any(column.info.get("personal") for column in table.columns)
    }
    assert registered_tables() - personal == set()


MARKERS = ("mia Sato", "JICA", "Solar energy", "mia@example.mn", "Mia's caption", "Mia's note")


async def everything_about_mia(chat: Chat) -> int:
    """mia: a mentor with a profile, then an organizer; lead of her own team with a contact
    e-mail; a deck she handed in with a caption, an extension she granted, a session she asked
    for and one she mentors with her note, a broadcast she wrote, an invite she made and one
    she used, a wrong code, muted reminders and deck notices, a dashboard sign-in link, session
    and audited action, and a form half filled in."""
    await mentor_joins(chat, "mia", "en", "1")
    await chat.say("/as org", "/invite_organizer")
    await chat.say("/as mia", f"/join {(await role_codes(chat.app))[-1]}")
    await chat.say("/as mia")
    await register_team(chat, "Mia Team", email="mia@example.mn")
    await chat.say("/as org", "/mentors", "1", "1")  # mia mentors Mia Team
    await chat.say("/as mia", "/invite_mentor", "/join WRONG1", "/reminders", "1", "/decknotices")
    mia = await participant_id(chat, "mia")
    now = chat.app.clock.now()
    async with chat.app.sessions() as session, session.begin():
        team = await session.scalar(select(Team).where(Team.name == "Mia Team"))
        assert team is not None
        common: dict[str, Any] = {"team_id": team.id, "created_at": now, "updated_at": now}
        session.add_all(
            [
                Submission(
                    team_id=team.id,
                    stage_id=1,
                    version=1,
                    kind="pdf",
                    sha256="0" * 64,
                    size=1,
                    file_name="deck.pdf",
                    caption="Mia's caption",
                    uploader_id=mia,
                    channel="console",
                    received_at=now,
                ),
                StageExtension(
                    team_id=team.id,
                    stage_id=1,
                    deadline_at=now + timedelta(days=1),
                    granted_by=mia,
                    granted_at=now,
                ),
                MentoringSession(
                    **common,
                    mentor_id=mia,
                    requested_by=mia,
                    topic="Pricing",
                    proposals=[],
                    length_minutes=60,
                    mode="online",
                    place="",
                    state="held",
                    awaiting="",
                    mentor_note="Mia's note",
                ),
                Broadcast(
                    organizer_id=mia,
                    audience="all",
                    texts={"en": "Hello"},
                    state="done",
                    scheduled_at=now,
                    created_at=now,
                ),
            ]
        )
    async with chat.app.sessions() as session, session.begin():
        dashboard = UnitOfWork(session).get(DashboardRepository)
        await dashboard.new_login_token(mia, "en", now)  # a /dashboard link not opened
        await dashboard.start_session(mia, "en", now, 8)
        await dashboard.audit(mia, "mics-2024", "teams/archive", now, "team=1")
    await chat.say("/as mia", "/edit_team")  # a form left half filled in
    return mia


async def personal_values(chat: Chat, person: int) -> list[tuple[str, str, object]]:
    """Every personal column's value that refers to ``person`` (a reference to their row) or
    holds one of the markers typed for them."""
    found = []
    async with chat.app.sessions() as session:
        for table in Base.metadata.sorted_tables:
            columns = [c for c in table.columns if c.info.get("personal")]
            if not columns:
                continue
            for row in (await session.execute(select(*columns))).all():
                for column, value in zip(columns, row, strict=True):
                    refers = any(
                        fk.column.table.name == "participants" for fk in column.foreign_keys
                    )
                    if (refers and value == person) or (
                        not refers and any(marker in str(value) for marker in MARKERS)
                    ):
                        found.append((table.name, column.name, value))
    return found


async def test_delete_me_clears_every_personal_column(chat: Chat) -> None:
    mia = await everything_about_mia(chat)
    before = await personal_values(chat, mia)
    assert sorted({(table, column) for table, column, _ in before}) == [
        ("broadcasts", "organizer_id"),
        ("consents", "participant_id"),
        ("conversation_states", "participant_id"),
        ("dashboard_audit", "participant_id"),
        ("dashboard_login_tokens", "participant_id"),
        ("dashboard_sessions", "participant_id"),
        ("invite_attempts", "participant_id"),
        ("mentor_assignments", "mentor_id"),
        ("mentor_profiles", "expertise"),
        ("mentor_profiles", "name"),
        ("mentor_profiles", "organization"),
        ("mentor_profiles", "participant_id"),
        ("mentoring_sessions", "mentor_id"),
        ("mentoring_sessions", "mentor_note"),
        ("mentoring_sessions", "requested_by"),
        ("reminder_mutes", "participant_id"),
        ("role_invites", "created_by"),
        ("role_invites", "used_by"),
        ("stage_extensions", "granted_by"),
        ("submission_notice_mutes", "participant_id"),
        ("submissions", "caption"),
        ("submissions", "uploader_id"),
        ("team_members", "participant_id"),
        ("teams", "contact_email"),
    ]
    await chat.say("/as mia", "/delete_me")
    assert await chat.say("1") == "Done: your personal data is deleted.\n\n"
    assert await personal_values(chat, mia) == []
    assert await chat.say("/privacy") == (
        "What I store about you:\n"
        "Channel and id: console mia\n"
        "Name: —\n"
        "Language: English; time zone: Ulaanbaatar (UTC+8)\n"
        "Roles:\n"
        "mentor\n"
        "organizer\n"
        "Consent: not given\n"
        "Teams:\n"
        "—\n"
        "Send /delete_me to delete your personal data.\n\n"
    )
    async with chat.app.sessions() as session:
        person = await session.get(Participant, mia)
        assert person is not None and person.display_name is None


async def test_privacy_shows_what_each_feature_keeps(chat: Chat) -> None:
    await everything_about_mia(chat)
    assert await chat.say("/as mia", "/cancel", "/privacy") == (
        "Cancelled. Nothing was saved. Send /menu for the main menu.\n\n"
        "What I store about you:\n"
        "Channel and id: console mia\n"
        "Name: mia\n"
        "Language: English; time zone: Ulaanbaatar (UTC+8)\n"
        "Roles:\n"
        "mentor\n"
        "organizer\n"
        "Consent: version 2024-1, given Mon, Nov 18, 2024 09:00\n"
        "Reminders you muted: 1\n"
        "Teams:\n"
        "• Mia Team (team lead)\n"
        "Role invites you made or used: 3; wrong invite codes you typed: 1\n"
        "Decks you handed in: 1; deadline extensions you granted: 1\n"
        "You muted the notice of each new deck.\n"
        "Mentor profile: mia Sato, JICA; expertise: Solar energy\n"
        "Teams you mentor: 1; mentoring sessions you asked for or mentor: 1\n"
        "Broadcasts you wrote: 1\n"
        "Dashboard sign-in links and sessions: 2; your actions in its log: 1\n"
        "Send /delete_me to delete your personal data.\n\n"
    )
