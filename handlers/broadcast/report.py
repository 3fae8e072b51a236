"""/broadcasts: the program's latest broadcasts with their state and counts, a CSV of every
recipient's status and the version they got, stopping one that is still sending, and Edit and
Cancel for those not started yet (``scheduled.py``)."""

from __future__ import annotations

from bot.core.context import Context
from bot.core.exports import CSV_MIME, Cell, csv_bytes
from bot.core.messages import Button, Document, Msg
from bot.core.roles import Role
from bot.core.router import PersonalData, Router
from handlers.broadcast.audience import fallback_chain, version_for
from handlers.broadcast.lifecycle import Outcome, cancel
from handlers.broadcast.progress import BroadcastCsv, BroadcastStop, counts_of
from handlers.broadcast.scheduled import scheduled_buttons
from handlers.teams.common import current_program
from storage.broadcasts import BroadcastState, group_key
from storage.models import Broadcast
from storage.personal import PersonalRows
from storage.uow import UnitOfWork

router = Router()
RECIPIENT_COLUMNS = (
    "participant_id",
    "name",
    "channel",
    "language",
    "version",
    "status",
    "sent_at",
    "read_at",
    "error",
)


@router.command("broadcasts", roles=(Role.ORGANIZER,))
async def list_broadcasts(ctx: Context) -> None:
    program = await current_program(ctx)
    if program is None:
        return
    shown = await ctx.uow.broadcasts.recent(program.id)
    if not shown:
        ctx.reply("broadcast-none")
        return
    lines = []
    buttons = []
    for broadcast in shown:
        group = group_key(broadcast.id)
        counts = counts_of(await ctx.uow.outbox.progress(group))
        counts["read"] = await ctx.uow.outbox.read_in_group(group)
        if broadcast.state == BroadcastState.SCHEDULED:
            counts["total"] = broadcast.recipients  # the estimate, until it starts
        lines.append(
            Msg(
                "broadcast-list-line",
                {
                    "number": broadcast.id,
                    "at": broadcast.scheduled_at,
                    "state": Msg(f"broadcast-state-{broadcast.state}"),
                    "audience": Msg(f"broadcast-audience-{broadcast.audience}"),
                    **counts,
                },
            )
        )
        if broadcast.attachment is not None:
            kind = "photo" if broadcast.attachment_photo else "file"
            lines.append(
                Msg(
                    f"broadcast-list-{kind}",
                    {"number": broadcast.id, "name": broadcast.attachment_name or ""},
                )
            )
        if broadcast.state == BroadcastState.SCHEDULED:
            buttons += scheduled_buttons(broadcast)
        else:
            buttons.append(
                Button(
                    Msg("broadcast-button-csv-of", {"number": broadcast.id}),
                    BroadcastCsv(broadcast.id).pack(),
                )
            )
    name = program.names.get(ctx.locale, program.id)
    ctx.reply("broadcast-list", buttons=buttons, lines=lines, program=name)


async def _broadcast_of(ctx: Context, broadcast_id: int) -> Broadcast | None:
    """The broadcast, if it is of the organizer's program."""
    broadcast = await ctx.uow.broadcasts.get(broadcast_id)
    if broadcast is None or broadcast.program_id != ctx.participant.program_id:
        await ctx.router.flows.stale(ctx)
        return None
    return broadcast


@router.button(BroadcastCsv, roles=(Role.ORGANIZER,))
async def csv_report(ctx: Context, pressed: BroadcastCsv) -> None:
    broadcast = await _broadcast_of(ctx, pressed.broadcast)
    if broadcast is None:
        return
    table = await recipient_rows(ctx.uow, broadcast, ctx.settings.default_language)
    content = csv_bytes(RECIPIENT_COLUMNS, table)
    ctx.reply(
        "broadcast-csv",
        number=broadcast.id,
        document=Document(f"broadcast-{broadcast.id}.csv", content, CSV_MIME),
    )


@router.button(BroadcastStop, roles=(Role.ORGANIZER,))
async def stop(ctx: Context, pressed: BroadcastStop) -> None:
    """Stop a broadcast that is sending (``lifecycle.cancel``)."""
    done = await cancel(ctx.uow, pressed.broadcast, ctx.participant.program_id, ctx.now())
    if done.outcome == Outcome.GONE:
        await ctx.router.flows.stale(ctx)
    elif done.outcome == Outcome.STARTED:
        ctx.reply("broadcast-already-over", number=pressed.broadcast)
    else:
        number, cancelled, sent = pressed.broadcast, done.cancelled, done.sent
        ctx.reply("broadcast-cancelled", number=number, cancelled=cancelled, sent=sent)


async def recipient_rows(
    uow: UnitOfWork, broadcast: Broadcast, default_language: str
) -> list[tuple[Cell, ...]]:
    """Every row of the broadcast (the chat's CSV and the dashboard): participant id, name,
    channel, the reader's language, the version they got, status, sent at, read at (Messenger
    read receipts), error."""
    rows = await uow.outbox.in_groups([group_key(broadcast.id)])
    people = {p.id: p for p in await uow.participants.many(r.participant_id for r in rows)}
    table: list[tuple[Cell, ...]] = []
    for row in sorted(rows, key=lambda r: (r.participant_id, r.id)):
        person = people.get(row.participant_id)
        chain = fallback_chain(str(row.params.get("fallback", "")))
        locale = (person.language if person else None) or default_language
        version = row.params.get("version") or version_for(locale, broadcast.texts, chain)
        table.append(
            (
                row.participant_id,
                person.display_name if person else "",
                person.channel if person else "",
                person.language if person else "",
                version or "",
                row.status,
                row.sent_at,
                row.read_at,
                row.error or "",
            )
        )
    return table


async def _describe_broadcasts(ctx: Context) -> list[Msg]:
    written = await ctx.uow.get(PersonalRows).broadcasts(ctx.participant.id)
    return [Msg("privacy-broadcasts", {"count": written})] if written else []


async def _erase_broadcasts(ctx: Context) -> None:
    await ctx.uow.get(PersonalRows).forget_broadcasts(ctx.participant.id)


router.keeps_personal_data(
    PersonalData(
        "broadcasts", (Broadcast.__tablename__,), _describe_broadcasts, _erase_broadcasts
    )
)
