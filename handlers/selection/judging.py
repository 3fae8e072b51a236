"""Scoring in the chat: /judge shows a judge their queue per round (done / to do); a team's
button shows the team (no names in a blind round) and its deck, then the flow ``seljudge``
asks each criterion with point buttons, an optional private comment for organizers, an
optional feedback line for the team, and a summary to save. Scores can be changed until
judging closes; after that a team's button shows them read-only, and a score button from
before the close is refused. "I know this team" hands the team to another judge.

The flow ``seljudge``::

    c0 ─► c1 ─► … ─► c{n-1} ─► comment ─► feedback ─► confirm ─(save)─► done
     └─(I know this team)─► confirm the conflict (buttons outside the flow)
"""

from __future__ import annotations

from bot.core.context import Context
from bot.core.flows import DONE, NEXT, STAY, Flow, Prompt, Step, flow_data
from bot.core.messages import ArgValue, Button, Document, Msg, Reply, Text, Verbatim
from bot.core.roles import Role
from bot.core.router import Router
from handlers.decks.review import MIME_TYPES
from handlers.selection.assignment import reassign
from handlers.selection.buttons import DeclareConflict, JudgeTeam
from handlers.selection.common import decks, person_name, program_zone, repo, round_name, when
from handlers.selection.scoring import Criterion, criteria_of, overall
from handlers.teams.common import organization_lines, sdg_lines
from storage.models import Team
from storage.selection import RoundState, SelectionRound

router = Router()

MAX_COMMENT = 1000
MAX_FEEDBACK = 300
CONFLICT = "x"
KEEP, NONE, SAVE = "keep", "none", "save"
CRITERION_STEPS = [f"c{i}" for i in range(10)]
"""One step per criterion: a round has at most 10 (``bot/programs.py`` checks it)."""


# --- the queue -------------------------------------------------------------------------


async def _queue_rounds(ctx: Context) -> list[tuple[SelectionRound, list[int]]]:
    """The rounds of the judge's program where they have teams, with those teams' ids."""
    by_round: dict[int, list[int]] = {}
    for assignment in await repo(ctx).assignments_of(ctx.participant.id):
        by_round.setdefault(assignment.round_id, []).append(assignment.team_id)
    found = []
    for row in await repo(ctx).rounds(ctx.participant.program_id or ""):
        if row.id in by_round and row.state(ctx.now()) != RoundState.PUBLISHED:
            found.append((row, by_round[row.id]))
    return found


def team_label(row: SelectionRound, team: Team, number: int) -> Text:
    """How a judge sees a team on a button or a list line: its name, or in a blind round its
    number in the queue."""
    return Msg("sel-blind-team", {"n": number}) if row.blind else Verbatim(team.name)


def team_in_text(row: SelectionRound, team: Team, number: int) -> Msg:
    """The team in a sentence ("チーム「Nar」", "Nar баг"), or "Project 3" in a blind round."""
    if row.blind:
        return Msg("sel-blind-team", {"n": number})
    return Msg("sel-named-team", {"team": team.name})


async def show_queue(ctx: Context, only: SelectionRound | None = None) -> None:
    rounds = await _queue_rounds(ctx)
    if only is not None:
        rounds = [(row, teams) for row, teams in rounds if row.id == only.id]
    if not rounds:
        ctx.reply("sel-queue-empty")
        return
    for row, team_ids in rounds:
        done = {
            r.team_id for r in await repo(ctx).reviews(row.id) if r.judge_id == ctx.participant.id
        }
        wanted = set(team_ids)
        teams = sorted(
            (t for t in await ctx.uow.teams.in_program(row.program_id, True) if t.id in wanted),
            key=lambda t: t.id,
        )
        buttons, lines = [], []
        for number, team in enumerate(teams, start=1):
            label = team_label(row, team, number)
            state = "done" if team.id in done else "todo"
            lines.append(
                Msg(f"sel-queue-line-{state}", {"team": label, "title": team.project_title})
            )
            buttons.append(
                Button(
                    Msg(f"sel-queue-button-{state}", {"team": label}),
                    JudgeTeam(row.id, team.id).pack(),
                )
            )
        state = row.state(ctx.now())
        zone = await program_zone(ctx.uow, row)
        ctx.reply(
            "sel-queue",
            buttons=buttons,
            round=round_name(row, ctx.locale),
            state=state.value,
            opens=when(row.opens_at, zone),
            closes=when(row.closes(), zone),
            done=len(done & set(team_ids)),
            total=len(teams),
            lines=lines,
        )


