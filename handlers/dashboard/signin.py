"""/dashboard: an organizer gets a link that signs them in to the dashboard, good once for ten
minutes. The bot does not know passwords: the chat, where the person is already known, vouches
for them."""

from __future__ import annotations

from bot.core.context import DEFAULT_TIME_ZONES, Context
from bot.core.messages import Msg
from bot.core.roles import Role
from bot.core.router import PersonalData, Router
from bot.core.settings import LANGUAGES
from storage.dashboard import LOGIN_TOKEN_MINUTES, DashboardRepository
from storage.models import Participant

router = Router()
LOGIN_PATH = "/admin/login"


def dashboard_locale(person: Participant, program_zone: str | None, fallback: str) -> str:
    """The language the dashboard opens in: the person's choice, else the language of the
    program's home zone (Ulaanbaatar: Mongolian, Tokyo: Japanese), else ``fallback``. It can
    be switched on every page."""
    if person.language in LANGUAGES:
        return str(person.language)
    by_zone = {zone: code for code, zone in DEFAULT_TIME_ZONES.items() if code != "en"}
    return by_zone.get(program_zone or "", fallback)


@router.command("dashboard", help_id="help-dashboard", roles=(Role.ORGANIZER,))
async def dashboard(ctx: Context) -> None:
    base = ctx.settings.base_url
    if base is None:
        ctx.reply("dashboard-no-address")
        return
    program_id = ctx.participant.program_id
    program = await ctx.uow.programs.get(program_id) if program_id else None
    locale = dashboard_locale(
        ctx.participant,
        program.time_zone if program else None,
        ctx.settings.default_language,
    )
    token = await ctx.uow.get(DashboardRepository).new_login_token(
        ctx.participant.id, locale, ctx.now()
    )
    ctx.reply(
        "dashboard-link",
        url=f"{base}{LOGIN_PATH}?token={token}",
        minutes=LOGIN_TOKEN_MINUTES,
    )


async def _describe(ctx: Context) -> list[Msg]:
    signed, audited = await ctx.uow.get(DashboardRepository).kept_of(ctx.participant.id)
    if not signed and not audited:
        return []
    return [Msg("privacy-dashboard", {"sessions": signed, "actions": audited})]


async def _erase(ctx: Context) -> None:
    await ctx.uow.get(DashboardRepository).forget(ctx.participant.id)


router.keeps_personal_data(
    PersonalData(
        "dashboard",
        ("dashboard_login_tokens", "dashboard_sessions", "dashboard_audit"),
        _describe,
        _erase,
    )
)
