"""What a broadcast says to each recipient at send time, its live progress for the organizer,
/broadcasts (the past ones, with a CSV of every recipient's status) and cancelling one."""

from __future__ import annotations

import csv
import io
import math
from datetime import datetime, timedelta
from typing import cast

from bot.core.context import Context
from bot.core.files import FILE_STORE, FileStore
from bot.core.messages import Button, Document, Msg, Reply, Verbatim
from bot.core.middlewares import ORGANIZER
from bot.core.outbox import RenderContext, Renderers
from bot.core.router import Router, button_value
from handlers.broadcast_attachment import attached_to, stored_document
from handlers.broadcast_audience import DEFAULT_FALLBACK, fallback_chain, version_for
from storage.broadcasts import CANCELLED, DONE, SENDING, group_key
from storage.models import Broadcast, Participant
from storage.outbox import BLOCKED, DEFERRED, FAILED, PENDING, SENT, NewDelivery
from storage.outbox import SENDING as ROW_SENDING
from storage.uow import UnitOfWork

router = Router()
renderers = Renderers()

PROGRESS_EVERY = timedelta(seconds=3)
REPORT = "broadcast-report"
DEFAULT_RATE = 30.0


@renderers.register("broadcast")
async def broadcast_message(ctx: RenderContext) -> Reply | None:
    """The recipient's language version (or the fallback) with the attachment, if any;
    nothing once it was cancelled. The rows rendered together read the broadcast and its file
    once (``ctx.memo``)."""
    key = f"broadcast:{ctx.params['broadcast']}"
    if key not in ctx.memo:
        ctx.memo[key] = await ctx.uow.broadcasts.get(int(ctx.params["broadcast"]))
    broadcast: Broadcast | None = ctx.memo[key]
    if broadcast is None or broadcast.state == CANCELLED:
        return None
    chain = fallback_chain(str(ctx.params.get("fallback", DEFAULT_FALLBACK)))
    version = version_for(ctx.locale, broadcast.texts, chain)
    if version is None:
        return None
    attached = attached_to(broadcast)
    if attached and f"{key}:file" not in ctx.memo:
        store = cast(FileStore, ctx.extras[FILE_STORE])
        ctx.memo[f"{key}:file"] = await stored_document(store, attached)
    document = ctx.memo[f"{key}:file"] if attached else None
    return Reply(Verbatim(broadcast.texts[version]), document=document)


def _counts(progress: dict[str, int]) -> dict[str, int]:
    waiting = progress.get(PENDING, 0) + progress.get(ROW_SENDING, 0)
    return {
        "sent": progress.get(SENT, 0),
        "failed": progress.get(FAILED, 0),
        "blocked": progress.get(BLOCKED, 0),
        "deferred": progress.get(DEFERRED, 0),
        "waiting": waiting,
        "total": sum(progress.values()),
    }


async def progress_notes(
    uow: UnitOfWork, now: datetime, rate: float = DEFAULT_RATE
) -> list[tuple[Participant, Reply]]:
    """Progress messages due for the organizers of running broadcasts (each edited in place,
    at most every ``PROGRESS_EVERY``). A broadcast that has finished is marked done and its
    final report becomes an outbox row, so it reaches the organizer even past a rate limit."""
    notes: list[tuple[Participant, Reply]] = []
    for broadcast in await uow.broadcasts.running(now):
        counts = _counts(await uow.outbox.progress(group_key(broadcast.id)))
        broadcast.state = SENDING
        if counts["waiting"] == 0:
            broadcast.state = DONE
            broadcast.finished_at = now
            await uow.outbox.enqueue(final_report(broadcast, now), now)
            continue
        if broadcast.progress_at is not None and now - broadcast.progress_at < PROGRESS_EVERY:
            continue
        broadcast.progress_at = now
        organizer = await uow.participants.get(broadcast.organizer_id)
        if organizer is not None:
            notes.append((organizer, progress_reply(broadcast, counts, rate, finished=False)))
    await uow.session.flush()
    return notes


