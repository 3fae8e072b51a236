"""/showcase: a team lead chooses what visitors may see of the project (title, a pitch in
Mongolian and Japanese and optionally English, SDGs, what the team looks for, the latest
deck) and confirms it; nothing is public before. A program may require an organizer's
approval (``[matching] approval``) and decides which teams may publish (``publish``).

Flow ``mshow``: title → pitch-mn → pitch-ja → pitch-en → sdgs → needs → note → deck → confirm.
"""

from __future__ import annotations

from bot.core.context import Context
from bot.core.flows import DONE, NEXT, STAY, Flow, Prompt, Step, flow_data
from bot.core.messages import Button, Msg, Reply, Text, Verbatim
from bot.core.roles import Role
from bot.core.router import Router
from handlers.matching.buttons import Review
from handlers.matching.common import (
    NOTE_MAX,
    PITCH_MAX,
    TITLE_MAX,
    card,
    may_publish,
    repo,
    rules_of,
)
from handlers.matching.partner_types import partner_type_step
from handlers.teams.common import my_membership
from handlers.teams.sdgs import sdg_step
from storage.matching import ShowcaseProject, ShowcaseState
from storage.models import Program, Submission, Team

router = Router()

KEEP = "keep"
SKIP = "skip"
YES, NO = "yes", "no"
PUBLISH = "publish"


async def latest_deck(ctx: Context, team_id: int) -> Submission | None:
    """The team's newest handed-in file or link, of any stage."""
    versions = await ctx.uow.submissions.of_team(team_id)
    return max(versions, key=lambda s: (s.received_at, s.id)) if versions else None


async def _lead_team(ctx: Context) -> tuple[Team, Program] | None:
    found = await my_membership(ctx, lead_only=True)
    return (found[0].team, found[1]) if found is not None else None


def _clean(text: str) -> str:
    return " ".join(text.split())


async def _ask_title(ctx: Context) -> Prompt:
    current = flow_data(ctx)["title"]
    return Prompt(
        Msg("match-ask-title", {"title": Verbatim(current), "max": TITLE_MAX}),
        [(Msg("match-button-keep"), KEEP)],
    )


async def _title(ctx: Context, text: str) -> str:
    title = _clean(text)
    if not title or len(title) > TITLE_MAX:
        ctx.reply("match-title-invalid", max=TITLE_MAX)
        return STAY
    flow_data(ctx)["title"] = title
    return NEXT


async def _keep_title(ctx: Context, value: str) -> str:
    if value != KEEP or not flow_data(ctx)["title"]:
        await ctx.router.flows.stale(ctx)
        return STAY
    return NEXT


def _pitch_step(language: str, optional: bool) -> Step:
    async def ask(ctx: Context) -> Prompt:
        choices: list[tuple[Text, str]] = [(Msg("match-button-skip"), SKIP)] if optional else []
        return Prompt(Msg(f"match-ask-pitch-{language}", {"max": PITCH_MAX}), choices)

    async def typed(ctx: Context, text: str) -> str:
        pitch = text.strip()
        if not pitch or len(pitch) > PITCH_MAX:
            ctx.reply("match-pitch-invalid", max=PITCH_MAX, length=len(pitch))
            return STAY
        flow_data(ctx).setdefault("pitches", {})[language] = pitch
        return NEXT

    async def skipped(ctx: Context, value: str) -> str:
        if not optional or value != SKIP:
            await ctx.router.flows.stale(ctx)
            return STAY
        flow_data(ctx).setdefault("pitches", {}).pop(language, None)
        return NEXT

    return Step(f"pitch-{language}", ask, on_text=typed, on_choice=skipped)


async def _initial_sdgs(ctx: Context) -> list[int]:
    return [int(n) for n in flow_data(ctx).get("sdgs", [])]


async def _save_sdgs(ctx: Context, goals: list[int]) -> str:
    flow_data(ctx)["sdgs"] = goals
    return "needs"


