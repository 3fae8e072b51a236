"""/broadcasts: the past broadcasts with their state and counts, a CSV of every recipient's
status, and stopping one that is still sending."""

from __future__ import annotations

from datetime import datetime

from bot.core.context import Context
from bot.core.exports import CSV_MIME, Cell, csv_bytes
from bot.core.messages import Button, Document, Msg
from bot.core.roles import Role
from bot.core.router import PersonalData, Router
from handlers.broadcast.progress import BroadcastCsv, BroadcastStop, counts_of
from storage.broadcasts import BroadcastState, group_key
from storage.models import Broadcast
from storage.personal import PersonalRows
from storage.uow import UnitOfWork

router = Router()
RECIPIENT_COLUMNS = ("participant_id", "name", "channel", "language", "status", "sent_at", "error")


@router.command("broadcasts", roles=(Role.ORGANIZER,))
async def list_broadcasts(ctx: Context) -> None:
    shown = await ctx.uow.broadcasts.recent()
    if not shown:
        ctx.reply("broadcast-none")
        return
    lines = []
    buttons = []
    for broadcast in shown:
        counts = counts_of(await ctx.uow.outbox.progress(group_key(broadcast.id)))
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
        buttons.append(
            Button(
                Msg("broadcast-button-csv-of", {"number": broadcast.id}),
                BroadcastCsv(broadcast.id).pack(),
            )
        )
    ctx.reply("broadcast-list", buttons=buttons, lines=lines)


async def _broadcast_of(ctx: Context, broadcast_id: int) -> Broadcast | None:
    broadcast = await ctx.uow.broadcasts.get(broadcast_id)
    if broadcast is None:
        await ctx.router.flows.stale(ctx)
    return broadcast


@router.button(BroadcastCsv, roles=(Role.ORGANIZER,))
async def csv_report(ctx: Context, pressed: BroadcastCsv) -> None:
    broadcast = await _broadcast_of(ctx, pressed.broadcast)
    if broadcast is None:
        return
    table = await recipient_rows(ctx.uow, broadcast)
    content = csv_bytes(RECIPIENT_COLUMNS, table)
    ctx.reply(
        "broadcast-csv",
        number=broadcast.id,
        document=Document(f"broadcast-{broadcast.id}.csv", content, CSV_MIME),
    )


@router.button(BroadcastStop, roles=(Role.ORGANIZER,))
async def stop(ctx: Context, pressed: BroadcastStop) -> None:
    """Cancel the rows that have not left; a row being sent right now finishes normally, and
    the renderer skips any row picked up after this commit."""
    broadcast = await _broadcast_of(ctx, pressed.broadcast)
    if broadcast is None:
        return
    cancelled = await stop_broadcast(ctx.uow, broadcast, ctx.now())
    if cancelled is None:
        ctx.reply("broadcast-already-over", number=broadcast.id)
        return
    counts = counts_of(await ctx.uow.outbox.progress(group_key(broadcast.id)))
    ctx.reply("broadcast-cancelled", number=broadcast.id, cancelled=cancelled, sent=counts["sent"])


async def stop_broadcast(uow: UnitOfWork, broadcast: Broadcast, now: datetime) -> int | None:
    """Cancel what has not left yet (a scheduled broadcast: all of it); returns how many rows
    were cancelled, ``None`` when it was over already."""
    if broadcast.state in (BroadcastState.DONE, BroadcastState.CANCELLED):
        return None
    cancelled = await uow.outbox.cancel_group(group_key(broadcast.id), now)
    broadcast.state = BroadcastState.CANCELLED
    broadcast.finished_at = now
    return cancelled


async def recipient_rows(uow: UnitOfWork, broadcast: Broadcast) -> list[tuple[Cell, ...]]:
    """Every recipient's status: id, name, channel, language, status, sent at, error."""
    rows = await uow.outbox.in_groups([group_key(broadcast.id)])
    people = {p.id: p for p in await uow.participants.many(r.participant_id for r in rows)}
    table: list[tuple[Cell, ...]] = []
    for row in sorted(rows, key=lambda r: r.participant_id):
        person = people.get(row.participant_id)
        table.append(
            (
                row.participant_id,
                person.display_name if person else "",
                person.channel if person else "",
                person.language if person else "",
                row.status,
                row.sent_at,
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
