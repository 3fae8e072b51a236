"""What the matching handlers share: the program's rules, which teams may publish, the
project card and the labels of the fixed list of needs and offers."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bot.core.context import Context
from bot.core.messages import ArgValue, Msg, Verbatim
from handlers.teams.common import sdg_lines
from storage.matching import MatchingRepository, MatchingVisitor, Need, ShowcaseProject
from storage.models import Program, Team
from storage.selection import SelectionRepository
from storage.teams import TeamRole
from storage.uow import UnitOfWork

NEEDS = tuple(Need)
PITCH_MAX = 300
TITLE_MAX = 120
NOTE_MAX = 200
MESSAGE_MAX = 500
PITCH_FALLBACK = {"mn": ("mn", "ja", "en"), "ja": ("ja", "mn", "en"), "en": ("en", "mn", "ja")}
"""Which of the lead's pitches a reader gets: their language's, else the others in order."""


@dataclass(frozen=True)
class Rules:
    publish: str
    """``all``, or the round whose selected teams may publish."""
    approval: bool


def rules_of(program: Program) -> Rules:
    """The ``[matching]`` section of the program file, validated on load."""
    found: dict[str, Any] = program.settings.get("matching", {})
    return Rules(str(found.get("publish", "all")), bool(found.get("approval", False)))


def repo(uow: UnitOfWork) -> MatchingRepository:
    return uow.get(MatchingRepository)


async def may_publish(uow: UnitOfWork, program: Program, team: Team) -> bool:
    """Whether the program lets this team show its project (all teams, or a round's selected
    ones once that round's results are published)."""
    if team.archived_at is not None:
        return False
    rules = rules_of(program)
    if rules.publish == "all":
        return True
    selected = await uow.get(SelectionRepository).selected_team_ids(program.id, rules.publish)
    return selected is not None and team.id in selected


def need_label(need: str) -> Msg:
    return Msg(f"match-need-{need}")


def need_lines(needs: list[Any]) -> list[Msg]:
    return [Msg("match-line-need", {"need": need_label(str(n))}) for n in needs]


def pitch_of(project: ShowcaseProject, locale: str) -> str:
    for language in PITCH_FALLBACK.get(locale, PITCH_FALLBACK["en"]):
        text = str(project.pitches.get(language) or "")
        if text:
            return text
    return ""


def card(project: ShowcaseProject, team: Team, locale: str) -> Msg:
    """A project as visitors see it: only what the lead published."""
    args: dict[str, ArgValue] = {
        "title": Verbatim(project.title),
        "team": Verbatim(team.name),
        "pitch": Verbatim(pitch_of(project, locale)),
        "sdgs": sdg_lines([int(n) for n in project.sdgs]) or [Msg("team-none")],
        "needs": need_lines(project.needs) or [Msg("team-none")],
        "note": Verbatim(project.need_note) if project.need_note else Msg("team-none"),
    }
    return Msg("match-card", args)


def rank(projects: list[ShowcaseProject], visitor: MatchingVisitor | None) -> list[ShowcaseProject]:
    """The projects whose needs meet more of the visitor's offers first; then the earliest
    published (a stable order everyone can check)."""
    offers = set(visitor.offers) if visitor is not None else set()

    def key(project: ShowcaseProject) -> tuple[int, float, int]:
        met = len(offers & set(project.needs))
        published = project.published_at.timestamp() if project.published_at else 0.0
        return (-met, published, project.id)

    return sorted(projects, key=key)


def lead_of(team: Team) -> int | None:
    for member in team.members:
        if member.role == TeamRole.LEAD:
            return member.participant_id
    return None


async def is_lead_of(ctx: Context, team_id: int) -> bool:
    """Whether the sender leads this team: checked on every press of an answer button."""
    team = await ctx.uow.teams.get(team_id)
    return team is not None and lead_of(team) == ctx.participant.id


def contact_text(kind: str, value: str) -> Msg:
    return Msg(f"match-contact-{kind}", {"value": Verbatim(value)})