def final_report(broadcast: Broadcast, now: datetime) -> NewDelivery:
    return NewDelivery(
        f"broadcast-report:{broadcast.id}",
        broadcast.organizer_id,
        now,
        "response",
        REPORT,
        REPORT,
        {"broadcast": broadcast.id},
    )


@renderers.register(REPORT)
async def report_message(ctx: RenderContext) -> Reply | None:
    """The final report, with the counts as they are when it leaves."""
    broadcast = await ctx.uow.broadcasts.get(int(ctx.params["broadcast"]))
    if broadcast is None:
        return None
    counts = _counts(await ctx.uow.outbox.progress(group_key(broadcast.id)))
    return progress_reply(broadcast, counts, DEFAULT_RATE, finished=True)


def progress_reply(
    broadcast: Broadcast, counts: dict[str, int], rate: float, finished: bool
) -> Reply:
    edit_key = f"broadcast-{broadcast.id}"
    if finished:
        return Reply(
            Msg("broadcast-report", {"number": broadcast.id, **counts}),
            [Button(Msg("broadcast-button-csv"), f"bccsv:{broadcast.id}")],
            edit_key=edit_key,
        )
    left = timedelta(minutes=math.ceil(counts["waiting"] / max(rate, 0.1) / 60))
    return Reply(
        Msg("broadcast-progress", {"number": broadcast.id, "left": left, **counts}),
        [Button(Msg("broadcast-button-stop"), f"bcstop:{broadcast.id}")],
        edit_key=edit_key,
    )


@router.command("broadcasts", roles=(ORGANIZER,))
async def list_broadcasts(ctx: Context) -> None:
    shown = await ctx.uow.broadcasts.recent()
    if not shown:
        ctx.reply("broadcast-none")
        return
    lines = []
    buttons = []
    for broadcast in shown:
        counts = _counts(await ctx.uow.outbox.progress(group_key(broadcast.id)))
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
                Msg("broadcast-button-csv-of", {"number": broadcast.id}), f"bccsv:{broadcast.id}"
            )
        )
    ctx.reply("broadcast-list", buttons=buttons, lines=lines)


async def _broadcast_of(ctx: Context) -> Broadcast | None:
    value = button_value(ctx)
    broadcast = await ctx.uow.broadcasts.get(int(value)) if value.isdigit() else None
    if broadcast is None:
        await ctx.router.flows.stale(ctx)
    return broadcast


@router.button("bccsv", roles=(ORGANIZER,))
async def csv_report(ctx: Context) -> None:
    broadcast = await _broadcast_of(ctx)
    if broadcast is None:
        return
    rows = await ctx.uow.outbox.in_groups([group_key(broadcast.id)])
    people = {p.id: p for p in await ctx.uow.participants.many(r.participant_id for r in rows)}
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["participant_id", "name", "channel", "language", "status", "sent_at", "error"])
    for row in sorted(rows, key=lambda r: r.participant_id):
        person = people.get(row.participant_id)
        writer.writerow(
            [
                row.participant_id,
                person.display_name if person else "",
                person.channel if person else "",
                person.language if person else "",
                row.status,
                row.sent_at.isoformat() if row.sent_at else "",
                row.error or "",
            ]
        )
    ctx.reply(
        "broadcast-csv",
        number=broadcast.id,
        document=Document(
            f"broadcast-{broadcast.id}.csv", out.getvalue().encode("utf-8"), "text/csv"
        ),
    )


@router.button("bcstop", roles=(ORGANIZER,))
async def stop(ctx: Context) -> None:
    """Cancel the rows that have not left; a row being sent right now finishes normally, and
    the renderer skips any row picked up after this commit."""
    broadcast = await _broadcast_of(ctx)
    if broadcast is None:
        return
    if broadcast.state in (DONE, CANCELLED):
        ctx.reply("broadcast-already-over", number=broadcast.id)
        return
    cancelled = await ctx.uow.outbox.cancel_group(group_key(broadcast.id), ctx.now())
    broadcast.state = CANCELLED
    broadcast.finished_at = ctx.now()
    counts = _counts(await ctx.uow.outbox.progress(group_key(broadcast.id)))
    ctx.reply("broadcast-cancelled", number=broadcast.id, cancelled=cancelled, sent=counts["sent"])
