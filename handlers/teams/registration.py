"""The team registration wizard: consent first, then the team's fields, then a confirm screen.

Flow ``teamreg`` (state in the database, so a half-finished wizard survives a restart)::

    consent → name → title → desc → sdgs → org → country → more ─┬→ email → phone → confirm
                                              ↑                    │
                                              └── add another ─────┘
"""

from __future__ import annotations

from collections.abc import Callable

from bot.core.context import Context
from bot.core.flows import DONE, NEXT, STAY, Flow, Prompt, Step, flow_data
from bot.core.messages import Msg, Reply
from bot.core.router import Router
from handlers.teams import fields
from handlers.teams.common import (
    consent_version,
    current_program,
    has_consented,
    organization_lines,
    sdg_lines,
    team_card,
    without_a_team,
)
from handlers.teams.sdgs import sdg_step
from storage.models import Team

router = Router()


async def _ask_consent(ctx: Context) -> Prompt:
    return Prompt(
        Msg("privacy-consent", {"version": consent_version(ctx)}),
        [(Msg("privacy-agree"), "yes")],
    )


async def _consented(ctx: Context, value: str) -> str:
    if value != "yes":
        await ctx.router.flows.stale(ctx)
        return STAY
    await ctx.uow.consents.record(ctx.participant.id, consent_version(ctx), ctx.now())
    return NEXT


async def _ask_name(ctx: Context) -> Prompt:
    return Prompt(Msg("team-ask-name"))


async def _name(ctx: Context, text: str) -> str:
    try:
        name, key = fields.team_name(text)
    except fields.Invalid as error:
        ctx.reply(error.message_id)
        return STAY
    program_id = ctx.participant.program_id or ""
    if await ctx.uow.teams.by_name_key(program_id, key) is not None:
        ctx.reply("team-name-taken", name=name)
        return STAY
    flow_data(ctx)["name"] = name
    return NEXT


async def _ask_title(ctx: Context) -> Prompt:
    return Prompt(Msg("team-ask-title"))


async def _title(ctx: Context, text: str) -> str:
    return _store(ctx, "title", fields.project_title, text)


async def _ask_description(ctx: Context) -> Prompt:
    return Prompt(Msg("team-ask-description", {"max": fields.DESCRIPTION_MAX}))


async def _description(ctx: Context, text: str) -> str:
    return _store(ctx, "description", fields.description, text)


async def _sdgs_so_far(ctx: Context) -> list[int]:
    return list(flow_data(ctx).get("sdgs", []))


async def _save_sdgs(ctx: Context, goals: list[int]) -> str:
    flow_data(ctx)["sdgs"] = goals
    return NEXT


async def ask_organization(ctx: Context) -> Prompt:
    so_far = flow_data(ctx).get("organizations", [])
    if not so_far:
        return Prompt(Msg("team-ask-org"))
    return Prompt(Msg("team-ask-org-more", {"organizations": organization_lines(so_far)}))


async def organization_typed(ctx: Context, text: str) -> str:
    return _store(ctx, "pending_org", fields.organization, text)


COUNTRY_CHOICES = [(Msg(f"team-country-{code.lower()}"), code) for code in fields.COUNTRIES]


async def ask_country(ctx: Context) -> Prompt:
    return Prompt(
        Msg("team-ask-country", {"organization": flow_data(ctx).get("pending_org", "")}),
        COUNTRY_CHOICES,
    )


async def country_chosen(ctx: Context, code: str) -> str:
    if code not in fields.COUNTRIES:
        await ctx.router.flows.stale(ctx)
        return STAY
    data = flow_data(ctx)
    organizations = [
        org for org in data.get("organizations", []) if org["name"] != data.get("pending_org")
    ]
    organizations.append({"name": data.get("pending_org", ""), "country": code})
    data["organizations"] = organizations
    return NEXT


async def ask_more(ctx: Context) -> Prompt:
    choices = [(Msg("team-button-continue"), "done")]
    if len(flow_data(ctx).get("organizations", [])) < fields.MAX_ORGANIZATIONS:
        choices.insert(0, (Msg("team-button-add-org"), "add"))
    return Prompt(
        Msg(
            "team-ask-more", {"organizations": organization_lines(flow_data(ctx)["organizations"])}
        ),
        choices,
    )


