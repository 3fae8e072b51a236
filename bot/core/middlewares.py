"""Cross-cutting work around every handler: errors, the unit of work, the person, their locale."""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from datetime import timedelta

from bot.core.context import Context, time_zone_of
from bot.core.dispatcher import Middleware, Next
from bot.core.messages import Msg, Reply
from bot.core.outside import ROUNDS, FetchOutside, OutsideFetches
from bot.core.roles import Role

log = logging.getLogger(__name__)


async def measure(ctx: Context, call_next: Next) -> None:
    """Count the update by channel and time the handler (including its commit)."""
    started = time.perf_counter()
    try:
        await call_next()
    finally:
        ctx.services.metrics.update_handled(ctx.message.channel, time.perf_counter() - started)


async def errors(ctx: Context, call_next: Next) -> None:
    """Whatever goes wrong, the person hears so in their language and the transaction rolls back."""
    try:
        await call_next()
    except Exception:
        log.exception("handler failed on %s:%s", ctx.message.channel, ctx.message.sender_id)
        ctx.services.metrics.error("handler")
        await ctx.uow.session.rollback()
        ctx.replies = [Reply(Msg("error-generic"))]
        ctx.notices = []


async def unit_of_work(ctx: Context, call_next: Next) -> None:
    """One transaction per message, committed when the handler returns. A file the handler
    fetches is downloaded outside it (``bot/core/outside.py``): the transaction is rolled
    back, the file fetched, and the message run again in a new transaction."""
    if not ctx.message.attachments:
        async with ctx.uow.session.begin():
            await call_next()
        return
    fetches = OutsideFetches(ctx.message)
    ctx.message = fetches.message
    for _ in range(ROUNDS):
        try:
            async with ctx.uow.session.begin():
                await call_next()
            return
        except FetchOutside as needed:
            ctx.replies, ctx.notices, ctx.state = [], [], None
            await fetches.fetch(needed)
    raise RuntimeError(f"a message asked for its files more than {ROUNDS - 1} times")


async def deduplicate(ctx: Context, call_next: Next) -> None:
    """Drop a message whose platform id was handled before: webhooks redeliver events.

    The id is recorded in the message's own transaction, so a message whose handling failed
    (and rolled back) is handled again when the platform redelivers it.
    """
    message = ctx.message
    if message.platform_message_id is not None and not await ctx.uow.processed.first_time(
        message.channel, message.platform_message_id, ctx.now()
    ):
        log.info("dropped redelivered %s message %s", message.channel, message.platform_message_id)
        return
    await call_next()


LAST_SEEN_STEP = timedelta(minutes=1)
"""``last_seen_at`` moves when it is at least this far from now: a person writing several
messages a minute costs one write of it, not one per message. Messenger's 24-hour window,
which it measures, may then close up to a minute early, never late."""


async def participant(ctx: Context, call_next: Next) -> None:
    """Load or create the sender (with their roles and conversation state, in one query), note
    when they were last seen, apply ``BOT_ORGANIZERS``."""
    message, now = ctx.message, ctx.now()
    people = ctx.uow.participants
    sender = await people.sender(message.channel, message.sender_id)
    if sender is None:
        programs = await ctx.uow.programs.all()
        only = programs[0].id if len(programs) == 1 else None
        person = await people.create(
            message.channel, message.sender_id, now, message.display_name, only
        )
        ctx.state = None
    else:
        person, ctx.state = sender.participant, sender.state
        if abs(now - person.last_seen_at) >= LAST_SEEN_STEP:
            person.last_seen_at = now
        if person.blocked_at is not None:
            person.blocked_at = None  # whoever writes to the bot can be written to
        if sender.deferred:
            await ctx.uow.outbox.reopen_deferred(person.id, now)  # e.g. Messenger's window
        # A name is refreshed, never collected again once the person deleted it (/delete_me).
        if message.display_name and person.display_name not in (None, message.display_name):
            person.display_name = message.display_name
        if person.program_id is None:
            programs = await ctx.uow.programs.all()
            if len(programs) == 1:
                person.program_id = programs[0].id
    if f"{message.channel}:{message.sender_id}" in ctx.settings.organizers:
        await people.grant(person, Role.ORGANIZER, now)
    ctx.participant = person
    await call_next()


def locale_from_hint(hint: str | None, default: str) -> str:
    """A platform's language hint (``ja``, ``mn-MN``, ``ja_JP``) as one of our locales."""
    if hint:
        base = hint.replace("_", "-").split("-")[0].lower()
        if base in ("mn", "ja", "en"):
            return base
    return default


async def locale(ctx: Context, call_next: Next) -> None:
    """The person's chosen language wins; until they choose, the platform's hint is a guess."""
    ctx.locale = ctx.participant.language or locale_from_hint(
        ctx.message.language_hint, ctx.settings.default_language
    )
    ctx.tz = time_zone_of(ctx.participant, ctx.locale)
    await call_next()


DEFAULT_MIDDLEWARES: Sequence[Middleware] = (
    measure,
    errors,
    unit_of_work,
    deduplicate,
    participant,
    locale,
)
