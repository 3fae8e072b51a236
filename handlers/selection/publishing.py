"""/publish_results ROUND: a preview of each result message in each language its readers
speak, with counts, then one outbox row per member of every team the round decided on. The
rows' keys name the round, team, outcome and person, so publishing twice (or pressing an old
Publish button) adds nothing; a team moved up later (``tell_moved_up``) gets one row more.
Rows are ``account_update``s: the status of the team's application (Messenger's
``ACCOUNT_UPDATE`` tag outside the 24-hour window)."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from zoneinfo import ZoneInfo

from bot.core.context import DEFAULT_TIME_ZONES, Context
from bot.core.messages import ArgValue, Button, LocalTime, Msg, Reply, Verbatim
from bot.core.outbox import RenderContext, Renderers
from bot.core.pages import Acting
from bot.core.roles import Role
from bot.core.router import Router
from handlers.selection.buttons import ConfirmPublish, RoundAct
from handlers.selection.common import (
    candidates,
    program_zone,
    round_from_argument,
    round_name,
    round_of_program,
    when,
)
from storage.models import Stage, Team
from storage.outbox import NewDelivery
from storage.selection import Outcome, RoundState, SelectionRepository, SelectionRound
from storage.uow import UnitOfWork

router = Router()
renderers = Renderers()

RESULT_RENDERER = "selection-result"
"""The renderer and category of a result's rows."""
OUTCOMES = (Outcome.SELECTED, Outcome.WAITLISTED, Outcome.NOT_SELECTED)
LANGUAGES = ("mn", "ja", "en")


def group_key(row: SelectionRound) -> str:
    return f"{row.program_id}:selection:{row.key}"


def result_rows(
    row: SelectionRound,
    team_id: int,
    member_ids: list[int],
    outcome: Outcome,
    now: datetime,
    moved_up: bool = False,
) -> list[NewDelivery]:
    group = group_key(row)
    return [
        NewDelivery(
            key=f"{group}:t{team_id}:{outcome}:p{member}",
            participant_id=member,
            due_at=now,
            purpose="account_update",
            category=RESULT_RENDERER,
            renderer=RESULT_RENDERER,
            params={"round": row.id, "team": team_id, "outcome": str(outcome), "up": moved_up},
            group_key=group,
        )
        for member in member_ids
    ]


def next_stage(stages: list[Stage], row: SelectionRound, now: datetime) -> Stage | None:
    """What a selected team hands in next: the first stage still ahead that comes after the
    judged one (a live round: that opens after judging closed)."""
    judged = next((s for s in stages if s.key == row.stage_key), None)
    for stage in stages:
        after = stage.position > judged.position if judged else stage.opens_at >= row.closes()
        if after and stage.deadline_at > now:
            return stage
    return None


async def result_message(
    uow: UnitOfWork,
    row: SelectionRound,
    team: Team,
    outcome: Outcome,
    award: str,
    locale: str,
    now: datetime,
    moved_up: bool = False,
) -> Msg:
    """What a member of ``team`` reads: the result, an award, what comes next for a selected
    team, and the judges' feedback lines when the round shares them (never their names)."""
    program = await uow.programs.get(row.program_id)
    base: dict[str, ArgValue] = {
        "team": team.name,
        "round": round_name(row, locale),
        "program": program.names.get(locale, program.id) if program else row.program_id,
    }
    kind = "moved-up" if moved_up else str(outcome)
    lines = [Msg(f"sel-result-{kind}", base)]
    if award:
        lines.append(Msg("sel-result-award", {"award": Verbatim(award)}))
    if outcome == Outcome.SELECTED and program is not None:
        stage = next_stage(program.stages, row, now)
        if stage is not None:
            lines.append(
                Msg(
                    "sel-result-next-stage",
                    {
                        "stage": Verbatim(stage.names.get(locale, stage.key)),
                        "opens": when(stage.opens_at, program.time_zone),
                        "deadline": when(stage.deadline_at, program.time_zone),
                    },
                )
            )
        event = next((e for e in program.events if e.starts_at > now), None)
        if event is not None:
            starts: ArgValue = when(event.starts_at, event.time_zone)
            if event.all_day:  # its own day wherever the reader is
                day = event.starts_at.astimezone(ZoneInfo(event.time_zone)).date()
                starts = LocalTime(day, "date")
            lines.append(
                Msg(
                    "sel-result-next-event",
                    {"event": Verbatim(event.names.get(locale, event.key)), "starts": starts},
                )
            )
    if row.share_feedback:
        feedback = [
            Msg("sel-feedback-line", {"text": Verbatim(r.feedback)})
            for r in await uow.get(SelectionRepository).reviews(row.id)
            if r.team_id == team.id and r.feedback
        ]
        if feedback:
            lines.append(Msg("sel-result-feedback", {"lines": feedback}))
    return Msg("sel-lines", {"lines": lines})


