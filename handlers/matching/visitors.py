"""Visitors: anyone may open /projects (or the deep link ``projects``, printable as a QR code
for event tables) without a team. The first time, a short onboarding asks their name,
organization, country, what they offer (the same fixed list as the teams' needs) and which
contact they share, with their consent to share it with a team they choose.

Flow ``mvis``: name → organization → country → offers → contact kind → contact → consent.
"""

from __future__ import annotations

from bot.core.context import Context
from bot.core.flows import DONE, NEXT, STAY, Flow, Prompt, Step, flow_data
from bot.core.messages import Msg
from bot.core.router import Router
from handlers.matching.browse import open_project, show_list
from handlers.matching.common import repo
from handlers.matching.partner_types import partner_type_step
from handlers.teams import fields
from storage.matching import MatchingVisitor

router = Router()

DEEP_LINK = "projects"
NAME_MAX = 120
ORG_MAX = 200
COUNTRIES = ("jp", "mn", "other")
CONTACT_KINDS = ("email", "phone", "chat")
AGREE = "agree"
CHAT_MAX = 120


async def _ask_name(ctx: Context) -> Prompt:
    return Prompt(Msg("match-visitor-ask-name"))


async def _name(ctx: Context, text: str) -> str:
    name = " ".join(text.split())
    if not name or len(name) > NAME_MAX:
        ctx.reply("match-visitor-name-invalid", max=NAME_MAX)
        return STAY
    flow_data(ctx)["name"] = name
    return NEXT


async def _ask_org(ctx: Context) -> Prompt:
    return Prompt(Msg("match-visitor-ask-org"))


async def _org(ctx: Context, text: str) -> str:
    org = " ".join(text.split())
    if not org or len(org) > ORG_MAX:
        ctx.reply("match-visitor-org-invalid", max=ORG_MAX)
        return STAY
    flow_data(ctx)["organization"] = org
    return NEXT


async def _ask_country(ctx: Context) -> Prompt:
    return Prompt(
        Msg("match-visitor-ask-country"),
        [(Msg(f"team-country-{code}"), code) for code in COUNTRIES],
    )


async def _country(ctx: Context, value: str) -> str:
    if value not in COUNTRIES:
        await ctx.router.flows.stale(ctx)
        return STAY
    flow_data(ctx)["country"] = value
    return NEXT


async def _ask_kind(ctx: Context) -> Prompt:
    return Prompt(
        Msg("match-visitor-ask-contact-kind"),
        [(Msg(f"match-contact-kind-{kind}"), kind) for kind in CONTACT_KINDS],
    )


async def _kind(ctx: Context, value: str) -> str:
    if value not in CONTACT_KINDS:
        await ctx.router.flows.stale(ctx)
        return STAY
    flow_data(ctx)["contact_kind"] = value
    return NEXT


async def _ask_contact(ctx: Context) -> Prompt:
    return Prompt(Msg(f"match-visitor-ask-{flow_data(ctx)['contact_kind']}"))


def checked_contact(kind: str, text: str) -> str | None:
    """The contact as it is kept (an e-mail normalized as teams' are), or ``None``."""
    try:
        if kind == "email":
            return fields.email(text)
        if kind == "phone":
            return fields.phone(text)
    except fields.Invalid:
        return None
    value = fields.clean_text(text)
    return value if 0 < len(value) <= CHAT_MAX else None


async def _contact(ctx: Context, text: str) -> str:
    data = flow_data(ctx)
    value = checked_contact(data["contact_kind"], text)
    if value is None:
        ctx.reply(f"match-visitor-{data['contact_kind']}-invalid", max=CHAT_MAX)
        return STAY
    data["contact"] = value
    return NEXT


async def _ask_consent(ctx: Context) -> Prompt:
    return Prompt(Msg("match-visitor-consent"), [(Msg("match-button-agree"), AGREE)])


async def _consent(ctx: Context, value: str) -> str:
    if value != AGREE:
        await ctx.router.flows.stale(ctx)
        return STAY
    data = flow_data(ctx)
    await repo(ctx.uow).save_visitor(
        MatchingVisitor(
            participant_id=ctx.participant.id,
            name=data["name"],
            organization=data["organization"],
            country=data["country"],
            offers=data["offers"],
            contact_kind=data["contact_kind"],
            contact=data["contact"],
            consented_at=ctx.now(),
        )
    )
    ctx.reply("match-visitor-welcome", name=data["name"])
    project = data.get("project")
    await ctx.uow.conversations.clear(ctx.participant.id)
    ctx.state = None
    if project:
        await open_project(ctx, int(project))
    else:
        await show_list(ctx, 0, None)
    return DONE


ONBOARDING = router.add_flow(
    Flow(
        "mvis",
        [
            Step("name", _ask_name, on_text=_name),
            Step("org", _ask_org, on_text=_org),
            Step("country", _ask_country, on_choice=_country),
            partner_type_step("offers", "match-visitor-ask-offers"),
            Step("kind", _ask_kind, on_choice=_kind),
            Step("contact", _ask_contact, on_text=_contact),
            Step("consent", _ask_consent, on_choice=_consent),
        ],
    )
)


async def enter(ctx: Context, project: int | None) -> None:
    """The list (or one project), after the onboarding the first time."""
    if ctx.participant.program_id is None:
        ctx.reply("team-no-program")
        return
    if await repo(ctx.uow).visitor(ctx.participant.id) is None:
        ctx.reply("match-visitor-intro")
        await ctx.router.flows.start(ctx, ONBOARDING, {"project": project})
        return
    if project is not None:
        await open_project(ctx, project)
    else:
        await show_list(ctx, 0, None)


@router.command("projects", help_id="help-projects")
async def projects(ctx: Context) -> None:
    await enter(ctx, None)


@router.command("visitor_profile", help_id="help-visitor-profile")
async def visitor_profile(ctx: Context) -> None:
    """Change one's name, organization, offers or contact: the onboarding again."""
    await ctx.router.flows.start(ctx, ONBOARDING, {"project": None})


@router.deep_link(DEEP_LINK)
async def projects_link(ctx: Context) -> None:
    """``projects`` (the list) or ``projects_<id>`` (one project, from the public page)."""
    _, _, rest = ctx.message.command_arg.strip().partition("_")
    await enter(ctx, int(rest) if rest.isdigit() and len(rest) < 10 else None)
