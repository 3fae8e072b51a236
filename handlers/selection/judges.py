"""Judges: the organizer's single-use invite (/invite_judge), and right after accepting it (or
on /judge_profile) the organizations the judge works for or with (flow ``jprof``): a team of
one of them is never assigned to them. What judges leave behind is theirs for /delete_me."""

from __future__ import annotations

import re
import unicodedata

from bot.core.context import Context
from bot.core.flows import DONE, STAY, Flow, Prompt, Step
from bot.core.messages import Msg
from bot.core.roles import Role
from bot.core.router import PersonalData, Router
from handlers.roles.invites import create_invite
from handlers.selection.common import repo

router = Router()

MAX_ORGANIZATIONS = 10
MAX_ORGANIZATION_CHARS = 200
NONE = "none"


def organization_key(name: str) -> str:
    """An organization's name as matching compares it: NFKC, case-folded, punctuation and
    extra spaces dropped ("Khan Solar LLC." and "khan solar llc" are one organization)."""
    text = unicodedata.normalize("NFKC", name).casefold()
    text = re.sub(r"[^\w\s]", " ", text)
    return " ".join(text.split())


def split_organizations(text: str) -> list[str] | None:
    """Names separated by commas, semicolons or lines; ``None`` when one is too long or there
    are too many."""
    names = [" ".join(part.split()) for part in re.split(r"[,;\n、，；]", text)]
    names = [name for name in names if name]
    if len(names) > MAX_ORGANIZATIONS or any(len(n) > MAX_ORGANIZATION_CHARS for n in names):
        return None
    return names


@router.command("invite_judge", help_id="help-invite-judge", roles=(Role.ORGANIZER,))
async def invite_judge(ctx: Context) -> None:
    await create_invite(ctx, Role.JUDGE)


async def _ask(ctx: Context) -> Prompt:
    profile = await repo(ctx).profile(ctx.participant.id)
    if profile is not None and profile.organizations:
        text = Msg(
            "sel-ask-organizations-again", {"organizations": ", ".join(profile.organizations)}
        )
    else:
        text = Msg("sel-ask-organizations")
    return Prompt(text, [(Msg("sel-button-no-organization"), NONE)])


async def _typed(ctx: Context, text: str) -> str:
    names = split_organizations(text)
    if not names:
        ctx.reply("sel-organizations-invalid", most=MAX_ORGANIZATIONS, chars=MAX_ORGANIZATION_CHARS)
        return STAY
    await _save(ctx, names)
    return DONE


async def _none(ctx: Context, value: str) -> str:
    if value != NONE:
        await ctx.router.flows.stale(ctx)
        return STAY
    await _save(ctx, [])
    return DONE


async def _save(ctx: Context, names: list[str]) -> None:
    await repo(ctx).save_profile(ctx.participant.id, names, ctx.now())
    if names:
        ctx.reply("sel-organizations-saved", organizations=", ".join(names))
    else:
        ctx.reply("sel-organizations-none")


PROFILE = router.add_flow(
    Flow("jprof", [Step("orgs", _ask, on_text=_typed, on_choice=_none)], roles=(Role.JUDGE,))
)


@router.on_role_granted(Role.JUDGE)
async def start_profile(ctx: Context) -> None:
    """Right after a judge invite is accepted (in its transaction), and on /judge_profile."""
    await ctx.router.flows.start(ctx, PROFILE, {})


@router.command("judge_profile", help_id="help-judge-profile", roles=(Role.JUDGE,))
async def judge_profile(ctx: Context) -> None:
    await start_profile(ctx)


async def _describe(ctx: Context) -> list[Msg]:
    lines = []
    profile = await repo(ctx).profile(ctx.participant.id)
    if profile is not None and profile.organizations:
        lines.append(
            Msg("sel-privacy-organizations", {"organizations": ", ".join(profile.organizations)})
        )
    reviews = await repo(ctx).reviews_of(ctx.participant.id)
    if reviews:
        lines.append(Msg("sel-privacy-scores", {"n": len(reviews)}))
    return lines


async def _erase(ctx: Context) -> None:
    await repo(ctx).erase_judge(ctx.participant.id)


router.keeps_personal_data(
    PersonalData(
        "selection",
        ("judge_profiles", "judge_conflicts", "judge_assignments", "judge_reviews"),
        _describe,
        _erase,
    )
)
