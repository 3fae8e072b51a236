"""The organizer dashboard's own tables: single-use sign-in tokens, sessions, the audit of what
was done there, and the secrets the process makes for itself on first start.

Tokens and session ids are random; only their SHA-256 is stored, so a copy of the database
does not sign anyone in.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ForeignKey, String, delete, func, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Mapped, mapped_column

from storage.models import PERSONAL, Base, Participant

LOGIN_TOKEN_MINUTES = 10


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


class DashboardLoginToken(Base):
    """A link sent by ``/dashboard``: good once, for ten minutes."""

    __tablename__ = "dashboard_login_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    token_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"), index=True, info=PERSONAL
    )
    locale: Mapped[str] = mapped_column(String(8))
    """The language the dashboard opens in."""
    created_at: Mapped[datetime]
    expires_at: Mapped[datetime]
    used_at: Mapped[datetime | None]


class DashboardSession(Base):
    """A signed-in browser. The cookie holds the signed session id; the person's role is
    checked against the database on every request, so a revoked organizer is out at once."""

    __tablename__ = "dashboard_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"), index=True, info=PERSONAL
    )
    csrf_token: Mapped[str] = mapped_column(String(64))
    locale: Mapped[str] = mapped_column(String(8))
    flash: Mapped[dict[str, Any] | None]
    """The outcome of the last action, shown once on the next page."""
    created_at: Mapped[datetime]
    expires_at: Mapped[datetime]
    ended_at: Mapped[datetime | None]


class DashboardAudit(Base):
    """Who did what on the dashboard, and when: sign-ins and every state-changing action."""

    __tablename__ = "dashboard_audit"

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int | None] = mapped_column(
        ForeignKey("participants.id", ondelete="SET NULL"), index=True, info=PERSONAL
    )
    program_id: Mapped[str | None] = mapped_column(String(64), index=True)
    action: Mapped[str] = mapped_column(String(64))
    """``sign-in``, ``language``, ``sign-out``, or ``{page}/{action}``."""
    detail: Mapped[str] = mapped_column(String(500), default="")
    ok: Mapped[bool] = mapped_column(default=True)
    at: Mapped[datetime]


class StoredSecret(Base):
    """A secret the process made itself because no setting gave one (``DASHBOARD_SECRET``)."""

    __tablename__ = "stored_secrets"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(128))
    created_at: Mapped[datetime]


class DashboardRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def new_login_token(self, participant_id: int, locale: str, now: datetime) -> str:
        """A fresh token for a sign-in link; the caller puts it in the link and forgets it."""
        token = secrets.token_urlsafe(32)
        self.session.add(
            DashboardLoginToken(
                token_sha256=digest(token),
                participant_id=participant_id,
                locale=locale,
                created_at=now,
                expires_at=now + timedelta(minutes=LOGIN_TOKEN_MINUTES),
            )
        )
        await self.session.flush()
        return token

    async def use_login_token(self, token: str, now: datetime) -> DashboardLoginToken | None:
        """The token's row, marked used, when it is unused and unexpired; else ``None``. One
        statement, so two browsers opening the same link cannot both get in."""
        if not token or len(token) > 200:
            return None
        result = await self.session.execute(
            update(DashboardLoginToken)
            .where(
                DashboardLoginToken.token_sha256 == digest(token),
                DashboardLoginToken.used_at.is_(None),
                DashboardLoginToken.expires_at > now,
            )
            .values(used_at=now)
            .returning(DashboardLoginToken.id)
        )
        found = result.scalar_one_or_none()
        if found is None:
            return None
        return await self.session.get(DashboardLoginToken, found)

    async def start_session(
        self, participant_id: int, locale: str, now: datetime, hours: float
    ) -> tuple[str, DashboardSession]:
        """A new session; returns its id (for the cookie, signed) and the row."""
        session_id = secrets.token_urlsafe(32)
        row = DashboardSession(
            session_sha256=digest(session_id),
            participant_id=participant_id,
            csrf_token=secrets.token_urlsafe(32),
            locale=locale,
            created_at=now,
            expires_at=now + timedelta(hours=hours),
        )
        self.session.add(row)
        await self.session.flush()
        return session_id, row

    async def live_session(
        self, session_id: str, now: datetime
    ) -> tuple[DashboardSession, Participant] | None:
        """The session and its person while it has not expired or ended."""
        found = await self.session.scalar(
            select(DashboardSession).where(
                DashboardSession.session_sha256 == digest(session_id),
                DashboardSession.ended_at.is_(None),
                DashboardSession.expires_at > now,
            )
        )
        if found is None:
            return None
        person = await self.session.get(Participant, found.participant_id)
        return (found, person) if person is not None else None

    async def audit(
        self,
        participant_id: int | None,
        program_id: str | None,
        action: str,
        now: datetime,
        detail: str = "",
        ok: bool = True,
    ) -> None:
        self.session.add(
            DashboardAudit(
                participant_id=participant_id,
                program_id=program_id,
                action=action[:64],
                detail=detail[:500],
                ok=ok,
                at=now,
            )
        )
        await self.session.flush()

    async def audit_rows(self, program_id: str | None, limit: int = 200) -> list[DashboardAudit]:
        """The newest rows of the program (and those of no program: sign-ins)."""
        query = select(DashboardAudit).order_by(DashboardAudit.id.desc()).limit(limit)
        if program_id is not None:
            query = query.where(
                (DashboardAudit.program_id == program_id) | DashboardAudit.program_id.is_(None)
            )
        return list(await self.session.scalars(query))

    async def kept_of(self, participant_id: int) -> tuple[int, int]:
        """For /privacy: the person's live or unused sign-ins (sessions and links) and the
        rows of the audit that name them."""
        signed = 0
        for model in (DashboardLoginToken, DashboardSession):
            signed += (
                await self.session.scalar(
                    select(func.count()).where(model.participant_id == participant_id)
                )
                or 0
            )
        audited = await self.session.scalar(
            select(func.count()).where(DashboardAudit.participant_id == participant_id)
        )
        return signed, audited or 0

    async def sign_out_everywhere(self, participant_id: int, now: datetime) -> int:
        """End the person's live sessions and spend their unused sign-in links (a role of
        theirs was taken away); returns how many there were. If they may still open the
        dashboard, /dashboard gives them a new link."""
        ended = await self.session.execute(
            update(DashboardSession)
            .where(
                DashboardSession.participant_id == participant_id,
                DashboardSession.ended_at.is_(None),
                DashboardSession.expires_at > now,
            )
            .values(ended_at=now)
        )
        spent = await self.session.execute(
            update(DashboardLoginToken)
            .where(
                DashboardLoginToken.participant_id == participant_id,
                DashboardLoginToken.used_at.is_(None),
                DashboardLoginToken.expires_at > now,
            )
            .values(used_at=now)
        )
        return int(ended.rowcount or 0) + int(spent.rowcount or 0)  # type: ignore[attr-defined]

    async def forget(self, participant_id: int) -> None:
        """``/delete_me``: the person's tokens and sessions go, their audit rows lose the name."""
        for model in (DashboardLoginToken, DashboardSession):
            await self.session.execute(delete(model).where(model.participant_id == participant_id))
        await self.session.execute(
            update(DashboardAudit)
            .where(DashboardAudit.participant_id == participant_id)
            .values(participant_id=None)
        )

    async def secret(self, name: str, now: datetime) -> str:
        """The stored secret ``name``, made (and stored) the first time it is asked for; two
        processes starting at once agree on the first one stored."""
        dialect = self.session.bind.dialect.name if self.session.bind else "sqlite"
        insert = pg_insert if dialect == "postgresql" else sqlite_insert
        await self.session.execute(
            insert(StoredSecret)
            .values(name=name, value=secrets.token_urlsafe(48), created_at=now)
            .on_conflict_do_nothing(index_elements=["name"])
        )
        value = await self.session.scalar(
            select(StoredSecret.value).where(StoredSecret.name == name)
        )
        assert value is not None
        return value
