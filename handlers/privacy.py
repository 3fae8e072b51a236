"""What the bot stores about a person (/privacy) and deleting it on request (/delete_me).

Every feature registers what it keeps (``Router.keeps_personal_data``): /privacy shows the
person's channel, name, language, roles and consent, then each registration's lines in the
order of ``handlers.FEATURES``; /delete_me runs every registration's ``erase`` in one
transaction. The person's row, language, time zone and roles stay, so the bot can still answer
them and knows what they may do. ``tests/test_personal_data.py`` checks that every table with a
column marked personal is registered and cleared.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.context import Context
from bot.core.feature import Feature
from bot.core.messages import Button, LocalTime, Msg, ZoneName
from bot.core.payloads import Payload
from bot.core.router import PersonalData, Router
from storage.models import Consent, ConversationState, Participant

router = Router()


@dataclass(frozen=True)
class DeleteMe(Payload, prefix="deleteme"):
    confirmed: bool


@router.command("privacy", help_id="help-privacy")
async def privacy(ctx: Context) -> None:
    person = ctx.participant
    consent = await ctx.uow.consents.latest(person.id)
    kept: list[Msg] = []
    for data in ctx.router.personal_data:
        kept += await data.describe(ctx)
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
        kept=kept,
    )


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
    for data in ctx.router.personal_data:
        await data.erase(ctx)
    ctx.reply("privacy-deleted")


async def _nothing_more(ctx: Context) -> list[Msg]:
    """The name and the consent are in the summary's first lines."""
    return []


async def _erase_name(ctx: Context) -> None:
    ctx.participant.display_name = None


async def _erase_consent(ctx: Context) -> None:
    await ctx.uow.consents.forget(ctx.participant.id)


async def _describe_conversation(ctx: Context) -> list[Msg]:
    return [Msg("privacy-conversation")] if ctx.state is not None else []


async def _erase_conversation(ctx: Context) -> None:
    await ctx.uow.conversations.clear(ctx.participant.id)
    ctx.state = None


router.keeps_personal_data(
    PersonalData("name", (Participant.__tablename__,), _nothing_more, _erase_name)
)
router.keeps_personal_data(
    PersonalData("consent", (Consent.__tablename__,), _nothing_more, _erase_consent)
)
router.keeps_personal_data(
    PersonalData(
        "conversation",
        (ConversationState.__tablename__,),
        _describe_conversation,
        _erase_conversation,
    )
)

FEATURE = Feature("privacy", routers=(router,))
