"""Who receives a broadcast, and in which language each of them reads it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

from bot.core.roles import Role
from storage.matching import MatchingRepository
from storage.models import Participant, Stage
from storage.selection import SelectionRepository
from storage.teams import TeamRole
from storage.uow import UnitOfWork

EVERYONE = "everyone"
PARTICIPANTS = "participants"
LEADS = "leads"
MENTORS = "mentors"
NO_SUBMISSION = "nosub"
TEAM = "team"
SELECTED = "selected"
NOT_SELECTED = "notselected"
"""The members of the teams selected (not selected) in a published round: the argument is
the round's id."""
JUDGES = "judges"
VISITORS = "visitors"
"""The visitors of co-creation matching (``handlers/matching``); the argument, when given, is
an offer (``storage.matching.Need``): only those offering it."""
ME = "me"
AUDIENCES = (
    EVERYONE,
    PARTICIPANTS,
    LEADS,
    MENTORS,
    NO_SUBMISSION,
    TEAM,
    ME,
    SELECTED,
    NOT_SELECTED,
    JUDGES,
    VISITORS,
)
ROUND_AUDIENCES = (SELECTED, NOT_SELECTED)
LANGUAGES = ("mn", "ja", "en")
DEFAULT_FALLBACK = "mn,ja,en"


def fallback_chain(setting: str) -> list[str]:
    """``BROADCAST_FALLBACK`` ("mn,ja,en"): the versions tried after the reader's own."""
    chain = [code.strip() for code in setting.split(",") if code.strip() in LANGUAGES]
    return chain or DEFAULT_FALLBACK.split(",")


def version_for(locale: str, texts: Mapping[str, str], chain: Sequence[str]) -> str | None:
    """The language version a reader of ``locale`` gets: their own, else the first of the
    chain that the organizer wrote."""
    for code in (locale, *chain, *LANGUAGES):
        if texts.get(code):
            return code
    return None


async def round_teams(uow: UnitOfWork, program_id: str, round_id: int, selected: bool) -> set[int]:
    """The teams selected (or not) in a published round of the program; none before it is."""
    store = uow.get(SelectionRepository)
    row = await store.round(round_id)
    if row is None or row.program_id != program_id:
        return set()
    chosen = await store.selected_team_ids(program_id, row.key)
    if chosen is None:
        return set()
    decided = set(await store.decisions(row.id))
    return chosen if selected else decided - chosen


async def recipients(
    uow: UnitOfWork,
    program_id: str,
    organizer: Participant,
    audience: str,
    arg: str | None,
    now: datetime,
) -> list[Participant]:
    """The people of ``audience`` in the program as it is at ``now``, each once, in id order.

    ``nosub`` (teams that have not handed in a stage) counts each team's own deadline: a team
    whose extension is still ahead of the stage's deadline and of ``now`` is not among them
    (what the organizer writes is about the stage's deadline; that team has its own
    reminders), until its extension has passed too."""
    found: list[Participant]
    if audience == ME:
        found = [organizer]
    elif audience in (EVERYONE, PARTICIPANTS):
        found = await uow.participants.in_program(program_id)
        if audience == PARTICIPANTS:
            found = [p for p in found if not p.roles_in(program_id) & {Role.ORGANIZER, Role.MENTOR}]
    elif audience == LEADS:
        found = await uow.broadcasts.team_members(program_id, role=TeamRole.LEAD)
    elif audience == MENTORS:
        found = await uow.participants.with_role(Role.MENTOR, program_id)
    elif audience == TEAM and arg is not None and arg.isdigit():
        found = await uow.broadcasts.team_members(program_id, team_id=int(arg))
    elif audience == NO_SUBMISSION and arg is not None and arg.isdigit():
        stage = await uow.submissions.stage(int(arg))
        found = await _without_submission(uow, program_id, stage, now) if stage else []
    elif audience == JUDGES:
        found = await uow.participants.with_role(Role.JUDGE, program_id)
    elif audience in ROUND_AUDIENCES and arg is not None and arg.isdigit():
        found = []
        for team_id in sorted(await round_teams(uow, program_id, int(arg), audience == SELECTED)):
            found.extend(await uow.broadcasts.team_members(program_id, team_id=team_id))
    elif audience == VISITORS:
        ids = await uow.get(MatchingRepository).visitor_ids(arg)
        found = [p for p in await uow.participants.many(ids) if p.program_id == program_id]
    else:
        found = []
    unique = {person.id: person for person in found}
    return [unique[key] for key in sorted(unique)]


async def _without_submission(
    uow: UnitOfWork, program_id: str, stage: Stage, now: datetime
) -> list[Participant]:
    deadlines = await uow.submissions.deadlines(program_id)
    out = await uow.get(SelectionRepository).out_team_ids(program_id)
    found: list[Participant] = []
    for team in await uow.teams.in_program(program_id):
        if team.id in out:
            continue  # a selection round left it out of the later stages
        if deadlines.of(team.id, stage) > max(now, stage.deadline_at):
            continue  # its extension is still ahead
        if not await uow.submissions.has_submitted(team.id, stage.id):
            found.extend(await uow.broadcasts.team_members(program_id, team_id=team.id))
    return found
