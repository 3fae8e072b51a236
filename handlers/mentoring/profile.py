"""Mentor onboarding: right after accepting a mentor invite, the mentor tells their name,
organization, expertise, the languages they speak and their time zone (flow ``mprof``)."""

from __future__ import annotations

from bot.core.context import Context
from bot.core.flows import DONE, NEXT, STAY, Flow, Prompt, Step, flow_data
from bot.core.messages import Msg
from bot.core.roles import Role
from bot.core.router import PersonalData, Router
from bot.core.text import invisible_characters
from storage.models import MentorAssignment, MentoringSession, MentorProfile
from storage.personal import PersonalRows

router = Router()

LANGUAGES = ("mn", "ja", "en")
TIME_ZONES = ("Asia/Ulaanbaatar", "Asia/Tokyo")
TEXT_MAX = {"name": 120, "org": 200, "exp": 500}
DONE_CHOICE = "ok"


def _text_step(name: str) -> Step:
    async def ask(ctx: Context) -> Prompt:
        return Prompt(Msg(f"mentor-ask-{name}"))

    async def on_text(ctx: Context, text: str) -> str:
        if invisible_characters(text, multiline=True):
            ctx.reply("text-invisible-characters")
            return STAY
        value = " ".join(text.split())
        if not value or len(value) > TEXT_MAX[name]:
            ctx.reply("mentor-text-invalid", max=TEXT_MAX[name])
            return STAY
        flow_data(ctx)[name] = value
        return NEXT

    return Step(name, ask, on_text=on_text)


async def _ask_languages(ctx: Context) -> Prompt:
    chosen = flow_data(ctx).get("langs", [])
    choices = [
        (
            Msg(
                "mentor-language-toggle",
                {
                    "language": Msg(f"mentor-language-{code}"),
                    "state": "on" if code in chosen else "off",
                },
            ),
            code,
        )
        for code in LANGUAGES
    ]
    if chosen:
        choices.append((Msg("mentor-languages-done"), DONE_CHOICE))
    return Prompt(Msg("mentor-ask-languages"), choices)


async def _language(ctx: Context, value: str) -> str:
    data = flow_data(ctx)
    chosen: list[str] = list(data.get("langs", []))
    if value == DONE_CHOICE and chosen:
        return NEXT
    if value not in LANGUAGES:
        await ctx.router.flows.stale(ctx)
        return STAY
    data["langs"] = [c for c in LANGUAGES if (c in chosen) != (c == value)]
    await ctx.router.flows.ask(ctx, PROFILE)
    return STAY


async def _ask_zone(ctx: Context) -> Prompt:
    return Prompt(
        Msg("mentor-ask-zone"), [(Msg(f"mentor-zone-{i}"), str(i)) for i in range(len(TIME_ZONES))]
    )


async def _zone(ctx: Context, value: str) -> str:
    if value not in ("0", "1"):
        await ctx.router.flows.stale(ctx)
        return STAY
    data = flow_data(ctx)
    zone = TIME_ZONES[int(value)]
    await ctx.uow.mentoring.save_profile(
        MentorProfile(
            participant_id=ctx.participant.id,
            name=data["name"],
            organization=data["org"],
            expertise=data["exp"],
            languages=data["langs"],
            time_zone=zone,
            created_at=ctx.now(),
        )
    )
    ctx.participant.time_zone = zone
    ctx.reply("mentor-profile-saved", name=data["name"])
    return DONE


PROFILE = router.add_flow(
    Flow(
        "mprof",
        [
            _text_step("name"),
            _text_step("org"),
            _text_step("exp"),
            Step("langs", _ask_languages, on_choice=_language),
            Step("zone", _ask_zone, on_choice=_zone),
        ],
        roles=(Role.MENTOR,),
    )
)


@router.on_role_granted(Role.MENTOR)
async def start_profile(ctx: Context) -> None:
    """Right after a mentor invite is accepted (in its transaction), and on /mentor_profile."""
    await ctx.router.flows.start(ctx, PROFILE, {})


@router.command("mentor_profile", roles=(Role.MENTOR,))
async def mentor_profile(ctx: Context) -> None:
    await start_profile(ctx)


async def _describe_mentoring(ctx: Context) -> list[Msg]:
    person = ctx.participant.id
    lines = []
    profile = await ctx.uow.mentoring.profile(person)
    if profile is not None:
        lines.append(
            Msg(
                "privacy-mentor-profile",
                {
                    "name": profile.name,
                    "organization": profile.organization,
                    "expertise": profile.expertise,
                },
            )
        )
    teams, sessions = await ctx.uow.get(PersonalRows).mentoring(person)
    if teams or sessions:
        lines.append(Msg("privacy-mentoring", {"teams": teams, "sessions": sessions}))
    return lines


async def _erase_mentoring(ctx: Context) -> None:
    await ctx.uow.get(PersonalRows).forget_mentoring(ctx.participant.id)


router.keeps_personal_data(
    PersonalData(
        "mentoring",
        (
            MentorProfile.__tablename__,
            MentorAssignment.__tablename__,
            MentoringSession.__tablename__,
        ),
        _describe_mentoring,
        _erase_mentoring,
    )
)
