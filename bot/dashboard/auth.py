"""Who is signed in: the session cookie (signed with ``DASHBOARD_SECRET``), the session row it
names, and the CSRF token every form carries.

The cookie holds only a random session id, signed so that a forged or altered cookie is
refused before the database is asked; the row says who it is and until when. The person's
roles are read from the database on every request, so taking a role away ends their access
at the next click, whatever the cookie says.
"""

from __future__ import annotations

import hmac
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from itsdangerous import BadSignature, Signer
from starlette.requests import Request
from starlette.responses import Response

from bot.core.roles import Role
from storage.dashboard import DashboardRepository, DashboardSession
from storage.models import Participant

COOKIE = "mics_dashboard"
COOKIE_PATH = "/admin"
SALT = "dashboard-session"


@dataclass(frozen=True)
class SignedIn:
    session: DashboardSession
    person: Participant


class Cookies:
    def __init__(self, secret: str, hours: float, secure: bool) -> None:
        self.signer = Signer(secret, salt=SALT)
        self.hours = hours
        self.secure = secure

    def session_id(self, request: Request) -> str | None:
        raw = request.cookies.get(COOKIE)
        if not raw or len(raw) > 512:
            return None
        try:
            return self.signer.unsign(raw).decode("ascii")
        except (BadSignature, UnicodeDecodeError):
            return None

    def set(self, response: Response, session_id: str, request: Request) -> None:
        response.set_cookie(
            COOKIE,
            self.signer.sign(session_id).decode("ascii"),
            max_age=int(self.hours * 3600),
            path=COOKIE_PATH,
            httponly=True,
            secure=self.secure or request.url.scheme == "https",
            samesite="lax",
        )

    def clear(self, response: Response) -> None:
        response.delete_cookie(COOKIE, path=COOKIE_PATH, httponly=True, samesite="lax")

    def signed(self, session_id: str) -> str:
        """The cookie value of ``session_id`` (tests sign cookies of their own sessions)."""
        return self.signer.sign(session_id).decode("ascii")


async def signed_in(
    request: Request, cookies: Cookies, dashboard: DashboardRepository, now: datetime
) -> SignedIn | None:
    session_id = cookies.session_id(request)
    if session_id is None:
        return None
    found = await dashboard.live_session(session_id, now)
    return SignedIn(*found) if found is not None else None


def holds(person: Participant, roles: Iterable[Role]) -> bool:
    """Whether the person holds one of ``roles`` in the program they follow."""
    return bool(frozenset(roles) & person.roles_in(person.program_id))


def csrf_ok(session: DashboardSession, sent: str | None) -> bool:
    return bool(sent) and hmac.compare_digest(session.csrf_token, str(sent))
