"""What the bot stores about a person (/privacy) and deleting it on request (/delete_me)."""

from __future__ import annotations

from bot.core.context import Context
from bot.core.messages import Button, LocalTime, Msg
from bot.core.router import Router, button_value
from handlers.teams.membership import leave_team

router = Router()


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
        zone=ctx.tz.key,
        roles=[Msg(f"role-{role}") for role in sorted(person.role_names)] or [Msg("team-none")],
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
                    "role": Msg("team-role-lead" if m.role == "lead" else "team-role-member"),
                },
            )
            for m in memberships
        ]
        or [Msg("team-none")],
    )


@router.command("delete_me", help_id="help-delete-me")
async def delete_me(ctx: Context) -> None:
    ctx.reply(
        "privacy-delete-confirm",
        buttons=[
            Button(Msg("privacy-button-delete"), "deleteme:yes"),
            Button(Msg("button-cancel"), "deleteme:-"),
        ],
    )


@router.button("deleteme")
async def confirm_delete(ctx: Context) -> None:
    if button_value(ctx) != "yes":
        ctx.reply("privacy-delete-cancelled")
        return
    person = ctx.participant
    for membership in await ctx.uow.teams.memberships_of(person.id):
        team = membership.team
        await leave_team(ctx, team, membership)
        if team.archived_at is not None:
            team.contact_email, team.contact_phone = "", ""
    await ctx.uow.consents.forget(person.id)
    await ctx.uow.conversations.clear(person.id)
    ctx.state = None
    person.display_name = None
    ctx.reply("privacy-deleted")