async def _ask_note(ctx: Context) -> Prompt:
    return Prompt(Msg("match-ask-note", {"max": NOTE_MAX}), [(Msg("match-button-skip"), SKIP)])


async def _after_note(ctx: Context) -> str:
    team = await ctx.uow.teams.get(int(flow_data(ctx)["team"]))
    deck = await latest_deck(ctx, team.id) if team is not None else None
    if deck is None:
        flow_data(ctx)["deck"] = False
        return "confirm"
    return "deck"


async def _note(ctx: Context, text: str) -> str:
    note = _clean(text)
    if not note or len(note) > NOTE_MAX:
        ctx.reply("match-note-invalid", max=NOTE_MAX)
        return STAY
    flow_data(ctx)["note"] = note
    return await _after_note(ctx)


async def _no_note(ctx: Context, value: str) -> str:
    if value != SKIP:
        await ctx.router.flows.stale(ctx)
        return STAY
    flow_data(ctx)["note"] = ""
    return await _after_note(ctx)


async def _ask_deck(ctx: Context) -> Prompt:
    return Prompt(
        Msg("match-ask-deck"),
        [(Msg("match-button-deck-yes"), YES), (Msg("match-button-deck-no"), NO)],
    )


async def _deck(ctx: Context, value: str) -> str:
    if value not in (YES, NO):
        await ctx.router.flows.stale(ctx)
        return STAY
    flow_data(ctx)["deck"] = value == YES
    return NEXT


def _draft(data: dict[str, object], team: Team, program_id: str) -> ShowcaseProject:
    return ShowcaseProject(
        team_id=team.id,
        program_id=program_id,
        title=str(data["title"]),
        pitches=dict(data.get("pitches", {})),  # type: ignore[call-overload]
        sdgs=list(data.get("sdgs", [])),  # type: ignore[call-overload]
        needs=list(data.get("needs", [])),  # type: ignore[call-overload]
        need_note=str(data.get("note", "")),
        deck_public=bool(data.get("deck")),
    )


async def _ask_confirm(ctx: Context) -> Prompt:
    data = flow_data(ctx)
    team = await ctx.uow.teams.get(int(data["team"]))
    assert team is not None
    preview = card(_draft(data, team, team.program_id), team, ctx.locale)
    pitches = [
        Msg(
            "match-preview-pitch",
            {"language": Msg(f"match-language-{lang}"), "pitch": Verbatim(text)},
        )
        for lang, text in data.get("pitches", {}).items()
    ]
    deck = Msg("match-preview-deck-yes" if data.get("deck") else "match-preview-deck-no")
    return Prompt(
        Msg("match-ask-confirm", {"card": preview, "pitches": pitches, "deck": deck}),
        [(Msg("match-button-publish"), PUBLISH)],
    )


async def _confirm(ctx: Context, value: str) -> str:
    if value != PUBLISH:
        await ctx.router.flows.stale(ctx)
        return STAY
    found = await _lead_team(ctx)
    if found is None:
        return DONE
    team, program = found
    if team.id != int(flow_data(ctx)["team"]) or not await may_publish(ctx.uow, program, team):
        ctx.reply("match-may-not-publish")
        return DONE
    await publish(ctx, team, program, _draft(flow_data(ctx), team, program.id))
    return DONE


async def publish(ctx: Context, team: Team, program: Program, draft: ShowcaseProject) -> None:
    """Save what the lead confirmed: public now, or after an organizer's approval."""
    projects, now = repo(ctx.uow), ctx.now()
    project = await projects.project_of(team.id) or draft
    for field in ("title", "pitches", "sdgs", "needs", "need_note", "deck_public"):
        setattr(project, field, getattr(draft, field))
    project.confirmed_at = now
    if rules_of(program).approval:
        project.state, project.published_at = ShowcaseState.PENDING, None
        await projects.save_project(project)
        ctx.reply("match-sent-for-approval")
        for organizer in await ctx.uow.participants.with_role(Role.ORGANIZER, program.id):
            ctx.notify(organizer, review_request(project, team, organizer.language or "en"))
        return
    project.state, project.published_at = ShowcaseState.PUBLISHED, now
    await projects.save_project(project)
    ctx.reply("match-published")


