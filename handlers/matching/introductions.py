"""Introductions: a visitor asks to meet a team; its lead accepts, declines or asks the
organizers. On acceptance both sides get each other's name, organization and chosen contact,
each in their own language, and the lead is offered a first meeting (up to three times, the
mentoring session request's step); a team's contact is never shown before that. A visitor has
at most ``MATCHING_MAX_OPEN_REQUESTS`` requests waiting at once."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.core.context import Context, time_zone_of
from bot.core.flows import DONE, STAY, Flow, Prompt, Step, flow_data
from bot.core.messages import Button, LocalTime, Msg, Reply, Verbatim
from bot.core.roles import Role
from bot.core.router import Router
from handlers.helpdesk.threads import open_thread
from handlers.matching.browse import visible
from handlers.matching.buttons import (
    Answer,
    AnswerIntro,
    PickTime,
    ProposeMeeting,
    RequestIntro,
    ShareContact,
)
from handlers.matching.common import (
    MESSAGE_MAX,
    contact_text,
    is_lead_of,
    lead_of,
    need_lines,
    repo,
)
from handlers.matching.visitors import enter
from handlers.mentoring.times import proposals, times_step
from storage.helpdesk import About
from storage.matching import OPEN_STATES, Introduction, IntroState, MatchingVisitor
from storage.models import Participant, Team

router = Router()

SKIP = "skip"
HELPDESK_ORIGIN = "matching"
"""The ``origin`` of a helpdesk thread a lead opened about an introduction request."""
MEETING_MINUTES = 60


def expiry(ctx: Context) -> timedelta:
    return timedelta(days=ctx.settings.matching_expiry_days)


def is_open(intro: Introduction, now: datetime) -> bool:
    return intro.state in OPEN_STATES and intro.expires_at > now


def organization_of(team: Team) -> str:
    names = [str(org.get("name", "")) for org in team.organizations if org.get("name")]
    return ", ".join(names) if names else team.name


# --- the request -----------------------------------------------------------------------


async def _limit_reached(ctx: Context) -> bool:
    limit = ctx.settings.matching_max_open_requests
    if await repo(ctx.uow).open_count(ctx.participant.id, ctx.now()) >= limit:
        ctx.reply("match-too-many-open", max=limit)
        return True
    return False


@router.button(RequestIntro)
async def request_pressed(ctx: Context, pressed: RequestIntro) -> None:
    found = await visible(ctx, pressed.project)
    if found is None:
        ctx.reply("match-project-gone")
        return
    if await repo(ctx.uow).visitor(ctx.participant.id) is None:
        await enter(ctx, pressed.project)
        return
    if await repo(ctx.uow).open_request(ctx.participant.id, pressed.project, ctx.now()):
        ctx.reply("match-already-requested", title=Verbatim(found[0].title))
        return
    if await _limit_reached(ctx):
        return
    await ctx.router.flows.start(ctx, REQUEST, {"project": pressed.project})


async def _ask_message(ctx: Context) -> Prompt:
    found = await visible(ctx, int(flow_data(ctx)["project"]))
    title = Verbatim(found[0].title) if found else Verbatim("")
    return Prompt(Msg("match-ask-message", {"title": title, "max": MESSAGE_MAX}))


async def _message(ctx: Context, text: str) -> str:
    message = text.strip()
    if not message or len(message) > MESSAGE_MAX:
        ctx.reply("match-message-invalid", max=MESSAGE_MAX, length=len(message))
        return STAY
    found = await visible(ctx, int(flow_data(ctx)["project"]))
    visitor = await repo(ctx.uow).visitor(ctx.participant.id)
    if found is None or visitor is None:
        ctx.reply("match-project-gone")
        return DONE
    if await _limit_reached(ctx):
        return DONE
    project, team = found
    now = ctx.now()
    intro = await repo(ctx.uow).add(
        Introduction(
            program_id=project.program_id,
            project_id=project.id,
            team_id=team.id,
            visitor_id=ctx.participant.id,
            organization=visitor.organization,
            message=message,
            state=IntroState.OPEN,
            created_at=now,
            expires_at=now + expiry(ctx),
            proposals=[],
        )
    )
    program = await ctx.uow.programs.get(project.program_id)
    zone = program.time_zone if program else None
    until = LocalTime(intro.expires_at, place=zone)
    ctx.reply("match-requested", title=Verbatim(project.title), until=until)
    lead_id = lead_of(team)
    lead = await ctx.uow.participants.get(lead_id) if lead_id is not None else None
    if lead is not None:
        ctx.notify(lead, request_notice(intro, visitor, project.title, until))
    return DONE


def request_notice(
    intro: Introduction, visitor: MatchingVisitor, title: str, until: LocalTime
) -> Reply:
    """What the lead reads: who, organization, offer, message; and the three answers. No
    contact of the visitor yet."""
    return Reply(
        Msg(
            "match-request-to-lead",
            {
                "name": Verbatim(visitor.name),
                "organization": Verbatim(visitor.organization),
                "country": Msg(f"team-country-{visitor.country}"),
                "offers": need_lines(visitor.offers),
                "message": Verbatim(intro.message),
                "title": Verbatim(title),
                "until": until,
            },
        ),
        [
            Button(Msg("match-button-accept"), AnswerIntro(intro.id, Answer.ACCEPT).pack()),
            Button(Msg("match-button-decline"), AnswerIntro(intro.id, Answer.DECLINE).pack()),
            Button(Msg("match-button-ask"), AnswerIntro(intro.id, Answer.ASK).pack()),
        ],
    )


REQUEST = router.add_flow(Flow("mintro", [Step("message", _ask_message, on_text=_message)]))


# --- the lead's answer -----------------------------------------------------------------


async def _answerable(ctx: Context, intro_id: int) -> Introduction | None:
    """The request, locked, when the sender leads its team and it still waits for an answer;
    otherwise they are told why and ``None``."""
    intro = await repo(ctx.uow).lock(intro_id)
    if intro is None or not await is_lead_of(ctx, intro.team_id):
        ctx.reply("match-not-your-request")
        return None
    if not is_open(intro, ctx.now()):
        ctx.reply(f"match-request-{'expired' if intro.state in OPEN_STATES else intro.state}")
        return None
    return intro


@router.button(AnswerIntro)
async def answered(ctx: Context, pressed: AnswerIntro) -> None:
    intro = await _answerable(ctx, pressed.intro)
    if intro is None:
        return
    team = await ctx.uow.teams.get(intro.team_id)
    assert team is not None
    if pressed.answer == Answer.ACCEPT:
        kinds = [k for k, v in (("email", team.contact_email), ("phone", team.contact_phone)) if v]
        if not kinds:
            ctx.reply("match-team-no-contact")
            return
        buttons = [
            Button(Msg(f"match-button-share-{kind}"), ShareContact(intro.id, kind).pack())
            for kind in kinds
        ]
        values = [
            contact_text(k, team.contact_email if k == "email" else team.contact_phone)
            for k in kinds
        ]
        ctx.send(Reply(Msg("match-ask-share", {"contacts": values}), buttons))
    elif pressed.answer == Answer.DECLINE:
        await ctx.router.flows.start(ctx, DECLINE, {"intro": intro.id})
    else:
        await ctx.router.flows.start(ctx, ASK_ORGANIZERS, {"intro": intro.id})


async def _ask_question(ctx: Context) -> Prompt:
    return Prompt(Msg("match-ask-organizers-question", {"max": MESSAGE_MAX}))


async def _question_typed(ctx: Context, text: str) -> str:
    """The lead's question about a request goes to the helpdesk as a thread about the team
    (origin ``matching``): the organizers answer it there and the answer reaches the lead."""
    question = text.strip()
    if not question or len(question) > MESSAGE_MAX:
        ctx.reply("match-message-invalid", max=MESSAGE_MAX, length=len(question))
        return STAY
    intro = await _answerable(ctx, int(flow_data(ctx)["intro"]))
    if intro is None:
        return DONE
    team = await ctx.uow.teams.get(intro.team_id)
    assert team is not None
    thread = await open_thread(
        ctx.uow,
        ctx.settings,
        ctx.participant,
        intro.program_id,
        question,
        ctx.now(),
        about=About.TEAM,
        team_id=team.id,
        origin=HELPDESK_ORIGIN,
    )
    await _ask_organizers(ctx, intro, team, thread.id)
    return DONE


ASK_ORGANIZERS = router.add_flow(
    Flow("mqst", [Step("question", _ask_question, on_text=_question_typed)])
)


async def _ask_organizers(ctx: Context, intro: Introduction, team: Team, number: int) -> None:
    visitor = await repo(ctx.uow).visitor(intro.visitor_id)
    intro.state = IntroState.ASKED
    ctx.reply("match-asked-organizers", number=number)
    for organizer in await ctx.uow.participants.with_role(Role.ORGANIZER, intro.program_id):
        ctx.notify(
            organizer,
            Reply(
                Msg(
                    "match-ask-to-organizers",
                    {
                        "team": Verbatim(team.name),
                        "lead": Verbatim(ctx.participant.display_name or team.name),
                        "name": Verbatim(visitor.name if visitor else ""),
                        "organization": Verbatim(intro.organization),
                        "message": Verbatim(intro.message),
                        "number": number,
                    },
                )
            ),
        )


@router.button(ShareContact)
async def share(ctx: Context, pressed: ShareContact) -> None:
    intro = await _answerable(ctx, pressed.intro)
    if intro is None:
        return
    team = await ctx.uow.teams.get(intro.team_id)
    visitor = await repo(ctx.uow).visitor(intro.visitor_id)
    person = await ctx.uow.participants.get(intro.visitor_id)
    value = (
        {"email": team.contact_email, "phone": team.contact_phone}.get(pressed.kind, "")
        if team
        else ""
    )
    if team is None or visitor is None or person is None or not value:
        await ctx.router.flows.stale(ctx)
        return
    now = ctx.now()
    intro.state, intro.answered_at, intro.answered_by = IntroState.ACCEPTED, now, ctx.participant.id
    intro.lead_contact_kind = pressed.kind
    project = await repo(ctx.uow).project(intro.project_id)
    title = Verbatim(project.title if project else team.project_title)
    ctx.reply(
        "match-accepted-lead",
        name=Verbatim(visitor.name),
        organization=Verbatim(visitor.organization),
        contact=contact_text(visitor.contact_kind, visitor.contact),
        buttons=[Button(Msg("match-button-propose"), ProposeMeeting(intro.id).pack())],
    )
    ctx.notify(
        person,
        Reply(
            Msg(
                "match-accepted-visitor",
                {
                    "title": title,
                    "team": Verbatim(team.name),
                    "name": Verbatim(ctx.participant.display_name or team.name),
                    "organization": Verbatim(organization_of(team)),
                    "contact": contact_text(pressed.kind, value),
                },
            )
        ),
    )


async def _ask_note(ctx: Context) -> Prompt:
    return Prompt(Msg("match-ask-decline-note"), [(Msg("match-button-no-reason"), SKIP)])


async def _decline(ctx: Context, note: str) -> str:
    intro = await _answerable(ctx, int(flow_data(ctx)["intro"]))
    if intro is None:
        return DONE
    intro.state, intro.answered_at, intro.answered_by = (
        IntroState.DECLINED,
        ctx.now(),
        ctx.participant.id,
    )
    intro.note = note
    person = await ctx.uow.participants.get(intro.visitor_id)
    project = await repo(ctx.uow).project(intro.project_id)
    ctx.reply("match-declined-lead")
    if person is not None and project is not None:
        args = {"title": Verbatim(project.title)}
        if note:
            reply = Reply(Msg("match-declined-visitor-note", {**args, "note": Verbatim(note)}))
        else:
            reply = Reply(Msg("match-declined-visitor", args))
        ctx.notify(person, reply)
    return DONE


async def _note_typed(ctx: Context, text: str) -> str:
    note = text.strip()
    if not note or len(note) > MESSAGE_MAX:
        ctx.reply("match-message-invalid", max=MESSAGE_MAX, length=len(note))
        return STAY
    return await _decline(ctx, note)


async def _no_reason(ctx: Context, value: str) -> str:
    if value != SKIP:
        await ctx.router.flows.stale(ctx)
        return STAY
    return await _decline(ctx, "")


DECLINE = router.add_flow(
    Flow("mdecl", [Step("note", _ask_note, on_text=_note_typed, on_choice=_no_reason)])
)


# --- the first meeting -----------------------------------------------------------------


async def _accepted_of_lead(ctx: Context, intro_id: int) -> Introduction | None:
    intro = await repo(ctx.uow).lock(intro_id)
    if intro is None or not await is_lead_of(ctx, intro.team_id):
        ctx.reply("match-not-your-request")
        return None
    if intro.state != IntroState.ACCEPTED:
        await ctx.router.flows.stale(ctx)
        return None
    return intro


@router.button(ProposeMeeting)
async def propose(ctx: Context, pressed: ProposeMeeting) -> None:
    intro = await _accepted_of_lead(ctx, pressed.intro)
    if intro is None:
        return
    if intro.meeting_at is not None:
        ctx.reply("match-meeting-already", at=intro.meeting_at)
        return
    await ctx.router.flows.start(ctx, MEETING, {"intro": intro.id})


async def _check_time(ctx: Context, at: datetime) -> str | None:
    return "session-time-past" if at <= ctx.now() else None


async def _times_done(ctx: Context) -> str:
    intro = await _accepted_of_lead(ctx, int(flow_data(ctx)["intro"]))
    if intro is None:
        return DONE
    times = proposals(ctx)
    intro.proposals = [at.astimezone(UTC).isoformat() for at in times]
    person = await ctx.uow.participants.get(intro.visitor_id)
    team = await ctx.uow.teams.get(intro.team_id)
    ctx.reply("match-meeting-proposed")
    if person is not None and team is not None:
        place = ctx.participant.time_zone or str(ctx.tz)
        lines = [
            Msg("session-proposal-line", {"n": i, "at": LocalTime(at, place=place)})
            for i, at in enumerate(times, 1)
        ]
        buttons = [
            Button(
                Msg("session-time-button", {"at": LocalTime(at, "short")}),
                PickTime(intro.id, i).pack(),
            )
            for i, at in enumerate(times)
        ]
        ctx.notify(
            person,
            Reply(
                Msg("match-meeting-offer", {"team": Verbatim(team.name), "times": lines}), buttons
            ),
        )
    return DONE


MEETING = router.add_flow(Flow("mmeet", [times_step(_check_time, _times_done)]))


@router.button(PickTime)
async def picked(ctx: Context, pressed: PickTime) -> None:
    intro = await repo(ctx.uow).lock(pressed.intro)
    if intro is None or intro.visitor_id != ctx.participant.id:
        ctx.reply("match-not-your-request")
        return
    if intro.state != IntroState.ACCEPTED or not 0 <= pressed.index < len(intro.proposals):
        await ctx.router.flows.stale(ctx)
        return
    if intro.meeting_at is not None:
        ctx.reply("match-meeting-already", at=intro.meeting_at)
        return
    at = datetime.fromisoformat(str(intro.proposals[pressed.index]))
    if at <= ctx.now():
        ctx.reply("session-time-past", at=at)
        return
    intro.meeting_at, intro.meeting_minutes = at, MEETING_MINUTES
    team = await ctx.uow.teams.get(intro.team_id)
    lead_id = lead_of(team) if team is not None else None
    lead: Participant | None = await ctx.uow.participants.get(lead_id) if lead_id else None
    visitor = await repo(ctx.uow).visitor(intro.visitor_id)
    lead_zone = time_zone_of(lead, lead.language or "en").key if lead else None
    mine = LocalTime(at, place=lead_zone, both=True)
    ctx.reply("match-meeting-set", at=mine, other=Verbatim(team.name if team else ""))
    if lead is not None:
        name = Verbatim(visitor.name if visitor else "")
        theirs = LocalTime(at, place=ctx.tz.key, both=True)
        ctx.notify(lead, Reply(Msg("match-meeting-set", {"at": theirs, "other": name})))