async def _more(ctx: Context, value: str) -> str:
    if value == "add" and len(flow_data(ctx)["organizations"]) < fields.MAX_ORGANIZATIONS:
        return "org"
    return "email"


async def _ask_email(ctx: Context) -> Prompt:
    return Prompt(Msg("team-ask-email"))


async def _email(ctx: Context, text: str) -> str:
    return _store(ctx, "email", fields.email, text)


async def _ask_phone(ctx: Context) -> Prompt:
    return Prompt(Msg("team-ask-phone"), [(Msg("team-button-skip"), "skip")])


async def _phone(ctx: Context, text: str) -> str:
    return _store(ctx, "phone", fields.phone, text)


async def _skip_phone(ctx: Context, value: str) -> str:
    flow_data(ctx)["phone"] = ""
    return NEXT


def _draft(ctx: Context) -> Team:
    data = flow_data(ctx)
    name, key = fields.team_name(data["name"])
    return Team(
        program_id=ctx.participant.program_id,
        name=name,
        name_key=key,
        project_title=data["title"],
        description=data["description"],
        sdgs=data["sdgs"],
        organizations=data["organizations"],
        contact_email=data["email"],
        contact_phone=data.get("phone", ""),
        members=[],
    )


async def _ask_confirm(ctx: Context) -> Prompt:
    draft = _draft(ctx)
    data = flow_data(ctx)
    summary = Msg(
        "team-confirm",
        {
            "name": draft.name,
            "title": draft.project_title,
            "description": draft.description,
            "sdgs": sdg_lines(draft.sdgs),
            "organizations": organization_lines(draft.organizations),
            "email": draft.contact_email,
            "phone": data.get("phone") or Msg("team-none"),
        },
    )
    return Prompt(summary, [(Msg("team-button-register"), "ok")])


async def _confirmed(ctx: Context, value: str) -> str:
    program = await ctx.uow.programs.get(ctx.participant.program_id or "")
    if value != "ok" or program is None:
        await ctx.router.flows.stale(ctx)
        return STAY
    if await ctx.uow.teams.membership(ctx.participant.id, program.id) is not None:
        ctx.reply("team-already-member")
        return DONE
    draft = _draft(ctx)
    if await ctx.uow.teams.by_name_key(program.id, draft.name_key) is not None:
        ctx.reply("team-name-taken", name=draft.name)
        return "name"
    team = await ctx.uow.teams.create(draft, ctx.participant.id, ctx.now())
    team = await ctx.uow.teams.get(team.id) or team
    code = await ctx.uow.invites.team_code(team.id, ctx.now())
    ctx.reply("team-registered", name=team.name, code=code)
    ctx.send(Reply(await team_card(ctx, team, program)))
    return DONE


def _store(ctx: Context, key: str, check: Callable[[str], object], text: str) -> str:
    try:
        flow_data(ctx)[key] = check(text)
    except fields.Invalid as error:
        ctx.reply(error.message_id)
        return STAY
    return NEXT


REGISTRATION_FLOW = router.add_flow(
    Flow(
        "teamreg",
        [
            Step("consent", _ask_consent, on_choice=_consented),
            Step("name", _ask_name, on_text=_name),
            Step("title", _ask_title, on_text=_title),
            Step("desc", _ask_description, on_text=_description),
            sdg_step("sdgs", _sdgs_so_far, _save_sdgs),
            Step("org", ask_organization, on_text=organization_typed),
            Step("country", ask_country, on_choice=country_chosen),
            Step("more", ask_more, on_choice=_more),
            Step("email", _ask_email, on_text=_email),
            Step("phone", _ask_phone, on_text=_phone, on_choice=_skip_phone),
            Step("confirm", _ask_confirm, on_choice=_confirmed),
        ],
    )
)


@router.command("register", help_id="help-register")
async def register(ctx: Context) -> None:
    program = await current_program(ctx)
    if program is None:
        return
    if await ctx.uow.teams.membership(ctx.participant.id, program.id) is not None:
        ctx.reply("team-already-member")
        return
    first = "name" if await has_consented(ctx) else "consent"
    await ctx.router.flows.start(ctx, REGISTRATION_FLOW, {}, step=first)


router.menu_item("menu-register", "register", shown=without_a_team, first=True)
