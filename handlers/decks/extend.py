"""/extend: an organizer gives one team a later deadline for a stage.

``/extend`` alone picks the stage and the team by buttons, then asks for the new deadline
(flow ``extend``); ``/extend STAGE YYYY-MM-DD HH:MM TEAM NAME`` does it in one line (scripts).
Either way the new deadline must come after the team's current one and after now, and each
kind of mistake gets its own answer. The team's members are told.

    /extend ─► stage ─► team ─► when ─(after the current deadline)─► done
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime, timedelta

from bot.core.context import Context
from bot.core.flows import DONE, NEXT, STAY, Flow, Prompt, Step, flow_data
from bot.core.messages import Msg, Reply, Verbatim
from bot.core.pages import Acting
from bot.core.roles import Role
from bot.core.router import Router
from handlers.decks.stages import deadline_time, program_stages, stage_name
from storage.models import Stage, Team

router = Router()


def name_key(name: str) -> str:
    """A team name as uniqueness compares it: NFC, whitespace collapsed, case-folded."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", name)).strip().casefold()


def _typed_time(ctx: Context, text: str) -> datetime | None:
    """``YYYY-MM-DD HH:MM`` (ISO 8601) in the organizer's zone unless it names an offset, or
    ``None``."""
    try:
        at = datetime.fromisoformat(" ".join(text.split()))
    except ValueError:
        return None
    return at if at.tzinfo is not None else at.replace(tzinfo=ctx.tz)


def _example(ctx: Context, deadline: datetime) -> str:
    """The current deadline two days later, as the organizer would type it."""
    later = (deadline + timedelta(days=2)).astimezone(ctx.tz).replace(tzinfo=None)
    return later.isoformat(sep=" ", timespec="minutes")


async def grant_extension(
    actor: Acting, team: Team, stage: Stage, deadline: datetime
) -> Msg | None:
    """Extend the team's deadline for the stage to ``deadline`` (``/extend`` and the
    dashboard); each member is told in their language once it is committed. Returns why not
    when ``deadline`` is not after the team's current deadline, or already past; else ``None``."""
    current = await actor.uow.submissions.deadline_for(team.id, stage)
    if deadline <= current:
        shown = await deadline_time(actor.uow, stage, current)
        return Msg("deck-extend-not-later", {"deadline": shown, "team": team.name})
    if deadline <= actor.now():
        return Msg("deck-extend-past", {"now": actor.now()})
    await actor.uow.submissions.grant_extension(
        team.id, stage.id, deadline, actor.participant.id, actor.now()
    )
    shown = await deadline_time(actor.uow, stage, deadline)
    for member in team.members:
        person = member.participant
        locale = person.language or actor.settings.default_language
        notice = Msg(
            "deck-extension-granted", {"stage": stage_name(stage, locale), "deadline": shown}
        )
        actor.notify(person, Reply(notice), "account_update")
    return None


async def _grant(ctx: Context, team: Team, stage: Stage, deadline: datetime) -> bool:
    """``grant_extension`` from the chat: ``False`` after saying why not."""
    refused = await grant_extension(ctx, team, stage, deadline)
    if refused is not None:
        ctx.send(Reply(refused))
        return False
    shown = await deadline_time(ctx.uow, stage, deadline)
    ctx.reply(
        "deck-extend-done", team=team.name, stage=stage_name(stage, ctx.locale), deadline=shown
    )
    return True


async def _stage(ctx: Context) -> Stage | None:
    stage = await ctx.uow.submissions.stage(int(flow_data(ctx)["stage"]))
    return stage if stage is not None and stage.program_id == flow_data(ctx)["program"] else None


async def _team(ctx: Context) -> Team | None:
    team = await ctx.uow.teams.get(int(flow_data(ctx)["team"]))
    if team is None or team.program_id != flow_data(ctx)["program"] or team.archived_at:
        return None
    return team


async def _ask_stage(ctx: Context) -> Prompt:
    stages = await program_stages(ctx, flow_data(ctx)["program"])
    return Prompt(
        Msg("deck-extend-choose-stage"),
        [(stage_name(stage, ctx.locale), str(stage.id)) for stage in stages],
    )