@renderers.register(RESULT_RENDERER)
async def result(ctx: RenderContext) -> Reply | None:
    """Nothing when the decision changed since (a team moved up hears that instead) or the
    reader left the team."""
    store = ctx.uow.get(SelectionRepository)
    row = await store.round(int(ctx.params["round"]))
    if row is None or row.published_at is None:
        return None
    key = f"selection:{row.id}:decisions"
    if key not in ctx.memo:
        ctx.memo[key] = await store.decisions(row.id)
    decision = ctx.memo[key].get(int(ctx.params["team"]))
    if decision is None or decision.outcome != ctx.params["outcome"]:
        return None
    team = await ctx.uow.teams.team_of(ctx.participant.id, row.program_id)
    if team is None or team.id != decision.team_id:
        return None
    text = await result_message(
        ctx.uow,
        row,
        team,
        Outcome(decision.outcome),
        decision.award,
        ctx.locale,
        ctx.now,
        bool(ctx.params.get("up")),
    )
    return Reply(text)


@dataclass
class Publication:
    """What publishing did, as plain values."""

    teams: dict[str, int] = field(default_factory=dict)
    """Teams per outcome."""
    messages: int = 0
    """Outbox rows added (0 when the round was published already)."""


async def outcomes_of(uow: UnitOfWork, row: SelectionRound) -> list[tuple[Team, Outcome, str]]:
    """Each candidate team with its decision (not selected when undecided) and award."""
    decisions = await uow.get(SelectionRepository).decisions(row.id)
    found = []
    for team in await candidates(uow, row):
        decision = decisions.get(team.id)
        outcome = Outcome(decision.outcome) if decision else Outcome.NOT_SELECTED
        found.append((team, outcome, decision.award if decision else ""))
    return found


async def publish(uow: UnitOfWork, row: SelectionRound, now: datetime) -> Publication:
    """Record every candidate's outcome, mark the round published and enqueue the messages
    (the use case behind the Publish button). A second call adds nothing for the same
    members. It reads ids only: at 500 teams, loading every team and member would cost more
    than the rest together."""
    store = uow.get(SelectionRepository)
    teams = await store.candidate_team_ids(row)
    await store.decide_undecided(row.id, teams, Outcome.NOT_SELECTED, now)
    decisions = await store.decisions(row.id)
    members = await store.member_ids(teams)
    publication = Publication()
    rows: list[NewDelivery] = []
    for team in teams:
        outcome = Outcome(decisions[team].outcome)
        publication.teams[outcome] = publication.teams.get(outcome, 0) + 1
        rows.extend(result_rows(row, team, members.get(team, []), outcome, now))
    if row.published_at is None:
        row.published_at = now
    publication.messages = await uow.outbox.enqueue_many(rows, now)
    return publication


async def tell_moved_up(ctx: Acting, row: SelectionRound, team: Team) -> None:
    """A team of a published round moved up to selected: its members are told once."""
    await ctx.uow.outbox.enqueue_many(
        result_rows(
            row,
            team.id,
            [m.participant_id for m in team.members],
            Outcome.SELECTED,
            ctx.now(),
            moved_up=True,
        ),
        ctx.now(),
    )


@dataclass(frozen=True)
class Reach:
    """Who hears what when a round is published: per outcome, the teams, their members per
    language, and the first team (a sample for the preview)."""

    teams: Counter[str]
    people: dict[str, Counter[str]]
    first: dict[str, tuple[Team, str]]

    def lines(self) -> list[Msg]:
        """One line per outcome: teams, people, and people per language."""
        return [
            Msg(
                "sel-publish-count",
                {
                    "outcome": Msg(f"sel-outcome-{outcome}"),
                    "teams": self.teams[outcome],
                    "people": sum(self.people[outcome].values()),
                    "languages": ", ".join(
                        f"{code.upper()} {self.people[outcome][code]}"
                        for code in LANGUAGES
                        if self.people[outcome][code]
                    ),
                },
            )
            for outcome in OUTCOMES
            if self.teams[outcome]
        ]

    def messages(self) -> int:
        return sum(sum(c.values()) for c in self.people.values())