@router.command("judge", help_id="help-judge", roles=(Role.JUDGE,))
async def judge(ctx: Context) -> None:
    await show_queue(ctx)


# --- a team, opened from the queue --------------------------------------------------------


async def _mine(ctx: Context, round_id: int, team_id: int) -> tuple[SelectionRound, Team] | None:
    """The round and team of a pressed button when the team is in the presser's queue; a
    button of another judge's team, another program or a crafted one is refused."""
    row = await repo(ctx).round(round_id)
    team = await ctx.uow.teams.get(team_id)
    if (
        row is None
        or team is None
        or row.program_id != ctx.participant.program_id
        or not await repo(ctx).is_assigned(row.id, team.id, ctx.participant.id)
    ):
        ctx.reply("sel-not-your-team")
        return None
    return row, team


async def _number_in_queue(ctx: Context, row: SelectionRound, team: Team) -> int:
    mine = sorted(
        a.team_id
        for a in await repo(ctx).assignments_of(ctx.participant.id)
        if a.round_id == row.id
    )
    return mine.index(team.id) + 1 if team.id in mine else 0


@router.button(JudgeTeam, roles=(Role.JUDGE,))
async def open_team(ctx: Context, pressed: JudgeTeam) -> None:
    found = await _mine(ctx, pressed.round, pressed.team)
    if found is None:
        return
    row, team = found
    state = row.state(ctx.now())
    number = await _number_in_queue(ctx, row, team)
    review = await repo(ctx).review(row.id, team.id, ctx.participant.id)
    zone = await program_zone(ctx.uow, row)
    if state == RoundState.PLANNED:
        opens = when(row.opens_at, zone)
        ctx.reply("sel-judging-not-open", round=round_name(row, ctx.locale), opens=opens)
        return
    if state != RoundState.OPEN:
        ctx.reply(
            "sel-judging-closed",
            round=round_name(row, ctx.locale),
            closes=when(row.closes(), zone),
        )
        if review is not None:
            ctx.reply(
                "sel-scores-read-only",
                summary=_summary(
                    ctx, row, team, number, review.scores, review.comment, review.feedback
                ),
            )
        return
    await _show_team(ctx, row, team, number)
    data = {
        "round": row.id,
        "team": team.id,
        "number": number,
        "scores": dict(review.scores) if review else {},
        "comment": review.comment if review else "",
        "feedback": review.feedback if review else "",
    }
    await ctx.router.flows.start(ctx, SCORING, data)


async def _show_team(ctx: Context, row: SelectionRound, team: Team, number: int) -> None:
    args: dict[str, ArgValue] = {
        "round": round_name(row, ctx.locale),
        "team": team_label(row, team, number),
        "title": team.project_title,
        "description": team.description,
        "sdgs": sdg_lines([int(n) for n in team.sdgs]) or [Msg("team-none")],
    }
    if row.blind:
        ctx.send(Reply(Msg("sel-team-view-blind", args)))
    else:
        members = [
            Msg("sel-member-line", {"name": person_name(m.participant)}) for m in team.members
        ]
        args["organizations"] = organization_lines(team.organizations) or [Msg("team-none")]
        args["members"] = members or [Msg("team-none")]
        ctx.send(Reply(Msg("sel-team-view", args)))
    if row.stage_key is None:
        return
    deck = (await decks(ctx.uow, row)).get(team.id)
    if deck is None:
        ctx.reply("sel-no-deck")
    elif deck.url is not None:
        ctx.reply("sel-deck-link", url=deck.url, version=deck.version)
    else:
        data = await ctx.services.files.get(deck.sha256)
        if data is None:
            ctx.reply("deck-file-missing", file=deck.file_name)
            return
        name = f"{number:02d}.{deck.kind}" if row.blind else deck.file_name
        mime = MIME_TYPES.get(deck.kind, "application/octet-stream")
        ctx.reply("sel-deck", document=Document(name, data, mime), version=deck.version)


# --- the scoring flow ----------------------------------------------------------------------


async def _flow_round(ctx: Context) -> SelectionRound | None:
    return await repo(ctx).round(int(flow_data(ctx)["round"]))


async def _still_open(ctx: Context) -> SelectionRound | None:
    """The round while judging is open; otherwise the judge is told and ``None``."""
    row = await _flow_round(ctx)
    if row is None:
        await ctx.router.flows.stale(ctx)
        return None
    if not row.is_open(ctx.now()):
        await _say_closed(ctx, row)
        return None
    return row


