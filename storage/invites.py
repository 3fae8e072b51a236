"""Consents, team invite codes, role invites and the count of wrong codes a person typed."""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Consent, InviteAttempt, RoleInvite, TeamInvite

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
"""No 0/O or 1/I: codes are read aloud and typed."""
TEAM_CODE_LENGTH = 6
ROLE_CODE_LENGTH = 8


def new_code(length: int) -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(length))


def normalize_code(text: str) -> str:
    """What a person typed, as a code: upper case, without spaces or dashes."""
    return "".join(ch for ch in text.upper() if ch.isalnum())


class ConsentRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def latest(self, participant_id: int) -> Consent | None:
        return await self.session.scalar(
            select(Consent)
            .where(Consent.participant_id == participant_id)
            .order_by(Consent.accepted_at.desc(), Consent.id.desc())
            .limit(1)
        )

    async def has(self, participant_id: int, version: str) -> bool:
        found = await self.session.scalar(
            select(Consent.id).where(
                Consent.participant_id == participant_id, Consent.version == version
            )
        )
        return found is not None

    async def record(self, participant_id: int, version: str, now: datetime) -> None:
        if not await self.has(participant_id, version):
            self.session.add(
                Consent(participant_id=participant_id, version=version, accepted_at=now)
            )
            await self.session.flush()

    async def forget(self, participant_id: int) -> None:
        await self.session.execute(delete(Consent).where(Consent.participant_id == participant_id))


class InviteRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def team_code(self, team_id: int, now: datetime) -> str:
        """The team's current code, created on first use."""
        current = await self.session.scalar(
            select(TeamInvite).where(TeamInvite.team_id == team_id, TeamInvite.revoked_at.is_(None))
        )
        if current is not None:
            return current.code
        return await self.new_team_code(team_id, now)

    async def new_team_code(self, team_id: int, now: datetime) -> str:
        """Replace the team's code: the old one stops working."""
        for old in await self.session.scalars(
            select(TeamInvite).where(TeamInvite.team_id == team_id, TeamInvite.revoked_at.is_(None))
        ):
            old.revoked_at = now
        code = await self._unused_code(TEAM_CODE_LENGTH)
        self.session.add(TeamInvite(code=code, team_id=team_id, created_at=now))
        await self.session.flush()
        return code

    async def team_invite(self, code: str) -> TeamInvite | None:
        return await self.session.scalar(select(TeamInvite).where(TeamInvite.code == code))

    async def create_role_invite(
        self,
        role: str,
        created_by: int,
        now: datetime,
        valid_for: timedelta,
        program_id: str | None,
    ) -> RoleInvite:
        invite = RoleInvite(
            code=await self._unused_code(ROLE_CODE_LENGTH),
            role=role,
            program_id=program_id,
            created_by=created_by,
            created_at=now,
            expires_at=now + valid_for,
        )
        self.session.add(invite)
        await self.session.flush()
        return invite

    async def role_invite(self, code: str) -> RoleInvite | None:
        return await self.session.scalar(select(RoleInvite).where(RoleInvite.code == code))

    async def note_wrong_code(self, participant_id: int, now: datetime) -> None:
        self.session.add(InviteAttempt(participant_id=participant_id, attempted_at=now))
        await self.session.flush()

    async def wrong_codes_since(self, participant_id: int, since: datetime) -> int:
        count = await self.session.scalar(
            select(func.count(InviteAttempt.id)).where(
                InviteAttempt.participant_id == participant_id, InviteAttempt.attempted_at > since
            )
        )
        return int(count or 0)

    async def _unused_code(self, length: int) -> str:
        while True:
            code = new_code(length)
            taken = await self.session.scalar(
                select(TeamInvite.id).where(TeamInvite.code == code)
            ) or await self.session.scalar(select(RoleInvite.id).where(RoleInvite.code == code))
            if not taken:
                return code