async def reach_of(uow: UnitOfWork, row: SelectionRound, default_language: str) -> Reach:
    """What publishing ``row`` now would send (the chat's preview and the dashboard's)."""
    people: dict[str, Counter[str]] = defaultdict(Counter)
    teams: Counter[str] = Counter()
    first: dict[str, tuple[Team, str]] = {}
    for team, outcome, award in await outcomes_of(uow, row):
        teams[outcome] += 1
        first.setdefault(outcome, (team, award))
        for member in team.members:
            people[outcome][member.participant.language or default_language] += 1
    return Reach(teams, people, first)


async def _preview(ctx: Context, row: SelectionRound) -> None:
    reach = await reach_of(ctx.uow, row, ctx.settings.default_language)
    if not reach.teams:
        ctx.reply("sel-publish-no-teams", round=round_name(row, ctx.locale))
        return
    people, first, lines = reach.people, reach.first, reach.lines()
    ctx.reply("sel-publish-preview", round=round_name(row, ctx.locale), lines=lines)
    translator = ctx.services.translator
    for outcome in OUTCOMES:
        if outcome not in first:
            continue
        team, award = first[outcome]
        for code in LANGUAGES:
            if not people[outcome][code]:
                continue
            message = await result_message(ctx.uow, row, team, outcome, award, code, ctx.now())
            text = translator.render(message, code, ZoneInfo(DEFAULT_TIME_ZONES[code]), ctx.now())
            ctx.reply(
                "sel-publish-sample",
                outcome=Msg(f"sel-outcome-{outcome}"),
                language=Msg(f"sel-language-{code}"),
                team=team.name,
                text=Verbatim(text),
            )
    ctx.reply(
        "sel-publish-confirm",
        buttons=[
            Button(Msg("sel-button-publish"), ConfirmPublish(row.id, True).pack()),
            Button(Msg("button-cancel"), ConfirmPublish(row.id, False).pack()),
        ],
        messages=reach.messages(),
    )


async def _not_publishable(ctx: Context, row: SelectionRound) -> bool:
    """Says why the round cannot be published now (published already, judging open)."""
    state = row.state(ctx.now())
    name = round_name(row, ctx.locale)
    zone = await program_zone(ctx.uow, row)
    if state == RoundState.PUBLISHED:
        assert row.published_at is not None
        ctx.reply("sel-publish-done-already", round=name, at=when(row.published_at, zone))
    elif state != RoundState.CLOSED:
        ctx.reply("sel-publish-still-open", round=name, closes=when(row.closes(), zone))
    else:
        return False
    return True


async def start_publishing(ctx: Context, row: SelectionRound) -> None:
    if not await _not_publishable(ctx, row):
        await _preview(ctx, row)


@router.command("publish_results", help_id="help-publish-results", roles=(Role.ORGANIZER,))
async def publish_results(ctx: Context) -> None:
    row = await round_from_argument(ctx, RoundAct.PUBLISH)
    if row is not None:
        await start_publishing(ctx, row)


@router.button(ConfirmPublish, roles=(Role.ORGANIZER,))
async def confirm_publish(ctx: Context, pressed: ConfirmPublish) -> None:
    row = await round_of_program(ctx, pressed.round)
    if row is None:
        return
    name = round_name(row, ctx.locale)
    if not pressed.go:
        ctx.reply("sel-publish-cancelled", round=name)
        return
    if await _not_publishable(ctx, row):
        return
    done = await publish(ctx.uow, row, ctx.now())
    ctx.reply(
        "sel-published",
        round=name,
        messages=done.messages,
        selected=done.teams.get(Outcome.SELECTED, 0),
        waitlisted=done.teams.get(Outcome.WAITLISTED, 0),
        rejected=done.teams.get(Outcome.NOT_SELECTED, 0),
    )