async def _chose_stage(ctx: Context, value: str) -> str:
    stages = await program_stages(ctx, flow_data(ctx)["program"])
    if not any(str(stage.id) == value for stage in stages):
        await ctx.router.flows.stale(ctx)
        return STAY
    flow_data(ctx)["stage"] = int(value)
    return NEXT


async def _ask_team(ctx: Context) -> Prompt:
    stage = await _stage(ctx)
    teams = await ctx.uow.teams.in_program(flow_data(ctx)["program"])
    name = stage_name(stage, ctx.locale) if stage else ""
    if not teams:
        return Prompt(Msg("deck-extend-no-teams"))
    return Prompt(
        Msg("deck-extend-choose-team", {"stage": name}),
        [(Verbatim(team.name), str(team.id)) for team in teams],
    )


async def _chose_team(ctx: Context, value: str) -> str:
    if not value.isdigit():
        await ctx.router.flows.stale(ctx)
        return STAY
    flow_data(ctx)["team"] = int(value)
    if await _team(ctx) is None:
        await ctx.router.flows.stale(ctx)
        return STAY
    return NEXT


async def _ask_time(ctx: Context) -> Prompt:
    stage, team = await _stage(ctx), await _team(ctx)
    if stage is None or team is None:
        return Prompt(Msg("deck-extend-gone"))
    current = await ctx.uow.submissions.deadline_for(team.id, stage)
    return Prompt(
        Msg(
            "deck-extend-ask-time",
            {
                "team": team.name,
                "stage": stage_name(stage, ctx.locale),
                "deadline": await deadline_time(ctx.uow, stage, current),
                "example": _example(ctx, current),
            },
        )
    )


async def _typed(ctx: Context, text: str) -> str:
    stage, team = await _stage(ctx), await _team(ctx)
    if stage is None or team is None:
        ctx.reply("deck-extend-gone")
        return DONE
    deadline = _typed_time(ctx, text)
    if deadline is None:
        current = await ctx.uow.submissions.deadline_for(team.id, stage)
        ctx.reply("deck-extend-bad-time", example=_example(ctx, current))
        return STAY
    return DONE if await _grant(ctx, team, stage, deadline) else STAY


FLOW = router.add_flow(
    Flow(
        "extend",
        [
            Step("stage", _ask_stage, on_choice=_chose_stage),
            Step("team", _ask_team, on_choice=_chose_team),
            Step("when", _ask_time, on_text=_typed),
        ],
        roles=(Role.ORGANIZER,),
    )
)


@router.command("extend", help_id="help-extend", roles=(Role.ORGANIZER,))
async def extend(ctx: Context) -> None:
    program_id = ctx.participant.program_id
    if program_id is None or not await program_stages(ctx, program_id):
        ctx.reply("deck-no-stages")
        return
    typed = ctx.message.command_arg.split(maxsplit=3)
    if not typed:
        await ctx.router.flows.start(ctx, FLOW, {"program": program_id})
        return
    if len(typed) != 4:
        ctx.reply("deck-extend-usage")
        return
    await _in_one_line(ctx, program_id, *typed)


async def _in_one_line(
    ctx: Context, program_id: str, stage_key: str, day: str, time: str, team_name: str
) -> None:
    """``/extend STAGE YYYY-MM-DD HH:MM TEAM NAME``: each part checked, each mistake named."""
    stages = await program_stages(ctx, program_id)
    stage = next((s for s in stages if s.key == stage_key), None)
    if stage is None:
        keys = ", ".join(s.key for s in stages)
        ctx.reply("deck-extend-unknown-stage", stage=stage_key, stages=keys)
        return
    deadline = _typed_time(ctx, f"{day} {time}")
    if deadline is None:
        ctx.reply("deck-extend-bad-time", example=_example(ctx, stage.deadline_at))
        return
    teams = await ctx.uow.teams.in_program(program_id)
    team = next((t for t in teams if t.name_key == name_key(team_name)), None)
    if team is None:
        ctx.reply("deck-extend-unknown-team", team=team_name)
        return
    await _grant(ctx, team, stage, deadline)