async def _say_closed(ctx: Context, row: SelectionRound) -> None:
    closes = when(row.closes(), await program_zone(ctx.uow, row))
    ctx.reply("sel-judging-closed", round=round_name(row, ctx.locale), closes=closes)


def _criteria(row: SelectionRound | None) -> list[Criterion]:
    return criteria_of(row.criteria) if row is not None else []


def _criterion_step(index: int) -> Step:
    async def ask(ctx: Context) -> Prompt:
        row = await _flow_round(ctx)
        criteria = _criteria(row)
        if index >= len(criteria):
            return Prompt(Msg("sel-judging-ended"))
        criterion = criteria[index]
        current = flow_data(ctx)["scores"].get(criterion.key)
        choices: list[tuple[Text, str]] = [
            (
                Msg("sel-score-current" if points == current else "sel-score", {"n": points}),
                str(points),
            )
            for points in range(criterion.low, criterion.high + 1)
        ]
        if index == 0:
            choices.append((Msg("sel-button-conflict"), CONFLICT))
        return Prompt(
            Msg(
                "sel-ask-score",
                {
                    "n": index + 1,
                    "count": len(criteria),
                    "criterion": criterion.name(ctx.locale),
                    "weight": _weight(criterion.weight),
                    "low": criterion.low,
                    "high": criterion.high,
                },
            ),
            choices,
        )

    async def chosen(ctx: Context, value: str) -> str:
        row = await _still_open(ctx)
        if row is None:
            return DONE
        data = flow_data(ctx)
        if value == CONFLICT and index == 0:
            _ask_conflict(ctx, row, int(data["team"]))
            return STAY
        criteria = _criteria(row)
        if index >= len(criteria) or not value.isdigit():
            await ctx.router.flows.stale(ctx)
            return STAY
        criterion = criteria[index]
        points = int(value)
        if not criterion.low <= points <= criterion.high:
            await ctx.router.flows.stale(ctx)
            return STAY
        data["scores"][criterion.key] = points
        return CRITERION_STEPS[index + 1] if index + 1 < len(criteria) else "comment"

    return Step(CRITERION_STEPS[index], ask, on_choice=chosen)


def _weight(weight: float) -> str:
    return f"{weight:g}"


def _note_step(name: str, limit: int) -> Step:
    """The optional comment (for organizers) or feedback line (for the team)."""

    async def ask(ctx: Context) -> Prompt:
        row = await _flow_round(ctx)
        current = flow_data(ctx).get(name, "")
        to_team = "yes" if row is not None and row.share_feedback else "no"
        choices: list[tuple[Text, str]] = []
        if current:
            choices.append((Msg("sel-button-keep"), KEEP))
            choices.append((Msg("sel-button-clear"), NONE))
        else:
            choices.append((Msg("sel-button-skip"), NONE))
        text = Msg(f"sel-ask-{name}", {"max": limit, "to_team": to_team})
        if current:
            text = Msg("sel-ask-note-current", {"question": text, "current": Verbatim(current)})
        return Prompt(text, choices)

    async def typed(ctx: Context, text: str) -> str:
        if await _still_open(ctx) is None:
            return DONE
        value = " ".join(text.split()) if name == "feedback" else text.strip()
        if not value or len(value) > limit:
            ctx.reply("sel-note-too-long", max=limit)
            return STAY
        flow_data(ctx)[name] = value
        return NEXT

    async def chosen(ctx: Context, value: str) -> str:
        if await _still_open(ctx) is None:
            return DONE
        if value == NONE:
            flow_data(ctx)[name] = ""
        elif value != KEEP:
            await ctx.router.flows.stale(ctx)
            return STAY
        return NEXT

    return Step(name, ask, on_text=typed, on_choice=chosen)


def _summary(
    ctx: Context,
    row: SelectionRound,
    team: Team,
    number: int,
    scores: dict[str, int],
    comment: str,
    feedback: str,
) -> Msg:
    criteria = _criteria(row)
    score = overall(scores, criteria)
    return Msg(
        "sel-summary",
        {
            "team": team_in_text(row, team, number),
            "lines": [
                Msg(
                    "sel-summary-line",
                    {"criterion": c.name(ctx.locale), "n": scores.get(c.key, 0), "high": c.high},
                )
                for c in criteria
            ],
            "overall": f"{score:.2f}" if score is not None else "-",
            "comment": Verbatim(comment) if comment else Msg("sel-none"),
            "feedback": Verbatim(feedback) if feedback else Msg("sel-none"),
        },
    )


