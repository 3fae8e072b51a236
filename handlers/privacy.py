"""What the bot stores about a person (/privacy) and deleting it on request (/delete_me)."""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.context import Context
from bot.core.feature import Feature
from bot.core.messages import Button, LocalTime, Msg, Reply, ZoneName
from bot.core.payloads import Payload
from bot.core.router import Router
from handlers.teams.membership import leave_team
from storage.teams import TeamRole

router = Router()


@dataclass(frozen=True)
class DeleteMe(Payload, prefix="deleteme"):
    confirmed: bool


@router.command("privacy", help_id="help-privacy")
async def privacy(ctx: Context) -> None:
    person = ctx.participant
    consent = await ctx.uow.consents.latest(person.id)
    memberships = await ctx.uow.teams.memberships_of(person.id)
    ctx.reply(
        "privacy-summary",
        channel=person.channel,
        id=person.external_id,
        name=person.display_name or Msg("team-none"),
        language=Msg(f"language-{ctx.locale}"),
        zone=ZoneName(ctx.tz.key),
        roles=[Msg(f"role-{role}") for role in sorted({held.role for held in person.roles})]
        or [Msg("team-none")],
        consent=(
            Msg(
                "privacy-consent-given",
                {"version": consent.version, "at": LocalTime(consent.accepted_at)},
            )
            if consent
            else Msg("privacy-consent-none")
        ),
        teams=[
            Msg(
                "privacy-team-line",
                {
                    "team": m.team.name,
                    "role": Msg(
                        "team-role-lead" if m.role == TeamRole.LEAD else "team-role-member"
                    ),
                },
            )
            for m in memberships
        ]
        or [Msg("team-none")],
    )
    kept = [line for data in ctx.router.personal_data for line in await data.describe(ctx)]
    if kept:
        ctx.reply("privacy-features", lines=kept)


@router.command("delete_me", help_id="help-delete-me")
async def delete_me(ctx: Context) -> None:
    ctx.reply(
        "privacy-delete-confirm",
        buttons=[
            Button(Msg("privacy-button-delete"), DeleteMe(True).pack()),
            Button(Msg("button-cancel"), DeleteMe(False).pack()),
        ],
    )


@router.button(DeleteMe)
async def confirm_delete(ctx: Context, pressed: DeleteMe) -> None:
    if not pressed.confirmed:
        ctx.reply("privacy-delete-cancelled")
        return
    person = ctx.participant
    for membership in await ctx.uow.teams.memberships_of(person.id):
        team = membership.team
        was_lead = membership.role == TeamRole.LEAD
        await leave_team(ctx, team, membership)
        if was_lead or team.archived_at is not None:
            # The contact details are the lead's own: they leave with them.
            team.contact_email, team.contact_phone = "", ""
        if was_lead and team.archived_at is None:
            for heir in (m for m in team.members if m.role == TeamRole.LEAD):
                notice = Msg("team-contact-needed", {"team": team.name})
                ctx.notify(heir.participant, Reply(notice))
    for kept in ctx.router.personal_data:  # what each feature keeps about the person
        await kept.erase(ctx)
    await ctx.uow.consents.forget(person.id)
    await ctx.uow.conversations.clear(person.id)
    ctx.state = None
    person.display_name = None
    ctx.reply("privacy-deleted")


FEATURE = Feature("privacy", routers=(router,))
