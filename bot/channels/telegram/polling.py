"""Long polling: ``deleteWebhook``, then ``getUpdates`` in a loop until cancelled."""

from __future__ import annotations

import asyncio
import logging

from telegram.error import NetworkError, RetryAfter, TelegramError

from bot.channels.telegram import raw
from bot.channels.telegram.channel import MAX_BACKOFF, retry_after_of
from bot.channels.telegram.inbound import ALLOWED_UPDATES, TelegramInbound

log = logging.getLogger(__name__)


async def poll(inbound: TelegramInbound, timeout: int = 30) -> None:
    """Poll for ever (cancel the task to stop). The offset moves past a batch only once every
    update in it has been handled, so a crash re-delivers rather than loses."""
    channel = inbound.channel
    await channel.bot.delete_webhook()
    offset: int | None = None
    failures = 0
    while True:
        try:
            updates = await raw.get_updates(channel.bot, offset, timeout, ALLOWED_UPDATES)
        except (NetworkError, RetryAfter) as error:
            seconds = retry_after_of(error)
            failures += 1
            wait = seconds if seconds is not None else min(2.0 ** (failures - 1), MAX_BACKOFF)
            log.warning("telegram: getUpdates failed (%s); again in %.0f s", error, wait)
            await channel.sleep(wait)
            continue
        except TelegramError as error:  # Conflict: another poller or a webhook is active
            failures += 1
            log.error("telegram: getUpdates refused: %s", error)
            await channel.sleep(min(2.0 ** (failures - 1), MAX_BACKOFF))
            continue
        failures = 0
        valid = [u for u in updates if isinstance(u, dict) and isinstance(u.get("update_id"), int)]
        outcomes = await asyncio.gather(
            *(inbound.process(update) for update in valid), return_exceptions=True
        )
        for update, outcome in zip(valid, outcomes, strict=True):
            if isinstance(outcome, Exception):  # logged, and polling goes on
                channel.metrics.error("telegram_update")
                log.error("telegram: update %s failed: %r", update["update_id"], outcome)
        if valid:
            offset = max(update["update_id"] for update in valid) + 1