async def _ask_confirm(ctx: Context) -> Prompt:
    data = flow_data(ctx)
    row = await _flow_round(ctx)
    team = await ctx.uow.teams.get(int(data["team"]))
    if row is None or team is None:
        return Prompt(Msg("sel-judging-ended"))
    summary = _summary(
        ctx, row, team, int(data["number"]), data["scores"], data["comment"], data["feedback"]
    )
    return Prompt(summary, [(Msg("sel-button-save"), SAVE)])


async def _confirm(ctx: Context, value: str) -> str:
    row = await _still_open(ctx)
    if row is None:
        return DONE
    if value != SAVE:
        await ctx.router.flows.stale(ctx)
        return STAY
    data = flow_data(ctx)
    team_id = int(data["team"])
    if not await repo(ctx).is_assigned(row.id, team_id, ctx.participant.id):
        ctx.reply("sel-not-your-team")
        return DONE
    scores = {c.key: int(data["scores"][c.key]) for c in _criteria(row) if c.key in data["scores"]}
    if len(scores) != len(_criteria(row)):
        await ctx.router.flows.stale(ctx)
        return STAY
    await repo(ctx).save_review(
        row.id, team_id, ctx.participant.id, scores, data["comment"], data["feedback"], ctx.now()
    )
    ctx.reply("sel-saved", closes=when(row.closes(), await program_zone(ctx.uow, row)))
    await show_queue(ctx, row)
    return DONE


async def _cancelled(ctx: Context) -> None:
    ctx.reply("sel-scoring-cancelled")


SCORING = router.add_flow(
    Flow(
        "seljudge",
        [
            *(_criterion_step(i) for i in range(len(CRITERION_STEPS))),
            _note_step("comment", MAX_COMMENT),
            _note_step("feedback", MAX_FEEDBACK),
            Step("confirm", _ask_confirm, on_choice=_confirm),
        ],
        on_cancel=_cancelled,
        roles=(Role.JUDGE,),
    )
)


# --- "I know this team" ----------------------------------------------------------------------


def _ask_conflict(ctx: Context, row: SelectionRound, team_id: int) -> None:
    ctx.reply(
        "sel-conflict-ask",
        buttons=[
            Button(Msg("sel-button-conflict-yes"), DeclareConflict(row.id, team_id, True).pack()),
            Button(Msg("sel-button-conflict-no"), DeclareConflict(row.id, team_id, False).pack()),
        ],
    )


@router.button(DeclareConflict, roles=(Role.JUDGE,))
async def declare_conflict(ctx: Context, pressed: DeclareConflict) -> None:
    found = await _mine(ctx, pressed.round, pressed.team)
    if found is None:
        return
    row, team = found
    scoring_it = (
        ctx.state is not None
        and ctx.state.flow == SCORING.name
        and ctx.state.data.get("team") == team.id
    )
    if not pressed.sure:
        ctx.reply("sel-conflict-kept")
        if scoring_it:
            await ctx.router.flows.ask(ctx, SCORING)
        return
    if not row.is_open(ctx.now()):
        await _say_closed(ctx, row)
        return
    store = repo(ctx)
    await store.add_conflict(ctx.participant.id, team.id, ctx.now())
    await store.delete_review(row.id, team.id, ctx.participant.id)
    await store.unassign(row.id, team.id, ctx.participant.id)
    if scoring_it:
        await ctx.uow.conversations.clear(ctx.participant.id)
        ctx.state = None
    replacement = await reassign(ctx, row, team)
    ctx.reply("sel-conflict-done" if replacement is not None else "sel-conflict-done-nobody")
    for organizer in await ctx.uow.participants.with_role(Role.ORGANIZER, row.program_id):
        if organizer.id == ctx.participant.id:
            continue
        locale = organizer.language or ctx.settings.default_language
        args: dict[str, ArgValue] = {
            "name": person_name(ctx.participant),
            "team": team.name,
            "round": round_name(row, locale),
        }
        if replacement is None:
            ctx.notify(organizer, Reply(Msg("sel-conflict-notice-nobody", args)))
        else:
            args["other"] = person_name(replacement)
            ctx.notify(organizer, Reply(Msg("sel-conflict-notice", args)))
