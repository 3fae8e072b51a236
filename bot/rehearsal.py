"""A rehearsal of the timeline: every message the outbox would send between two instants,
rendered as its recipient would read it, without sending or storing anything."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bot.app import App
from bot.core.context import time_zone_of
from bot.core.dispatcher import render
from bot.core.feature import PlanContext, build_renderers, planners_of
from bot.core.outbox import RenderContext, Renderers
from storage.outbox import NewDelivery
from storage.uow import UnitOfWork


@dataclass(frozen=True)
class RehearsedMessage:
    at: datetime
    channel: str
    recipient: str
    locale: str
    time_zone: str
    category: str
    text: str


async def rehearse(
    app: App, start: datetime, end: datetime, program_id: str | None = None
) -> list[RehearsedMessage]:
    """What every feature's planner would add for ``[start, end)`` and the outbox rows already
    due then, rendered. Rows of a program have group keys ``{program}:…``; ``program_id``
    keeps only those."""
    renderers = build_renderers(app.features)
    found: list[RehearsedMessage] = []
    async with app.sessions() as session:
        uow = UnitOfWork(session)
        planned: list[NewDelivery] = []
        context = PlanContext(uow, start, app.settings)
        for planner in planners_of(app.features):
            if planner.rehearse is not None:
                planned += [
                    item
                    for item in await planner.rehearse(context, start, end)
                    if program_id is None or _in_program(item.group_key, program_id)
                ]
        keys = {item.key for item in planned}
        for row in await uow.outbox.due_between(start, end):
            if row.dedup_key not in keys and (
                program_id is None or _in_program(row.group_key, program_id)
            ):
                planned.append(
                    NewDelivery(
                        row.dedup_key,
                        row.participant_id,
                        row.due_at,
                        row.purpose,
                        row.category,
                        row.renderer,
                        dict(row.params),
                        row.group_key,
                        row.expires_at,
                    )
                )
        planned.sort(key=lambda d: (d.due_at, d.participant_id, d.key))
        for item in planned:
            message = await _render(app, uow, renderers, item)
            if message is not None:
                found.append(message)
        await session.rollback()
    return found


def _in_program(group_key: str | None, program_id: str) -> bool:
    return bool(group_key) and (group_key or "").startswith(f"{program_id}:")


async def _render(
    app: App, uow: UnitOfWork, renderers: Renderers, item: NewDelivery
) -> RehearsedMessage | None:
    person = await uow.participants.get(item.participant_id)
    renderer = renderers.get(item.renderer)
    if person is None or renderer is None or person.blocked_at is not None:
        return None
    if item.category in await uow.mutes.of(person.id):
        return None
    locale = person.language or app.settings.default_language
    tz = time_zone_of(person, locale)
    context = RenderContext(
        uow,
        person,
        dict(item.params),
        locale,
        tz,
        item.due_at,
        item.category,
        item.due_at,
        app.services,
    )
    reply = await renderer(context)
    if reply is None:
        return None
    rendered = render(reply, app.translator, locale, tz, item.due_at)
    return RehearsedMessage(
        item.due_at,
        person.channel,
        person.external_id,
        locale,
        tz.key,
        item.category,
        rendered.text,
    )


def format_rehearsal(messages: list[RehearsedMessage]) -> str:
    """Operator output (English): one block per message, in time order."""
    blocks = []
    for m in messages:
        head = (
            f"{m.at.strftime('%Y-%m-%d %H:%M')} UTC  {m.channel}:{m.recipient}  "
            f"{m.locale} {m.time_zone}  [{m.category}]"
        )
        body = "\n".join(f"    {line}" for line in m.text.splitlines())
        blocks.append(f"{head}\n{body}")
    blocks.append(f"{len(messages)} message(s)")
    return "\n".join(blocks)
