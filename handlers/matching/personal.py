"""What matching keeps about a person, for /privacy and /delete_me: a visitor's profile (name,
organization, offers, contact) and their introduction requests; for a lead, the answers they
gave keep their state but no longer name them."""

from __future__ import annotations

from bot.core.context import Context
from bot.core.messages import Msg, Verbatim
from bot.core.router import PersonalData, Router
from handlers.matching.common import contact_text, need_lines, repo

router = Router()

TABLES = ("matching_visitors", "introductions")


async def describe(ctx: Context) -> list[Msg]:
    visitor = await repo(ctx.uow).visitor(ctx.participant.id)
    lines = []
    if visitor is not None:
        lines.append(
            Msg(
                "match-privacy-visitor",
                {
                    "name": Verbatim(visitor.name),
                    "organization": Verbatim(visitor.organization),
                    "contact": contact_text(visitor.contact_kind, visitor.contact),
                    "offers": need_lines(visitor.offers),
                },
            )
        )
    asked = await repo(ctx.uow).of_visitor(ctx.participant.id)
    if asked:
        lines.append(Msg("match-privacy-requests", {"count": len(asked)}))
    return lines


async def erase(ctx: Context) -> None:
    await repo(ctx.uow).forget_visitor(ctx.participant.id)


router.keeps_personal_data(PersonalData("matching", TABLES, describe, erase))
