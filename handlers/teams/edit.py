"""The lead edits the team's fields, one at a time (flow ``teamedit``: field → value)."""

from __future__ import annotations

from bot.core.context import Context
from bot.core.flows import DONE, NEXT, STAY, Flow, Prompt, Step, flow_data
from bot.core.messages import Msg, Reply
from bot.core.router import Router
from handlers.teams import fields
from handlers.teams.common import current_program, my_membership, team_card
from handlers.teams.registration import (
    ask_country,
    ask_more,
    ask_organization,
    country_chosen,
    organization_typed,
)
from handlers.teams.sdgs import sdg_step
from storage.models import Program, Team
from storage.teams import TeamRole

router = Router()

EDITABLE = ("name", "title", "desc", "sdgs", "orgs", "email", "phone")


async def _ask_field(ctx: Context) -> Prompt:
    return Prompt(
        Msg("team-edit-choose"), [(Msg(f"team-edit-field-{name}"), name) for name in EDITABLE]
    )


async def _field(ctx: Context, value: str) -> str:
    if value not in EDITABLE:
        await ctx.router.flows.stale(ctx)
        return STAY
    flow_data(ctx)["field"] = value
    if value == "orgs":
        flow_data(ctx)["organizations"] = []
        return "org"
    if value == "sdgs":
        return "sdgs"
    return NEXT


async def _ask_value(ctx: Context) -> Prompt:
    field = flow_data(ctx)["field"]
    if field == "desc":
        return Prompt(Msg("team-ask-description", {"max": fields.DESCRIPTION_MAX}))
    return Prompt(Msg(f"team-edit-ask-{field}"))


async def _led_team(ctx: Context) -> tuple[Team, Program] | None:
    program = await current_program(ctx)
    membership = await ctx.uow.teams.membership(ctx.participant.id, program.id) if program else None
    if program is None or membership is None or membership.role != TeamRole.LEAD:
        ctx.reply("team-lead-only")
        return None
    return membership.team, program


async def _value(ctx: Context, text: str) -> str:
    found = await _led_team(ctx)
    if found is None:
        return DONE
    team, program = found
    field = flow_data(ctx)["field"]
    try:
        if field == "name":
            name, key = fields.team_name(text)
            other = await ctx.uow.teams.by_name_key(program.id, key)
            if other is not None and other.id != team.id:
                ctx.reply("team-name-taken", name=name)
                return STAY
            team.name, team.name_key = name, key
        elif field == "title":
            team.project_title = fields.project_title(text)
        elif field == "desc":
            team.description = fields.description(text)
        elif field == "email":
            team.contact_email = fields.email(text)
        else:
            team.contact_phone = "" if text.strip() == "-" else fields.phone(text)
    except fields.Invalid as error:
        ctx.reply(error.message_id)
        return STAY
    ctx.reply("team-edit-saved")
    ctx.send(Reply(await team_card(ctx, team, program)))
    return DONE


async def _current_sdgs(ctx: Context) -> list[int]:
    found = await _led_team(ctx)
    return list(found[0].sdgs) if found is not None else []


async def _save_sdgs(ctx: Context, goals: list[int]) -> str:
    found = await _led_team(ctx)
    if found is None:
        return DONE
    team, program = found
    team.sdgs = goals
    ctx.reply("team-edit-saved")
    ctx.send(Reply(await team_card(ctx, team, program)))
    return DONE


async def _more(ctx: Context, value: str) -> str:
    """After each organization: add another, or save the new list."""
    organizations = flow_data(ctx)["organizations"]
    if value == "add" and len(organizations) < fields.MAX_ORGANIZATIONS:
        return "org"
    found = await _led_team(ctx)
    if found is None:
        return DONE
    team, program = found
    team.organizations = list(organizations)
    ctx.reply("team-edit-saved")
    ctx.send(Reply(await team_card(ctx, team, program)))
    return DONE


EDIT_FLOW = router.add_flow(
    Flow(
        "teamedit",
        [
            Step("field", _ask_field, on_choice=_field),
            Step("value", _ask_value, on_text=_value),
            sdg_step("sdgs", _current_sdgs, _save_sdgs),
            Step("org", ask_organization, on_text=organization_typed),
            Step("country", ask_country, on_choice=country_chosen),
            Step("more", ask_more, on_choice=_more),
        ],
    )
)


@router.command("edit_team", help_id="help-edit-team")
async def edit_team(ctx: Context) -> None:
    if await my_membership(ctx, lead_only=True) is not None:
        await ctx.router.flows.start(ctx, EDIT_FLOW)