def review_request(project: ShowcaseProject, team: Team, locale: str) -> Reply:
    """What organizers get: the card (in their language when sent) and Approve / Send back."""
    return Reply(
        Msg("match-review", {"card": card(project, team, locale), "team": Verbatim(team.name)}),
        [
            Button(Msg("match-button-approve"), Review(project.id, True).pack()),
            Button(Msg("match-button-send-back"), Review(project.id, False).pack()),
        ],
    )


SHOWCASE = router.add_flow(
    Flow(
        "mshow",
        [
            Step("title", _ask_title, on_text=_title, on_choice=_keep_title),
            _pitch_step("mn", optional=False),
            _pitch_step("ja", optional=False),
            _pitch_step("en", optional=True),
            sdg_step("sdgs", _initial_sdgs, _save_sdgs),
            partner_type_step("needs", "match-ask-needs"),
            Step("note", _ask_note, on_text=_note, on_choice=_no_note),
            Step("deck", _ask_deck, on_choice=_deck),
            Step("confirm", _ask_confirm, on_choice=_confirm),
        ],
    )
)


@router.command("showcase", help_id="help-showcase")
async def showcase(ctx: Context) -> None:
    found = await _lead_team(ctx)
    if found is None:
        return
    team, program = found
    if not await may_publish(ctx.uow, program, team):
        ctx.reply("match-may-not-publish")
        return
    current = await repo(ctx.uow).project_of(team.id)
    if current is not None and current.state != ShowcaseState.WITHDRAWN:
        ctx.reply(f"match-showcase-{current.state}", card=card(current, team, ctx.locale))
    start = {
        "team": team.id,
        "title": current.title if current else team.project_title,
        "pitches": dict(current.pitches) if current else {},
        "sdgs": list(current.sdgs) if current else list(team.sdgs),
        "needs": list(current.needs) if current else [],
    }
    await ctx.router.flows.start(ctx, SHOWCASE, start)


@router.command("unpublish", help_id="help-unpublish")
async def unpublish(ctx: Context) -> None:
    found = await _lead_team(ctx)
    if found is None:
        return
    project = await repo(ctx.uow).project_of(found[0].id)
    if project is None or project.state == ShowcaseState.WITHDRAWN:
        ctx.reply("match-not-published")
        return
    project.state, project.published_at = ShowcaseState.WITHDRAWN, None
    ctx.reply("match-unpublished")


@router.button(Review, roles=(Role.ORGANIZER,))
async def reviewed(ctx: Context, pressed: Review) -> None:
    projects = repo(ctx.uow)
    project = await projects.project(pressed.project)
    if project is None or project.program_id != ctx.participant.program_id:
        await ctx.router.flows.stale(ctx)
        return
    team = await ctx.uow.teams.get(project.team_id)
    if team is None or project.state != ShowcaseState.PENDING:
        ctx.reply("match-review-done")
        return
    lead = next((m.participant for m in team.members if m.role == "lead"), None)
    if pressed.approve:
        project.state, project.published_at = ShowcaseState.PUBLISHED, ctx.now()
        ctx.reply("match-approved", team=Verbatim(team.name))
        if lead is not None:
            ctx.notify(lead, Reply(Msg("match-approved-lead", {"title": Verbatim(project.title)})))
    else:
        project.state = ShowcaseState.WITHDRAWN
        ctx.reply("match-sent-back", team=Verbatim(team.name))
        if lead is not None:
            ctx.notify(lead, Reply(Msg("match-sent-back-lead", {"title": Verbatim(project.title)})))
